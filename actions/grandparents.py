"""Grandparents asking what they themselves get ("我们老两口能有啥", "what do we grandparents
get?") in a city whose plan has no measure for them (Beijing): that the plan gives grandparents
nothing directly, what it gives the family, and the other plan's measure for grandparents with
its clause (Jinan clause 15's long-term care insurance), never the generic "not found" nor the
family's summary as if it answered them."""

from datetime import date
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.focus import GRANDPARENTS_MEASURE, asks_for_grandparents, named_entry
from actions.household import household_from_slots
from actions.language import reply_language
from policy_kb import InputError, evaluate
from policy_kb.kb import catalogue
from policy_kb.text import Lang
from understanding.text import normalise
from wording.cities import CITIES, city_name
from wording.language import t

MOST_NAMED = 5  # the family's measures named in the reply


def family_measures(slots: dict[str, Any], day: date, lang: Lang) -> list[str]:
    """The titles of the measures the family can surely get now (eligible, resting on no
    office's decision such as Beijing (12)'s "未成年子女较多"), in the plan's order."""
    try:
        household = household_from_slots(slots, day)
    except InputError:
        return []
    if household is None:
        return []
    titles: list[str] = []
    for e in evaluate(household, as_of=day).entitlements:
        title = catalogue().entries[e.id].title.get(lang)
        if e.status == "eligible" and e.certain and title not in titles:
            titles.append(title)
    return titles[:MOST_NAMED]


def grandparents_unserved(text: str, slots: dict[str, Any], lang: Lang) -> str | None:
    """The reply to grandparents asking what they get, when the family's city's plan has no
    measure for them; None for any other message, or a city whose plan has one."""
    city = slots.get("city")
    if city is None or not asks_for_grandparents(normalise(text)):
        return None
    if named_entry(GRANDPARENTS_MEASURE, str(city)) is not None:
        return None
    name = city_name(str(city), lang)
    lines = [
        t(
            lang,
            f"{name}的方案里没有直接给祖父母（老人）的政策，支持都是给孩子和父母的。",
            f"The {name} plan has nothing for grandparents themselves; its support is for the "
            "children and their parents.",
        )
    ]
    titles = family_measures(slots, clock.today(), lang)
    if titles:
        lines.append(
            t(
                lang,
                "按您家的情况，孩子和父母可以享受：" + "、".join(titles) + "。",
                "For your family, the children and parents can get: " + "; ".join(titles) + ".",
            )
        )
    for other in CITIES:
        entry = named_entry(GRANDPARENTS_MEASURE, other) if other != city else None
        if entry is not None:
            there = city_name(other, lang)
            lines.append(
                t(
                    lang,
                    f"给祖父母的“{entry.title.zh}”是{there}方案的（第{entry.clause}条），"
                    f"{name}方案没有。",
                    f'"{entry.title.en}" for grandparents is in the {there} plan (clause '
                    f"{entry.clause}), not in the {name} plan.",
                )
            )
    return "\n".join(lines)


def answered_grandparents(
    dispatcher: CollectingDispatcher, tracker: Tracker
) -> list[EventType] | None:
    """Utter `grandparents_unserved`'s reply when it applies; None otherwise."""
    text = tracker.latest_message.get("text") or ""
    reply = grandparents_unserved(text, dict(tracker.slots), reply_language(tracker))
    if reply is None:
        return None
    dispatcher.utter_message(text=reply)
    return []
