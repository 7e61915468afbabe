"""How an entitlement is named and cited, the same in the chat replies, the console, the calendar
file and the printable summary: its label (title with the child's birth order), the order items
are shown in (deadlines first, then by kind), and its clause line ("依据：《…》第12条")."""

from collections.abc import Iterable

from policy_kb import format as fmt
from policy_kb.kb import catalogue
from policy_kb.report import Entitlement
from wording.language import Lang, t

# Cash first, then insurance, housing, leave, education, rights, services.
KIND_ORDER = {
    "cash": 0,
    "insurance": 1,
    "housing": 2,
    "leave": 3,
    "education": 4,
    "right": 5,
    "service": 6,
}


def label(e: Entitlement, lang: Lang) -> str:
    """The entitlement's title, with the child's birth order for per-child items."""
    if not e.child:
        return e.title.get(lang)
    who = fmt.child_label(e.child, lang)
    return t(lang, f"{e.title.zh}（{who}）", f"{e.title.en} ({who})")


def ordered(items: list[Entitlement]) -> list[Entitlement]:
    """Deadlines first, then by kind (cash first), then by child."""
    return sorted(items, key=lambda e: (e.apply_by is None, KIND_ORDER[e.kind], e.child or 0))


# The Jinan plan's part three, "safeguard measures" (a)-(d) (三、保障措施（一）至（四）): points of
# that part, not numbered clauses, so "第safeguard (b)条" is never written.
SAFEGUARD = "safeguard "
SAFEGUARD_POINTS = {"(a)": "（一）", "(b)": "（二）", "(c)": "（三）", "(d)": "（四）"}


def clause_name(clause: str, lang: Lang) -> str:
    """How a clause is cited: '第12条' / 'clause 12' for a numbered clause (Beijing's '(4)' too);
    '保障措施（二）' / 'safeguard measure (b)' for a point of Jinan's safeguard measures."""
    if clause.startswith(SAFEGUARD):
        point = clause.removeprefix(SAFEGUARD)
        return t(
            lang, f"保障措施{SAFEGUARD_POINTS.get(point, point)}", f"safeguard measure {point}"
        )
    return t(lang, f"第{clause}条", f"clause {clause}")


def clause_refs(sources: Iterable[tuple[str, str]], lang: Lang) -> list[str]:
    """'《…》第12条' / '…, clause 12' for each (document, clause), each once, in order."""
    documents = catalogue().documents
    return list(
        dict.fromkeys(
            t(
                lang,
                f"《{documents[doc].title.zh}》{clause_name(clause, 'zh')}",
                f"{documents[doc].title.en}, {clause_name(clause, 'en')}",
            )
            for doc, clause in sources
        )
    )


def clause_line(e: Entitlement, lang: Lang) -> str:
    """'依据：《…》第12条' / 'Source: …, clause 12', each clause once."""
    refs = clause_refs([(s.document, s.clause) for s in e.sources], lang)
    return t(lang, "依据：", "Source: ") + t(lang, "；", "; ").join(refs)
