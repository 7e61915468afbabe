"""Questions testers 22 and 23 asked that were left unanswered or answered with another measure:
each as the citizen said it (and wordings of the same kind made up here), the family known so far
(slots), and what the plan lets the reply say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionHandleCorrection
from actions.results import ActionWhatIf
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.test_follow_up_questions import ask


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def child(born: str, precision: str = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision, "height_cm": None, **more}


def slot_values(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


async def run(action: Any, text: str, intent: str, lang: str, **slots: Any) -> tuple[str, list]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    events = await action().run(dispatcher, tracker, DOMAIN)
    responses = [m["response"] for m in dispatcher.messages if m.get("response")]
    return texts(dispatcher) + "".join(f"\n<{r}>" for r in responses), events


# Jinan hukou; the eldest said to be 3½ (born about June 2023), the second born October 2025;
# the result shown, the subsidy discussed last.
JINAN_TWO = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2023-06-01"), child("2025-10-01")],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}


# 1. A correction with a question attached (tester 23 item 8)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("不对 老大是6岁 不是三岁半 有影响吗", "zh"),
        ("说错了 老大6岁了 这个有没有影响", "zh"),
        ("no wait the eldest is 6 not 3, does that matter?", "en"),
        ("sorry, the older one is 6 not 3. does it change anything?", "en"),
    ],
)
async def test_a_correction_asking_whether_it_matters_is_applied_and_answered(
    text: str, lang: str
) -> None:
    """The eldest's age is updated and the reply says what that changes for the family (or
    that nothing does), not another measure the age happens to name (the under-3 tax
    deduction)."""
    reply, events = await run(ActionHandleCorrection, text, "correct", lang, **JINAN_TWO)
    eldest = slot_values(events)["children"][0]["birth_date"]
    assert eldest.startswith("2020-"), eldest
    assert reply.startswith(("已更新", "Updated")), reply
    assert "个税" not in reply and "income-tax" not in reply.lower(), reply
    assert "没太明白" not in reply and "didn't quite get" not in reply


# 2. "Why" after a "no" or a comparison (tester 23 item 9, tester 22 items 11-12)

BEIJING_TWO = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [child("2021-06-01"), child("2025-12-01")],
    "result_shown": True,
    "topic_entry": "beijing.family_upbringing_subsidy_system",
}


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("为啥没有", "zh", "nlu_fallback"),
        ("为啥没有", "zh", "ask_policy"),
        ("凭什么没有啊", "zh", "ask_policy"),
        ("why not?", "en", "ask_policy"),
    ],
)
async def test_why_after_beijings_no_gives_clause_12s_reason(
    text: str, lang: str, intent: str
) -> None:
    """Beijing clause (12) only announces a family upbringing subsidy system: no recipients, no
    amount; that is why, said with the clause, not the fallback."""
    action = ActionRouteUnclear if intent == "nlu_fallback" else ActionAnswerPolicyQuestion
    reply, _ = await run(action, text, intent, lang, **BEIJING_TWO)
    assert "(12)" in reply, reply
    assert "逐步建立" in reply or "gradually established" in reply
    assert "<utter_default>" not in reply and "600" not in reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("why not? Jinan gives 600", "en"),
        ("how come, jinan pays 600 a month", "en"),
        ("为啥没有 济南都给600", "zh"),
    ],
)
async def test_why_not_with_another_citys_figure_explains_the_familys_own_city(
    text: str, lang: str
) -> None:
    """Jinan's 600 named as a comparison by a Beijing family: Beijing's reason (clause (12)),
    and that each city pays by its own plan; not Jinan's subsidy described again."""
    reply, events = await run(ActionAnswerPolicyQuestion, text, "ask_policy", lang, **BEIJING_TWO)
    assert "(12)" in reply, reply
    assert "Each city follows its own plan" in reply or "每个城市按自己的方案" in reply
    assert slot_values(events).get("topic_entry") == "beijing.family_upbringing_subsidy_system"


