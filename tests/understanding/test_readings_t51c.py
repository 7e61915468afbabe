"""Testers 49 and 50 (fix-t51c): read-backs that misread the family. Each test: the family known
so far, what the citizen wrote, the facts read. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)

# Tester 50 c06: a Beijing family, the 2nd a month old; the hukou not yet told.
BEIJING_NEWBORN: dict[str, Any] = {
    "city": "beijing",
    "children": [{"birth_date": None}, {"birth_date": "2026-11"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "对了 我们户口刚从济南迁过来 二宝在济南能领吗",  # tester 50 c06
        "我们户口从济南迁过来了",
        "户口刚从济南转过来",
        "我是说户口从济南迁到北京了 现在是北京户口",
        "we moved our hukou from Jinan to Beijing, can the second still get the 600?",
        "we just moved our hukou over from jinan",
    ],
)
def test_a_hukou_moved_from_the_other_city_is_held_here(text: str) -> None:
    """The city after 从 / from is the one the hukou left: moved into Beijing, the family holds
    Beijing hukou (read back 北京户口, never 不是北京户口)."""
    told = [u for u in understand(text, BEIJING_NEWBORN, None, TODAY) if u.fact == "hukou_in_city"]
    assert [u.value for u in told] == [True], told


@pytest.mark.parametrize(
    "text",
    [
        "二宝在济南出生的 户口迁走了还能领那600吗",  # tester 50 c06 T6
        "our hukou moved away from jinan, can we still get the 600?",
        "户口迁走了还能领那600吗",
    ],
)
def test_a_hukou_that_left_the_other_city_is_no_new_fact_of_the_familys(text: str) -> None:
    """A Beijing family whose hukou left Jinan: the Beijing hukou already told stays; the move
    away is the question's (Jinan clause 12), not "not Beijing hukou"."""
    known = {**BEIJING_NEWBORN, "hukou_in_city": True}
    told = [u for u in understand(text, known, None, TODAY) if u.fact == "hukou_in_city"]
    assert not told, told


@pytest.mark.parametrize(
    "text", ["户口迁走了还能领吗", "我们户口迁出济南了", "our hukou moved away"]
)
def test_a_hukou_that_left_the_familys_city_is_no_longer_held(text: str) -> None:
    """A Jinan family whose hukou moved away (the hukou not yet told): not Jinan hukou."""
    known = {"city": "jinan", "children": [{"birth_date": "2020-01"}, {"birth_date": "2026-11"}]}
    told = [u for u in understand(text, known, None, TODAY) if u.fact == "hukou_in_city"]
    assert [u.value for u in told] == [False], told
