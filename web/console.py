"""The hotline console's own API: search hits and measures with a sentence to read out, and a
household calculator for fast entry on a live call.

Fast entry: a child's birth may be given as a date, a year and month, or an age; older children
may be given as a count without dates. The engine needs exact dates (policy_kb.household), so
this layer takes the earliest possible day (the 1st of the month for a year and month, which
keeps a 1 January cut-off right) and then checks which answers would differ for any other day
the caller's words allow, by evaluating the household again across that range. Those answers
are marked as depending on the exact day, in words the worker can read out."""

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError

from policy_kb import Household, InputError, UnknownEntryError, evaluate, get_entry
from policy_kb import format as fmt
from policy_kb.dates import add_months, add_years
from policy_kb.household import (
    MAX_HEIGHT_CM,
    MAX_MONTHS_TO_DUE_DATE,
    MIN_HEIGHT_CM,
    BirthInsurance,
)
from policy_kb.kb import catalogue
from policy_kb.models import City
from policy_kb.report import Entitlement, Report, Status
from policy_kb.search import MAX_QUERY_CHARS, detect_lang, search
from policy_kb.text import LANGS, Lang, Text
from web import console_words as words
from web.api import Measure, invalid, measure
from wording import clock
from wording.cities import CITY_NAMES
from wording.entitlements import label

router = APIRouter(prefix="/api/v1/console", tags=["console"])

MAX_CHILDREN = 20
MAX_OLDER_YEARS = 18  # older children are tried this far back before the youngest
OLDER_STEP_MONTHS = 2  # in steps this long (a rule's threshold shows as a change between steps)


# ---- search and measures with a sentence to read out ---------------------------------------


class ConsoleHit(BaseModel):
    id: str
    city: City
    title: Text
    summary: Text
    clause: Text = Field(description="the document and clause, worded for each language")
    say: Text = Field(description="one sentence to read out: summary (figures, condition), clause")
    score: float


class ConsoleHits(BaseModel):
    lang: Lang = Field(description="the query's language (or the one asked for)")
    hits: list[ConsoleHit]


@router.get("/search", summary="Search the measures, each hit with a sentence to read out")
def console_search(
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS)],
    lang: Annotated[
        Lang | None, Query(description="ranking language (default: the query's)")
    ] = None,
    city: Annotated[City | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 8,
) -> ConsoleHits:
    if not q.strip():
        invalid(("query", "q"), "must contain some text, not only spaces", q)
    chosen: Lang = lang or detect_lang(q)
    hits = [
        ConsoleHit(
            id=hit.entry.id,
            city=hit.entry.city,
            title=hit.entry.title,
            summary=hit.entry.summary,
            clause=_clause_text(hit.entry.document, hit.entry.clause),
            say=words.say_entry(hit.entry),
            score=round(hit.score, 3),
        )
        for hit in search(q, lang=chosen, city=city, limit=limit)
    ]
    return ConsoleHits(lang=chosen, hits=hits)


def _clause_text(document: str, clause: str) -> Text:
    return Text(**{lang: words.clause_refs([(document, clause)], lang) for lang in LANGS})


class Figure(BaseModel):
    name: str = Field(description="the parameter's name; a table's cell adds [row][column]")
    value: Text = Field(description="the value in each locale: 100万元 / 1,000,000 yuan")
    cell: Text | None = Field(
        default=None,
        description="a table's cell: its row and column in words "
        "(3孩及以上家庭、2人及以上缴存 / 3 or more children, 2 or more contributors)",
    )
    description: str = Field(description="what the figure is (English)")
    quote: str = Field(description="the verbatim sentence of the English translation")
    effective: Text | None = Field(
        default=None,
        description="when the value in force today took effect, worded; only where that day "
        "differs from the document's",
    )


def _in_force_words(since: date, issued: str) -> Text | None:
    """'自2023年1月1日起施行' / 'in force from 1 Jan 2023', only where the figure's day differs
    from the document's: a document dated by its year alone (the Jinan translation gives only
    2022) has its figures dated 1 January of that year, which is not a day to read out."""
    if since.isoformat() == issued or (len(issued) == 4 and since == date(int(issued), 1, 1)):
        return None
    return Text(
        zh=f"自{words.day(since, 'zh')}起施行", en=f"in force from {words.day(since, 'en')}"
    )


