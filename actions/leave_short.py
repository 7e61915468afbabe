"""An employer's days of leave put beside the plan's ("市民说单位只给7天" of paternity leave, "the
employer only gives 7 days"): tester 42 c05 got clause 11 quoted, never that 7 days is fewer
than the plan's at least 15, and a Beijing leave card after it. The answer says plainly whether
the days told fall short of the plan's figure (the clause), that the plan does not say where to
turn when an employer gives less, and the lead department."""

import re

from actions import render
from actions.side_questions import named_measure
from policy_kb.kb import catalogue, department_names
from policy_kb.models import Entry, Parameter
from policy_kb.text import Lang
from understanding.text import normalise
from wording.entitlements import clause_name
from wording.language import t

# The employer's side: 单位, 公司, 老板, "employer", "company".
EMPLOYER = re.compile(
    r"单位|公司|厂里|老板|领导|用人单位|\b(?:employer|company|boss|firm|workplace|work)\b", re.I
)
# The days the employer gives: 只给7天, 给了5天, "only gives 7 days", "7 days only".
DAYS_GIVEN = re.compile(
    r"(?:给|批|放|只有|仅|\b(?:only|gives?|gave|grants?|granted|offers?|allows?)\b)\D{0,12}?"
    r"(?P<n>\d{1,3})\s*(?:天|日|个工作日|days?\b|working days?\b)",
    re.I,
)


def _days_parameter(entry: Entry) -> tuple[str, Parameter] | None:
    """The leave's own number of days (a figure in days) and its name, or None."""
    for name, param in entry.parameters.items():
        if param.unit.startswith("day") and isinstance(param.value, int | float):
            return name, param
    return None


def _lead(entry: Entry, lang: Lang) -> str:
    return t(lang, "、", ", ").join(
        x for x in (d.get(lang) for d in department_names(entry.departments.lead)) if x
    )


def employer_days_answer(
    text: str, city: str | None, lang: Lang, discussed: Entry | None = None
) -> tuple[str, Entry] | None:
    """Whether the days of leave an employer gives reach the plan's figure for the leave named,
    else for the leave under discussion (`discussed`: "他单位就给7天 这合理吗" right after the
    paternity leave, tester 43 c01): 'No: 7 days is fewer than the at least 15 days of paternity
    leave the plan gives (clause 11).' None when no employer's days of a leave with a figure in
    days are told."""
    said = normalise(text)
    if not EMPLOYER.search(said):
        return None
    told = [int(m["n"]) for m in DAYS_GIVEN.finditer(said)]
    # the leave named, else the one under discussion ("单位" alone names workplace childcare)
    leaves = [
        e
        for e in (named_measure(text, city, lang), discussed)
        if e is not None and city is not None and e.city == city and _days_parameter(e)
    ]
    if not leaves:
        return None
    entry = leaves[0]
    found = _days_parameter(entry)
    if found is None:
        return None
    name, param = found
    value = param.value
    if not isinstance(value, int | float):
        return None
    figure = int(value)
    given = [n for n in told if n != figure] or told
    if len(set(given)) != 1:
        return None
    days = given[0]
    others = {
        int(v)
        for e in catalogue().entries.values()
        if e.city == entry.city and e.id != entry.id
        for p in e.parameters.values()
        if p.unit.startswith("day") and isinstance((v := p.value), int | float)
    }
    if days in others:  # "单位给了158天产假 陪产假多少天": another leave's own days
        return None
    entry = catalogue().entries[entry.id]
    at_least = name.startswith("min") or "minimum" in param.description.lower()
    per_year = "year" in param.unit
    title_zh = entry.title.get("zh")
    title_en = entry.title.get("en").lower()
    plan_zh = f"{'每人每年' if per_year else ''}{'不少于' if at_least else ''}{figure}天{title_zh}"
    plan_en = (
        f"{'at least ' if at_least else ''}{figure} days of {title_en}"
        f"{' a year for each parent' if per_year else ''}"
    )
    clause = clause_name(entry.clause, lang)
    if days < figure:
        verdict = t(
            lang,
            f"不够。单位只给{days}天，少于方案规定的{plan_zh}（{clause}）。",
            f"No: {days} days is fewer than the {plan_en} the plan gives ({clause}).",
        )
    else:
        verdict = t(
            lang,
            f"够。{days}天不少于方案规定的{plan_zh}（{clause}）。",
            f"Yes: {days} days is not fewer than the {plan_en} the plan gives ({clause}).",
        )
    lead = _lead(entry, lang)
    if days >= figure:
        return verdict + "\n" + render.lead_departments(entry, lang), entry
    lines = [verdict]
    lines.append(
        t(
            lang,
            "方案没有写单位给得不足时向哪个部门反映"
            + (f"；请问牵头部门{lead}。" if lead else "。"),
            "The plan does not say where to turn when an employer gives less"
            + (f"; ask the lead department, the {lead}." if lead else "."),
        )
    )
    return "\n".join(lines), entry
