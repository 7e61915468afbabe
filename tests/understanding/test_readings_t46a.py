"""Tester 45 c10 T4 (fix-t46a): a number written as an order ("3rd", "2nd", 第3个) is the
child's place in the family, never its age; a month ahead said of that child is its due date.
Today is 1 December 2026 in China."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "order"),
    [
        (
            "you misunderstood. HYPOTHETICAL: caller's 3rd child born March 2027, Jinan hukou. "
            "Would child 3 get 600/month and until when?",
            3,
        ),  # tester 45 c10 T4
        ("caller's 3rd child born March 2027", 3),
        ("mom's 2nd kid due march 2027", 2),
        ("the caller's 3rd kid is due in March 2027", 3),
        ("她家第3个孩子明年3月生", 3),
    ],
)
def test_an_order_is_no_age_and_a_month_ahead_is_a_due_date(text: str, order: int) -> None:
    """No "the 3rd child born about June 2023 (worked out from "3")": the child of that order
    is due in March 2027."""
    updates = understand(text, {"city": "jinan"}, None, TODAY)
    assert not [u for u in updates if u.fact == "child.birth_date" and u.approx], updates
    dues = [u for u in updates if u.fact == "child.due_date"]
    assert [(u.child, u.value) for u in dues] == [(order, "2027-03")], updates


@pytest.mark.parametrize(
    ("text", "order", "age_said"),
    [
        ("the wife's 2nd one is 1", 2, "1"),
        ("the 2nd is 3", 2, "3"),
        ("second one's 2", 2, "2"),
        ("第2个孩子3岁", 2, "3岁"),
    ],
)
def test_an_age_told_beside_an_order_is_still_read(text: str, order: int, age_said: str) -> None:
    """The order names the child, the other number is its age: that age is kept."""
    updates = understand(text, {"city": "jinan"}, None, TODAY)
    ages = [u for u in updates if u.fact == "child.birth_date" and u.approx]
    assert [(u.child, u.span.strip()) for u in ages] == [(order, age_said)], updates


@pytest.mark.parametrize(
    "text", ["my sister's 3rd baby", "the caller's 3rd one", "the 3rd kid", "第3个孩子"]
)
def test_an_order_alone_states_no_birth(text: str) -> None:
    """Only the order told: no age, no birth date."""
    updates = understand(text, {"city": "jinan"}, None, TODAY)
    assert not [u for u in updates if u.fact.startswith("child.")], updates
