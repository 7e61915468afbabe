"""Children counted after the verb of their births (闺女生的俩), a count of children after a year
said in words (二〇二五年 俩丫头), and a city's measure asked about up to an age (北京这个补贴给到
孩子几岁为止): a household, what the citizen wrote, and the facts the assistant takes from it (the
wordings of corpus batch zh_42 and others like them)."""

from datetime import date

import pytest

from understanding import understand

Fact = tuple[str, int | None, object, str]
JINAN = {"city": "jinan"}
TODAY = date(2025, 12, 9)


def facts(text: str, known: dict[str, object] | None, today: date = TODAY) -> set[Fact]:
    """(fact, child, value, kind) read from one message, approximate dates at month precision."""
    return {(u.fact, u.child, u.value, u.kind) for u in understand(text, known or {}, None, today)}


# 闺女生的俩, 俺生了仨: the grandparent or parent counts the children after the verb of their
# births, with no noun after the number; 又生了俩 (two more) counts only the new ones.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("闺女生的俩 哥哥五岁 妹妹一岁零十一个月", 2),
        ("儿媳妇生了俩 大的六岁 小的两岁", 2),
        ("俺生了仨 老大五岁 老二三岁 老三一岁", 3),
        ("儿子家生的仨 都是丫头", 3),
    ],
)
def test_children_counted_after_the_verb_of_their_births(text: str, count: int) -> None:
    assert ("child_count", None, count, "statement") in facts(text, JINAN)


def test_two_more_born_is_no_count() -> None:
    got = facts("去年又生了俩", JINAN)
    assert not any(f[0] == "child_count" for f in got)


# 二〇二五年 俩丫头: the count word after a year is the number of children, not the month
# (二〇二五年二月 is still a month).
@pytest.mark.parametrize(
    ("text", "count", "first", "second"),
    [
        ("二〇二三年 二〇二五年 俩丫头", 2, "2023", "2025"),
        ("2019年 2022年 两个小子", 2, "2019", "2022"),
        ("二〇二〇年 二〇二四年 俩闺女", 2, "2020", "2024"),
    ],
)
def test_a_count_of_children_after_a_year_is_no_month(
    text: str, count: int, first: str, second: str
) -> None:
    assert facts(text, JINAN) == {
        ("child_count", None, count, "statement"),
        ("child.birth_date", 1, first, "statement"),
        ("child.birth_date", 2, second, "statement"),
    }


def test_a_year_and_month_in_words_is_still_a_month() -> None:
    got = facts("闺女二〇二五年二月生的", JINAN)
    assert got == {("child.birth_date", 1, "2025-02", "statement")}


# 北京这个补贴给到孩子几岁为止: the age a city's measure lasts to, asked of any child; the city
# is the one asked about, not where the family lives. A family's own child (with an age) or the
# family named still tells the city.
@pytest.mark.parametrize(
    "text",
    [
        "北京这个补帖给到孩子几岁为止",
        "北京这个补贴给到孩子几岁为止",
        "济南这个育儿补贴孩子长到几岁就不给了",
        "北京的补贴给到娃多大",
    ],
)
def test_a_measure_asked_up_to_an_age_names_no_city(text: str) -> None:
    assert facts(text, {}) == set()


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("我们在济南 补贴给到孩子几岁", "jinan"),
        ("俺家在北京 孩子两岁 这补贴给到几岁", "beijing"),
    ],
)
def test_the_familys_city_beside_an_age_limit_asked(text: str, city: str) -> None:
    assert ("city", None, city, "statement") in facts(text, {})


# 是我孙子家的老二, 是闺女家的老三: the order in a relative's household names the baby just told
# of; 孙子家 is that relative's home, not another child.
@pytest.mark.parametrize(
    ("text", "order", "day"),
    [
        ("重孙女前天出生的 是我孙子家的老二", 2, "2025-12-07"),
        ("外孙前天生的 是闺女家的老三", 3, "2025-12-07"),
        ("重外孙女前天生的 是俺外孙女家的老二", 2, "2025-12-07"),
    ],
)
def test_the_order_in_a_relatives_household(text: str, order: int, day: str) -> None:
    assert facts(text, {}) == {("child.birth_date", order, day, "statement")}


# 大孙子生时领着 小孙子生时没领 小的才四个月: the eldest named (by any word) comes before the
# youngest, who is the second child of those the message names.
@pytest.mark.parametrize(
    "text",
    [
        "大孙子生下来那阵他爹正领失业金 小孙子生的时候就没领了 小的才四个月",
        "大闺女那会儿没领 小闺女生的时候领着低保 小的才四个月",
    ],
)
def test_the_youngest_after_the_eldest_named(text: str) -> None:
    got = facts(text, {"city": "beijing"})
    assert ("child.birth_date", 2, "2025-08", "statement") in got
    assert not any(f[0] == "child.birth_date" and f[1] == 1 for f in got)


# 生头一个外孙时: 头一个 is the first, an order, no count of one child.
@pytest.mark.parametrize(
    "text",
    [
        "闺女生头一个外孙时吃低保 第二个外孙生时已经不吃了 大的八岁 小的三岁",
        "生头一个孩子那年领着低保 生第二个时没领 大的八岁 小的三岁",
    ],
)
def test_the_first_one_is_no_count(text: str) -> None:
    got = facts(text, JINAN)
    assert not any(f[0] == "child_count" for f in got)
    assert ("child.birth_date", 2, "2022-06", "statement") in got


