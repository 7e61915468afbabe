"""Tester 27 and 28's conversations (fix-t29d): the sure money first and its condition after,
form questions put only when their answer can change what was asked, a correction restating
only what it changed, twins at a first birth, Beijing's nursery classes and grandparents. Each
test: the family known so far (the slots), what the citizen wrote, what the reply must and must
not say. Today is 1 December 2026 in China."""

from datetime import date

import pytest

from actions import clock
from actions.results import monthly_total_for
from tests.actions.conftest import slot_events
from tests.actions.test_pending_question import action, ask, bot, turn
from tests.actions.test_questions_t27a import form_turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# --- 1. money asked with the supplement's condition open: the sure part first ---------------

# Tester 28 x4: Jinan hukou (moved last month), an eldest of 6 and twins born in May 2026.
TWINS_AFTER_AN_ELDEST = {"city": "jinan", "hukou_in_city": True}


@pytest.mark.parametrize(
    ("text", "lang", "sure", "condition"),
    [
        (
            "济南 户口上个月刚迁过来 老大6岁 双胞胎今年5月生的 能领多少",
            "zh",
            "每月合计1,200元",
            "还要确认",
        ),
        ("老大6岁 今年5月生了双胞胎 我们能拿多少", "zh", "每月合计1,200元", "还要确认"),
        ("老大六岁 二宝三宝是双胞胎 5月份出生 能领多少钱", "zh", "每月合计1,200元", "还要确认"),
        (
            "our eldest is 6 and we had twins in May 2026, how much can we get?",
            "en",
            "1,200 yuan",
            "is still open",
        ),
    ],
)
async def test_twins_money_asked_gets_each_childs_600_before_the_condition(
    text: str, lang: str, sure: str, condition: str
) -> None:
    """Jinan clause 12: each twin (2nd and 3rd child) gets 600 a month until 3, said first; the
    200 more for a birth while on dibao, special hardship support or unemployment benefits comes
    after, as a condition, never the supplement's rule alone before the question."""
    reply, _ = await form_turn(text, lang, **TWINS_AFTER_AN_ELDEST)
    assert sure in reply, reply
    assert "600" in reply, reply
    assert condition in reply.casefold() or condition in reply, reply
    extra = "困难家庭加发" if lang == "zh" else "supplement for families in hardship"
    assert reply.index(sure) < reply.index(extra), reply
    assert not reply.startswith("育儿补贴困难家庭加发（济南）"), reply


# --- 2. a form question put at most twice, inside a money answer too ------------------------

# Jinan hukou, an eldest of 5 and a second child born in August 2026; the benefits at that
# birth not told (the 200 more of clause 12 open).
BORN_IN_AUGUST = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2026-08-20", "precision": "day"},
    ],
}
HELD_ASK = {"zh": "孩子出生时，家里已经在领其中一种了吗？", "en": "Was the family on one of them"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("一个月800是吧", "zh"), ("那就是每月800对吧", "zh"), ("so it's 800 a month?", "en")],
)
def test_a_money_answer_asks_the_birth_question_while_it_was_put_less_than_twice(
    text: str, lang: str
) -> None:
    """Clause 12: 800 only on the benefits at the birth; the answer asks it, once asked before."""
    pending = {"slot": "hardship_at_birth", "side_answers": 0}
    reply = monthly_total_for({**BORN_IN_AUGUST, "pending_question": pending}, text, lang)
    assert reply is not None and "800" in reply, reply
    assert HELD_ASK[lang] in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [("一个月800是吧", "zh"), ("那就是每月800对吧", "zh"), ("so it's 800 a month?", "en")],
)
def test_a_money_answer_does_not_ask_a_third_time(text: str, lang: str) -> None:
    """Put twice already (by the form or inside answers): the condition stays, the question
    is not put a third time (tester 28 c5, r2, c2)."""
    pending = {"slot": "hardship_at_birth", "side_answers": 1, "asked": 2}
    reply = monthly_total_for({**BORN_IN_AUGUST, "pending_question": pending}, text, lang)
    assert reply is not None and "800" in reply and "600" in reply, reply
    assert HELD_ASK[lang] not in reply, reply


def test_the_question_inside_the_answer_counts_and_is_not_repeated() -> None:
    """The money answer ended with the question: the form does not put it again right after,
    and counts it as put (once before, twice now)."""
    answered = turn(
        "一个月800是吧",
        action("action_answer_policy_question"),
        bot("如果第2个孩子2026年8月出生时家里在领…就是600+200=800元/月\n" + HELD_ASK["zh"]),
        pending_question={"slot": "hardship_at_birth", "side_answers": 0},
        **BORN_IN_AUGUST,
    )
    said, events = ask("hardship_at_birth", answered)
    assert said == [], said
    assert slot_events(events)["pending_question"]["asked"] == 2


def test_asked_inside_an_answer_before_the_form_asks_counts_once() -> None:
    """First put inside the answer: counted as once, so the form may put it one more time."""
    answered = turn(
        "800 a month right?",
        action("action_answer_policy_question"),
        bot(
            "If the family was on … it is 800 yuan a month.\nWas the family on one of them at "
            "the birth?"
        ),
        **BORN_IN_AUGUST,
    )
    said, events = ask("hardship_at_birth", answered)
    assert said == [], said
    assert slot_events(events)["pending_question"].get("asked", 1) == 1
