"""The Rasa server's settings (bot/), read from the environment once per process.

One object, `settings()`, for every variable our code in the Rasa server reads; they are listed
in the README's settings table. The Rasa environment has pydantic 1.10 (Rasa 3.6 pins it), whose
`BaseSettings` is what pydantic-settings is for the app: no dependency is added beside Rasa's
locked ones. An empty variable means its default. `python -m bot.server` reads the settings
before it starts Rasa, so a bad value stops it with one line naming the variable
(`SettingsError`), never a traceback in the middle of a turn.

Rasa itself reads more (the `${...}` of bot/endpoints*.yml and bot/credentials.yml, its own
RASA_* variables); those are Rasa's, not these."""

from functools import cache
from typing import Any, ClassVar

from pydantic import BaseSettings, ValidationError, validator

DEFAULT_MAX_MESSAGE_CHARS = 2000
DEFAULT_ACTION_TIMEOUT_SECONDS = 1.5
DEFAULT_TRACKER_CACHE_IDLE_SECONDS = 120.0
DEFAULT_TRACKER_CACHE_MAX_BYTES = 32 * 1024 * 1024
DEFAULT_SQL_POOL_SIZE = 5  # PostgreSQL connections kept open per process
DEFAULT_SQL_MAX_OVERFLOW = 10  # extra connections under a burst, closed when returned


class SettingsError(ValueError):
    """A variable holds a value the server cannot use; the message names it."""


def _number(raw: Any, variable: str) -> float:
    try:
        return float(raw)
    except (TypeError, ValueError):
        raise ValueError(f"{variable} must be a number, got {raw!r}") from None


def _whole(raw: Any, variable: str) -> int:
    try:
        return int(raw)
    except (TypeError, ValueError):
        raise ValueError(f"{variable} must be a whole number, got {raw!r}") from None


class BotSettings(BaseSettings):
    # the REST channel declines longer messages politely (bot/channels/rest.py)
    max_message_chars: int = DEFAULT_MAX_MESSAGE_CHARS
    # who may open a Socket.IO connection, comma-separated (bot/channels/socketio.py)
    web_origins: str = ""
    # deadline of each action-server call (bot/action_failures.py)
    action_timeout_seconds: float = DEFAULT_ACTION_TIMEOUT_SECONDS
    # a remembered session is dropped after this long unused; remembered event text per process
    # beyond this drops the least recently used (bot/stores/cached.py)
    tracker_cache_idle_seconds: float = DEFAULT_TRACKER_CACHE_IDLE_SECONDS
    tracker_cache_max_bytes: int = DEFAULT_TRACKER_CACHE_MAX_BYTES
    # Rasa's variables: the PostgreSQL store's pool (bot/stores/postgres.py)
    sql_pool_size: int = DEFAULT_SQL_POOL_SIZE
    sql_max_overflow: int = DEFAULT_SQL_MAX_OVERFLOW

    class Config:
        allow_mutation = False
        # The variables' names, as they were before this class.
        fields: ClassVar[dict[str, dict[str, str]]] = {
            "max_message_chars": {"env": "ASSISTANT_MAX_MESSAGE_CHARS"},
            "web_origins": {"env": "ASSISTANT_WEB_ORIGINS"},
            "action_timeout_seconds": {"env": "ACTION_TIMEOUT_SECONDS"},
            "tracker_cache_idle_seconds": {"env": "TRACKER_CACHE_IDLE_SECONDS"},
            "tracker_cache_max_bytes": {"env": "TRACKER_CACHE_MAX_BYTES"},
            "sql_pool_size": {"env": "SQL_POOL_SIZE"},
            "sql_max_overflow": {"env": "SQL_MAX_OVERFLOW"},
        }

    # An empty variable means the default; each check names its variable (pydantic v1 validators).
    @validator("max_message_chars", pre=True)
    def _max_message_chars(cls, raw: Any) -> int:
        if raw == "":
            return DEFAULT_MAX_MESSAGE_CHARS
        value = _whole(raw, "ASSISTANT_MAX_MESSAGE_CHARS")
        if value < 1:
            raise ValueError(f"ASSISTANT_MAX_MESSAGE_CHARS must be at least 1, got {value}")
        return value

    @validator("action_timeout_seconds", pre=True)
    def _action_timeout(cls, raw: Any) -> float:
        if raw == "":
            return DEFAULT_ACTION_TIMEOUT_SECONDS
        value = _number(raw, "ACTION_TIMEOUT_SECONDS")
        if value <= 0:
            raise ValueError(f"ACTION_TIMEOUT_SECONDS must be positive, got {value}")
        return value

    @validator("tracker_cache_idle_seconds", "tracker_cache_max_bytes", pre=True)
    def _cache_bound(cls, raw: Any, field: Any) -> float:
        if raw == "":
            return float(field.default)
        variable = field.name.upper()
        value = _number(raw, variable)
        if value < 0:
            raise ValueError(f"{variable} must be zero or more, got {raw!r}")
        return value if field.name.endswith("seconds") else int(value)

    @validator("sql_pool_size", "sql_max_overflow", pre=True)
    def _pool(cls, raw: Any, field: Any) -> int:
        if raw == "":
            return int(field.default)
        return _whole(raw, field.name.upper())

    @property
    def web_origins_list(self) -> list[str] | None:
        """The Socket.IO origins; None means the server's own origin only."""
        origins = [o.strip().rstrip("/") for o in self.web_origins.split(",") if o.strip()]
        return origins or None


@cache
def settings() -> BotSettings:
    """The settings, read from the environment on first use."""
    try:
        return BotSettings()
    except ValidationError as error:
        raise SettingsError(error.errors()[0]["msg"]) from None


def reload() -> None:
    """Read the environment again on next use (tests that change the variables)."""
    settings.cache_clear()
