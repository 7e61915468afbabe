"""Tester 34 c10 (fix-t35j): a birth order put right ("he is our second not third. we only have
2", 不对 是老二不是老三 只有两个) moves the dated child to the order said and corrects the count;
it is never "no children". Today is 1 December 2026."""

from datetime import date

import pytest

from actions.children import apply_updates
from understanding import understand

TODAY = date(2026, 12, 1)
# The son, born October 2025, told as the third; the elder two not dated yet.
THIRD = {"city": "jinan", "children": [{}, {}, {"birth_date": "2025-10"}]}


@pytest.mark.parametrize(
    "text",
    [
        "不对 是老二不是老三",
        "是老二 不是老三",
        "说错了 他是老二不是老三",
        "he is our second not third",
        "sorry my mistake, he's our 2nd, not our 3rd",
    ],
)
def test_the_order_put_right_moves_the_dated_child(text: str) -> None:
    """The dated child goes to the order said (born October 2025 as the second); the order it
    leaves loses that date; no count of none."""
    got = {(u.fact, u.child, u.value) for u in understand(text, THIRD, "children", TODAY)}
    assert ("child.birth_date", 2, "2025-10") in got, got
    assert ("child.birth_date", 3, None) in got, got
    assert ("child_count", None, 0) not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "sorry my mistake, he is our second not third. we only have 2",
        "不对 是老二不是老三 只有两个",
        "不对 他是老二不是老三 我们就俩孩子",
    ],
)
def test_the_order_and_the_count_put_right_leave_two_children(text: str) -> None:
    """Two children after the message: an undated eldest and the son born October 2025 as the
    second (what the family said; the other facts stay as they were)."""
    updates = understand(text, THIRD, "children", TODAY)
    known = [
        {"birth_date": None, "precision": None, "height_cm": None},
        {"birth_date": None, "precision": None, "height_cm": None},
        {"birth_date": "2025-10-01", "precision": "month", "height_cm": None},
    ]
    children = apply_updates(known, updates)
    assert children is not None
    assert [c.get("birth_date") for c in children] == [None, "2025-10-01"], children
