"""The money items of the family's result in short ("whats the 12 items in short? just the money
ones", "只说钱的那几项", "简单说说能领多少钱的"): each item paid to the family or for its medical
costs that it gets, with its figure, its end or deadline and its clause; the money items still
waiting on a fact named once as open; nothing the family does not get.

Tester 50 e09 got, to "just the money ones", the hardship supplement for child 1 marked "not
eligible" with its rule text, and none of the money the family gets (Jinan clauses 12, 15)."""

import re
from datetime import date
from typing import Any

from actions.focus import settled_report
from actions.headline import MONEY_KINDS, fact_names, on_conditions
from policy_kb import format as fmt
from policy_kb.report import Entitlement, Report
from wording.entitlements import clause_name, label, ordered
from wording.language import Lang, t

# Money asked of the items as a list: "just the money ones", "only the money items", "the cash
# ones in short", "只说钱的那几项", "跟钱有关的", "简单说说能领多少钱的", "给钱的有哪些".
MONEY_ITEMS_ASKED = re.compile(
    r"\b(?:just|only)\s+(?:the\s+)?(?:money|cash|financial)\b"
    r"|\b(?:money|cash|financial)\s+(?:ones|items|bits|parts|benefits only|stuff)\b"
    r"|\b(?:list|summari[sz]e|sum up)\b[^.?!]{0,30}\b(?:money|cash|financial)\b"
    r"|(?:只|就|光)(?:说|讲|看|列|问)(?:一下)?(?:跟|和|与)?(?:钱|补贴|现金)"
    r"|(?:跟|和|与)钱(?:有关|相关)|(?:钱|补贴)的(?:那)?(?:几(?:项|个|条)|些)"
    # 发钱的有哪些 / 发钱的那几项, not 发钱的那种是吧 (a no put back: test_questions_t33d)
    r"|(?:给|发|领)钱的(?:有|是)?(?:哪|那)(?:些|几)"
    r"|(?:简单|简要|大概)(?:说说|说下|说一下|讲讲|列一下|列列)[^，,。？?]{0,6}(?:钱|补贴)",
    re.I,
)


def asks_money_items(text: str) -> bool:
    """Whether `text` asks for the money items of the result as a short list."""
    return MONEY_ITEMS_ASKED.search(text) is not None


def _money(e: Entitlement) -> bool:
    return e.kind in MONEY_KINDS


def _line(e: Entitlement, lang: Lang) -> str:
    """'Childcare subsidy (child 2): 600 yuan/month, until 1 Nov 2029 (clause 12)'."""
    parts = [*fmt.figures(e, lang)]
    if e.end is not None and e.monthly_amount_cny is not None:
        parts.append(t(lang, f"至{fmt.day(e.end, lang)}", f"until {fmt.day(e.end, lang)}"))
    if e.apply_by is not None:
        parts.append(
            t(lang, f"须在{fmt.day(e.apply_by, lang)}前办理", f"act by {fmt.day(e.apply_by, lang)}")
        )
    clauses = t(lang, "、", ", ").join(
        dict.fromkeys(clause_name(s.clause, lang) for s in e.sources)
    )
    said = t(lang, "，", ", ").join(parts)
    return t(
        lang,
        f"• {label(e, lang)}" + (f"：{said}" if said else "") + f"（{clauses}）",
        f"• {label(e, lang)}" + (f": {said}" if said else "") + f" ({clauses})",
    )


def money_items_answer(report: Report, lang: Lang) -> str | None:
    """The money items of `report` in short, None when it has none (eligible nor open)."""
    money = [e for e in report.entitlements if _money(e)]
    theirs = ordered([e for e in money if e.status == "eligible"])
    open_items = ordered([e for e in money if e.status == "needs_info"])
    if not theirs and not open_items:
        return None
    lines = [
        t(lang, "您家能领的钱（简要）：", "The money your family gets, in short:")
        if theirs
        else t(lang, "您家目前还没有确定能领的钱。", "No money is certain for your family yet.")
    ]
    lines += [_line(e, lang) for e in theirs]
    housing = [
        e
        for e in report.entitlements
        if e.kind == "housing" and e.status == "eligible" and not on_conditions(e)
    ]
    if housing:  # the housing fund: the family's own money, to use for rent (Jinan 14)
        names = t(lang, "、", "; ").join(dict.fromkeys(label(e, lang) for e in housing))
        clauses = t(lang, "、", ", ").join(
            dict.fromkeys(clause_name(s.clause, lang) for e in housing for s in e.sources)
        )
        lines.append(t(lang, f"住房方面：{names}（{clauses}）", f"Housing: {names} ({clauses})"))
    if open_items:
        names = t(lang, "、", "; ").join(dict.fromkeys(label(e, lang) for e in open_items))
        facts = [f for e in open_items for f in e.missing_facts]
        needs = t(lang, "、", "; ").join(
            dict.fromkeys(fact_names(list(dict.fromkeys(facts)), lang))
        )
        lines.append(
            t(
                lang,
                f"待定：{names}" + (f"（还要知道：{needs}）" if needs else ""),
                f"Still open: {names}" + (f" (still needed: {needs})" if needs else ""),
            )
        )
    return "\n".join(lines)


def money_items_reply(slots: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """The short list of the money items, for a family whose result was shown and a message
    asking for it; None otherwise."""
    if not slots.get("result_shown") or not asks_money_items(text):
        return None
    report = settled_report(slots, day)
    return None if report is None else money_items_answer(report, lang)
