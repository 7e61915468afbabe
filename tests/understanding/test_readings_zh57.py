"""A birth told after the benefit named before it ended, the benefit left unsaid (生老大那会儿领着失业金
领完了以后才生的老二), a no to the births' question led by a "that" and a "really" (这个真没有 俺俩一直
上班), a city's child fare asked with a height or an age and no question mark (北京孩子多高坐地铁要票啊),
the employer's payment named as what the maternity allowance is reckoned by (生育津贴是按单位交得
基数算吗), and the ages told by the kinship word said before with each order (头胎闺女 二胎是双胞胎小子
闺女八岁 小子们三岁): a household, what the citizen wrote, and the facts the assistant takes from it (the
wordings of corpus batch zh_57 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

facts = facts_on(date(2024, 2, 20))


# 生老大那会儿领着失业金 领完了以后才生的老二: the benefit named at the eldest's birth, then a birth
# after it ended, the benefit said only by its end: none at that birth.
@pytest.mark.parametrize(
    "text",
    [
        "生老大那会儿领着失业金 领完了以后才生的老二",
        "生老大那会儿领着失业金，领完了才生老二",
        "生老大的时候在领低保 后来停了才生的老二",
        "生老大的时候领失业金 老二是领完以后才生的",
        "生大宝那阵领着失业金 到期以后才生的二宝",
        "生老大时我们吃着低保 断了之后才生的老二",
        "生头胎那会儿领失业金 领完之后又怀的二胎",
    ],
)
def test_a_birth_after_the_benefit_ended_had_none(text: str) -> None:
    got = facts(text, family("2018-08", "2023-08"))
    assert ("child.hardship_at_birth", 1, True, "statement") in got
    assert ("child.hardship_at_birth", 2, False, "statement") in got


def test_the_third_born_after_it_ended_had_none() -> None:
    got = facts(
        "生老二的时候吃着低保 吃完了以后才生的老三", family("2015-03", "2018-08", "2023-08")
    )
    assert ("child.hardship_at_birth", 2, True, "statement") in got
    assert ("child.hardship_at_birth", 3, False, "statement") in got


# 这个真没有 俺俩一直上班: a no led by "that" and "really", asked of the births, is the no.
@pytest.mark.parametrize(
    "text",
    [
        "这个真没有 俺俩一直上班",
        "这个真没有",
        "真没有",
        "那个还真没有，我们两口子都上班",
        "这真没有 我俩都有工作",
        "这个倒没有 俺们都上着班呢",
        "这个确实没领过",
        "压根没有 一直上班",
    ],
)
def test_a_no_led_by_that_and_really_answers_the_births(text: str) -> None:
    got = facts(text, family("2024-02"), date(2026, 8, 19), "hardship_at_birth")
    assert got == {("hardship_at_birth", None, False, "confirmation")}


# 北京孩子多高坐地铁要票啊: a city's fare for children asked with a height or an age, no question
# mark, no one of the family named: the city asked about, not the family's.
@pytest.mark.parametrize(
    "text",
    [
        "北京孩子多高坐地铁要票啊",
        "北京孩子多高坐地铁要票",
        "济南小孩多大要买票",
        "北京小孩几岁开始坐地铁要买票啊",
        "北京坐地铁孩子多高要买票",
        "济南孩子多高坐公交要钱",
        "北京小孩多高以下免票呀",
        "北京的孩子多高要买地铁票",
        "济南娃多高坐公交免费",
    ],
)
def test_a_citys_fare_asked_names_no_city_of_the_family(text: str) -> None:
    assert facts(text, {}, date(2025, 9, 25)) == set()


@pytest.mark.parametrize(
    ("text", "extra"),
    [
        ("我们在北京 孩子多高坐地铁要票", set()),
        ("北京 孩子1米1 坐公交不要钱吧", {("child.height_cm", 1, 110, "statement")}),
    ],
)
def test_the_family_in_the_city_with_a_fare_asked_is_the_city(
    text: str, extra: set[tuple[str, int | None, object, str]]
) -> None:
    assert facts(text, {}, date(2025, 9, 25)) == {("city", None, "beijing", "statement")} | extra


# 生育津贴是按单位交得基数算吗: the employer's payment as what the allowance is reckoned by is the
# rule asked about, no one's cover; the employer paying the cover is still said (单位给交生育险).
@pytest.mark.parametrize(
    "text",
    [
        "生育津贴是按单位交得基数算吗",
        "生育津贴按单位缴费基数算吗",
        "生育津贴是按公司交的基数算还是按工资算",
        "生育津贴按单位交的基数算",
        "产假工资是根据公司缴的社保基数发的吗",
        "生育津贴是不是按照单位给交的工资标准算",
    ],
)
def test_the_employers_payment_as_a_base_is_no_cover(text: str) -> None:
    assert facts(text, {}, date(2026, 3, 3)) == set()


@pytest.mark.parametrize("text", ["我单位交的生育险", "单位给交生育险 生育津贴按单位交的基数算吗"])
def test_the_employer_paying_the_cover_is_the_cover(text: str) -> None:
    got = facts(text, {}, date(2026, 3, 3))
    assert got == {("birth_insurance", None, "employee_maternity", "statement")}


# 头胎闺女 二胎是双胞胎小子 | 闺女八岁 小子们三岁: each order named with its kinship word alone, the
# ages told later by the word: each age is that child's (the twins' with the twins).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "头胎闺女 二胎是双胞胎小子 闺女八岁 小子们三岁",
            {1: "2017-09", 2: "2022-09", 3: "2022-09"},
        ),
        ("头胎是闺女 二胎双胞胎儿子 闺女8岁 儿子3岁", {1: "2017-09", 2: "2022-09", 3: "2022-09"}),
        (
            "头胎儿子 二胎是双胞胎闺女 儿子十岁 闺女们两岁",
            {1: "2015-09", 2: "2023-09", 3: "2023-09"},
        ),
        ("头胎闺女 二胎小子 闺女八岁 小子三岁", {1: "2017-09", 2: "2022-09"}),
        ("老大是闺女 老二是儿子 闺女八岁 儿子三岁", {1: "2017-09", 2: "2022-09"}),
        ("老大儿子 老二闺女 闺女3岁 儿子7岁", {1: "2018-09", 2: "2022-09"}),
        ("大宝闺女 二宝小子 小子两岁 闺女六岁", {1: "2019-09", 2: "2023-09"}),
    ],
)
def test_ages_told_by_the_kinship_word_of_each_order(text: str, want: dict[int, str]) -> None:
    got = facts(text, {"city": "beijing"}, date(2026, 3, 3))
    births = {c: v for f, c, v, _k in got if f == "child.birth_date"}
    assert births == want


def test_the_one_and_the_twins_by_their_words_are_three() -> None:
    got = facts(
        "头胎闺女 二胎是双胞胎小子 闺女八岁 小子们三岁", {"city": "beijing"}, date(2026, 3, 3)
    )
    assert ("child_count", None, 3, "statement") in got
