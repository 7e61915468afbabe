"""Measure Chinese/English time-expression parsers as readers of children's dates (issue 12).

For every message of the labelled corpus (tests/corpus, the dev half unless `--half heldout`),
each candidate reads the message `text` with the message's `today` (its date in China) as the
time base, and the dates it returns are compared with the labelled `child.birth_date` and
`child.due_date` values (YYYY, YYYY-MM or YYYY-MM-DD), ignoring which child:

* right: a message with at least one labelled date counts as right when every labelled date is
  among the candidate's dates, compared at the label's precision (label 2024-09 matches any
  2024-09-xx; a date found only to the month does not match a label 2024-09-15); a label with
  `approx: true` (a date from an age) matches within one month (31 days for a full date).
* false date: a message (any message, labelled date or not) where the candidate returns a date
  that matches no label, e.g. 交了6个月公积金 or 怀孕8个月 read as a date 6 or 8 months ago.
* speed: a warm-up pass over the other half's messages (not judged), then the judged pass, each
  message timed on its first sight (`--repeat N`: the fastest of N calls, which keeps other
  processes' load out of the figure): p50 and p99 milliseconds per message; also the time to
  import the library (and build its parser), and to answer a first Chinese and then a first
  English message with dates (lazy set-up).

Printed per candidate, overall, per language (id prefix zh/en), for the messages whose labels
are all exact (no `approx`: stated dates, not ages, which no library turns into dates), and per
kind.

Candidates (each wrapped: an exception counts as a miss and is counted; a library that fails to
import is named and skipped):

* jionlp: `jionlp.ner.extract_time(text, time_base=...)`, its time_point and time_span results
  (a span of a whole day, month or year gives that precision; otherwise its first day);
  time_delta results (ages, 6个月) are not dates. `ret_future=False` (the default).
* chinesetimenlp (module ChineseTimeNLP) and chinesedatetimenlp (module ChineseDateTimeNLP):
  `TimeNormalizer(isPreferFuture=False).parse(text, baseTime)`. `parse` gives one point, or a
  span of two, and an error for three or more; the benchmark takes every time unit the normalizer
  kept (so a message with three dates is not lost), at the precision of the last field the unit
  set (noted as each unit is built: the library later overwrites a unit's fields with the next
  unit's). A message read as a time delta gives no dates, as `parse` returns. A unit none of
  whose fields was set carries the wall-clock time (the library's default; `parse` returns it
  as a date); it counts as a false date.
* dateparser: `dateparser.search.search_dates(text, languages=[the message's language],
  settings={RELATIVE_BASE: today, PREFER_DATES_FROM: past, PREFER_DAY_OF_MONTH: first})`, each
  result as a full date.
* ours: `understanding.dates.read_dates(text, today)` when that module exists (each item's
  `.value` is an ISO date at its precision); skipped with a note when it does not import.

"past" preferences suit births (most labels); due dates, which lie ahead, are counted the same.
`--nfkc` applies unicodedata NFKC to the text before every candidate (full-width digits);
`--lang zh|en` keeps the messages of one language. Logging at ERROR and below is silenced
(jionlp logs a traceback for each expression it cannot parse).

The libraries are not project dependencies; run them in a throwaway environment:

    python3 -m uv run --frozen --with jionlp --with chinesetimenlp --with chinesedatetimenlp \\
        python bench/time_parsers.py [--half dev|heldout] [--nfkc] [--lang zh|en] [--only NAME] \\
        [--examples N] [--repeat N]

`--examples N` prints up to N wrong messages per candidate and kind (what was labelled, what
the candidate returned). Choose on the dev half only.
"""

import argparse
import contextlib
import importlib
import io
import logging
import statistics
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
DATE_FACTS = ("child.birth_date", "child.due_date")
WALL_CLOCK = "wall-clock"  # a date a library made up from the machine's clock; matches no label

Reader = Callable[[str, date, str], list[str]]  # text, today, language (zh/en)


@dataclass
class Label:
    value: str
    approx: bool


@dataclass
class Message:
    id: str
    lang: str
    kinds: list[str]
    today: date
    text: str
    labels: list[Label]


FIRST_CALLS = [
    Message("probe-zh", "zh", [], date(2026, 11, 29), "孩子2024年9月5号出生 老二去年十月生的", []),
    Message(
        "probe-en", "en", [], date(2026, 11, 29), "born on 5 Sep 2024, the second last October", []
    ),
]


