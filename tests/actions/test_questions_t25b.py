"""What the answers say, as tester 24 met them (second list): each test is a family (the
slots), what the citizen wrote, and what the reply must and must not say."""

from datetime import date

import pytest

from actions import clock
from tests.actions.test_follow_up_questions import ask


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# --- 1. help with the rent: both measures of Jinan clause 14 -------------------------------

JINAN_RENTING_ON_DIBAO = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2020-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2026-01-05", "precision": "day", "height_cm": None},
    ],
    "birth_insurance": "employee_maternity",
    "dibao": True,
    "housing_fund_contributors": 0,
    "renting": True,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("公积金 我们都没交 租房能有补贴吗", "zh"),  # tester 24 c09
        ("租房能有补贴吗", "zh"),
        ("我们租房住 房租有没有补助", "zh"),
        ("租房有什么补贴", "zh"),
        ("we rent, is there any help with rent?", "en"),
        ("any subsidy for renting?", "en"),
    ],
)
async def test_a_renting_family_asking_for_help_with_rent_hears_both_measures(
    text: str, lang: str
) -> None:
    """Jinan clause 14 has two measures for renters: the rental housing subsidy's guaranteed
    area (+15 m² per additional child, for families eligible for that subsidy) and the housing
    fund rent withdrawal; c09 heard only the withdrawal."""
    reply, _ = await ask(text, lang, **JINAN_RENTING_ON_DIBAO)
    if lang == "zh":
        assert "租赁补贴保障面积" in reply and "15平方米" in reply, reply
        assert "租赁补贴的一般申请条件" in reply, reply  # its condition
        assert "提取公积金" in reply or "提取住房公积金" in reply, reply
        assert reply.count("第14条") == 2, reply
        assert "没有写这方面的规定" not in reply
    else:
        assert "rental housing subsidy" in reply and "15 m²" in reply, reply
        assert "usual application conditions" in reply, reply
        assert "withdraw" in reply.lower(), reply
        assert reply.count("clause 14") == 2, reply
        assert "says nothing about this" not in reply


async def test_a_question_about_the_housing_fund_withdrawal_alone_stays_on_it() -> None:
    """Naming the withdrawal ("公积金能提取交房租吗") is no question about every rent measure."""
    reply, _ = await ask("公积金能提取吗", "zh", **JINAN_RENTING_ON_DIBAO)
    assert "租赁补贴保障面积" not in reply, reply


async def test_public_rental_housing_is_no_help_with_the_rent_asked() -> None:
    """ "公租房能优先吗" is the priority of clause 14, not the rent measures."""
    reply, _ = await ask("公租房能优先吗", "zh", **JINAN_RENTING_ON_DIBAO)
    assert "优先" in reply and "租赁补贴保障面积" not in reply, reply
