"""A child of the family asked about the measure under discussion, the measure left unsaid
("does the older one get it too?"), whichever action the classifier's intent runs. Tester 48's
fixer found it answered with "Sorry" (the unclear route) or with the "birth one thing" service
(the details action, by "one"). Today is 1 December 2026 in China."""

from typing import Any

import pytest

from tests.actions.test_questions_t49d import ACTIONS, december_2026, reply_to

__all__ = ["december_2026"]
# The intents such a follow-up is classified as (next steps asks how to apply, not who gets it).
INTENTS = sorted(set(ACTIONS) - {"ask_next_steps"})

# A Jinan family with hukou: the eldest born November 2021 (5), the second August 2025; the
# childcare subsidy (Jinan clause 12) just answered.
TWO_CHILDREN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
    "children": [
        {"birth_date": "2021-11-01", "precision": "month", "height_cm": None},
        {"birth_date": "2025-08-01", "precision": "month", "height_cm": None},
    ],
}


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(
    "asked", ["does the older one get it too?", "is the eldest eligible too?", "老大也有吗"]
)
async def test_the_eldest_asked_of_the_subsidy_is_told_no_as_the_first_child(
    asked: str, intent: str
) -> None:
    reply, _ = await reply_to(asked, intent, **TWO_CHILDREN)
    assert reply.startswith(("No.", "不能。", "没有。")), reply
    assert "clause 12" in reply or "第12条" in reply
    assert "birth one thing" not in reply.lower() and "Sorry" not in reply


@pytest.mark.parametrize("intent", INTENTS)
async def test_the_younger_one_asked_of_the_subsidy_gets_its_600_until_3(intent: str) -> None:
    reply, _ = await reply_to("can the younger one get it?", intent, **TWO_CHILDREN)
    assert reply.startswith("Yes."), reply
    assert "600 yuan/month" in reply and "child 2" in reply and "1 Aug 2028" in reply
