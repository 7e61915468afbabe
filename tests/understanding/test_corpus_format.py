"""The labelled corpus stays well-formed: every entry of both halves passes the schema check of
tests/corpus/README.md (ids unique, kinds known, facts and values of the right shapes, an empty
label only for chitchat or a question)."""

import os
from collections.abc import Iterator

import pytest
import yaml

from tests.corpus import check_format

CORPUS = os.path.dirname(check_format.__file__)


def _entries() -> Iterator[dict[str, object]]:
    for name in check_format.FILES:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as fh:
            yield from yaml.safe_load(fh) or []


def test_every_corpus_entry_is_well_formed() -> None:
    seen: set[str] = set()
    bad = {
        str(e.get("id")): errs for e in _entries() if (errs := check_format.check_entry(e, seen))
    }
    assert not bad, bad


@pytest.mark.parametrize("half", check_format.FILES)
def test_each_half_holds_every_kind(half: str) -> None:
    with open(os.path.join(CORPUS, half), encoding="utf-8") as fh:
        kinds = {k for e in yaml.safe_load(fh) for k in e["kinds"]}
    assert kinds >= check_format.KINDS
