"""English messages of batch 36 (ages of several children, numbers in words, relative dates,
corrections, birth order and family words): the household, what the citizen wrote, and the
facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading, reading_kinds

TODAY = date(2026, 7, 30)  # a Thursday


said = reading(TODAY)


kinds = reading_kinds(TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "our boy is six, only child",
        "she's 3. only kid",
        "a girl of 5 - only child",
    ],
)
def test_only_child_said_alone_counts_one(text: str) -> None:
    """ "only child" as a clause of its own, no "our" before it: one child in the family."""
    assert said(text, {"city": "beijing"})[("child_count", None)] == 1


def test_an_only_child_asked_about_counts_nothing() -> None:
    """A rule asked about an only child: no count of the family's."""
    assert ("child_count", None) not in said("is there a bonus for an only child?", {})


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("we just have the one, almost 1", "2025-08"),
        ("we've only got the one, she turned 2 in may", "2024-05"),
        ("we have just the one, 3 and a half", "2023-01"),
    ],
)
def test_just_the_one_is_one_child_and_its_age(text: str, born: str) -> None:
    """ "just have the one": the family's one child, whose age follows."""
    got = said(text, {"city": "beijing"})
    assert got[("child_count", None)] == 1
    assert got[("child.birth_date", 1)] == born


@pytest.mark.parametrize("text", ["we only have one flat", "i just have one question"])
def test_one_of_something_else_is_no_child(text: str) -> None:
    assert ("child_count", None) not in said(text, {"city": "beijing"})


@pytest.mark.parametrize(
    "text",
    [
        "is the housing fund bonus for 2 kids or 3 kids only",
        "does the gongjijin count only the parents",
    ],
)
def test_a_question_about_the_fund_counts_no_payer(text: str) -> None:
    """A question about the fund's rule, put by its first word, names no one paying."""
    assert ("housing_fund_contributors", None) not in said(text, {})


def test_only_one_payer_named_still_counts() -> None:
    assert said("only my husband pays gongjijin", {})[("housing_fund_contributors", None)] == 1


@pytest.mark.parametrize(
    "text", ["were in beijing, both hukou here, 1 kid aged 6", "we live in beijing, hukou here too"]
)
def test_hukou_here_is_in_the_city(text: str) -> None:
    assert said(text, {})[("hukou_in_city", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "the older is 5, the baby 8 weeks, when does the newborn money get paid",
        "our two are 5 and 2 months, how much is the newborn subsidy",
    ],
)
def test_a_newborn_benefit_is_no_third_child(text: str) -> None:
    """ "the newborn money": a benefit's name, not a child born today."""
    got = said(text, {"city": "beijing"})
    assert ("child.birth_date", 3) not in got
    assert got[("child.birth_date", 1)] is not None


@pytest.mark.parametrize(
    ("text", "known", "day"),
    [
        ("no she wasnt born in november, dec 1st", "2025-11", "2025-12-01"),
        ("he wasn't born in june, it was july 3rd", "2026-06", "2026-07-03"),
    ],
)
def test_a_month_denied_puts_the_childs_date_right(text: str, known: str, day: str) -> None:
    """ "wasn't born in november": the known date said wrong, the day after it is the correction
    of that child's birth."""
    got = kinds(text, {"city": "beijing", "children": kids(known)})
    assert got[("child.birth_date", 1)] == (day, "correction")


def test_the_birth_with_no_child_named_is_every_birth() -> None:
    """ "when my wife gave birth": no child named, so the hardship is of the birth."""
    got = said("our boy was born in march. when my wife gave birth she was on 失业金", {})
    assert got[("hardship_at_birth", None)] is True
    assert ("child.hardship_at_birth", 1) not in got


@pytest.mark.parametrize(
    "text",
    [
        "we were on dibao when our daughter was born, she's 1 now",
        "our son is 3, we got tekun when our son was born",
    ],
)
def test_benefit_when_the_one_told_child_was_born(text: str) -> None:
    """The family's one child, told in the message, named at its birth: that child's birth."""
    got = said(text, {"city": "jinan"})
    assert got[("child.hardship_at_birth", 1)] is True
    assert ("hardship_at_birth", None) not in got


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "grandson no. 3 came yesterday, the other two are 6 and 3",
            {1: "2020-01", 2: "2023-01", 3: "2026-07-29"},
        ),
        ("baby no.2 arrived last month, big sis is 4", {1: "2022-01", 2: "2026-06"}),
        (
            "our third was born in june, the others are 6 and 3",
            {1: "2020-01", 2: "2023-01", 3: "2026-06"},
        ),
    ],
)
def test_a_numbered_child_and_the_others_by_age(text: str, dates: dict[int, str]) -> None:
    """ "grandson no. 3": the third; "the other two are 6 and 3": the elder ones, by age."""
    got = said(text, {"city": "jinan"})
    assert {c: v for (f, c), v in got.items() if f == "child.birth_date"} == dates


@pytest.mark.parametrize(
    ("text", "count", "last"),
    [
        ("three under 5: 4, 2 and 7 weeks", 3, "2026-06-11"),
        ("2 under 3: 2 and 10 months", 2, "2025-09"),
    ],
)
def test_children_counted_under_an_age(text: str, count: int, last: str) -> None:
    """ "three under 5": three children, all younger than five, their ages listed after."""
    got = said(text, {"city": "beijing"})
    assert got[("child_count", None)] == count
    assert got[("child.birth_date", count)] == last


def test_under_a_height_is_no_count() -> None:
    assert ("child_count", None) not in said("are 2 under 1.3m free on the metro?", {})


@pytest.mark.parametrize(
    ("text", "asked", "count"),
    [
        ("a pair of girls, twins, 3 and a half", "children", 2),
        ("a 4 yr old boy and twins of 15 months", None, 3),
        ("a 6 year old girl and twin boys of 8 months", None, 3),
    ],
)
def test_twins_told_twice_or_beside_an_elder(text: str, asked: str | None, count: int) -> None:
    """One pair named twice is two children; an elder told by age beside twins is three."""
    assert said(text, {"city": "beijing"}, asked)[("child_count", None)] == count
