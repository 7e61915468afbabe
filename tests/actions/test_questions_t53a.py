"""Tester rounds 51 and 52, hotline mode (fix-t53a): each caller with its own city and its own
case. Each test: the hotline case known so far (the slots), what the worker wrote, what the
reply must and must not say, and the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.conftest import hotline_turn

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str | None, precision: str | None = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision if born else None, "height_cm": None, **more}


# ------------------------------------- 1. a caller's own city (52 item 0)
# After two Jinan callers: caller 1's 2nd child born May 2023, no hardship, Jinan hukou; the
# subsidy of Jinan clause 12 discussed.
JINAN_CALLER_1: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy",
    "hotline_case": {
        "caller_no": 1,
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child(None), child("2023-05-01", hardship_at_birth=False)],
        "children_count": 2,
    },
    "hotline_birth": "2023-05",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ok thanks. last one: caller 3 is in beijing, 2nd child born last month, "
            "asks how much cash",
            "en",
        ),
        ("caller 3: beijing, 2nd child born last month, how much cash? until when?", "en"),
        ("next caller is from Beijing, second baby born last month, how much money a month?", "en"),
        ("好的 最后一个 来电3在北京 老二上个月生的 问能领多少钱", "zh"),
        ("来电3是北京的 二胎上个月出生 每月能领多少 领到什么时候", "zh"),
    ],
)
def test_a_beijing_caller_gets_beijing_s_plan_not_jinan_s_600(text: str, lang: str) -> None:
    """Beijing clause (12): a family upbringing subsidy system is only to be gradually
    established; the plan gives no amount. A Beijing caller after Jinan callers gets that,
    never Jinan's 600 a month (Jinan clause 12) nor its end date, nor the Jinan hukou."""
    said, set_ = hotline_turn(text, lang, **JINAN_CALLER_1)
    assert "600" not in said and "800" not in said, said
    assert "2029" not in said, said
    if lang == "zh":
        assert "逐步建立" in said and "第(12)条" in said, said
        assert "济南户籍" not in said, said
    else:
        assert "gradually establish" in said and "clause (12)" in said, said
        assert "Jinan hukou" not in said, said
    assert set_["hotline_case"]["city"] == "beijing", set_
    assert set_["hotline_city"] == "beijing", set_


# ------------------------------------- 2. a caller named back gets its own case (52 item 3)
# After "caller 1: Jinan hukou, 2nd child born 2023.5, no hardship. caller 2: Jinan, 3rd child
# born Oct 2025, mother on unemployment benefit at the birth": caller 2's case kept, caller
# 1's behind it, the subsidy of Jinan clause 12 discussed.
CALLER_1_OF_2023: dict[str, Any] = {
    "caller_no": 1,
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [child(None), child("2023-05-01", hardship_at_birth=False)],
    "children_count": 2,
}
CALLER_2_ON_BENEFIT: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy",
    "hotline_case": {
        "caller_no": 2,
        "city": "jinan",
        "children_partial": [child(None), child(None), child("2025-10-01", hardship_at_birth=True)],
        "children_count": 3,
        "previous_case": CALLER_1_OF_2023,
    },
    "hotline_birth": "2025-10",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("and caller 1?", "en"),
        ("what about caller 1?", "en"),
        ("caller 1: is she still getting the 600 now?", "en"),
        ("and the first caller?", "en"),
        ("那来电1呢", "zh"),
        ("第一个来电呢 现在还能领吗", "zh"),
    ],
)
def test_caller_1_named_back_is_answered_from_caller_1_s_case(text: str, lang: str) -> None:
    """Jinan clause 12: caller 1's 2nd child, born May 2023 with no benefit at the birth, got
    600 a month until it turned 3 on 1 May 2026: it has ended. Never caller 2's 800 or its
    October 2028, nor clause 12's bare text."""
    said, set_ = hotline_turn(text, lang, **CALLER_2_ON_BENEFIT)
    assert "800" not in said and "2028" not in said, said
    if lang == "zh":
        assert "600元" in said and "2026年5月1日" in said and "停发" in said, said
        assert "第12条" in said and "每孩每月发放" not in said, said
    else:
        assert "600 yuan" in said and "1 May 2026" in said and "stopped" in said, said
        assert "clause 12" in said and "per month per child" not in said, said
    assert set_["hotline_case"]["caller_no"] == 1, set_


@pytest.mark.parametrize(
    ("text", "lang"),
    [("and caller 2 again, until when?", "en"), ("第二个来电的呢 到什么时候", "zh")],
)
def test_caller_2_named_back_after_caller_1_gets_its_own_800(text: str, lang: str) -> None:
    """Clause 12: caller 2's 3rd child, born October 2025 while the mother was on
    unemployment benefit, gets 600 + 200 = 800 a month until 1 October 2028."""
    slots = {
        **CALLER_2_ON_BENEFIT,
        "hotline_case": {
            **CALLER_1_OF_2023,
            "previous_case": {
                k: v for k, v in CALLER_2_ON_BENEFIT["hotline_case"].items() if k != "previous_case"
            },
            "named_back": True,
        },
        "hotline_birth": "2023-05",
    }
    said, set_ = hotline_turn(text, lang, **slots)
    if lang == "zh":
        assert "800元" in said and "2028年10月1日" in said and "第12条" in said, said
    else:
        assert "800 yuan" in said and "1 Oct 2028" in said and "clause 12" in said, said
    assert "2026" not in said, said
    assert set_["hotline_case"]["caller_no"] == 2, set_
