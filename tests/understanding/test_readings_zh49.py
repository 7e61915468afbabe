"""Hardship told by time, order and kinship words (the wordings of corpus batch zh_49 and others
like them): an end still to come and what to do after it asked (还有三个月到期 到期了咋整), the
births after the one answered (后来那俩没有), the benefit named after a bare yes (有 | 领着特困),
a benefit's years told with a birth inside them (那当中生的), 也 carrying a birth's answer to
another benefit (也不是特困), a stop before a birth named by order (老二生之前那钱就断了), the
benefit come through after a birth (出生后低保才下来), its years between the births (夹在俩孩子
中间), a stop just before a birth and the days from it (刚领完 断了才半个月就出来了), and a birth
that fell in the benefit's time (正好赶上生他): a household, what the citizen wrote, and the facts
the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import family
from understanding import understand

Fact = tuple[str, int | None, object, str]
TODAY = date(2026, 1, 8)


def facts(text: str, known: dict[str, object], asked: str | None = None) -> set[Fact]:
    """(fact, child, value, kind) read from one message on TODAY."""
    return {
        (u.fact, u.child, str(u.value) if isinstance(u.value, date) else u.value, u.kind)
        for u in understand(text, known, asked, TODAY)
    }


def now(held: bool) -> Fact:
    return ("hardship_now", None, held, "statement")


def every_birth(held: bool) -> Fact:
    return ("hardship_at_birth", None, held, "statement")


def birth(order: int, held: bool) -> Fact:
    return ("child.hardship_at_birth", order, held, "statement")


ONE = family("2022-09")
TWO = family("2018-02", "2022-02")
THREE = family("2012-10", "2018-10", "2022-10")


# 还有三个月到期, 快到期了, 下个月就领完了: the end still ahead, so on the benefit now; 到期了咋整,
# 停了以后…还有吗: what follows the end asked, no stop told.
@pytest.mark.parametrize(
    "text",
    [
        "失业金还有三个月到期 到期了咋整",
        "失业金快到期了 到期以后怎么办",
        "低保下个月就到期了 停了以后孩子的补贴还有吗",
        "失业金马上就领完了",
        "特困明年到期",
        "低保眼看就要停了 停了咋办",
        "失业金还剩俩月 领完了怎么办",
    ],
)
def test_an_end_still_to_come_is_held_now(text: str) -> None:
    assert facts(text, ONE) == {now(True)}


@pytest.mark.parametrize("text", ["失业金上个月到期了", "低保到期了", "失业金停了 咋办"])
def test_an_end_told_done_is_not_held_now(text: str) -> None:
    assert facts(text, ONE) == {now(False)}


# 老大出生那会有 | 领着特困 | 后来那俩没有: the benefit named after a bare yes is that yes, and the
# births after the one answered (后来那俩, 剩下俩, 后来的) had the other answer.
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("老大出生那会有 领着特困 后来那俩没有", "hardship_at_birth"),
        ("老大那时候有 吃的低保 剩下俩都没有", "hardship_at_birth"),
        ("老大有 剩下俩都没有", "hardship_at_birth"),
        ("老大那会领着低保 后来的都没有", None),
        ("老大出生那会有 后来那俩没有", "hardship_at_birth"),
        ("老大有 后俩没有", "hardship_at_birth"),
        ("老大那会领着 下俩都没", "hardship_at_birth"),
        ("三个娃就生老大那阵吃低保 后俩都没有", None),
    ],
)
def test_the_births_after_the_one_answered(text: str, asked: str | None) -> None:
    got = facts(text, THREE, asked) - {("child_count", None, 3, "statement")}
    assert got == {birth(1, True), birth(2, False), birth(3, False)}


def test_the_benefit_named_after_a_bare_yes_is_no_word_of_now() -> None:
    assert facts("生老二的时候领了 是失业金", THREE) == {birth(2, True)}


# 从一八年到二二年一直领低保 | 老大就是那当中生的: a birth inside the years told had it; 一直 is
# within those years, no word of now.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "从一八年到二二年一直领低保 老大就是那当中生的 老二是二四年生的 那会儿早停了",
            {birth(1, True), birth(2, False)},
        ),
        ("18年到22年一直吃低保 老大正是那期间出生的", {birth(1, True)}),
        ("19年到23年领的失业金 老大就是那中间生的", {birth(1, True)}),
    ],
)
def test_a_birth_inside_the_benefits_years(text: str, expected: set[Fact]) -> None:
    assert facts(text, family("2020-02", "2024-05")) == expected


# 生娃的时候没吃低保 | 也不是特困: 也 carries the birth's answer to the other benefit, not now.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生娃的时候没吃低保 也不是特困", {every_birth(False)}),
        ("生娃时候不是低保户 也不是特困户", {every_birth(False)}),
        ("孩子出生那会领着低保 也是特困户", {every_birth(True)}),
        ("生孩子时没领失业金 也没吃低保", {every_birth(False)}),
        ("生娃的时候没吃低保 也没领过特困", {every_birth(False)}),
        ("生的时候没领低保 现在也不是特困户", {every_birth(False), now(False)}),
    ],
)
def test_also_carries_the_births_answer(text: str, expected: set[Fact]) -> None:
    assert facts(text, family("2023-12")) == expected


def test_also_carries_the_answer_of_the_birth_named() -> None:
    got = facts("生老二的时候没领失业金 也没领过低保", family("2019-03", "2023-12"))
    assert got == {birth(2, False)}


# 老二生之前那钱就断了, 二胎出生前特困就取消了: a stop before the birth the part names.
@pytest.mark.parametrize(
    "text",
    [
        "老大生的时候俺们领着失业金 老二生之前那钱就断了",
        "老大出生那会吃着低保 生老二之前就停了",
        "头胎那会儿领着特困 二胎出生前特困就取消了",
        "老大生的时候领着低保 老二出生前那低保就停了",
    ],
)
def test_a_stop_before_the_birth_named(text: str) -> None:
    assert facts(text, TWO) == {birth(1, True), birth(2, False)}


# 老三出生前俩月失业金就停了: a known birth named by its order, the stop before it that birth's
# story (no word of now); a birth the message dates as recent still says the stop holds now.
@pytest.mark.parametrize("text", ["老三出生前俩月失业金就停了", "老三生之前低保就断了"])
def test_a_stop_before_a_known_birth_says_nothing_of_now(text: str) -> None:
    assert facts(text, family("2016-05", "2020-05", "2025-07")) == {birth(3, False)}


def test_a_stop_before_a_recent_birth_told_here_is_not_held_now() -> None:
    got = {
        (u.fact, u.child, u.value)
        for u in understand(
            "上上个月生的二宝 生之前低保就停了",
            {"children": [{"birth_date": "2021-06"}]},
            None,
            date(2026, 11, 23),
        )
    }
    assert got == {
        ("child.birth_date", 2, "2026-09"),
        ("child.hardship_at_birth", 2, False),
        ("hardship_now", None, False),
    }


# 老大出生后低保才下来: the benefit came through after that birth, none at it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "老大出生后低保才下来 老二生的时候已经吃上了 现在还在吃",
            {birth(1, False), birth(2, True), now(True)},
        ),
        ("老大出生以后低保才下来", {birth(1, False)}),
        ("老大生完半年特困才下来", {birth(1, False)}),
        ("老二出生以后低保才批下来", {birth(2, False)}),
    ],
)
def test_a_benefit_come_through_after_a_birth(text: str, expected: set[Fact]) -> None:
    assert facts(text, family("2018-07", "2024-07")) == expected


# 吃低保那几年正好夹在俩孩子中间: the benefit's years between the births, none at them; its time
# named (那几年) is gone by, no word of now; 俩孩子都没赶上: every birth missed it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "吃低保那几年正好夹在俩孩子中间 俩孩子出生时都没赶上",
            {("child_count", None, 2, "statement"), every_birth(False)},
        ),
        ("领失业金那段时间正好在老大老二中间", {birth(1, False), birth(2, False)}),
        ("低保是在生老大和生老二之间领的", {birth(1, False), birth(2, False)}),
        (
            "吃低保那几年 俩孩子都没赶上",
            {("child_count", None, 2, "statement"), every_birth(False)},
        ),
        ("领失业金那阵 老大赶上了 老二没赶上", {birth(1, True), birth(2, False)}),
    ],
)
def test_a_benefit_between_the_births(text: str, expected: set[Fact]) -> None:
    assert facts(text, family("2016-09", "2023-09")) == expected


def test_a_benefit_between_two_of_three_births() -> None:
    got = facts("特困那两年夹在老大和老二中间", family("2016-09", "2019-09", "2023-09"))
    assert got == {birth(1, False), birth(2, False)}


# 生老二那阵失业金刚领完 | 断了才半个月老二就出来了: just ended at that birth; the half month is
# the time from the stop, no age.
@pytest.mark.parametrize(
    "text",
    [
        "生老二那阵失业金刚领完 断了才半个月老二就出来了",
        "生老二的时候低保刚停",
        "老二出生那会儿特困刚断 停了才十来天就生了",
        "失业金停了不到两个月老二就生了",
    ],
)
def test_a_benefit_just_ended_at_a_birth(text: str) -> None:
    assert facts(text, family("2019-09", "2025-06")) == {birth(2, False)}


# 他爸下岗那阵领着失业金 | 正好赶上生他: the birth fell in that time; by 孩子 or a pronoun it is
# the birth, by a kinship word the only child's (corpus README).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他爸下岗那阵领着失业金 正好赶上生他", {every_birth(True)}),
        ("那两年家里吃低保 刚好赶上生孩子", {every_birth(True)}),
        ("他爸下岗那阵领着失业金 正好赶上孩子出生", {every_birth(True)}),
        ("他爸下岗那阵领着失业金 正好赶上生闺女", {birth(1, True)}),
        ("那两年吃低保 刚好碰上孙子出生", {birth(1, True)}),
    ],
)
def test_a_birth_that_fell_in_the_benefits_time(text: str, expected: set[Fact]) -> None:
    assert facts(text, family("2023-01")) == expected


def test_a_birth_by_order_that_fell_in_the_benefits_time() -> None:
    got = facts("前几年领着特困 正好赶上老二出生", family("2019-01", "2023-01"))
    assert got == {birth(2, True)}


# 俩都有, 两个都没有, 俩娃都没赶上: to the births question, the count of the known births answers
# for every birth (and a count word with 孩子/娃 counts them); of three known, 俩 names no births.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("俩都有", {every_birth(True)}),
        ("俩都没有", {every_birth(False)}),
        ("俩都不是", {every_birth(False)}),
        ("俩都是", {every_birth(True)}),
        ("俩孩子都有", {every_birth(True), ("child_count", None, 2, "statement")}),
        ("俩娃都没赶上", {every_birth(False), ("child_count", None, 2, "statement")}),
        ("两次都有", {every_birth(True)}),
    ],
)
def test_the_births_counted_answer_together(text: str, expected: set[Fact]) -> None:
    assert facts(text, TWO, "hardship_at_birth") == expected


def test_a_count_short_of_the_known_births_names_none() -> None:
    assert facts("俩都有", THREE, "hardship_at_birth") == set()


# 孩子生下来第三年才开始吃低保: got on in a later year after the birth, none at it, no word of now.
@pytest.mark.parametrize(
    "text", ["孩子生下来第三年才开始吃低保 生的时候没有", "孩子出生后第二年才开始领的低保"]
)
def test_a_benefit_begun_years_after_the_birth(text: str) -> None:
    assert facts(text, family("2020-03")) == {every_birth(False)}


# 失业金刚到期 | 停了没几天老二就生了: just ended at that birth.
def test_a_benefit_just_expired_at_a_birth() -> None:
    got = facts("生老二那阵失业金刚到期 停了没几天老二就生了", family("2019-09", "2025-06"))
    assert got == {birth(2, False)}


# 三月卅号: 卅 is thirty, like 廿 twenty.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("孙子二〇二四年三月卅号生的", "2024-03-30"),
        ("闺女二〇二三年十二月卅一号生的", "2023-12-31"),
    ],
)
def test_thirty_written_as_sa(text: str, day: str) -> None:
    assert facts(text, {}) == {("child.birth_date", 1, day, "statement")}
