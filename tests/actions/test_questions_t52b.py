"""Tester 49's conversations (fix-t52b): a date and an age that disagree for the same child,
and facts told once and asked again. Each test: the family known so far (the slots), what the
citizen wrote, what the reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date

import pytest

from actions import clock
from tests.actions.test_questions_t27a import form_turn


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


@pytest.mark.parametrize(
    ("text", "lang", "asks"),
    [
        # tester 49 c06: 23年5月 makes 老二 3 and a half, not 1 and a half
        (
            "在济南 两个娃(5岁 1岁半) 老二23年5月生的 济南户口 每个月有补贴吗",
            "zh",
            ("1岁半", "2023年5月"),
        ),
        ("济南户口 两个孩子（6岁、10个月） 老二是2024年3月出生的", "zh", ("10个月", "2024年3月")),
        ("two kids (5 and 1), the second was born in May 2023, Jinan hukou", "en", ("May 2023",)),
    ],
)
async def test_an_age_and_a_date_of_the_same_child_that_disagree_are_asked_about(
    text: str, lang: str, asks: tuple[str, ...]
) -> None:
    """Two children said, a date and an age for the second that cannot both be right: one
    question which is right, no third child made of the age (tester 49 c06 got "2个孩子；…老三约
    2025年6月出生"), and what else was said (the Jinan hukou) kept."""
    reply, set_ = await form_turn(text, lang, city="jinan")
    partial = set_.get("children_partial") or []
    assert len(partial) == 2, partial
    assert not set_.get("children"), set_
    assert set_.get("hukou_in_city") is True, set_
    assert "老三" not in reply and "3rd child" not in reply, reply
    for said in asks:
        assert said in reply, reply
    assert ("哪个对" in reply) if lang == "zh" else ("which is right" in reply), reply


@pytest.mark.parametrize(
    ("text", "lang", "asks"),
    [
        (
            "济南户口 两个孩子 老大5岁 老二1岁半 老二是2023年5月出生的",
            "zh",
            ("1岁半", "2023年5月", "3岁半"),
        ),
        ("我家老二一岁半，是2023年5月生的，济南户口", "zh", ("2023年5月", "3岁半")),
        ("jinan hukou. our second is 1, born may 2023", "en", ("May 2023", "3 and a half")),
    ],
)
async def test_an_age_said_beside_a_date_that_disagrees_is_asked_not_dropped(
    text: str, lang: str, asks: tuple[str, ...]
) -> None:
    """The same child named with an age and a date that cannot both be right: neither is taken
    silently; one short question which is right (tester 49 c06), no third child, the hukou kept."""
    reply, set_ = await form_turn(text, lang, city="jinan")
    partial = set_.get("children_partial") or []
    assert len(partial) == 2 and partial[1].get("birth_date") is None, partial
    assert set_.get("hukou_in_city") is True, set_
    for said in asks:
        assert said in reply, reply
    assert ("哪个对" in reply) if lang == "zh" else ("which is right" in reply), reply
