"""Tester 34 (1 December 2026) got the wrong topic answered (fix-t34g): the money asked by its
sum or as "the subsidy", with no measure named, is the city's monthly money (Jinan clause 12:
600 yuan a month per 2nd or 3rd child born on or after 1 January 2023, until the 3rd
birthday), not the measure discussed before (the loan ceiling) nor one a search guesses (the
newborn's insurance)."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str) -> dict[str, Any]:
    return {"birth_date": born, "precision": "month", "height_cm": None}


# Tester 34 c08: a Jinan family renting, one housing-fund payer, a 5-year-old and a baby born
# May 2023; the loan ceiling was the last answer; the form still asks the mother's insurance.
AFTER_THE_LOAN = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2021-06-01"), child("2023-05-01")],
    "housing_fund_contributors": 1,
    "renting": True,
    "owns_home_in_city": False,
    "buying_first_home": True,
    "topic_entry": "jinan.housing_fund_loan_limit",
    "requested_slot": "birth_insurance",
}


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("how much total have we got for the baby so far and when does it end", "en"),
        ("how much have we received in total for the little one? until when", "en"),
        ("how much subsidy do we get", "en"),
        ("孩子的补贴一共领了多少 到什么时候", "zh"),
        ("我们能拿多少补贴", "zh"),
    ],
)
async def test_the_sum_asked_after_the_loan_ceiling_is_the_childcare_subsidys(
    asked: str, lang: str
) -> None:
    """Clause 12: child 2, born May 2023, had 600 a month, 21,600 in all (36 months), ended at
    the 3rd birthday in May 2026; never the loan ceiling's 600,000 (clause 14)."""
    reply = await says(
        ActionAnswerPolicyQuestion(), asked, "ask_policy", {**AFTER_THE_LOAN, "language": lang}
    )
    assert "21,600" in reply and "600" in reply, reply
    assert ("clause 12" in reply) if lang == "en" else ("第12条" in reply), reply
    assert "2026" in reply, reply
    assert "600,000" not in reply and "60万" not in reply, reply


# Tester 34 c10: a Jinan family, the 2nd child born October 2026 while on dibao (600 + 200 =
# 800 a month, clause 12); the grandparents' long-term care insurance (clause 15) was discussed.
AFTER_THE_GRANDPARENTS = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2020-06-01"), {**child("2026-10-01"), "hardship_at_birth": True}],
    "hardship_at_birth": True,
    "topic_entry": "jinan.grandparents_ltc_insurance_subsidy",
}


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("how do I apply for the 800", "en"),
        ("where do we claim the 800 a month?", "en"),
        ("800怎么申请", "zh"),
        ("那800元怎么领取", "zh"),
    ],
)
async def test_the_800_asked_how_to_claim_is_the_childcare_subsidy(asked: str, lang: str) -> None:
    """The 800 is clause 12's 600 with the 200 paid with it: the childcare subsidy's steps and
    its lead department (the Municipal Health Commission), not the grandparents' insurance."""
    reply = await says(
        ActionAnswerPolicyQuestion(),
        asked,
        "ask_policy",
        {**AFTER_THE_GRANDPARENTS, "language": lang},
    )
    if lang == "en":
        assert "Health Commission" in reply and "hildcare subsidy" in reply, reply
        assert "long-term care" not in reply and "Health Insurance Bureau" not in reply, reply
    else:
        assert "卫生健康委员会" in reply and "育儿补贴" in reply, reply
        assert "长期护理" not in reply and "医疗保障局" not in reply, reply