class ConsoleMeasure(BaseModel):
    measure: Measure
    clause: Text
    say: Text = Field(description="one sentence to read out")
    figures: list[Figure]


@router.get(
    "/measures/{measure_id}",
    summary="One measure with its figures in the locale and a sentence to read out",
    responses={404: {"description": "no measure with this id"}},
)
def console_measure(measure_id: str) -> ConsoleMeasure:
    try:
        entry = get_entry(measure_id)
    except UnknownEntryError:
        raise HTTPException(404, f"no measure with id {measure_id!r}") from None
    today = clock.today()
    issued = catalogue().documents[entry.document].issued
    figures = []
    for name, p in entry.parameters.items():
        effective = _in_force_words(words.in_force_since(p, today), issued)
        if isinstance(p.in_force(today), dict):  # a table: a figure a cell, all its quotes
            figures += [
                Figure(
                    name=name + key,
                    value=value,
                    cell=cell,
                    description=p.description,
                    quote=" … ".join(p.quotes),
                    effective=effective,
                )
                for key, cell, value in words.table_cells(p, today)
            ]
            continue
        figures.append(
            Figure(
                name=name,
                value=Text(**{lang: words.figure_text(p, lang, today) for lang in LANGS}),
                description=p.description,
                quote=p.quote,
                effective=effective,
            )
        )
    return ConsoleMeasure(
        measure=measure(measure_id),
        clause=_clause_text(entry.document, entry.clause),
        say=words.say_entry(entry),
        figures=figures,
    )


# ---- the calculator form -------------------------------------------------------------------


class ConsoleChild(BaseModel):
    model_config = ConfigDict(extra="forbid")

    birth: str = Field(
        max_length=40,
        description="a birth (or due) date, a year and month (2022-12, 2022年12月, Dec 2022) "
        "or an age (3岁, 8个月, 3 years, 8 months)",
    )
    height_cm: str | None = Field(default=None, max_length=10)


class ConsoleForm(BaseModel):
    """The console's household form as typed: text where the worker types, so that every
    mistake gets an answer in words naming the field (in both languages)."""

    model_config = ConfigDict(extra="forbid")

    city: City
    as_of: str | None = Field(default=None, max_length=40, description="empty: today")
    hukou_in_city: StrictBool | None = None
    older_children: str | None = Field(
        default=None, max_length=10, description="older children whose birth dates are not given"
    )
    children: list[ConsoleChild] = Field(default_factory=list, max_length=MAX_CHILDREN)
    birth_insurance: BirthInsurance | None = None
    hardship_at_birth: StrictBool | None = None
    housing_fund_contributors: str | None = Field(default=None, max_length=10)
    buying_first_home: StrictBool | None = None
    owns_home_in_city: StrictBool | None = None
    renting: StrictBool | None = None


class FormError(Exception):
    def __init__(self, loc: tuple[str | int, ...], field: Text, message: Text) -> None:
        super().__init__(message.en)
        self.loc, self.field, self.message = loc, field, message


def form_error_response(err: FormError, where: str = "body") -> JSONResponse:
    return JSONResponse(
        status_code=422,
        content={
            "detail": [
                {
                    "type": "value_error",
                    "loc": [where, *err.loc],
                    "msg": f"{err.field.en}: {err.message.en}",
                    "field": err.field.model_dump(),
                    "message": err.message.model_dump(),
                }
            ]
        },
    )


def _birth_field(index: int) -> Text:
    return Text(
        zh=f"第{index + 1}行孩子的出生日期或年龄", en=f"birth date or age in child row {index + 1}"
    )


def _height_field(index: int) -> Text:
    return Text(zh=f"第{index + 1}行孩子的身高", en=f"height in child row {index + 1}")


AS_OF_FIELD = Text(zh="评估日期", en="assessment date")
OLDER_FIELD = Text(zh="不填日期的孩子人数", en="number of children without dates")
CONTRIBUTORS_FIELD = Text(zh="家中缴存住房公积金的人数", en="housing fund contributors")
CHILDREN_FIELD = Text(zh="孩子", en="children")

MONTHS_EN = {
    m.lower(): i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}

