"""Testers 41 and 40 (fix-t42a): which child a birth date or age said with no order word is of.
Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)


def births(text: str, children: list[dict[str, Any]], about: int | None = None) -> set[Any]:
    """(child, date) of each birth date read from `text` for a Jinan family with `children`."""
    known = {"city": "jinan", "hukou_in_city": True, "children": children}
    return {
        (u.child, u.value)
        for u in understand(text, known, None, TODAY, about=about)
        if u.fact == "child.birth_date"
    }


@pytest.mark.parametrize(
    "text",
    [
        "hello? medical insurance for our May 2023 baby. did we miss it or not",  # tester 41 c07
        "she's 3 now. anything else for us?",
        "she was born may 2023",
        "她是23年5月生的",
        "孩子2023年5月出生的 医保错过了吗",
    ],
)
def test_a_birth_true_of_the_dated_second_is_no_date_for_the_undated_eldest(text: str) -> None:
    """The 2nd born May 2023, the eldest undated: the month (or the age) is the 2nd's, so
    nothing is new; the eldest is not dated from it."""
    assert births(text, [{}, {"birth_date": "2023-05"}]) == set()


@pytest.mark.parametrize("text", ["她是去年6月生的", "she was born june 2025", "孩子25年6月出生的"])
def test_a_date_of_her_is_the_undated_child_in_talk(text: str) -> None:
    """The talk is of 老二, neither child dated: 老二's birth month."""
    assert births(text, [{}, {}], about=2) == {(2, "2025-06")}


@pytest.mark.parametrize(
    "text",
    [
        "no I mean the 4 year old, my 2nd, born jan 2023. does SHE get the 600 a month?",
        "i mean my 2nd, the 4 year old, born january 2023",
    ],
)
def test_an_age_beside_an_order_and_its_date_is_that_childs(text: str) -> None:
    """Tester 40 n4: the eldest is 9; "the 4 year old, my 2nd, born jan 2023" dates the 2nd
    alone, and the eldest is not made 4."""
    known = [{"birth_date": "2017-06"}, {"birth_date": "2022"}, {"birth_date": "2026-10"}]
    assert births(text, known) == {(2, "2023-01")}


@pytest.mark.parametrize(
    "text",
    ["不是老大 是老二 23年5月生的", "not the eldest, the 2nd was born may 2023"],
)
def test_a_date_moved_to_its_child_leaves_the_other_undated(text: str) -> None:
    """May 2023 was noted on the eldest by mistake: it goes to the 2nd, and the eldest's date
    is unknown again (no twins of a date that collided)."""
    assert births(text, [{"birth_date": "2023-05"}, {}]) == {(2, "2023-05"), (1, None)}
