"""Ages listed after a count ("三个孩子(8岁 4岁 10个月)"): each age is a child, eldest first.
Years and months written side by side are one child's age ("4岁10个月") only when the count is
met without splitting them, or a child's name (老大, 大的, 大宝) goes before them (tester 49
c07 got "老二约2022年2月出生（按“4岁 10个月”推算）" and the 10-month-old lost)."""

import re
from collections.abc import Callable

from understanding.text import normalise
from understanding.updates import FactUpdate

# Years then months with nothing or spaces between, after a list's opening, a separator, the
# children counted (孩子, 娃, kids) or another age: "(4岁 10个月", "8岁 4岁10个月".
YEARS_THEN_MONTHS = re.compile(
    r"(?:(?<=[(（,，、:：;；])|(?<=孩子)|(?<=娃)|(?<=岁)|(?<=月)|(?<=kids)|(?<=children))"
    r"(?P<lead>\s*)(?P<y>\d{1,2}\s*(?:周)?岁)(?P<gap>\s*)(?P<m>\d{1,2}\s*个?月)(?!\s*[大前后])"
)
CLOSED = re.compile(r"(?<=月)\s*[)）]\s*")
DATED = ("child.birth_date", "child.due_date")


def ages_listed_apart(
    text: str, updates: list[FactUpdate], read: Callable[[str], list[FactUpdate]]
) -> list[FactUpdate]:
    """`updates`, or the reading of `text` with each years-and-months pair of a listed age
    set apart, when the count said is short otherwise and met with them apart."""
    counts = [int(u.value) for u in updates if u.fact == "child_count" and u.value]
    dated = [u for u in updates if u.fact in DATED]
    if len(counts) != 1 or len(dated) >= counts[0]:
        return updates
    norm = normalise(text)
    if not YEARS_THEN_MONTHS.search(norm):
        return updates
    apart = YEARS_THEN_MONTHS.sub(
        lambda m: f"{m.group('lead')}{m.group('y')}，{m.group('m')}", norm
    )
    # the list's closing bracket ends it: "(8岁 4岁 10个月) 两口子都交公积金" is no 10 months paid in
    again = read(CLOSED.sub("。", apart))
    if len([u for u in again if u.fact in DATED]) != counts[0]:
        return updates
    return again
