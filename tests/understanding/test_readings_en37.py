"""English messages of batch 37 (hardship at each birth, now versus at the birth, twins and
triplets with order words): the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading
from understanding import understand

TODAY = date(2026, 10, 5)  # a Monday


said = reading(TODAY)


# --- the family's one child named by its relation at its birth ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "grandpa here. my daughter had 失业金 coming in when her little girl was born, the girl is "
        "8 months now",
        "our grandson is 2 and a half, my son had dibao when the boy was born but they got off it",
        "my girl is 3, we were on tekun when the girl was born",
        "writing for my sister, her son is 4 now. she was on dibao when the boy was born",
    ],
)
def test_the_one_child_told_apart_is_named_at_its_birth(text: str) -> None:
    """The one child told of in the message (its age said apart) and named again by "her" or
    "the" at its birth: that child's birth, not every birth."""
    got = said(text, {"city": "jinan"})
    assert at_births(got) == {1: True}
    assert ("hardship_at_birth", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "when i had my son we lived on dibao, now we both work and its stopped",
        "when she had our daughter we were on tekun",
    ],
)
def test_the_one_known_child_had_is_named(text: str) -> None:
    """ "when i had my son": the birth of the family's one known child."""
    got = said(text, {"city": "jinan", "children": kids("2022-07")})
    assert at_births(got) == {1: True}


def test_a_child_told_only_at_its_birth_is_the_birth() -> None:
    """ "when their son was born in 2021": the one child's birth named by a kinship word, that
    child's (corpus README, "Children and orders"; relabelled en-0941)."""
    got = said("when their son was born in 2021 they were on dibao", {"city": "jinan"})
    assert ("hardship_at_birth", None) not in got
    assert at_births(got) == {1: True}


# --- an elder child and a multiple birth: the count -------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("a 7 yr old and triplets of 8 months", 4),
        ("a 6yo and twins of 3", 3),
        ("triplets just turned 2 lol chaos, their sis is 5", 4),
        ("twins r 2, their bro is 7", 3),
        ("a boy n a girl born same day 2024.2, plus their big bro born 2020", 3),
    ],
)
def test_elder_and_multiples_counted(text: str, count: int) -> None:
    """An elder child told by its age alone or as "their sis" / "big bro" beside twins or
    triplets: the family's children together."""
    assert said(text, {"city": "beijing"})[("child_count", None)] == count


def test_boy_and_girl_born_the_same_day_are_twins() -> None:
    """ "a boy n a girl born same day": boy-girl twins, after their elder brother."""
    got = said(
        "a boy n a girl born same day 2024.2, plus their big bro born 2020", {"city": "beijing"}
    )
    assert got[("child.birth_date", 1)] == "2020"
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2024-02"


def test_thanks_bro_is_no_child() -> None:
    assert said("thanks bro", {"city": "beijing"}) == {}


# --- a birth named by the child's age or as "this one" -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "our three: twins of 4 and a 1 yr old. dibao for the 1 yr old's birth, not the twins'",
        "twins are 4, baby is 1. tekun when the 1-year-old was born, not the twins",
    ],
)
def test_a_birth_named_by_the_childs_age(text: str) -> None:
    """ "the 1 yr old's birth": the one child of that age."""
    assert at_births(said(text, {"city": "jinan"})) == {1: False, 2: False, 3: True}


def test_known_children_named_by_age_answer_the_question() -> None:
    got = said(
        "the 7 year old no, the 2yo yes",
        {"city": "jinan", "children": kids("2019-05", "2024-02")},
        "hardship_at_birth",
    )
    assert at_births(got) == {1: False, 2: True}


@pytest.mark.parametrize(
    "text",
    [
        "3rd born last sunday. dibao for this one, not for the 1st or 2nd",
        "our 3rd came 2 weeks ago. we were on tekun for this one but not the first and second",
    ],
)
def test_this_one_is_the_birth_just_told(text: str) -> None:
    """ "this one" after a birth told: that child; "the 1st or 2nd": both older births."""
    got = said(text, {"city": "beijing", "children": kids("2015-08", "2020-02")})
    assert at_births(got) == {1: False, 2: False, 3: True}


