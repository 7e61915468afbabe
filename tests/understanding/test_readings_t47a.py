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
