"""Tester 45's conversations (fix-t46h): replies short enough for a citizen on a phone. Each
test: the family known so far (the slots), what the citizen wrote, what the reply must and must
not say, and the clause. Today is 1 December 2026 in China."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, month, slot_events, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def turn(
    action: Action, text: str, intent: str = "inform", **slots: Any
) -> tuple[str, dict[str, Any]]:
    """One action on the citizen's `text`, the family known in `slots`: its reply and the
    slots it sets."""
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    events = [{"event": "user", "text": text, "parse_data": message}]
    tracker = Tracker("test", dict(slots), message, events, False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    set_ = asyncio.run(action.run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher), slot_events(set_)


# Tester 45 c06: in Beijing, the 2nd child born last month, renting; the citizen asks how long
# his wife's maternity leave is and, in the same message, whether there is anything on housing.
BEIJING_NEWBORN: dict[str, Any] = {
    "city": "beijing",
    "children": [month("2020-06"), month("2026-11")],
    "renting": True,
}


@pytest.mark.parametrize(
    ("text", "lang", "bare"),
    [
        ("那北京有啥别的 我老婆产假多长 我们租房子住 有没有住房方面的", "zh", "能。"),  # c06 T2
        ("我老婆产假多长，住房方面有没有照顾", "zh", "能。"),
        (
            "how long is my wife's maternity leave, and can we get anything for housing?",
            "en",
            "Yes.",
        ),
    ],
)
def test_a_yes_no_put_to_another_topic_does_not_open_the_leave_answer(
    text: str, lang: str, bare: str
) -> None:
    """Beijing clause (12) names the leaves with no days: the answer to "产假多长" says so, and
    does not open with "能。" because another part of the message (housing) was a yes/no."""
    slots = {**BEIJING_NEWBORN, "language": lang, "focus_entry": "beijing.leave_entitlements"}
    reply, _ = turn(ActionShowEntitlements(), text, focus_question=text, **slots)
    assert ("第(12)条" if lang == "zh" else "clause (12)") in reply, reply
    assert not reply.startswith(bare), reply


@pytest.mark.parametrize(
    ("text", "lang", "bare"),
    [
        ("我老婆能休产假吗", "zh", "能。"),
        ("产假 有没有", "zh", "能。"),
        ("can my wife take maternity leave?", "en", "Yes."),
    ],
)
def test_a_yes_no_about_the_leave_itself_still_opens_with_yes(
    text: str, lang: str, bare: str
) -> None:
    slots = {**BEIJING_NEWBORN, "language": lang, "focus_entry": "beijing.leave_entitlements"}
    reply, _ = turn(ActionShowEntitlements(), text, focus_question=text, **slots)
    assert reply.startswith(bare), reply