@dataclass
class Outcome:
    found: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class Candidate:
    name: str
    reader: Reader | None = None
    note: str = ""
    import_s: float = 0.0
    first_call_ms: list[float] = field(default_factory=list)  # FIRST_CALLS, in order
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    times_ms: list[float] = field(default_factory=list)


def load(half: str) -> list[Message]:
    raw = yaml.safe_load((CORPUS / f"{half}.yaml").read_text(encoding="utf-8"))
    messages = []
    for m in raw:
        today = m["today"] if isinstance(m["today"], date) else date.fromisoformat(m["today"])
        labels = [
            Label(str(e["value"]), bool(e.get("approx")))
            for e in m["expect"]
            if e["fact"] in DATE_FACTS and e.get("value") is not None
        ]
        messages.append(
            Message(m["id"], m["id"][:2], list(m["kinds"]), today, str(m["text"]), labels)
        )
    return messages


# ---- comparison ------------------------------------------------------------------------------


def _month_index(value: str) -> int:
    return int(value[:4]) * 12 + int(value[5:7])


def matches(label: Label, found: str) -> bool:
    """Whether a found date (ISO at its precision) matches a label at the label's precision."""
    if found == WALL_CLOCK or len(found) < len(label.value):
        return False
    if not label.approx or len(label.value) == 4:
        return found[: len(label.value)] == label.value
    if len(label.value) == 10 and len(found) == 10:
        gap = date.fromisoformat(found) - date.fromisoformat(label.value)
        return abs(gap.days) <= 31
    return abs(_month_index(found) - _month_index(label.value)) <= 1


def judge(message: Message, outcome: Outcome) -> tuple[bool, bool]:
    """(right, false date) for one message."""
    right = bool(message.labels) and all(
        any(matches(label, f) for f in outcome.found) for label in message.labels
    )
    false = any(not any(matches(label, f) for label in message.labels) for f in outcome.found)
    return right, false


# ---- candidates ------------------------------------------------------------------------------


def _quiet_import(module: str) -> Any:
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        return importlib.import_module(module)


def _at_precision(day: date, precision: int) -> str:
    """precision 0 = year, 1 = month, 2 = day."""
    return day.isoformat()[: (4, 7, 10)[precision]]


def _span_value(start: str, end: str) -> str:
    """A jionlp point/span ['YYYY-MM-DD hh:mm:ss', ...] as an ISO date at the span's precision."""
    if start in ("inf", "-inf"):
        start = end
    if start in ("inf", "-inf"):
        raise ValueError("unbounded span")
    first = datetime.fromisoformat(start).date()
    if end in ("inf", "-inf"):
        return first.isoformat()
    last = datetime.fromisoformat(end).date()
    if first == last:
        return first.isoformat()
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return _at_precision(first, 0)
    if first.day == 1 and (first.year, first.month) == (last.year, last.month):
        return _at_precision(first, 1)
    return first.isoformat()


def make_jionlp() -> Reader:
    jio = _quiet_import("jionlp")

    def read(text: str, today: date, lang: str) -> list[str]:
        base = datetime(today.year, today.month, today.day, 12)
        found = []
        for entity in jio.ner.extract_time(text, time_base=base, with_parsing=True):
            detail = entity["detail"]
            if detail["type"] in ("time_point", "time_span"):
                found.append(_span_value(*detail["time"][:2]))
        return found

    return read


def make_timenlp(module_name: str) -> Callable[[], Reader]:
    def make() -> Reader:
        module = _quiet_import(module_name)
        arrow = importlib.import_module("arrow")
        normalizing: Any = importlib.import_module(f"{module_name}.normalizer")
        normalizer = module.TimeNormalizer(isPreferFuture=False)
        units: list[Any] = []
        keep_valid = normalizer.filter
        make_unit = normalizing.TimeUnit

        def unit_with_fields(*args: Any, **kwargs: Any) -> Any:
            # A unit's fields are overwritten by the next unit's (it is the next one's
            # context), so the fields it set are noted as soon as it is normalised.
            unit = make_unit(*args, **kwargs)
            unit.bench_fields = list(unit.tp.tunit)
            return unit

        def capture(found: list[Any]) -> list[Any]:
            kept = keep_valid(found)
            units[:] = kept
            return list(kept)

        normalizing.TimeUnit = unit_with_fields
        normalizer.filter = capture

        def read(text: str, today: date, lang: str) -> list[str]:
            units.clear()
            base = arrow.Arrow(today.year, today.month, today.day, 12, tzinfo="Asia/Shanghai")
            result = normalizer.parse(text, base)
            if result.get("type") == "timedelta":
                return []
            found = []
            for unit in units:
                fields = [i for i, v in enumerate(unit.bench_fields) if v != -1]
                if not fields:
                    found.append(WALL_CLOCK)
                else:
                    found.append(_at_precision(unit.time.date(), min(max(fields), 2)))
            return found

        return read

    return make


