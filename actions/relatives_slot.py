"""The slot that remembers a relative's household across turns (the action server sees the
current turn's events only): the words of the last message asked for a relative, answered apart
from the family, or the relative's household marked as the one noted ("on_file:")."""

import functools
from typing import Any, cast

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.turn import Run
from understanding.other_household import ASKED_FOR_A_RELATIVE, OWN_APART
from understanding.text import normalise


def asked_for_a_relative(text: str) -> bool:
    return bool(ASKED_FOR_A_RELATIVE.search(normalise(text)))


def family_known(tracker: Tracker) -> bool:
    return any(
        tracker.get_slot(name) not in (None, [], "")
        for name in ("city", "hukou_in_city", "children", "children_partial")
    )


FAMILY_SLOTS = ("city", "hukou_in_city", "children", "children_partial")
RELATIVES_SLOT = "relatives_words"
ON_FILE = "on_file:"  # the household noted is the relative's


def relatives_marked(tracker: Tracker, events: list[EventType]) -> list[EventType]:
    """The slot remembering a relative's household after an action noted facts from the latest
    message: marked "on file" when it was written for a relative and nothing of the family was
    known; cleared when the relative asked about apart is left (any other message)."""
    from actions.hotline import in_hotline  # the hotline imports the answers

    text = str(tracker.latest_message.get("text") or "")
    noted = any(
        e.get("event") == "slot"
        and e.get("name") in FAMILY_SLOTS
        and e.get("value") not in (None, [])
        for e in events
    )
    if (
        noted
        and not in_hotline(tracker)
        and not family_known(tracker)
        and asked_for_a_relative(text)
        # "帮我婆婆问的 我是她儿媳妇 我自己家在济南 …": the writer's own family told (tester
        # 111 c6's was cleared when she went back to it)
        and not OWN_APART.search(normalise(text))
    ):
        return [SlotSet(RELATIVES_SLOT, ON_FILE + text)]
    kept = str(tracker.get_slot(RELATIVES_SLOT) or "")
    if kept and not kept.startswith(ON_FILE):
        return [SlotSet(RELATIVES_SLOT, None)]
    return []


def marks_relatives_household(run: Run) -> Run:
    """Decorates the household form's extraction: the relative's household noted on file when
    the first facts came from a message written for a relative (see `relatives_marked`)."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Any, *rest: Any
    ) -> list[EventType]:
        events = await run(self, dispatcher, tracker, domain, *rest)
        return [*events, *relatives_marked(tracker, events)]

    return cast(Run, wrapped)


def relatives_apart_in_form(run: Run) -> Run:
    """Decorates the household form's extraction with relative_case.keeps_relatives_apart_in_form,
    imported when called (relative_case reads the form's facts, so it imports the form)."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Any, *rest: Any
    ) -> list[EventType]:
        from actions.relative_case import keeps_relatives_apart_in_form

        apart = keeps_relatives_apart_in_form(run)
        events: list[EventType] = await apart(self, dispatcher, tracker, domain, *rest)
        return events

    return cast(Run, wrapped)
