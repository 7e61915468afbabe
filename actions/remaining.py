"""The items the offer counted, asked ("你刚才说还有2项 是啥", "what are the 2 other items?"
after "还有2项要看…，要继续吗？"): the items still open, each with what it waits on (tester 36
c03 got the family upbringing subsidy paragraph for the third time)."""

import re

from rasa_sdk import Tracker

from actions import clock
from actions.focus import settled_report
from actions.household import household_from_slots
from actions.language import reply_language
from policy_kb.engine import evaluate
from understanding.text import normalise
from wording.entitlements import label
from wording.language import t

ITEMS_ASKED = re.compile(
    r"还有\s*(?:\d+|几)\s*(?:项|个|条|样)[^，,。]{0,8}(?:是啥|是什么|是哪|哪些|啥|什么)"
    r"|(?:说的|剩下的?|另外的?|其余的?)\s*(?:那)?\s*(?:\d+|几)\s*(?:项|个|条|样)[^，,。]{0,6}"
    r"(?:是啥|是什么|是哪|哪些|啥|什么)"
    r"|(?:哪|啥|什么)\s*(?:\d+)\s*项"
    r"|\bwhat (?:are|were) (?:the|those) (?:\d+|two|three|four|five|other|remaining)"
    r"(?: more| other)? (?:items|things|ones)\b"
    r"|\bwhich (?:are the )?(?:\d+|two|three|four|five|other|remaining)(?: more| other)? "
    r"(?:items|things|ones)\b",
    re.I,
)


def open_items(tracker: Tracker, text: str) -> str | None:
    """The items still open for the family, each with its label and what it waits on, when
    `text` asks what the items the offer counted are; None otherwise."""
    if not ITEMS_ASKED.search(normalise(text)):
        return None
    day = clock.today()
    household = household_from_slots(tracker.slots, day)
    if household is None:
        return None
    report = settled_report(dict(tracker.slots), day) or evaluate(household, as_of=day)
    waiting = [e for e in report.entitlements if e.status == "needs_info"]
    if not waiting:
        return None
    lang = reply_language(tracker)
    lines = [t(lang, f"还有这{len(waiting)}项要看条件：", f"These {len(waiting)} items are open:")]
    for e in waiting:
        why = e.reasons.get(lang)
        lines.append(f"{label(e, lang)}{t(lang, '：', ': ')}{why[0] if why else ''}".rstrip())
    lines.append(t(lang, "要继续吗？", "Shall I go on?"))
    return "\n".join(lines)
