"""Tester 49's open findings (stop 49): the husband's time off asked after the delivery cost,
a tax break asked of a baby on the way with no due date, and the loan ceiling asked of a family
supposed (three children, one payer) or wanted outright while the form asks the dates."""

import asyncio
import json
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionHandleCorrection
from actions.household_form import ValidateHouseholdForm
from tests.actions.conftest import DOMAIN, make_tracker, month, slot_events, texts, year


def answer(text: str, action: Any = ActionAnswerPolicyQuestion, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    asyncio.run(action().run(dispatcher, make_tracker(text, **slots), {}))
    return texts(dispatcher)


def test_the_husbands_time_off_after_the_delivery_cost_is_his_leave() -> None:
    """ "how long can my husband take off when the 3rd comes" after the delivery cost, the 3rd
    due: paternity leave, at least 15 days (Jinan clause 11), not the 3,000 yuan again
    (tester 49 c8)."""
    family = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": True,
        "children": [month("2019-05"), month("2024-03"), month("2025-12")],
        "birth_insurance": "resident_medical",
        "topic_entry": "jinan.childbirth_medical_insurance",
        "result_shown": True,
    }
    said = answer("how long can my husband take off when the 3rd comes", **family)
    assert said.startswith("Paternity leave: at least 15 days.")
    assert "3,000" not in said


def test_a_tax_break_for_a_baby_with_no_due_date_is_the_deduction() -> None:
    """ "any tax break for the baby" in Beijing, three children and a fourth on the way with no
    due date: the under-3 income-tax deduction of (9), never "Sorry, I can't help with that"
    (tester 49 c9); the undated birth is no crash."""
    family = {
        "language": "en",
        "city": "beijing",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            {"birth_date": None, "precision": None, "height_cm": None},
            {"birth_date": None, "precision": None, "height_cm": None},
            {"birth_date": None, "precision": None, "height_cm": None, "expected": True},
        ],
        "topic_entry": "beijing.public_rental_priority",
        "result_shown": True,
    }
    said = answer("any tax break for the baby", ActionRouteUnclear, **family)
    assert "Income-tax deduction for care of children under 3" in said and "(9)" in said
    assert "can't help" not in said
    assert "child 1, child 2 and child 3" in said


# A Jinan family asked about leave with one child of 2, born June 2023.
ONE_CHILD_OF_TWO: dict[str, Any] = {
    "language": "en",
    "city": "jinan",
    "children": [month("2023-06", approx="2")],
    "topic_entry": "jinan.parental_leave",
    "result_shown": True,
}


def test_the_loan_asked_of_three_children_supposed_is_that_cell() -> None:
    """ "housing fund loan max if we have 3 kids but only i pay into it": 600,000 yuan for
    three children and one payer (clause 14), never "Updated: 3 children" and birth dates
    asked (tester 49 c10)."""
    said = answer(
        "housing fund loan max if we have 3 kids but only i pay into it",
        ActionHandleCorrection,
        **ONE_CHILD_OF_TWO,
    )
    assert "600,000 yuan" in said and "clause 14" in said
    assert "Updated: 3 children" not in said
    assert said.startswith("If 2 more children are born")


def test_the_loan_wanted_outright_while_dates_are_asked_is_answered() -> None:
    """ "i just want the max loan amount. 3 kids, only me paying in, first home" while the form
    asks the 2nd child's birth date: the three children's ceiling with one payer, 600,000 yuan
    (clause 14), the first home noted (tester 49 c10 was asked the date again)."""
    family = {
        **ONE_CHILD_OF_TWO,
        "children": None,
        "children_partial": [
            month("2023-06", approx="2"),
            {"birth_date": None, "precision": None, "height_cm": None},
            year("2024"),
        ],
        "requested_slot": "children",
    }
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "i just want the max loan amount. 3 kids, only me paying in, first home", **family
    )
    events = asyncio.run(ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN))
    said = texts(dispatcher)
    assert "planning to buy a first home" in said
    assert "up to 600,000 yuan" in said and "1 housing fund contributor" in said
    slots = slot_events(events)
    assert slots.get("housing_fund_contributors") == 1, json.dumps(slots)


# Jinan hukou, living in Beijing: 老二 born in 2024 (the year only), 老大 not dated yet.
JINAN_HUKOU_IN_BEIJING_SECOND_OF_2024: dict[str, Any] = {
    "language": "zh",
    "city": "beijing",
    "hukou_in_city": False,
    "hukou_city": "jinan",
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        year("2024"),
    ],
    "result_shown": True,
}


def test_the_eldests_year_told_with_the_600_asked_is_noted_and_answered() -> None:
    """ "老大2019年的。那就是济南给600是吧 到什么时候": 老大's year is noted, and 老二 (born 2024)
    gets 600 a month to its third birthday under Jinan clause 12, the month asked only for the
    day; tester 49 c7 was asked 老大's month again."""
    said = answer(
        "老大2019年的。那就是济南给600是吧 到什么时候", **JINAN_HUKOU_IN_BEIJING_SECOND_OF_2024
    )
    assert said.startswith("已更新：老大2019年出生")
    assert "第2个孩子每月600元，发到孩子满3周岁" in said and "老二是几月出生的" in said
    assert "第1个孩子是哪年哪月出生的" not in said


def test_a_bare_date_after_the_bots_question_of_a_child_is_that_childs() -> None:
    """ "2019年3月" after "第1个孩子是哪年哪月出生的？" put beside an answer: 老大 born March 2019,
    never "我没听明白要改哪一项" (tester 49 c7)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("2019年3月", **JINAN_HUKOU_IN_BEIJING_SECOND_OF_2024)
    tracker.events.insert(0, {"event": "bot", "text": "依据：第12条\n第1个孩子是哪年哪月出生的？"})
    events = asyncio.run(ActionHandleCorrection().run(dispatcher, tracker, {}))
    said = texts(dispatcher)
    assert said.startswith("已更新：老大2019年3月出生") and "没听明白" not in said
    first = slot_events(events)["children_partial"][0]
    assert first["birth_date"] == "2019-03-01" and first["precision"] == "month"