FULL = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(份)?$")
EN_DMY = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$")
EN_MDY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
EN_MY = re.compile(r"^([a-z]+)\.?,?\s+(\d{4})$")
AGE_YEARS = re.compile(r"^(\d{1,2})\s*(岁|周岁|y|yr|yrs|year|years)(\s*old)?$")
AGE_MONTHS = re.compile(r"^(\d{1,2})\s*(个月|个月大|m|mo|month|months)(\s*old)?$")

DATE_FORMS = Text(
    zh="请写成 2022-12-31、2022年12月 或 3岁 这样的形式",
    en="write it like 2022-12-31, Dec 2022 or 3 years",
)
DAY_FORMS = Text(zh="请写成 2025-06-01 这样的日期", en="write a date like 2025-06-01")


YEARS = (1900, 2100)  # dates outside these years are typing mistakes (and overflow date sums)
YEARS_WORDS = Text(
    zh=f"年份应在{YEARS[0]}年到{YEARS[1]}年之间",
    en=f"the year must be from {YEARS[0]} to {YEARS[1]}",
)


def _in_years(*days: date) -> bool:
    return all(YEARS[0] <= d.year <= YEARS[1] for d in days)


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


def _day(year: int, month: int, day_: int) -> date | None:
    try:
        return date(year, month, day_)
    except ValueError:
        return None


def read_day(text: str) -> date | None:
    """A full date in Chinese, ISO or English writing, or None."""
    s = _normal(text)
    if m := FULL.match(s):
        return _day(int(m[1]), int(m[2]), int(m[3]))
    if m := EN_DMY.match(s):
        month = MONTHS_EN.get(m[2])
        return _day(int(m[3]), month, int(m[1])) if month else None
    if m := EN_MDY.match(s):
        month = MONTHS_EN.get(m[1])
        return _day(int(m[3]), month, int(m[2])) if month else None
    return None


BirthKind = Literal["exact", "month", "age_years", "age_months", "older"]


@dataclass(frozen=True)
class Birth:
    """What the caller said of a birth: the days it allows and the day the engine is given."""

    kind: BirthKind
    earliest: date
    latest: date
    given: Text  # the caller's words, worded back: 2022年12月 / December 2022 / 3岁

    @property
    def exact(self) -> bool:
        return self.earliest == self.latest


def read_birth(text: str, today: date) -> Birth | None:
    """The caller's words for a birth, or None when they are not a date, a month or an age."""
    try:
        return _read_birth(_normal(text), today)
    except (ValueError, OverflowError):
        return None  # a year out of the calendar's range


def _read_birth(s: str, today: date) -> Birth | None:
    if (exact := read_day(s)) is not None:
        return Birth(
            "exact", exact, exact, Text(zh=words.day(exact, "zh"), en=words.day(exact, "en"))
        )
    year_month: tuple[int, int] | None = None
    if m := MONTH.match(s):
        year_month = (int(m[1]), int(m[2]))
    elif (m := EN_MY.match(s)) and m[1] in MONTHS_EN:
        year_month = (int(m[2]), MONTHS_EN[m[1]])
    if year_month:
        first = _day(year_month[0], year_month[1], 1)
        if first is None:
            return None
        last = add_months(first, 1) - timedelta(days=1)
        given = Text(zh=f"{first.year}年{first.month}月", en=f"{first:%B %Y}")
        return Birth("month", first, last, given)
    if m := AGE_YEARS.match(s):
        n = int(m[1])
        given = Text(zh=f"{n}岁", en=f"aged {n}")
        return Birth(
            "age_years", add_years(today, -(n + 1)) + timedelta(days=1), add_years(today, -n), given
        )
    if m := AGE_MONTHS.match(s):
        n = int(m[1])
        given = Text(zh=f"{n}个月大", en=f"{n} months old")
        return Birth(
            "age_months",
            add_months(today, -(n + 1)) + timedelta(days=1),
            add_months(today, -n),
            given,
        )
    return None


def _count(value: str | None, loc: tuple[str | int, ...], field: Text, top: int) -> int | None:
    if value is None or not value.strip():
        return None
    s = _normal(value)
    if not s.isdigit() or int(s) > top:
        raise FormError(
            loc,
            field,
            Text(zh=f"请填写0到{top}之间的整数", en=f"enter a whole number from 0 to {top}"),
        )
    return int(s)


@dataclass(frozen=True)
class Slot:
    """One child of the household as the engine gets it: given by the worker or older ones."""

    birth: Birth
    chosen: date
    row: int | None  # the form row, None for an older child given only as a count
    height_cm: float | None = None