# Jinan: a child of 4 and twins due in February 2027; both parents pay into the fund.
TWINS_DUE_LOAN = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2022-06-01"), child("2027-02-01"), child("2027-02-01")],
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "result_shown": True,
    "topic_entry": "jinan.housing_fund_loan_limit",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("why 1 million? they arent born yet", "en"), ("为什么是100万 还没生呢", "zh")],
)
async def test_why_after_the_loan_ceiling_gives_the_born_children_condition(
    text: str, lang: str
) -> None:
    """Clause 14 raises the ceiling for families with children born: the reason is the family's
    own answer for the loan (children on the way do not count yet), not the fallback."""
    reply, _ = await run(ActionRouteUnclear, text, "nlu_fallback", lang, **TWINS_DUE_LOAN)
    assert "<utter_default>" not in reply
    assert "14" in reply, reply
    assert (
        "on the way does not count" in reply
        or "还没出生" in reply
        or "未出生" in reply
        or ("不算" in reply)
    ), reply
    assert not reply.startswith(("Yes", "No", "能", "不能"))


# 3. A city named in the question (tester 23 item 10)


@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        ("北京生二胎有没有每个月的育儿补贴 济南好像有600", "zh", "beijing"),
        ("北京生二胎有没有每个月的育儿补贴", "zh", "jinan"),
        ("北京有没有育儿补贴 听说济南每月600", "zh", "jinan"),
        ("does beijing have a monthly childcare subsidy? jinan pays 600", "en", "beijing"),
    ],
)
async def test_a_question_naming_beijing_gets_beijings_answer_whatever_the_comparison(
    text: str, lang: str, city: str
) -> None:
    """The city the question asks about is answered (Beijing (12): no amount), whichever city
    the family lives in and whichever city it compares with."""
    slots = {**BEIJING_TWO, "city": city, "topic_entry": None}
    for action, intent in ((ActionAnswerPolicyQuestion, "ask_policy"), (ActionRouteUnclear, "x")):
        reply, events = await run(action, text, intent, lang, **slots)
        assert "(12)" in reply, reply
        assert "第12条" not in reply and "clause 12:" not in reply, reply
        assert slot_values(events).get("topic_entry") == "beijing.family_upbringing_subsidy_system"


# 4. Imagined children and housing (tester 23 items 5, 12, 13; tester 22 item 24)

RENTING_TWO = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2019-06-01"), child("2024-11-01")],
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "renting": True,
    "owns_home_in_city": False,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("如果再生个老三呢 能贷多少", "zh"),
        ("要是生了老三 公积金贷款能贷多少", "zh"),
        ("what if we had a third, how much could we borrow?", "en"),
    ],
)
async def test_a_what_if_naming_the_loan_answers_the_loan_only(text: str, lang: str) -> None:
    """Clause 14 with three children and two payers: 1,000,000 (today 900,000), in a few lines,
    not every measure the third child would bring."""
    reply, events = await run(ActionWhatIf, text, "what_if", lang, **RENTING_TWO)
    assert "1,000,000" in reply and "900,000" in reply, reply
    assert "14" in reply
    assert "产假" not in reply and "maternity" not in reply.lower()
    assert len(reply.splitlines()) <= 5, reply
    assert slot_values(events).get("topic_entry") == "jinan.housing_fund_loan_limit"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("租的公租房 老三生了能换大点的吗", "zh"),
        ("住公租房 要是再生一个 能换个大点的房子吗", "zh"),
        ("we live in public rental housing, if we have a third can we get a bigger flat?", "en"),
    ],
)
async def test_a_bigger_public_rental_flat_for_a_growing_family_is_clause_14s_switch(
    text: str, lang: str
) -> None:
    """Clause 14: switches of public rental housing for a family that grew, applied for at any
    time, by the housing available; the plan gives no conditions: the housing bureau decides."""
    for action, intent in (
        (ActionRouteUnclear, "nlu_fallback"),
        (ActionAnswerPolicyQuestion, "ask_policy"),
    ):
        reply, events = await run(action, text, intent, lang, **RENTING_TWO)
        assert "调换" in reply or "switch" in reply.lower(), reply
        assert "住房和城乡建设局" in reply or "Housing and Urban-Rural Development Bureau" in reply
        assert "产假" not in reply and "育儿补贴" not in reply
        assert slot_values(events).get("topic_entry") == "jinan.public_rental_switch"


@pytest.mark.parametrize(
    "text",
    [
        "Hi, Beijing family, 2 kids (6 and 3). Can we get priority for public rental housing?",
        "2 kids (7 and 2), public rental housing priority?",
    ],
)
async def test_ages_listed_in_brackets_name_no_measure_of_their_own(text: str) -> None:
    """ "(6 and 3)" lists the children's ages; the 3 is no figure of the under-3 tax deduction:
    the public-rental question is not answered with the deduction's "No"."""
    reply, events = await run(
        ActionAnswerPolicyQuestion, text, "ask_policy", "en", city="beijing", hukou_in_city=True
    )
    assert "Income-tax" not in reply and "income-tax" not in reply, reply
    assert slot_values(events).get("focus_entry") in (None, "beijing.public_rental_priority")


