"""Findings of stop 51's own checks and tester 57: a question naming two housing measures asked
before the form's questions (Jinan clause 14), figures put back (a total, a tax deduction the
Beijing plan gives no amount for), two insurance questions at once, and how long the newborn's
insurance is paid (Jinan clause 15)."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.results import ActionShowEntitlements
from tests.actions.conftest import day, make_tracker, month, texts


@pytest.fixture(autouse=True)
def stop_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The day these conversations were played (China)."""
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 5))


def shown(text: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    asyncio.run(
        ActionShowEntitlements().run(dispatcher, make_tracker(text, "ask_policy", **slots), {})
    )
    return texts(dispatcher)


UNDATED = {"birth_date": None, "precision": None, "height_cm": None}

# Jinan hukou, three children whose dates were not told, both parents paying into the housing
# fund, renting; the question was kept while the form ran.
THREE_CHILDREN_RENTING: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "housing_fund_contributors": 2,
    "renting": True,
    "children_partial": [UNDATED, UNDATED, UNDATED],
    "focus_entry": "jinan.housing_fund_loan_limit",
    "focus_question": "如果我们买首套房能贷多少 租房能提公积金吗",
}


def test_the_loan_and_the_rent_withdrawal_asked_together_are_both_answered() -> None:
    """ "如果我们买首套房能贷多少 租房能提公积金吗": 1,000,000 yuan for three children and two
    payers, and the rent withdrawal with the fact it still needs (clause 14); the family heard
    the loan alone."""
    said = shown("如果我们买首套房能贷多少 租房能提公积金吗", **THREE_CHILDREN_RENTING)
    assert "最高1,000,000元" in said
    assert "按实际房租支出提取住房公积金" in said
    assert "在本市是否有自有住房" in said


def answer(text: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "ask_policy", **slots)
    asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, {}))
    return texts(dispatcher)


# Jinan hukou, three children: about 9, born March 2023 (past 3: its 600 ended on 1 March 2026)
# and born November 2026 (600 a month until November 2029, clause 12); the money was answered.
THREE_CHILDREN_ONE_PAID: dict[str, Any] = {
    "language": "en",
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2017-06"), month("2023-03"), month("2026-11")],
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}


def test_a_total_put_back_is_checked_not_the_figure_said_first() -> None:
    """ "wait so 600 for each kid, 1200 a month total right?": no, the family gets 600 a month
    now (the second child's ended); tester 57 c8 heard "Yes." """
    said = answer("wait so 600 for each kid, 1200 a month total right?", **THREE_CHILDREN_ONE_PAID)
    assert said.startswith("No, not 1,200 yuan")
    assert "child 3: 600 yuan/month" in said


def test_the_delivery_bill_and_the_babys_insurance_deadline_asked_together() -> None:
    """A freelance mother on the employees' medical insurance: 50% of the delivery costs
    (clause 15), and the baby's six months to enrol; tester 57 c8 heard that the plan "does not
    say whether … is paid back for months not claimed"."""
    said = answer(
        "ok. my wife is freelance, she pays employee medical insurance as flexible worker. how "
        "much of the delivery bill gets reimbursed? and baby's insurance, deadline?",
        **{**THREE_CHILDREN_ONE_PAID, "hardship_at_birth": False},
    )
    assert "50% reimbursed" in said
    assert "act by 1 May 2027" in said
    assert "paid back" not in said


def test_how_many_years_the_newborns_insurance_is_paid() -> None:
    """ "宝宝医保个人缴费补贴能补几年": the year of registration (Jinan clause 15); tester 57 c1
    asked three times and heard only the deadline to enrol."""
    family = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2020-06"), day("2026-11-03")],
        "topic_entry": "jinan.newborn_medical_insurance_subsidy",
        "result_shown": True,
    }
    for text in ("我是问宝宝医保个人缴费补贴能补几年", "医保是一直免费吗 还是就第一年"):
        said = answer(text, **family)
        assert "参保当年个人缴费由财政全额补贴" in said
        assert not said.startswith("能。")


def test_the_beijing_tax_deduction_figure_put_back_is_not_in_the_plan() -> None:
    """ "个税那个3岁以下婴幼儿照护能扣多少 一个娃一个月2000是吧" in Beijing: the plan gives no
    amount (clause (9)); tester 57 c5 heard "不是。" and that no money is paid monthly."""
    said = answer(
        "个税那个3岁以下婴幼儿照护能扣多少 一个娃一个月2000是吧",
        language="zh",
        city="beijing",
        children=[month("2024-06"), month("2026-05")],
        result_shown=True,
        topic_entry="beijing.child_free_transit",
    )
    assert said.startswith("北京方案没有写这个数")
    assert "不是" not in said
    assert "第(9)条" in said


