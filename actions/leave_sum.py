"""A sum of two leaves' days put back to be confirmed ("so 15 + 10, 25 days total this year
right?", "陪产假15加育儿假10 一共25天对吧"): yes or no for the sum of the two leaves of the city's
plan whose day figures are the addends (Jinan clause 11: paternity leave at least 15 days,
parental leave at least 10 days a year), each with its own wording. The figures come from the
entries' parameters; the words only find the addends (tester 62 c6 got "no such figure")."""

import re

from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.text import Lang
from wording.language import t

# Two numbers added ("15 + 10", "15加10", "15 and 10", "15 plus 10") and the total said after.
ADDED = re.compile(
    r"(?<![\d.])(?P<a>\d{1,3})\s*(?:天|days?)?\s*(?:\+|加上?|plus|and)\s*"
    r"(?:[^\d,，。]{0,8}?)(?P<b>\d{1,3})(?![\d.])",
    re.I,
)
TOTAL = re.compile(r"(?<![\d.])(?P<n>\d{1,3})\s*(?:天|days?\b)", re.I)
PUT_BACK = re.compile(r"是吧|对吧|对吗|是吗|对不对|\bright\b|\bcorrect\b|[?？]", re.I)


def _day_figures(city: str) -> dict[int, tuple[Entry, str]]:
    """The city's leaves by their day figure: {15: (paternity leave, "min_days")}."""
    found: dict[int, tuple[Entry, str]] = {}
    for entry in catalogue().entries.values():
        if entry.city != city or entry.kind != "leave":
            continue
        for name, parameter in entry.parameters.items():
            if parameter.unit.startswith("days") and isinstance(parameter.value, int):
                found.setdefault(parameter.value, (entry, name))
    return found


def _said(entry: Entry, name: str, days: int, lang: Lang) -> str:
    parameter = entry.parameters[name]
    least = name.startswith("min")
    yearly = "year" in parameter.unit
    return t(
        lang,
        f"{entry.title.zh}{'每年' if yearly else ''}{'不少于' if least else ''}{days}天",
        f"{entry.title.en.lower()} {'at least ' if least else ''}{days} days"
        f"{' a year' if yearly else ''}",
    )


def leave_sum_put_back(text: str, city: str | None, lang: Lang) -> tuple[str, Entry] | None:
    """The yes or no to two leaves' days added and put back, with each leave and the clause;
    None when the message adds no two day figures of `city`'s leaves or puts nothing back."""
    if city is None or not PUT_BACK.search(text):
        return None
    added = ADDED.search(text)
    if added is None:
        return None
    figures = _day_figures(city)
    a, b = int(added.group("a")), int(added.group("b"))
    if a not in figures or b not in figures or figures[a][0].id == figures[b][0].id:
        return None
    totals = [int(m.group("n")) for m in TOTAL.finditer(text, added.end())]
    total = a + b
    right = not totals or totals[0] == total
    first, second = figures[a], figures[b]
    least = any(name.startswith("min") for _, name in (first, second))
    parts = t(lang, "，", ", ").join(
        _said(entry, name, days, lang) for (entry, name), days in ((first, a), (second, b))
    )
    clauses = sorted({first[0].clause, second[0].clause})
    cited = t(
        lang, "、".join(f"第{c}条" for c in clauses), ", ".join(f"clause {c}" for c in clauses)
    )
    if right:
        lead = t(
            lang,
            f"对，合计{'至少' if least else ''}{total}天：",
            f"Yes, {'at least ' if least else ''}{total} days in all: ",
        )
    else:
        lead = t(
            lang, f"不是{totals[0]}天，合计是{total}天：", f"Not {totals[0]}: {total} days in all: "
        )
    tail = t(lang, f"（{cited}）。", f" ({cited}).")
    return lead + parts + tail, first[0]


def rest_after_put_back(text: str) -> str:
    """What a message asks after the sum it puts back ("… 25 days total this year right? and do
    we get the 600 a month thing": the 600), or "" when nothing follows."""
    added = ADDED.search(text)
    tag = PUT_BACK.search(text, added.end()) if added else None
    if tag is None:
        return ""
    rest = text[tag.end() :].strip(" ,.;，。？?!！")
    rest = re.sub(r"^(?:and|also|plus|那|还有|另外)\s*", "", rest, flags=re.I)
    return rest if re.search(r"[a-z\u4e00-\u9fff]{3,}", rest, re.I) else ""
