"""A hotline worker's case of several children, and its monthly money asked in general ("what
does she get monthly, clause, read-out", 这家每个月能领多少): each child's verdict on the city's
monthly money, paid with its figure and end or not paid with the engine's first reason, then the
clause, a sentence to read out and the lead department. A worker with a case of four children
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
    extra: dict[int, int] = {
        e.child: e.monthly_amount_cny or 0
        for e in report.entitlements
        if e.id != money.id
        and e.status == "eligible"
        and e.monthly_amount_cny
        and e.child is not None
    }
    lines: list[str] = []
    paid = 0
    for e in mine:
        if e.status == "eligible" and e.monthly_amount_cny:
            sum_ = e.monthly_amount_cny + extra.get(e.child or 0, 0)
            paid += sum_
            until = fmt.day(e.end, lang) if e.end else ""
            lines.append(
                t(
                    lang,
                    f"第{e.child}个孩子：每月{fmt.money(sum_, lang)}"
                    + (f"，至{until}" if until else "")
                    + "。",
                    f"Child {e.child}: {fmt.money(sum_, lang)} a month"
                    + (f" until {until}" if until else "")
                    + ".",
                )
            )
            continue
        reason = (e.reasons.get(lang) or [""])[0] if e.status == "not_eligible" else ""
        open_ = e.status != "not_eligible"
        lines.append(
            t(
                lang,
                f"第{e.child}个孩子：" + ("还要确认。" if open_ else f"没有。{reason}"),
                f"Child {e.child}: " + ("still to be checked." if open_ else f"none. {reason}"),
            )
        )
    clause = clause_name(money.clause, lang)
    head = (
        t(
            lang,
            f"这家每月合计{fmt.money(paid, lang)}（{clause}）：",
            f"{fmt.money(paid, lang)} a month in all ({clause}):",
        )
        if paid
        else t(
            lang,
            f"这家现在没有按月发的钱（{clause}）：",
            f"No monthly money for this family ({clause}):",
        )
    )
    said = rule_sentence(money, lang)
    return "\n".join(
        [head, *lines, read_out(said, lang), render.lead_departments(money, lang)]
    ), money
