"""Tester 99's calls (stop 64), asked again: a Jinan caller whose unemployment benefit was drawn
in Beijing asks whether the 200 is added."""

from datetime import date

import pytest

from actions import clock
from actions.household_form import ValidateHouseholdForm
from tests.actions.test_questions_t33c import says
from tests.actions.test_questions_t77_t78 import hotline_case

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def test_a_benefit_drawn_in_beijing_keeps_the_call_on_jinans_plan() -> None:
    """A Jinan caller (hukou moved there with the father), 2nd child born June 2025. "生二胎时她在领失业金（北京领的），加不加200":
    yes, 600 + 200 = 800 a month until the third birthday (Jinan clause 12); Beijing is where the
    benefit was drawn, not the plan asked (tester 99 h2 got Beijing's list of items, then "不对，
    是800元，不是200元")."""
    slots = hotline_case(
        "zh",
        [{"birth_date": None}, {"birth_date": "2025-06-01", "precision": "month"}],
        birth_insurance="employee_maternity",
    )
    reply = await says(
        ValidateHouseholdForm(), "生二胎时她在领失业金（北京领的），加不加200", "inform", slots
    )
    assert reply.startswith("加。"), reply
    assert "600+200=800" in reply and "第12条" in reply
    assert "北京" not in reply
    assert slots["hotline_city"] == "jinan"
