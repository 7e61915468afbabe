"""Tester 27 and 28's conversations (fix-t29d): the sure money first and its condition after,
form questions put only when their answer can change what was asked, a correction restating
only what it changed, twins at a first birth, Beijing's nursery classes and grandparents. Each
test: the family known so far (the slots), what the citizen wrote, what the reply must and must
not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.conversation import ActionGoOn
from actions.form_questions import ASK_ACTIONS
from actions.results import ActionShowEntitlements, monthly_total_for
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
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


# Tester 28 r2: Jinan hukou, twins born March 2023 (their only children), on dibao at the
# birth; the mother's insurance at the birth asked once already.
TWINS_2023 = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": True,
    "children": [
        {**UNDATED, "birth_date": "2023-03-01", "precision": "month"},
        {**UNDATED, "birth_date": "2023-03-01", "precision": "month"},
    ],
    "requested_slot": "birth_insurance",
    "pending_question": {"slot": "birth_insurance", "side_answers": 0},
}


async def go_on_turn(text: str, lang: str, **slots: Any) -> tuple[str, list[dict[str, Any]]]:
    """ "继续"-like messages the form read no fact in (action_go_on), then the form's question
    if due: the whole reply and what the form asked."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="check_eligibility", language=lang, **slots)
    events = await ActionGoOn().run(dispatcher, tracker, DOMAIN)
    done = [{"event": "action", "name": "action_go_on"}]
    done += [
        {"event": "bot", "text": m.get("text") or "", "metadata": {}} for m in dispatcher.messages
    ]
    done += [
        {"event": "slot", "name": e["name"], "value": e["value"]}
        for e in events
        if e.get("event") == "slot"
    ]
    after = turn(text, *done, **slots)
    after.latest_message["intent"] = {"name": "check_eligibility", "confidence": 0.99}
    asker = next(a for a in ASK_ACTIONS if a.slot == slots["requested_slot"])()
    question = CollectingDispatcher()
    await asker.run(question, after, DOMAIN)
    return texts(dispatcher), question.messages


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we never applied. can we still claim the money for both?", "en"),
        ("we didn't apply back then, can we still get the money now?", "en"),
        ("当时没申请 现在还能补领吗", "zh"),
        ("俩孩子的钱没领过 还能补吗", "zh"),
    ],
)
async def test_a_question_about_the_money_gets_no_insurance_question(text: str, lang: str) -> None:
    """Asked about claiming the money late: the plan's silence on late claims is the answer;
    the mother's insurance at the birth cannot change it, so it is not asked again after it,
    nor a check of 'the rest' announced."""
    reply, said = await go_on_turn(text, lang, **TWINS_2023)
    assert said == [], said
    assert "a few more questions" not in reply and "还需要再问几个问题" not in reply, reply


async def test_asking_for_everything_still_gets_the_question() -> None:
    """ "还有啥能领的": everything asked, so the pending question comes (it decides some of it)."""
    _, said = await go_on_turn("还有啥能领的", "zh", **TWINS_2023)
    assert said, said


# --- 3. a correction restates only what it changed ------------------------------------------

# Tester 28 c6: two children; the second about 1½ (born about June 2025), so the newborn's
# insurance window (Jinan clause 15) ended in December 2025; the answer was given, then the
# eldest's age and the hukou were corrected.
INSURANCE_ANSWERED = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "focus_entry": "jinan.newborn_medical_insurance_subsidy",
    "focus_question": "你好 想问下补贴 俩娃 老大4岁 老二1岁半",
    "topic_entry": "jinan.newborn_medical_insurance_subsidy",
    "children": [
        {**UNDATED, "birth_date": "2020-06-01", "precision": "month", "approx": "6岁"},
        {**UNDATED, "birth_date": "2025-06-01", "precision": "month", "approx": "1岁半"},
    ],
}


