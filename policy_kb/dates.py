"""Date arithmetic for policy periods (Chinese civil-law counting: the same day N months/years on,
the month's last day where that day does not exist)."""

from datetime import date

from dateutil.relativedelta import relativedelta


def add_years(day: date, years: int) -> date:
    """The anniversary `years` on; 29 February falls back to 28 February."""
    return day + relativedelta(years=years)


def add_months(day: date, months: int) -> date:
    """The same day `months` on, or that month's last day (31 Aug + 6 months = 28/29 Feb)."""
    return day + relativedelta(months=months)


def months_between(start: date, end: date) -> int:
    """Whole months from `start` up to `end` (36 from a birth date to the third birthday)."""
    delta = relativedelta(end, start)
    return max(delta.years * 12 + delta.months, 0)
