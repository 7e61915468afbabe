"""English messages of batch 34 (several children's ages, written-out numbers and date forms,
relative dates): the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading

TODAY = date(2025, 6, 17)  # a Tuesday

said = reading(TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "bub was born the month before last",
        "our son arrived the month before last, we live in jinan",
        "she came the month before last",
    ],
)
def test_the_month_before_last_is_two_months_back(text: str) -> None:
    assert said(text, {"city": "jinan"})[("child.birth_date", 1)] == "2025-04"


@pytest.mark.parametrize(
    "text",
    [
        "our boy arrived last week on the friday",
        "she was born on the friday last week",
        "baby came last week, on the friday",
    ],
)
def test_the_weekday_of_last_week_with_the(text: str) -> None:
    """ "last week on the friday": the Friday of the week before this one, to the day."""
    assert said(text, {"city": "beijing"})[("child.birth_date", 1)] == "2025-06-13"


@pytest.mark.parametrize(
    "text",
    [
        "does the money stop on the 3rd birthday or at the end of that month",
        "is it paid up to the 6th birthday?",
        "we only found out on the 2nd try",
    ],
)
def test_an_ordinal_birthday_is_no_day(text: str) -> None:
    assert ("child.birth_date", 1) not in said(text, {"city": "jinan"})


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("born 2024, december the 1st", "2024-12-01"),
        ("daughter born 2023 march 5th", "2023-03-05"),
        ("twenty twenty-two, june the 3rd, that's when he was born", "2022-06-03"),
    ],
)
def test_the_year_then_the_month_and_day(text: str, day: str) -> None:
    assert said(text, {"city": "jinan"})[("child.birth_date", 1)] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("date of birth nov 3rd 23 and she's our first", "2023-11-03"),
        ("he was born march 5th '24", "2024-03-05"),
        ("born 5th march 22, a girl", "2022-03-05"),
    ],
)
def test_a_two_digit_year_after_the_month_and_day(text: str, day: str) -> None:
    assert said(text, {"city": "beijing"})[("child.birth_date", 1)] == day


def test_a_day_and_month_with_a_count_after_is_no_year() -> None:
    got = said("born june 3rd 12 days early", {"city": "beijing"})
    assert got[("child.birth_date", 1)] == "2025-06-03"


@pytest.mark.parametrize(
    "text",
    [
        "twenty twenty-four, june the 17th, exactly a year ago today",
        "2024 june 17th, a year ago today",
    ],
)
def test_a_day_agreed_by_an_age_is_the_birth(text: str) -> None:
    """A date said alone, then an age ("a year ago today") that falls in its month: the date is
    the birth, and "today" is the anniversary, no second child born today."""
    got = said(text, {"city": "beijing"})
    assert got[("child.birth_date", 1)] == "2024-06-17"
    assert ("child.birth_date", 2) not in got


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "3. two from my first marriage (14 and 11) and a baby 4 months",
            ["2010-12", "2013-12", "2025-02"],
        ),
        ("two boys (7 and 4), we rent in jinan", ["2017-12", "2020-12"]),
        ("got 3 kids (9, 6 and 2)", ["2015-12", "2018-12", "2022-12"]),
    ],
)
def test_ages_listed_in_brackets(text: str, births: list[str]) -> None:
    got = said(text, {"city": "jinan"}, "children")
    assert [got.get(("child.birth_date", i)) for i in range(1, len(births) + 1)] == births
    assert ("child.birth_date", len(births) + 1) not in got


@pytest.mark.parametrize(
    "text",
    [
        "she's two and a half, been at nursery 6 months",
        "he's 4, been in kindergarten for 3 months now",
        "my daughter is 5, we've been living here 8 months",
    ],
)
def test_how_long_someone_has_been_somewhere_is_no_age(text: str) -> None:
    got = said(text, {"city": "beijing"})
    assert ("child.birth_date", 1) in got
    assert ("child.birth_date", 2) not in got


def test_a_known_child_is_still_read_with_a_stay_named() -> None:
    got = said(
        "the baby is 6 months, been at grandma's since", {"city": "jinan", "children": kids()}
    )
    assert got[("child.birth_date", 1)] == "2024-12"
