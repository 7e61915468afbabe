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
