"""Tester 39 c07 (fix-t39f): an age and a half said of a child whose birth month is known, and
true of it, tells nothing new: the known month stays, no estimate replaces it."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)
KNOWN = {
    "city": "jinan",
    "children": [
        {"birth_date": "2018-06", "birth_date_precision": "month"},
        {"birth_date": "2023-05", "birth_date_precision": "month"},
        {"birth_date": "2024-09", "birth_date_precision": "month"},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "老二的补贴还在发吗 老二现在三岁半了",
        "老二三岁半了 还能领吗",
        "is the second one's subsidy still paid? she is three and a half now",
    ],
)
def test_an_age_and_a_half_true_of_the_known_month_changes_no_date(text: str) -> None:
    got = understand(text, KNOWN, None, TODAY)
    assert not [u for u in got if u.fact == "child.birth_date" and u.child == 2], got


def test_an_age_and_a_half_that_disagrees_still_puts_the_date_right() -> None:
    got = understand("老二现在五岁半了", KNOWN, None, TODAY)
    assert [u for u in got if u.fact == "child.birth_date" and u.child == 2], got
