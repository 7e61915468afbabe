"""Starting over against checking everything: "重新开始", "从头来", "清空重来", "let's start over"
drop the family told; "全部都查一遍吧", "都帮我看看", "check everything" keep it and run the full
check of it (tester 42 c10 lost a family of three children to "全部都查一遍吧", and c09's
"let's start over. beijing, one daughter…" kept the old children)."""

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import clock, render
from actions.focus import FOCUS_SLOT
from actions.household_form import accepted_updates
from actions.language import reply_language
from policy_kb.text import Lang
from understanding.text import normalise
from wording.understood import readback

# Words that ask to drop what was told and begin again, in either language.
START_OVER = re.compile(
    r"重新(?:开始|来|填|查|算|问|评估)|重来|重头|从头|从零|从第一步|清空|重置|推倒|清除记录"
    r"|再来一遍|(?:之前|刚才)的?都(?:不算|不要|删)"
    r"|\b(?:start(?:ing)?|begin(?:ning)?)\s+(?:it\s+)?(?:all\s+)?(?:over|again|afresh|anew|fresh"
    r"|from\s+(?:scratch|the\s+(?:beginning|top)))\b|\brestart|\breset\b|\bfrom\s+scratch\b"
    r"|\bredo\b|\bnew\s+(?:check|session)\b|\bclear\s+(?:it|my|everything|all)\b"
    r"|\bscrap\s+(?:that|it|all)\b|\bwipe\s+(?:it|that|everything|all)\b",
    re.I,
)

# Words that ask for every item the known family can get: "都/全部/全 … 查/看", "查一遍",
# "check everything", "go through it all", "the full check".
FULL_CHECK = re.compile(
    r"(?:都|全部?|全都|所有|统统|挨个|一样一样)[^，,。.!！?？]{0,8}?(?:查|看看|过一遍)"
    r"|查(?:个|一)?(?:全部|全|遍)|查一遍"
    # "要 都列出来": every item listed, never a start over (tester 107 p1 lost the family to it);
    # 把孩子列一下 is the children noted
    r"|(?:都|全部?|全都|所有)列|列出来|列个(?:单|清单)|列全"
    r"|\b(?:check|go\s+(?:through|over)|look\s+(?:at|through|over)|show\s+(?:me|us))\b"
    r"[^.?!]{0,16}?\b(?:everything|all|whole|every)\b"
    r"|\bfull\s+(?:check|list)\b|^\W*(?:everything|all\s+of\s+(?:it|them))\W*(?:please)?\W*$",
    re.I,
)


def asks_start_over(text: str) -> bool:
    """The message asks to start over ("清空重来", "ugh. let's start over. beijing, …")."""
    return bool(START_OVER.search(normalise(text)))


def asks_full_check(text: str) -> bool:
    """The message asks to check everything for the family known, and not to start over."""
    said = normalise(text)
    return bool(FULL_CHECK.search(said)) and not START_OVER.search(said)


def full_check() -> list[EventType]:
    """The full check of the family known: no one measure in focus, no offer pending, the
    household form asks what it still needs and then shows every item (as after "yes" to the
    offer of the full check)."""
    return [SlotSet(FOCUS_SLOT, None), SlotSet("offer", None), FollowupAction("household_form")]


Read = tuple[dict[str, Any], dict[str, Any], list[Any]]  # what household_read gives


def household_read(tracker: Tracker, told: str | None = None) -> Read:
    """The empty household (language kept), the facts `told` (by default the latest message)
    tells of it and what was understood (for the read-back); no facts when the message holds a
    problem (a date that cannot be)."""
    lang = reply_language(tracker)
    empty: dict[str, Any] = {name: None for name in tracker.slots}
    empty["language"] = lang
    text = str(tracker.latest_message.get("text") or "") if told is None else told
    read = accepted_updates(text, empty, clock.today(), family=True)
    if read.problem is not None:
        return empty, {}, []
    return empty, {k: v for k, v in read.updates.items() if v is not None}, list(read.understood)


def read_back(understood: list[Any], told: dict[str, Any], lang: Lang) -> str:
    """The read-back line of the facts `told` of an empty household."""
    children = told.get("children") or told.get("children_partial")
    return readback(
        understood,
        told.get("city"),
        lang,
        children=len(children) if isinstance(children, list) else None,
    )


def start_over(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Everything told is dropped, the language kept. Facts told with it ("let's start over.
    beijing, one daughter 2 years old, pregnant due april 2027") are the new family's: read
    into empty slots, read back, and the household form goes on from them."""
    lang = reply_language(tracker)
    _, told, understood = household_read(tracker)
    events: list[EventType] = [Restarted(), SlotSet("language", lang)]
    if not told:
        dispatcher.utter_message(text=render.restarted(lang))
        return events
    line = read_back(understood, told, lang)
    dispatcher.utter_message(text=f"{render.restarted_with_facts(lang)}\n{line}")
    return [*events, *(SlotSet(k, v) for k, v in told.items()), FollowupAction("household_form")]
