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


@pytest.mark.parametrize(
    "text",
    [
        "hi our baby was born 3 weeks ago, second child, jinan hukou. what should we do?",
        "baby born 3 weeks ago, our second",
    ],
)
def test_an_order_said_alone_after_the_birth_is_that_childs(text: str) -> None:
    """Tester 55 c9 was told "this is the 1st child" four times about the baby said to be the
    second."""
    facts = said(text)
    assert facts[("child.birth_date", 2)] == "2026-11-13"
    assert ("child.birth_date", 1) not in facts


@pytest.mark.parametrize(
    "text",
    [
        "不对不对 打错了 是老二 老大10岁了 我是灵活就业自己交的职工医保 生孩子住院能报多少",
        "no, it's our SECOND child. the first one is 4",
    ],
)
def test_the_one_child_known_said_to_be_the_second_keeps_its_date(text: str) -> None:
    """Tester 56 c10: the baby born in July 2026 was replaced by the eldest, and its 600 a month
    denied. It is the 2nd child now, the eldest told beside it the 1st."""
    facts = said(text, {"city": "jinan", "children": [{"birth_date": "2026-07"}]})
    assert facts[("child.birth_date", 2)] == "2026-07"
    assert facts[("child.birth_date", 1)] < "2023"


@pytest.mark.parametrize(
    "text",
    [
        "do the twins get the free resident insurance thing, we enrolled them in may",
        "no!! twins were born in march. we ENROLLED them in insurance in may. so they qualify?",
        "双胞胎医保是5月办的",
    ],
)
def test_the_month_the_insurance_was_joined_is_no_birth(text: str) -> None:
    """Tester 56 c2: "we enrolled them in may" moved the twins' March birth to May."""
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2022-06"},
            {"birth_date": "2026-03"},
            {"birth_date": "2026-03"},
        ],
    }
    facts = said(text, known)
    assert all(str(v) != "2026-05" for (f, _c), v in facts.items() if f == "child.birth_date")
