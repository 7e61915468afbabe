"""evaluate(household) -> Report: pure and deterministic for a given household and date."""

from collections import Counter
from datetime import date
from typing import Any

from policy_kb import clock
from policy_kb.household import FACTS, Household, check_dates, echo, parse_household
from policy_kb.kb import catalogue
from policy_kb.models import Document
from policy_kb.report import DocumentRef, Entitlement, Report
from policy_kb.rules import RULES_BY_CITY
from policy_kb.rules.base import Context
from policy_kb.text import Text


def _as_household(household: Household | dict[str, Any]) -> Household:
    return household if isinstance(household, Household) else parse_household(household)


def _context(household: Household, as_of: date | None) -> Context:
    """The household at its evaluation date (default: its own as_of, else today in China);
    InputError for a date out of range or a due date more than ten months ahead."""
    day = as_of or household.as_of or clock.today()
    check_dates(household, day)
    return Context(household=household, as_of=day, children=household.ordered_children())


def notice(documents: list[Document]) -> Text:
    """The Report's notice, naming the plans it rests on and their dates."""
    template = catalogue().notice
    names = {
        lang: ("、" if lang == "zh" else " and ").join(
            (f"《{d.title.zh}》（{d.issued_label.zh}）" if lang == "zh"
             else f"the {d.title.en} ({d.issued_label.en})")
            for d in documents
        )
        for lang in ("zh", "en")
    }  # fmt: skip
    return Text(
        zh=template.zh.format(documents=names["zh"]), en=template.en.format(documents=names["en"])
    )


def _entitlements(ctx: Context) -> list[Entitlement]:
    return [e for rule in RULES_BY_CITY[ctx.household.city] for e in rule(ctx)]


def rank_missing(entitlements: list[Entitlement]) -> list[str]:
    """Unknown facts by how many undecided entitlements each would decide; ties in FACTS order."""
    counts = Counter(f for e in entitlements if e.status == "needs_info" for f in e.missing_facts)
    return sorted(counts, key=lambda f: (-counts[f], FACTS.index(f)))


def evaluate(household: Household | dict[str, Any], as_of: date | None = None) -> Report:
    """What `household` is entitled to on `as_of` (default: its own as_of, else today)."""
    hh = _as_household(household)
    ctx = _context(hh, as_of)
    entitlements = _entitlements(ctx)
    plans = [d for d in catalogue().documents.values() if d.city == hh.city]
    documents = [
        DocumentRef(id=d.id, title=d.title, issued=d.issued, issued_note=d.issued_note)
        for d in plans
    ]
    return Report(
        city=hh.city,
        as_of=ctx.as_of,
        household=echo(hh, ctx.as_of),
        entitlements=entitlements,
        missing_facts=rank_missing(entitlements),
        documents=documents,
        notice=notice(plans),
    )


def missing_facts_ranking(
    household: Household | dict[str, Any], as_of: date | None = None
) -> list[str]:
    """The unknown facts, the one deciding the most undecided entitlements first."""
    hh = _as_household(household)
    return rank_missing(_entitlements(_context(hh, as_of)))