# --- answers to the hardship question naming births ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we were on it for the 2nd. first one no",
        "first one no, we got it for the 2nd",
        "the 1st no. had it with the 2nd",
    ],
)
def test_the_benefit_asked_had_at_one_birth(text: str) -> None:
    """ "we were on it for the 2nd": the benefit asked about, had at that birth; the other birth
    answered no."""
    got = said(text, {"city": "jinan", "children": kids("2020-05", "2025-04")}, "hardship_at_birth")
    assert at_births(got) == {1: False, 2: True}


@pytest.mark.parametrize("text", ["yeh, dibao each time", "yeh we were"])
def test_yeh_is_a_yes(text: str) -> None:
    kinds = {
        (u.fact, u.child): (u.value, u.kind)
        for u in understand(
            text,
            {"city": "jinan", "children": kids("2017-01", "2021-07")},
            "hardship_at_birth",
            TODAY,
        )
    }
    assert kinds[("hardship_at_birth", None)] == (True, "confirmation")


# --- a birth told by a pronoun or by "then" after the child named ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the little one's 10 months, was on shiyejin for her birth. big one 6, no benefits then",
        "the big one is 8, nothing at the time. little one 2, on tekun when she was born",
        "eldest is 7, we had no dibao then. the youngest is 1, we had dibao for his birth",
    ],
)
def test_each_child_named_then_its_birth(text: str) -> None:
    """A child named by order with its age, then its birth by "her birth" or "then": that
    child's birth."""
    assert at_births(said(text, {"city": "jinan"})) == {1: False, 2: True}


# --- a child of its own beside known twins; ages in brackets -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "for the twins no. for our 2023 baby yes",
        "the twins no. the 2023 boy yes",
        "twins no, 2023 baby yes",
    ],
)
def test_one_baby_beside_known_twins_is_another_child(text: str) -> None:
    """Twins of 2019 and a child of 2023 known: "our 2023 baby" is that child, not the twins'
    birth told again, and no new child."""
    got = said(
        text,
        {"city": "jinan", "children": kids("2019-05", "2019-05", "2023-08")},
        "hardship_at_birth",
    )
    assert got == {
        ("child.hardship_at_birth", 1): False,
        ("child.hardship_at_birth", 2): False,
        ("child.hardship_at_birth", 3): True,
    }


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "the eldest (8) was born when we lived on dibao in heze, the 2nd (3) we were working "
            "by then",
            {1: "2018-04", 2: "2023-04"},
        ),
        ("our son (5) and daughter (2)", {1: "2021-04", 2: "2024-04"}),
        ("the first (6), the second (1)", {1: "2020-04", 2: "2025-04"}),
    ],
)
def test_an_age_in_brackets_after_the_child(text: str, births: dict[int, str]) -> None:
    """ "the eldest (8)": the bare number in brackets after the child's word is its age."""
    got = said(text, {"city": "jinan"})
    assert {c: got[("child.birth_date", c)] for c in births} == births


# --- the youngest born beside a pregnancy; a job at a birth -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kids are 10, 7 and 1 and a half, and im pregnant again, 3 months. we were on dibao when "
        "the little one was born",
        "3 kids, 9, 5 and 2, expecting #4 in spring. tekun when the youngest was born",
    ],
)
def test_the_youngest_born_is_not_the_baby_on_the_way(text: str) -> None:
    """ "when the little one was born" beside a pregnancy: the youngest child born (3rd), not
    the baby still to come."""
    assert at_births(said(text, {"city": "beijing"})) == {3: True}


@pytest.mark.parametrize(
    "text",
    [
        "when our first was born i was on unemployment benefit, when the second one born i had "
        "job already. now again no job, taking 失业金 again",
        "dibao when our first came. when our second came he had a job. no job now, on shiyejin",
    ],
)
def test_a_job_at_a_birth_and_no_job_now(text: str) -> None:
    """ "i had job" at a birth: no benefit then; "no job" is out of work, no "no" to the benefit
    named after it."""
    got = said(text, {"city": "jinan"})
    assert at_births(got) == {1: True, 2: False}
    assert got[("hardship_now", None)] is True


