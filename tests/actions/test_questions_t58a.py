"""Tester 57's conversations where a message asked two things and heard one, or a short
follow-up fell to "I didn't understand" (fix t58a). Each test: the family known so far (the
slots), what the citizen or the hotline worker wrote, what the reply must and must not say.
Today is 3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, day, make_tracker, month, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))


async def policy_turn(text: str, lang: str, **slots: Any) -> str:
    """A question outside the form (intent ask_policy): the reply."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# A Beijing grandfather's family: grandsons of about 5 and 1½, the full check already shown.
BEIJING_GRANDSONS: dict[str, Any] = {
    "city": "beijing",
    "children": [month("2021-06", approx="5岁"), month("2025-06", approx="1岁半")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("俺们老两口帮着带孩子 北京对爷爷奶奶有啥补贴没 听说济南给爷爷奶奶交保险", "zh"),
        ("听说济南给老人交长护险 北京对姥姥姥爷有啥没有", "zh"),
        (
            "my parents mind the kids. anything for grandparents in beijing? heard jinan pays their insurance",
            "en",
        ),
    ],
)
async def test_beijing_asked_for_grandparents_beside_jinan_hearsay_gets_beijing_s_no(
    text: str, lang: str
) -> None:
    """The part asking is Beijing's: its plan has nothing for grandparents, said first; Jinan's
    clause 15 is named as Jinan's, with whose grandparents it is for (Jinan's own second and
    third children, Jinan's care insurance), never as the answer, nor Jinan's 600 (clause 12)."""
    reply = await policy_turn(text, lang, **BEIJING_GRANDSONS)
    assert reply.startswith(("没有。北京", "No. The Beijing plan")), reply
    assert "第15条" in reply or "clause 15" in reply, reply
    assert "济南市长期护理保险" in reply or "long-term care insurance" in reply, reply
    assert "600" not in reply, reply


# A Jinan family of three: an eldest of about 7, 老二 December 2022, 老三 18 May 2024.
JINAN_THREE: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2019-06", approx="7岁"), month("2022-12"), day("2024-05-18")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("老三明年上幼儿园 能优先进普惠园吗 俺俩还能休育儿假不", "zh"),
        ("小的明年上幼儿园 有没有优先 我们还能休育儿假吗", "zh"),
        (
            "our youngest starts kindergarten next year, any priority? and can we still take parental leave?",
            "en",
        ),
    ],
)
async def test_kindergarten_priority_asked_before_the_leave_is_answered_first(
    text: str, lang: str
) -> None:
    """Two questions, the kindergarten one by what it is (no measure's name): Jinan clause 13's
    priority for three-child families first, as asked, then clause 11's parental leave."""
    reply = await policy_turn(text, lang, **JINAN_THREE)
    kindergarten = reply.find("普惠性幼儿园") if lang == "zh" else reply.find("kindergartens")
    leave = reply.find("育儿假") if lang == "zh" else reply.find("Parental leave")
    assert kindergarten >= 0 and leave >= 0, reply
    assert kindergarten < leave, reply
    assert "第13条" in reply or "clause 13" in reply, reply
    assert "第11条" in reply or "clause 11" in reply, reply


# A Beijing family expecting a third child: grandsons of about 5 and 1½, employee maternity cover.
BEIJING_EXPECTING: dict[str, Any] = {
    **BEIJING_GRANDSONS,
    "children": [
        month("2021-06", approx="5岁"),
        month("2025-06", approx="1岁半"),
        month("2027-06"),
    ],
    "birth_insurance": "employee_maternity",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("儿媳妇在单位上班 交生育保险 生孩子的钱能报吗 产假多少天", "zh"),
        (
            "she has maternity insurance at work, will it pay the delivery costs? how many days maternity leave?",
            "en",
        ),
    ],
)
async def test_beijing_maternity_insurance_and_leave_are_both_answered(
    text: str, lang: str
) -> None:
    """Beijing clause (12) holds both: the maternity insurance pays the insured employee's
    maternity medical costs (no rate in the plan), and the leave (no days in the plan). One
    measure of the clause does not answer the other."""
    reply = await policy_turn(text, lang, **BEIJING_EXPECTING)
    assert "生育保险待遇" in reply or "Maternity insurance benefits" in reply, reply
    assert "产假、哺乳假" in reply or "Maternity, breastfeeding" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("育儿补贴有没有 公积金贷款能多贷吗", "zh"),
        ("北京有育儿补贴吗 用公积金买房能多贷点不", "zh"),
    ],
)
async def test_a_part_only_jinan_s_plan_answers_is_said_of_beijing_beside_the_other(
    text: str, lang: str
) -> None:
    """The housing-fund loan ceiling is Jinan clause 14's only: Beijing's plan says nothing of
    it, said beside the subsidy's answer (clause (12): a system to be established)."""
    reply = await policy_turn(text, lang, **BEIJING_GRANDSONS)
    assert "第(12)条" in reply or "clause (12)" in reply, reply
    assert "多孩家庭住房公积金贷款额度提高" in reply or "Higher housing provident fund" in reply
    assert "第14条" in reply or "clause 14" in reply, reply
    assert "只适用于济南" in reply or "Jinan only" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        (
            "caller 4: jinan, 3 kids, renting, no flat, husband only pays housing fund. "
            "can they withdraw for rent? loan cap for 1st home?",
            "en",
            ["Withdrawing the housing fund to pay rent", "600,000 yuan"],
        ),
        (
            "来电 济南 三个孩子 租房住 没有房 就男方交公积金 能提出来交房租吗 首套房最多贷多少",
            "zh",
            ["按实际房租", "60万元"],
        ),
    ],
)
async def test_a_caller_s_two_housing_fund_questions_are_both_answered(
    text: str, lang: str, must: list[str]
) -> None:
    """Jinan clause 14: the rent withdrawal for a renting family of two or more children, and
    the loan ceiling of a three-child family with one contributor (600,000 yuan)."""
    reply = await policy_turn(text, lang, hotline_city="any")
    for words in must:
        assert words in reply, (words, reply)


