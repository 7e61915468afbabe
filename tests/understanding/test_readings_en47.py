"""English messages of batch 47 (the hardship at each birth, with 特困 described rather than named:
"under extreme poverty support", "poverty relief", "support for the extremely poor"; twins told with
"and that's all our kids", which counts them; and things of the family counted beside a child,
"my 5 insurances", which count no children): the household, what the citizen wrote, and the facts
the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading

TODAY = date(2024, 6, 20)  # a Thursday

said = reading(TODAY)

THREE = {"city": "jinan", "children": kids("2015-07", "2018-12", "2024-02")}
ONE_CHILD = {"city": "jinan", "children": kids("2024-05")}


@pytest.mark.parametrize(
    "text",
    [
        "baby no. 3 was born while we were under extreme poverty support, first two no",
        "our third was born while we were on extreme poverty support, not the first two",
        "we got extreme-poverty support when the 3rd was born, first two no",
        "we were getting poverty relief when the youngest was born, not for the older two",
        "support for the extremely poor when our 3rd came, the first two no",
        "kid #3 arrived while we were on poverty assistance the other two no",
    ],
)
def test_extreme_poverty_support_at_one_birth(text: str) -> None:
    """ "under extreme poverty support": 特困供养 described in words, drawn at the third birth
    and not at the first two (README: child.hardship_at_birth, dibao, 特困供养 or 失业金)."""
    got = said(text, THREE)
    assert {k: v for k, v in got.items() if k[0].endswith("hardship_at_birth")} == {
        ("child.hardship_at_birth", 1): False,
        ("child.hardship_at_birth", 2): False,
        ("child.hardship_at_birth", 3): True,
    }


def test_poverty_support_at_two_births_not_the_eldest() -> None:
    got = said("the 2nd and 3rd were born on poverty assistance, the eldest wasn't", THREE)
    assert got == {
        ("child.hardship_at_birth", 1): False,
        ("child.hardship_at_birth", 2): True,
        ("child.hardship_at_birth", 3): True,
    }


@pytest.mark.parametrize(
    "text",
    [
        "no poverty support when any of them were born",
        "we weren't on poverty relief at any of the births",
    ],
)
def test_no_poverty_support_at_any_birth(text: str) -> None:
    assert said(text, THREE) == {("hardship_at_birth", None): False}


def test_poverty_support_now_is_not_at_the_birth() -> None:
    got = said("we're on extreme poverty support now but not when the kids were born", THREE)
    assert got == {("hardship_now", None): True, ("hardship_at_birth", None): False}


@pytest.mark.parametrize(
    ("text", "size", "born"),
    [
        ("twin boys 6 weeks old and thats all our kids", 2, "2024-05-09"),
        ("twins 6 weeks old and that's all our children", 2, "2024-05-09"),
        ("we have twin boys 6 weeks old, that's all of our kids", 2, "2024-05-09"),
        ("triplets born 3 weeks ago, those are all our kids", 3, "2024-05-30"),
        ("our twins are 4 months, they are all the children we have", 2, "2024-02"),
        ("twin boys born in march. those are all of my kids", 2, "2024-03"),
        ("twins 2 yrs old thats all the kids i have", 2, "2021-12"),
        ("the twins turned 3 and theyre all our kids", 2, "2021-06"),
    ],
)
def test_multiples_said_to_be_all_the_children_are_counted(text: str, size: int, born: str) -> None:
    """ "twin boys 6 weeks old and thats all our kids": the twins are every child the family has,
    so their number is the count (README: "our only kids" states child_count)."""
    got = said(text, {"city": "beijing"})
    assert got[("child_count", None)] == size
    assert {got[("child.birth_date", n)] for n in range(1, size + 1)} == {born}


@pytest.mark.parametrize(
    "text",
    [
        "company pays my 5 insurances incl maternity",
        "employer covers my 3 insurances",
        "we have 5 insurances through work",
        "company pays all my 5 insurances, maternity too",
    ],
)
def test_insurances_counted_are_no_children(text: str) -> None:
    """ "my 5 insurances" (五险): the employee cover, maternity among it; the number counts the
    insurances, not children."""
    got = said(text, ONE_CHILD, "birth_insurance")
    assert got == {("birth_insurance", None): "employee_maternity"}


@pytest.mark.parametrize(
    "text",
    [
        "we have 2 cars",
        "our 2 incomes barely cover rent",
        "my 2 jobs leave no time",
        "we have 2 flats in jinan but rent here",
    ],
)
def test_things_counted_are_no_children(text: str) -> None:
    assert ("child_count", None) not in said(text, {"city": "jinan"})


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("my 2 are 5 and 3", 2),
        ("our 3 kids are 8, 5 and 1", 3),
        ("we have 2 flats and my 2 kids are 4 and 1", 2),
        ("my 2 grandkids are 5 and 2", 2),
        ("our 2 incomes arent enough for my 3", 3),
    ],
)
def test_children_counted_beside_things_still_count(text: str, count: int) -> None:
    assert said(text, {"city": "jinan"})[("child_count", None)] == count
