"""Tester 45 (fix-t47a): "support", "benefits" or "welfare" asked for a measure's object
(kindergarten, nursery, school, rent) is a question, not dibao, 特困 or unemployment benefits
drawn; said of the family ("we weren't on any support when the baby came") it still is."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)
HARDSHIP = {"hardship_now", "hardship_at_birth"}


@pytest.mark.parametrize(
    "text",
    [
        "any support for kindergarten",
        "any support for the kindergarten?",
        "is there any support for kindergarten fees?",
        "are there any benefits for kindergarten?",
        "any welfare for preschool?",
        "any assistance with childcare costs",
        "do we get any support for our toddler in kindergarten",
        "幼儿园有啥支持",
        "上幼儿园有补助吗",
    ],
)
@pytest.mark.parametrize("asked", [None, "hardship_at_birth", "birth_insurance"])
def test_support_asked_for_a_measure_is_no_hardship(text: str, asked: str | None) -> None:
    said = understand(text, {"city": "jinan"}, asked, TODAY)
    assert not {u.fact for u in said} & HARDSHIP, said


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("we were not on any support when the baby came", "hardship_at_birth", False),
        ("no government support", "hardship_now", False),
        ("we are on welfare", "hardship_now", True),
        ("no benefits at the birth", "hardship_at_birth", False),
    ],
)
def test_support_said_of_the_family_is_still_read(text: str, fact: str, value: bool) -> None:
    said = understand(text, {"city": "jinan"}, None, TODAY)
    assert (fact, value) in [(u.fact, u.value) for u in said], said


THIRD_KNOWN = {
    "city": "jinan",
    "children": [
        {"birth_date": "2016-05-01", "precision": "month", "height_cm": None},
        {"birth_date": "2019-01-01", "precision": "year", "height_cm": None},
        {"birth_date": "2024-06-01", "precision": "month", "height_cm": None, "approx": "2"},
    ],
    "child_in_talk": 3,
}


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("my son was born 2022 not 2024, he's nearly 4", "2022-12", True),
        ("he was born in 2022, almost 4", "2022-12", True),
        ("老三2022年出生的 快4岁了", "2022-12", True),
        ("老三是2022年生的，3岁多了", "2022-12", True),
        ("老三是2022年生的 2岁了", "2022", False),  # they disagree: the year stays
        ("老三是2022年生的 4岁了", "2022", False),  # the whole year left open: the year stays
        ("老三是2022年生的", "2022", False),
    ],
)
def test_a_year_told_with_an_age_is_narrowed_to_the_month_both_allow(
    text: str, value: str, approx: bool
) -> None:
    said = understand(text, THIRD_KNOWN, None, TODAY)
    dates = [(u.value, u.approx) for u in said if u.fact == "child.birth_date"]
    assert dates == [(value, approx)], said
