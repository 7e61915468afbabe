"""Grandchildren counted by sex one after the other (俩孙子一个孙女, 一个孙女俩孙子, "two
grandsons and a granddaughter"): the family's count is their sum; and children who go to
kindergarten next year ("our triplets go kindergarten next year"): no birth to come. A household,
what the citizen wrote, and the facts the assistant takes from it (tester 59 c02 and c10)."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on

facts = facts_on(date(2026, 12, 4))
JINAN = {"city": "jinan"}


@pytest.mark.parametrize(
    "text",
    [
        "俩孙子一个孙女 老大7岁 下面是双胞胎 2025年5月生的",
        "一个孙女俩孙子",
        "两个外孙一个外孙女",
        "一个闺女 两个儿子都上学了",
        "two grandsons and a granddaughter",
        "2 granddaughters and a grandson",
    ],
)
def test_children_counted_by_sex_are_summed(text: str) -> None:
    """Three children, whatever their sexes: each count is part of the family, not all of it."""
    assert ("child_count", None, 3, "statement") in facts(text, JINAN)


def test_the_twins_below_a_counted_elder_are_dated_together() -> None:
    got = facts("俩孙子一个孙女 老大7岁 下面是双胞胎 2025年5月生的", JINAN)
    dates = {(c, str(v)) for f, c, v, _ in got if f == "child.birth_date"}
    assert {(2, "2025-05"), (3, "2025-05")} <= dates


@pytest.mark.parametrize(
    "text",
    [
        "our triplets go kindergarten next year",
        "twins going to nursery next sept, any help",
        "the triplets start kindergarten next year, any help?",
        "our eldest enrolled in kindergarten last september",
    ],
)
def test_going_to_kindergarten_is_no_birth(text: str) -> None:
    """A date of school or nursery is no birth and no due date (no pregnancy told)."""
    got = facts(text, JINAN)
    assert not [f for f in got if f[0] in ("child.due_date", "child.birth_date")], got


def test_twins_due_next_year_are_still_a_pregnancy() -> None:
    got = facts("we have twins due next year", JINAN)
    assert [f for f in got if f[0] == "child.due_date"], got


# Jinan clause 12's 200 is for births "during" dibao, special hardship support or unemployment
# benefits: a benefit held from one year to another places each birth known, the births in the
# years between with it, those before and after without; a birth in the first or last year is
# unsaid.
THREE_BORN = {
    "city": "jinan",
    "children": [{"birth_date": "2018"}, {"birth_date": "2023-05"}, {"birth_date": "2025-09"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "低保从2021年吃到2024年",
        "从21年到24年吃的低保",
        "低保是21年到24年",
        "we were on dibao from 2021 to 2024",
    ],
)
def test_a_benefit_held_between_two_years_is_placed_birth_by_birth(text: str) -> None:
    got = facts(text, THREE_BORN, asked="hardship_at_birth")
    held = {(c, v) for f, c, v, _ in got if f == "child.hardship_at_birth"}
    assert held == {(1, False), (2, True), (3, False)}, got
    assert not [f for f in got if f[0] == "hardship_at_birth"], got


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("two boys 6 and 4 plus a newborn girl", 3),
        ("two boys 6 and 4 and a baby girl born last tuesday", 3),
        ("2 girls, 7 and 5, and also a baby boy", 3),
        ("two boys 6 and 4 and a baby girl due in march", 2),
    ],
)
def test_one_more_child_after_children_counted_by_sex(text: str, count: int) -> None:
    """Boys counted, then a girl named after them: the family has one more than the boys; a
    girl due is a pregnancy, not a child born."""
    assert ("child_count", None, count, "statement") in facts(text, JINAN, asked="children")


def test_the_children_at_home_beside_a_pregnancy_take_the_ages_after_them() -> None:
    """怀着老三呢 家里俩 一个6岁一个3岁: two children born, 6 and 3, and the third on the way."""
    got = facts("怀着老三呢 家里俩 一个6岁一个3岁", JINAN)
    assert ("child_count", None, 2, "statement") in got
    dates = {(c, str(v)) for f, c, v, _ in got if f == "child.birth_date"}
    assert dates == {(1, "2020-06"), (2, "2023-06")}
    assert any(f == "child.due_date" and c == 3 for f, c, _, _ in got)


def test_a_newborn_born_on_a_day_is_one_child_beside_the_boys_counted() -> None:
    """ "we have two boys 6 and 4 and a newborn girl born last tuesday": three children, the girl
    born on 24 November 2026, and no fourth child made of the word "newborn"."""
    got = facts("we have two boys 6 and 4 and a newborn girl born last tuesday", JINAN)
    assert ("child_count", None, 3, "statement") in got
    dates = {(c, str(v)) for f, c, v, _ in got if f == "child.birth_date"}
    assert dates == {(1, "2020-06"), (2, "2022-06"), (3, "2026-11-24")}


@pytest.mark.parametrize(
    "text",
    [
        "we have 2 boys and a girl on the way",
        "two grandsons and a granddaughter due in may",
        "2 girls and a baby due in march",
    ],
)
def test_a_child_to_come_after_the_children_counted_by_sex_is_not_counted(text: str) -> None:
    """Two children born and one on the way: the count is two, the one to come is the third."""
    got = facts(text, JINAN)
    assert ("child_count", None, 2, "statement") in got
    assert any(f == "child.due_date" and c == 3 for f, c, _, _ in got)
