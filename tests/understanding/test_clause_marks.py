"""Clause marks put back into English typed with none: the model counted from the development
half, and the facts a long unpunctuated message gives once its clauses are back."""

import json
from datetime import date

import pytest
import yaml

from tests.understanding.readings import at_births, reading
from understanding import clause_marks

said = reading(date(2026, 3, 10))


def test_the_stored_model_is_the_development_half_counted() -> None:
    """understanding/data/en_clause_marks.json is what `python -m understanding.clause_marks`
    writes from tests/corpus/dev.yaml (rebuild it when the corpus changes)."""
    corpus = yaml.safe_load(clause_marks.CORPUS.read_text(encoding="utf-8"))
    texts = [m["text"] for m in corpus if str(m["id"]).startswith("en")]
    stored = json.loads(clause_marks.MODEL.read_text(encoding="utf-8"))
    assert stored == json.loads(json.dumps(clause_marks.count(texts)))


def test_a_mark_goes_where_writers_put_one() -> None:
    """Counted from three messages, a comma goes between "born" and "we"; none inside "we were"."""
    model = clause_marks.count(
        [
            "our son was born in may, we were on dibao then",
            "the baby was born last week, we were not on anything",
            "she was born in 2020, we rent a flat in jinan now",
        ]
    )
    assert clause_marks.restore(
        "our girl was born in june we were on dibao at the time", model
    ) == ("our girl was born in june, we were on dibao at the time")


@pytest.mark.parametrize(
    "text",
    [
        "twins born 3 weeks ago",  # short: one clause
        "we were on dibao, the baby came in may and the older one is 4",  # marked already
        "老大三岁半 老二刚满月 我们在济南租房住 没有房子",  # Chinese
    ],
)
def test_left_alone(text: str) -> None:
    assert clause_marks.restore(text) == text


@pytest.mark.parametrize(
    ("text", "known", "births"),
    [
        (
            "big boy born 2021 when we still had dibao the baby born this june no dibao",
            {},
            {1: True, 2: False},
        ),
        (
            "tekun at laoda birth dibao at laoer birth now nothing",
            {},
            {1: True, 2: True},
        ),
    ],
)
def test_births_told_one_after_the_other_with_no_commas(
    text: str, known: dict[str, object], births: dict[int, bool]
) -> None:
    """Jinan clause 3's extra 200 a month turns on the benefit at each birth: each birth's
    answer is read once the clauses are apart."""
    assert at_births(said(text, known)) == births


def test_an_english_message_naming_a_benefit_in_chinese_is_english() -> None:
    """ "… my husband gets 失业金 since october kids are in primary school 8 and 11": the
    benefit is held now and both children's ages are read."""
    got = reading(date(2026, 1, 9))(
        "we sold our flat in jinan last year to pay debts so now we rent dont own anything anymore"
        " my husband gets 失业金 since october kids are in primary school 8 and 11"
    )
    assert got[("hardship_now", None)] is True
    assert {c for (f, c) in got if f == "child.birth_date"} == {1, 2}


@pytest.mark.parametrize("text", ["a boy 7 pounds", "she is 6 kg now", "孩子7斤"])
def test_a_weight_is_no_age(text: str) -> None:
    assert not [f for f, _ in said(text) if f == "child.birth_date"]
