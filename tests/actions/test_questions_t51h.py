"""Tester 51's findings (stop 49): the loan table's cells asked by children and payers after
the family's ceiling, the money asked after the leave, not paying put back of the newborn's
insurance, and a hotline worker's first child and two covers in one question."""

import asyncio
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionHandleCorrection
from tests.actions.conftest import make_tracker, month, slot_events, texts


def answer(text: str, action: Any = ActionAnswerPolicyQuestion, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    asyncio.run(action().run(dispatcher, make_tracker(text, **slots), {}))
    return texts(dispatcher)


# Jinan, two children not dated, both parents paying into the fund, buying a first home: the
# loan ceiling (900,000 yuan, clause 14) was answered.
TWO_CHILDREN_TWO_PAYERS: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        {"birth_date": None, "precision": None, "height_cm": None},
    ],
    "topic_entry": "jinan.housing_fund_loan_limit",
    "result_shown": True,
}


@pytest.mark.parametrize("action", [ActionHandleCorrection, ActionAnswerPolicyQuestion])
def test_the_three_child_cells_asked_are_read_from_the_table(action: Any) -> None:
    """ "我就问公积金 三个娃俩人交是100万吗 一个人交呢": yes, 1,000,000 yuan for two payers, and
    600,000 for one (three-child families, clause 14); tester 51 c6 heard "家里3人交住房公积金"
    and the rent withdrawal."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "我就问公积金 三个娃俩人交是100万吗 一个人交呢", **TWO_CHILDREN_TWO_PAYERS
    )
    events = asyncio.run(action().run(dispatcher, tracker, {}))
    said = texts(dispatcher)
    assert said.startswith("对。")
    assert "两人及以上缴存：住房公积金最高贷款额度100万元（三孩及以上家庭）" in said
    assert "一人缴存：住房公积金最高贷款额度60万元（三孩及以上家庭）" in said
    assert "housing_fund_contributors" not in slot_events(events)


def test_one_payer_with_three_children_is_600000_not_the_last_answer() -> None:
    """ "那三个娃一个人交呢 能贷多少", which the classifier did not place: 600,000 yuan (clause
    14), never "和上一条回答相同：1,000,000"."""
    said = answer("那三个娃一个人交呢 能贷多少", ActionRouteUnclear, **TWO_CHILDREN_TWO_PAYERS)
    assert "一人缴存：住房公积金最高贷款额度60万元" in said and "100万" not in said


def test_a_wrong_cell_put_back_is_put_right() -> None:
    """ "三个娃一个人交是100万吗": no, one payer gets 600,000 yuan with three children."""
    said = answer("三个娃一个人交是100万吗", **TWO_CHILDREN_TWO_PAYERS)
    assert said.startswith("不对，按第14条：") and "60万元" in said


def test_two_cells_put_back_right_get_a_yes() -> None:
    said = answer("所以三个娃一个人交是60万 两个人交是100万 对吧", **TWO_CHILDREN_TWO_PAYERS)
    assert said.startswith("对。") and "60万元" in said and "100万元" in said


def test_the_money_asked_after_the_leave_is_the_subsidy() -> None:
    """ "and the money? how much for my son and until when" after the parental leave, a 2nd
    child born January 2023: the childcare subsidy of clause 12 and its end, not the leave again
    nor the 200 supplement (tester 51 c10)."""
    family = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            month("2023-01", sex="m"),
        ],
        "topic_entry": "jinan.parental_leave",
        "result_shown": True,
    }
    said = answer("and the money? how much for my son and until when", **family)
    assert said.startswith("Childcare subsidy (child 2)") and "clause 12" in said
    assert "Parental leave" not in said and "supplement" not in said


def test_not_paying_put_back_of_the_insurance_gets_a_yes_to_it() -> None:
    """ "那老三医保是不是不用交钱 我们生完两个月就办了": 对，不用交 (clause 15: enrolled within six
    months, that year's contribution paid in full), never "能。" (tester 51 c5)."""
    family = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2017-06"), month("2020-06"), month("2025-02")],
        "topic_entry": "jinan.childcare_subsidy",
        "result_shown": True,
    }
    said = answer("那老三医保是不是不用交钱 我们生完两个月就办了", **family)
    assert said.startswith("对，不用交。第3个孩子在出生后6个月内参保")


def test_a_workers_first_child_question_opens_with_no() -> None:
    """ "我是12345热线的 … 济南一孩有育儿补贴吗 给个条款号": 没有, clause 12 names the 2nd and 3rd
    child only (tester 51 c7 got the rule with no answer)."""
    said = answer("你好 我是12345热线的 问几个快的 济南一孩有育儿补贴吗 给个条款号")
    assert said.startswith("没有：“育儿补贴”（第12条）只给第2个孩子、第3个孩子")


def test_a_workers_two_covers_get_both_figures() -> None:
    """ "济南生孩子居民医保报多少 职工的呢": 3,000 yuan flat under resident insurance and 100 %
    under employee maternity insurance (clause 15); tester 51 c7 got the first only."""
    worker = {"language": "zh", "hotline_city": "jinan", "reply_brief": True}
    said = answer("济南生孩子居民医保报多少 职工的呢", **worker)
    assert "定额支付3,000元" in said and "报销100%" in said


def test_a_height_put_on_another_child_leaves_the_first() -> None:
    """ "no, the 80cm one is my youngest, the 1 year old. so she rides free?" after 80 cm was
    noted for the 7-year-old in Beijing: the youngest is 80 cm, and the eldest's height is
    unknown again, so he is not said to ride free on it (tester 52 c8)."""
    family = {
        "language": "en",
        "city": "beijing",
        "children": [
            {**month("2018-01", approx="7"), "height_cm": 80.0},
            month("2021-01", approx="4"),
            month("2024-06", approx="1"),
        ],
        "topic_entry": "beijing.child_free_transit",
        "result_shown": True,
    }
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "no, the 80cm one is my youngest, the 1 year old. so she rides free?", **family
    )
    events = asyncio.run(ActionHandleCorrection().run(dispatcher, tracker, {}))
    heights = [c["height_cm"] for c in slot_events(events)["children"]]
    assert heights == [None, None, 80.0]


def test_the_start_and_the_office_of_the_hukou_citys_600_are_its_silence() -> None:
    """ "行 那俺家老二的600从哪个月开始发 找谁申请" from a Jinan-hukou family living in Beijing:
    clause 12 writes no start month nor procedure; ask the Jinan Health Commission, never the
    public rental housing's steps (tester 52 c6)."""
    family = {
        "language": "zh",
        "city": "beijing",
        "hukou_in_city": False,
        "hukou_city": "jinan",
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            month("2024-12"),
        ],
        "topic_entry": "beijing.public_rental_priority",
        "result_shown": True,
    }
    said = answer("行 那俺家老二的600从哪个月开始发 找谁申请", **family)
    assert "第12条" in said and "济南市卫生健康委员会" in said and "从哪个月开始发" in said
    assert "公租房" not in said


def test_the_delivery_asked_as_what_insurance_pays_is_the_delivery() -> None:
    """ "居民医保 那生孩子医保给报多少 我老公能休几天陪产假": the delivery cost (clause 15's 3,000
    yuan for resident insurance), not the newborn's contribution (tester 52 c4)."""
    from actions.focus import measures_asked

    asked = [
        e.id for e in measures_asked("居民医保 那生孩子医保给报多少 我老公能休几天陪产假", "jinan")
    ]
    assert asked == ["jinan.childbirth_medical_insurance", "jinan.paternity_leave"]
