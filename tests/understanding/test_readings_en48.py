"""English messages of batch 48 and others like them: babies of one birth counted by sex with
"together" or "at once" beside an elder child ("then two girls together last march"), one birth date
said of both children ("both girls born 2020/6/1"), triplets named with their word before a noun
("his triplet sisters"), the children born counted as "the other 2" beside the one due, "just the 1"
answering the children question, two kinds of cover compared in a question, a date put right of
known twins naming neither, "the 1st" after a month that is the first child, twins said to be had
already beside a pregnancy, and a child alone after "this year" or "last year": the household, what
the citizen wrote, and the facts the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family, kids

JINAN = {"city": "jinan"}
facts = facts_on(date(2024, 1, 17))


# "then two girls together last march", "3 boys at once": the babies counted by sex are one
# birth, twins or triplets; beside an elder child the family's count is both (README: a single
# child and a multiple birth told together state the count).
@pytest.mark.parametrize(
    ("text", "elder", "group", "count"),
    [
        ("eldest born '19, then two girls together last march", "2019", "2023-03", 3),
        ("eldest born 2019, then two boys at once in 2022", "2019", "2022", 3),
        ("a boy in 2019 and then three girls together in 2022", "2019", "2022", 4),
        ("our daughter was born 2018 and then two sons at once in 2021", "2018", "2021", 3),
        ("first a girl in 2017, then 2 boys at the same time in 2020", "2017", "2020", 3),
        ("our son 2019 then 3 girls in one go last march", "2019", "2023-03", 4),
    ],
)
def test_babies_born_together_beside_an_elder_are_a_multiple_birth(
    text: str, elder: str, group: str, count: int
) -> None:
    got = facts(text, JINAN)
    assert ("child.birth_date", 1, elder, "statement") in got
    for order in range(2, count + 1):
        assert ("child.birth_date", order, group, "statement") in got
    assert ("child_count", None, count, "statement") in got


def test_two_babies_together_alone_are_the_twins_counted() -> None:
    assert facts("two girls together last march", JINAN) == {
        ("child.birth_date", 1, "2023-03", "statement"),
        ("child.birth_date", 2, "2023-03", "statement"),
        ("child_count", None, 2, "statement"),
    }


def test_kids_a_couple_has_together_are_no_twins() -> None:
    assert facts("we have 2 kids together", JINAN) == {("child_count", None, 2, "statement")}


# "both girls born 2020/6/1": one birth date said of both children is the date of each.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("both girls born 2020/6/1, childrens day haha. no other kids", "2020-06-01"),
        ("both boys born on 2021-03-05", "2021-03-05"),
        ("both kids born 2019.5.3", "2019-05-03"),
        ("both our girls were born 2020/6/1", "2020-06-01"),
        ("the two boys were both born in march 2021", "2021-03"),
        ("both girls born last june", "2023-06"),
        ("our two daughters were born on 12 may 2019", "2019-05-12"),
    ],
)
def test_one_date_said_of_both_children_is_each_ones(text: str, day: str) -> None:
    got = facts(text, JINAN)
    assert ("child.birth_date", 1, day, "statement") in got
    assert ("child.birth_date", 2, day, "statement") in got


def test_both_children_with_a_date_each_keep_their_own() -> None:
    got = facts("both kids born 2019.3.5 and 2021.8.9", {"city": "jinan"})
    assert ("child.birth_date", 1, "2019-03-05", "statement") in got
    assert ("child.birth_date", 2, "2021-08-09", "statement") in got
    assert ("child.birth_date", 3, "2021-08-09", "statement") not in got


def test_both_children_born_in_a_place_have_no_date() -> None:
    got = facts("both kids were born in beijing hospital", family("2019-03", "2021-08"))
    assert not any(f[0] == "child.birth_date" for f in got)


# "his triplet sisters", "triplet boys": triplets, as "twin sisters" are twins.
@pytest.mark.parametrize(
    ("text", "elder", "group"),
    [
        ("our son is 3 and his triplet sisters were born last october", "2020-07", "2023-10"),
        ("my daughter is 3, her triplet brothers were born last october", "2020-07", "2023-10"),
        ("a girl of 3 and triplet boys born last october", "2020-07", "2023-10"),
    ],
)
def test_triplets_named_before_a_noun_are_three(text: str, elder: str, group: str) -> None:
    got = facts(text, JINAN)
    assert ("child.birth_date", 1, elder, "statement") in got
    assert {("child.birth_date", n, group, "statement") for n in (2, 3, 4)} <= got
    assert ("child_count", None, 4, "statement") in got


def test_triplet_boys_alone_are_three_births_of_a_day() -> None:
    got = facts("triplet boys born 2 weeks ago", JINAN)
    assert {f[1] for f in got if f[0] == "child.birth_date"} == {1, 2, 3}


# "due next month with our 3rd, the other 2 are 6 and 4": the children born, counted beside the
# one on the way.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("i'm due next month with our 3rd, the other 2 r 6 and 4", 2),
        ("pregnant with our 4th, the other 3 are 8, 5 and 2", 3),
        ("expecting our third in june, the other two kids are 6 and 4", 2),
        ("3 months pregnant with our 3rd, the older 2 are 7 and 5", 2),
        ("baby 3 due in march, the other two were born 2018 and 2020", 2),
    ],
)
def test_the_other_ones_beside_a_pregnancy_are_the_children_born(text: str, count: int) -> None:
    assert ("child_count", None, count, "statement") in facts(text, JINAN)


# "just the 1, born last october", answering the children question: one child.
@pytest.mark.parametrize(
    "text",
    [
        "just the 1, born last october",
        "only the 1, she's 3",
        "just the 1 boy, 5",
        "only the 1 so far, born 2023.10",
        "just the one",
        "just the one. he's 2yo, 2 and a half actually",
        "just the 1. born last october",
    ],
)
def test_just_the_1_answers_one_child(text: str) -> None:
    assert ("child_count", None, 1, "statement") in facts(text, JINAN, asked="children")


# Two kinds of cover weighed in a question: no one's cover told.
@pytest.mark.parametrize(
    "text",
    [
        "whats the difference between resident medical and employee maternity for the delivery bill",
        "employee maternity vs resident medical - which pays more for a c-section",
        "which is better, flexible employment insurance or resident medical?",
        "resident medical or employee maternity, which covers more of the birth",
        "compare resident medical and maternity insurance",
        "职工医保和居民医保有什么区别",
        "居民医保跟灵活就业的生育险哪个报得多",
    ],
)
def test_two_kinds_of_cover_compared_state_none(text: str) -> None:
    assert facts(text, {}) == set()


def test_a_cover_held_beside_another_named_is_still_held() -> None:
    assert facts("my wife is on resident medical, not employee maternity", {}) == {
        ("birth_insurance", None, "resident_medical", "statement")
    }


# A birth date put right naming no child, of known twins: the date of both (of the twins only,
# when an elder child is known too).
TWINS = {"city": "beijing", "children": kids("2024-10-08", "2024-10-08")}


@pytest.mark.parametrize(
    "text",
    [
        "sorry i meant 24.10.9, they came just after midnight",
        "sorry i meant 24.10.9",
        "actually it was 2024.10.9, not the 8th",
        "wait no, they were born on 9 oct 2024",
        "correction: 2024/10/9",
    ],
)
def test_a_date_put_right_of_known_twins_is_both_of_theirs(text: str) -> None:
    assert facts(text, TWINS, date(2025, 2, 20)) == {
        ("child.birth_date", 1, "2024-10-09", "correction"),
        ("child.birth_date", 2, "2024-10-09", "correction"),
    }


@pytest.mark.parametrize(
    "text", ["wait no it was 4 weeks ago not 3", "sorry, they were born 4 weeks ago not 3"]
)
def test_an_age_put_right_of_known_twins_beside_an_elder_is_the_twins(text: str) -> None:
    known = {"city": "beijing", "children": kids("2019-05", "2025-11-05", "2025-11-05")}
    assert facts(text, known, date(2025, 11, 26)) == {
        ("child.birth_date", 2, "2025-10-29", "correction"),
        ("child.birth_date", 3, "2025-10-29", "correction"),
    }


def test_a_date_put_right_of_one_child_named_is_that_childs() -> None:
    assert facts("sorry, my son was born 24.10.9", TWINS, date(2025, 2, 20)) == {
        ("child.birth_date", 1, "2024-10-09", "correction")
    }


# "our 2nd was born last october, the 1st 2018.9": "the 1st" after a month, its own birth or age
# told next, is the first child, not the first of october.
@pytest.mark.parametrize(
    ("text", "second", "first"),
    [
        ("our 2nd was born last october, the 1st 2018.9", "2025-10", "2018-09"),
        ("our 2nd was born in october 2025, the 1st in 2018", "2025-10", "2018"),
        ("our 3rd came last june, the 2nd 2021.4 and the 1st 2018.9", "2026-06", "2018-09"),
    ],
)
def test_the_1st_after_a_month_is_the_first_child(text: str, second: str, first: str) -> None:
    got = facts(text, JINAN, date(2026, 7, 21))
    assert ("child.birth_date", 1, first, "statement") in got
    assert (
        "child.birth_date",
        3 if "3rd" in text else 2,
        second,
        "statement",
    ) in got


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("born on october the 1st", "2025-10-01"),
        ("born last october, the 1st", "2025-10-01"),
        ("last december we had the baby, the 29th", "2025-12-29"),
    ],
)
def test_the_day_after_a_month_is_still_a_day(text: str, day: str) -> None:
    assert facts(text, JINAN, date(2026, 7, 21)) == {("child.birth_date", 1, day, "statement")}


# "expecting in december, we have twins already who are 5": the twins are born, the baby due is
# the next one.
@pytest.mark.parametrize(
    ("text", "twins", "due"),
    [
        (
            "expecting in december, we have twins already who are 5, no other kids",
            "2021-01",
            "2026-12",
        ),
        ("expecting in december, we have twins already, 5 years old", "2021-01", "2026-12"),
        ("due in march, we already have twins who are 3", "2023-01", "2027-03"),
        ("expecting in june, have 2yo twins already", "2024-01", "2027-06"),
        ("due in december, we have twins who are 5", "2021-01", "2026-12"),
        ("expecting in december. our twins are 5", "2021-01", "2026-12"),
        ("expecting in december, already got twins of 5", "2021-01", "2026-12"),
    ],
)
def test_twins_had_already_beside_a_pregnancy_are_born(text: str, twins: str, due: str) -> None:
    got = facts(text, JINAN, date(2026, 7, 21))
    assert ("child.birth_date", 1, twins, "statement") in got
    assert ("child.birth_date", 2, twins, "statement") in got
    assert ("child.due_date", 3, due, "statement") in got


@pytest.mark.parametrize(
    "text", ["expecting in december, twins!", "expecting again, twins are 3 months along"]
)
def test_twins_named_beside_a_pregnancy_are_still_the_ones_due(text: str) -> None:
    got = facts(text, JINAN, date(2026, 7, 21))
    assert {f[1] for f in got if f[0] == "child.due_date"} == {1, 2}
    assert not any(f[0] == "child.birth_date" for f in got)


# "the year before last our son, this year twins": a child alone after "this year" or "last
# year" was born that year.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("last year a girl", {1: 2025}),
        ("this year a boy", {1: 2026}),
        ("last year twins", {1: 2025, 2: 2025}),
        ("the year before last our son, this year twins", {1: 2024, 2: 2026, 3: 2026}),
        ("our son in 2019, this year twins", {1: 2019, 2: 2026, 3: 2026}),
        ("a girl in 2019, last year triplets", {1: 2019, 2: 2025, 3: 2025, 4: 2025}),
        ("儿子前年 今年双胞胎", {1: 2024, 2: 2026, 3: 2026}),
    ],
)
def test_a_child_alone_after_this_or_last_year_was_born_then(
    text: str, born: dict[int, int]
) -> None:
    got = facts(text, {}, date(2026, 11, 16))
    assert {f[1]: f[2] for f in got if f[0] == "child.birth_date"} == {
        k: str(v) for k, v in born.items()
    }


def test_this_year_beside_a_childs_doing_is_no_birth() -> None:
    assert facts("this year our son starts school", {}, date(2026, 11, 16)) == set()
