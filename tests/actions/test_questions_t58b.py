"""Conversations found by tester 57 (fix t58b): a question answered on its own topic, with the
verdict its clause gives. Each test: the family known so far (the slots), what the citizen
wrote, what the reply must and must not say. Today is 3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.household_form import read_message
from tests.actions.conftest import DOMAIN, make_tracker, month, slot_events, texts, year

TODAY = date(2026, 12, 3)


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


async def policy_turn(text: str, lang: str, **slots: Any) -> tuple[str, list[dict[str, Any]]]:
    """A question outside the form (intent ask_policy): the reply and the events."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), events


# Tester 57 c09: living in Jinan, hukou still in Dezhou; an eldest of about 6 and 老二 born
# July 2024; the childcare subsidy discussed.
DEZHOU_HUKOU_IN_JINAN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": False,
    "children": [month("2020-06", approx="6岁"), month("2024-07")],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("孩子体检要钱吗 在济南", "zh"),  # tester 57 c09
        ("娃体检花钱不", "zh"),
        ("老二做体检要交钱吗", "zh"),
        ("is the kid's check-up free?", "en"),
        ("does the baby need to pay for check-ups?", "en"),
    ],
)
async def test_a_check_up_asked_with_its_cost_is_clause_8_free(text: str, lang: str) -> None:
    """Jinan clause 8: "Medical check-ups for infants and young children are free of charge".
    What a check-up costs is that measure's answer (free), never the monthly subsidy's "要。"
    with its hukou condition."""
    reply, _ = await policy_turn(text, lang, **DEZHOU_HUKOU_IN_JINAN)
    assert ("体检" in reply and "免费" in reply) or "check-up" in reply.lower(), reply
    assert not reply.startswith(("要。", "Yes.")), reply
    assert "育儿补贴" not in reply and "Childcare subsidy" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("老二要是住院 医保能多报点不", "zh"),  # tester 57 c09
        ("娃要是住院了能多报销不", "zh"),
        ("孩子生病住院 报销比例高点吗", "zh"),
        ("if our kid ends up in hospital, does insurance pay more?", "en"),
        ("would the 2nd child's hospital stay be reimbursed more?", "en"),
    ],
)
async def test_a_child_in_hospital_is_the_childrens_inpatient_rate(text: str, lang: str) -> None:
    """Jinan clause 15: "The reimbursement rate for children and adolescents hospitalized under
    the medical insurance policy will be increased by 5 percentage points". A child's hospital
    stay asked gets those 5 points, not "不能。育儿补贴…" nor the mother's delivery costs."""
    reply, _ = await policy_turn(text, lang, **DEZHOU_HUKOU_IN_JINAN)
    assert "5个百分点" in reply or "5 percentage points" in reply, reply
    assert not reply.startswith(("不能", "No.")), reply
    assert "育儿补贴" not in reply and "Childcare subsidy" not in reply, reply


@pytest.mark.parametrize(
    "text",
    ["生孩子住院能报多少", "will the hospital delivery cost be covered?"],
)
def test_the_mothers_stay_for_the_birth_is_no_childs_hospital_stay(text: str) -> None:
    """Jinan clause 15's delivery costs stay the answer to a stay in hospital for the birth."""
    from actions.focus import asked_measure

    lang = "zh" if "住院" in text else "en"
    asked = asked_measure(text, "jinan", lang)
    assert asked is not None and asked.id == "jinan.childbirth_medical_insurance", asked


# Tester 57 c04: Jinan hukou, a son of 4 and the 2nd child due April 2027; the mother has
# employee maternity insurance; the delivery costs just answered.
EXPECTING_ON_EMPLOYEE_COVER: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2022-06", approx="4", sex="m"), month("2027-04", hardship_at_birth=False)],
    "birth_insurance": "employee_maternity",
    "hardship_now": False,
    "result_shown": True,
    "topic_entry": "jinan.childbirth_medical_insurance",
}


@pytest.mark.parametrize(
    "text",
    [
        "what about baby medical insurance, do we pay? until when must we sign up",  # c04
        "i mean the baby's own resident medical insurance fee. is it free? deadline?",  # c04
        "the baby's medical insurance, do we have to pay, and by when?",
        "is resident medical insurance for the baby free? deadline?",
    ],
)
async def test_the_babys_own_insurance_is_clause_15s_enrolment(text: str) -> None:
    """Jinan clause 15: a 2nd or 3rd child born after 1 January 2023 enrolled in resident basic
    medical insurance "from the date of birth within six months" has the year's individual
    contribution paid in full. The 2nd child due April 2027: enrol by 1 October 2027. Not the
    "birth one thing" card, and the mother's employee maternity insurance stays."""
    reply, events = await policy_turn(text, "en", **EXPECTING_ON_EMPLOYEE_COVER)
    assert "1 Oct 2027" in reply, reply
    assert "six months" in reply, reply
    assert "birth_insurance" not in slot_events(events), events
    assert "3,000" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "i mean the baby's own resident medical insurance fee. is it free? deadline?",
        "my question is about the newborn joining resident medical insurance after birth",
        "the kid's resident health insurance, do we pay anything?",
        "is resident medical insurance for the baby free?",
        "孩子的居民医保要交钱吗",
        "老二上居民医保要交钱不",
    ],
)
def test_the_childs_insurance_sets_no_insurance_of_the_mother(text: str) -> None:
    """The mother's cover for the birth (clause 15's delivery costs) is never read from words
    about the child's own insurance."""
    said = read_message(text, EXPECTING_ON_EMPLOYEE_COVER, TODAY)
    assert not [u for u in said if u.fact == "birth_insurance"], said


