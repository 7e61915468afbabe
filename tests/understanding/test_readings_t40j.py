"""Tester 40 r08 (fix-t40j): an age that agrees with a child's known birth month keeps the
month, also when the child is named by a pronoun while the talk is of that child. Today is
1 December 2026 in China."""

import asyncio
from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.test_questions_t27a import form_turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}
# Jinan hukou; 老二 born September 2024, the eldest not dated; the talk is of 老二.
SECOND_KNOWN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        dict(UNDATED),
        {**UNDATED, "birth_date": "2024-09-01", "precision": "month"},
    ],
    "child_in_talk": 2,
}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("他现在两岁多了 你咋算的", "zh"),  # tester 40 r08
        ("她两岁多了", "zh"),
        ("老二现在两岁多", "zh"),
        ("he's 2 and a bit now, how did you work that out?", "en"),
        ("she is over 2 now", "en"),
    ],
)
def test_an_age_true_of_the_known_month_changes_no_child(text: str, lang: str) -> None:
    """2 years and some months on 1 Dec 2026 is true of a child born September 2024: the month
    stays, and the undated eldest is not dated from it (the bot had 老二约2024年6月, then
    老大约2024年6月)."""
    reply, set_ = asyncio.run(form_turn(text, lang, **SECOND_KNOWN))
    children = (
        set_.get("children") or set_.get("children_partial") or SECOND_KNOWN["children_partial"]
    )
    assert [c.get("birth_date") for c in children] == [None, "2024-09-01"], (reply, children)
    assert "2024年6月" not in reply and "June 2024" not in reply, reply


# Tester 40 n4: Jinan; the eldest about 9, the 2nd born January 2023, the 3rd born October 2026
# while on dibao; the talk is of the 2nd.
THREE_KNOWN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2017-06-01", "precision": "month", "approx": "9"},
        {**UNDATED, "birth_date": "2023-01-01", "precision": "month"},
        {**UNDATED, "birth_date": "2026-10-01", "precision": "month", "hardship_at_birth": True},
    ],
    "child_in_talk": 2,
}


@pytest.mark.parametrize(
    "text",
    [
        "my 2nd, born jan 2023. does SHE get the 600 a month? we were not on dibao back then",
        "we weren't on dibao at the time",
        "老二23年1月生的 她能领600吗 那时候我们没低保",
        "当时没领低保",
    ],
)
def test_no_benefits_back_then_is_the_birth_of_the_child_in_talk(text: str) -> None:
    """Clause 12 looks at the benefits at each birth: "back then" of the 2nd is her birth
    (January 2023), not the present, and the 3rd child's birth on dibao stays."""
    from actions.household_form import known_household
    from understanding import understand

    day = date(2026, 12, 1)
    read = understand(text, known_household(THREE_KNOWN, day), None, day, about=2)
    assert not any(u.fact == "hardship_now" for u in read), read
    assert any(
        u.fact == "child.hardship_at_birth" and u.child == 2 and u.value is False for u in read
    ), read
