"""Colloquial ages, kinship words, corrections and answers to the children question: a household,
what the citizen wrote, and the facts the assistant takes from it (the wordings of corpus batch
zh_33 and others like them)."""

from datetime import date

import pytest

from understanding import understand

Fact = tuple[str, int | None, object, str]


def facts(text: str, known: dict[str, object] | None, asked: str | None, today: date) -> set[Fact]:
    """(fact, child, value, kind) read from one message, approximate dates at month precision."""
    return {(u.fact, u.child, u.value, u.kind) for u in understand(text, known or {}, asked, today)}


# Ages: N岁零十M个月 is N years and 10 + M months (the 零 is a filler before the ten).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孙子两岁零十一个月", "2023-03"),
        ("外孙女一岁零十个月了", "2024-04"),
        ("闺女三岁零十二个月", "2022-02"),
    ],
)
def test_years_and_ten_odd_months(text: str, expected: str) -> None:
    got = facts(text, {}, None, date(2026, 2, 17))
    assert got == {("child.birth_date", 1, expected, "statement")}


# A grandchild or a child named by order, then a bare number beside ages in 岁: its age in years.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "大孙子十四 二孙子十岁 小孙女才一岁零四个月",
            {("child.birth_date", 1, "2012-01"), ("child.birth_date", 2, "2016-01"),
             ("child.birth_date", 3, "2025-03")},
        ),
        ("大儿子十二 小闺女三岁", {("child.birth_date", 1, "2014-01"), ("child.birth_date", 2, "2023-01")}),
        ("大外孙女都十一了 小外孙三岁", {("child.birth_date", 1, "2015-01"), ("child.birth_date", 2, "2023-01")}),
    ],
)  # fmt: skip
def test_a_bare_number_right_after_a_named_child_is_its_age(text: str, expected: set) -> None:
    got = {(f, c, v) for f, c, v, _ in facts(text, {"city": "jinan"}, None, date(2026, 7, 20))}
    assert expected <= got


# A count said right after the relation word (外孙俩, 孙女仨: no order word before it), then the
# ages in 岁: the count, not one more child of that age (merge of fix-zh32's counts and these ages).
@pytest.mark.parametrize(
    ("text", "count", "ages"),
    [
        ("外孙俩 大的六岁 小的六个月", 2, {1: "2019-12", 2: "2025-12"}),
        ("孙女仨 大的九岁 老二五岁 小的两岁", 3, {1: "2016-12", 2: "2020-12", 3: "2023-12"}),
    ],
)  # fmt: skip
def test_a_count_after_the_relation_word_is_no_age(text: str, count: int, ages: dict) -> None:
    got = facts(text, {"city": "jinan"}, None, date(2026, 6, 18))
    assert ("child_count", None, count, "statement") in got
    assert {c: v for f, c, v, _ in got if f == "child.birth_date"} == ages


def test_bare_numbers_after_grandchildren_with_no_age_in_years_are_no_ages() -> None:
    """大孙子十四 二孙子十二: with no 岁 anywhere, the numbers may be anything (as 老大12 老二8)."""
    got = facts("大孙子十四 二孙子十二", {"city": "jinan"}, None, date(2026, 7, 20))
    assert not [f for f in got if f[0] == "child.birth_date"]


# "这是老二" after a birth told, even when an elder child was named in between.
@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("上周三俺儿媳妇生了 是个孙女 家里这是二胎", {}, {("child.birth_date", 2, "2025-01-01", "statement")}),
        (
            "上周五闺女生了 大外孙都十岁了 这是老二",
            {"city": "jinan"},
            {("child.birth_date", 1, "2014-07", "statement"),
             ("child.birth_date", 2, "2025-01-03", "statement")},
        ),
        ("前天生了个小子 这回是三胎", {}, {("child.birth_date", 3, "2025-01-07", "statement")}),
    ],
)  # fmt: skip
def test_this_is_our_second_names_the_birth_told(text: str, known: dict, expected: set) -> None:
    assert facts(text, known, None, date(2025, 1, 9)) == expected


# A height put right: 是九十八 不是八十九 corrects the height, it counts no children.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("搞错了 小的身高是九十八 不是八十九", {("child.height_cm", 2, 98.0, "correction")}),
        ("说错了 老大身高是一百零五 不是一百一", {("child.height_cm", 1, 105.0, "correction")}),
    ],
)
def test_a_height_put_right_is_no_count(text: str, expected: set) -> None:
    known = {
        "city": "beijing",
        "children": [{"birth_date": "2019-09", "height_cm": 110}, {"birth_date": "2022-09", "height_cm": 89}],
    }  # fmt: skip
    assert facts(text, known, None, date(2025, 3, 18)) == expected


def test_a_count_put_right_is_still_read() -> None:
    got = facts("不是两个孩子 是三个", {"city": "jinan"}, None, date(2025, 3, 18))
    assert ("child_count", None, 3, "correction") in got or (
        "child_count",
        None,
        3,
        "statement",
    ) in got


