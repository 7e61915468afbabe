"""Tester 46's imagined third child, stated totals, the eldest asked of and a grandmother's
questions (fix-t47e). Each test: the family known so far (the slots), what the citizen wrote,
what the reply must and must not say, with the clause. Today is 1 December 2026 in China."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionShowEntitlements, ActionWhatIf
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def aged(born: str, said: str, **more: Any) -> dict[str, Any]:
    """A child's slot value worked out from an age said ("3岁半", "刚满月")."""
    return {"birth_date": born, "precision": "month", "approx": said, "height_cm": None, **more}


# Tester 46 c01 after T2: Jinan hukou, 老大 about 3 and a half, 二宝 a month old; no benefits
# at either birth told.
TWO_CHILDREN: dict[str, Any] = {
    "city": "jinan",
    "language": "zh",
    "hukou_in_city": True,
    "children": [aged("2023-06-01", "3岁半"), aged("2026-11-01", "刚满月")],
}
ACTIONS = {
    "what_if": ActionWhatIf,
    "ask_policy": ActionAnswerPolicyQuestion,
    "inform": ActionShowEntitlements,
}


def reply_to(text: str, intent: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, **slots)
    action = ValidateHouseholdForm() if intent == "form" else ACTIONS[intent]()
    events = asyncio.run(action.run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher), slot_events(events)


# ---------------------------- 1: the +200 said of an imagined birth is that child's (clause 12)
IMAGINED_WITH_BENEFITS = [
    ("如果明年再要个老三呢 是不是也600 那时候我老公失业在领失业金 能多200不", "zh"),
    ("要是再生个老三 到时候我老公在领失业金 老三能领800不", "zh"),
    (
        "what if we have a 3rd next year, would it get 600 too? my husband will be on "
        "unemployment benefits then, is it 200 more?",
        "en",
    ),
]


@pytest.mark.parametrize("intent", ["form", *ACTIONS])
@pytest.mark.parametrize(("text", "lang"), IMAGINED_WITH_BENEFITS)
def test_benefits_said_of_an_imagined_birth_go_on_that_child_not_the_baby(
    text: str, lang: str, intent: str
) -> None:
    """Jinan clause 12: 200 more a month for a child born while the family draws dibao, special
    hardship support or unemployment benefits. Said of a 3rd child to come, it is that child's
    (600+200=800 until it turns 3); 二宝, born with none told, keeps 600 until 1 Nov 2029.
    Nothing of the family is noted (tester 46 c01: "记下了：现在在领失业金", then
    "第2个孩子：600+200=800元/月")."""
    reply, slots = reply_to(text, intent, **{**TWO_CHILDREN, "language": lang})
    must = {
        "zh": (
            "第3个孩子",
            "每月再加200元，共800元",
            "第2个孩子：600元/月，至2029年11月1日",
            "第12条",
        ),
        "en": (
            "Child 3",
            "200 yuan more, 800 yuan a month",
            "child 2: 600 yuan/month",
            "clause 12",
        ),
    }[lang]
    for said in must:
        assert said in reply, reply
    for wrong in ("600+200=800元/月，至2029", "第2个孩子：600+200", "现在在领", "Noted"):
        assert wrong not in reply, reply
    for fact in ("hardship_now", "hardship_at_birth", "children"):
        assert fact not in slots, slots
