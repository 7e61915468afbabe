"""Children counted by a dialect word (俩宝, 俩妮儿), bare ages beside ages in months, the days of a
birth (生二宝那几天) and a pregnancy's stage asked about: a household, what the citizen wrote, and
the facts the assistant takes from it (the wordings of corpus batch zh_38 and others like them)."""

from datetime import date

import pytest

from understanding import understand

Fact = tuple[str, int | None, object, str]
TWO_KIDS = {"city": "jinan", "children": [{"birth_date": "2016-07"}, {"birth_date": "2020-07"}]}
TODAY = date(2026, 7, 30)


def facts(text: str, known: dict[str, object] | None, asked: str | None, today: date) -> set[Fact]:
    """(fact, child, value, kind) read from one message, approximate dates at month precision."""
    return {(u.fact, u.child, u.value, u.kind) for u in understand(text, known or {}, asked, today)}


def births(text: str, known: dict[str, object] | None = None) -> dict[int | None, object]:
    """The birth dates a message gives, by birth order."""
    got = facts(text, known, None, TODAY)
    return {c: v for f, c, v, _ in got if f == "child.birth_date"}


def count(text: str, known: dict[str, object] | None = None) -> object:
    """The number of children a message gives, or None."""
    got = facts(text, known, None, TODAY)
    return next((v for f, _, v, _ in got if f == "child_count"), None)


# 俩宝, 两宝, 仨妞, 俩妮儿: a count word before a word that after a numeral names an order (二宝,
# 二妞) counts the children; the eldest and youngest of them are read by order.
@pytest.mark.parametrize(
    ("text", "children", "expected"),
    [
        ("俩宝 大宝２０２２年 二宝２０２５年５月 俺在济南", 2, {1: "2022", 2: "2025-05"}),
        ("家里两宝 大的5岁 小的1岁", 2, {1: "2021-01", 2: "2025-01"}),
        ("俩妮儿 大妮儿十岁 小妮儿两岁半", 2, {1: "2016-01", 2: "2024-01"}),
        ("俺家仨妞 大妞十二 小妞才八个月", 3, {1: "2014-01", 3: "2025-11"}),
        ("仨闺女 大闺女十二 小闺女才八个月", 3, {1: "2014-01", 3: "2025-11"}),
        ("两宝宝都上幼儿园了", 2, {}),
    ],
)
def test_children_counted_by_a_dialect_word(text: str, children: int, expected: dict) -> None:
    assert count(text) == children
    assert births(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "二宝五个月了",  # the second child, no count
        "两宝妈问下补贴有多少",  # the mother of two named, no child counted
    ],
)
def test_an_order_or_a_mother_is_no_count(text: str) -> None:
    assert count(text, {"city": "jinan", "children": [{"birth_date": "2016-01"}]}) is None


def test_the_eldest_and_youngest_girl_named_in_dialect_are_known_children() -> None:
    assert births("小妞刚满三岁", TWO_KIDS) == {2: "2023-07"}
    assert births("大妮儿今年十二了 小妮儿五岁", TWO_KIDS) == {1: "2014-01", 2: "2021-01"}


# Babies counted in the womb (怀了俩宝, 怀上两个宝宝) are twins on the way, not children born.
@pytest.mark.parametrize(
    "text", ["怀了俩宝 预产期十月", "怀了俩孩子 预产期十月", "怀了两个宝宝 预产期十月"]
)
def test_babies_counted_in_the_womb_are_twins_on_the_way(text: str) -> None:
    assert facts(text, {}, None, TODAY) == {
        ("child.due_date", 1, "2026-10", "statement"),
        ("child.due_date", 2, "2026-10", "statement"),
    }


# 最大的十一 最小的才七个月, 大的今年十二: a bare number after a child named by order is its age when
# the message tells ages with a unit too (months or days as well as years).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("最大的十一 最小的才七个月", {1: "2015-01", 2: "2025-12"}),
        ("老大9 老二才二十天", {1: "2017-01", 2: "2026-07-10"}),
        ("大的今年十二 小的五岁", {1: "2014-01", 2: "2021-01"}),
        ("老大今年十二了 老二五岁", {1: "2014-01", 2: "2021-01"}),
    ],
)
def test_a_bare_age_beside_ages_with_a_unit(text: str, expected: dict) -> None:
    assert births(text, {"city": "jinan"}) == expected


def test_the_answer_to_the_children_question_with_bare_ages() -> None:
    got = facts("仨 都是闺女 最大的十一 最小的才七个月", {"city": "jinan"}, "children", TODAY)
    assert got == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 1, "2015-01", "statement"),
        ("child.birth_date", 3, "2025-12", "statement"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "老大12 每月交公积金",  # no age with a unit: 12 is not read as an age
        "老大今年5",
    ],
)
def test_a_bare_number_alone_is_no_age(text: str) -> None:
    assert births(text) == {}


def test_a_month_of_this_year_is_still_a_birth_month() -> None:
    assert births("孩子今年3月出生的") == {1: "2026-03"}


# 生二宝那几天, 出生那两天, 那些天, 那段时间: the days of a birth, said of it or after it told.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生二宝那几天正领着失业金 现在不领了", {("hardship_now", None, False, "statement")}),
        ("生老二那两天领着低保", set()),
        ("老二出生那几天家里吃着低保", set()),
        ("生老二那一阵正领着低保", set()),
    ],
)
def test_the_days_of_a_birth_are_that_birth(text: str, expected: set) -> None:
    got = facts(text, TWO_KIDS, None, TODAY)
    assert got == {("child.hardship_at_birth", 2, True, "statement")} | expected


@pytest.mark.parametrize(
    "text", ["老二是上周四生的 那几天正领着失业金", "老二是上周四生的 那段时间家里吃低保"]
)
def test_the_days_after_a_birth_told_are_that_birth(text: str) -> None:
    got = facts(text, {"city": "jinan", "children": [{"birth_date": "2022-01"}]}, None, TODAY)
    assert got == {
        ("child.birth_date", 2, "2026-07-23", "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
    }


def test_each_birth_with_its_own_days() -> None:
    got = facts("老大2019年生的 那几天没领低保 老二前年生的 那阵子领着", {}, None, TODAY)
    assert got == {
        ("child.birth_date", 1, "2019", "statement"),
        ("child.birth_date", 2, "2024", "statement"),
        ("child.hardship_at_birth", 1, False, "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
    }


# 怀孕几个月能建档, 怀孕多久可以办准生证: the stage of any pregnancy asked about, no one pregnant.
@pytest.mark.parametrize(
    "text",
    ["怀孕几个月能去建档", "怀孕多久可以办准生证", "怀孕到几个月能休产假", "怀孕啥时候开始产检"],
)
def test_a_pregnancys_stage_asked_about_states_nothing(text: str) -> None:
    assert facts(text, {}, None, TODAY) == set()


def test_a_pregnancy_told_before_the_stage_asked_stays() -> None:
    assert facts("我老婆怀孕了 怀孕几个月能建档", {}, None, TODAY) == {
        ("child.due_date", 1, None, "statement")
    }
