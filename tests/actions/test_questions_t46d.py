"""Tester 45 c04 (fix-t46d), as the assistant answers it: a Jinan family with an eldest born
2021 and twins born September 2024 asks whether "the two kids" get 1200 a month together. The
family stays three children: the twins are the children in talk, and no count is read back.
Today is 1 December 2026 in China."""

import asyncio
import re
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_questions_t27a import form_turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}
ELDEST_AND_TWINS: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2021-01-01", "precision": "year"},
        {**UNDATED, "birth_date": "2024-09-01", "precision": "month"},
        {**UNDATED, "birth_date": "2024-09-01", "precision": "month"},
    ],
}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def _answer(text: str, lang: str) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **ELDEST_AND_TWINS)
    events = asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher), slot_events(events)


# A count of two read back ("已更新：2个孩子", "Updated: 2 children"), not 第2个孩子 / child 2.
TWO_READ_BACK = re.compile(r"(?<!第)2个孩子|\b2 children")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我是说俩娃加一起一个月1200对不对 老大不是问困难补助 是问那600老大有没有", "zh"),
        ("不是 我是问两个孩子一共1200对吗", "zh"),
        ("不对 俩孩子一共能领多少", "zh"),
        ("no I mean the two kids together get 1200 a month right?", "en"),
        ("no, the 2 kids get 600 each right?", "en"),
    ],
)
def test_the_two_kids_of_a_money_question_leave_the_family_at_three(text: str, lang: str) -> None:
    """The bot answered "已更新：在济南；2个孩子" and dropped a twin; the twins' 600 each
    (clause 12) was what was asked, 1,200 a month together."""
    for reply, set_ in (
        asyncio.run(form_turn(text, lang, **ELDEST_AND_TWINS)),
        _answer(text, lang),
    ):
        assert len(set_.get("children") or ELDEST_AND_TWINS["children"]) == 3, set_
        assert not TWO_READ_BACK.search(reply), reply
        assert "已更新" not in reply and "Updated:" not in reply, reply
        assert "第1个孩子" not in reply or "第3个孩子" in reply, reply
