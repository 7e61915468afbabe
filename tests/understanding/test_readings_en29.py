"""English corrections, loose answers, questions and heights (corpus batch en 29): the household,
what the citizen wrote, and the facts it states (no more)."""

from datetime import date

import pytest

from tests.understanding.readings import reading, reading_kinds
from understanding import understand

TODAY = date(2026, 6, 10)  # a Wednesday


said = reading(TODAY)


kinds = reading_kinds(TODAY, values=False)


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("just the one, a lil girl. only 4 but 1m2 already", "2021-12"),
        ("one son, only 3 years old", "2022-12"),
        ("one boy, he's only 2 and already so tall", "2023-12"),
    ],
)
def test_only_n_is_the_childs_age(text: str, born: str) -> None:
    """ "only 4" said of the child asked about is its age (4 years 6 months back)."""
    got = said(text, {"city": "jinan"}, "children")
    assert got[("child.birth_date", 1)] == born


@pytest.mark.parametrize("text", ["only 2 but they're a handful", "we have only 2 but want more"])
def test_only_n_children_is_no_age(text: str) -> None:
    got = said(text, {"city": "jinan"}, "children")
    assert ("child.birth_date", 1) not in got


@pytest.mark.parametrize(
    "text",
    [
        "my daughter in law delivered last friday, a boy, 3.1kg",
        "wife delivered on friday last week, healthy girl",
    ],
)
def test_delivered_is_a_birth(text: str) -> None:
    """The family's first child, born on the Friday of last week (2026-06-05)."""
    assert said(text)[("child.birth_date", 1)] == "2026-06-05"


def test_a_parcel_delivered_is_no_birth() -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2022-01"}]}
    assert said("the forms were delivered yesterday, thanks", known) == {}


@pytest.mark.parametrize(
    ("text", "tall", "under"),
    [
        ("big one 1m35ish, small one not even a metre", 135, 100),
        ("the older one about 1.3mish, the little one isn't even a metre", 130, 100),
        ("eldest 1m2ish, youngest not even 1m", 120, 100),
    ],
)
def test_heights_said_loosely(text: str, tall: int, under: int) -> None:
    """ "1m35ish" is 135 cm; "not even a metre" puts the child under 100 cm."""
    known = {"city": "beijing", "children": [{"birth_date": "2017-09"}, {"birth_date": "2023-09"}]}
    got = said(text, known, "children.height_cm")
    assert got[("child.height_cm", 1)] == tall
    assert got[("child.height_below_cm", 2)] == under


@pytest.mark.parametrize(
    "text",
    [
        "got the dibao approved the day before yesterday",
        "we finally had our dibao approved on monday",
        "dibao got approved this week",
    ],
)
def test_benefits_approved_lately_are_held_now(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2024-06"}]}
    got = said(text, known)
    assert got[("hardship_now", None)] is True
    assert ("hardship_at_birth", None) not in got


@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("my wife and her dad, I don't", 2),
        ("my husband and my mum, not me", 2),
        ("husband, his mother and me", 3),
    ],
)
def test_payers_named_in_answer_to_the_fund_question(text: str, payers: int) -> None:
    """The people named alone answer who pays; "I don't" takes the writer out."""
    got = said(text, {"city": "jinan"}, "housing_fund_contributors")
    assert got[("housing_fund_contributors", None)] == payers


@pytest.mark.parametrize(
    "text", ["no, we do have one flat, paid off", "nope we have 1 apartment, it's ours"]
)
def test_a_flat_owned_said_to_the_renting_question(text: str) -> None:
    got = kinds(text, {"city": "jinan"}, "renting")
    assert got == {("renting", None): "confirmation", ("owns_home_in_city", None): "statement"}


def test_one_flat_is_no_count_of_children() -> None:
    assert ("child_count", None) not in said("we have 1 apartment, no loan", {"city": "jinan"})


def test_owning_in_place_of_renting_corrects_only_the_renting() -> None:
    """The renting known is put right; owning, not known before, is a new statement."""
    known = {"city": "beijing", "renting": True, "children": [{"birth_date": "2023-10"}]}
    got = kinds("sorry I meant we own it, not rent it", known)
    assert got == {("owns_home_in_city", None): "statement", ("renting", None): "correction"}


