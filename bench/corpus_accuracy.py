"""Replay the labelled citizen corpus (tests/corpus) through the chat's fact reader and print
accuracy per kind and the exact-match rate per message (every fact right, nothing extra).

`python bench/corpus_accuracy.py [--half heldout|dev]`. Today's reader (actions/fact_phrases.py)
gives no statement/question/correction kind, so facts are compared on name, child and value;
an approximate date (from an age) counts within one month of the label."""

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from actions.children import merge_children
from actions.fact_phrases import read_facts

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
Fact = tuple[str, int | None, str]


def _written(value: str, precision: str | None) -> str:
    return value[:4] if precision == "year" else value[:7] if precision == "month" else value


def _known_children(known: dict[str, Any]) -> list[dict[str, Any]]:
    children = []
    for c in known.get("children") or []:
        day = c.get("birth_date") or c.get("due_date")
        text = str(day) if day else None
        precision = None if text is None else {4: "year", 7: "month"}.get(len(text), "day")
        if text and len(text) < 10:
            text = (text + "-01-01")[:10] if len(text) == 4 else text + "-01"
        children.append(
            {"birth_date": text, "precision": precision, "height_cm": c.get("height_cm")}
        )
    return children


def read(message: dict[str, Any]) -> set[Fact]:
    """The facts today's reader takes from one message, in the corpus's terms."""
    today = (
        message["today"]
        if isinstance(message["today"], date)
        else date.fromisoformat(message["today"])
    )
    facts = read_facts(message["text"], today, message.get("asked"))
    found: set[Fact] = {(k, None, str(v).lower()) for k, v in facts.household_values().items()}
    if facts.child_count is not None:
        found.add(("child_count", None, str(facts.child_count)))
    known = _known_children(message.get("known") or {})
    merged = merge_children([dict(c) for c in known], facts) or []
    for i, child in enumerate(merged, start=1):
        before = known[i - 1] if i <= len(known) else {}
        if child.get("birth_date") and child["birth_date"] != before.get("birth_date"):
            day = date.fromisoformat(child["birth_date"])
            name = "child.due_date" if day > today else "child.birth_date"
            found.add((name, i, _written(child["birth_date"], child.get("precision"))))
        if child.get("height_cm") is not None and child["height_cm"] != before.get("height_cm"):
            found.add(("child.height_cm", i, f"{float(child['height_cm']):g}"))
        if child.get("hardship_at_birth") is not None:
            found.add(("child.hardship_at_birth", i, str(child["hardship_at_birth"]).lower()))
    return found


def expected(message: dict[str, Any]) -> tuple[set[Fact], set[Fact]]:
    """The labelled facts, and which of them are approximate dates."""
    facts, approx = set(), set()
    for e in message["expect"]:
        value = e["value"]
        shown = f"{float(value):g}" if e["fact"] == "child.height_cm" else str(value).lower()
        fact = (e["fact"], e.get("child"), shown)
        facts.add(fact)
        if e.get("approx"):
            approx.add(fact)
    return facts, approx


def _months(text: str) -> int | None:
    parts = text.split("-")
    if len(parts) < 2 or not all(p.isdigit() for p in parts[:2]):
        return None
    return int(parts[0]) * 12 + int(parts[1])


def matches(want: Fact, got: Fact, approximate: bool) -> bool:
    if want == got:
        return True
    if not approximate or want[:2] != got[:2]:
        return False
    a, b = _months(want[2]), _months(got[2])
    return a is not None and b is not None and abs(a - b) <= 1


def score(message: dict[str, Any]) -> tuple[bool, int, int]:
    """(exact match, facts right, facts labelled)."""
    want, approx = expected(message)
    got = read(message)
    right = {w for w in want if any(matches(w, g, w in approx) for g in got)}
    extra = [g for g in got if not any(matches(w, g, w in approx) for w in want)]
    return right == want and not extra, len(right), len(want)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["heldout", "dev"], default="heldout")
    args = parser.parse_args()
    messages = yaml.safe_load((CORPUS / f"{args.half}.yaml").read_text(encoding="utf-8"))
    exact: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for message in messages:
        ok, _right, _labelled = score(message)
        lang = message["id"][:2]
        for kind in [*message["kinds"], f"all {lang}", "all"]:
            total[kind] += 1
            exact[kind] += ok
    print(f"{args.half}: {len(messages)} messages; exact match (every fact right, nothing extra)")
    for kind in sorted(total, key=lambda k: (k.startswith("all"), k)):
        print(
            f"  {kind:20} {exact[kind]:4}/{total[kind]:<4} {100 * exact[kind] / total[kind]:5.1f} %"
        )
    sys.exit(0)


if __name__ == "__main__":
    main()
