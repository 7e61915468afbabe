"""Clause marks put back into an English message typed with none ("used to get unemployment money
when our 1st was born stopped last yr"): the reader splits a message into clauses at its commas
and full stops, and a long message with none reads as one clause, its facts run together.

The marks come from a word-gap model counted from the development half of the labelled corpus
(tests/corpus/dev.yaml, never the held-out half): for each gap between two words, how often
the citizens who wrote the corpus put a comma, full stop, semicolon or dash there, by the word
before, the word after and the two words after. `python -m understanding.clause_marks` counts it
again into `understanding/data/en_clause_marks.json`; `bench/clause_marks_cv.py` measures what it
is worth (counted on one half of the development messages, tried on the other).

A gap gets a comma when the smoothed share of marked gaps like it is over one half. Only a
message of eight words or more with no mark at all is touched (a short message is one clause);
Chinese is left alone (its clauses are cut by spaces and its own punctuation); an English
message naming a benefit in Chinese ("my husband gets 失业金") is English."""

import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

MODEL = Path(__file__).parent / "data" / "en_clause_marks.json"
CORPUS = Path(__file__).parent.parent / "tests" / "corpus" / "dev.yaml"
SHORTEST = 8  # words: a shorter message is taken as one clause
SMOOTHING = 2.0  # pseudo-counts given to the backed-off share
THRESHOLD = 0.5

