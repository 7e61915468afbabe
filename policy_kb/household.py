"""The engine's input contract: a household's facts, any of which may be unknown (None)."""

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails

from policy_kb.errors import InputError
from policy_kb.models import City

BirthInsurance = Literal["employee_maternity", "resident_medical", "flexible_employment", "none"]

FACTS: tuple[str, ...] = (
    "city",
    "hukou_in_city",
    "children",
    "children.height_cm",
    "birth_insurance",
    "hardship_at_birth",
    "housing_fund_contributors",
    "buying_first_home",
    "owns_home_in_city",
    "renting",
)


class Child(BaseModel):
    """A child of the household; birth order follows birth dates."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    birth_date: date
    height_cm: float | None = Field(default=None, gt=0, le=250)


class Household(BaseModel):
    """What is known of a family. None (or absent) means unknown, never 'no'."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    city: City
    as_of: date | None = None
    hukou_in_city: bool | None = None
    children: list[Child] | None = Field(default=None, max_length=20)
    birth_insurance: BirthInsurance | None = None
    hardship_at_birth: bool | None = None
    housing_fund_contributors: int | None = Field(default=None, ge=0, le=20)
    buying_first_home: bool | None = None
    owns_home_in_city: bool | None = None
    renting: bool | None = None

    def ordered_children(self) -> list[Child]:
        """Children by birth date (stable for twins); empty when unknown."""
        return sorted(self.children or [], key=lambda c: c.birth_date)


def _describe(error: ErrorDetails) -> str:
    field = ".".join(str(p) for p in error["loc"]) or "household"
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        message = "unknown field"
    elif error["type"] == "literal_error":
        message = f"must be {error['ctx']['expected']}"
    value = error.get("input")
    shown = f" (got {value!r})" if isinstance(value, str | int | float | bool) else ""
    return f"{field}: {message}{shown}"


def parse_household(raw: Any) -> Household:
    """Validate a household from JSON-like data; InputError names every bad field."""
    if not isinstance(raw, dict):
        raise InputError(f"a household must be a JSON object, got {type(raw).__name__}")
    try:
        return Household.model_validate(raw)
    except ValidationError as err:
        raise InputError("; ".join(_describe(e) for e in err.errors())) from None