# 5. Questions after thanks, and phone numbers (tester 23 items 15, 16)


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("谢谢 那托儿所有补贴不", "zh", "nlu_fallback"),
        ("谢谢 那托儿所有补贴不", "zh", "ask_policy"),
        ("好的谢谢 托育机构有补贴吗", "zh", "ask_policy"),
        ("thanks! and is there a subsidy for nurseries?", "en", "nlu_fallback"),
    ],
)
async def test_a_question_after_thanks_is_answered(text: str, lang: str, intent: str) -> None:
    """Clause 12's subsidies to nurseries (paid to the institution), not only 不客气."""
    action = ActionRouteUnclear if intent == "nlu_fallback" else ActionAnswerPolicyQuestion
    reply, _ = await run(action, text, intent, lang, **{**JINAN_TWO, "topic_entry": None})
    assert "第12条" in reply or "clause" in reply, reply
    assert "托育" in reply or "childcare" in reply.lower(), reply
    assert "<utter_you_are_welcome>" not in reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("whats the hotline for beijing health commission", "en"),
        ("卫健委热线是多少", "zh"),
        ("what's the hotline?", "en"),
    ],
)
async def test_a_hotline_asked_for_is_none_the_plans_give(text: str, lang: str) -> None:
    """The plans give no phone numbers: said so, never a number and never the fallback."""
    reply, _ = await run(ActionRouteUnclear, text, "nlu_fallback", lang, **BEIJING_TWO)
    assert "no phone number" in reply or "电话" in reply, reply
    assert "<utter_default>" not in reply
    assert not any(ch.isdigit() for ch in reply.replace("(12)", "")), reply


def test_a_hotline_told_of_is_no_number_asked_for() -> None:
    """ "我打了12345热线 他们说不行" tells of a call; only a hotline asked for is answered with the
    plans' silence on numbers."""
    from actions.answers import CONTACT

    assert CONTACT.search("卫健委热线是多少") and CONTACT.search("whats the hotline for x")
    assert not CONTACT.search("我打了12345热线 他们说不行")
    assert not CONTACT.search("I called the hotline and they said no")


def test_thanks_alone_asks_nothing() -> None:
    from actions.answers import after_thanks

    assert after_thanks("谢谢") == "" and after_thanks("thanks a lot!") == ""
    assert after_thanks("谢谢 那托儿所有补贴不") == "托儿所有补贴不"
    assert after_thanks("托儿所有补贴吗 谢谢") == ""  # the thanks closes, the question is first


# 6. A cap the plan does not set (tester 23 item 18)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("能提多少 有上限没", "zh"),
        ("公积金租房提取最多能提多少", "zh"),
        ("is there a cap on the rent withdrawal?", "en"),
    ],
)
async def test_a_cap_on_the_rent_withdrawal_is_none_the_plan_sets(text: str, lang: str) -> None:
    """Clause 14: withdrawals by the actual rent paid, no cap stated; the Jinan Housing
    Provident Fund Center is named (from policy_kb), no figure invented."""
    slots = {**RENTING_TWO, "topic_entry": "jinan.housing_fund_rent_withdrawal"}
    reply, _ = await run(ActionAnswerPolicyQuestion, text, "ask_policy", lang, **slots)
    assert reply.startswith(("济南方案没有写上限", "The Jinan plan sets no cap")), reply
    assert "济南住房公积金中心" in reply or "Jinan Housing Provident Fund Center" in reply
    assert "14" in reply


async def test_a_cap_asked_of_the_loan_still_gets_its_ceiling() -> None:
    """The loan states its ceilings (clause 14): a cap asked of it is no 'no cap'."""
    slots = {**RENTING_TWO, "topic_entry": "jinan.housing_fund_loan_limit"}
    reply, _ = await run(ActionAnswerPolicyQuestion, "贷款有上限吗", "ask_policy", "zh", **slots)
    assert "没有写上限" not in reply and "900,000" in reply, reply


# 7. The end of a payment (tester 23 item 4, tester 22 item 10)

