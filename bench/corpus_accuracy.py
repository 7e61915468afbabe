"""Replay the labelled citizen corpus (tests/corpus) through the understanding layer and print
accuracy per kind, the exact-match rate per message (every fact right with its kind, nothing
extra), and the layer's speed per message.

`python bench/corpus_accuracy.py [--half heldout|dev] [--misses] [--smoke]` (`make corpus-eval`).
An approximate date (from an age) counts within one month of the label; its `approx` mark must
match. Speed: every message of both halves is understood once to warm up, then timed over
`--repeat` passes; p50 and p99 are over all timed calls. --smoke: the first 20 messages, one pass.
--misses lists the development half's misses only: never tune on the held-out half.
"""

import argparse
import statistics
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from understanding import understand
from understanding.text import normalise

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
Fact = tuple[str, int | None, str, str, bool]  # fact, child, value, kind, approximate


def _shown(fact: str, value: Any) -> str:
    if value is None:
        return "none"
    if fact in ("child.height_cm", "child.height_below_cm"):  # 130 and 130.0 are one height
        return f"{float(value):g}"
    return str(value).lower()


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
    parser.add_argument("--repeat", type=int, default=5, help="timed passes over the corpus")
    parser.add_argument("--smoke", action="store_true", help="a few messages, one pass")
    args = parser.parse_args()
    if args.misses and args.half != "dev":
        parser.error("--misses shows the development half only: never tune on the held-out half")
    messages = yaml.safe_load((CORPUS / f"{args.half}.yaml").read_text(encoding="utf-8"))
    if args.smoke:
        messages, args.repeat = messages[:20], 1
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
    speed(messages if args.smoke else _both_halves(), args.repeat)
    sys.exit(0)


def _both_halves() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for half in ("dev", "heldout"):
        found += yaml.safe_load((CORPUS / f"{half}.yaml").read_text(encoding="utf-8"))
    return found


def speed(messages: list[dict[str, Any]], repeat: int) -> None:
    """Time understanding one message (milliseconds per call, after a warm-up pass). Printed
    over every timed call, and over each message's best pass (which leaves out the time other
    processes took the CPU; on a busy 2-core machine the first figure is the noisy one)."""
    for message in messages:
        read(message)
    timings: list[float] = []
    best = [float("inf")] * len(messages)
    for _ in range(repeat):
        for i, message in enumerate(messages):
            normalise.cache_clear()  # each message timed as new: no text normalised before
            start = time.perf_counter()
            read(message)
            took = (time.perf_counter() - start) * 1000
            timings.append(took)
            best[i] = min(best[i], took)
    for name, values in (("every call", timings), (f"best of {repeat}", best)):
        values = sorted(values)
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
        print(
            f"speed ({name}, {len(values)} timings over {len(messages)} messages): "
            f"p50 {statistics.median(values):.2f} ms, p99 {p99:.2f} ms, max {values[-1]:.2f} ms"
        )


if __name__ == "__main__":
    main()
