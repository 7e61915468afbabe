"""A year and month written with a slash or dash before a grandchild's word (大外孙 2019/10), a
height said only to its ten (一米一几), the first birth named alone after twins on the way (怀上双胞胎了
头胎), a slip owned as 说差了 and a year said to be a cousin's (一六年那是她表哥), grandchildren
counted as 孙娃, the second birth that was twins beside the eldest (生二胎的时候是双胞胎 前面老大十岁,
二胎是双胞胎 上面有个姐姐), the twins below the one known eldest (老大上小学了 下边一对双胞胎), the twins
counted before their word (俩闺女都是二〇年生的 双胞胎 底下还有个弟弟), one more youngest beside the
known twins (还有个小的八个月), and one child and a pair counted together (一个闺女一对双胞胎): a
household, what the citizen wrote, and the facts the assistant takes from it (the wordings of corpus
batch zh_50 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import family
from understanding import understand

Fact = tuple[str, int | None, object, str]
JINAN = {"city": "jinan"}


def facts(
    text: str, known: dict[str, object] | None, today: date, asked: str | None = None
) -> set[Fact]:
    """(fact, child, value, kind) read from one message, approximate dates at month precision."""
    return {(u.fact, u.child, u.value, u.kind) for u in understand(text, known or {}, asked, today)}


# 大外孙 2019/10 外孙女 2022/10: a month written with a slash, dash or dot is a month, even with
# the next child's word right after it.
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("大外孙 2019/10 外孙女 2022/10", "2019-10", "2022-10"),
        ("大孙子 2019-10 孙女 2022.3", "2019-10", "2022-03"),
        ("大闺女2018/7 小闺女2021/11", "2018-07", "2021-11"),
        ("大孙女 2017.9 小孙子 2020.12", "2017-09", "2020-12"),
    ],
)
def test_a_slashed_month_before_the_next_child_is_a_month(
    text: str, first: str, second: str
) -> None:
    got = facts(text, JINAN, date(2025, 6, 18))
    assert ("child.birth_date", 1, first, "statement") in got
    assert ("child.birth_date", 2, second, "statement") in got


# 一米一几, 一米二几: a height told only to its ten is no number of centimetres; the bound said
# after it is what the child is under.
@pytest.mark.parametrize(
    ("text", "below"),
    [
        ("娃才一米一几 反正不到一米二", 120),
        ("孩子一米二几 还不到一米三", 130),
        ("闺女也就一米一几 没到一米二", 120),
    ],
)
def test_a_height_told_to_its_ten_is_no_height(text: str, below: int) -> None:
    got = facts(text, family("2020-07"), date(2025, 1, 13))
    assert got == {("child.height_below_cm", 1, below, "statement")}


def test_the_twins_told_to_their_ten_are_under_the_bound() -> None:
    got = facts("双胞胎都一米二几 还都不到一米三", family("2017-12", "2017-12"), date(2025, 6, 18))
    assert got == {
        ("child.height_below_cm", 1, 130, "statement"),
        ("child.height_below_cm", 2, 130, "statement"),
    }


# 怀上双胞胎了 头胎 三个月: the first birth named alone after twins on the way is that pregnancy,
# and the months after it are months pregnant, not a baby's age.
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("怀上双胞胎了 头胎 三个月", "2025-12"),
        ("怀了龙凤胎 第一胎 五个月了", "2025-10"),
        ("怀了双胞胎 是头胎 四个月了", "2025-11"),
    ],
)
def test_the_first_birth_named_after_twins_on_the_way_is_that_pregnancy(
    text: str, due: str
) -> None:
    assert facts(text, JINAN, date(2025, 6, 18)) == {
        ("child.due_date", 1, due, "statement"),
        ("child.due_date", 2, due, "statement"),
    }


def test_the_first_birth_named_after_one_on_the_way() -> None:
    assert facts("怀上了 头一胎 四个月", JINAN, date(2025, 6, 18)) == {
        ("child.due_date", 1, "2025-11", "statement")
    }


# 说差了, 记差了, 说串了: a slip owned, so the fact after it puts a known one right; a year said
# to be a cousin's or a nephew's belongs to no child of the family.
@pytest.mark.parametrize(
    "text",
    [
        "说差了 大闺女是一八年生的 一六年那是她表哥",
        "记差了 老大一八年的 一六年生的是她堂姐",
        "说串了 老大2018年 16年那是邻居家孩子",
    ],
)
def test_a_slip_owned_corrects_and_a_cousins_year_is_dropped(text: str) -> None:
    known = family(2016, 2021, 2021)
    assert facts(text, known, date(2025, 8, 21)) == {("child.birth_date", 1, "2018", "correction")}


def test_a_nephews_year_told_beside_the_eldest_is_no_child() -> None:
    got = facts("老大是18年生的 2016年的那个是我侄子", family(2016, 2021), date(2025, 8, 21))
    assert got == {("child.birth_date", 1, "2018", "statement")}


# 四个孙娃, 俩孙娃: grandchildren counted by a colloquial word.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("四个孙娃 大孙女三岁半 二孙女两岁多 俩小孙子是双胞胎 刚满月", 4),
        ("三个孙儿 都上学了", 3),
        ("俩孙娃 一个五岁一个三岁", 2),
    ],
)
def test_grandchildren_counted_by_a_colloquial_word(text: str, count: int) -> None:
    assert ("child_count", None, count, "statement") in facts(text, JINAN, date(2025, 10, 14))


# 生二胎的时候是双胞胎 前面老大十岁, 二胎是双胞胎 上面有个姐姐八岁: the second birth was twins, and
# the one born before it: three children.
@pytest.mark.parametrize(
    ("text", "eldest"),
    [
        ("生二胎的时候是双胞胎 前面老大十岁", "2015-02"),
        ("二胎那回生了对龙凤胎 老大今年八岁", "2017-02"),
        ("二胎是双胞胎 上面有个姐姐八岁", "2017-02"),
        ("二胎是龙凤胎 上面还有个哥哥十岁", "2015-02"),
    ],
)
def test_the_second_birth_twins_beside_the_eldest_counts_three(text: str, eldest: str) -> None:
    assert facts(text, JINAN, date(2025, 8, 21)) == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 1, eldest, "statement"),
    }


# 双胞胎三岁 上面有个闺女八岁: an elder child above the twins (上面有个, with or without 还).
@pytest.mark.parametrize(
    "text",
    ["双胞胎三岁 上面有个闺女八岁", "双胞胎三岁 上面有个姐姐八岁", "双胞胎三岁 上头有个哥哥八岁"],
)
def test_one_above_the_twins_is_the_eldest(text: str) -> None:
    assert facts(text, JINAN, date(2025, 8, 21)) == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 1, "2017-02", "statement"),
        ("child.birth_date", 2, "2022-02", "statement"),
        ("child.birth_date", 3, "2022-02", "statement"),
    }


# 老大上小学了 下边一对双胞胎 一岁零五个月: the one known child named as the eldest, the twins' age
# told after it: the family listed, three.
@pytest.mark.parametrize(
    ("text", "twins"),
    [
        ("老大上小学了 下边一对双胞胎 一岁零五个月", "2024-07"),
        ("老大八岁 后来又生了对双胞胎 两岁", "2023-06"),
        ("老大上三年级了 底下一对龙凤胎 一岁半了", "2024-06"),
    ],
)
def test_twins_below_the_known_eldest_count_three(text: str, twins: str) -> None:
    got = facts(text, family("2017-06"), date(2025, 12, 3))
    assert ("child_count", None, 3, "statement") in got
    assert ("child.birth_date", 2, twins, "statement") in got
    assert ("child.birth_date", 3, twins, "statement") in got


def test_news_of_twins_beside_the_known_big_sister_counts_nothing() -> None:
    got = facts("双胞胎上周五到家了 姐姐可高兴了", family("2021-03"), date(2025, 2, 13))
    assert not any(f[0] == "child_count" for f in got)


# 俩闺女都是二〇年生的 双胞胎 底下还有个弟弟: the two counted are the twins, said before their word;
# the brother below makes three.
@pytest.mark.parametrize(
    "text",
    [
        "俩闺女都是二〇年生的 双胞胎 底下还有个弟弟 二〇二四年",
        "俩小子都是二〇年的 龙凤胎不是 是双胞胎 下面还有个妹妹 二〇二四年",
        "两个丫头都是20年生的 双胞胎 下面还有个弟弟 24年生的",
    ],
)
def test_twins_counted_before_their_word_and_one_below(text: str) -> None:
    got = facts(text, JINAN, date(2025, 12, 3))
    assert ("child_count", None, 3, "statement") in got
    assert ("child.birth_date", 3, "2024", "statement") in got


# 双胞胎都一米一 还有个小的八个月: one more child, the youngest, besides the known twins.
@pytest.mark.parametrize(
    "text",
    [
        "双胞胎都一米一 还有个小的八个月",
        "双胞胎五岁了 还有个小的 八个月",
        "双胞胎都上学了 还有个老幺八个月",
    ],
)
def test_one_more_youngest_beside_the_known_twins(text: str) -> None:
    got = facts(text, family("2020-12", "2020-12"), date(2026, 6, 22))
    assert ("child_count", None, 3, "statement") in got
    assert ("child.birth_date", 3, "2025-10", "statement") in got
    assert not any(f[0] == "child.birth_date" and f[1] != 3 for f in got)


# 一个闺女一对双胞胎, 一对双胞胎 还有个小子: one child and a pair counted together, three; a baby on
# the way after them is the fourth child, though 三胎 (the twins were one birth).
@pytest.mark.parametrize(
    "text",
    [
        "家里一个闺女一对双胞胎",
        "一对龙凤胎加一个小子",
        "有一对双胞胎 还有个闺女",
        "一个儿子 一对双胞胎 都上学了",
    ],
)
def test_one_child_and_a_pair_count_three(text: str) -> None:
    assert ("child_count", None, 3, "statement") in facts(text, JINAN, date(2026, 6, 22))


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("三胎了 前两胎一个闺女一对双胞胎 现在怀孕六个月", "2026-09"),
        ("怀了三胎 前面一个儿子一对龙凤胎", None),
        ("一个闺女一对双胞胎 现在又怀上了", None),
    ],
)
def test_a_pregnancy_after_one_and_a_pair_is_the_fourth(text: str, due: str | None) -> None:
    assert facts(text, JINAN, date(2026, 6, 22)) == {
        ("child_count", None, 3, "statement"),
        ("child.due_date", 4, due, "statement"),
    }


def test_a_rate_for_one_child_counts_nothing() -> None:
    assert facts("一个孩子一个月多少钱 一对双胞胎呢", JINAN, date(2026, 6, 22)) == set()


# 前面一对双胞胎 后来又生了个闺女 一岁, 生完双胞胎又生了个小子: the one born after the twins is the
# third child, and the family three.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("前面一对双胞胎 后来又生了个闺女 一岁", "2024-09"),
        ("生完双胞胎又生了个小子 十个月", "2025-05"),
        ("一对龙凤胎 又添了个小子 刚满月", "2026-02"),
    ],
)
def test_one_born_after_the_twins_is_the_third(text: str, born: str) -> None:
    assert facts(text, JINAN, date(2026, 3, 10)) == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 3, born, "statement"),
    }


# 三个孩子 不对 四个, 俩娃 说错了 仨: a count put right as it is said is the number said last.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("三个孩子 不对 四个 最小的是双胞胎", 4),
        ("俩娃 说错了 仨", 3),
        ("两个孩子 哦不 三个", 3),
        ("孩子两个 不对 是三个", 3),
    ],
)
def test_a_count_put_right_as_it_is_said(text: str, count: int) -> None:
    got = facts(text, JINAN, date(2026, 3, 10))
    assert [f for f in got if f[0] == "child_count"] == [("child_count", None, count, "statement")]


def test_a_slip_about_a_date_after_the_count_keeps_the_count() -> None:
    got = facts("俩孩子 说错了 老大是一六年的", JINAN, date(2026, 3, 10))
    assert ("child_count", None, 2, "statement") in got


# 怀二胎了, 二胎是个闺女 with twins known: the twins were one birth, so the second birth is the
# third child.
@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("怀二胎了 四个月", "child.due_date", "2026-08"),
        ("二胎预产期八月", "child.due_date", "2026-08"),
        ("二胎是个闺女 刚满月", "child.birth_date", "2026-02"),
    ],
)
def test_the_second_birth_after_known_twins_is_the_third_child(
    text: str, fact: str, value: str
) -> None:
    got = facts(text, family("2020-05", "2020-05"), date(2026, 3, 10))
    assert got == {(fact, 3, value, "statement")}


def test_the_third_birth_after_a_child_and_twins_known_is_the_fourth() -> None:
    got = facts("三胎预产期九月", family("2016-03", "2020-05", "2020-05"), date(2026, 3, 10))
    assert got == {("child.due_date", 4, "2026-09", "statement")}


# 头胎双胞胎 二胎是个小子, 头胎是闺女 二胎生了对双胞胎: births named by number, one of them twins,
# told one after another: every child counted, the twins' birth counting once in the orders.
@pytest.mark.parametrize(
    ("text", "count", "dated"),
    [
        ("头胎双胞胎 二胎是个小子 两岁", 3, {3: "2023-09"}),
        ("第一胎生的龙凤胎 第二胎又是双胞胎 刚满月", 4, {3: "2026-02", 4: "2026-02"}),
        ("头胎是闺女 二胎生了对双胞胎 一岁", 3, {2: "2024-09", 3: "2024-09"}),
    ],
)
def test_births_named_by_number_one_of_them_twins(
    text: str, count: int, dated: dict[int, str]
) -> None:
    assert facts(text, JINAN, date(2026, 3, 10)) == {
        ("child_count", None, count, "statement"),
        *{("child.birth_date", order, born, "statement") for order, born in dated.items()},
    }


def test_a_pregnancy_after_twins_as_the_first_birth() -> None:
    assert facts("头胎是双胞胎 五岁了 现在怀二胎 六个月", JINAN, date(2026, 3, 10)) == {
        ("child_count", None, 2, "statement"),
        ("child.birth_date", 1, "2020-09", "statement"),
        ("child.birth_date", 2, "2020-09", "statement"),
        ("child.due_date", 3, "2026-06", "statement"),
    }
