"""English messages of batch 39 (hardship at each birth, now against the birth, relative dates,
durations that are not ages): the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading

TODAY = date(2026, 3, 17)  # a Tuesday


said = reading(TODAY)

TWO = {"city": "jinan", "children": kids("2019-06", "2023-04")}
THREE = {"city": "beijing", "children": kids("2014-03", "2019-08", "2024-04")}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the 3rd was born a fortnight ago", "2026-03-03"),
        ("our third came a fortnight ago", "2026-03-03"),
        ("our third was born 10 days back", "2026-03-07"),
        ("the 3rd arrived 3 weeks back, all well", "2026-02-24"),
    ],
)
def test_a_fortnight_and_a_time_back_are_a_time_ago(text: str, day: str) -> None:
    """A fortnight is two weeks; "10 days back" is ten days ago: the day of the birth."""
    got = said(text, {"city": "beijing", "children": kids("2015-10", "2020-02")})
    assert got[("child.birth_date", 3)] == day


def test_a_time_back_at_work_is_no_birth() -> None:
    got = said("i went 2 weeks back to work, the baby is 5 months", {"city": "jinan"})
    assert got[("child.birth_date", 1)] == "2025-10"


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("born two years ago in june, hes our only one", "2024-06"),
        ("our boy was born 3 years ago in march", "2023-03"),
        ("she came in october two years ago", "2024-10"),
        ("born the year before last in may", "2024-05"),
    ],
)
def test_a_month_some_years_ago_is_that_years_month(text: str, month: str) -> None:
    """ "two years ago in june": the June of two years back, not the latest June."""
    assert said(text, {"city": "beijing"})[("child.birth_date", 1)] == month


def test_our_2nd_before_a_month_is_the_child_not_a_day() -> None:
    """ "our 2nd this august": the second child born this August, no 2nd of August."""
    got = said(
        "our eldest was born two years ago in march, our 2nd this january", {"city": "jinan"}
    )
    assert got[("child.birth_date", 1)] == "2024-03"
    assert got[("child.birth_date", 2)] == "2026-01"


@pytest.mark.parametrize(
    "text", ["born in june, hes our only one", "she is my only one so far, 3 months old"]
)
def test_our_only_one_is_one_child(text: str) -> None:
    assert said(text, {"city": "beijing"})[("child_count", None)] == 1


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("for the middle one yes. first and last no", {2: True, 1: False, 3: False}),
        ("the middle one no, first and last yes", {2: False, 1: True, 3: True}),
    ],
)
def test_first_and_last_are_the_eldest_and_the_youngest(
    text: str, answers: dict[int, bool]
) -> None:
    assert at_births(said(text, THREE, "hardship_at_birth")) == answers


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        (
            "first baby we was on tekun, second baby no tekun, third baby tekun again",
            {1: True, 2: False, 3: True},
        ),
        ("first baby we had dibao, second baby we didnt", {1: True, 2: False}),
    ],
)
def test_first_baby_is_the_eldest(text: str, answers: dict[int, bool]) -> None:
    got = said(text, THREE)
    assert {k: v for k, v in at_births(got).items() if k in answers} == answers
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "son is 3 and a half, we had dibao when he was born and still do",
        "my granddaughter is 2, her parents were on tekun when she was born",
    ],
)
def test_a_birth_told_by_a_pronoun_is_the_birth(text: str) -> None:
    """The one child's birth told by "he"/"she" names no child: "the birth" (as en-4341)."""
    got = said(text, {"city": "beijing"})
    assert got[("hardship_at_birth", None)] is True
    assert at_births(got) == {}


@pytest.mark.parametrize(
    "text",
    [
        "what counts as tekun exactly",
        "whats the difference between tekun and dibao for the birth money",
        "what qualifies as dibao here",
    ],
)
def test_a_question_about_the_benefits_states_nothing(text: str) -> None:
    assert said(text, {"city": "jinan"}) == {}


@pytest.mark.parametrize(
    "text",
    [
        "we were on dibao when our son was born, can we still apply for the extra?",
        "we had tekun when our boy was born, do we still qualify",
    ],
)
def test_still_in_a_question_is_no_benefit_now(text: str) -> None:
    got = said(text, {"city": "jinan", "children": kids("2024-05")})
    assert got == {("child.hardship_at_birth", 1): True}


@pytest.mark.parametrize(
    "text",
    [
        "our 2nd was born last wednesday, still on unemployment pay, and were then too",
        "our 2nd came last wednesday. on dibao now and we were at the time as well",
    ],
)
def test_on_it_now_and_then_too_is_that_birth_too(text: str) -> None:
    got = said(text, {"city": "beijing", "children": kids("2021-05")})
    assert got[("hardship_now", None)] is True
    assert at_births(got) == {2: True}


@pytest.mark.parametrize(
    "text",
    [
        "actually our 3rd wasnt born on dibao, we came off it a month before",
        "our 3rd wasnt born on dibao, we got off it just before",
    ],
)
def test_off_it_before_the_birth_says_nothing_of_now(text: str) -> None:
    known = {"city": "jinan", "children": kids("2015-02", "2019-07", "2024-03")}
    got = said(text, known)
    assert at_births(got) == {3: False}
    assert ("hardship_now", None) not in got


def test_off_it_before_a_birth_told_is_no_benefit_at_it() -> None:
    got = said("our 2nd was born in january, we came off dibao a month before", TWO)
    assert at_births(got) == {2: False}
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    "text", ["dibao got cut last month", "our tekun was cut in january", "shiyejin got cut off"]
)
def test_a_benefit_cut_is_no_longer_held(text: str) -> None:
    known = {"city": "jinan", "hardship_now": True, "children": kids("2025-05")}
    assert said(text, known)[("hardship_now", None)] is False


@pytest.mark.parametrize(
    "text",
    ["the first yes. the second one, not yet born", "first one yes, the 2nd isnt born yet"],
)
def test_a_child_not_born_yet_has_no_birth_to_answer_for(text: str) -> None:
    known = {"city": "beijing", "children": [{"birth_date": "2022-04"}, {"due_date": "2026-08"}]}
    assert at_births(said(text, known, "hardship_at_birth")) == {1: True}


@pytest.mark.parametrize(
    "text",
    [
        "gave birth yesterday to our 3rd. we are on tekun now and were with both the other births too",
        "our 3rd came on monday, on dibao now, and were at the other births as well",
    ],
)
def test_on_it_now_and_at_the_other_births_is_each_earlier_birth(text: str) -> None:
    got = said(text, {"city": "jinan", "children": kids("2018-12", "2022-02")})
    assert got[("hardship_now", None)] is True
    assert at_births(got) == {1: True, 2: True}


@pytest.mark.parametrize(
    "text",
    [
        "sorry i said wrong, we had dibao at the first birth too, not only the second",
        "we had tekun at the second birth too, not just the first",
    ],
)
def test_not_only_the_other_birth_is_no_no_for_it(text: str) -> None:
    known = {"city": "jinan", "children": kids("2022-03", "2024-09")}
    got = at_births(said(text, known))
    assert False not in got.values()
    assert len(got) == 1
