"""The children as the conversation learns them: a count first, dates and heights as they come.

A child is a dict {"birth_date": ISO date or None, "precision": "day"|"month"|"year"|None,
"height_cm": number or None}, kept in the `children_partial` slot until every date is known well
enough to decide (a bare year is enough only for a child clearly past every age limit)."""

from datetime import date
from itertools import pairwise
from typing import Any

from actions import clock
from understanding import FactUpdate
from understanding.age_against_date import disagree

Child = dict[str, Any]
CHILD_FIELDS = {
    "child.birth_date": "birth_date",
    "child.due_date": "birth_date",
    "child.height_cm": "height_cm",
    "child.height_below_cm": "height_below_cm",
    "child.hardship_at_birth": "hardship_at_birth",
}


def _empty() -> Child:
    return {"birth_date": None, "precision": None, "height_cm": None}


def _place(children: list[Child], index: int) -> Child:
    while len(children) <= index:
        children.append(_empty())
    return children[index]


def full_date(value: str) -> tuple[str, str]:
    """An ISO date at its precision ("2024", "2024-09", "2024-09-05") as (full date, precision):
    a month counts from its 1st and a year from 1 January, which keeps every cut-off right."""
    if len(value) == 4:
        return f"{value}-01-01", "year"
    if len(value) == 7:
        return f"{value}-01", "month"
    return value, "day"


def _on_the_way(child: Child) -> bool:
    """A baby not born yet: its due date unknown ("expected") or after today in China."""
    born = child.get("birth_date")
    return bool(child.get("expected")) or (
        born is not None and str(born) > clock.today().isoformat()
    )


def births_to_come(children: list[Child] | None) -> dict[int, str]:
    """The 2nd and later children still to be born whose due date is known, by birth order,
    with that date at its precision ("2027-03"): the births whose benefits are read back as
    expected (Jinan clause 12 looks at each child's own birth)."""
    coming = {}
    for order, child in enumerate(children or [], start=1):
        born = child.get("birth_date")
        if order >= 2 and born and _on_the_way(child):
            coming[order] = str(born)[: 7 if child.get("precision") in ("month", "year") else 10]
    return coming


def _month_number(value: object) -> int | None:
    """A YYYY-MM(-DD) date as a count of months, else None."""
    text = str(value or "")
    if len(text) < 7 or not text[:4].isdigit() or not text[5:7].isdigit():
        return None
    return int(text[:4]) * 12 + int(text[5:7])


def _guesses_dropped(born: list[Child], count: int) -> list[Child]:
    """The born children, those only worked out from an age within half a year of a child told
    by date dropped first (youngest first), down to `count`: "we only have 2" of children read
    as 7, born June 2024 and 2 (tester 36 c10) keeps the eldest and the one born June 2024."""
    kept = list(born)
    for guess in reversed(born):
        if len(kept) <= count:
            break
        month = _month_number(guess.get("birth_date"))
        if (
            guess.get("approx")
            and month is not None
            and any(
                other is not guess
                and not other.get("approx")
                and (other_month := _month_number(other.get("birth_date"))) is not None
                and abs(other_month - month) <= 6  # an age in years: within half a year
                for other in kept
            )
        ):
            kept.remove(guess)
    return kept


def apply_updates(known: list[Child] | None, updates: list[FactUpdate]) -> list[Child] | None:
    """The children after a message's updates (None: still nothing known about them).

    A child is {"birth_date": ISO or None, "precision", "height_cm", and when said
    "hardship_at_birth", "approx" (worked out from an age: the span it came from) and
    "expected" (a baby on the way whose due date is not known yet)}. "child.on_the_way" false
    removes a baby on the way said not to exist. A birth date after today is
    a due date: the engine reads it so."""
    said = [
        u
        for u in updates
        if u.fact in ("child_count", "child.on_the_way") or u.fact in CHILD_FIELDS
    ]
    if not said:
        return known
    children = [dict(c) for c in known or []]
    torn = _age_and_date_torn(said)
    for u in said:
        if u.fact == "child_count":
            count = int(u.value)
            born = [c for c in children if not _on_the_way(c)]
            if len(born) < count == len(children) and not any(
                v.fact in ("child.due_date", "child.on_the_way") for v in said
            ):  # "we rent, 2 kids" of a 4-year-old and a baby due in March: the baby on the
                continue  # way counted in, never a third child (tester 46 c05)
            if count < len(born):  # "家里还没孩子" with a baby on the way keeps the pregnancy
                born = _guesses_dropped(born, count)
                children = [*born[:count], *[c for c in children if _on_the_way(c)]]
            while len([c for c in children if not _on_the_way(c)]) < count:
                children.insert(len(born), _empty())
                born = [c for c in children if not _on_the_way(c)]
            continue
        assert u.child is not None
        if u.fact == "child.on_the_way":  # "我没怀孕 删掉": no baby on the way (tester 36 c09)
            if u.value is False and u.child <= len(children) and _on_the_way(children[u.child - 1]):
                del children[u.child - 1]
            continue
        if u.value is None and u.fact == "child.birth_date" and u.child > len(children):
            continue  # the order a child moved from, gone with a count put right (tester 34 c10)
        child = _place(children, u.child - 1)
        if u.fact in ("child.birth_date", "child.due_date"):
            if u.value is None and child.get("birth_date") and u.kind != "correction":
                continue  # "还在肚子里" of a baby whose due date is known keeps that date
            if u.value is None and u.fact == "child.birth_date":
                child.update(birth_date=None, precision=None)  # moved away: 她是老二
                child.pop("expected", None)
                child.pop("approx", None)
                continue
            if u.value is None:
                child.update(birth_date=None, precision=None, expected=True)
            elif _only_the_year_changes(child, str(u.value), u.kind):
                # "不对 老二是24年的" of a child known as born August 2025: August 2024
                child["birth_date"] = f"{u.value}{child['birth_date'][4:]}"
            else:
                child["birth_date"], child["precision"] = full_date(str(u.value))
                child.pop("expected", None)
                child.pop("exact_needed", None)
                child.pop("exact_declined", None)
                child.pop("date_torn", None)
            if u.approx:
                child["approx"] = u.span or True
            else:
                child.pop("approx", None)
        else:
            child[CHILD_FIELDS[u.fact]] = u.value
    counted = next((int(u.value) for u in said if u.fact == "child_count" and u.value), None)
    for order, (age, dated) in torn.items():  # which is right is asked; neither is kept
        child = children[order - 1]
        for name in ("birth_date", "precision", "approx", "expected"):
            child.pop(name, None)
        child.update(
            birth_date=None,
            precision=None,
            date_torn={"age": age, "date": dated, "count": counted},
        )
    return children


