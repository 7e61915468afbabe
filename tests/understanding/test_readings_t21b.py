"""A benefit at a coming birth only guessed at (tester 20 c06: "那时候我可能还在领失业金"): not
known, so nothing is recorded and the answer stays conditional on it."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)  # the day in China during tester 20's run
said = reading(TODAY)
EXPECTING_A_THIRD = {
    "city": "jinan",
    "children": [{"birth_date": "2019-05"}, {"birth_date": "2022-12"}, {"due_date": "2027-04"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "我现在又怀上了 老三明年生 那时候我可能还在领失业金",
        "老三出生的时候可能还在吃低保",
        "生老三那会儿说不定还在领失业金",
        "we might still be on dibao when the baby comes",
        "maybe still on unemployment when she's born",
        "by then we'll probably still get unemployment money",
    ],
)
def test_a_benefit_guessed_at_for_the_coming_birth_is_not_recorded(text: str) -> None:
    facts = said(text, EXPECTING_A_THIRD)
    assert facts.get(("child.hardship_at_birth", 3)) is None, facts
    assert facts.get(("hardship_at_birth", None)) is None, facts
    assert facts.get(("hardship_now", None)) is None, facts


@pytest.mark.parametrize(
    "text", ["生老三的时候还在领失业金", "we'll still be on dibao when the third is born"]
)
def test_a_benefit_said_without_a_hedge_is_still_read(text: str) -> None:
    assert said(text, EXPECTING_A_THIRD).get(("child.hardship_at_birth", 3)) is True


def test_impossible_is_no_hedge() -> None:
    """不可能 is a no, not a maybe."""
    assert said("不可能领低保", {"city": "jinan"}).get(("hardship_now", None)) is False
