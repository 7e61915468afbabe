"""Testers 46 and 48's misreadings (fix-t49b): the household known, what the citizen wrote, and
the facts it states. Today is 1 December 2026 in China."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)
# Tester 48 c06: Beijing, the eldest about 8, the 2nd born September 2024, the 3rd "去年生的".
THIRD_OF_LAST_YEAR = {
    "city": "beijing",
    "renting": True,
    "children": [{"birth_date": "2018-06"}, {"birth_date": "2024-09"}, {"birth_date": "2025"}],
}


def births(text: str, known: dict[str, object], asked: str | None, about: int | None = None):
    return {
        u.child: u.value
        for u in understand(text, known, asked, TODAY, about=about)
        if u.fact in ("child.birth_date", "child.due_date")
    }


@pytest.mark.parametrize(
    "text",
    [
        "3月份 医保呢 你还没说",  # tester 48 c06
        "3月份",
        "三月份的",
        "是3月 那孩子医保呢",
        "march, and what about the insurance?",
        "in march",
    ],
)
@pytest.mark.parametrize("about", [3, None])
def test_a_month_alone_answers_the_month_asked_of_a_child_known_to_the_year(
    text: str, about: int | None
) -> None:
    """The bot asked "老三是2025年几月出生的？": a month said without its year is 老三's month of
    2025, not a 4th child born in March 2026."""
    assert births(text, THIRD_OF_LAST_YEAR, "children", about) == {3: "2025-03"}
