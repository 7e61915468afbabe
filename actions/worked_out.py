"""How the last answer was worked out ("你咋算的", "怎么算出来的", "how did you work that out"):
the facts it rests on (a birth date worked out from an age marked as an estimate), the rules'
own reasons, the arithmetic of money paid by the month (600 × months) and the clause; from the
measure under discussion, evaluated again for the family (tester 40 r08 got the childcare
clause's text again)."""

import re
from datetime import date
from typing import Any

from actions import clock
from actions.focus import FOCUS_SLOT, named_entry, settled_report
from actions.household import household_from_slots
from actions.side_questions import TOPIC_SLOT
from policy_kb.engine import evaluate
from policy_kb.format import child_label, money
from policy_kb.report import Entitlement
from understanding.text import normalise
from wording.entitlements import clause_line
from wording.language import Lang, t
from wording.understood import written_date

WORKED_OUT = re.compile(
    r"(?:咋|怎么|怎样|如何)(?:个)?(?:算|推|计算|得)(?:出来)?的"
    r"|(?:咋|怎么|怎样|如何)(?:算|计算|推算)出来|(?:这个?|那个?)?(?:数|钱数|日期|时间)(?:是)?(?:咋|怎么)来的"
    r"|\bhow (?:did|do|does) (?:you|it|that|this) (?:work|figure|calculate|get|come up with"
    r"|arrive at|reckon|add up)\b"
    r"|\bhow (?:was|is|were) (?:that|this|it|these) (?:worked out|calculated|figured|counted)\b"
    r"|\bshow (?:me )?(?:your|the) (?:working|workings|maths?|calculation)\b"
    r"|\bwhere (?:did|does|do) (?:that|this|the|these) (?:number|figure|total|amount|date)s?"
    r" come from\b",
    re.I,
)


def asks_how_worked_out(text: str) -> bool:
    return bool(WORKED_OUT.search(normalise(text)))


def _month_index(value: date) -> int:
    return value.year * 12 + value.month


def _birth_fact(order: int, child: dict[str, Any], lang: Lang) -> str | None:
    """'第2个孩子：2024年9月出生' from the child's slot value; a date worked out from an age
    ("6岁") says so, an estimate."""
    born = child.get("birth_date") or child.get("due_date")
    if not isinstance(born, str):
        return None
    precision = child.get("precision") or "day"
    value = born[:4] if precision == "year" else born[:7] if precision == "month" else born[:10]
    shown = written_date(value, lang)
    due = not child.get("birth_date")
    said = str(child.get("approx") or "")
    line = t(
        lang,
        f"{child_label(order, lang)}：{'预产期' if due else ''}{shown}{'' if due else '出生'}",
        f"{child_label(order, lang).capitalize()}: {'due' if due else 'born'} {shown}",
    )
    if said:
        line += t(
            lang,
            f"（按“{said}”推算的估计）",
            f' (an estimate worked out from "{said}")',
        )
    return line


def _arithmetic(e: Entitlement, lang: Lang) -> str | None:
    """'每月600元 × 36个月 = 21,600元' of money paid by the month from its start to its end."""
    if not (e.monthly_amount_cny and e.start and e.end and e.total_amount_cny):
        return None
    months = _month_index(e.end) - _month_index(e.start)
    if months <= 0 or months * e.monthly_amount_cny != e.total_amount_cny:
        return None
    since, until = written_date(str(e.start)[:7], lang), written_date(str(e.end)[:7], lang)
    monthly, total = money(e.monthly_amount_cny, lang), money(e.total_amount_cny, lang)
    return t(
        lang,
        f"每月{monthly} × {months}个月（{since}到{until}）= {total}。",
        f"{monthly} a month × {months} months ({since} to {until}) = {total}.",
    )


def worked_out(slots: dict[str, Any], text: str, lang: Lang) -> str | None:
    """For "你咋算的" / "how did you work that out": the measure under discussion worked out
    again for the family, each of its items with the facts it rests on (estimates marked),
    the rules' reasons, the arithmetic and the clause; None for another question, or with no
    measure in talk or none of its items for this family."""
    if not asks_how_worked_out(text):
        return None
    named = named_entry(normalise(text), slots.get("city"))
    # "租赁补贴面积多30平米是咋算的": the measure named, not the money discussed (tester 79 c5)
    entry_id = (named.id if named is not None else None) or (
        slots.get(TOPIC_SLOT) or slots.get(FOCUS_SLOT)
    )
    if not entry_id:
        return None
    day = clock.today()
    household = household_from_slots(slots, day)
    if household is None:
        return None
    report = settled_report(slots, day) or evaluate(household, as_of=day)
    items = [e for e in report.entitlements if e.id == entry_id]
    if not items:
        return None
    for status in ("eligible", "needs_info"):  # the children the answer was for, not those
        chosen = [e for e in items if e.status == status]  # it is not for
        if chosen:
            items = chosen
            break
    children = slots.get("children") or slots.get("children_partial") or []
    lines = [t(lang, "是这样算的：", "This is how it was worked out:")]
    estimated = False
    for e in items:
        if e.child is not None and 0 < e.child <= len(children):
            child = children[e.child - 1]
            fact = _birth_fact(e.child, child, lang) if isinstance(child, dict) else None
            if fact is not None:
                lines.append(fact)
                estimated = estimated or bool(child.get("approx"))
        lines += e.reasons.get(lang)
        sums = _arithmetic(e, lang)
        if sums is not None:
            lines.append(sums)
    lines.append(clause_line(items[0], lang))
    if estimated:
        lines.append(
            t(
                lang,
                "按年龄推算的出生日期只是估计；告诉我准确的出生年月，可以算得更准。",
                "A birth date worked out from an age is an estimate; tell me the exact birth "
                "month for exact figures.",
            )
        )
    return "\n".join(dict.fromkeys(lines))
