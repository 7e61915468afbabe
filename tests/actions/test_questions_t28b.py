"""Tester 27's conversations about money after its time, hypotheticals and short follow-ups: the
family known so far (the slots), what the citizen wrote, and what the reply must and must not
say."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.household_form import fact_updates
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.test_follow_up_questions import ask

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# --- 1. back pay and late claims: the plans are silent; the child's period is what they say ---

# Tester 27 c04: Jinan hukou, a 9-year-old and twins born March 2023 on dibao (3 in March 2026).
TWINS_ON_DIBAO = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": False,
    "children_partial": [
        {**UNDATED, "birth_date": "2017-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2023-03-01", "precision": "month", "hardship_at_birth": True},
        {**UNDATED, "birth_date": "2023-03-01", "precision": "month", "hardship_at_birth": True},
    ],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("resident insurance. but can we still claim the money we never got??", "en"),  # c04
        ("the money for the months we didnt apply, can we get it back paid now?", "en"),  # c04
        ("we never applied for it. can we still get it now?", "en"),
        ("没领到的钱还能给吗", "zh"),
        ("一直没去申请 没领的那几个月还能补吗", "zh"),
    ],
)
async def test_a_late_claim_is_answered_as_unsaid_with_the_childs_period(
    text: str, lang: str
) -> None:
    """Jinan clause 12 pays until 3 and says nothing of late claims: the period's end, the
    silence, the lead department; never "Yes (stopped on …)" (it reads as "you had it")."""
    reply, _ = await ask(text, lang, **TWINS_ON_DIBAO)
    if lang == "en":
        assert "does not say whether" in reply and "paid back" in reply, reply
        assert "Municipal Health Commission" in reply, reply
        assert "ended on 1 Mar 2026" in reply, reply
        assert "Yes (stopped" not in reply and not reply.startswith("Yes"), reply
        assert "housing provident fund" not in reply, reply
    else:
        assert "能否补发" in reply and "济南市卫生健康委员会" in reply, reply
        assert "2026年3月1日" in reply, reply
        assert "有（已于" not in reply and not reply.startswith("能"), reply


async def test_did_we_miss_the_extra_200_is_a_clear_sentence() -> None:
    """Tester 27 c04 item 19: "did we miss the extra 200 too?" got "Yes (stopped on …)"."""
    reply, _ = await ask("we were on dibao, did we miss the extra 200 too?", "en", **TWINS_ON_DIBAO)
    assert "The payment period ended on 1 Mar 2026." in reply, reply
    assert "Yes (stopped" not in reply, reply
    assert "does not say whether" in reply, reply


# Tester 27 c10: Jinan hukou moved in last month from Dezhou; 老二 born May 2023 (3 in May 2026).
NEW_HUKOU = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        {**UNDATED, "birth_date": "2020-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2023-05-01", "precision": "month"},
    ],
    "topic_entry": "jinan.rent_withdrawal",
}


@pytest.mark.parametrize(
    "text",
    [
        "二宝的600能领吗 户口才迁过来 之前在德州的时候那几个月咋算",  # tester 27 c10
        "户口刚迁来 迁来以前那几个月的补贴怎么算",
    ],
)
async def test_months_before_the_hukou_moved_are_not_told_as_had(text: str) -> None:
    """Clause 12 requires Jinan hukou; the child turned 3 before the move: the period ended,
    the hukou condition, and the plan's silence on months before the move, with the Health
    Commission; no "有（已于…停发）", and the 600 is the topic, not the rent withdrawal."""
    reply, _ = await ask(text, "zh", **NEW_HUKOU)
    assert "有（已于" not in reply, reply
    assert "方案要求济南户籍" in reply and "户口迁入济南以前" in reply, reply
    if "二宝" in text:  # the child named: its own period, ended at 3
        assert "已于2026年5月1日结束" in reply, reply
    assert "能否补发" in reply and "济南市卫生健康委员会" in reply, reply
    assert "租房" not in reply.split("\n")[0], reply


async def test_the_600_asked_again_after_the_move_was_told_keeps_the_hukou_condition() -> None:
    """c10's next turn: "我问的是育儿补贴600 二宝能领不" (the move said one turn before)."""
    tracker = make_tracker("我问的是育儿补贴600 二宝能领不", intent="ask_policy", **NEW_HUKOU)
    tracker.events.insert(0, {"event": "user", "text": "济南 户口上个月刚迁过来 之前是德州的"})
    dispatcher = CollectingDispatcher()
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "有（已于" not in reply, reply
    assert "这项的发放期已于2026年5月1日结束。方案要求济南户籍" in reply, reply