@pytest.mark.parametrize(
    "text",
    [
        "kids under 1.2m free in jinan parks?",
        "free buses for toddlers in beijing?",
        "how long is maternity leave in jinan now?",
    ],
)
def test_a_city_in_a_question_about_a_measure_is_no_city_of_the_familys(text: str) -> None:
    assert said(text) == {}


@pytest.mark.parametrize("text", ["jinan?", "we live in beijing? yes beijing"])
def test_a_city_with_a_question_mark_still_answers_the_city_question(text: str) -> None:
    assert ("city", None) in said(text, {}, "city")


@pytest.mark.parametrize(
    "text", ["our girl is just under a metre", "she's slightly below 1m", "she isn't even 1 metre"]
)
def test_just_under_a_height_is_below_it(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2023-01"}]}
    assert said(text, known) == {("child.height_below_cm", 1): 100}


@pytest.mark.parametrize(
    "text",
    [
        "if she gets employee insurance before the due date would we get the allowance?",
        "what if I switch to employee insurance before the due date?",
    ],
)
def test_the_due_date_named_when_known_is_no_new_pregnancy(text: str) -> None:
    """The known due date, named without a date, adds nothing; only the insurance is asked."""
    known = {"city": "beijing", "children": [{"due_date": "2026-09"}]}
    assert kinds(text, known) == {("birth_insurance", None): "question"}


@pytest.mark.parametrize(
    ("text", "count"), [("sorry i meant 2 kids not 3", 2), ("actually we have 2 kids, not 3", 2)]
)
def test_a_count_put_right_against_the_known_count(text: str, count: int) -> None:
    """Three children were said, two are known by date: "2 not 3" corrects the count said."""
    known = {
        "city": "jinan",
        "child_count": 3,
        "children": [{"birth_date": "2019-01"}, {"birth_date": "2022-01"}],
    }
    got = understand(text, known, None, TODAY)
    assert [(u.fact, u.value, u.kind) for u in got] == [("child_count", count, "correction")]


@pytest.mark.parametrize(
    "text",
    [
        "does the subsidy count babies born in december?",
        "do kids born in 2024 get the 3600?",
        "is it only for children born after march?",
    ],
)
def test_children_in_general_in_a_question_about_a_measure_are_none_of_the_familys(
    text: str,
) -> None:
    assert said(text, {"city": "jinan"}) == {}


def test_a_height_after_the_childs_name_with_s() -> None:
    """ "the boy's 1.26" is his height; "just over a metre" tells no height, and no age."""
    known = {"city": "jinan", "children": [{"birth_date": "2019-01"}, {"birth_date": "2023-01"}]}
    got = said("the boy's 1.26, the girl's just over a metre", known, "children.height_cm")
    assert got == {("child.height_cm", 1): 126}


@pytest.mark.parametrize("text", ["she's just over 1 metre", "he's just over 1 meter now"])
def test_just_over_a_metre_is_no_age(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2022-01"}]}
    assert ("child.birth_date", 1) not in said(text, known)


@pytest.mark.parametrize(
    ("text", "count", "born"),
    [
        ("one, 18 months", 1, {1: "2024-12"}),
        ("1: 18 months old", 1, {1: "2024-12"}),
        ("two, 18 months and 4", 2, {1: "2021-12", 2: "2024-12"}),
    ],
)
def test_the_count_opening_an_answer_is_no_age(text: str, count: int, born: dict[int, str]) -> None:
    """The number before the comma answers how many; it is not read as an age in months."""
    got = said(text, {"city": "jinan"}, "children")
    assert got[("child_count", None)] == count
    assert {c: v for (f, c), v in got.items() if f == "child.birth_date"} == born


@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("both of us, plus my father in law", 3),
        ("me and my wife plus her mum", 3),
        ("just me, plus my dad too", 2),
    ],
)
def test_payers_added_with_plus(text: str, payers: int) -> None:
    got = said(text, {"city": "jinan"}, "housing_fund_contributors")
    assert got[("housing_fund_contributors", None)] == payers


@pytest.mark.parametrize(
    ("text", "born"),
    [("just the one boy, 5", "2020-12"), ("only the one, 3", "2022-12")],
)
def test_an_age_after_just_the_one(text: str, born: str) -> None:
    got = said(text, {"city": "jinan"}, "children")
    assert got == {("child_count", None): 1, ("child.birth_date", 1): born}
