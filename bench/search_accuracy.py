"""Search accuracy on the labelled questions in tests/search/questions.yaml.

Prints top-1 and top-3 accuracy overall and per language, and lists the misses.
Targets (issue 3): top-1 >= 90 %, top-3 >= 98 %. `--smoke` (run by `make test` through
`make bench-smoke`): the first questions of each language only, so a benchmark that no longer
runs fails CI; its figures are not the benchmark's."""

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from policy_kb.search import search

QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "search" / "questions.yaml"


def load_questions(path: Path = QUESTIONS) -> list[dict[str, Any]]:
    questions: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return questions


def rank_of(question: dict[str, Any]) -> int | None:
    """1-based rank of the first correct entry, or None when not in the top 10."""
    correct = {question["id"], *question.get("also", [])}
    hits = search(question["q"], lang=question["lang"], city=question.get("city"), limit=10)
    return next((i for i, hit in enumerate(hits, start=1) if hit.entry.id in correct), None)


def accuracy(questions: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """{'all'|'zh'|'en': {'n', 'top1', 'top3'}} with shares in 0..1."""
    groups: dict[str, list[int | None]] = defaultdict(list)
    for q in questions:
        rank = rank_of(q)
        groups["all"].append(rank)
        groups[q["lang"]].append(rank)
    return {
        name: {
            "n": len(ranks),
            "top1": sum(r == 1 for r in ranks) / len(ranks),
            "top3": sum(r is not None and r <= 3 for r in ranks) / len(ranks),
        }
        for name, ranks in groups.items()
    }


SMOKE_QUESTIONS = 5  # per language


def smoke_sample(questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first SMOKE_QUESTIONS questions of each language."""
    seen: dict[str, int] = defaultdict(int)
    sample = []
    for question in questions:
        if seen[question["lang"]] < SMOKE_QUESTIONS:
            seen[question["lang"]] += 1
            sample.append(question)
    return sample


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/search_accuracy.py", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="a few questions: check that it runs")
    questions = load_questions()
    if parser.parse_args(argv).smoke:
        questions = smoke_sample(questions)
    for name, row in accuracy(questions).items():
        print(f"{name:4} n={row['n']:3}  top-1 {row['top1']:6.1%}  top-3 {row['top3']:6.1%}")
    for q in questions:
        rank = rank_of(q)
        if rank != 1:
            top = search(q["q"], lang=q["lang"], city=q.get("city"), limit=1)
            got = top[0].entry.id if top else "-"
            print(f"  miss (rank {rank}): {q['q']!r} -> {got}, expected {q['id']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
