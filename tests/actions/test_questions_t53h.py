"""Tester 53's findings (stop 50): the loan ceiling's table asked after the family's figure (a
figure put back with "k", one more child supposed, a three-child family asked in general), and a
newborn not yet enrolled in the resident medical insurance after its window closed."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import make_tracker, month, texts


@pytest.fixture(autouse=True)
def tester_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The day tester 53 played (China)."""
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 4))


def answer(text: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    asyncio.run(
        ActionAnswerPolicyQuestion().run(dispatcher, make_tracker(text, "ask_policy", **slots), {})
    )
    return texts(dispatcher)


# Jinan, two children (7 and 2), both parents paying into the housing fund, buying a first home:
# the loan ceiling was answered, 900,000 yuan (clause 14).
TWO_CHILDREN_TWO_PAYERS: dict[str, Any] = {
    "language": "en",
    "city": "jinan",
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "children_partial": [month("2019-06", approximate=True), month("2024-06", approximate=True)],
    "topic_entry": "jinan.housing_fund_loan_limit",
    "result_shown": True,
}


def test_a_third_supposed_after_the_ceiling_is_the_loan_not_the_subsidy() -> None:
    """ "so 900k right? and if we have a third does it go up to 1 million?": yes, 1,000,000 yuan
    with three children and two payers; tester 53 c7 heard "No, not 900 yuan" and the third
    child's 600 a month."""
    said = answer(
        "so 900k right? and if we have a third does it go up to 1 million?",
        **TWO_CHILDREN_TWO_PAYERS,
    )
    assert said.startswith("Yes, the ceiling goes up.")
    assert "with 3 children up to 1,000,000 yuan (with 2: 900,000 yuan)" in said
    assert "900 yuan" not in said and "month" not in said


def test_a_three_child_family_asked_in_general_gets_its_row() -> None:
    """ "what's the loan limit for a three-child family with two contributors?" from a family
    of two children: 1,000,000 yuan (clause 14), not "the same as above: 900,000"."""
    said = answer(
        "what's the loan limit for a three-child family with two contributors?",
        **TWO_CHILDREN_TWO_PAYERS,
    )
    assert "1,000,000 yuan (families with 3 or more children)" in said
    assert "900,000" not in said


def test_the_other_row_put_back_is_confirmed() -> None:
    """ "900,000 with 2 kids, and with 3 kids would the max be 1,000,000?": yes, and the
    three-child row; tester 53 c7 heard 900,000 again with no yes."""
    said = answer(
        "no I mean the housing fund loan. 900,000 with 2 kids, and with 3 kids would the max "
        "be 1,000,000?",
        **TWO_CHILDREN_TWO_PAYERS,
    )
    assert said.startswith("Yes.")
    assert "1,000,000 yuan (families with 3 or more children)" in said


# Jinan hukou, on dibao when 老三 was born in May 2026; 老二 born 2018; the subsidy answered.
DIBAO_THIRD_CHILD: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": True,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        month("2018-06", approximate=True),
        month("2026-05", hardship_at_birth=True),
    ],
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}


def test_a_newborn_not_enrolled_after_its_window_gets_a_plain_no() -> None:
    """ "老三医保要交钱吗 还没给他办医保呢" on 4 December 2026: the six months of clause 15 ended
    around November 2026, so no; tester 53 c4 heard 说不准 and "孩子是在期限内参保的吗？"."""
    said = answer("老三医保要交钱吗 还没给他办医保呢", **DIBAO_THIRD_CHILD)
    assert said.startswith("不能免了。第3个孩子须在出生后6个月内参保")
    assert "期限内参保的吗" not in said


def test_not_enrolled_said_again_is_the_same_no() -> None:
    """ "我说了还没办啊 现在办还能免费不": the same no, without 老二 (born 2018, before the
    clause's cut-off) keeping it open."""
    said = answer(
        "我说了还没办啊 现在办还能免费不",
        **{**DIBAO_THIRD_CHILD, "topic_entry": "jinan.newborn_medical_insurance_subsidy"},
    )
    assert said.startswith("不能了。") and "期限内参保的吗" not in said
    assert "第2个孩子" not in said


