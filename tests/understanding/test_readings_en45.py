"""English typed without punctuation: the child at home told right after a pregnancy ("7 months
pregnant with twins our daughter is 3") is the eldest, dated by its age, and the babies to come
are the next births. A household, what the citizen wrote, and the facts the assistant takes."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on

facts = facts_on(date(2025, 11, 1))


@pytest.mark.parametrize(
    ("text", "elder", "due"),
    [
        ("7 months pregnant with twins our daughter is 3 hukou back in henan", "2022-05", {2, 3}),
        ("im 7 months pregnant laoda is 3 we had dibao when laoda born", "2022-05", {2}),
        ("wife is 5 months pregnant with twins our son is 3 and half", "2022-05", {2, 3}),
        ("expecting twins our only kid is 4 due in july", "2021-05", {2, 3}),
        ("daughter-in-law 7 months pregnant with the 2nd first one 2 yrs 5 months", "2023-06", {2}),
    ],
)
def test_the_child_told_after_a_pregnancy_is_the_eldest(
    text: str, elder: str, due: set[int]
) -> None:
    got = facts(text)
    assert {(c, str(v)) for f, c, v, _ in got if f == "child.birth_date"} == {(1, elder)}
    assert {c for f, c, _, _ in got if f == "child.due_date"} == due
