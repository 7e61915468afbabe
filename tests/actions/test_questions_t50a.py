"""Tester round 49, hotline (fix-t50a). Each test: the hotline case known so far (the slots),
what the worker wrote, what the reply must and must not say, and the clause. Today is
1 December 2026 in China."""

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


# ------------------------------------- 1. a child born before clause 12's start (49 A1)
# The call before: a Jinan caller's 2nd child born September 2024 while on dibao, 800 discussed.
DIBAO_SECOND: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child(None), child("2024-09-01", hardship_at_birth=True)],
    },
    "hotline_birth": "2024-09",
}
# The next caller: a 3rd child born December 2022, nothing said of hardship.
THIRD_OF_DEC_2022: dict[str, Any] = {
    **DIBAO_SECOND,
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child(None), child(None), child("2022-12-01")],
        "children_count": 3,
    },
    "hotline_birth": "2022-12",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("到什么时候停", "zh"),
        ("那这个发到哪天", "zh"),
        ("until when is it paid?", "en"),
        ("what's the end date for this one", "en"),
    ],
)
def test_a_child_born_before_2023_never_had_the_money_so_it_never_stopped(
    text: str, lang: str
) -> None:
    """Jinan clause 12: 600 a month (and 200 more for a birth on dibao, special hardship
    support or unemployment benefit) only for 2nd and 3rd children born after 1 January 2023.
    A 3rd child born December 2022 never qualified: the end date asked is answered with no,
    and why; never "stopped" for money never paid, and no +200 when no hardship was said."""
    said, _ = hotline_turn(text, lang, **THIRD_OF_DEC_2022)
    assert "第12条" in said or "clause 12" in said.lower(), said
    if lang == "zh":
        assert said.startswith("不能"), said
        assert "2023年1月1日" in said and "2022年12月" in said, said
        assert "停发" not in said and "困难家庭加发" not in said, said
    else:
        assert said.startswith("No"), said
        assert "1 Jan 2023" in said, said
        assert "December 2022" in said, said
        assert "stopped" not in said and "hardship supplement" not in said.lower(), said


def test_the_200_is_not_the_end_asked_of_a_child_whose_birth_had_no_hardship() -> None:
    """Clause 12: a Jinan 2nd child born March 2025, no hardship said, the 200 discussed
    before (another caller's). 发到哪天: the 600's end (1 March 2028), not the supplement's."""
    slots = {
        **DIBAO_SECOND,
        "hotline_case": {
            "city": "jinan",
            "hukou_in_city": True,
            "children_partial": [child(None), child("2025-03-01")],
        },
        "hotline_birth": "2025-03",
    }
    said, _ = hotline_turn("那发到哪天", "zh", **slots)
    assert "2028年3月1日" in said and "第12条" in said, said
    assert "困难家庭加发" not in said, said
