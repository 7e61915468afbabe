"""Tester 34's conversations (fix-t34f): money and confirmations. A figure put back to be
confirmed is checked against the family NOW; one that holds only after the coming birth is said
to hold from then. Each test: the family known so far (the slots), what the citizen wrote, what
the reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.household_form import ValidateHouseholdForm
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def ask(text: str, lang: str, **slots: Any) -> str:
    """The reply of the policy question action to `text`."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# --- 1. a loan ceiling confirmed: today's figure, the one after the birth said as such -------

# Tester 34 r08: Jinan, two children, the third due May 2027, both parents pay into the housing
# fund, buying a first home; told 最高900,000元 (two children), the loan discussed.
THIRD_ON_THE_WAY = {
    "city": "jinan",
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "children_partial": [
        dict(UNDATED),
        dict(UNDATED),
        {**UNDATED, "birth_date": "2027-05-01", "precision": "month"},
    ],
    "topic_entry": "jinan.housing_fund_loan_limit",
}


@pytest.mark.parametrize(
    ("text", "lang", "lead", "now", "then", "due"),
    [
        ("是100万对吧", "zh", "现在还不是", "900,000", "1,000,000", "预产期2027年5月"),
        ("so it's 1 million right?", "en", "Not yet", "900,000", "1,000,000", "due May 2027"),
        ("是90万对吧", "zh", "对，现在是", "900,000", "1,000,000", "预产期2027年5月"),
        ("so 900k right?", "en", "Yes, today", "900,000", "1,000,000", "due May 2027"),
        ("是60万对吧", "zh", "不是", "900,000", "1,000,000", "预产期2027年5月"),
    ],
)
async def test_a_ceiling_confirmed_is_todays_and_the_one_after_the_birth_is_said_as_such(
    text: str, lang: str, lead: str, now: str, then: str, due: str
) -> None:
    """Jinan clause 14: two children and two payers 900,000 now; 1,000,000 for three children,
    which holds only once the third is born. "是100万对吧" got "对。" right after 900,000."""
    reply = await ask(text, lang, **THIRD_ON_THE_WAY)
    assert reply.startswith(lead), reply
    assert now in reply and then in reply and due in reply, reply
    assert reply.index(now) < reply.index(then), reply
    assert "14" in reply, reply
    assert not reply.startswith(("对。", "Yes.")), reply


# --- 2. on benefits now, a birth still to come: 600 sure, the 200 only if still on them -----

# Tester 34 c09: Jinan hukou, an eldest of 6, a second child born August 2023, the third due
# April 2027, the mother on unemployment benefit now.
ON_BENEFIT_NOW = "怀三胎了 明年4月预产期 济南户口 老大6岁 老二23年8月生的 我现在领失业金呢"


async def told(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The household form on `text`: the reply and the slots after it."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), {**slots, **slot_events(events)}


async def test_benefit_now_is_not_taken_for_a_birth_months_away() -> None:
    """Clause 12 pays the 200 more for a birth while on the benefit; being on it in December
    says nothing sure of April. The read-back said 按孩子出生时也在领算 and the money 800."""
    readback, slots = await told(ON_BENEFIT_NOW, "zh")
    assert "按孩子出生时也在领算" not in readback, readback
    money = await ask("那老三生下来一个月能拿多少", "zh", **slots)
    assert "600元/月" in money, money
    assert "800元/月" not in money and "28,800" not in money, money
    assert "出生时" in money and "200" in money and "12" in money, money


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        (
            "要是生之前失业金领完了呢",
            "zh",
            ["没有每月加发的200元", "600元/月", "2030年4月1日", "第12条"],
        ),
        (
            "what if her unemployment benefit runs out before the baby is born?",
            "en",
            ["no extra 200", "600 yuan a month", "1 Apr 2030", "clause 12"],
        ),
    ],
)
async def test_benefits_ending_before_the_birth_leave_the_600_only(
    text: str, lang: str, must: list[str]
) -> None:
    """Clause 12: no birth while on the benefit, no 200 more; the 600 a month runs to 3."""
    _, slots = await told(ON_BENEFIT_NOW, "zh")
    reply = await ask(text, lang, **slots)
    for part in must:
        assert part in reply, reply


# --- 3. "does the extra 200 stop when she finds a job?": the plain answer first ------------

# Tester 34 c05: Jinan hukou, an eldest, twins born 14 March 2025 while the mother was on
# unemployment benefit; the supplement discussed.
TWINS_ON_BENEFIT = {
    "city": "jinan",
    "hukou_in_city": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "children": [
        {**UNDATED, "birth_date": "2019-05-01", "precision": "month"},
        {**UNDATED, "birth_date": "2025-03-14", "precision": "day", "hardship_at_birth": True},
        {**UNDATED, "birth_date": "2025-03-14", "precision": "day", "hardship_at_birth": True},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        (
            "does the extra 200 stop when she finds a job?",
            "en",
            ["born while the family was on those benefits", "14 Mar 2028", "says nothing about"],
        ),
        ("她找到工作了 那200还给吗", "zh", ["出生时在领", "2028年3月14日", "没写之后不再领取"]),
    ],
)
async def test_a_job_found_after_the_birth_is_answered_by_the_birth(
    text: str, lang: str, must: list[str]
) -> None:
    """Clause 12 looks at the benefit at the birth only and does not say the 200 stops later;
    the lead department decides. A job found ends the unemployment benefit like going off it."""
    reply = await ask(text, lang, **TWINS_ON_BENEFIT)
    for part in must:
        assert part in reply, reply
    assert "12" in reply, reply
