"""Tester 42's hotline items (fix-t43c). Each test: the hotline case known so far (the slots),
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


def child(born: str, precision: str = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision, "height_cm": None, **more}


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


# ------------------------------------------------ C8: a new caller's twins after an older child
# The call before: a Jinan family of 3 children, the youngest born Feb 2024, one parent paying
# into the housing fund, the loan ceiling discussed (clause 14).
HOUSING_CALL: dict[str, Any] = {
    **JINAN_HOTLINE,
    "topic_entry": "jinan.housing_fund_loan_limit",
    "hotline_birth": "2024-02",
    "hotline_case": {
        "city": "jinan",
        "children_partial": [child(None, None), child(None, None), child("2024-02-01")],  # type: ignore[arg-type]
        "children_count": 3,
        "housing_fund_contributors": 1,
    },
}


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        (
            "new caller: twins born july 2024 in jinan plus an older kid. does each twin get "
            "600? and from when",
            "en",
            "1 Jul 2027",
        ),
        (
            "no, new caller, not about housing. twins born 2024 in jinan + an older kid. "
            "childcare subsidy per twin?",
            "en",
            "2027",
        ),
        (
            "下一个来电 济南 2024年7月生了双胞胎 还有个老大 每个双胞胎都能领600吗 从什么时候开始",
            "zh",
            "2027年7月1日",
        ),
        ("新来电：老大2019年生的，2024年7月又生了双胞胎，每个孩子600吗", "zh", "2027年7月1日"),
    ],
)
def test_a_new_callers_twins_after_an_older_child_get_600_each(
    text: str, lang: str, end: str
) -> None:
    """Jinan clause 12: 600 a month per 2nd or 3rd child, to age 3, for a family with Jinan
    hukou. Twins after an older child are the 2nd and 3rd child: yes, 600 each, 1,200 together,
    until they turn 3; never the call before's housing loan (clause 14). Asked from when: the
    plan does not say from which month it starts."""
    said, set_ = hotline_turn(text, lang, **HOUSING_CALL)
    if lang == "zh":
        assert said.startswith("能。"), said
        for part in ("第2个、第3个孩子", "每月600元", "1,200元", "第12条", "济南户籍", end):
            assert part in said, (part, said)
        assert "第14条" not in said and "贷款" not in said, said
    else:
        assert said.startswith("Yes"), said
        for part in ("2nd and 3rd", "600 yuan a month", "1,200", "clause 12", "Jinan", end):
            assert part in said, (part, said)
        assert "clause 14" not in said and "loan" not in said, said
    if "from when" in text or "从什么时候" in text:
        assert "from which month" in said or "从哪个月开始" in said, said
    case = set_["hotline_case"]
    children = case.get("children_partial") or case.get("children")
    assert len(children) == 3 and children[0].get("birth_date") != "2024-02-01", case
    assert "housing_fund_contributors" not in case, case


# ------------------------------------------------ C9: twins at a first birth, a Jinan figure
@pytest.mark.parametrize(
    ("text", "lang", "before"),
    [
        ("市民问 双胞胎算二孩还是算一孩 第一胎就是双胞胎能领600吗", "zh", "beijing"),
        ("我问的是济南 第一胎就生了双胞胎 能领600吗", "zh", "beijing"),
        ("头胎是双胞胎 育儿补贴能领吗", "zh", "jinan"),
        ("caller's first birth was twins, do they get the 600 for the second twin?", "en", "jinan"),
        ("twins were their first kids, born 2025. any childcare subsidy?", "en", "jinan"),
    ],
)
def test_twins_at_a_first_birth_get_the_plans_silence_not_a_flat_no(
    text: str, lang: str, before: str
) -> None:
    """Jinan clause 12 pays the 2nd and 3rd child and says nothing of twins born at a first
    birth. The 600 is Jinan's figure, so a worker who last asked about Beijing is answered for
    Jinan; the answer says what clause 12 names, that it is silent on such twins, and the lead
    department; never a flat no, never Beijing's card."""
    slots = {"hotline_city": before, "reply_brief": True, "hotline_case": {"city": before}}
    said, set_ = hotline_turn(text, lang, **slots)
    assert not said.startswith(("不能", "No")), said
    assert "北京" not in said and "Beijing" not in said, said
    if lang == "zh":
        for part in ("第12条", "二孩、三孩", "第一胎就生双胞胎", "济南市卫生健康委员会"):
            assert part in said, (part, said)
    else:
        for part in ("Clause 12", "2nd and 3rd", "first birth", "Municipal Health Commission"):
            assert part in said, (part, said)
    assert set_["hotline_city"] == "jinan", set_


# ------------------------------------------------ D22: the employer's days beside the plan's
@pytest.mark.parametrize(
    ("text", "lang", "told", "plan"),
    [
        ("陪产假多少天 市民说单位只给7天", "zh", "7天", "不少于15天"),
        ("市民说单位只给了5天陪产假 合法吗", "zh", "5天", "不少于15天"),
        (
            "paternity leave, caller says employer only gives 7 days. is that ok?",
            "en",
            "7 days",
            "at least 15 days",
        ),
        ("育儿假 市民说公司一年只给5天", "zh", "5天", "每人每年不少于10天"),
    ],
)
def test_an_employers_days_below_the_plans_minimum_are_said_to_fall_short(
    text: str, lang: str, told: str, plan: str
) -> None:
    """Jinan clause 11: paternity leave of at least 15 days, parental leave of at least 10
    days a year for each parent. An employer's fewer days are said plainly to fall short of
    the plan, with the clause; the plan names no place for complaints, so none is named but the
    lead department; a Jinan case never gets Beijing's leave card."""
    said, _ = hotline_turn(text, lang, **JINAN_HOTLINE)
    assert said.startswith("不够" if lang == "zh" else "No"), said
    assert told in said and plan in said, said
    assert ("第11条" if lang == "zh" else "clause 11") in said, said
    assert "北京" not in said and "Beijing" not in said, said
    assert "人力资源" not in said and "Human Resources" not in said, said


def test_an_employers_days_that_meet_the_plan_are_said_to_meet_it() -> None:
    """Clause 11's at least 15 days: an employer's 20 days meet it."""
    said, _ = hotline_turn("市民说单位给了20天陪产假 够不够", "zh", **JINAN_HOTLINE)
    assert said.startswith("够。"), said
    assert "不少于15天" in said and "第11条" in said, said


def test_another_leaves_days_are_not_taken_for_the_employers_short_days() -> None:
    """'单位给了158天产假' is maternity leave's own 158 days (clause 11), not paternity leave
    cut short: no verdict on paternity leave from it."""
    said, _ = hotline_turn("我单位给了158天产假 陪产假多少天", "zh", **JINAN_HOTLINE)
    assert not said.startswith(("够", "不够")), said
    assert "15天" in said, said
