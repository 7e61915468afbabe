"""Tester 37 r01 (fix-t39c): a benefit received now whose end is told by its month ("他现在领失业金
1月份就停了", "he's on unemployment benefit, it stops in jan") is received now; its end is still
to come, not a stop told. Today is 1 December 2026."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "他现在领失业金 1月份就停了",
        "他在领失业金 1月份就停了",
        "老公现在领着失业保险金 明年1月就到期了",
        "现在在领低保 2月底就停了",
        "he's on unemployment benefit, it stops in jan",
        "he is on unemployment benefit now but it ends in january",
        "she gets dibao now, it runs out in february",
    ],
)
def test_a_benefit_held_now_with_its_end_month_told_is_held_now(text: str) -> None:
    read = [f for f in understand(text, {}, None, TODAY) if f.fact == "hardship_now"]
    assert [f.value for f in read] == [True], read


@pytest.mark.parametrize("text", ["他领过失业金 3月份就停了", "失业金已经停了"])
def test_a_benefit_told_as_stopped_is_not_held_now(text: str) -> None:
    read = [f for f in understand(text, {}, None, TODAY) if f.fact == "hardship_now"]
    assert [f.value for f in read] == [False], read