@dataclass(frozen=True)
class ReadForm:
    household: dict[str, Any]
    as_of: date
    slots: list[Slot]
    older: int


def read_form(form: ConsoleForm) -> ReadForm:
    """The form as a Household's facts and the children's slots, or a FormError."""
    as_of = clock.today()
    if form.as_of and form.as_of.strip():
        read = read_day(form.as_of)
        if read is None:
            raise FormError(("as_of",), AS_OF_FIELD, DAY_FORMS)
        if not _in_years(read):
            raise FormError(("as_of",), AS_OF_FIELD, YEARS_WORDS)
        as_of = read
    slots: list[Slot] = []
    for i, child in enumerate(form.children):
        if not child.birth.strip():
            raise FormError(
                ("children", i, "birth"),
                _birth_field(i),
                Text(zh="没有填写；" + DATE_FORMS.zh, en="it is empty; " + DATE_FORMS.en),
            )
        birth = read_birth(child.birth, as_of)
        if birth is None:
            raise FormError(("children", i, "birth"), _birth_field(i), DATE_FORMS)
        if not _in_years(birth.earliest, birth.latest):
            raise FormError(("children", i, "birth"), _birth_field(i), YEARS_WORDS)
        height = None
        if child.height_cm and child.height_cm.strip():
            try:
                height = float(_normal(child.height_cm))
            except ValueError:
                height = -1.0
            if not 0 < height <= 250:
                raise FormError(("children", i, "height_cm"), _height_field(i), _height_words(None))
        slots.append(Slot(birth, birth.earliest, i, height))
    older = _count(form.older_children, ("older_children",), OLDER_FIELD, MAX_CHILDREN) or 0
    if older + len(slots) > MAX_CHILDREN:
        raise FormError(
            ("older_children",),
            CHILDREN_FIELD,
            Text(zh=f"最多{MAX_CHILDREN}个孩子", en=f"at most {MAX_CHILDREN} children"),
        )
    if older:
        first = _anchor(slots, as_of)
        placeholders = [
            Slot(
                Birth(
                    "older", date.min, first - timedelta(days=1), Text(zh="未填写", en="not given")
                ),
                add_years(first, -(older - j)),
                None,
            )
            for j in range(older)
        ]
        slots = placeholders + slots
    contributors = _count(
        form.housing_fund_contributors, ("housing_fund_contributors",), CONTRIBUTORS_FIELD, 20
    )
    facts = form.model_dump(
        exclude={"as_of", "older_children", "children", "housing_fund_contributors"},
        exclude_none=True,
    )
    if contributors is not None:
        facts["housing_fund_contributors"] = contributors
    return ReadForm(facts, as_of, slots, older)


def _anchor(slots: list[Slot], as_of: date) -> date:
    """The day the children without dates are born before: the earliest day a dated child may
    have been born, or (none dated) the day after the assessment date."""
    given = [s.birth.earliest for s in slots if s.row is not None]
    return min(given) if given else as_of + timedelta(days=1)


def household_of(read: ReadForm, days: list[date]) -> Household:
    facts = dict(read.household)
    if read.slots:
        facts["children"] = [
            {"birth_date": d.isoformat(), **({"height_cm": s.height_cm} if s.height_cm else {})}
            for s, d in zip(read.slots, days, strict=True)
        ]
    facts["as_of"] = read.as_of.isoformat()
    return Household.model_validate(facts)


# ---- which answers depend on the exact day -------------------------------------------------

Key = tuple[str, int | None]


def _decision(e: Entitlement) -> tuple[Any, ...]:
    return (
        e.status,
        e.monthly_amount_cny,
        e.total_amount_cny,
        e.amount_cny,
        e.max_amount_cny,
        e.rate,
        e.days,
        e.area_m2,
        tuple(e.missing_facts),
    )


def _dates(e: Entitlement) -> tuple[date | None, ...]:
    return (e.start, e.end, e.apply_by)


def _by_key(report: Report) -> dict[Key, Entitlement]:
    return {(e.id, e.child): e for e in report.entitlements}


def _days(first: date, last: date) -> Iterator[date]:
    step = 1 if (last - first).days <= 62 else 7
    current = first
    while current < last:
        yield current
        current += timedelta(days=step)
    yield last


