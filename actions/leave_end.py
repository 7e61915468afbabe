"""Until what date a mother's maternity leave runs, asked of a case whose birth is known ("能休到
哪天", "产假到哪天结束", "until what date can she be on leave"; tester 57 a4). Jinan clause 11
gives "158 days of maternity leave" (policy_kb: jinan.maternity_leave, `days`) and does not say
from which day they are counted (its `silent_on`); neither the KB nor the engine dates the end
(the engine only asks whether a birth is within the days, policy_kb/rules/jinan/leave.py). The
answer counts the birth day as day 1, says so, and calls the date an estimate per the text. A
plan that states no days (Beijing (12)) gets no date: its own answer says it gives none."""

import re
from datetime import date, timedelta
from typing import Any

from actions import render
from policy_kb import format as fmt
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.rules.base import value
from policy_kb.text import Lang
from wording.cities import city_name
from wording.entitlements import clause_name
from wording.language import t

# Until when the leave runs, in a worker's words: 休到哪天, 能休到什么时候, 产假到哪天结束, 产假
# 截止, "until what date can she be on leave", "when does her maternity leave end".
END_OF_LEAVE = re.compile(
    r"休到(?:哪一?天|什么时候|啥时候|几月几[号日]|几号|哪)|(?:产假|假期?)\S{0,4}(?:到哪一?天|到什么时候|到啥时候"
    r"|哪天结束|什么时候结束|啥时候结束|截止|结束日期|最后一天)"
    r"|\buntil (?:what|which) (?:date|day)\b[^.?!]{0,40}\bleave\b"
    r"|\bleave\b[^.?!]{0,30}\b(?:until when|till when|until what date|end date|last day)\b"
    r"|\b(?:when|what (?:date|day))(?: exactly)? (?:does|will|would|do|is|'?s)?\s*"
    r"(?:(?:her|the|his|my|their|our|your|mum'?s|mom'?s|wife'?s) )?(?:maternity )?leave"
    r" (?:end|finish|run out|expire|be over|over|up)\b"
    r"|\bwhen (?:does|will|would|can|should|must) (?:she|i|my wife|the mother|the mom|mum|mom)"
    r" (?:go|get|come|be) back (?:to|at) work\b"
    r"|(?:产假|假)\S{0,3}(?:休|放)?到几[月号]|产假\S{0,6}(?:几号|哪天|啥时候|什么时候)(?:回去|回|去)?上班"
    r"|\b(?:on|take) (?:maternity )?leave (?:until|till) when\b",
    re.I,
)
# Another leave named: 陪产假, 育儿假, "paternity", "parental" (their ends are not the 158 days).
OTHER_LEAVE = re.compile(r"陪产假|育儿假|哺乳假|paternity|parental|breastfeeding|nursing", re.I)


def asks_leave_end(text: str) -> bool:
    """Whether `text` asks until what date the mother's maternity leave runs."""
    return END_OF_LEAVE.search(text) is not None and OTHER_LEAVE.search(text) is None


def maternity_leave_end(entry: Entry, born: date) -> date:
    """The last day of `entry`'s days of leave counted from the birth, the birth day as day 1
    (the plan says not which day is day 1: a reading)."""
    days = int(value(entry, "days", born))
    return born + timedelta(days=days - 1)


def leave_end_answer(
    city: str | None,
    born: date,
    month_only: bool,
    lang: Lang,
    today: date,
    read_out: bool = True,
) -> tuple[str, Entry] | None:
    """The end date of the maternity leave for a birth on `born`: the days and the clause, how
    they were counted, that the date is an estimate per the text, a sentence to read out (for
    the hotline, `read_out`) and the lead department; None when the city's plan has no days of
    maternity leave."""
    entry = catalogue().entries.get(f"{city}.maternity_leave") if city else None
    if entry is None or "days" not in entry.parameters:
        return None
    days = int(value(entry, "days", born))
    end = maternity_leave_end(entry, born)
    clause = clause_name(entry.clause, lang)
    place = city_name(entry.city, lang)
    born_said, end_said = fmt.day(born, lang), fmt.day(end, lang)
    past = end < today
    lines = [
        t(
            lang,
            f"产假{days}天（{clause}），从孩子出生当天（{born_said}）算第1天，休到{end_said}"
            f"{'，这一天已经过了' if past else ''}。",
            f"{days} days of maternity leave ({clause}), counted from the day of the birth "
            f"({born_said}) as day 1: until {end_said}{', a day already past' if past else ''}.",
        ),
        t(
            lang,
            f"方案只写“女方享受{days}天产假”，没有写从哪一天起算；这个日期是按原文以出生当天为"
            f"第1天推算的估计，以用人单位的计算为准。",
            f'The plan says only "the woman enjoys {days} days of maternity leave", not from '
            f"which day they are counted; this date is an estimate per the text, counting the "
            f"birth day as day 1; the employer's count decides.",
        ),
    ]
    if month_only:
        lines.append(
            t(
                lang,
                "（出生日期只知道年月，按当月1日计算；有具体出生日期可算出准确日期。）",
                "(Birth known to the month only, counted from the 1st; the exact birth day gives "
                "the exact date.)",
            )
        )
    if read_out:
        lines.append(
            t(
                lang,
                f"可以这样念：“按{place}方案第{entry.clause}条，产假{days}天，从孩子出生那天算起，"
                f"大约休到{end_said}。”",
                f'You can read out: "Under clause {entry.clause} of the {place} plan, maternity '
                f"leave is {days} days; counted from the day of the birth, it runs until about "
                f'{end_said}."',
            )
        )
    lines.append(render.lead_departments(entry, lang))
    return "\n".join(lines), entry


