"""evaluate(household) -> Report: pure and deterministic for a given household and date."""

from collections import Counter
from datetime import date
from typing import Any

from policy_kb.household import FACTS, Household, parse_household
from policy_kb.kb import catalogue
from policy_kb.report import DocumentRef, Entitlement, Report
from policy_kb.rules import RULES_BY_CITY
from policy_kb.rules.base import Context

STATUS_ORDER = {"eligible": 0, "needs_info": 1, "not_eligible": 2}


def _as_household(household: Household | dict[str, Any]) -> Household:
    return household if isinstance(household, Household) else parse_household(household)


def _context(household: Household, as_of: date | None) -> Context:
    day = as_of or household.as_of or date.today()
    return Context(household=household, as_of=day, children=household.ordered_children())


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
    kb = catalogue()
    documents = [
        DocumentRef(id=d.id, title=d.title, issued=d.issued, issued_note=d.issued_note)
        for d in kb.documents.values()
        if d.city == hh.city
    ]
    return Report(
        city=hh.city,
        as_of=ctx.as_of,
        entitlements=entitlements,
        missing_facts=rank_missing(entitlements),
        documents=documents,
        notice=kb.notice,
    )


def missing_facts_ranking(
    household: Household | dict[str, Any], as_of: date | None = None
) -> list[str]:
    """The unknown facts, the one deciding the most undecided entitlements first."""
    hh = _as_household(household)
    return rank_missing(_entitlements(_context(hh, as_of)))
