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
