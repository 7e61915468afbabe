"""What the web app's files (calendar, printable summary) say beyond the wording layer: the
quotes behind each clause, the eligible items in order, the missing facts by name.

Labels, item order, clause lines and city names come from the wording layer (wording/), exactly
as the chat words them; figures and dates from policy_kb.format; titles, clauses, quotes and
departments from the Report and the knowledge base."""

from dataclasses import dataclass

from policy_kb.kb import catalogue
from policy_kb.report import Entitlement, Report
from policy_kb.text import Lang
from wording.entitlements import clause_refs, ordered


@dataclass(frozen=True)
class Citation:
    """A clause of a plan ("《…》第12条", wording.entitlements.clause_refs) and the verbatim
    sentence of its English text."""

    reference: str
    quote: str


def citations(e: Entitlement, lang: Lang) -> list[Citation]:
    return [
        Citation(reference=clause_refs([(s.document, s.clause)], lang)[0], quote=s.quote)
        for s in e.sources
    ]


def eligible(report: Report) -> list[Entitlement]:
    return ordered([e for e in report.entitlements if e.status == "eligible"])


def fact_names(facts: list[str], lang: Lang) -> list[str]:
    labels = catalogue().fact_labels
    return [labels[f].get(lang) for f in facts]
