"""Wordings of the corpus's older batches the layer read wrongly (a later round than
test_readings_old.py), and made-up wordings of the same classes: the household, what the citizen
wrote, and the facts it states (no more)."""

from datetime import date

import pytest

from tests.understanding.readings import Read, at_births, kids, reading

said = reading(date(2026, 1, 8))


def _born(got: Read) -> dict[int | None, object]:
    """The birth date a reading gives each child, by birth order."""
    return {child: v for (fact, child), v in got.items() if fact == "child.birth_date"}


@pytest.mark.parametrize(
    "text",
    [
        "son born last monday. we've been on dibao since last year so yes we had it at the birth",
        "our girl arrived last week, we have been on dibao since 2023, so we had it at the birth",
        "baby born on monday. i've been on shiyejin for 4 months so we had it at the birth",
    ],
)
def test_benefit_held_since_a_time_is_held_now_and_at_the_birth(text: str) -> None:
    """A benefit 'been on since' a time before the birth is held at the birth and now."""
    got = said(text, {"city": "beijing"})
    assert got[("hardship_at_birth", None)] is True
    assert got[("hardship_now", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "we've been on dibao for 5 years so yes, every time we had a baby we were on it, and still now",
        "on tekun a long time, every time we had a baby we were on it",
        "every time we had a baby we were on dibao",
    ],
)
def test_every_time_we_had_a_baby_is_every_birth(text: str) -> None:
    got = said(text, {"city": "jinan", "children": kids("2022-02", "2024-10")})
    assert got[("hardship_at_birth", None)] is True
    assert not at_births(got)


@pytest.mark.parametrize(
    "text",
    [
        "my husband got unemployment money for 6 months after losing his job, that covered when"
        " laoer was born. we're off it now",
        "we had dibao for 2 years, it covered when our second was born",
        "shiyejin for half a year, which covered when the little one was born",
    ],
)
def test_a_benefit_that_covered_a_birth_was_held_at_it(text: str) -> None:
    """'that covered when laoer was born': the benefit named before was held at that birth."""
    got = said(text, {"city": "jinan", "children": kids("2015-03", "2025-10")})
    assert at_births(got) == {2: True}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("2 sets of twins haha, 8 and 3", 4),
        ("we got 2 sets of twins lol, 7 and 2, 4 kids total", 4),
        ("two pairs of twins: 10 and 4", 4),
        ("两对双胞胎 八岁和三岁", 4),
    ],
)
def test_one_age_for_each_set_of_twins(text: str, count: int) -> None:
    """Ages listed after a count of sets of twins are one set's each, in turn."""
    got = reading(date(2026, 10, 29))(text, {"city": "jinan"})
    born = _born(got)
    assert len(born) == 4
    assert born[1] == born[2] and born[3] == born[4] and born[1] != born[3]
    assert got[("child_count", None)] == count


@pytest.mark.parametrize(
    ("text", "births", "ages"),
    [
        ("5 kids: 13, 13, 10, 10 n 1. yes two sets of twins", 5, 3),
        ("3 kids: 9, 9 and 4", 3, 2),
        ("my kids are 12, 7 and 7", 3, 2),
    ],
)
def test_an_age_said_twice_in_a_list_is_twins(text: str, births: int, ages: int) -> None:
    """In the children's ages listed, one age said twice in a row is a set of twins."""
    born = _born(said(text, {"city": "jinan"}, "children"))
    assert len(born) == births
    assert len(set(born.values())) == ages


def test_ages_listed_once_each_stay_one_child_each() -> None:
    born = _born(said("kids are 13, 10 and 1", {"city": "jinan"}))
    assert len(born) == 3 and len(set(born.values())) == 3


@pytest.mark.parametrize(
    "text",
    [
        "第一胎没领 第二胎双胞胎那回领了 第三胎又没领",
        "头一胎没领 二胎双胞胎那回领了 三胎没领",
    ],
)
def test_bare_taking_at_births_named_by_that_time(text: str) -> None:
    """领 with no benefit named, at births named by 那回 / 那会: the benefit at each birth."""
    known = {"city": "jinan", "children": kids("2015-09", "2020-04", "2020-04", "2024-12")}
    assert at_births(said(text, known)) == {1: False, 2: True, 3: True, 4: False}


@pytest.mark.parametrize(
    "text",
    [
        "not when the big one came. this time yes, we were on tekun",
        "not with our first. this time we were on dibao",
        "老大那会没吃低保 这次吃上了",
    ],
)
def test_this_time_is_the_newest_birth(text: str) -> None:
    """'this time' against an older birth named: the newest child's birth."""
    known = {"city": "jinan", "children": kids("2020-03", "2025-12")}
    got = said(text, known, "hardship_at_birth")
    assert at_births(got) == {1: False, 2: True}
    assert ("hardship_at_birth", None) not in got


@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("公积金 我交 老婆原来交 生完孩子辞职了 现在不交了", 1),
        ("公积金我交 老婆以前交 现在不交了", 1),
        ("我交公积金 老婆以前交过 后来断了", 1),
        ("老公交公积金 我以前交 现在也交", 2),
    ],
)
def test_a_payer_who_paid_before_and_no_more_is_no_payer(text: str, payers: int) -> None:
    """老婆原来交 … 现在不交了: she paid the fund once and pays no more."""
    assert said(text, {"city": "jinan"})[("housing_fund_contributors", None)] == payers
