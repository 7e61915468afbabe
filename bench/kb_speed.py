"""Knowledge-base speed figures (issue 3): load time, evaluate() and search() latency.

Targets: evaluate() p50 under 1 ms for a typical household, search() p50/p99 under 5 ms.
Prints figures; asserts nothing (benchmarks are read, not timed tests). `--smoke` (run by
`make test` through `make bench-smoke`): the same calls, a few times each, so a benchmark that no
longer runs fails CI; its figures are not the benchmark's."""

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date

from policy_kb.engine import evaluate
from policy_kb.household import parse_household
from policy_kb.kb import load_catalogue
from policy_kb.search import SearchIndex, search

TYPICAL = parse_household(
    {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [{"birth_date": "2019-03-10"}, {"birth_date": "2023-06-02"}],
        "birth_insurance": "employee_maternity",
        "hardship_at_birth": False,
        "housing_fund_contributors": 2,
        "buying_first_home": True,
        "owns_home_in_city": False,
        "renting": True,
    }
)
QUERIES = [
    "济南二孩育儿补贴每月多少",
    "paternity leave how many days",
    "公积金贷款额度",
    "1.3米以下儿童坐地铁",
]


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python bench/kb_speed.py", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="a few runs: check that it runs")
    smoke = parser.parse_args(argv).smoke
    evaluate_runs, search_runs = (20, 5) if smoke else (2000, 500)
    start = time.perf_counter()
    kb = load_catalogue()
    load_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    SearchIndex(kb.entries.values())
    index_ms = (time.perf_counter() - start) * 1000
    print(
        f"KB load (parse + validate + quote checks): {load_ms:8.1f} ms  ({len(kb.entries)} entries)"
    )
    print(f"search index build (spaCy + jieba):        {index_ms:8.1f} ms")
    day = date(2024, 6, 1)
    evaluate(TYPICAL, as_of=day)
    p50, p99 = percentiles(timed(lambda: evaluate(TYPICAL, as_of=day), evaluate_runs))
    print(
        f"evaluate() typical household:  p50 {p50:6.3f} ms   p99 {p99:6.3f} ms  (target p50 < 1 ms)"
    )
    search(QUERIES[0])
    samples = [s for q in QUERIES for s in timed(lambda q=q: search(q), search_runs)]
    p50, p99 = percentiles(samples)
    print(f"search():                      p50 {p50:6.3f} ms   p99 {p99:6.3f} ms   (target < 5 ms)")


if __name__ == "__main__":
    main()
