"""Families as they type (issue #12), the classes a fresh probe batch found unread (stop 41):
a benefit named as a heading before answers child by child ("低保：老大没有 老三有"); a birth "是在
领低保期间"; an older sibling told after the twins (他们姐姐, 前面还有个哥哥) and a boy and a girl had
at once (一下子生了一儿一女); a home bought "in Jinan"; a half year that narrows a birth year
(前年生的 两岁半); a benefit ended at the end of a year gone (24年底就领完了); misspelt benefit and
kin words; "we have our second, born…" (a child, not a pregnancy) and "we're having our second in
may" (a pregnancy); "…was born not for the other two". Labelled per tests/corpus/README.md and
compared as bench/corpus_accuracy.py compares the corpus. Today is 3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from bench.corpus_accuracy import read, score
from tests.understanding.readings import at_birth, born, due, fact
from tests.understanding.readings import jinan_family as kids

TODAY = date(2026, 12, 3)


CASES: list[tuple[str, dict[str, Any], list[dict[str, Any]]]] = [
    # the benefit as a heading: no benefit now, each child's birth as answered
    (
        "特困：老大没有 老二有",
        kids("2019-03", "2024-05"),
        [at_birth(1, False), at_birth(2, True)],
    ),
    (
        "unemployment benefit? eldest no, 2nd yes",
        kids("2019-03", "2024-05"),
        [at_birth(1, False), at_birth(2, True)],
    ),
    # a birth said to be during the benefit
    ("生三胎是在领特困期间", kids("2016-03", "2019-05", "2024-05"), [at_birth(3, True)]),
    # an older sibling told after the multiples: the multiples are the 2nd and 3rd
    (
        "龙凤胎是24.3.8生的 他俩的哥哥上小学了",
        {"city": "jinan"},
        [fact("child_count", 3), born(2, "2024-03-08"), born(3, "2024-03-08")],
    ),
    (
        "前年5月一口气生了一男一女 上面还有个哥哥",
        {"city": "jinan"},
        [fact("child_count", 3), born(2, "2024-05"), born(3, "2024-05")],
    ),
    # a home bought in the city, said after the renting denied
    (
        "不是租的 是咱们在北京全款买的",
        {"city": "beijing", "renting": True},
        [fact("renting", False), fact("owns_home_in_city", True)],
    ),
    # a half year narrows a year told
    ("闺女去年生的 现在一岁半", {"city": "jinan"}, [born(1, "2025-06", approx=True)]),
    # a benefit that ended with a year gone is not held now
    ("低保23年底就停了", {"city": "jinan"}, [fact("hardship_now", False)]),
    # misspelt words
    ("俺家领着底保", {"city": "jinan"}, [fact("hardship_now", True)]),
    ("龙风胎 去年8月生的", {}, [born(1, "2025-08"), born(2, "2025-08")]),
    (
        "i was on unemployement benifit when my 2nd was born",
        kids("2019-03", "2024-05"),
        [at_birth(2, True)],
    ),
    # a child had now, not a pregnancy; a pregnancy said as "having"
    (
        "we have our third, born 10 days ago",
        kids("2019-03", "2024-05"),
        [born(3, "2026-11-23", approx=True)],
    ),
    ("we're having our third in april", kids("2019-03", "2024-05"), [due(3, "2027-04")]),
    # the twins' sexes said right after them are no more children
    ("twins!! one boy one girl born 2026/2/14", {}, [born(1, "2026-02-14"), born(2, "2026-02-14")]),
    ("双胞胎 一男一女 今年3月生的", {}, [born(1, "2026-03"), born(2, "2026-03")]),
    # a next child supposed with its order
    (
        "what if we have a 3rd next year, anything for that?",
        kids("2019-03", "2024-05"),
        [{**due(3, "2027"), "kind": "question"}],
    ),
    # "it" of the benefit named before it
    (
        "we're on dibao right now so we were on it when our 3rd came",
        kids("2016-03", "2019-05", "2026-06-01"),
        [fact("hardship_now", True), at_birth(3, True)],
    ),
    # "…was born not for…": two clauses
    (
        "we got dibao when our 2nd was born not for the 1st",
        kids("2019-03", "2024-05"),
        [at_birth(2, True), at_birth(1, False)],
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
