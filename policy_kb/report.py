"""The engine's output contract: a Report of entitlements, each with reasons and sources."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from policy_kb.household import HouseholdEcho
from policy_kb.models import City, Kind, Source
from policy_kb.text import Text, TextList

Status = Literal["eligible", "not_eligible", "needs_info"]


class Entitlement(BaseModel):
    """One measure applied to one household (and one child for per-child measures)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    status: Status
    child: int | None = Field(default=None, description="1-based birth order, per-child items")
    kind: Kind
    title: Text
    reasons: TextList
    missing_facts: list[str] = Field(default_factory=list)
    next_steps: TextList
    sources: list[Source]
    lead_departments: list[Text] = Field(default_factory=list)
    silent_on: Text | None = None
    certain: bool = Field(
        default=True, description="False where the text leaves the decision to the authority"
    )
    monthly_amount_cny: int | None = None
    total_amount_cny: int | None = None
    amount_cny: int | None = None
    max_amount_cny: int | None = None
    rate: float | None = Field(default=None, ge=0, le=1)
    days: int | None = None
    area_m2: float | None = None
    start: date | None = None
    end: date | None = Field(default=None, description="the day it stops, e.g. the birthday")
    apply_by: date | None = Field(default=None, description="last day to act")


class DocumentRef(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: Text
    issued: str
    issued_note: Text


class Report(BaseModel):
    """What a household is entitled to under its city's plan, as of a date."""

    model_config = ConfigDict(extra="forbid")

    city: City
    as_of: date
    household: HouseholdEcho = Field(
        description="the household as evaluated: children in birth order, `expected` when due"
    )
    entitlements: list[Entitlement]
    missing_facts: list[str] = Field(
        default_factory=list, description="unknown facts, most decisive first"
    )
    documents: list[DocumentRef]
    notice: Text = Field(
        description="guidance, not a decision; the documents it rests on and what it leaves out"
    )

    def find(self, entry_id: str, child: int | None = None) -> list[Entitlement]:
        return [
            e for e in self.entitlements if e.id == entry_id and (child is None or e.child == child)
        ]