def family_leave_end(
    slots: dict[str, Any], text: str, lang: Lang, today: date
) -> tuple[str, Entry] | None:
    """Until what date the mother's maternity leave runs, asked by a citizen ("when does
    maternity leave end", "产假休到几月"): counted from the birth the message tells, else the
    family's latest birth or the one due (Jinan clause 11's 158 days); None when no such end is
    asked, no birth is dated to the month or the family's plan states no days."""
    if not asks_leave_end(text):
        return None
    from actions.hotline import birth_told  # hotline imports this module

    born = birth_told(text)
    if born is None:
        children = slots.get("children") or slots.get("children_partial") or []
        dated = [
            (date.fromisoformat(str(c["birth_date"])[:10]), c.get("precision") == "month")
            for c in children
            if isinstance(c, dict)
            and c.get("birth_date")
            and c.get("precision") in ("day", "month", None)
        ]
        born = max(dated) if dated else None
    if born is None:
        return None
    return leave_end_answer(slots.get("city"), born[0], born[1], lang, today, read_out=False)


# Until when a leave held while the child is young runs ("parental leave … until when", 育儿假
# 能休到什么时候): its age limit's day, not its days a year.
UNTIL_WHEN = re.compile(
    r"\b(?:until|till|up to) (?:when|what (?:date|age|day)|which (?:date|age|day))\b"
    r"|到(?:什么|啥)时候|到哪一?天|到几岁|到多大|休到|(?:什么|啥)时候(?:结束|截止|为止)",
    re.I,
)


def asks_until(entry: Entry, text: str) -> bool:
    """Whether `text` asks until when `entry`, a leave held while the child is under an age
    (Jinan clause 11's parental leave), runs."""
    return (
        entry.kind == "leave"
        and "age_limit_years" in entry.parameters
        and UNTIL_WHEN.search(text) is not None
    )


def age_limit_end(
    entry: Entry, born: date, precision: str | None, text: str, lang: Lang, today: date
) -> str | None:
    """The day a leave held while the child is under an age ends (Jinan clause 11: "parents of
    … children under the age of 3 are each entitled to … no less than 10 days of parental
    leave per year"), for a child born on `born`, asked "until when": "until the child turns
    3, on 15 Jan 2027 (clause 11)". None when not asked so, or the measure has no age limit."""
    if not asks_until(entry, text):
        return None
    from policy_kb.dates import add_years

    age = int(value(entry, "age_limit_years", born))
    end = add_years(born, age)
    if precision == "year":
        said = t(lang, f"{end.year}年", f"in {end.year}")
    elif precision == "month":
        said = t(lang, f"{end.year}年{end.month}月", f"in {end:%B %Y}")
    else:
        said = fmt.day(end, lang)
    clause = clause_name(entry.clause, lang)
    past = end <= today
    days = (
        value(entry, "min_days_per_year", born) if "min_days_per_year" in entry.parameters else None
    )
    each = (
        t(
            lang,
            f"父母每人每年不少于{days}天{entry.title.zh.split('（')[0]}，",
            f"Each parent gets at least {days} days of {entry.title.en.lower()} a year ",
        )
        if days is not None
        else ""
    )
    return t(
        lang,
        f"{each}到孩子满{age}周岁为止，即{said}{'（已经过了）' if past else ''}（{clause}）。",
        f"{each}{'until' if each else 'Until'} the child turns {age}, "
        f"{'' if said.startswith('in ') else 'on '}{said}{' (already past)' if past else ''} "
        f"({clause}).",
    )
