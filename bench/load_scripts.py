"""The conversations the load generator's citizens hold, read from a YAML file
(bench/conversations/eligibility.yaml): what each citizen says, and what the bot must answer."""

from pathlib import Path
from typing import Literal, Self

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

DEFAULT_SCRIPTS = Path(__file__).resolve().parent / "conversations" / "eligibility.yaml"
SERVICE_RESPONSES = Path(__file__).resolve().parent.parent / "bot" / "domain" / "service.yml"


class ScriptError(ValueError):
    """The conversations file is missing, not YAML, or not in the expected shape."""


class Step(BaseModel):
    """One message; with `until`, the same message again until a reply contains `until` (not
    sent at all when the reply before already does)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    say: str = Field(min_length=1)
    expect: tuple[str, ...] = ()
    until: str | None = Field(default=None, min_length=1)
    at_most: int = Field(default=1, ge=1, le=50)

    @model_validator(mode="after")
    def _at_most_needs_until(self) -> Self:
        if self.until is None and self.at_most != 1:
            raise ValueError("`at_most` applies to a step with `until` only")
        return self


class Script(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, pattern=r"^[a-z0-9-]+$")
    language: Literal["zh", "en"]
    steps: tuple[Step, ...] = Field(min_length=1)


class ScriptFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    today: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")  # the servers' ASSISTANT_TODAY
    conversations: tuple[Script, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_names(self) -> Self:
        names = [script.name for script in self.conversations]
        twice = sorted({name for name in names if names.count(name) > 1})
        if twice:
            raise ValueError(f"conversation names must be unique, repeated: {', '.join(twice)}")
        return self


def load_scripts(path: Path = DEFAULT_SCRIPTS) -> ScriptFile:
    """The file's conversations; ScriptError naming the file and the field otherwise."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ScriptError(f"{path}: cannot read it ({err.strerror})") from None
    except yaml.YAMLError as err:
        where = getattr(err, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        problem = getattr(err, "problem", None) or "cannot parse it"
        raise ScriptError(f"{path}: not valid YAML{line}: {problem}") from None
    try:
        return ScriptFile.model_validate(raw)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the file"
        more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
        raise ScriptError(f"{path}: {where}: {first['msg']}{more}") from None


def service_apologies(path: Path = SERVICE_RESPONSES) -> tuple[str, ...]:
    """The bot's "part of the system is not responding, send it again" replies, in every
    language: a turn answered with one is acknowledged but not served. () without the file."""
    try:
        domain = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return ()
    responses = domain.get("responses", {}) if isinstance(domain, dict) else {}
    variations = (
        responses.get("utter_service_unavailable", []) if isinstance(responses, dict) else []
    )
    return tuple(
        v["text"] for v in variations if isinstance(v, dict) and isinstance(v.get("text"), str)
    )
