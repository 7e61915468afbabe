"""What the English clause marks (understanding/clause_marks.py) are worth, measured fairly: the
word-gap model is counted on one half of the development corpus's English messages and tried on
the other half, then the halves swap. Prints, over both halves, the exact-match rate of the
`en_nopunct` variants (bench/corpus_variants.py: punctuation removed) read without marks put
back and with them, and how many messages typed with no punctuation in the first place read
worse.

`python bench/clause_marks_cv.py`"""

from typing import Any

import yaml

import understanding.clause_marks as clause_marks
from bench.corpus_accuracy import CORPUS, score
from bench.corpus_variants import en_nopunct

Message = dict[str, Any]


_RESTORE = clause_marks.restore


def _reads(message: Message, text: str, counted: dict[str, Any] | None) -> bool:
    """Whether `text`, read in `message`'s context, gives exactly its labels: with no marks put
    back (`counted` None) or with the marks of the model `counted`."""

    def restore(text: str, model: dict[str, Any] | None = None) -> str:
        return text if counted is None else _RESTORE(text, counted)

    clause_marks.restore = restore
    try:
        ok, _, _ = score({**message, "text": text})
    finally:
        clause_marks.restore = _RESTORE
    return bool(ok)


def main() -> None:
    corpus = yaml.safe_load((CORPUS / "dev.yaml").read_text(encoding="utf-8"))
    english = [m for m in corpus if str(m["id"]).startswith("en")]
    variants = bare = marked = hurt = natural = natural_hurt = 0
    for fold in (0, 1):
        model = clause_marks.count([m["text"] for i, m in enumerate(english) if i % 2 != fold])
        for i, message in enumerate(english):
            if i % 2 != fold:
                continue
            if _RESTORE(message["text"], model) != message["text"]:
                natural += 1
                natural_hurt += _reads(message, message["text"], None) and not _reads(
                    message, message["text"], model
                )
            text = en_nopunct(message)
            if text is None:
                continue
            variants += 1
            without, with_marks = _reads(message, text, None), _reads(message, text, model)
            bare += without
            marked += with_marks
            hurt += without and not with_marks
    print(
        f"en_nopunct variants of the development half, the model counted on the other half: {variants}"
    )
    print(f"  read exactly with no marks put back: {bare} ({100 * bare / variants:.1f} %)")
    print(f"  with the marks put back:             {marked} ({100 * marked / variants:.1f} %)")
    print(f"  read right before, wrong after:       {hurt}")
    print(
        f"messages typed with no punctuation that get marks: {natural}, read worse: {natural_hurt}"
    )


if __name__ == "__main__":
    main()
