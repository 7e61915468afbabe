"""The answer to "how much" about a measure whose only open fact is one its question takes as
given ("公积金贷款能贷多少 我俩都交": buying the first home the loan is for, Jinan clause 14),
worked out as if it were yes and said as the condition it rests on, instead of the measure's
whole table and a question (tester 50 c04). The fact is not recorded: the family did not give
it."""

import re
from typing import Any

from rasa_sdk import Tracker

from actions import clock
from actions.focus import FOCUS_SLOT, focus
from actions.render import PRESUMED_SAID, presumed_condition
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import normalise
from wording.language import t

# An amount or ceiling asked ("能贷多少", "最多贷几十万", "额度是多少", "how much can we borrow",
# "what's the max").
AMOUNT_ASKED = re.compile(
    r"多少|几十万|几万|最多|最高|额度|上限"
    r"|\bhow (?:much|many)\b|\bmax(?:imum)?\b|\bceiling\b|\blimit\b|\bup to\b|\bat most\b",
    re.I,
)


def presumed_facts(slots: dict[str, Any], entry: Entry) -> tuple[str, ...]:
    """The facts `entry` still needs for this family, when all of them are facts its question
    takes as given (render.PRESUMED_SAID); empty otherwise."""
    day = clock.today()
    missing = focus({**slots, FOCUS_SLOT: entry.id}, entry.id, day).missing
    if not missing or not set(missing) <= set(PRESUMED_SAID):
        return ()
    return tuple(sorted(missing))


def answered_as_presumed(slots: dict[str, Any], entry: Entry, text: object) -> bool:
    """Whether `text` asks an amount of `entry` ("能贷多少") and all `entry` still needs for this
    family are facts its question takes as given: the answer is worked out with them, and the
    form asks none of them."""
    if not isinstance(text, str) or not AMOUNT_ASKED.search(normalise(text)):
        return False
    presumed = presumed_facts(slots, entry)
    if not presumed:
        return False
    trial = {**slots, **dict.fromkeys(presumed, True), FOCUS_SLOT: entry.id}
    return not focus(trial, entry.id, clock.today()).missing


def presumed_reply(
    tracker: Tracker, slots: dict[str, Any], entry: Entry, text: str, lang: Lang
) -> str | None:
    """'按您家的情况（用公积金贷款买首套自住住房的话）：' and the family's figure with its clause,
    when answered_as_presumed; None otherwise."""
    from actions.results import focused_reply  # results imports us

    if not answered_as_presumed(slots, entry, text):
        return None
    presumed = presumed_facts(slots, entry)
    trial = {**slots, **dict.fromkeys(presumed, True)}
    given = presumed_condition(presumed, lang)
    lead = t(lang, f"按您家的情况{given}：", f"For your family{given}:")
    return lead + "\n" + focused_reply(tracker, trial, entry, lang, question=text)
