"""Tester 33 (fix-t33b): a birth told with its time and "just born" together is one birth."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)
said = reading(TODAY)


def births(got: dict[tuple[str, int | None], object]) -> dict[int | None, object]:
    return {child: v for (fact, child), v in got.items() if fact == "child.birth_date"}


@pytest.mark.parametrize(
    "text", ["孙子上礼拜刚生", "孙女上周刚出生", "外孙上礼拜刚生", "我孙子上个礼拜刚生的"]
)
def test_a_grandchild_born_last_week_is_one_child(text: str) -> None:
    """上礼拜 is when the grandchild was born, 刚生 that it was just now: one child (the first,
    no child being known), born last week, not a second born this month."""
    got = births(said(text, {"city": "beijing"}))
    assert list(got) == [1], got
    assert str(got[1]).startswith("2026-11-2"), got


@pytest.mark.parametrize(
    ("text", "day"), [("昨天刚出生", "2026-11-30"), ("3天前刚生的", "2026-11-28")]
)
def test_a_day_then_just_born_is_that_day(text: str, day: str) -> None:
    assert births(said(text)) == {1: day}


def test_an_elder_childs_age_then_a_new_birth_stays_two_children() -> None:
    """ "老大3岁 刚生了老二": the age is the eldest's, the birth the second's."""
    got = births(said("老大3岁 刚生了老二"))
    assert set(got) == {1, 2}, got


@pytest.mark.parametrize(
    "text", ["就一个二宝啊 老大7岁了", "只有一个老二 老大7岁", "就一个二宝 老大七岁"]
)
@pytest.mark.parametrize("asked", [None, "children"])
def test_only_one_second_child_and_the_eldest_is_two_children(text: str, asked: str | None) -> None:
    """就一个二宝: one second child, so two children (never "one child"); 老大7岁 is the eldest,
    born about June 2019. The child known before (born March 2025) is that second child."""
    got = said(text, {"city": "jinan", "children": [{"birth_date": "2025-03"}]}, asked)
    assert got[("child_count", None)] == 2, got
    assert births(got) == {1: "2019-06", 2: "2025-03"}, got


@pytest.mark.parametrize("text", ["就一个二宝", "only one second child, the eldest is 7"])
def test_only_one_second_child_is_never_one_child(text: str) -> None:
    """The children question open, two children known (the eldest undated): still two."""
    known = {"city": "jinan", "children": [{}, {"birth_date": "2025-03"}]}
    assert said(text, known, "children")[("child_count", None)] == 2
