"""Tester 45 c02 (fix-t46b): the parents' hukou in the city while a child's is still elsewhere
is not a family without the city's hukou (Jinan clause 12 speaks only of families "of the city's
household registration" and says nothing of whose counts). Today is 1 December 2026."""

from datetime import date
from typing import Any

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)

PARENTS_HERE_CHILD_ELSEWHERE = [
    "我说的是那个600的基本补贴 孩子户口还在外地 爸妈户口在济南 能领不",
    "孩子户口在老家 我们两口子都是济南户口 能领600吗",
    "市民说父母都是济南户口 宝宝户口还在临沂 育儿补贴能领不",
    "parents have Jinan hukou but the baby's hukou is still in another city, can they get it?",
    "the caller and her husband both have jinan hukou, the baby is registered in her hometown.",
]


def hukou_values(text: str, known: dict[str, Any]) -> list[Any]:
    found = understand(text, known, None, TODAY)
    updates = found.updates if hasattr(found, "updates") else found
    return [u.value for u in updates if u.fact == "hukou_in_city"]


@pytest.mark.parametrize("text", PARENTS_HERE_CHILD_ELSEWHERE)
def test_the_parents_hukou_here_and_the_childs_elsewhere_is_not_no_hukou(text: str) -> None:
    assert False not in hukou_values(text, {"city": "jinan"}), text


@pytest.mark.parametrize(
    "text", [*PARENTS_HERE_CHILD_ELSEWHERE, "孩子户口还没落 先落在老家 能领吗"]
)
def test_a_childs_hukou_elsewhere_leaves_a_known_city_hukou_open(text: str) -> None:
    """A city hukou known (the parents moved theirs here): the child's elsewhere makes it
    unknown, never "elsewhere"."""
    values = hukou_values(text, {"city": "jinan", "hukou_in_city": True})
    assert False not in values and values in ([], [None]), (text, values)


def test_the_whole_familys_hukou_elsewhere_is_still_no_city_hukou() -> None:
    """All three children's hukou in the home town, none said to be here: not the city's."""
    assert hukou_values("三个娃户口都还在老家临沂 没迁过来", {"city": "jinan"}) == [False]


def test_the_parents_elsewhere_too_is_still_no_city_hukou() -> None:
    """ "孩子户口在老家 我们也不是济南户口": the whole family's elsewhere, a known city hukou put right."""
    values = hukou_values(
        "孩子户口在老家 我们也不是济南户口", {"city": "jinan", "hukou_in_city": True}
    )
    assert values == [False], values
