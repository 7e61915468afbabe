"""Tester 42's hotline items (fix-t43c). Each test: the hotline case known so far (the slots),
what the worker wrote, what the reply must and must not say. Today is 1 December 2026 in
China."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str, precision: str = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision, "height_cm": None, **more}


def hotline_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """A worker's question answered in hotline mode: the reply and the slots it sets."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher), slot_events(events)


JINAN_HOTLINE: dict[str, Any] = {"hotline_city": "jinan", "reply_brief": True}


# ------------------------------------------------ A2: benefits that started after the birth
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "caller didn't say order, it's their 2nd child. born dec 2024, unemployment "
            "benefits only started jan 2025. extra 200 or not?",
            "en",
        ),
        (
            "2nd child born march 2024, on dibao only since may 2024. do they get the extra 200?",
            "en",
        ),
        ("2nd child born dec 2024, unemployment benefits began in january 2025. extra 200?", "en"),
        ("二孩2024年12月出生 2025年1月才开始领失业金 能加200吗", "zh"),
        ("老二24年12月生的 失业金是25年3月才领上的 加不加200", "zh"),
        ("老二24年12月生的 生完才开始领低保 加不加200", "zh"),
        ("二孩是24年12月出生的，孩子出生后才领上失业保险金，还有200吗", "zh"),
    ],
)
def test_benefits_begun_after_the_birth_get_no_200(text: str, lang: str) -> None:
    """Jinan clause 12: the 200 more a month is for a birth DURING dibao, special hardship
    support or unemployment benefits. The worker's case: a 2nd child born, the benefits begun
    a month or more later. The answer is no under the plan's words, never 600 + 200 = 800, and
    the case keeps that child as born outside the benefits."""
    said, set_ = hotline_turn(text, lang, **JINAN_HOTLINE)
    assert ("不能加发" if lang == "zh" else "No, not under the plan's wording") in said, said
    assert "800" not in said, said
    assert ("第12条" if lang == "zh" else "clause 12") in said, said
    case = set_["hotline_case"]
    children = case.get("children_partial") or case.get("children")
    dated = [c for c in children if c.get("birth_date")]
    assert dated and dated[-1].get("hardship_at_birth") is False, case


def test_benefits_begun_before_the_birth_still_get_the_200() -> None:
    """The same words with the benefits begun BEFORE the birth: a birth during them, 600 + 200
    (clause 12)."""
    said, _ = hotline_turn(
        "2nd child born march 2025, on dibao since may 2024. extra 200?", "en", **JINAN_HOTLINE
    )
    assert "not under the plan's wording" not in said, said
    assert "200" in said, said
