"""Tester 50's open findings (stop 49): a payer who stopped, the 200 asked of one child, a
bare "补贴" beside twins, the husband meant, a younger child beside an elder's height, a
yes/no of one part put beside another topic's paying, and English plurals of one."""

import asyncio
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection, ActionOnBehalf
from actions.focus import asked_measure
from tests.actions.conftest import day, make_tracker, month, texts


def answer(text: str, action: Any = ActionAnswerPolicyQuestion, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    asyncio.run(action().run(dispatcher, make_tracker(text, **slots), {}))
    return texts(dispatcher)


# Jinan, children born June 2019 and June 2024, both parents paying into the fund, buying a
# first home: 900,000 yuan under clause 14.
TWO_PAYERS_TWO_CHILDREN: dict[str, Any] = {
    "language": "en",
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2019-06"), month("2024-06")],
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "topic_entry": "jinan.housing_fund_loan_limit",
    "result_shown": True,
}


def test_only_the_wife_paying_now_is_one_payer_and_a_third_child_adds_nothing() -> None:
    """ "actually i stopped paying last month, only my wife pays now. so what's the limit, and
    with a third?": one payer, so 600,000 yuan with two children and 600,000 with three
    (clause 14); tester 50 c6 heard 900,000 and no answer on the third."""
    said = answer(
        "actually i stopped paying last month, only my wife pays now. so what's the limit, and "
        "with a third?",
        ActionHandleCorrection,
        **TWO_PAYERS_TWO_CHILDREN,
    )
    assert said.startswith("Updated: 1 person in the family pays into the housing fund")
    assert "No, with one payer it stays the same." in said
    assert "with 3 children up to 600,000 yuan (the same as with 2)" in said
    assert "900,000 yuan" not in said.split("Two or more payers")[0]


def test_a_third_kid_asked_of_the_loan_without_if_is_the_three_child_row() -> None:
    """ "so a third kid doesnt help us at all on the loan?" with one payer: no, 600,000 either
    way (clause 14), not the what-if of every measure."""
    family = {**TWO_PAYERS_TWO_CHILDREN, "housing_fund_contributors": 1}
    said = answer("so a third kid doesnt help us at all on the loan?", **family)
    assert said.startswith("No, with one payer it stays the same.")
    assert "If another child is born" not in said


def test_and_with_a_third_after_the_ceiling_is_that_row() -> None:
    """ "and with a third?" after the ceiling of two payers: 1,000,000 yuan with three children
    against 900,000 with two (clause 14), never "I could not find that"."""
    said = answer("and with a third?", **TWO_PAYERS_TWO_CHILDREN)
    assert said.startswith("Yes, the ceiling goes up.")
    assert "1,000,000 yuan (with 2: 900,000 yuan)" in said


def test_one_payer_and_one_child_read_in_the_singular() -> None:
    """The ceiling's reason for one payer says "1 housing fund contributor", not
    "contributor(s)"."""
    family = {**TWO_PAYERS_TWO_CHILDREN, "housing_fund_contributors": 1}
    said = answer("how much can we borrow", **family)
    assert "1 housing fund contributor:" in said and "(s)" not in said


# Jinan hukou, three children: 老二 born May 2023 while the family received unemployment
# benefits, 老三 born August 2024 while it did not.
BENEFITS_AT_THE_SECOND_BIRTH_ONLY: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        month("2016-01", approx="9岁"),
        {**month("2023-05"), "hardship_at_birth": True},
        {**month("2024-08"), "hardship_at_birth": False},
    ],
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}


def test_the_200_asked_of_the_third_child_is_no_for_that_birth() -> None:
    """ "我上个月又失业了 现在在领失业金 老三那份能加上200不": no, the 200 more is for a birth while
    on the benefits (clause 12); 老三 was born off them and being on them now does not count.
    Tester 50 c5 heard "能。育儿补贴（第3个孩子）：每月600元"."""
    said = answer(
        "我上个月又失业了 现在在领失业金 老三那份能加上200不",
        ActionHandleCorrection,
        **BENEFITS_AT_THE_SECOND_BIRTH_ONLY,
    )
    assert "不能。每月加发的200元" in said and "第3个孩子出生时家里没在领，现在领的不算" in said
    assert not said.split("\n", 1)[1].startswith("能。")


def test_the_200_meant_not_the_600_gets_the_200s_answer() -> None:
    """ "我问的是那200 不是600 老三能加200吗": the 200's no for 老三's birth, not every item of
    老三's (tester 50 c5)."""
    said = answer("我问的是那200 不是600 老三能加200吗", **BENEFITS_AT_THE_SECOND_BIRTH_ONLY)
    assert said.startswith("不能。每月加发的200元")
    assert "按年龄，全家的这些项目" not in said


def test_a_bare_subsidy_beside_twins_is_the_monthly_money() -> None:
    """ "济南的 老大5岁 今年3月又生了一对双胞胎 补贴咋算": the 600 a month of clause 12, not the
    newborns' insurance contribution (tester 50 c2)."""
    asked = asked_measure("济南的 老大5岁 今年3月又生了一对双胞胎 补贴咋算", "jinan", "zh")
    assert asked is not None and asked.id == "jinan.childcare_subsidy"
    insurance = asked_measure("医保补贴咋算", "jinan", "zh")
    assert insurance is not None and insurance.id == "jinan.newborn_medical_insurance_subsidy"


