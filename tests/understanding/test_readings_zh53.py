"""Renting denied with a place or a going between the no and the verb (也没在外面租, 不在外头租房,
没出去租), a day told after this month or next set apart from it (就这个月 二十六号, 下个月 3号) and a
day alone given as a due date (the next such day), the date of a child's party (这个月办满月酒, 下周
摆百天宴) that is no birth, a hukou put right in a clause naming only the topic and the move told in
the next (户口那个说错了 我们去年就迁到济南了), and the due date said short as 预产 (二〇二六年三月预产):
a household, what the citizen wrote, and the facts the assistant takes from it (the wordings of
corpus batch zh_53 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

facts = facts_on(date(2024, 9, 9))


# 也没在外面租, 不在外头租房, 没出去租: no renting, the place or the going said between the no and
# the verb; the home the family lives in is someone else's.
@pytest.mark.parametrize(
    "text",
    [
        "俺们自己没房 也没在外面租 一直跟公婆挤一块住",
        "没在外面租",
        "我们没在外头租房子 住我爸妈那",
        "不在外面租房 跟爸妈住",
        "我们没房子 也没出去租",
        "没有在外边租房",
        "也没去外面租 住单位宿舍",
        "没搁外头租 跟老人住一块",
        "我们没在济南租房 住公司宿舍",
        "也没在这边租",
    ],
)
def test_renting_denied_with_a_place_between(text: str) -> None:
    got = facts(text, family("2022-07"), date(2024, 1, 18))
    assert ("renting", None, False, "statement") in got
    assert ("renting", None, True, "statement") not in got


def test_no_home_and_no_renting_both_told() -> None:
    got = facts(
        "俺们自己没房 也没在外面租 一直跟公婆挤一块住", family("2022-07"), date(2024, 1, 18)
    )
    assert got == {
        ("owns_home_in_city", None, False, "statement"),
        ("renting", None, False, "statement"),
    }


def test_renting_out_there_is_still_renting() -> None:
    got = facts("我们一直在外面租房住", family("2022-07"), date(2024, 1, 18))
    assert got == {("renting", None, True, "statement")}


# 就这个月 二十六号, 下个月 3号, 就是这个月的26号: the day told after the month, set apart by a space
# or 的, is that day of that month.
PREGNANT_SECOND = {"city": "beijing", "children": [{"birth_date": "2021-03"}, {"due_date": None}]}


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("就这个月 二十六号", "2024-09-26"),
        ("这个月 26号", "2024-09-26"),
        ("就是这个月的二十六号", "2024-09-26"),
        ("下个月 3号", "2024-10-03"),
        ("下个月的十五号", "2024-10-15"),
        ("这个月 28日", "2024-09-28"),
        ("就下个月 一号", "2024-10-01"),
    ],
)
def test_a_day_told_apart_after_this_or_next_month(text: str, due: str) -> None:
    got = facts(text, PREGNANT_SECOND, asked="due_date")
    assert got == {("child.due_date", 2, due, "statement")}


def test_a_day_told_apart_after_last_month_is_a_birth() -> None:
    got = facts("老二上个月 十二号生的", family("2021-03"))
    assert got == {("child.birth_date", 2, "2024-08-12", "statement")}


# 二十六号 as the due date asked: the next 26th, this month's when it is still to come.
@pytest.mark.parametrize(
    ("text", "due"),
    [("二十六号", "2024-09-26"), ("26号", "2024-09-26"), ("就5号", "2024-10-05")],
)
def test_a_day_alone_as_the_due_date_is_the_next_one(text: str, due: str) -> None:
    got = facts(text, PREGNANT_SECOND, asked="due_date")
    assert got == {("child.due_date", 2, due, "statement")}


# 上个月生的二宝 这个月办满月酒: the month of the party (满月酒, 百天宴, 办周岁) dates no birth; the birth
# is the month told with 生.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("上个月生的二宝 这个月办满月酒", "2024-08"),
        ("上个月生了二宝 这个月摆满月酒", "2024-08"),
        ("二宝上个月生的，这个月请满月酒", "2024-08"),
        ("上个月刚生的小儿子 这个月给他办满月酒", "2024-08"),
        ("上个月生的老二 下个月办满月宴", "2024-08"),
        ("六月生的老二 这个月摆百天宴", "2024-06"),
        ("老二去年九月生的 这个月办周岁", "2023-09"),
    ],
)
def test_the_month_of_a_childs_party_is_no_birth(text: str, born: str) -> None:
    assert facts(text, family("2019-03")) == {("child.birth_date", 2, born, "statement")}


def test_the_party_alone_dates_no_one() -> None:
    assert facts("下个月办满月酒 要请多少人", family("2019-03", "2024-08")) == set()


# 户口那个说错了 我们去年就迁到济南了: the hukou put right, named as the topic in one clause and the
# move into the city told in the next.
HUKOU_OUT = {
    "city": "jinan",
    "hukou_in_city": False,
    "renting": True,
    "children": [{"birth_date": "2022-04"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "户口那个说错了 我们去年就迁到济南了",
        "户口说错了 我们去年就迁到济南了",
        "户口的事我说错了，早就迁过来了",
        "户口那块写错了 我们前年就落户济南了",
        "户口那个不对 已经迁过来了",
        "户口 刚才说错了 我们上个月迁到济南的",
    ],
)
def test_the_hukou_put_right_by_a_move_told_after_it(text: str) -> None:
    got = facts(text, HUKOU_OUT, date(2025, 10, 15))
    assert ("hukou_in_city", None, True, "correction") in got
    assert not any(f[0] == "city" for f in got)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("户口那个说错了 已经是本地的了", True),
        ("户口写错了 我们是本地的", True),
        ("户口那个说错了 其实是外地的", False),
        ("户口那块说错了，还在老家", False),
    ],
)
def test_the_hukou_put_right_by_where_it_is_told_after_it(text: str, held: bool) -> None:
    known = {**HUKOU_OUT, "hukou_in_city": not held}
    got = facts(text, known, date(2025, 10, 15))
    assert ("hukou_in_city", None, held, "correction") in got


def test_where_the_family_lives_puts_no_hukou_right() -> None:
    got = facts("户口那个说错了 我们住在济南", HUKOU_OUT, date(2025, 10, 15))
    assert not any(f[0] == "hukou_in_city" for f in got)


def test_the_hukou_put_right_by_a_move_not_yet_made() -> None:
    known = {**HUKOU_OUT, "hukou_in_city": True}
    got = facts("户口那个说错了 还没迁过来呢", known, date(2025, 10, 15))
    assert ("hukou_in_city", None, False, "correction") in got


# 二〇二六年三月预产, 预产是明年3月: the due date said short, without 期.
@pytest.mark.parametrize(
    "text",
    [
        "二〇二六年三月预产 第三胎 老大老二都上学了",
        "二〇二六年三月预产",
        "2026年3月预产",
        "明年三月预产 三胎",
        "预产二〇二六年三月",
        "预产是明年3月",
        "26年3月预产 老三",
        "明年三月份的预产",
    ],
)
def test_the_due_date_said_short(text: str) -> None:
    known = family("2015-04", "2018-04")
    assert facts(text, known, date(2025, 10, 15)) == {("child.due_date", 3, "2026-03", "statement")}


# 刚过完百天, 刚过满月: the age reached, no party; the babies' age is told.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("老大七岁 后来又添了对双胞胎 刚过完百天", "2024-09-29"),
        ("老大上小学了 二宝刚过完百天", "2024-09-29"),
        ("大的五岁 小的刚过百天", "2024-09-29"),
    ],
)
def test_a_hundred_days_passed_is_an_age_not_a_party(text: str, born: str) -> None:
    got = facts(text, {"city": "jinan"}, date(2025, 1, 7))
    assert ("child.birth_date", 2, born, "statement") in got


def test_a_hukou_placed_in_its_own_clause_is_no_topic() -> None:
    got = facts("我们是济南户口 跟外地的有区别吗", {"city": "jinan"}, date(2025, 10, 15))
    assert ("hukou_in_city", None, True, "statement") in got
