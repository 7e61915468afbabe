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
