"""Tester 96's families (stop 62), asked again: a mother expecting her third asking where to
apply after the subsidy was discussed."""

from datetime import date

import pytest

from actions import clock
from actions.results import ActionNextSteps
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


@pytest.mark.parametrize("text", ["那我什么时候去申请，去哪申请", "去哪申请", "where do we apply"])
async def test_where_to_apply_after_the_subsidy_is_the_subsidys_steps(text: str) -> None:
    """A Jinan family on dibao, daughters born 2018 and January 2024, the 3rd due April 2027, the
    childcare subsidy just discussed. "去哪申请" asks the subsidy's steps: the plan gives no
    procedure and the lead department is the Municipal Health Commission (Jinan clause 12),
    never public rental housing, which the bare word 申请 finds first (tester 96 c8)."""
    slots = {
        "language": "en" if text.isascii() else "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_now": True,
        "children": [
            {"birth_date": "2018-06-01", "precision": "month"},
            {"birth_date": "2024-01-01", "precision": "month", "hardship_at_birth": False},
            {"due_date": "2027-04-15"},
        ],
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await says(ActionNextSteps(), text, "ask_next_steps", slots)
    assert "卫生健康委员会" in reply or "Health Commission" in reply
    assert "公租房" not in reply and "public rental" not in reply.lower()
    assert slots["topic_entry"] == "jinan.childcare_subsidy"
