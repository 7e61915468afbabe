"""Tester rounds 51 and 52, hotline mode (fix-t53f): callers the worker letters ("A) … B) …",
"caller B again") are kept apart exactly like numbered ones, and a caller's lead department
stays inside its own block. Each test: the hotline case known so far (the slots), what the
worker wrote, what the reply must and must not say, and the clause. Today is 1 December 2026
in China."""

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


# ------------------------------------- 1. lettered callers (51 A1/D7, c10)
# Nothing known yet; the worker opens hotline mode with two lettered callers. Caller A: Jinan
# hukou, 2nd child born 15 March 2024 while the mother was on unemployment benefit. Caller B:
# Jinan hukou, 1st child born January 2025.
@pytest.mark.parametrize(
    ("text", "lang", "a", "b"),
    [
        (
            "hotline here, two callers: A) jinan hukou, 2nd child born 2024-03-15, mom was on "
            "unemployment benefit then. B) jinan hukou, first child born jan 2025. what do they "
            "get each?",
            "en",
            "Caller A:",
            "Caller B:",
        ),
        (
            "hotline, two callers. caller a) jinan hukou, 2nd child born 2024-03-15, mother on "
            "unemployment benefit at the birth; caller b) jinan hukou, 1st child born jan 2025. "
            "how much each?",
            "en",
            "Caller A:",
            "Caller B:",
        ),
        (
            "热线 两个来电：来电A：济南户口，老二2024年3月15日出生，生的时候妈妈在领失业金。"
            "来电B：济南户口，老大2025年1月出生。各能领多少",
            "zh",
            "来电A：",
            "来电B：",
        ),
        (
            "hotline, two callers. A: jinan hukou, 2nd child born 15 march 2024, mother on "
            "unemployment benefit at the birth. B: jinan hukou, first child born jan 2025. "
            "what does each get?",
            "en",
            "Caller A:",
            "Caller B:",
        ),
        (
            "热线 两个来电 甲：济南户口，老二2024年3月15日出生，生的时候妈妈在领失业金。"
            "乙：济南户口，老大2025年1月出生。各能领多少",
            "zh",
            "来电甲：",
            "来电乙：",
        ),
    ],
)
def test_two_lettered_callers_each_get_their_own_answer(
    text: str, lang: str, a: str, b: str
) -> None:
    """Jinan clause 12: caller A's 2nd child, born 15 March 2024 on unemployment benefit, gets
    600 + 200 = 800 a month until it turns 3 on 15 March 2027; caller B's only child gets no
    childcare subsidy (2nd or 3rd child only). Never B's January 2025 as A's child (end 2028)."""
    said, set_ = hotline_turn(text, lang)
    assert a in said and b in said and said.index(a) < said.index(b), said
    first, second = said.split(b, 1)
    assert "2028" not in said, said
    if lang == "zh":
        assert "800元" in first and "2027年3月15日" in first and "第12条" in first, said
        assert "600" not in second and "仅限第2个、第3个孩子" in second, said
    else:
        assert "800 yuan" in first and "15 Mar 2027" in first and "clause 12" in first, said
        assert "Only for the 2nd or 3rd child" in second, said
    assert set_["hotline_case"]["caller_no"] == 2, set_


