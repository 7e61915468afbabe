"""English messages of batch 27 (twins beside older children, hardship at one birth and not
another, pinyin words): the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2025, 9, 14)


def said(
    text: str, known: dict[str, object] | None = None, asked: str | None = None
) -> dict[tuple[str, int | None], object]:
    return {(u.fact, u.child): u.value for u in understand(text, known or {}, asked, TODAY)}


def kinds(
    text: str, known: dict[str, object] | None = None, asked: str | None = None
) -> dict[tuple[str, int | None], tuple[object, str]]:
    return {
        (u.fact, u.child): (u.value, u.kind) for u in understand(text, known or {}, asked, TODAY)
    }


def kids(*births: str) -> list[dict[str, object]]:
    return [{"birth_date": b} for b in births]


def at_births(got: dict[tuple[str, int | None], object]) -> dict[int | None, object]:
    return {child: v for (fact, child), v in got.items() if fact == "child.hardship_at_birth"}


THREE = {"city": "jinan", "children": kids("2013-04", "2017-09", "2025-02")}


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("only with sanbao. the older two we were fine", {3: True, 1: False, 2: False}),
        ("erbao yes, dabao no", {2: True, 1: False}),
        ("with xiaobao yes, the big ones no", {3: True}),
    ],
)
def test_dabao_erbao_sanbao_in_pinyin_name_the_births(text: str, answers: dict[int, bool]) -> None:
    """大宝, 二宝, 三宝, 小宝 typed in pinyin are the eldest, the second, the third, the youngest."""
    got = at_births(said(text, THREE, "hardship_at_birth"))
    assert {k: got.get(k) for k in answers} == answers


def test_erbao_in_pinyin_is_the_second_child() -> None:
    got = said("erbao is 3 and a half now, dabao 7", {"city": "beijing"})
    assert got[("child.birth_date", 2)] == "2022-03"
    assert got[("child.birth_date", 1)] == "2018-03"


@pytest.mark.parametrize(
    "text",
    [
        "if erbao turns out to be twins next year do we get the subsidy twice?",
        "say our second baby turns out to be twins next year, then what",
        "if the baby will be twins next year, is it double?",
    ],
)
def test_a_birth_to_come_imagined_as_twins_is_two_children_asked_about(text: str) -> None:
    got = kinds(text, {"city": "jinan", "children": kids("2022-06")})
    assert got[("child.due_date", 2)] == ("2026", "question")
    assert got[("child.due_date", 3)] == ("2026", "question")


@pytest.mark.parametrize(
    "text",
    [
        "the twins came when we both still had jobs. we're on dibao now, since january",
        "when the twins were born we both had jobs, now we get dibao",
    ],
)
def test_jobs_at_the_birth_are_no_benefit_then(text: str) -> None:
    got = said(text, {"city": "beijing", "children": kids("2024-10", "2024-10")})
    assert at_births(got) == {1: False, 2: False}
    assert got[("hardship_now", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "shiyejin ran out before the little one was born",
        "our dibao stopped a year before the second was born",
        "the unemployment money ended just before our youngest was born",
        "失业金在生老二之前就停了",
    ],
)
def test_a_benefit_ended_before_a_birth_was_not_held_at_it(text: str) -> None:
    got = said(text, {"city": "beijing", "children": kids("2019-06", "2024-11")})
    assert at_births(got) == {2: False}
    assert got.get(("hardship_now", None)) is not True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dibao? nope never had it", False),
        ("低保？没有 从来没领过", False),
        ("special hardship? yes we had it then", True),
    ],
)
def test_the_benefit_said_back_before_the_answer_is_no_yes(text: str, value: bool) -> None:
    """ "dibao? nope": the benefit named as the topic of the question, then the answer."""
    known = {"city": "jinan", "children": kids("2025-01", "2025-01")}
    got = kinds(text, known, "hardship_at_birth")
    assert got[("hardship_at_birth", None)] == (value, "confirmation")


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("the 2019 and 2021 births we were tekun, 2015 no", {2: True, 3: True, 1: False}),
        ("the kid born in 2019 - we were on dibao then. the 2015 one no", {2: True, 1: False}),
        ("we had dibao for the 2021 baby, not for the 2015 one", {3: True, 1: False}),
        ("2019年生的那个我们是低保户 2015年生的没有", {2: True, 1: False}),
    ],
)
def test_a_birth_named_by_its_year_is_that_childs(text: str, answers: dict[int, bool]) -> None:
    known = {"city": "jinan", "children": kids("2015-01", "2019-07", "2021-03")}
    assert at_births(said(text, known)) == answers
