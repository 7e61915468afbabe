"""Counts said colloquially (统共就仨), the count answered first beside a smaller count of some of
them (三个 … 一胎生了俩小子), twins of one birth said without a multiples word (一胎生了俩, 老二老三
是一胎俩, 二胎又是俩), one child told by a kinship word beside twins told by theirs (孙子三岁 俩孙女是
双胞胎 一岁) or a younger one after them (下面还有个弟弟), the twins on the way said to be twins after
they were named (三宝四宝还在肚里 双胞胎 五个月), the known children counted after each was measured
(俩都还得买票不), a rate for each child asked (补贴是一个孩子一年多少), a grandchild measured by its
word said again (外孙都1米1了), the first home said as 头一套房, and a benefit named as an example of
the answer at the birth (低保啥的都没有): a household, what the citizen wrote, and the facts the
assistant takes from it (the wordings of corpus batch zh_48 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

JINAN = {"city": "jinan"}
TODAY = date(2026, 1, 8)


facts = facts_on(TODAY)


# 统共就仨, 拢共俩: the children counted with a colloquial word for "altogether".
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("三胞胎今年一岁半 统共就仨", 3),
        ("统共俩孩子 大的五岁", 2),
        ("拢共就俩 一个三岁一个一岁", 2),
        ("孩子统共三个", 3),
        ("满共就仨 都上学了", 3),
    ],
)
def test_a_colloquial_total_counts_the_children(text: str, count: int) -> None:
    assert ("child_count", None, count, "statement") in facts(text, JINAN)


# 三个 老大是闺女 后来一胎生了俩小子: the count answered first, then the babies of one birth counted;
# 一胎生了俩 is a multiple birth after the eldest, not the first birth.
@pytest.mark.parametrize(
    ("text", "count", "twins", "born"),
    [
        ("三个 老大是闺女 后来一胎生了俩小子 都快四岁了", 3, (2, 3), "2022-02"),
        ("三个，老大八岁，后来生了俩闺女，双胞胎，两岁", 3, (2, 3), "2023-07"),
        ("四个 大的俩是双胞胎 七岁 小的俩也是双胞胎 三岁", 4, (3, 4), "2022-07"),
    ],
)
def test_the_count_answered_first_beats_the_babies_of_one_birth(
    text: str, count: int, twins: tuple[int, int], born: str
) -> None:
    got = facts(text, JINAN, asked="children")
    assert ("child_count", None, count, "statement") in got
    for order in twins:
        assert ("child.birth_date", order, born, "statement") in got


@pytest.mark.parametrize(
    "text", ["老大六岁 后来一胎生了俩闺女 一岁半", "老大六岁 后来一胎就生了俩小子 一岁半"]
)
def test_two_of_one_birth_after_the_eldest_are_twins(text: str) -> None:
    assert facts(text, JINAN) == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 1, "2019-07", "statement"),
        ("child.birth_date", 2, "2024-07", "statement"),
        ("child.birth_date", 3, "2024-07", "statement"),
    }


def test_a_birth_named_by_number_then_counted_is_twins() -> None:
    assert facts("老大八岁 二胎是俩 三岁", JINAN) == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 1, "2017-07", "statement"),
        ("child.birth_date", 2, "2022-07", "statement"),
        ("child.birth_date", 3, "2022-07", "statement"),
    }


def test_a_month_after_a_birth_number_is_no_count() -> None:
    assert facts("二胎是2月生的", JINAN) == {("child.birth_date", 2, "2025-02", "statement")}


def test_the_younger_two_said_to_be_of_one_birth_in_a_count_put_right() -> None:
    got = facts(
        "不对 是三个孩子 老二老三是一胎俩 都两岁半",
        family("2017-08", "2022-08"),
        today=date(2025, 2, 11),
    )
    assert got == {
        ("child_count", None, 3, "correction"),
        ("child.birth_date", 3, "2022-08", "statement"),
    }


# 孙子三岁 俩孙女是双胞胎 一岁: one grandchild and a pair of grandchildren, each told by its word and
# age, years apart: all the family's children (not 儿子 beside 外孙, another generation).
@pytest.mark.parametrize(
    ("text", "single", "pair"),
    [
        ("孙子三岁零两个月 俩孙女是双胞胎 一岁零三个月", "2022-02", "2024-01"),
        ("外孙女五岁 俩外孙是双胞胎 两岁", "2019-10", "2022-10"),
        ("孙女六岁了 孙子是双胞胎 俩 刚一岁", "2018-10", "2024-04"),
    ],
)
def test_a_grandchild_beside_twin_grandchildren_counts_three(
    text: str, single: str, pair: str
) -> None:
    assert facts(text, {"city": "beijing"}, today=date(2025, 4, 16)) == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 1, single, "statement"),
        ("child.birth_date", 2, pair, "statement"),
        ("child.birth_date", 3, pair, "statement"),
    }


def test_a_son_beside_twin_grandsons_is_another_generation() -> None:
    got = facts("儿子五岁 双胞胎外孙 一岁", {"city": "beijing"}, today=date(2025, 4, 16))
    assert not any(f[0] == "child_count" for f in got)


# 双胞胎姐俩 下面还有个弟弟, 底下还有个妹妹: the multiples and one younger child.
@pytest.mark.parametrize(
    ("text", "pair", "younger"),
    [
        ("一对双胞胎姐俩 快三岁了 下面还有个弟弟 一岁半", "2022-05", "2023-12"),
        ("双胞胎小子四岁 底下还有个妹妹 一岁半", "2020-12", "2023-12"),
    ],
)
def test_a_younger_one_below_the_twins_counts_three(text: str, pair: str, younger: str) -> None:
    got = facts(text, JINAN, today=date(2025, 6, 24))
    assert ("child_count", None, 3, "statement") in got
    assert ("child.birth_date", 3, younger, "statement") in got


# 三宝四宝还在肚里 双胞胎 五个月: the two on the way, said to be twins; the months are how far along.
@pytest.mark.parametrize(
    ("text", "orders", "due"),
    [
        ("二宝一岁零两个月 大宝三岁半 三宝四宝还在肚里 双胞胎 五个月", (3, 4), "2027-02"),
        ("老大五岁 老二老三在肚子里呢 是双胞胎 七个月了", (2, 3), "2026-12"),
    ],
)
def test_the_babies_on_the_way_said_to_be_twins(
    text: str, orders: tuple[int, int], due: str
) -> None:
    got = facts(text, JINAN, today=date(2026, 10, 27))
    for order in orders:
        assert ("child.due_date", order, due, "statement") in got
    assert not any(f[0] == "child.birth_date" and f[1] and f[1] > orders[1] for f in got)


# 大闺女1米4 老二1米2 俩都还得买票不: each of the two known measured, then both counted.
@pytest.mark.parametrize(
    "text", ["大闺女1米4 老二1米2 俩都还得买票不", "老大1米35 老二1米18 俩都要买票吗"]
)
def test_both_known_children_measured_then_counted(text: str) -> None:
    assert ("child_count", None, 2, "statement") in facts(text, family("2016-04", "2020-04"))


def test_the_parents_both_paying_are_no_count() -> None:
    assert facts("我和老公俩都交公积金", family("2016-04", "2020-04")) == {
        ("housing_fund_contributors", None, 2, "statement")
    }


# 托育补贴是一个孩子一年多少: a rate for each child asked, no count (家里是一个孩子 is one).
@pytest.mark.parametrize(
    "text",
    ["托育补贴是一个孩子一年多少", "育儿补贴是按一个孩子一个月发吗", "生育津贴是一个孩子给多少"],
)
def test_a_rate_for_each_child_is_no_count(text: str) -> None:
    assert facts(text, {}) == set()


def test_the_familys_one_child_before_a_rate_is_a_count() -> None:
    assert ("child_count", None, 1, "statement") in facts("家里是一个孩子 一年能领多少", {})


# 外孙女一岁 外孙三岁半 外孙都1米1了: the grandchild's word said again with a height is that child.
@pytest.mark.parametrize(
    ("text", "order", "cm"),
    [
        ("外孙女一岁零两个月 外孙三岁半 外孙都1米1了", 1, 110.0),
        ("孙子五岁 孙女两岁 孙子都一米二了", 1, 120.0),
        ("孙女八岁 孙子四岁 孙女现在1米3", 1, 130.0),
    ],
)
def test_a_grandchild_named_again_is_measured(text: str, order: int, cm: float) -> None:
    got = facts(text, {"city": "beijing"}, today=date(2025, 2, 11))
    assert ("child.height_cm", order, cm, "statement") in got
    assert not any(f[1] == 3 for f in got)


# 头一套房: the first home, said colloquially.
@pytest.mark.parametrize(
    "text", ["打算今年在济南买头一套房", "明年想在北京买头一套房子", "准备买头一套"]
)
def test_the_first_home_said_as_tou_yi_tao(text: str) -> None:
    assert ("buying_first_home", None, True, "statement") in facts(text, {})


# 生的时候 没在领任何补助 低保啥的都没有: the benefit named as an example of the answer at the birth.
@pytest.mark.parametrize(
    "text",
    [
        "生的时候 俺家没在领任何补助 低保啥的都没有",
        "生孩子那会 家里没啥补贴 失业金之类的都没领",
        "生孩子那会 啥补助都没有 低保特困这些都没吃",
    ],
)
def test_a_benefit_named_as_an_example_of_the_birth_answer(text: str) -> None:
    assert facts(text, family("2024-01"), today=date(2026, 7, 16)) == {
        ("hardship_at_birth", None, False, "statement")
    }


def test_a_benefit_example_told_now_is_now() -> None:
    assert facts(
        "生的时候没领任何补助 现在低保啥的都在领", family("2024-01"), today=date(2026, 7, 16)
    ) == {
        ("hardship_at_birth", None, False, "statement"),
        ("hardship_now", None, True, "statement"),
    }


def test_both_measured_before_the_children_are_told_is_no_count() -> None:
    assert facts(
        "俩都量好了 老大一百三 老二一百零八",
        family("2016-04", "2020-04"),
        asked="children.height_cm",
    ) == {
        ("child.height_cm", 1, 130.0, "statement"),
        ("child.height_cm", 2, 108.0, "statement"),
    }


# 济南的托育补贴 上幼儿园了还给不给, 北京三孩家庭有啥额外照顾不: the city of a measure asked about, no
# family said; 我们在济南 … is the family's city.
@pytest.mark.parametrize(
    "text",
    [
        "济南的托育补贴 上幼儿园了还给不给",
        "北京三孩家庭有啥额外照顾不",
        "北京的育儿补贴 两岁以后还发不发",
        "济南双胞胎家庭有什么补贴不",
    ],
)
def test_the_city_of_a_measure_asked_is_no_city(text: str) -> None:
    assert facts(text, {}) == set()


@pytest.mark.parametrize("text", ["我们在济南 托育补贴给不给", "济南的 俺家老二能领不"])
def test_the_familys_city_beside_a_question_is_its_city(text: str) -> None:
    assert ("city", None, "jinan", "statement") in facts(text, {})


# 老二老三一胎俩, 二宝三宝一胎俩: the two named by order were born at one birth.
@pytest.mark.parametrize("text", ["老大十岁 老二老三一胎俩 都五岁", "大宝十岁 二宝三宝一胎俩 五岁"])
def test_two_named_by_order_of_one_birth(text: str) -> None:
    assert facts(text, JINAN) == {
        ("child.birth_date", 1, "2015-07", "statement"),
        ("child.birth_date", 2, "2020-07", "statement"),
        ("child.birth_date", 3, "2020-07", "statement"),
    }
