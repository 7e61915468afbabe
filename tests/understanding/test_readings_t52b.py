"""Tester 49's readings (fix-t52b): an age and a birth date said of the same child that cannot
both be right are both read, on that child, for the form to ask which is right; no child more
than counted is made of the age (tester 49 c06)."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)


def births(text: str) -> list[tuple[int | None, str, bool]]:
    read = understand(text, {"city": "jinan"}, None, TODAY)
    return sorted((u.child, str(u.value), u.approx) for u in read if u.fact == "child.birth_date")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("在济南 两个娃(5岁 1岁半) 老二23年5月生的 济南户口 每个月有补贴吗", "2025-06"),  # c06
        ("两个孩子，一个5岁，一个1岁半，小的是23年5月生的", "2025-06"),
        ("two kids (5 and 1), the second was born in May 2023", "2025-06"),
        ("两个孩子 老大5岁 老二1岁半 老二是2023年5月出生的", "2025-06"),
        ("我家老二一岁半，是2023年5月生的", "2025-06"),
        ("our second is 1, born may 2023", "2025-06"),
    ],
)
def test_an_age_that_disagrees_with_the_date_stays_on_the_dated_child(text: str, age: str) -> None:
    read = births(text)
    assert (2, "2023-05", False) in read and (2, age, True) in read, read
    assert all(child in (1, 2) for child, _, _ in read), read


@pytest.mark.parametrize(
    "text",
    ["两个娃(5岁 3岁半) 老二23年5月生的", "三个孩子 老大8岁 老二5岁 老三23年5月生的"],
)
def test_an_age_that_agrees_with_its_date_is_no_second_reading(text: str) -> None:
    read = births(text)
    assert len({child for child, _, _ in read}) == len(read), read
