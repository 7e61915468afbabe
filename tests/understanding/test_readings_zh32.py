"""Durations that are not ages, and benefits now against benefits at a birth (corpus batch
zh_32): the household, what the citizen wrote, and the facts it states (no more)."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2025, 4, 8)


said = reading(TODAY)


def births(got: dict[tuple[str, int | None], object]) -> dict[int | None, object]:
    return {child: v for (fact, child), v in got.items() if fact == "child.birth_date"}


@pytest.mark.parametrize(
    "text",
    [
        "俺在厂里上了十二年班 去年十月生的二胎 老大七岁",
        "我干了二十年环卫 去年十月生的二胎 老大七岁",
        "公积金交了十五年了 去年十月生的二胎 老大七岁",
        "在北京上十年的班了 去年十月生的二胎 老大七岁",
    ],
)
def test_years_a_verb_lasted_are_no_birth_year(text: str) -> None:
    """上了十二年班: twelve years of work, not a child born in 2012."""
    assert births(said(text)) == {1: "2017-10", 2: "2024-10"}


def test_a_short_year_reached_is_still_a_year() -> None:
    """到了24年: the year 2024."""
    assert births(said("到了24年才生的老二", {"children": [{"birth_date": "2019-03"}]})) == {
        2: "2024"
    }


@pytest.mark.parametrize(
    "text",
    [
        "月子里又住院住了九天 这钱生育险能报多少",
        "居民医保要交满几个月才能报生孩子的钱",
        "生育保险能报销吗",
        "职工医保管不管顺产的钱",
    ],
)
def test_an_insurance_a_question_asks_about_is_not_the_familys(text: str) -> None:
    assert ("birth_insurance", None) not in said(text, {"city": "jinan"})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("她生的时候交的居民医保 住院能报多少", "resident_medical"),
        ("我们单位交的生育险能报多少", "employee_maternity"),
        ("我是生育险 能报销吗", "employee_maternity"),
    ],
)
def test_an_insurance_held_and_then_asked_about_is_the_familys(text: str, kind: str) -> None:
    assert said(text, {"city": "jinan"})[("birth_insurance", None)] == kind


@pytest.mark.parametrize(
    "text",
    [
        "失业金领了六个月 还在领 小儿子是去年12月生的 生他那阵子就在领了",
        "低保领了好几年了 小闺女是去年十二月生的 生她那会儿就在领了",
        "小的是去年12月出生的 他出生那会儿我们在领失业金",
    ],
)
def test_a_birth_told_by_a_pronoun_is_the_child_named_before(text: str) -> None:
    """生他那阵子: the birth of the child the part before told of, of two children."""
    known = {"city": "jinan", "children": [{"birth_date": "2018-08"}, {"birth_date": 2024}]}
    got = said(text, known)
    assert got[("child.hardship_at_birth", 2)] is True
    assert ("hardship_at_birth", None) not in got


def test_a_pronoun_birth_of_the_one_child_is_the_birth() -> None:
    """娃十个月 生她那阵子: no child named before, the one birth."""
    got = said("娃十个月 生她那阵子在领失业金 现在早就不领了", {"city": "jinan"})
    assert got[("hardship_at_birth", None)] is True
    assert got[("hardship_now", None)] is False


@pytest.mark.parametrize(
    "text",
    [
        "一直领低保 闺女今年三月生的 生闺女那会儿也领着",
        "低保领了好几年了 儿子是今年三月生的 生儿子的时候也在领",
    ],
)
def test_a_birth_named_by_the_word_the_child_was_told_by_is_that_childs(text: str) -> None:
    """闺女今年三月生的 生闺女那会儿: the daughter just told of, child 1."""
    got = said(text, {"city": "jinan"})
    assert got[("child.hardship_at_birth", 1)] is True


def test_a_relative_of_a_known_child_not_told_here_is_the_birth() -> None:
    got = said(
        "搞错了 生孙子那时候没领低保 是去年才开始领的", {"children": [{"birth_date": "2022-06"}]}
    )  # the one child's birth by a kinship word: that child's (corpus README; zh-2663 relabelled)
    assert got[("child.hardship_at_birth", 1)] is False


@pytest.mark.parametrize(
    "text",
    [
        "生老二之前半年下岗的 从那会儿一直领失业金到现在",
        "生老二前就开始领低保了 那会儿领着 至今还在领",
    ],
)
def test_a_benefit_from_a_birth_up_to_the_present_is_held_now(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2018-10"}, {"birth_date": "2024-12"}]}
    got = said(text, known)
    assert got[("child.hardship_at_birth", 2)] is True
    assert got[("hardship_now", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "我们是特困户 领了八年 俩孩子都是领着的时候生的 到现在也没断",
        "低保领了五年了 一直没停",
        "失业金一直没断过",
    ],
)
def test_a_stop_denied_is_the_benefit_going_on(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2019-02"}, {"birth_date": "2023-02"}]}
    assert said(text, known)[("hardship_now", None)] is True


def test_a_stop_told_is_still_a_stop() -> None:
    assert said("低保去年断了", {"city": "jinan"})[("hardship_now", None)] is False


@pytest.mark.parametrize(
    "text",
    [
        "在北京租房住了九年 去年买了房 刚交房 现在不租了",
        "以前一直租房 今年买了房 现在不租了",
        "租了好几年房子 现在不租了 搬进自己家了",
    ],
)
def test_renting_now_told_after_renting_before_is_the_present(text: str) -> None:
    assert said(text, {"city": "beijing"})[("renting", None)] is False


def test_renting_now_told_after_not_renting_before_is_the_present() -> None:
    assert said("之前没租房 住单位宿舍 现在租房了", {"city": "jinan"})[("renting", None)] is True


def test_a_home_left_unnamed_now_keeps_the_renting_told() -> None:
    assert said("租了六年房 现在住得还行", {"city": "jinan"})[("renting", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "上周四生完 在医院住了四天 今天第一次上来问 宝宝是第二个 大的九岁",
        "上周四生的老二 今天才想起来问 老大九岁",
        "上周四生的老二 昨天刚打听的这个补贴 老大九岁",
    ],
)
def test_the_day_of_asking_is_no_birth(text: str) -> None:
    got = births(said(text, {"city": "beijing"}))
    assert sorted(got) == [1, 2]
    assert got[2] == "2025-04-03"


def test_a_day_with_a_birth_is_still_a_birth() -> None:
    assert births(said("今天刚生的 想问问补贴", {"city": "beijing"})) == {1: "2025-04-08"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("外孙俩 大的六岁 小的六个月", 2),
        ("孙子仨 都上学了", 3),
        ("闺女就俩 都上小学了", 2),
        ("儿子两个 大的8岁 小的3岁", 2),
    ],
)
def test_children_counted_after_their_relation_word(text: str, count: int) -> None:
    assert said(text)[("child_count", None)] == count


def test_ages_after_relation_words_are_no_count() -> None:
    assert ("child_count", None) not in said("儿子3 闺女1")


@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("不打算 买不起 我公积金交了五年也不够 老公没交", 1),
        ("我公积金交了不到一年 老婆没交", 1),
        ("公积金我交了三年 钱也不多 老公没交", 1),
        ("我公积金交不起了 老公也没交", 0),
    ],
)
def test_how_much_was_paid_judged_is_no_denial_of_paying(text: str, payers: int) -> None:
    got = said(text, {"city": "beijing"}, "buying_first_home")
    assert got[("housing_fund_contributors", None)] == payers


@pytest.mark.parametrize(
    "text",
    ["平安夜快乐 问一下 孩子得先落户才能领吗", "要先迁户口吗", "是不是先得落户才能办"],
)
def test_a_step_asked_of_as_needed_first_is_no_hukou(text: str) -> None:
    assert ("hukou_in_city", None) not in said(text)


def test_a_hukou_said_beside_a_step_asked_is_the_familys() -> None:
    got = said("我们是济南户口 孩子得先落户才能领吗")
    assert got[("hukou_in_city", None)] is True


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("俩孩子 一个11一个四岁", {1: "2013-10", 2: "2020-10"}),
        ("两个娃 一个9 一个三岁", {1: "2015-10", 2: "2021-10"}),
    ],
)
def test_a_bare_number_of_one_of_them_takes_the_unit_of_the_next(
    text: str, ages: dict[int, str]
) -> None:
    """一个11一个四岁: one is 11 (years, as the other's 岁 says), the other 4."""
    assert births(said(text)) == ages


@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("公积金我俩加一块交了十来年 他七年 我三年多", 2),
        ("我俩一起交公积金 交了五年", 2),
        ("我们俩一块交的公积金", 2),
        ("我俩没交公积金", 0),
        ("我俩一起交社保 公积金就我交", 1),
    ],
)
def test_we_two_paying_together_are_two_payers(text: str, payers: int) -> None:
    assert said(text, {"city": "beijing"})[("housing_fund_contributors", None)] == payers


@pytest.mark.parametrize(
    "text",
    ["俺打工18年 娃去年生的", "工作12年 孩子去年生的", "结婚10年 孩子去年生的"],
)
def test_years_after_a_verb_of_work_or_marriage_are_no_birth_year(text: str) -> None:
    assert births(said(text)) == {1: "2024"}


@pytest.mark.parametrize(
    "text",
    [
        "特困供养领了五年 至今没断 俩孩子都是领着的时候生的",
        "生老二之前就开始领低保了 一直到现在",
    ],
)
def test_a_benefit_held_and_then_told_to_last_up_to_now_is_held_now(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2019-01"}, {"birth_date": "2024-06"}]}
    assert said(text, known)[("hardship_now", None)] is True


@pytest.mark.parametrize("text", ["低保领了两年 后来停了 到现在也没领", "没领过低保 一直到现在"])
def test_a_benefit_not_held_up_to_now_is_not_held_now(text: str) -> None:
    assert said(text, {"city": "jinan"})[("hardship_now", None)] is False
