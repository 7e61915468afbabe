"""A family's facts listed in one message are facts, not a question about one of them; a city
corrected beside a hukou told is the family's city (fresh-clone CI of stop 43). Today is
3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.focus import asked_measure
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts, year


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))


@pytest.mark.parametrize(
    "text",
    [
        "Jinan, two kids born March 2019 and May 2024, resident medical insurance, nobody pays "
        "the housing fund",
        "jinan hukou, 2 children, the 2nd born june 2025, employee medical insurance",
    ],
)
def test_insurance_listed_beside_the_children_is_no_question_about_the_childs_insurance(
    text: str,
) -> None:
    """The family's insurance in a list of facts is the mother's cover for the birth; clause 15's
    newborn enrolment is answered only when the child's own insurance is asked."""
    assert asked_measure(text, "jinan", "en") is None


def test_the_babys_own_insurance_asked_is_clause_15s_enrolment() -> None:
    """ "do we pay the baby's resident medical insurance?": Jinan clause 15, enrolment within
    six months of the birth."""
    entry = asked_measure("do we pay the baby's resident medical insurance?", "jinan", "en")
    assert entry is not None and "enrol_within_months" in entry.parameters


# A Beijing family of two, the second born May 2024, its hukou not yet told.
BEIJING_TWO: dict[str, Any] = {
    "city": "beijing",
    "children": [{"birth_date": None}, year("2024")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("oops sorry, we're in Jinan not Beijing, and we both have Jinan hukou", "en"),
        ("搞错了 我们在济南 不是北京 俩人都是济南户口", "zh"),
    ],
)
async def test_the_city_corrected_beside_its_hukou_is_the_city_lived_in(
    text: str, lang: str
) -> None:
    """Corrected to Jinan with Jinan hukou: a Jinan family with its hukou there, never a Beijing
    family holding a Jinan hukou."""
    from actions.conversation import ActionHandleCorrection

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **BEIJING_TWO)
    set_ = slot_events(await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN))
    reply = texts(dispatcher)
    assert set_.get("city") == "jinan", (set_, reply)
    assert set_.get("hukou_in_city") is True, (set_, reply)
    assert not set_.get("hukou_city"), (set_, reply)