def _age_and_date_torn(said: list[FactUpdate]) -> dict[int, tuple[str, str]]:
    """The children given in one message both a birth date and an age that cannot both be
    right ("两个娃(5岁 1岁半) 老二23年5月生的"): birth order -> (the age's words, the date), the
    date at its precision (tester 49 c06)."""
    torn: dict[int, tuple[str, str]] = {}
    births = [u for u in said if u.fact == "child.birth_date" and u.value and u.kind == "statement"]
    for age in (u for u in births if u.approx and u.child):
        for dated in (u for u in births if not u.approx and u.child == age.child):
            if disagree(age, str(dated.value)):
                torn[age.child or 0] = (age.span, str(dated.value))
    return torn


def _only_the_year_changes(child: Child, value: str, kind: str) -> bool:
    """A correction that gives only a year for a child whose month is known keeps the month;
    a month worked out from an age ("老二不是刚满月 是2022年生的") was never said, and goes."""
    return (
        kind == "correction"
        and len(value) == 4
        and bool(child.get("birth_date"))
        and not child.get("approx")
        and child.get("precision") in ("month", "day")
        and child["birth_date"][:4] != value
    )


def as_known(children: list[Child] | None, today: date) -> list[dict[str, Any]]:
    """The children as the understanding layer takes them: dates at their precision, a date
    after today as a due date, a baby on the way without one as {"due_date": None}."""
    known = []
    for c in children or []:
        entry: dict[str, Any] = {}
        if c.get("birth_date"):
            day = date.fromisoformat(c["birth_date"])
            precision = c.get("precision") or "day"
            text = c["birth_date"][: {"year": 4, "month": 7}.get(precision, 10)]
            entry["due_date" if day > today else "birth_date"] = text
        elif c.get("expected"):
            entry["due_date"] = None
        for name in ("height_cm", "height_below_cm", "hardship_at_birth"):
            if c.get(name) is not None:
                entry[name] = c[name]
        if c.get("birth_date") and c.get("approx"):
            entry["approx"] = c["approx"]  # worked out from an age: the words it came from
        known.append(entry)
    return known


def precise_enough(child: Child, today: date) -> bool:
    """A bare year decides nothing for a child who may still be under 3: ask for the month."""
    if child.get("birth_date") is None:
        return False
    if child.get("precision") != "year":
        return True
    return date.fromisoformat(child["birth_date"]).year <= today.year - 4


def complete(children: list[Child] | None, today: date) -> bool:
    return children is not None and all(precise_enough(c, today) for c in children)


def first_incomplete(children: list[Child], today: date) -> int | None:
    """1-based birth order (as said) of the first child whose date is still needed."""
    return next((i for i, c in enumerate(children, start=1) if not precise_enough(c, today)), None)


def asked_child(children: list[Child] | None, today: date) -> int | None:
    """The child the children question asks about (its date still needed, or exact), or None
    when it asks about them all."""
    if not children:
        return None
    missing = first_incomplete(children, today)
    if missing is not None:
        return missing
    return next((i for i, c in enumerate(children, start=1) if c.get("exact_needed")), None)


def for_household(children: list[Child]) -> list[dict[str, Any]]:
    """The engine's form: birth date (and how much of it was said), height (or a bound it is
    under) and hardship at the birth."""
    return [
        {
            "birth_date": c["birth_date"],
            "birth_date_precision": c.get("precision") or "day",
            "height_cm": c.get("height_cm"),
            **{
                name: c[name]
                for name in ("height_below_cm", "hardship_at_birth")
                if c.get(name) is not None
            },
        }
        for c in children
    ]


def height_known(child: Child) -> bool:
    """A height measured, or a bound the child is said to be under ("还不到1米3")."""
    return child.get("height_cm") is not None or child.get("height_below_cm") is not None


def mark_order_conflicts(children: list[Child]) -> list[Child]:
    """The children with `order_conflict` (the birth order of the younger one) on an elder
    child said to be born after a younger one ("老大三岁半 老二2023年5月生的": the eldest about
    June 2023, after May 2023), compared to the month when either date is not known to the day;
    such facts are asked about, not answered on (tester 24 r1). Twins (the same date) are no
    conflict."""
    marked = [dict(c) for c in children]
    for child in marked:
        child.pop("order_conflict", None)
    born = [(i, c) for i, c in enumerate(marked) if c.get("birth_date") and not c.get("expected")]
    for (_, elder), (j, younger) in pairwise(born):
        said = {elder.get("precision"), younger.get("precision")}
        cut = 10 if said == {"day"} else 4 if "year" in said else 7  # the part both said
        if str(elder["birth_date"])[:cut] > str(younger["birth_date"])[:cut]:
            elder["order_conflict"] = j + 1
            break
    return marked