# Tester 27 c03: Beijing hukou, living in Jinan; 老二 born February 2025.
BEIJING_HUKOU_IN_JINAN = {
    "city": "jinan",
    "hukou_in_city": False,
    "children_partial": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2025-02-01", "precision": "month"},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("迁了以后去年那几个月的钱能补吗", "zh"),  # tester 27 c03 item 7 (got clause 15)
        ("那我们现在把户口迁过来 去年的二宝能补领吗", "zh"),  # c03 item 4
        ("if we move our hukou now, do we get back pay for last year?", "en"),
    ],
)
async def test_a_move_supposed_gets_no_invented_yes(text: str, lang: str) -> None:
    """No "能" / "Yes": the hukou is required (from the move on) and the plan says nothing of
    the months before; the 600's clause 12, not the medical-insurance clause 15."""
    reply, _ = await ask(text, lang, **BEIJING_HUKOU_IN_JINAN)
    assert not reply.startswith(("能", "Yes")), reply
    assert "第15条" not in reply and "clause 15" not in reply, reply
    if lang == "zh":
        assert "育儿补贴" in reply and "能否补发" in reply, reply
        assert "落户济南后即可符合" not in reply, reply
    else:
        assert "does not say whether" in reply, reply


# --- 2. a hukou move asked about, and a parent's workplace, are no facts of the family ------


@pytest.mark.parametrize(
    "text",
    [
        "那我们现在把户口迁过来 去年的二宝能补领吗",  # tester 27 c03
        "要是我们把户口迁到济南 能领多少",
        "if we move our hukou here now, can we get the 600?",
    ],
)
async def test_a_move_asked_about_is_not_stored_as_a_jinan_hukou(text: str) -> None:
    """A Beijing-hukou family in Jinan asking what a move would bring has not moved: no
    "已更新：济南户口", the hukou slot stays "not Jinan"."""
    updates = fact_updates(text, BEIJING_HUKOU_IN_JINAN, date(2026, 12, 1), correcting=True)
    assert "hukou_in_city" not in updates, updates
    reply, events = await ask(text, "en" if text.isascii() else "zh", **BEIJING_HUKOU_IN_JINAN)
    assert "已更新：济南户口" not in reply and "Updated: Jinan hukou" not in reply, reply
    assert not any(e.get("name") == "hukou_in_city" and e.get("value") is True for e in events), (
        events
    )


@pytest.mark.parametrize("text", ["我们已经把户口迁过来了 能领吗", "户口上个月刚迁过来 能领吗"])
def test_a_move_told_as_made_is_stored(text: str) -> None:
    updates = fact_updates(text, BEIJING_HUKOU_IN_JINAN, date(2026, 12, 1), correcting=True)
    assert updates.get("hukou_in_city") is True, updates


@pytest.mark.parametrize(
    "text",
    [
        "我们租房 俩孩子 能用公积金交房租吗 我老公在北京交的公积金",  # tester 27 c03
        "孩子他爸在北京上班 我们能提公积金交房租吗",
        "my husband works in Beijing and pays into the fund there. can we use it for rent?",
    ],
)
def test_a_parents_workplace_is_not_the_familys_city(text: str) -> None:
    """Even read as a correction, the city where one parent works or pays is not where the
    family lives (c03 was moved to Beijing and answered about Beijing public housing)."""
    updates = fact_updates(text, BEIJING_HUKOU_IN_JINAN, date(2026, 12, 1), correcting=True)
    assert "city" not in updates, updates
    assert "hukou_in_city" not in updates, updates  # not reset to be asked again


def test_a_family_that_moved_keeps_its_new_city() -> None:
    updates = fact_updates(
        "我们搬到北京了 我老公在北京上班", BEIJING_HUKOU_IN_JINAN, date(2026, 12, 1)
    )
    assert updates.get("city") == "beijing", updates


# --- 3. / 15. short hotline follow-ups on Jinan's loan ceiling (clause 14) ---------------------

HOTLINE_AFTER_THE_CEILING = {
    "city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.housing_fund_loan_limit",
}


