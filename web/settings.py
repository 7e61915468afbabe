"""The web app's settings, read from the environment once, when the app is made
(pydantic-settings; the variables are listed in the README's settings table)."""

from pathlib import Path
from typing import ClassVar

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_RASA_URL = "http://127.0.0.1:5005"
DEFAULT_DATA_DIR = "var"


class Settings(BaseSettings):
    """Where Rasa answers (ASSISTANT_RASA_URL) and where the app keeps its one file, the feedback
    counts (ASSISTANT_DATA_DIR).

    "Today" is not kept here: ASSISTANT_TODAY and ASSISTANT_TIMEZONE are policy_kb.clock's
    settings, read the same way by every process that evaluates a household."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", frozen=True)

    rasa_url: str = DEFAULT_RASA_URL
    data_dir: Path = Path(DEFAULT_DATA_DIR)
    # Not settings: how long the app waits for Rasa (a message; the health check).
    rasa_timeout_seconds: ClassVar[float] = 10.0
    health_timeout_seconds: ClassVar[float] = 1.0

    @field_validator("rasa_url")
    @classmethod
    def _no_trailing_slash(cls, url: str) -> str:
        return url.rstrip("/")

    @property
    def feedback_db(self) -> Path:
        return self.data_dir / "feedback.sqlite3"
