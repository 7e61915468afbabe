"""Messages of stop 74, read on 7 December 2026: a household, what the citizen wrote, and the
facts taken."""

from datetime import date

import pytest

from tests.understanding.readings import reading

said = reading(date(2026, 12, 7))


@pytest.mark.parametrize(
    "text", ["带着老大还揣着俩", "带着老大还怀着双胞胎", "领着大宝又怀上双胞胎了"]
)
def test_the_eldest_in_ones_care_then_twins_on_the_way(text: str) -> None:
    """带着老大还揣着俩: the eldest is at home and twins are on the way, the 2nd and 3rd children
    (clause 12's 600 a month each once born), not the 1st and 2nd (the eldest is not the one
    pregnant, as a grown daughter in 老大还怀着双胞胎 would be)."""
    got = said(text)
    assert ("child.due_date", 2) in got and ("child.due_date", 3) in got
    assert ("child.due_date", 1) not in got


def test_a_list_of_ages_then_the_baby_is_three_children() -> None:
    """ "ages 7, 4 and the baby 16 days old": three children, about 7 and 4 years old and one
    born on 21 November 2026 (the baby alone was read before)."""
    got = said("ages 7, 4 and the baby 16 days old")
    assert got[("child.birth_date", 1)] == "2019-06"
    assert got[("child.birth_date", 2)] == "2022-06"
    assert got[("child.birth_date", 3)] == "2026-11-21"
