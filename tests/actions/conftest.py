"""Action tests without a Rasa server: a Tracker, a CollectingDispatcher, a fixed date."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock

TODAY = date(2025, 6, 1)
DOMAIN: dict[str, Any] = {
    "forms": {"household_form": {"required_slots": ["city", "children", "hukou_in_city"]}},
    "slots": {},
}


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def month(value: str, **more: Any) -> dict[str, Any]:
    """A child's slot value born in the month `value` ("2025-10"), known to the month."""
    return {"birth_date": f"{value}-01", "precision": "month", "height_cm": None, **more}


def day(value: str, **more: Any) -> dict[str, Any]:
    """A child's slot value born on the day `value` ("2025-10-08")."""
    return {"birth_date": value, "precision": "day", "height_cm": None, **more}


def year(value: str, **more: Any) -> dict[str, Any]:
    """A child's slot value born in the year `value` ("2025"), known to the year."""
    return {"birth_date": f"{value}-01-01", "precision": "year", "height_cm": None, **more}


def make_tracker(text: str, intent: str = "inform", **slots: Any) -> Tracker:
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    events = [{"event": "user", "text": text, "parse_data": message}]
    return Tracker(
        sender_id="test",
        slots=dict(slots),
        latest_message=message,
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": "household_form"} if slots.get("requested_slot") else {},
        latest_action_name="action_listen",
    )


def texts(dispatcher: CollectingDispatcher) -> str:
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


# Bookkeeping of what the bot has said (digests of clause-block lines, actions/turn.py): not
# a fact of the family nor a state of the dialogue the tests compare; tests that carry it from
# one turn to the next read the events themselves.
BOOKKEEPING = frozenset({"said_lines", "last_reply"})


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        e["name"]: e["value"]
        for e in events
        if e.get("event") == "slot" and e["name"] not in BOOKKEEPING
    }


def hotline_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """A worker's question answered in hotline mode: the reply and the slots it sets."""
    import asyncio

    from actions.answers import ActionAnswerPolicyQuestion

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher), slot_events(events)
