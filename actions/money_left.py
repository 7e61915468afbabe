"""The money by the month still to come ("我们还能拿多少钱", "从现在到满3岁还剩多少钱", "how much
is left"): each child's months left from this month to the end the report gives, times the
monthly figure, never the lifetime total (tester 39 c07 got "共28,800元" three times)."""

import re
from datetime import date
from typing import Any

from actions import clock
from actions.focus import settled_report
from actions.household import household_from_slots
from actions.render import back_pay_unsaid
from actions.side_questions import asks_back_pay
from policy_kb import get_entry
from policy_kb.engine import evaluate
from policy_kb.format import child_label, money
from policy_kb.report import Entitlement
from understanding.text import normalise
from wording.entitlements import clause_line
from wording.language import Lang, t

LEFT_ASKED = re.compile(
    r"还\s*(?:能|可以|可)?\s*(?:拿|领|得|有|发)\s*多少"
    r"|还\s*剩(?:下)?\s*多少|剩(?:下|余)的?\s*(?:还有)?\s*多少"
    r"|(?:从|打)?现在(?:起|开始)?\s*到[^，,。？?]{0,10}(?:多少|几个月)"
    r"|还\s*(?:能|可以)?\s*(?:领|拿|发)\s*(?:几个月|多少个月)"
    r"|\bhow much (?:money )?(?:is |are )?(?:still )?(?:left|remaining|still to come|to come)\b"
    r"|\bhow much (?:more|longer)\b"
    r"|\bhow much (?:can|will|do|would|could) (?:we|i|they|she|he) still\b"
    r"|\b(?:from now|between now and)\b[^.?!]{0,40}\bhow much\b"
    r"|\bhow much\b[^.?!]{0,40}\b(?:from now|left|remaining|still)\b"
    # "how many months left on the 800", 还剩几个月 (tester 80 c6)
    r"|\bhow many (?:more )?months\b[^.?!]{0,20}\b(?:left|remaining|to go)\b|\bmonths left\b"
    r"|还\s*(?:剩|有)\s*(?:几|多少)\s*个?月",
    re.I,
)


def asks_money_left(text: str) -> bool:
    return bool(LEFT_ASKED.search(normalise(text)))


def _month_index(value: date) -> int:
    return value.year * 12 + value.month


def _month(value: date, lang: Lang) -> str:
    return f"{value.year}年{value.month}月" if lang == "zh" else f"{value:%b %Y}"


def money_left(slots: dict[str, Any], text: str, lang: Lang) -> str | None:
    """For a question asking what is still to come of the money paid by the month: each child's
    months from this month (or the birth, if later) to the end of the money, times the monthly
    figure, with the clause, and that it is counted by the month (the plan does not say from
    which month it is paid); None for another question or when no such money is still paid."""
    if not asks_money_left(text):
        return None
    day = clock.today()
    report = settled_report(slots, day)  # a hotline case with its elder children undated too
    if report is None:
        household = household_from_slots(slots, day)
        if household is None or household.children is None:
            return None
        report = evaluate(household, as_of=day)
    paying: dict[tuple[int, date], list[Entitlement]] = {}
    for e in report.entitlements:
        if (
            e.status == "eligible"
            and e.child is not None
            and e.monthly_amount_cny
            and e.end is not None
            and e.end > day
        ):
            paying.setdefault((e.child, e.end), []).append(e)
    if not paying:
        return None
    this_month = date(day.year, day.month, 1)
    lines: list[str] = []
    total = 0
    for (child, end), items in sorted(paying.items()):
        begins = max(this_month, *(e.start or this_month for e in items))
        months = _month_index(end) - _month_index(begins)
        if months <= 0:
            continue
        monthly = sum(e.monthly_amount_cny or 0 for e in items)
        left = months * monthly
        age = get_entry(items[0].id).parameters.get("age_limit_years")
        limit = max(age.values.items())[1] if age is not None else None
        turns = t(lang, f"满{limit}周岁", f", when the child turns {limit}") if limit else ""
        total += left
        lines.append(
            t(
                lang,
                f"{child_label(child, lang)}：从{_month(begins, lang)}"
                f"到{_month(end, lang)}{turns}，"
                f"还有约{months}个月，{months}×{money(monthly, lang)}≈{money(left, lang)}。",
                f"{child_label(child, lang).capitalize()}: from {_month(begins, lang)} until "
                f"{_month(end, lang)}{turns}, about {months} months left: "
                f"{months} × {money(monthly, lang)} ≈ {money(left, lang)}.",
            )
        )
    if not lines:
        return None
    if len(lines) > 1:
        lines.append(
            t(lang, f"合计约{money(total, lang)}。", f"About {money(total, lang)} in all.")
        )
    first = next(iter(paying.values()))[0]
    leads = [d.get(lang) for d in first.lead_departments]
    lead = t(lang, "、", ", ").join(leads) if leads else t(lang, "主管部门", "lead department")
    lines.append(
        t(
            lang,
            f"（按月计算的估算；方案没有写从哪个月开始发、最后一个月发不发，以{lead}发放为准。）",
            "(Counted by the month, so an estimate: the plan does not say from which month "
            f"payment starts or whether the last month is paid; the {lead} decides.)",
        )
    )
    lines.append(clause_line(first, lang))
    entry = get_entry(first.id)
    if asks_back_pay(text, entry):  # "还能领几个月 以前没领的能补吗": the plan's silence too
        lines.append(back_pay_unsaid(entry, lang).split("\n", 1)[0])  # (tester 81 c6)
    return "\n".join(lines)
