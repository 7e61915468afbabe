"""Tester 40's conversations (fix-t40j): both parents' time off asked in one message. Each
test: the family known so far (the slots), what the citizen wrote, what the reply must and
must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, texts
from tests.actions.test_questions_t27a import form_turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Tester 40 n2: Jinan hukou, the eldest born October 2025, seven months pregnant with the 2nd;
# the mother insured by her employer; the form asked about benefits at the birth.
EXPECTING_THE_SECOND: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "birth_insurance": "employee_maternity",
    "children": [
        {**UNDATED, "birth_date": "2025-10-01", "precision": "month"},
        {**UNDATED, "birth_date": "2027-02-01", "precision": "month"},
    ],
    "requested_slot": "hardship_at_birth",
    "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
}
LEAVES = {
    "zh": ("158天", "不少于15天", "育儿假", "第11条"),
    "en": ("158 days", "15 days", "arental leave", "clause 11"),
}


async def whole_turn(text: str, lang: str, **slots: Any) -> str:
    """The household form on `text`, then the answer to what it left in focus, if any."""
    reply, set_ = await form_turn(text, lang, **slots)
    after = {**slots, **set_}
    if after.get("focus_entry") and not after.get("requested_slot"):
        message = {"text": text, "intent": {"name": "inform", "confidence": 0.99}, "entities": []}
        tracker = Tracker(
            "test", after, message, [{"event": "user", "text": text}], False, None, {}, ""
        )
        dispatcher = CollectingDispatcher()
        await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
        reply += "\n" + texts(dispatcher)
    return reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("没有 都上班呢 那我生完能休多久 我老公呢", "zh"),  # tester 40 n2
        ("生完能休多久 我老公呢", "zh"),
        ("我生了以后可以休几天 孩子他爸呢", "zh"),
        ("no, we both work. how long can I take off after the birth? and my husband?", "en"),
        ("how long is my leave after the birth? what about my husband", "en"),
    ],
)
async def test_the_mothers_time_off_and_the_fathers_are_answered_together(
    text: str, lang: str
) -> None:
    """Jinan clause 11: maternity leave 158 days, paternity leave at least 15 days, and each
    parent of a child under 3 at least 10 days of parental leave a year, in one answer; not
    the father's alone (tester 40 n2 had to ask again for her own leave)."""
    reply = await whole_turn(text, lang, **EXPECTING_THE_SECOND)
    for said in LEAVES[lang]:
        assert said in reply, reply