async def shown(text: str, lang: str, *before: dict[str, Any], corrected: bool) -> str:
    """ActionShowEntitlements on `text`, after the bot events `before` (earlier turns), the
    turn's correction handled first when `corrected`."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **INSURANCE_ANSWERED)
    user = tracker.events[-1]
    now = [user, action("action_handle_correction"), bot("已更新：…")] if corrected else [user]
    tracker.events = [*before, *now]
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("不对 老大是6岁 我们济南户口", "zh"),
        ("说错了 大的六岁了 户口在济南", "zh"),
        ("sorry, the older one is 6, and we do have Jinan hukou", "en"),
    ],
)
async def test_a_correction_that_changes_nothing_does_not_repeat_the_answer(
    text: str, lang: str
) -> None:
    """The eldest's age changes nothing in the second child's insurance answer (clause 15):
    the same block is not sent again; one line says the answer above stands."""
    first = await shown("老二的医保呢", lang, corrected=False)
    assert "15" in first, first
    reply = await shown(text, lang, user_turn("老二的医保呢"), bot(first), corrected=True)
    assert first not in reply, reply
    assert ("不改变" in reply) if lang == "zh" else ("does not change" in reply), reply


async def test_an_answer_asked_again_without_a_correction_is_given_again() -> None:
    """Asked again, not corrected: the answer comes again in full."""
    first = await shown("老二的医保呢", "zh", corrected=False)
    again = await shown(
        "老二的医保呢", "zh", user_turn("老二的医保呢"), bot(first), corrected=False
    )
    assert first in again, again


def user_turn(text: str) -> dict[str, Any]:
    message = {"text": text, "intent": {"name": "ask_policy", "confidence": 0.99}, "entities": []}
    return {"event": "user", "text": text, "parse_data": message}


# --- 4. twins at a first birth: which counts as the 2nd child, the plan does not say ----------

TWINS_FIRST_BIRTH = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2023-03-01", "precision": "month"},
        {**UNDATED, "birth_date": "2023-03-01", "precision": "month"},
    ],
}


async def answered(text: str, lang: str, entry: str, **slots: Any) -> str:
    """The answer once the form has the family's facts, to a question about `entry`."""
    dispatcher = CollectingDispatcher()
    focus = {"focus_entry": entry, "focus_question": text}
    tracker = make_tracker(text, intent="ask_policy", language=lang, **focus, **slots)
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang", "silent"),
    [
        ("济南户口 双胞胎2023年3月生的 头胎 能领600吗", "zh", "没写双胞胎、多胞胎怎样算第几个孩子"),
        ("我们头胎就是龙凤胎 有育儿补贴吗", "zh", "没写双胞胎、多胞胎怎样算第几个孩子"),
        ("our first pregnancy was twins, do we get the 600?", "en", "says nothing on how twins"),
    ],
)
async def test_twins_at_a_first_birth_are_not_a_sure_second_child(
    text: str, lang: str, silent: str
) -> None:
    """Jinan clause 12 pays the 2nd and 3rd child; twins born first: the plan does not say
    whether one of them counts as the 2nd child. Said, with the lead department."""
    reply = await answered(text, lang, "jinan.childcare_subsidy", **TWINS_FIRST_BIRTH)
    assert silent in reply, reply
    assert ("济南市卫生健康委员会" in reply) if lang == "zh" else ("Health Commission" in reply), (
        reply
    )


async def test_children_born_apart_get_no_such_note() -> None:
    """An eldest of 2021 and a second child of 2023: the order is plain, no note."""
    apart = {
        **TWINS_FIRST_BIRTH,
        "children": [
            {**UNDATED, "birth_date": "2021-03-01", "precision": "month"},
            {**UNDATED, "birth_date": "2023-03-01", "precision": "month"},
        ],
    }
    reply = await answered("能领600吗", "zh", "jinan.childcare_subsidy", **apart)
    assert "同一胎" not in reply, reply


# --- 5. Beijing grandparents asking what they get ---------------------------------------------

