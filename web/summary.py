"""The printable one-page summary of a household's Report (HTML, Jinja2 template)."""

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from policy_kb import format as fmt
from policy_kb.report import Entitlement, Report
from policy_kb.text import Lang
from web.wording import Citation, citations, eligible, fact_names
from wording.cities import city_name
from wording.entitlements import label, ordered
from wording.language import t

TEMPLATES = Path(__file__).parent / "templates"

WORDS: dict[Lang, dict[str, str]] = {
    "zh": {
        "title": "生育支持政策：您家可以享受的项目",
        "as_of": "评估日期",
        "city": "城市",
        "deadlines": "须在期限前办理",
        "act_by": "须在{day}前办理",
        "deadline": "办理截止",
        "colon": "：",
        "eligible": "符合条件的项目",
        "amount": "金额",
        "period": "期间",
        "end": "截止",
        "why": "原因",
        "source": "依据",
        "quote": "原文（英文译本）",
        "steps": "怎么办理",
        "department": "牵头部门",
        "needs_info": "还需确认的项目",
        "depends_on": "取决于",
        "not_eligible": "不符合条件的项目",
        "none": "暂无",
        "documents": "政策文件",
    },
    "en": {
        "title": "Birth-support policies: what your family can get",
        "as_of": "Assessed on",
        "city": "City",
        "deadlines": "Act before these deadlines",
        "act_by": "Act by {day}",
        "deadline": "Act by",
        "colon": ": ",
        "eligible": "What you can get",
        "amount": "Amount",
        "period": "Period",
        "end": "Ends",
        "why": "Why",
        "source": "Source",
        "quote": "Text (English translation)",
        "steps": "How to apply",
        "department": "Lead department",
        "needs_info": "Items that need one more fact",
        "depends_on": "Depends on",
        "not_eligible": "Not eligible",
        "none": "None",
        "documents": "Policy documents",
    },
}


@dataclass(frozen=True)
class Clause:
    """A clause cited once, with every verbatim sentence the item quotes from it."""

    reference: str
    quotes: list[str]


def clauses(citations: list[Citation], lang: Lang) -> list[Clause]:
    grouped: dict[str, list[str]] = {}
    for c in citations:
        quotes = grouped.setdefault(c.reference, [])
        if c.quote not in quotes:
            quotes.append(c.quote)
    return [Clause(reference=r, quotes=q) for r, q in grouped.items()]


@dataclass(frozen=True)
class Item:
    """One entitlement as the summary shows it; every string worded from the Report."""

    id: str
    label: str
    figures: list[str]
    period: str | None
    end: str | None
    apply_by: str | None
    reasons: list[str]
    clauses: list[Clause]
    next_steps: list[str]
    departments: list[str]
    depends_on: list[str]


def _period(e: Entitlement, lang: Lang) -> str | None:
    if e.start is None or e.end is None:
        return None
    return t(
        lang,
        f"{fmt.day(e.start, lang)}至{fmt.day(e.end, lang)}",
        f"{fmt.day(e.start, lang)} to {fmt.day(e.end, lang)}",
    )


def item(e: Entitlement, lang: Lang) -> Item:
    return Item(
        id=e.id,
        label=label(e, lang),
        figures=fmt.figures(e, lang),
        period=_period(e, lang),
        end=fmt.day(e.end, lang) if e.end else None,
        apply_by=fmt.day(e.apply_by, lang) if e.apply_by else None,
        reasons=e.reasons.get(lang),
        clauses=clauses(citations(e, lang), lang),
        next_steps=e.next_steps.get(lang),
        departments=[d.get(lang) for d in e.lead_departments],
        depends_on=fact_names(e.missing_facts, lang),
    )


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


_ENV = _environment()


def render(report: Report, lang: Lang) -> str:
    """The whole HTML page, in `lang`."""
    chosen = eligible(report)
    template = _ENV.get_template("summary.html.j2")
    return template.render(
        lang=lang,
        w=WORDS[lang],
        city=city_name(report.city, lang),
        as_of=fmt.day(report.as_of, lang),
        deadlines=[item(e, lang) for e in chosen if e.apply_by is not None],
        items=[item(e, lang) for e in chosen],
        open_items=[
            item(e, lang) for e in ordered(report.entitlements) if e.status == "needs_info"
        ],
        refused=[item(e, lang) for e in ordered(report.entitlements) if e.status == "not_eligible"],
        documents=[d.title.get(lang) for d in report.documents],
        notice=report.notice.get(lang),
    )
