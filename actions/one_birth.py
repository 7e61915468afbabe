"""Twins and triplets are one birth. Jinan clause 12 adds 200 a month for a child "given birth
during the period of the minimum subsistence guarantee, the special hardship support ... and the
unemployment insurance benefits": what the family received is a fact of the birth, so an answer
about one of its children ("生老四的时候没领低保", "no dibao when the 2nd was born") is the answer
for every child of that birth, and the question is not asked again of the others (tester 57: an
eldest and triplets, the answer kept for 老四 alone and the question put again for 老二 and 老三).

Children are of one birth when they were told born (or due) in the same month, the date known to
the day or the month: two births of one mother cannot fall in one month. A date known to the
year only says nothing of that ("老大2018年 老二2018年" may be a year apart)."""

from dataclasses import replace
from typing import Any

from understanding.updates import FactUpdate

HARDSHIP = "hardship_at_birth"
CHILD_LISTS = ("children_partial", "children")


def birth_key(child: dict[str, Any]) -> str | None:
    """The date that names the child's birth, when it can be shared only by its birth-mates: a
    birth (or due) date known to the day or the month, as its month; None for a year alone or
    no date."""
    value = child.get("birth_date")
    if not value or child.get("precision") not in ("day", "month"):
        return None
    return str(value)[:7]


def birth_mates(children: list[dict[str, Any]], order: int) -> list[int]:
    """The birth orders (1-based) of the other children born at the same birth as child
    `order`; empty for a single birth."""
    if not 1 <= order <= len(children) or not isinstance(children[order - 1], dict):
        return []
    key = birth_key(children[order - 1])
    if key is None:
        return []
    return [
        i
        for i, c in enumerate(children, start=1)
        if i != order and isinstance(c, dict) and birth_key(c) == key
    ]


def hardship_shared(
    slots: dict[str, Any], updates: dict[str, Any], kept: list[FactUpdate]
) -> tuple[dict[str, Any], list[FactUpdate]]:
    """`updates` with the benefits told of one child's birth set on its birth-mates whose own
    are not known, and `kept` (the read-back's facts) naming them too. A birth-mate with an
    answer of its own (told in the same message or before) keeps it."""
    told = [u for u in kept if u.fact == "child." + HARDSHIP and u.child is not None]
    if not told:
        return updates, kept
    shared = dict(updates)
    added: list[FactUpdate] = []
    for name in CHILD_LISTS:
        children = shared.get(name)
        if not isinstance(children, list):
            continue
        before = slots.get(name) or []
        spread = [dict(c) if isinstance(c, dict) else c for c in children]
        for u in told:
            for mate in birth_mates(children, int(u.child or 0)):
                own = spread[mate - 1]
                was = before[mate - 1] if mate <= len(before) else {}
                said_now = any(v.child == mate for v in told)
                if (
                    said_now
                    or own.get(HARDSHIP) is not None
                    or (was or {}).get(HARDSHIP) is not None
                ):
                    continue
                own[HARDSHIP] = u.value
                if not any(a.child == mate for a in added):
                    added.append(replace(u, child=mate))
        if spread != children:
            shared[name] = spread
    if not added:
        return updates, kept
    return shared, [*kept, *added]


def every_birth_put(
    slots: dict[str, Any], updates: dict[str, Any], correcting: bool
) -> dict[str, Any]:
    """`updates` with the benefits now told of every birth ("失业金是去年领的 今年三月生的时候已经
    停了", hardship_at_birth False) set on each child whose own answer said otherwise: the
    family's latest word on its births is theirs (Jinan clause 12 reads each birth; tester 84 c2
    kept the twins' 200 after saying it). Only in a message putting facts right: an answer to
    the question of the births still open (老二 told on dibao, 老三's asked) is theirs alone."""
    value = updates.get(HARDSHIP)
    if not correcting or not isinstance(value, bool):
        return updates
    out = dict(updates)
    for name in CHILD_LISTS:
        children = updates.get(name, slots.get(name))
        if not isinstance(children, list):
            continue
        own = {
            c.get(HARDSHIP) for c in children if isinstance(c, dict) and c.get(HARDSHIP) is not None
        }
        if not own or own == {value}:
            continue
        out[name] = [
            {**c, HARDSHIP: value} if isinstance(c, dict) and c.get(HARDSHIP) is not None else c
            for c in children
        ]
    return out
