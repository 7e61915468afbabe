"""Wording the web app's files (calendar, printable summary) share with the chat replies.

Figures and dates are worded by policy_kb.format, exactly as the chat words them; titles,
clauses, quotes and departments come from the Report and the knowledge base."""

from dataclasses import dataclass

from actions.render import CITY_NAMES, KIND_ORDER
from policy_kb import format as fmt
from policy_kb.kb import catalogue
from policy_kb.report import Entitlement, Report
from policy_kb.text import Lang


def t(lang: Lang, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def city_name(report: Report, lang: Lang) -> str:
    return CITY_NAMES[report.city][lang]


def label(e: Entitlement, lang: Lang) -> str:
    """The entitlement's title, with the child's birth order for per-child items."""
    if not e.child:
        return e.title.get(lang)
    who = fmt.child_label(e.child, lang)
    return t(lang, f"{e.title.zh}（{who}）", f"{e.title.en} ({who})")


@dataclass(frozen=True)
class Citation:
    """A clause of a plan and the verbatim sentence of its English text."""

    document: str
    clause: str
    quote: str

    def reference(self, lang: Lang) -> str:
        return t(
            lang,
            f"《{self.document}》第{self.clause}条",
            f"{self.document}, clause {self.clause}",
        )


def citations(e: Entitlement, lang: Lang) -> list[Citation]:
    documents = catalogue().documents
    return [
        Citation(document=documents[s.document].title.get(lang), clause=s.clause, quote=s.quote)
        for s in e.sources
    ]


def clause_line(e: Entitlement, lang: Lang) -> str:
    """'依据：《…》第12条' / 'Source: …, clause 12', each clause once."""
    refs = list(dict.fromkeys(c.reference(lang) for c in citations(e, lang)))
    return t(lang, "依据：", "Source: ") + ("；" if lang == "zh" else "; ").join(refs)


def ordered(items: list[Entitlement]) -> list[Entitlement]:
    """As the chat orders them: deadlines first, then by kind (cash first), then by child."""
    return sorted(items, key=lambda e: (e.apply_by is None, KIND_ORDER[e.kind], e.child or 0))


def eligible(report: Report) -> list[Entitlement]:
    return ordered([e for e in report.entitlements if e.status == "eligible"])


def fact_names(facts: list[str], lang: Lang) -> list[str]:
    labels = catalogue().fact_labels
    return [labels[f].get(lang) for f in facts]
