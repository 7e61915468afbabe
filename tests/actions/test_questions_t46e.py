"""Tester 45's conversations (fix-t46e): facts misread out of a message and what the read-back
then says. Each test: the family known so far (the slots), what the citizen wrote, what the
reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.test_questions_t27a import form_turn


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


UNDATED = {"birth_date": None, "precision": None, "height_cm": None}
# Tester 45 c06: Beijing, the 2nd a month old (about November 2026).
BEIJING_NEWBORN: dict[str, Any] = {
    "city": "beijing",
    "children": [{**UNDATED, "birth_date": "2026-11-01", "precision": "month", "approx": "1"}],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那北京有啥别的 我老婆产假多长 我们租房子住 有没有住房方面的", "zh"),  # c06 T2
        ("我们租房 有住房补贴吗", "zh"),
        ("租的房子 有没有房补", "zh"),
        ("我们租房住，有没有住房保障方面的政策", "zh"),
        ("we rent here, is there any housing help?", "en"),
        ("we rent, what about homeowners?", "en"),
    ],
)
async def test_renters_asking_about_housing_are_not_read_as_owning(text: str, lang: str) -> None:
    """A Beijing family that rents asks what there is "for housing": renting is read back, and
    nothing of owning a home or not (the bot read 有没有住房 as 有住房, "在北京有自己的住房"; and
    有没有房补 as 没有房). Housing help is the topic asked about, not the family's home."""
    reply, set_ = await form_turn(text, lang, **BEIJING_NEWBORN)
    assert set_.get("renting") is True
    assert "owns_home_in_city" not in set_
    for said in (
        "在北京有自己的住房",
        "在北京没有自己的住房",
        "owning a home in",
        "no home of your own",
    ):
        assert said not in reply