DIBAO_THIRD = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        child("2018-06-01", "day"),
        child("2020-06-01", "day"),
        child("2023-02-10", "day", hardship_at_birth=True),
    ],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("until when exactly", "en", "jinan.childcare_subsidy_hardship_supplement"),
        ("发到哪天", "zh", "jinan.childcare_subsidy"),
        ("到多大停", "zh", "jinan.childcare_subsidy"),
        ("到几岁停", "zh", None),
        ("现在还能领吗 发到哪天", "zh", None),
        ("when exactly does it stop?", "en", "jinan.childcare_subsidy"),
    ],
)
async def test_until_when_gives_the_third_birthday_and_that_it_has_ended(
    text: str, lang: str, topic: str | None
) -> None:
    """Clause 12 pays until the 3rd birthday: 10 February 2026 for a child born 10 February
    2023, already past on 1 December 2026."""
    reply, _ = await ask(text, lang, **DIBAO_THIRD, topic_entry=topic)
    assert "2026年2月10日" in reply or "10 Feb 2026" in reply or "10 February 2026" in reply, reply
    assert "已结束" in reply or "停发" in reply or "Ended" in reply or "stopped" in reply
    assert "育儿假" not in reply and "parental leave" not in reply.lower()


def hotline_tracker(text: str, **slots: Any) -> Tracker:
    message = {"text": text, "intent": {"name": "ask_policy", "confidence": 0.99}}
    return Tracker(
        sender_id="hotline",
        slots={"hotline_city": "jinan", **slots},
        latest_message=message,
        events=[{"event": "user", "text": text, "parse_data": message}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


async def test_a_hotline_case_keeps_its_birth_date_and_until_when_gives_the_last_day() -> None:
    """Tester 23 c7: the worker's case (third child born 2023-02-10, dibao at the birth), then
    "until when exactly": 10 Feb 2026, the 3rd birthday, already past."""
    dispatcher = CollectingDispatcher()
    case = (
        "hotline here. Jinan, third child born 2023-02-10, jinan hukou, mother was on dibao at "
        "birth. monthly subsidy figure and clause pls"
    )
    events = await ActionAnswerPolicyQuestion().run(
        dispatcher, hotline_tracker(case, language="en"), DOMAIN
    )
    kept = slot_values(events)
    assert kept.get("hotline_birth") == "2023-02-10"
    dispatcher = CollectingDispatcher()
    follow = hotline_tracker("until when exactly", language="en", **kept)
    await ActionAnswerPolicyQuestion().run(dispatcher, follow, DOMAIN)
    reply = texts(dispatcher)
    assert "10 Feb 2026" in reply and "stopped" in reply, reply
    assert "clause 12" in reply


async def test_a_hotline_case_still_paid_gives_its_end_date_only() -> None:
    """A second child born 3 May 2024: paid until 3 May 2027, not yet ended."""
    dispatcher = CollectingDispatcher()
    tracker = hotline_tracker(
        "发到哪天", language="zh", topic_entry="jinan.childcare_subsidy", hotline_birth="2024-05-03"
    )
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "2027年5月3日" in reply and "停发" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"), [("到多大停", "zh"), ("until what age is it paid?", "en")]
)
async def test_a_bare_until_when_with_nothing_discussed_is_the_monthly_subsidys_age(
    text: str, lang: str
) -> None:
    """Tester 22 c07: 到多大停 with no measure discussed and no children known: the city's
    monthly money (Jinan clause 12) and its age limit, not "not found" and not "stop"."""
    reply, events = await ask(text, lang, city="jinan")
    assert "3周岁" in reply or "age of 3" in reply, reply
    assert slot_values(events).get("topic_entry") == "jinan.childcare_subsidy"


async def test_a_hotline_worker_asking_for_a_hotline_number_hears_the_plans_give_none() -> None:
    """In hotline mode too, "whats the hotline for beijing health commission" is a number asked
    for (none in the plans), not a Beijing measure the search guesses."""
    dispatcher = CollectingDispatcher()
    tracker = hotline_tracker("whats the hotline for beijing health commission", language="en")
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "no phone number" in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "We live in Beijing, 2 kids, the second was born May 2024. what can we get",
        "我们在北京 俩孩子 老二24年5月生的 能领什么",
    ],
)
async def test_facts_with_a_question_before_any_answer_are_no_correction(text: str) -> None:
    """The correction examples with a question attached pull some first messages (facts and
    'what can we get') into `correct`: before any answer there is nothing to correct, so the
    question is handled as asked and the form reads its facts and goes on (not a bare 'Noted')."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="correct", language="zh" if "我" in text else "en")
    events = await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    assert {"event": "followup", "name": "household_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]
    assert dispatcher.messages == []
