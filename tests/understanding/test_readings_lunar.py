"""Births dated by the Chinese lunar calendar, as families say them (腊月, 正月十五, 中秋节生的,
"born on chinese new year 2024"): read as the Gregorian date the rules count from (Jinan clause
12 counts from the birth and to the third birthday). A lunar month alone is the Gregorian month
its 15th falls in, approximate; a lunar day is exact. Today in China is 2026-12-03 (lunar
2026-10-25)."""

from datetime import date
from typing import Any

import pytest

from bench.corpus_accuracy import read, score

TODAY = date(2026, 12, 3)
JINAN: dict[str, Any] = {"city": "jinan"}


def born(child: int, value: str, approx: bool = False) -> dict[str, Any]:
    return {
        "fact": "child.birth_date",
        "child": child,
        "value": value,
        "approx": approx,
        "kind": "statement",
    }


CASES: list[tuple[str, dict[str, Any], list[dict[str, Any]]]] = [
    # lunar 2025's 12th month runs 2026-01-19 to 2026-02-16: about February 2026
    ("老二是去年腊月生的", JINAN, [born(2, "2026-02", approx=True)]),
    # no year: the latest 腊月 not after today, the same one
    ("老二腊月生的", JINAN, [born(2, "2026-02", approx=True)]),
    # lunar 2022's 腊月初八 is 2022-12-30, before 2023-01-01: the day decides the subsidy
    ("老大22年腊月初八生的", JINAN, [born(1, "2022-12-30")]),
    ("二宝是23年正月十五生的", JINAN, [born(2, "2023-02-05")]),
    # 冬月 (the 11th month) of lunar 2026 is still to come: the one before, 2026-01-14
    ("冬月廿六生的老二", JINAN, [born(2, "2026-01-14")]),
    ("老二前年中秋节生的", JINAN, [born(2, "2024-09-17")]),
    ("老三今年大年初一出生", JINAN, [born(3, "2026-02-17")]),
    ("二宝农历八月十五生的", JINAN, [born(2, "2026-09-25")]),
    ("our 2nd was born on chinese new year 2024", JINAN, [born(2, "2024-02-10")]),
    ("the baby came at mid-autumn festival last year", JINAN, [born(1, "2025-10-06")]),
]


@pytest.mark.parametrize(("text", "known", "expect"), CASES, ids=[c[0] for c in CASES])
def test_a_lunar_birth_date_is_the_gregorian_day_it_fell_on(
    text: str, known: dict[str, Any], expect: list[dict[str, Any]]
) -> None:
    message = {"text": text, "known": known, "asked": None, "today": TODAY, "expect": expect}
    ok, _right, _labelled = score(message)
    assert ok, sorted(read(message), key=str)


def test_a_month_that_is_no_lunar_month_is_not_read_as_one() -> None:
    """二月 is February: only 正月, 冬月, 腊月 or a month after 农历 are lunar."""
    message = {
        "text": "老二是去年二月生的",
        "known": JINAN,
        "asked": None,
        "today": TODAY,
        "expect": [born(2, "2025-02")],
    }
    assert score(message)[0], read(message)
