"""A what-if after a measure's answer, as tester 26 met it: the family (the slots), the measure
just answered, what the citizen asked next, and what the reply must and must not say."""

from datetime import date

import pytest

from actions import clock
from tests.actions.test_follow_up_questions import ask
from tests.actions.test_questions_t21b import what_if

LOAN = "jinan.housing_fund_loan_limit"

# Tester 26 c04: Jinan, both parents pay the fund, renting, two children; whether they are
# buying a first home was never said. The loan answer was given "用公积金贷款买首套自住住房的话".
TWO_PAYERS_TWO_CHILDREN = {
    "city": "jinan",
    "hukou_in_city": True,
    "housing_fund_contributors": 2,
    "renting": True,
    "owns_home_in_city": False,
    "children": [
        {"birth_date": "2022-06-01", "precision": "month"},
        {"birth_date": "2026-04-01", "precision": "month"},
    ],
    "topic_entry": LOAN,
}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


@pytest.mark.parametrize(
    ("text", "lang", "figure", "presumed"),
    [
        ("那要是就我一个人交呢", "zh", "600,000", "用公积金贷款买首套自住住房的话"),
        ("如果只有我老公交公积金呢", "zh", "600,000", "用公积金贷款买首套自住住房的话"),
        ("what if only one of us pays in?", "en", "600,000", "first owner-occupied home"),
    ],
)
async def test_one_payer_after_the_loan_ceiling_gets_the_one_payer_ceiling(
    text: str, lang: str, figure: str, presumed: str
) -> None:
    """Jinan clause 14: a two-child family buying its first home borrows up to 600,000 yuan
    with one payer, 900,000 with two. Asked right after the ceiling, "and if only I pay?" is
    that ceiling with one payer, on the purchase the answer presumed, not "nothing changes"."""
    reply = await what_if(text, lang, **TWO_PAYERS_TWO_CHILDREN)
    assert figure in reply, reply
    assert "900,000" in reply, reply  # today's ceiling beside it
    assert presumed in reply, reply
    assert "第14条" in reply or "clause 14" in reply, reply
    assert "结果与现在相同" not in reply and "Nothing changes" not in reply, reply


async def test_a_new_child_after_the_loan_ceiling_still_lists_every_change() -> None:
    """A what-if that adds a child changes more than the measure in talk: every change is
    listed (the subsidy for the new child too), as before."""
    reply = await what_if("如果再生个老三呢", "zh", **TWO_PAYERS_TWO_CHILDREN)
    assert "育儿补贴" in reply, reply


async def test_with_nothing_under_discussion_a_payer_what_if_compares_everything() -> None:
    """No measure answered before: the what-if compares the whole family as it did."""
    family = {**TWO_PAYERS_TWO_CHILDREN, "topic_entry": None}
    reply = await what_if("那要是就我一个人交呢", "zh", **family)
    assert "用公积金贷款买首套自住住房的话" not in reply, reply


async def test_a_third_child_what_if_asking_the_loan_gets_the_three_child_ceiling() -> None:
    """Jinan clause 14: a three-child family with two payers borrows up to 1,000,000 yuan. "再生
    个老三 贷款多少" of a family that never said it is buying is worked out on the purchase the
    question presumes, not "要看是否打算购买首套自住住房" (tester 26)."""
    reply = await what_if("如果再生个老三 贷款能多少", "zh", **TWO_PAYERS_TWO_CHILDREN)
    assert "1,000,000" in reply, reply
    assert "用公积金贷款买首套自住住房的话" in reply, reply
    assert "要看是否打算购买首套自住住房" not in reply, reply


# --- two measures asked in one message, each answered in the order asked --------------------

FLEXIBLY_EMPLOYED_MOTHER = {
    **TWO_PAYERS_TWO_CHILDREN,
    "topic_entry": None,
    "birth_insurance": "flexible_employment",
}


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        (  # tester 26: only the paternity leave was answered
            "how much is the delivery reimbursed and how long is paternity leave",
            "en",
            "50%",
            "15 days",
        ),
        ("how long is maternity leave? and what about paternity leave", "en", "158", "15 days"),
        ("生孩子能报多少 还有陪产假几天", "zh", "50%", "15天"),
    ],
)
async def test_two_measures_asked_together_are_both_answered_in_order(
    text: str, lang: str, first: str, second: str
) -> None:
    """Jinan clause 15 (delivery costs: 50 % for a flexibly employed mother) and clause 11
    (maternity leave 158 days, paternity leave at least 15 days): a message asking two of them
    gets both, in the order asked."""
    reply, _ = await ask(text, lang, **FLEXIBLY_EMPLOYED_MOTHER)
    assert first in reply and second in reply, reply
    assert reply.index(first) < reply.index(second), reply


# --- a baby born today to a family on benefits now: the benefit at that birth ---------------

BORN_TODAY = [
    {"birth_date": "2020-05-01", "precision": "month"},
    {"birth_date": "2023-08-01", "precision": "month"},
    {"birth_date": "2026-12-01", "precision": "day"},
]


@pytest.mark.parametrize(
    ("text", "lang", "held"),
    [
        ("on dibao since last month", "en", True),  # tester 26 c09
        ("我们家上个月开始领低保了", "zh", True),
        ("we get no dibao or anything", "en", False),
    ],
)
async def test_a_baby_born_today_has_the_benefit_held_now(text: str, lang: str, held: bool) -> None:
    """Jinan clause 12: the 200 a month more is for a birth while on dibao, special hardship
    support or unemployment benefits. A baby born today was born while the family holds what
    it holds now, so that is the baby's own answer, not asked again."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from tests.actions.conftest import DOMAIN, make_tracker

    tracker = make_tracker(
        text,
        language=lang,
        city="jinan",
        hukou_in_city=True,
        children=BORN_TODAY,
        children_partial=BORN_TODAY,
        requested_slot="birth_insurance",
    )
    events = await ValidateHouseholdForm().run(CollectingDispatcher(), tracker, DOMAIN)
    children = [e["value"] for e in events if e.get("name") == "children_partial"][-1]
    assert children[2]["hardship_at_birth"] is held, children
    assert children[0].get("hardship_at_birth") is None, children  # older births stay open
