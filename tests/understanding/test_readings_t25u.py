"""Readings fixed in session t25u, each as a class of wording: an elder child beside a multiple
birth told by age, a city said last or bare, and hardship at the births of named children."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)
said = reading(TODAY)
JINAN = {"city": "jinan"}


# --- an elder child beside twins or triplets told by their age: the family's count ------------
# README: "the elder child and the multiple birth together" states child_count (zh-5801).


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("俺家龙凤胎三岁半了 上头还有个姐姐上初一", 3),
        ("双胞胎女儿两岁了 上面还有个哥哥上小学", 3),
        ("双胞胎儿子八个月了 上边还有个姐姐", 3),
        ("三胞胎刚满一岁 上面还有个哥哥在上幼儿园", 4),
    ],
)
def test_an_elder_beside_multiples_of_an_age_gives_the_count(text: str, count: int) -> None:
    assert said(text, JINAN)[("child_count", None)] == count


def test_multiples_of_an_age_alone_give_only_their_own_count() -> None:
    got = said("双胞胎两岁了 想问问补贴", JINAN)
    assert got.get(("child_count", None)) in (None, 2)
