"""English messages of batch 51 and others like them: an age of "N and a half" said before the
child's word ("a 3 and a half year old", "4 and a half yr old twin girls", "a 3-and-a-half-year-old"),
two children counted and then said to be twins ("two 4 yr old girls (twins)", "2 boys aged 3,
twins"), the only child named as "our only one" or "my only baby", a relative year or month typed
short ("next yr", "the yr before last", "last mth"), and hardship at the birth of the only child
named by a pronoun after the child's birth was told by a kinship word ("my son was born 22.11.3,
we were on dibao when he was born"): the household, what the citizen wrote, and the facts the
assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

JINAN = {"city": "jinan"}
facts = facts_on(date(2026, 3, 5))


# "a 10 month old and a 3 and a half year old": "N and a half year old" is N years and a half
# (not "half a year old"), one age, one child, however it is written.
@pytest.mark.parametrize(
    ("text", "older", "younger"),
    [
        ("a 10 month old and a 3 and a half year old", "2022-09", "2025-05"),
        ("a 3 and a half year old and a 10 month old", "2022-09", "2025-05"),
        ("a 10-month-old and a 3-and-a-half-year-old", "2022-09", "2025-05"),
        ("a 2 and a half year old boy and a 5 year old girl", "2020-09", "2023-09"),
        ("my 6 and a half year old and my 2 year old", "2019-09", "2023-09"),
        ("a 5 and a half yo and a 2 yo", "2020-09", "2023-09"),
        ("a 5 and a half yr old boy and a 7 month old girl", "2020-09", "2025-08"),
    ],
)
def test_an_age_and_a_half_before_the_child_is_years(text: str, older: str, younger: str) -> None:
    got = facts(text, JINAN)
    assert ("child.birth_date", 1, older, "statement") in got
    assert ("child.birth_date", 2, younger, "statement") in got
    assert not any(fact == "child_count" for fact, *_ in got)  # "my 6 …" counts no one


def test_three_children_with_an_age_and_a_half_among_them() -> None:
    got = facts("we have a 7 and a half year old, a 4 year old and a newborn", JINAN)
    assert {c for f, c, *_ in got if f == "child.birth_date"} == {1, 2, 3}
    assert ("child.birth_date", 1, "2018-09", "statement") in got


def test_one_child_of_an_age_and_a_half_is_no_count_of_one() -> None:
    got = facts("our 1 and a half year old daughter", JINAN)
    assert got == {("child.birth_date", 1, "2024-09", "statement")}


def test_half_a_year_old_is_still_six_months() -> None:
    assert ("child.birth_date", 1, "2025-09", "statement") in facts(
        "a half-year-old baby girl", JINAN
    )


# "4 and a half yr old twin girls and their baby bro", "two 4 and a half yr old girls (twins)":
# the pair, then the younger one: three children.
@pytest.mark.parametrize(
    ("text", "twins", "third"),
    [
        (
            "two 4 and a half yr old girls (twins) and their baby bro who's 6 wks",
            "2021-09",
            "2026-01-22",
        ),
        ("two 4 yr old girls (twins) and their baby bro who's 6 wks", "2021-09", "2026-01-22"),
        ("4 and a half yr old twin girls and their baby bro who's 6 wks", "2021-09", "2026-01-22"),
        ("4 and a half year old twin boys and a baby sister of 3 months", "2021-09", "2025-12"),
        ("2 boys aged 3, twins, and a baby sister 2 months", "2022-09", "2026-01"),
        ("two 5 year old boys who are twins and a 1 year old girl", "2020-09", "2024-09"),
        ("two boys aged 6 (twins) and a daughter of 2", "2019-09", "2023-09"),
    ],
)
def test_two_said_to_be_twins_beside_a_younger_one(text: str, twins: str, third: str) -> None:
    got = facts(text, JINAN)
    assert ("child.birth_date", 1, twins, "statement") in got
    assert ("child.birth_date", 2, twins, "statement") in got
    assert ("child.birth_date", 3, third, "statement") in got
    assert ("child_count", None, 3, "statement") in got


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("two 4yo girls (twins)", "2021-09"),
        ("2 grandsons (identical twins), 7 yrs old", "2018-09"),
        ("two 8 month old babies (twins)", "2025-07"),
        ("two 4 and a half yr old girls (twins)", "2021-09"),
    ],
)
def test_two_said_to_be_twins_are_a_pair(text: str, born: str) -> None:
    got = facts(text, JINAN)
    assert ("child.birth_date", 1, born, "statement") in got
    assert ("child.birth_date", 2, born, "statement") in got


# "our only one came last november": the one child there is, named as the only one.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("our only one came last november", "2025-11"),
        ("our only one was born last november", "2025-11"),
        ("my only baby arrived 2 weeks ago", "2026-02-19"),
        ("our one and only came last november", "2025-11"),
        ("we had our only one in 2023", 2023),
        ("our only one, born in june 2024", "2024-06"),
    ],
)
def test_our_only_one_is_one_child(text: str, born: object) -> None:
    got = facts(text, {"city": "beijing"})
    assert ("child_count", None, 1, "statement") in got
    assert ("child.birth_date", 1, str(born), "statement") in {
        (f, c, str(v), k) for f, c, v, k in got
    }


@pytest.mark.parametrize(
    "text",
    [
        "our only one is due in may",
        "our only one question is about the subsidy",
        "our only income is my salary",
    ],
)
def test_our_only_other_thing_counts_no_child(text: str) -> None:
    assert not any(f == "child_count" for f, *_ in facts(text, {"city": "beijing"}))


# "next yr", "the yr before last", "last mth": a relative year or month typed short.
ONE_CHILD = family("2021-07")


@pytest.mark.parametrize(
    "text",
    [
        "if we had a 2nd one next yr would we get the 600 a month?",
        "what if we have another baby next yr",
        "if we had a 2nd one nxt yr would we get the 600 a month?",
        "would we get the 600 if our 2nd came next yr?",
    ],
)
def test_a_birth_next_yr_asked_about(text: str) -> None:
    got = facts(text, ONE_CHILD, today=date(2024, 5, 9))
    assert ("child.due_date", 2, "2025", "question") in got


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("our 2nd was born last yr", "child.birth_date", "2023"),
        ("our second was born the yr before last", "child.birth_date", "2022"),
        ("the 2nd was born 2 yrs ago", "child.birth_date", "2022-05"),
        ("second one born last mth", "child.birth_date", "2024-04"),
        ("due next mth with our 2nd", "child.due_date", "2024-06"),
    ],
)
def test_a_relative_year_or_month_typed_short(text: str, fact: str, value: str) -> None:
    assert (fact, 2, value, "statement") in facts(text, ONE_CHILD, today=date(2024, 5, 9))


# "my son was born 22.11.3, we were on dibao when he was born": the only child's birth named by a
# pronoun is "the birth" (README), even after the child's own birth was told by a kinship word;
# named again by the kinship word, or as "then", it is that child's.
@pytest.mark.parametrize(
    "text",
    [
        "my son was born 22.11.3, we were on dibao when he was born and still are",
        "my daughter was born in nov 2022, we got dibao when she was born",
        "our son was born in 2022 and when he was born we had dibao",
        "my grandson was born 2023.4.5, his mum was on tekun when he was born",
        "granddaughter born 2023, her mum got shiyejin when she was born, not now",
    ],
)
def test_the_only_childs_birth_by_a_pronoun_is_the_birth(text: str) -> None:
    got = facts(text, JINAN, today=date(2025, 2, 12))
    assert ("hardship_at_birth", None, True, "statement") in got
    assert not any(f == "child.hardship_at_birth" for f, *_ in got)


@pytest.mark.parametrize(
    "text",
    [
        "my son was born 22.11.3, we were on dibao then",
        "my son was born 22.11.3, we were on dibao when my son was born",
    ],
)
def test_the_only_childs_birth_by_its_kinship_word_is_that_childs(text: str) -> None:
    got = facts(text, JINAN, today=date(2025, 2, 12))
    assert ("child.hardship_at_birth", 1, True, "statement") in got
