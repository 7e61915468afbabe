"""Tester 121's people (stop 73's final code), asked again on 7 December 2026: a hotline caller
named back with nothing asked besides is answered the measure discussed with that caller."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def test_back_to_caller_a_is_caller_as_600_not_another_measure() -> None:
    """Caller A: Jinan, a 2nd child born February 2024, asking about the childcare subsidy: 600
    yuan a month until the 3rd birthday (clause 12). Caller B asks about Beijing. Back to caller
    A for "the amount, the clause, one sentence": A's 600 under clause 12 again, not clause 13's
    preschool aid."""
    slots: dict[str, Any] = {"language": "zh"}
    answers = ActionAnswerPolicyQuestion()
    await says(answers, "热线 来电人A 济南 老二2024年2月 问育儿补贴", "ask_policy", slots)
    await says(answers, "来电人B 北京 刚生老二", "ask_policy", slots)
    reply = await says(answers, "回到来电人A 给我金额 条款 一句话", "ask_policy", slots)
    assert "每月600元" in reply and "第12条" in reply
    assert "第13条" not in reply and "学前教育" not in reply


async def test_back_to_caller_1_is_caller_1s_800_not_caller_2s_insurance() -> None:
    """Caller 1: Jinan, a 3rd child born 10 March 2023, special hardship at the birth: 800 a
    month (600 + 200, clause 12) until the 3rd birthday, 10 March 2026. Caller 2 asks about a
    newborn's insurance (clause 15). Back to caller 1: the 800 and its end, not clause 15."""
    slots: dict[str, Any] = {"language": "en"}
    answers = ActionAnswerPolicyQuestion()
    await says(
        answers,
        "hotline here. caller 1 jinan third child born 2023-03-10, special hardship at the birth",
        "ask_policy",
        slots,
    )
    await says(
        answers,
        "caller 2 2nd child born 2026-08-01 not enrolled, contribution free?",
        "ask_policy",
        slots,
    )
    reply = await says(answers, "back to caller 1: figure, clause, sentence", "ask_policy", slots)
    assert "800 yuan a month" in reply and "10 Mar 2026" in reply
    assert "clause 15" not in reply and "medical insurance" not in reply


async def test_a_grandmothers_what_do_we_get_is_clause_15s_care_insurance() -> None:
    """A grandmother in Jinan whose granddaughter, the 2nd child, was born in May 2025 asks what
    she and her husband get, in words the assistant reads as a check. Jinan clause 15: the
    grandparents of a 2nd or 3rd child born after 1 January 2023 have their long-term care
    insurance contribution paid in full. That is the answer, not the eldest's birth asked."""
    from actions.results import ActionShowEntitlements

    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            {"birth_date": "2025-05-01", "precision": "month", "height_cm": None},
        ],
        "housing_fund_contributors": 2,
        "buying_first_home": True,
        "result_shown": True,
        "offer": "full_check",
    }
    reply = await says(ActionShowEntitlements(), "我们老两口能沾点光不", "check_eligibility", slots)
    assert "长期护理保险" in reply and "第15条" in reply
    assert "哪年哪月出生" not in reply
