"""Hardship at each birth told in short answers (老三没赶上, 老大无, 老二那会停了), at a birth named
just before, at the births and now together, and a benefit held in a past year: a household, what
the citizen wrote, and the facts the assistant takes from it (the wordings of corpus batch zh_41
and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading

TODAY = date(2025, 8, 19)
said = reading(TODAY)
TWO_KIDS = {"city": "jinan", "children": kids("2017-03", "2021-05")}
THREE_KIDS = {"city": "jinan", "children": kids("2014-05", "2018-10", "2025-03")}


# Asked about the births: 没赶上 / 赶上了 (the benefit came at that birth or not), 无 (none),
# 停了 (stopped by then) answer for the birth named.
@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("老大老二那会儿都有 老三没赶上", {1: True, 2: True, 3: False}),
        ("老三赶上了 老大老二没有", {3: True, 1: False, 2: False}),
        ("老二有 老大无", {2: True, 1: False}),
        ("老大无 老三有", {1: False, 3: True}),
        ("生老大时候领 老二那会停了", {1: True, 2: False}),
        ("老大那会有 老二老三那阵断了", {1: True, 2: False, 3: False}),
        ("老二没碰上 老三碰上了", {2: False, 3: True}),
    ],
)
def test_short_answers_for_each_birth(text: str, births: dict[int, bool]) -> None:
    got = said(text, THREE_KIDS, asked="hardship_at_birth")
    assert at_births(got) == births
    assert ("hardship_now", None) not in got
