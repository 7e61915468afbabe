"""Today's date in China, the one "today" of the whole project.

The plans are Chinese municipal plans, and a citizen's "today", "去年十月" or "within six months"
is counted on China's calendar: a day starts at 00:00 Beijing time, whatever the server's clock
zone (UTC in most containers, where 00:00 to 07:59 in China is still "yesterday").

- ASSISTANT_TIMEZONE: an IANA zone name (default Asia/Shanghai), for a deployment serving
  another zone, or a test.
- ASSISTANT_TODAY=YYYY-MM-DD fixes the day for demos and end-to-end tests.
"""

import os
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from policy_kb.errors import InputError

DEFAULT_TIMEZONE = "Asia/Shanghai"
TIMEZONE_VARIABLE = "ASSISTANT_TIMEZONE"
TODAY_VARIABLE = "ASSISTANT_TODAY"


def timezone() -> ZoneInfo:
    """The zone whose calendar counts (ASSISTANT_TIMEZONE, default Asia/Shanghai)."""
    name = os.environ.get(TIMEZONE_VARIABLE) or DEFAULT_TIMEZONE
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"{TIMEZONE_VARIABLE}: unknown time zone {name!r}") from None


def now() -> datetime:
    """The current moment in China (aware datetime)."""
    return datetime.now(timezone())


def today() -> date:
    """Today's date in China, or ASSISTANT_TODAY when set (YYYY-MM-DD)."""
    fixed = os.environ.get(TODAY_VARIABLE)
    if fixed:
        try:
            return date.fromisoformat(fixed)
        except ValueError:
            raise InputError(
                f"{TODAY_VARIABLE}: not a date in YYYY-MM-DD form ({fixed!r})"
            ) from None
    return now().date()
