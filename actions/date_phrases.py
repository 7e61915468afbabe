"""Birth dates and ages as people write them, in Chinese and English.

"2019年5月3日", "去年5月", "上个月", "8个月大", "2023-01-02", "May 2023", "12 June 2024",
"last May", "8 months old". A date found without a day is taken as the first of its month and
marked as such (precision "month"), which keeps every cut-off decision right (the cut-off is a
first of the month) and puts deadlines on the safe, early side; the reply says so.
A bare year is kept with precision "year"; the form asks for the month when the year matters."""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

import cn2an

from policy_kb.dates import add_months

Precision = Literal["day", "month", "year"]
MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}  # fmt: skip
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_RELATIVE_YEAR = {"去年": -1, "今年": 0, "前年": -2, "明年": 1, "last": -1, "this": 0, "next": 1}

# Order matters: the most specific forms first; each match consumes its span.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "ymd",
        re.compile(rf"{_YEAR}\s*[-/.年]\s*(?P<m>\d{{1,2}})\s*[-/.月]\s*(?P<d>\d{{1,2}})\s*[日号]?"),
    ),
    ("ym", re.compile(rf"{_YEAR}\s*(?:年|[-/.])\s*(?P<m>\d{{1,2}})\s*月?(?!\d)")),
    (
        "rel_ymd",
        re.compile(r"(?P<rel>去年|今年|前年|明年)(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?"),
    ),
    (
        "dmy_en",
        re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\s*,?\s*{_YEAR}", re.I),
    ),
    ("mdy_en", re.compile(rf"{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*{_YEAR}", re.I)),
    ("my_en", re.compile(rf"{_MON}\s*,?\s*(?:of\s+)?{_YEAR}", re.I)),
    ("rel_m_en", re.compile(rf"(?P<rel>last|this|next)\s+{_MON}", re.I)),
    (
        "months_old",
        re.compile(r"(?P<n>\d{1,2})\s*(?:个多?月|個月|months?|mos?)\s*(?:大|old|of age)?", re.I),
    ),
    ("weeks_old", re.compile(r"(?P<n>\d{1,2})\s*(?:周|星期|weeks?)\s*(?:大|old)", re.I)),
    ("days_old", re.compile(r"(?P<n>\d{1,2})\s*(?:天|days?)\s*(?:大|old)", re.I)),
    ("last_month", re.compile(r"上个?月|last month", re.I)),
    ("this_month", re.compile(r"这个月|本月|this month", re.I)),
    ("rel_year", re.compile(r"(?P<rel>去年|今年|前年|明年|last year|this year|next year)", re.I)),
    ("year", re.compile(rf"(?<!\d){_YEAR}(?:\s*年)?(?!\d)")),
]
# Ordinal words kept apart from the numbers after them ("老二95厘米" is not 295 cm).
_ORDINAL_WORDS = {
    w: f"{w[0]}{d}{w[2:]} " if w[0] == "老" else f"{d}{w[1:]} "
    for d, n in (("2", "二"), ("3", "三"), ("4", "四"))
    for w in (f"老{n}", f"{n}宝", f"{n}胎", f"{n}孩")
}
_JUST_BORN = re.compile(r"刚出生|刚生|just born|newborn|new born", re.I)


@dataclass(frozen=True)
class DatePhrase:
    """A birth date found in text, how precisely it was given, and where it stood."""

    value: date
    precision: Precision
    start: int
    end: int


def normalise(text: str) -> str:
    """Chinese numerals to digits ("二〇一九年" -> "2019年", "两个" -> "2个"), lower-cased."""
    for word, marked in _ORDINAL_WORDS.items():
        text = text.replace(word, marked)
    try:
        converted = cn2an.transform(text, "cn2an")
    except (ValueError, KeyError, IndexError):
        converted = text
    return str(converted).replace("两", "2").replace("俩", "2").lower()


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_match(kind: str, m: re.Match[str], today: date) -> tuple[date, Precision] | None:
    g = m.groupdict()
    if kind == "ymd":
        found = _safe_date(int(g["year"]), int(g["m"]), int(g["d"]))
        return (found, "day") if found else None
    if kind == "ym":
        found = _safe_date(int(g["year"]), int(g["m"]), 1)
        return (found, "month") if found else None
    if kind == "rel_ymd":
        year = today.year + _RELATIVE_YEAR[g["rel"]]
        found = _safe_date(year, int(g["m"]), int(g["d"] or 1))
        return (found, "day" if g["d"] else "month") if found else None
    if kind in ("dmy_en", "mdy_en"):
        found = _safe_date(int(g["year"]), MONTHS[g["mon"].lower()], int(g["d"]))
        return (found, "day") if found else None
    if kind == "my_en":
        return date(int(g["year"]), MONTHS[g["mon"].lower()], 1), "month"
    if kind == "rel_m_en":
        month = MONTHS[g["mon"].lower()]
        year = today.year + _RELATIVE_YEAR[g["rel"].lower()]
        return date(year, month, 1), "month"
    if kind == "months_old":
        back = add_months(today, -int(g["n"]))
        return back.replace(day=1), "month"
    if kind == "weeks_old":
        return today - timedelta(weeks=int(g["n"])), "day"
    if kind == "days_old":
        return today - timedelta(days=int(g["n"])), "day"
    if kind == "last_month":
        return add_months(today, -1).replace(day=1), "month"
    if kind == "this_month":
        return today.replace(day=1), "month"
    if kind == "rel_year":
        word = g["rel"].lower().split()[0]
        return date(today.year + _RELATIVE_YEAR[word], 1, 1), "year"
    if kind == "year":
        return date(int(g["year"]), 1, 1), "year"
    return None


def find_dates(text: str, today: date) -> list[DatePhrase]:
    """Every date phrase in (normalised) `text`, in reading order, without overlaps."""
    taken: list[tuple[int, int]] = []
    found: list[DatePhrase] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            parsed = _from_match(kind, m, today)
            if parsed is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DatePhrase(parsed[0], parsed[1], m.start(), m.end()))
    if not found:
        for m in _JUST_BORN.finditer(text):
            found.append(DatePhrase(today.replace(day=1), "month", m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)
