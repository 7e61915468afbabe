"""English messages of batch 40 (multiples beside older or younger children, counts stated or
implied, corrections of a count or of twins' dates, ages and kinship words): the household, what
the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading, reading_kinds

TODAY = date(2026, 1, 8)  # a Thursday


said = reading(TODAY)
kinds = reading_kinds(TODAY)


@pytest.mark.parametrize(
    ("text", "middle", "born"),
    [
        ("4 kids: twins 7, middle boy 4, baby 10 weeks", 3, "2021-07"),
        ("the twins are 9, the middle one is 6 and the youngest 2", 3, "2019-07"),
        ("eldest 9, middle one 6, youngest 2", 2, "2019-07"),
    ],
)
def test_the_middle_child_comes_after_every_elder_one_told(
    text: str, middle: int, born: str
) -> None:
    """ "twins 7, middle boy 4": the middle child of four comes after the twins, the third."""
    assert said(text, {"city": "beijing"})[("child.birth_date", middle)] == born


@pytest.mark.parametrize(
    "text",
    [
        "born last saturday, twins, our 2nd and 3rd",
        "arrived last saturday, twins, they are our second and third",
    ],
)
def test_orders_after_a_dated_birth_and_twins_name_the_twins(text: str) -> None:
    """ "born last saturday, twins, our 2nd and 3rd": the twins born then are children 2 and 3."""
    got = said(text, {"city": "jinan", "children": kids("2020-04")})
    assert got == {("child.birth_date", 2): "2026-01-03", ("child.birth_date", 3): "2026-01-03"}
