"""English messages of batch 35 (hardship at each birth, now versus at the birth, twins and
triplets with order words): the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading, reading_kinds

TODAY = date(2025, 10, 16)  # a Thursday

said = reading(TODAY)
kinds = reading_kinds(TODAY)

THREE = {"city": "jinan", "children": kids("2013-03", "2017-06", "2025-08")}
TWO = {"city": "jinan", "children": kids("2020-04", "2025-05")}


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("for laosan yes the rest no", {1: False, 2: False, 3: True}),
        ("the youngest yes the others no", {1: False, 2: False, 3: True}),
        ("eldest no the others yes", {1: False, 2: True, 3: True}),
    ],
)
def test_the_rest_answered_after_one_birth(text: str, births: dict[int, bool]) -> None:
    """ "the rest" / "the others" after a yes or no for one birth are the other births, with
    their own answer."""
    assert at_births(said(text, THREE, "hardship_at_birth")) == births


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("for the middle one only", {1: False, 2: True, 3: False}),
        ("just the eldest", {1: True, 2: False, 3: False}),
        ("the youngest only", {1: False, 2: False, 3: True}),
        ("just for the baby", {1: False, 2: False, 3: True}),
        ("we were on dibao only with our 2nd", {1: False, 2: True, 3: False}),
    ],
)
def test_the_one_birth_said_to_be_the_only_one(text: str, births: dict[int, bool]) -> None:
    """One birth said to be the only one with the benefit: the others had none."""
    assert at_births(said(text, THREE, "hardship_at_birth")) == births


@pytest.mark.parametrize(
    "text",
    [
        "on tekun when the 3rd one came, 7 weeks ago. the older ones no",
        "dibao when the baby came, not for the big ones",
        "we had dibao for the youngest, their older kids no",
    ],
)
def test_the_older_ones_are_every_birth_before_the_newest(text: str) -> None:
    assert at_births(said(text, THREE)) == {1: False, 2: False, 3: True}


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "twins r 18 months, their big bro is 4. we had dibao when the twins were born, not him",
            {1: False, 2: True, 3: True},
        ),
        (
            "our daughter is 6 and the twins are 1. tekun at the twins birth, not for her",
            {1: False, 2: True, 3: True},
        ),
    ],
)
def test_him_or_her_is_the_one_child_beside_the_twins(text: str, births: dict[int, bool]) -> None:
    """ "not him" beside the twins' birth: the one child told of alone."""
    assert at_births(said(text, {"city": "jinan"})) == births


@pytest.mark.parametrize(
    "text", ["the older one yes, baby no", "older one yes baby no", "big one yes, the baby no"]
)
def test_a_bare_baby_is_the_youngest(text: str) -> None:
    assert at_births(said(text, TWO, "hardship_at_birth")) == {1: True, 2: False}


@pytest.mark.parametrize(
    "text",
    [
        "grandad here. for my eldest there was dibao, for the younger one they had come off it",
        "we were on dibao for the eldest, for the younger one we'd come off it",
        "dibao for the first, by the second we had gone off it",
    ],
)
def test_had_come_off_it_is_no_benefit_at_that_birth(text: str) -> None:
    assert at_births(said(text, TWO)) == {1: True, 2: False}


@pytest.mark.parametrize(
    "text", ["we r off tekun now", "we've come off dibao", "we are off shiyejin since june"]
)
def test_off_the_benefit_now(text: str) -> None:
    household = {"city": "jinan", "hardship_now": True, "children": kids("2024-01")}
    assert said(text, household)[("hardship_now", None)] is False


@pytest.mark.parametrize(
    "text",
    [
        "when the triplets were born their dad was on the unemployment",
        "their dad was on the unemployment when the triplets came",
    ],
)
def test_on_the_unemployment(text: str) -> None:
    household = {"city": "jinan", "children": kids("2023-02", "2023-02", "2023-02")}
    assert at_births(said(text, household)) == {1: True, 2: True, 3: True}


@pytest.mark.parametrize(
    "text",
    [
        "what counts as hardship, is tekun same as dibao for this",
        "does unemployment money count the same as dibao",
        "is dibao enough or do we need tekun too",
        "can shiyejin be counted for the birth subsidy",
    ],
)
def test_the_benefit_itself_asked_about(text: str) -> None:
    """A question about what a benefit is or counts as states no hardship."""
    assert said(text, {"city": "jinan", "children": kids("2024-03")}) == {}


@pytest.mark.parametrize(
    "text",
    [
        "at the 3rd birth we were on dibao, for the first two i dont remember",
        "3rd yes, first two not sure",
        "youngest yes, the older two i cant remember",
        "生老三的时候领着低保 老大老二那会儿记不清了",
    ],
)
def test_births_the_writer_does_not_remember(text: str) -> None:
    """A birth the writer cannot remember gets no yes or no."""
    household = {"city": "jinan", "children": kids("2012-03", "2016-09", "2025-05")}
    asked = "hardship_at_birth" if text[0].isdigit() or text.startswith("youngest") else None
    assert at_births(said(text, household, asked)) == {3: True}