_MARKED = re.compile(r"[,;!:?]$|\.$")
_ANY_MARK = re.compile(r"[,.;!:]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_DASHES = ("-", "–", "—")
_NUMBER = re.compile(r"0(?:[.,/]0)*")
# Words that carry a clause on ("not on dibao yet when my wife was pregnant", "for the third",
# "at the time"): a mark before them would cut a time or a person from its clause.
_GOES_ON = frozenset(
    [
        "when",
        "while",
        "at",
        "for",
        "as",
        "because",
        "until",
        "till",
        "in",
        "on",
        "with",
        "without",
        "to",
        "of",
        "from",
        "than",
        "by",
        "during",
        "how",
        "what",
        "which",
    ]
)
# Words a number runs on into ("the first 2 were born", "1.2 the limit", "4 and a half"): no mark
# between them, however often a number ends a clause.
_NUMBER_GOES_ON = frozenset(
    [
        "were",
        "was",
        "is",
        "are",
        "am",
        "and",
        "or",
        "the",
        "of",
        "yr",
        "yrs",
        "year",
        "years",
        "month",
        "months",
        "mos",
        "week",
        "weeks",
        "wks",
        "day",
        "days",
        "old",
        "kids",
        "children",
        "babies",
        "m",
        "cm",
        "in",
        "at",
        "to",
        "born",
    ]
)


# A month's name: the day or year after it is the same date, never a clause of its own.
_MONTH = re.compile(
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)


def _word(token: str) -> str:
    """A token as the model counts it: lower case, no quotes, brackets or apostrophes, every
    number 0 ("she's" and "shes" alike, "2023" and "7" alike)."""
    token = re.sub(r"['’]", "", token.lower().strip('"“”()[]'))
    return re.sub(r"\d+", "0", token)


def _gaps(text: str) -> tuple[list[str], list[bool]]:
    """The words of `text` and, for each gap between two of them, whether a mark sat there."""
    words: list[str] = []
    marks: list[bool] = []
    for token in text.split():
        if token in _DASHES:
            if marks:
                marks[-1] = True
            continue
        core = token.rstrip(",.;:!?")
        words.append(_word(core or token))
        marks.append(bool(_MARKED.search(token)) and not re.fullmatch(r"\d+[.,]\d+", token))
    return words, marks[:-1]


def count(texts: list[str]) -> dict[str, Any]:
    """The model: for each context (the word pair, the word before, the word after, the two
    words after), [gaps seen, gaps marked]; `prior`, the share of all gaps marked."""
    seen: dict[str, Counter[str]] = {k: Counter() for k in ("pair", "before", "after", "after2")}
    marked: dict[str, Counter[str]] = {k: Counter() for k in seen}
    gaps = marks = 0
    for text in texts:
        words, at = _gaps(text)
        for i, mark in enumerate(at):
            after2 = words[i + 2] if i + 2 < len(words) else "</s>"
            keys = {
                "pair": f"{words[i]}|{words[i + 1]}",
                "before": words[i],
                "after": words[i + 1],
                "after2": f"{words[i + 1]}|{after2}",
            }
            for table, key in keys.items():
                seen[table][key] += 1
                marked[table][key] += mark
            gaps += 1
            marks += mark
    return {
        "prior": marks / gaps if gaps else 0.0,
        **{t: {k: [n, marked[t][k]] for k, n in sorted(seen[t].items())} for t in seen},
    }


@cache
def _model() -> dict[str, Any]:
    with MODEL.open(encoding="utf-8") as f:
        model: dict[str, Any] = json.load(f)
    return model


def _share(model: dict[str, Any], table: str, key: str, base: float) -> float:
    n, marked = model[table].get(key, (0, 0))
    return float((marked + SMOOTHING * base) / (n + SMOOTHING))


def mark_chance(model: dict[str, Any], before: str, after: str, after2: str) -> float:
    """The chance a writer puts a clause mark between `before` and `after` (words as `_word`
    gives them): the pair's share, backed off to the word before and the two words after."""
    prior = float(model["prior"])
    left = _share(model, "before", before, prior)
    right = _share(model, "after2", f"{after}|{after2}", _share(model, "after", after, prior))
    odds = (left / (1 - left)) * (right / (1 - right)) / (prior / (1 - prior))
    return _share(model, "pair", f"{before}|{after}", odds / (1 + odds))


def restore(text: str, model: dict[str, Any] | None = None) -> str:
    """`text` with a comma in each gap a writer would likely have marked; unchanged unless it is
    English of at least `SHORTEST` words with no comma, full stop, semicolon, colon or "!"."""
    bare = re.sub(r"\d[.,:/]\d", "", text)
    tokens = text.split()
    if (
        len(tokens) < SHORTEST
        or _ANY_MARK.search(bare)
        or len(_HAN.findall(text)) > len(_LATIN_WORD.findall(text))  # Chinese, not "gets 失业金"
    ):
        return text
    model = model or _model()
    words = [_word(t) for t in tokens]
    out = []
    for i, token in enumerate(tokens):
        after2 = words[i + 2] if i + 2 < len(words) else "</s>"
        if (
            i + 1 < len(tokens)
            and not token.endswith("?")
            and not (_NUMBER.fullmatch(words[i]) and words[i + 1] in _NUMBER_GOES_ON)
            and not (i == 0 and _NUMBER.fullmatch(words[i + 1]))
            and not tokens[i + 1].startswith("(")  # "girls (twins)": what they are, said aside
            and not (_MONTH.fullmatch(words[i]) and re.match(r"\d", tokens[i + 1]))  # "may 2nd"
            and not (
                re.fullmatch(r"0(?:st|nd|rd|th)?", words[i])
                and re.fullmatch(r"\d{4}", tokens[i + 1])
            )
            and words[i + 1] not in _GOES_ON
            and mark_chance(model, words[i], words[i + 1], after2) > THRESHOLD
        ):
            token += ","
        out.append(token)
    return " ".join(out)


def main() -> None:
    """Count the model again from the development half and write it."""
    import yaml

    with CORPUS.open(encoding="utf-8") as f:
        corpus = yaml.safe_load(f)
    texts = [m["text"] for m in corpus if str(m["id"]).startswith("en")]
    MODEL.parent.mkdir(exist_ok=True)
    MODEL.write_text(json.dumps(count(texts), ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{MODEL}: {len(texts)} English messages of {CORPUS.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
