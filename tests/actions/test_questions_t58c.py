"""Tester 57's conversations (fix-t58c): the family's city and hukou recorded as told. Each test:
the family known so far (the slots), what the citizen wrote, what the reply must and must not
say, and the clause. Today is 3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from tests.actions.conftest import DOMAIN, day, make_tracker, slot_events, texts, year


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))


async def form_reply(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The household form on `text` (intent inform): the reply and the slots it sets."""
    from actions.household_form import ValidateHouseholdForm

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


# --- 3. a request for more items is never a statement about housing -------------------------

# Jinan hukou; the eldest born 2020, twins 17 March 2024; two pay into the housing fund and the
# family wants its first flat. The loan ceiling was answered; the form holds "whether you own a
# home in the city" as its next question, not yet put (asked 0).
TWINS_AFTER_THE_LOAN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [year("2020"), day("2024-03-17"), day("2024-03-17")],
    "birth_insurance": "resident_medical",
    "hardship_at_birth": True,
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "requested_slot": "owns_home_in_city",
    "pending_question": {"slot": "owns_home_in_city", "side_answers": 0, "asked": 0},
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ok and what else we can get? u said u check everything", "en"),
        ("ok, anything else for us?", "en"),
        ("sure and what else is there", "en"),
        ("嗯 其他的呢 还能领啥", "zh"),
        ("好的 还有哪些能享受的", "zh"),
        ("ok", "en"),
        ("嗯", "zh"),
    ],
)
async def test_more_asked_after_the_loan_answer_records_no_home(text: str, lang: str) -> None:
    """Jinan clause 14: the rent withdrawal is for families "who do not own a home in the city
    and are renting". A question the bot never put cannot be answered with "ok", and "what else
    can we get" says nothing about housing: no home is recorded, none is read back."""
    reply, set_ = await form_reply(text, lang, **TWINS_AFTER_THE_LOAN)
    assert "owns_home_in_city" not in set_, (set_, reply)
    assert "自有住房" not in reply.split("\n")[0] and "owning a home" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ok and what else we can get?", "en"),
        ("嗯 还有别的吗", "zh"),
    ],
)
async def test_more_asked_after_the_home_question_was_put_is_no_answer(
    text: str, lang: str
) -> None:
    """The question put ("do you own a home in Jinan?"), an acknowledgement followed by a request
    for more items still answers nothing: the home stays unknown."""
    slots = {**TWINS_AFTER_THE_LOAN, "pending_question": {"slot": "owns_home_in_city"}}
    reply, set_ = await form_reply(text, lang, **slots)
    assert "owns_home_in_city" not in set_, (set_, reply)


@pytest.mark.parametrize(
    ("text", "lang", "owns"),
    [("yes", "en", True), ("no we rent", "en", False), ("有", "zh", True), ("没有", "zh", False)],
)
async def test_the_home_question_put_is_answered_by_yes_or_no(
    text: str, lang: str, owns: bool
) -> None:
    """Once put, the question is answered by a plain yes or no as before."""
    slots = {**TWINS_AFTER_THE_LOAN, "pending_question": {"slot": "owns_home_in_city"}}
    reply, set_ = await form_reply(text, lang, **slots)
    assert set_.get("owns_home_in_city") is owns, (set_, reply)