@pytest.mark.parametrize(
    "text",
    [
        "hang on i got it backwards, it was the first one we had shiyejin for, not the second",
        "no it was the other way round, the dibao was for the first, not the second",
        "sorry i had them the wrong way round: dibao with the first, not the second",
    ],
)
def test_got_it_backwards_puts_a_fact_right(text: str) -> None:
    """ "got it backwards", "the other way round": 搞反, a correction of the known births."""
    household = {
        "city": "jinan",
        "children": [
            {"birth_date": "2020-07", "hardship_at_birth": False},
            {"birth_date": "2024-02", "hardship_at_birth": True},
        ],
    }
    got = kinds(text, household)
    assert got[("child.hardship_at_birth", 1)] == (True, "correction")
    assert got[("child.hardship_at_birth", 2)] == (False, "correction")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("xiaobao came last wednesday at 4am", "2025-10-08"),
        ("小宝上周三出生的", "2025-10-08"),
        ("the youngest was born on october 1st", "2025-10-01"),
    ],
)
def test_the_youngest_born_years_after_the_known_child_is_new(text: str, day: str) -> None:
    """The youngest told with a birth date years after every known child: a new child."""
    household = {"city": "jinan", "children": kids("2022-08")}
    got = said(text, household)
    assert got[("child.birth_date", 2)] == day
    assert ("child.birth_date", 1) not in got


@pytest.mark.parametrize(
    "text",
    [
        "twin boys just turned 1, and a 7yo girl",
        "twins r 2, the boy is 8",
        "twin girls 3 and a boy of 6",
    ],
)
def test_an_older_child_listed_with_the_twins_makes_three(text: str) -> None:
    """An older child told by a plain word in the sentence telling the twins' age: the elder
    child and the multiple birth together, three children."""
    assert said(text, {"city": "beijing"})[("child_count", None)] == 3


@pytest.mark.parametrize(
    "text",
    [
        "twins r 2, the boy is 1",
        "twins 20 months, baby sister 3 months",
    ],
)
def test_a_child_younger_than_the_twins_makes_three_too(text: str) -> None:
    """A single child and a multiple birth told together, in either order, state the count
    (tests/corpus/README.md, child_count): a younger one beside the twins makes three."""
    assert said(text, {"city": "beijing"})[("child_count", None)] == 3


@pytest.mark.parametrize(
    "text",
    [
        "the twins were born on the 12th, not the 21st",
        "sorry, the twins were born on the 12th",
        "不对 双胞胎是12号生的 不是21号",
    ],
)
def test_a_day_put_right_keeps_the_known_month(text: str) -> None:
    """A correction telling only the day of a birth known to the day keeps its month."""
    household = {"city": "beijing", "children": kids("2025-09-21", "2025-09-21")}
    got = kinds(text, household)
    assert got[("child.birth_date", 1)] == ("2025-09-12", "correction")
    assert got[("child.birth_date", 2)] == ("2025-09-12", "correction")


def test_not_the_second_is_still_a_birth_order() -> None:
    household = {"city": "jinan", "children": kids("2019-03", "2023-05")}
    got = kinds("we had dibao for the 1st, not the 2nd", household)
    assert got[("child.hardship_at_birth", 2)] == (False, "statement")


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("around christmas, its twins", "2025-12"),
        ("due around the 20th of january", "2026-01"),
        ("预产期12月20号左右", "2025-12"),
    ],
)
def test_a_day_said_roughly_gives_its_month(text: str, month: str) -> None:
    household = {"city": "beijing", "children": [{"birth_date": "2022-02"}, {"due_date": None}]}
    assert said(text, household, "due_date")[("child.due_date", 2)] == month


@pytest.mark.parametrize(
    "text",
    ["just the twins, not the big one", "just for the twins, not our eldest", "only the twins"],
)
def test_just_these_births_is_a_yes_for_them(text: str) -> None:
    """ "just the twins" answers yes for the twins' births; the eldest named after "not" no."""
    household = {"city": "jinan", "children": kids("2018-01", "2023-03", "2023-03")}
    got = at_births(said(text, household, "hardship_at_birth"))
    assert got[2] is True and got[3] is True
    assert got.get(1, False) is False


@pytest.mark.parametrize("text", ["neither birth", "not at either birth", "neither time, no"])
def test_neither_birth_is_no_at_every_birth(text: str) -> None:
    household = {"city": "beijing", "children": kids("2018-01", "2023-03")}
    assert said(text, household, "hardship_at_birth")[("hardship_at_birth", None)] is False


@pytest.mark.parametrize(
    "text",
    [
        "we went on dibao after our son was born",
        "we got on dibao after the baby was born",
        "we only got tekun after she was born",
    ],
)
def test_on_the_benefit_after_the_birth_is_no_at_it(text: str) -> None:
    got = said(text, {"city": "jinan", "children": kids("2025-01")})
    assert got.get(("hardship_at_birth", None), got.get(("child.hardship_at_birth", 1))) is False


@pytest.mark.parametrize(
    "text",
    [
        "no dibao when the baby came, we only got it this year",
        "no dibao when she was born, we finally got it last month",
    ],
)
def test_got_it_lately_is_on_it_now_and_no_birth_year(text: str) -> None:
    got = said(text, {"city": "jinan", "children": kids("2024-11")})
    assert got[("hardship_now", None)] is True
    assert got[("hardship_at_birth", None)] is False
    assert ("child.birth_date", 1) not in got


@pytest.mark.parametrize(
    "text", ["we lost the dibao last month", "they cut our dibao in january", "lost our tekun"]
)
def test_the_benefit_lost_is_off_it_now(text: str) -> None:
    household = {"city": "jinan", "hardship_now": True, "children": kids("2024-11")}
    assert said(text, household)[("hardship_now", None)] is False


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("twins arrived last monday, our 1st kids", 2),
        ("triplets born last monday, our 1st babies", 3),
    ],
)
def test_our_1st_kids_is_the_first_birth_not_an_elder(text: str, size: int) -> None:
    """ "our 1st kids" said of the multiples: they are the first children, and all of them."""
    got = said(text, {"city": "jinan"})
    assert got[("child_count", None)] == size
    assert ("child.birth_date", 1) in got and ("child.birth_date", size + 1) not in got
