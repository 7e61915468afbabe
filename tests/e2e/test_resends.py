"""A message sent again with its id (after a lost reply: a 503, a timeout, a dropped connection)
gets the replies of the turn already stored and is not handled twice: a family that sends "two
children" again still has two children (bot/resends.py). A message the assistant asked for again
(the action server was down) is handled anew. The servers run with ASSISTANT_TODAY=2025-06-01."""

import sqlite3
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from stack.services import Stack
from tests.replies import is_result
from tests.security.client import post

CHILDREN = "We live in Jinan with Jinan hukou. Two kids: born 2018-05-05 and 2024-11-11."
APOLOGY = "Sorry, part of the system is not responding right now"
CHILD_2 = "child 2: 600 yuan/month, until 11 Nov 2027, 21,600 yuan in total"


class Family:
    def __init__(self, stack: Stack) -> None:
        self.stack = stack
        self.sender = f"resend-{uuid.uuid4().hex[:12]}"

    def send(self, text: str, message_id: str | None = None) -> list[dict[str, Any]]:
        body = {"sender": self.sender, "message": text}
        if message_id is not None:
            body["message_id"] = message_id
        status, replies = post(self.stack.rasa_url, body)
        assert status == 200, (status, replies)
        return list(replies)

    def open(self, ids: tuple[str, str, str]) -> list[list[dict[str, Any]]]:
        """Greeting, question, the children: the replies to each."""
        lines = ("hi", "what benefits can we get?", CHILDREN)
        return [self.send(text, message_id) for text, message_id in zip(lines, ids, strict=True)]

    def stored(self) -> list[tuple[str, str | None]]:
        """(type, text) of every stored event of the conversation, in order."""
        with sqlite3.connect(self.stack.config.tracker_db) as db:
            rows = db.execute(
                "SELECT type_name, json_extract(data, '$.text') FROM events "
                "WHERE sender_id = ? ORDER BY id",
                (self.sender,),
            ).fetchall()
        return [(str(kind), text) for kind, text in rows]


def texts(replies: list[dict[str, Any]]) -> str:
    return "\n".join(str(r.get("text", "")) for r in replies)


def test_two_children_sent_again_with_their_id_are_still_two_children(
    running_stack: Stack,
) -> None:
    family = Family(running_stack)
    first = family.open(("m1", "m2", "m3"))[-1]
    stored = family.stored()

    again = family.send(CHILDREN, "m3")  # the reply was lost; the client sends it again
    assert again == first
    assert family.stored() == stored  # nothing understood, run or stored a second time

    answer = texts(first)
    for turn in range(12):
        if is_result(answer):
            break
        answer = texts(family.send("skip", f"skip-{turn}"))
    assert CHILD_2 in answer
    assert "child 3" not in answer


def test_an_old_message_sent_again_gets_its_own_replies_and_changes_nothing(
    running_stack: Stack,
) -> None:
    family = Family(running_stack)
    asked_city = family.open(("a", "b", "c"))[1]
    stored = family.stored()

    assert family.send("what benefits can we get?", "b") == asked_city
    assert family.stored() == stored


def test_the_same_words_with_a_new_id_or_without_one_are_a_new_message(
    running_stack: Stack,
) -> None:
    family = Family(running_stack)
    family.send("hi", "first")
    family.send("hi", "second")
    family.send("hi")
    family.send("hi")
    assert [text for kind, text in family.stored() if kind == "user"] == ["hi"] * 4


@pytest.fixture
def stack(running_stack: Stack) -> Iterator[Stack]:
    yield running_stack
    running_stack.actions.resume()


def test_a_message_the_assistant_asked_for_again_is_handled_when_sent_again(
    stack: Stack,
) -> None:
    family = Family(stack)
    family.send("hi, what benefits can we get?", "q")
    stack.actions.pause()
    assert APOLOGY in texts(family.send(CHILDREN, "kids"))  # "please send it again"
    stack.actions.resume()

    answered = family.send(CHILDREN, "kids")
    assert APOLOGY not in texts(answered) and "city" not in texts(answered).lower()
    assert family.send(CHILDREN, "kids") == answered  # now answered: not handled a third time
    assert [text for kind, text in family.stored() if kind == "user"].count(CHILDREN) == 2
