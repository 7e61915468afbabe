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

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import clock
from actions.children import height_known
from actions.language import reply_language
from actions.render import ask_hardship_to_come, ask_heights

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


def ask_in_full(tracker: Tracker, slot: str) -> tuple[bool, list[EventType]]:
    """Whether to ask `slot`'s question this turn, and the event that counts side answers.

    Returns (True, [...]) when the question is due (see the module docstring); the count of side
    answers is kept per pending slot in `pending_question` and starts again with a new slot."""
    pending = tracker.get_slot(PENDING_SLOT) or {}
    sides = int(pending.get("side_answers", 0)) if pending.get("slot") == slot else 0
    if side_answered(list(tracker.events)):
        sides += 1
        due = sides <= 1
    else:
        due = True
    state = {"slot": slot, "side_answers": sides}
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
        coming = any(not_born_yet(c) for c in children)
        if due and coming:
            dispatcher.utter_message(text=ask_hardship_to_come(reply_language(tracker)))
        elif due:
            dispatcher.utter_message(response=f"utter_ask_{self.slot}")
        return events


class AskHousingFundContributors(AskFormQuestion):
    slot = "housing_fund_contributors"


class AskBuyingFirstHome(AskFormQuestion):
    slot = "buying_first_home"


class AskOwnsHomeInCity(AskFormQuestion):
    slot = "owns_home_in_city"


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
