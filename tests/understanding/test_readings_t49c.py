"""Readings of fix-t49c (testers 47 and 48): a pregnancy put right as a later child beside the
ages of the children born ("its actually my third, we have two already (7 and 2)"): the
household, what the citizen wrote, and the facts the assistant takes from it. Today is
1 December 2026 in China."""

from datetime import date

import pytest

from tests.understanding.readings import reading

said = reading(date(2026, 12, 1))

# Tester 48 c05: Jinan, first told "pregnant with my second, due 2027.3": the eldest undated,
# the 2nd due March 2027.
SECOND_DUE: dict[str, object] = {"city": "jinan", "children": [{}, {"due_date": "2027-03"}]}


@pytest.mark.parametrize(
    "text",
    [
        "its actually my third, we have two already (7 and 2). does that change the loan?",
        "sorry it's my third, we already have 2 kids (2 and 7)",
        "we have 2 already, 7 and 2, this is my third",
        "no it's my 3rd baby, I have 2 kids already, a 7 year old and a 2 year old",
        "my mistake, this is our third. we have two kids already: 7 and 2",
        "不对 是老三 家里已经俩了 7岁和2岁",
        "不对 这是老三 已经有俩孩子了（7岁和2岁）",
    ],
)
def test_the_children_already_born_come_first_by_age_and_the_baby_due_is_the_third(
    text: str,
) -> None:
    """The ages of the children "already" had are the born ones, eldest first (7 is the 1st,
    2 the 2nd); the baby due in March 2027 is the 3rd, its due date kept."""
    got = said(text, SECOND_DUE)
    assert got[("child.birth_date", 1)] == "2019-06", got
    assert got[("child.birth_date", 2)] == "2024-06", got
    assert got[("child.due_date", 3)] == "2027-03", got
    assert ("child.birth_date", 3) not in got, got


def test_the_third_put_right_without_ages_moves_the_baby_due() -> None:
    """ "oh wait its actually my third, we have 2 already": two born, the baby due the 3rd."""
    got = said("oh wait its actually my third, we have 2 already", SECOND_DUE)
    assert got[("child_count", None)] == 2, got
    assert got[("child.due_date", 3)] == "2027-03", got
    assert ("child.birth_date", 2) not in got and ("child.due_date", 2) not in got, got


# Tester 47 c10: Jinan, hukou moving in January 2027, the eldest undated, the 2nd born August
# 2025; nobody is pregnant.
SECOND_BORN_AUG_2025: dict[str, object] = {
    "city": "jinan",
    "hukou_in_city": False,
    "children": [{}, {"birth_date": "2025-08"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "and the total from Jan 2027 till she turns 3, how much?",
        "from march 2027 until he turns 3 how much in total",
        "so from 2027.1 until she's 3?",
        "from jan 2027 to aug 2028 how much is it",
        "那从明年1月到她满3岁一共多少钱",
        "从2027年1月到孩子满3岁 能领多少",
    ],
)
def test_a_time_from_a_month_until_an_age_is_no_birth(text: str) -> None:
    """The months a payment runs ("from Jan 2027 till she turns 3") are no due date of another
    child and no age of a child now."""
    got = said(text, SECOND_BORN_AUG_2025)
    assert not [k for k in got if k[0] in ("child.due_date", "child.birth_date", "child_count")], (
        got
    )


# The same family with the 3rd child "due January 2027" wrongly noted.
THIRD_MADE_UP: dict[str, object] = {
    **SECOND_BORN_AUG_2025,
    "children": [{}, {"birth_date": "2025-08"}, {"due_date": "2027-01"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "there is no 3rd child!! I meant our 2nd, born Aug 2025, if hukou moves Jan 2027",
        "we do not have a 3rd child and nobody is pregnant",
        "there's no third kid",
        "nobody is pregnant",
        "no we only have two kids",
        "没有老三",
        "我们就俩孩子",
    ],
)
def test_a_child_denied_is_removed(text: str) -> None:
    """ "there is no 3rd child!!", 没有老三, "we only have two kids": the 3rd child goes; no due
    date of it is kept or read again."""
    got = said(text, THIRD_MADE_UP)
    assert got.get(("child.on_the_way", 3)) is False, got
    assert ("child.due_date", 3) not in got, got


@pytest.mark.parametrize(
    "text", ["we only have 2 kids so far", "we only have 2 kids, the third is due in january"]
)
def test_only_the_children_so_far_keeps_the_baby_on_the_way(text: str) -> None:
    got = said(text, THIRD_MADE_UP)
    assert ("child.on_the_way", 3) not in got, got


# Tester 47 c05: Jinan, "pregnant with our second, due in March", the husband on unemployment
# benefit now; the bot asked whether the family will be on such benefits at the birth.
SECOND_DUE_MARCH: dict[str, object] = {
    "city": "jinan",
    "hardship_now": True,
    "children": [{}, {"due_date": "2027-03"}],
}


def test_pregnant_with_our_second_due_in_march_is_the_second_due_next_march() -> None:
    got = said("I'm pregnant with our second, due in March, we're in Jinan", {})
    assert got[("child.due_date", 2)] == "2027-03", got
    assert ("child.birth_date", 1) not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "probably yes he'll still be on it in March. so how much would the baby get in total? "
        "and what about leave for me and him",
        "yes he'll still be on it in March",
        "probably yes. so how much would the baby get in total?",
        "yeah he's still on it in march",
    ],
)
def test_a_benefit_still_held_in_the_due_month_is_a_yes_and_no_birth(text: str) -> None:
    """ "he'll still be on it in March": on the benefit at the birth due in March (clause 12's
    +200), never the eldest born March 2026."""
    got = said(text, SECOND_DUE_MARCH, "hardship_at_birth")
    assert got.get(("hardship_at_birth", None)) is True, got
    assert not [k for k in got if k[0] in ("child.birth_date", "child.due_date")], got
