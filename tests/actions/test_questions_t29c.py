"""Tester 27 and 28's conversations (fix-t29c): what grandparents get, siblings told later, the
city not yet known, two questions in one message, a move supposed, blocks said twice. Each test:
the family known so far (the slots), what the citizen wrote, what the reply must and must not
say."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.conversation import ActionGoOn
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_pending_question import action, ask, bot, turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# --- 1. grandparents asking what they get; a form question is put twice at most ---

# Tester 28 c5: a grandmother; Jinan hukou, a granddaughter of 5 and a grandson born last month,
# the parents on dibao now; the dibao-at-the-birth question already put twice.
GRANDMA = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": True,
    "children_partial": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2026-11-01", "precision": "month"},
    ],
    "requested_slot": "hardship_at_birth",
    "pending_question": {"slot": "hardship_at_birth", "side_answers": 1, "asked": 2},
}


async def go_on(text: str, lang: str, intent: str = "check_eligibility", **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    await ActionGoOn().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我们老两口能有啥", "zh"),  # c5
        ("我们老俩口有啥政策", "zh"),
        ("那我们当奶奶的有什么好处", "zh"),
        ("and what do we grandparents get?", "en"),
    ],
)
async def test_grandparents_asking_what_they_get_get_the_care_insurance_clause(
    text: str, lang: str
) -> None:
    """老两口 is read as 老夫妻 by normalise: still the grandparents' own measure, Jinan
    clause 15's long-term care insurance contribution, with its lead department."""
    reply = await go_on(text, lang, **GRANDMA)
    if lang == "zh":
        assert "长期护理保险" in reply and "第15条" in reply, reply
        assert "第2个孩子出生于" in reply, reply  # the child named in one sentence (tester 50 P25)
        assert "还需要再问几个问题" not in reply, reply
    else:
        assert "long-term care insurance" in reply and "clause 15" in reply, reply
        assert "a few more questions" not in reply, reply


def test_a_form_question_put_twice_is_not_put_a_third_time() -> None:
    """c5: the dibao question put twice; a "能有啥" (the whole check) does not bring it back."""
    third = turn(
        "我们老两口能有啥",
        action("action_go_on"),
        bot("祖父母参加长期护理保险个人缴费全额补贴（济南）…"),
        **{**GRANDMA, "requested_slot": None},
    )
    third.latest_message["intent"] = {"name": "check_eligibility", "confidence": 0.99}
    said, _ = ask("hardship_at_birth", third)
    assert said == [], said


def test_the_second_time_is_counted() -> None:
    """Put once, then again when the citizen goes on: asked twice, counted so."""
    pending = {"slot": "hardship_at_birth", "side_answers": 0}
    again = turn(
        "继续",
        action("action_go_on"),
        bot("好的，我们接着来。"),
        pending_question=pending,
        **{k: v for k, v in GRANDMA.items() if k not in ("pending_question", "requested_slot")},
    )
    said, events = ask("hardship_at_birth", again)
    assert said, said
    assert slot_events(events)["pending_question"]["asked"] == 2


def test_going_on_still_gets_the_question() -> None:
    """ "继续" is a request for the question: it comes, however often it was put."""
    go = turn(
        "继续",
        action("action_go_on"),
        bot("好的，我们接着来。"),
        **{**GRANDMA, "requested_slot": None},
    )
    go.latest_message["intent"] = {"name": "continue", "confidence": 0.99}
    said, _ = ask("hardship_at_birth", go)
    assert said, said


async def test_a_whole_check_after_two_asks_names_what_is_open_without_asking() -> None:
    """ "都有啥能领的" with nothing else to answer: what the rest turns on, not a third question
    and no "a few more questions" announced."""
    reply = await go_on("还有啥能领的", "zh", **GRANDMA)
    assert "还需要再问几个问题" not in reply, reply
    assert "出生时家庭是否领取低保" in reply, reply


# --- 2. a question about one child named by sex or kinship ---

# Tester 28 c1 / x3: Beijing, a boy of 8 at 1.35 m and a girl of 3 at about 1 m, the fares
# answered already.
BOY_AND_GIRL = {
    "city": "beijing",
    "result_shown": True,
    "topic_entry": "beijing.child_free_transit",
    "children_partial": [
        {**UNDATED, "birth_date": "2018-06-01", "precision": "month", "height_cm": 135, "sex": "m"},
        {**UNDATED, "birth_date": "2023-06-01", "precision": "month", "height_cm": 100, "sex": "f"},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "said", "not_said"),
    [
        ("what about the bus for my daughter", "en", "rides buses and subways free", "(child 1)"),
        ("and the subway for my son?", "en", "needs a ticket", "(child 2)"),
        ("那我闺女坐公交呢", "zh", "可免费乘坐公交和地铁", "第1个孩子"),
        ("帮我儿子问下 坐地铁要票吗", "zh", "需要购票", "第2个孩子"),
    ],
)
async def test_a_measure_asked_for_my_daughter_is_answered_for_her(
    text: str, lang: str, said: str, not_said: str
) -> None:
    """Read by NLU as "asking on behalf of someone", the question is still answered, for the
    child named by sex; never "tell me which city the family lives in" (tester 28 c1)."""
    from actions.conversation import ActionOnBehalf

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="on_behalf", language=lang, **BOY_AND_GIRL)
    await ActionOnBehalf().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert said in reply, reply
    assert not_said not in reply, reply
    assert "which city" not in reply and "哪个城市" not in reply, reply


