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


# Tester 62 c8: Jinan hukou, a child born December 2022 and one due February 2027, one parent
# paying into the housing fund, buying a first home; the loan ceiling was just answered.
ONE_PAYER_SECOND_DUE: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "birth_insurance": "flexible_employment",
    "children_partial": [
        {"birth_date": "2022-12-01", "precision": "month", "height_cm": None},
        {"birth_date": "2027-02-01", "precision": "month", "height_cm": None},
    ],
    "children": [
        {"birth_date": "2022-12-01", "precision": "month", "height_cm": None},
        {"birth_date": "2027-02-01", "precision": "month", "height_cm": None},
    ],
    "housing_fund_contributors": 1,
    "buying_first_home": True,
    "topic_entry": "jinan.housing_fund_loan_limit",
    "result_shown": True,
}


def test_a_loan_figure_put_back_for_payers_supposed() -> None:
    """ "那要是我下个月也开始交公积金呢 是90万吧": two payers and two children give 900,000 yuan
    (clause 14), once the baby is born; the tester got "不是" and the monthly subsidy."""
    said = answer("那要是我下个月也开始交公积金呢 是90万吧", **ONE_PAYER_SECOND_DUE)
    assert said.startswith("对。")
    assert "90万元" in said
    assert "第14条" in said
    assert "600元/月" not in said


@pytest.mark.parametrize(
    "text",
    [
        "换个来电 老人 计生特殊家庭 失能的住养老院 每月补多少 半失能呢",
        "失能老人入住机构每人每月多少钱",
    ],
)
def test_a_hotline_question_on_disabled_elderly_in_care_gets_the_figures(text: str) -> None:
    """Jinan clause 20: 1,500 yuan a month for the disabled, 1,000 for the partly disabled,
    with a sentence to read out (tester 62 c7 got clause 12's supplement)."""
    said = answer(text, language="zh", city="jinan", reply_brief=True, hotline_city="jinan")
    assert "1500元" in said and "1000元" in said
    assert "第20条" in said
    assert "第12条" not in said


def test_hpf_for_rent_is_the_rent_withdrawal() -> None:
    """ "can they take HPF out for rent": clause 14's rent withdrawal (tester 62 c3 got clause
    19's one-child families)."""
    said = answer(
        "they rent right now, no home in jinan. can they take HPF out for rent meanwhile? one "
        "line pls",
        language="en",
        city="jinan",
        hukou_in_city=True,
        reply_brief=True,
        hotline_city="jinan",
        topic_entry="jinan.childcare_subsidy",
    )
    assert "clause 14" in said
    assert "clause 19" not in said


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("老大12了老二8岁 生老三那时候就在吃低保了 那就是一个月800是吧", 800),
        ("那要是我下个月也开始交公积金呢 是90万吧", None),
    ],
)
def test_an_age_or_a_loans_size_is_no_monthly_figure_put_back(
    text: str, figure: int | None
) -> None:
    """The monthly figure put back is 800, not the eldest's age 12 (tester 62 c5 was answered
    "不是12元"); 90万 is a loan's size, no month's money."""
    from actions.headline import amount_asked

    assert amount_asked(text) == figure


def test_the_benefit_at_a_birth_told_with_the_question_is_noted_first() -> None:
    """ "生老二那会我老公失业了在领失业金 还能多给吗" after the 600 was answered: the benefit at the
    2nd birth is noted first, then the 200 (clause 12) answered for the family: 600 + 200 a
    month; tester 62 c1 was told the 200 "还要确认" right after saying it."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "生老二那会我老公失业了在领失业金 还能多给吗",
        "ask_policy",
        language="zh",
        city="jinan",
        hukou_in_city=True,
        children=[
            {"birth_date": "2020-06-01", "precision": "month", "height_cm": None},
            {"birth_date": "2026-11-01", "precision": "month", "height_cm": None},
        ],
        topic_entry="jinan.childcare_subsidy",
        result_shown=True,
    )
    events = asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, {}))
    said = texts(dispatcher)
    assert said.startswith("已更新：老二出生时在领失业金\n")
    assert "600+200=800元/月" in said and "还要确认" not in said
    children = next(e["value"] for e in events if e.get("name") == "children")
    assert children[1]["hardship_at_birth"] is True


def test_a_birth_told_beside_a_leave_question_is_kept_with_the_city() -> None:
    """ "hi my wife gave birth 2 weeks ago in jinan, our first baby … how many days off do i get":
    the baby (born about 21 November 2026) is read back and kept with the city; tester 62 c6 kept
    only the city, so the first child was never told the 600 is for 2nd and 3rd children."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "hi my wife gave birth 2 weeks ago in jinan, our first baby. im the dad, how many days "
        "off do i get",
        "ask_policy",
        language="en",
    )
    events = asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, {}))
    said = texts(dispatcher)
    assert said.startswith("Noted: living in Jinan; the child born about 21 November 2026")
    kept = [e for e in events if e.get("name") == "children_partial"]
    assert kept and kept[-1]["value"][0]["birth_date"] == "2026-11-21"
    assert "Paternity leave" in said


