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


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("girl 8 boy 5 and baby girl born in december", {(1, "2017-05"), (2, "2020-05")}),
        ("eldest grandson 12 granddaughter 9 youngest grandson 2 and half", {(1, "2013-05"), (2, "2016-05"), (3, "2023-05")}),
        ("my 2 kids are 2 and 4 does it stop at 3?", {(1, "2021-05"), (2, "2023-05")}),
    ],
)  # fmt: skip
def test_children_listed_each_with_an_age_without_commas(
    text: str, ages: set[tuple[int, str]]
) -> None:
    got = {(c, str(v)) for f, c, v, _ in facts(text) if f == "child.birth_date"}
    assert ages <= got


def test_heights_listed_without_commas_go_to_their_own_children() -> None:
    got = facts("my 3 kids heights eldest 1m45 2nd 1.18 smallest only 95cm")
    heights = {(c, v) for f, c, v, _ in got if f == "child.height_cm"}
    assert heights == {(1, 145), (2, 118), (3, 95)}


@pytest.mark.parametrize(
    "text",
    [
        "if my mother in law also paid gongjijin would that count as 3?",
        "how long does it take for dibao to get approved",
    ],
)
def test_a_question_is_not_cut_from_its_own_opening(text: str) -> None:
    """A hypothesis and its question, or a question word and its verb, stay one question."""
    assert all(k == "question" for _, _, _, k in facts(text))


# Per-birth hardship typed without punctuation: each birth keeps its own answer (Jinan's
# per-child support depends on the benefit at that child's birth).
BABY_LAST_MONTH = {
    "city": "jinan",
    "children": [{"birth_date": "2019-05"}, {"birth_date": "2025-10"}],
}
TWO_BORN = {"city": "jinan", "children": [{"birth_date": "2019-05"}, {"birth_date": "2023-08"}]}


@pytest.mark.parametrize(
    ("text", "known", "asked", "expected"),
    [
        ("we were on 特困 when our daughter was born in 2019 when the boy was born no", TWO_BORN, None, {(1, True), (2, False)}),
        ("big boy born 2021 when we still had dibao the baby born this june no dibao", None, None, {(1, True), (2, False)}),
        ("jinan 3 kids when the first born we are on dibao the 2nd and 3rd no now also no dibao", None, None, {(1, True), (2, False), (3, False)}),
        ("for the older one no the baby born last month yes we were on 特困 support then", BABY_LAST_MONTH, "hardship_at_birth", {(1, False), (2, True)}),
    ],
)  # fmt: skip
def test_each_birth_keeps_its_own_benefit_answer(
    text: str, known: dict[str, object] | None, asked: str | None, expected: set[tuple[int, bool]]
) -> None:
    got = facts(text, known, asked=asked)
    assert {(c, v) for f, c, v, _ in got if f == "child.hardship_at_birth"} == expected


THREE_BORN = {
    "children": [{"birth_date": "2019-01"}, {"birth_date": "2024-01"}, {"birth_date": "2024-01"}]
}


@pytest.mark.parametrize(
    "text",
    ["yes with the baby husband was laid off and got unemployment pay", "no for our eldest, yes for the twin girls"],
)  # fmt: skip
def test_an_answer_opening_the_message_stays_with_its_child(text: str) -> None:
    got = facts(text, THREE_BORN, asked="hardship_at_birth")
    assert not any(f == "hardship_at_birth" for f, _, _, _ in got)


BORN_2019_2025 = {"children": [{"birth_date": "2019-05"}, {"birth_date": "2025-09"}]}


@pytest.mark.parametrize(
    "text",
    [
        "we were on dibao for the second one not for the first",
        "not for the first for the second yes we had dibao",
        "not for the first one for the baby yes we were on dibao in january",
    ],
)
def test_one_birth_yes_the_other_no_without_commas(text: str) -> None:
    """Dibao at the second birth only: the answer is the second child's, not every birth's."""
    got = facts(text, BORN_2019_2025, asked="hardship_at_birth")
    assert ("child.hardship_at_birth", 2, True, "statement") in got
    assert not any(f == "hardship_at_birth" for f, _, _, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "what money do we get for the baby",
        "resident medical insurance delivery how much in jinan",
    ],
)
def test_a_question_opening_on_its_own_word_states_no_fact_of_the_family(text: str) -> None:
    assert not any(f.startswith("child") for f, _, _, _ in facts(text))


def test_an_age_before_the_child_named_stays_that_childs() -> None:
    """ "my 6-year-old daughter is 125 cm": one daughter, 6 years old and 125 cm tall."""
    got = facts("my 6-year-old daughter is 125 cm, does she pay for the bus?")
    assert {c for f, c, _, _ in got if f.startswith("child.")} == {1}


@pytest.mark.parametrize(
    ("text", "known", "payers"),
    [
        ("neither of us has gjj, we both do odd jobs", None, 0),
        ("actually my wife started paying gjj too last month so 2 now", {"housing_fund_contributors": 1}, 2),
    ],
)  # fmt: skip
def test_the_housing_fund_by_its_initials_in_english(
    text: str, known: dict[str, object] | None, payers: int
) -> None:
    """gjj is 公积金, the housing provident fund, in an English message too."""
    got = facts(text, known)
    assert any(f == "housing_fund_contributors" and v == payers for f, _, v, _ in got)
    assert not any(f == "child_count" for f, _, _, _ in got)


def test_a_pregnancy_typed_with_typos_is_read() -> None:
    """ "pregant w tripletts omg, 4 months, first time": three babies due."""
    got = facts("pregant w tripletts omg, 4 months, first time")
    assert {c for f, c, _, _ in got if f == "child.due_date"} == {1, 2, 3}
