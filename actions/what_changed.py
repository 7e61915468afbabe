""" "Does that change anything?" right after a correction ("wait actually first kid is 4 not 3",
tester 20 c08): what the correction changed in the family's results, item by item, or that
nothing changed and why; not a measure a search finds for the words."""

import re
from datetime import date, timedelta
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.focus import back_then, settled_report
from actions.headline import changes, headline, unchanged
from actions.household import FACT_SLOTS, evaluate_back_then, household_from_slots
from actions.language import reply_language
from actions.render import back_pay_unsaid
from actions.side_questions import asks_if_hukou_matters
from policy_kb import InputError, Report, evaluate, get_entry
from policy_kb import format as fmt
from policy_kb.report import Entitlement
from policy_kb.text import Lang
from wording.entitlements import label
from wording.language import t

# "does that change anything", "so what changes?", "any difference?", 那有变化吗, 影响吗,
# 这样有什么不一样, 会变吗.
CHANGE_ASKED = re.compile(
    r"\b(?:does|did|will|would) (?:that|this|it) change\b|\bwhat changes\b"
    r"|\bany (?:change|difference)|\bchange anything\b|\bmake (?:a|any) difference\b"
    r"|\b(?:does|would|will) (?:that|this|it) matter\b"
    r"|有(?:什么|啥)?(?:变化|变动|影响|不一样|区别)|(?:会|要)?变(?:了)?吗|影响吗|有没有影响|不一样吗",
    re.I,
)
SHORT = 30  # characters: the question is short; a longer message asks more than this
SLOTS = (*FACT_SLOTS, "children_partial")


def slots_before_correction(tracker: Tracker) -> dict[str, Any] | None:
    """The family's slots as they were before the last turn that changed any of its facts,
    read from the conversation's events; None when no earlier turn changed one, or the events
    sent are this turn's only (bot/patches/action_call_events.py): the answer is then the
    results as they now stand."""
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2:
        return None
    for start, end in zip(reversed(users[:-1]), reversed(users[1:]), strict=True):
        changed = {
            e["name"] for e in events[start:end] if e.get("event") == "slot" and e["name"] in SLOTS
        }
        if not changed:
            continue
        before: dict[str, Any] = {}
        for e in events[:start]:
            if e.get("event") == "slot" and e["name"] in changed:
                before[e["name"]] = e.get("value")
        return {**tracker.slots, **{name: before.get(name) for name in changed}}
    return None


def _report(slots: dict[str, Any], day: date) -> Report | None:
    try:
        household = household_from_slots(slots, day)
    except InputError:
        return None
    if household is None:
        return None
    return settled_report(slots, day) or evaluate(household, as_of=day)


def _paid_and_ended(slots: dict[str, Any], report: Report, day: date) -> dict[Any, Entitlement]:
    """The items of `report` paid by the month that have ended by `day` (the child turned 3),
    each as it stood the day before it ended: what the family could have had."""
    household = household_from_slots(slots, day)
    if household is None:
        return {}
    paid: dict[Any, Entitlement] = {}
    for end in {e.end for e in report.entitlements if e.end is not None and e.end <= day}:
        ended = {
            (e.id, e.child)
            for e in report.entitlements
            if e.child and e.status == "not_eligible" and e.end == end
        }
        for e in evaluate_back_then(household, end - timedelta(days=1)).entitlements:
            if (e.id, e.child) in ended and e.status == "eligible" and e.monthly_amount_cny:
                paid[(e.id, e.child)] = e
    return paid


def past_changes(
    before: dict[str, Any], after: dict[str, Any], old: Report, new: Report, lang: Lang
) -> list[str]:
    """The money by the month that a correction makes the family's in the past, or takes away
    ("the 2nd was born March 2023, not 2022": the 600 a month she had until 3, clause 12; tester
    39 c10 was told "it changes nothing"), each with its figure, dates and clause, then what the
    plan leaves unsaid on months not claimed."""
    day = clock.today()
    was, now = _paid_and_ended(before, old, day), _paid_and_ended(after, new, day)
    lines: list[str] = []
    for key, e in now.items():
        if key in was:
            continue
        said = _join(fmt.figures(e, lang) + fmt.dates(e, lang), lang)
        if _rests_on_another_births_answer(after, e):
            lines.append(
                t(
                    lang,
                    f"{label(e, lang)}：如果第{e.child}个孩子出生时家里在领低保、特困供养或失业"
                    f"保险金，还曾可以领：{said}（第{e.sources[0].clause}条）；那时在领吗？",
                    f"{label(e, lang)}: if your family was receiving dibao, special hardship "
                    f"support or unemployment benefits when child {e.child} was born, also: "
                    f"{said} (clause {e.sources[0].clause}). Were you?",
                )
            )
            continue
        lines.append(
            t(
                lang,
                f"{label(e, lang)}：按更正后的出生日期，曾经符合：{said}"
                f"（第{e.sources[0].clause}条）；现在已停发。",
                f"{label(e, lang)}: with the corrected birth date it was due: {said} (clause "
                f"{e.sources[0].clause}); it has stopped now.",
            )
        )
    for key, e in was.items():
        if key not in now:
            lines.append(
                t(
                    lang,
                    f"{label(e, lang)}：按更正后的情况，过去也不符合"
                    f"（第{e.sources[0].clause}条）。",
                    f"{label(e, lang)}: with the corrected facts it was never due (clause "
                    f"{e.sources[0].clause}).",
                )
            )
    gained = [e for key, e in now.items() if key not in was]
    if gained:
        lines.append(back_pay_unsaid(get_entry(gained[0].id), lang))
    return lines


