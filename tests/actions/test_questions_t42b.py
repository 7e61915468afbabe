"""Tester 41 c03 and tester 40 r05 (fix-t42b): a grandmother asking what she and her husband
get in Jinan, where clause 15 pays the grandparents' long-term care insurance contribution for
a 2nd or 3rd child born on or after 1 January 2023. Each test: the family known so far (the
slots), what the citizen wrote, what the reply must and must not say. Today is 1 December 2026
in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.results import ActionOfferAccepted
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_questions_t40j import whole_turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}
CLAUSE_15 = ("长期护理保险", "第15条")
CLAUSE_15_EN = ("long-term care insurance", "clause 15")


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Tester 41 c03 t1: "我是孩子姥姥 外孙女去年十月生的 是老二 户口在济南": 老二 born October 2025,
# the eldest's date not told; the full check offered after the childcare subsidy's answer.
SECOND_KNOWN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        dict(UNDATED),
        {**UNDATED, "birth_date": "2025-10-01", "precision": "month"},
    ],
    "child_in_talk": 2,
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}
OFFERED = {
    **SECOND_KNOWN,
    "offer": "full_check",
    "offer_line": "要不要我把您家能享受的其他政策也查一遍？",
}
ELDEST_ASKED = {
    **SECOND_KNOWN,
    "requested_slot": "children",
    "pending_question": {"slot": "children", "side_answers": 0},
}


@pytest.mark.parametrize(
    "text",
    [
        "老大是20年的 19年12月 你就说我们老两口有啥",  # tester 41 c03 t3
        "老大是20年的 不对 19年12月 我们老两口能有啥",
        "老大2020年生的 哦不 2019年12月 我和老伴能有啥",
    ],
)
async def test_a_date_put_right_in_one_message_is_the_eldests_and_the_grandparents_qualify(
    text: str,
) -> None:
    """The eldest's date asked; the grandmother gives 20年 and at once puts it right, 19年12月:
    the eldest is December 2019, 老二 stays October 2025, and the grandparents' contribution is
    answered as theirs through 老二 (clause 15), never "有这样的孩子后可享受"."""
    reply = await whole_turn(text, "zh", **ELDEST_ASKED)
    assert "老大2019年12月出生" in reply, reply
    assert "老二2019年12月" not in reply and "2020年出生" not in reply, reply
    assert "有这样的孩子后" not in reply and "须家中有" not in reply, reply
    assert "第2个孩子" in reply and "2025年10月" in reply, reply
    assert all(word in reply for word in CLAUSE_15), reply


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("查查吧 我和老头子能有啥不 孩子爸妈都上班", "zh", CLAUSE_15),  # tester 41 c03 t2
        ("查查 我跟老伴儿能有啥补贴", "zh", CLAUSE_15),
        ("好 那我们老两口能有啥", "zh", CLAUSE_15),
        ("ok, and what do the grandparents get?", "en", CLAUSE_15_EN),
    ],
)
async def test_the_grandparents_asked_with_a_yes_are_answered_not_asked_the_eldest(
    text: str, lang: str, words: tuple[str, str]
) -> None:
    """A yes to the full check that asks what the grandparents get: clause 15 needs only a
    2nd child born after 1 Jan 2023 with Jinan hukou, all known, so it is answered; no
    question about the first child's birth, which cannot change it."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="affirm", language=lang, **OFFERED)
    events = await ActionOfferAccepted().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert all(word in reply for word in words), reply
    assert not any(e.get("event") == "followup" for e in events), events
    assert "第1个孩子" not in reply and "first child" not in reply.lower(), reply
    assert slot_events(events).get("topic_entry") == "jinan.grandparents_ltc_insurance_subsidy"


async def test_the_grandparents_asked_inside_the_form_are_answered() -> None:
    """While the eldest's date is asked, "别问了 我和老伴能有啥": the clause-15 answer."""
    reply = await whole_turn("别问了 我和老伴能有啥", "zh", **ELDEST_ASKED)
    assert all(word in reply for word in CLAUSE_15), reply
    assert "第1个孩子是哪年" not in reply, reply


