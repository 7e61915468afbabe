"""The engine's input contract: a household's facts, any of which may be unknown (None)."""

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
)
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


def _written_date(value: Any) -> Any:
    """A date is written YYYY-MM-DD; pydantic would also read a number as Unix seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError("must be a date written YYYY-MM-DD, not a number")
    return value


WrittenDate = Annotated[date, BeforeValidator(_written_date)]


class Child(BaseModel):
    """A child of the household; birth order follows birth dates."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    birth_date: WrittenDate
    height_cm: float | None = Field(default=None, gt=0, le=250)


class Household(BaseModel):
    """What is known of a family. None (or absent) means unknown, never 'no'. Yes/no facts and
    counts are JSON booleans and integers: "true", 1 or "3" are refused, not guessed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    city: City
    as_of: WrittenDate | None = None
    hukou_in_city: StrictBool | None = None
    children: list[Child] | None = Field(default=None, max_length=20)
    birth_insurance: BirthInsurance | None = None
    hardship_at_birth: StrictBool | None = None
    housing_fund_contributors: StrictInt | None = Field(default=None, ge=0, le=20)
    buying_first_home: StrictBool | None = None
    owns_home_in_city: StrictBool | None = None
    renting: StrictBool | None = None

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
