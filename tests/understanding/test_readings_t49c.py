"""Readings of fix-t49c (testers 47 and 48): a pregnancy put right as a later child beside the
ages of the children born ("its actually my third, we have two already (7 and 2)"): the
household, what the citizen wrote, and the facts the assistant takes from it. Today is
1 December 2026 in China."""

from datetime import date

import pytest

from tests.understanding.readings import reading

said = reading(date(2026, 12, 1))

# Tester 48 c05: Jinan, first told "pregnant with my second, due 2027.3": the eldest undated,
# the 2nd due March 2027.
SECOND_DUE: dict[str, object] = {"city": "jinan", "children": [{}, {"due_date": "2027-03"}]}


@pytest.mark.parametrize(
    "text",
    [
        "its actually my third, we have two already (7 and 2). does that change the loan?",
        "sorry it's my third, we already have 2 kids (2 and 7)",
        "we have 2 already, 7 and 2, this is my third",
        "no it's my 3rd baby, I have 2 kids already, a 7 year old and a 2 year old",
        "my mistake, this is our third. we have two kids already: 7 and 2",
        "不对 是老三 家里已经俩了 7岁和2岁",
        "不对 这是老三 已经有俩孩子了（7岁和2岁）",
    ],
)
def test_the_children_already_born_come_first_by_age_and_the_baby_due_is_the_third(
    text: str,
) -> None:
    """The ages of the children "already" had are the born ones, eldest first (7 is the 1st,
    2 the 2nd); the baby due in March 2027 is the 3rd, its due date kept."""
    got = said(text, SECOND_DUE)
    assert got[("child.birth_date", 1)] == "2019-06", got
    assert got[("child.birth_date", 2)] == "2024-06", got
    assert got[("child.due_date", 3)] == "2027-03", got
    assert ("child.birth_date", 3) not in got, got


def test_the_third_put_right_without_ages_moves_the_baby_due() -> None:
    """ "oh wait its actually my third, we have 2 already": two born, the baby due the 3rd."""
    got = said("oh wait its actually my third, we have 2 already", SECOND_DUE)
    assert got[("child_count", None)] == 2, got
    assert got[("child.due_date", 3)] == "2027-03", got
    assert ("child.birth_date", 2) not in got and ("child.due_date", 2) not in got, got
