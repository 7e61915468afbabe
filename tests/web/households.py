"""Households the web tests ask about."""

from typing import Any


def jinan_family(**facts: Any) -> dict[str, Any]:
    """A Jinan family with hukou, a first child born 2019 and a second born 10 January 2025."""
    household: dict[str, Any] = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [{"birth_date": "2019-03-10"}, {"birth_date": "2025-01-10"}],
        "birth_insurance": "resident_medical",
    }
    household.update(facts)
    return household
