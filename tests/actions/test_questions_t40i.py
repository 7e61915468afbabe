"""Tester 40 played citizens and 12345 hotline workers on 1 December 2026 (fix-t40i): the whole
sum of the Jinan childcare subsidy for twins (clause 12: 600 yuan a month to the 3rd birthday,
200 more for a birth on dibao, special hardship support or unemployment benefits)."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, make_tracker, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


TWIN = {"birth_date": "2023-01-01", "precision": "day", "height_cm": None}
# Tester 40 r09 after "twins born 2023-01-01, first child 4. do the twins both get 600?"
TWINS_CASE: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy",
    "hotline_birth": "2023-01-01",
    "hotline_case": {
        "city": "jinan",
        "children_partial": [
            {"birth_date": "2022-06-01", "precision": "year", "height_cm": None},
            dict(TWIN),
            dict(TWIN),
        ],
    },
}


def reply(text: str, lang: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, **{**TWINS_CASE, "language": lang, **slots})
    asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher)


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("total subsidy for both twins together?", "en"),
        ("how much altogether for the twins", "en"),
        ("what's the total for the two of them", "en"),
        ("两个双胞胎一共能领多少", "zh"),
        ("双胞胎补贴加起来总共多少钱", "zh"),
        ("俩孩子合计能拿多少", "zh"),
    ],
)
def test_the_twins_total_is_summed_over_both_and_the_months(asked: str, lang: str) -> None:
    said = reply(asked, lang)
    assert "43,200" in said  # 2 x 600 x 36 months (clause 12)
    assert "57,600" in said  # 2 x 800 x 36, only if the birth was on benefits
    assert ("第12条" if lang == "zh" else "clause 12") in said
    assert ("2026年1月1日" if lang == "zh" else "1 Jan 2026") in said
    assert "15" not in said.split("\n")[0]  # not the medical insurance of clause 15
    assert "医保" not in said and "medical insurance" not in said


def test_a_birth_not_on_benefits_has_no_conditional_supplement() -> None:
    case = {
        **TWINS_CASE["hotline_case"],
        "children_partial": [
            {"birth_date": "2022-06-01", "precision": "year", "height_cm": None},
            {**TWIN, "hardship_at_birth": False},
            {**TWIN, "hardship_at_birth": False},
        ],
    }
    said = reply("total subsidy for both twins together?", "en", hotline_case=case)
    assert "43,200" in said and "57,600" not in said


def test_a_month_total_is_not_the_whole_sum() -> None:
    said = reply("how much a month in total for the twins?", "en")
    assert "43,200" not in said


# --- N11: the enrolment window of the newborn's medical insurance, asked as a rule ------------

HOTLINE: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.housing_fund_loan",
}


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("再问个 济南生老二 新生儿上居民医保 最晚啥时候办 超了还补吗", "zh"),
        ("新生儿居民医保几个月内要办 过了还有补贴吗", "zh"),
        ("宝宝上居民医保的期限是多久 错过了还给补吗", "zh"),
        ("newborn resident medical insurance: what's the deadline, and if they're late?", "en"),
        ("baby's resident medical insurance, by when must it be done? what if we miss it", "en"),
    ],
)
def test_the_window_and_a_late_enrolment_are_both_answered(asked: str, lang: str) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(asked, **{**HOTLINE, "language": lang})
    asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN))
    said = texts(dispatcher)
    assert ("6个月内" if lang == "zh" else "within 6 months") in said  # clause 15's window
    assert ("超过6个月" if lang == "zh" else "later than 6 months") in said  # late: not paid
    assert ("第15条" if lang == "zh" else "clause 15") in said
    assert "2023年1月1日以后出生的二孩" not in said  # not the clause text alone


# --- N10: "how much do we get?" with the family told and the benefits at the birth said -------


@pytest.mark.parametrize(
    ("told", "lang"),
    [
        (
            "hello. jinan. I have 3 kids: 9, 4 (born 2022) and a baby born last October. we were "
            "on dibao when the baby was born. how much do we get?",
            "en",
        ),
        (
            "jinan. kids aged 9 and 4 (born 2022), baby born October 2026, we got dibao when she "
            "was born. how much will we receive?",
            "en",
        ),
        (
            "济南 三个孩子 老大9岁 老二2022年生的 老三今年10月生的 生老三的时候吃低保 我们能拿多少",
            "zh",
        ),
    ],
)
def test_the_family_hears_its_figure_while_the_hukou_is_open(told: str, lang: str) -> None:
    from actions.household_form import ValidateHouseholdForm

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(told, requested_slot="city", language=lang)
    asyncio.run(ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN))
    said = texts(dispatcher)
    assert "600+200=800" in said  # the baby, born on dibao (clause 12)
    assert ("如果是济南户口" if lang == "zh" else "If you have Jinan hukou (not known yet)") in said
    assert ("第12条" if lang == "zh" else "clause 12") in said
    assert "additional 200 yuan per month on top" not in said  # not the 200's text alone


# --- N7: back pay asked "yes or no" while the form waits (read as a yes by the classifier) ----


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("can we still claim the months we missed for the 2nd child? yes or no", "en"),
        ("the 600 we never claimed for our 2nd, can it be paid back? y/n", "en"),
        ("老二没领的那几个月 还能补发吗 能还是不能", "zh"),
        ("老二之前没领过 到底能不能补领", "zh"),
    ],
)
def test_back_pay_asked_yes_or_no_is_answered_in_the_form(asked: str, lang: str) -> None:
    from actions.household_form import ValidateHouseholdForm
    from tests.actions.conftest import month

    kids = [month("2017-06"), month("2023-01"), month("2026-10", hardship_at_birth=True)]
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        asked,
        "affirm",
        requested_slot="birth_insurance",
        language=lang,
        city="jinan",
        hukou_in_city=True,
        children=kids,
        children_partial=kids,
        result_shown=True,
        topic_entry="jinan.childcare_subsidy",
    )
    asyncio.run(ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN))
    said = texts(dispatcher)
    assert ("没有写" if lang == "zh" else "does not say") in said  # the plan's silence
    assert ("第12条" if lang == "zh" else "clause 12") in said
    assert ("卫生健康委员会" if lang == "zh" else "Health Commission") in said  # lead department
    assert "insurance did the mother have" not in said
