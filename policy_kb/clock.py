"""Today's date in China, the one "today" of the whole project.

The plans are Chinese municipal plans, and a citizen's "today", "去年十月" or "within six months"
is counted on China's calendar: a day starts at 00:00 Beijing time, whatever the server's clock
zone (UTC in most containers, where 00:00 to 07:59 in China is still "yesterday").

Two settings, read once per process into `ClockSettings` (pydantic-settings; every process that
evaluates a household reads them: the web app, the action server, the CLI):

- ASSISTANT_TIMEZONE: an IANA zone name (default Asia/Shanghai), for a deployment serving
  another zone, or a test.
- ASSISTANT_TODAY=YYYY-MM-DD fixes the day for demos and end-to-end tests.

A bad value is an InputError naming the variable. Tests that change the variables call
`reload()`.
"""

from datetime import date, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from policy_kb.errors import InputError

DEFAULT_TIMEZONE = "Asia/Shanghai"
TIMEZONE_VARIABLE = "ASSISTANT_TIMEZONE"
TODAY_VARIABLE = "ASSISTANT_TODAY"
EARLIEST_TODAY, LATEST_TODAY = date(1900, 1, 1), date(2100, 12, 31)


class ClockSettings(BaseSettings):
    """The zone whose calendar counts, and the day when it is fixed."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", frozen=True)

    timezone: ZoneInfo = ZoneInfo(DEFAULT_TIMEZONE)
    today: date | None = None

    @field_validator("timezone", mode="before")
    @classmethod
    def _zone(cls, raw: object) -> object:
        if isinstance(raw, ZoneInfo):
            return raw
        name = str(raw or "") or DEFAULT_TIMEZONE
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{TIMEZONE_VARIABLE}: unknown time zone {name!r}") from None

    @field_validator("today", mode="before")
    @classmethod
    def _day(cls, raw: object) -> object:
        if raw is None or isinstance(raw, date) or raw == "":
            return raw or None
        try:
            day = date.fromisoformat(str(raw))
        except ValueError:
            raise ValueError(f"{TODAY_VARIABLE}: not a date in YYYY-MM-DD form ({raw!r})") from None
        if not EARLIEST_TODAY <= day <= LATEST_TODAY:  # the same bounds as a household's as_of
            raise ValueError(
                f"{TODAY_VARIABLE}: must be between {EARLIEST_TODAY} and {LATEST_TODAY} ({raw!r})"
            )
        return day


@cache
def settings() -> ClockSettings:
    """The clock's settings, read from the environment on first use."""
    try:
        return ClockSettings()
    except ValidationError as error:
        problem = error.errors()[0].get("ctx", {}).get("error", error)
        raise InputError(str(problem)) from None


def reload() -> None:
    """Read the environment again on next use (for tests that change the variables)."""
    settings.cache_clear()


def timezone() -> ZoneInfo:
    """The zone whose calendar counts (ASSISTANT_TIMEZONE, default Asia/Shanghai)."""
    return settings().timezone


def now() -> datetime:
    """The current moment in China (aware datetime)."""
    return datetime.now(timezone())


def today() -> date:
    """Today's date in China, or ASSISTANT_TODAY when set (YYYY-MM-DD)."""
    fixed = settings().today
    return fixed if fixed is not None else now().date()
