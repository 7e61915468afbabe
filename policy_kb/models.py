"""The knowledge base's data model: documents, departments and measures (entries).

Every figure lives in an entry's `parameters`, each with the verbatim quote it comes from.
"""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from policy_kb.text import Text, TextList

City = Literal["jinan", "beijing"]
Kind = Literal["cash", "leave", "insurance", "housing", "education", "service", "right"]
Audience = Literal[
    "household",
    "employee",
    "employer",
    "childcare_institution",
    "special_fp_family",
    "family_planning_family",
    "researcher",
    "government",
]

ENTRY_ID_PATTERN = r"^(jinan|beijing)\.[a-z0-9_]+$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Strict):
    """A clause of a document and a verbatim span of its English text."""

    document: str = Field(pattern=r"^[a-z]+-\d{4}$")
    clause: str = Field(min_length=1)
    quote: str = Field(min_length=8)


Table = dict[int, dict[int, int]]
Value = int | float | date | list[int] | Table


class Parameter(Strict):
    """A policy figure: its values by the date each takes effect, its unit, and the verbatim
    quote(s) that state it (as OpenFisca's parameters: `values: {2023-01-01: 600}`).

    A table (`{rows: {columns: value}}`, e.g. children x contributors) is looked up by the
    largest row and column not above the numbers asked for, so its last row or column reads
    "or more". Read a value with `policy_kb.rules.base.value(entry, name, as_of)`."""

    values: dict[date, Value] = Field(min_length=1)
    unit: str
    description: str
    quote: str = Field(min_length=8)
    more_quotes: list[str] = Field(
        default_factory=list, description="further sentences, for a table stated in several"
    )

    def in_force(self, as_of: date) -> Value:
        """The value in force on `as_of`: the newest taking effect on or before it. Before the
        first date, the first value (the engine answers under the plans it holds)."""
        dates = sorted(self.values)
        current = dates[0]
        for day in dates:
            if day <= as_of:
                current = day
        return self.values[current]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def effective(self) -> date:
        """The date the newest value takes effect."""
        return max(self.values)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value(self) -> Value:
        """The newest value (what a reader of the plan sees today)."""
        return self.values[self.effective]

    @property
    def quotes(self) -> list[str]:
        return [self.quote, *self.more_quotes]


class Departments(Strict):
    """Department ids (see departments.yaml) as the clause names them; empty when it names none."""

    lead: list[str] = Field(default_factory=list)
    responsible: list[str] = Field(default_factory=list)


class Entry(Strict):
    """One measure of a policy document."""

    id: str = Field(pattern=ENTRY_ID_PATTERN)
    city: City
    document: str
    clause: str
    kind: Kind
    audience: list[Audience] = Field(min_length=1)
    per_child: bool = False
    title: Text
    summary: Text
    synonyms: TextList = Field(default_factory=TextList)
    departments: Departments = Field(default_factory=Departments)
    facts: list[str] = Field(
        default_factory=list,
        description="household facts the engine reads to decide this entry",
    )
    parameters: dict[str, Parameter] = Field(default_factory=dict)
    next_steps: TextList
    silent_on: Text | None = Field(
        default=None, description="what the text does not say, stated plainly"
    )
    silent_on_facts: dict[str, Text] = Field(
        default_factory=dict,
        description="what the text does not say of one household fact it reads (hukou_in_city: "
        "whose household registration counts), stated plainly with the department to ask",
    )
    open_verdict: bool = Field(
        default=False,
        description="the text leaves open what a yes or no would rest on (Jinan clause 15's "
        "'当年' names no year nor a date to join by): answered with the plan's words and its "
        "silence, never a likely yes or no",
    )
    sources: list[Source] = Field(min_length=1)

    def param(self, name: str) -> Parameter:
        try:
            return self.parameters[name]
        except KeyError:
            raise KeyError(f"{self.id} has no parameter {name!r}") from None


class Document(Strict):
    """A policy document the knowledge base is built from."""

    id: str = Field(pattern=r"^[a-z]+-\d{4}$")
    city: City
    title: Text
    issuer: Text
    issued: str = Field(description="ISO date, or the year alone where the text gives no day")
    issued_label: Text = Field(description="the date of issue as a notice names it")
    issued_note: Text
    source_file: str
    translation_note: Text


class Department(Strict):
    """A department as the text names it (en verbatim) and its Chinese name."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    city: City
    name: Text


class Definition(Strict):
    """A term the plans use without defining it (a minor), as national law defines it."""

    value: int
    unit: str
    description: str
    law: Text = Field(description="the law and article")
    quote: Text = Field(description="the article's text: zh original, en translation")


class AbsentTopic(Strict):
    """Something citizens ask for that neither plan contains (a one-off birth bonus): what to
    say, and the nearest measures the plans do have (entry ids)."""

    id: str
    asks: TextList
    unless: TextList = Field(default_factory=TextList)  # words of a measure the plans do have
    said: Text
    # the same silence in one city's words, said to a family of that city (a Jinan family is
    # not told what Beijing's plan leaves out; tester 46b c1): city id -> text
    said_in: dict[City, Text] = Field(default_factory=dict)
    nearest: list[str] = Field(min_length=1)

    def said_for(self, city: str | None) -> Text:
        """What to say to a family of `city` (None: not known): that city's wording, else
        both plans'."""
        for key, text in self.said_in.items():
            if key == city:
                return text
        return self.said


class Catalogue(Strict):
    """Everything under policy_kb/data, validated."""

    documents: dict[str, Document]
    definitions: dict[str, Definition]
    departments: dict[str, Department]
    entries: dict[str, Entry]
    notice: Text
    reasons: dict[str, Text]
    fact_labels: dict[str, Text]
    absent: dict[str, AbsentTopic] = Field(default_factory=dict)
