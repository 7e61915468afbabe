"""Tester 49 (fix-t50d): facts told after others, read as the citizen meant them. Today is
1 December 2026 in China."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)

# Tester 49 c06: Jinan hukou, the eldest 5, the 2nd born May 2025, told "没领低保" at the birth.
NOT_ON_BENEFITS_AT_THE_2ND = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2021-06", "approx": "5岁"},
        {"birth_date": "2025-05", "hardship_at_birth": False},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "哦对了 忘说了 生老二的时候我在领失业金 那是不是800",  # tester 49 c06
        "对了 生老二那会儿我们在领低保",
        "忘了说 生老二的时候在领失业保险金",
        "oh and she was on unemployment benefit when our 2nd was born, so is it 800?",
        "forgot to mention, we were on dibao when the 2nd was born",
        "btw we were on dibao when our second was born",
    ],
)
def test_an_afterthought_on_a_birth_puts_the_earlier_no_right(text: str) -> None:
    """ "忘说了 / 对了 / oh and" before a hardship at the 2nd's birth: the earlier "没领低保" is
    put right (a correction), so it is applied and read back as 已更新 / Updated."""
    updates = understand(text, NOT_ON_BENEFITS_AT_THE_2ND, None, TODAY)
    told = [u for u in updates if u.fact == "child.hardship_at_birth"]
    assert [(u.child, u.value, u.kind) for u in told] == [(2, True, "correction")], updates
