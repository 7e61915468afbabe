"""Where the stack's servers listen and keep their files; from arguments or the environment."""

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
BOT_PYTHON = ROOT / ".venv-bot" / "bin" / "python"  # Rasa 3.6 on Python 3.10
DEFAULT_MODEL = ROOT / "models" / "assistant.tar.gz"


class StackSettings(BaseSettings):
    """The stack's settings (`python -m stack`, `python -m stack.production`), from the
    environment; listed in the README's settings table. An empty variable means its default."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", frozen=True)

    rasa_port: int = 5005
    actions_port: int = 5055
    web_port: int = 8000
    pg_bindir: Path | None = None  # Debian's newest PostgreSQL when unset

    @field_validator("rasa_port", "actions_port", "web_port", mode="before")
    @classmethod
    def _port(cls, raw: object, info: ValidationInfo) -> object:
        if not isinstance(raw, str):
            return raw
        field = info.field_name or ""
        if raw == "":
            return cls.model_fields[field].default
        return parse_port(raw, f"ASSISTANT_{field.upper()}")

    @field_validator("pg_bindir", mode="before")
    @classmethod
    def _unset_when_empty(cls, raw: object) -> object:
        return raw or None

    @classmethod
    def read(cls) -> "StackSettings":
        """The settings now in the environment; a bad value is a ValueError naming its variable."""
        try:
            return cls()
        except ValidationError as error:
            problem = error.errors()[0].get("ctx", {}).get("error", error)
            raise ValueError(str(problem)) from None


@dataclass(frozen=True)
class Ports:
    rasa: int = 5005
    actions: int = 5055
    web: int = 8000

    @classmethod
    def from_env(cls) -> "Ports":
        """ASSISTANT_RASA_PORT, ASSISTANT_ACTIONS_PORT, ASSISTANT_WEB_PORT override the defaults."""
        settings = StackSettings.read()
        return cls(rasa=settings.rasa_port, actions=settings.actions_port, web=settings.web_port)

    def check(self) -> None:
        values = (self.rasa, self.actions, self.web)
        if len(set(values)) != len(values):
            raise ValueError(f"the three ports must differ, got {values}")


def parse_port(raw: str, name: str) -> int:
    try:
        port = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a port number, got {raw!r}") from None
    if not 1 <= port <= 65535:
        raise ValueError(f"{name} must be between 1 and 65535, got {port}")
    return port


@dataclass(frozen=True)
class StackConfig:
    """Everything that differs between `make run`, the tests and a second stack beside them."""

    ports: Ports = field(default_factory=Ports)
    host: str = "127.0.0.1"
    data_dir: Path = ROOT / "var"  # tracker store, feedback counts, logs
    model: Path = DEFAULT_MODEL
    today: str | None = None  # fixes the date the actions and the web app see (tests)
    logs_to_files: bool = False  # False: servers share the terminal
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def rasa_url(self) -> str:
        return f"http://{self.host}:{self.ports.rasa}"

    @property
    def actions_url(self) -> str:
        return f"http://{self.host}:{self.ports.actions}"

    @property
    def web_url(self) -> str:
        return f"http://{self.host}:{self.ports.web}"

    @property
    def tracker_db(self) -> Path:
        return self.data_dir / "tracker.sqlite3"

    def log_path(self, name: str) -> Path | None:
        return self.data_dir / "logs" / f"{name}.log" if self.logs_to_files else None
