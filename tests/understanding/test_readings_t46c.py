"""Tester 45 c04 (fix-t46c): a count said of the children whose money is summed ("俩娃加一起")
is no new count of the family, even in a correction."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)
THREE = [
    {"birth_date": "2021-06-01", "precision": "month"},
    {"birth_date": "2024-09-01", "precision": "month"},
    {"birth_date": "2024-09-01", "precision": "month"},
]


@pytest.mark.parametrize(
    "text",
    [
        "俩娃加一起一个月1200对不对",
        "两个孩子加起来每月1200对吧",
        "俩孩子一共一个月1200是吧",
        "so the 2 kids together get 1200 a month right?",
    ],
)
def test_a_count_summed_is_no_count_of_the_family(text: str) -> None:
    known = {"city": "jinan", "hukou_in_city": True, "children": THREE}
    reading = understand(text, known, None, TODAY)
    assert not any(u.fact == "child_count" for u in reading), reading


def test_a_count_told_plainly_still_counts() -> None:
    reading = understand("我们有俩孩子 一共一个月能领多少", {"city": "jinan"}, None, TODAY)
    assert any(u.fact == "child_count" and u.value == 2 for u in reading)