def make_dateparser() -> Reader:
    search = _quiet_import("dateparser.search")

    def read(text: str, today: date, lang: str) -> list[str]:
        settings = {
            "RELATIVE_BASE": datetime(today.year, today.month, today.day, 12),
            "PREFER_DATES_FROM": "past",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        results = search.search_dates(text, languages=[lang], settings=settings) or []
        return [moment.date().isoformat() for _, moment in results]

    return read


def make_ours() -> Reader:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    dates = importlib.import_module("understanding.dates")

    def read(text: str, today: date, lang: str) -> list[str]:
        return [str(item.value) for item in dates.read_dates(text, today)]

    return read


CANDIDATES: dict[str, Callable[[], Reader]] = {
    "jionlp": make_jionlp,
    "chinesetimenlp": make_timenlp("ChineseTimeNLP"),
    "chinesedatetimenlp": make_timenlp("ChineseDateTimeNLP"),
    "dateparser": make_dateparser,
    "ours": make_ours,
}


def version(name: str) -> str:
    dist = {"ours": None}.get(name, name)
    if dist is None:
        return "this repo"
    try:
        return importlib.import_module("importlib.metadata").version(dist)  # type: ignore[no-any-return]
    except Exception:
        return "?"


# ---- running ---------------------------------------------------------------------------------


def call(reader: Reader, message: Message, nfkc: bool) -> Outcome:
    text = unicodedata.normalize("NFKC", message.text) if nfkc else message.text
    try:
        return Outcome(found=reader(text, message.today, message.lang))
    except Exception as exc:  # a candidate's failure on one message is a miss, not a crash
        return Outcome(error=f"{type(exc).__name__}: {exc}"[:120])


def run(
    candidate: Candidate,
    make: Callable[[], Reader],
    messages: list[Message],
    warm_up: list[Message],
    nfkc: bool,
    repeat: int = 1,
) -> None:
    start = time.perf_counter()
    try:
        candidate.reader = make()
    except Exception as exc:
        candidate.note = f"not available ({type(exc).__name__}: {exc})"[:160]
        return
    candidate.import_s = time.perf_counter() - start
    for probe in FIRST_CALLS:  # a message with a date, so that lazy set-up happens here
        start = time.perf_counter()
        call(candidate.reader, probe, nfkc)
        candidate.first_call_ms.append((time.perf_counter() - start) * 1000)
    for message in warm_up:  # the other half: no message is timed on a text seen before
        call(candidate.reader, message, nfkc)
    for message in messages:
        start = time.perf_counter()
        candidate.outcomes[message.id] = call(candidate.reader, message, nfkc)
        best = time.perf_counter() - start
        for _ in range(repeat - 1):
            start = time.perf_counter()
            call(candidate.reader, message, nfkc)
            best = min(best, time.perf_counter() - start)
        candidate.times_ms.append(best * 1000)


def groups(messages: list[Message]) -> list[tuple[str, list[Message]]]:
    out: list[tuple[str, list[Message]]] = [("all", messages)]
    for lang in ("zh", "en"):
        out.append((f"lang {lang}", [m for m in messages if m.lang == lang]))
    out.append(
        (
            "exact labels only",
            [m for m in messages if m.labels and not any(x.approx for x in m.labels)],
        )
    )
    kinds = sorted({k for m in messages for k in m.kinds})
    out.extend((f"kind {k}", [m for m in messages if k in m.kinds]) for k in kinds)
    return [(name, group) for name, group in out if group]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(candidates: list[Candidate], messages: list[Message], repeat: int) -> None:
    live = [c for c in candidates if c.reader is not None]
    for c in candidates:
        if c.reader is None:
            print(f"{c.name}: {c.note}")
    if not live:
        return
    print()
    print(
        "speed (ms per message, judged pass, after a warm-up pass over the other half"
        + (f"; best of {repeat} calls)" if repeat > 1 else "; first sight)")
    )
    print(
        f"  {'candidate':<20}{'version':>10}{'import s':>10}{'1st zh':>8}{'1st en':>8}{'p50':>8}{'p99':>8}{'max':>8}{'errors':>8}"
    )
    for c in live:
        errors = sum(1 for o in c.outcomes.values() if o.error)
        print(
            f"  {c.name:<20}{version(c.name):>10}{c.import_s:>10.2f}{c.first_call_ms[0]:>8.1f}{c.first_call_ms[1]:>8.1f}"
            f"{statistics.median(c.times_ms):>8.2f}{percentile(c.times_ms, 0.99):>8.2f}"
            f"{max(c.times_ms):>8.2f}{errors:>8}"
        )
    print()
    print("right % = messages with labelled dates whose every label the candidate found;")
    print("false % = messages (all) where it returned a date that matches no label")
    header = f"  {'group':<26}{'dated':>6}{'all':>5}"
    for c in live:
        header += f" | {c.name[:18]:>18}"
    print(header)
    print(f"  {'':<26}{'':>6}{'':>5}" + "".join(f" | {'right %  false %':>18}" for _ in live))
    for name, group in groups(messages):
        dated = [m for m in group if m.labels]
        line = f"  {name:<26}{len(dated):>6}{len(group):>5}"
        for c in live:
            verdicts = [judge(m, c.outcomes[m.id]) for m in group]
            right = sum(1 for m, v in zip(group, verdicts, strict=True) if m.labels and v[0])
            false = sum(1 for v in verdicts if v[1])
            r = f"{100 * right / len(dated):.1f}" if dated else "-"
            line += f" | {r:>8} {100 * false / len(group):>8.1f}"
        print(line)


def examples(candidates: list[Candidate], messages: list[Message], limit: int) -> None:
    for c in candidates:
        if c.reader is None:
            continue
        print(f"\n== {c.name}: wrong messages (missed label / false date), up to {limit} per kind")
        shown: Counter[str] = Counter()
        by_kind: dict[str, list[str]] = defaultdict(list)
        for m in messages:
            outcome = c.outcomes[m.id]
            right, false = judge(m, outcome)
            if (right or not m.labels) and not false:
                continue
            labels = ",".join(x.value + ("~" if x.approx else "") for x in m.labels) or "-"
            flags = (["MISS"] if m.labels and not right else []) + (["FALSE"] if false else [])
            what = "+".join(flags)
            got = outcome.error or ",".join(outcome.found) or "nothing"
            for kind in m.kinds:
                if shown[kind] < limit:
                    shown[kind] += 1
                    by_kind[kind].append(
                        f"    {m.id} [{what}] {m.text!r} today={m.today} label={labels} got={got}"
                    )
        for kind in sorted(by_kind):
            print(f"  {kind}")
            print("\n".join(by_kind[kind]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--half", choices=["dev", "heldout"], default="dev")
    parser.add_argument("--nfkc", action="store_true", help="NFKC-normalise text first")
    parser.add_argument("--only", action="append", choices=sorted(CANDIDATES))
    parser.add_argument("--lang", choices=["zh", "en"], help="only the messages of one language")
    parser.add_argument("--examples", type=int, default=0, metavar="N")
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="time: best of N calls")
    args = parser.parse_args()
    messages = [m for m in load(args.half) if args.lang in (None, m.lang)]
    warm_up = load("heldout" if args.half == "dev" else "dev")
    logging.disable(logging.ERROR)  # jionlp logs a traceback for each expression it cannot parse
    dated = sum(1 for m in messages if m.labels)
    print(
        f"corpus {args.half}: {len(messages)} messages, {dated} with labelled child dates"
        f"{'; text NFKC-normalised' if args.nfkc else ''}; python {sys.version.split()[0]}"
    )
    candidates = []
    for name in args.only or list(CANDIDATES):
        candidate = Candidate(name)
        run(candidate, CANDIDATES[name], messages, warm_up, args.nfkc, args.repeat)
        candidates.append(candidate)
    report(candidates, messages, args.repeat)
    if args.examples:
        examples(candidates, messages, args.examples)


if __name__ == "__main__":
    main()
