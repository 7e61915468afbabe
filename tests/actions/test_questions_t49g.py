"""Tester rounds 47 and 48, dialogue flow and length (fix-t49g). Each test: the family or the
hotline case known so far (the slots), what the citizen or the worker wrote, what the reply
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


# ------------------------------------------ 1. hotline: a caller's family told afresh (48 P2b)
# The call before: a Jinan caller whose 3rd child was born in August 2024, one housing-fund payer.
THIRD_OF_2024: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.housing_fund_loan_multi_child",
    "hotline_case": {
        "city": "jinan",
        "housing_fund_contributors": 1,
        "buying_first_home": True,
        "children_partial": [child(None), child(None), child("2024-08-01")],
        "children_count": 3,
    },
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "one more: caller moved hukou to jinan last month, baby 2nd child born 2026.6, "
            "can they get the 600 from birth or only from now?",
            "en",
        ),
        (
            "the caller has 2 kids, the 2nd was born june 2026, they moved hukou here last "
            "month. does the 600 start from birth?",
            "en",
        ),
        ("还有一个 来电户口上个月刚迁到济南 二孩2026年6月出生 600是从出生开始发还是从现在", "zh"),
        ("这位来电家里两个孩子 老二2026年6月生的 户口上个月才迁来济南 从哪个月开始发", "zh"),
    ],
)
def test_a_caller_told_afresh_is_a_new_case_and_the_start_month_is_the_plans_silence(
    text: str, lang: str
) -> None:
    """Jinan clause 12: 600 a month to a 2nd child's 3rd birthday, for Jinan hukou. The baby is
    the new caller's 2nd child (until June 2029), not a 3rd beside the call before's child of
    August 2024; the reply says in one line that a new case starts. From birth or from the
    move: the plan does not say whether months before the move are paid; the lead department
    (the Health Commission) decides. Said once, not twice."""
    said, set_ = hotline_turn(text, lang, **THIRD_OF_2024)
    born = [c.get("birth_date") for c in set_["hotline_case"]["children_partial"]]
    assert born == [None, "2026-06-01"], set_
    if lang == "zh":
        assert said.startswith("新来电"), said
        assert "（第2个孩子）" in said and "（第3个孩子）" not in said, said
        assert "这是第3个孩子" not in said and "开始发。）" not in said, said
        assert "2029年6月" in said and "第12条" in said, said
        assert said.count("迁入以前的月份") == 1, said
        assert "济南市卫生健康委员会" in said, said
    else:
        assert said.startswith("New caller"), said
        assert "Child 2" in said and "Child 3" not in said, said
        assert "Jun 2029" in said and "clause 12" in said, said
        assert said.count("months before the") == 1, said
        assert "Municipal Health Commission" in said, said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("caller's 2nd child was born may 2022, 1st in 2019. do they get the 600?", "en"),
        ("来电 老大2019年 老二2022年5月生的 能领600吗", "zh"),
    ],
)
def test_a_family_that_may_be_the_same_callers_is_asked_about(text: str, lang: str) -> None:
    """Children that fit the case (a 1st and 2nd born before its 3rd of August 2024) may be the
    same caller's or another's: the answer is given, and the worker is asked whether it is the
    same caller (clause 12: the 2nd child of May 2022 was born before 2023 and gets nothing)."""
    said, _ = hotline_turn(text, lang, **THIRD_OF_2024)
    assert ("同一位来电吗" if lang == "zh" else "Same caller") in said, said
    assert not said.startswith(("新来电", "New caller")), said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("caller's 3rd child born august 2024, until when is the 600 paid?", "en"),
        ("来电的孩子是2024年8月15号生的 补贴到哪天", "zh"),
        ("caller asks: does the loan ceiling change if they buy a second home?", "en"),
    ],
)
def test_the_same_callers_family_is_no_new_case(text: str, lang: str) -> None:
    """The case's own 3rd child (August 2024) told again, or no child told: the same case,
    nothing said of a new caller, no question about it."""
    said, set_ = hotline_turn(text, lang, **THIRD_OF_2024)
    for line in ("新来电", "New caller", "同一位来电吗", "Same caller"):
        assert line not in said, said
    case = set_.get("hotline_case", THIRD_OF_2024["hotline_case"])
    assert "2024-08" in str(case), case
