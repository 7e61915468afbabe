"""Tester 98's conversations (stop 62), asked again: an English mother whose baby son gets 800
a month asks the total and whether her mother may apply for it."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def daughter_and_baby_son() -> dict[str, Any]:
    """A Jinan hukou family: a daughter born 12 May 2023 (the 1st child, no subsidy) and a son
    born 1 November 2026 while the family drew dibao (the 2nd child: 600 + 200 = 800 a month
    until 1 November 2029, 28,800 in all, Jinan clause 12), the answer shown."""
    children = [
        {"birth_date": "2023-05-12", "precision": "day"},
        {"birth_date": "2026-11-01", "precision": "day", "hardship_at_birth": True},
    ]
    return {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }


async def test_the_total_asked_beside_the_months_figure_is_given() -> None:
    """ "and the money? 800/month till 3, whats the total": yes, 800 a month until 1 November
    2029, and 28,800 over the whole time (tester 98 p7 asked it four times)."""
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "and the money? 800/month till 3, whats the total",
        "ask_policy",
        daughter_and_baby_son(),
    )
    assert reply.startswith("Yes.") and "1 Nov 2029" in reply, reply
    assert "28,800" in reply


async def test_the_total_and_whether_grandma_may_apply_are_both_answered() -> None:
    """ "total amount pls. also can my mum apply for it for us": 28,800, and the plan does not
    say whether a relative may apply for the childcare subsidy (clause 12) — never the
    grandparents' care insurance (tester 98 p7)."""
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "total amount pls. also can my mum apply for it for us, we're both working",
        "ask_policy",
        daughter_and_baby_son(),
    )
    assert "28,800" in reply, reply
    assert "whether a relative may apply on the family's behalf" in reply
    assert "long-term care" not in reply.lower()


@pytest.mark.parametrize("intent", ["ask_policy", "nlu_fallback"])
async def test_a_move_of_the_hukou_to_beijing_ends_jinans_600(intent: str) -> None:
    """A Jinan hukou family, twins born 18 March 2025 beside an eldest of 6. "要是明年俺们户口迁去
    北京了 这个600的还能接着领吗": under Jinan clause 12 no, the subsidy needs Jinan hukou; the
    plan says nothing of the months before the move (tester 98 p2 got Beijing's birth
    registration and a note on how long a new hukou must be held)."""
    from actions.answers import ActionRouteUnclear

    children = [
        {"birth_date": "2020-12-01", "precision": "month"},
        {"birth_date": "2025-03-18", "precision": "day", "hardship_at_birth": False},
        {"birth_date": "2025-03-18", "precision": "day", "hardship_at_birth": False},
    ]
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children": children,
        "children_partial": children,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    action = ActionAnswerPolicyQuestion() if intent == "ask_policy" else ActionRouteUnclear()
    reply = await says(action, "要是明年俺们户口迁去北京了 这个600的还能接着领吗", intent, slots)
    assert reply.startswith("按方案不能：育儿补贴（济南，第12条）要求济南户籍"), reply
    assert "生育登记" not in reply and "落户多久" not in reply