# 俩都是低保那几年生的: the children known, counted in passing, born in the years of the benefit
# (a benefit at their births, not now).
@pytest.mark.parametrize(
    "text",
    ["俩都是低保那几年生的", "俩孩子都是吃低保那几年生的", "俩都是领失业金那年生的"],
)
def test_both_born_in_the_years_of_a_benefit(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2019-09"}, {"birth_date": "2022-09"}]}
    assert facts(text, known) == {
        ("child_count", None, 2, "statement"),
        ("hardship_at_birth", None, True, "statement"),
    }


# 二胎是龙凤胎 老大上初中了: the eldest and a second birth of twins, three children; 上面还有个
# 哥哥 beside triplets whose birth day is told: four (beside twins of an age too, 双胞胎女儿两岁了
# 上面还有个哥哥: three, tests/understanding/test_reader.py).
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("二胎是龙凤胎 刚满一岁 老大都上初二了", 3),
        ("老大五岁 二胎生了双胞胎 刚满一岁", 3),
        ("上周一三胞胎出生 上面还有个哥哥", 4),
        ("双胞胎前天出生的 上面还有个姐姐", 3),
    ],
)
def test_an_elder_child_beside_a_multiple_birth(text: str, count: int) -> None:
    assert ("child_count", None, count, "statement") in facts(text, {})


def test_twins_named_as_the_second_and_third_is_no_count() -> None:
    got = facts("双胞胎是老二老三 刚满月 老大五岁", JINAN)
    assert not any(f[0] == "child_count" for f in got)


# 孩子刚出生那阵还没领: the time just after a birth, told for a benefit then, is no newborn.
@pytest.mark.parametrize(
    "text",
    [
        "现在家里低收入 在领低保 孩子刚出生那阵还没领",
        "孩子刚出生那会儿没领 现在在领低保",
        "娃刚生下来的时候没领低保 现在领着",
    ],
)
def test_just_after_the_birth_is_a_time_no_new_child(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2023-07"}]}
    got = facts(text, known)
    assert not any(f[0] == "child.birth_date" for f in got)
    assert ("hardship_now", None, True, "statement") in got


# 上周一外孙女们出生 一对双胞胎: the birth just told on a day, then the twins alone in the next
# clause, was the twins; 双胞胎哥哥们 beside a baby born are her elder brothers.
@pytest.mark.parametrize(
    "text",
    [
        "上周一外孙女们出生 一对双胞胎 闺女头一胎",
        "外孙昨天出生的 是对双胞胎",
        "孙子前天出生的 双胞胎",
    ],
)
def test_a_birth_on_a_day_then_twins(text: str) -> None:
    got = facts(text, {}, date(2025, 6, 18))
    dates = {f[1] for f in got if f[0] == "child.birth_date"}
    assert dates == {1, 2}


def test_twin_brothers_beside_a_baby_born() -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2020-04"}, {"birth_date": "2020-04"}]}
    got = facts("孙女昨天生的 双胞胎哥哥们可稀罕这个妹妹了", known, date(2025, 1, 31))
    assert got == {("child.birth_date", 3, "2025-01-30", "statement")}


# 上周四生了俩小子: two children counted right after their birth on a day are twins; a brother
# or sister told beside them is counted too.
@pytest.mark.parametrize(
    ("text", "count", "orders"),
    [
        ("上周四生了俩小子", 2, {1, 2}),
        ("前天剖的 俩闺女", 2, {1, 2}),
        ("前天生了俩闺女 哥哥六岁了", 3, {1, 2, 3}),
    ],
)
def test_children_counted_after_their_birth_on_a_day(
    text: str, count: int, orders: set[int]
) -> None:
    got = facts(text, {}, date(2025, 2, 17))
    assert ("child_count", None, count, "statement") in got
    assert {f[1] for f in got if f[0] == "child.birth_date"} == orders


# 双胞胎姐姐一米二一 妹妹一米一八: a sibling word right after the twins is one of them, the elder
# first; each twin gets her own height.
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("双胞胎姐姐一米二一 妹妹一米一八 坐地铁得买票吗", 121, 118),
        ("龙凤胎哥哥一米二 妹妹一米一五", 120, 115),
        ("双胞胎哥哥一米一 弟弟一米零八", 110, 108),
    ],
)
def test_the_elder_twin_named_after_the_twins(text: str, first: int, second: int) -> None:
    known = {"city": "beijing", "children": [{"birth_date": "2019-03"}, {"birth_date": "2019-03"}]}
    assert facts(text, known) == {
        ("child.height_cm", 1, first, "statement"),
        ("child.height_cm", 2, second, "statement"),
    }


def test_twin_brothers_told_anew_are_both_twins() -> None:
    """The answer to "how many children": 三个, the twin brothers of an age and their sister."""
    updates = understand("三个 一对双胞胎哥哥八岁 妹妹三岁", {"city": "beijing"}, "children", TODAY)
    got = {(u.fact, u.child, u.value) for u in updates}
    assert got == {
        ("child_count", None, 3),
        ("child.birth_date", 1, "2017-06"),
        ("child.birth_date", 2, "2017-06"),
        ("child.birth_date", 3, "2022-06"),
    }


# 大的俩是双胞胎 上初中了 下面还有个七岁的: the age after 下面还有个 is another, younger child, after
# the two eldest named (whose orders it does not take).
@pytest.mark.parametrize(
    ("text", "order", "month"),
    [
        ("大的俩是双胞胎 上初中了 下面还有个七岁的 最小的刚满月", 3, "2018-06"),
        ("大的俩是双胞胎 都上高中了 底下还有个五岁的", 3, "2020-06"),
        ("老大上高中了 下面还有个五岁的", 2, "2020-06"),
    ],
)
def test_a_younger_one_besides_the_children_told(text: str, order: int, month: str) -> None:
    got = facts(text, JINAN)
    assert ("child.birth_date", order, month, "statement") in got
    assert not any(f[0] == "child.birth_date" and f[1] == 1 for f in got)
