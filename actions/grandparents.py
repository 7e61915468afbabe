"""Grandparents asking what they themselves get ("我们老两口能有啥", "what do we grandparents
get?") in a city whose plan has no measure for them (Beijing): that the plan gives grandparents
nothing directly, what it gives the family, and the other plan's measure for grandparents with
its clause (Jinan clause 15's long-term care insurance), never the generic "not found" nor the
family's summary as if it answered them."""

import re
from datetime import date
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.focus import (
    FOR_GRANDPARENTS,
    GRANDPARENTS_MEASURE,
    QUESTION,
    asks_for_grandparents,
    named_entry,
)
from actions.hotline import hotline_city, hotline_kept, in_hotline
from actions.household import household_from_slots
from actions.language import reply_language
from actions.side_questions import BRIEF_SLOT, about, topic
from policy_kb import InputError, evaluate
from policy_kb.kb import catalogue, department_names
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import clauses, normalise
from wording.cities import CITIES, city_asked, city_name, mentioned_city
from wording.entitlements import clause_name
from wording.language import t

MOST_NAMED = 5  # the family's measures named in the reply

# (normalise() writes 俩 as 2: "俺俩" is read as "俺2".)
# Grandparents named, paternal or maternal: 爷爷奶奶 and 姥姥姥爷 / 外公外婆 alike.
GRANDPARENTS = re.compile(
    r"爷爷|奶奶|姥姥|姥爷|外公|外婆|祖父母|外祖父母|老两口|老人|二老|\bgrand(?:parents?|ma|pa|mothers?|fathers?)\b"
    r"|\bgranny\b|\bnana\b",
    re.I,
)
# More than one of them asked about at once: "俺俩都能免吗", "姥姥姥爷都能吗", "两个老人都给交吗",
# "can both of us grandparents get it", "all four grandparents?".
SEVERAL = re.compile(
    r"[俩两二四24]个?(?:人|位|老|都)|(?:俺|我|咱|我们|俺们)[俩2]|二老|老两口"
    r"|(?<!年)(?<!月)都(?:能|可以|有|免|给|补|算|行|包括)|[四两二24]位"  # not 每年都补: when
    r"|\bboth\b|\ball (?:four|two|of (?:us|them))\b|\beach of\b|\btwo of us\b"
    r"|\b(?:four|two) grand",
    re.I,
)
# The one asking is a grandparent speaking of themselves ("俺俩", "both of us", "we").
OURSELVES = re.compile(
    r"(?:俺|我|咱|我们|俺们)[俩2]|我们老两口|俺们|\bboth of us\b|\bus\b|\bwe\b", re.I
)


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


def _grandparents_piece(text: str) -> str:
    """The part of `text` that asks what grandparents get, when another part only tells of the
    other city ("北京对爷爷奶奶有啥补贴没 听说济南给爷爷奶奶交保险": Beijing is asked, Jinan the
    hearsay; tester 57 c07 got Jinan's clause 15 alone); the whole text otherwise."""
    from actions.each_part import asking_pieces  # each_part imports answers' neighbours

    for piece in asking_pieces(text):
        said = normalise(piece)
        if asks_for_grandparents(said) and mentioned_city(piece) is not None:
            return piece
    return text


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
    city = city_asked(
        _grandparents_piece(text), home or (str(family_city) if family_city else None)
    )
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
            # whose grandparents it is for, in that plan's words: its own city's children and
            # that city's insurance, so a grandparent elsewhere does not take it as theirs
            lines.append(
                t(lang, f"{there}的规定：", f"The {there} rule: ") + entry.summary.get(lang)
            )
    return "\n".join(lines)


def several_grandparents(text: str, current: Entry | None, city: str | None) -> Entry | None:
    """The grandparents' measure (Jinan clause 15's care insurance) when `text` asks whether more
    than one grandparent gets it ("俺俩都能免吗" after it, "姥姥姥爷都能吗", "can both of us
    grandparents get it"), else None. The grandparents are named, or the measure is the one
    discussed and the askers speak of themselves."""
    said = normalise(text)
    if not any(
        SEVERAL.search(part) and (QUESTION.search(part) or "都" in part or "both" in part)
        for _, part in clauses(said)
    ):  # "我俩户口还在老家德州" tells where the two are, asks nothing of both (tester 127 p4)
        return None
    city = current.city if current is not None else city
    entry = named_entry(GRANDPARENTS_MEASURE, city) if city else None
    if entry is None:
        return None
    other = named_entry(said, city)
    if other is not None and other != entry:
        return None  # "公积金贷款能贷多少 我俩都交": the loan, the parents paying in
    named = GRANDPARENTS.search(said) is not None or other == entry
    discussed = current == entry and OURSELVES.search(said) is not None
    return entry if named or discussed else None


def several_grandparents_reply(entry: Entry, lang: Lang) -> str:
    """Whether two (or four) grandparents each get `entry`: the clause's words quoted, which
    speak of "grandparents" with no number and no side of the family, and that the plan says
    nothing of how many; whom to ask."""
    clause = clause_name(entry.clause, lang)
    quote = entry.sources[0].quote if entry.sources else ""
    names = ("、" if lang == "zh" else ", ").join(
        d.get(lang) for d in department_names(entry.departments.lead)
    )
    lines = [
        t(
            lang,
            f"方案（{clause}）写的是：{entry.summary.zh}",
            f'The plan ({clause}) says: "{quote}", that is: {entry.summary.en}',
        ),
        t(
            lang,
            "原文说的是孩子的“祖父母”（grandparents，复数），没有限定只补一位，也没有分爷爷奶奶还是"
            "姥姥姥爷（外公外婆）；但两位（或四位）老人是不是每人都补，方案没有单独写。",
            'It speaks of the child\'s "grandparents" in the plural, limits them to no one '
            "grandparent and does not tell paternal from maternal grandparents; whether each of "
            "two (or four) grandparents is covered, the plan does not say in so many words.",
        ),
        t(
            lang,
            f"请向牵头部门{names}确认每位老人怎么办理。",
            f"Ask the lead department, the {names}, how each grandparent applies.",
        )
        if names
        else t(lang, "方案未指明负责部门。", "The plan names no responsible department."),
    ]
    return "\n".join(lines)


def answered_grandparents(
    dispatcher: CollectingDispatcher, tracker: Tracker
) -> list[EventType] | None:
    """Utter `grandparents_unserved`'s reply when it applies; None otherwise."""
    text = tracker.latest_message.get("text") or ""
    hotline = in_hotline(tracker)
    city = hotline_city(tracker) if hotline else tracker.get_slot("city")
    several = several_grandparents(text, topic(tracker), city)
    if several is not None:  # "俺俩都能免吗", "姥姥姥爷都能吗": both, as the clause says
        dispatcher.utter_message(text=several_grandparents_reply(several, reply_language(tracker)))
        kept = [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)] if hotline else []
        return [*about(several), *kept]
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
