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

from understanding import understand

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
Fact = tuple[str, int | None, str, str, bool]  # fact, child, value, kind, approximate


def _shown(fact: str, value: Any) -> str:
    if value is None:
        return "none"
    return f"{float(value):g}" if fact == "child.height_cm" else str(value).lower()


def _today(message: dict[str, Any]) -> date:
    today = message["today"]
    return today if isinstance(today, date) else date.fromisoformat(str(today))


def read(message: dict[str, Any]) -> set[Fact]:
    """The fact updates the understanding layer reads from one message."""
    updates = understand(
        message["text"], message.get("known") or {}, message.get("asked"), _today(message)
    )
    return {(u.fact, u.child, _shown(u.fact, u.value), u.kind, u.approx) for u in updates}


def expected(message: dict[str, Any]) -> tuple[set[Fact], set[Fact]]:
    """The labelled facts, and which of them are approximate dates."""
    facts, approx = set(), set()
    for e in message["expect"]:
        fact = (
            e["fact"], e.get("child"), _shown(e["fact"], e["value"]), e["kind"], bool(e.get("approx"))
        )  # fmt: skip
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
    if not approximate or want[:2] != got[:2] or want[3:] != got[3:]:
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
    parser.add_argument(
        "--misses", action="store_true", help="print each missed message (development half only)"
    )
    args = parser.parse_args()
    if args.misses and args.half != "dev":
        parser.error("--misses shows the development half only: never tune on the held-out half")
    messages = yaml.safe_load((CORPUS / f"{args.half}.yaml").read_text(encoding="utf-8"))
    exact: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for message in messages:
        ok, _right, _labelled = score(message)
        if args.misses and not ok:
            want, _approx = expected(message)
            got = read(message)
            print(f"{message['id']} a={message.get('asked')} {message['text']}")
            print(f"   want {sorted(want - got, key=str)}")
            print(f"   got  {sorted(got - want, key=str)}")
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