def test_leave_for_both_parents_after_the_maternity_leave_is_the_parental_leave() -> None:
    """ "after maternity leave is there any more leave for us both until she's older?": each
    parent's 10 days a year until the child is 3 (clause 11); tester 53 c3 heard the 158 days of
    maternity leave again."""
    said = answer(
        "after maternity leave is there any more leave for us both until she's older?",
        language="en",
        city="jinan",
        hukou_in_city=True,
        children_partial=[month("2021-05", approximate=True), month("2027-03")],
        topic_entry="jinan.housing_fund_rent_withdrawal",
        result_shown=True,
    )
    assert "at least 10 days of parental leave a year" in said
    assert "158" not in said


def test_a_grandmother_asking_what_her_grandson_gets_is_asked_of_the_child() -> None:
    """ "我是孩子奶奶 想问问我孙子能领啥补贴": what the grandson gets (the 600 a month of clause
    12 among it), not the grandparents' own long-term care insurance (tester 53 c1)."""
    from actions.focus import asks_for_grandparents
    from understanding.text import normalise

    asked = "你好 我是孩子奶奶 想问问我孙子能领啥补贴 我们济南户口 老大五岁了 老二去年十月生的"
    assert not asks_for_grandparents(normalise(asked))
    assert asks_for_grandparents(normalise("我是孩子奶奶 我有啥补贴"))
    assert asks_for_grandparents(normalise("孩子奶奶有啥补贴吗"))


def test_the_tax_deduction_asked_by_the_month_is_not_the_missing_cash() -> None:
    """ "and the tax deduction for under 3s, how much is it per month?" from a Beijing family:
    the deduction (clause (9), no amount in the plan), not "No. … no monthly cash payment"
    first (tester 53 c9)."""
    said = answer(
        "and the tax deduction for under 3s, how much is it per month?",
        language="en",
        city="beijing",
        children_partial=[month("2022-06", approximate=True), month("2025-06", approximate=True)],
        topic_entry="beijing.leave_entitlements",
        result_shown=True,
    )
    assert said.startswith("Income-tax deduction for care of children under 3")
    assert "no monthly cash" not in said


def test_a_hotline_worker_asking_two_payer_counts_gets_both_cells() -> None:
    """ "公积金贷款 三孩家庭双职工缴存 最高贷多少 一个人缴呢": 1,000,000 yuan for two payers and
    600,000 for one (clause 14); tester 53 c6 heard only the one-payer cell."""
    said = answer(
        "公积金贷款 三孩家庭双职工缴存 最高贷多少 一个人缴呢",
        language="zh",
        hotline_city="jinan",
        topic_entry="jinan.childcare_subsidy",
    )
    assert "两人及以上缴存：住房公积金最高贷款额度100万元（三孩及以上家庭）" in said
    assert "一人缴存：住房公积金最高贷款额度60万元（三孩及以上家庭）" in said


def test_a_hotline_worker_asking_what_the_200_rests_on_gets_both_answers() -> None:
    """ "低保户加发200是看生孩子的时候还是申请的时候 失业金算不算": the birth decides, and the
    unemployment insurance benefit counts (clause 12 names it); tester 53 c6 heard only
    "600+200=800" again."""
    said = answer(
        "低保户加发200是看生孩子的时候还是申请的时候 失业金算不算",
        language="zh",
        hotline_city="jinan",
        topic_entry="jinan.childcare_subsidy",
    )
    assert said.startswith("看生孩子的时候")
    assert "失业金算，方案列了它。" in said and "第12条" in said


def test_a_family_asking_whether_unemployment_benefit_counts_gets_yes() -> None:
    said = answer(
        "does unemployment benefit count for the extra 200?",
        language="en",
        city="jinan",
        topic_entry="jinan.childcare_subsidy",
    )
    assert said.startswith("Yes, unemployment benefit counts")
    assert "clause 12" in said


