"""Tester 46's misreadings (fix-t47d): the household known, what the citizen wrote, and the
facts it states. Today is 1 December 2026 in China."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading_kinds

kinds = reading_kinds(date(2026, 12, 1))
TWO_PAY = {"city": "jinan", "housing_fund_contributors": 2, "children": kids("2018-06", "2022-05")}
ONE_PAYS = {**TWO_PAY, "housing_fund_contributors": 1}


@pytest.mark.parametrize(
    "text",
    [
        "那我们家还有别的啥能享受的 公积金900000是按2个孩子算的对吧 我老公的育儿假呢",  # c07
        "我们家公积金900000是按2个孩子算的对吧",
        "我家公积金90万是按俩娃算的吗",
        "咱家还有没有别的 公积金贷款90万对吧",
        "what else can i get? the fund loan 900000 is for 2 kids right?",
    ],
)
def test_a_question_about_the_loan_ceiling_tells_no_payers(text: str) -> None:
    """ "还有别的啥" asks, "公积金900000是按2个孩子算的" asks about the ceiling (Jinan clause
    14): neither says who pays into the fund, so the 2 payers known stay."""
    assert ("housing_fund_contributors", None) not in kinds(text, TWO_PAY)


@pytest.mark.parametrize(
    "text",
    [
        "我没说一个人交啊 我俩都交 是两个人",  # tester 46 c07
        "我可没说一个人交 我们两个都交",
        "i never said one person pays, both of us do",
        "no, we BOTH pay in",
        "两个人都交",
    ],
)
def test_the_payers_put_back_to_two(text: str) -> None:
    """Denying the 1 payer recorded and saying both pay: 2 payers."""
    got = kinds(text, ONE_PAYS)[("housing_fund_contributors", None)]
    assert isinstance(got, tuple) and got[0] == 2


def test_a_denial_alone_sets_no_count() -> None:
    assert ("housing_fund_contributors", None) not in kinds(
        "i never said one person pays", ONE_PAYS
    )
