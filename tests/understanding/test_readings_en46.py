"""English messages of batch 46 (multiples beside older or younger single children in any order of
telling, twins on the way, counts; ages of several children, short and dotted dates, heights, birth
order and kinship words): the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading, reading_kinds

TODAY = date(2026, 3, 5)  # a Thursday


said = reading(TODAY)
kinds = reading_kinds(TODAY)

JINAN = {"city": "jinan"}
ONE_CHILD = {"city": "jinan", "children": kids("2020-07")}


@pytest.mark.parametrize(
    "text",
    [
        "just a single kid, 3 and a half",
        "we only have a single child, she is 3",
        "got a single daughter, 3 and a half",
    ],
)
def test_a_single_child_said_so_is_a_count_of_one(text: str) -> None:
    """ "just a single kid": the number of children, one (tests/corpus/README.md)."""
    assert said(text, JINAN, "children")[("child_count", None)] == 1


@pytest.mark.parametrize(
    "text",
    [
        "hold on, its 3 kids. the twins have a big bro too",
        "hang on, we have 3 kids, forgot their big sister",
    ],
)
def test_hold_on_puts_a_count_right(text: str) -> None:
    """ "hold on, its 3 kids" of two known twins: the count corrected, not a new statement."""
    got = kinds(text, {"city": "jinan", "children": kids("2022-06", "2022-06")})
    assert got[("child_count", None)] == (3, "correction")


@pytest.mark.parametrize(
    "text",
    [
        "nothing but dibao coming in the month he arrived",
        "we were on dibao right through the delivery",
        "on tekun the week she was born",
        "in the month the baby came we were on dibao",
        "had dibao during her delivery",
    ],
)
def test_the_month_or_delivery_of_the_birth_is_the_birth(text: str) -> None:
    """ "in the month he arrived", "right through the delivery": the birth's time, told by a pronoun
    or the act, is "the birth" (README), not now."""
    assert said(text, ONE_CHILD) == {("hardship_at_birth", None): True}


def test_the_year_a_kinship_word_arrived_is_that_childs_birth() -> None:
    got = said("the year our son arrived we had shiyejin", ONE_CHILD)
    assert got == {("child.hardship_at_birth", 1): True}


@pytest.mark.parametrize(
    "text",
    [
        "the eldest girl is 1m35, her twin bros are 1.1m",
        "our oldest boy is 1.4m and the twins are 1m05",
        "twins both 95cm, big sister 1.3m",
    ],
)
def test_heights_of_an_eldest_and_twins_not_known_count_three(text: str) -> None:
    """An elder child and twins told by their heights alone, none known: three children."""
    got = said(text, {"city": "beijing"})
    assert got[("child_count", None)] == 3
    assert got[("child.height_cm", 2)] == got[("child.height_cm", 3)]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("the 2 older ones r 8 and 6, the twins 13 months", ("2018-03", "2020-03", "2025-02")),
        ("our older two are 9 and 7, then twins of 1", ("2016-09", "2018-09", "2024-09")),
        ("the first two are 10 and 8, the twins 6 months", ("2015-09", "2017-09", "2025-09")),
        ("前两个一个九岁一个七岁 双胞胎一岁", ("2016-09", "2018-09", "2024-09")),
    ],
)
def test_two_elder_ones_named_by_number_and_twins_count_four(
    text: str, ages: tuple[str, str, str]
) -> None:
    """ "the 2 older ones r 8 and 6, the twins 13 months": the elder two and the twins, four."""
    got = said(text, {"city": "beijing"})
    assert got[("child_count", None)] == 4
    assert got[("child.birth_date", 3)] == got[("child.birth_date", 4)]


def test_the_first_two_alone_give_no_count() -> None:
    assert ("child_count", None) not in said("the first two are 10 and 8", {"city": "beijing"})


@pytest.mark.parametrize(
    "text",
    [
        "grandsons: a matched set of 10 months and their brother 5 and a half",
        "a matching pair of 10 months and their brother 5 and a half",
    ],
)
def test_a_matched_set_is_twins(text: str) -> None:
    """ "a matched set of 10 months": twins, beside their elder brother: three."""
    got = said(text, JINAN)
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "our pair finally showed up last monday!! one of each, we had none before",
        "the pair arrived last monday, we had no kids before them",
    ],
)
def test_the_pair_on_the_way_born_as_the_first_children(text: str) -> None:
    """The twins known on the way, "showed up last monday", with none before: born, two."""
    known = {"city": "beijing", "children": [{"due_date": "2026-03"}, {"due_date": "2026-03"}]}
    got = said(text, known)
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == "2026-02-23"
    assert got[("child_count", None)] == 2


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("ultrasound showed 2 heartbeats!! twins due 2026.7, no other kids yet", 2),
        ("pregnant with twins, due in july, no older kids", 2),
        ("expecting our first in july, no other kids", 1),
    ],
)
def test_a_pregnancy_and_no_other_kids_is_none_born(text: str, size: int) -> None:
    """ "twins due 2026.7, no other kids yet": the twins told twice are one pregnancy, and no
    child is born yet (README: "一个都还没生" = 0)."""
    got = said(text, JINAN)
    assert got[("child_count", None)] == 0
    assert {c for f, c in got if f == "child.due_date"} == set(range(1, size + 1))
    assert got[("child.due_date", 1)] == "2026-07"


def test_no_other_kids_beside_born_twins_is_their_count() -> None:
    assert said("twins 3, no other kids yet", JINAN)[("child_count", None)] == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ours r 2 boys from one pregnancy, 14 months, that's the lot", 2),
        ("we have 2 girls born together, 14 months", 2),
        ("ours are 2 twin boys, 14 months, that's the lot", 2),
    ],
)
def test_two_from_one_pregnancy_are_twins(text: str, count: int) -> None:
    """ "2 boys from one pregnancy": twins, of one age; "ours are 2 boys" is no age of 2."""
    got = said(text, JINAN)
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == "2025-01"
    assert ("child.birth_date", 3) not in got
    assert got[("child_count", None)] == count


@pytest.mark.parametrize(
    "text",
    [
        "ours: boy + girl, same birthday, may 23rd 2024",
        "ours: son & daughter, same bday, may 23rd 2024",
        "our kids: a girl and a boy with the same birthday, may 23rd 2024",
    ],
)
def test_a_boy_and_a_girl_of_one_birthday_are_twins(text: str) -> None:
    got = said(text, JINAN)
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == "2024-05-23"
    assert got[("child_count", None)] == 2


@pytest.mark.parametrize(
    "text",
    [
        "twins due 2027.3, so thats kids no. 3 and 4 on the way",
        "twins due in march, our 3rd and 4th are on the way",
    ],
)
def test_twins_on_the_way_named_again_by_their_orders_are_the_same_two(text: str) -> None:
    """The twins dated, then named again as the next two children: two babies due, not a third."""
    known = {"city": "jinan", "children": kids("2018-02", "2021-09")}
    got = reading(date(2026, 10, 22))(text, known)
    assert got == {("child.due_date", 3): "2027-03", ("child.due_date", 4): "2027-03"}


def test_no_kids_before_twins_on_the_way_is_none_born() -> None:
    got = said("twins due in june!! no kids before this", {"city": "beijing"})
    assert got[("child_count", None)] == 0
