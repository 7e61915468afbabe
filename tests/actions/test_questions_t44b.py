"""Tester 43's hotline items (fix-t44b). Each test: the hotline case known so far (the slots),
what the worker wrote, what the reply must and must not say. Today is 1 December 2026 in
China."""

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
    return {"birth_date": born, "precision": precision, "height_cm": None, **more}


# The call before: a Jinan 2nd child born 12 March 2024 while the mother was on dibao, the
# hardship supplement discussed (clause 12).
DIBAO_CALL: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "hotline_birth": "2024-03-12",
    "hotline_case": {
        "city": "jinan",
        "children_partial": [child(None, None), child("2024-03-12", "day", hardship_at_birth=True)],
        "children_count": 2,
    },
}


# ------------------------------------------------ A1: a new caller's twins beside an older child
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ok thanks. next caller: jinan, twins born last month, they already have a 4 year "
            "old. how much for the twins?",
            "en",
        ),
        (
            "wait that's a different caller. new family: one 4 year old, and twins born in "
            "november 2026. how much a month for the twins and until when?",
            "en",
        ),
        ("下一个来电 济南 双胞胎上个月出生 家里还有个4岁的 双胞胎一个月多少钱", "zh"),
        ("好的 下一个来电：老大4岁，上个月生了双胞胎，双胞胎能领多少", "zh"),
    ],
)
def test_a_new_callers_twins_beside_an_older_child_are_the_2nd_and_3rd(
    text: str, lang: str
) -> None:
    """Jinan clause 12: 600 a month per 2nd or 3rd child until age 3, Jinan hukou. A new caller
    starts from an empty family: the twins born Nov 2026 beside a 4-year-old are the 2nd and
    3rd child, 600 each, 1,200 together, until Nov 2029. Never the call before's child (2024)
    or topic (the dibao supplement), the 4-year-old never counted twice, and "how much" is
    answered with the figure, not the insurance premium."""
    said, set_ = hotline_turn(text, lang, **DIBAO_CALL)
    if lang == "zh":
        for part in ("第2个、第3个孩子", "每月600元", "1,200元", "第12条", "2029年11月"):
            assert part in said, (part, said)
        assert "200元，直至" not in said and "医保" not in said and "2024" not in said, said
    else:
        for part in ("2nd and 3rd child", "600 yuan a month", "1,200 yuan", "clause 12", "2029"):
            assert part in said, (part, said)
        assert "additional 200" not in said and "insurance" not in said, said
        assert "2024" not in said and not said.startswith("Yes"), said
    case = set_["hotline_case"]
    children = case.get("children_partial") or case.get("children")
    assert len(children) == 3, case
    assert not any(str(c.get("birth_date") or "").startswith("2024") for c in children), case


# ------------------------------------------------ A2: an end date asked, never the dating measure
# The call so far: a Jinan 2nd child, the mother on dibao at the birth, the supplement discussed.
SECOND_ON_DIBAO: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "hotline_case": {
        "city": "jinan",
        "children_partial": [child(None, None), child("2026-11-12", "day", hardship_at_birth=True)],
        "children_count": 2,
    },
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("born 12th of march 2024. end date?", "en"),
        ("the child was born 12 March 2024, mum on dibao then. until when is the 800 paid?", "en"),
        ("二孩是2024年3月12日出生的 当时在领低保 800发到哪天", "zh"),
    ],
)
def test_an_end_date_asked_gives_the_cases_last_day(text: str, lang: str) -> None:
    """Jinan clause 12: the 600 and the 200 supplement run until the child reaches 3. The
    worker gives the birth, 12 March 2024, and asks the end date: the day is 12 March 2027,
    with the clause; "end date" never names the dating measure (clause 18)."""
    said, _ = hotline_turn(text, lang, **SECOND_ON_DIBAO)
    end = "2027年3月12日" if lang == "zh" else "12 Mar 2027"
    assert end in said, said
    assert ("第12条" if lang == "zh" else "clause 12") in said, said
    assert "Dating" not in said and "婚恋" not in said and "第18条" not in said, said


@pytest.mark.parametrize(
    "text", ["end date?", "what's the due date", "birth date 2024", "date of birth 2024-03-12"]
)
def test_a_date_of_a_day_never_names_the_dating_measure(text: str) -> None:
    """ "end date", "due date", "birth date", "date of birth": a day, not Jinan clause 18's
    dating activities."""
    from actions.focus import asked_measure

    entry = asked_measure(text, "jinan", "en")
    assert entry is None or entry.id != "jinan.marriage_guidance", entry