async def _unclear(text: str, lang: str) -> str:
    """What a message the intent classifier did not place gets (action_route_unclear)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="nlu_fallback", language=lang, **HOTLINE_AFTER_THE_CEILING)
    await ActionRouteUnclear().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("一人缴呢", "zh"), ("那一个人交的话呢", "zh"), ("and if only one of us pays?", "en")],
)
async def test_one_payer_after_the_ceiling_gets_600k(text: str, lang: str) -> None:
    """Tester 27 c05: "一人缴呢" right after the 900k answer got "抱歉，我没太明白"."""
    reply = await _unclear(text, lang)
    assert ("60万元" if lang == "zh" else "600,000 yuan") in reply, reply
    assert "第14条" in reply or "clause 14" in reply, reply
    assert "没太明白" not in reply and "didn't quite" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那老大呢 头胎的家庭能提高额度吗", "zh"),  # tester 27 c05
        ("一孩家庭呢 额度也提高吗", "zh"),
        ("does a first child family get a higher ceiling too?", "en"),
    ],
)
async def test_a_one_child_family_gets_a_plain_no(text: str, lang: str) -> None:
    """Clause 14 raises the ceiling for two- and three-child families only: "不能", the clause;
    not the whole table again with no answer."""
    reply = await _unclear(text, lang)
    assert reply.startswith("不能。" if lang == "zh" else "No."), reply
    assert "第14条" in reply or "clause 14" in reply, reply
    assert "90万" not in reply and "900,000" not in reply, reply


# --- 3. a why-not that gives its own reason after the why --------------------------------------

# Tester 27 c04 before the correction: twins taken as born June 2022, a 9-year-old.
TWINS_TAKEN_AS_2022 = {
    "city": "jinan",
    "hukou_in_city": True,
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
    "children_partial": [
        {**UNDATED, "birth_date": "2017-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2022-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2022-06-01", "precision": "month"},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("why not?? i thought the policy came out in 2022", "en"),  # tester 27 c04
        ("why not, the plan was published back in 2022 wasn't it? we had them that summer", "en"),
        ("为什么没有 这个政策不是2022年就出来了吗 我们是2022年夏天生的", "zh"),
    ],
)
async def test_a_longer_why_not_gets_the_cut_off_of_clause_12(text: str, lang: str) -> None:
    """The 600 covers children born from 1 January 2023 (clause 12), whatever the plan's year;
    the why-not got "Sorry, I didn't quite get that"."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="nlu_fallback", language=lang, **TWINS_TAKEN_AS_2022)
    await ActionRouteUnclear().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    if lang == "en":
        assert "born on or after 1 Jan 2023 (clause 12)" in reply, reply
    else:
        assert "2023年1月1日及以后出生" in reply and "第12条" in reply, reply


# --- 14. a why-not of money that was had and has ended ------------------------------------------

# Tester 27 r5: Jinan hukou, 老大 born 2020, 二宝 February 2023 (3 in February 2026).
ENDED_AT_THREE = {
    "city": "jinan",
    "hukou_in_city": True,
    "topic_entry": "jinan.childcare_subsidy",
    "children_partial": [
        {**UNDATED, "birth_date": "2020-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2023-02-01", "precision": "month"},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("为什么没有 我二宝不是2023年以后生的吗", "zh", "nlu_fallback"),  # tester 27 r5
        ("为啥没有 老二明明是2023年生的", "zh", "ask_policy"),
        ("why not? our second was born in 2023", "en", "nlu_fallback"),
    ],
)
async def test_why_not_of_money_ended_at_three_says_it_was_had(
    text: str, lang: str, intent: str
) -> None:
    """Clause 12 pays until 3: the child qualified, and the money has all been paid; not the
    same block again, nor the medical-insurance clause 15."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **ENDED_AT_THREE)
    action = ActionRouteUnclear() if intent == "nlu_fallback" else ActionAnswerPolicyQuestion()
    await action.run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    if lang == "zh":
        assert reply.startswith("有的，第2个孩子符合条件，只是补贴已经发完了"), reply
        assert "2026年2月1日" in reply and "第12条" in reply and "第15条" not in reply, reply
    else:
        assert reply.startswith("Yes, child 2 did qualify"), reply
        assert "1 Feb 2026" in reply or "1 February 2026" in reply, reply
