"""Tester 57's hotline round (fix-t57a): a worker on a live call types the caller's case and
questions. Each test: the hotline case known so far (the slots), what the worker wrote, what
the reply must and must not say, and the clause. Today is 3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.conftest import hotline_turn

TODAY = date(2026, 12, 3)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


# The worker has said 我是12345热线的 / "hotline here" and named no city yet.
HOTLINE: dict[str, Any] = {"hotline_city": "any", "reply_brief": True}


# ------------------------------------- 1. benefits that began after the birth: no 200
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("济南 二孩 2024年3月生 之前没领低保 2025年才领上的 能多领200吗", "zh"),
        ("济南户口 老二2024年3月出生，家里是2024年8月才开始领低保的，能多领200吗", "zh"),
        ("济南的 二孩去年5月出生 爸爸今年才开始领失业金 能不能多领200", "zh"),
        ("来电人济南户籍 老二2023年10月出生 2024年才办的低保 每个月能多领200吗", "zh"),
        ("济南 三孩 2025年1月出生 特困是孩子出生后才认定的 能多领200吗", "zh"),
        (
            "Jinan caller, 2nd child born March 2024, family started dibao in August 2024. "
            "does the +200 apply?",
            "en",
        ),
        (
            "jinan, 3rd child born 2023-11-02, dad went on unemployment benefit last year, "
            "does the extra 200 apply?",
            "en",
        ),
        (
            "jinan case: second kid born jan 2025, they only got dibao after the baby was born. +200?",
            "en",
        ),
    ],
)
def test_benefits_begun_after_the_birth_get_a_plain_no(text: str, lang: str) -> None:
    """Jinan clause 12 adds 200 a month only for a birth *during* dibao, special hardship
    support or unemployment benefits. Benefits that began after the birth: a plain no first,
    the clause and why, a sentence to read out; never the 800, nor the plan's silence on back
    pay (tester 57: "之前没领低保" is the benefits denied at the birth, not money unclaimed)."""
    said, _ = hotline_turn(text, lang, **HOTLINE)
    first = said.split("\n")[0]
    if lang == "zh":
        assert first.startswith("不能。按方案原文") and "第12条" in first, said
        assert "出生时不在领取期间" in first, said
        assert "补发" not in said and "800" not in said, said
        assert "可以这样念：“按济南方案第12条" in said and "所以不能加发" in said, said
    else:
        assert first.startswith("No, not under the plan's wording: clause 12"), said
        assert "does not apply" in first, said
        assert "back pay" not in said.lower() and "800" not in said, said
        assert 'You can read out: "Under clause 12 of the Jinan plan' in said, said


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        (
            "济南户口 老二2024年3月出生，家里是2024年8月才开始领低保的，能多领200吗",
            "zh",
            "2024年8月",
        ),
        ("济南 二孩 2024年3月生 之前没领低保 2025年才领上的 能多领200吗", "zh", "2025年"),
        (
            "Jinan caller, 2nd child born March 2024, family started dibao in August 2024. "
            "does the +200 apply?",
            "en",
            "August 2024",
        ),
    ],
)
def test_the_no_names_the_birth_and_the_start_told(text: str, lang: str, start: str) -> None:
    """The why is the caller's own facts: the birth's month and when the benefits began."""
    said, _ = hotline_turn(text, lang, **HOTLINE)
    assert start in said and ("2024年3月" in said or "March 2024" in said), said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("济南 老二2024年3月出生 2023年就开始领低保了 一直在领 能多领200吗", "zh"),
        ("jinan, 2nd child born march 2024, on dibao since 2022, does the +200 apply?", "en"),
    ],
)
def test_benefits_begun_before_the_birth_are_no_refusal(text: str, lang: str) -> None:
    """Benefits held since before the birth: the birth was during them, so no refusal."""
    said, _ = hotline_turn(text, lang, **HOTLINE)
    assert not said.startswith(("不能", "No.")), said
    assert "出生时不在领取期间" not in said and "began after" not in said, said


def test_money_not_claimed_is_still_a_back_pay_question() -> None:
    """ "之前没领的钱能补发吗" is money not claimed (the plan's silence on back pay), not
    benefits denied at the birth."""
    case = {
        **HOTLINE,
        "hotline_city": "jinan",
        "topic_entry": "jinan.childcare_subsidy",
        "hotline_case": {
            "city": "jinan",
            "hukou_in_city": True,
            "children_partial": [
                {"birth_date": None, "precision": None, "height_cm": None},
                {"birth_date": "2024-03-01", "precision": "month", "height_cm": None},
            ],
        },
    }
    said, _ = hotline_turn("之前没领的钱能补发吗", "zh", **case)
    assert "补发" in said, said


# ------------------------------------- 2. measures listed with only spaces between them
@pytest.mark.parametrize(
    ("text", "lang", "ids"),
    [
        ("产假多少天 公积金贷款最多多少", "zh", ("第11条", "第14条", "158天", "90万元")),
        ("产假 多少天 公积金贷款 最多多少", "zh", ("第11条", "第14条", "158天", "90万元")),
        ("济南 陪产假几天  育儿补贴每月多少", "zh", ("第11条", "第12条", "15天", "600元")),
        (
            "paternity leave days   loan ceiling",
            "en",
            ("clause 11", "clause 14", "15 days", "900,000"),
        ),
        (
            "jinan: maternity leave days  childcare subsidy per month",
            "en",
            ("clause 11", "clause 12", "158 days", "600 yuan"),
        ),
    ],
)
def test_each_measure_listed_is_answered_with_its_clause(
    text: str, lang: str, ids: tuple[str, ...]
) -> None:
    """Two measures typed with only spaces between them: each answered with its figure and
    clause (Jinan clauses 11, 12, 14), each with a sentence to read out; Jinan's loan ceiling
    makes the leave Jinan's, never Beijing's (12)."""
    said, _ = hotline_turn(text, lang, **HOTLINE)
    for part in ids:
        assert part in said, said
    assert said.count("可以这样念：" if lang == "zh" else "You can read out: ") == 2, said
    assert "北京" not in said and "Beijing" not in said, said


# ------------------------------------- 3. a sentence to read out
@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        ("济南 陪产假几天", "zh", "可以这样念：“按济南方案第11条，"),
        ("paternity leave in jinan?", "en", 'You can read out: "Under clause 11 of the Jinan plan'),
        (
            "济南 老二2024年3月出生 济南户口 每月能领多少",
            "zh",
            "可以这样念：“按济南方案第12条，第2个孩子每月600元，发到孩子满3周岁，即2027年3月1日。”",
        ),
        (
            "jinan 3rd child born 2025-02-10 on dibao at the birth, how much monthly?",
            "en",
            "Under clause 12 of the Jinan plan, 600 + 200 = 800 yuan a month",
        ),
    ],
)
def test_a_hotline_answer_ends_its_figure_with_a_sentence_to_read_out(
    text: str, lang: str, read: str
) -> None:
    """After the figure and its clause, one sentence the worker can read out: the case's own
    figure when the answer gives one (clause 12's 600, 800 with the birth on dibao), else the
    measure's rule; placed before the lead department."""
    said, _ = hotline_turn(text, lang, **HOTLINE)
    assert read in said, said
    lines = said.split("\n")
    at = next(i for i, x in enumerate(lines) if x.startswith(("可以这样念", "You can read out")))
    lead = [i for i, x in enumerate(lines) if x.startswith(("牵头部门", "Lead department"))]
    assert not lead or lead[0] > at, said


# ------------------------------------- 4. until what date the maternity leave runs
@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("济南 来电人孩子2026年10月5日出生 产假能休到哪天", "zh", "2027年3月11日"),
        ("济南 孩子2026年11月20日出生 能休到哪天", "zh", "2027年4月26日"),
        (
            "Jinan caller, baby born 5 Oct 2026, until what date can she be on maternity leave?",
            "en",
            "11 Mar 2027",
        ),
        ("jinan, baby born 2026-11-20, until what date can she be on leave", "en", "26 Apr 2027"),
    ],
)
def test_the_end_of_maternity_leave_is_dated_from_the_birth(text: str, lang: str, end: str) -> None:
    """Jinan clause 11: 158 days of maternity leave. The plan does not say which day is day 1:
    counted with the birth day as day 1, said so, and called an estimate per the text."""
    said, _ = hotline_turn(text, lang, **HOTLINE)
    assert end in said and ("158" in said) and ("第11条" in said or "clause 11" in said), said
    if lang == "zh":
        assert "出生当天" in said and "估计" in said and "可以这样念：" in said, said
    else:
        assert "day 1" in said and "estimate" in said and "You can read out: " in said, said


