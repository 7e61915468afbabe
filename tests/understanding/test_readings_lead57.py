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


def born_year(child: int, year: int) -> dict[str, Any]:
    return {
        "fact": "child.birth_date",
        "child": child,
        "value": year,
        "kind": "statement",
        "approx": False,
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
