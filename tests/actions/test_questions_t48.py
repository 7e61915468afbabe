"""Tester 47 (stop 48): a grandfather whose third grandchild was born in November 2022 asked
"差两个月都不行啊" and "就是说…老三 一分钱都没有是吧" after the bot's no, and heard "没太明白"
and "不是这个数：每孩每月600元" (the 一 of 一分钱 read as a figure put back). A "nothing for us,
right?" is the family's own yes or no under Jinan clause 12 (600 yuan a month for a second or
third child born on or after 1 January 2023, until 3)."""

import asyncio
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.core_fallback import ActionDefaultFallback
from actions.none_confirmed import nothing_put_back
from tests.actions.conftest import make_tracker, month, texts

THIRD_BORN_NOVEMBER_2022: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        {"birth_date": None, "precision": None, "height_cm": None},
        month("2022-11"),
    ],
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}
# A second child born in June 2024 with Jinan hukou: 600 a month until June 2027 (clause 12).
SECOND_BORN_JUNE_2024: dict[str, Any] = {
    "language": "en",
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2019-03"), month("2024-06")],
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}


def answer(text: str, action: Any = ActionAnswerPolicyQuestion, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    asyncio.run(action().run(dispatcher, make_tracker(text, **slots), {}))
    return texts(dispatcher)


def test_missing_the_cut_off_by_two_months_gets_the_date_rule() -> None:
    """ "差两个月都不行啊" of 老三 born November 2022, which the classifier did not place: the
    cut-off of clause 12 (second and third children born on or after 1 January 2023), the
    child's month and that the plan writes no exception; never "没太明白"."""
    said = answer("差两个月都不行啊", ActionRouteUnclear, **THIRD_BORN_NOVEMBER_2022)
    assert "2022年11月" in said and "2023年1月1日" in said and "第12条" in said
    assert "没有写例外" in said and "没太明白" not in said


def test_not_a_cent_put_back_is_no_figure_to_check() -> None:
    """ "一分钱都没有是吧" puts back nothing, not the figure 1: yes, none; never "不是这个数"."""
    said = answer("就是说2022年11月生的老三 一分钱都没有是吧", **THIRD_BORN_NOVEMBER_2022)
    assert said.startswith("对，没有。")
    assert "不是这个数" not in said


def test_the_elders_dates_filled_in_are_never_stated() -> None:
    """老大's and 老二's dates were never told: no refusal of theirs quotes a date made up to
    decide 老三's money."""
    said = answer("一分钱都没有是吧", **THIRD_BORN_NOVEMBER_2022)
    assert "第2个孩子出生于" not in said and "第1个孩子出生于" not in said


def test_nothing_put_back_read_as_a_no_is_still_answered() -> None:
    """The classifier took "一分钱都没有是吧" for a no that no rule foresaw: the family's own
    answer, not Rasa's "没太明白"."""
    said = answer("一分钱都没有是吧", ActionDefaultFallback, **THIRD_BORN_NOVEMBER_2022)
    assert said.startswith("对，没有。")


def test_a_family_paid_600_hears_no_to_nothing() -> None:
    """ "so we get nothing at all right?" of a second child born June 2024: no, 600 a month."""
    said = answer("so we get nothing at all right?", **SECOND_BORN_JUNE_2024)
    assert said.startswith("No, there is money:")
    assert "600 yuan/month" in said


def test_what_puts_back_nothing() -> None:
    for text in (
        "那就是领不了呗",
        "啥都没有是吧",
        "so we get nothing?",
        "not even one yuan?",
    ):
        assert nothing_put_back(text), text
    for text in ("能领多少", "一个月600是吧", "还差什么材料", "we get 600 right?"):
        assert not nothing_put_back(text), text


# A family living in Beijing with Jinan hukou, two children, both parents paying into the fund.
JINAN_HUKOU_IN_BEIJING: dict[str, Any] = {
    "language": "zh",
    "city": "beijing",
    "hukou_in_city": False,
    "hukou_city": "jinan",
    "children": [month("2022-06"), month("2025-02")],
    "housing_fund_contributors": 2,
    "topic_entry": "beijing.child_free_transit",
    "result_shown": True,
}


def test_the_loan_of_the_hukou_city_is_that_plans_figure() -> None:
    """ "我问的是公积金贷款 能贷多少" from a Jinan-hukou family living in Beijing, two children and
    two payers: Jinan clause 14's 900,000 yuan for a first home, with what the plan leaves
    unsaid about a fund paid in Beijing; never Beijing's silence alone (tester 47 c4)."""
    said = answer("我问的是公积金贷款 能贷多少", **JINAN_HUKOU_IN_BEIJING)
    assert "90万元" in said and "第14条" in said
    assert "在北京缴存的公积金算不算，方案没有写" in said
    assert "济南住房公积金中心" in said


def test_the_delivery_cost_under_resident_insurance_is_the_fixed_payment() -> None:
    """ "我媳妇生孩子医保报多少 居民医保的": Jinan clause 15's fixed 3,000 yuan for a resident
    insured delivery, not the newborn's contribution subsidy (tester 47 c7)."""
    family = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2025-03")],
        "result_shown": True,
    }
    said = answer("我媳妇生孩子医保报多少 居民医保的", **family)
    assert "3,000元" in said and "第15条" in said
    assert "个人缴费全额补贴" not in said


