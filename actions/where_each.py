"""Where to go for each item the family gets, asked of them all at once ("这些去哪办", "北京这些
都去哪申请", "where do we apply for all these?"): one line per item with the step the plan's data
names for it (its employer, a department, "the plan does not say") and its lead department, in
the family's city. Tester 115 asked "北京这些去哪办" after a what-if on a Jinan hukou and was sent
to Jinan's health commission for Jinan's subsidy; a bare "这些去哪办" got "which item?".

Nothing is added to the knowledge base's own words: each line is an entry's next step and
its lead department (policy_kb data)."""

import re
from datetime import date
from typing import Any

from actions.focus import settled_report
from actions.headline import on_conditions
from policy_kb import InputError, get_entry
from policy_kb.kb import department_names
from wording.cities import city_name
from wording.entitlements import clause_name, label, ordered
from wording.language import Lang, t

# Every item asked at once, where or how to apply: 这些/这几项/每一项/都 … 去哪 / 怎么办.
EACH_WHERE_ASKED = re.compile(
    r"(?:这些|这几项|这几样|这几个|上面(?:这些|说的|的)|以上(?:这些|几项)?|每一?项|每样|都)"
    r"[^。？?，,]{0,6}?(?:(?:去|到|在|找)(?:哪|哪儿|哪里|哪个部门|什么部门|啥部门|谁)"
    r"|(?:怎么|咋|如何)(?:办|申请|领|弄)|(?:办理|申请)(?:流程|地点|方式))"
    r"|\bwhere (?:do|can|should|would) (?:we|i) (?:apply|go|claim)(?: for)? "
    r"(?:all )?(?:of )?(?:these|them|those|each(?: one| item| of them)?)\b"
    r"|\bhow (?:do|can|should) (?:we|i) (?:apply|claim)(?: for)? (?:all )?(?:of )?"
    r"(?:these|them all|those|each(?: one| item| of them)?)\b"
    r"|\b(?:all )?(?:of )?(?:these|those)(?: items| benefits)?\b[^.?!]{0,12}"
    r"\bwhere (?:do|can|to)\b",
    re.I,
)
# Words that say where or to whom, so the step shown is the one that names the place.
_WHERE_WORDS = re.compile(r"向|到|咨询|申请|申报|\b(?:ask|apply|contact|employer|claim)\w*", re.I)


def each_where_asked(text: str) -> bool:
    """Whether `text` asks where or how to apply for all the items at once."""
    return bool(EACH_WHERE_ASKED.search(text))


def _step(entry_id: str, lang: Lang) -> str:
    """The entry's next step that names where to go, else its first; '' when it has none."""
    steps = get_entry(entry_id).next_steps.get(lang)
    where = [s for s in steps if _WHERE_WORDS.search(s)]
    return (where or steps or [""])[0]


def where_each_item(slots: dict[str, Any], lang: Lang, day: date) -> str | None:
    """'您家可以享受的4项，分别去哪办：\\n1. 产假…：向用人单位申请各类假期。（第12条）…' for the
    family's city (slots as the form keeps them). None while no city is known or nothing is
    eligible."""
    try:
        report = settled_report(slots, day)
    except InputError:
        return None
    if report is None:
        return None
    met = ordered([e for e in report.entitlements if e.status == "eligible"])
    seen: set[str] = set()
    lines: list[str] = []
    for item in met:
        if item.id in seen:  # twins' free transit is one item for both
            continue
        seen.add(item.id)
        entry = get_entry(item.id)
        step = _step(item.id, lang)
        leads = [d.get(lang) for d in department_names(entry.departments.lead)]
        named = [d for d in leads if d and d in step]
        lead = ("、" if lang == "zh" else ", ").join(d for d in leads if d not in named)
        tail = (
            t(lang, f"牵头部门：{lead}。", f" Lead department: {lead}.")
            if lead
            else (
                ""
                if named
                else t(lang, "方案未指明负责部门。", " The plan names no responsible department.")
            )
        )
        clause = clause_name(entry.clause, lang)
        condition = t(lang, "（还要看条件）", " (on conditions)") if on_conditions(item) else ""
        lines.append(
            f"{len(lines) + 1}. {label(item, lang)}{condition}"
            + t(lang, f"（{clause}）：", f" ({clause}): ")
            + f"{step}{tail}"
        )
    if not lines:
        return None
    city = city_name(report.city, lang)
    conditional = sum(1 for line in lines if "（还要看条件）" in line or " (on conditions)" in line)
    plain = len(lines) - conditional
    more = t(lang, f"和要看条件的{conditional}项", f" and {conditional} more on conditions")
    head = t(
        lang,
        f"按{city}的方案，您家可以享受的{plain}项{more if conditional else ''}，分别去哪办：",
        f"Under {city}'s plan, where to go for the {plain} items your family can get"
        f"{more if conditional else ''}:",
    )
    foot = t(
        lang,
        "方案没有写的办理地点、材料和电话，我不编造；请以牵头部门的答复为准。",
        "Where the plan gives no office, documents or phone number, I do not make them up;"
        " the lead department's answer prevails.",
    )
    return "\n".join([head, *lines, foot])
