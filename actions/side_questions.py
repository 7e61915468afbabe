"""Side questions at any point ("how long is paternity leave in Jinan?", "什么是出生一件事?"),
answered from policy_kb search with the clause quoted; the form then resumes where it was."""

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import clock, render
from actions.household import household_from_slots
from actions.language import reply_language
from policy_kb import evaluate
from policy_kb.errors import InputError
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.search import Hit, index, search
from wording.cities import mentioned_city

MIN_WORD_SCORE = 1.0  # matching letters alone ("weather" ~ "mother") is no answer
TOPIC_SLOT = "topic_entry"  # the measure under discussion: the last one answered or asked about


def best_answer(text: str, city: str | None, lang: str) -> Hit | None:
    """The measure that answers `text`: the city named in it wins over the family's city."""
    try:
        hits = search(
            text, lang="zh" if lang == "zh" else "en", city=mentioned_city(text) or city, limit=3
        )
    except InputError:
        return None
    return hits[0] if hits and hits[0].word_score >= MIN_WORD_SCORE else None


def named_measure(text: str, city: str | None, lang: str) -> Entry | None:
    """The measure of `city` (or of either city) that `text` names by its title or one of its
    synonyms ("陪产假转人工"), or None: a request for a person without a measure ("转人工") must
    not find one by its letters."""
    hit = best_answer(text, city, lang)
    if hit is None:
        return None
    said = text.casefold()
    entry = hit.entry
    terms = [entry.title.zh, entry.title.en, *entry.synonyms.zh, *entry.synonyms.en]
    return entry if any(term.casefold() in said for term in terms) else None


def topic(tracker: Tracker) -> Entry | None:
    """The measure under discussion (the slot `topic_entry`), or None."""
    entry_id = tracker.get_slot(TOPIC_SLOT)
    return catalogue().entries.get(str(entry_id)) if entry_id else None


def about(entry: Entry) -> list[EventType]:
    """The event that makes `entry` the measure under discussion."""
    return [SlotSet(TOPIC_SLOT, entry.id)]


class ActionAnswerPolicyQuestion(Action):
    def name(self) -> str:
        return "action_answer_policy_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        lang = reply_language(tracker)
        hit = best_answer(text, tracker.get_slot("city"), lang)
        if hit is None:
            dispatcher.utter_message(text=render.not_found(lang))
            return []
        answer = render.entry_answer(hit.entry, lang)
        household = household_from_slots(tracker.slots, clock.today())
        if household is not None and household.city == hit.entry.city:
            report = evaluate(household, as_of=clock.today())
            mine = [e for e in report.entitlements if e.id == hit.entry.id]
            if mine:
                answer += "\n" + render.for_your_family(mine, lang)
        dispatcher.utter_message(text=answer)
        return about(hit.entry)


index()  # build the search index when the action server starts, not on the first question
