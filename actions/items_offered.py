"""The other items the summary offered, taken up in the citizen's own words. A summary that
names only some items ends with "另外6项要看吗？" / "Shall I list the other 6?" (the offer
"more_items"); "另外6项给俺看看", "那6项呢", "剩下的呢", "show me the other 6", "what are the
remaining ones" are a yes to it, whatever intent the classifier gives them: the items are listed,
as a bare yes lists them (tester 57: "另外5项给俺看看" got "没太明白")."""

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import clock, render
from actions.focus import FOCUS_SLOT, settled_report
from actions.headline import other_items
from actions.household import household_from_slots
from actions.language import reply_language
from policy_kb import InputError, evaluate
from understanding.text import normalise

OFFER = "more_items"  # the offer slot's value after "另外N项要看吗？"
QUESTIONS_OFFER = "next_questions"  # after "…还有5项；…再问5个问题就能确定，要继续吗？"

# The items meant: counted ("6项", "那6个", "the other 6", "those 6") or named as the rest
# ("另外的", "剩下的", "其余几项", "the rest", "the remaining ones", "the others").
ITEMS_MEANT = re.compile(
    r"(?:另外|剩下|剩余|其余|其他|其它|那|这)(?:的)?\s*(?:\d+|[一二两三四五六七八九十几]+)\s*(?:项|个|条|样)"
    r"|(?<![\d.])\d+\s*项|(?:另外|剩下|剩余|其余)(?:的|那些|那几项|几项)"
    r"|\b(?:the|those|these|other|remaining)\s+(?:other\s+|remaining\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|few)"
    r"(?:\s+(?:items?|ones?|things?|benefits?))?\b"
    r"|\bthe (?:rest|others)\b|\bremaining (?:items|ones|benefits)\b"
    r"|\bother (?:items|ones)\b",
    re.I,
)
# ... wished to be seen, or asked for ("给俺看看", "说说", "呢", "是啥", "show me", "what are").
SHOW = re.compile(
    r"看|说|讲|列|发|呢|啥|什么|哪|要|好|行|给我|给俺"
    r"|\b(?:show|list|tell|see|give|send|what|which|yes|ok|okay|sure|please|go on)\b|[?？]",
    re.I,
)
# A message asking about something besides the items (a figure in yuan, days, a child's age).
OTHER_QUESTION = re.compile(r"元|块|天|岁|月|\byuan\b|\bdays?\b|\byears?\b|\bmonths?\b", re.I)
MAX_CHARS = 40  # a take-up is short; longer messages say more than that
# A bare yes to the offer ("看", "要看", "好的", "ok", "yes please").
BARE_YES = re.compile(
    r"(?:嗯+|好的?|行|可以|要|看|要看|看看|看一?下|列一?下|说说|是的?|对|ok(?:ay)?|yes|yeah|yep|sure"
    r"|please|go on|show me)(?:\s*(?:吧|啊|呀|哈|please|thanks))?[\s!！。.~]*",
    re.I,
)


def offered_items_taken(tracker: Tracker, text: str) -> bool:
    """Whether `text` takes up the offer of the items the summary did not name (the slot
    `offer` is "more_items"), naming them by their count or as the rest; or, when the summary
    offered further questions instead ("…还有5项；…再问5个问题就能确定，要继续吗？"), asks for
    the items it counted by that count ("另外5项给俺看看": tester 57 got "没太明白"), the
    questions waiting or not."""
    said = normalise(text).strip()
    if tracker.get_slot("offer") == OFFER and BARE_YES.fullmatch(said):
        return True  # "看" to "另外2项要看吗？" (tester 79 c3 got "没太明白")
    if not (
        len(said) <= MAX_CHARS
        and bool(ITEMS_MEANT.search(said))
        and bool(SHOW.search(said))
        and not OTHER_QUESTION.search(said)
    ):
        return False
    if tracker.get_slot("offer") == OFFER:
        return True
    questions = tracker.get_slot("offer") == QUESTIONS_OFFER or (
        bool(tracker.get_slot("requested_slot")) and tracker.get_slot("result_shown") is True
    )  # the questions offered, or already being asked ("继续" took the offer up)
    return questions and _counted_rest(tracker, said)


def _counted_rest(tracker: Tracker, said: str) -> bool:
    """Whether `said` names by its count the items the family's summary left unnamed."""
    counts = {int(n) for n in re.findall(r"(?<![\d.])(\d+)(?![\d.])", said)}
    if not counts:
        return False
    day = clock.today()
    try:
        household = household_from_slots(tracker.slots, day)
    except InputError:
        return False
    if household is None:
        return False
    report = settled_report(tracker.slots, day) or evaluate(household, as_of=day)
    return other_items(report).more in counts


def show_offered_items(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """Every item the family can get, one line each (as the yes to the offer gives them), when
    `text` takes the offer up; None for any other message or a family not known."""
    if not offered_items_taken(tracker, text):
        return None
    day = clock.today()
    try:
        household = household_from_slots(tracker.slots, day)
    except InputError:
        return None
    if household is None:
        return None
    report = settled_report(tracker.slots, day) or evaluate(household, as_of=day)
    dispatcher.utter_message(text=render.item_list(report, reply_language(tracker)))
    return [SlotSet("offer", None), SlotSet(FOCUS_SLOT, None)]
