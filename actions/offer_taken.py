"""A yes to the pending offer that comes with a question ("yes please. also my wife's leave, how
long?", "好的 查查吧 我老婆产假多久"): the question is answered, then the check offered goes on.

Tester 50 e09 got only the leave (Jinan clause 11) to that message, and the offer was left
standing; the 600 a month for the newborn 2nd child (clause 12, families with Jinan hukou) was
never given and the hukou, its one open fact, never asked."""

import functools
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.focus import FOCUS_SLOT, QUESTION_SLOT, SCOPE_SLOT, asks_for_grandparents
from actions.hotline import in_hotline
from understanding.text import normalise

Run = TypeVar("Run", bound=Callable[..., Awaitable[list[EventType]]])

# The slots an answer sets about the offer: replaced when the offer is taken up.
OFFER_SLOTS = frozenset({"offer", "offer_line"})


def check_taken_up(run: Run) -> Run:
    """An answer's run that, when the message also said yes to the offer pending before it
    (the full check, or the questions that decide the remaining items), goes on with it: the
    household form asks what the rest needs, as a bare yes would have it do. The question's
    words go with it (`focus_question` without a `focus_entry`): the form knows it answered,
    not a question to focus on (see `answered_before_form`)."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, *rest: Any
    ) -> list[EventType]:
        from actions.results import accepts_offer  # results imports the answers' modules

        events: list[EventType] = await run(self, dispatcher, tracker, *rest)
        text = str(tracker.latest_message.get("text") or "")
        if (
            in_hotline(tracker)
            or not accepts_offer(tracker, text)
            # "查查 我跟老伴儿能有啥补贴": the grandparents' own measure is the answer asked,
            # no family form after it (tester 41 c03; Jinan clause 15)
            or asks_for_grandparents(normalise(text))
            or any(e.get("event") == "followup" for e in events)
            or not any(str(m.get("text") or "") for m in dispatcher.messages)
        ):
            return events
        offer = tracker.get_slot("offer")
        kept = [e for e in events if not (e.get("event") == "slot" and e["name"] in OFFER_SLOTS)]
        scope = [SlotSet(SCOPE_SLOT, "all")] if offer == "next_questions" else []
        return [
            *kept,
            *scope,
            SlotSet(FOCUS_SLOT, None),
            SlotSet(QUESTION_SLOT, text[:500]),
            SlotSet("offer", None),
            SlotSet("offer_line", ""),
            FollowupAction("household_form"),
        ]

    return wrapped  # type: ignore[return-value]


def answered_before_form(tracker: Tracker) -> bool:
    """The message that starts the form was answered before it, the yes to the check taken
    up with it (`check_taken_up`, and the focused answer in action_show_entitlements): the
    form goes on with the check instead of reading the question again as one to focus on (it
    gave the paternity leave twice and offered the check once more)."""
    text = str(tracker.latest_message.get("text") or "")
    return (
        bool(text)
        and not tracker.get_slot(FOCUS_SLOT)
        and bool(tracker.get_slot("result_shown"))
        and tracker.get_slot(QUESTION_SLOT) == text[:500]
    )
