"""Hardship at each birth told in short answers (老三没赶上, 老大无, 老二那会停了), at a birth named
just before, at the births and now together, and a benefit held in a past year: a household, what
the citizen wrote, and the facts the assistant takes from it (the wordings of corpus batch zh_41
and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading

TODAY = date(2025, 8, 19)
said = reading(TODAY)
TWO_KIDS = {"city": "jinan", "children": kids("2017-03", "2021-05")}
THREE_KIDS = {"city": "jinan", "children": kids("2014-05", "2018-10", "2025-03")}


# Asked about the births: 没赶上 / 赶上了 (the benefit came at that birth or not), 无 (none),
# 停了 (stopped by then) answer for the birth named.
@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("老大老二那会儿都有 老三没赶上", {1: True, 2: True, 3: False}),
        ("老三赶上了 老大老二没有", {3: True, 1: False, 2: False}),
        ("老二有 老大无", {2: True, 1: False}),
        ("老大无 老三有", {1: False, 3: True}),
        ("生老大时候领 老二那会停了", {1: True, 2: False}),
        ("老大那会有 老二老三那阵断了", {1: True, 2: False, 3: False}),
        ("老二没碰上 老三碰上了", {2: False, 3: True}),
    ],
)
def test_short_answers_for_each_birth(text: str, births: dict[int, bool]) -> None:
    got = said(text, THREE_KIDS, asked="hardship_at_birth")
    assert at_births(got) == births
    assert ("hardship_now", None) not in got


# 一七年生的老大 | 生的时候没领: a birth's time naming no child, right after the part telling the
# birth of a child named by order, is that child's birth; 那会领着低保呢 is that time, no question.
@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("一七年生的老大 生的时候没领 二二年生的老二 那会领着低保呢", {1: False, 2: True}),
        ("老大是16年生的 出生那会儿还上着班 老二20年生的 那时候吃着低保呢", {1: False, 2: True}),
        ("老二是前年生的 生的时候没吃低保", {2: False}),
    ],
)
def test_a_birth_time_after_the_birth_of_a_named_child(text: str, births: dict[int, bool]) -> None:
    assert at_births(said(text, {"city": "jinan"})) == births


# 生孩子那会儿和现在都没领过低保: the births and now named together share the answer.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("生孩子那会儿和现在都没领过低保", False),
        ("现在跟生孩子那会儿都领着低保", True),
        ("生孩子的时候以及现在都没吃特困", False),
    ],
)
def test_the_births_and_now_together(text: str, held: bool) -> None:
    got = said(text, {"city": "jinan"})
    assert got[("hardship_at_birth", None)] is held
    assert got[("hardship_now", None)] is held


def test_both_times_for_a_named_birth() -> None:
    got = said("生老二的时候和现在都在吃低保", TWO_KIDS)
    assert at_births(got) == {2: True}
    assert got[("hardship_now", None)] is True


# 失业金是前年领的: a benefit of a past year says nothing of now.
@pytest.mark.parametrize(
    "text", ["失业金是前年领的", "低保是22年领的", "低保那几年吃过", "特困是那年领的"]
)
def test_a_benefit_of_a_past_year_is_not_now(text: str) -> None:
    assert ("hardship_now", None) not in said(text, TWO_KIDS)


def test_a_past_year_then_the_birth_put_right() -> None:
    known = {
        "city": "jinan",
        "children": [*kids("2019-07"), {"birth_date": "2025-02", "hardship_at_birth": True}],
    }
    got = reading(date(2025, 12, 9))("不对不对 失业金是前年领的 生老二的时候已经不领了", known)
    assert got == {("child.hardship_at_birth", 2): False}


# 俺男人才下岗 … 生老二的时候还有工作: a job lost later, work at the birth: no unemployment
# benefit at that birth, though no benefit is named.
@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("老二生下来半年 俺男人才下岗 生老二的时候还有工作", {2: False}),
        ("生老大的时候还上着班 去年才下岗", {1: False}),
        ("孩子他爸今年被裁了 生老二那会儿还有工作", {2: False}),
    ],
)
def test_work_at_a_birth_before_a_job_lost(text: str, births: dict[int, bool]) -> None:
    got = said(text, TWO_KIDS)
    assert at_births(got) == births
    assert ("hardship_now", None) not in got


def test_work_at_the_birth_with_no_job_lost_is_nothing() -> None:
    assert said("生老二的时候还有工作 现在也上班", TWO_KIDS) == {}


# 生这仨的时候, 那俩出生时: the known children pointed at with a count word and no noun are
# counted in passing, as 仨娃 would be; a smaller count is some of them, and 这两天 is a time.
@pytest.mark.parametrize(
    ("text", "known", "count"),
    [
        ("孩子他爷说 生这仨的时候家里都是低保户 现在也是", THREE_KIDS, 3),
        ("那俩出生的时候都没领低保", TWO_KIDS, 2),
        ("这仨出生时都吃着低保", THREE_KIDS, 3),
        ("那俩出生的时候都没领低保", THREE_KIDS, None),
        ("这两天忙 没顾上问 生老二的时候领着低保", TWO_KIDS, None),
    ],
)
def test_the_known_children_pointed_at_and_counted(
    text: str, known: dict[str, object], count: int | None
) -> None:
    assert said(text, known).get(("child_count", None)) == count


# 两个娃一起出来的, 俩孩子一块儿落地的: two children born at one birth are twins, each with the age.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("两个娃一起出来的 到今天四十天", "2025-07-10"),
        ("俩孩子一块儿落地的 三个月了", "2025-05"),
        ("俩闺女是一起出来的 才十天", "2025-08-09"),
    ],
)
def test_two_children_out_together_are_twins(text: str, born: str) -> None:
    got = said(text, {"city": "jinan"})
    assert got[("child_count", None)] == 2
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == born


def test_two_children_not_out_together_are_no_twins() -> None:
    got = said("俩娃不是一起出来的", {"city": "jinan"})
    assert ("child.birth_date", 2) not in got


# 俩都是低保那几年生的: both known children born in the benefit's years, counted in passing.
@pytest.mark.parametrize("text", ["有 俩都是低保那几年生的", "俩都是领失业金那会儿生的"])
def test_both_known_children_born_in_the_benefits_time(text: str) -> None:
    got = said(text, TWO_KIDS, asked="hardship_at_birth")
    assert got[("child_count", None)] == 2
    assert got[("hardship_at_birth", None)] is True


# 一直都在领 | 孩子出生前就开始了: asked about the birth, a benefit held all along that began before
# the birth was held at it.
@pytest.mark.parametrize("text", ["一直都在领 孩子出生前就开始了", "一直在吃 孩子出生之前就吃上了"])
def test_held_all_along_since_before_the_birth(text: str) -> None:
    one_kid = {"city": "beijing", "children": kids("2024-09")}
    got = said(text, one_kid, asked="hardship_at_birth")
    assert got == {("hardship_at_birth", None): True, ("hardship_now", None): True}


# 孩子刚出生那阵还没领: the time just after a birth, no new baby.
@pytest.mark.parametrize(
    "text",
    ["现在家里低收入 在领低保 孩子刚出生那阵还没领", "孩子刚出生的时候没领低保 现在领着"],
)
def test_just_after_the_birth_is_a_time_not_a_newborn(text: str) -> None:
    one_kid = {"city": "jinan", "children": kids("2023-07")}
    got = said(text, one_kid)
    assert got == {("hardship_at_birth", None): False, ("hardship_now", None): True}


def test_a_newborn_just_born_is_still_read() -> None:
    one_kid = {"city": "jinan", "children": kids("2023-07")}
    assert said("二宝刚生下来 还在医院", one_kid)[("child.birth_date", 2)] == "2025-08"
