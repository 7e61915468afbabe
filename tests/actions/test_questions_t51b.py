"""Tester round 50, hotline mode (fix-t51b): several callers, each with its own city and facts.
Each test: the hotline case known so far (the slots), what the worker wrote, what the reply
must and must not say, and the clause. Today is 1 December 2026 in China."""

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


# ------------------------------------- 1. a date inside a confirmation (50 P04)
# The last caller of e08: a Jinan dad, twins born June 2025 beside an older child (4), the
# family on dibao at the birth, Jinan hukou said.
TWINS_ON_DIBAO: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            child(None),
            child("2025-06-01", hardship_at_birth=True),
            child("2025-06-01", hardship_at_birth=True),
        ],
    },
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("so 1600 a month total until June 2028, right? and the older one gets nothing?", "en"),
        ("1,600 a month in total till 2028.6, correct? the eldest gets nothing?", "en"),
        ("两个一共一个月1600 到2028年6月 对吧 老大没有吧", "zh"),
        ("合计1600一个月 发到28年6月是吧 大的那个没有吧", "zh"),
    ],
)
def test_a_right_sum_and_end_date_put_back_are_confirmed_and_the_eldest_answered(
    text: str, lang: str
) -> None:
    """Jinan clause 12: the twins are the 2nd and 3rd child, each 600 + 200 (dibao at the
    birth) = 800 a month until they turn 3 on 1 June 2028: 1,600 a month together. The worker
    has it right: yes first, never the year 2028 taken for 2,028 yuan. The eldest asked about
    gets nothing: clause 12 is for 2nd and 3rd children only."""
    said, _ = hotline_turn(text, lang, **TWINS_ON_DIBAO)
    if lang == "zh":
        assert said.startswith("对"), said
        assert "2,028" not in said and "不对" not in said, said
        assert "1,600元" in said and "2028年6月1日" in said and "第12条" in said, said
        assert "老大没有" in said, said
    else:
        assert said.startswith("Yes"), said
        assert "2,028" not in said and "No" not in said.split("\n")[0][:3], said
        assert "1,600 yuan" in said and "1 Jun 2028" in said and "clause 12" in said, said
        assert "not the eldest" in said.lower() or "not child 1" in said.lower(), said


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("so 1600 a month until June 2027, right?", "en", "June 2027"),
        ("一个月合计1600 到27年6月对吧", "zh", "2027年6月"),
        ("so 1200 a month total until June 2028, right?", "en", "1,200"),
    ],
)
def test_a_wrong_end_date_or_sum_put_back_is_named(text: str, lang: str, wrong: str) -> None:
    """Clause 12 as above: the end is 1 June 2028 and the sum 1,600 a month. A wrong end or a
    wrong sum put back gets no, with the one that is wrong named and the right one given."""
    said, _ = hotline_turn(text, lang, **TWINS_ON_DIBAO)
    assert said.startswith("不对" if lang == "zh" else "No"), said
    assert wrong in said.split("\n")[0], said
    assert ("2028年6月1日" if lang == "zh" else "1 Jun 2028") in said, said
