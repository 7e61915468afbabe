"""Testers 46 and 48's conversations (fix-t49b): a month, an age or a plan said beside a child
read as that child's, not as another. Each test: the family known so far (the slots), what the
citizen wrote, what the reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, month, texts, year
from tests.actions.test_questions_t27a import form_turn


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def answer_after_form(text: str, lang: str, slots: dict[str, Any]) -> tuple[str, str]:
    """The form's reply to `text`, then the answer the result action gives: both texts."""
    reply, set_ = await form_turn(text, lang, **slots)
    after = {**slots, **set_, "language": lang}
    message = {"text": text, "intent": {"name": "inform", "confidence": 0.99}, "entities": []}
    tracker = Tracker(
        "test", after, message, [{"event": "user", "text": text}], False, None, {}, ""
    )
    dispatcher = CollectingDispatcher()
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    return reply, texts(dispatcher)


# Tester 48 c06: Beijing, renting; the eldest about 8, the 2nd born September 2024, the 3rd born
# "去年"; the citizen asked about the children's medical insurance and the bot asked
# "老三是2025年几月出生的？".
BEIJING_THIRD_OF_2025: dict[str, Any] = {
    "city": "beijing",
    "renting": True,
    "children_partial": [month("2018-06", approx=True), month("2024-09"), year("2025")],
    "focus_entry": "beijing.birth_registration_joint_service",
    "topic_entry": "beijing.birth_registration_joint_service",
    "requested_slot": "children",
    "child_in_talk": 3,
}


@pytest.mark.parametrize(
    ("text", "lang", "recorded", "invented"),
    [
        ("3月份 医保呢 你还没说", "zh", "老三2025年3月出生", "老四"),  # tester 48 c06
        ("三月份的 那孩子医保呢", "zh", "老三2025年3月出生", "老四"),
        ("march. and the insurance?", "en", "March 2025", "child 4"),
    ],
)
async def test_a_month_alone_is_the_month_of_the_child_asked_and_the_question_is_answered(
    text: str, lang: str, recorded: str, invented: str
) -> None:
    """The month answers the month asked of 老三, in the year the question gave; no 4th child.
    The rest of the message (the children's medical insurance) is then answered: Beijing
    clause (4), enrolment in medical insurance done with the birth registration."""
    reply, answer = await answer_after_form(text, lang, BEIJING_THIRD_OF_2025)
    assert recorded in reply, reply
    assert invented not in reply + answer, reply + answer
    assert ("医保参保" if lang == "zh" else "insurance") in answer, answer
    assert ("第(4)条" if lang == "zh" else "(4)") in answer, answer


# Tester 48 c04: a grandmother in Jinan, Jinan hukou; the grandson about 8, the granddaughter
# (the 2nd) born October 2025; the talk is of the granddaughter's medical insurance.
GRANDDAUGHTER_INSURANCE: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2018-06", approx=True), month("2025-10")],
    "child_in_talk": 2,
    "focus_entry": "jinan.newborn_medical_insurance_subsidy",
    "topic_entry": "jinan.newborn_medical_insurance_subsidy",
    "result_shown": True,
}
JOINED_LATE = [
    ("孩子是满7个月才参保的", "zh", "不能。"),  # tester 48 c04
    ("我说的是外孙女满7个月才交的医保", "zh", "不能。"),
    ("孩子8个月的时候才办的医保 能免吗", "zh", "不能。"),
    ("没有 过了半年才给她交的 那就不能免了是吧", "zh", "对，不能。"),  # tester 48 c04 (P6)
    ("我问的是孩子医保 过了半年才交的 是不是就不给免了", "zh", "对，不能。"),
    ("一岁多才上的医保 还能免吗", "zh", "不能。"),
    ("she was 7 months old when we enrolled her, so it's not free, right?", "en", "Right, no."),
    ("we only signed her up at 7 months, is it still free?", "en", "No."),
]


@pytest.mark.parametrize(("text", "lang", "opening"), JOINED_LATE)
@pytest.mark.parametrize("focus", ["jinan.newborn_medical_insurance_subsidy", None])
async def test_the_age_at_enrolment_answers_the_window_and_adds_no_child(
    text: str, lang: str, opening: str, focus: str | None
) -> None:
    """Jinan clause 15: a 2nd or 3rd child's contribution is paid in full only when the child
    joins within 6 months of birth. An age said with the enrolment is the age then: the reply
    is the plain no (对，不能 to a no put back), with the clause, and no child is added or
    moved (tester 48 c04 got a 老大, then a 老三, "约2026年5月出生"; and the housing fund)."""
    slots = {**GRANDDAUGHTER_INSURANCE, "focus_entry": focus}
    reply, answer = await answer_after_form(text, lang, slots)
    said = reply + answer
    assert answer.startswith(opening), said
    assert ("6个月内参保" if lang == "zh" else "within 6 months") in answer, said
    assert ("第15条" if lang == "zh" else "clause 15") in answer, said
    for wrong in ("2026年5月", "May 2026", "老三", "child 3", "公积金", "housing fund", "说不准"):
        assert wrong not in said, said


# Tester 46 c01: Jinan hukou; the eldest three and a half, the 2nd a month old (no benefits at
# that birth); a 3rd wondered about, the father on unemployment benefit at its birth; the bot
# asked the 3rd's birth date.
UNDATED = {"birth_date": None, "precision": None, "height_cm": None}
THIRD_WONDERED: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        month("2023-06", approx=True),
        month("2026-11", approx=True, hardship_at_birth=False),
        {**UNDATED, "hardship_at_birth": True},
    ],
    "requested_slot": "children",
    "child_in_talk": 3,
    "focus_entry": "jinan.childcare_subsidy_hardship_supplement",
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("还没生呢 打算明年 27年吧 我就问二宝600老三800对不对 加起来一个月1400", "zh"),
        ("还没生呢 准备27年要", "zh"),
        ("not born yet, we're planning for 2027", "en"),
    ],
)
async def test_a_planned_third_is_no_due_date_of_the_eldest(text: str, lang: str) -> None:
    """A plan for the 3rd (打算明年, 27年) is not a pregnancy: no due date is recorded for the
    eldest or the 2nd, and neither is asked its month (tester 46 c01 got "记下了：老大预产期2027年",
    then "老大大概几月份生？")."""
    reply, answer = await answer_after_form(text, lang, THIRD_WONDERED)
    said = reply + answer
    for wrong in ("老大预产期", "老二预产期", "老大大概", "child 1 is due", "child 2 is due"):
        assert wrong not in said, said
    assert "Which month is child 1" not in said and "Which month is child 2" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "有一个娃两岁 另一个4月份生",
        "有一个娃两岁 还有一个4月份生的",
        "一个孩子两岁 另外一个4月份出生的",
    ],
)
async def test_the_other_childs_month_is_read_back_as_its_birth(text: str) -> None:
    """A Jinan family: "另一个4月份生" tells the 2nd child's birth month, April 2026 (the latest
    April not in the future), not a due date nor a single child."""
    reply, _ = await form_turn(text, "zh", city="jinan")
    assert "老二2026年4月出生" in reply, reply
    assert "预产期" not in reply, reply
