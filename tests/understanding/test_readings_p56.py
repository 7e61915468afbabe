"""Messages of stop 56: testers 72's housing-fund payer and researcher's question. A household,
what the citizen or worker wrote, and the facts taken."""

from datetime import date

from tests.understanding.readings import reading

said = reading(date(2026, 12, 6))


def test_the_husband_paying_in_is_one_payer_beside_his_leave_asked() -> None:
    """我老公交公积金 … 还有他陪产假几天: "还有" is "and also", not a second person who "has" the
    fund (tester 72 c4 was read back as two payers: 900,000 instead of 600,000)."""
    got = said("我老公交公积金 租房能提公积金付房租吗 还有他陪产假几天")
    assert got[("housing_fund_contributors", None)] == 1
    assert said("我交公积金 还有我老公也交")[("housing_fund_contributors", None)] == 2


def test_a_rule_of_pregnant_researchers_asked_is_no_pregnancy() -> None:
    """女科研人员怀孕哺乳期间 项目能延期多久 (Jinan clause 17) tells no one pregnant (tester 72 c7
    was asked the due date of a "first child")."""
    assert said("好 最后一个：女科研人员怀孕哺乳期间 项目能延期多久 哪条") == {}
    assert said("我怀孕期间被公司辞退了 现在孩子3个月") == {("child.birth_date", 1): "2026-09"}


def test_really_is_no_leave() -> None:
    """真的假的 ("really?") names no leave (假)."""
    assert said("奶奶说她的长护险也能免 真的假的") == {}
