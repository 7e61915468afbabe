"""Every part of a message asking several things is answered ("生完孩子出生登记在哪办 能网上办吗
孩子医保呢", "where do we register the birth and what about the baby's medical insurance"):
after the answer, each asking part that names a measure the answer left out is answered on its
own, in the order asked. Tester 45 c05 got the birth registration (Jinan clause 2) and had to ask
again for the newborn's insurance (clause 15)."""

import functools
import re
from typing import Any, cast

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.focus import QUESTION, corrected_topic, monthly_subsidy
from actions.language import reply_language
from actions.side_questions import TOPIC_SLOT, context_city, named_measure
from actions.turn import Run
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import clauses, normalise

# A part asking something of its own: a question word, or where / how a thing is done
# ("生完要去哪登记", "where do we register").
ASKS = re.compile(r"去哪|在哪|哪里|哪儿|\bwhere\b|\bhow\b|\bwhat about\b|\bwhich\b", re.I)
# The monthly money asked without its name, by when it starts ("补贴从几月开始发", "from which
# month is the subsidy paid"): the city's money paid by the month (Jinan clause 12).
MONEY_START = re.compile(
    r"(?:补贴|补助|钱|600|800)\S{0,6}(?:从几月|从哪个?月|哪个月开始|从什么时候|从啥时候|什么时候开始|啥时候开始)"
    r"|(?:从几月|从哪个?月|哪个月|什么时候|啥时候)开始(?:发|给|领)"
    r"|\b(?:which|what) month\b[^.?!]{0,30}\b(?:subsidy|allowance|money|600|800)\b"
    r"|\b(?:subsidy|allowance|money|600|800)\b[^.?!]{0,30}\b(?:start|begin)",
    re.I,
)
MAX_PARTS = 3  # parts answered besides the first answer: a phone screen, not a brochure


def asked_parts(text: str, city: str | None, lang: Lang) -> list[tuple[str, Entry]]:
    """The asking parts of `text` that name a measure, each with it (the first part naming it),
    in order; empty unless the message has two asking parts or more."""
    said = corrected_topic(normalise(text))  # "我问的是老三的600 不是托育机构的": that alone
    parts = [c.strip() for _, c in clauses(said) if c.strip()]
    pieces = [
        p.strip()
        for part in parts
        for p in re.split(r"\band\b|还有|另外|以及", part, flags=re.I)
        if p.strip()
    ]
    asking = [p for p in pieces if QUESTION.search(p) or ASKS.search(p)]
    if len(asking) < 2:
        return []
    found: list[tuple[str, Entry]] = []
    for part in asking:
        entry = named_measure(part, city, lang)
        if entry is None and MONEY_START.search(part):
            entry = monthly_subsidy(city)
            if entry is not None:  # its name said with it, for the part to be answered alone
                part = f"{entry.title.get(lang)}{'' if lang == 'zh' else ': '}{part}"
        if entry is not None and all(entry.id != e.id for _, e in found):
            found.append((part, entry))
    return found


def _answered(entry: Entry, events: list[EventType], said: str) -> bool:
    """Whether the answer given is about `entry`: it made `entry` or a measure of the same
    clause the topic (the 600 and its 200 more, clause 12, are answered together), or names its
    title."""
    entries = catalogue().entries
    topics = [
        entries[str(e.get("value"))]
        for e in events
        if e.get("name") == TOPIC_SLOT and str(e.get("value")) in entries
    ]
    return (
        any(t.id == entry.id or (t.city, t.clause) == (entry.city, entry.clause) for t in topics)
        or entry.title.zh in said
        or entry.title.en.lower() in said.lower()
    )


def left_out(
    text: str, city: str | None, lang: Lang, events: list[EventType], said: str
) -> list[str]:
    """The parts of `text` naming a measure the answer (`events`, the replies `said`) left out."""
    parts = asked_parts(text, city, lang)
    return [p for p, e in parts if not _answered(e, events, said)][:MAX_PARTS]


def each_part_answered(run: Run) -> Run:
    """An answer's run that goes on to answer each part of the message it left out."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, *rest: Any
    ) -> list[EventType]:
        from actions.answers import with_text  # answers imports this module

        start = len(dispatcher.messages)
        events = await run(self, dispatcher, tracker, *rest)
        if any(e.get("event") == "followup" for e in events):
            return events  # the form goes on and answers the question for the family
        text = str(tracker.latest_message.get("text") or "")
        said = "\n".join(str(m.get("text") or "") for m in dispatcher.messages[start:])
        if not said:
            return events
        lang = reply_language(tracker)
        for part in left_out(text, context_city(tracker), lang, events, said):
            more = await run(self, dispatcher, with_text(tracker, part), *rest)
            if any(e.get("event") == "followup" for e in more):
                break
            events = [*events, *more]
        return events

    return cast(Run, wrapped)