def test_the_husband_meant_after_the_leave_gets_his_leave() -> None:
    """ "我问的是我老公 不是我" after the leave, a pregnancy and 老大 known: the paternity leave,
    at least 15 days (clause 11); tester 50 c4 was asked the city and the children again."""
    family = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2022-01", approx="3岁半"), month("2025-10")],
        "topic_entry": "jinan.paternity_leave",
        "result_shown": True,
    }
    said = answer("我问的是我老公 不是我", ActionOnBehalf, **family)
    assert "陪产假" in said and "15天" in said and "第11条" in said
    assert "哪个城市" not in said


def test_the_younger_asked_beside_the_elders_height_gets_both() -> None:
    """ "那坐地铁呢 小的不用买票吧 大的1米25" in Beijing, children 6 and 1½: both ride free under
    (12), the elder by the height told, the younger under 3; the note on an age worked out is
    the younger's alone and names no amounts or dates (tester 50 c7)."""
    family = {
        "language": "zh",
        "city": "beijing",
        "children": [month("2019-01", approx="6岁"), month("2024-01", approx="1岁半")],
        "topic_entry": "beijing.family_upbringing_subsidy_system",
        "result_shown": True,
    }
    said = answer("那坐地铁呢 小的不用买票吧 大的1米25", ActionHandleCorrection, **family)
    assert "（第1个孩子）：孩子身高125厘米" in said and "（第2个孩子）：孩子未满3岁" in said
    assert "第1个孩子、第2个孩子的出生日期" not in said
    assert "金额和日期都是估算" not in said


def test_the_leave_asked_beside_the_insurance_paying_opens_with_its_own_no() -> None:
    """ "那医保交钱那个也没有是吧 我老公今年还能休育儿假吗" of a 2nd child born 20 May 2022:
    the parental leave ended at the third birthday (clause 11), so "不能。", never "要。" read off
    the insurance's 交钱 (tester 50 c3)."""
    family = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            day("2022-05-20"),
        ],
        "topic_entry": "jinan.childcare_subsidy",
        "result_shown": True,
    }
    said = answer("那医保交钱那个也没有是吧 我老公今年还能休育儿假吗", **family)
    assert "不能。育儿假" in said and "要。" not in said


# Jinan hukou: 老大 not dated yet, 老二 born December 2024 on dibao at the birth.
SECOND_ON_DIBAO: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        {**month("2024-12"), "hardship_at_birth": True},
    ],
    "topic_entry": "jinan.grandparents_ltc_insurance_subsidy",
    "result_shown": True,
}


def test_every_year_or_one_year_of_the_grandparents_insurance_is_the_year_unsaid() -> None:
    """ "老大8岁了 别的不用问了 长护险是每年都补还是就补一年": clause 15 writes only "当年个人
    缴费", no year; never how many grandparents, which 每年都补 does not ask (tester 50 c1)."""
    said = answer("老大8岁了 别的不用问了 长护险是每年都补还是就补一年", **SECOND_ON_DIBAO)
    assert "当年个人缴费" in said and "第15条" in said
    assert "两位（或四位）老人" not in said


def test_the_grandparents_counted_get_the_clause_in_chinese_words() -> None:
    """ "姥姥姥爷都能免吗": clause 15 in the plan's Chinese wording, no English sentence pasted
    into the Chinese reply (tester 50 c1)."""
    said = answer("姥姥姥爷都能免吗", **SECOND_ON_DIBAO)
    assert "两位（或四位）老人" in said and "第15条" in said
    assert "grandparents to participate" not in said and "financial" not in said


# Jinan: 老大 5, twins born March 2025 (the 2nd and 3rd children); the 600 was asked.
TWINS_BESIDE_AN_ELDER: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "children": [month("2020-01", approx="5岁"), month("2025-03"), month("2025-03")],
    "focus_entry": "jinan.childcare_subsidy",
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}


def test_an_enrolment_in_time_told_with_the_hukou_is_the_insurances_yes() -> None:
    """ "户口是济南的 生的时候没领低保啥的 医保俩孩子都是满月就办了": the hukou and the births noted,
    then yes, enrolled within six months, that year's contribution paid in full (clause 15),
    never "孩子是在期限内参保的吗？" asked back (tester 50 c2); the twins' 600 follows."""
    said = answer(
        "户口是济南的 生的时候没领低保啥的 医保俩孩子都是满月就办了",
        ActionHandleCorrection,
        **TWINS_BESIDE_AN_ELDER,
    )
    assert said.startswith("已更新：济南户口")
    assert "能。第2个孩子、第3个孩子在出生后6个月内参保" in said
    assert "孩子是在期限内参保的吗" not in said
    assert "每月600元" in said


def test_an_amount_said_missing_is_no_figure_put_back() -> None:
    """ "那补贴就是每月1200 没有那200了是吧 发到啥时候" of the twins, Jinan hukou, no benefits at
    the birth: yes, 1,200 a month to the third birthday (clause 12), never "不是200元" (tester
    50 c2), and said once."""
    family = {**TWINS_BESIDE_AN_ELDER, "hukou_in_city": True, "hardship_at_birth": False}
    family["topic_entry"] = "jinan.inclusive_kindergarten_priority"
    said = answer("那补贴就是每月1200 没有那200了是吧 发到啥时候", **family)
    assert said.startswith("对。") and "合计1,200元" in said
    assert "不是200元" not in said and said.count("每人每月600元") == 1
