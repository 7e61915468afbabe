"""The web app's configuration, read from the environment once at start."""

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_RASA_URL = "http://127.0.0.1:5005"
DEFAULT_DATA_DIR = "var"


@dataclass(frozen=True)
class Settings:
    """Where Rasa answers and where the app keeps its one file (the feedback counts).

    "Today" is not kept here: ASSISTANT_TODAY and ASSISTANT_TIMEZONE are read by
    policy_kb.clock.today(), like the bot."""

    rasa_url: str = DEFAULT_RASA_URL
    data_dir: Path = Path(DEFAULT_DATA_DIR)
    rasa_timeout_seconds: float = 10.0
    health_timeout_seconds: float = 1.0

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        return cls(
            rasa_url=env.get("ASSISTANT_RASA_URL", DEFAULT_RASA_URL).rstrip("/"),
            data_dir=Path(env.get("ASSISTANT_DATA_DIR", DEFAULT_DATA_DIR)),
        )

    @property
    def feedback_db(self) -> Path:
        return self.data_dir / "feedback.sqlite3"
