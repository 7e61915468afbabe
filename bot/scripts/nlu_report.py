"""Per-language NLU figures from `rasa test nlu` results, with pass/fail bars.

Reads the results folder of `rasa test nlu --successes --errors` run on tests/nlu/ and the test
files themselves (tests/nlu/test_<lang>.yml gives each example its language), then prints for
each language the intent macro-F1 over the intents present in that language's gold or
predictions (an nlu_fallback prediction counts as a wrong label, as in Rasa's own report), and
for both languages what each FallbackClassifier threshold would do to the held-out predictions.
Exits 1 when a language's intent macro-F1 is below --min-intent-f1 (0.95). (The pipeline extracts
no entities: the facts are read by understanding/, whose corpus in tests/corpus/ has its bars.)

Usage (bot env, repo root): python bot/scripts/nlu_report.py --results results/nlu --tests tests/nlu
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any


def load(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def test_languages(folder: Path) -> dict[str, str]:
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    language = {}
    for path in sorted(folder.glob("test_*.yml")):
        lang = path.stem.removeprefix("test_")
        for message in RasaYAMLReader().read(path).intent_examples:
            language[message.get("text")] = lang
    return language


def macro_f1(gold: list[str], predicted: list[str]) -> tuple[float, dict[str, float]]:
    labels = sorted(set(gold) | set(predicted))
    per_label = {}
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        per_label[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return sum(per_label.values()) / len(labels), per_label


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", default="results/nlu")
    parser.add_argument("--tests", default="tests/nlu")
    parser.add_argument("--min-intent-f1", type=float, default=0.95)
    args = parser.parse_args()
    results, failures = Path(args.results), []

    language = test_languages(Path(args.tests))
    intents = load(results / "intent_successes.json") + load(results / "intent_errors.json")
    unknown = [r["text"] for r in intents if r["text"] not in language]
    if unknown or not intents:
        print(f"nlu_report: no results, or results for texts not in {args.tests}: {unknown[:3]}")
        return 1

    print(f"{'lang':<5}{'examples':>9}{'intent macro-F1':>17}")
    for lang in sorted(set(language.values())):
        rows = [r for r in intents if language[r["text"]] == lang]
        gold = [r["intent"] for r in rows]
        predicted = [r["intent_prediction"]["name"] for r in rows]
        intent_f1, per_label = macro_f1(gold, predicted)
        print(f"{lang:<5}{len(rows):>9}{intent_f1:>17.3f}")
        weak = {k: round(v, 2) for k, v in per_label.items() if v < 0.9}
        if weak:
            print(f"     intents below 0.90: {weak}")
        if intent_f1 < args.min_intent_f1:
            failures.append(f"{lang} intent macro-F1 {intent_f1:.3f} < {args.min_intent_f1}")

    # FallbackClassifier: Rasa's test reverts nlu_fallback to the classifier's intent, so the
    # confidences here show what each threshold would do on the held-out set.
    print("fallback threshold: correct answers sent to fallback / wrong answers caught")
    right = [
        r["intent_prediction"]["confidence"]
        for r in intents
        if r["intent"] == r["intent_prediction"]["name"]
    ]
    wrong = [
        r["intent_prediction"]["confidence"]
        for r in intents
        if r["intent"] != r["intent_prediction"]["name"]
    ]
    for threshold in (0.3, 0.4, 0.5, 0.6):
        lost = sum(c < threshold for c in right)
        caught = sum(c < threshold for c in wrong)
        print(
            f"     {threshold}: {lost}/{len(right)} correct lost, "
            f"{caught}/{len(wrong)} errors caught"
        )

    errors = defaultdict(list)
    for r in load(results / "intent_errors.json"):
        errors[language[r["text"]]].append(
            f"{r['text']!r}: {r['intent']} -> {r['intent_prediction']['name']}"
        )
    for lang, lines in sorted(errors.items()):
        print(f"{lang} intent errors ({len(lines)}):")
        for line in lines:
            print(f"  {line}")
    for failure in failures:
        print(f"nlu_report: FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
