"""Conversations found this stop (lead 55): a housing fact told beside a question is kept; a
date worked out from a lunar month says so when its exact day is asked. Each test: the family
known so far (the slots), what the citizen wrote, what the reply must and must not say. Today is
3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.render import ask_children
from tests.actions.conftest import DOMAIN, day, make_tracker, month, slot_events, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))


async def policy_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """A question outside the form (intent ask_policy): the reply and the slots it set."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


# Jinan hukou, an eldest of about 6 and twins born 12 March 2026; the housing not yet told.
TWINS_OF_MARCH_2026: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2020-06", approx="6岁"), day("2026-03-12"), day("2026-03-12")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我们租房住 公积金能多租多少平米", "zh"),
        ("俺家是租的房子 公积金能取出来交房租不", "zh"),
        ("we rent our flat, can we take money out of the housing fund for it?", "en"),
    ],
)
async def test_renting_told_beside_a_housing_question_is_kept(text: str, lang: str) -> None:
    """Jinan clause 14: a family of two or more children renting with no home of its own may
    withdraw the housing fund for the rent. "We rent" told beside the question is read back and
    kept, so the answer never asks whether the family rents."""
    reply, set_ = await policy_turn(text, lang, **TWINS_OF_MARCH_2026)
    assert set_.get("renting") is True, (set_, reply)
    assert "是否租房居住" not in reply and "whether you rent" not in reply.lower(), reply


@pytest.mark.parametrize("text", ["租房能提公积金吗", "can renters use the housing fund?"])
async def test_a_question_naming_renting_states_no_renting(text: str) -> None:
    """A question about renters in general says nothing about this family: renting stays
    unknown (the answer may ask it)."""
    lang = "zh" if "租" in text else "en"
    _reply, set_ = await policy_turn(text, lang, **TWINS_OF_MARCH_2026)
    assert "renting" not in set_, set_


def test_the_exact_day_asked_of_a_lunar_month_names_the_words_it_came_from() -> None:
    """A 2nd child born in 22年腊月 (lunar 2022's 12th month: 23 December 2022 to 20 January
    2023) straddles 1 January 2023, the start of Jinan clause 12's subsidy: its exact day is
    asked, saying the date came from "22年腊月", not from an age."""
    children = [
        month("2021-06", approx="5岁"),
        month("2023-01", approx="22年腊月", exact_needed="jinan-childcare-subsidy"),
    ]
    question = ask_children(children, date(2026, 12, 3), "zh")  # type: ignore[arg-type]
    assert "按“22年腊月”推算" in question and "按年龄推算" not in question, question


@pytest.mark.parametrize(
    ("end", "left"),
    [
        (date(2027, 3, 1), "约3个月"),  # 2 months and 26 days: about 3
        (date(2029, 11, 1), "约35个月"),  # tester 55 m1: 34 months and 29 days, read as 34
        (date(2027, 2, 10), "约2个月"),  # 2 months and 7 days
        (date(2026, 12, 20), "不到1个月"),
    ],
)
def test_the_months_left_of_a_monthly_subsidy_are_rounded_to_the_nearest_month(
    end: date, left: str
) -> None:
    """Jinan clause 12 pays by the month until the third birthday; "about N months left" from
    3 December 2026 is the nearest whole month, never a month short."""
    from actions.totals import months_left

    assert months_left(end, date(2026, 12, 3), "zh") == left


def test_a_birth_known_to_the_year_only_is_said_to_be_counted_from_1_january() -> None:
    """An eldest told as "老大19年" is known to the year only: the note says so, not
    "只知道出生年月" as of the 2nd, born in a month told (tester 55 m4)."""
    from actions.headline import headline
    from actions.household import household_from_slots
    from policy_kb import evaluate

    slots: dict[str, Any] = {
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children": [
            {"birth_date": "2019-01-01", "precision": "year", "height_cm": None},
            month("2025-03"),
        ],
    }
    day_ = date(2026, 12, 3)
    report = evaluate(household_from_slots(slots, day_), as_of=day_)
    said = headline(report, "zh", (), (1, 2), None, (1,))
    assert "第1个孩子只知道出生年份，日期按当年1月1日推算" in said, said
    assert "第2个孩子只知道出生年月" in said, said