async def test_on_behalf_with_no_family_known_still_invites_the_facts() -> None:
    """ "I'm asking for my daughter" with nothing known: the invitation, as before."""
    from actions.conversation import ActionOnBehalf

    dispatcher = CollectingDispatcher()
    tracker = make_tracker("i'm asking for my daughter", intent="on_behalf", language="en")
    await ActionOnBehalf().run(dispatcher, tracker, DOMAIN)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_on_behalf"]


# --- 3. a question asked before the city is known ---


async def form_then(first: str, then: str, lang: str) -> tuple[str, str, str]:
    """The form on `first` (no city known), then on `then` (the city), then the answer shown
    when the form ends: the three replies."""
    from actions.results import ActionShowEntitlements
    from tests.actions.test_questions_t27a import form_turn

    said, slots = await form_turn(first, lang)
    told, more = await form_turn(then, lang, **{**slots, "requested_slot": "city"})
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(then, language=lang, **{**slots, **more, "requested_slot": None})
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    return said, told, texts(dispatcher)


@pytest.mark.parametrize(
    ("first", "then", "lang"),
    [
        ("俩娃 老大4岁 老二1岁半 一个月能领多少", "我们是北京的", "zh"),  # tester 28 x1
        ("两个孩子 大的5岁 小的2岁 每个月给多少钱", "北京", "zh"),
        ("two kids, 4 and 1.5, how much a month do we get?", "we live in beijing", "en"),
    ],
)
async def test_money_asked_before_the_city_names_both_plans_then_answers_for_beijing(
    first: str, then: str, lang: str
) -> None:
    """Before the city: Jinan's 600 named as Jinan's beside Beijing's plan (no figure), the city
    asked by the form once; once Beijing is told, the pending question is answered for Beijing
    (no monthly subsidy, clause (12)), never dropped for "shall I check the rest?"."""
    said, _, answer = await form_then(first, then, lang)
    if lang == "zh":
        assert "济南方案" in said and "北京方案" in said and "600" in said, said
        assert "您家在哪个城市" not in said, said  # the form asks it, once
        assert "家庭养育补贴制度" in answer and "第(12)条" in answer, answer
        assert "600" not in answer, answer
    else:
        assert "The Jinan plan" in said and "The Beijing plan" in said, said
        assert "medical insurance" not in said, said  # tester 28: the newborn's insurance
        assert "family upbringing subsidy system" in answer and "(12)" in answer, answer
        assert "600" not in answer, answer


async def test_money_asked_before_the_city_then_jinan_keeps_the_600() -> None:
    """The same question, then Jinan: the question stays on Jinan's subsidy (clause 12)."""
    _, told, answer = await form_then(
        "two kids, 4 and 1.5, how much a month do we get?", "jinan", "en"
    )
    assert "Childcare subsidy" in told + answer, told + answer


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("每月补贴多少 陪产假几天", "zh"),  # tester 27 r7
        ("一个月给多少补贴 产假多少天", "zh"),
    ],
)
async def test_two_questions_with_no_city_ask_the_city_once(text: str, lang: str) -> None:
    """Each part names both plans; the city is asked once, after the last part."""
    from tests.actions.test_follow_up_questions import ask as answer

    reply, _ = await answer(text, lang)
    assert reply.count("您家在哪个城市") == 1, reply
    assert reply.rstrip().endswith("告诉我后按您家的情况回答。"), reply
    assert "北京方案" in reply and "济南方案" in reply, reply


# --- 4. both parents' leave asked in one message ---