def _orders(slots: list[Slot], days: list[date]) -> list[int]:
    """Each slot's birth order (1-based) as the engine sorts children (stable on ties)."""
    ranked = sorted(range(len(slots)), key=lambda i: days[i])
    orders = [0] * len(slots)
    for position, i in enumerate(ranked, start=1):
        orders[i] = position
    return orders


@dataclass
class Dependence:
    decision: set[int]  # slots whose exact day can change status or figures
    dates: set[int]  # slots whose exact day only moves dates
    older: bool  # the older children's dates can change it


def dependences(read: ReadForm, base: Report) -> dict[Key, Dependence]:
    days = [s.chosen for s in read.slots]
    reference = _by_key(base)
    found: dict[Key, Dependence] = {}

    def tried(days_: list[date]) -> Report | None:
        try:
            return evaluate(household_of(read, days_), as_of=read.as_of)
        except InputError:  # a day the engine refuses (a due date too far ahead): it differs
            return None

    def note(report: Report | None, slot: int | None, keep_reasons: bool) -> None:
        other = _by_key(report) if report is not None else {}
        for key in reference.keys() | other.keys():
            a, b = reference.get(key), other.get(key)
            dep = found.setdefault(key, Dependence(set(), set(), False))
            if a is None or b is None or _decision(a) != _decision(b):
                if slot is None:
                    dep.older = True
                else:
                    dep.decision.add(slot)
            elif _dates(a) != _dates(b) or (keep_reasons and a.reasons != b.reasons):
                if slot is None:
                    dep.older = True
                else:
                    dep.dates.add(slot)

    for i, slot in enumerate(read.slots):
        if slot.row is None or slot.birth.exact:
            continue
        for d in _days(slot.birth.earliest, slot.birth.latest):
            if d != slot.chosen:
                note(tried([*days[:i], d, *days[i + 1 :]]), i, False)
    if read.older:
        first = _anchor(read.slots, read.as_of)
        for months in range(0, 12 * MAX_OLDER_YEARS + 1, OLDER_STEP_MONTHS):
            d = add_months(first - timedelta(days=1), -months)
            note(
                tried([d if s.row is None else days[i] for i, s in enumerate(read.slots)]),
                None,
                True,
            )
    return found


# ---- the answer ----------------------------------------------------------------------------


class Words(BaseModel):
    """Text in both languages that may be empty (an item without figures or dates)."""

    zh: str
    en: str


def _words(make: Any) -> Words:
    return Words(zh=make("zh"), en=make("en"))


class FactLine(BaseModel):
    label: Text
    value: Text


class AnswerRow(BaseModel):
    id: str
    child: int | None = Field(description="1-based birth order, per-child items")
    status: Status
    label: Text
    figures: Words = Field(description="amounts and days in the locale (may be empty)")
    dates: Words = Field(description="period or end, and the deadline to act by (may be empty)")
    apply_by: Text | None
    reasons: Words
    clause: Text
    clauses: list[str] = Field(description="the clause numbers, each once")
    quotes: list[str] = Field(description="verbatim sentences of the English translation")
    missing: list[Text]
    depends: Text | None = Field(description="why this answer depends on an exact day not given")
    say: Text = Field(description="one sentence to read out: figure, condition, clause")


class ConsoleAnswer(BaseModel):
    household: Household = Field(description="what was computed (with the days taken)")
    as_of: Text
    facts: list[FactLine] = Field(description="the household facts the answer is for, worded")
    notes: list[Text] = Field(description="what was assumed from a month, an age or a count")
    rows: list[AnswerRow]
    missing_facts: list[Text]
    notice: Text


YES_NO = {True: Text(zh="是", en="yes"), False: Text(zh="否", en="no")}
INSURANCE = {
    "employee_maternity": Text(zh="职工生育保险", en="employee maternity insurance"),
    "resident_medical": Text(zh="城乡居民医保", en="resident medical insurance"),
    "flexible_employment": Text(
        zh="灵活就业人员参加职工医保", en="flexible employment, employees' medical insurance"
    ),
    "none": Text(zh="没有参保", en="not insured"),
}
UNKNOWN = Text(zh="不知道", en="unknown")


def _both(make: Any) -> Text:
    return Text(zh=make("zh"), en=make("en"))


