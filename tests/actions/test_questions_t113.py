"""Tester 113's families (stop 71), asked again: a read-back asked beside facts told or put
right reads the record as it stands after them."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.household_form import ValidateHouseholdForm
from tests.actions.conftest import DOMAIN, texts

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def in_the_form(text: str, intent: str, slots: dict[str, Any]) -> Tracker:
    """The family's message while the household form asks `requested_slot`."""
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    return Tracker(
        sender_id="family",
        slots=dict(slots),
        latest_message=message,
        events=[{"event": "user", "text": text, "parse_data": message}],
        paused=False,
        followup_action=None,
        active_loop={"name": "household_form"},
        latest_action_name="action_listen",
    )


def child(born: str) -> dict[str, Any]:
    return {"birth_date": born, "precision": "month", "height_cm": None}


TWO_IN_JINAN = {
    "language": "en",
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2022-03-01"), child("2023-03-01")],
    "children_partial": [child("2022-03-01"), child("2023-03-01")],
    "requested_slot": "birth_insurance",
}


@pytest.mark.parametrize(
    ("message", "lang", "noted", "third"),
    [
        (
            "Sorry, I should have said — it's three kids: we also had a baby girl on 20 "
            "October this year. Can you read back what you have?",
            "en",
            "What I have noted:",
            "the 3rd child born 20 October 2026",
        ),
        (
            "不对 是三个孩子 老三今年10月20号生的 你把记的念一遍",
            "zh",
            "目前记下的是：",
            "老三2026年10月20日出生",
        ),
    ],
)
async def test_a_read_back_asked_beside_a_correction_reads_the_record_after_it(
    message: str, lang: str, noted: str, third: str
) -> None:
    """A Jinan family of two (born March 2022 and March 2023) puts the count right, a third
    born on 20 October 2026, and asks for the record: the record read back holds the third
    child (tester 113 c7 read back two children and heard about the third's insurance)."""
    dispatcher = CollectingDispatcher()
    slots = {**TWO_IN_JINAN, "language": lang}
    await ValidateHouseholdForm().run(dispatcher, in_the_form(message, "correct", slots), DOMAIN)
    reply = texts(dispatcher)
    recap = reply[reply.index(noted) :]
    assert third in recap, reply


async def test_a_new_caller_due_next_month_after_a_caller_of_a_second_child() -> None:
    """A hotline worker: caller 1 has Jinan hukou and a second child born 10 March 2023; the
    next caller's wife gives birth next month. The leave days are answered for the new caller
    (clause 11: 158 days of maternity leave); the case of one known child beside a birth to come
    made the action fail (tester 114 c9: "part of the system is not responding", every time)."""
    from actions.answers import ActionAnswerPolicyQuestion
    from tests.actions.test_questions_t33c import says

    slots: dict[str, Any] = {"language": "zh"}
    answers = ActionAnswerPolicyQuestion()
    await says(
        answers,
        "我是12345热线的接线员 帮来电群众查政策 第一位来电：济南户口 老二2023年3月10日出生 "
        "出生时家里在领低保 请给我每月金额、对应条款、还有一句能直接念",
        "ask_policy",
        slots,
    )
    reply = await says(
        answers,
        "好吧 下一位：济南 老婆下个月生 男方陪产假几天 产假几天 给条款和念稿",
        "ask_policy",
        slots,
    )
    assert "158" in reply, reply
