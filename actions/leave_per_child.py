"""Whether a leave given per parent doubles with several children under its age limit ("育儿假
俩孩子是不是翻倍", "does parental leave double with two kids?"): Jinan clause 11 gives each
parent of a child under 3 at least 10 days a year and says nothing of several children (the
measure's silent_on), so the answer is that silence, never a no ("不是这个数", tester 51 c07)
nor a yes ("能。育儿假…"); then the clause's words, which of the family's children are under the
age now, and whom to ask."""

import re
from datetime import date
from typing import Any

from actions import render
from actions.per_parent import CHILDREN_NAMED, per_parent_measure
from policy_kb import format as fmt
from policy_kb.dates import add_years
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import normalise
from wording.entitlements import clause_name
from wording.language import t

# Doubling or adding up per child ("翻倍", "叠加", "按孩子算", "double", "add up", "per child").
ADDS_UP = re.compile(
    r"翻倍|加倍|叠加|累加|翻一番|按孩子(?:算|数|来)|按(?:孩子|娃)的?(?:个数|数量)|每个(?:孩子|娃)(?:都|各)"
    r"|\bdoubles?\b|\bdoubled\b|\badds? up\b|\bstack\w*|\bper (?:child|kid)\b"
    r"|\bfor each (?:child|kid)\b|\beach (?:child|kid)\b",
    re.I,
)
DAYS = re.compile(r"(\d+)\s*(?:天|days?\b)", re.I)
# Several children, as normalise() leaves them ("two kids" -> "2 kids"), beside CHILDREN_NAMED.
SEVERAL = re.compile(
    r"\b[2-9] (?:kids|children|babies)\b|\b(?:several|multiple) (?:kids|children)\b"
    r"|\bmore than one (?:kid|child)\b|多个孩子|几个孩子",
    re.I,
)


def _adds_up_asked(said: str, days: int) -> bool:
    """Whether `said` asks if the leave adds up per child: a word for it with several children
    named, or a multiple of the days put with them ("俩孩子就20天", "20 days with 2 kids")."""
    several = CHILDREN_NAMED.search(said) or SEVERAL.search(said)
    if not several and not re.search(r"按孩子|per (?:child|kid)", said):
        return False
    if ADDS_UP.search(said):
        return True
    return any(int(n) > days and int(n) % days == 0 for n in DAYS.findall(said))


def _under_age(children: list[dict[str, Any]], years: int, day: date) -> list[tuple[int, date]]:
    """The family's children born and under `years` on `day`: birth order and the birthday
    they reach it."""
    found = []
    for order, child in enumerate(children, start=1):
        birth = child.get("birth_date")
        if not birth:
            continue
        born = date.fromisoformat(str(birth)[:10])
        until = add_years(born, years)
        if born <= day < until:
            found.append((order, until))
    return found


def leave_per_child_answer(
    text: str, city: str | None, lang: Lang, children: list[dict[str, Any]], day: date
) -> tuple[str, Entry] | None:
    """The plan's silence on a per-parent leave adding up with several children, first, then
    its words, the family's children under the age now (when told), and the lead department;
    None for any other message."""
    said = normalise(text).lower()
    found = per_parent_measure(text, city)
    if found is None:
        return None
    entry, param = found
    if not isinstance(param.value, int | float):
        return None
    days = int(param.value)
    if not _adds_up_asked(said, days):
        return None
    clause = clause_name(entry.clause, lang)
    age = entry.parameters.get("age_limit_years")
    years = int(age.value) if age is not None and isinstance(age.value, int | float) else None
    title_zh, title_en = entry.title.zh, entry.title.en.lower()
    under_zh = f"{years}周岁以下孩子的" if years else ""
    under_en = f"of a child under {years} " if years else ""
    lines = [
        t(
            lang,
            f"方案没写家里有几个{years or ''}周岁以下孩子时{title_zh}是否翻倍（叠加），不能说翻倍，"
            f"也不能说不翻倍。条文是：{under_zh}父母每人每年累计不少于{days}天{title_zh}（{clause}）。",
            f"The plan does not say whether {title_en} doubles (adds up) when several children "
            f"are under {years}; neither yes nor no can be read from it. What it says: each "
            f"parent {under_en}gets at least {days} days of {title_en} a year ({clause}).",
        )
    ]
    under = _under_age(children, years, day) if years else []
    if children and years:
        who_zh = "、".join(f"{fmt.child_label(o, 'zh')}（至{fmt.day(u, 'zh')}）" for o, u in under)
        who_en = ", ".join(
            f"{fmt.child_label(o, 'en')} (until {fmt.day(u, 'en')})" for o, u in under
        )
        if len(under) == 1:
            lines.append(
                t(
                    lang,
                    f"您家现在{years}周岁以下的只有{who_zh}，眼下只涉及这一个孩子。",
                    f"Of your children only {who_en} is under {years} now, so for now the "
                    "question concerns that one child.",
                )
            )
        elif under:
            lines.append(
                t(
                    lang,
                    f"您家现在{years}周岁以下的有：{who_zh}。",
                    f"Your children under {years} now: {who_en}.",
                )
            )
    lines.append(
        render.lead_departments(entry, lang)
        .replace("牵头部门：", "请问牵头部门")
        .replace("Lead department: ", "Ask the lead department: ")
        + t(lang, "。", ".")
    )
    return "\n".join(lines), entry
