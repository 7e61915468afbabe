"""Money asked for a child with no measure named ("what money do we get for the baby", Beijing,
tester 24 c02 got "How tall is child 1 now?" or the birth registration): the city's cash measure
for families, answered for the family (Beijing clause (12): a subsidy system 'gradually
established', no amount)."""

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.focus import QUESTION
from actions.language import reply_language
from actions.side_questions import about
from actions.sums_asked import BOTH_SUMS
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from understanding.text import CLAUSE_BREAK, normalise

MONEY_ASKED = re.compile(
    r"\bwhat money\b|\bhow much money\b|\bany (?:cash|money)\b|\bmoney (?:do|will|can) we\b"
    r"|能(?:领|拿|给)(?:多少|啥|什么)?钱|给(?:多少|啥|什么)?钱|有(?:啥|什么)?钱(?:拿|领)?吗"
)


def family_cash(city: str | None) -> Entry | None:
    """The city's cash measure for families (Jinan clause 12's subsidy, Beijing clause (12)'s
    subsidy system), the one that needs the fewest facts."""
    found = [
        e
        for e in catalogue().entries.values()
        if e.city == city and e.kind == "cash" and "household" in e.audience
    ]
    return min(found, key=lambda e: len(e.facts), default=None)


def answered_money(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """The city's family cash measure, answered for the family, to money asked with no measure
    named; None for any other message."""
    city = tracker.get_slot("city")
    said = normalise(text)
    others = [p for p in CLAUSE_BREAK.split(said) if p.strip() and not MONEY_ASKED.search(p)]
    if not MONEY_ASKED.search(said) or any(QUESTION.search(p) for p in others):
        return None  # "any money each month? also what does insurance pay": both answered
    if BOTH_SUMS.search(said):  # "我问的是总共能拿多少钱 两个加起来": the sums (sums_asked)
        return None
    from actions.results import answer_for_family  # results imports answers, which imports us

    entry = family_cash(city)
    if entry is None:
        return None
    answer = answer_for_family(tracker, text, entry, reply_language(tracker))
    if answer is None:
        return None
    dispatcher.utter_message(text=answer)
    return about(entry)
