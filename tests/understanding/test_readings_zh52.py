"""Twins called 双棒 without 儿 (小的俩是双棒), a housing fund and a spouse typed by their pinyin
initials (lg没gjj 就我有), a family whose only children are one pair of twins (家里就一对双胞胎),
twins told in the clause after the pregnancy that answers the due-date question (刚查出来怀孕 还是
双胞胎), a home lived in said as one's own family's (住自己家房子), a spouse who drives a taxi (跑出租的,
no rented home), an elder pair counted by a sibling word or by 俩 and then said to be twins (上面哥俩是
双胞胎), a day of the month said without 号 before 又添了 (六月十八又添了对双棒), and another birth only
planned (今年想再要一个): a household, what the citizen wrote, and the facts the assistant takes
from it (the wordings of corpus batch zh_52 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

JINAN = {"city": "jinan"}
facts = facts_on(date(2026, 7, 7))


# 小的俩是双棒: 双棒 is the northern word for twins with or without 儿, so an elder child and the
# twins told together are three children.
@pytest.mark.parametrize(
    ("text", "eldest", "twins"),
    [
        ("大的一六年 小的俩是双棒 二〇二〇年十二月", "2016", "2020-12"),
        ("大的16年 小的俩是双棒 20年12月", "2016", "2020-12"),
        ("老大一八年的，下面俩是双棒，二二年三月", "2018", "2022-03"),
        ("大闺女2017年 小的是一对双棒 2021年5月", "2017", "2021-05"),
    ],
)
def test_shuangbang_without_er_is_twins(text: str, eldest: str, twins: str) -> None:
    got = facts(text, JINAN, date(2024, 3, 5))
    assert got == {
        ("child.birth_date", 1, eldest, "statement"),
        ("child.birth_date", 2, twins, "statement"),
        ("child.birth_date", 3, twins, "statement"),
        ("child_count", None, 3, "statement"),
    }


# lg没gjj 就我有: 老公 and 公积金 typed by their pinyin initials (lg, lp, xf, gjj) in a Chinese
# message are the words they stand for.
@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("lg没gjj 就我有", 1),
        ("lp没gjj，就我有", 1),
        ("GJJ就我自己交 LG没有", 1),
        ("xf没有gjj 只有我交", 1),
        ("我和lg都有gjj", 2),
    ],
)
def test_pinyin_initials_are_the_words(text: str, payers: int) -> None:
    assert facts(text, JINAN) == {("housing_fund_contributors", None, payers, "statement")}


def test_pinyin_initials_beside_other_facts() -> None:
    got = facts("lg没gjj 就我有 房子租的 娃一岁", JINAN, date(2024, 6, 18))
    assert got == {
        ("housing_fund_contributors", None, 1, "statement"),
        ("renting", None, True, "statement"),
        ("child.birth_date", 1, "2022-12", "statement"),
    }


# 家里就一对双胞胎: the family's only children are one pair of twins, two children.
@pytest.mark.parametrize(
    "text",
    [
        "家里就一对双胞胎 前年生的",
        "家里只有一对龙凤胎 前年生的",
        "我们就有一对双胞胎，23年的",
        "俺家只有1对双棒 二三年生的",
    ],
)
def test_only_one_pair_of_twins_is_two_children(text: str) -> None:
    assert facts(text, JINAN, date(2025, 2, 20)) == {
        ("child.birth_date", 1, "2023", "statement"),
        ("child.birth_date", 2, "2023", "statement"),
        ("child_count", None, 2, "statement"),
    }


def test_only_one_pair_with_a_younger_one_after_is_not_only() -> None:
    got = facts("家里就一对双胞胎 下面还有个弟弟 一岁", JINAN, date(2025, 2, 20))
    assert ("child_count", None, 2, "statement") not in got


# 刚查出来怀孕 还是双胞胎, answering the due date: the twins said after the pregnancy are that
# pregnancy, both of them, due on a day not known yet.
@pytest.mark.parametrize(
    ("text", "babies"),
    [
        ("不知道呢 刚查出来怀孕 还是双胞胎", 2),
        ("怀孕了 是双胞胎", 2),
        ("不知道 怀了双胞胎", 2),
        ("不清楚 刚怀上 是对双胞胎", 2),
        ("还没定 刚查出来怀上了 是三胞胎", 3),
    ],
)
def test_twins_after_the_pregnancy_answering_the_due_date(text: str, babies: int) -> None:
    got = facts(text, family("2021-08"), date(2025, 2, 20), "due_date")
    assert got == {("child.due_date", n, None, "statement") for n in range(2, 2 + babies)}


# 不是 住自己家房子, asked whether they rent: the home lived in is the family's own.
@pytest.mark.parametrize(
    "text",
    [
        "不是 住自己家房子",
        "不是 住的自己家",
        "没有 住自己房子",
        "不是租的，住在自己家房子里",
        "不是 住自家的",
    ],
)
def test_living_in_ones_own_home_owns_it(text: str) -> None:
    assert facts(text, JINAN, date(2025, 5, 12), "renting") == {
        ("renting", None, False, "confirmation"),
        ("owns_home_in_city", None, True, "statement"),
    }


@pytest.mark.parametrize("text", ["没有自己家房子 租房住", "没自己房 一直租的"])
def test_no_home_of_ones_own_is_still_no_home(text: str) -> None:
    assert facts(text, JINAN, date(2025, 5, 12)) == {
        ("owns_home_in_city", None, False, "statement"),
        ("renting", None, True, "statement"),
    }


# 俺家那口子跑出租的: driving a taxi (出租车) is a job, not a rented home.
@pytest.mark.parametrize(
    "text",
    [
        "公积金就我自己有 俺家那口子跑出租的 没单位",
        "公积金就我有 老公开出租的",
        "gjj就我交 他是拉出租的",
    ],
)
def test_a_taxi_driver_rents_no_home(text: str) -> None:
    assert facts(text, JINAN, date(2025, 12, 1)) == {
        ("housing_fund_contributors", None, 1, "statement")
    }


def test_a_taxi_driver_who_rents_a_home_still_rents() -> None:
    got = facts("我老公是跑出租的 我们租房住", JINAN, date(2025, 12, 1))
    assert got == {("renting", None, True, "statement")}


# 小闺女2026年3月生的 上面哥俩是双胞胎 2021年: the elder pair counted by a sibling word (哥俩, 姐俩,
# 姐弟俩) or by 俩 after 上面, then said to be twins, are two more children, born on the date after.
@pytest.mark.parametrize(
    ("text", "twins", "youngest"),
    [
        ("小闺女２０２６年３月生的 上面哥俩是双胞胎 ２０２１年", "2021", "2026-03"),
        ("小闺女2026年3月生的 上面俩是双胞胎 2021年", "2021", "2026-03"),
        ("小闺女2026年3月生的 上面姐弟俩是龙凤胎 2021年", "2021", "2026-03"),
        ("小闺女2026年3月生的 哥俩是双胞胎 2021年", "2021", "2026-03"),
        ("小儿子今年三月生的，前面姐俩是双胞胎，21年", "2021", "2026-03"),
        ("小孙子2026年3月生的 上头哥俩双胞胎 2020年12月", "2020-12", "2026-03"),
    ],
)
def test_an_elder_pair_counted_then_called_twins(text: str, twins: str, youngest: str) -> None:
    assert facts(text, JINAN) == {
        ("child.birth_date", 1, twins, "statement"),
        ("child.birth_date", 2, twins, "statement"),
        ("child.birth_date", 3, youngest, "statement"),
        ("child_count", None, 3, "statement"),
    }


def test_a_younger_pair_counted_then_called_twins() -> None:
    got = facts("老大是闺女 2019年的 下面兄弟俩是双胞胎 2022年", JINAN)
    assert got == {
        ("child.birth_date", 1, "2019", "statement"),
        ("child.birth_date", 2, "2022", "statement"),
        ("child.birth_date", 3, "2022", "statement"),
        ("child_count", None, 3, "statement"),
    }


# 今年六月十八又添了对双棒: a day of the month said without 号 or 日 is still the day, before 又,
# 添了, 来了, 落地 as before 生.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("俺家老大20.5.20生的 今年六月十八又添了对双棒", "2026-06-18"),
        ("老大2020年生的 今年6月18又生了对龙凤胎", "2026-06-18"),
        ("老大2020年生的 六月十八又添了对双胞胎", "2026-06-18"),
        ("老大2020年生的 今年3月12来了对双胞胎", "2026-03-12"),
    ],
)
def test_a_day_without_hao_before_the_birth_verb(text: str, born: str) -> None:
    got = facts(text, JINAN, date(2026, 9, 9))
    assert {
        ("child.birth_date", 2, born, "statement"),
        ("child.birth_date", 3, born, "statement"),
        ("child_count", None, 3, "statement"),
    } <= got


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("老大2020年生的 今年8月3添了个闺女", "2026-08-03"),
        ("老大2020年生的 老二今年7月9落地", "2026-07-09"),
    ],
)
def test_a_day_without_hao_of_one_child(text: str, born: str) -> None:
    assert ("child.birth_date", 2, born, "statement") in facts(text, JINAN, date(2026, 9, 9))


# 今年想再要一个: another birth planned and told, nothing asked about it, states no due date; asked
# about (想再要一个 能领多少) it is a birth imagined.
@pytest.mark.parametrize(
    "text",
    ["今年想再要一个", "打算明年要二胎", "准备再生一个", "计划明年再要个老二", "还想再生个闺女"],
)
def test_a_plan_told_is_no_pregnancy(text: str) -> None:
    got = facts(text, family("2021-08"), date(2025, 2, 20))
    assert not any(fact == "child.due_date" for fact, *_ in got)


def test_the_twins_and_a_plan_for_another() -> None:
    got = facts("家里就一对双胞胎 前年生的 今年想再要一个", JINAN, date(2025, 2, 20))
    assert got == {
        ("child.birth_date", 1, "2023", "statement"),
        ("child.birth_date", 2, "2023", "statement"),
        ("child_count", None, 2, "statement"),
    }


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("想再要一个 能领多少", None),
        ("打算再要一个 还有补贴吗", None),
        ("如果明年再生个老二", "2026"),
    ],
)
def test_a_plan_asked_about_is_imagined(text: str, due: str | None) -> None:
    got = facts(text, family("2021-08"), date(2025, 2, 20))
    assert ("child.due_date", 2, due, "question") in got
