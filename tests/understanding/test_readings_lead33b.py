"""Tester 34's misread families (the lead, stop 33): 有啥福利 asks about the measures and says
nothing of dibao; a child said to draw (老二现在还在领吧) draws the child's subsidy; the hukou said to
be where the family lives too ("we live in jinan, hukou too"); the baby of the children counted is
the youngest ("2 kids, baby born feb 2025"): a household, what the citizen wrote, what the
assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

facts = facts_on(date(2026, 12, 1))


@pytest.mark.parametrize(
    "text", ["北京的 二宝刚满月 老大3岁 有啥福利", "有什么福利吗", "咱家能有啥补助"]
)
def test_measures_asked_about_say_nothing_of_hardship(text: str) -> None:
    assert not {f for f in facts(text, {}) if "hardship" in f[0]}


def test_no_benefit_of_any_kind_is_still_told() -> None:
    got = facts("生老二的时候啥补助也没领", family("2021-06", "2024-10"))
    assert ("child.hardship_at_birth", 2, False, "statement") in got


@pytest.mark.parametrize("text", ["老二现在还在领吧", "二宝还在领吗", "孩子现在还在领吧"])
def test_a_child_drawing_is_the_childs_subsidy(text: str) -> None:
    assert not {f for f in facts(text, family("2021-06", "2024-10")) if "hardship" in f[0]}


def test_the_family_drawing_now_is_still_hardship_now() -> None:
    got = facts("小的出生时没领 是现在才领的", family("2021-06", "2024-10"))
    assert ("hardship_now", None, True, "statement") in got


@pytest.mark.parametrize(
    "text",
    [
        "we live in jinan, hukou too",
        "我们住济南 户口也在",
        "we live in jinan and hukou is also there",
        "住济南 户口也是",
    ],
)
def test_the_hukou_where_the_family_lives_too(text: str) -> None:
    got = facts(text, {})
    assert ("city", None, "jinan", "statement") in got
    assert ("hukou_in_city", None, True, "statement") in got


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("jinan hukou, 2 kids, baby born feb 2025 while my wife was on dibao", 2),
        ("2 kids, the baby was born in feb 2025", 2),
        ("3 kids, baby born feb 2025", 3),
        ("we have 1 kid, baby born feb 2025", 1),
    ],
)
def test_the_baby_of_the_children_counted_is_the_youngest(text: str, child: int) -> None:
    assert ("child.birth_date", child, "2025-02", "statement") in facts(text, {})
