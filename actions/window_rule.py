"""A window to enrol asked as a rule (Jinan clause 15: a 2nd or 3rd child who joins the resident
medical insurance within six months of birth has that year's contribution paid): the latest time
("最晚啥时候办", "what's the deadline") and what happens after it ("超了还补吗", "what if they're
late"), each answered plainly with the clause, not the clause's text alone (tester 40 r03)."""

import re

from actions import render
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.rules.base import value
from policy_kb.text import Lang
from wording.entitlements import clause_name
from wording.language import t

DEADLINE_ASKED = re.compile(
    r"最晚|最迟|截止|期限|啥时候|什么时候|多久(?:之|以)?内|几个月(?:之|以)?内|多长时间内"
    r"|\b(?:deadline|latest|by when|time limit|how long (?:do|does|have|has)|when (?:must|should"
    r"|do|does) (?:we|they|i|it|the)\b)",
    re.I,
)
LATE_ASKED = re.compile(
    r"超了|超过|过了|晚了|逾期|没赶上|错过|还补|还给|补办|还能补|还有没有"
    r"|\b(?:late|miss(?:ed|es)?|too late|past the"
    r"|after (?:that|the deadline|six months|6 months))\b",
    re.I,
)


def window_rule_answer(entry: Entry, text: str, lang: Lang) -> str | None:
    """The window's last day and what a late enrolment gets, as asked, with the clause and the
    lead department; None for a measure without a window or a question of neither."""
    if "enrol_within_months" not in entry.parameters:
        return None
    deadline = bool(DEADLINE_ASKED.search(text))
    late = bool(LATE_ASKED.search(text))
    if not deadline and not late:
        return None
    from actions import clock

    months = int(value(entry, "enrol_within_months", clock.today()))
    clause = clause_name(entry.clause, lang)
    lines = [
        t(
            lang,
            f"最晚：自出生之日起{months}个月内参保（{clause}）。",
            f"Latest: within {months} months from the date of birth ({clause}).",
        )
    ]
    if late:
        lines.append(
            t(
                lang,
                f"超过{months}个月才参保的，不享受“{entry.title.zh}”：方案只补贴出生后"
                f"{months}个月内参保的（{clause}）。",
                f"Enrolled later than {months} months: that year's contribution is not paid; "
                f"the plan pays it only for enrolment within {months} months of birth "
                f"({clause}).",
            )
        )
    lines.append(render.lead_departments(entry, lang))
    return "\n".join(lines)


def window_entry(entries: list[Entry]) -> Entry | None:
    """The one measure asked, when it has an enrolment window."""
    if len(entries) != 1:
        return None
    entry = catalogue().entries.get(entries[0].id, entries[0])
    return entry if "enrol_within_months" in entry.parameters else None