def _birth_words(slot: Slot, order: int) -> Text:
    if slot.birth.kind == "older":
        return Text(zh="出生日期未填写（较大的孩子）", en="birth date not given (an older child)")
    return _reading_words(slot.birth)


def _reading_words(b: Birth) -> Text:
    """'2022年12月（按2022年12月1日计算）' / 'December 2022 (computed as born 1 Dec 2022)'."""
    if b.exact:
        return b.given
    return Text(
        zh=f"{b.given.zh}（按{words.day(b.earliest, 'zh')}计算）",
        en=f"{b.given.en} (computed as born {words.day(b.earliest, 'en')})",
    )


def fact_lines(read: ReadForm, household: Household) -> list[FactLine]:
    labels = catalogue().fact_labels
    days = [s.chosen for s in read.slots]
    orders = _orders(read.slots, days)
    lines = [
        FactLine(label=labels["city"], value=_both(lambda lang: CITY_NAMES[household.city][lang]))
    ]
    for name in ("hukou_in_city",):
        lines.append(
            FactLine(label=labels[name], value=YES_NO.get(getattr(household, name), UNKNOWN))
        )
    by_order = sorted(zip(orders, read.slots, strict=True))
    for order, slot in by_order:
        lines.append(
            FactLine(
                label=_both(lambda lang, o=order: fmt.child_label(o, lang)),
                value=_birth_words(slot, order),
            )
        )
    if not read.slots:
        lines.append(FactLine(label=labels["children"], value=UNKNOWN))
    insurance = household.birth_insurance
    lines.append(
        FactLine(
            label=labels["birth_insurance"], value=INSURANCE[insurance] if insurance else UNKNOWN
        )
    )
    for name in ("hardship_at_birth", "buying_first_home", "owns_home_in_city", "renting"):
        value = getattr(household, name)
        lines.append(
            FactLine(label=labels[name], value=YES_NO[value] if value is not None else UNKNOWN)
        )
    contributors = household.housing_fund_contributors
    lines.append(
        FactLine(
            label=labels["housing_fund_contributors"],
            value=Text(zh=str(contributors), en=str(contributors))
            if contributors is not None
            else UNKNOWN,
        )
    )
    return lines


def _child_said(slot: Slot, order: int) -> tuple[str, str, Text]:
    return fmt.child_label(order, "zh"), fmt.child_label(order, "en"), slot.birth.given


def _depends_text(dep: Dependence | None, read: ReadForm, orders: list[int]) -> Text | None:
    if dep is None:
        return None
    parts: list[Text] = []
    for i in sorted(dep.decision):
        zh, en, given = _child_said(read.slots[i], orders[i])
        parts.append(
            Text(
                zh=f"要看{zh}的确切出生日期：只知道{given.zh}，"
                "在这段时间里出生日不同，结果就不同。",
                en=f"It depends on the exact birth date of {en}: only {given.en} is known, "
                "and the answer differs within it.",
            )
        )
    for i in sorted(dep.dates - dep.decision):
        zh, en, given = _child_said(read.slots[i], orders[i])
        chosen = read.slots[i].chosen
        parts.append(
            Text(
                zh=f"日期按{zh}{words.day(chosen, 'zh')}出生计算（只知道{given.zh}），"
                "要按确切出生日期核对。",
                en=f"Dates assume {en} was born on {words.day(chosen, 'en')} "
                f"(only {given.en} is known); check them against the exact birth date.",
            )
        )
    if dep.older:
        parts.append(
            Text(
                zh="要看较大孩子的出生日期（没有填写）。",
                en="It depends on the older children's birth dates, which were not given.",
            )
        )
    if not parts:
        return None
    return Text(zh="".join(p.zh for p in parts), en=" ".join(p.en for p in parts))


def _notes(read: ReadForm, orders: list[int]) -> list[Text]:
    notes: list[Text] = []
    for i, slot in enumerate(read.slots):
        if slot.row is None or slot.birth.exact:
            continue
        zh, en, given = _child_said(slot, orders[i])
        notes.append(
            Text(
                zh=f"{zh}只知道{given.zh}，按最早的可能日期{words.day(slot.chosen, 'zh')}计算；"
                "结果会随确切日期变化的项目已注明。",
                en=f"For {en} only {given.en} is known: computed as born on "
                f"{words.day(slot.chosen, 'en')}, the earliest possible day; answers that "
                "change with the exact day say so.",
            )
        )
    if read.older:
        notes.append(
            Text(
                zh=f"{read.older}个孩子没有填写出生日期：按比填了日期的孩子早出生计算，"
                "他们自己的单项不列出；结果会随他们的日期变化的项目已注明。",
                en=f"{read.older} child(ren) have no birth dates: they are counted as born "
                "before the children with dates, their own items are left out, and answers "
                "that change with their dates say so.",
            )
        )
    return notes