LOAN_CEILING_ANSWERED: dict[str, Any] = {
    "language": "en",
    "city": "jinan",
    "topic_entry": "jinan.housing_fund_loan_limit",
}


def test_a_row_of_the_loan_table_asked_after_its_figure() -> None:
    """ "ok so 1 million right? and for 2 kids?" after the three-child ceiling: yes, then the
    two-child row, 600,000 with one payer and 900,000 with two (clause 14); not a bare "Yes."
    (tester 47 e4)."""
    said = answer("ok so 1 million right? and for 2 kids?", **LOAN_CEILING_ANSWERED)
    assert said.startswith("Yes.")
    assert "600,000 yuan (2-child families)" in said
    assert "900,000 yuan (2-child families)" in said
    said = answer("那两个孩子呢", **{**LOAN_CEILING_ANSWERED, "language": "zh"})
    assert "60万元" in said and "90万元" in said and "公租房" not in said
    said = answer("what about 1 kid", **LOAN_CEILING_ANSWERED)
    assert said.startswith("No.") and "2 or more children" in said


# 老二 born March 2025 with Jinan hukou, the father on unemployment benefits at the birth: 600 +
# 200 = 800 a month until March 2028 (clause 12). The tests' today is 1 June 2025.
SECOND_ON_UNEMPLOYMENT_AT_BIRTH: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**month("2020-06"), "approx": "5岁"},
        {**month("2025-03"), "hardship_at_birth": True},
    ],
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}


def test_the_monthly_figure_put_back_beside_a_leave_question_is_the_familys() -> None:
    """ "一个月800是吧 领到孩子三岁 那我还能休育儿假吗 几天": yes, 800 for 老二 until March 2028,
    then the parental leave (clause 11); never "不是这个数" of the leave (tester 48 c1)."""
    said = answer(
        "一个月800是吧 领到孩子三岁 那我还能休育儿假吗 几天", **SECOND_ON_UNEMPLOYMENT_AT_BIRTH
    )
    assert said.startswith("对。") and "600+200=800元" in said and "2028年3月1日" in said
    assert "育儿假" in said and "不少于10天" in said
    assert "不是这个数" not in said and "没有写这个数" not in said


def test_the_leave_named_beside_the_husband_is_the_one_asked() -> None:
    """ "我老公能休育儿假吗" names the parental leave (clause 11: at least 10 days a year each);
    the husband does not make it the paternity leave (tester 48 c7)."""
    from actions.focus import asked_measure

    asked = asked_measure("算了 那我老公能休育儿假吗 老二才一岁多", "jinan", "zh")
    assert asked is not None and asked.id == "jinan.parental_leave"
    asked = asked_measure("我老公能休几天", "jinan", "zh")
    assert asked is not None and asked.id == "jinan.paternity_leave"


