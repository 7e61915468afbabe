"""The household form's questions (`action_ask_<slot>`), asked so that a pending question is not
repeated after every side answer.

Rasa's form asks its requested slot again after every turn that did not fill it, so a citizen who
asks four side questions while "您家的户口在这个城市吗？" waits used to read that question four
times. Here the question is asked in full:
- when it is first asked, and whenever the form read the message itself (an answer it could not
  use, a partial answer, a language switch, "继续");
- after the first side answer (a measure, a definition, privacy...) while it waits;
- after a message that was not understood, or a reply pointing to the question (the citizen
  must see what is asked).
After the second and later side answers it is left out: the side answer stands alone, and the
question comes back in full as soon as the citizen goes on or answers."""

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import clock
from actions.children import height_known
from actions.headline import HELD_AT_BIRTH_ASK
from actions.hotline import in_hotline
from actions.household import FACT_SLOTS
from actions.language import reply_language
from actions.render import (
    ask_hardship_of_births,
    ask_hardship_to_come,
    ask_heights,
    ask_own_home_when_renting,
)
from understanding.text import normalise

PENDING_SLOT = "pending_question"  # {"slot": <requested slot>, "side_answers": <int>}
# Actions of the form itself or of the turn's bookkeeping: the question is asked in full after
# them. Every other action that spoke this turn answered something else (a side answer).
FORM_ACTIONS = frozenset(
    {
        "action_listen",
        "household_form",
        "validate_household_form",
        "action_go_on",
        "action_set_language",
        "action_detect_language",
        "action_session_start",
    }
)
# Replies saying the message was not understood, or pointing to "the question below": the
# pending question follows them in full.
NOT_UNDERSTOOD = frozenset({"utter_default", "utter_out_of_scope", "utter_others_after_questions"})


def side_answered(events: list[dict[str, Any]]) -> bool:
    """Whether an action other than the form's own answered something this turn (`events` are
    the current turn's, from the user message on): a bot message after such an action, unless it
    only said the message was not understood."""
    speaker: str | None = None
    answered = False
    for event in events:
        kind = event.get("event")
        if kind == "user":
            speaker, answered = None, False
        elif kind == "action":
            speaker = event.get("name")
        elif kind == "bot" and speaker is not None and speaker not in FORM_ACTIONS:
            if (event.get("metadata") or {}).get("utter_action") in NOT_UNDERSTOOD:
                return False
            answered = True
    return answered


# Actions after which the pending question is due again: the citizen goes on ("继续") or
# switches language, and must see what is asked.
GOING_ON = frozenset({"action_go_on", "action_set_language"})
# Intents asking for the whole check ("那我们家到底能拿到啥", "check everything"), or a yes to it.
FULL_CHECK_INTENTS = frozenset({"check_eligibility", "affirm"})
# A form question is put in full at most this often while it waits (its answers say what it
# decides); only a citizen asking to go on gets it once more.
MOST_ASKS = 2
FACTS_SLOTS_READ = frozenset({*FACT_SLOTS, "children_partial", "hardship_now"})


