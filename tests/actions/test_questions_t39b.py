"""Tester 37 and 38's citizens whose question was dodged (fix-t39b): the question asked is
answered first, with its figure and clause from policy_kb. Each test: the family known so far
(the slots), what the citizen wrote, what the reply must and must not say, and the clause.
Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from actions.form_questions import ASK_ACTIONS
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker, month, slot_events, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


UNKNOWN = {"birth_date": None, "precision": None, "height_cm": None}


async def form_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The household form on `text`, then what follows it in the bot: the result when the
    form is complete, else the next form question. The replies and the slots after it."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    after = {**slots, **slot_events(events)}
    following = Tracker(
        "test", after, tracker.latest_message, tracker.events, False, None, {}, "household_form"
    )
    requested = after.get("requested_slot")
    if requested is None:
        events = await ActionShowEntitlements().run(dispatcher, following, DOMAIN)
    elif requested in ASK_ACTIONS:
        events = await ASK_ACTIONS[requested]().run(dispatcher, following, DOMAIN)
    return texts(dispatcher), {**after, **slot_events(events)}


# --- 1. the housing fund loan asked by a family expecting its second child (Jinan 14) -------

# Tester 38 c04: Jinan, the first child's birth not told, the second due in March 2027; the
# hukou question open.
EXPECTING_SECOND = {
    "city": "jinan",
    "children_partial": [UNKNOWN, month("2027-03")],
    "requested_slot": "hukou_in_city",
    "pending_question": {"slot": "hukou_in_city", "side_answers": 0},
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("是 济南户口 我老公公积金交着 想买第一套房 能贷多少", "zh"),  # tester 38 c04
        ("是的 济南户口 公积金就我老公一个人交 买首套房最多能贷多少钱", "zh"),
        ("对 户口在济南 老公在交公积金 我们想买第一套房子 公积金贷款能贷多少", "zh"),
        (
            "yes jinan hukou, my husband pays into the housing fund, we want to buy our first "
            "flat, how much can we borrow",
            "en",
        ),
    ],
)
async def test_the_loan_asked_while_expecting_is_the_loan_ceiling(text: str, lang: str) -> None:
    """Jinan clause 14: a two-child family with one contributor buying a first home may borrow
    up to 600,000 yuan; the family has one child born, so the ceiling is raised once the second
    is born. The answer is the loan, not the childcare subsidy (clause 12) again."""
    reply, _ = await form_turn(text, lang, **EXPECTING_SECOND)
    assert "600,000" in reply, reply
    assert ("第14条" if lang == "zh" else "clause 14") in reply, reply
    assert "21,600" not in reply, reply
    first_answer = reply.split("\n")[1]  # after the read-back
    assert ("贷款" if lang == "zh" else "loan") in first_answer, reply


@pytest.mark.parametrize(
    ("text", "lang", "until", "wrong"),
    [
        ("是 济南户口 一个月能领多少", "zh", "2030年3月1日", "2027年3月1日至"),
        ("yes jinan hukou, how much a month", "en", "1 Mar 2030", "1 Mar 2027 to"),
    ],
)
async def test_the_subsidy_of_a_child_on_the_way_runs_until_3_with_no_first_month(
    text: str, lang: str, until: str, wrong: str
) -> None:
    """Jinan clause 12 pays 600 a month "until the child reaches the age of 3" and names no
    first month: the answer gives the end (the 3rd birthday after the due month) and never a
    period opening on the birth, as the first answer had said (tester 38 c04)."""
    reply, _ = await form_turn(text, lang, **EXPECTING_SECOND)
    assert "600" in reply, reply
    assert until in reply, reply
    assert wrong not in reply, reply


async def test_the_subsidy_card_of_a_child_on_the_way_says_until_3_not_from_the_birth() -> None:
    """The card of a focused question ("那育儿补贴呢") gives the same end and no period from
    the due month (Jinan clause 12)."""
    family = {
        **EXPECTING_SECOND,
        "hukou_in_city": True,
        "requested_slot": None,
        "focus_entry": "jinan.childcare_subsidy",
        "focus_question": "那育儿补贴呢",
    }
    family.pop("pending_question")
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("那育儿补贴呢", intent="ask_details", language="zh", **family)
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "2030年3月1日" in reply, reply
    assert "2027年3月1日至" not in reply, reply


# --- 2. a first home named in the loan question is the case answered (Jinan 14) ------------

# Tester 38 c08: Jinan, two children (dates not told), renting, no home of their own; the rent
# answer shown.
RENTING_TWO = {
    "city": "jinan",
    "children_partial": [UNKNOWN, UNKNOWN],
    "renting": True,
    "owns_home_in_city": False,
    "result_shown": True,
    "topic_entry": "jinan.housing_fund_rent_withdrawal",
}


async def reply_of(
    action: Any, text: str, lang: str, intent: str = "ask_policy", **slots: Any
) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    events = await action.run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "how much can we borrow from housing fund for first flat, both of us pay in",
            "en",
            "900,000",
        ),  # tester 38 c08
        ("both of us pay into the housing fund, max loan for our first home?", "en", "900,000"),
        ("我们俩都交公积金 买第一套房能贷多少", "zh", "900,000"),
        ("首套房 公积金我和老公都交 最多贷多少", "zh", "900,000"),
    ],
)
async def test_a_first_home_named_in_the_loan_question_is_not_asked_again(
    text: str, lang: str, figure: str
) -> None:
    """Jinan clause 14: a two-child family with two contributors buying a first home may borrow
    up to 900,000 yuan. "first flat" / 第一套房 in the question is the case: the one figure,
    and no question whether they plan to buy a first home."""
    reply, _ = await reply_of(ActionHandleCorrection(), text, lang, "inform", **RENTING_TWO)
    assert figure in reply, reply
    assert ("第14条" if lang == "zh" else "clause 14") in reply, reply
    assert "first owner-occupied home." not in reply and "首套自住住房。" not in reply, reply
    assert "600,000" not in reply and "60万" not in reply, reply


RENTERS_TWO_KIDS = {key: value for key, value in RENTING_TWO.items() if key != "result_shown"}


@pytest.mark.parametrize(
    ("text", "lang", "yes", "rule"),
    [
        (
            "we rent in jinan no home of our own, 2 kids, can we use housing fund for rent?",
            "en",
            "Yes.",
            "according to the actual rent they pay",
        ),  # tester 38 c08
        ("can we take out our housing fund to pay the rent?", "en", "Yes.", "actual rent"),
        ("我们在济南租房 没房子 两个孩子 公积金能提出来交房租吗", "zh", "能。", "按实际房租支出"),
    ],
)
async def test_the_rent_withdrawal_yes_is_a_plain_sentence(
    text: str, lang: str, yes: str, rule: str
) -> None:
    """Jinan clause 14: families with two or more children, no home of their own in Jinan and
    renting may withdraw the housing fund for the actual rent. The yes is said with that rule as
    a sentence, not "…: You have 2 children; the plan asks for 2 or more." (tester 38 c08)."""
    family = {**RENTERS_TWO_KIDS, "focus_entry": "jinan.housing_fund_rent_withdrawal"}
    family["focus_question"] = text
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, language=lang, **family)
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith(yes), reply
    assert rule in reply, reply
    assert ("第14条" if lang == "zh" else "clause 14") in reply, reply
    assert "the plan asks for" not in reply and "方案要求" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "amount", "where"),
    [
        (
            "how much can we take out? and where do we apply",
            "en",
            "actual rent",
            "Housing Provident Fund Center",
        ),  # tester 37 c08
        ("how much can we withdraw? where to apply?", "en", "actual rent", "Provident Fund"),
        ("能取多少 去哪办", "zh", "实际房租", "住房公积金中心"),
    ],
)
async def test_how_much_rent_withdrawal_is_the_actual_rent_and_its_department(
    text: str, lang: str, amount: str, where: str
) -> None:
    """Jinan clause 14 lets the family withdraw "according to the actual rent", with no other
    amount; the plan names no office beyond its lead departments. Asked after the yes, that is
    the answer, not a question for the full check (a child's birth date)."""
    family = {
        **RENTERS_TWO_KIDS,
        "result_shown": True,
        "focus_entry": "jinan.housing_fund_rent_withdrawal",
        "focus_question": "can we use the housing fund for rent?",
    }
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="check_eligibility", language=lang, **family)
    events = await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert amount in reply, reply
    assert where in reply, reply
    assert ("第14条" if lang == "zh" else "clause 14") in reply, reply
    assert not any(e.get("event") == "followup" for e in events), events
    assert "born" not in reply and "出生" not in reply, reply


