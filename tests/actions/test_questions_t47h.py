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
from tests.actions.test_questions_t40j import whole_turn

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


# ------------------------------- items 14, 18: the application and the total of the 600 asked
U = {"birth_date": None, "precision": None, "height_cm": None}
# Tester 46 c03: Jinan hukou, a 5-year-old and twins born November 2026, not on dibao.
TWINS = [
    {**U, "birth_date": "2021-06-01", "precision": "month"},
    {**U, "birth_date": "2026-11-01", "precision": "month"},
    {**U, "birth_date": "2026-11-01", "precision": "month"},
]
TWINS_AFTER_LEAVE: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "children": TWINS,
    "result_shown": True,
    "topic_entry": "jinan.parental_leave",
}
TWINS_AFTER_MONEY = {**TWINS_AFTER_LEAVE, "topic_entry": "jinan.childcare_subsidy"}
TWINS_FORM_ASKS_DIBAO: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": TWINS,
    "requested_slot": "hardship_at_birth",
    "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
    "topic_entry": "jinan.childcare_subsidy",
}


def says_no_procedure(said: str, lang: str) -> None:
    """Jinan clause 12 gives no application procedure; the lead department is the Municipal
    Health Commission. Never another measure's steps (public rental housing, clause 14)."""
    if lang == "zh":
        for part in ("育儿补贴", "第12条", "没有写申领流程", "济南市卫生健康委员会"):
            assert part in said, (part, said)
        assert "公租房" not in said, said
    else:
        for part in ("Childcare subsidy", "clause 12", "no application procedure"):
            assert part in said, (part, said)
        assert "Municipal Health Commission" in said, said
        assert "public rental" not in said.lower(), said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("HOW DO WE APPLY for the 1200. last time asking lol", "en"),
        ("where do we apply for the 1200 a month", "en"),
        ("1200怎么申请", "zh"),
        ("那1200去哪领", "zh"),
    ],
)
def test_the_twins_1200_is_the_subsidy_of_both(text: str, lang: str) -> None:
    """1,200 a month is twice clause 12's 600 (children 2 and 3): its application, whatever
    measure was discussed before (tester 46 c03 got switching public rental housing)."""
    said = reply(ActionAnswerPolicyQuestion, text, lang, "ask_policy", **TWINS_AFTER_LEAVE)
    says_no_procedure(said, lang)


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        (
            "how do we apply, is it automatic? and my wife's maternity leave how many days",
            "en",
            "158",
        ),
        (
            "ok and is it automatic or do we apply? also my parental leave each year how many days",
            "en",
            "10 days",
        ),
        ("怎么申请 是自动发吗 还有我老公陪产假几天", "zh", "15天"),
    ],
)
def test_the_application_asked_beside_a_leave_is_answered_too(
    text: str, lang: str, other: str
) -> None:
    """The 600 in talk; the application and a leave asked together: both answered (tester 46
    c03, c10: the leave alone, the application skipped)."""
    said = reply(ActionAnswerPolicyQuestion, text, lang, "ask_policy", **TWINS_AFTER_MONEY)
    says_no_procedure(said, lang)
    assert other in said, said


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        (
            "no, neither. how do we apply, is it automatic? and my wife's maternity leave how many days",
            "en",
            "158 days",
        ),
        ("没有 都没领 怎么申请 是自动发吗 我老婆产假多少天", "zh", "158天"),
    ],
)
async def test_the_application_beside_the_forms_answer_and_a_leave(
    text: str, lang: str, other: str
) -> None:
    """The form asked about dibao at the birth; the answer came with the application and the
    maternity leave: the leave, and the application's silence (whether automatic too)."""
    said = await whole_turn(text, lang, **TWINS_FORM_ASKS_DIBAO)
    says_no_procedure(said, lang)
    assert other in said, said
    assert ("automatic" if lang == "en" else "自动") in said, said


@pytest.mark.parametrize(
    ("text", "lang", "total"),
    [
        (
            "hi my son is 2 and we just had baby #2 two weeks ago in jinan, my husband is asking "
            "how much paternity leave he gets and also how much the 600 thing is total",
            "en",
            "21,600 yuan in total",
        ),
        (
            "我们在济南 老大2岁 老二两周前刚生 我老公陪产假几天 还有600那个一共多少钱",
            "zh",
            "共21,600元",
        ),
    ],
)
async def test_the_total_of_the_600_is_given_with_its_dates(
    text: str, lang: str, total: str
) -> None:
    """Jinan clause 12: 600 a month from the birth (about 17 Nov 2026) to the 3rd birthday,
    21,600 in all, if the family has Jinan hukou (not yet told); the paternity leave too."""
    said = await whole_turn(text, lang)
    assert total in said, said
    assert ("17 Nov 2029" if lang == "en" else "2029年11月17日") in said, said
    assert ("15 days" if lang == "en" else "15天") in said, said
