"""Tester rounds 49 and 50: replies short enough for a phone, nothing said twice (fix-t51f).
Each test: the family or the caller's case known so far (the slots), what was written, what
the reply must and must not say, and the clause. A conversation carries the slots each turn
sets (the lines of clause text already read among them). Today is 1 December 2026 in China."""

import re
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.test_questions_t50e import FORM_PATHS, one_turn

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


# ---------------------------------------------------------------------------------------------
# 3 (part). Tester 50 P24 (c06 T1): "北京有没有育儿补贴" opened "不能。"; a 有没有 question gets
# 有 / 没有.
async def test_a_have_or_not_question_in_beijing_opens_with_no() -> None:
    """Beijing clause (12): a family upbringing subsidy system is to be gradually established,
    with no recipients or amount; Beijing's plan has no child insurance subsidy (Jinan 15's)."""
    family = {
        "city": "beijing",
        "result_shown": True,
        "children": [child("2020-06-01", approx="6"), child("2026-11-01", approx="刚满月")],
    }
    for text in ("北京有没有育儿补贴", "北京有没有育儿补贴 孩子上医保有补贴吗"):
        said, _ = await asked(text, "zh", **family)
        assert said.startswith("没有"), said
        assert not said.startswith("不能"), said
        assert "第(12)条" in said or "第(4)条" in said, said


# ---------------------------------------------------------------------------------------------
# 5. Tester 50 P25 (c03): a grandmother of a 2nd child born May 2023 asks about the long-term
# care insurance: "不确定。…这一项给第2个、第3个孩子，这是第2个孩子…". Clause 15 covers the
# grandparents of a 2nd or 3rd child born from 1 January 2023 who join: that year's personal
# contribution paid in full. Yes first, then the plan's silence on the year and a date to join
# by, and the lead department.
GRANDDAUGHTER_MAY_2023: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "children_partial": [child(None), child("2023-05-01")],
}


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        ("行 那我们老两口参加长护险能补贴吗 我们也是济南户口", "zh", "可以。"),
        ("孩子姥姥姥爷交长期护理保险能免吗", "zh", "可以。"),
        ("爷爷奶奶长护险有没有补贴", "zh", "有。"),
        (
            "can the grandparents get their long-term care insurance contribution paid?",
            "en",
            "Yes.",
        ),
    ],
)
async def test_the_grandparents_of_a_second_child_born_2023_are_covered(
    text: str, lang: str, opening: str
) -> None:
    said, _ = await asked(text, lang, **GRANDDAUGHTER_MAY_2023)
    assert said.startswith(opening), said
    for words in {
        "zh": (
            "第2个孩子出生于2023年5月",
            "当年个人缴费",
            "未写是哪一年",
            "济南市医疗保障局",
            "第15条",
        ),
        "en": (
            "born in May 2023",
            "does not say which year",
            "Health Insurance Bureau",
            "clause 15",
        ),
    }[lang]:
        assert words in said, (words, said)
    for wrong in ("不确定", "这一项给第2个", "Not certain", "It is for the 2nd"):
        assert wrong not in said, said


async def test_a_first_child_only_still_gets_no() -> None:
    """Clause 15 covers only a 2nd or 3rd child's grandparents: an only child born 2022, no."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "children": [child("2022-06-01")],
    }
    said, _ = await asked("孩子奶奶想交长期护理保险 能不能免", "zh", **family)
    assert said.startswith("不能"), said


# ---------------------------------------------------------------------------------------------
# 3. Tester 50 P24 (e10, c06): Beijing's clause (12) only says a family upbringing subsidy system
# is to be gradually established; no recipients, no amount. "What money do we get?" opens with
# that plainly; "So no cash at all in Beijing?" gets "No." and one line, not the same point
# three times over two bubbles.
BEIJING_TWO: dict[str, Any] = {
    "city": "beijing",
    "result_shown": True,
    "children": [child("2019-06-01", approx="7"), child("2023-06-01", approx="3")],
}
SAID_NO_AMOUNT = re.compile(
    r"no (?:cash )?amount|no recipients|没有写?(?:任何)?金额|补贴对象和金额"
)


async def whole_turn(text: str, lang: str, **slots: Any) -> list[str]:
    """The bubbles of a question's turn: the answer, the form reading what it told, the result."""
    bubbles, _ = await one_turn(
        text, "ask_policy", FORM_PATHS["ask_policy"], **slots, language=lang
    )
    return [b for b in bubbles if b != str(slots.get("offer_line"))]


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        ("So no cash at all in Beijing?", "en", "No"),
        ("our first is 7. So no cash at all in Beijing?", "en", "No"),
        ("is there really no money in Beijing?", "en", "No"),
        ("那北京就是一分钱都没有？", "zh", "对"),
    ],
)
async def test_no_cash_in_beijing_is_said_once(text: str, lang: str, opening: str) -> None:
    bubbles = await whole_turn(text, lang, **BEIJING_TWO)
    reply = "\n".join(bubbles)
    assert bubbles[0].startswith(opening), bubbles
    assert "clause (12)" in reply or "第(12)条" in reply, reply
    assert len(SAID_NO_AMOUNT.findall(reply)) == 1, reply
    assert "Yes, that's right" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Beijing family here, our second baby came in 2023, she's 3 now. What money do we get?",
            "en",
        ),
        ("北京的 二宝2023年生的 现在3岁 能领什么钱", "zh"),
    ],
)
async def test_what_money_in_beijing_opens_with_no_cash_amounts(text: str, lang: str) -> None:
    bubbles = await whole_turn(text, lang)
    reply = "\n".join(bubbles)
    answer = next(b for b in bubbles if "(12)" in b)
    assert answer.startswith(
        "The Beijing plan gives no cash amounts" if lang == "en" else "北京的方案没有发钱的补贴"
    ), bubbles
    assert len(SAID_NO_AMOUNT.findall(reply)) == 1, reply
    assert "For your family" not in reply and "按您家的情况" not in reply, reply


# ---------------------------------------------------------------------------------------------
# 6. Tester 49 E5 (c08): a Beijing family, 7 and 3 years old and a 3rd due March 2027. "Free buses
# and subways … (child 3)" was listed as something they can get now, and the under-3 tax
# deduction too, though both start only with the 3rd's birth (Beijing clause (12)).
BEIJING_THIRD_DUE: dict[str, Any] = {
    "city": "beijing",
    "renting": True,
    "owns_home_in_city": False,
    "children": [
        child("2019-06-01", approx="7"),
        child("2023-06-01", approx="3"),
        child("2027-03-01", approx="6个月", expected=True),
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "after"),
    [
        ("What do we get? we rent, no home in Beijing", "en", "child 3, after the birth)"),
        ("我们能享受什么 租房住 在北京没房", "zh", "第3个孩子，出生后）"),
    ],
)
async def test_items_starting_at_a_birth_to_come_say_so(text: str, lang: str, after: str) -> None:
    bubbles, _ = await one_turn(
        text, "inform", FORM_PATHS["inform"], **BEIJING_THIRD_DUE, language=lang
    )
    listed = next(b for b in bubbles if "Beijing's plan" in b or "按北京的政策" in b)
    assert after in listed, listed
