"""Hardship at each birth, and now against the birth: a household, what the citizen wrote, and the
facts the assistant takes from it (the wordings of corpus batch zh_34 and others like them)."""

from datetime import date

import pytest

from understanding import understand

Fact = tuple[str, int | None, object, str]
TODAY = date(2026, 3, 4)  # a Wednesday
TWO = {"city": "jinan", "children": [{"birth_date": "2019-05"}, {"birth_date": "2023-02"}]}
ONE = {"city": "jinan", "children": [{"birth_date": "2024-01"}]}


def facts(text: str, known: dict[str, object] | None, asked: str | None = None) -> set[Fact]:
    """(fact, child, value, kind) read from one message."""
    return {(u.fact, u.child, u.value, u.kind) for u in understand(text, known or {}, asked, TODAY)}


def hardship(text: str, known: dict[str, object] | None, asked: str | None = None) -> set[Fact]:
    """Only the hardship facts read from one message."""
    return {f for f in facts(text, known, asked) if "hardship" in f[0]}


# 刚停 is a stop, as 停了 is: not on the benefit now.
@pytest.mark.parametrize("text", ["失业金上礼拜刚停", "低保上个月刚停", "失业金刚停"])
def test_just_stopped_is_off_it_now(text: str) -> None:
    assert hardship(text, ONE) == {("hardship_now", None, False, "statement")}


# 生完第二个月 is the month after the birth, not the second child: the one birth is "the birth".
@pytest.mark.parametrize(
    "text",
    [
        "孩子生的那会儿还没领 生完第二个月才开始领失业金 现在还能领半年",
        "生孩子的时候没有低保 生完第三个月才批下来 现在在领",
    ],
)
def test_a_month_after_the_birth_names_no_child(text: str) -> None:
    got = hardship(text, ONE)
    assert ("hardship_at_birth", None, False, "statement") in got
    assert not any(f[0] == "child.hardship_at_birth" for f in got)


# 儿子 beside the grandchildren told of is their father, not the grandson.
@pytest.mark.parametrize(
    "text",
    [
        "孙子八个月 孙女三岁半 儿子失业在家领失业金 生孙子那会儿还上班 没领",
        "外孙一岁 外孙女五岁 女儿现在领低保 生外孙那会儿还上着班 没领",
    ],
)
def test_the_grandchilds_parent_on_benefits_is_now(text: str) -> None:
    got = hardship(text, {"city": "jinan"})
    assert ("hardship_now", None, True, "statement") in got
    assert ("child.hardship_at_birth", 2, False, "statement") in got
    assert ("child.hardship_at_birth", 2, True, "statement") not in got


# To "dibao at the births?": 还没批下来 is a no for that birth (not yet approved), 批下来了 a yes.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大的生的那会儿有 小的那会儿还没批下来", {(1, True), (2, False)}),
        ("老大那会儿没有 老二那会儿已经批下来了", {(1, False), (2, True)}),
        ("老大那会儿还没办下来 老二有", {(1, False), (2, True)}),
    ],
)
def test_approval_not_yet_is_a_no_for_that_birth(text: str, expected: set) -> None:
    got = hardship(text, TWO, "hardship_at_birth")
    assert {(c, v) for f, c, v, _ in got if f == "child.hardship_at_birth"} == expected


# 这回 is the newest birth, though an older one was named just before it (老大那会儿 … 这回).
@pytest.mark.parametrize(
    "text",
    [
        "上周三生的二胎 老大那会儿家里领低保 这回没领",
        "老二前天刚生 老大那时候吃着低保 这次没有",
    ],
)
def test_this_time_is_the_newest_birth(text: str) -> None:
    got = hardship(text, {"city": "jinan", "children": [{"birth_date": "2021-09"}]})
    assert ("child.hardship_at_birth", 1, True, "statement") in got
    assert ("child.hardship_at_birth", 2, False, "statement") in got


# A part that only names a birth's time (小的生的时候) is the time of the benefit named next,
# though a benefit was named before it.
@pytest.mark.parametrize(
    "text",
    [
        "大的那个 生的时候家里领着低保 小的生的时候 特困也领着",
        "生老大的时候领着失业金 老二出生那会儿 低保也在领",
    ],
)
def test_a_birth_time_alone_frames_the_benefit_after_it(text: str) -> None:
    got = hardship(text, TWO)
    assert got == {
        ("child.hardship_at_birth", 1, True, "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
    }


# Got on the benefit in the time a part before framed (老二生的时候 低保刚批下来): at that birth.
@pytest.mark.parametrize(
    "text",
    ["老大那会儿没领 老二生的时候 低保刚批下来", "老大那时候没有 生老二那会儿 开始领的失业金"],
)
def test_got_on_in_a_birth_framed_before_is_that_birth(text: str) -> None:
    got = hardship(text, TWO)
    assert got == {
        ("child.hardship_at_birth", 1, False, "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
    }


# A birth told (大的生在2016年, 老二是2021年的), then that time (那会儿, 那年), a coincidence (又赶上)
# or a bare yes or no (没领, 没有): of that birth, not now.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大的生在2016年 那会儿家里穷 领低保 小的2023年生的 没领", {(1, True), (2, False)}),
        (
            "老大是2015年生的 那年家里是特困户 老二是2021年的 没有 老三今年生的 又赶上领失业金",
            {(1, True), (2, False), (3, True)},
        ),
        ("老大是2016年的 那阵子家里领着低保 老二22年生的 没有", {(1, True), (2, False)}),
        ("老二去年生的 正好赶上领失业金 老大那年没有", {(1, False), (2, True)}),
    ],
)
def test_a_birth_told_then_its_time_or_answer(text: str, expected: set) -> None:
    got = hardship(text, {"city": "beijing"})
    assert {(c, v) for f, c, v, _ in got if f == "child.hardship_at_birth"} == expected
    assert not any(f[0] == "hardship_now" for f in got)


