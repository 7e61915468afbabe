"""validate_household_form: reads every fact a message states, and asks next whatever
policy_kb's ranking says decides the most; never what is known, skipped or cannot matter."""

from datetime import date
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions import clock
from actions.children import complete, merge_children
from actions.fact_phrases import read_facts
from actions.household import household_from_slots
from policy_kb import missing_facts_ranking

FACT_TO_SLOT = {"children.height_cm": "children_heights"}


def fact_updates(
    text: str, slots: dict[str, Any], day: date, correcting: bool = False
) -> dict[str, Any]:
    """Slot values stated by `text` (several facts at once; `correcting`: it corrects them)."""
    requested = slots.get("requested_slot")
    facts = read_facts(text, day, requested)
    updates: dict[str, Any] = dict(facts.household_values())
    if updates.get("city") and slots.get("city") and updates["city"] != slots["city"]:
        updates.pop("city")  # a city named in passing does not move the family
    known = slots.get("children") or slots.get("children_partial")
    merged = merge_children(known, facts, correcting)
    if merged is not known and merged is not None:
        updates["children_partial"] = merged
        updates["children"] = merged if complete(merged, day) else None
        if all(c.get("height_cm") is not None for c in merged) and merged:
            updates["children_heights"] = True
    skipped = list(slots.get("skipped_facts") or [])
    if facts.dont_know and requested and requested not in updates and requested not in skipped:
        skipped.append(requested)
        updates["skipped_facts"] = skipped
    # Only what changed: a message that states nothing new (a side question) must leave the form
    # untouched, so Rasa hands the turn to the rule that answers it.
    return {k: v for k, v in updates.items() if slots.get(k) != v}


def ordered_missing(slots: dict[str, Any], day: date) -> list[str]:
    """Slots still to ask, most decisive first (city first of all)."""
    household = household_from_slots(slots, day)
    if household is None:
        return ["city"]
    skipped = set(slots.get("skipped_facts") or [])
    ranking = [FACT_TO_SLOT.get(f, f) for f in missing_facts_ranking(household, as_of=day)]
    return [s for s in dict.fromkeys(ranking) if s not in skipped and slots.get(s) is None]


class ValidateHouseholdForm(FormValidationAction):
    """Extraction and ordering for `household_form`."""

    def name(self) -> str:
        return "validate_household_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        return ordered_missing(tracker.slots, clock.today())

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        updates = fact_updates(text, tracker.slots, clock.today())
        return [SlotSet(name, value) for name, value in updates.items()]

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Values were checked while they were read; pass on what this turn set."""
        return [SlotSet(name, value) for name, value in tracker.slots_to_validate().items()]
