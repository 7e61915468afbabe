"""Hardship at each birth and now, multiple births beside an elder child, and counts said short: a
household, what the citizen wrote, and the facts the assistant takes from it (the wordings of
corpus batch zh_39 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading

TODAY = date(2026, 7, 21)
said = reading(TODAY)
JINAN = {"city": "jinan"}
TWO_KIDS = {"city": "jinan", "children": kids("2017-08", "2023-03")}
THREE_KIDS = {"city": "jinan", "children": kids("2016-06", "2020-01", "2025-03")}


# 这会儿, 眼下, 这阵子: the present said in spoken words.
@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("老二出生时在领失业金 这会儿没领了", False),
        ("老二出生时没领 眼下还领着低保", True),
        ("生老二那会儿吃着低保 这阵子不吃了", False),
    ],
)
def test_now_said_in_spoken_words(text: str, now: bool) -> None:
    got = said(text, TWO_KIDS)
    assert got[("hardship_now", None)] is now
    assert at_births(got)[2] is (not now)


# 低保是去年停的, 失业金上个月断的: the stop told with its time is no benefit now.
@pytest.mark.parametrize("text", ["低保是去年停的", "失业金上个月断的", "特困是今年三月取消的"])
def test_a_stop_told_with_its_time(text: str) -> None:
    assert said(text, TWO_KIDS) == {("hardship_now", None): False}


# 还有俩月就领完了: the time left before the benefit ends; on it now.
@pytest.mark.parametrize(
    "text", ["失业金还有俩月就领完了", "失业金还能领三个月就到期了", "低保还剩半年就停了"]
)
def test_time_left_before_the_end_is_still_on_it(text: str) -> None:
    assert said(text, TWO_KIDS) == {("hardship_now", None): True}


# The births as times (那两回, 那几次), listed births with 都 (生老大生老二都没领), the twins' time
# (那对双胞胎时候), and a birth while holding it (领着低保生的).
@pytest.mark.parametrize(
    ("text", "known", "births"),
    [
        ("生老二老三那两回都领着特困 老大那会没有", THREE_KIDS, {1: False, 2: True, 3: True}),
        ("生大宝二宝那几次都吃着低保", THREE_KIDS, {1: True, 2: True}),
        ("生老大生老二都没领过啥", THREE_KIDS, {1: False, 2: False}),
        ("生大宝和二宝也领着失业金", THREE_KIDS, {1: True, 2: True}),
        (
            "生老大老二那对双胞胎时候没领 生老三那年领着低保",
            {"city": "jinan", "children": kids("2018-04", "2018-04", "2023-09")},
            {1: False, 2: False, 3: True},
        ),
    ],
)
def test_births_named_as_times(text: str, known: dict, births: dict) -> None:
    assert at_births(said(text, known)) == births


def test_born_while_on_it_answers_the_birth_question_without_a_now() -> None:
    got = said(
        "有 吃着低保生的", {"city": "beijing", "children": kids("2026-05")}, "hardship_at_birth"
    )
    assert got == {("hardship_at_birth", None): True}


# Found work at a birth (找着活了), then a bare 不吃了: that birth's, no word of now.
def test_found_work_at_a_birth_and_a_bare_stop() -> None:
    got = said("大孙女生下来那会儿儿子在吃低保 二孙子出生时候他找到活了 不领了", TWO_KIDS)
    assert got == {("child.hardship_at_birth", 1): True, ("child.hardship_at_birth", 2): False}


def test_a_stop_with_its_own_time_is_still_now() -> None:
    got = said("老大出生那年吃低保 老二出生时候没吃 前年就停了", TWO_KIDS)
    assert got[("hardship_now", None)] is False


# A benefit told, then a birth in that time: 那当口正好生了对双胞胎, 那时候刚好生了老二.
def test_a_birth_in_the_time_just_told() -> None:
    got = said("前年厂子倒了领失业金 那时候刚好生了老二", TWO_KIDS)
    assert got == {("child.hardship_at_birth", 2): True}


# Questions of the rule: A not A of two characters, which time counts (看…还是…).
@pytest.mark.parametrize(
    "text",
    [
        "低保户生二胎补贴多给不多给",
        "特困户生孩子补贴算数不算数",
        "低保是看生孩子那会儿还是看现在啊",
        "失业金是按出生那天算还是按申请那天算",
    ],
)
def test_rule_questions_state_nothing(text: str) -> None:
    assert said(text, {}) == {}


# The one child known named as the eldest, its birth told beside a multiple birth: all counted.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("俺家三胞胎出生时领着特困 上头老大出生那会没领", 4),
        ("大小子生那年俺们还没困难 后来正好生了对双胞胎", 3),
        ("大闺女出生那会没领 龙凤胎生的时候领着低保", 3),
    ],
)
def test_the_eldest_and_a_multiple_birth(text: str, count: int) -> None:
    assert (
        said(text, {"city": "jinan", "children": kids("2015-09")})[("child_count", None)] == count
    )


def test_the_elder_named_in_passing_is_no_count() -> None:
    got = said("triplets born 2026-03-02, big sis is so proud", {"children": kids("2020-08")})
    assert ("child_count", None) not in got


# 就生了一对双胞胎, 只生了龙凤胎: the multiple birth is the only one.
@pytest.mark.parametrize("text", ["闺女就生了一对双胞胎 都三岁了", "俺们只生了龙凤胎"])
def test_only_the_multiple_birth(text: str) -> None:
    assert said(text, JINAN)[("child_count", None)] == 2


def test_twins_alone_are_no_count() -> None:
    assert ("child_count", None) not in said("双胞胎儿子今天满一百天", {"city": "beijing"})


# 仨孩, 家里俩孩: a count told with 孩 alone; not 生三孩 or 算一孩二孩 (the policy's words).
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("仨孩 大的十岁", 3),
        ("俺家俩孩 都上学了", 2),
        ("生三孩", None),
        ("龙凤胎是算一孩二孩", None),
    ],
)
def test_a_count_with_hai_alone(text: str, count: int | None) -> None:
    assert said(text, {}).get(("child_count", None)) == count


# 肚里是双胞胎: twins in the belly are on the way.
def test_twins_in_the_belly_are_due() -> None:
    got = said("肚里是双胞胎 六个月了", {"city": "jinan", "children": kids("2021-03")})
    assert got == {("child.due_date", 2): "2026-10", ("child.due_date", 3): "2026-10"}


# 俩 都是去年一块生的: the day of the one birth is each child's.
@pytest.mark.parametrize(
    ("text", "asked", "day"),
    [("俩 都是去年一块生的", "children", "2025"), ("俩娃都是23年5月一起出生的", None, "2023-05")],
)
def test_the_day_of_a_birth_together(text: str, asked: str | None, day: str) -> None:
    got = said(text, JINAN, asked)
    assert got[("child.birth_date", 1)] == day and got[("child.birth_date", 2)] == day


# 今年三月取消了: the day a benefit ended is no birth.
def test_the_day_a_benefit_ended_is_no_birth() -> None:
    got = said("生娃那会在领低保 今年三月取消了", {"city": "jinan", "children": kids("2024-12")})
    assert got == {("hardship_at_birth", None): True, ("hardship_now", None): False}


# A trip to a place (去了趟泉城广场, 跑了一趟北京): no city of the family's.
@pytest.mark.parametrize("text", ["五一带娃去了趟泉城广场 人挤人", "上周跑了一趟北京"])
def test_a_trip_names_no_city(text: str) -> None:
    assert said(text, {}) == {}
