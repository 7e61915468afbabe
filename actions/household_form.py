"""validate_household_form: reads every fact a message states, and asks next whatever
policy_kb's ranking says decides the most; never what is known, skipped or cannot matter."""

from datetime import date
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions import clock, render
from actions.children import complete, for_household, merge_children
from actions.fact_phrases import impossible_year, read_facts
from actions.household import household_from_slots
from actions.language import reply_language
from policy_kb import InputError, missing_facts_ranking, parse_household
from policy_kb.household import check_dates

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


CHILD_SLOTS = ("children", "children_partial", "children_heights")


def refused(slots: dict[str, Any], updates: dict[str, Any], day: date) -> str | None:
    """Why the household after `updates` is one the engine refuses (a due date over ten months
    ahead, a height that cannot be a child's), or None. The slots never hold such a household."""
    after = {**slots, **updates}
    try:
        household = household_from_slots(after, day)
        if household is not None:
            check_dates(household, day)
        # Children still being told (some dates missing) are checked one by one.
        known = [c for c in after.get("children_partial") or [] if c.get("birth_date")]
        partial = parse_household({"city": "jinan", "children": for_household(known)})
        check_dates(partial, day)
    except InputError as err:
        return str(err)
    return None


def _without_refused(child: dict[str, Any], day: date) -> dict[str, Any]:
    """The child with a date or height the engine refuses taken out (to be asked again)."""
    kept = dict(child)
    if kept.get("birth_date"):
        trial = {"city": "jinan", "children": for_household([{**kept, "height_cm": None}])}
        try:
            check_dates(parse_household(trial), day)
        except InputError:
            kept["birth_date"], kept["precision"] = None, None
    if kept.get("height_cm") is not None:
        try:
            parse_household(
                {
                    "city": "jinan",
                    "children": [{"birth_date": "2020-01-01", "height_cm": kept["height_cm"]}],
                }
            )
        except InputError:
            kept["height_cm"] = None
    return kept


def accepted_updates(
    text: str, slots: dict[str, Any], day: date, correcting: bool = False
) -> tuple[dict[str, Any], str | None]:
    """`fact_updates` without what the engine would refuse: (updates, the problem or None).
    A refused date or height is left out, its child kept (so the date is asked again); the other
    children and facts of the message still count."""
    read = fact_updates(text, slots, day, correcting)
    updates = read
    problem = refused(slots, updates, day)
    year = impossible_year(text)
    if problem is None and year is not None:
        problem = f"the year {year} is not a date a child can be born or due on"
    if problem is not None:
        updates = {k: v for k, v in updates.items() if k not in CHILD_SLOTS}
        partial = read.get("children_partial")
        if partial:
            cleaned = [_without_refused(c, day) for c in partial]
            trial = {
                "children_partial": cleaned,
                "children": cleaned if complete(cleaned, day) else None,
            }
            if refused(slots, trial, day) is None:
                updates.update({k: v for k, v in trial.items() if slots.get(k) != v})
    return updates, problem


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
        updates, problem = accepted_updates(text, tracker.slots, clock.today())
        if problem is not None:
            dispatcher.utter_message(text=render.input_refused(problem, reply_language(tracker)))
        return [SlotSet(name, value) for name, value in updates.items()]

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Values were checked while they were read; pass on what this turn set."""
        return [SlotSet(name, value) for name, value in tracker.slots_to_validate().items()]
