"""Testers 47 and 48 (fix-t49f): a message asking several things gets every part answered, from
the plans with their clauses. Each test: the family known so far (the slots), what the citizen
or hotline worker wrote, what the reply must and must not say. Today is 1 December 2026 in
China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.conftest import hotline_turn


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


JINAN_HOTLINE: dict[str, Any] = {"hotline_city": "jinan", "reply_brief": True}

# Item 1, tester 48 c10: the delivery's figure asked for two covers in one message.
TWO_COVERS = {
    "zh": ("灵活就业", "50%", "居民医保", "3,000元", "第15条"),
    "en": ("flexibly employed", "50%", "Resident medical insurance", "3,000 yuan", "clause 15"),
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "hi hotline here, caller asks: jinan mum, flexible employment, insured in employee "
            "medical insurance, what % of delivery costs reimbursed? and if resident insurance?",
            "en",
        ),
        (
            "jinan caller is flexibly employed in employee medical insurance, how much of the "
            "delivery is reimbursed? what about resident insurance?",
            "en",
        ),
        ("来电的是济南的 灵活就业 参加职工医保的 生孩子住院能报多少 居民医保呢", "zh"),
        ("济南来电 灵活就业参加职工医保 生孩子能报多少 要是居民医保呢", "zh"),
    ],
)
def test_the_delivery_asked_for_two_covers_gives_each_covers_figure(text: str, lang: str) -> None:
    """Jinan clause 15: flexibly employed women in the employees' basic medical insurance get
    50 % of the delivery within the policy scope; resident insurance pays a fixed 3,000 yuan.
    The worker asked both: both are given (tester 48 c10 got the resident figure alone)."""
    said, _ = hotline_turn(text, lang, **JINAN_HOTLINE)
    for part in TWO_COVERS[lang]:
        assert part in said, said


def test_the_hotline_opening_with_two_covers_gives_both() -> None:
    """Tester 48 c10's first message, the hotline announced in it: both covers (clause 15)."""
    said, _ = hotline_turn(
        "hi hotline here, caller asks: jinan mum, flexible employment, insured in employee "
        "medical insurance, what % of delivery costs reimbursed? and if resident insurance?",
        "en",
        reply_brief=True,
    )
    for part in TWO_COVERS["en"]:
        assert part in said, said


@pytest.mark.parametrize(
    ("text", "lang", "figure", "not_figure"),
    [
        ("她之前是职工医保 要是断了按居民医保能报多少", "zh", "3,000", "100%"),
        (
            "caller used to be in employee maternity insurance; if it lapsed, what would "
            "resident insurance pay?",
            "en",
            "3,000",
            "100%",
        ),
    ],
)
def test_a_cover_left_behind_is_not_asked(
    text: str, lang: str, figure: str, not_figure: str
) -> None:
    """Only the cover the question asks of (resident, clause 15) when the other is a past fact."""
    said, _ = hotline_turn(text, lang, **JINAN_HOTLINE)
    assert figure in said and not_figure not in said, said
