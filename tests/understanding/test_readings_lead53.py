"""Families as they type (issue #12), the classes a fresh probe batch found unread (stop 40):
one birth of several babies said as 一胎两个 / 一胎生了仨 / 一胎俩; two children named together
before their birth's time in Chinese run together (老大老二出生那阵都没领); "the same when…" and
也一样 for the benefit at a birth; "baby no. 2"; "unemployed and getting the benefit"; ages with a
decimal half (1.5 years old, 2.5岁); "may of last yr"; "gonna buy our first home". Labelled per
tests/corpus/README.md and compared as bench/corpus_accuracy.py compares the corpus. Today is
1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from bench.corpus_accuracy import read, score
from tests.understanding.readings import age, at_birth, born, fact
from tests.understanding.readings import jinan_family as kids

TODAY = date(2026, 12, 1)


Case = tuple[str, dict[str, Any], list[dict[str, Any]]]

CASES: list[Case] = [
    # one birth of two or three babies
    (
        "一胎两个 今年三月生的 都是闺女",
        {"city": "jinan"},
        [born(1, "2026-03"), born(2, "2026-03")],
    ),
    (
        "18年的老大 二二年一胎生了俩",
        {"city": "jinan"},
        [fact("child_count", 3), born(1, "2018"), born(2, "2022"), born(3, "2022")],
    ),
    (
        "去年五月剖的 一胎生了仨 头一回当妈",
        {"city": "jinan"},
        [
            fact("child_count", 3),
            born(1, "2025-05"),
            born(2, "2025-05"),
            born(3, "2025-05"),
        ],
    ),
    # two children named together, then their birth's time, with no separator
    (
        "生老三那会儿在领低保老大老二出生那阵都没领",
        kids("2016", "2019-04", "2024-08"),
        [at_birth(3), at_birth(1, False), at_birth(2, False)],
    ),
    (
        "老大出生那会儿领失业金老二老三出生就没再领",
        kids("2013", "2018", "2023-02"),
        [at_birth(1), at_birth(2, False), at_birth(3, False)],
    ),
    (
        "老三出生那年吃着低保头两个出生时没吃",
        kids("2014", "2018", "2025-01"),
        [at_birth(3), at_birth(1, False), at_birth(2, False)],
    ),
    # the benefit now, said to be the same at a birth
    (
        "both of us on unemployment benefit now, it was the same when our 2nd was born",
        kids("2020-06", "2023-09"),
        [fact("hardship_now", True), at_birth(2)],
    ),
    (
        "现在领失业金 生老二的时候也一样",
        kids("2020-06", "2023-09"),
        [fact("hardship_now", True), at_birth(2)],
    ),
    (
        "现在在领低保 老二出生那会儿不一样",
        kids("2020-06", "2023-09"),
        [fact("hardship_now", True), at_birth(2, False)],
    ),
    # a birth order said as a number; the benefit named short
    (
        "not on dibao anymore but we were when baby no. 2 was born",
        kids("2020-06", "2023-09"),
        [fact("hardship_now", False), at_birth(2)],
    ),
    (
        "i was unemployed n getting the benefit for the 1st birth, the 2nd no",
        kids("2020-06", "2023-09"),
        [at_birth(1), at_birth(2, False)],
    ),
    # the 2nd birth named by its number, then the baby's age in weeks (tester 53 x06)
    (
        "儿子一家在北京 二胎刚3周 老大5岁",
        {},
        [fact("city", "beijing"), age(2, "2026-11"), age(1, "2021-06")],
    ),
    # "it's 20 days each" of the leave is no child 20 days old (tester 54 c10)
    (
        "so for both of them it's 20 days each, yes or no?",
        kids("2023-06", "2025-06"),
        [],
    ),
    # born off a benefit is born while not on it
    ("our 2nd was born off dibao", kids("2020-06", "2023-09"), [at_birth(2, False)]),
    # an age with a decimal half is N and a half years, never N5
    (
        "twins are 1.5 yrs old, no other kids",
        {"city": "jinan"},
        [fact("child_count", 2), age(1, "2025-06"), age(2, "2025-06")],
    ),
    ("孩子2.5岁", {"city": "jinan"}, [age(1, "2024-06")]),
    # a month of a year said relatively
    (
        "may of last yr our 2nd arrived",
        {"city": "jinan"},
        [born(2, "2025-05")],
    ),
    # two children named by order, each with a kin word, said to be twins: the 2nd and the 3rd,
    # not two more children (tester 54 c08)
    (
        "二孙子三孙子是双胞胎 26年1月生的",
        {"city": "jinan"},
        [born(2, "2026-01"), born(3, "2026-01")],
    ),
    (
        "老二儿子和老三闺女是龙凤胎 去年5月生的",
        {"city": "jinan"},
        [born(2, "2025-05"), born(3, "2025-05")],
    ),
    # a first home planned, said short
    (
        "gonna buy our first home next year",
        {"city": "jinan"},
        [fact("buying_first_home", True)],
    ),
]


@pytest.mark.parametrize(("text", "known", "expect"), CASES, ids=[c[0] for c in CASES])
def test_a_fresh_message_is_read_exactly(
    text: str, known: dict[str, Any], expect: list[dict[str, Any]]
) -> None:
    """Every fact the message states, with its child, value and kind; nothing extra."""
    message = {"text": text, "known": known, "asked": None, "today": TODAY, "expect": expect}
    ok, _right, _labelled = score(message)
    assert ok, sorted(read(message), key=str)
