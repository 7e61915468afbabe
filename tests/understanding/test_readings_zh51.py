"""The known city denied by name before the family's own (不是北京 俺们在济南, 不在北京 在济南), a child
of an age with no child word in a question (两岁的能送不, 托班收两岁的吗), no need to rent (有房 不用租,
用不着租), the births of a grandson and a granddaughter told before their ages (生孙女那会儿领着失业金
生孙子的时候没领 孙子八岁 孙女两岁多), one parent of two paying into the fund (两口子一个交公积金 一个没交),
a week to today after a birth date (八月六号出生的 到今天正好一个礼拜), the elder of two kinship words
said without an age (孙女一米一 孙子一米三八 孙子大) and an age said with 大 before an order word
(八个月大的二宝): a household, what the citizen wrote, and the facts the assistant takes from it (the
wordings of corpus batch zh_51 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

facts = facts_on(date(2026, 3, 26))
JINAN = {"city": "jinan"}
BEIJING = {"city": "beijing"}


# 不是北京 俺们在济南: the known city denied by name, the other city said after it, puts the city
# right.
@pytest.mark.parametrize(
    ("text", "known", "city"),
    [
        ("不是北京 俺们在济南", BEIJING, "jinan"),
        ("不是北京 是济南", BEIJING, "jinan"),
        ("不在北京 在济南", BEIJING, "jinan"),
        ("俺家不是北京的 是济南的", BEIJING, "jinan"),
        ("我们不住济南，住北京", JINAN, "beijing"),
        ("不是济南啊 咱家在北京", JINAN, "beijing"),
        ("we're not in beijing, we're in jinan", BEIJING, "jinan"),
        ("not in beijing, we live in jinan", BEIJING, "jinan"),
    ],
)
def test_the_known_city_denied_by_name_is_put_right(
    text: str, known: dict[str, object], city: str
) -> None:
    assert facts(text, known) == {("city", None, city, "correction")}


def test_a_hukou_denied_is_no_city_put_right() -> None:
    assert facts("不是北京户口 是济南户口", BEIJING) == {
        ("hukou_in_city", None, False, "statement")
    }


# 两岁的能送不: a child of an age with no child word, in a question, is any child of that age.
@pytest.mark.parametrize(
    "text",
    [
        "北京托育有补贴吗 两岁的能送不",
        "两岁的能送托育吗",
        "托班收两岁的吗",
        "满两岁的可以送吗",
        "一岁半的能进托班不",
        "北京托育有补贴吗 一岁半的收不收",
        "两岁半的能不能送托",
        "三个月的能上医保吗",
    ],
)
def test_a_child_of_an_age_asked_about_is_no_one(text: str) -> None:
    assert facts(text, BEIJING, today=date(2025, 7, 8)) == set()


@pytest.mark.parametrize(
    ("text", "child"),
    [("俺家两岁的能送不", 1), ("两岁的老二能送不", 2), ("两岁的那个是老二", 2)],
)
def test_the_familys_child_of_an_age_is_still_told(text: str, child: int) -> None:
    got = facts(text, BEIJING, today=date(2025, 7, 8))
    assert got == {("child.birth_date", child, "2023-01", "statement")}


# 有房 不用租: no need to rent is no renting.
@pytest.mark.parametrize(
    "text",
    [
        "俺在北京有房 不用租 户口是北京的",
        "家里有房子，不用租房",
        "有自己的房 用不着租",
        "住我爸妈那 不需要租房子",
        "自己家的房子 没必要租",
        "不用租 住婆婆家",
    ],
)
def test_no_need_to_rent_is_no_renting(text: str) -> None:
    assert ("renting", None, False, "statement") in facts(text, BEIJING)


def test_no_rent_to_pay_is_not_a_measure_of_rent_money() -> None:
    assert ("renting", None, False, "statement") not in facts("不用租金补贴吗", BEIJING)


# 生孙女那会儿领着失业金 生孙子的时候没领 孙子八岁 孙女两岁多: each birth named by its kinship word, the
# ages told after, is that child's, the elder first.
@pytest.mark.parametrize(
    ("text", "held", "not_held"),
    [
        ("生孙女那会儿俺儿子领着失业金 生孙子的时候没领 孙子大 八岁了 孙女才两岁多", 2, 1),
        ("生孙女那会儿领着失业金 生孙子的时候没领 孙子八岁 孙女两岁多", 2, 1),
        ("孙女出生时儿媳在领低保 孙子出生时没有 孙子十岁 孙女五岁", 2, 1),
        ("生外孙那阵闺女吃着低保 生外孙女时没吃 外孙女六岁了 外孙三岁半", 2, 1),
        ("生闺女那会领低保 生儿子时没领 闺女七岁 儿子三岁", 1, 2),
        ("闺女出生的时候领失业金，儿子出生没领。儿子6岁，闺女1岁半", 2, 1),
        ("生小子那年吃低保 丫头出生时没吃 丫头九岁 小子五岁", 2, 1),
    ],
)
def test_births_named_by_kinship_before_the_ages(text: str, held: int, not_held: int) -> None:
    got = facts(text, JINAN)
    assert ("child.hardship_at_birth", held, True, "statement") in got
    assert ("child.hardship_at_birth", not_held, False, "statement") in got
    assert not any(f == "hardship_at_birth" for f, *_ in got)


# 两口子一个交公积金 一个没交: one of the two pays.
@pytest.mark.parametrize(
    "text",
    [
        "大的快五岁 小的八个月 俺们两口子一个交公积金 一个没交",
        "我俩一个交公积金一个不交",
        "公积金的话 两口子一个有一个没有",
        "我和老公一个交着公积金 另一个没交",
        "公积金俺们一个没交 另一个交着呢",
        "两口子一个人交公积金，另一个人没交",
    ],
)
def test_one_of_two_paying_is_one_payer(text: str) -> None:
    assert ("housing_fund_contributors", None, 1, "statement") in facts(text, JINAN)


def test_both_paying_are_still_two() -> None:
    assert facts("俺们俩都交公积金", JINAN) == {("housing_fund_contributors", None, 2, "statement")}


# 二宝八月六号出生的 到今天正好一个礼拜: the weeks to today are a span, today is no birth day.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("二宝八月六号出生的 到今天正好一个礼拜", "2026-08-06"),
        ("二宝八月六号出生的 到今天一个礼拜了", "2026-08-06"),
        ("二宝八月六号出生的 今天刚好一个星期", "2026-08-06"),
        ("二宝七月三十号生的 到今天正好两个礼拜", "2026-07-30"),
        ("二宝八月六号出生的 到今天正好七天", "2026-08-06"),
    ],
)
def test_weeks_to_today_are_no_birth_today(text: str, day: str) -> None:
    got = facts(text, family("2022-02"), today=date(2026, 8, 13))
    assert got == {("child.birth_date", 2, day, "statement")}


# 孙女一米一 孙子一米三八 孙子大: the one said to be the elder (or the other said to be the younger)
# is the first.
@pytest.mark.parametrize(
    "text",
    [
        "孙女一米一 孙子一米三八 孙子大",
        "孙女一米一 孙子一米三八 老大是孙子",
        "孙女一米一 孙子一米三八 大的是孙子",
        "孙女一米一 孙子一米三八 孙子是老大",
        "孙女一米一 孙子一米三八 孙子比孙女大",
        "孙女一米一 孙子一米三八 孙女小",
        "孙子大 一米三八 孙女一米一",
    ],
)
def test_the_elder_said_by_its_kinship_word(text: str) -> None:
    assert facts(text, BEIJING, today=date(2026, 11, 5)) == {
        ("child.height_cm", 1, 138, "statement"),
        ("child.height_cm", 2, 110, "statement"),
    }


@pytest.mark.parametrize(
    "text", ["闺女一米二 儿子一米四 闺女小", "外孙女一米二，外孙一米四，外孙大一些"]
)
def test_the_younger_or_elder_of_a_son_and_daughter(text: str) -> None:
    got = facts(text, BEIJING, today=date(2026, 11, 5))
    assert got == {
        ("child.height_cm", 1, 140, "statement"),
        ("child.height_cm", 2, 120, "statement"),
    }


def test_grown_up_is_no_elder() -> None:
    got = facts("孙女一米一 孙子一米三八 孙子大了 不好带", BEIJING, today=date(2026, 11, 5))
    assert ("child.height_cm", 1, 110, "statement") in got


# 八个月大的二宝: how old the child is, said with 大 before its order word, is no 大的 (the elder).
@pytest.mark.parametrize(
    ("text", "born", "heights"),
    [
        ("八个月大的二宝 身高七十二 大宝一米一", "2026-03", {1: 110, 2: 72}),
        ("十个月大的二宝七十五公分 大宝一米一五", "2026-01", {1: 115, 2: 75}),
        ("四个月大的二宝还没打疫苗", "2026-07", {}),
        ("五个月大的老二七十公分", "2026-06", {2: 70}),
    ],
)
def test_an_age_said_with_big_before_the_order(
    text: str, born: str, heights: dict[int, int]
) -> None:
    got = facts(
        text, {"city": "beijing", "children": [{"birth_date": "2021-05"}]}, today=date(2026, 11, 5)
    )
    assert got == {("child.birth_date", 2, born, "statement")} | {
        ("child.height_cm", c, cm, "statement") for c, cm in heights.items()
    }


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("三岁大的老大 一岁大的老二", "2023-05", "2025-05"),
        ("八个月大的小闺女 大闺女六岁", "2020-05", "2026-03"),
        ("两岁多大的老二 老大六岁", "2020-05", "2024-05"),
    ],
)
def test_ages_with_big_of_two_children(text: str, first: str, second: str) -> None:
    got = facts(text, BEIJING, today=date(2026, 11, 5))
    assert got == {
        ("child.birth_date", 1, first, "statement"),
        ("child.birth_date", 2, second, "statement"),
    }


# 生儿子的时候领着特困 生闺女时候没有 闺女大 儿子小: with no age told, the births named by two kinship
# words are placed by the one said to be the elder.
@pytest.mark.parametrize(
    ("text", "held", "not_held"),
    [
        ("生儿子的时候领着特困 生闺女时候没有 闺女大 儿子小", 2, 1),
        ("生孙女那会儿领着失业金 生孙子的时候没领 孙子大", 2, 1),
        ("生外孙女时吃着低保 生外孙时候没吃 外孙女小", 2, 1),
        ("生孙子那年领低保 生孙女的时候没有 孙子比孙女大", 1, 2),
    ],
)
def test_births_by_kinship_placed_by_the_elder_said(text: str, held: int, not_held: int) -> None:
    assert facts(text, JINAN) == {
        ("child.hardship_at_birth", held, True, "statement"),
        ("child.hardship_at_birth", not_held, False, "statement"),
    }
