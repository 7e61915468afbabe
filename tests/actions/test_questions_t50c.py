"""Tester round 49, yes/no verdicts and sums across children (fix-t50c). Each test: the family
or the hotline case known so far (the slots), what the citizen or the worker wrote, what the
reply must and must not say, and the clause. Today is 1 December 2026 in China."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from tests.actions.conftest import DOMAIN, hotline_turn, make_tracker, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str | None, precision: str | None = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision if born else None, "height_cm": None, **more}


def turn(text: str, intent: str = "ask_policy", action: Any = None, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, **slots)
    asyncio.run((action or ActionAnswerPolicyQuestion)().run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher)


# ------------------------------- 1. a premise put back that the plan confirms (49 A3, c03)
# The hotline's fourth caller: Beijing, a child of 3 months; the worker has just read out
# Beijing's clause (12) (a family upbringing subsidy system "gradually established").
BEIJING_CALLER: dict[str, Any] = {
    "hotline_city": "beijing",
    "reply_brief": True,
    "topic_entry": "beijing.family_upbringing_subsidy_system",
    "hotline_case": {"city": "beijing", "children_partial": [child("2026-09-01")]},
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("这个北京的就是说现在没有钱领对吧 那孩子上医保有补贴没", "zh"),
        ("就是说北京没钱领是吧 孩子医保有没有补贴", "zh"),
        (
            "so in Beijing there's no money right now, right? and is there a subsidy for the "
            "kid's medical insurance",
            "en",
        ),
    ],
)
def test_no_money_put_back_is_right_and_the_insurance_part_is_answered_too(
    text: str, lang: str
) -> None:
    """ "No money now, right?" is right: Beijing clause (12) only says a subsidy system will be
    gradually established, no amount. The child's insurance: no subsidy in Beijing, only the
    joint enrolment of clause (4) (the free contribution is Jinan's clause 15). 对 first, and
    never 不对 / "No." to the premise the plan confirms."""
    said, _ = hotline_turn(text, lang, **BEIJING_CALLER)
    if lang == "zh":
        assert said.startswith("对"), said
        assert "不对" not in said, said
        assert "第(12)条" in said and "第(4)条" in said, said
        assert said.index("第(12)条") < said.index("第(4)条"), said
    else:
        assert said.startswith("Yes, that's right"), said
        assert "clause (12)" in said and "clause (4)" in said, said
        assert said.index("clause (12)") < said.index("clause (4)"), said


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("你说不对？我说的是北京现在没钱领 对不对", "zh", "nlu_fallback"),
        ("我说的是北京现在没有钱可以领 对吧", "zh", "deny"),
        ("I said there's no money in Beijing right now, right?", "en", "nlu_fallback"),
    ],
)
def test_the_premise_pushed_back_is_confirmed_not_sorry(text: str, lang: str, intent: str) -> None:
    """The worker insists on the premise ("我说的是北京现在没钱领 对不对") and the classifier does
    not place it: 对 with clause (12), never 没太明白 / Sorry."""
    said = turn(text, intent=intent, action=ActionRouteUnclear, language=lang, **BEIJING_CALLER)
    assert said.startswith("对" if lang == "zh" else "Yes"), said
    assert ("第(12)条" if lang == "zh" else "clause (12)") in said, said
    for wrong in ("没太明白", "Sorry", "不对"):
        assert wrong not in said, said


def test_a_beijing_family_gets_the_same_two_answers() -> None:
    """A citizen's Beijing family (not the hotline): the same 对 (12) and the insurance's no (4)."""
    said = turn(
        "所以北京现在没钱领对吧 那孩子上医保有补贴没",
        language="zh",
        city="beijing",
        hukou_in_city=True,
        children=[child("2026-09-01")],
        result_shown=True,
    )
    assert said.startswith("对"), said
    assert "不对" not in said and "第(12)条" in said and "第(4)条" in said, said
