"""Testers 47 and 48 (fix-t49c): children misread in a correction. Each test: the family known
so far (the slots), what the citizen wrote, what the reply must and must not say, and the
clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.conftest import month


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# ------------------------------------------- 1: "its actually my third, we have two already"
# Tester 48 c05 after her first message ("pregnant with my second, due 2027.3 … we both pay
# housing fund, first flat, how much can we borrow?"): Jinan, 2 contributors, a first home, the
# eldest undated and the 2nd due March 2027; the loan ceiling in talk.
LOAN_ASKED_SECOND_DUE: dict[str, Any] = {
    "city": "jinan",
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        month("2027-03"),
    ],
    "child_in_talk": 2,
    "focus_entry": "jinan.housing_fund_loan_limit",
    "topic_entry": "jinan.housing_fund_loan_limit",
    "requested_slot": None,
}


@pytest.mark.parametrize(
    ("text", "lang", "read_back", "now", "after"),
    [
        (
            "wait sorry I got it wrong, its actually my third, we have two already (7 and 2). "
            "does that change the loan?",
            "en",
            (
                "the eldest born about June 2019",
                "the 2nd child born about June 2024",
                "the 3rd child due March 2027",
            ),
            "up to 900,000 yuan",
            "Once child 3 is born (due March 2027): up to 1,000,000 yuan (clause 14)",
        ),
        (
            "不对 我说错了 这是老三 已经有俩孩子了（7岁和2岁） 贷款额度变不变",
            "zh",
            ("老大约2019年6月出生", "老二约2024年6月出生", "老三预产期2027年3月"),
            "最高900,000元",
            "第3个孩子出生后（预产期2027年3月）：最高1,000,000元（第14条）",
        ),
    ],
)
async def test_the_children_already_had_are_the_eldest_and_the_baby_due_the_third(
    text: str, lang: str, read_back: tuple[str, ...], now: str, after: str
) -> None:
    """Clause 14: two children born (7 and 2) and two contributors, a first home: 900,000 yuan
    now, 1 million once the third is born. The 7-year-old is the eldest, never "the 3rd child
    born about June 2019" with the baby due made the 2nd."""
    from tests.actions.test_questions_t40j import whole_turn

    reply = await whole_turn(text, lang, **LOAN_ASKED_SECOND_DUE)
    for said in read_back:
        assert said in reply, reply
    assert now in reply and after in reply, reply
    assert {"en": "clause 14", "zh": "第14条"}[lang] in reply, reply
    assert "would be younger" not in reply and "哪个不对" not in reply, reply