@pytest.mark.parametrize(
    "text",
    [
        "I have resident medical insurance, what about the baby insurance?",
        "i have resident medical insurance for the birth",
        "我是居民医保 孩子的医保呢",
    ],
)
def test_the_mothers_cover_told_beside_the_childs_insurance_is_kept(text: str) -> None:
    said = read_message(text, EXPECTING_ON_EMPLOYEE_COVER, TODAY)
    assert [u.value for u in said if u.fact == "birth_insurance"] == ["resident_medical"], said


# Tester 57 c08: Jinan hukou; born 2016, June 2023 and August 2025 (special hardship support at
# the 3rd birth); the 400 a month for nurseries just shown.
NURSERY_SHOWN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        year("2016"),
        month("2023-06", hardship_at_birth=False),
        month("2025-08", hardship_at_birth=True),
    ],
    "result_shown": True,
    "topic_entry": "jinan.childcare_fee_subsidy_institution",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the 400 nursery subsidy, who receives it, me or nursery?", "en"),  # tester 57 c08
        ("who gets the 400 a month for the nursery, us?", "en"),
        ("托育那个400 是发给我还是发给托儿所", "zh"),
        ("托儿所的400补贴由谁去领", "zh"),
    ],
)
async def test_the_nurserys_400_is_received_by_the_nursery(text: str, lang: str) -> None:
    """Jinan clause 12: "Recorded child-care service organizations that enroll infants and
    toddlers under the age of 3 in accordance with the universal guideline price will be given
    subsidies for child-care fees … at a rate of 400 yuan per person per month": the nursery
    receives it, not the parent. Not "the plan does not say who may claim"."""
    reply, _ = await policy_turn(text, lang, **NURSERY_SHOWN)
    assert "not to parents" in reply or "不直接发给家长" in reply, reply
    assert "does not say who may claim" not in reply and "由谁申领" not in reply, reply
    assert "400" in reply, reply


# Tester 57 c10: Jinan hukou, twins born 2021 (the 1st and 2nd), the 3rd due February 2027;
# no benefits expected at that birth.
TWINS_THEN_A_THIRD: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        month("2021-01"),
        month("2021-01"),
        month("2027-02", hardship_at_birth=False),
    ],
    "hardship_now": True,
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang", "family", "must", "must_not"),
    [
        (  # tester 57 c04: the 2nd on the way supposed twins: child 2 and child 3, 600 each
            "doctor says maybe twins!! if twins, how much per month total",
            "en",
            EXPECTING_ON_EMPLOYEE_COVER,
            ("child 2", "child 3", "1,200 yuan a month", "Only a what-if"),
            ("babies is born",),
        ),
        (
            "what if it's twins, how much do we get a month?",
            "en",
            EXPECTING_ON_EMPLOYEE_COVER,
            ("child 3", "1,200 yuan a month"),
            (),
        ),
        (
            "要是双胞胎 一个月一共多少钱",
            "zh",
            EXPECTING_ON_EMPLOYEE_COVER,
            ("第2个孩子", "第3个孩子", "1,200元"),
            (),
        ),
        (  # tester 57 c10: twins as the 3rd and 4th: 600 for the 3rd, the 4th not in clause 12
            "万一这胎又是双胞胎 老三老四都有600吗",
            "zh",
            TWINS_THEN_A_THIRD,
            ("第3个孩子：600元/月", "第4个孩子", "没有提到第4个孩子", "济南市卫生健康委员会"),
            ("第4个孩子：600",),
        ),
        (
            "if this one is twins again, do the 3rd and 4th both get 600?",
            "en",
            TWINS_THEN_A_THIRD,
            ("child 3: 600 yuan/month", "Child 4: not under the plan's text"),
            ("child 4: 600",),
        ),
    ],
)
async def test_money_asked_of_a_birth_supposed_twins_counts_both_children(
    text: str, lang: str, family: dict[str, Any], must: tuple[str, ...], must_not: tuple[str, ...]
) -> None:
    """Jinan clause 12: 600 yuan "per month per child" to "families with two or three children".
    A birth supposed to be twins brings two children, the later twin the next in order: as the
    2nd and 3rd, 600 each; as the 3rd and 4th, the 3rd's 600 and the 4th outside the clause,
    with the lead department. A what-if: the family's facts stay as noted."""
    reply, events = await policy_turn(text, lang, **family)
    for part in must:
        assert part in reply, (part, reply)
    for part in must_not:
        assert part not in reply, (part, reply)
    assert "children" not in slot_events(events), events
