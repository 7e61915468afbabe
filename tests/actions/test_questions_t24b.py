"""What the answers say, as tester 24 met them: each test is a family (the slots), what the
citizen wrote, and what the reply must and must not say."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.household_form import ValidateHouseholdForm, required_facts
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_follow_up_questions import ask


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def first_message(text: str, lang: str, **slots: object) -> str:
    """The reply to a first message telling the family's facts with its questions (the form
    starts on it)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# --- 1. two questions in one message: leave and money --------------------------------------

JINAN_SECOND_BORN = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2020-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2026-10-10", "precision": "day", "height_cm": None},
    ],
    "birth_insurance": "employee_maternity",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "my wife and I are in beijing, we just had our 3rd kid last month. "
            "what leave can we get and is there any cash?",
            "en",
        ),
        ("beijing, 3 kids. any cash? and how long is paternity leave", "en"),
        ("北京 三个娃 最小的上个月生的 能休什么假 还有钱吗", "zh"),
    ],
)
async def test_a_first_message_asking_leave_and_money_hears_both_in_beijing(
    text: str, lang: str
) -> None:
    """Beijing (12): leave with no number of days, and a subsidy system still to be set up:
    both halves answered (tester 24 c10 got the cash only, c12 the leave only)."""
    reply = await first_message(text, lang)
    assert "paternity" in reply or "陪产假" in reply, reply
    assert "subsidy system" in reply or "养育补贴" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what leave can we get and is there any cash?", "en"),
        ("any cash? and how long is paternity leave", "en"),
        ("is there any money, and what leave do we get", "en"),
        ("有补贴吗？陪产假几天", "zh"),
        ("产假多少天 还有钱吗", "zh"),
    ],
)
async def test_leave_and_money_asked_together_in_jinan_get_both(text: str, lang: str) -> None:
    """Jinan clause 11 (leave) and clause 12 (600 a month for the second child): both."""
    reply, _ = await ask(text, lang, result_shown=True, **JINAN_SECOND_BORN)
    assert "600" in reply, reply
    assert ("第11条" in reply) or ("clause 11" in reply), reply
    assert ("第12条" in reply) or ("clause 12" in reply), reply


async def test_a_general_question_without_leave_or_money_is_still_the_full_check() -> None:
    """ "what can we get" names no measure: no parts guessed (the full check runs instead)."""
    from actions.focus import measures_asked

    assert measures_asked("what can we get?", "jinan") == []
    assert measures_asked("我们能领什么", "jinan") == []


# --- 2. on benefits now: the time of the birth is asked next ------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("济南 老大三岁半 老二今年1月5号生的 济南户口 我们家低保", "zh"),
        ("济南户口 两个孩子 大的6岁 小的2026年3月生的 现在领失业金", "zh"),
        ("jinan hukou, 2 kids, the second was born in March 2026. we are on dibao now", "en"),
    ],
)
async def test_on_benefits_now_the_next_question_is_whether_at_the_birth(
    text: str, lang: str
) -> None:
    """Jinan clause 12: 200 more a month for a child born while the family was on dibao,
    special hardship support or unemployment benefits. Told only of now, the reply asks about
    the time of the birth next, not the insurance (tester 24 c09)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    slots = {**tracker.slots, **slot_events(events)}
    assert slots.get("hardship_now") is True, slots
    assert required_facts(slots, date(2026, 12, 1))[0] == "hardship_at_birth", slots


# --- 3. a due date not known is not made up ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "after"),
    [
        ("济南 老大4岁 怀了双胞胎 公积金贷款最多能贷多少 我和老公都交", "zh", "双胞胎出生后"),
        ("济南的 有个4岁的 又怀上了 预产期还不知道 两口子都交公积金 能贷多少", "zh", "孩子出生后"),
        ("jinan, one 4 year old and expecting twins, we both pay into the housing fund. "
         "how much can we borrow", "en", "after the birth"),
    ],
)  # fmt: skip
async def test_a_baby_without_a_due_date_gets_no_date_made_up(
    text: str, lang: str, after: str
) -> None:
    """Jinan clause 14 (loan ceiling for families with two children or more): a baby on the way
    counts from its birth; with no due date told, the reply names none (tester 24 r4 read
    "预产期2027年1月1日的孩子出生后")."""
    from actions.results import focused_reply
    from policy_kb.kb import catalogue

    tracker = make_tracker(text, intent="inform", language=lang)
    events = await ValidateHouseholdForm().run(CollectingDispatcher(), tracker, DOMAIN)
    slots = {**tracker.slots, **slot_events(events)}
    loan = catalogue().entries["jinan.housing_fund_loan_limit"]
    reply = focused_reply(tracker, slots, loan, lang, question=text)
    assert "预产期20" not in reply and "due on" not in reply and "due in" not in reply, reply
    assert after in reply.lower() or after in reply, reply


# --- 5. benefits that end after the birth: the plan is silent ------------------------------

JINAN_ON_DIBAO_AT_THE_BIRTH = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2020-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2025-05-10", "precision": "day", "height_cm": None,
         "hardship_at_birth": True},
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("if our unemployment benefits end, do we lose the extra?", "en"),
        ("what if we stop getting dibao next year, does the extra stop?", "en"),
        ("要是以后不再领低保了 加发的还有吗", "zh"),
        ("明年退出低保的话怎么办", "zh"),
    ],
)
async def test_benefits_ending_after_the_birth_hear_the_plan_is_silent(
    text: str, lang: str
) -> None:
    """Jinan clause 12 looks at dibao etc. at the time of the birth and says nothing about
    stopping the supplement when it ends later: the reply says so and names the lead department
    (tester 24 c06 got the 600+200 answer again)."""
    reply, _ = await ask(
        text, lang, result_shown=True, topic_entry="jinan.childcare_subsidy",
        **JINAN_ON_DIBAO_AT_THE_BIRTH,
    )  # fmt: skip
    assert ("没写之后不再领取时" in reply) or ("if they end later" in reply), reply
    assert ("卫生健康委员会" in reply) or ("Health Commission" in reply), reply
