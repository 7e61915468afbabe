"""Tester 102's families (stop 66), asked again."""

from datetime import date

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionHandleCorrection
from actions.focus import asked_measure, figures_checked
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionNextSteps, ActionShowEntitlements
from tests.actions.test_questions_t33c import says
from tests.actions.test_questions_t77_t78 import hotline_case

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def test_on_unemployment_benefit_now_but_not_at_the_birth_adds_no_200() -> None:
    """A Jinan family, hukou there: an eldest of six and twins born June 2024, none on benefits
    at their birth; the father on unemployment insurance benefits since March. "生的时候没领 今年
    三月我老公失业了现在在领失业金 这样能加吗": no — the extra 200 a month is for a birth while on
    them (Jinan clause 12); the twins' 600 each stays (tester 102 p2 heard "能。")."""
    question = "生的时候没领 今年三月我老公失业了现在在领失业金 这样能加吗"
    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2020-06-01", "precision": "month", "approx": True},
            {"birth_date": "2024-06-01", "precision": "month"},
            {"birth_date": "2024-06-01", "precision": "month"},
        ],
        "hardship_at_birth": False,
        "hardship_now": True,
        "focus_entry": "jinan.childcare_subsidy_hardship_supplement",
        "focus_question": question,
    }
    reply = await says(ActionShowEntitlements(), question, "check_eligibility", slots)
    assert reply.startswith("不能。"), reply
    assert "现在领的不算" in reply and "第12条" in reply
    assert "1,200元" in reply


BEIJING_FAMILY = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2020-06-01", "precision": "month", "approx": True},
        {"birth_date": "2022-06-01", "precision": "month", "approx": True},
        {"birth_date": "2026-03-01", "precision": "month"},
    ],
    "result_shown": True,
}


@pytest.mark.parametrize(
    "question",
    [
        "my company only gave me 15 days paternity leave, is that right under the beijing plan?",
        "我们单位只给了15天陪产假 北京方案是这么规定的吗",
    ],
)
async def test_days_of_leave_an_employer_gave_are_not_confirmed_by_beijings_plan(
    question: str,
) -> None:
    """A Beijing father of three, given 15 days' paternity leave, asks whether that is what the
    Beijing plan says: it states no number of days (Beijing clause (12)); 15 days is Jinan's
    (clause 11) — never a bare "Yes" (tester 102 p8)."""
    reply = await says(ActionAnswerPolicyQuestion(), question, "ask_policy", dict(BEIJING_FAMILY))
    assert not reply.startswith(("Yes", "能", "可以")), reply
    assert ("gives no such figure" in reply) or ("没有写这个数" in reply), reply
    assert "11" in reply


async def test_days_of_leave_an_employer_gave_are_checked_against_jinans_plan() -> None:
    """A Jinan mother given 128 days' maternity leave: fewer than the plan's 158 (clause 11)."""
    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [{"birth_date": "2026-03-01", "precision": "month"}],
        "birth_insurance": "employee_maternity",
        "result_shown": True,
    }
    reply = await says(
        ActionAnswerPolicyQuestion(), "单位给了128天产假 是这样吗", "ask_policy", slots
    )
    assert reply.startswith("不够。"), reply
    assert "158天" in reply and "第11条" in reply


async def test_a_correction_beside_a_mother_in_laws_jinan_hukou_is_applied() -> None:
    """A Beijing mother told as expecting her first in May 2027: "actually sorry, it's our
    second, not first. our son is 4. does that change anything? also my mother-in-law lives in
    jinan with jinan hukou…": the son of about 4 is noted and the baby is the 2nd; the
    mother-in-law's Jinan hukou is hers, no what-if of a move (tester 103 p8)."""
    baby = [{"birth_date": "2027-05-01", "precision": "month", "height_cm": None}]
    slots = {"city": "beijing", "children": baby, "children_partial": baby, "result_shown": True}
    text = (
        "actually sorry, it's our second, not first. our son is 4. does that change anything? "
        "also my mother-in-law lives in jinan with jinan hukou, she asks if her long-term care "
        "insurance gets paid"
    )
    reply = await says(ActionHandleCorrection(), text, "correct", slots)
    assert "what-if" not in reply, reply
    assert "2nd child due May 2027" in reply
    assert len(slots["children"]) == 2


