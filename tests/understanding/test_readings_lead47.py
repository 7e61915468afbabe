"""Tester 47: "nobody on benefits" is a no, never on them (c02 was told 800 a month and 28,800
per twin for four turns); an age near the next birthday (快4岁了, "nearly 4") of a child whose
birth month is known and true of it tells nothing new (c09's December 2022, given as a
correction, became "about January 2023" and the 600 of clause 12 came back)."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)
TWINS_BESIDE_AN_ELDER = {
    "city": "jinan",
    "children": [
        {"birth_date": "2021-05"},
        {"birth_date": "2026-11-17"},
        {"birth_date": "2026-11-17"},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "nobody on benefits",
        "yes we all have jinan hukou. nobody on benefits. so 1200 a month till they're 3?",
        "when the twins were born NOBODY in our family got dibao, tekun or unemployment benefit",
    ],
)
def test_nobody_on_benefits_is_a_no(text: str) -> None:
    said = understand(text, TWINS_BESIDE_AN_ELDER, None, TODAY)
    hardship = [u for u in said if "hardship" in u.fact]
    assert hardship, said
    assert all(u.value is False for u in hardship), said


@pytest.mark.parametrize(
    "text", ["老二快4岁了", "my 2nd is nearly 4", "老二将近4岁", "our second is almost 4"]
)
def test_nearly_an_age_true_of_the_known_month_changes_nothing(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2019-05"}, {"birth_date": "2022-12"}]}
    said = understand(text, known, None, TODAY)
    assert not [u for u in said if u.fact == "child.birth_date"], said


def test_nearly_an_age_still_dates_a_child_with_no_month() -> None:
    said = understand("老二快4岁了", {"city": "jinan"}, None, TODAY)
    dates = [u for u in said if u.fact == "child.birth_date" and u.child == 2]
    assert dates and dates[0].approx, said


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        ("预产期8月 在济南 居民医保 生孩子能报多少", "resident_medical"),
        ("济南 职工医保 生孩子报多少", "employee_maternity"),
    ],
)
def test_a_cover_listed_with_the_facts_is_the_familys(text: str, cover: str) -> None:
    """A cover named by its kind among the facts, the question after it (tester 46's fix had
    made "居民医保 生孩子能报多少" a question only; the e2e conversation caught it)."""
    said = understand(text, {"city": "jinan"}, None, TODAY)
    assert [u.value for u in said if u.fact == "birth_insurance"] == [cover], said
