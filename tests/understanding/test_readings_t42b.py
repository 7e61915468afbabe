"""Tester 41 c03 (fix-t42b): a child's birth date put right inside the same message. The
household known, what the citizen wrote, and the facts it states (no more)."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)
# A grandmother: 外孙女 is 老二, born October 2025, Jinan hukou; the eldest's date asked.
SECOND_KNOWN = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [{"birth_date": None}, {"birth_date": "2025-10-01", "precision": "month"}],
}

said = reading(TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "老大是20年的 19年12月 你就说我们老两口有啥",  # tester 41 c03 t3
        "老大是20年的 不对 19年12月",
        "老大20年的 哦不 19年12月的",
        "老大20年 不对是19年12月",
        "老大是2020年生的 不对 是2019年12月",
        "老大2020年生的 不是2020年 是2019年12月生的",
        "The eldest was born 2020, no wait Dec 2019",
        "first one born in 2020, sorry, December 2019",
        "our oldest is from 2020, I mean December 2019",
    ],
)
def test_a_date_put_right_in_the_same_message_is_that_childs_only(text: str) -> None:
    """The second date corrects the first for the SAME child (老大): 老大 2019-12, and the
    known 老二 (2025-10) is never overwritten by it."""
    got = said(text, SECOND_KNOWN, "children")
    assert got.get(("child.birth_date", 1)) == "2019-12", got
    assert ("child.birth_date", 2) not in got, got


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("老大20年的 老二19年12月", "2019-12"),  # each child named: two children
        ("老大20年的 23年5月的", "2023-05"),  # too far apart for one birth put right
    ],
)
def test_two_dates_of_two_children_stay_two(text: str, second: str) -> None:
    got = said(text, {"city": "jinan"}, "children")
    assert got.get(("child.birth_date", 1)) == "2020", got
    assert got.get(("child.birth_date", 2)) == second, got


def test_a_date_denied_is_no_correction() -> None:
    """ "2020年生的 不是 2019年12月" says 2020, not December 2019."""
    got = said("老大是2020年生的 不是 2019年12月", SECOND_KNOWN, "children")
    assert got.get(("child.birth_date", 1)) == "2020", got
    assert ("child.birth_date", 2) not in got, got