async def follow_up(before: str, text: str, lang: str, intent: str, **slots: Any) -> str:
    """A short message after the reply to `before`: the reply, by the action its intent takes
    (a message the classifier did not place goes to action_route_unclear)."""
    from actions.answers import ActionRouteUnclear

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    tracker.events.insert(0, {"event": "user", "text": before})
    action = ActionRouteUnclear() if intent == "nlu_fallback" else ActionAnswerPolicyQuestion()
    await action.run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


@pytest.mark.parametrize("intent", ["nlu_fallback", "ask_policy"])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("幼儿园的事呢 你没说", "zh"),
        ("你还没回答幼儿园那个", "zh"),
        ("you didn't answer the kindergarten part", "en"),
    ],
)
async def test_a_part_said_to_be_unanswered_is_answered(text: str, lang: str, intent: str) -> None:
    """After "老三明年上幼儿园 能优先进普惠园吗 俺俩还能休育儿假不" got the leave alone, "you
    didn't say" of the kindergarten: Jinan clause 13's priority, never "didn't understand"."""
    before = "老三明年上幼儿园 能优先进普惠园吗 俺俩还能休育儿假不"
    reply = await follow_up(
        before, text, lang, intent, **JINAN_THREE, topic_entry="jinan.parental_leave"
    )
    assert "第13条" in reply or "clause 13" in reply, reply
    assert "普惠性幼儿园" in reply or "inclusive kindergartens" in reply, reply


@pytest.mark.parametrize("intent", ["nlu_fallback", "ask_policy"])
@pytest.mark.parametrize(
    ("text", "lang", "slots", "department"),
    [
        (
            "那我该去问谁 单位说不清楚",
            "zh",
            {**JINAN_THREE, "topic_entry": "jinan.parental_leave"},
            "济南市卫生健康委员会",
        ),
        (
            "单位也不知道 该找谁问",
            "zh",
            {**JINAN_THREE, "topic_entry": "jinan.parental_leave"},
            "济南市卫生健康委员会",
        ),
        (
            "那我该去问谁 单位说不清楚",
            "zh",
            {**BEIJING_GRANDSONS, "topic_entry": "beijing.leave_entitlements"},
            "未指明负责部门",
        ),
        (
            "so who do we ask? her employer doesn't know",
            "en",
            {**BEIJING_GRANDSONS, "topic_entry": "beijing.leave_entitlements"},
            "names no responsible department",
        ),
    ],
)
async def test_whom_to_ask_after_the_leave_is_the_leave_s_department(
    text: str, lang: str, slots: dict[str, Any], department: str, intent: str
) -> None:
    """Right after the leave answer, "who do I ask": Jinan clause 11's lead department, the
    Municipal Health Commission; Beijing's plan names none for its leave (12). Never another
    measure the word 单位 finds (workplace childcare, clause 9)."""
    reply = await follow_up("产假多少天", text, lang, intent, **slots)
    assert department in reply, reply
    assert "母婴设施" not in reply and "workplace" not in reply.lower(), reply


def test_a_question_naming_a_child_while_the_form_waits_is_answered() -> None:
    """ "老二上幼儿园能优先吗" while the form asks the mother's insurance: the child it names
    kept the turn from being rejected, so the question was never answered and the form asked
    again. It is answered (clause 13), and the form goes on."""
    import asyncio

    from actions.household_form import ValidateHouseholdForm

    for text, lang, words in [
        ("老二上幼儿园能优先吗", "zh", "第13条"),
        ("can the 2nd one get priority for kindergarten?", "en", "clause 13"),
    ]:
        for intent in ("ask_policy", "inform"):
            dispatcher = CollectingDispatcher()
            tracker = make_tracker(
                text,
                intent=intent,
                language=lang,
                **JINAN_THREE,
                requested_slot="birth_insurance",
            )
            asyncio.run(ValidateHouseholdForm().get_extraction_events(dispatcher, tracker, DOMAIN))
            assert words in texts(dispatcher), (text, intent, texts(dispatcher))


@pytest.mark.parametrize(
    ("text", "lang"),
    [("另外5项给俺看看", "zh"), ("yes list the other 5", "en"), ("ok show me those 5", "en")],
)
@pytest.mark.parametrize("offer", ["next_questions", None])  # None: "继续" took it up
def test_the_summary_s_counted_items_are_listed_while_the_form_waits(
    text: str, lang: str, offer: str | None
) -> None:
    """The summary named some items and counted the rest ("…还有5项"), then offered further
    questions; a take-up of those counted items, while the form waits on its question, lists
    them (the form then asks again), never "didn't understand"."""
    import asyncio

    from actions.headline import other_items
    from actions.household import household_from_slots
    from policy_kb import evaluate

    slots = {**JINAN_THREE, "birth_hardship": False, "offer": offer}
    household = household_from_slots(slots, date(2026, 12, 3))
    assert household is not None
    count = other_items(evaluate(household, as_of=date(2026, 12, 3))).more
    said = text.replace("5", str(count))
    from actions.household_form import ValidateHouseholdForm

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        said, intent="nlu_fallback", language=lang, **slots, requested_slot="birth_insurance"
    )
    asyncio.run(ValidateHouseholdForm().get_extraction_events(dispatcher, tracker, DOMAIN))
    reply = texts(dispatcher)
    assert "您家可以享受的" in reply or "items your family can get" in reply, reply