def test_the_money_meant_in_a_topic_put_right_is_the_subsidy() -> None:
    """ "我问的是补贴 不是陪产假 到底从出生还是落户开始算": the monthly subsidy (clause 12), never the
    leave rejected (tester 48 c7 got the paternity leave three times)."""
    from actions.focus import asked_measure

    for text in (
        "我问的是补贴 不是陪产假 到底从出生还是落户开始算",
        "i asked about the subsidy not the leave, from when does it count",
    ):
        asked = asked_measure(text, "jinan", "zh")
        assert asked is not None and asked.id == "jinan.childcare_subsidy", text


def test_a_rule_asked_with_no_child_told_has_no_family_tail() -> None:
    """ "jinan maternity leave how many days" (158 days, clause 11) with only the city known: the
    rule, not "For your family: … still needed: the children" (tester 48 c12)."""
    said = answer("jinan maternity leave how many days", language="en", city="jinan")
    assert "158 days" in said and "For your family" not in said


def test_a_known_month_told_to_the_day_moves_the_end() -> None:
    """ "born jan 15 2023 btw. when exactly did the 600 stop" of a 2nd child known born January
    2023: the date is taken, and the end is the third birthday, 15 January 2026 (clause 12);
    tester 48 c9 heard 1 January again."""
    family = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            month("2023-01"),
        ],
        "child_in_talk": 2,
        "topic_entry": "jinan.childcare_subsidy",
        "result_shown": True,
    }
    said = answer("born jan 15 2023 btw. when exactly did the 600 stop", **family)
    assert "15 January 2023" in said and "15 Jan 2026" in said


def test_the_one_city_named_beside_the_familys_facts_is_theirs() -> None:
    """ "公积金贷款 二胎家庭 我跟老婆都交公积金 济南买第一套房最多能贷多少": Jinan is kept as the
    family's city with the payers, not asked next (tester 48 c4)."""
    from actions.household_form import accepted_updates
    from tests.actions.conftest import TODAY

    said = "公积金贷款 二胎家庭 我跟老婆都交公积金 济南买第一套房最多能贷多少"
    accepted = accepted_updates(said, {"language": "zh"}, TODAY, family=True)
    assert accepted.updates.get("city") == "jinan"
    assert accepted.updates.get("housing_fund_contributors") == 2
    supposed = accepted_updates("如果搬到济南 我俩都交公积金 能贷多少", {}, TODAY, family=True)
    assert "city" not in supposed.updates


def test_a_monthly_sum_put_back_after_another_topic_is_the_familys_money() -> None:
    """ "那一共一个月1600 俩孩子到三岁 对吧 去哪办" after the grandparents' insurance, of twins born
    October 2024 on unemployment benefits at the birth: yes, 800 each and 1,600 together until
    October 2027 (clause 12), then where to ask about the subsidy; never the grandparents'
    insurance procedure (tester 48 c2)."""
    family = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            month("2018-06"),
            {**month("2024-10"), "hardship_at_birth": True},
            {**month("2024-10"), "hardship_at_birth": True},
        ],
        "topic_entry": "jinan.grandparents_ltc_insurance_subsidy",
        "result_shown": True,
    }
    said = answer("那一共一个月1600 俩孩子到三岁 对吧 去哪办", **family)
    assert said.startswith("对。") and "1,600元" in said and "2027年10月1日" in said
    assert "济南市卫生健康委员会" in said and "长期护理保险" not in said


def test_zero_yuan_put_back_in_beijing_is_a_plain_yes() -> None:
    """ "so to confirm: in beijing we get 0 yuan cash, right?": yes, Beijing's plan has no cash
    payment, only the system to be established (clause (12)); not "gives no such figure"
    (tester 48 c11)."""
    said = answer(
        "so to confirm: in beijing we get 0 yuan cash, right?",
        language="en",
        city="beijing",
        children=[month("2021-03")],
        result_shown=True,
    )
    assert said.startswith("Yes, that's right") and "clause (12)" in said


