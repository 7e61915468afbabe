"""Tester 67 c10: a Jinan family with a son of 3 and triplets due in February 2027, not on
dibao. Jinan clause 12 pays 600 yuan a month for the 2nd and 3rd child and names no 4th: the
triplets' third is the 4th child, of whom the plan says nothing. "so 1800 a month right" heard
a bare "No."; "does child 4 get nothing?" heard the inpatient rate and was put in hotline mode."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, make_tracker, slot_events

TODAY = date(2026, 12, 5)
DUE = {"birth_date": "2027-02-01", "precision": "month", "hardship_at_birth": False}
FAMILY: dict[str, Any] = {
    "language": "en",
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "result_shown": True,
    "children_partial": [
        {"birth_date": "2023-06-01", "precision": "month", "approx": "3"},
        DUE,
        DUE,
        DUE,
    ],
}


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def asked(text: str) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerPolicyQuestion().run(
        dispatcher, make_tracker(text, intent="ask_policy", **FAMILY), DOMAIN
    )
    return "\n".join(m.get("text") or "" for m in dispatcher.messages), slot_events(events)


async def test_three_times_600_is_no_and_says_why() -> None:
    """ "so 1800 a month right": no; the 4th child is outside clause 12's text, 1,200 together."""
    reply, _ = await asked("so 1800 a month right")
    assert reply.startswith("No.\nThe 4th child: Childcare subsidy (clause 12) names only the 2nd")
    assert "Together 1,200 yuan a month." in reply


@pytest.mark.parametrize(
    "text", ["does child 4 get nothing?", "what benefits do you have for child 4"]
)
async def test_the_fourth_child_asked_of_is_outside_the_plans_text(text: str) -> None:
    """The citizen's own 4th child: the plan names the 2nd and 3rd only; no hotline case."""
    reply, slots = await asked(text)
    assert reply.startswith("Not under the plan's text: Childcare subsidy (clause 12) names only")
    assert "hotline_case" not in slots and "hotline_city" not in slots