def _rests_on_another_births_answer(slots: dict[str, Any], e: Entitlement) -> bool:
    """Whether money a correction newly makes a child's in the past rests on the benefits at
    the birth said of the family, not of that child: that answer was given while this child's
    birth did not count (tester 40 r10: "yes, we'll still be on dibao then" of the baby on the
    way became 200 a month for a 2nd child moved from 2022 to 2023), so it is said as a
    condition (Jinan clause 12 looks at the time of each birth)."""
    if e.child is None or "hardship_at_birth" not in get_entry(e.id).facts:
        return False
    children = slots.get("children") or slots.get("children_partial") or []
    own = children[e.child - 1].get("hardship_at_birth") if e.child <= len(children) else None
    return own is None


def _join(parts: list[str], lang: Lang) -> str:
    return t(lang, "，", ", ").join(parts)


def _with_past(said: str, past: list[str], lang: Lang, head: str) -> str:
    """Yes, and what it changed in the past first; what the family gets now after."""
    now = (
        t(lang, "现在能领的没有变化。", "What you get now is unchanged.")
        if said == unchanged(lang)
        else said
    )
    return head + "\n".join(past) + "\n" + now


def change_answer(tracker: Tracker, text: str, lang: Lang) -> str | None:
    """The answer to "does that change anything" after a correction; None when the message
    asks something else, or no correction came before it."""
    if len(text) > SHORT or not CHANGE_ASKED.search(text) or asks_if_hukou_matters(text):
        return None  # "户口有影响吗" asks whether the hukou matters at all: answered elsewhere
    before = slots_before_correction(tracker)
    day = clock.today()
    new = _report(dict(tracker.slots), day)
    if new is None:
        return None
    if before is None:  # the action server is sent only this turn's events (bot/patches)
        return t(lang, "按更正后的情况重新算了：\n", "Worked out again with the correction:\n") + (
            headline(new, lang, back_then=back_then(dict(tracker.slots)))
        )
    old = _report(before, day)
    if old is None:
        return None
    said = changes(old, new, lang)
    past = past_changes(before, dict(tracker.slots), old, new, lang)
    if past:  # "the 2nd was born March 2023, not 2022": the 600 she had until 3 (tester 39 c10)
        return _with_past(said, past, lang, t(lang, "有变化：\n", "Yes, it changes this:\n"))
    if said == changes(new, new, lang):  # "What your family can get is unchanged."
        return t(
            lang,
            "没有变化。" + said + "按更正后的情况重新算了一遍，每一项的结果都和更正前一样。",
            "No. " + said + " Worked out again with the corrected fact, every item comes out "
            "the same as before.",
        )
    return t(lang, "有变化：\n", "Yes, it changes this:\n") + said


def asks_what_correction_changes(text: str) -> bool:
    """A correction with "does that matter" attached ("不对 老大是6岁 不是三岁半 有影响吗",
    "no wait the eldest is 6 not 3, does that matter?"): the question is about the correction,
    never about a measure its facts happen to name ("3岁" is no question on the under-3 tax
    deduction); whether the hukou matters at all is answered elsewhere."""
    return bool(CHANGE_ASKED.search(text)) and not asks_if_hukou_matters(text)


# How a correction told with no question opens what it changed (tester 42 c01): the answer
# action then leaves the measure in focus unsaid, its answer being unchanged.
UNASKED_HEAD = {"zh": "按更正后的情况，变化如下：\n", "en": "With that correction, this changes:\n"}


def correction_effect(
    before: dict[str, Any], after: dict[str, Any], lang: Lang, asked: bool = True
) -> str | None:
    """What changing the family's facts from `before` to `after` changes in its results, item
    by item, or that nothing changes (tester 24 c09: the eldest 6, not 3½, changes nothing:
    the subsidy concerns only the 2nd child); None when either family is not yet known enough
    to work out, or, for a correction told without asking (`asked` false), when it changes
    nothing."""
    day = clock.today()
    old, new = _report(before, day), _report(after, day)
    if old is None or new is None:
        return None
    said = changes(old, new, lang)
    past = past_changes(before, after, old, new, lang)
    head = (
        t(lang, "有影响，变化如下：\n", "Yes, it changes this:\n") if asked else UNASKED_HEAD[lang]
    )
    if past:
        return _with_past(said, past, lang, head)
    if said == changes(new, new, lang):
        if not asked:
            return None
        return t(
            lang,
            "没有影响。按更正后的情况重新算了一遍，到目前说到的每一项结果都和更正前一样。",
            "No, it changes nothing: worked out again with the corrected fact, every item so far "
            "comes out the same as before.",
        )
    return head + said


def told_what_changed(said: set[str]) -> bool:
    """Whether a message of this turn said what an unasked correction changed."""
    heads = tuple(head.strip() for head in UNASKED_HEAD.values())
    return any(text.startswith(heads) for text in said)


def answered_change(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """Say what the last correction changed, when asked (see change_answer); None otherwise."""
    reply = change_answer(tracker, text, reply_language(tracker))
    if reply is None:
        return None
    dispatcher.utter_message(text=reply)
    return []
