"""Readings fixed in session t25u, each as a class of wording: an elder child beside a multiple
birth told by age, a city said last or bare, and hardship at the births of named children."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)
said = reading(TODAY)
JINAN = {"city": "jinan"}


# --- an elder child beside twins or triplets told by their age: the family's count ------------
# README: "the elder child and the multiple birth together" states child_count (zh-5801).


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("俺家龙凤胎三岁半了 上头还有个姐姐上初一", 3),
        ("双胞胎女儿两岁了 上面还有个哥哥上小学", 3),
        ("双胞胎儿子八个月了 上边还有个姐姐", 3),
        ("三胞胎刚满一岁 上面还有个哥哥在上幼儿园", 4),
    ],
)
def test_an_elder_beside_multiples_of_an_age_gives_the_count(text: str, count: int) -> None:
    assert said(text, JINAN)[("child_count", None)] == count


def test_multiples_of_an_age_alone_give_only_their_own_count() -> None:
    got = said("双胞胎两岁了 想问问补贴", JINAN)
    assert got.get(("child_count", None)) in (None, 2)


# --- "the youngest one", "the eldest one": the child named, not an age of one ----------------

THREE = {"city": "jinan", "children": [{"birth_date": "2019-03"}, {"birth_date": "2022-07"},
                                       {"birth_date": "2026-10"}]}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "only for the youngest one, 特困 at that time. laoda and laoer no",
        "just the youngest one, we were on dibao then",
        "only the new one, the other two no",
    ],
)
def test_the_youngest_one_is_that_child_not_an_age(text: str) -> None:
    got = said(text, THREE, "hardship_at_birth")
    assert not any(fact == "child.birth_date" for fact, _ in got)
    assert got[("child.hardship_at_birth", 3)] is True


def test_the_eldest_one_is_that_child_and_its_age_still_read() -> None:
    got = said("the eldest one is six, the youngest is two", {})
    assert got[("child.birth_date", 1)] == "2020-06"
    assert got[("child.birth_date", 2)] == "2024-06"


# --- "when she's born": a benefit at the birth to come, with the verb shortened ----------------


@pytest.mark.parametrize(
    "text",
    [
        "baby due in february. if my husband is on unemployment benefit when she's born, do we get extra?",
        "if we're still on dibao when they're born, is there more money?",
        "what if i'm on tekun when he's born",
    ],
)
def test_a_benefit_when_the_baby_is_born_told_short_is_at_the_birth(text: str) -> None:
    got = said(text, JINAN)
    assert got[("hardship_at_birth", None)] is True
    assert ("hardship_now", None) not in got


# --- a benefit "while pregnant and when he was born": that past time and the birth, no pregnancy --


@pytest.mark.parametrize(
    "text",
    [
        "my grandson is 4 months. his mum got the 失业金 while pregnant and when he was born, it ended last month",
        "her mum had dibao while pregnant and when she was born, stopped in the summer",
        "we got tekun while she was pregnant and also when the baby was born. it ended in october",
    ],
)
def test_a_benefit_while_pregnant_and_at_the_birth_is_no_pregnancy_now(text: str) -> None:
    got = said(text, JINAN)
    assert not any(fact == "child.due_date" for fact, _ in got)
    assert got[("hardship_at_birth", None)] is True
    assert got[("hardship_now", None)] is False


def test_a_pregnancy_now_beside_a_past_quit_is_still_read() -> None:
    got = said("worked 5 years as a nurse, quit when i got pregnant. 6 months along", JINAN)
    assert ("child.due_date", 1) in got


# --- 刚生的这对双胞胎 of the twins known born weeks ago: those twins, not a second pair -------------

TWINS_LAST_MONTH = {"city": "beijing", "children": [{"birth_date": "2016-01"},
                    {"birth_date": "2026-10"}, {"birth_date": "2026-10"}]}  # fmt: skip
TRIPLETS_LAST_MONTH = {"city": "jinan", "children": [{"birth_date": "2026-11"}] * 3}


@pytest.mark.parametrize(
    "text",
    [
        "大的那会儿没有 刚生的这对双胞胎赶上了 他爸三月份就开始领失业金",
        "老大那会儿没领 刚生的双胞胎赶上了",
        "刚生的这对双胞胎那会儿领着低保",
    ],
)
def test_the_twins_just_born_are_the_twins_known(text: str) -> None:
    got = said(text, TWINS_LAST_MONTH, "hardship_at_birth")
    assert not any(fact == "child.birth_date" for fact, _ in got)
    assert got[("child.hardship_at_birth", 2)] is True
    assert got[("child.hardship_at_birth", 3)] is True


def test_the_triplets_just_born_are_the_triplets_known() -> None:
    got = said("刚生的三胞胎赶上了 领着低保", TRIPLETS_LAST_MONTH, "hardship_at_birth")
    assert not any(fact == "child.birth_date" for fact, _ in got)
    assert {got.get(("child.hardship_at_birth", o)) for o in (1, 2, 3)} == {True}


def test_twins_just_born_years_after_known_twins_are_new() -> None:
    known = {"children": [{"birth_date": "2016-01"}, {"birth_date": "2024-10"},
                          {"birth_date": "2024-10"}]}  # fmt: skip
    got = said("刚生了一对双胞胎", known)
    assert ("child.birth_date", 4) in got and ("child.birth_date", 5) in got
