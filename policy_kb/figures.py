"""Finding figures in text, so a test (and the loader) can prove each figure sits in its quote."""

import re
from datetime import date
from typing import Any

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
}  # fmt: skip
_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(million|万|亿)?", re.IGNORECASE)
_WORD = re.compile(r"\b(" + "|".join(_WORD_NUMBERS) + r")\b", re.IGNORECASE)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(%|per ?cent|percentage points?)", re.IGNORECASE)


def _scale(raw: str, suffix: str | None) -> float:
    value = float(raw.replace(",", ""))
    multiplier = {"million": 1_000_000, "万": 10_000, "亿": 100_000_000}
    return value * multiplier.get((suffix or "").lower(), 1)


def numbers_in(text: str) -> set[float]:
    """Every number written in `text`: digits (with thousands separators, 万, million) and words."""
    found = {_scale(m.group(1).rstrip(","), m.group(2)) for m in _NUMBER.finditer(text)}
    found |= {float(_WORD_NUMBERS[w.lower()]) for w in _WORD.findall(text)}
    return found


def percents_in(text: str) -> set[float]:
    """Shares written as percentages ('100%', '50 per cent', '5 percentage points'), as 0..1."""
    return {float(m.group(1)) / 100 for m in _PERCENT.finditer(text)}


def date_in(value: date, text: str) -> bool:
    """A date written the way the translations write it ('January 1, 2023') or as ISO."""
    written = f"{_MONTHS[value.month - 1]} {value.day}, {value.year}"
    return written in text or value.isoformat() in text


def figure_in(value: Any, unit: str, text: str) -> bool:
    """Whether a parameter's value is stated in `text` (rates may be written as percentages;
    every cell of a table must be)."""
    if isinstance(value, dict):
        return all(figure_in(v, unit, text) for row in value.values() for v in row.values())
    if isinstance(value, date):
        return date_in(value, text)
    if isinstance(value, list):
        return all(figure_in(v, unit, text) for v in value)
    if unit == "share":
        return any(abs(p - value) < 1e-9 for p in percents_in(text))
    return any(abs(n - value) < 1e-9 for n in numbers_in(text))
