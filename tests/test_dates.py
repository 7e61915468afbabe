"""Policy periods end on the same day N months/years on, or that month's last day."""

from datetime import date

import pytest

from policy_kb.dates import add_months, add_years, months_between


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2024, 3, 15), 6, date(2024, 9, 15)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2022, 8, 31), 6, date(2023, 2, 28)),
        (date(2023, 12, 31), 2, date(2024, 2, 29)),
        (date(2023, 7, 1), 6, date(2024, 1, 1)),
    ],
)
def test_add_months(start: date, months: int, end: date) -> None:
    assert add_months(start, months) == end


def test_third_birthday_of_a_leap_day_child_is_28_february() -> None:
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)


def test_birth_to_third_birthday_is_36_months() -> None:
    start = date(2023, 1, 31)
    assert months_between(start, add_years(start, 3)) == 36
    assert months_between(date(2023, 1, 31), date(2023, 2, 27)) == 0
    assert months_between(date(2024, 5, 1), date(2024, 4, 1)) == 0