# The children before a pregnancy, counted: 前面俩, 上头已经有两个.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("怀的三胎 五个月了 前面俩一个八岁一个四岁", 2),
        ("又怀上了 上头已经有仨了", 3),
        ("怀老三了 前边两个都是闺女", 2),
    ],
)
def test_the_children_before_a_pregnancy_are_counted(text: str, count: int) -> None:
    got = facts(text, {"city": "beijing"}, None, date(2025, 8, 21))
    assert ("child_count", None, count, "statement") in got


def test_months_before_a_pregnancy_count_no_children() -> None:
    got = facts("怀二胎了 前头俩月吐得厉害", {"city": "beijing"}, None, date(2025, 8, 21))
    assert not [f for f in got if f[0] == "child_count"]


def test_the_children_before_a_newborn_are_not_all_of_them() -> None:
    got = facts("前天生了 前面俩都是闺女", {"city": "beijing"}, None, date(2025, 8, 21))
    assert ("child_count", None, 2, "statement") not in got


# 俩都 / 仨都 of the children the message tells of: their count.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("大的两岁半 小的刚满月 俩都是剖的", 2),
        ("老大七岁 老二五岁 老三一岁 仨都在老家", 3),
    ],
)
def test_both_of_the_children_told_are_counted(text: str, count: int) -> None:
    got = facts(text, {"city": "beijing"}, None, date(2026, 4, 23))
    assert ("child_count", None, count, "statement") in got


def test_both_of_the_known_children_in_passing_count_nothing() -> None:
    known = {"city": "beijing", "children": [{"birth_date": "2018-09"}, {"birth_date": "2021-12"}]}
    got = facts(
        "俩都量了 大的一百二十六 小的一百零三", known, "children.height_cm", date(2025, 11, 30)
    )
    assert got == {
        ("child.height_cm", 1, 126.0, "statement"),
        ("child.height_cm", 2, 103.0, "statement"),
    }


def test_both_parents_paying_the_fund_count_no_children() -> None:
    got = facts("俺俩都交着", {"city": "beijing"}, "housing_fund_contributors", date(2026, 4, 23))
    assert not [f for f in got if f[0] == "child_count"]


# None born yet, asked the children question: 0, and the pregnancy is the first child.
@pytest.mark.parametrize("text", ["一个都还没有呢 刚怀上", "一个也还没有 刚怀上"])
def test_none_born_yet_and_expecting(text: str) -> None:
    got = facts(text, {"city": "jinan"}, "children", date(2025, 10, 8))
    assert got == {("child_count", None, 0, "statement"), ("child.due_date", 1, None, "statement")}


# The youngest said not born yet is the pregnancy the due date is of.
@pytest.mark.parametrize(
    "text", ["大的一岁半 小的还没生 下个月预产期", "老大一岁半 老二还没出生 预产期下个月"]
)
def test_the_youngest_not_born_yet_is_the_pregnancy(text: str) -> None:
    got = facts(text, {"city": "jinan"}, None, date(2025, 9, 16))
    assert got == {
        ("child.birth_date", 1, "2024-03", "statement"),
        ("child.due_date", 2, "2025-10", "statement"),
    }


def test_not_born_yet_at_a_past_time_is_no_pregnancy() -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2019-01"}, {"birth_date": "2023-01"}]}
    got = facts("领低保那会儿老二还没生", known, None, date(2025, 9, 16))
    assert not [f for f in got if f[0] == "child.due_date"]


# A child told of only by its school, beside a baby's age: the pupil is the elder.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("两个 一个上初中 一个刚满一周岁", ("child.birth_date", 2, "2025-06", "statement")),
        ("俩 一个三岁 另一个上小学了", ("child.birth_date", 2, "2022-12", "statement")),
        ("两个 一个才八个月 一个读三年级", ("child.birth_date", 2, "2025-10", "statement")),
    ],
)
def test_a_child_at_school_is_older_than_a_baby(text: str, expected: Fact) -> None:
    got = facts(text, {"city": "beijing"}, "children", date(2026, 6, 2))
    assert got == {("child_count", None, 2, "statement"), expected}


# Questions about the rules that tell nothing of the family.
@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("今年年底前生的还算今年的政策吗", date(2025, 12, 30)),
        ("明年七月一号以后出生的孩子能领吗", date(2025, 12, 30)),
        ("北京现在对三孩家庭有啥政策没", date(2026, 1, 5)),
        ("济南对二孩家庭有什么补贴吗", date(2026, 1, 5)),
    ],
)
def test_a_question_about_the_rules_states_nothing(text: str, today: date) -> None:
    assert facts(text, {}, None, today) == set()


def test_a_city_said_as_the_familys_own_before_the_question_is_read() -> None:
    got = facts("济南的 有啥补贴", {}, None, date(2026, 1, 5))
    assert got == {("city", None, "jinan", "statement")}
