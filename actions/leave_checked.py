"""A family's yes-or-no about one leave, its days put back ("那我跟我老婆一人每年10天？", "so my
wife and I get 10 days a year each?"): tester 47 c01 got the paternity, maternity and parental
leave cards for it, and wrote "我就问一句 … 说这么多". The answer is one line: yes, the leave's
figure as the plan words it (a floor, a year, each parent's), until when the family has it (its
youngest child's birthday at the age limit) and the clause. The leave is the one of the city
given per parent whose figure the days are, the one under discussion first; None when the days
are no such leave's, another leave is named beside it, or the family does not have it (the full
answer then says why)."""

import re
from datetime import date
from typing import Any

from actions.focus import settled_report
from actions.leave_short import _days_parameter
from actions.per_parent import EITHER_OR, _named
from policy_kb import InputError
from policy_kb.format import child_label
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import normalise
from wording.entitlements import clause_name
from wording.language import t

DAYS_PUT = re.compile(r"(?P<n>\d{1,3})\s*(?:天|日|days?\b)", re.I)
ASKED = re.compile(
    r"[？?吗嘛]|对吧|是吧|对不对|是不是|对吗|没错吧|\bright\b|\bcorrect\b|\bisn'?t it\b", re.I
)
# Both parents put in the question: 我俩, 一人, 每人, 各, 我跟我老婆, "my wife and I", "each".
COUPLE = re.compile(
    r"我俩|我们俩|咱俩|咱们俩|两个?人|俩人|一人|每人|每个人|各(?:自|休|有)?"
    r"|我(?:跟|和)我?(?:老婆|媳妇|爱人|老公|丈夫|妻子)|(?:老婆|媳妇|爱人|老公|丈夫|妻子)(?:跟|和)我"
    r"|\beach\b|\bboth\b|\b(?:wife|husband|partner) and i\b|\bper parent\b|\bapiece\b",
    re.I,
)


def _leave_put(said: str, city: str, discussed: Entry | None) -> tuple[Entry, int] | None:
    """The city's leave whose days the message puts back (the one discussed first), or None."""
    told = {int(m["n"]) for m in DAYS_PUT.finditer(said)}
    if len(told) != 1:
        return None
    days = told.pop()
    leaves = [
        e
        for e in catalogue().entries.values()
        if e.city == city and (found := _days_parameter(e)) is not None and found[1].value == days
    ]
    if discussed is not None and discussed.id in {e.id for e in leaves}:
        return discussed, days
    return (leaves[0], days) if len(leaves) == 1 else None


def leave_days_checked(
    slots: dict[str, Any], text: str, discussed: Entry | None, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """The one line answering a family's days of one leave put back to be confirmed."""
    city = slots.get("city")
    said = normalise(text).lower()
    if not isinstance(city, str) or not ASKED.search(said):
        return None
    put = _leave_put(said, city, discussed)
    if put is None:
        return None
    entry, days = put
    others = [
        e
        for e in catalogue().entries.values()
        if e.city == city and e.id != entry.id and _days_parameter(e) and _named(e, said)
    ]
    if others:  # "产假158天 陪产假呢": another leave asked too
        return None
    found = _days_parameter(entry)
    if found is None:
        return None
    name, param = found
    each = "per parent" in param.unit
    if not each or not COUPLE.search(said) or EITHER_OR.search(said):
        # a leave of one parent, or one figure put back alone ("so it's 15 days right?": the
        # short yes of answers.figure_verdict), or "each or shared?" (actions.per_parent)
        return None
    try:
        report = settled_report(slots, day)
    except InputError:
        return None
    mine = [e for e in (report.entitlements if report else []) if e.id == entry.id]
    if not mine or any(e.status != "eligible" for e in mine):
        return None
    floor = name.startswith("min_")
    yearly = "per year" in param.unit
    per_zh = f"{'每年' if yearly else ''}{'不少于' if floor else ''}{days}天"
    per_en = f"{'at least ' if floor else ''}{days} days{' a year' if yearly else ''}"
    title_zh, title_en = entry.title.zh, entry.title.en.lower()
    yes_zh = f"对，你们俩每人{per_zh}{title_zh}" if each else f"对，{title_zh}{per_zh}"
    yes_en = (
        f"Yes: each of you gets {per_en.replace(' days', ' days of ' + title_en, 1)}"
        if each
        else f"Yes: {title_en} is {per_en}"
    )
    until = _until(slots, mine[0].end, entry, lang)
    clause = clause_name(entry.clause, lang)
    return (
        t(lang, f"{yes_zh}{until}（{clause}）。", f"{yes_en}{until} ({clause})."),
        entry,
    )


def _until(slots: dict[str, Any], end: date | None, entry: Entry, lang: Lang) -> str:
    """'，到2029年11月第2个孩子满3周岁' / ', until Nov 2029 when child 2 turns 3': the end of a
    leave held until a child's age, by the child whose birthday it is; '' for another leave."""
    age = entry.parameters.get("age_limit_years")
    if end is None or age is None or not isinstance(age.value, int):
        return ""
    years = age.value
    children = slots.get("children") or slots.get("children_partial") or []
    order = next(
        (
            i
            for i, c in enumerate(children, start=1)
            if str(c.get("birth_date") or "")[:7] == f"{end.year - years}-{end.month:02d}"
        ),
        None,
    )
    whose_zh = f"{child_label(order, 'zh')}满{years}周岁" if order else f"孩子满{years}周岁"
    whose_en = f"{child_label(order, 'en')} turns {years}" if order else f"the child turns {years}"
    return t(
        lang,
        f"，到{end.year}年{end.month}月{whose_zh}",
        f", until {end:%b %Y} when {whose_en}",
    )