def _missing_words(facts: list[str]) -> list[Text]:
    labels = catalogue().fact_labels
    return [labels[f] for f in facts if f in labels]


def _row(
    e: Entitlement, dep: Dependence | None, depends: Text | None, read: ReadForm, days: list[date]
) -> AnswerRow:
    """One answer. Where a day the caller did not give can change whether or how much, the
    answer is not read out from the assumed day: it says it needs the exact date (needs_info)
    and gives the measure's summary (its condition) instead of the assumed day's verdict."""
    clause = _both(
        lambda lang: words.clause_refs([(s.document, s.clause) for s in e.sources], lang)
    )
    common = {
        "id": e.id,
        "child": e.child,
        "label": _both(lambda lang: label(e, lang)),
        "clause": clause,
        "clauses": list(dict.fromkeys(s.clause for s in e.sources)),
        "quotes": list(dict.fromkeys(s.quote for s in e.sources)),
        "depends": depends,
    }
    if depends and dep and (dep.decision or dep.older):
        summary = get_entry(e.id).summary  # the condition, in the plan's words
        return AnswerRow(
            **common,
            status="needs_info",
            figures=Words(zh="", en=""),
            dates=Words(zh="", en=""),
            apply_by=None,
            reasons=Words(zh=depends.zh, en=depends.en),
            missing=[catalogue().fact_labels["children"]],
            say=Text(
                zh=f"{label(e, 'zh')}：{words.STATUS_SAID['needs_info'].zh}。{depends.zh}"
                f"{summary.zh}（依据{clause.zh}）",
                en=f"{label(e, 'en')}: {words.STATUS_SAID['needs_info'].en}. {depends.en} "
                f"{summary.en} (Source: {clause.en})",
            ),
        )
    say = words.say_entitlement(e, read.as_of, days)
    if depends:
        say = Text(zh=f"{say.zh}{depends.zh}", en=f"{say.en} {depends.en}")
    joined = {"zh": "；", "en": "; "}
    return AnswerRow(
        **common,
        status=e.status,
        figures=_words(lambda lang: joined[lang].join(words.figures(e, lang))),
        dates=_words(lambda lang: joined[lang].join(words.dates(e, lang, read.as_of, days))),
        apply_by=_both(lambda lang: words.day(e.apply_by, lang)) if e.apply_by else None,
        reasons=_words(lambda lang: words.reasons_text(e, lang)),
        missing=_missing_words(e.missing_facts),
        say=say,
    )


HOUSEHOLD_FIELD = Text(zh="家庭情况", en="household")
CHECK_WORDS = Text(zh="有一项填写不对，请检查", en="a field is not right, please check it")


def _height_words(height: float | None) -> Text:
    """policy_kb's height check (household._height) in the worker's words."""
    if height is not None and 0 < height < 3:  # typed in metres
        cm = f"{height * 100:g}"
        return Text(
            zh=f"看起来是米：是不是{cm}厘米？", en=f"looks like metres: did you mean {cm} cm?"
        )
    low, high = MIN_HEIGHT_CM, MAX_HEIGHT_CM
    return Text(
        zh=f"请填写孩子的身高，{low}到{high}厘米",
        en=f"enter the child's height, {low} to {high} cm",
    )


