"""Fresh probes (t51g, issue #12), written before reading the parser: families as they really
type, in the kinds the held-out half reads worst. English with no punctuation and all lower
case with several facts in one message; hardship at one birth said in varied ways; twins and
triplets beside older children; two-digit years; ages with 多/半/个把月; Chinese run together
with no separators. Labelled per tests/corpus/README.md and compared as bench/corpus_accuracy.py
compares the corpus (an approximate date within one month). Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from bench.corpus_accuracy import read, score
from tests.understanding.readings import age, at_birth, born, due, fact
from tests.understanding.readings import jinan_family as kids

TODAY = date(2026, 12, 1)


JINAN = [fact("city", "jinan")]
JINAN_HUKOU = [fact("city", "jinan"), fact("hukou_in_city", True)]

# (text, known, asked, expected updates)
Case = tuple[str, dict[str, Any], str | None, list[dict[str, Any]]]

ENGLISH_NO_PUNCTUATION: list[Case] = [
    (
        "we have jinan hukou two kids the older one is 5 the little one is 8 months",
        {},
        None,
        [*JINAN_HUKOU, fact("child_count", 2), age(1, "2021-06"), age(2, "2026-04")],
    ),
    (
        "we rent in jinan no hukou though our first is 4 and the second just turned 1",
        {},
        None,
        [
            *JINAN,
            fact("renting", True),
            fact("hukou_in_city", False),
            age(1, "2022-06"),
            age(2, "2025-12"),
        ],
    ),
    (
        "jinan three kids 7 4 and 10 months we were on dibao when the youngest was born",
        {},
        None,
        [
            *JINAN,
            fact("child_count", 3),
            age(1, "2019-06"),
            age(2, "2022-06"),
            age(3, "2026-02"),
            at_birth(3),
        ],
    ),
    (
        "both of us pay into the housing fund we rent and our baby is 6 months old",
        {},
        None,
        [fact("housing_fund_contributors", 2), fact("renting", True), age(1, "2026-06")],
    ),
    (
        "my daughter is 2 and a half my son was born in july 2025 we live in beijing",
        {},
        None,
        [fact("city", "beijing"), age(1, "2024-06"), born(2, "2025-07")],
    ),
    (
        "no dibao when the baby was born but we are on it now",
        kids("2025-03"),
        None,
        [fact("hardship_at_birth", False), fact("hardship_now", True)],
    ),
    (
        "i was getting unemployment benefit when our second was born not now though",
        kids("2020-05", "2024-02"),
        None,
        [at_birth(2), fact("hardship_now", False)],
    ),
    (
        "grandson is 4 granddaughter is 10 months we are in jinan",
        {},
        None,
        [*JINAN, age(1, "2022-06"), age(2, "2026-02")],
    ),
    (
        "our eldest was born in 2019 the second in 2022 and the third is due in may",
        {},
        None,
        [born(1, "2019"), born(2, "2022"), due(3, "2027-05")],
    ),
    (
        "jinan hukou renting 2 kids 3 and 1",
        {},
        None,
        [
            *JINAN_HUKOU,
            fact("renting", True),
            fact("child_count", 2),
            age(1, "2023-06"),
            age(2, "2025-06"),
        ],
    ),
    (
        "my husband pays into the housing fund i dont we rent in jinan",
        {},
        None,
        [*JINAN, fact("housing_fund_contributors", 1), fact("renting", True)],
    ),
    (
        "we had twins in march 2024 and our older boy is 6 we are in beijing",
        {},
        None,
        [
            fact("city", "beijing"),
            fact("child_count", 3),
            age(1, "2020-06"),
            born(2, "2024-03"),
            born(3, "2024-03"),
        ],
    ),
    (
        "the older one is 4 and a half the younger one just turned 2",
        {},
        None,
        [age(1, "2022-06"), age(2, "2024-12")],
    ),
    (
        "hi we are from jinan our kid is 3 months old we rent and i was on dibao when i gave birth",
        {},
        None,
        [*JINAN, age(1, "2026-09"), fact("renting", True), fact("hardship_at_birth", True)],
    ),
    (
        "eldest 8 middle one 5 youngest 2 we live in jinan",
        {},
        None,
        [*JINAN, age(1, "2018-06"), age(2, "2021-06"), age(3, "2024-06")],
    ),
    (
        "first kid born 2019 second is 3 months old we were on dibao when the second was born",
        {},
        None,
        [born(1, "2019"), age(2, "2026-09"), at_birth(2)],
    ),
    (
        "our son is 6 our daughter is 9 months we dont own a home we rent",
        {},
        None,
        [
            age(1, "2020-06"),
            age(2, "2026-03"),
            fact("owns_home_in_city", False),
            fact("renting", True),
        ],
    ),
    (
        "beijing no hukou one kid 4 years old neither of us pays housing fund",
        {},
        None,
        [
            fact("city", "beijing"),
            fact("hukou_in_city", False),
            fact("child_count", 1),
            age(1, "2022-06"),
            fact("housing_fund_contributors", 0),
        ],
    ),
]

PER_BIRTH_HARDSHIP: list[Case] = [
    ("生老二那会儿吃低保", kids("2019-04", "2023-08"), None, [at_birth(2)]),
    (
        "was on the dole when our youngest arrived",
        kids("2018-01", "2021-05", "2025-09"),
        None,
        [at_birth(3)],
    ),
    (
        "we got dibao back when the twins came",
        kids("2020-02", "2024-03", "2024-03"),
        None,
        [at_birth(2), at_birth(3)],
    ),
    ("老三出生那阵子我们家是低保户", kids("2017-01", "2020-01", "2025-06"), None, [at_birth(3)]),
    (
        "生老大的时候没低保 生老二的时候有",
        kids("2019-04", "2023-08"),
        None,
        [at_birth(1, False), at_birth(2)],
    ),
    ("小的出生时我在领失业金", kids("2019-04", "2023-08"), None, [at_birth(2)]),
    ("二宝出生那年我们在吃低保", kids("2019-04", "2023-08"), None, [at_birth(2)]),
    (
        "dibao when our second was born, not for the first",
        kids("2019-04", "2023-08"),
        None,
        [at_birth(2), at_birth(1, False)],
    ),
    (
        "i was unemployed and getting unemployment benefits when the little one was born",
        kids("2019-04", "2023-08"),
        None,
        [at_birth(2)],
    ),
    (
        "生双胞胎那时候领着失业保险金",
        kids("2020-02", "2024-03", "2024-03"),
        None,
        [at_birth(2), at_birth(3)],
    ),
    (
        "大宝出生的时候领过低保 现在没有了",
        kids("2019-04", "2023-08"),
        None,
        [at_birth(1), fact("hardship_now", False)],
    ),
    ("when our daughter was born we were a dibao household", kids("2023-08"), None, [at_birth(1)]),
    ("生孩子的时候吃低保", kids("2019-04", "2023-08"), None, [fact("hardship_at_birth", True)]),
    ("生头胎的时候是特困供养", kids("2019-04", "2023-08"), None, [at_birth(1)]),
    (
        "when number three was born we were on dibao",
        kids("2017-01", "2020-01", "2025-06"),
        None,
        [at_birth(3)],
    ),
    ("老二生的时候我们正领着低保呢", kids("2019-04", "2023-08"), None, [at_birth(2)]),
    (
        "we were on unemployment benefits when our 3rd was born",
        kids("2017-01", "2020-01", "2025-06"),
        None,
        [at_birth(3)],
    ),
    (
        "生老二那年家里吃低保，生老三就没有了",
        kids("2017-01", "2020-01", "2025-06"),
        None,
        [at_birth(2), at_birth(3, False)],
    ),
    (
        "we were getting dibao when the youngest came along",
        kids("2019-04", "2023-08"),
        None,
        [at_birth(2)],
    ),
    ("有老二那会儿正吃着低保", kids("2019-04", "2023-08"), None, [at_birth(2)]),
    (
        "we were on the dole when the twins arrived",
        kids("2020-02", "2024-03", "2024-03"),
        None,
        [at_birth(2), at_birth(3)],
    ),
    (
        "for the baby yes we were on dibao the big one no",
        kids("2019-04", "2023-08"),
        None,
        [at_birth(2), at_birth(1, False)],
    ),
    (
        "生双胞胎那会儿没领失业金现在在领",
        kids("2020-02", "2024-03", "2024-03"),
        None,
        [at_birth(2, False), at_birth(3, False), fact("hardship_now", True)],
    ),
    (
        "the twins were born on dibao our eldest wasnt",
        kids("2020-02", "2024-03", "2024-03"),
        None,
        [at_birth(2), at_birth(3), at_birth(1, False)],
    ),
    (
        "老大那会儿在领低保老二就没有了",
        kids("2019-04", "2023-08"),
        None,
        [at_birth(1), at_birth(2, False)],
    ),
]

MULTIPLES: list[Case] = [
    (
        "老大5岁 去年生了对双胞胎",
        {},
        None,
        [fact("child_count", 3), age(1, "2021-06"), born(2, "2025"), born(3, "2025")],
    ),
    (
        "大女儿7岁 还有一对龙凤胎一岁半",
        {},
        None,
        [fact("child_count", 3), age(1, "2019-06"), age(2, "2025-06"), age(3, "2025-06")],
    ),
    (
        "our son is 6 and we had twins in june",
        {},
        None,
        [fact("child_count", 3), age(1, "2020-06"), born(2, "2026-06"), born(3, "2026-06")],
    ),
    (
        "家里有个哥哥4岁 双胞胎妹妹8个月",
        {},
        None,
        [fact("child_count", 3), age(1, "2022-06"), age(2, "2026-04"), age(3, "2026-04")],
    ),
    (
        "twins of 2 and a big brother of 7",
        {},
        None,
        [fact("child_count", 3), age(1, "2019-06"), age(2, "2024-06"), age(3, "2024-06")],
    ),
    (
        "双胞胎3岁了 下面还有个弟弟刚满月",
        {},
        None,
        [fact("child_count", 3), age(1, "2023-06"), age(2, "2023-06"), age(3, "2026-11")],
    ),
    (
        "we have a 5 year old and twin babies born in august 2025",
        {},
        None,
        [fact("child_count", 3), age(1, "2021-06"), born(2, "2025-08"), born(3, "2025-08")],
    ),
    (
        "老大10岁 前年生的双胞胎",
        {},
        None,
        [fact("child_count", 3), age(1, "2016-06"), born(2, "2024"), born(3, "2024")],
    ),
    (
        "老大六岁半 今年五月生了一对双胞胎",
        {},
        None,
        [fact("child_count", 3), age(1, "2020-06"), born(2, "2026-05"), born(3, "2026-05")],
    ),
    (
        "老大5岁去年生了对双胞胎",
        {},
        None,
        [fact("child_count", 3), age(1, "2021-06"), born(2, "2025"), born(3, "2025")],
    ),
    (
        "老大3岁半上个月又添了一对龙凤胎",
        {},
        None,
        [fact("child_count", 3), age(1, "2023-06"), born(2, "2026-11"), born(3, "2026-11")],
    ),
    (
        "we had triplets last year our daughter is 4",
        {},
        None,
        [
            fact("child_count", 4),
            age(1, "2022-06"),
            born(2, "2025"),
            born(3, "2025"),
            born(4, "2025"),
        ],
    ),
    (
        "big sister is 4 the twins are 9 months",
        {},
        None,
        [fact("child_count", 3), age(1, "2022-06"), age(2, "2026-03"), age(3, "2026-03")],
    ),
]

SHORT_YEARS: list[Case] = [
    ("老大16年的 老二21年的", {}, None, [born(1, "2016"), born(2, "2021")]),
    ("孩子是23年5月出生的", {}, None, [born(1, "2023-05")]),
    (
        "two kids born in '19 and '23",
        {},
        None,
        [fact("child_count", 2), born(1, "2019"), born(2, "2023")],
    ),
    ("老大一八年 老二二二年生的", {}, None, [born(1, "2018"), born(2, "2022")]),
    ("大宝19年3月 二宝24年9月", {}, None, [born(1, "2019-03"), born(2, "2024-09")]),
    ("our son was born 23.5.1", {}, None, [born(1, "2023-05-01")]),
    ("eldest born 2018.7 youngest 2024.2", {}, None, [born(1, "2018-07"), born(2, "2024-02")]),
    # twins with no word of a first birth: no count (the corpus's 昨天凌晨生了 双胞胎小子)
    ("双胞胎是25年1月生的", {}, None, [born(1, "2025-01"), born(2, "2025-01")]),
]

AGES: list[Case] = [
    ("老大五岁多 老二一岁半", {}, None, [age(1, "2021-06"), age(2, "2025-06")]),
    ("孩子才个把月", {}, None, [age(1, "2026-11")]),
    ("老二半岁 老大三岁多", {}, None, [age(1, "2023-06"), age(2, "2026-06")]),
    ("孙子两岁多了", {}, None, [age(1, "2024-06")]),
    ("大宝七岁半 小宝十个多月", {}, None, [age(1, "2019-06"), age(2, "2026-02")]),
    ("老大一岁两个月", {}, None, [age(1, "2025-10")]),
    ("闺女四岁多点 儿子刚满两岁", {}, None, [age(1, "2022-06"), age(2, "2024-12")]),
    ("老三才出生一个来月", kids("2018-01", "2021-05"), None, [age(3, "2026-11")]),
    (
        "两个孩子 一个六岁多 一个一岁多",
        {},
        None,
        [fact("child_count", 2), age(1, "2020-06"), age(2, "2025-06")],
    ),
    ("老大快5岁了 老二八个多月", {}, None, [age(1, "2022-01"), age(2, "2026-04")]),
]

CHINESE_RUN_TOGETHER: list[Case] = [
    (
        "济南户口老大5岁老二8个月",
        {},
        None,
        [*JINAN_HUKOU, age(1, "2021-06"), age(2, "2026-04")],
    ),
    (
        "我们在北京租房住两口子都交公积金",
        {},
        None,
        [fact("city", "beijing"), fact("renting", True), fact("housing_fund_contributors", 2)],
    ),
    (
        "老大三岁半老二刚满月生老二的时候在领低保",
        {},
        None,
        [age(1, "2023-06"), age(2, "2026-11"), at_birth(2)],
    ),
    (
        "两个孩子大的6岁小的2岁都是济南户口",
        {},
        None,
        [*JINAN_HUKOU, fact("child_count", 2), age(1, "2020-06"), age(2, "2024-06")],
    ),
    (
        "没有房子租房住老大十岁",
        {},
        None,
        [fact("owns_home_in_city", False), fact("renting", True), age(1, "2016-06")],
    ),
    (
        "老大7岁老二3岁生老二那会在领失业金",
        {},
        None,
        [age(1, "2019-06"), age(2, "2023-06"), at_birth(2)],
    ),
]

CASES = [
    *ENGLISH_NO_PUNCTUATION,
    *PER_BIRTH_HARDSHIP,
    *MULTIPLES,
    *SHORT_YEARS,
    *AGES,
    *CHINESE_RUN_TOGETHER,
]


@pytest.mark.parametrize(("text", "known", "asked", "expect"), CASES, ids=[c[0] for c in CASES])
def test_a_fresh_message_is_read_exactly(
    text: str, known: dict[str, Any], asked: str | None, expect: list[dict[str, Any]]
) -> None:
    """Every fact the message states, with its child, value and kind; nothing extra."""
    message = {"text": text, "known": known, "asked": asked, "today": TODAY, "expect": expect}
    ok, _right, _labelled = score(message)
    assert ok, sorted(read(message), key=str)