# --- 3. the baby's medical insurance asked: the insurance, not another card ----------------

# Tester 38 c09: Beijing, the second baby a month old (born about November 2026); the leave
# answered and the full check offered.
BEIJING_NEWBORN = {
    "city": "beijing",
    "children_partial": [UNKNOWN, {**month("2026-11"), "approx": "刚满月"}],
    "result_shown": True,
    "topic_entry": "beijing.leave_entitlements",
}


@pytest.mark.parametrize(
    ("text", "lang", "joint", "silent"),
    [
        ("要 孩子医保怎么办", "zh", "医保参保", "方案未写"),  # tester 38 c09
        ("孩子医保要办吗", "zh", "医保参保", "方案未写"),
        ("宝宝医保怎么参保", "zh", "医保参保", "方案未写"),
        (
            "yes, and how do we get the baby medical insurance?",
            "en",
            "medical insurance",
            "does not say",
        ),
    ],
)
async def test_the_babys_insurance_in_beijing_is_the_joint_handling_of_clause_4(
    text: str, lang: str, joint: str, silent: str
) -> None:
    """Beijing (4): the birth medical certificate, vaccinations, household registration, medical
    insurance enrolment, social security card and maternity insurance reimbursement are to be
    handled jointly; the plan gives no time limit and names no office. That is the answer, not
    the leave card again."""
    reply, _ = await form_turn(text, lang, **BEIJING_NEWBORN)
    assert joint in reply, reply
    assert silent in reply, reply
    assert ("第(4)条" if lang == "zh" else "clause (4)") in reply, reply
    assert "陪产假" not in reply and "paternity" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("孩子医保要办吗 有没有补贴", "zh"),  # tester 36 c01
        ("宝宝医保要不要办 有补贴吗", "zh"),
    ],
)
async def test_the_insurance_and_its_subsidy_asked_is_the_insurance_alone(
    text: str, lang: str
) -> None:
    """Jinan clause 15: a 2nd or 3rd child born after 1 January 2023 and enrolled within 6
    months of birth has the year's contribution paid in full; "有没有补贴" asks that subsidy,
    not the childcare subsidy of clause 12 again."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            month("2023-06"),
            {**month("2026-11"), "birth_date": "2026-11-03", "precision": "day"},
        ],
        "hardship_at_birth": False,
        "result_shown": True,
    }
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **family)
    assert ("第15条" if lang == "zh" else "clause 15") in reply, reply
    assert "2027" in reply, reply  # the window: six months from the birth
    assert "第12条" not in reply and "clause 12" not in reply, reply
    assert "600" not in reply, reply


# --- 4. a grandparent asking what they get: Jinan clause 15; Beijing has nothing for them ----

# Tester 37 c06: Jinan hukou, the granddaughter (2nd child) born October 2025; the subsidy
# answered.
JINAN_GRANDDAUGHTER = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [UNKNOWN, month("2025-10")],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}
LTC = {"zh": "长期护理保险", "en": "long-term care insurance"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("不是问孩子 问俺自己 俺是姥姥 俺有啥", "zh"),  # tester 37 c06
        ("我们老两口帮着带孩子 我们有啥吗", "zh"),  # tester 38 c02
        ("我是孩子奶奶 我能领点啥不", "zh"),
        ("I'm the grandma, anything for me?", "en"),
        ("we are the grandparents, do we get anything?", "en"),
    ],
)
async def test_a_jinan_grandparent_asking_for_themselves_gets_clause_15(
    text: str, lang: str
) -> None:
    """Jinan clause 15: the grandparents of a 2nd or 3rd child born after 1 January 2023 who
    join Jinan's resident long-term care insurance have that year's individual contribution
    paid in full by public finance. A grandparent saying who they are and asking what they
    get is answered with it, not "not understood"."""
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **JINAN_GRANDDAUGHTER)
    assert LTC[lang] in reply, reply
    assert ("第15条" if lang == "zh" else "clause 15") in reply, reply
    assert "没太明白" not in reply and "didn't quite" not in reply, reply


async def test_a_grandparent_in_the_form_gets_clause_15_too() -> None:
    """Tester 38 c02: the hukou answered with the grandparents' question in the same message
    ("是济南户口 我们老两口帮着带孩子 我们有啥吗"); the answer names clause 15's long-term care
    contribution, not only the next form question."""
    family = {
        "city": "jinan",
        "children_partial": [UNKNOWN, month("2026-03")],
        "requested_slot": "hukou_in_city",
        "pending_question": {"slot": "hukou_in_city", "side_answers": 0},
    }
    reply, _ = await form_turn("是济南户口 我们老两口帮着带孩子 我们有啥吗", "zh", **family)
    assert "长期护理保险" in reply, reply
    assert "第15条" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "nothing"),
    [
        ("俺是姥姥 俺有啥", "zh", "没有直接给祖父母"),
        ("I'm the grandma, anything for me?", "en", "nothing for grandparents themselves"),
    ],
)
async def test_a_beijing_grandparent_is_told_the_plan_has_nothing_for_them(
    text: str, lang: str, nothing: str
) -> None:
    """Beijing's plan has no measure for grandparents: that is said, with the family's own
    items, and Jinan's clause 15 named as the other plan's."""
    family = {
        "city": "beijing",
        "hukou_in_city": True,
        "children": [month("2022-05"), month("2026-04")],
        "result_shown": True,
    }
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **family)
    assert nothing in reply, reply
