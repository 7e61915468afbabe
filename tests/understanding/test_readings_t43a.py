"""Tester 42 c03 (fix-t43a): days and dates of children whose birth month is known. A date
written day first is never a count of children; a day told alone of a child whose month is
known keeps that month and year; "we have 3 kids" puts right a count read too high. Today is
1 December 2026 in China."""

import asyncio
from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.test_questions_t19a import show
from tests.actions.test_questions_t27a import form_turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}
# Jinan hukou, renting; a boy of about 5 and twin girls born May 2023 (tester 42 c03).
TWINS_AND_A_BOY: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month", "approx": "5"},
        {**UNDATED, "birth_date": "2023-05-01", "precision": "month"},
        {**UNDATED, "birth_date": "2023-05-01", "precision": "month"},
    ],
}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def _children(set_: dict[str, Any], before: dict[str, Any]) -> list[dict[str, Any]]:
    return list(
        set_.get("children")
        or set_.get("children_partial")
        or before.get("children")
        or before.get("children_partial")
        or []
    )


@pytest.mark.parametrize(
    ("text", "lang", "about", "day"),
    [
        ("also our 2nd is a girl, she was born on the 12th actually", "en", None, "12"),
        ("our second was born on the 12th", "en", None, "12"),
        ("she was born on the 20th", "en", 2, "20"),
        ("老二是15号出生的", "zh", None, "15"),
        ("她是12号生的", "zh", 2, "12"),
        ("其实老二是3号生的", "zh", None, "03"),
    ],
)
def test_a_day_alone_keeps_the_known_month_of_the_child(
    text: str, lang: str, about: int | None, day: str
) -> None:
    """The 2nd, a twin born May 2023, "was born on the 12th": 12 May 2023, not 12 November
    2026 (the bot made a twin a newborn and then asked which child was wrong)."""
    slots = {**TWINS_AND_A_BOY, "child_in_talk": about}
    reply, set_ = asyncio.run(form_turn(text, lang, **slots))
    children = _children(set_, slots)
    assert len(children) == 3, (reply, children)
    assert children[1]["birth_date"] == f"2023-05-{day}", (reply, children)
    assert "2026" not in reply, reply
    assert "younger than" not in reply and "还小" not in reply, reply


# After "our 2nd was born on the 12th" had been read as 12 November 2026, the bot asked which
# child was wrong (the 2nd's date set against the 3rd's).
ORDER_ASKED: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": None,
    "children_partial": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month", "approx": "5"},
        {**UNDATED, "birth_date": "2026-11-12", "precision": "day", "order_conflict": 3},
        {**UNDATED, "birth_date": "2023-05-01", "precision": "month"},
    ],
    "requested_slot": "children",
    "pending_question": {"slot": "children", "side_answers": 0},
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("12 may 2023 obviously, the twins birthday", "en"),  # tester 42 c03
        ("12 may 2023", "en"),
        ("3 march 2022 for the 2nd", "en"),
        ("12/05/2023", "en"),
        ("12th of may 2023", "en"),
    ],
)
def test_a_date_written_day_first_is_no_count_of_children(text: str, lang: str) -> None:
    """While the children are asked about, "12 may 2023" is a date, not 12 children (the bot
    answered "Noted: 12 children … When was child 5 born?")."""
    reply, set_ = asyncio.run(form_turn(text, lang, **ORDER_ASKED))
    children = _children(set_, ORDER_ASKED)
    assert len(children) < 5, (reply, children)  # no 4th to 12th child made up from "12"
    assert "12 children" not in reply and "child 5" not in reply, reply
    assert "born" in reply, reply  # the date is read


# The state after the count was misread: 12 children, four of them dated.
TWELVE_READ: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "renting": True,
    "housing_fund_contributors": 2,
    "owns_home_in_city": False,
    "children": None,
    "children_partial": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month", "approx": "5"},
        {**UNDATED, "birth_date": "2026-11-12", "precision": "day", "order_conflict": 3},
        {**UNDATED, "birth_date": "2023-05-12", "precision": "day"},
        {**UNDATED, "birth_date": "2023-05-12", "precision": "day"},
        *[dict(UNDATED) for _ in range(8)],
    ],
    "requested_slot": "children",
    "pending_question": {"slot": "children", "side_answers": 0},
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what?? we have 3 kids. a 5 year old boy and twin girls born 12 may 2023", "en"),
        ("no, we have 3 children: a boy of 5 and the twins", "en"),
        ("啥？我们有3个孩子 老大5岁 双胞胎2023年5月12日生的", "zh"),
        ("我们家一共3个孩子", "zh"),
    ],
)
def test_the_whole_family_counted_drops_the_children_read_too_many(text: str, lang: str) -> None:
    """ "we have 3 kids" of 12 read: three children stay, the undated 4th to 12th go, and the
    rental subsidy area is +30 m² (Jinan clause 14: 15 m² for each child after the first), not
    +165 m²."""
    reply, set_ = asyncio.run(form_turn(text, lang, **TWELVE_READ))
    children = _children(set_, TWELVE_READ)
    assert len(children) == 3, (reply, children)
    assert str(children[2]["birth_date"])[:7] == "2023-05", children
    after = {
        **{k: v for k, v in TWELVE_READ.items() if k not in ("requested_slot", "pending_question")},
        "children_partial": None,
        "children": children,
    }
    shown = asyncio.run(show("check everything" if lang == "en" else "全部查一遍", lang, **after))
    assert "165" not in shown, shown
    assert ("+30 m²" in shown) if lang == "en" else ("30平方米" in shown), shown