def test_one_more_child_supposed_after_the_ceiling_is_the_three_child_row() -> None:
    """ "要是再生个老三呢" after the ceiling, two payers told and no children yet: the three-child
    row, 1,000,000 yuan for two or more payers (clause 14); tester 48 c4 was asked the
    children instead."""
    said = answer(
        "要是再生个老三呢",
        language="zh",
        city="jinan",
        housing_fund_contributors=2,
        topic_entry="jinan.housing_fund_loan_limit",
    )
    assert "100万元（三孩及以上家庭）" in said and "第14条" in said


def test_enrolled_in_the_second_month_after_the_birth_is_in_time() -> None:
    """ "生完第二个月就在济南上了居民医保 今年还要交钱不": enrolled at 2 months, within the 6 months
    of clause 15, so that year's contribution is paid in full; not "was the child enrolled in
    time?" asked again (tester 48 c1)."""
    from actions.headline import enrolled_at_months

    assert enrolled_at_months("那老二的医保呢 生完第二个月就在济南上了居民医保 今年还要交钱不") == 2
    assert enrolled_at_months("2023年5月上的医保") is None  # a month of the calendar, no age


async def test_one_more_child_supposed_while_the_form_asks_the_children() -> None:
    """ "要是再生个老三呢" while the form asks the children, after the ceiling with two payers:
    the three-child row (1,000,000 yuan, clause 14), not the children question alone (tester
    48 c4)."""
    from actions.household_form import ValidateHouseholdForm
    from tests.actions.conftest import DOMAIN

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "要是再生个老三呢",
        intent="what_if",
        language="zh",
        city="jinan",
        housing_fund_contributors=2,
        buying_first_home=True,
        topic_entry="jinan.housing_fund_loan_limit",
        focus_entry="jinan.housing_fund_loan_limit",
        requested_slot="children",
    )
    await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    assert "100万元（三孩及以上家庭）" in texts(dispatcher)


def test_a_pregnancy_told_with_the_city_goes_to_the_form() -> None:
    """ "怀三胎了 预产期明年3月 济南的 想问问产假多长 我老公能休几天": the form reads the city and
    the baby due, and answers the leave for this birth; not the city alone read back (tester
    48 c3 heard "记下了：在济南")."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "怀三胎了 预产期明年3月 济南的 想问问产假多长 我老公能休几天", language="zh"
    )
    events = asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, {}))
    assert any(e.get("event") == "followup" and e.get("name") == "household_form" for e in events)
    assert "记下了：在济南" not in texts(dispatcher)


def test_a_second_home_gets_no_raised_ceiling() -> None:
    """ "可是我们已经有一套房了 第二套能用这个额度吗" after 900,000 for a first home: 不能, the raised
    ceiling is for a first owner-occupied home only (clause 14), read back as no first home."""
    from actions.conversation import ActionHandleCorrection

    family = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2019-03"), month("2023-05")],
        "housing_fund_contributors": 2,
        "buying_first_home": True,
        "topic_entry": "jinan.housing_fund_loan_limit",
        "result_shown": True,
    }
    said = answer("可是我们已经有一套房了 第二套能用这个额度吗", ActionHandleCorrection, **family)
    assert "不能" in said and "首套" in said and "第14条" in said
    assert "暂不打算买首套房" in said and "90万" not in said.split("规定")[0]


def test_the_hukou_city_stays_beside_a_figure_asked_in_the_same_message() -> None:
    """ "我们户口在济南 但是人在北京上班 老二今年6月生的 那个600的补贴能领吗": living in Beijing with
    Jinan hukou; the 600 asked later in the message does not take the hukou's city with it, so
    clause 12 is answered on the Jinan hukou (tester 50 c8 heard "不能…您家所在城市的方案里没有")."""
    from actions.household_form import accepted_updates
    from tests.actions.conftest import TODAY

    said = "我们户口在济南 但是人在北京上班 老二今年6月生的 那个600的补贴能领吗"
    updates = accepted_updates(said, {"language": "zh"}, TODAY, family=True).updates
    assert updates["city"] == "beijing" and updates["hukou_city"] == "jinan"
    assert updates["hukou_in_city"] is False
