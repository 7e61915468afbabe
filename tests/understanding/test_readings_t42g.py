"""Readings for fix-t42g: twins told with a date after every known child's birth are children
not told of before (the 2nd and 3rd after an eldest), not the eldest redated. Today is
1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions.household_form import accepted_updates

TODAY = date(2026, 12, 1)


def child(born: str, precision: str) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision, "height_cm": None}


@pytest.mark.parametrize("eldest", [child("2022-06-01", "year"), child("2022-06-01", "month")])
@pytest.mark.parametrize(
    "text",
    [
        "twin 1 and twin 2 both born 1 jan 2023",
        "twins born 2023-01-01",
        "the twins came on 1 January 2023",
        "双胞胎都是2023年1月1日出生的",
        "又生了对双胞胎 2023年1月1号",
    ],
)
def test_twins_after_the_eldest_are_new_children(text: str, eldest: dict[str, Any]) -> None:
    slots = {"city": "jinan", "children_partial": [eldest], "children": [eldest]}
    children = accepted_updates(text, slots, TODAY).updates.get("children_partial")
    assert children is not None
    assert [c["birth_date"] for c in children] == ["2022-06-01", "2023-01-01", "2023-01-01"]


@pytest.mark.parametrize(
    "text", ["the twins were born 3 march 2023 not 2024", "双胞胎是2023年3月出生的 不是2024年"]
)
def test_twins_known_redated_stay_the_twins(text: str) -> None:
    """A correction of the twins known (both born March 2024) redates them, no new children."""
    twin = child("2024-03-01", "month")
    slots = {"city": "jinan", "children_partial": [twin, twin], "children": [twin, twin]}
    children = accepted_updates(text, slots, TODAY).updates.get("children_partial")
    assert children is not None and len(children) == 2
    assert {c["birth_date"][:7] for c in children} == {"2023-03"}
