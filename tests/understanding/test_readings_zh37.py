"""Hardship at each birth and now, told of twins and of one grandchild, questions about the
benefits, and loose answers: a household, what the citizen wrote, and the facts the assistant
takes from it (the wordings of corpus batch zh_37 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading

said = reading(date(2025, 10, 23))
ONE_KID = {"city": "jinan", "children": kids("2022-11")}
THREE_KIDS = {"city": "jinan", "children": kids("2015-04", "2019-04", "2023-04")}
TWINS = {"city": "jinan", "children": kids("2024-06", "2024-06")}


# The no said after the benefit named: not on it now.
@pytest.mark.parametrize(
    "text",
    [
        "现在失业金没领",
        "现在低保失业金啥的都没有",
        "现在没在领低保",
        "低保现在没在领",
        "特困现在也不吃了",
        "目前低保早就没有了",
    ],
)
def test_hardship_denied_after_the_benefit(text: str) -> None:
    assert said(text, ONE_KID).get(("hardship_now", None)) is False


@pytest.mark.parametrize("text", ["低保到现在也没断", "失业金还没领完"])
def test_a_stop_denied_after_the_benefit_is_still_on_it(text: str) -> None:
    assert said(text, ONE_KID).get(("hardship_now", None)) is True


# A question about the benefit closed by 不, or put as "A not A": no fact of the family's.
@pytest.mark.parametrize(
    "text",
    [
        "我们这种外地来的能申请低保不",
        "老家的低保到济南能转过来不",
        "失业金领完了还算不算困难家庭",
        "低保停了以后补贴还给不给",
        "是看生娃那天在不在领 还是看那一年",
        "生孩子那会儿领没领 有影响吗",
    ],
)
def test_a_question_about_the_benefit_states_nothing(text: str) -> None:
    assert said(text) == {}


# Living off one's own work is no yes to the benefit.
def test_eating_by_ones_own_work_is_no_benefit() -> None:
    got = said("没领过 俺家一直是自己挣着吃", ONE_KID, "hardship_at_birth")
    assert got == {("hardship_at_birth", None): False}


# Twins told just before "at that time": each twin's birth.
@pytest.mark.parametrize(
    ("text", "known", "asked", "held"),
    [
        ("俩娃一块生的 那时候都领着低保", TWINS, "hardship_at_birth", True),
        ("俩娃一块生的 二三年九月 当时家里啥补助都没有", {"city": "jinan"}, None, False),
        ("两个孩子是一起生的 当时在领失业金", TWINS, None, True),
        ("一对双胞胎 那会儿啥救助都没有", TWINS, None, False),
    ],
)  # fmt: skip
def test_twins_told_then_the_time(text: str, known: dict, asked: str | None, held: bool) -> None:
    assert at_births(said(text, known, asked)) == {1: held, 2: held}


# The first birth being twins: the benefit at it is each twin's.
def test_a_first_birth_of_twins() -> None:
    got = said("上周二生的双胞胎 头胎 俺们一直吃着低保 生的时候也吃着", {"city": "jinan"})
    assert at_births(got) == {1: True, 2: True}
    assert got[("hardship_now", None)] is True


# A grandchild told by relation, then 生他: the birth, a pronoun names no child (corpus README,
# "Children and orders"; zh-4857, zh-4887 relabelled); 娃 … 生她: the birth too.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("外孙六岁 生他时他爸刚下岗领失业金", True),
        ("俺外孙十个月 生他那阵俺闺女没领啥", False),
        ("孙女两岁 她出生那会儿家里吃低保", True),
        ("儿子三岁了 生他的时候没领", False),
    ],
)
def test_a_pronoun_birth_of_the_one_grandchild(text: str, held: bool) -> None:
    got = said(text, {"city": "beijing"})
    assert at_births(got) == {}
    assert got[("hardship_at_birth", None)] is held


def test_a_pronoun_birth_of_a_child_named_generically() -> None:
    got = said("娃十个月 生她那阵子在领失业金 现在早就不领了", {})
    assert got[("hardship_at_birth", None)] is True
    assert at_births(got) == {}


# 后头俩, 后边两个: the later births after the one named.
@pytest.mark.parametrize(
    "text", ["老大那时候没有 后头俩都有", "老大没有 后边俩都有", "老大那会儿没有 后面两个都有"]
)
def test_the_later_two(text: str) -> None:
    assert at_births(said(text, THREE_KIDS, "hardship_at_birth")) == {1: False, 2: True, 3: True}


# Twins named one by one by order (老三老四双胞胎) and given one age: the twins' birth is theirs.
@pytest.mark.parametrize(
    ("text", "twins"),
    [
        ("家里四个 老大十四 老二九岁 老三老四双胞胎刚会爬 九个月 生双胞胎那会儿正领着低保", {3: True, 4: True}),
        ("老大十岁 老二老三是龙凤胎 两岁 生龙凤胎的时候在领失业金", {2: True, 3: True}),
    ],
)  # fmt: skip
def test_twins_named_by_order_then_their_birth(text: str, twins: dict) -> None:
    assert at_births(said(text, {"city": "jinan"})) == twins


# 孩儿 counts children like 孩子.
@pytest.mark.parametrize(
    ("text", "count"), [("俺家仨孩儿 就生老二时吃过特困", 3), ("家里俩孩儿 都上学了", 2)]
)
def test_children_counted_as_haier(text: str, count: int) -> None:
    assert said(text, {"city": "jinan"})[("child_count", None)] == count


# A bare age with 了 after the twins: 双胞胎十二了, 龙凤胎都五了.
@pytest.mark.parametrize(
    ("text", "born"),
    [("老大老二是双胞胎十二了 老三八岁", "2013-04"), ("家里一对龙凤胎 都五了", "2020-04")],
)
def test_a_bare_age_after_the_twins(text: str, born: str) -> None:
    got = said(text, {"city": "jinan"})
    assert got[("child.birth_date", 1)] == born and got[("child.birth_date", 2)] == born


# 就这对: the family's only children are that pair.
@pytest.mark.parametrize(
    "text", ["家里就这对小子 双胞胎 两岁多", "家里就这对双胞胎 五岁", "就这对闺女 一个五岁一个三岁"]
)
def test_the_only_pair(text: str) -> None:
    assert said(text, {"city": "beijing"})[("child_count", None)] == 2


# 第一次怀 and a caesarean the doctor has set: a pregnancy, its month the due date.
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("三胞胎 第一次怀 医生说八月中旬剖", "2026-08"),
        ("双胞胎 第一次怀 九月份生", "2026-09"),
        ("头胎 医生说十月初剖", "2026-10"),
    ],
)
def test_a_first_pregnancy_and_a_set_caesarean(text: str, due: str) -> None:
    got = reading(date(2026, 7, 7))(text, {"city": "beijing"})
    assert got[("child.due_date", 1)] == due
    assert not any(fact == "child.birth_date" for fact, _ in got)


def test_a_caesarean_done_is_a_birth() -> None:
    got = reading(date(2026, 7, 7))("老二上周剖的 医生说恢复得好", {"city": "beijing"})
    assert ("child.birth_date", 2) in got
