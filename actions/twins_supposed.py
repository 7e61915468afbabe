"""Money asked of a birth supposed to be twins ("doctor says maybe twins!! if twins, how much per
month total", "万一这胎又是双胞胎 老三老四都有600吗"): the monthly sum as if that birth brought
two children, the later twin the next child in order, never the one child noted alone (tester 57
c04, c10).

Jinan clause 12 pays "600 yuan per month per child" to "families with two or three children":
twins born as the 2nd and 3rd child get 600 each; born as the 3rd and 4th, the 3rd gets 600 and
the 4th is not among the children the clause names (the hotline's verdict, hotline_verdicts)."""

import re
from datetime import date
from typing import Any

from actions import render
from actions.focus import AMOUNT_RECEIVED, MONEY_ASKED, monthly_figure_put, monthly_subsidy
from actions.headline import MONTHLY_TOTAL, amount_asked
from actions.results import SUPPOSING, monthly_total_for, twins_imagined
from policy_kb.models import Entry
from policy_kb.rules.base import value
from policy_kb.text import Lang
from understanding.text import normalise
from wording.entitlements import clause_name
from wording.language import t

# "how much", "多少钱", "都有600吗": money asked, beside the figures the other patterns read.
HOW_MUCH = re.compile(
    r"多少|几[千万百]|有\s*\d{3,}\s*(?:元|块)?(?:吗|没|不)|(?:都|各|每个)(?:有|能领|能拿)"
    r"|\bhow much\b|\btotal\b|\b(?:both|each) (?:get|gets|have)\b",
    re.I,
)


def asks_money(text: str, city: str | None) -> bool:
    """Whether `text` asks what is paid (a sum, a figure put back, "how much")."""
    said = normalise(text)
    return bool(
        MONTHLY_TOTAL.search(text)
        or AMOUNT_RECEIVED.search(said)
        or MONEY_ASKED.search(said)
        or HOW_MUCH.search(said)
        or amount_asked(text) is not None
        or monthly_figure_put(text, city) is not None
    )


def twins_money_answer(slots: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """The monthly money of the family with the birth on the way supposed to be twins (each
    child's line and the sum, clause 12), a child beyond the orders the clause names said to be
    outside it with the lead department, and the what-if's note that nothing noted changed. None
    unless `text` supposes twins of a birth to come and asks money of a city paying it."""
    city = slots.get("city")
    subsidy = monthly_subsidy(city)
    children = slots.get("children") or []
    if subsidy is None or not SUPPOSING.search(text) or not asks_money(text, city):
        return None
    supposed = twins_imagined(text, children, day)
    if not supposed:
        return None
    due = str(supposed[-1]["birth_date"])
    orders = [n for n, c in enumerate(supposed, 1) if str(c["birth_date"]) == due]
    named = [int(n) for n in value(subsidy, "birth_orders", day)]
    total = monthly_total_for(
        {**slots, "children": supposed, "children_partial": supposed},
        t(lang, "一个月一共多少", "how much per month in total"),
        lang,
    )
    if total is None:
        return None
    listed = t(lang, "、", " and ").join(t(lang, f"第{n}个孩子", f"child {n}") for n in orders)
    lines = [
        t(lang, f"假设这胎是双胞胎（{listed}）：", f"If this birth is twins ({listed}):"),
        total,
    ]
    beyond = [n for n in orders if n not in named and n > max(named)]
    lines += [_not_named(subsidy, n, named, lang) for n in beyond]
    lines.append(
        t(
            lang,
            "（这只是假设，给您家记下的情况不变。）",
            "(Only a what-if: the facts noted for your family stay as they were.)",
        )
    )
    return "\n".join(lines)


def _not_named(entry: Entry, order: int, named: list[int], lang: Lang) -> str:
    """A child of an order the clause does not name: "families with two or three children"
    (Jinan clause 12) leaves a 4th out under the text; whom to ask."""
    clause = clause_name(entry.clause, lang)
    listed = t(lang, "、", " and ").join(t(lang, f"第{n}个孩子", f"child {n}") for n in named)
    lead = t(
        lang,
        f"第{order}个孩子：按方案原文没有。“{entry.title.zh}”（{clause}）只写了{listed}，"
        f"没有提到第{order}个孩子。",
        f"Child {order}: not under the plan's text. {entry.title.en} ({clause}) names only "
        f"{listed}; it says nothing of a child {order}.",
    )
    return "\n".join([lead, render.lead_departments(entry, lang)])
