"""Tester 49 (fix-t50d): facts told after others, read as the citizen meant them. Today is
1 December 2026 in China."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)

# Tester 49 c06: Jinan hukou, the eldest 5, the 2nd born May 2025, told "没领低保" at the birth.
NOT_ON_BENEFITS_AT_THE_2ND = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2021-06", "approx": "5岁"},
        {"birth_date": "2025-05", "hardship_at_birth": False},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "哦对了 忘说了 生老二的时候我在领失业金 那是不是800",  # tester 49 c06
        "对了 生老二那会儿我们在领低保",
        "忘了说 生老二的时候在领失业保险金",
        "oh and she was on unemployment benefit when our 2nd was born, so is it 800?",
        "forgot to mention, we were on dibao when the 2nd was born",
        "btw we were on dibao when our second was born",
    ],
)
def test_an_afterthought_on_a_birth_puts_the_earlier_no_right(text: str) -> None:
    """ "忘说了 / 对了 / oh and" before a hardship at the 2nd's birth: the earlier "没领低保" is
    put right (a correction), so it is applied and read back as 已更新 / Updated."""
    updates = understand(text, NOT_ON_BENEFITS_AT_THE_2ND, None, TODAY)
    told = [u for u in updates if u.fact == "child.hardship_at_birth"]
    assert [(u.child, u.value, u.kind) for u in told] == [(2, True, "correction")], updates


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("济南的 三个孩子(8岁 4岁 10个月) 两口子都交公积金", ["8岁", "4岁", "10个月"]),  # c07
        ("三个孩子 8岁 4岁 10个月", ["8岁", "4岁", "10个月"]),
        ("两个孩子(4岁 10个月)", ["4岁", "10个月"]),
        ("两个娃 5岁 7个月", ["5岁", "7个月"]),
        ("三个孩子(8岁 4岁10个月)", ["8岁", "4岁", "10个月"]),
    ],
)
def test_ages_listed_with_a_count_are_separate_children(text: str, ages: list[str]) -> None:
    """ "三个孩子(8岁 4岁 10个月)": three children, eldest first, never "老二4岁10个月" and the
    third lost; the count decides an age written together when the list would be short."""
    updates = understand(text, {}, None, TODAY)
    dated = [u for u in updates if u.fact == "child.birth_date"]
    assert [(u.child, u.span.strip()) for u in dated] == [
        (i, age) for i, age in enumerate(ages, 1)
    ], updates
    assert [u.value for u in updates if u.fact == "child_count"] == [len(ages)], updates


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("两个孩子 老大4岁10个月", "4岁10个月"),
        ("两个孩子 大的4岁 10个月", "4岁 10个月"),
        ("一个孩子 4岁10个月", "4岁10个月"),
        ("两个孩子 老大1岁零2个月", "1岁"),
    ],
)
def test_one_childs_years_and_months_stay_one_age(text: str, age: str) -> None:
    """An age named by its child (老大, 大的) or filling the count is one child's age."""
    updates = understand(text, {}, None, TODAY)
    dated = [u for u in updates if u.fact == "child.birth_date"]
    assert [u.child for u in dated] == [1] and dated[0].span.startswith(age), updates
