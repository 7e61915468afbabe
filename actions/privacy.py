""" "Delete my data": say what is deleted, in the user's language.

The deletion itself is the tracker store's: at the end of the turn in which this action ran,
the store deletes every stored event of the sender instead of saving (bot/stores/forget.py),
whatever the channel. This action only speaks; it returns no events, since nothing of the
conversation is kept to apply them to."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import render
from actions.household import FACT_SLOTS
from actions.language import reply_language


def facts_given(slots: dict[str, Any]) -> list[str]:
    """The household facts the user gave, in the facts' order (children as soon as one is
    heard, even before every date is known)."""
    given = []
    for name in FACT_SLOTS:
        value = slots.get(name)
        if name == "children" and not value:
            value = slots.get("children_partial")
        if value is not None and value != []:
            given.append(name)
    return given


class ActionForgetMe(Action):
    def name(self) -> str:
        return "action_forget_me"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        lang = reply_language(tracker)
        dispatcher.utter_message(text=render.forgotten(facts_given(tracker.slots), lang))
        return []
