"""Keep the held-out NLU set held out: no test example may repeat or nearly repeat a training one.

Texts are compared without case, spaces and punctuation; a pair fails when it is identical or
its character-bigram Dice similarity is at least --max-similarity (0.8). Prints each offending
pair with its score and exits 1.

Usage (bot env, repo root): python bot/scripts/nlu_overlap.py --train data/nlu --test tests/nlu
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(c for c in text if c.isalnum())


def bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b))


def examples(folder: str) -> list[tuple[str, str]]:
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    found = []
    for path in sorted(Path(folder).rglob("*.yml")):
        for message in RasaYAMLReader().read(path).intent_examples:
            found.append((str(path), message.get("text")))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", default="data/nlu")
    parser.add_argument("--test", default="tests/nlu")
    parser.add_argument("--max-similarity", type=float, default=0.8)
    args = parser.parse_args()

    train = [(text, normalise(text)) for _, text in examples(args.train)]
    train_grams = [(text, norm, bigrams(norm)) for text, norm in train]
    bad = 0
    for path, text in examples(args.test):
        norm = normalise(text)
        grams = bigrams(norm)
        for other, other_norm, other_grams in train_grams:
            score = 1.0 if norm == other_norm else dice(grams, other_grams)
            if score >= args.max_similarity and len(norm) > 3:
                bad += 1
                print(f"{path}: '{text}' ~ training '{other}' ({score:.2f})")
            elif norm == other_norm:
                bad += 1
                print(f"{path}: '{text}' repeats training '{other}'")
    print(f"nlu_overlap: {bad} test examples too close to training data")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
