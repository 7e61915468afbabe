"""Twins on the way beside an elder child (tester 22 c01): "两个" in a question about them counts
the twins, not the family, which stays three."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)  # the day in China during tester 22's run
said = reading(TODAY)
ELDER_AND_TWINS_DUE = {
    "city": "jinan",
    "children": [{"birth_date": "2023-06"}, {"due_date": "2027-02"}, {"due_date": "2027-02"}],
}
ONE_DUE = {"city": "jinan", "children": [{"due_date": "2027-02"}]}


@pytest.mark.parametrize(
    "text",
    [
        "双胞胎生了一个月能拿多少钱 两个都有吗",
        "俩娃一共一个月多少",
        "两个宝宝都能领吗",
        "那俩小的都有补贴吗",
        "do both babies get it? the 2 kids on the way",
    ],
)
def test_two_said_of_the_twins_due_is_no_count_of_the_family(text: str) -> None:
    assert said(text, ELDER_AND_TWINS_DUE).get(("child_count", None)) is None


def test_a_count_is_still_read_when_it_is_not_the_ones_on_the_way() -> None:
    assert said("我们家有两个孩子", ONE_DUE).get(("child_count", None)) == 2
