"""Tester 41 c05: asked "您家（父母或孩子）的户口在这个城市吗？", she answered "户口在 我跟老公都交
公积金 …"; the hukou went unread, and every later answer still said "如果是济南户口". "户口在"
with no place after it, in the city the family lives in, is the hukou held there."""

from datetime import date
from typing import Any

import pytest

from understanding import understand

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}
PREGNANT_WITH_THE_SECOND: dict[str, Any] = {
    "city": "jinan",
    "children_partial": [UNDATED, {**UNDATED, "birth_date": "2027-04-01", "precision": "month"}],
}
TODAY = date(2026, 12, 1)


def hukou(text: str) -> Any:
    said = understand(text, PREGNANT_WITH_THE_SECOND, "hukou_in_city", TODAY)
    return next((u.value for u in said if u.fact == "hukou_in_city"), None)


@pytest.mark.parametrize(
    "text",
    [
        "户口在 我跟老公都交公积金 我们想买第一套房 能贷多少",  # tester 41 c05 t2
        "户口在",
        "户口在的",
        "户口都在 我们想买房",
        "户口是在的",
        "户口也在呢",
        "hukou's in",
    ],
)
def test_the_hukou_said_to_be_in_is_held_in_the_city(text: str) -> None:
    assert hukou(text) is True, text


@pytest.mark.parametrize("text", ["户口在 德州", "户口在老家", "户口不在", "户口在，外地的"])
def test_the_hukou_in_a_place_elsewhere_or_denied_is_not(text: str) -> None:
    assert hukou(text) is False, text