# Tester 62 c10: Jinan hukou, the eldest about 7, the 2nd born 30 December 2022, the 3rd born
# 8 March 2026; the 600 was answered (only the 3rd gets it).
SECOND_BORN_BEFORE_THE_CUTOFF: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2019-06-01", "precision": "month", "height_cm": None, "approx": "7岁"},
        {"birth_date": "2022-12-30", "precision": "day", "height_cm": None},
        {"birth_date": "2026-03-08", "precision": "day", "height_cm": None},
    ],
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}


@pytest.mark.parametrize("intent", ["ask_policy", "inform"])
def test_a_birth_day_supposed_across_the_cutoff(intent: str) -> None:
    """ "要是老二晚两天 正好2023年1月1号生的 算不算": born 1 January 2023 the 2nd would be in the
    rule (clause 12), paid until its 3rd birthday, 1 January 2026, already past; never "这和我
    记下的一样" nor a 4th child."""
    from actions.conversation import ActionHandleCorrection

    action = ActionAnswerPolicyQuestion() if intent == "ask_policy" else ActionHandleCorrection()
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "差两天 真亏 要是老二晚两天 正好2023年1月1号生的 算不算",
        intent,
        **SECOND_BORN_BEFORE_THE_CUTOFF,
    )
    asyncio.run(action.run(dispatcher, tracker, {}))
    said = texts(dispatcher)
    assert said.startswith("如果老二是2023年1月1日出生，就在范围内")
    assert "2026年1月1日" in said and "已经发完" in said
    assert "这和我记下的一样" not in said


def test_an_only_childs_leave_for_a_parent_in_hospital_is_the_nursing_leave() -> None:
    """ "my wife is an only child and her dad is in hospital … leave to look after him? how many
    days": Beijing clause (15)'s nursing leave for one-child parents (no days given); tester 62
    c9 got the baby leave of clause (12)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "different thing, my wife is an only child and her dad is in hospital in beijing. is "
        "there leave for her to look after him? how many days",
        "ask_policy",
        language="en",
        city="beijing",
    )
    events = asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, {}))
    meant = [e["value"] for e in events if e.get("name") in ("focus_entry", "topic_entry")]
    assert meant and meant[0] == "beijing.family_planning_family_rights"


# Tester 62 c6: Jinan, a first baby born about 21 November 2026; the leave was answered.
FIRST_BABY_LEAVE_ANSWERED: dict[str, Any] = {
    "language": "en",
    "city": "jinan",
    "topic_entry": "jinan.parental_leave",
    "children_partial": [
        {"birth_date": "2026-11-21", "precision": "day", "height_cm": None, "approx": "2 weeks"}
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        ("so 15 + 10, 25 days total this year right?", "en", "Yes, at least 25 days in all"),
        ("陪产假15加育儿假10 一共25天对吧", "zh", "对，合计至少25天"),
        ("15+10=26天对吧", "zh", "不是26天，合计是25天"),
    ],
)
def test_two_leaves_added_and_put_back(text: str, lang: str, opening: str) -> None:
    """Jinan clause 11: paternity leave at least 15 days and parental leave at least 10 days a
    year: at least 25 (tester 62 c6 got "The Jinan plan gives no such figure")."""
    said = answer(text, **{**FIRST_BABY_LEAVE_ANSWERED, "language": lang})
    assert said.startswith(opening)
    assert ("clause 11" if lang == "en" else "第11条") in said


def test_the_question_after_the_leave_sum_is_answered_too() -> None:
    said = answer(
        "so 15 + 10, 25 days total this year right? and do we get the 600 a month thing",
        **FIRST_BABY_LEAVE_ANSWERED,
    )
    assert said.startswith("Yes, at least 25 days in all")
    assert "this is the 1st child" in said
