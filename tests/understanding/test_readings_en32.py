"""English messages of batch 32 (one-fact corrections, loose answers, questions that state
nothing, pinyin words): the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading, reading_kinds

TODAY = date(2026, 5, 21)


said = reading(TODAY)


kinds = reading_kinds(TODAY)


@pytest.mark.parametrize(
    ("text", "known", "payers"),
    [
        ("sorry i meant 1 person pays gongjijin not 2, my wife stopped", 2, 1),
        ("oops, 2 of us pay into the fund, not 3", 3, 2),
        ("actually 3 people pay gongjijin not 2, grandpa too", 2, 3),
    ],
)
def test_payers_put_right_with_the_fund_named_between(text: str, known: int, payers: int) -> None:
    """The count of payers, the fund named, then the count said wrong: the payers corrected."""
    household = {"city": "beijing", "housing_fund_contributors": known, "children": kids("2024-01")}
    assert kinds(text, household)[("housing_fund_contributors", None)] == (payers, "correction")


@pytest.mark.parametrize(
    "text", ["mm yes, jinan born n raised", "hmm yes we do", "um yeah, both of us"]
)
def test_a_filler_before_the_yes_is_still_a_yes(text: str) -> None:
    got = kinds(text, {"city": "jinan", "children": kids("2026-02")}, "hukou_in_city")
    assert got[("hukou_in_city", None)] == (True, "confirmation")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("our daughter was born on 5.1 this year, labour day baby haha", "2026-05-01"),
        ("son born 10.1 last year", "2025-10-01"),
        ("baby arrived on 3.8, 3.2kg", "2026-03-08"),
    ],
)
def test_a_dotted_month_and_day_of_a_birth_is_a_date(text: str, day: str) -> None:
    """5.1 = May 1st, as Chinese write it, after a birth or with the year said after it."""
    assert said(text, {"city": "beijing"})[("child.birth_date", 1)] == day


@pytest.mark.parametrize("text", ["baby born 3.5kg", "she weighed 3.5 this year at the checkup"])
def test_a_weight_is_no_dotted_date(text: str) -> None:
    """3.5 said as a weight is no March 5th (a year said alone is read as before)."""
    got = said(text, {"city": "beijing"})
    assert not any(len(str(v)) == 10 for (f, _), v in got.items() if f == "child.birth_date")


@pytest.mark.parametrize(
    ("text", "heights", "below"),
    [
        ("dage 1m38, meimei not even 1m", {1: 138.0}, {2: 100.0}),
        ("jiejie 1m25, didi not even 1m", {1: 125.0}, {2: 100.0}),
        ("gege 1m30, meimei 1m02", {1: 130.0, 2: 102.0}, {}),
    ],
)
def test_siblings_in_pinyin_are_the_elder_and_the_younger(
    text: str, heights: dict[int, float], below: dict[int, float]
) -> None:
    """哥哥/姐姐 and 弟弟/妹妹 typed in pinyin: the elder child and the younger one."""
    got = said(
        text, {"city": "beijing", "children": kids("2015-05", "2023-05")}, "children.height_cm"
    )
    assert {c: v for (f, c), v in got.items() if f == "child.height_cm"} == heights
    assert {c: v for (f, c), v in got.items() if f == "child.height_below_cm"} == below


def test_didi_the_ride_app_is_no_brother() -> None:
    assert said("took a didi to the hospital this morning") == {}


@pytest.mark.parametrize(
    "text",
    [
        "twin boys 18 months, our first n only so far",
        "twin girls, our first, 18 months",
        "our twins are 18 months, my first and only",
    ],
)
def test_twins_told_as_our_first_are_the_first_birth(text: str) -> None:
    got = said(text, {"city": "jinan"})
    assert got[("child_count", None)] == 2
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == "2024-11"
    assert ("child.birth_date", 3) not in got


def test_our_first_named_apart_from_the_twins_is_another_child() -> None:
    got = said("we were on dibao when the twins were born, not for our first")
    assert got[("child.hardship_at_birth", 1)] is False
    assert got[("child.hardship_at_birth", 2)] is True


@pytest.mark.parametrize(
    "text",
    [
        "gongjijin loan for families with 3 kids, how much more can u borrow?",
        "dibao families get extra or the same amount?",
        "can waidi hukou families apply for the beijing butie?",
        "do parents on tekun get it too?",
        "households with twins, is it double?",
    ],
)
def test_a_kind_of_family_asked_about_states_nothing(text: str) -> None:
    assert said(text) == {}


def test_waidi_hukou_is_a_hukou_from_elsewhere() -> None:
    got = said("we live in beijing but waidi hukou")
    assert got[("hukou_in_city", None)] is False
    assert got[("city", None)] == "beijing"


@pytest.mark.parametrize(
    "text", ["under 1.2m free on the jinan brt?", "below 1.3m free on the subway?"]
)
def test_a_height_limit_asked_about_states_nothing(text: str) -> None:
    assert said(text) == {}


def test_a_child_said_under_a_height_still_states_it() -> None:
    got = said("she is under 1.2m, free right?", {"children": kids("2022-01")})
    assert got[("child.height_below_cm", 1)] == 120.0


@pytest.mark.parametrize(
    "text",
    [
        "what counts as first home if we own one in the hometown?",
        "if we own one in the hometown, is it still a first home?",
        "does a flat in the village count as a first home?",
    ],
)
def test_what_a_first_home_is_asked_states_nothing(text: str) -> None:
    assert said(text, {"city": "jinan"}) == {}


def test_buying_a_first_home_is_still_read() -> None:
    assert said("we're buying our first home", {"city": "jinan"}) == {
        ("buying_first_home", None): True
    }


@pytest.mark.parametrize(
    "text", ["cold af in beijing today, stay warm everyone", "so much snow in jinan this week!"]
)
def test_the_weather_in_a_city_is_not_the_familys_city(text: str) -> None:
    assert said(text) == {}


def test_a_city_with_the_weather_is_read_when_the_family_lives_there() -> None:
    assert said("we live in beijing, so cold today") == {("city", None): "beijing"}


@pytest.mark.parametrize(("text", "value"), [("mm no", False), ("hmm nope, we own", False)])
def test_a_filler_before_the_no_is_still_a_no(text: str, value: bool) -> None:
    got = kinds(text, {"city": "jinan"}, "renting")
    assert got[("renting", None)] == (value, "confirmation")


@pytest.mark.parametrize(
    "text",
    [
        "shebao from work, with the maternity part",
        "insurance thru her company",
        "coverage through my employer",
    ],
)
def test_insurance_through_the_employer_is_the_employee_maternity_one(text: str) -> None:
    got = said(text, {"city": "jinan"}, "birth_insurance")
    assert got[("birth_insurance", None)] == "employee_maternity"


@pytest.mark.parametrize(
    "text", ["little sister is under 1.2m", "his baby brother is 1m05", "meimei is 1m05"]
)
def test_a_little_sibling_alone_is_the_youngest_child(text: str) -> None:
    got = said(text, {"city": "jinan", "children": kids("2019-05", "2023-08")})
    assert {c for (f, c) in got if f.startswith("child.height")} == {2}


@pytest.mark.parametrize(
    "text",
    ["dibao only started after the birth", "shiyejin just kicked in last month"],
)
def test_a_benefit_that_began_after_the_birth_is_held_now(text: str) -> None:
    got = said(text, {"city": "beijing", "children": kids("2024-02")})
    assert got[("hardship_now", None)] is True


def test_almost_a_height_is_no_age() -> None:
    got = said("tall for his age, almost 1m15", {"children": kids("2022-02")}, "children.height_cm")
    assert got == {("child.height_cm", 1): 115.0}


@pytest.mark.parametrize(
    ("text", "payers"),
    [("my husbnad pays gongjijin, i dont", 1), ("me n my hubsand both pay gongjijin", 2)],
)
def test_phone_typos_of_husband_are_read(text: str, payers: int) -> None:
    assert said(text, {"city": "beijing"})[("housing_fund_contributors", None)] == payers


def test_ages_typed_short_on_a_phone() -> None:
    """ "18 mths", "5 n 2": months and a list of ages, as typed on a phone."""
    got = said("erbao 18 mths, laoda 5 n half", {"city": "jinan"})
    assert got[("child.birth_date", 2)] == "2024-11"
    assert got[("child.birth_date", 1)] == "2020-11"
    got = said("the kids r 5 n 2", {"city": "jinan"})
    assert got[("child.birth_date", 1)] == "2020-11"
    assert got[("child.birth_date", 2)] == "2023-11"


@pytest.mark.parametrize("text", ["yibao for residents, the jumin one", "the jumin kind"])
def test_the_residents_cover_in_pinyin(text: str) -> None:
    got = said(text, {"city": "jinan"}, "birth_insurance")
    assert got[("birth_insurance", None)] == "resident_medical"
