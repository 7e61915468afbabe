"""Tester 97's conversations (stop 62), asked again: a hotline worker's caller whose 2nd child's
600 has ended and whose 3rd child is paid 800, asking what the family gets in all."""

from datetime import date

import pytest

from actions import clock
from actions.answers import ActionRouteUnclear
from tests.actions.test_questions_t33c import says
from tests.actions.test_questions_t77_t78 import hotline_case

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


@pytest.mark.parametrize(
    "text", ["一共多少钱", "老二老三的育儿补贴加起来一共多少", "那这家两个孩子加起来总共能拿多少钱"]
)
async def test_a_callers_family_total_adds_the_ended_and_the_paid_child(text: str) -> None:
    """A Jinan caller's 2nd child born 14 February 2023 (no benefits then) and 3rd born August
    2025 while the mother drew unemployment insurance benefits. "一共多少钱": 800 a month now
    (the 3rd child only); over the whole periods 21,600 for the 2nd (stopped 14 February 2026)
    and 28,800 for the 3rd, 50,400 in all (Jinan clause 12). Tester 97 i9 was told "这个我帮不上
    忙" and got the 3rd child's sum alone."""
    slots = hotline_case(
        "zh",
        [
            {"birth_date": None, "precision": None},
            {"birth_date": "2023-02-14", "precision": "day", "hardship_at_birth": False},
            {"birth_date": "2025-08-01", "precision": "month", "hardship_at_birth": True},
        ],
    )
    reply = await says(ActionRouteUnclear(), text, "out_of_scope", slots)
    assert "现在每月800元（第3个孩子）" in reply, reply
    assert "第2个孩子21,600元（已于2026年2月14日停发）＋第3个孩子28,800元＝50,400元" in reply
    assert "帮不上忙" not in reply
