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


@pytest.mark.parametrize(
    "text",
    [
        "这个月三号生的双胞胎 上面还有个姐姐六岁了",
        "双胞胎5岁了 上面还有个姐姐 8岁",
    ],
)
def test_an_elder_sibling_of_twins_told_with_their_age_is_no_twin(text: str) -> None:
    """ "双胞胎5岁了 上面还有个姐姐": the sister above the twins is another child (only a sibling word
    measured right after it, 姐姐1米2, is one of them)."""
    got = said(text, {"city": "jinan"})
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)]
    assert got[("child.birth_date", 1)] != got[("child.birth_date", 2)]


@pytest.mark.parametrize(
    ("text", "elder", "younger"),
    [
        ("3 yrs 2 months and 11 months", "2022-01", "2024-04"),
        ("18 months and 3 and a half, my sister's kids, im asking for her", "2021-09", "2023-09"),
        ("2 years 3 months, 5 months", "2022-12", "2024-10"),
    ],
)
def test_ages_alone_listed_with_units_are_the_childrens(
    text: str, elder: str, younger: str
) -> None:
    """ "3 yrs 2 months and 11 months": two children's ages, the elder first in birth order."""
    got = said(text, {"city": "jinan"})
    assert (got[("child.birth_date", 1)], got[("child.birth_date", 2)]) == (elder, younger)


def test_ages_asked_about_are_no_childrens() -> None:
    assert said("do kids of 3 yrs and 18 months both get it?", {"city": "jinan"}) == {}


@pytest.mark.parametrize(
    "text",
    ["our eldest's 4, middle kid 2, and last monday the baby came", "eldest 4, middle child 2"],
)
def test_the_middle_kid_with_an_age_after_it(text: str) -> None:
    """ "middle kid 2": the middle child is 2."""
    assert said(text, {"city": "jinan"})[("child.birth_date", 2)] == "2022-09"


@pytest.mark.parametrize(
    "text",
    [
        "we have 3, the youngest was born 2023.5, the eldest ones are twins born 2019.1",
        "3 kids. the older ones are twins born 2019.1, the youngest 2023.5",
    ],
)
def test_the_eldest_ones_are_twins(text: str) -> None:
    """ "the eldest ones are twins born 2019.1": the first two children, born that month."""
    got = said(text, {"city": "jinan"})
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == "2019-01"
    assert got[("child.birth_date", 3)] == "2023-05"


@pytest.mark.parametrize(
    "text",
    [
        "a pair of identical girls, 2 and a half, and theyre all we got",
        "twins, 3 months, they're all we have",
        "twin boys of 4, that's all we've got",
    ],
)
def test_twins_said_to_be_all_the_children(text: str) -> None:
    assert said(text, {"city": "jinan"})[("child_count", None)] == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("twin boys born last thursday, big brother is 4 and a half, big sister 2", 4),
        ("twins came last friday, their big sister is 5", 3),
    ],
)
def test_every_elder_sibling_told_beside_newborn_twins_is_counted(text: str, count: int) -> None:
    assert said(text, {"city": "jinan"})[("child_count", None)] == count


@pytest.mark.parametrize(
    "text",
    [
        "we were on dibao when the pair of them were born, not with our first",
        "on dibao when the pair were born, not for the eldest",
    ],
)
def test_the_pair_of_them_born_is_the_twins_birth(text: str) -> None:
    """ "when the pair of them were born": the twins' birth (children 2 and 3), not every birth."""
    known = {"city": "jinan", "children": kids("2016-09", "2022-09", "2022-09")}
    got = said(text, known)
    assert got == {
        ("child.hardship_at_birth", 1): False,
        ("child.hardship_at_birth", 2): True,
        ("child.hardship_at_birth", 3): True,
    }
