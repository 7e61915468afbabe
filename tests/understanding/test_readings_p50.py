"""Testers' messages (stop 50): a child named by its order after the ages of the children were
listed ("kids are 4 and 1, my older one is about 1.1m") is one of them. A household, what the
citizen wrote, and the facts the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import reading

said = reading(date(2026, 12, 4))


@pytest.mark.parametrize(
    ("text", "child", "height"),
    [
        ("kids are 4 and 1, my older one is about 1.1m tall. subway free?", 1, 110.0),
        ("kids are 4 and 1 the younger one is 80cm", 2, 80.0),
        ("our kids are 7 and 3, the second one is 1.05m", 2, 105.0),
    ],
)
def test_a_child_named_after_the_ages_listed_is_one_of_them(
    text: str, child: int, height: float
) -> None:
    """Tester 53 c9, a Beijing family, was read back three children: "eldest 110 cm", a 2nd
    child from the 4 and a 3rd from the 1."""
    facts = said(text, {"city": "beijing"})
    assert ("child.birth_date", 3) not in facts
    assert facts[("child.birth_date", 1)] < facts[("child.birth_date", 2)]
    assert facts[("child.height_cm", child)] == height


def test_a_child_named_with_its_own_age_is_still_another() -> None:
    """ "kids are 7 and 3, the baby is 2 months": the baby has its own age, a third child."""
    facts = said("kids are 7 and 3, the baby is 2 months", {"city": "beijing"})
    assert ("child.birth_date", 3) in facts
