"""Tester 33 (fix-t33d): a fact said to be unknown is not read as a value. 公积金俺不知道 was
recorded as 家里没人交住房公积金 (c02), 低保不知道 as on dibao now."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)
GRANDMA_C02 = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2017-06-01"},
        {"birth_date": "2019-06-01"},
        {"birth_date": "2024-09-01"},
    ],
}


@pytest.mark.parametrize(
    ("text", "asked", "fact"),
    [
        (
            "公积金俺不知道 俺问的是老人 长期护理保险那个",
            "housing_fund_contributors",
            "housing_fund_contributors",
        ),
        ("公积金俺不知道", None, "housing_fund_contributors"),
        ("公积金是不知道 不是没有 你别乱记", None, "housing_fund_contributors"),
        ("公积金的事我不清楚", None, "housing_fund_contributors"),
        (
            "i don't know about the housing fund",
            "housing_fund_contributors",
            "housing_fund_contributors",
        ),
        ("not sure about the fund, ask me later", None, "housing_fund_contributors"),
        ("低保不知道", None, "hardship_now"),
        ("she doesn't know if she was on dibao", None, "hardship_now"),
    ],
)
def test_a_fact_said_unknown_is_not_read_as_no(text: str, asked: str | None, fact: str) -> None:
    updates = understand(text, GRANDMA_C02, asked, TODAY)
    assert not [u for u in updates if u.fact.endswith(fact.split(".")[-1])], updates


@pytest.mark.parametrize(
    ("text", "value"),
    [("家里没人交公积金", 0), ("就女婿一个人交公积金", 1), ("nobody pays into the fund", 0)],
)
def test_a_fund_said_is_still_read(text: str, value: int) -> None:
    updates = understand(text, GRANDMA_C02, None, TODAY)
    assert [u.value for u in updates if u.fact == "housing_fund_contributors"] == [value]
