"""Findings of stop 51's own checks: a question naming two housing measures asked before the
form's questions (Jinan clause 14: the loan ceiling and the rent withdrawal)."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.results import ActionShowEntitlements
from tests.actions.conftest import make_tracker, texts


@pytest.fixture(autouse=True)
def stop_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The day these conversations were played (China)."""
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 5))


def shown(text: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    asyncio.run(
        ActionShowEntitlements().run(dispatcher, make_tracker(text, "ask_policy", **slots), {})
    )
    return texts(dispatcher)


UNDATED = {"birth_date": None, "precision": None, "height_cm": None}

# Jinan hukou, three children whose dates were not told, both parents paying into the housing
# fund, renting; the question was kept while the form ran.
THREE_CHILDREN_RENTING: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "housing_fund_contributors": 2,
    "renting": True,
    "children_partial": [UNDATED, UNDATED, UNDATED],
    "focus_entry": "jinan.housing_fund_loan_limit",
    "focus_question": "如果我们买首套房能贷多少 租房能提公积金吗",
}


def test_the_loan_and_the_rent_withdrawal_asked_together_are_both_answered() -> None:
    """ "如果我们买首套房能贷多少 租房能提公积金吗": 1,000,000 yuan for three children and two
    payers, and the rent withdrawal with the fact it still needs (clause 14); the family heard
    the loan alone."""
    said = shown("如果我们买首套房能贷多少 租房能提公积金吗", **THREE_CHILDREN_RENTING)
    assert "最高1,000,000元" in said
    assert "按实际房租支出提取住房公积金" in said
    assert "在本市是否有自有住房" in said
