"""The JSON API over policy_kb: entitlements of a household, search, one measure in full, and
the household's dates (.ics) and printable summary (HTML), both computed here from policy_kb."""

from datetime import date
from typing import Annotated, Any, NoReturn

from fastapi import APIRouter, HTTPException, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field

from policy_kb import Household, Report, UnknownEntryError, clock, evaluate, get_entry
from policy_kb.kb import catalogue, department_names
from policy_kb.models import Audience, City, Kind, Parameter, Source
from policy_kb.search import MAX_QUERY_CHARS, detect_lang, search
from policy_kb.text import Lang, Text, TextList
from web import calendar, summary
from web.pages import SUMMARY_CSP

MAX_SEARCH_LIMIT = 50

router = APIRouter()


def invalid(loc: tuple[str | int, ...], message: str, value: Any = None) -> NoReturn:
    """A 422 in FastAPI's own shape, naming the field."""
    raise RequestValidationError(
        [{"type": "value_error", "loc": loc, "msg": message, "input": value}]
    )


def report_for(household: Household) -> Report:
    """The household's Report on its own as_of date, else today (ASSISTANT_TODAY if set)."""
    day: date = household.as_of or clock.today()
    return evaluate(household, as_of=day)


@router.post(
    "/api/v1/entitlements",
    response_model=Report,
    tags=["entitlements"],
    summary="What a household is entitled to",
)
def entitlements(household: Household) -> Report:
    """Every measure of the household's city applied to it: status, reasons with their clauses,
    amounts and dates; unknown facts (left out) give `needs_info` items and `missing_facts`."""
    return report_for(household)


@router.get(
    "/api/v1/facts",
    tags=["entitlements"],
    summary="The household facts and how to name them (for `missing_facts`)",
)
def facts() -> dict[str, Text]:
    return catalogue().fact_labels


class SearchHit(BaseModel):
    id: str
    city: City
    title: str
    summary: str
    document: str
    document_title: str
    clause: str
    score: float


class SearchResults(BaseModel):
    lang: Lang
    city: City | None
    hits: list[SearchHit]


@router.get("/api/v1/search", tags=["search"], summary="Search the measures")
def search_measures(
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=MAX_QUERY_CHARS,
            description="a question or words, Chinese or English",
        ),
    ],
    lang: Annotated[
        Lang | None, Query(description="language of titles (default: the query's)")
    ] = None,
    city: Annotated[City | None, Query(description="only this city's measures")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_SEARCH_LIMIT)] = 10,
) -> SearchResults:
    if not q.strip():
        invalid(("query", "q"), "must contain some text, not only spaces", q)
    chosen: Lang = lang or detect_lang(q)
    documents = catalogue().documents
    hits = [
        SearchHit(
            id=hit.entry.id,
            city=hit.entry.city,
            title=hit.entry.title.get(chosen),
            summary=hit.entry.summary.get(chosen),
            document=hit.entry.document,
            document_title=documents[hit.entry.document].title.get(chosen),
            clause=hit.entry.clause,
            score=round(hit.score, 3),
        )
        for hit in search(q, lang=chosen, city=city, limit=limit)
    ]
    return SearchResults(lang=chosen, city=city, hits=hits)


class DocumentTitle(BaseModel):
    id: str
    title: Text


class Departments(BaseModel):
    lead: list[Text]
    responsible: list[Text]


class Measure(BaseModel):
    """One measure of a plan in full, as the knowledge base holds it."""

    id: str
    city: City
    kind: Kind
    audience: list[Audience]
    per_child: bool
    document: DocumentTitle
    clause: str
    title: Text
    summary: Text
    synonyms: TextList
    facts: list[str] = Field(description="household facts that decide it")
    fact_labels: dict[str, Text]
    parameters: dict[str, Parameter] = Field(description="figures, each with its verbatim quote")
    sources: list[Source]
    departments: Departments
    next_steps: TextList
    silent_on: Text | None


@router.get(
    "/api/v1/measures/{measure_id}",
    tags=["search"],
    summary="One measure in full",
    responses={404: {"description": "no measure with this id"}},
)
def measure(measure_id: str) -> Measure:
    try:
        entry = get_entry(measure_id)
    except UnknownEntryError:
        raise HTTPException(404, f"no measure with id {measure_id!r}") from None
    kb = catalogue()
    document = kb.documents[entry.document]
    return Measure(
        id=entry.id,
        city=entry.city,
        kind=entry.kind,
        audience=entry.audience,
        per_child=entry.per_child,
        document=DocumentTitle(id=document.id, title=document.title),
        clause=entry.clause,
        title=entry.title,
        summary=entry.summary,
        synonyms=entry.synonyms,
        facts=entry.facts,
        fact_labels={f: kb.fact_labels[f] for f in entry.facts},
        parameters=entry.parameters,
        sources=entry.sources,
        departments=Departments(
            lead=department_names(entry.departments.lead),
            responsible=department_names(entry.departments.responsible),
        ),
        next_steps=entry.next_steps,
        silent_on=entry.silent_on,
    )


LangQuery = Annotated[Lang, Query(description="language of the file: zh or en")]


@router.post(
    "/api/v1/calendar",
    tags=["files"],
    summary="The household's deadlines and end dates as an .ics file",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {}}, "description": "an iCalendar file"}},
)
def calendar_file(household: Household, lang: LangQuery = "zh") -> Response:
    """One all-day event per deadline to act by and per end date of the eligible items,
    computed from the household (a report sent by the client is not trusted)."""
    report = report_for(household)
    try:
        content = calendar.build(report, lang)
    except calendar.NoDates as err:
        invalid(("body",), str(err))
    return Response(
        content=content,
        media_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{calendar.filename(report)}"'},
    )


@router.post(
    "/api/v1/summary",
    tags=["files"],
    summary="A printable one-page summary (HTML)",
    response_class=HTMLResponse,
)
def summary_page(household: Household, lang: LangQuery = "zh") -> HTMLResponse:
    """Eligible items with amounts, periods, end dates and deadlines first, reasons, clauses with
    the verbatim quote, the items needing a fact, and the notice that this is guidance."""
    report = report_for(household)
    return HTMLResponse(
        summary.render(report, lang), headers={"Content-Security-Policy": SUMMARY_CSP}
    )