# Tester 41 c03 t5-t6: the eldest put right (December 2019), 老二 October 2025; the grandmother
# has been told of the long-term care insurance (clause 15).
GRANDPARENTS_TOLD: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2019-12-01", "precision": "month"},
        {**UNDATED, "birth_date": "2025-10-01", "precision": "month"},
    ],
    "child_in_talk": 2,
    "topic_entry": "jinan.grandparents_ltc_insurance_subsidy",
    "result_shown": True,
}


async def policy_answer(text: str, lang: str, action: Any = None, **slots: Any) -> tuple[str, dict]:
    from actions.answers import ActionAnswerPolicyQuestion

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = await (action or ActionAnswerPolicyQuestion()).run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "我问的是我们老两口 爷爷奶奶姥姥姥爷能有啥 你说的长期护理保险是啥意思 我们要交钱吗",  # t5
        "长期护理保险是啥 我们还得自己交钱吗",
    ],
)
async def test_whether_the_grandparents_pay_is_not_the_childcare_subsidy(text: str) -> None:
    """要交钱吗 asks whether they pay (the contribution), not whether money is given: the
    clause-15 answer alone, and it stays the measure talked about."""
    reply, slots = await policy_answer(text, "zh", **{**GRANDPARENTS_TOLD, "topic_entry": None})
    assert "长期护理保险" in reply and "第15条" in reply, reply
    assert "育儿补贴" not in reply and "600元" not in reply, reply
    assert slots.get("topic_entry") == "jinan.grandparents_ltc_insurance_subsidy", slots


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        (
            "那我们交了以后找谁报销 要不要啥材料",  # tester 41 c03 t6
            "zh",
            ("财政全额补贴", "第15条", "怎么办理", "材料", "济南市医疗保障局"),
        ),
        ("去哪办 要带啥材料", "zh", ("财政全额补贴", "第15条", "材料", "济南市医疗保障局")),
        (
            "who do we claim it from, and what documents do we need?",
            "en",
            (
                "fully paid by public finance",
                "clause 15",
                "no procedure",
                "no documents",
                "Municipal Health Insurance Bureau",
            ),
        ),
    ],
)
async def test_who_and_which_documents_keeps_the_grandparents_measure(
    text: str, lang: str, must: tuple[str, ...]
) -> None:
    """A follow-up on the grandparents' contribution asking whom to go to and which documents:
    what clause 15 gives, that the plan sets out no procedure or documents, and its lead
    department from policy_kb; never the childcare subsidy's materials."""
    reply, _ = await policy_answer(text, lang, **GRANDPARENTS_TOLD)
    assert all(word in reply for word in must), reply
    assert "育儿补贴" not in reply and "childcare subsidy" not in reply.lower(), reply


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        (
            "那她奶奶得啥时候去交 今年还是明年",
            "zh",
            ("当年个人缴费由财政全额补贴", "未写是哪一年", "第15条"),
        ),
        (
            "那我们哪一年的交的算 今年还是明年",
            "zh",
            ("当年个人缴费由财政全额补贴", "未写是哪一年", "第15条"),
        ),
        (
            "so when does grandma have to pay, this year or next?",
            "en",
            ("that year's individual contribution", "does not say which year", "clause 15"),
        ),
    ],
)
async def test_which_year_the_contribution_covers_is_answered_from_the_clause(
    text: str, lang: str, must: tuple[str, ...]
) -> None:
    """Tester 40 r05: "今年还是明年" about the grandparents' contribution got "没太明白". The
    clause says "当年" (that year) and no more: its words, and that it does not say which year."""
    from actions.answers import ActionRouteUnclear

    reply, _ = await policy_answer(text, lang, ActionRouteUnclear(), **GRANDPARENTS_TOLD)
    assert all(word in reply for word in must), reply
