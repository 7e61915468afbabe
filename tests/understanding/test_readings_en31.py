"""English twins and triplets, colloquial ages and benefits told loosely (corpus batch en 31): the
household, what the citizen wrote, and the facts it states (no more)."""

from datetime import date

import pytest

from tests.understanding.readings import reading, reading_kinds

TODAY = date(2026, 3, 5)  # a Thursday: last Friday is 2026-02-27


said = reading(TODAY)


kinds = reading_kinds(TODAY, values=False)


@pytest.mark.parametrize(
    "text",
    [
        "our twins r 3 next month, and im due again in july",
        "the twins are 3 next month",
        "twins r 3 next month lol",
    ],
)
def test_n_next_month_is_turning_n(text: str) -> None:
    """ "r 3 next month" is 'turning 3 next month': 3 years less a month (2023-04)."""
    got = said(text, {"city": "beijing"})
    assert got[("child.birth_date", 1)] == "2023-04"
    assert got[("child.birth_date", 2)] == "2023-04"


def test_shes_n_next_month() -> None:
    """One child of a family with none known: 4 years less a month."""
    assert said("she's 4 next month", {"city": "jinan"})[("child.birth_date", 1)] == "2022-04"


@pytest.mark.parametrize("text", ["2 - twins, 9 wks", "two. twins, 9 weeks", "twins, 9 wks"])
def test_twins_age_in_weeks_after_them(text: str) -> None:
    """The twins' age in weeks said right after them: 63 days back."""
    got = said(text, {"city": "jinan"}, "children")
    assert got[("child.birth_date", 1)] == "2026-01-01"
    assert got[("child.birth_date", 2)] == "2026-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "my daughter in law is 5 months along w twins, son says due in september",
        "wife is expecting twins, my son told me due in september",
        "daughter says she's pregnant with twins, due in september",
    ],
)
def test_son_who_says_is_no_child(text: str) -> None:
    """The son (or daughter) who tells the date is who speaks: the twins are children 1 and 2."""
    got = said(text, {"city": "beijing"})
    assert got == {("child.due_date", 1): "2026-09", ("child.due_date", 2): "2026-09"}


@pytest.mark.parametrize(
    "text",
    [
        "just the twins, 20 months, and one more due in november",
        "only the twins so far, 20 months, another one due in november",
    ],
)
def test_twins_counted_beside_a_pregnancy(text: str) -> None:
    got = said(text, {"city": "beijing"}, "children")
    assert got[("child_count", None)] == 2
    assert got[("child.due_date", 3)] == "2026-11"


@pytest.mark.parametrize(
    "text",
    [
        "twins, our first n only, 2 and a half",
        "twins - our first and only, 2 and a half",
    ],
)
def test_first_and_only_is_no_eldest(text: str) -> None:
    got = said(text, {"city": "beijing"}, "children")
    assert got == {
        ("child_count", None): 2,
        ("child.birth_date", 1): "2023-09",
        ("child.birth_date", 2): "2023-09",
    }


@pytest.mark.parametrize(
    "text",
    [
        "twin grandsons came last friday, first grandkids, my sons family lives in licheng, jinan",
        "twin granddaughters born last friday, our first grandchildren",
    ],
)
def test_twins_as_first_grandchildren_are_counted(text: str) -> None:
    got = said(text)
    assert got[("child_count", None)] == 2
    assert got[("child.birth_date", 2)] == "2026-02-27"


@pytest.mark.parametrize(
    "text",
    [
        "trips born last friday at 33 wks, all 3 in incubators, first babies, we r in beijing",
        "trips came last friday!! first babies",
    ],
)
def test_trips_are_triplets(text: str) -> None:
    got = said(text)
    assert got[("child_count", None)] == 3
    assert all(got[("child.birth_date", i)] == "2026-02-27" for i in (1, 2, 3))


def test_trips_with_no_birth_are_journeys() -> None:
    assert said("road trips are fun with kids", {"city": "jinan"}) == {}


@pytest.mark.parametrize(
    ("text", "sibling"),
    [
        ("the babies arrived last friday, 2 boys!! their sister is 4", "2021-09"),
        ("the twins arrived last friday, 2 girls, their brother is 6", "2019-09"),
    ],
)
def test_babies_counted_by_sex_are_the_twins(text: str, sibling: str) -> None:
    """ "2 boys" after the babies' birth are the twins; with their elder sibling: three."""
    got = said(text, {"city": "jinan"})
    assert got == {
        ("child_count", None): 3,
        ("child.birth_date", 1): sibling,
        ("child.birth_date", 2): "2026-02-27",
        ("child.birth_date", 3): "2026-02-27",
    }


def test_boys_beside_twins_on_the_way_are_other_children() -> None:
    got = said("expecting twins in december, we already got 2 boys 7 and 4", {"city": "jinan"})
    assert got[("child_count", None)] == 2
    assert got[("child.due_date", 3)] == "2026-12"


@pytest.mark.parametrize("text", ["sorry the youngest is 1m even, not 1m1", "youngest is 1m flat"])
def test_a_metre_even(text: str) -> None:
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2016-09"},
            {"birth_date": "2019-09"},
            {"birth_date": "2022-09", "height_cm": 110},
        ],
    }
    assert said(text, known)[("child.height_cm", 3)] == 100


@pytest.mark.parametrize(
    "text",
    [
        "yes, got it 2 yrs ago thru my job",
        "yep, got our hukou through work",
    ],
)
def test_hukou_through_a_job_is_no_insurance(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2026-01"}]}
    assert said(text, known, "hukou_in_city") == {("hukou_in_city", None): True}


def test_insurance_through_a_job_when_asked() -> None:
    known = {"city": "jinan", "children": [{"due_date": "2026-08"}]}
    got = said("through my job", known, "birth_insurance")
    assert got == {("birth_insurance", None): "employee_maternity"}


@pytest.mark.parametrize(
    "text",
    [
        "no, only went on dibao this summer",
        "no, we got on shiyejin last month",
        "nope, we only went on dibao this year",
    ],
)
def test_benefits_taken_lately_are_held_now(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2022-03"}]}
    got = kinds(text, known, "hardship_at_birth")
    assert got[("hardship_at_birth", None)] == "confirmation"
    assert said(text, known, "hardship_at_birth")[("hardship_now", None)] is True


def test_benefits_taken_a_year_ago_say_nothing_of_now() -> None:
    known = {
        "city": "beijing",
        "children": [
            {"birth_date": "2012-06"},
            {"birth_date": "2018-10"},
            {"birth_date": "2026-02"},
        ],
    }
    got = said("laosan yes, we went on dibao last year. laoda laoer no", known, "hardship_at_birth")
    assert ("hardship_now", None) not in got
    assert got[("child.hardship_at_birth", 3)] is True


@pytest.mark.parametrize(
    "text",
    [
        "what if we r still on dibao when the twins come in may?",
        "what if we're on dibao when the twins arrive",
    ],
)
def test_benefits_when_the_twins_come(text: str) -> None:
    """The twins' birth to come, asked about: each twin's hardship at birth, as a question."""
    known = {"city": "jinan", "children": [{"due_date": "2026-05"}, {"due_date": "2026-05"}]}
    got = kinds(text, known)
    assert got == {
        ("child.hardship_at_birth", 1): "question",
        ("child.hardship_at_birth", 2): "question",
    }


def test_the_twins_come_home_is_no_birth() -> None:
    known = {"city": "jinan", "children": [{"due_date": "2026-05"}, {"due_date": "2026-05"}]}
    got = said("we're on dibao now, can i apply when the twins come home from hospital?", known)
    assert ("child.hardship_at_birth", 1) not in got
