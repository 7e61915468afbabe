"""English messages of batch 27 (twins beside older children, hardship at one birth and not
another, pinyin words): the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading, reading_kinds

TODAY = date(2025, 9, 14)


said = reading(TODAY)


kinds = reading_kinds(TODAY)

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


def test_the_benefit_named_with_a_question_mark_then_told_is_still_held() -> None:
    """ "dibao? we've been on it since 2020": no yes or no after it, the benefit is the family's."""
    got = said("dibao? we've been on it since 2020", {"city": "jinan", "children": kids("2025-01")})
    assert got[("hardship_now", None)] is True


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


@pytest.mark.parametrize(
    "text",
    [
        "gongjijin yes both, shebao employee for me, hukou beijing",
        "my insurance: employee, through the factory",
        "shebao is the employee one",
    ],
)
def test_shebao_said_to_be_the_employee_kind_is_employee_maternity(text: str) -> None:
    got = said(text, {"city": "beijing", "children": [{"due_date": "2026-02"}]})
    assert got[("birth_insurance", None)] == "employee_maternity"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("2: laoda 8, laoer 3 and 1 more in the oven lol due oct", "children"),
        ("our kids are 8, 3 and 1 more on the way, due in october", None),
    ],
)
def test_one_more_on_the_way_is_a_pregnancy_not_a_child_of_one(
    text: str, asked: str | None
) -> None:
    got = said(text, {"city": "beijing"}, asked)
    dates = {k: v for k, v in got.items() if k[0].startswith("child.")}
    assert dates == {
        ("child.birth_date", 1): "2017-03",
        ("child.birth_date", 2): "2022-03",
        ("child.due_date", 3): "2025-10",
    }


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("waipo here, my daughter has two: 3 and a half, and the baby 40 days", 2),
        ("we have three: 8, 5 and 2", 3),
        ("my son has 2: a girl of 4 and a boy of 1", 2),
    ],
)
def test_has_a_number_then_the_list_counts_the_children(text: str, count: int) -> None:
    assert said(text, {"city": "beijing"})[("child_count", None)] == count


TWO = {"city": "jinan", "children": kids("2020-03", "2023-07")}


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("the dibao was with laoda not laoer", {1: True, 2: False}),
        ("we got tekun at the birth of our second, not the first", {2: True, 1: False}),
        ("dibao was when laoer was born not laoda", {2: True, 1: False}),
    ],
)
def test_a_birth_set_against_another_with_not_has_the_other_answer(
    text: str, answers: dict[int, bool]
) -> None:
    assert at_births(said(text, TWO)) == answers


def test_a_benefit_moved_from_one_birth_to_another_is_a_correction_of_both() -> None:
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2020-03"},
            {"birth_date": "2023-07", "hardship_at_birth": True},
        ],
    }
    got = kinds("sorry i got it backwards, the shiyejin was with laoda not laoer", known)
    assert got[("child.hardship_at_birth", 1)] == (True, "correction")
    assert got[("child.hardship_at_birth", 2)] == (False, "correction")


def test_the_baby_in_pinyin_is_the_birth_of_the_only_child() -> None:
    """baobao (宝宝) names no child: the birth, like "when the baby was born"."""
    got = said("we were on dibao when baobao was born and still now", {"children": kids("2025-06")})
    assert got[("hardship_at_birth", None)] is True
    assert got[("hardship_now", None)] is True