def test_the_end_asked_later_uses_the_case_s_birth() -> None:
    """ "能休到哪天" after the case's birth was told: that birth's 158 days."""
    case = {
        **HOTLINE,
        "hotline_city": "jinan",
        "hotline_birth": "2026-11-20",
        "hotline_case": {
            "city": "jinan",
            "children_partial": [
                {"birth_date": "2026-11-20", "precision": "day", "height_cm": None}
            ],
        },
    }
    said, _ = hotline_turn("能休到哪天", "zh", **case)
    assert "2027年4月26日" in said and "第11条" in said, said


def test_a_month_only_birth_says_its_end_is_counted_from_the_1st() -> None:
    said, _ = hotline_turn(
        "jinan, baby born in oct 2026, maternity leave until when?", "en", **HOTLINE
    )
    assert "7 Mar 2027" in said and "month only" in said, said


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        (
            "济南 三孩 两人交公积金 贷款最多多少",
            "zh",
            "可以这样念：“按济南方案第14条，您家3个孩子、2人缴存公积金",
        ),
        (
            "jinan, 3 kids, two pay into the housing fund, loan ceiling?",
            "en",
            "your family can borrow up to 1,000,000 yuan",
        ),
    ],
)
def test_a_case_s_loan_ceiling_is_read_out_to_the_caller_s_family(
    text: str, lang: str, read: str
) -> None:
    """Jinan clause 14: three children, two contributors, 1 million yuan. The case's answer
    reached by another route than the rule questions gets its sentence to read out too, said
    to the caller ("您家", "your family")."""
    said, _ = hotline_turn(text, lang, **HOTLINE)
    assert read in said and said.count("可以这样念" if lang == "zh" else "You can read out") == 1, (
        said
    )
