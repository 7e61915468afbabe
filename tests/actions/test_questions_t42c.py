"""Tester 41's conversations (fix-t42c). Each test: the family known so far (the slots), what
the citizen wrote, what the reply must and must not say, and the clause. Today is 1 December
2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.test_questions_t40j import whole_turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Tester 41 c08: Jinan hukou, renting, no home; the eldest 7, the 2nd born August 2022, the 3rd
# due March 2027; one parent pays into the housing fund; the form asked about a first home.
THIRD_DUE_IN_MARCH: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "renting": True,
    "owns_home_in_city": False,
    "housing_fund_contributors": 1,
    "children": [
        {**UNDATED, "birth_date": "2019-01-01", "precision": "year"},
        {**UNDATED, "birth_date": "2022-08-01", "precision": "month"},
        {**UNDATED, "birth_date": "2027-03-01", "precision": "month"},
    ],
    "requested_slot": "buying_first_home",
    "pending_question": {"slot": "buying_first_home", "side_answers": 0},
}
INSTITUTIONS_MONEY = ("50,000", "50000", "5万", "institution", "托育机构", "运营补贴")


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (  # tester 41 c08 t4
            "yes first home. so one person paying is 600k? and the baby subsidy for the 3rd, "
            "when does it start",
            "en",
            ("600,000", "clause 14", "600 yuan/month", "turns 3", "clause 12"),
        ),
        (  # tester 41 c08 t5
            "why are you telling me about 50000 for institutions? I asked when the 600 for my "
            "3rd baby starts",
            "en",
            ("600 yuan/month", "turns 3", "does not say from which month", "clause 12"),
        ),
        (
            "I didn't ask about nurseries, I asked about the baby subsidy",
            "en",
            ("600 yuan/month", "clause 12"),
        ),
        (
            "对 首套 一个人交的话是60万吗 老三的补贴从什么时候开始",
            "zh",
            ("600,000元", "第14条", "每月600元", "满3周岁", "第12条"),
        ),
        (
            "你为什么说5万的托育机构补贴 我问的是老三的600什么时候开始发",
            "zh",
            ("每月600元", "满3周岁", "没写从哪个月开始发", "第12条"),
        ),
        ("老三的补贴什么时候开始发", "zh", ("每月600元", "第12条")),
    ],
)
async def test_a_familys_question_never_gets_the_institutions_money(
    text: str, lang: str, said: tuple[str, ...]
) -> None:
    """Jinan clause 8's one-time 50,000 yuan goes to childcare institutions; a family asking
    when its 3rd child's subsidy starts gets clause 12 (600 a month from the birth until the
    3rd birthday; the plan does not say from which month payment starts), and a loan figure put
    back to be checked gets clause 14's ceiling for one contributor (600,000 yuan)."""
    reply = await whole_turn(text, lang, **THIRD_DUE_IN_MARCH)
    for wrong in INSTITUTIONS_MONEY:
        assert wrong not in reply, reply
    for right in said:
        assert right in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("托育机构开办有补贴吗", "zh"),
        ("is there money for a childcare institution that opens?", "en"),
    ],
)
async def test_a_question_about_institutions_still_gets_their_money(text: str, lang: str) -> None:
    """Asked about the institutions themselves, the institutions' measures still answer."""
    reply = await whole_turn(text, lang, **THIRD_DUE_IN_MARCH)
    assert "托育机构" in reply or "institution" in reply, reply
