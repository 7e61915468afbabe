"""Tester rounds 49 and 50: replies short enough for a phone, nothing said twice (fix-t51f).
Each test: the family or the caller's case known so far (the slots), what was written, what
the reply must and must not say, and the clause. A conversation carries the slots each turn
sets (the lines of clause text already read among them). Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, make_tracker, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str | None, precision: str | None = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision if born else None, "height_cm": None, **more}


async def asked(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """One question answered: the reply, and the slots after it (all of them carried on)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    after = dict(slots)
    after.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
    return texts(dispatcher), after


# ---------------------------------------------------------------------------------------------
# 1. Tester 49 E1, tester 50 P26 (c02 T4): a figure put back on a follow-up gets 对 and one line
# with the figure and the clause, not clause 12's text pasted again.
JINAN_CLAUSE_12 = {
    "zh": (
        "具有济南户籍、按政策生育的二孩、三孩家庭",
        "在享受低保、特困供养或领取失业保险金期间生育的",
    ),
    "en": ("Families with Jinan household registration", "Families who gave birth while receiving"),
}
# The hotline's first caller: a Jinan 3rd child born October 2025 while on dibao.
DIBAO_THIRD_CALLER: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child(None), child(None), child("2025-10-01", hardship_at_birth=True)],
        "children_count": 3,
    },
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那第一个来电的低保那个 800一个月 一共是28800是吧", "zh"),
        ("一个月800 三年一共28800对不对", "zh"),
        ("800 a month, so 28,800 in all right?", "en"),
    ],
)
async def test_the_callers_total_put_back_is_yes_and_one_line(text: str, lang: str) -> None:
    """Jinan clause 12: 600 + 200 a month for a 3rd child born on dibao, until it turns 3:
    800 x 36 = 28,800. Yes first, the sum and the clause; not the clause's text again."""
    said, _ = await asked(text, lang, **DIBAO_THIRD_CALLER)
    assert said.startswith("对" if lang == "zh" else "Yes"), said
    assert ("28,800元" if lang == "zh" else "28,800 yuan") in said, said
    assert ("第12条" if lang == "zh" else "clause 12") in said, said
    for rule in JINAN_CLAUSE_12[lang]:
        assert rule not in said, said
    assert len(said.split("\n")) <= 3, said


@pytest.mark.parametrize(
    ("first", "again", "lang"),
    [
        (
            "我是12345热线的 有个来电 济南的 老三去年十月生的 生的时候家里在领低保 问补贴多少",
            "一个月800 三年一共28800对不对",
            "zh",
        ),
        (
            "hotline here: a Jinan caller's 3rd child, born October 2025 on dibao. how much?",
            "so 800 a month, 28,800 in total right?",
            "en",
        ),
    ],
)
async def test_a_total_confirmed_after_the_clause_was_read_is_one_line(
    first: str, again: str, lang: str
) -> None:
    """The clause 12 text read with the first answer is not pasted under the yes; asked for the
    wording, it is given again."""
    told, kept = await asked(first, lang)
    assert any(rule in told for rule in JINAN_CLAUSE_12[lang]), told
    said, kept = await asked(again, lang, **kept)
    assert said.startswith("对" if lang == "zh" else "Yes"), said
    assert ("28,800元" if lang == "zh" else "28,800 yuan") in said, said
    assert ("第12条" if lang == "zh" else "clause 12") in said, said
    for rule in JINAN_CLAUSE_12[lang]:
        assert rule not in said, said
    assert "牵头部门" not in said and "Lead department" not in said, said
    wording, _ = await asked(
        "第12条原文是什么" if lang == "zh" else "quote clause 12", lang, **kept
    )
    assert any(rule.lower() in wording.lower() for rule in JINAN_CLAUSE_12[lang]), wording


async def test_a_total_put_back_first_keeps_its_conditions() -> None:
    """Asked first, before any clause text was read: the yes with its conditions (clause 12)."""
    said, _ = await asked("一个月800 三年一共28800对不对", "zh", hotline_city="jinan")
    assert said.startswith("对"), said
    for rule in JINAN_CLAUSE_12["zh"]:
        assert rule in said, said


# ---------------------------------------------------------------------------------------------
# 2. Tester 49 E2 (c03, c06, c10): "（出生日期只知道年月，按当月1日计算…）" after every child and
# on every turn. Said once a reply, and once a conversation unless the dates it is about change.
MONTH_ONLY = {"zh": "只知道年月", "en": "known to the month only"}


@pytest.mark.parametrize(
    ("turns", "lang"),
    [
        (
            (
                "我是12345热线的 帮来电人问下 济南户口 老二24年9月生的 生的时候家里在领低保 每月能拿多少",
                "那到什么时候停",
                "下一个来电 济南户口 老二25年3月生的 生的时候在领低保 每月多少 到哪天停",
            ),
            "zh",
        ),
        (
            (
                "hotline: Jinan hukou caller, 2nd child born September 2024 while on dibao. "
                "how much a month?",
                "until when is it paid?",
                "next caller: Jinan hukou, 2nd child born March 2025 while on dibao. how much a "
                "month and until when?",
            ),
            "en",
        ),
    ],
)
async def test_the_month_only_note_is_said_once_until_the_dates_change(
    turns: tuple[str, str, str], lang: str
) -> None:
    """Jinan clause 12, paid until the child turns 3: an end date of a birth told to the month
    is counted from the 1st. The note goes with the first answer, not with the next one about
    the same child; a new caller's child born in another month gets it again."""
    first, again, other = turns
    said, kept = await asked(first, lang)
    assert said.count(MONTH_ONLY[lang]) == 1, said
    said, kept = await asked(again, lang, **kept)
    assert ("2027年9月1日" if lang == "zh" else "1 Sep 2027") in said, said
    assert MONTH_ONLY[lang] not in said, said
    said, _ = await asked(other, lang, **kept)
    assert ("2028年3月1日" if lang == "zh" else "1 Mar 2028") in said, said
    assert said.count(MONTH_ONLY[lang]) == 1, said


@pytest.mark.parametrize(
    ("text", "lang"),
    [("那这俩孩子到哪天停", "zh"), ("until when is it paid for the twins?", "en")],
)
async def test_twins_told_to_the_month_get_the_note_once(text: str, lang: str) -> None:
    """Twins born March 2025 (2nd and 3rd children), 600 a month each until 3 (clause 12): the
    end date for each, the month-only note once."""
    case = {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child("2020-06-01"), child("2025-03-01"), child("2025-03-01")],
        "children_count": 3,
    }
    said, _ = await asked(
        text,
        lang,
        hotline_city="jinan",
        hotline_case=case,
        topic_entry="jinan.childcare_subsidy",
        reply_brief=True,
    )
    assert ("2028年3月1日" if lang == "zh" else "1 Mar 2028") in said, said
    assert said.count(MONTH_ONLY[lang]) == 1, said