# --- children told with their years, named again by the year -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kids born 19 and 23. for the 23 one we had shiyejin at the birth, for the 19 one no",
        "kids born 2019 and 2023. for the 2023 one we had shiyejin at the birth, for the 2019 one no",
        "a boy born 2019, a girl born 2023. the '19 one no dibao, the '23 one we had dibao",
    ],
)
def test_a_child_named_by_its_year_told_before(text: str) -> None:
    """ "the 23 one": the child told born that year; no new child for the year said again."""
    got = said(text, {"city": "jinan"})
    assert at_births(got) == {1: False, 2: True}
    assert got[("child.birth_date", 1)] == "2019"
    assert got[("child.birth_date", 2)] == "2023"
    assert ("child.birth_date", 3) not in got


# --- the births listed after an answer for every birth ------------------------------------------

TWINS_AND_THIRD = {"city": "jinan", "children": kids("2022-08", "2022-08", "2025-03")}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("dibao for both births, the twins and then laosan", True),
        ("no dibao at either birth, the twins or laosan", False),
        ("tekun both times, the twins and then the little one", True),
    ],
)
def test_births_listed_after_every_birth(text: str, held: bool) -> None:
    """ "for both births, the twins and then laosan": the births named one by one, each child's."""
    assert at_births(said(text, TWINS_AND_THIRD)) == {1: held, 2: held, 3: held}


def test_births_added_with_too_are_every_birth() -> None:
    """ "for every birth, the big girl and the twins too": said of every birth."""
    got = said("we had dibao for every birth, the big girl and the twins too", TWINS_AND_THIRD)
    assert got[("hardship_at_birth", None)] is True
    assert at_births(got) == {}


def test_births_answered_each_are_not_a_list() -> None:
    """ "only the third one, dibao. older two no": the older two answered no themselves."""
    got = said("only the third one, dibao. older two no", TWINS_AND_THIRD, "hardship_at_birth")
    assert at_births(got) == {1: False, 2: False, 3: True}


# --- on the benefit now and at the birth just told ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the twins born when we had no dibao. the little one born this month, we on dibao now and "
        "at his birth",
        "the twins born when we had no dibao. our third came this month, on tekun now, and at her "
        "birth too",
    ],
)
def test_now_and_at_the_birth_just_told(text: str) -> None:
    """ "on dibao now and at his birth": held now, and at the newest child's birth (the little one
    born this month is the third, after the known twins)."""
    got = said(text, {"city": "beijing", "children": kids("2022-04", "2022-04")})
    assert at_births(got) == {1: False, 2: False, 3: True}
    assert got[("hardship_now", None)] is True


def test_held_since_a_time_covering_the_birth_is_held_now() -> None:
    """ "dibao for us since last spring so we had it at this birth": held since then, still."""
    got = said(
        "three kids: 11, 6 and one born last thursday. dibao for us since last spring so we had "
        "it at this birth, not with the older two",
        {"city": "jinan"},
    )
    assert at_births(got) == {1: False, 2: False, 3: True}
    assert got[("hardship_now", None)] is True


# --- a daughter or son whose order is told by "she is" / "he is" ---------------------------------


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "im on unemployment benefit now, wasnt when our daughter was born. she is the younger one",
            {2: False},
        ),
        ("we had dibao when our son was born, he's the eldest", {1: True}),
    ],
)
def test_the_order_told_of_the_child_by_pronoun(text: str, births: dict[int, bool]) -> None:
    """ "when our daughter was born. she is the younger one": that birth is the younger's."""
    household = {"city": "jinan", "children": kids("2019-05", "2023-01")}
    assert at_births(said(text, household, "hardship_at_birth")) == births


@pytest.mark.parametrize(
    "text",
    [
        "we were on 特困 when our daughter was born in 2019, when the boy was born no",
        "no dibao when our son was born in 2023, but yes when the girl was born",
    ],
)
def test_the_other_of_two_children_by_sex(text: str) -> None:
    """Two children known; one placed by its year and sex ("our daughter … in 2019"), the other
    named by the other sex ("the boy"): the other child's birth."""
    household = {"city": "jinan", "children": kids("2019-05", "2023-08")}
    got = said(text, household)
    assert at_births(got) == {1: True, 2: False}
    assert ("hardship_at_birth", None) not in got
