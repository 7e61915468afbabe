"""English messages of batch 33 (hardship at each birth, now versus at the birth, twins with order
words): the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading

TODAY = date(2026, 4, 2)

said = reading(TODAY)


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("the first time yes, second time no", {1: True, 2: False}),
        ("first time no, the 2nd time yes", {1: False, 2: True}),
        ("just the first time, with the 2nd we were off it already", {1: True, 2: False}),
    ],
)
def test_a_birth_told_as_the_time_it_came(text: str, births: dict[int, bool]) -> None:
    """Asked about the births, "the first time" and "second time" are the first and second births."""
    household = {"city": "jinan", "children": kids("2020-02", "2024-10")}
    assert at_births(said(text, household, "hardship_at_birth")) == births


@pytest.mark.parametrize(
    "text", ["just for the last one, the others no", "only the last time, the others no"]
)
def test_the_last_one_is_the_youngest(text: str) -> None:
    household = {"city": "jinan", "children": kids("2014-06", "2018-01", "2024-07")}
    assert at_births(said(text, household, "hardship_at_birth")) == {1: False, 2: False, 3: True}


def test_for_the_first_time_is_no_birth() -> None:
    """ "for the first time" tells when the benefit came, not the eldest's birth."""
    household = {"city": "jinan", "children": kids("2014-06", "2018-01")}
    got = said("we got dibao for the first time, last year", household)
    assert at_births(got) == {}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("my son was on shiyejin every time a grandkid was born", "hardship_at_birth"),
        ("dibao every time a grandchild was born", "hardship_at_birth"),
    ],
)
def test_births_told_by_grandkids(text: str, fact: str) -> None:
    """Every grandchild's birth is every birth, not now."""
    household = {"city": "beijing", "children": kids("2019-06", "2023-10")}
    got = said(text, household)
    assert (fact, None) in got
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("laolao writing for my daughter: no dibao or anything when she had the baby", False),
        ("we were on tekun when my wife had the baby", True),
        ("shiyejin while she was having our daughter", True),
    ],
)
def test_the_birth_told_as_having_the_baby(text: str, held: bool) -> None:
    """ "when she had the baby": the one birth, not now."""
    got = said(text, {"city": "beijing", "children": kids("2026-01")})
    assert got == {("hardship_at_birth", None): held}


@pytest.mark.parametrize(
    "text",
    [
        "only laoer's birth, and that was shiyejin not dibao",
        "only our second's birth, and it was tekun rather than dibao",
        "just the 2nd birth, that was shiyejin, not dibao",
    ],
)
def test_a_benefit_named_against_another_is_a_yes(text: str) -> None:
    """ "shiyejin not dibao" names the benefit they had: a yes at that birth, no "no"."""
    household = {"city": "beijing", "children": kids("2018-10", "2023-07")}
    assert at_births(said(text, household, "hardship_at_birth")).get(2) is True


def test_the_benefit_put_right_with_the_birth_known_states_nothing_new() -> None:
    household = {"city": "jinan", "hardship_at_birth": True, "children": kids("2026-03")}
    text = "correction: it was shiyejin not dibao, but yes we were on it at the birth"
    assert said(text, household) == {}


@pytest.mark.parametrize(
    "text",
    [
        "my husband got unemployment pay when the twins came, shiyejin for about 6 months",
        "we had dibao when the twins arrived, dibao for about a year",
    ],
)
def test_how_long_the_benefit_lasted_at_the_birth_is_not_now(text: str) -> None:
    household = {"city": "beijing", "children": kids("2024-05", "2024-05")}
    got = said(text, household)
    assert at_births(got) == {1: True, 2: True}
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "we're off dibao since last year but the birth was while we still had it",
        "no more tekun now, but the baby came while we were on it",
    ],
)
def test_off_it_now_on_it_at_the_birth(text: str) -> None:
    got = said(text, {"city": "jinan", "children": kids("2024-08")})
    assert got[("hardship_now", None)] is False
    assert got[("hardship_at_birth", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "whats tekun exactly, is it the same as dibao",
        "do we apply at the jiedao or online for the dibao family extra",
        "how do we sign up for dibao",
        "can i get shiyejin and the butie both",
    ],
)
def test_a_question_about_a_benefit_without_its_question_mark_states_nothing(text: str) -> None:
    assert said(text, {}) == {}


def test_a_benefit_told_inside_a_question_is_still_told() -> None:
    """ "can we get more since we were on dibao when our son was born": the birth's benefit."""
    text = "can we get more since we were on dibao when our son was born"
    got = said(text, {"city": "beijing", "children": kids("2026-01")})
    assert at_births(got) == {1: True}


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "the older twins: dibao when born. the younger twins: nope",
            {1: True, 2: True, 3: False, 4: False},
        ),
        ("big twins no, little twins yes, on tekun", {1: False, 2: False, 3: True, 4: True}),
    ],
)
def test_two_pairs_of_twins_named_older_and_younger(text: str, births: dict[int, bool]) -> None:
    """A family with two known pairs: "the older twins" are the first pair, "the younger" the next."""
    household = {"city": "jinan", "children": kids("2017-08", "2017-08", "2023-05", "2023-05")}
    assert at_births(said(text, household, "hardship_at_birth")) == births


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "my daughter gave birth last sunday to a boy and a girl, first grandkids for us",
            "2026-03-29",
        ),
        ("a girl and a boy at the same time, born yesterday", "2026-04-01"),
        ("we have 2 now!! a boy n a girl at once last monday", "2026-03-23"),
    ],
)
def test_a_boy_and_a_girl_born_at_one_birth_are_twins(text: str, day: str) -> None:
    """A boy and a girl at once, or a birth given to a boy and a girl: boy-girl twins."""
    got = said(text, {"city": "jinan"})
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == day


def test_a_boy_and_a_girl_with_their_ages_are_two_births() -> None:
    got = said("we have a boy and a girl, 5 and 2", {"city": "jinan"})
    assert got[("child.birth_date", 1)] != got[("child.birth_date", 2)]


def test_the_daughter_who_gave_birth_is_the_mother_not_a_child() -> None:
    """ "my daughter gave birth to twins" (a grandparent writing): the twins are the children."""
    got = said("my daughter gave birth last sunday to twins", {"city": "jinan"})
    assert got == {("child.birth_date", 1): "2026-03-29", ("child.birth_date", 2): "2026-03-29"}


@pytest.mark.parametrize(
    "text",
    [
        "we applied for dibao in march, still waiting",
        "applying for shiyejin this week",
        "we signed up for tekun last month, no answer yet",
    ],
)
def test_a_benefit_only_applied_for_is_not_had(text: str) -> None:
    got = said(text, {"city": "jinan", "children": kids("2025-05")})
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "we applied for dibao last week and got it",
        "just got approved, we applied for dibao in march",
        "applied for shiyejin, now we get it",
    ],
)
def test_a_benefit_applied_for_and_granted_is_had_now(text: str) -> None:
    got = said(text, {"city": "jinan", "children": kids("2025-05")})
    assert got[("hardship_now", None)] is True


def test_preggo_with_twins_after_twins_is_two_more_babies() -> None:
    """ "preggo" is pregnant: the twins on the way come after the two born."""
    text = "preggo with twins again lol, 5 months along, our only kids so far are twins aged 3"
    got = said(text, {"city": "jinan"})
    assert got[("child.due_date", 3)] == got[("child.due_date", 4)] == "2026-08"
