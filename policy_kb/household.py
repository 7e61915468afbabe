"""The engine's input contract: a household's facts, any of which may be unknown (None)."""

import math
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
)
from pydantic_core import ErrorDetails

from policy_kb.dates import add_months
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


EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)
MIN_HEIGHT_CM = 30
MAX_HEIGHT_CM = 200
MAX_MONTHS_TO_DUE_DATE = 10  # a pregnancy lasts about nine and a half months


def _within_range(value: date) -> date:
    """Dates outside 1900-2100 are typing errors here (and break date arithmetic past 9999)."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValueError(
            f"must be between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}"
        )
    return value


def _height(value: float) -> float:
    """A child's height in centimetres; a value like 1.35 was typed in metres."""
    if not math.isfinite(value):
        raise ValueError("must be a number of centimetres")
    if 0 < value < 3:
        raise ValueError(f"looks like metres: did you mean {value * 100:g} cm?")
    if not MIN_HEIGHT_CM <= value <= MAX_HEIGHT_CM:
        raise ValueError(
            f"must be a child's height in centimetres, {MIN_HEIGHT_CM} to {MAX_HEIGHT_CM}"
        )
    return value


WrittenDate = Annotated[date, BeforeValidator(_written_date), AfterValidator(_within_range)]
Height = Annotated[float, AfterValidator(_height)]


class Child(BaseModel):
    """A child of the household; birth order follows birth dates. A birth date after the
    evaluation date is a baby on the way (its due date), at most ten months ahead.

    `hardship_at_birth`: whether the family received the minimum subsistence guarantee (dibao),
    special hardship support or unemployment insurance benefits when this child was born
    (Jinan clause 12). It wins over the household's `hardship_at_birth`.

    `height_below_cm`: the child is known to be shorter than this, as said ("还不到1米3",
    "under 1.3 m") without a measured height; `height_cm` wins when both are given.

    `birth_date_precision`: how much of the date was said. A date said to the month ("2024年5月")
    or the year is given as its first day; rules count from that day, and reasons show the date
    as said ("出生于2024年5月", "born in May 2024"), never a day nobody said."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    birth_date: WrittenDate
    birth_date_precision: Literal["day", "month", "year"] = "day"
    height_cm: Height | None = None
    height_below_cm: Height | None = None
    hardship_at_birth: StrictBool | None = None


class Household(BaseModel):
    """What is known of a family. None (or absent) means unknown, never 'no'. Yes/no facts and
    counts are JSON booleans and integers: "true", 1 or "3" are refused, not guessed.

    `hardship_at_birth` here means "at every birth"; a child's own value wins for that child."""

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


class ChildEcho(Child):
    """A child as the Report read it: its birth order and whether it is still on the way."""

    order: int = Field(description="1-based birth order")
    expected: bool = Field(description="born after the evaluation date: a baby on the way")


class HouseholdEcho(Household):
    """The household a Report was computed for, children in birth order and marked `expected`
    when their birth date (then a due date) is after the Report's `as_of`."""

    children: list[ChildEcho] | None = None  # type: ignore[assignment]


def echo(household: Household, as_of: date) -> HouseholdEcho:
    """The household with each child's order and `expected` flag as of `as_of`."""
    data = household.model_dump(exclude={"children"})
    children = None
    if household.children is not None:
        children = [
            ChildEcho(**c.model_dump(), order=i, expected=c.birth_date > as_of)
            for i, c in enumerate(household.ordered_children(), start=1)
        ]
    return HouseholdEcho(**data, children=children)


def check_dates(household: Household, as_of: date) -> None:
    """InputError for an evaluation date out of range or a due date over ten months ahead."""
    try:
        _within_range(as_of)
    except ValueError as err:
        raise InputError(f"as_of: {err} (got {as_of.isoformat()})", ("as_of",)) from None
    latest_due = add_months(as_of, MAX_MONTHS_TO_DUE_DATE)
    for i, child in enumerate(household.children or []):
        if child.birth_date > latest_due:
            raise InputError(
                f"children.{i}.birth_date: {child.birth_date.isoformat()} is more than "
                f"{MAX_MONTHS_TO_DUE_DATE} months after {as_of.isoformat()}; a baby on the way "
                f"is given by its due date, at most {MAX_MONTHS_TO_DUE_DATE} months ahead",
                ("children", i, "birth_date"),
            )


def _describe(error: ErrorDetails) -> str:
    field = ".".join(str(p) for p in error["loc"]) or "household"
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        message = "unknown field"
    elif error["type"] == "literal_error":
        message = f"must be {error['ctx']['expected']}"
    if message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    value = error.get("input")
    shown = f" (got {shown_value(value)})" if isinstance(value, str | int | float | bool) else ""
    return f"{field}: {message}{shown}"


MAX_SHOWN_CHARS = 40


def shown_value(value: object) -> str:
    """A value quoted in an error, as Python writes it (a lone surrogate comes out escaped, so
    the message can be printed and encoded) and short (a long number is not repeated whole)."""
    text = repr(value)
    if len(text) > MAX_SHOWN_CHARS:
        text = text[: MAX_SHOWN_CHARS - 3] + "..."
    return text


def parse_household(raw: Any) -> Household:
    """Validate a household from JSON-like data; InputError names every bad field."""
    if not isinstance(raw, dict):
        raise InputError(f"a household must be a JSON object, got {type(raw).__name__}")
    try:
        return Household.model_validate(raw)
    except ValidationError as err:
        raise InputError("; ".join(_describe(e) for e in err.errors())) from None
