"""Testers' messages (stop 49): who pays into the housing provident fund now, told without the
fund named after two payers were noted, and a first home listed beside a loan asked. A
household, what the citizen wrote, and the facts the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import reading

said = reading(date(2026, 12, 4))

# Jinan, two children, both parents noted as paying into the fund.
TWO_PAYERS = {
    "city": "jinan",
    "housing_fund_contributors": 2,
    "children": [{"birth_date": "2019-06"}, {"birth_date": "2024-06"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "actually i stopped paying last month, only my wife pays now. so what's the limit",
        "only my husband pays now",
        "just me paying now",
    ],
)
def test_only_one_paying_now_is_one_payer(text: str) -> None:
    """Tester 50 c6 kept 2 payers, so 900,000 yuan instead of clause 14's 600,000."""
    assert said(text, TWO_PAYERS).get(("housing_fund_contributors", None)) == 1


def test_a_stop_alone_changes_no_count() -> None:
    """ "i stopped paying last month" says who stopped, not how many pay now."""
    assert ("housing_fund_contributors", None) not in said(
        "i stopped paying last month", TWO_PAYERS
    )


def test_a_first_home_listed_beside_the_loan_is_the_home_bought() -> None:
    """ "i just want the max loan amount. 3 kids, only me paying in, first home" (tester 49 c10
    was still asked whether they buy a first home)."""
    got = said("i just want the max loan amount. 3 kids, only me paying in, first home")
    assert got.get(("buying_first_home", None)) is True
    assert got.get(("housing_fund_contributors", None)) == 1


def test_a_first_home_alone_with_no_loan_talk_is_not_read() -> None:
    assert ("buying_first_home", None) not in said("first home", {"city": "jinan"})


def test_a_count_of_children_beside_the_payers_is_no_payer_count() -> None:
    """ "我就问公积金 三个娃俩人交是100万吗 一个人交呢": the 3 of 三个娃 is children, never "家里3人
    交住房公积金" (tester 51 c6)."""
    got = said("我就问公积金 三个娃俩人交是100万吗 一个人交呢", TWO_PAYERS)
    assert got.get(("housing_fund_contributors", None)) != 3