def turn_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events of the current turn: from the latest user message on."""
    starts = [i for i, e in enumerate(events) if e.get("event") == "user"]
    return events[starts[-1] :] if starts else events


def not_understood(events: list[dict[str, Any]]) -> bool:
    """Whether this turn's reply said the message was not understood ("嗯嗯啊"): the citizen
    may have tried to answer, and must see the question."""
    return any(
        (e.get("metadata") or {}).get("utter_action") in NOT_UNDERSTOOD
        for e in events
        if e.get("event") == "bot"
    )


def own_question(tracker: Tracker, sides: int) -> bool:
    """A message not understood that was a question of the citizen's own ("生了以后医保那个是不
    是不用交钱"), once other questions were answered while this one waited: no try at the
    answer, so the question is not put again after the fallback (tester 26 c11 got the
    insurance question again). "嗯嗯啊" may have been one, and gets the question."""
    from actions.focus import QUESTION  # focus imports the form's modules

    text = normalise(tracker.latest_message.get("text") or "")
    return sides > 0 and bool(QUESTION.search(text))


def facts_told(events: list[dict[str, Any]], slot: str) -> bool | None:
    """Whether the message told other facts (a correction, "老三生的时候也是特困"): the citizen
    answered something else, so the question left unanswered is not put again for that. None
    when it told part of the answer itself ("3个孩子" to the children question): the rest is
    asked."""
    own = {slot, "children_partial"} if slot == "children" else {slot}
    names = {e.get("name") for e in events if e.get("event") == "slot"}
    if names & own:
        return None
    return bool(names & FACTS_SLOTS_READ)


def measure_asked(tracker: Tracker, events: list[dict[str, Any]]) -> str | None:
    """The measure the message asked about, when this turn set it (focus or topic)."""
    for e in reversed(events):
        if e.get("event") == "slot" and e.get("name") in ("focus_entry", "topic_entry"):
            return str(e["value"]) if e.get("value") else None
    return None


def changes_measure(tracker: Tracker, entry_id: str, slot: str) -> bool:
    """Whether `slot`'s answer is still needed to decide `entry_id` for this family (the
    hardship question after "一个月多少钱", not after "去哪办" or "老大有没有")."""
    from actions.focus import focus  # focus imports the form's modules

    try:
        missing = focus(tracker.slots, entry_id, clock.today()).missing
    except (KeyError, ValueError):
        return False
    return slot in {"children_heights" if f == "children.height_cm" else f for f in missing}


def contradiction_open(tracker: Tracker, slot: str) -> bool:
    """Whether `slot` asks about facts that contradict each other ("老大三岁半 老二2023年5月生的":
    the eldest born after the second), which no answer can rest on: after a correction of
    another fact ("不是 我没领低保"), the question is put once more, not left unresolved."""
    partial = tracker.get_slot("children_partial") or []
    return slot == "children" and any(c.get("order_conflict") for c in partial)


# Set on `pending_question` by the form when a correction made it give an answer again
# (household_form._answer_after_dates_corrected): the question left open follows it once.
ANSWER_CHANGED = "answer_changed"


# The answer given on both outcomes of a fact still asked: "If you have Jinan hukou (not known
# yet): child 2:
# 600+200=800 yuan a month …" (conditional.if_hukou), "如果…出生时家里在领…，就是800元/月…；
# 否则是600元/月" (headline, the 200 of Jinan clause 12).
COVERED = {
    "hukou_in_city": re.compile(
        r"如果是\S{1,6}户口：|If you have \w+ hukou \(not known yet\)[:,] "
    ),
    "hardship_at_birth": re.compile(r"；否则|; otherwise"),
}


def covered_by_answer(events: list[dict[str, Any]], slot: str) -> bool:
    """Whether this turn's answer already said what each answer to `slot` gives ("so how much
    per month?" answered "If you have Jinan hukou (not known yet): … 800 yuan"): the question
    asked the turn before is not put again right under it (tester 29 c3 got the hukou question
    twice in a row); it may come back on a later turn."""
    found = COVERED.get(slot)
    return found is not None and any(
        e.get("event") == "bot" and found.search(str(e.get("text") or "")) for e in events
    )


def still_decides(tracker: Tracker, slot: str) -> bool:
    """Whether the form still needs `slot` (e.g. not once a correction leaves no child who can
    get the 200 of clause 12: its question can no longer change anything)."""
    from actions.household_form import ordered_missing, required_facts

    day = clock.today()
    if tracker.get_slot("city") is None:
        return True  # nothing can be decided before the city
    try:
        return slot in required_facts(tracker.slots, day) or slot in ordered_missing(
            tracker.slots, day
        )
    except (KeyError, ValueError):
        return True


# "然后呢", "接下来呢", "what next": the citizen asks what comes next while the form waits; the
# pending question is the answer (tester 39 got the what-if prompt for "然后呢").
WHAT_NEXT = re.compile(
    r"^\s*(?:那|嗯|好的?|ok(?:ay)?|so)?[,，\s]*(?:然后|接下来|接着|下一步|下面|之后|再然后|还有|下一个"
    r"|then what|and then|what(?:'?s| is)? next|what now|next(?: question| one)?|and|anything else)"
    r"\s*(?:呢|嘞|咧|勒|呐|了|干啥|做什么|怎么办|问啥|是啥)?\s*[?？!！。.…~\s]*$",
    re.I,
)


# "没有", "no", "没有老三", "there is no third": a no said to a child's birth date.
NO_TO_A_DATE = re.compile(
    r"^\s*(?:no[,，\s]+)?"
    r"(?:没有?|无|没呢|还没有?|不是|no|none|nope|nah|there(?: is|'s) no|there isn'?t"
    r"|we don'?t have)\s*(?:啊|呀|的|哦|呢)?\s*"
    r"(?:老[二三四五六\d]\u2060?|第?[\d二三四五六]\u2060?个?\u2060?(?:孩子|娃)?"
    r"|(?:a |the |any )?(?:\d(?:st|nd|rd|th)|second|third|fourth)(?: one| child| kid| baby)?"
    r"|(?:one|any|such (?:child|kid)))?\s*[.!?。！？~…]*$",
    re.I,
)


def no_to_a_date(text: str, children: list[dict[str, Any]] | None) -> int | None:
    """The child whose birth date was asked, when the message only says no to it ("没有"):
    a child told only by an event ("生老三的时候在领低保"), with no date and not on the way."""
    from actions.children import first_incomplete

    if not children or not NO_TO_A_DATE.match(normalise(text)):
        return None
    order = first_incomplete(children, clock.today())
    if order is None:
        return None
    child = children[order - 1]
    named = _ORDER_NAMED.search(normalise(text))
    if named is not None and _ORDERS.get(named.group(0), order) != order:
        return None  # "没有老二" while the third's date is asked: not this question's no
    return None if child.get("birth_date") or child.get("expected") else order


def no_such_known_child(text: str, children: list[dict[str, Any]] | None) -> int | None:
    """The known child a bare "no" names while another child's birth date is asked ("没有老二"
    at 老三's question, "there is no second child"): the count or order noted is wrong, so the
    count is asked back and no child is dropped. None when the no is of the child asked (that
    is `no_to_a_date`'s), names no child, or one beyond those noted."""
    from actions.children import first_incomplete

    if not children or not NO_TO_A_DATE.match(normalise(text)):
        return None
    named = _ORDER_NAMED.search(normalise(text))
    if named is None:
        return None
    order = _ORDERS.get(named.group(0))
    asked = first_incomplete(children, clock.today())
    if order is None or order == asked or not 1 <= order <= len(children):
        return None
    return order


_ORDER_NAMED = re.compile(r"\d|second|third|fourth|二|三|四|五|六")
_ORDERS = {
    **{str(n): n for n in range(1, 10)},
    **dict(zip(("second", "third", "fourth"), (2, 3, 4), strict=True)),
    **dict(zip("二三四五六", range(2, 7), strict=True)),
}


def asks_what_next(text: str) -> bool:
    """Whether the message only asks what comes next ("然后呢", "and?", "what next")."""
    return bool(WHAT_NEXT.match(normalise(text)))


def went_on(intent: str | None, events: list[dict[str, Any]]) -> bool:
    """The citizen asked to go on ("继续", "next question"), not for the whole check: the
    pending question is what they asked for, however often it was put. 继续 and "go on" are
    read as `affirm` by the classifier: going on too (e2e test_rest_conversations)."""
    return intent != "check_eligibility" and any(
        e.get("event") == "action" and e.get("name") in GOING_ON for e in events
    )


def asked_what_next(tracker: Tracker) -> bool:
    """This turn's message only asked what comes next ("然后呢"): going on, as "继续"."""
    return asks_what_next(tracker.latest_message.get("text") or "")


def asks_everything(tracker: Tracker, intent: str | None, events: list[dict[str, Any]]) -> bool:
    """Whether the citizen asked to go on ("继续") or for everything the family can get ("还有
    啥能领的", "what else can we get"), not (only) about one measure: any pending question may
    then be put, whatever it decides."""
    from actions.focus import WHOLE_CHECK  # focus imports the form's modules

    text = normalise(tracker.latest_message.get("text") or "")
    return went_on(intent, events) or bool(WHOLE_CHECK.search(text))


def question_spent(tracker: Tracker) -> bool:
    """The form's pending question was put in full `MOST_ASKS` times: it is not put again for a
    "what can we get" (a grandmother was asked the dibao question a third time, tester 28 c5),
    so nothing announces it."""
    pending = tracker.get_slot(PENDING_SLOT) or {}
    requested = tracker.get_slot("requested_slot")
    return (
        requested is not None
        and pending.get("slot") == requested
        and int(pending.get("asked", 1)) >= MOST_ASKS
    )


def put_in_answer(events: list[dict[str, Any]], slot: str) -> bool:
    """Whether this turn's answer already ended with `slot`'s question ("孩子出生时，家里已经在领
    其中一种了吗？" after the 800 on that condition, headline.HELD_AT_BIRTH_ASK): it counts as
    put, and is not put again after it."""
    if slot != "hardship_at_birth":
        return False
    # anywhere in the answer, not only at its end: a note on the dates after it (tester 38 c03
    # read the question twice, in two bubbles one after the other)
    return any(
        e.get("event") == "bot"
        and any(
            line.strip().endswith(HELD_AT_BIRTH_ASK) for line in (e.get("text") or "").split("\n")
        )
        for e in events
    )


def ask_in_full(tracker: Tracker, slot: str) -> tuple[bool, list[EventType]]:
    """Whether to ask `slot`'s question this turn, and the event that keeps its state.

    Asked when it first comes up. Once asked, a citizen who answers something else, tells
    other facts or asks another question gets the answer without the question again (tester
    18: the hardship question four times in one chat, the birth month five times in a row);
    it comes back only when the citizen asks for the full check, goes on, was not understood,
    or asks about a measure whose answer it can still change (once: for one measure, not for
    each measure asked in turn; the measure it was first asked with counts as asked). The count
    of side answers is kept per pending slot in `pending_question`."""
    if in_hotline(tracker):  # a hotline worker's rule questions: no family is asked about
        return False, []
    pending = tracker.get_slot(PENDING_SLOT) or {}
    events = turn_events(list(tracker.events))
    same = pending.get("slot") == slot
    sides = int(pending.get("side_answers", 0)) if same else 0
    asked_for = list(pending.get("asked_for") or []) if same else []
    # Put again for a measure it decides once only: a grandmother asking one question after
    # another was asked the hukou five times (tester 21 c4); the answers say what it decides.
    returned = bool(pending.get("returned")) if same else False
    side = side_answered(events)
    if side:
        sides += 1
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    measure = measure_asked(tracker, events)
    read_back = False
    if not same:
        due = True
        if measure is not None and side and not changes_measure(tracker, measure, slot):
            # "公积金贷款最多贷多少" answered: the insurance at the birth cannot change the loan,
            # so it waits for a turn that asks nothing of the citizen's own (tester 26 c04b)
            due = False
        elif measure is not None:  # asked with the answer to this measure: not again for it
            asked_for.append(measure)
    elif not still_decides(tracker, slot):
        due = False
    elif (
        intent in FULL_CHECK_INTENTS
        or (not_understood(events) and not own_question(tracker, sides))
        or any(e.get("event") == "action" and e.get("name") in GOING_ON for e in events)
        or asked_what_next(tracker)
    ):
        due = True
    elif (
        measure is not None
        and measure not in asked_for
        and not returned
        and changes_measure(tracker, measure, slot)
        and not covered_by_answer(events, slot)
    ):
        due = True
        asked_for.append(measure)
        returned = True
    else:
        told = facts_told(events, slot)
        # other facts told and read back, nothing else answered: the question still waiting
        # ends the reply, so the citizen knows what comes next (tester 39: "不对 老大6岁" got
        # the read-back alone)
        read_back = bool(told) and not side and measure is None
        due = told is None or (not side and measure is None)
        due = due and not (not_understood(events) and own_question(tracker, sides))
    if due and measure is not None and not asks_everything(tracker, intent, events):
        # "we never applied. can we still claim the money for both?" answered: the insurance
        # at the birth cannot change that money, so it is not asked with it (tester 28 r2)
        due = changes_measure(tracker, measure, slot) or not_understood(events)
    asked = int(pending.get("asked", 1)) if same else 0
    if (
        due
        and asked >= MOST_ASKS
        and not went_on(intent, events)
        and not read_back
        and not asked_what_next(tracker)
    ):
        due = False  # asked twice already: a third "能有啥" gets its answer alone (tester 28 c5)
    again = bool(pending.get("again")) if same else False
    if (
        same
        and not due
        and not (again or returned)
        and facts_told(events, slot)
        and (
            contradiction_open(tracker, slot)
            or (bool(pending.get(ANSWER_CHANGED)) and still_decides(tracker, slot))
        )
    ):
        due = again = True  # put once more after another fact told (tester 26 c08, 29 c3)
    inside = put_in_answer(events, slot)
    if inside:  # put inside the money answer this turn: counted, not put twice in a row
        due = False
    state: dict[str, Any] = {"slot": slot, "side_answers": sides}
    asked += int(due or inside)
    if asked != 1:
        state["asked"] = asked
    if again:
        state["again"] = True
    if asked_for:
        state["asked_for"] = asked_for
    if returned:
        state["returned"] = True
    return due, ([] if state == pending else [SlotSet(PENDING_SLOT, state)])


class AskFormQuestion(Action):
    """`action_ask_<slot>`: the form's response `utter_ask_<slot>`, when it is due."""

    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        due, events = ask_in_full(tracker, self.slot)
        if due:
            dispatcher.utter_message(response=f"utter_ask_{self.slot}")
        return events


# One action per slot, so that Rasa's form finds `action_ask_<slot>` before the response.


def not_born_yet(child: dict[str, Any]) -> bool:
    """A child of the slot told as expected, or dated after today in China."""
    return bool(
        child.get("expected") or (child.get("birth_date") or "") > clock.today().isoformat()
    )


def heights_asked(slots: dict[str, Any]) -> list[int]:
    """The birth orders of the children whose height is still to be asked: born ones only, a
    baby on the way has no height to tell (tester 46 c05 read "the child's height" as the
    unborn baby's)."""
    children = slots.get("children_partial") or slots.get("children") or []
    return [
        i
        for i, c in enumerate(children, start=1)
        if isinstance(c, dict) and not height_known(c) and not not_born_yet(c)
    ]


class AskCity(AskFormQuestion):
    slot = "city"


class AskHukouInCity(AskFormQuestion):
    slot = "hukou_in_city"


class AskBirthInsurance(AskFormQuestion):
    slot = "birth_insurance"


class AskHardshipAtBirth(AskFormQuestion):
    """For a family with a baby on the way, the question speaks of that birth as to come
    (tester 9: "When the child was born…" was asked of an unborn child)."""

    slot = "hardship_at_birth"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        due, events = ask_in_full(tracker, self.slot)
        children = tracker.get_slot("children_partial") or tracker.get_slot("children") or []
        # a birth to come whose benefits were told ("老三出生时在领失业金") is not asked again:
        # the births still open are named (tester 48 c07 was asked it after reading it back)
        coming = any(not_born_yet(c) and c.get("hardship_at_birth") is None for c in children)
        open_births = births_still_open(children)
        talk = tracker.get_slot("child_in_talk")
        if isinstance(talk, int | float) and int(talk) > len(children):
            # a child only imagined was just answered (its +200 with it): the births the family
            # has are named, so a yes is not taken for that child's (tester 46 c01)
            open_births = births_still_open(children, named=True) or open_births
        if due and coming:
            dispatcher.utter_message(text=ask_hardship_to_come(reply_language(tracker)))
        elif due and open_births:  # "no dibao when the second was born": the third's is asked
            lang = reply_language(tracker)
            dispatcher.utter_message(text=ask_hardship_of_births(open_births, lang))
        elif due:
            dispatcher.utter_message(response=f"utter_ask_{self.slot}")
        return events


def only_births_past_asked(children: list[dict[str, Any]]) -> bool:
    """Whether the benefits question names births already past only: each birth to come has its
    own told ("老三出生时在领失业金") and a born one is still open. A bare "没有" then answers
    those births, never the coming one told (tester 48 c07)."""
    coming = [c for c in children if not_born_yet(c)]
    return bool(
        coming
        and all(c.get("hardship_at_birth") is not None for c in coming)
        and births_still_open(children)
    )


def births_still_open(children: list[dict[str, Any]], named: bool = False) -> list[tuple[int, str]]:
    """Once the benefits at one birth were told (or, `named`, whenever the births must be
    named), the later births (2nd child on; Jinan clause 12 pays the 200 for a 2nd or 3rd
    child) whose benefits are not: order and birth date."""
    if not named and not any(c.get("hardship_at_birth") is not None for c in children):
        return []
    return [
        (i, str(c["birth_date"]))
        for i, c in enumerate(children, start=1)
        if i > 1 and c.get("birth_date") and c.get("hardship_at_birth") is None
    ]


class AskHousingFundContributors(AskFormQuestion):
    slot = "housing_fund_contributors"


class AskBuyingFirstHome(AskFormQuestion):
    slot = "buying_first_home"


class AskOwnsHomeInCity(AskFormQuestion):
    """A family that said it rents is not asked as if it had not: the question takes the
    renting as said and asks only the own home (tester 27 c03 was asked it after "租房子")."""

    slot = "owns_home_in_city"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        due, events = ask_in_full(tracker, self.slot)
        if due and tracker.get_slot("renting") is True:
            dispatcher.utter_message(text=ask_own_home_when_renting(reply_language(tracker)))
        elif due:
            dispatcher.utter_message(response=f"utter_ask_{self.slot}")
        return events


class AskRenting(AskFormQuestion):
    slot = "renting"


class AskChildrenHeights(AskFormQuestion):
    """Only the children whose height is not known yet are named, once one height is told
    ("老大一米二五" then "孩子现在多高" had asked every child again)."""

    slot = "children_heights"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        due, events = ask_in_full(tracker, self.slot)
        children = tracker.get_slot("children_partial") or tracker.get_slot("children") or []
        unknown = [
            i
            for i, c in enumerate(children, start=1)
            if not height_known(c) and not not_born_yet(c)
        ]  # a baby on the way has no height to tell (tester 11: asked of an unborn child)
        if due and unknown and len(unknown) < len(children):
            dispatcher.utter_message(text=ask_heights(unknown, reply_language(tracker)))
        elif due:
            dispatcher.utter_message(response=f"utter_ask_{self.slot}")
        return events


ASK_ACTIONS: tuple[type[AskFormQuestion], ...] = (
    AskCity,
    AskHukouInCity,
    AskBirthInsurance,
    AskHardshipAtBirth,
    AskHousingFundContributors,
    AskBuyingFirstHome,
    AskOwnsHomeInCity,
    AskRenting,
    AskChildrenHeights,
)
