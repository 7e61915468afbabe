"""Tester 45 (stop 46): "what about the older ones" after the youngest's answer got the same
reply word for word, with nothing to show it was meant for them too; and "my wife works at a
company, what leave does she get" was answered for the family's daughter."""

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.one_child import child_named
from actions.turn import LAST_REPLY_SLOT, same_as_last_turn
from tests.actions.conftest import TODAY, month

ANSWER = (
    "A family upbringing subsidy system to be gradually established: The Beijing plan only "
    "says a family upbringing subsidy system will be gradually established; it names no "
    "recipients or amount, so nothing can be claimed under it yet.\n"
    "Source: Beijing implementation plan, clause (12)"
)


def turn(text: str, **slots: Any) -> Tracker:
    """A turn as the action server sees it: the current turn's events only."""
    events = [{"event": "user", "text": text}]
    return Tracker("t", slots, {"text": text}, events, False, None, {}, "action_listen")


def reply(tracker: Tracker, text: str) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    dispatcher.utter_message(text=text)
    events = same_as_last_turn(dispatcher, tracker, 0)
    return str(dispatcher.messages[0]["text"]), {e["name"]: e["value"] for e in events}


def test_the_same_reply_twice_in_a_row_says_it_is_the_same() -> None:
    first, slots = reply(turn("how much childcare subsidy per year for the youngest"), ANSWER)
    assert first == ANSWER
    again, _ = reply(turn("what about the older ones", language="en", **slots), ANSWER)
    assert again.startswith("The same answer as above applies:\n")
    assert again.endswith(ANSWER)


def test_a_different_reply_says_nothing_of_the_last() -> None:
    _, slots = reply(turn("how much for the youngest"), ANSWER)
    other, _ = reply(turn("and the leave?", language="en", **slots), "Paternity leave: 15 days.")
    assert other == "Paternity leave: 15 days."


def test_the_chinese_note_in_chinese() -> None:
    _, slots = reply(turn("老小能领多少"), ANSWER)
    again, _ = reply(turn("那老大呢", language="zh", **slots), ANSWER)
    assert again.startswith("和上一条回答相同：\n")
    assert LAST_REPLY_SLOT in slots


def test_she_after_the_wife_is_the_wife_not_the_daughter() -> None:
    children = [month("2025-06", sex="m"), month("2026-11", sex="f")]
    question = "my wife works at a company what leave does she get and what do i get"
    assert child_named(question, children, TODAY) is None
    assert child_named("what does she get", children, TODAY) == 2
