"""Date arithmetic for policy periods, counted as Chinese civil law counts them: a period of N
months or years ends on the same day N months or years on, or on that month's last day where the
day does not exist (29 February + 3 years = 28 February; 31 August + 6 months = end of February)."""

from calendar import monthrange
from datetime import date


def add_months(day: date, months: int) -> date:
    """The same day `months` on, or that month's last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def add_years(day: date, years: int) -> date:
    """The anniversary `years` on (a 29 February birthday falls on 28 February)."""
    return add_months(day, 12 * years)


def months_between(start: date, end: date) -> int:
    """Whole months from `start` up to `end` (36 from a birth date to the third birthday)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if add_months(start, months) > end:
        months -= 1
    return max(months, 0)
