"""Multiples beside older or younger children (二宝三宝是一对儿 大宝六岁多, 老三老四一胎生的 上头哥俩),
a boy and a girl born together or said to be a pair (孙子孙女同一天生的, 外孙外孙女是一对儿), the pair
pointed at (那对儿落地时), twins on the way counted (八月初 是俩), counts stated beside the babies of
one birth (生了 俩小子 … 三个娃了), a count denied and put right (不是俩孩子 … 一共仨), ages with the
unit said once (一个十二 一个九岁) and heights of the younger two (小的俩都一米一): a household,
what the citizen wrote, and the facts the assistant takes from it (the wordings of corpus batch
zh_46 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import Fact, facts_on, family

JINAN = {"city": "jinan"}
TODAY = date(2026, 5, 27)  # a Wednesday: 上周五 = 2026-05-22, 前天 = 2026-05-25


facts = facts_on(TODAY)


# 三个小家伙, 俩小不点, 四个小朋友: children counted by a fond word for little ones.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("三个小家伙 二宝三宝是一对儿 刚满周岁 大宝六岁多了", 3),
        ("家里俩小家伙 一个五岁一个三岁", 2),
        ("仨小不点 老大四岁 老二老三双胞胎一岁", 3),
        ("四个小朋友 老大九岁 老二六岁 小的俩是双胞胎 一岁", 4),
    ],
)
def test_children_counted_by_a_fond_word(text: str, count: int) -> None:
    assert ("child_count", None, count, "statement") in facts(text, JINAN)


# 孙子孙女同一天生的, 外孙外孙女是一对儿, 闺女跟儿子同时生的: a boy and a girl born at one birth, or
# said to be a pair, are boy-girl twins; 没别的娃 says they are all the children.
@pytest.mark.parametrize(
    ("text", "born", "count"),
    [
        ("孙子孙女同一天生的 今年三岁半 没别的娃", "2022-11", 2),
        ("外孙外孙女是一对儿 23.5.1生的 闺女就这俩", "2023-05-01", 2),
        ("闺女儿子是一对 两岁了 就这俩", "2023-11", 2),
        ("儿子和闺女同一天出生的 去年三月", "2025-03", None),
        ("闺女跟儿子同时生的 去年十月", "2025-10", None),
        ("孙子和外孙女同一天生的 都三岁", "2022-11", None),
    ],
)
def test_a_boy_and_a_girl_born_together_are_twins(text: str, born: str, count: int | None) -> None:
    expected: set[Fact] = {
        ("child.birth_date", 1, born, "statement"),
        ("child.birth_date", 2, born, "statement"),
    }
    if count is not None:
        expected.add(("child_count", None, count, "statement"))
    assert facts(text, JINAN) == expected


def test_two_of_one_sex_born_the_same_day_are_twins() -> None:
    assert facts("两个孙女同一天生的 今年五岁", JINAN) == {
        ("child_count", None, 2, "statement"),
        ("child.birth_date", 1, "2020-11", "statement"),
        ("child.birth_date", 2, "2020-11", "statement"),
    }


@pytest.mark.parametrize("text", ["龙凤胎 三岁半 没其他小孩", "双胞胎三岁半 没有别的孩子"])
def test_no_other_child_makes_the_twins_all_the_children(text: str) -> None:
    assert ("child_count", None, 2, "statement") in facts(text, JINAN)


# 小的俩, 底下俩, 下面俩 of three known: the two youngest; 大的俩: the two eldest.
THREE = family("2016-03", "2020-03", "2020-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("小的俩都一米一 坐火车要买票不", {2: 110, 3: 110}),
        ("小的两个都一米一", {2: 110, 3: 110}),
        ("下面俩一个一米一 一个一米零五", {2: 110, 3: 105}),
        ("后面俩一个一米一 一个一米零五", {2: 110, 3: 105}),
        ("大的俩都一米四了 小的一米一", {1: 140, 2: 140, 3: 110}),
    ],
)
def test_heights_of_the_two_named_by_rank(text: str, expected: dict[int, int]) -> None:
    got = facts(text, THREE)
    assert got == {("child.height_cm", c, float(cm), "statement") for c, cm in expected.items()}


def test_below_a_height_said_of_the_younger_two() -> None:
    assert facts("底下俩都不到一米二", THREE) == {
        ("child.height_below_cm", 2, 120.0, "statement"),
        ("child.height_below_cm", 3, 120.0, "statement"),
    }


def test_the_younger_two_aged() -> None:
    assert facts("小的俩都三岁多了", THREE) == {
        ("child.birth_date", 2, "2022-11", "statement"),
        ("child.birth_date", 3, "2022-11", "statement"),
    }


@pytest.mark.parametrize("text", ["下面两个月交了公积金", "小的2岁 大的5岁", "后面俩月再说"])
def test_a_span_or_an_age_after_the_rank_is_no_pair(text: str) -> None:
    got = facts(text, THREE)
    assert not any(f[1] == 2 and f[0] == "child.height_cm" for f in got)
    assert ("child.birth_date", 2, "2026-03", "statement") not in got


# 大宝二宝是双胞胎 一米三五了都: the twins named, their one height in the next clause with 都.
@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        (
            "大宝二宝是双胞胎 一米三五了都 三宝一米整",
            family("2016-11", "2016-11", "2021-11"),
            {1: 135, 2: 135, 3: 100},
        ),
        ("大宝二宝双胞胎 都一米三五了", family("2016-11", "2016-11", "2021-11"), {1: 135, 2: 135}),
        ("老二老三是龙凤胎 都一米零八", THREE, {2: 108, 3: 108}),
        ("二宝三宝 一米零八了都", THREE, {2: 108, 3: 108}),
    ],
)
def test_one_height_for_the_children_named_before(
    text: str, known: dict[str, object], expected: dict[int, int]
) -> None:
    got = facts(text, known)
    assert got == {("child.height_cm", c, float(cm), "statement") for c, cm in expected.items()}


def test_two_heights_after_two_children_are_one_each() -> None:
    assert facts("老大老二 一米三五 一米三", family("2016-11", "2016-11", "2021-11")) == {
        ("child.height_cm", 1, 135.0, "statement"),
        ("child.height_cm", 2, 130.0, "statement"),
    }


# 不是俩孩子 … 一共仨: the count after 不是 is the one put right; the count said after it is the
# family's, a correction (and the new twin gets no birth date nobody said).
TWO = family("2020-03", "2025-07")


@pytest.mark.parametrize(
    "text",
    [
        "哎说岔了 不是俩孩子 小的是双胞胎 一共仨",
        "不对 不是两个娃 小的是一对 一共三个",
        "记错了 不是两个娃 小的是龙凤胎 三个娃",
        "记岔了 孩子不是俩 是仨",
    ],
)
def test_a_denied_count_then_the_right_one(text: str) -> None:
    assert facts(text, TWO, date(2025, 9, 22)) == {("child_count", None, 3, "correction")}


# 是俩, 怀的是两个, 这回是两个: the babies on the way counted, twins (or triplets).
EXPECTING = {"city": "beijing", "children": [{"birth_date": "2023-11"}, {"due_date": None}]}


@pytest.mark.parametrize(
    ("text", "due", "size"),
    [
        ("八月初 是俩 一男一女", "2026-08", 2),
        ("九月中旬 是两个", "2026-09", 2),
        ("明年一月 怀的是仨", "2027-01", 3),
    ],
)
def test_the_due_date_answered_with_the_babies_counted(text: str, due: str, size: int) -> None:
    got = facts(text, EXPECTING, asked="due_date")
    assert got == {("child.due_date", c, due, "statement") for c in range(2, 2 + size)}


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("媳妇怀上了 是俩 预产期十二月", "2026-12"),
        ("老婆又怀了 这回是两个 十月份生", "2026-10"),
        ("怀的是俩 十月份生", "2026-10"),
    ],
)
def test_a_pregnancy_told_then_its_babies_counted(text: str, due: str) -> None:
    assert facts(text, JINAN) == {
        ("child.due_date", 1, due, "statement"),
        ("child.due_date", 2, due, "statement"),
    }


def test_children_counted_before_a_pregnancy_are_born() -> None:
    got = facts("家里是两个 老婆又怀了", JINAN)
    assert ("child_count", None, 2, "statement") in got
    assert not any(f[0] == "child.due_date" and f[1] == 2 for f in got)


# 老三老四一胎生的, 二宝三宝一胎生的: "born at one birth", no first birth (头胎) named.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "一共三个 二宝三宝一胎生的 去年十月 老大七岁",
            {
                ("child_count", None, 3, "statement"),
                ("child.birth_date", 1, "2018-11", "statement"),
                ("child.birth_date", 2, "2025-10", "statement"),
                ("child.birth_date", 3, "2025-10", "statement"),
            },
        ),
        (
            "一共四个 老三老四一胎生的 今年1月 上头哥俩 一个十二 一个九岁",
            {
                ("child_count", None, 4, "statement"),
                ("child.birth_date", 1, "2013-11", "statement"),
                ("child.birth_date", 2, "2016-11", "statement"),
                ("child.birth_date", 3, "2026-01", "statement"),
                ("child.birth_date", 4, "2026-01", "statement"),
            },
        ),
    ],
)
def test_children_named_by_order_born_at_one_birth(text: str, expected: set[Fact]) -> None:
    assert facts(text, JINAN) == expected


# 上头哥俩 / 上面俩姐姐 / 上头还有俩 after the younger ones told: the elder two, one age each (the
# unit said only after the last age: 一个十 一个八岁).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "四个孩子 老三老四一块儿生的 一岁了 上面俩姐姐 一个十 一个八岁",
            {
                ("child_count", None, 4, "statement"),
                ("child.birth_date", 1, "2015-11", "statement"),
                ("child.birth_date", 2, "2017-11", "statement"),
                ("child.birth_date", 3, "2024-11", "statement"),
                ("child.birth_date", 4, "2024-11", "statement"),
            },
        ),
        (
            "上周三生的双胞胎 上头还有俩 一个八岁一个五岁",
            {
                ("child_count", None, 4, "statement"),
                ("child.birth_date", 1, "2017-11", "statement"),
                ("child.birth_date", 2, "2020-11", "statement"),
                ("child.birth_date", 3, "2026-05-20", "statement"),
                ("child.birth_date", 4, "2026-05-20", "statement"),
            },
        ),
        (
            "俩闺女 一个8 一个5岁半",
            {
                ("child_count", None, 2, "statement"),
                ("child.birth_date", 1, "2017-11", "statement"),
                ("child.birth_date", 2, "2020-11", "statement"),
            },
        ),
    ],
)
def test_elder_ones_counted_after_the_younger_with_their_ages(
    text: str, expected: set[Fact]
) -> None:
    assert facts(text, JINAN) == expected


# 生了 俩小子 … 三个娃了: the babies of the birth counted after its verb, then the family.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("上周五俺儿媳妇生了 俩小子 大孙女在家等着呢 三个娃了", "2026-05-22"),
        ("上周五剖了 俩闺女 家里一共三个娃了", "2026-05-22"),
        ("前天生了 俩小子 加上老大 仨了", "2026-05-25"),
        ("前天生了俩闺女 家里一共三个了", "2026-05-25"),
    ],
)
def test_twins_born_counted_then_the_family(text: str, born: str) -> None:
    assert facts(text, JINAN) == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 2, born, "statement"),
        ("child.birth_date", 3, born, "statement"),
    }


def test_twins_born_counted_alone_are_the_family() -> None:
    assert facts("上周五生了俩小子", JINAN) == {
        ("child_count", None, 2, "statement"),
        ("child.birth_date", 1, "2026-05-22", "statement"),
        ("child.birth_date", 2, "2026-05-22", "statement"),
    }


# 那对儿, 这对小子: the pair pointed at are the known twins; 落地 is a birth (落地时, 落地那年).
@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("那对儿落地时俺家领着特困供养", family("2023-12", "2023-12"), {1: True, 2: True}),
        ("这对儿出生那会儿领着低保", family("2023-12", "2023-12"), {1: True, 2: True}),
        (
            "那对小子落地的时候没领失业金",
            family("2019-12", "2023-12", "2023-12"),
            {2: False, 3: False},
        ),
        ("老大落地那年家里吃着低保", family("2019-12"), {1: True}),
    ],
)
def test_hardship_when_the_pair_was_born(
    text: str, known: dict[str, object], expected: dict[int, bool]
) -> None:
    assert facts(text, known) == {
        ("child.hardship_at_birth", c, v, "statement") for c, v in expected.items()
    }


def test_the_pair_pointed_at_told_of_by_age_and_height() -> None:
    twins = family("2023-12", "2023-12")
    assert facts("那对儿现在三岁", twins, date(2026, 6, 16)) == {
        ("child.birth_date", 1, "2022-12", "statement"),
        ("child.birth_date", 2, "2022-12", "statement"),
    }
    assert facts("这对小子一米一了", twins) == {
        ("child.height_cm", 1, 110.0, "statement"),
        ("child.height_cm", 2, 110.0, "statement"),
    }


@pytest.mark.parametrize("text", ["这对吗", "那对夫妻也领低保吗"])
def test_no_pair_of_children_pointed_at(text: str) -> None:
    got = facts(text, family("2023-12", "2023-12"))
    assert not any(f[0].startswith("child.") for f in got)


# 一下来了俩小子, 一口气生了俩小子: two babies had at once are twins.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "二零年生了个闺女 二四年一下来了俩丫头 就这仨",
            {
                ("child_count", None, 3, "statement"),
                ("child.birth_date", 1, "2020", "statement"),
                ("child.birth_date", 2, "2024", "statement"),
                ("child.birth_date", 3, "2024", "statement"),
            },
        ),
        (
            "老大七岁 去年一口气生了俩小子",
            {
                ("child_count", None, 3, "statement"),
                ("child.birth_date", 1, "2018-11", "statement"),
                ("child.birth_date", 2, "2025", "statement"),
                ("child.birth_date", 3, "2025", "statement"),
            },
        ),
        (
            "两个小家伙是一对儿 刚满周岁",
            {
                ("child_count", None, 2, "statement"),
                ("child.birth_date", 1, "2025-05", "statement"),
                ("child.birth_date", 2, "2025-05", "statement"),
            },
        ),
    ],
)
def test_two_babies_had_at_once_are_twins(text: str, expected: set[Fact]) -> None:
    assert facts(text, JINAN) == expected


def test_people_come_at_once_are_no_twins() -> None:
    assert facts("一下来了俩人", JINAN) == set()


# 前面还有个儿子 beside twins on the way: the son is born, the twins are the next two.
def test_an_elder_child_before_the_twins_due() -> None:
    assert facts("预产期八月 双胎 前面还有个儿子", JINAN) == {
        ("child.due_date", 2, "2026-08", "statement"),
        ("child.due_date", 3, "2026-08", "statement"),
    }


# 老大老二双胞胎 十二, answering how many children: the bare number after the twins named by order
# is their age; the ages with a unit after it are the others'.
def test_a_bare_age_of_the_twins_named_by_order_in_an_answer() -> None:
    assert facts("四个 老大老二双胞胎 十二 老三八岁 老四三岁", None, asked="children") == {
        ("child_count", None, 4, "statement"),
        ("child.birth_date", 1, "2013-11", "statement"),
        ("child.birth_date", 2, "2013-11", "statement"),
        ("child.birth_date", 3, "2017-11", "statement"),
        ("child.birth_date", 4, "2022-11", "statement"),
    }


# 闺女家俩, 儿子家里仨孩子: a grandparent counts the children of a son's or daughter's family.
@pytest.mark.parametrize(
    ("text", "count"), [("闺女家俩 外孙女八岁 外孙三岁", 2), ("儿子家里仨孩子 都上学了", 3)]
)
def test_the_grandchildren_counted_by_their_parents_home(text: str, count: int) -> None:
    assert ("child_count", None, count, "statement") in facts(text, JINAN)


def test_a_home_of_the_daughters_counts_nobody() -> None:
    assert not any(f[0] == "child_count" for f in facts("闺女家的房子是租的", JINAN))


# 双的, 是双的: twins on the way said short; 十二月 俩 answering the due date: two babies.
ONE_AND_EXPECTING = family("2021-03")


@pytest.mark.parametrize(
    ("text", "due"),
    [("怀了 双的 四个月了", "2026-10"), ("媳妇又怀上了 是双的 十月份生", "2026-10")],
)
def test_twins_on_the_way_said_short(text: str, due: str) -> None:
    assert facts(text, ONE_AND_EXPECTING) == {
        ("child.due_date", 2, due, "statement"),
        ("child.due_date", 3, due, "statement"),
    }


@pytest.mark.parametrize(("text", "due"), [("十二月 俩", "2026-12"), ("十月 双的", "2026-10")])
def test_the_due_date_answered_with_the_twins_said_short(text: str, due: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2021-03"}, {"due_date": None}]}
    assert facts(text, known, asked="due_date") == {
        ("child.due_date", 2, due, "statement"),
        ("child.due_date", 3, due, "statement"),
    }


def test_a_number_of_an_order_in_english_is_no_twins() -> None:
    known = {"city": "beijing", "children": [{"birth_date": "2022-01"}, {"due_date": None}]}
    got = facts("im expecting number two, due in february", known, date(2025, 9, 30), "due_date")
    assert got == {("child.due_date", 2, "2026-02", "statement")}


# 周岁半 said short (a year and a half); 上面还有个小姐姐: an elder sister, said fondly.
def test_a_year_and_a_half_said_short() -> None:
    assert facts("大的周岁半 小的刚满月", JINAN) == {
        ("child.birth_date", 1, "2024-11", "statement"),
        ("child.birth_date", 2, "2026-04", "statement"),
    }


def test_an_elder_sister_said_fondly_beside_the_twins() -> None:
    assert facts("双胞胎孙子一岁半 上面还有个小姐姐四岁", JINAN) == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 1, "2021-11", "statement"),
        ("child.birth_date", 2, "2024-11", "statement"),
        ("child.birth_date", 3, "2024-11", "statement"),
    }


# 俩小的 with no children known: the two after the eldest told, or the last two of the count said.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老大一米三 俩小的都一米出头", {1: 130, 2: 100, 3: 100}),
        ("仨娃 老大一米三 俩小的都一米", {1: 130, 2: 100, 3: 100}),
        ("四个孩子 俩小的都一米", {3: 100, 4: 100}),
    ],
)
def test_the_two_youngest_after_the_eldest_or_of_the_count(
    text: str, expected: dict[int, int]
) -> None:
    got = {f for f in facts(text, JINAN) if f[0] != "child_count"}
    assert got == {("child.height_cm", c, float(cm), "statement") for c, cm in expected.items()}


def test_the_two_youngest_said_to_be_twins_beside_the_eldest() -> None:
    assert facts("大孙子三岁半 俩小的是龙凤胎 快两岁了", JINAN) == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 1, "2022-11", "statement"),
        ("child.birth_date", 2, "2024-06", "statement"),
        ("child.birth_date", 3, "2024-06", "statement"),
    }


# 底下一对儿小子, 上周生了一对闺女: a pair of children of one sex are twins (not 一对儿女, a son and a
# daughter); 同一年同一天出生: born together.
def test_a_pair_of_boys_below_the_eldest() -> None:
    assert facts("大闺女七岁半 底下一对儿小子 一岁两个月", JINAN) == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 1, "2018-11", "statement"),
        ("child.birth_date", 2, "2025-03", "statement"),
        ("child.birth_date", 3, "2025-03", "statement"),
    }


def test_a_son_and_a_daughter_are_no_pair_of_twins() -> None:
    assert facts("家里一对儿女 儿子五岁 闺女三岁", JINAN) == {
        ("child.birth_date", 1, "2020-11", "statement"),
        ("child.birth_date", 2, "2022-11", "statement"),
    }


def test_born_the_same_year_and_day() -> None:
    assert facts("外孙外孙女同一年同一天出生 今年两岁", JINAN) == {
        ("child.birth_date", 1, "2023-11", "statement"),
        ("child.birth_date", 2, "2023-11", "statement"),
    }


# 双胞胎一米零二 一米零五: two heights in a row after the twins are one each.
@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        (
            "双胞胎一米零二 一米零五 老大一米三",
            family("2019-03", "2024-03", "2024-03"),
            {1: 130, 2: 102, 3: 105},
        ),
        ("双胞胎 一米零二 一米零五", JINAN, {1: 102, 2: 105}),
    ],
)
def test_two_heights_after_the_twins_are_one_each(
    text: str, known: dict[str, object], expected: dict[int, int]
) -> None:
    got = facts(text, known)
    assert got == {("child.height_cm", c, float(cm), "statement") for c, cm in expected.items()}


def test_one_height_of_both_twins() -> None:
    assert facts("双胞胎俩都一米出头了", family("2019-03", "2024-03", "2024-03")) == {
        ("child.height_cm", 2, 100.0, "statement"),
        ("child.height_cm", 3, 100.0, "statement"),
    }
