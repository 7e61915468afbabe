"""A hotline worker's case of several children, and its monthly money asked in general ("what
does she get monthly, clause, read-out", 这家每个月能领多少): each child's verdict on the city's
monthly money when none is paid (the engine's first reason, or still to check), then the clause,
a sentence to read out and the lead department. A worker with a case of four children
(2014, twins 2019, 2024) heard the newborn's insurance instead, a measure nobody asked about."""

import re
from datetime import date
from typing import Any

from actions import render
from actions.focus import monthly_subsidy, settled_report
from actions.read_out import read_out, rule_sentence
from policy_kb import InputError
from policy_kb import format as fmt
from policy_kb.models import Entry
from policy_kb.report import Entitlement
from policy_kb.text import Lang
from wording.entitlements import clause_name
from wording.language import t

# The money a month asked of the case, in general: "what does she get monthly", "monthly
# amount?", "how much a month", 每个月能领多少, 一个月多少钱 (not a figure put back to confirm).
MONTHLY_ASKED = re.compile(
    r"\b(?:what|how much)\b[^.?!]{0,30}\b(?:monthly|a month|per month|each month)\b"
    r"|\bmonthly (?:amount|money|payment|figure)s?\b"
    r"|(?:每个?月|一个月|按月)[^，,。?？]{0,6}(?:能领|能拿|领|拿|发|给)?(?:多少|几)",
    re.I,
)


def case_monthly_answer(
    case: dict[str, Any], text: str, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """Each child's verdict on the case city's monthly money when the worker asks it in
    general of a case with two or more dated children; None otherwise (one child: the case's
    own money answers, tester 35)."""
    city = case.get("city")
    money = monthly_subsidy(str(city)) if city else None
    children = case.get("children") or case.get("children_partial") or []
    dated = [c for c in children if c and c.get("birth_date")]
    if money is None or len(dated) < 2 or len(dated) < len(children):
        return None  # a case of one child, or children still undated: the case's own money
    if not MONTHLY_ASKED.search(text):
        return None
    try:
        report = settled_report(case, day)
    except InputError:
        return None
    if report is None:
        return None
    mine = sorted(
        (e for e in report.entitlements if e.id == money.id and e.child is not None),
        key=lambda e: e.child or 0,
    )
    if not mine or any(e.status == "eligible" for e in mine):
        return None  # a child paid: the case's money answers it, with its end (tester 35)
    lines = [
        _paid_until_it_ended(e, money, children, lang)
        or t(
            lang,
            f"第{e.child}个孩子：" + (f"没有。{_first(e, lang)}" if _refused(e) else "还要确认。"),
            f"Child {e.child}: "
            + (f"none. {_first(e, lang)}" if _refused(e) else "still to be checked."),
        )
        for e in mine
    ]
    clause = clause_name(money.clause, lang)
    head = t(
        lang,
        f"这家现在没有按月发的钱（{clause}）：",
        f"No monthly money now for this family ({clause}):",
    )
    said = rule_sentence(money, lang)
    return "\n".join(
        [head, *lines, read_out(said, lang), render.lead_departments(money, lang)]
    ), money


def _paid_until_it_ended(
    e: Entitlement, money: Entry, children: list[dict[str, Any]], lang: Lang
) -> str | None:
    """The child whose only refusal is that the money ended (it turned 3): what was due from
    the birth to that birthday and in all ("Child 2: 600 yuan a month from 20 Nov 2023 until it
    turned 3 on 20 Nov 2026 (ended); 21,600 yuan in all", Jinan clause 12), never a bare "none"
    (tester 104 h2, twins of a first birth); None for any other refusal."""
    if not _refused(e) or e.end is None or len(e.reasons.get("en") or []) != 1:
        return None
    if not str((e.reasons.get("en") or [""])[0]).startswith("Ended"):
        return None
    child = children[(e.child or 0) - 1] if 1 <= (e.child or 0) <= len(children) else {}
    born = str(child.get("birth_date") or "")[:10]
    param = money.parameters.get("monthly_amount_cny")
    if len(born) != 10 or param is None:
        return None
    start = date.fromisoformat(born)
    amount = param.in_force(start)
    if not isinstance(amount, int):
        return None
    months = (e.end.year - start.year) * 12 + e.end.month - start.month
    total = f"{amount * months:,}"
    since, until = fmt.day(start, lang), fmt.day(e.end, lang)
    return t(
        lang,
        f"第{e.child}个孩子：从出生（{since}）起每月{amount}元，到{until}满3周岁为止，已结束；"
        f"共{total}元。",
        f"Child {e.child}: {amount} yuan a month from the birth ({since}) until it turned 3 on "
        f"{until} (ended); {total} yuan in all.",
    )


def _refused(e: Entitlement) -> bool:
    return e.status == "not_eligible"


def _first(e: Entitlement, lang: Lang) -> str:
    """The engine's first reason for the child's refusal."""
    return (e.reasons.get(lang) or [""])[0]
