"""Tester 46's dodged questions (fix-t47h). Each test: the family or case known so far (the
slots), what the citizen or hotline worker wrote, what the reply must and must not say, with the
clause. Today is 1 December 2026 in China."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from tests.actions.conftest import DOMAIN, make_tracker, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str | None = None, precision: str | None = None, **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision, "height_cm": None, **more}


def reply(action: Any, text: str, lang: str, intent: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    asyncio.run(action().run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher)


# ------------------------------------------------- item 13: a whole period's total put back
# Tester 46 c02: a Jinan hotline call about a 3rd child born while on dibao; the +200 discussed.
THIRD_ON_DIBAO_CALL: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "hotline_case": {
        "city": "jinan",
        "children_partial": [child(), child(), child(hardship_at_birth=True)],
        "children_count": 3,
    },
}
TOTALS_WITH_THE_200 = [
    ("28800对不对 你就说对还是不对", "zh"),
    ("一个月800 领三年 总共是28800元 对吗", "zh"),
    ("三年下来一共28800是吧", "zh"),
    ("so 800 for 3 years, 28800 in total, right?", "en"),
    ("28,800 altogether, yes or no?", "en"),
]


@pytest.mark.parametrize(("text", "lang"), TOTALS_WITH_THE_200)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionRouteUnclear, "nlu_fallback"), (ActionAnswerPolicyQuestion, "ask_policy")],
)
def test_a_total_with_the_200_put_back_gets_yes_with_its_sum_and_conditions(
    text: str, lang: str, action: Any, intent: str
) -> None:
    """Jinan clause 12: 600 a month per 2nd or 3rd child born from 1 January 2023 with Jinan
    hukou, 200 more if born while on dibao (etc.), until the child turns 3: (600+200) x 36 =
    28,800. Yes first, with the sum and the conditions; never "没太明白" or "不是这个数"."""
    said = reply(action, text, lang, intent, **THIRD_ON_DIBAO_CALL)
    if lang == "zh":
        assert said.startswith("对"), said
        for part in ("800", "36", "28,800元", "济南户籍", "2023年1月1日", "低保", "第12条"):
            assert part in said, (part, said)
        for wrong in ("没太明白", "不是这个数"):
            assert wrong not in said, said
    else:
        assert said.startswith("Yes"), said
        for part in ("800", "36", "28,800 yuan", "household registration", "2023", "clause 12"):
            assert part in said, (part, said)
        assert "minimum subsistence" in said, said
        assert "not that figure" not in said and "Sorry" not in said, said


@pytest.mark.parametrize(
    ("text", "lang"), [("21600对不对", "zh"), ("so 21,600 in total right?", "en")]
)
def test_the_600_alone_over_three_years_is_yes_too(text: str, lang: str) -> None:
    """600 x 36 = 21,600 (clause 12), confirmed with its conditions."""
    said = reply(ActionAnswerPolicyQuestion, text, lang, "ask_policy", **THIRD_ON_DIBAO_CALL)
    assert said.startswith("对" if lang == "zh" else "Yes"), said
    assert ("21,600元" if lang == "zh" else "21,600 yuan") in said, said
    assert ("第12条" if lang == "zh" else "clause 12") in said, said


@pytest.mark.parametrize(
    ("text", "lang"), [("一共30000对吧", "zh"), ("so 40000 total right?", "en")]
)
def test_a_wrong_total_is_no_with_the_right_totals(text: str, lang: str) -> None:
    """A total the plan's figures do not give: no, then 21,600 and 28,800 (clause 12)."""
    said = reply(ActionAnswerPolicyQuestion, text, lang, "ask_policy", **THIRD_ON_DIBAO_CALL)
    assert said.startswith("不是" if lang == "zh" else "No"), said
    for total in ("21,600", "28,800"):
        assert total in said, said
