"""Check that every annotated entity starts and ends on a token edge of the bot's tokenizer.

An entity that cuts through a token ("[2021年](birth_date)生的" when jieba makes "年生") can be
neither learned nor predicted exactly; Rasa only logs it during training. This fails instead,
naming the file, the example and the tokens. Fix it in the data or in bot/jieba/ (a word with
frequency 0 removes a dictionary word).

Usage (bot env, repo root): python bot/scripts/check_annotations.py data/nlu tests/nlu
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

DICTIONARY_DIR = Path("bot/jieba")


def tokens(text: str) -> list[tuple[str, int, int]]:
    import jieba

    return [t for t in jieba.tokenize(text, HMM=False) if t[0] and not t[0].isspace()]


def main(paths: list[str]) -> int:
    import jieba
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    jieba.setLogLevel(logging.WARNING)
    for userdict in sorted(DICTIONARY_DIR.glob("*")):
        jieba.load_userdict(str(userdict))

    files = [f for p in paths for f in sorted(Path(p).rglob("*.yml"))]
    bad = 0
    for path in files:
        data = RasaYAMLReader().read(path)
        for message in data.training_examples:
            text = message.get("text")
            edges = tokens(text)
            starts, ends = {s for _, s, _ in edges}, {e for _, _, e in edges}
            for entity in message.get("entities") or []:
                if entity["start"] not in starts or entity["end"] not in ends:
                    bad += 1
                    cut = "|".join(w for w, _, _ in edges)
                    span = text[entity["start"] : entity["end"]]
                    print(f"{path}: '{text}': {entity['entity']} '{span}' vs tokens {cut}")
    print(f"check_annotations: {bad} misaligned entities in {len(files)} files")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["data/nlu", "tests/nlu"]))
