"""Tester 41 c10, re-played by the lead on the merged code: a child named by its order with no
fact of its own ("my 2nd kid, we moved hukou here last month") is the child the talk is about,
so the birth told next with no order word ("she was born june 2025") is that child's, never a
first child's (the bot had answered "Only for the 2nd or 3rd child; this is the 1st child").
Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.test_questions_t27a import form_turn


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


@pytest.mark.parametrize(
    ("first", "then", "lang", "order"),
    [
        (
            "hi, jinan. my 2nd kid, we moved hukou here last month. renting",
            "is the 600 paid from her birth or only since the hukou moved? she was born june 2025",
            "en",
            2,
        ),
        (
            "jinan, asking about our third child, hukou is here",
            "he was born in march 2024",
            "en",
            3,
        ),
        ("济南的 问下我家老二的事 户口在济南", "她是去年6月生的", "zh", 2),
        ("济南 我们家三宝的补贴 户口在这", "孩子24年3月出生的", "zh", 3),
    ],
)
async def test_a_birth_after_a_child_named_by_order_is_that_childs(
    first: str, then: str, lang: str, order: int
) -> None:
    """First message: a child named by order, nothing told of it. Second: a birth with no order
    word. The birth is the named child's; the children before it are left to be asked."""
    _, set_ = await form_turn(first, lang, city=None, child_in_talk=None)
    assert set_.get("child_in_talk") == order, set_
    slots: dict[str, Any] = {k: v for k, v in set_.items() if k != "requested_slot"}
    reply, after = await form_turn(then, lang, **slots)
    children = after.get("children_partial") or after.get("children") or []
    assert len(children) == order, (reply, after)
    assert children[order - 1].get("birth_date"), (reply, after)
    assert not any(c.get("birth_date") for c in children[: order - 1]), (reply, after)
    assert "1st child" not in reply and "第1个孩子不在此列" not in reply, reply
    assert "twins" not in reply and "双胞胎" not in reply, reply


async def test_a_child_named_beside_facts_of_its_own_stays_as_before() -> None:
    """ "老二23年5月生的" names its child by the date it tells: nothing new to remember."""
    _, set_ = await form_turn("济南的 老二23年5月生的", "zh", city=None, child_in_talk=None)
    assert set_.get("child_in_talk") == 2, set_
