"""A what-if after a measure's answer, as tester 26 met it: the family (the slots), the measure
just answered, what the citizen asked next, and what the reply must and must not say."""

from datetime import date

import pytest

from actions import clock
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
