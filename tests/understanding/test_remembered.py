"""A remembered pattern finds what its compiled pattern finds, and forgets between messages."""

import re

from understanding.reader import ORDERED
from understanding.remembered import Remembered, forget


def test_a_remembered_pattern_finds_what_the_compiled_one_finds() -> None:
    for text in ("老大6岁 老二去年十月生的", "our second was born in may, the eldest is 4", "没房"):
        assert [m.span() for m in ORDERED.finditer(text)] == [
            m.span() for m in ORDERED.compiled.finditer(text)
        ]
        found, compiled = ORDERED.search(text, 2), ORDERED.compiled.search(text, 2)
        assert (found and found.span()) == (compiled and compiled.span())


def test_asked_twice_the_same_match_is_given_and_forget_drops_it() -> None:
    twins = Remembered(re.compile(r"双胞胎|twins"))
    first = twins.search("去年生了双胞胎")
    assert first is not None and first.span() == (4, 7)
    assert twins.search("去年生了双胞胎") is first
    assert list(twins.finditer("twins and twins")) == list(twins.finditer("twins and twins"))
    forget()
    assert twins.search("去年生了双胞胎") is not first
    assert twins.search("没有") is None
