"""Tester 39 (fix-t39e): a due month said once a pregnancy is known. "due in jan" of a due date
estimated from "8 months pregnant" (about January 2027) confirms it: the month is told, no longer
an estimate. "1月份生" with a pregnancy known is that birth, ahead (never a child born in
January 2026); "1月份生的" is a birth done. Today is 1 December 2026."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)
# Jinan, an eldest of about 5, a second due about January 2027 (worked out from "8 months").
ESTIMATED = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2021-12", "approx": "5岁"},
        {"due_date": "2027-01", "approx": "8 months pregnant"},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "due in jan",
        "she's due in january",
        "due january 2027",
        "预产期1月",
        "1月份的预产期",
        "预产期是明年1月",
        "1月份生",
        "明年1月生",
        "老二1月份生",
    ],
)
def test_a_due_month_confirming_the_estimate_is_told(text: str) -> None:
    """At the insurance question, the due month said is the second child's due date, exact."""
    got = understand(text, ESTIMATED, "birth_insurance", TODAY)
    assert [(u.fact, u.child, u.value, u.approx) for u in got] == [
        ("child.due_date", 2, "2027-01", False)
    ], got


@pytest.mark.parametrize("text", ["预计2月生", "due in feb", "2月份生"])
def test_another_due_month_puts_the_estimate_right(text: str) -> None:
    got = understand(text, ESTIMATED, "birth_insurance", TODAY)
    assert [(u.fact, u.child, u.value) for u in got] == [("child.due_date", 2, "2027-02")], got


@pytest.mark.parametrize("text", ["1月份生的", "1月份生了", "she was born in january"])
def test_a_birth_said_as_done_stays_a_birth(text: str) -> None:
    got = understand(text, ESTIMATED, "birth_insurance", TODAY)
    assert any(u.fact == "child.birth_date" and u.value == "2026-01" for u in got), got
