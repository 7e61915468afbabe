"""What the understanding layer reads, as the reading tests compare it: fact and child to value,
on a given day in China."""

from collections.abc import Callable
from datetime import date
from typing import Any

from understanding import understand

Read = dict[tuple[str, int | None], object]


def reading(today: date) -> Callable[..., Read]:
    """`said(text, known=None, asked=None)`: the updates `text` gives on `today`, as
    {(fact, child): value}."""

    def said(text: str, known: dict[str, object] | None = None, asked: str | None = None) -> Read:
        return {(u.fact, u.child): u.value for u in understand(text, known or {}, asked, today)}

    return said


def reading_kinds(
    today: date, values: bool = True
) -> Callable[..., dict[tuple[str, int | None], object]]:
    """`kinds(text, known=None, asked=None)`: each update `text` gives on `today` with its kind
    (statement, question, confirmation, correction), as {(fact, child): (value, kind)}, or
    {(fact, child): kind} without `values`."""

    def kinds(
        text: str, known: dict[str, object] | None = None, asked: str | None = None
    ) -> dict[tuple[str, int | None], object]:
        return {
            (u.fact, u.child): ((u.value, u.kind) if values else u.kind)
            for u in understand(text, known or {}, asked, today)
        }

    return kinds


def kids(*births: str) -> list[dict[str, object]]:
    """Known children by birth date (YYYY, YYYY-MM or YYYY-MM-DD), in birth order."""
    return [{"birth_date": b} for b in births]


def at_births(got: Read) -> dict[int | None, object]:
    """The hardship at each child's birth a reading gives, by birth order."""
    return {child: v for (fact, child), v in got.items() if fact == "child.hardship_at_birth"}


Fact = tuple[str, int | None, object, str]


def facts_on(default_today: date) -> Callable[..., set[Fact]]:
    """`facts(text, known=None, today=default_today, asked=None)`: the updates `text` gives as a
    set of (fact, child, value, kind), approximate dates at month precision."""

    def facts(
        text: str,
        known: dict[str, object] | None = None,
        today: date = default_today,
        asked: str | None = None,
    ) -> set[Fact]:
        return {
            (u.fact, u.child, u.value, u.kind) for u in understand(text, known or {}, asked, today)
        }

    return facts


def family(*births: str | int) -> dict[str, object]:
    """A Jinan family whose children were born on these dates (YYYY, YYYY-MM or YYYY-MM-DD), in
    birth order."""
    return {"city": "jinan", "children": [{"birth_date": b} for b in births]}


# Labels as the corpus writes them (tests/corpus/README.md), for the reading tests that score a
# message the way bench/corpus_accuracy.py scores the corpus.
Label = dict[str, Any]


def stated(fact: str, child: int | None, value: object, approx: bool = False) -> Label:
    """One expected update, kind statement."""
    return {"fact": fact, "child": child, "value": value, "kind": "statement", "approx": approx}


def born(child: int, value: str, approx: bool = False) -> Label:
    return stated("child.birth_date", child, value, approx)


def age(child: int, value: str) -> Label:
    """A birth month worked out from an age: approximate."""
    return born(child, value, approx=True)


def due(child: int, value: str) -> Label:
    return stated("child.due_date", child, value)


def at_birth(child: int, value: bool = True) -> Label:
    return stated("child.hardship_at_birth", child, value)


def fact(name: str, value: object) -> Label:
    return stated(name, None, value)


def jinan_family(*births: str) -> dict[str, Any]:
    """A known Jinan household with children born on `births`, in birth order."""
    return {"city": "jinan", "children": [{"birth_date": b} for b in births]}
