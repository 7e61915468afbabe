"""Findings of stop 52's own conversations: the number of days asked of a Beijing leave its plan
gives no number for, after that leave was answered (clause (15)), is that leave's silence, never
Jinan's paternity leave found by the word "几天"."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import make_tracker, texts


@pytest.fixture(autouse=True)
def stop_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The day these conversations were played (China)."""
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 5))


def answer(text: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "ask_policy", **slots)
    asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, {}))
    return texts(dispatcher)


# Beijing hukou, an only child whose father is in hospital; the only-child parents' nursing
# leave (clause (15)) was just answered.
NURSING_LEAVE_ANSWERED: dict[str, Any] = {
    "language": "zh",
    "city": "beijing",
    "hukou_in_city": True,
    "topic_entry": "beijing.family_planning_family_rights",
    "result_shown": True,
}


@pytest.mark.parametrize("text", ["那到底几天啊", "护理假到底多少天"])
def test_the_days_of_a_leave_the_plan_gives_no_number_for(text: str) -> None:
    """The Beijing plan sets up the nursing leave but gives no number of days: said first,
    with clause (15); Jinan's paternity leave is not brought in."""
    said = answer(text, **NURSING_LEAVE_ANSWERED)
    assert said.startswith("北京方案没有写这个数。")
    assert "第(15)条" in said
    assert "护理假的天数" in said
    assert "陪产假" not in said
    assert "无法据此回答能不能" not in said


def test_the_days_asked_in_english() -> None:
    said = answer("so how many days is it?", **{**NURSING_LEAVE_ANSWERED, "language": "en"})
    assert said.startswith("The Beijing plan gives no such figure.")
    assert "paternity" not in said.lower()


@pytest.mark.parametrize(
    "text",
    [
        "hotline. caller jinan hukou, 3rd child born 2024-02-10, family on dibao at that birth. "
        "monthly amount and end date, clause please",
        "caller jinan hukou, 3rd child born 2024-02-10, family on dibao at that birth. monthly "
        "amount and end date, clause please",
    ],
)
def test_a_hotline_note_in_nouns_gets_the_callers_figure(text: str) -> None:
    """A worker's note: the third child born 10 Feb 2024 while on dibao gets 600 + 200 a month
    until 10 Feb 2027 (Jinan clause 12), with a sentence to read out; not the clause's text for
    every family."""
    said = answer(text, language="en")
    assert "800 yuan a month" in said
    assert "10 Feb 2027" in said
    assert "clause 12" in said
    assert "You can read out" in said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("老二是剖腹产 医保能报多少", "zh"),
        ("how much of my c-section does medical insurance cover?", "en"),
    ],
)
def test_a_caesarean_in_beijing_is_its_maternity_insurance(text: str, lang: str) -> None:
    """Beijing clause (12) covers birth medical costs under maternity insurance and gives no rate:
    that, not "the Beijing plan says nothing about this"."""
    said = answer(text, language=lang, city="beijing")
    assert "(12)" in said
    assert "无法据此回答能不能" not in said
    assert "cannot say yes or no" not in said


def test_the_husbands_leave_in_beijing_is_its_own_leave_clause() -> None:
    """ "我老公能休几天" in Beijing: clause (12) sets up paternity leave with no number of days;
    never "the Beijing plan says nothing about this" because Jinan's paternity leave matched."""
    said = answer(
        "我老公能休几天",
        language="zh",
        city="beijing",
        hukou_in_city=True,
        topic_entry="beijing.leave_entitlements",
        result_shown=True,
    )
    assert "第(12)条" in said
    assert "陪产假" in said
    assert "无法据此回答能不能" not in said
    assert "第11条" not in said


# Beijing, one child about 18 months old; the income-tax deduction for care of children under 3
# (clause (9)) was just answered.
TAX_DEDUCTION_ANSWERED: dict[str, Any] = {
    "language": "zh",
    "city": "beijing",
    "children_partial": [
        {"birth_date": "2025-06-01", "precision": "month", "height_cm": None, "approx": "1岁半"}
    ],
    "topic_entry": "beijing.iit_infant_care_deduction",
    "result_shown": True,
}


def test_a_figure_put_back_of_the_tax_deduction_is_the_plans_silence() -> None:
    """ "一个月2000是吧" after the deduction: the Beijing plan gives no amount (clause (9)); never
    "不是… 现在没有按月发放的补贴", the answer about monthly money."""
    said = answer("一个月2000是吧", **TAX_DEDUCTION_ANSWERED)
    assert said.startswith("北京方案没有写这个数。")
    assert "第(9)条" in said
    assert "按月发放的补贴" not in said


def test_the_deduction_for_two_children_stays_the_deduction() -> None:
    """ "那老二出生以后呢 俩孩子能抵多少": the deduction again (no amount in the plan), not the
    birth registration found by "出生"."""
    said = answer("那老二出生以后呢 俩孩子能抵多少", **TAX_DEDUCTION_ANSWERED)
    assert "第(9)条" in said
    assert "第(4)条" not in said
