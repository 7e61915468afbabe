"""Tester 53's conversations (fix-t54b): wrong dates and false silences in answers. Each test:
the family known so far (the slots), what the citizen wrote, what the reply must and must not
say, the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.results import ActionWhatIf
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.test_questions_t27a import form_turn
from tests.actions.test_questions_t40j import UNDATED, whole_turn


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Tester 53 c06: Jinan hukou, three children (the eldest 7, 老二 May 2023, 老三 20 Jan 2026),
# on dibao at both births; the result shown.
THREE_CHILDREN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2019-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2023-05-01", "precision": "month"},
        {**UNDATED, "birth_date": "2026-01-20", "precision": "day"},
    ],
    "hardship_at_birth": True,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang", "must", "must_not"),
    [
        (
            "老三医保还没办 现在办还能补贴吗 还有我们住公租房 人多了想换个大点的有政策没",
            "zh",
            ("第3个孩子", "2026年7月20日", "第15条"),
            ("第2个孩子",),
        ),  # tester 53 c06 T4
        ("老三医保还没办 现在办还能补贴吗", "zh", ("第3个孩子", "2026年7月20日"), ("第2个孩子",)),
        (
            "the youngest isn't on medical insurance yet, can we still get the subsidy if we "
            "sign her up now?",
            "en",
            ("Child 3", "20 Jul 2026", "clause 15"),
            ("hild 2",),
        ),
    ],
)
async def test_the_closed_insurance_window_is_said_of_the_child_asked(
    text: str, lang: str, must: tuple[str, ...], must_not: tuple[str, ...]
) -> None:
    """Jinan clause 15: the newborn joins resident insurance within 6 months of birth. Asked of
    老三 (born 20 Jan 2026), its window ended 20 Jul 2026; 老二 (born May 2023) is not part of
    the answer, and never shares 老三's date."""
    reply = await whole_turn(text, lang, **THREE_CHILDREN)
    for said in must:
        assert said in reply, reply
    for unsaid in must_not:
        assert unsaid not in reply, reply
    assert reply.count("6个月内参保" if lang == "zh" else "within 6 months") == 1, reply


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        ("俩小的医保都还没办 现在办还能补贴吗", "zh", ("2023年11月前后", "2026年7月20日")),
        (
            "the two younger kids haven't joined resident medical insurance yet, is it still "
            "free if we enrol now?",
            "en",
            ("November 2023", "20 Jul 2026"),
        ),
    ],
)
async def test_children_born_apart_each_get_their_own_window_end(
    text: str, lang: str, must: tuple[str, ...]
) -> None:
    """Two children born years apart, neither enrolled: each window's own end (clause 15),
    never 老三's date said for both (tester 53 c06 read 2026年7月20日 for 老二 too)."""
    reply = await whole_turn(text, lang, **THREE_CHILDREN)
    for said in must:
        assert said in reply, reply


# Tester 53 c10: Jinan, one daughter aged 5 (so nobody under 3 now), no benefits; a 2nd child
# imagined "next year", no month said.
ONE_DAUGHTER_OF_FIVE: dict[str, Any] = {
    "city": "jinan",
    "children": [{**UNDATED, "birth_date": "2021-12-01", "precision": "month", "approx": "5岁"}],
    "hardship_at_birth": False,
}


async def what_if_turn(text: str, lang: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="what_if", language=lang, **slots)
    await ActionWhatIf().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang", "must", "must_not"),
    [
        (
            "so? what would we get for a 2nd baby next year",
            "en",
            ("from the birth until the child turns 3 (clause 11)",),
            ("2026", "Jan 2027", "Jul 2027", "2030", "act by"),
        ),  # tester 53 c10 T3
        (
            "what if we have another one next year",
            "en",
            ("until the child turns 3",),
            ("2026", "Jan 2027", "Jul 2027", "2030", "act by"),
        ),
        (
            "明年要是生老二 能有啥",
            "zh",
            ("从出生起至孩子满3周岁（第11条）",),
            ("2026年", "2027年1月", "2027年7月", "2030年", "前办理"),
        ),
    ],
)
async def test_a_birth_told_by_its_year_alone_has_no_dates(
    text: str, lang: str, must: tuple[str, ...], must_not: tuple[str, ...]
) -> None:
    """A child imagined "next year" has no birth day: parental leave runs from the birth until
    the child turns 3 (Jinan clause 11), with no act-by or end date counted from an invented
    1 January, and no leave starting today in a family with nobody under 3."""
    reply = await what_if_turn(text, lang, **ONE_DAUGHTER_OF_FIVE)
    for said in must:
        assert said in reply, reply
    for unsaid in must_not:
        assert unsaid not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "你好 我是孩子姥姥 我闺女在济南 外孙女去年十月生的 是老二 老大都上小学了 能领多少钱",
            "zh",
        ),
        ("济南的 老二今年3月生的 老大已经上幼儿园了 有啥补贴", "zh"),
    ],
)
async def test_a_childs_school_stage_is_an_age_not_a_school_question(text: str, lang: str) -> None:
    """Tester 53 c02: "老大都上小学了" tells the eldest's age; the question is the money. The
    reply never says Jinan's plan is silent (its clause 13 does cover siblings' schooling) nor
    brings Beijing's (13); the form goes on to the hukou the money waits on (clause 12)."""
    reply, set_ = await form_turn(text, lang, requested_slot="city")
    for unsaid in ("没有写这方面", "北京", "says nothing"):
        assert unsaid not in reply, reply
    assert set_.get("requested_slot") == "hukou_in_city", set_


# Tester 53 c08: Beijing, two children (6 and one month), renting with no home; Beijing's public
# rental priority (12) just discussed.
BEIJING_RENTERS: dict[str, Any] = {
    "city": "beijing",
    "hukou_in_city": True,
    "owns_home_in_city": False,
    "renting": True,
    "children": [
        {**UNDATED, "birth_date": "2020-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2026-11-01", "precision": "month"},
    ],
    "result_shown": True,
    "topic_entry": "beijing.public_rental_priority",
}


@pytest.mark.parametrize(
    "text", ["那公积金能提出来交房租不 我俩都交公积金", "我问的是提取公积金付房租 北京可以不"]
)
async def test_rent_from_the_housing_fund_in_beijing_is_the_plans_silence(text: str) -> None:
    """Beijing's plan says nothing of paying rent from the housing fund; Jinan clause 14 has it.
    Never the public rental card again nor the childcare subsidy (tester 53 c08 T3/T4)."""
    reply = await whole_turn(text, "zh", **BEIJING_RENTERS)
    assert "北京的方案没有写" in reply and "第14条" in reply, reply
    assert "公租房优先" not in reply and "育儿补贴" not in reply, reply