# A Beijing family: a grandson of 2 and a granddaughter born in November 2026.
BEIJING_GRANDCHILDREN = {
    "city": "beijing",
    "children": [
        {**UNDATED, "birth_date": "2024-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2026-11-20", "precision": "day"},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("我们老两口能有啥", "zh", "check_eligibility"),
        ("那我们当爷爷奶奶的有什么好处", "zh", "ask_policy"),
        ("我们老人有啥补贴没有", "zh", "ask_policy"),
        ("and what do we grandparents get?", "en", "check_eligibility"),
    ],
)
async def test_beijing_grandparents_hear_the_plan_has_nothing_for_them(
    text: str, lang: str, intent: str
) -> None:
    """Beijing's plan has no measure for grandparents: said, then what it gives the family,
    and that the grandparents' care-insurance subsidy is Jinan's (clause 15), not Beijing's."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **BEIJING_GRANDCHILDREN)
    await ActionGoOn().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    if lang == "zh":
        assert "北京的方案里没有直接给祖父母" in reply, reply
        assert "陪产假" in reply and "济南方案的（第15条）" in reply, reply
    else:
        assert "has nothing for grandparents themselves" in reply, reply
        assert "clause 15" in reply, reply


async def test_jinan_grandparents_still_get_their_own_measure() -> None:
    """Jinan has one (clause 15): not told the plan has nothing for them."""
    dispatcher = CollectingDispatcher()
    slots = {**BEIJING_GRANDCHILDREN, "city": "jinan", "hukou_in_city": True}
    tracker = make_tracker("我们老两口能有啥", intent="check_eligibility", language="zh", **slots)
    await ActionGoOn().run(dispatcher, tracker, DOMAIN)
    assert "没有直接给祖父母" not in texts(dispatcher)


# --- 4e. kindergarten asked for a child of 2: Beijing clause (10)'s nursery classes -----------


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("北京的 儿子2岁 能不能早点上幼儿园", "zh", "托班招收2至3岁幼儿"),
        ("北京 闺女两岁半 能提前上幼儿园吗", "zh", "托班招收2至3岁幼儿"),
        ("we're in beijing. can he go to kindergarten early? hes 2", "en", "nursery classes"),
        ("beijing, my 2 year old, can she start kindergarten?", "en", "nursery classes"),
    ],
)
async def test_kindergarten_for_a_two_year_old_gets_the_nursery_classes(
    text: str, lang: str, said: str
) -> None:
    """Beijing clause (10) supports kindergartens opening nursery classes for ages 2 to 3:
    that is the answer, not only the education clause (13) (tester 27 c02, r6)."""
    _, slots = await form_turn(text, lang)
    entry = slots.pop("focus_entry")
    slots.pop("focus_question", None)
    reply = await answered(text, lang, entry, **slots)
    assert said in reply, reply
    assert "(10)" in reply, reply


# --- 4a. the own-home question after "租房子" was said --------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("我们济南户口 租房子 俩孩子 公积金能提吗", "zh", "您说了是租房住"),
        (
            "we rent in jinan, two kids. can we use the housing fund for rent?",
            "en",
            "You said you rent",
        ),
    ],
)
def test_a_family_that_said_it_rents_is_asked_only_about_owning(
    text: str, lang: str, said: str
) -> None:
    """Jinan clause 14 needs renting and owning no home in the city: told the renting, the
    question takes it as said and asks the own home alone, saying why."""
    rented = turn(text, action("household_form"), city="jinan", renting=True, language=lang)
    messages, _ = ask("owns_home_in_city", rented)
    reply = "\n".join(m.get("text") or "" for m in messages)
    assert said in reply, messages


def test_a_family_that_said_nothing_of_renting_gets_the_plain_question() -> None:
    plain = turn("济南户口 俩孩子 公积金能提吗", action("household_form"), city="jinan")
    messages, _ = ask("owns_home_in_city", plain)
    assert [m.get("response") for m in messages] == ["utter_ask_owns_home_in_city"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我姥姥 帮闺女问 北京的 外孙女刚满月 老大4岁 我们老人能得点啥", "zh"),  # tester 30 c16
        ("北京的 孙子4岁 孙女上个月出生 我们老人能得到什么", "zh"),
        (
            "we're the grandparents, beijing, grandkids are 4 and 1 month. what do grandparents get?",
            "en",
        ),
    ],
)
async def test_beijing_grandparents_first_message_gets_nothing_for_them_not_the_summary(
    text: str, lang: str
) -> None:
    """Facts and the elders' question in one first message: after the read-back, that
    Beijing's plan gives grandparents nothing directly and what the family can surely get (not
    the public-housing priority, which rests on the office's decision), not the summary alone."""
    _, slots = await form_turn(text, lang)
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="check_eligibility", language=lang, **slots)
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    # the plain no first (tester 51 x1/D8: "never plainly said 没有")
    first = (
        "没有。北京的方案里没有直接给祖父母"
        if lang == "zh"
        else "No. The Beijing plan has nothing for"
    )
    assert reply.startswith(first), reply
    assert "公租房" not in reply and "public rental" not in reply, reply


# --- 6. tester 30: the sure 600 before the birth question, for a question about everything ---


@pytest.mark.parametrize(
    ("text", "lang", "sure"),
    [
        (
            "jinan hukou, wife works and has social insurance, she gave birth to our second in "
            "august, first is 3. what do we get",
            "en",
            "600 yuan/month",
        ),  # tester 30 c15
        ("济南户口 老大3岁 老二今年8月生的 我们能领啥", "zh", "600元/月"),
        (
            "jinan hukou, our 2nd was born in august and the 1st is 3, what can we claim?",
            "en",
            "600 yuan/month",
        ),
    ],
)
async def test_a_question_about_everything_gets_the_sure_600_before_the_birth_question(
    text: str, lang: str, sure: str
) -> None:
    """Jinan clause 12: the second child's 600 a month is sure; only the 200 more waits on the
    benefits at the birth. The 600 comes first, the question after it."""
    reply, slots = await form_turn(text, lang)
    assert sure in reply, reply
    assert slots.get("requested_slot") in ("hardship_at_birth", "birth_insurance"), slots


# Tester 30 c10: Jinan, three children; no dibao at the second's birth (June 2024), dibao
# now; the third born in November 2026.
DIBAO_TOLD_FOR_ONE_BIRTH = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": True,
    "children_partial": [
        {**UNDATED, "birth_date": "2017-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2024-06-01", "precision": "month", "hardship_at_birth": False},
        {**UNDATED, "birth_date": "2026-11-01", "precision": "month"},
    ],
}


@pytest.mark.parametrize(
    ("lang", "said"),
    [("zh", "第3个孩子2026年11月出生时"), ("en", "When child 3 was born (Nov 2026)")],
)
def test_the_birth_question_names_the_birth_still_open(lang: str, said: str) -> None:
    """The benefits at the second's birth told: the question names the third's birth, not
    "the child" (clause 12 looks at each birth)."""
    told = turn("x", action("household_form"), language=lang, **DIBAO_TOLD_FOR_ONE_BIRTH)
    messages, _ = ask("hardship_at_birth", told)
    assert said in (messages[0].get("text") or ""), messages
