"""Twins and triplets in new shapes, the one-month party as an age, and answers to the housing
fund question: a household, what the citizen wrote, and the facts the assistant takes from it
(the wordings of corpus batch zh_35 and others like them)."""

from datetime import date

import pytest

from understanding import understand

Fact = tuple[str, int | None, object, str]
TODAY = date(2026, 5, 19)


def facts(
    text: str, known: dict[str, object] | None = None, asked: str | None = None, today: date = TODAY
) -> set[Fact]:
    """(fact, child, value, kind) read from one message."""
    return {(u.fact, u.child, u.value, u.kind) for u in understand(text, known or {}, asked, today)}


def births(got: set[Fact]) -> dict[int | None, object]:
    return {child: value for fact, child, value, _ in got if fact == "child.birth_date"}


def count(got: set[Fact]) -> object:
    return next((value for fact, _, value, _ in got if fact == "child_count"), None)


# 满月酒刚办完: the one-month party just held, so the child is a month old (as 刚满月).
@pytest.mark.parametrize(
    "text",
    [
        "孩子满月酒刚办完 俺们是济南的",
        "外孙的满月宴刚摆完",
        "刚办了满月酒 是个小子",
        "满月酒已经办过了 大胖小子",
    ],
)
def test_the_one_month_party_just_held_is_a_one_month_age(text: str) -> None:
    assert births(facts(text)) == {1: "2026-04"}


@pytest.mark.parametrize("text", ["双胞胎满月酒还没摆呢", "下个月给孩子办满月酒"])
def test_a_one_month_party_still_to_come_is_no_age(text: str) -> None:
    assert births(facts(text)) == {}


def test_the_party_of_twins_dates_both() -> None:
    got = facts("闺女头一胎就生了双胞胎 一男一女 满月酒刚办完 在北京租房子")
    assert births(got) == {1: "2026-04", 2: "2026-04"}
    assert count(got) == 2


# 两个 一块生的, 三个都是一胎生的: children counted, then born at one birth, are twins or triplets.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("两个 一块生的 一岁零八个月", {1: "2024-09", 2: "2024-09"}),
        ("三个 都是一胎生的 刚满月", {1: "2026-04", 2: "2026-04", 3: "2026-04"}),
        ("俩娃是一起出生的 八个月", {1: "2025-09", 2: "2025-09"}),
    ],
)
def test_children_counted_then_born_together_share_the_age(text: str, expected: dict) -> None:
    got = facts(text, {"city": "jinan"}, "children")
    assert births(got) == expected
    assert count(got) == len(expected)


def test_children_not_born_together_are_not_made_twins() -> None:
    got = facts("俩孩子不是一块生的 大的三岁 小的一岁", {"city": "jinan"})
    assert births(got) == {1: "2022-11", 2: "2024-11"}


# The only children: 就这三胞胎, 就生了这一对龙凤胎.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("俺家就这三胞胎 都上小班了 在济南有套房", 3),
        ("闺女就生了这一对龙凤胎 一岁零三个月", 2),
        ("儿子家就这一对双胞胎", 2),
    ],
)
def test_just_these_multiples_are_all_the_children(text: str, expected: int) -> None:
    assert count(facts(text)) == expected


# The multiples and one more child: 前面还有个闺女, 加上老大 仨.
@pytest.mark.parametrize(
    "text",
    [
        "昨天生的双胞胎 俩儿子 前面还有个闺女 四岁半",
        "双胞胎刚满月 前头还有个儿子 六岁",
    ],
)
def test_multiples_with_an_elder_child_before_them_make_three(text: str) -> None:
    assert count(facts(text, {"city": "beijing"})) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [("一对龙凤胎 加上老大 仨", 3), ("双胞胎 算上大的一共三个", 3), ("三胞胎加上老大四个", 4)],
)
def test_the_sum_said_after_the_children_named_is_the_count(text: str, expected: int) -> None:
    assert count(facts(text, {"city": "beijing"}, "children")) == expected


# 三胞胎 明年二月预产期: the date before 预产期 is when the multiples just named are due.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三胞胎 明年二月预产期 头一胎", {1: "2027-02", 2: "2027-02", 3: "2027-02"}),
        ("双胞胎 三月份预产期", {1: "2027-03", 2: "2027-03"}),
    ],
)
def test_multiples_then_a_due_month_are_expected(text: str, expected: dict) -> None:
    got = facts(text, {"city": "beijing"}, None, date(2026, 11, 17))
    dues = {child: value for fact, child, value, _ in got if fact == "child.due_date"}
    assert dues == expected
    assert births(got) == {}
    assert count(got) is None


# 一个没有 to the housing fund question: not one of them pays.
@pytest.mark.parametrize("text", ["一个没有 俺俩都是打零工的", "一个没交"])
def test_not_one_paying_the_housing_fund(text: str) -> None:
    got = facts(text, {"city": "jinan"}, "housing_fund_contributors")
    assert ("housing_fund_contributors", None, 0, "statement") in got


def test_one_of_two_paying_the_housing_fund_is_one() -> None:
    got = facts("一个没有 一个有", {"city": "jinan"}, "housing_fund_contributors")
    assert ("housing_fund_contributors", None, 1, "statement") in got


# 北京生双胞胎产假能多给几天: a rule asked about for any multiple birth in a city, no city of ours.
@pytest.mark.parametrize(
    "text", ["北京生双胞胎产假能多给几天", "济南生双胞胎产假有啥规定", "济南生三胞胎有啥补贴"]
)
def test_a_city_rule_for_any_multiple_birth_states_no_city(text: str) -> None:
    assert facts(text) == set()


def test_the_familys_own_twins_in_a_city_still_state_it() -> None:
    got = facts("在北京生了双胞胎 有啥补贴")
    assert ("city", None, "beijing", "statement") in got


# 孙子孙女一块出生的: a boy and a girl named together, born at one birth, are boy-girl twins.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("儿子和闺女是一起生的 两岁", {1: "2023-11", 2: "2023-11"}),
        ("外孙外孙女一块生的 上个月", {1: "2026-04", 2: "2026-04"}),
    ],
)
def test_a_boy_and_a_girl_born_together_are_twins(text: str, expected: dict) -> None:
    assert births(facts(text)) == expected


def test_boy_girl_twins_with_an_elder_brother() -> None:
    got = facts("上周一孙子孙女一块出生的 龙凤胎 上头还有个哥哥 五岁", {}, None, date(2025, 10, 30))
    assert births(got) == {1: "2020-04", 2: "2025-10-20", 3: "2025-10-20"}
    assert count(got) == 3
