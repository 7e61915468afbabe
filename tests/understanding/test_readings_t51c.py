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


# Tester 50 e10: Beijing; the 2nd born 2023 ("she's 3 now"), the eldest 7 (about June 2019),
# the eldest the child last talked about.
SEVEN_AND_THREE: dict[str, Any] = {
    "city": "beijing",
    "children": [{"birth_date": "2019-06", "approx": "7"}, {"birth_date": "2023"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "sorry one more - is there any help with kindergarten for the 3 year old in Beijing?",
        "does Beijing give parental leave days for me? she's 3 now",
        "the 3 year old, can she go to kindergarten for free?",
        "那个三岁的上幼儿园有补助吗",
        "3岁的那个上幼儿园有补贴吗",
        "is there anything for the 7 year old?",
    ],
)
def test_an_age_in_a_question_that_fits_a_known_child_names_it(text: str) -> None:
    """The age fits the 2nd (born 2023) or the eldest (7): it names that child and re-dates no
    one (the eldest was put at June 2023)."""
    updates = understand(text, SEVEN_AND_THREE, None, TODAY, 1)
    assert not [u for u in updates if u.fact == "child.birth_date"], updates


def test_an_age_told_with_the_childs_order_is_still_read() -> None:
    """老大其实3岁: the eldest's age told, a correction, not a child named by its age."""
    updates = understand("老大其实3岁 能领吗", SEVEN_AND_THREE, None, TODAY, 1)
    assert [(u.child, u.value) for u in updates if u.fact == "child.birth_date"] == [(1, "2023-06")]


# Tester 50 e09: Jinan hukou, the eldest born January 2020, the 2nd November 2026.
SECOND_BORN_NOVEMBER: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{"birth_date": "2020-01"}, {"birth_date": "2026-11"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "my wife was on unemployment benefit until Oct 2026, baby born Nov 2026. do we get the 200?",
        "we were on dibao until october, the baby came in november",
        "失业金领到10月就停了 孩子11月生的",
    ],
)
def test_a_benefit_held_until_a_month_before_the_birth_ended_before_it(text: str) -> None:
    """Held until October, the baby born in November: not held now, nor at that birth (Jinan
    clause 12 looks at the time of the birth); never "on unemployment benefits now"."""
    updates = understand(text, SECOND_BORN_NOVEMBER, None, TODAY)
    assert [u.value for u in updates if u.fact == "hardship_now"] == [False], updates
    at_birth = [(u.child, u.value) for u in updates if u.fact == "child.hardship_at_birth"]
    assert at_birth == [(2, False)], updates


def test_a_benefit_held_until_a_time_to_come_is_held_now() -> None:
    updates = understand("we are on dibao until next year", SECOND_BORN_NOVEMBER, None, TODAY)
    assert [u.value for u in updates if u.fact == "hardship_now"] == [True], updates


# Tester 49 c09: Jinan hukou, the eldest about 4, the 2nd due in 2027 (month not yet told).
SECOND_DUE_2027: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{"birth_date": "2022-06", "approx": "4岁"}, {"due_date": "2027"}],
}


@pytest.mark.parametrize("text", ["3月份", "三月", "3月吧", "March", "in march"])
def test_a_bare_month_beside_a_due_year_is_the_due_month(text: str) -> None:
    """ "告诉我出生月份可以算出到哪天为止", then "3月份": the 2nd's due month, March 2027."""
    updates = understand(text, SECOND_DUE_2027, None, TODAY)
    assert [(u.fact, u.child, u.value) for u in updates] == [("child.due_date", 2, "2027-03")]


def test_a_bare_month_with_no_due_year_is_the_next_such_month() -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2022-06"}, {"due_date": None}]}
    updates = understand("3月份", known, None, TODAY)
    assert [(u.fact, u.child, u.value) for u in updates] == [("child.due_date", 2, "2027-03")]


def test_a_bare_month_with_no_baby_due_is_no_due_date() -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2022-06"}]}
    assert not understand("3月份", known, None, TODAY)
