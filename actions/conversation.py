"""Turns around the answer: language, corrections, the children question, hand-off, privacy,
restart."""

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import clock, render
from actions.household_form import accepted_updates
from actions.language import detect, reply_language, requested_language
from actions.results import ActionShowEntitlements
from actions.side_questions import about, named_measure, topic
from wording.cities import cities_meant
from wording.understood import readback


class ActionDetectLanguage(Action):
    """Custom slot mapping for `language`: runs after every user message."""

    def name(self) -> str:
        return "action_detect_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        current = tracker.get_slot("language")
        found = detect(text, current)
        return [] if found == current else [SlotSet("language", found)]


class ActionSetLanguage(Action):
    """'Please answer in English' / '说中文'."""

    def name(self) -> str:
        return "action_set_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        lang = requested_language(text) or reply_language(tracker)
        dispatcher.utter_message(text=render.language_switched(lang))
        return [SlotSet("language", lang)]


class ActionHandleCorrection(Action):
    """'Actually the second one was born in 2022': update the facts, and the answer if shown."""

    def name(self) -> str:
        return "action_handle_correction"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        slots = dict(tracker.slots)
        slots["requested_slot"] = None
        updates, problem, understood = accepted_updates(text, slots, clock.today(), correcting=True)
        lang = reply_language(tracker)
        if problem is not None:
            dispatcher.utter_message(text=render.input_refused(problem, lang))
        if not updates:
            if problem is None:
                dispatcher.utter_message(text=render.correction_unclear(lang))
            return []
        events: list[EventType] = [SlotSet(k, v) for k, v in updates.items()]
        dispatcher.utter_message(
            text=readback(
                understood,
                updates.get("city") or tracker.get_slot("city"),
                lang,
                len(updates.get("children_partial", tracker.get_slot("children_partial")) or []),
            )
            if understood
            else render.correction_noted(updates, lang)
        )
        if tracker.get_slot("result_shown"):
            tracker.slots.update(updates)
            events += await ActionShowEntitlements().run(dispatcher, tracker, domain)
        return events


class ActionAskChildren(Action):
    """The children question: how many and when born, or the one date still missing."""

    def name(self) -> str:
        return "action_ask_children"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        lang = reply_language(tracker)
        partial = tracker.get_slot("children_partial")
        dispatcher.utter_message(text=render.ask_children(partial, clock.today(), lang))
        return []


class ActionHandoff(Action):
    """A request for a person: the lead department of the measure named in the message, else of
    the measure under discussion, else of the family benefits of the city (or both cities)."""

    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        lang = reply_language(tracker)
        cities = cities_meant(text, tracker.get_slot("city"))
        named = [e for e in (named_measure(text, c, lang) for c in cities) if e is not None]
        current = topic(tracker)
        entries = named or ([current] if current else [])
        dispatcher.utter_message(text=render.handoff(entries, cities, lang))
        return about(entries[0]) if entries else []


class ActionOnBehalf(Action):
    """'I'm asking for my son': an invitation to tell the family's situation; told together with
    facts ("帮闺女问的，她们在济南…"), the household check starts and reads them (after the
    answer, they update it)."""

    def name(self) -> str:
        return "action_on_behalf"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        slots = {**tracker.slots, "requested_slot": None}
        if not accepted_updates(text, slots, clock.today()).updates:
            dispatcher.utter_message(response="utter_on_behalf")
            return []
        if tracker.get_slot("result_shown"):
            return await ActionHandleCorrection().run(dispatcher, tracker, domain)
        return [FollowupAction("household_form")]


class ActionNoAfterResult(Action):
    """'No' after the answer: a new fact in it ("没有房") updates the answer; a plain no to the
    offer of more ends the conversation politely."""

    def name(self) -> str:
        return "action_no_after_result"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        slots = {**tracker.slots, "requested_slot": None}
        if accepted_updates(text, slots, clock.today(), correcting=True).updates:
            return await ActionHandleCorrection().run(dispatcher, tracker, domain)
        dispatcher.utter_message(response="utter_goodbye")
        return []


class ActionPrivacy(Action):
    def name(self) -> str:
        return "action_privacy"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        lang = reply_language(tracker)
        dispatcher.utter_message(text=render.privacy(lang))
        return []


class ActionRestartConversation(Action):
    """Start over, keeping only the language."""

    def name(self) -> str:
        return "action_restart_conversation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        lang = reply_language(tracker)
        dispatcher.utter_message(text=render.restarted(lang))
        return [Restarted(), SlotSet("language", lang)]