# 领 with nothing named after it, told at a birth or now: the benefit (the bot's only "drawn"
# household fact), when nothing else to draw is named.
@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        (
            "生孩子那时候没领 现在领 能算吗",
            ONE,
            {("hardship_at_birth", None, False, "statement"), ("hardship_now", None, True, "statement")},
        ),
        ("现在已经不领了 去年就停了", ONE, {("hardship_now", None, False, "statement")}),
        (
            "孩子出生时候没领 现在在领",
            ONE,
            {("hardship_at_birth", None, False, "statement"), ("hardship_now", None, True, "statement")},
        ),
        (
            "打错了 是老三出生的时候领的 不是老二",
            {"city": "jinan", "children": [
                {"birth_date": "2015-01"}, {"birth_date": "2019-04", "hardship_at_birth": True},
                {"birth_date": "2024-08"},
            ]},
            {("child.hardship_at_birth", 3, True, "correction"),
             ("child.hardship_at_birth", 2, False, "correction")},
        ),
        (
            "更正 小的出生时没领 是现在才领的",
            {"city": "jinan", "children": [
                {"birth_date": "2019-09"}, {"birth_date": "2024-04", "hardship_at_birth": True},
            ]},
            {("child.hardship_at_birth", 2, False, "correction"),
             ("hardship_now", None, True, "statement")},
        ),
    ],
)  # fmt: skip
def test_drawing_with_no_benefit_named(text: str, known: dict, expected: set) -> None:
    assert hardship(text, known) == expected


# 领 of something else, or asked about, is no benefit.
@pytest.mark.parametrize(
    "text",
    ["生孩子那时候没领补贴 现在领了", "现在还能领吗", "老大出生的时候领了生育津贴", "现在领证了"],
)
def test_drawing_something_else_is_no_benefit(text: str) -> None:
    assert hardship(text, ONE) == set()


# A kind of family, a birth while on benefits, or benefits supposed (的话), put to the rules in a
# question with no one of the family named: nothing of the family's.
@pytest.mark.parametrize(
    "text",
    [
        "低保户生的孩子 补贴是不是能多领几年",
        "特困户的孩子 上学有补助吗",
        "领失业金期间生孩子 济南给多少托育补贴",
        "吃低保的时候生孩子 还有生育津贴吗",
        "低保和失业金都领的话 补贴能叠加吗",
        "特困供养的话 生三胎给多少",
    ],
)
def test_benefits_put_to_the_rules_state_nothing(text: str) -> None:
    assert facts(text, {}) == set()


# The family's own case supposed is still a question of theirs.
def test_our_own_benefits_supposed_are_a_question() -> None:
    got = hardship("如果我们低保和失业金都领的话 补贴能叠加吗", TWO)
    assert got == {("hardship_now", None, True, "question")}


# Children born in a year, asked of, and the year of a rule: no child of the family.
@pytest.mark.parametrize(
    "text",
    ["今年生的孩子还能按2022年的政策领吗", "去年出生的宝宝也能领吗", "23年生的娃能按新规定领吗"],
)
def test_children_of_a_year_asked_of_are_no_ones(text: str) -> None:
    assert facts(text, {}) == set()


# 俩都 / 仨都 of the children known, in passing (现在俩都上学了, 那时候俩都没领): their count.
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("生小的那年刚好领失业金 大的那年没有 现在俩都上学了 俺也上班了 不领了", None),
        ("没 那时候俩都没领", "hardship_at_birth"),
        ("现在俩都上幼儿园了", None),
    ],
)
def test_both_of_the_known_children_counts_them(text: str, asked: str | None) -> None:
    assert ("child_count", None, 2, "statement") in facts(text, TWO, asked)


# 我们俩都 is the parents, not the children.
def test_we_both_is_no_child_count() -> None:
    got = facts("我们俩都上班", TWO)
    assert not any(f[0] == "child_count" for f in got)
