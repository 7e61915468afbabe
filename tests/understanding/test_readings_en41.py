"""English messages of batch 41 (hardship at each birth told by time, order and kinship words,
benefits starting or ending between births, now-only statements, answers, English written by
Chinese speakers): the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading, reading_kinds

TODAY = date(2025, 1, 9)
said = reading(TODAY)
kinds = reading_kinds(TODAY)

JINAN = {"city": "jinan"}
TWO = {"city": "jinan", "children": kids("2018-10", "2022-04")}
THREE = {"city": "jinan", "children": kids("2011-04", "2019-06", "2023-12")}


@pytest.mark.parametrize(
    "text",
    [
        "back then when our eldest came along we was on dibao, by time laoer born we already off"
        " it. kids 6 and 2 now",
        "our first was born on dibao, the second after we stopped. the kids are 6 and 2",
        "the eldest had tekun at her birth, laoer no. children 6 and 2",
    ],
)
def test_ages_listed_after_kids_are_those_of_the_children_named_by_order(text: str) -> None:
    """The eldest and the second named, then "kids 6 and 2": their ages, not two more children."""
    got = said(text, JINAN)
    assert got[("child.birth_date", 1)] == "2018-07"
    assert got[("child.birth_date", 2)] == "2022-07"
    assert ("child.birth_date", 3) not in got


@pytest.mark.parametrize(
    "text",
    [
        "by time laoer born we already off dibao",
        "by the time our second came we already off dibao",
        "by the time the second one was born we were already off tekun",
    ],
)
def test_off_the_benefit_by_the_time_of_a_birth_is_no_at_that_birth(text: str) -> None:
    got = said(text, TWO)
    assert at_births(got) == {2: False}
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "who do i ask at the jiedao office for the tekun paper",
        "who should we talk to about dibao",
        "thinking to apply dibao, what documents i need",
        "we want to apply tekun, where do we go",
        "which office handles the dibao paper",
    ],
)
def test_a_question_about_a_benefit_with_no_question_mark_states_nothing(text: str) -> None:
    assert said(text, TWO) == {}


def test_a_benefit_applied_for_and_granted_is_held_now() -> None:
    assert said("we applied dibao in march and got it", TWO) == {("hardship_now", None): True}


@pytest.mark.parametrize(
    "text",
    [
        "what if husband's unemployment money ends just before the baby come, still count?",
        "what if my shiyejin runs out before the baby arrives",
        "what if the dibao stops right before the baby comes",
    ],
)
def test_a_benefit_imagined_ending_before_the_birth_is_a_no_asked_about(text: str) -> None:
    got = kinds(text, {"city": "jinan", "children": [{"due_date": "2025-09"}]})
    assert got == {("hardship_at_birth", None): (False, "question")}


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("the little one was born in may. he 1 and half now", None),
        ("he 1 and half now, big brother 5", "2019-07"),
        ("she 4 already, her little brother 2", "2020-07"),
        ("our son is 3 and half", "2021-07"),
    ],
)
def test_an_age_told_without_the_verb_or_the_article(text: str, born: str | None) -> None:
    """Chinese English: "he 1 and half now" = he is one and a half."""
    got = said(text, JINAN)
    if born is None:
        assert ("child.birth_date", 2) not in got
    else:
        assert born in got.values()


def test_the_little_one_is_the_second_when_his_big_brother_is_told_after() -> None:
    got = said(
        "the little one was born while my wife was on unemployment benefit. he 1 and half now,"
        " big brother 5",
        JINAN,
    )
    assert got[("child.birth_date", 2)] == "2023-07"
    assert got[("child.birth_date", 1)] == "2019-07"
    assert at_births(got) == {2: True}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("on dibao both when i had my son and my daughter", True),
        ("we had tekun when the boy and the girl were born", True),
        ("no dibao when my daughter and my son were born", False),
        ("生儿子和闺女的时候都领着低保", True),
    ],
)
def test_a_son_and_a_daughter_named_together_are_both_births(text: str, held: bool) -> None:
    """Of two known children, the son and the daughter named together: each birth, whichever
    of them is older."""
    assert at_births(said(text, TWO)) == {1: held, 2: held}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("none of the births", "statement"),
        ("none of them, we always worked", "statement"),
        ("neither birth", "statement"),
        ("nope none of them", "confirmation"),
        ("nah never", "confirmation"),
    ],
)
def test_none_of_the_births_is_a_full_answer(text: str, kind: str) -> None:
    """A bare no (nope, nah) is a confirmation; "none of the births" says the answer in full."""
    got = kinds(text, TWO, "hardship_at_birth")
    assert got == {("hardship_at_birth", None): (False, kind)}


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("dibao from 2019 until now, our 2 kids born 2020 and 2023 so both on it", {1: 1, 2: 1}),
        (
            "we were on tekun from 2017 to 2021, the eldest born 2018 and the second 2023",
            {1: 1, 2: 0},
        ),
        ("shiyejin from 2019 till 2022. laoda born 2020, laoer 2024", {1: 1, 2: 0}),
        ("dibao 2019-2022, laoda born 2020", {1: 1}),
    ],
)
def test_births_told_by_year_against_the_years_a_benefit_was_held(
    text: str, answers: dict[int, int]
) -> None:
    """Born in a year between the benefit's first and last: yes; before or after: no; the end
    year of the time is no birth year."""
    got = said(text, JINAN)
    assert at_births(got) == {k: bool(v) for k, v in answers.items()}
    assert len([k for k in got if k[0] == "child.birth_date"]) == len(answers)


def test_a_benefit_held_up_to_a_past_year_says_nothing_of_now() -> None:
    got = said(
        "dibao from 2019 to 2023. laoer born 2020 laosan 2022, both while on it. not laoda",
        {"city": "jinan", "children": kids("2016-05", "2020-09", "2022-01")},
    )
    assert at_births(got) == {1: False, 2: True, 3: True}
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "we never was on any benefit when the kids came",
        "no benefit when the children arrived",
        "we had no benefit at all when the kids were born",
    ],
)
def test_no_benefit_when_the_kids_came_is_no_at_every_birth(text: str) -> None:
    assert said(text, TWO) == {("hardship_at_birth", None): False}


def test_a_benefit_from_an_employer_is_no_hardship() -> None:
    assert said("my husband gets a benefit from his company", TWO) == {}


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("laoer and laosan born in dibao years, laoda before", {1: False, 2: True, 3: True}),
        (
            "the younger two were born while we had tekun, the eldest was born before",
            {1: False, 2: True, 3: True},
        ),
        ("dibao when laosan was born, laoda and laoer before that", {1: False, 2: False, 3: True}),
    ],
)
def test_births_named_before_the_benefit_time_just_told_had_none(
    text: str, answers: dict[int, bool]
) -> None:
    assert at_births(said(text, THREE)) == answers


@pytest.mark.parametrize(
    ("text", "known_now", "now"),
    [
        ("i said no dibao but actually we started it in december, so yes we get it", False, True),
        ("i told you no dibao but actually we have it now", False, True),
        ("i said we were on dibao but actually we stopped it last year", True, False),
        ("i said we get tekun but actually it ended in october", True, False),
    ],
)
def test_a_benefit_named_only_in_the_slip_is_the_it_put_right(
    text: str, known_now: bool, now: bool
) -> None:
    """The slip ("i said no dibao") is left out, but it names the benefit "it" speaks of."""
    known = {"city": "jinan", "hardship_now": known_now, "children": kids("2024-05")}
    assert kinds(text, known) == {("hardship_now", None): (now, "correction")}


@pytest.mark.parametrize(
    "text",
    [
        "which documents for tekun application",
        "what papers for the dibao",
        "which forms do we fill for shiyejin",
    ],
)
def test_which_papers_for_a_benefit_is_a_question(text: str) -> None:
    assert said(text, TWO) == {}


@pytest.mark.parametrize(
    "text",
    ["baby born on dibao", "the baby was born on unemployment benefit", "she was born into tekun"],
)
def test_born_on_a_benefit_is_the_benefit_at_the_birth(text: str) -> None:
    got = said(text, {"city": "jinan", "children": kids("2024-10")})
    assert got == {("hardship_at_birth", None): True}


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("the older one before dibao, the younger one during", {1: False, 2: True}),
        ("our first was born before we got tekun, the second during it", {1: False, 2: True}),
        ("the eldest came before dibao, the second in the middle of it", {1: False, 2: True}),
    ],
)
def test_a_birth_before_the_benefit_and_one_during_it(text: str, answers: dict[int, bool]) -> None:
    assert at_births(said(text, TWO)) == answers


@pytest.mark.parametrize(
    "text",
    [
        "we were on tekun 2016-2020 and both kids born in that time",
        "dibao 2017 to 2023, both kids born in that time",
    ],
)
def test_the_years_a_benefit_was_held_are_no_birth_years(text: str) -> None:
    got = said(text, TWO)
    assert not any(fact == "child.birth_date" for fact, _ in got)
    assert got[("hardship_at_birth", None)] is True


@pytest.mark.parametrize("text", ["neither of them", "neither, we both worked"])
def test_neither_answers_no_for_every_birth(text: str) -> None:
    got = kinds(text, TWO, "hardship_at_birth")
    assert got == {("hardship_at_birth", None): (False, "statement")}


@pytest.mark.parametrize(
    "text",
    [
        "the baby 5 months, we on dibao that time",
        "our son is 3, we had tekun at that time",
        "my grandson 2 years old, his parents on shiyejin back then",
    ],
)
def test_that_time_after_a_childs_age_is_the_birth(text: str) -> None:
    got = said(text, JINAN)
    assert got[("hardship_at_birth", None)] is True
    assert ("hardship_now", None) not in got


def test_the_benefit_now_after_a_childs_age_stays_now() -> None:
    got = said("the baby 5 months, we on dibao now", JINAN)
    assert got[("hardship_now", None)] is True
    assert ("hardship_at_birth", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "our kid 2 years old, born while husband got unemployment money",
        "she was born while my wife was on dibao",
        "born while hubby on shiyejin",
    ],
)
def test_born_while_a_parent_had_the_benefit(text: str) -> None:
    got = said(text, {"city": "jinan", "children": kids("2022-12")})
    assert got.get(("hardship_at_birth", None)) is True
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "dibao came after both kids were born",
        "tekun only kicked in after the kids were born",
    ],
)
def test_a_benefit_after_every_birth_is_none_at_them(text: str) -> None:
    got = said(text, TWO)
    assert got[("hardship_at_birth", None)] is False


@pytest.mark.parametrize(
    "text",
    [
        "with the first we had nothing, with the second we on dibao",
        "for our eldest we got nothing, for the second one tekun",
    ],
)
def test_nothing_for_one_birth_before_the_benefit_of_the_next(text: str) -> None:
    assert at_births(said(text, TWO)) == {1: False, 2: True}
