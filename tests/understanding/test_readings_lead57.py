"""English typed without punctuation (issue #12; stop 42, found by reading the development half's
messages with their punctuation dropped, bench/corpus_variants.py en_nopunct): ages listed with no
comma between them ("4 kids 12 9 5 and the baby 7 weeks"); an ordinal that ends one child's words
before the next child's ("pregnant with our second our first is 2"); "were" that can only be
"we're" ("nope were on dibao now"). Labelled per tests/corpus/README.md and compared as
bench/corpus_accuracy.py compares the corpus. Today is 3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from bench.corpus_accuracy import read, score
from tests.understanding.readings import age, at_birth, due, fact

TODAY = date(2026, 12, 3)


def fact_of(name: str, child: int, value: object) -> dict[str, Any]:
    return {"fact": name, "child": child, "value": value, "kind": "statement", "approx": False}


def born_year(child: int, year: int) -> dict[str, Any]:
    return {
        "fact": "child.birth_date",
        "child": child,
        "value": year,
        "kind": "statement",
        "approx": False,
    }


THREE_IN_JINAN: dict[str, Any] = {
    "city": "jinan",
    "children": [{"birth_date": "2018-04"}, {"birth_date": "2020-11"}, {"birth_date": "2026-05"}],
}

CASES: list[tuple[str, dict[str, Any], list[dict[str, Any]]]] = [
    # ages listed without commas: one child each, in the order told
    (
        "four kids 12 9 5 and the baby seven weeks",
        {},
        [
            fact("child_count", 4),
            age(1, "2014-06"),
            age(2, "2017-06"),
            age(3, "2021-06"),
            {**age(4, "2026-10-15"), "approx": True},
        ],
    ),
    ("my kids r 10 7 and 3", {}, [age(1, "2016-06"), age(2, "2019-06"), age(3, "2023-06")]),
    # a count, then one age: not a list ("two 4 yr old girls" are two girls of 4)
    (
        "kids born 19 and 23 for the 23 one we had shiyejin",
        {},
        [born_year(1, 2019), born_year(2, 2023), at_birth(2)],
    ),
    # an ordinal ends the pregnancy's words; the next child's clause opens on its determiner
    ("pregnant with our second our first is 2", {}, [due(2, None), age(1, "2024-06")]),
    (
        "7 months pregnant its our 2nd the first is 4",
        {},
        [{**due(2, "2027-02"), "approx": True}, age(1, "2022-06")],
    ),
    # Chinese run together: a birth's time named by the act opens its own clause
    (
        "现在在领失业金生娃那会儿没领",
        {"city": "jinan"},
        [fact("hardship_now", True), fact("hardship_at_birth", False)],
    ),
    (
        "以前是低保户现在不是了孩子出生的时候是",
        {"city": "jinan"},
        [fact("hardship_now", False), fact("hardship_at_birth", True)],
    ),
    # a month and a two-digit year after a child named in pinyin ("laoer dec '25"), not the 2nd of December
    (
        "laoda 23.6.1 and laoer nov '25",
        {"city": "jinan"},
        [{**age(1, "2023-06-01"), "approx": False}, {**age(2, "2025-11"), "approx": False}],
    ),
    # "bday"
    (
        "her bday is 2023.5.1",
        {"city": "jinan", "children": [{"birth_date": "2023-05"}]},
        [{**age(1, "2023-05-01"), "approx": False}],
    ),
    # "N and a little brother": an age, then another child, not "N and a bit"
    (
        "twin boys almost 6 and a little sister 2",
        {"city": "jinan"},
        [fact("child_count", 3), age(1, "2021-01"), age(2, "2021-01"), age(3, "2024-06")],
    ),
    # the multiples are all the children
    (
        "we just have the triplets, they are 2",
        {"city": "jinan"},
        [fact("child_count", 3), age(1, "2024-06"), age(2, "2024-06"), age(3, "2024-06")],
    ),
    # "the first 2" are the two eldest, not an age
    (
        "dibao only when the baby came, with the first 2 we had jobs",
        {
            "city": "jinan",
            "children": [
                {"birth_date": "2018-04"},
                {"birth_date": "2020-11"},
                {"birth_date": "2026-05"},
            ],
        },
        [at_birth(3, True), at_birth(1, False), at_birth(2, False)],
    ),
    # payers of the housing fund told run together: each person's own piece
    ("我交了6个月公积金老婆没交", {"city": "jinan"}, [fact("housing_fund_contributors", 1)]),
    ("公积金我交了8年媳妇也交了两年", {"city": "jinan"}, [fact("housing_fund_contributors", 2)]),
    ("老公交公积金好几年了我一直没交", {"city": "jinan"}, [fact("housing_fund_contributors", 1)]),
    # a supposition run on to what is asked of it
    (
        "要是生老三那会儿在领失业金能多给吗",
        {"city": "jinan", "children": [{"birth_date": "2018-04"}, {"birth_date": "2020-11"}]},
        [{**at_birth(3, True), "kind": "question"}],
    ),
    (
        "假如我们现在领着低保补贴会多吗",
        {"city": "jinan"},
        [{**fact("hardship_now", True), "kind": "question"}],
    ),
    # a hukou said, then the next fact run on: the hukou is not denied by it
    (
        "儿子两岁济南户口没房租着住",
        {"city": "jinan"},
        [
            age(1, "2024-06"),
            fact("hukou_in_city", True),
            fact("owns_home_in_city", False),
            fact("renting", True),
        ],
    ),
    (
        "北京户口有房老大五岁",
        {"city": "beijing"},
        [fact("hukou_in_city", True), fact("owns_home_in_city", True), age(1, "2021-06")],
    ),
    # a month, then the next child by 宝 (not the month's day)
    (
        "大宝21年6月二宝25年9月",
        {"city": "jinan"},
        [{**age(1, "2021-06"), "approx": False}, {**age(2, "2025-09"), "approx": False}],
    ),
    # the leave's time left run on to the child's age: not a second child
    ("孩子5个月我的产假还剩半个月", {"city": "jinan"}, [age(1, "2026-07")]),
    (
        "宝宝出生五十天了产假还有两个多月",
        {"city": "jinan"},
        [{**age(1, "2026-10-14"), "approx": True}],
    ),
    # a second birth's time after a clause that opened on the first's
    (
        "when the eldest was born we had dibao when the baby came we didnt",
        {"city": "jinan", "children": [{"birth_date": "2018-04"}, {"birth_date": "2025-11"}]},
        [at_birth(1, True), at_birth(2, False)],
    ),
    (
        "at our first's birth we were on tekun when the second came nothing",
        {"city": "jinan", "children": [{"birth_date": "2018-04"}, {"birth_date": "2025-11"}]},
        [at_birth(1, True), at_birth(2, False)],
    ),
    # 二宝 after a comma is the next child by its order, not a listed age of 2
    ("大宝5岁，二宝十个月", {"city": "jinan"}, [age(1, "2021-06"), age(2, "2026-02")]),
    (
        "大宝7岁、二宝3岁、三宝刚满月",
        {"city": "jinan"},
        [age(1, "2019-06"), age(2, "2023-06"), age(3, "2026-11")],
    ),
    # 大宝, 二宝, 第二个孩子: the same birth orders as 老大, 老二
    (
        "大宝十四了 二宝十岁 三宝才半岁",
        {"city": "jinan"},
        [age(1, "2012-06"), age(2, "2016-06"), age(3, "2026-06")],
    ),
    (
        "大宝快六岁了 一米一八 二宝三岁半 九十八公分",
        {"city": "jinan"},
        [
            age(1, "2021-01"),
            fact_of("child.height_cm", 1, 118),
            age(2, "2023-06"),
            fact_of("child.height_cm", 2, 98),
        ],
    ),
    (
        "媳妇怀二宝七个月了 大宝三岁",
        {"city": "jinan"},
        [{**due(2, "2027-02"), "approx": True}, age(1, "2023-06")],
    ),
    ("第一个孩子八岁 第二个孩子一岁半", {"city": "jinan"}, [age(1, "2018-06"), age(2, "2025-06")]),
    # per-birth answers run together in Chinese, with 那时候 and kin words
    (
        "俩孩子大的19年小的23年生小的时候在吃低保大的那时候没吃",
        {"city": "jinan"},
        [
            fact("child_count", 2),
            {**age(1, "2019"), "approx": False},
            {**age(2, "2023"), "approx": False},
            at_birth(2, True),
            at_birth(1, False),
        ],
    ),
    (
        "俺孙子三岁了俺孙女刚满月生孙女那时候俺儿子领失业金呢生孙子那会没领",
        {},
        [age(1, "2023-06"), age(2, "2026-11"), at_birth(2, True), at_birth(1, False)],
    ),
    # "then" after a child's birth told is that child's birth
    (
        "老大17年的 那会儿家里吃低保 老二22年生的 那时候已经不吃了",
        {"city": "jinan"},
        [
            {**age(1, "2017"), "approx": False},
            {**age(2, "2022"), "approx": False},
            at_birth(1, True),
            at_birth(2, False),
        ],
    ),
    (
        "一直是特困户俩孩子出生那会儿也是",
        {"city": "jinan"},
        [fact("child_count", 2), fact("hardship_now", True), fact("hardship_at_birth", True)],
    ),
    # tester 57: a sum of money is no birth year; children listed by order, each with month and year
    (
        "the nursery fee is 2000 a month, our 3rd was born 2025",
        {"city": "jinan"},
        [{**age(3, "2025"), "approx": False}],
    ),
    ("托儿所学费2000一个月 老三25年生的", {"city": "jinan"}, [{**age(3, "2025"), "approx": False}]),
    (
        "1st 2016, 2nd jun 2023, 3rd aug 2025",
        {"city": "jinan"},
        [
            {**age(1, "2016"), "approx": False},
            {**age(2, "2023-06"), "approx": False},
            {**age(3, "2025-08"), "approx": False},
        ],
    ),
    # a birth named by its order with no article
    (
        "3rd time dibao, the first two no",
        THREE_IN_JINAN,
        [at_birth(3, True), at_birth(1, False), at_birth(2, False)],
    ),
    (
        "first birth no dibao",
        {"city": "jinan", "children": [{"birth_date": "2018-04"}, {"birth_date": "2020-11"}]},
        [at_birth(1, False)],
    ),
    # "were" where only "we're" can stand
    ("nope were on dibao now", {"city": "jinan"}, [fact("hardship_now", True)]),
    ("were renting a flat in jinan", {"city": "jinan"}, [fact("renting", True)]),
]


@pytest.mark.parametrize(("text", "known", "expect"), CASES, ids=[c[0] for c in CASES])
def test_a_message_typed_without_punctuation_is_read_exactly(
    text: str, known: dict[str, Any], expect: list[dict[str, Any]]
) -> None:
    """Every fact the message states, with its child, value and kind; nothing extra."""
    message = {"text": text, "known": known, "asked": None, "today": TODAY, "expect": expect}
    ok, _right, _labelled = score(message)
    assert ok, sorted(read(message), key=str)


def test_so_just_for_a_child_after_the_benefit_began_answers_the_births_question() -> None:
    """Asked whether they were on benefits at the births: the benefit began in 2025, "so only for
    the youngest" names the birth it covered; the eldest two are answered no before it."""
    message = {
        "text": "first two no. we only started getting tekun in 2025 so only for the youngest",
        "known": THREE_IN_JINAN,
        "asked": "hardship_at_birth",
        "today": TODAY,
        "expect": [
            fact("hardship_now", True),
            at_birth(1, False),
            at_birth(2, False),
            at_birth(3, True),
        ],
    }
    ok, _right, _labelled = score(message)
    assert ok, sorted(read(message), key=str)


