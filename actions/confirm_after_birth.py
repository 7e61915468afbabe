"""A figure put back to be confirmed ("是100万对吧", "so it's 1 million right?") of a measure
whose figure for the family changes when the baby on the way is born (Jinan clause 14: 900,000
for two children and two payers now, 1,000,000 once the third is born; tester 34 r08 was told
"对。" right after 900,000). The figure is checked against the family NOW; a figure that holds
only after the birth is said to hold from then, with the due date. The figures come from the
Report (policy_kb) on today and on the due date; the words only place them."""

from datetime import date
from typing import Any

from actions.focus import asked_measure, figures_checked, found_by_search_only, settled_report
from policy_kb import InputError
from policy_kb import format as fmt
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.report import Entitlement, Report
from policy_kb.text import Lang
from wording.entitlements import clause_line, clause_name
from wording.language import lower_first, t

# The family-level amounts a confirmation may be about (a per-child amount is the child's own).
AMOUNT_FIELDS = ("max_amount_cny", "amount_cny", "monthly_amount_cny", "total_amount_cny")


def _unborn(children: list[dict[str, Any]], day: date) -> tuple[int, date] | None:
    """The birth order and due date of the first baby on the way, or None without one."""
    for i, c in enumerate(children, start=1):
        born = c.get("birth_date")
        if born and date.fromisoformat(str(born)[:10]) > day:
            return i, date.fromisoformat(str(born)[:10])
    return None


def now_and_at_birth(
    slots: dict[str, Any], entry: Entry, day: date
) -> tuple[int, date, Entitlement | None, Entitlement | None] | None:
    """The first baby on the way's order and due date, and the family's item of `entry` today
    and on that date; None without a baby on the way or a report for both days (a family the
    engine cannot take, such as a due date too far ahead)."""
    children = slots.get("children") or slots.get("children_partial") or []
    unborn = _unborn(children, day)
    if unborn is None:
        return None
    order, born = unborn
    try:
        now_report, then_report = settled_report(slots, day), settled_report(slots, born)
    except InputError:
        return None
    if now_report is None or then_report is None:
        return None
    return order, born, _family_item(now_report, entry), _family_item(then_report, entry)


def _amounts(e: Entitlement | None) -> set[float]:
    if e is None or e.status != "eligible":
        return set()
    return {float(v) for f in AMOUNT_FIELDS if (v := getattr(e, f)) is not None}


def _family_item(report: Report, entry: Entry) -> Entitlement | None:
    return next((e for e in report.entitlements if e.id == entry.id and e.child is None), None)


def _reason(e: Entitlement, lang: Lang) -> str:
    """The item's figures and the facts it rests on ('家中有2个孩子…；家中有2人缴存…')."""
    facts = [r.rstrip("。.") for r in (e.reasons.get(lang) or [])[:2]]
    facts = [lower_first(f) if lang == "en" else f for f in facts]
    figures = t(lang, "，", ", ").join(fmt.figures(e, lang))
    return figures + (t(lang, "（", " (") + t(lang, "；", "; ").join(facts) + t(lang, "）", ")"))


def figure_after_birth(slots: dict[str, Any], entry: Entry, lang: Lang, day: date) -> str | None:
    """The family's figure of `entry` once the baby on the way is born, when it differs from
    today's (Jinan clause 14: 900,000 with two children and two payers now, 1,000,000 once the
    third is born; tester 35 c09 was told "depends on the children" instead): "第3个孩子出生后
    （预产期2027年5月）：最高1,000,000元（第14条）". None without a baby on the way, for a
    measure per child, or when the birth changes nothing of it."""
    if entry.per_child:
        return None
    at_birth = now_and_at_birth(slots, entry, day)
    if at_birth is None:
        return None
    order, born, now, then = at_birth
    then_figures = _amounts(then)
    if then is None or not then_figures or _amounts(now) == then_figures:
        return None
    due = t(lang, f"{born.year}年{born.month}月", f"{born:%B %Y}")
    figures = t(lang, "，", ", ").join(fmt.figures(then, lang))
    clause = clause_name(entry.clause, lang)
    return t(
        lang,
        f"第{order}个孩子出生后（预产期{due}）：{figures}（{clause}）。",
        f"Once child {order} is born (due {due}): {figures} ({clause}).",
    )


def confirmed_after_birth(
    slots: dict[str, Any], text: str, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """The yes or no to a figure put back to be confirmed of the measure asked or discussed,
    when the family's figure of it on the due date of the baby on the way differs from today's:
    today's figure first (the answer), then the figure after the birth with the due date, and
    the clause. None when no figure is put back, no baby is on the way, the measure is the
    child's own (per child), or the birth changes nothing of it."""
    numbers, _ = figures_checked(text)
    if not numbers:
        return None
    entries = catalogue().entries
    asked = asked_measure(text, slots.get("city"), lang)
    if asked is not None and found_by_search_only(text, asked):
        asked = None  # "so it's 1 million right?": a search hit, not a measure named
    entry = asked or entries.get(str(slots.get("topic_entry")))
    if entry is None or entry.per_child:
        return None
    at_birth = now_and_at_birth(slots, entry, day)
    if at_birth is None:
        return None
    order, born, now, then = at_birth
    now_figures, then_figures = _amounts(now), _amounts(then)
    if not then_figures or now_figures == then_figures:
        return None
    assert then is not None
    due = t(lang, f"{born.year}年{born.month}月", f"{born:%B %Y}")
    after = t(
        lang,
        f"第{order}个孩子出生后（预产期{due}）：{_reason(then, lang)}",
        f"once child {order} is born (due {due}): {_reason(then, lang)}",
    )
    today = (
        _reason(now, lang)
        if now is not None and now_figures
        else t(lang, "还不符合", "not eligible")
    )
    if numbers & now_figures:
        lead = t(lang, f"对，现在是：{today}。", f"Yes, today: {today}.")
        rest = t(lang, f"{after}。", f" And {after}.")
    elif numbers & then_figures:
        lead = t(
            lang,
            f"现在还不是。现在：{today}。",
            f"Not yet. Today: {today}.",
        )
        rest = t(lang, f"{after}。", f" That figure holds {after}.")
    else:  # a figure of neither ("是60万对吧" with two payers): today's and the one after
        lead = t(lang, f"不是。现在：{today}。", f"No. Today: {today}.")
        rest = t(lang, f"{after}。", f" And {after}.")
    return lead + rest + "\n" + clause_line(then, lang), entry