# Jinan hukou, the eldest about 6, twins born March 2026 while the father drew unemployment
# insurance benefit: 600 + 200 a month for each twin (clause 12).
TWINS_ON_BENEFITS: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        month("2020-06", approximate=True),
        month("2026-03", hardship_at_birth=True),
        month("2026-03", hardship_at_birth=True),
    ],
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}


def test_each_childs_800_put_back_with_the_whole_sum_asked() -> None:
    """ "每个孩子800是吧 那三年下来一共多少钱": yes, and 57,600 yuan for the two to their third
    birthdays; tester 53 c2 never heard the sum."""
    said = answer("每个孩子800是吧 那三年下来一共多少钱", **TWINS_ON_BENEFITS)
    assert said.startswith("对，") and "共57,600元" in said


def test_the_whole_sum_asked_again_is_the_sum() -> None:
    said = answer("我问的是总共能拿多少钱 两个加起来", **TWINS_ON_BENEFITS)
    assert "共57,600元" in said and "共28,800元" not in said


def test_the_subsidys_end_asked_beside_the_insurance_deadline_is_answered_too() -> None:
    """ "那孩子医保最晚啥时候办 补贴领到啥时候", a 2nd child due 20 January 2027: the insurance by
    20 July 2027 (clause 15) and the 600 a month until 20 January 2030 (clause 12); tester 53 c8
    heard only the first."""
    said = answer(
        "那孩子医保最晚啥时候办 补贴领到啥时候",
        language="zh",
        city="jinan",
        hukou_in_city=True,
        birth_insurance="flexible_employment",
        children_partial=[
            month("2022-06", approximate=True),
            {"birth_date": "2027-01-20", "precision": "day", "height_cm": None},
        ],
        topic_entry="jinan.newborn_medical_insurance_subsidy",
        result_shown=True,
    )
    assert "须在2027年7月20日前办理" in said
    assert "发到2030年1月20日" in said


def test_just_tell_me_ends_the_questions_after_the_date_told() -> None:
    """ "老大2019年的 你就说北京这边有啥吧" from a Jinan-hukou family living in Beijing, asked the
    eldest's date: the date noted and no more questions (the heights the bus rule needs become
    a condition); tester 53 c5 was asked the heights next, its third turn without the list."""
    from tests.actions.test_questions_t27a import form_turn

    family = {
        "city": "beijing",
        "hukou_in_city": False,
        "hukou_city": "jinan",
        "check_scope": "all",
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            month("2026-01"),
        ],
        "requested_slot": "children",
        "pending_question": {"slot": "children", "side_answers": 0},
    }
    _, asked_on = asyncio.run(form_turn("老大2019年的", "zh", **family))
    assert asked_on.get("requested_slot") == "children_heights"
    reply, set_ = asyncio.run(form_turn("老大2019年的 你就说北京这边有啥吧", "zh", **family))
    assert reply.startswith("记下了：老大2019年出生")
    assert set_.get("requested_slot") is None
    assert "children_heights" in set_["skipped_facts"]


def test_a_third_child_supposed_as_a_what_if_after_the_loan_is_one_more_child() -> None:
    """ "no I mean if we HAVE a third child, what's the ceiling then? and what if my wife starts
    paying in too?" from a family of two children, one payer: 600,000 either way with one payer,
    1,000,000 with two (clause 14); tester 55 c8 got "If 3 more children are born" and a list."""
    from actions.results import ActionWhatIf

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "no I mean if we HAVE a third child, what's the ceiling then? and what if my wife "
        "starts paying in too?",
        "what_if",
        language="en",
        city="jinan",
        hukou_in_city=True,
        housing_fund_contributors=1,
        children_partial=[
            {"birth_date": None, "precision": None, "height_cm": None},
            {"birth_date": None, "precision": None, "height_cm": None},
        ],
        topic_entry="jinan.housing_fund_loan_limit",
        result_shown=True,
    )
    asyncio.run(ActionWhatIf().run(dispatcher, tracker, {}))
    said = texts(dispatcher)
    assert said.startswith("For your family (if you buy a first owner-occupied home")
    assert "No, with one payer it stays the same." in said
    assert "Two or more payers: with 3 children up to 1,000,000 yuan" in said
    assert "3 more children" not in said
