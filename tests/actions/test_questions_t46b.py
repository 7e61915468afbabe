"""Tester 45's hotline items (fix-t46b). Each test: the case known so far (the slots), what the
worker wrote, what the reply must and must not say, with the clause. Today is 1 December 2026
in China."""

import asyncio
import re
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, hotline_turn, make_tracker, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str | None = None, precision: str | None = None, **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision, "height_cm": None, **more}


# Tester 45 c02 after T4: a Jinan caller with three children, the family's hukou moved to
# Jinan half a year ago, no dibao at 老二's birth, dibao at 老三's; the +200 discussed.
THREE_CHILDREN_CALL: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "hotline_case": {
        "city": "jinan",
        "children_partial": [
            child(),
            child(hardship_at_birth=False),
            child(hardship_at_birth=True),
        ],
        "children_count": 3,
        "hukou_in_city": True,
    },
}
# A new caller: only the city said, the 600 discussed.
NEW_CALL: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy",
    "hotline_case": {"city": "jinan"},
}


# ------------------------------------ 1: the parents' hukou in Jinan, the child's still elsewhere
CHILDS_HUKOU_ELSEWHERE = [
    ("我说的是那个600的基本补贴 孩子户口还在外地 爸妈户口在济南 能领不", "zh"),
    ("明白 那这个补贴要是孩子户口还没落 先落在老家 能领吗 市民问的", "zh"),
    ("孩子户口在老家 我们两口子都是济南户口 600能领吗", "zh"),
    ("市民说父母都是济南户口 宝宝户口还在临沂 育儿补贴能领不", "zh"),
    (
        "parents have Jinan hukou but the baby's hukou is still in another city, can they get "
        "the 600?",
        "en",
    ),
    (
        "the caller and her husband both have jinan hukou, the baby is registered in her "
        "hometown. does the baby get the 600?",
        "en",
    ),
]


def says_the_silence_on_the_childs_hukou(said: str, lang: str) -> None:
    """Jinan clause 12 gives the 600 to families "of the city's household registration"
    (具有济南户籍的…家庭); it says neither whose registration counts nor whether the child's own
    must already be in Jinan. Not a flat no: the silence, the clause, the lead department."""
    if lang == "zh":
        for part in ("具有济南户籍", "孩子", "第12条", "济南市卫生健康委员会", "户口"):
            assert part in said, (part, said)
        assert "没写" in said and ("落" in said or "登记" in said), said  # the silence; registering
        for wrong in ("不能", "不符合", "不在此列", "不能领"):
            assert wrong not in said, (wrong, said)
    else:
        for part in ("household registration", "clause 12", "Municipal Health Commission"):
            assert part in said, (part, said)
        assert "does not say" in said and "child" in said and "regist" in said, said
        assert not re.match(r"No\b", said), said
        for wrong in ("does not qualify", "not covered", "not eligible"):
            assert wrong not in said, (wrong, said)


@pytest.mark.parametrize(("text", "lang"), CHILDS_HUKOU_ELSEWHERE)
def test_the_childs_hukou_elsewhere_is_not_a_family_without_jinan_hukou(
    text: str, lang: str
) -> None:
    """Tester 45 c02 T5–T6: the caller's parents are Jinan hukou, the child's is still in the
    home town: "不能。…户口在外地的不符合" was wrong. The case's hukou is not set to "elsewhere"."""
    said, set_ = hotline_turn(text, lang, **THREE_CHILDREN_CALL)
    says_the_silence_on_the_childs_hukou(said, lang)
    case = set_.get("hotline_case") or THREE_CHILDREN_CALL["hotline_case"]
    assert case.get("hukou_in_city") is not False, case


@pytest.mark.parametrize(("text", "lang"), CHILDS_HUKOU_ELSEWHERE)
def test_a_new_callers_childs_hukou_elsewhere_gets_the_silence_too(text: str, lang: str) -> None:
    """The same question from a new caller of whom only the city is known."""
    said, set_ = hotline_turn(text, lang, **NEW_CALL)
    says_the_silence_on_the_childs_hukou(said, lang)
    case = set_.get("hotline_case") or NEW_CALL["hotline_case"]
    assert case.get("hukou_in_city") is not False, case


@pytest.mark.parametrize(("text", "lang"), CHILDS_HUKOU_ELSEWHERE[:1] + CHILDS_HUKOU_ELSEWHERE[4:5])
def test_a_citizen_whose_childs_hukou_is_elsewhere_gets_the_silence(text: str, lang: str) -> None:
    """A citizen (not the hotline) after the result: the same silence of clause 12."""
    tracker = make_tracker(
        text.replace("市民问的", ""),
        intent="ask_policy",
        language=lang,
        city="jinan",
        hukou_in_city=True,
        result_shown=True,
        topic_entry="jinan.childcare_subsidy",
        children=[child("2020-05-01", "month"), child("2024-03-01", "month")],
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN))
    says_the_silence_on_the_childs_hukou(texts(dispatcher), lang)


