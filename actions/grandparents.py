"""Grandparents asking what they themselves get ("我们老两口能有啥", "what do we grandparents
get?") in a city whose plan has no measure for them (Beijing): that the plan gives grandparents
nothing directly, what it gives the family, and the other plan's measure for grandparents with
its clause (Jinan clause 15's long-term care insurance), never the generic "not found" nor the
family's summary as if it answered them."""

from datetime import date
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.focus import (
    FOR_GRANDPARENTS,
    GRANDPARENTS_MEASURE,
    asks_for_grandparents,
    named_entry,
)
from actions.hotline import hotline_city, hotline_kept, in_hotline
from actions.household import household_from_slots
from actions.language import reply_language
from actions.side_questions import BRIEF_SLOT
from policy_kb import InputError, evaluate
from policy_kb.kb import catalogue
from policy_kb.text import Lang
from understanding.text import normalise
from wording.cities import CITIES, city_asked, city_name
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


def grandparents_unserved(
    text: str, slots: dict[str, Any], lang: Lang, home: str | None = None
) -> str | None:
    """The reply to grandparents asking what they get, when the plan of the city asked has no
    measure for them: the city the question names (Beijing in "北京有没有像济南那种长护险",
    the city held up as the example left aside), else `home` (a hotline's caller's city), else
    the family's. It opens with the plain no (tester 51 x1 heard Beijing's subsidy system (12)
    instead, c02 clause (16)'s families who lost their only child). None for any other message,
    or a city whose plan has one."""
    family_city = slots.get("city")
    city = city_asked(text, home or (str(family_city) if family_city else None))
    said = normalise(text)
    if city is None or not asks_for_grandparents(said):
        return None
    if not FOR_GRANDPARENTS.search(said) and named_entry(said, city) is not None:
        return (
            None  # "北京的奶奶 … 问孩子医保有没有补贴": a grandmother asks of the child's measure
        )
    if named_entry(GRANDPARENTS_MEASURE, city) is not None:
        return None
    name = city_name(city, lang)
    lines = [
        t(
            lang,
            f"没有。{name}的方案里没有直接给祖父母（老人）的政策，支持都是给孩子和父母的。",
            f"No. The {name} plan has nothing for grandparents themselves; its support is for "
            "the children and their parents.",
        )
    ]
    titles = family_measures(slots, clock.today(), lang) if city == family_city else []
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
    hotline = in_hotline(tracker)
    reply = grandparents_unserved(
        text,
        {} if hotline else dict(tracker.slots),  # a caller's case is not the worker's family
        reply_language(tracker),
        hotline_city(tracker) if hotline else None,
    )
    if reply is None:
        return None
    dispatcher.utter_message(text=reply)
    return [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)] if hotline else []
