"""Tester 37: a fact said again as "didn't I say …?" (我刚不是说了济南户口吗, "didn't i tell you our
hukou is in jinan") is the fact, not its denial. The 不是 asks back; it denies nothing. A family
whose hukou is asked, today 1 December 2026 in China."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)
said = reading(TODAY)
FAMILY = {"city": "jinan", "children": [{"birth_date": "2026-11-02"}]}


@pytest.mark.parametrize(
    "text",
    [
        "我刚不是说了济南户口吗 那到底是不是600",
        "不是说了是济南户口嘛",
        "不是跟你讲过了嘛 户口在济南",
        "我不是告诉你了吗 济南户口",
        "didn't i say we have jinan hukou",
        "didn't i tell you our hukou is in jinan",
        "did not i just say we have jinan hukou",
    ],
)
def test_a_hukou_said_again_is_held(text: str) -> None:
    """Tester 37 c01 was told 不是济南户口 and refused the 600 three times (clause 12)."""
    got = said(text, FAMILY, "hukou_in_city")
    assert got[("hukou_in_city", None)] is True, got


@pytest.mark.parametrize(
    "text", ["我们不是济南户口", "孩子户口不在济南", "we don't have jinan hukou"]
)
def test_a_hukou_denied_is_still_denied(text: str) -> None:
    got = said(text, FAMILY, "hukou_in_city")
    assert got[("hukou_in_city", None)] is False, got


@pytest.mark.parametrize(
    "text",
    [
        "wife pregnant with their 3rd, due march 2027. he's on unemployment benefit now but it"
        " ends in january",
        "pregnant, due in march. his unemployment benefit stops in january",
        "due march 2027, we get dibao but that runs out in january",
        "怀老三了 预产期明年3月 他现在领失业金 1月份就停了",
        "预产期3月 失业金明年1月到期",
        "怀孕了 失业金1月份就领完了 预产期3月",
    ],
)
def test_the_month_a_benefit_ends_is_no_due_date(text: str) -> None:
    """Tester 37 r01: a baby due in March 2027 was put in January, the month the father's
    unemployment benefit ends, and its subsidy's end moved with it (clause 12)."""
    got = said(text, {"city": "jinan", "hukou_in_city": True})
    dues = [v for (fact, _), v in got.items() if fact == "child.due_date"]
    assert dues == ["2027-03"], got