# ------------------------------ 2: 老二 born when not on dibao asks for the +200, hukou moved lately
# Tester 45 c02 after T1: three children, dibao at 老三's birth, the +200 discussed.
DIBAO_AT_THE_THIRD: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "hotline_case": {
        "city": "jinan",
        "children_partial": [child(), child(), child(hardship_at_birth=True)],
        "children_count": 3,
    },
}
SECOND_NOT_ON_DIBAO = [
    ("那这个要是户口刚迁过来半年的呢 还有生老二的时候没领低保 老二也能加200吗", "zh", True),
    (
        "我问的是两个事 一是户口刚迁来济南半年算不算济南户籍 二是老二出生时没低保 老三出生时有 "
        "老二能不能也加200",
        "zh",
        True,
    ),
    ("老二出生时没领低保 老二也能加200吗", "zh", False),
    ("生老二那会儿家里没低保 老二能不能多给200", "zh", False),
    (
        "what if the hukou only moved here 6 months ago? and they weren't on dibao when the 2nd "
        "was born, does the 2nd also get the extra 200?",
        "en",
        True,
    ),
    (
        "the 2nd was born when they were not on dibao. does the 2nd get the extra 200 too?",
        "en",
        False,
    ),
]


@pytest.mark.parametrize(("text", "lang", "moved"), SECOND_NOT_ON_DIBAO)
def test_the_200_follows_each_childs_own_birth_and_the_move_is_answered_too(
    text: str, lang: str, moved: bool
) -> None:
    """Jinan clause 12: the +200 is for a birth during dibao, 特困 support or unemployment
    benefit, so it follows each child's own birth: 老二, born when not on dibao, gets no +200,
    only the 600. A hukou moved in half a year ago, asked in the same message, gets the plan's
    silence on how long it must be held in the same reply. The refusal does not wait on 老二's
    birth date, so no "具体日期要看…目前还不知道" beside it."""
    said, _ = hotline_turn(text, lang, **DIBAO_AT_THE_THIRD)
    if lang == "zh":
        assert said.startswith("不能"), said
        for part in ("第2个孩子", "出生时", "600元", "第12条", "济南市卫生健康委员会"):
            assert part in said, (part, said)
        assert "目前还不知道" not in said and "具体日期要看" not in said, said
        if moved:
            assert "落户多久" in said, said
    else:
        assert said.startswith("No"), said
        for part in ("child 2", "own birth", "600 yuan", "clause 12", "Municipal Health"):
            assert part in said, (part, said)
        assert "not known yet" not in said and "depend on the birth date" not in said, said
        if moved:
            assert "how long" in said, said


# ------------------------------------ 3: a figure put back with its end asked; "the deadline"
DATED_DIBAO_CALL: dict[str, Any] = {
    **DIBAO_AT_THE_THIRD,
    "hotline_birth": "2024-03-12",
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child(), child(), child("2024-03-12", "day", hardship_at_birth=True)],
        "children_count": 3,
    },
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("一个月800是吧 发到什么时候", "zh"),
        ("800一个月对吧 到哪天停", "zh"),
        ("so 800 a month right? until when?", "en"),
        ("it's 800 a month, correct? what's the end date?", "en"),
    ],
)
def test_a_figure_put_back_with_its_end_gets_both(text: str, lang: str) -> None:
    """Jinan clause 12: 600 + 200 a month for 老三 born 12 Mar 2024 on dibao, until the 3rd
    birthday, 12 Mar 2027. "800 right? until when?": yes, and the end date, in one reply."""
    said, _ = hotline_turn(text, lang, **DATED_DIBAO_CALL)
    if lang == "zh":
        assert said.startswith("对"), said
        for part in ("800元", "2027年3月12日", "第12条"):
            assert part in said, (part, said)
    else:
        assert said.startswith("Yes"), said
        for part in ("800 yuan", "12 Mar 2027", "clause 12"):
            assert part in said, (part, said)


@pytest.mark.parametrize("case", [DATED_DIBAO_CALL, DIBAO_AT_THE_THIRD])
@pytest.mark.parametrize(
    ("text", "lang"),
    [("截止日期是哪天", "zh"), ("what is the deadline", "en"), ("deadline?", "en")],
)
def test_the_deadline_of_the_money_is_its_end_never_the_plans_start(
    case: dict[str, Any], text: str, lang: str
) -> None:
    """ "截止日期" of the money discussed: when it stops (the 3rd birthday, clause 12; the date
    itself for a dated child), never 1 January 2023 nor another measure a search finds."""
    said, _ = hotline_turn(text, lang, **case)
    assert "2023" not in said and "第17条" not in said and "clause 17" not in said, said
    if lang == "zh":
        assert "3周岁" in said and "第12条" in said, said
    else:
        assert ("turns 3" in said or "age of 3" in said) and "clause 12" in said, said
    if case is DATED_DIBAO_CALL:
        assert "2027" in said, said


BORN_BEFORE_THE_START: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy",
    "hotline_birth": "2022-12-10",
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child(), child("2022-12-10", "day")],
    },
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("你直接说能不能", "zh"), ("到底能不能 一句话", "zh"), ("just tell me yes or no", "en")],
)
def test_a_plain_yes_or_no_demanded_is_the_cases_verdict(text: str, lang: str) -> None:
    """After the rule: the case's verdict first. 老三 born 12 Mar 2024 on dibao: yes, 800 until
    12 Mar 2027 (clause 12); 老二 born 10 Dec 2022: no, born before 1 Jan 2023 (clause 12)."""
    said, _ = hotline_turn(text, lang, **DATED_DIBAO_CALL)
    assert said.startswith("能" if lang == "zh" else "Yes"), said
    assert "800" in said and "2027" in said, said
    said, _ = hotline_turn(text, lang, **BORN_BEFORE_THE_START)
    assert said.startswith("不能" if lang == "zh" else "No"), said
    assert "2023" in said and ("第12条" in said or "clause 12" in said), said