def engine_error(read: ReadForm, loc: tuple[Any, ...]) -> FormError:
    """policy_kb's refusal of the household (a ValidationError's loc, an InputError's loc) as a
    FormError naming the form's field in words, in both languages. The engine's children are
    the form's slots (older children without dates first), so its index is mapped to the row."""
    if len(loc) >= 3 and loc[0] == "children" and isinstance(loc[1], int):
        index, name = loc[1], loc[2]
        slot = read.slots[index] if 0 <= index < len(read.slots) else None
        latest_due = add_months(read.as_of, MAX_MONTHS_TO_DUE_DATE)
        if name == "birth_date" and (slot is None or slot.row is None):
            # an older child without a date is placed before the dated ones: name the dated row
            slot = next(
                (s for s in read.slots if s.row is not None and s.chosen > latest_due), slot
            )
        if slot is not None and slot.row is not None:
            row = slot.row
            if name == "height_cm":
                return FormError(
                    ("children", row, "height_cm"),
                    _height_field(row),
                    _height_words(slot.height_cm),
                )
            if name == "birth_date":
                due = MAX_MONTHS_TO_DUE_DATE
                far = slot.chosen > latest_due
                return FormError(
                    ("children", row, "birth"),
                    _birth_field(row),
                    Text(
                        zh=f"离评估日期超过{due}个月，不像预产期；还没出生的孩子请填预产期",
                        en=f"more than {due} months after the assessment date, too far for a due "
                        "date; give a baby on the way by its due date",
                    )
                    if far
                    else YEARS_WORDS,
                )
        return FormError(("children",), CHILDREN_FIELD, CHECK_WORDS)
    if loc[:1] == ("as_of",):
        return FormError(("as_of",), AS_OF_FIELD, YEARS_WORDS)
    return FormError(tuple(str(p) for p in loc), HOUSEHOLD_FIELD, CHECK_WORDS)


def answer(form: ConsoleForm) -> ConsoleAnswer:
    read = read_form(form)
    days = [s.chosen for s in read.slots]
    try:
        household = household_of(read, days)
    except ValidationError as err:
        raise engine_error(read, tuple(err.errors()[0]["loc"])) from None
    try:
        report = evaluate(household, as_of=read.as_of)
    except InputError as err:
        raise engine_error(read, err.loc) from None
    deps = dependences(read, report)
    orders = _orders(read.slots, days)
    older_orders = {orders[i] for i, s in enumerate(read.slots) if s.row is None}
    rows: list[AnswerRow] = []
    for e in report.entitlements:
        if e.child in older_orders:
            continue  # an older child's own items need its date, which was not given
        dep = deps.get((e.id, e.child))
        rows.append(_row(e, dep, _depends_text(dep, read, orders), read, days))
    notes = _notes(read, orders)
    return ConsoleAnswer(
        household=household,
        as_of=_both(lambda lang: words.day(read.as_of, lang)),
        facts=fact_lines(read, household),
        notes=notes,
        rows=rows,
        missing_facts=_missing_words(report.missing_facts),
        notice=report.notice,
    )


@router.post(
    "/answers",
    response_model=ConsoleAnswer,
    summary="The calculator for a live call: fast entry in, answers to read out",
    responses={
        422: {
            "description": "a field the worker must correct, named and explained in both "
            "languages (`field`, `message`) besides FastAPI's `loc` and `msg`"
        }
    },
)
def console_answers(form: ConsoleForm) -> Any:
    try:
        return answer(form)
    except FormError as err:
        return form_error_response(err)


class Reading(BaseModel):
    """How the console reads what the worker typed in a date field, worded back."""

    exact: bool = Field(description="a full date (not a month or an age)")
    earliest: date
    latest: date
    words: Text = Field(description="the reading in each language, with the day computed from")


@router.get(
    "/reading",
    response_model=Reading,
    summary="Read a typed birth (date, month or age) or assessment date back, as the form will",
    responses={422: {"description": "not a date, a month or an age; named in both languages"}},
)
def console_reading(
    text: Annotated[str, Query(max_length=40)],
    field: Annotated[Literal["birth", "as_of"], Query()] = "birth",
    as_of: Annotated[str | None, Query(max_length=40, description="empty: today")] = None,
) -> Any:
    child = [ConsoleChild(birth=text)] if field == "birth" else []
    form = ConsoleForm(city="jinan", as_of=text if field == "as_of" else as_of, children=child)
    try:
        read = read_form(form)
    except FormError as err:
        return form_error_response(FormError(("text",), err.field, err.message), "query")
    if field == "as_of":
        day_words = _both(lambda lang: words.day(read.as_of, lang))
        return Reading(exact=True, earliest=read.as_of, latest=read.as_of, words=day_words)
    birth = read.slots[0].birth
    return Reading(
        exact=birth.exact, earliest=birth.earliest, latest=birth.latest, words=_reading_words(birth)
    )
