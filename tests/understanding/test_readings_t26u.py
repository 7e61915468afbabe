"""Readings fixed after tester 26, each as a class of wording: the time of a pregnancy gone by,
set as a benefit's time, is neither a pregnancy now nor the benefit now or at the birth."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)
said = reading(TODAY)

# Tester 26 c09: Jinan, on dibao since last month, the third baby born today.
ON_DIBAO_BABY_TODAY = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": True,
    "children": [
        {"birth_date": "2020-05"},
        {"birth_date": "2023-08"},
        {"birth_date": "2026-12-01"},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "we weren't on dibao when i got pregnant, does that matter",  # tester 26 c09
        "we were not on dibao yet when my wife was pregnant",
        "wasn't getting unemployment pay when she got pregnant",
        "我怀孕的时候还没领低保 有影响吗",
    ],
)
def test_a_benefit_at_a_past_pregnancy_states_no_pregnancy_and_nothing_of_now(text: str) -> None:
    """Jinan clause 12 looks at the benefit during the birth; the time of the pregnancy is
    neither now nor the birth, and "when i got pregnant" is no new pregnancy."""
    got = said(text, ON_DIBAO_BABY_TODAY)
    assert ("hardship_now", None) not in got, got
    assert not any(fact == "child.due_date" for fact, _ in got), got


def test_a_benefit_at_a_pregnancy_and_now_keeps_now() -> None:
    """A benefit said of the pregnancy and of now is held now."""
    family = {**ON_DIBAO_BABY_TODAY, "hardship_now": None}
    got = said("怀孕的时候就在领低保 现在也还在领", family)
    assert got.get(("hardship_now", None)) is True, got