def test_a_height_limit_named_is_no_figure_put_back() -> None:
    """Hotline: "北京的 问孩子1米3以下坐公交地铁是不是免费 哪条规定" asks about Beijing's free
    transit under 1.3 m (clause (12)); 1 and 3 are no figures to confirm, so never "对。" and
    the tax deduction for children under 3 (tester 103 h1)."""
    text = "下一个来电人 北京的 问孩子1米3以下坐公交地铁是不是免费 哪条规定"
    assert figures_checked(text) == (set(), set())
    asked = asked_measure(text, "beijing", "zh")
    assert asked is not None and asked.id == "beijing.child_free_transit"


async def test_a_caller_asking_if_the_200_is_added_after_a_birth_to_come_hears_its_condition() -> (
    None
):
    """Hotline, Jinan hukou: the eldest born May 2023, the caller 8 months pregnant with her
    second and on unemployment insurance benefits since yesterday. "生了以后能加200不": that
    depends on the birth — 600 a month, and 200 more if still on the benefit when the child is
    born (Jinan clause 12); never "不对，是600元，不是200元" (tester 103 h1)."""
    slots = hotline_case("zh", [])
    text = (
        "新来电 济南户口 她怀孕8个月了 这是二胎 老大2023.5出生的 她上个月被辞退了 昨天开始领"
        "失业金 生了以后能加200不 产假多少天"
    )
    reply = await says(ValidateHouseholdForm(), text, "inform", slots)
    assert "不对" not in reply, reply
    assert "200" in reply and "第12条" in reply


JINAN_ELDEST_2016_SECOND_DUE = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2016-01-01", "precision": "year", "height_cm": None},
        {"birth_date": "2027-03-01", "precision": "month", "height_cm": None},
    ],
    "result_shown": True,
}


async def test_a_date_put_right_beside_the_next_steps_is_noted_first() -> None:
    """A Jinan mother due March 2027, the eldest noted as born 2016: "不对 老大是一八年的 不是一六年
    那生了以后下一步该干啥 先办啥": 已更新 2018 first, then the steps (the newborn's insurance
    within six months, clause 15); tester 103 p4 heard the steps and the old year kept."""
    slots = {**JINAN_ELDEST_2016_SECOND_DUE}
    text = "不对 老大是一八年的 不是一六年 那生了以后下一步该干啥 先办啥"
    reply = await says(ActionNextSteps(), text, "next_steps", slots)
    assert reply.startswith("已更新：老大2018年出生"), reply
    assert "第15条" in reply
    assert str(slots["children"][0]["birth_date"]).startswith("2018")


async def test_the_year_noted_for_a_child_asked_back_is_read_back() -> None:
    """ "你记的老大是哪年生的": what is noted, the eldest's year among it (tester 103 p4 heard
    "抱歉，我没太明白")."""
    slots = {**JINAN_ELDEST_2016_SECOND_DUE}
    reply = await says(ActionRouteUnclear(), "你记的老大是哪年生的", "out_of_scope", slots)
    assert reply.startswith("目前记下的是："), reply
    assert "老大2016年出生" in reply


async def test_twins_of_a_first_birth_past_three_hear_what_the_second_was_due() -> None:
    """Hotline, Jinan hukou: twins of a first birth born 20 November 2023, nothing else. "so
    which twin, how much a month, and total paid over the 3 years?": the 1st child none, the
    2nd 600 a month from the birth to its third birthday on 20 November 2026, 21,600 yuan in
    all (Jinan clause 12) — never "Child 2: none" (tester 104 h2)."""
    twins = [{"birth_date": "2023-11-20", "precision": "day"}] * 2
    slots = hotline_case("en", [dict(c) for c in twins])
    text = "so which twin, how much a month, and total paid over the 3 years?"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert "Child 2: none" not in reply, reply
    assert "Child 2: 600 yuan a month" in reply and "21,600" in reply


async def test_a_new_callers_delivery_costs_are_answered_not_the_last_callers_money() -> None:
    """Hotline, after a caller's childcare subsidy: "next caller, unrelated. Jinan, flexible
    worker insured under employee basic medical insurance, gave birth in hospital last month.
    what % of delivery costs reimbursed? clause?": 50 % (Jinan clause 15), never the last
    caller's money and "No. Clause 12 covers only the 2nd and 3rd child" (tester 104 h2)."""
    slots = hotline_case("en", [], topic_entry="jinan.childcare_subsidy")
    text = (
        "next caller, unrelated. Jinan, flexible worker insured under employee basic medical "
        "insurance, gave birth in hospital last month. what % of delivery costs reimbursed? clause?"
    )
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("As a flexibly employed woman"), reply
    assert "50%" in reply and "clause 15" in reply
    assert "Clause 12 covers only" not in reply