# Answers to the children question ("几个孩子，多大了？"), the count first, run on to the children.
COUNT_FIRST: list[tuple[str, list[dict[str, Any]]]] = [
    ("俩一个七岁一个刚满两岁", [fact("child_count", 2), age(1, "2019-06"), {**age(2, "2024-12")}]),
    (
        "三个老大九岁老二五岁老三十个月",
        [fact("child_count", 3), age(1, "2017-06"), age(2, "2021-06"), age(3, "2026-02")],
    ),
    ("一个八个月大", [fact("child_count", 1), age(1, "2026-04")]),
    ("两个、大的六岁、小的两岁半", [fact("child_count", 2), age(1, "2020-06"), age(2, "2024-06")]),
]


@pytest.mark.parametrize(("text", "expect"), COUNT_FIRST, ids=[c[0] for c in COUNT_FIRST])
def test_the_count_answered_first_then_the_children(
    text: str, expect: list[dict[str, Any]]
) -> None:
    message = {
        "text": text,
        "known": {"city": "jinan"},
        "asked": "children",
        "today": TODAY,
        "expect": expect,
    }
    ok, _right, _labelled = score(message)
    assert ok, sorted(read(message), key=str)


TWO_IN_JINAN: dict[str, Any] = {
    "city": "jinan",
    "children": [{"birth_date": "2018-04"}, {"birth_date": "2024-11"}],
}

# Answers to the births question, child by child, typed without punctuation.
CHILD_BY_CHILD: list[tuple[str, list[dict[str, Any]]]] = [
    ("only the 2nd the 1st no", [at_birth(2, True), at_birth(1, False)]),
    ("we had it for the second first one no", [at_birth(2, True), at_birth(1, False)]),
    (
        "with the first we didnt have dibao with the second we did",
        [at_birth(1, False), at_birth(2, True)],
    ),
    (
        "for the eldest we were on tekun for the second we werent",
        [at_birth(1, True), at_birth(2, False)],
    ),
    ("the first one yes dibao second one nah", [at_birth(1, True), at_birth(2, False)]),
]


@pytest.mark.parametrize(("text", "expect"), CHILD_BY_CHILD, ids=[c[0] for c in CHILD_BY_CHILD])
def test_each_childs_answer_typed_without_punctuation(
    text: str, expect: list[dict[str, Any]]
) -> None:
    message = {
        "text": text,
        "known": TWO_IN_JINAN,
        "asked": "hardship_at_birth",
        "today": TODAY,
        "expect": expect,
    }
    ok, _right, _labelled = score(message)
    assert ok, sorted(read(message), key=str)
