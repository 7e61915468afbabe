"""Tester 64's misrouted questions (stop 53): a hotline worker asking whether the caller gets the
nursery's 400 a month got the delivery clause read out, and a mother asking whether her
mother-in-law "能沾光" got nothing understood. The question names its measure; the answer says
who is paid."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.focus import asked_measure, asks_for_grandparents
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 11, 29)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def conversation(lang: str, *turns: str) -> list[str]:
    """The worker's messages in turn, the slots kept between them; the replies."""
    slots: dict[str, Any] = {"language": lang}
    return [await says(ActionAnswerPolicyQuestion(), x, "ask_policy", slots) for x in turns]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("caller says she heard nursery gives 400 a month per kid, does she get that cash?", "en"),
        ("听说托育每月400 我们能领吗", "zh"),
    ],
)
def test_the_nurserys_400_a_month_is_the_measure_asked(text: str, lang: str) -> None:
    """Jinan clause 12's 400 yuan a month per child enrolled, paid to registered childcare
    organisations: named by the nursery and the sum, whatever was discussed before."""
    asked = asked_measure(text, "jinan", lang)
    assert asked is not None and asked.id == "jinan.childcare_fee_subsidy_institution"


async def test_a_worker_asking_if_the_caller_gets_the_nursery_money_hears_no_first() -> None:
    """After the delivery costs (clause 15), the nursery's 400: not paid to parents (clause 12),
    never clause 15 read out again."""
    *_, reply = await conversation(
        "en",
        "hotline agent here, caller on the line, Jinan. caller is on resident medical insurance. "
        "hospital delivery, how much does insurance pay? figure + clause + read-out",
        "caller says she heard nursery gives 400 a month per kid, does she get that cash? "
        "kid is 2, jinan hukou",
    )
    assert reply.startswith("No. This is for childcare institutions"), reply
    assert "clause 12" in reply and "3,000" not in reply, reply


@pytest.mark.parametrize("text", ["我婆婆能沾光不", "孩子姥姥能沾点光吗", "老人能沾光不"])
def test_a_grandparent_sharing_the_benefit_is_clause_15(text: str) -> None:
    """沾光 of a grandparent asks what grandparents get: Jinan clause 15's long-term care
    insurance contribution, paid in full."""
    assert asks_for_grandparents(text)
    asked = asked_measure(text, "jinan", "zh")
    assert asked is not None and asked.id == "jinan.grandparents_ltc_insurance_subsidy"
