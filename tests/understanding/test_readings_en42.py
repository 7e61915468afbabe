"""English messages of batch 42 (multiples beside older or younger children, twins on the way,
counts stated or implied, corrections of a count; ages of several children, short dates, heights):
the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading, reading_kinds

TODAY = date(2025, 3, 18)  # a Tuesday


said = reading(TODAY)
kinds = reading_kinds(TODAY)


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("one, born 23/5 last year", "2024-05-23"),
        ("just the one, she came 13/11", "2024-11-13"),
        ("1 boy, born 28/2", "2025-02-28"),
    ],
)
def test_a_day_past_twelve_before_the_month_is_the_day(text: str, born: str) -> None:
    """ "born 23/5 last year": no month 23, so the day comes first, then the month."""
    assert said(text, {"city": "beijing"}, "children")[("child.birth_date", 1)] == born


def test_a_day_and_month_with_a_weight_is_no_date() -> None:
    assert ("child.birth_date", 1) not in said("she was 23/5 kg at birth", {"city": "jinan"})


@pytest.mark.parametrize(
    ("text", "order", "born"),
    [
        ("dec 28 last year, our second", 2, "2024-12-28"),
        ("march 3, our second!", 2, "2025-03-03"),
        ("feb 14 - our third", 3, "2025-02-14"),
    ],
)
def test_a_date_alone_then_the_child_it_is_of(text: str, order: int, born: str) -> None:
    """ "dec 28 last year, our second": the second child's birth day, told before the child."""
    known = {"city": "jinan", "children": kids("2019-07", "2022-01")[: order - 1]}
    assert said(text, known)[("child.birth_date", order)] == born


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("sept 2, our third. older two are 6 and 3 and a half", "2018-09", "2021-09"),
        ("the older two are 9 and 7", "2015-09", "2017-09"),
        ("both grandkids are 4 and 2", "2020-09", "2022-09"),
    ],
)
def test_ages_listed_for_children_named_together_are_one_each(
    text: str, first: str, second: str
) -> None:
    """ "older two are 6 and 3 and a half": the eldest 6, the second 3 and a half, in order."""
    got = said(text, {"city": "beijing"})
    assert (got[("child.birth_date", 1)], got[("child.birth_date", 2)]) == (first, second)
    assert ("child.birth_date", 4) not in got


@pytest.mark.parametrize(
    "text", ["the eldest one is 12 and the twins 9, so its 3 kids", "our eldest one is 12, twins 9"]
)
def test_the_eldest_one_is_the_child_not_an_age_of_one(text: str) -> None:
    got = said(text, {"city": "jinan"})
    assert got[("child.birth_date", 1)] == "2012-09"
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2015-09"


@pytest.mark.parametrize(
    "text", ["twins + one on the way", "twins and one on the way", "twins, and another on the way"]
)
def test_one_more_on_the_way_beside_twins_is_another_child(text: str) -> None:
    """ "twins + one on the way": the twins are born, the third child is expected."""
    got = said(text, {"city": "beijing"}, "children")
    assert got == {("child_count", None): 2, ("child.due_date", 3): None}


TRIPLETS = {"city": "jinan", "children": kids("2024-07", "2024-07", "2024-07")}
TWINS = {"city": "jinan", "children": kids("2024-11", "2024-11")}
ELDER_AND_TWINS = {"city": "jinan", "children": kids("2019-02", "2024-11", "2024-11")}


@pytest.mark.parametrize(
    ("text", "known", "count"),
    [
        ("sorry, twins, not triplets", TRIPLETS, 2),
        ("my mistake, they're twins not triplets", TRIPLETS, 2),
        ("wait i said twins but its just the one baby", TWINS, 1),
        ("wait i said twins but its just the one baby", ELDER_AND_TWINS, 2),
        ("sorry, no twins, a single baby", TWINS, 1),
        ("oops, actually triplets", TWINS, 3),
    ],
)
def test_a_known_multiple_birth_put_right_corrects_the_count(
    text: str, known: dict[str, object], count: int
) -> None:
    """ "sorry, twins, not triplets": the three known born together are two; the count is put
    right (an elder child known stays counted)."""
    assert kinds(text, known) == {("child_count", None): (count, "correction")}


@pytest.mark.parametrize(
    "text",
    [
        "hold on, i undercounted - 4 children in total",
        "i miscounted, its 4 kids",
        "forgot one, we have 4 children",
    ],
)
def test_owning_up_to_a_miscount_corrects_the_count(text: str) -> None:
    known = {"city": "jinan", "children": kids("2017-02", "2020-05", "2023-09")}
    assert kinds(text, known) == {("child_count", None): (4, "correction")}


KNOWN_TWINS = {"city": "beijing", "children": kids("2021-11", "2021-11")}


@pytest.mark.parametrize(
    ("text", "elder", "younger"),
    [
        ("the younger twin is 1.05m and her sister 1.08m", 108.0, 105.0),
        ("the older twin is 1.1m, the other one 1.05m", 110.0, 105.0),
        ("the elder twin 118cm, his brother 115cm", 118.0, 115.0),
        ("our bigger twin is 120cm and the smaller one 112cm", 120.0, 112.0),
    ],
)
def test_the_older_or_younger_twin_and_the_other_one(
    text: str, elder: float, younger: float
) -> None:
    """ "the younger twin is 1.05m and her sister 1.08m": the younger twin is the second child,
    her sister the first."""
    got = said(text, KNOWN_TWINS)
    assert got == {("child.height_cm", 1): elder, ("child.height_cm", 2): younger}


@pytest.mark.parametrize(
    "text",
    [
        "grandpa. my granddaughters are twins, 6 and a half. the older twin 1m2, the younger 1m18",
        "我孙女是双胞胎 6岁半 姐姐1米2 妹妹1米18",
    ],
)
def test_twins_told_with_their_age_then_each_ones_height(text: str) -> None:
    """ "twins, 6 and a half. the older twin 1m2, the younger 1m18": two children, one height each."""
    got = said(text, {"city": "jinan"})
    assert got[("child.height_cm", 1)] == 120.0
    assert got[("child.height_cm", 2)] == 118.0
    assert ("child.height_cm", 3) not in got


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("one girl of 6 and boy/girl twins 2 months", 3),
        ("a girl of 6 and boy/girl twins 2 months", 3),
        ("one son aged 8 plus triplets 3 months", 4),
    ],
)
def test_one_child_then_a_multiple_birth_counts_them_all(text: str, count: int) -> None:
    """ "one girl of 6 and boy/girl twins": the one counts the girl; the family has three."""
    assert said(text, {"city": "beijing"}, "children")[("child_count", None)] == count


@pytest.mark.parametrize(
    ("text", "today"),
    [
        (
            "got a son AND a daughter in one delivery last thursday, plus our 4 yr old at home",
            date(2025, 5, 26),
        ),
        (
            "a daughter and a son in the same delivery last thursday, plus our 4 yo",
            date(2025, 5, 26),
        ),
        ("twins born last thursday plus our 4 year old", date(2025, 5, 26)),
    ],
)
def test_a_son_and_daughter_in_one_delivery_beside_an_elder_by_age(text: str, today: date) -> None:
    """ "a son AND a daughter in one delivery last thursday, plus our 4 yr old": twins born on the
    day, and the elder child of 4; three children."""
    got = reading(today)(text, {"city": "jinan"})
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 1)] == "2020-11"
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2025-05-22"
