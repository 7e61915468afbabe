"""The children as the conversation learns them: a count first, dates and heights as they come.

A child is a dict {"birth_date": ISO date or None, "precision": "day"|"month"|"year"|None,
"height_cm": number or None}, kept in the `children_partial` slot until every date is known well
enough to decide (a bare year is enough only for a child clearly past every age limit)."""

from datetime import date
from typing import Any

from actions.fact_phrases import DatedChild, Facts

Child = dict[str, Any]


def _empty() -> Child:
    return {"birth_date": None, "precision": None, "height_cm": None}


def _set_hardship(children: list[Child], facts: Facts) -> None:
    """A hardship said of one birth ("生老三的时候在领低保") belongs to that child only."""
    for order, held in facts.child_hardship:
        _place(children, order - 1)["hardship_at_birth"] = held


def _slot_index(children: list[Child], ordinal: int | None) -> int:
    """Where a date or height said of `ordinal` goes (None: the first child still without one)."""
    if ordinal == -1:
        return max(len(children) - 1, 0)
    if ordinal is not None:
        return ordinal - 1
    for i, child in enumerate(children):
        if child["birth_date"] is None:
            return i
    return len(children)


def _place(children: list[Child], index: int) -> Child:
    while len(children) <= index:
        children.append(_empty())
    return children[index]


def _corrected_index(children: list[Child], said: DatedChild) -> int | None:
    """A correction's date without "the second one": which child it corrects.

    With one child, that child; with several, the one whose date is nearest the new one (a
    correction moves a date, it seldom swaps two children). None when a child has no date yet:
    then the date fills that child as usual."""
    if said.ordinal is not None or not children:
        return None
    dated = [date.fromisoformat(c["birth_date"]) for c in children if c["birth_date"]]
    if len(dated) < len(children):
        return None
    new = said.phrase.value
    return min(range(len(dated)), key=lambda i: abs((dated[i] - new).days))


def merge_children(
    known: list[Child] | None, facts: Facts, correcting: bool = False
) -> list[Child] | None:
    """What is known of the children after this message (None: still nothing known).

    `correcting`: the message corrects what was said ("sorry, she was born on 14 February"), so
    a date without a birth order replaces a known child's date instead of adding a child."""
    if (
        facts.child_count is None
        and not facts.dated_children
        and not facts.heights
        and not facts.child_hardship
    ):
        return known
    children = [dict(c) for c in known or []]
    if facts.child_count is not None:
        if facts.child_count < len(children):
            children = children[: facts.child_count]
        while len(children) < facts.child_count:
            children.append(_empty())
    dated = list(facts.dated_children)
    if facts.twins and len(dated) == 1 and facts.child_count is None:
        dated = [dated[0], DatedChild(dated[0].phrase, None)]
    for said in dated:
        corrected = _corrected_index(children, said) if correcting else None
        index = _slot_index(children, said.ordinal) if corrected is None else corrected
        child = _place(children, index)
        child["birth_date"] = said.phrase.value.isoformat()
        child["precision"] = said.phrase.precision
    _set_hardship(children, facts)
    for ordinal, cm in facts.heights:
        index = (
            _slot_index(children, ordinal)
            if ordinal is not None
            else _first_without_height(children)
        )
        _place(children, index)["height_cm"] = cm
    if not children and facts.child_count is None:
        return known
    return children


def _first_without_height(children: list[Child]) -> int:
    for i, child in enumerate(children):
        if child["height_cm"] is None:
            return i
    return max(len(children) - 1, 0)


def precise_enough(child: Child, today: date) -> bool:
    """A bare year decides nothing for a child who may still be under 3: ask for the month."""
    if child["birth_date"] is None:
        return False
    if child["precision"] != "year":
        return True
    return date.fromisoformat(child["birth_date"]).year <= today.year - 4


def complete(children: list[Child] | None, today: date) -> bool:
    return children is not None and all(precise_enough(c, today) for c in children)


def first_incomplete(children: list[Child], today: date) -> int | None:
    """1-based birth order (as said) of the first child whose date is still needed."""
    return next((i for i, c in enumerate(children, start=1) if not precise_enough(c, today)), None)


def for_household(children: list[Child]) -> list[dict[str, Any]]:
    """The engine's form: birth date and height only."""
    return [
        {
            "birth_date": c["birth_date"],
            "height_cm": c.get("height_cm"),
            **(
                {"hardship_at_birth": c["hardship_at_birth"]}
                if c.get("hardship_at_birth") is not None
                else {}
            ),
        }
        for c in children
    ]
