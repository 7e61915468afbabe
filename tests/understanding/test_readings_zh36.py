"""Durations that are not ages, an age put right as just turned, questions about a kind of family
and loose answers about the home: a household, what the citizen wrote, and the facts the assistant
takes from it (the wordings of corpus batch zh_36 and others like them)."""

from datetime import date

import pytest

from understanding import understand

Fact = tuple[str, int | None, object, str]
TWO_KIDS = {"city": "jinan", "children": [{"birth_date": "2016-07"}, {"birth_date": "2020-07"}]}


def facts(text: str, known: dict[str, object] | None, asked: str | None, today: date) -> set[Fact]:
    """(fact, child, value, kind) read from one message, approximate dates at month precision."""
    return {(u.fact, u.child, u.value, u.kind) for u in understand(text, known or {}, asked, today)}


# The birthday just passed, said after the age (刚满的, 才过完生日): N years, not N and a half.
@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("不对 老大不是八岁 是九岁 刚满的", TWO_KIDS, {("child.birth_date", 1, "2016-01", "correction")}),
        ("闺女三岁了 才过完生日", None, {("child.birth_date", 1, "2022-01", "statement")}),
        ("孙子四岁 刚刚满的", None, {("child.birth_date", 1, "2021-01", "statement")}),
        ("老大五岁 刚满 老二两岁多", {"city": "jinan"},
         {("child.birth_date", 1, "2020-01", "statement"), ("child.birth_date", 2, "2022-07", "statement")}),
    ],
)  # fmt: skip
def test_an_age_said_just_reached_after_it(text: str, known: dict | None, expected: set) -> None:
    assert facts(text, known, None, date(2025, 1, 6)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "老大九岁 刚满月的是老二",
            {1: "2015-07", 2: "2024-12"},
        ),  # 刚满月: the younger one's month
        ("儿子六岁 刚过完年", {1: "2018-07"}),  # the new year just passed, no birthday
        ("闺女三岁半 刚满的", {1: "2021-07"}),  # a half said: the half stands
    ],
)
def test_other_words_after_an_age_leave_it_as_said(text: str, expected: dict) -> None:
    got = facts(text, {"city": "jinan"}, None, date(2025, 1, 6))
    assert {c: v for f, c, v, _ in got if f == "child.birth_date"} == expected


# A question about a kind of family named by its benefit, having a child: no fact of the writer's.
@pytest.mark.parametrize(
    "text",
    [
        "领低保的家庭生二胎 补贴能多发吗",
        "领低保的家庭怀二胎 补贴能多发吗",
        "特困户生三胎 有额外的钱吗",
        "领失业金的人生孩子 生育津贴还给吗",
        "双职工家庭要是再生一个 公积金能多贷吗",
    ],
)
def test_a_kind_of_family_asked_about_states_nothing(text: str) -> None:
    assert facts(text, {}, None, date(2025, 4, 24)) == set()


def test_the_writers_own_family_named_by_its_benefit_is_read() -> None:
    got = facts("我们是低保户 生老二的时候也是", {"city": "jinan"}, None, date(2025, 4, 24))
    assert got == {
        ("hardship_now", None, True, "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
    }


# A home bought told by how long ago or how long lived in since: owned.
@pytest.mark.parametrize(
    "text",
    [
        "俺们在济南买房子住了六年了 儿子三岁 闺女刚一个月",
        "买房好几年了 房贷还剩一半",
        "房子早就买了 就在小区边上",
        "我们已经买房了",
        "买了房子三年了",
    ],
)
def test_a_home_bought_some_time_ago_is_owned(text: str) -> None:
    got = facts(text, {"city": "jinan"}, None, date(2025, 8, 28))
    assert ("owns_home_in_city", None, True, "statement") in got
    assert not [f for f in got if f[0] == "buying_first_home"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("想买房子住 现在租的", {("buying_first_home", None, True, "statement"), ("renting", None, True, "statement")}),
        ("打算过两年再买房", {("buying_first_home", None, True, "statement")}),
    ],
)  # fmt: skip
def test_a_home_to_buy_is_not_owned(text: str, expected: set) -> None:
    assert facts(text, {"city": "jinan"}, None, date(2025, 8, 28)) == expected


# Renting on for a while (再租两年看看, 继续租着, 接着租): renting now.
@pytest.mark.parametrize(
    "text",
    ["不打算 手里没钱 再租两年看看", "不打算 继续租着吧", "暂时不打算 接着租 等孩子大点再说"],
)
def test_renting_on_is_renting(text: str) -> None:
    got = facts(text, {"city": "beijing"}, "buying_first_home", date(2025, 6, 11))
    assert got == {
        ("buying_first_home", None, False, "confirmation"),
        ("renting", None, True, "statement"),
    }


# A loose answer with a time told (那几年, 前几个月, 好几年, 没几天): no question of the writer's.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("都没 那几年日子还行", False),
        ("都没领过 那几个月他还上着班", False),
        ("在领 领了好几年了", True),
    ],
)
def test_a_time_told_in_a_loose_answer_is_no_question(text: str, held: bool) -> None:
    got = facts(text, TWO_KIDS, "hardship_at_birth", date(2025, 4, 24))
    assert ("hardship_at_birth", None, held, "confirmation") in got


def test_a_number_of_years_asked_is_still_a_question() -> None:
    """几年 asked (要交几年社保) stays a question: no yes or no to the bot's."""
    got = facts("低保要交几年社保才能领", TWO_KIDS, "hardship_at_birth", date(2025, 4, 24))
    assert not [f for f in got if f[0] == "hardship_at_birth"]


# Now told first by the benefit's verb alone, the benefit named after at a birth: now, then.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("现在没领了 生老大时候领过一年多失业金",
         {("hardship_now", None, False, "statement"), ("child.hardship_at_birth", 1, True, "statement")}),
        ("现在还在领 生老二那会就领着低保了",
         {("hardship_now", None, True, "statement"), ("child.hardship_at_birth", 2, True, "statement")}),
        ("现在吃不上饭 生老大时候领过低保", {("child.hardship_at_birth", 1, True, "statement")}),
    ],
)  # fmt: skip
def test_now_said_before_the_benefit_is_named(text: str, expected: set) -> None:
    assert facts(text, TWO_KIDS, None, date(2025, 4, 24)) == expected


# Years since the birth (出生快两年了, 生下来一年多了, 出生两年半了): an age, as 快两岁, 一岁多, 两岁半;
# 出生N年了 alone is N years, as N年前.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老二出生快两年了", {2: "2023-05"}),
        ("闺女生下来一年多了", {1: "2023-10"}),
        ("儿子出生两年半了", {1: "2022-10"}),
        ("老大出生五年了 老二生下来才三个月", {1: "2020-04", 2: "2025-01"}),
    ],
)
def test_years_since_the_birth_are_an_age(text: str, expected: dict) -> None:
    got = facts(text, {"city": "jinan"}, None, date(2025, 4, 24))
    assert {c: v for f, c, v, _ in got if f == "child.birth_date"} == expected


def test_years_after_the_birth_are_no_age() -> None:
    """出生两年后 (something after the birth): no age of the child."""
    got = facts("孩子出生两年后户口才落下来", {"city": "jinan"}, None, date(2025, 4, 24))
    assert not [f for f in got if f[0] == "child.birth_date"]