# After that turn: caller B's case kept (one child, January 2025, Jinan hukou), caller A's
# behind it.
CALLER_A: dict[str, Any] = {
    "caller_no": 1,
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [child(None), child("2024-03-15", "day", hardship_at_birth=True)],
    "children_count": 2,
}
CALLER_B: dict[str, Any] = {
    "caller_no": 2,
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [child("2025-01-01")],
    "children_count": 1,
}
B_KEPT: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy",
    "hotline_case": {**CALLER_B, "previous_case": CALLER_A},
    "hotline_birth": "2025-01",
}
A_KEPT: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy",
    "hotline_case": {**CALLER_A, "previous_case": CALLER_B},
    "hotline_birth": "2024-03-15",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("caller A only: monthly amount and end date?", "en"),
        ("back to caller A: how much a month and until when?", "en"),
        ("and caller A?", "en"),
        ("来电A呢 每月多少 领到什么时候", "zh"),
        ("A来电的呢 到什么时候", "zh"),
    ],
)
def test_caller_a_named_back_is_answered_from_caller_a_s_case(text: str, lang: str) -> None:
    """Clause 12: caller A's 2nd child (born 15 March 2024 on unemployment benefit) gets 800 a
    month until 15 March 2027; never caller B's first child or a 2028 end."""
    said, set_ = hotline_turn(text, lang, **B_KEPT)
    assert "2028" not in said, said
    if lang == "zh":
        assert "800元" in said and "2027年3月15日" in said and "第12条" in said, said
    else:
        assert "800 yuan" in said and "15 Mar 2027" in said and "clause 12" in said, said
        assert "New caller" not in said, said
    assert set_["hotline_case"]["caller_no"] == 1, set_


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "caller B again (jinan hukou, 1st child jan 2025): no cash, fine. what else can "
            "they use? keep it short",
            "en",
        ),
        ("caller B again: what else can they use?", "en"),
        ("来电B呢 还能享受什么", "zh"),
    ],
)
def test_one_child_caller_b_named_back_is_never_listed_a_subsidy(text: str, lang: str) -> None:
    """Jinan clause 12: the childcare subsidy is for the 2nd or 3rd child only; caller B has one
    child, so no 600, and none of the measures for families of several children; parental
    leave (clause 11) and the under-3 tax deduction (clause 12) remain."""
    said, set_ = hotline_turn(text, lang, **A_KEPT)
    assert "600" not in said and "800" not in said, said
    assert "15 Mar 2027" not in said and "2027年3月15日" not in said, said
    if lang == "zh":
        assert "育儿假" in said, said
    else:
        assert "Parental leave" in said and "+15 m²" not in said, said
        assert "child 2" not in said, said
    assert set_["hotline_case"]["caller_no"] == 2, set_


# ------------------------------------- 2. a measure's lead department inside its block (52 #12)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "hotline here. caller 1: Jinan hukou, 2nd child born 2023.5, no hardship. caller 2: "
            "Jinan, 3rd child born Oct 2025, mother was on unemployment benefit at the birth. how "
            "much each and until when?",
            "en",
        ),
        (
            "hotline here. Jinan hukou, 3rd child born Oct 2025, mother was on unemployment "
            "benefit at the birth. how much and until when?",
            "en",
        ),
        (
            "hotline here. caller 2: Jinan, 3rd child born Oct 2025, mother was on unemployment "
            "benefit at the birth. how much and until when?",
            "en",
        ),
        (
            "我是热线的。来电1：济南户口，老二2023年5月生的，家里没困难。来电2：济南，老三2025年10月"
            "生的，生的时候妈妈在领失业金。各自能领多少 领到什么时候",
            "zh",
        ),
    ],
)
def test_lead_department_stands_before_the_birth_month_note(text: str, lang: str) -> None:
    """Jinan clause 12's subsidy, led by the Municipal Health Commission: a birth told to the
    month only gets its note, after the measure's lines and its lead department, never a bare
    department line tacked on after the note."""
    said, _ = hotline_turn(text, lang)
    lines = [x.strip() for x in said.split("\n")]
    lead = (
        "牵头部门：济南市卫生健康委员会"
        if lang == "zh"
        else "Lead department: Municipal Health Commission"
    )
    note = "出生日期只知道年月" if lang == "zh" else "Birth known to the month only"
    assert lead in lines and any(note in x for x in lines), said
    for i, line in enumerate(lines):
        if line.startswith(("牵头部门：", "Lead department")):
            assert i > 0 and not lines[i - 1].startswith(("(", "（")), said
    first_note = next(i for i, x in enumerate(lines) if note in x)
    assert lines.index(lead) < first_note, said