# Tester 28 c2: Jinan hukou, a son of 4, the wife 7 months pregnant (due February 2027).
EXPECTING = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "children_partial": [
        {**UNDATED, "birth_date": "2022-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2027-02-01", "precision": "month", "expected": True},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        ("how many days leave do i get as the dad? and my wife?", "en", "15 days", "158 days"),
        ("how long is my leave as the father, and what about my wife", "en", "15 days", "158"),
        (
            "what does my wife get for maternity leave? and me as the husband?",
            "en",
            "158",
            "least 15",
        ),
        ("我老公陪产假几天 我呢", "zh", "15天", "158天"),
        ("我能休几天产假 孩子他爸呢", "zh", "158天", "15天"),
        ("我当爸的能休几天？我老婆呢", "zh", "15天", "158天"),
    ],
)
async def test_both_parents_leave_in_one_message_get_both_in_order(
    text: str, lang: str, first: str, second: str
) -> None:
    """Jinan clause 11: maternity leave 158 days, paternity leave at least 15 days; each
    parent's answer in the order asked (tester 28 c2 got the father's only)."""
    from tests.actions.test_follow_up_questions import ask as answer

    reply, _ = await answer(text, lang, **EXPECTING)
    assert first in reply and second in reply, reply
    assert reply.index(first) < reply.index(second), reply
    assert "11" in reply, reply


async def test_a_leave_question_with_another_question_about_her_is_not_the_mothers_leave() -> None:
    """ "she" in another question (a child's nursery) is no second parent."""
    from actions.answers import parents_leave

    assert (
        parents_leave("is paternity leave 15 days? and can she go to a nursery later", "jinan")
        is None
    )


# --- 5. money asked of a hukou move only supposed ---

# Tester 28 c3: Beijing hukou, living in Jinan; 老大 6, 老二 born October 2025.
BEIJING_HUKOU_IN_JINAN = {
    "city": "jinan",
    "hukou_in_city": False,
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
    "children_partial": [
        {**UNDATED, "birth_date": "2020-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2025-10-01", "precision": "month"},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("迁过来以后一个月多少 领到几岁", "zh"),  # tester 28 c3
        ("户口迁过来之后能领多少", "zh"),
        ("如果迁了户口 一个月多少", "zh"),
        ("after we move our hukou here, how much a month?", "en"),
        ("if we transfer our hukou to jinan what would we get per month", "en"),
    ],
)
async def test_a_supposed_move_gets_what_it_would_bring_from_then_on(text: str, lang: str) -> None:
    """Jinan clause 12: 600 a month for the 2nd child, until the 3rd birthday (1 Oct 2028),
    from the move on; the plan is silent on the months before, and the lead department is named.
    Never "现在没有" nor a total counted from the birth."""
    from tests.actions.test_follow_up_questions import ask as answer

    reply, events = await answer(text, lang, **BEIJING_HUKOU_IN_JINAN)
    if lang == "zh":
        assert "每月600元" in reply and "2028年10月1日" in reply, reply
        assert "迁户口以前的月份能否计入" in reply and "济南市卫生健康委员会" in reply, reply
        assert "现在没有" not in reply and "21,600" not in reply, reply
        assert "第12条" in reply, reply
    else:
        assert "600 yuan a month from the move until 1 Oct 2028" in reply, reply
        assert "months before the move" in reply and "Health Commission" in reply, reply
        assert "21,600" not in reply and "no money is paid monthly" not in reply, reply
    assert not any(e.get("name") == "hukou_in_city" for e in events), events


async def test_a_move_already_made_is_not_a_supposed_one() -> None:
    """The family has Jinan hukou: no "once your hukou is in Jinan"."""
    from actions.move_supposed import asks_money_after_a_move

    assert not asks_money_after_a_move(
        {**BEIJING_HUKOU_IN_JINAN, "hukou_in_city": True}, "迁过来以后一个月多少"
    )


# --- 6. one block said once in a reply ---

# Tester 28 r4: Jinan hukou, a 4-year-old, pregnant 7 months; the insurance question pending.
EXPECTING_IN_THE_FORM = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        {**UNDATED, "birth_date": "2022-06-01", "precision": "month", "approx": "4岁"},
        {**UNDATED, "birth_date": "2027-02-01", "precision": "month", "expected": True},
    ],
    "requested_slot": "birth_insurance",
    "pending_question": {"slot": "birth_insurance", "side_answers": 0},
}


@pytest.mark.parametrize(
    "text",
    [
        "那老二出生后一个月600是吧 我老公在领失业金 能多给吗",
        "老二生了一个月600对吧 我在领低保 能多给点吗",
    ],
)
async def test_the_800_block_is_said_once(text: str) -> None:
    """The 600 and its 200 asked together: the monthly block once, not once per measure. The
    baby is not born, so the benefit held now settles nothing about the birth (clause 12 looks
    at the birth; tester 34 c09): the 600 is sure and the 200 is said once, as its condition."""
    from tests.actions.test_questions_t27a import form_turn

    reply, _ = await form_turn(text, "zh", **EXPECTING_IN_THE_FORM)
    assert reply.count("600元/月，至2030年2月1日") == 1, reply
    assert reply.count("每月再加200元") == 1, reply
    assert "600+200=800元/月" not in reply, reply


def test_parts_already_said_are_left_out() -> None:
    from actions.answers import joined_parts

    assert joined_parts(["A\nB", "B", "C"]) == "A\nB\n\nC"