def test_back_pay_asked_with_the_family_told_keeps_the_family() -> None:
    """ "济南户口 二胎是23年3月15生的 那会我正领失业金 一直不知道有补贴 现在还能领吗能补发不":
    every fact read back and kept, then the plan's silence on back pay and whom to ask (Jinan
    clause 12); tester 57 c6 heard only "在济南" read back, then the summary."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "济南户口 二胎是23年3月15生的 那会我正领失业金 一直不知道有补贴 现在还能领吗能补发不",
        "ask_policy",
        language="zh",
    )
    events = asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, {}))
    said = texts(dispatcher)
    assert said.startswith("记下了：济南户口；老二2023年3月15日出生；老二出生时在领失业金")
    assert "没有写“育儿补贴”能否补发" in said
    assert "济南市卫生健康委员会" in said
    kept = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert kept["hukou_in_city"] is True
    assert kept["children_partial"][1]["hardship_at_birth"] is True


def test_dibao_at_a_birth_told_with_no_elder_child_known_is_kept() -> None:
    """ "我们家在济南租房子住 没房 去年十月生的二宝 那时候我们家吃低保 能领多少钱": the second
    child's birth is told, not imagined, so dibao at it is kept (the 200 more of Jinan clause
    12); tester 57 c2 heard the 200 was "要看" whether they were on dibao."""
    from actions.household_form import accepted_updates

    read = accepted_updates(
        "我们家在济南租房子住 没房 去年十月生的二宝 那时候我们家吃低保 能领多少钱",
        {"language": "zh"},
        date(2026, 12, 5),
    )
    assert read.updates["children_partial"][1]["hardship_at_birth"] is True


def test_one_school_is_no_figure_put_back() -> None:
    """ "老大老二能不能上一个学校": 一个学校 is no figure to confirm; tester 57 c4 heard "不是这个数。"
    before the same-school answer (Jinan clause 13)."""
    said = answer(
        "老二明年要换幼儿园 三孩家庭上普惠园是不是优先 老大老二能不能上一个学校",
        language="zh",
        city="jinan",
        hukou_in_city=True,
        children=[month("2019-06"), month("2022-06")],
        result_shown=True,
        topic_entry="jinan.housing_fund_loan_limit",
    )
    assert "不是这个数" not in said
    assert "第13条" in said


def test_twins_and_more_days_of_maternity_leave() -> None:
    """ "儿媳妇产假多少天 双胞胎是不是多给几天": 158 days (Jinan clause 11), and the plan says
    nothing of more for twins; tester 57 c3 heard the 200 a month first, nothing of twins."""
    said = answer(
        "儿媳妇产假多少天 双胞胎是不是多给几天",
        language="zh",
        city="jinan",
        hukou_in_city=True,
        children=[day("2026-09-12"), day("2026-09-12")],
        result_shown=True,
        topic_entry="jinan.childcare_subsidy",
    )
    assert said.startswith("产假：158天")
    assert "没写双胞胎、多胞胎是否多给" in said
    assert "200" not in said


def test_the_window_missed_and_the_grandparents_insurance_asked_after_it() -> None:
    """ "哎呀 那孩子没在6个月里办 俺们老两口的护理保险那个还能补吗": the newborn's no (clause 15),
    then the grandparents' care insurance; tester 58 c4 got "系统暂时有一部分没有响应" three
    times: the whole message was answered again and again until the action timed out."""
    said = answer(
        "哎呀 那孩子没在6个月里办 俺们老两口的护理保险那个还能补吗",
        language="zh",
        city="jinan",
        children_partial=[
            {"birth_date": None, "precision": None, "height_cm": None},
            month("2026-03"),
        ],
        result_shown=True,
        topic_entry="jinan.housing_fund_loan_limit",
    )
    assert said.startswith("不能。")
    assert "祖父母参加长期护理保险个人缴费全额补贴" in said


# A hotline worker's case: Jinan hukou, an elder child and twins born 20 May 2024 while the
# father drew unemployment benefit (Jinan clause 12: 600 + 200 = 800 a month each).
TWINS_ON_BENEFIT_AT_BIRTH: dict[str, Any] = {
    "reply_brief": True,
    "hotline_city": "jinan",
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": True,
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            day("2024-05-20"),
            day("2024-05-20"),
        ],
    },
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
}


@pytest.mark.parametrize(
    "text",
    [
        "来电人问 失业金已经停了 那200还继续发吗",
        "你搞错了 生孩子的时候是在领失业金的 是今年才停的 到底每个孩子多少",
    ],
)
def test_the_benefit_stopped_now_keeps_the_200_of_the_births(text: str) -> None:
    """Tester 58 c3: "失业金已经停了" dropped the twins to 600 a month, and "是今年才停的" was
    read as the benefit having started this year, with a sentence to read out denying the 200."""
    from tests.actions.conftest import hotline_turn

    said, _ = hotline_turn(text, "zh", **TWINS_ON_BENEFIT_AT_BIRTH)
    assert "600+200=800" in said
    assert "不适用" not in said and "不能加发" not in said
