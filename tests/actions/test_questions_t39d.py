"""Testers 36 and 37's citizens (fix-t39d): a family whose household registrations differ,
follow-ups answered from what the citizen said, Beijing's monthly cash, leave for someone with no
employer, and Beijing's nursery classes. Each test: the family known so far (the slots), what
the citizen wrote, what the reply must and must not say, and the clause. Today is 1 December
2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from actions.household_form import ValidateHouseholdForm, required_facts
from actions.late_claims import ended_told_as_ended, hukou_condition
from actions.results import ActionShowEntitlements
from policy_kb.kb import get_entry, source_text
from tests.actions.conftest import DOMAIN, make_tracker, month, slot_events, texts, year

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


async def reply_of(
    action: Any, text: str, lang: str, intent: str = "inform", **slots: Any
) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    events = await action.run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


# --- 1. a family whose registrations differ (Jinan clause 12: "具有济南户籍" families) --------

SILENT = {"zh": "没写一家人户口不一致时", "en": "does not say whose registration counts"}
DEPARTMENT = {"zh": "济南市卫生健康委员会", "en": "Municipal Health Commission"}
MIXED = ["hukou_in_city", "hukou_mixed"]


def test_the_plans_silence_on_whose_hukou_counts_is_in_the_knowledge_base() -> None:
    """The note is data, beside clause 12's entries, and what it quotes is in the plan."""
    entry = get_entry("jinan.childcare_subsidy")
    note = entry.silent_on_facts["hukou_in_city"]
    assert SILENT["zh"] in note.zh and SILENT["en"] in note.en
    assert DEPARTMENT["zh"] in note.zh and DEPARTMENT["en"] in note.en
    quoted = note.en.split('"')[1]
    assert quoted in source_text("jinan-2022.txt")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我老公是济南户口 我跟俩孩子户口还在聊城老家 这个600能领不", "zh"),  # tester 37 r03
        ("只有我老公一个人是济南的 孩子户口在聊城 育儿补贴能领吗", "zh"),
        ("俺是济南户口 孩子户口还在老家 一个月600能给不", "zh"),
        (
            "only my husband has jinan hukou, the kids' hukou is still in liaocheng. can we get the 600?",
            "en",
        ),
        ("I have a Jinan hukou but my wife and kids don't, do we get the subsidy?", "en"),
    ],
)
async def test_a_mixed_hukou_is_neither_yes_nor_no_and_is_not_asked(text: str, lang: str) -> None:
    """Clause 12 does not say whose registration counts: 'not certain', the plan's silence and
    the lead department, once; the family's hukou stays unknown and is not asked again."""
    reply, set_ = await reply_of(ValidateHouseholdForm(), text, lang, city="jinan")
    assert reply.count(SILENT[lang]) == 1, reply
    assert DEPARTMENT[lang] in reply, reply
    assert "记下了：济南户口" not in reply and "Noted: Jinan hukou" not in reply, reply
    assert set_.get("hukou_in_city") is not True, set_
    assert set(MIXED) <= set(set_.get("skipped_facts") or []), set_
    after = {"city": "jinan", **set_, "children": [year("2021"), month("2025-03")]}
    assert "hukou_in_city" not in required_facts(after, TODAY)


# Tester 37 r03: the husband's hukou in Jinan, hers and the children's in Liaocheng; the younger
# born August 2023, 3 since 1 August 2026.
LIAOCHENG = {
    "city": "jinan",
    "children": [year("2021"), month("2023-08")],
    "skipped_facts": MIXED,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我老公是济南户口的啊 不是全家都不是", "zh"),
        ("不是 我是问孩子户口在聊城 不在济南 也能领吗", "zh"),
        ("孩子户口不在济南也行?只有我老公一个人是济南的", "zh"),
        ("but my husband IS jinan hukou, only the kids aren't", "en"),
        ("the kids' hukou is in liaocheng, not jinan. can we still get it?", "en"),
    ],
)
async def test_the_mixed_hukou_said_again_never_flips_the_answer(text: str, lang: str) -> None:
    """Said again either way, the answer stays: the child already 3 gets nothing now (clause
    12: until 3), moving the hukou now brings nothing for it, and whose hukou counts the plan
    does not say; never '已更新：济南户口' or '不是济南户口'."""
    slots = {**LIAOCHENG, "hukou_in_city": None}
    reply, set_ = await reply_of(ActionHandleCorrection(), text, lang, intent="correct", **slots)
    assert reply.count(SILENT[lang]) == 1, reply
    ended = "2026年8月1日满3周岁" if lang == "zh" else "turned 3 on 1 Aug 2026"
    assert ended in reply, reply
    moved = (
        "现在把户口迁到济南也领不到"
        if lang == "zh"
        else "moving the hukou to Jinan now brings nothing"
    )
    assert moved in reply, reply
    assert "第12条" in reply or "clause 12" in reply, reply
    for flipped in ("已更新：济南户口", "不是济南户口", "Updated: Jinan hukou", "not Jinan hukou"):
        assert flipped not in reply, reply
    assert set_.get("hukou_in_city") in (None, *([None] if "hukou_in_city" in set_ else []))


async def test_a_mixed_hukou_with_a_child_still_under_3_gives_the_money_as_conditional() -> None:
    """A child born March 2025 still gets 600 a month to 1 March 2028 if the city's hukou
    counts: not certain, the silence, and the money with its condition (clause 12)."""
    slots = {**LIAOCHENG, "children": [year("2021"), month("2025-03")]}
    reply, _ = await reply_of(
        ActionHandleCorrection(), "只有我老公是济南户口 孩子户口在聊城", "zh", "correct", **slots
    )
    assert reply.startswith("不一定。"), reply
    assert "600" in reply and "2028年3月1日" in reply and "第12条" in reply, reply


async def test_the_whole_family_moved_in_clears_the_mixed_hukou() -> None:
    """'孩子户口也迁过来了': the family's hukou is now the city's; the mark goes."""
    slots = {**LIAOCHENG, "children": [year("2021"), month("2025-03")]}
    _, set_ = await reply_of(
        ActionHandleCorrection(),
        "孩子户口也迁过来了 现在全家都是济南户口",
        "zh",
        "correct",
        **slots,
    )
    assert set_.get("hukou_in_city") is True, set_
    assert "hukou_mixed" not in (set_.get("skipped_facts") or []), set_


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_hukou_move_after_the_third_birthday_says_it_brings_nothing(lang: str) -> None:
    """Tester 37 r03 '下个月把俩孩子户口迁到济南 从啥时候开始给': the condition once (it was printed
    twice), and that a child already 3 gets nothing from the move (clause 12)."""
    entry = get_entry("jinan.childcare_subsidy")
    ended = (
        "育儿补贴（第2个孩子）：孩子已于2026年8月1日年满3周岁，此项已结束。"
        if lang == "zh"
        else "Childcare subsidy (child 2): Ended when the child turned 3 on 1 Aug 2026."
    )
    once = ended_told_as_ended(ended, entry, lang, moved=True)  # type: ignore[arg-type]
    twice = ended_told_as_ended(once, entry, lang, moved=True)  # type: ignore[arg-type]
    assert twice.count(hukou_condition(entry, lang)) == 1, twice  # type: ignore[arg-type]
    nothing = "也领不到这一项" if lang == "zh" else "brings nothing"
    assert nothing in twice, twice


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那我下个月把俩孩子户口迁到济南 从啥时候开始给 前面几个月还有不", "zh"),  # tester 37 r03
        ("我们打算明年把孩子户口落到济南 到时候能补吗", "zh"),
        ("if we move the kids' hukou to jinan next month, when does it start?", "en"),
    ],
)
async def test_a_move_still_to_come_of_a_mixed_family_keeps_its_hukou_open(
    text: str, lang: str
) -> None:
    """A move only planned is no city hukou yet: nothing flips, and the child already 3 hears
    that the move brings nothing (clause 12: until 3)."""
    slots = {**LIAOCHENG, "hukou_in_city": None}
    reply, set_ = await reply_of(ActionHandleCorrection(), text, lang, intent="correct", **slots)
    assert set_.get("hukou_in_city") is not True, set_
    moved = (
        "现在把户口迁到济南也领不到"
        if lang == "zh"
        else "moving the hukou to Jinan now brings nothing"
    )
    assert moved in reply, reply


# --- 2. the newborn's insurance: an enrolment told is read (Jinan clause 15: within 6 months) --

# Tester 37 c04: Jinan hukou, a son of 5 and twins born March 2025.
TWINS = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**month("2021-06"), "approx": "5"},
        month("2025-03"),
        month("2025-03"),
    ],
    "result_shown": True,
}
ASKED_AGAIN = {"zh": "期限内参保的吗", "en": "enrolled in time?"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the twins medical insurance, we did it when they were 2 months old, is it free?", "en"),
        ("yes in time, at 2 months. so free?", "en"),
        ("we signed them up for insurance right after birth, so it's free?", "en"),
        ("双胞胎俩月的时候就上了医保 免费吗", "zh"),
        ("孩子医保满月就办了 个人缴费是不是不用交", "zh"),
        ("俩孩子出生3个月参保的 能免吗", "zh"),
    ],
)
async def test_an_enrolment_in_time_gets_a_plain_yes(text: str, lang: str) -> None:
    """Joined within 6 months of birth: yes, that year's individual contribution is paid in
    full (clause 15); never "was the child enrolled in time?" again."""
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, "ask_policy", **TWINS)
    # "是不是不用交" puts not paying back: 对，不用交 (tester 51 c5 heard "能。")
    yes = "对，不用交。" if "不用交" in text else "能。"
    assert reply.startswith(yes if lang == "zh" else "Yes."), reply
    assert "6" in reply and ("第15条" in reply or "clause 15" in reply), reply
    assert ASKED_AGAIN[lang] not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we only enrolled them at 8 months, is it still free?", "en"),
        ("孩子8个月才上的医保 还免费吗", "zh"),
    ],
)
async def test_an_enrolment_after_the_window_gets_a_plain_no(text: str, lang: str) -> None:
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, "ask_policy", **TWINS)
    assert reply.startswith("不能。" if lang == "zh" else "No."), reply
    assert "第15条" in reply or "clause 15" in reply, reply


async def test_the_enrolment_told_before_is_applied_when_asked_again() -> None:
    """Tester 37 c04 'you didnt answer. is the twins medical insurance free or not' after 'at
    2 months': the yes, from what was told, not the question again."""
    dispatcher = CollectingDispatcher()
    text = "you didnt answer. is the twins medical insurance free or not"
    tracker = make_tracker(text, intent="ask_policy", language="en", **TWINS)
    tracker.events.insert(
        0, {"event": "user", "text": "yes in time, at 2 months. so free?", "parse_data": {}}
    )
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("Yes."), reply
    assert ASKED_AGAIN["en"] not in reply, reply


# --- 3. Beijing's monthly cash: a plain no, with the family told too (clause (12)) -----------

# Tester 37 c09: Beijing, renting, a second child born about two months ago.
BEIJING_RENTERS = {
    "city": "beijing",
    "renting": True,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        {**month("2026-10"), "approx": "2个月"},
    ],
}
PLAIN_NO = {"zh": "没有。", "en": "No."}
NO_AMOUNT = {"zh": "没有写金额（第(12)条）", "en": "with no amount (clause (12))"}
CARD_NO_AMOUNT = {
    "zh": "逐步建立家庭养育补贴制度：北京方案只写将逐步建立家庭养育补贴制度，没有补贴对象和金额",
    "en": "A family upbringing subsidy system to be gradually established",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("北京的 老二刚出生俩月 俺家租房住 北京有啥补贴 一个月给多少钱", "zh"),  # tester 37 c09
        ("在北京 租房 二宝两个月了 每个月能领多少补贴", "zh"),
        (
            "beijing, we rent, our second was born 2 months ago. what subsidies are there? how much a month?",
            "en",
        ),
        ("we're in beijing renting, baby 2 months old, any monthly cash for us?", "en"),
    ],
)
async def test_the_monthly_cash_asked_with_the_family_gets_a_plain_no_first(
    text: str, lang: str
) -> None:
    """The family's summary may follow, but the first line answers the question: no monthly
    money, only a subsidy system to be established, no amount (Beijing clause (12))."""
    reply, _ = await reply_of(
        ActionShowEntitlements(), text, lang, "check_eligibility", **BEIJING_RENTERS
    )
    assert reply.startswith(PLAIN_NO[lang]), reply
    assert NO_AMOUNT[lang] in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("没问这些 我就问北京有没有每月发钱的 还有公积金能提出来交房租不", "zh"),  # tester 37 c09
        ("一个月给多少钱", "zh"),
        (
            "i just asked if beijing pays anything monthly. and can we use the housing fund for rent?",
            "en",
        ),
    ],
)
async def test_the_monthly_cash_asked_again_beside_another_question_is_answered(
    text: str, lang: str
) -> None:
    slots = {**BEIJING_RENTERS, "result_shown": True}
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, "ask_policy", **slots)
    assert reply.startswith(PLAIN_NO[lang]), reply
    # said once: the no's own line, or (fix-t42e, tester 41 c06) the no opening the measure's
    # card, which says that no amount is set, with its clause once
    on_its_card = reply.startswith(PLAIN_NO[lang] + CARD_NO_AMOUNT[lang])
    assert reply.count(NO_AMOUNT[lang]) == 1 or on_its_card, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [("公积金每个月交多少", "zh"), ("how many days of leave a month", "en")],
)
async def test_another_measures_money_by_the_month_gets_no_cash_line(text: str, lang: str) -> None:
    slots = {**BEIJING_RENTERS, "result_shown": True}
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, "ask_policy", **slots)
    assert NO_AMOUNT[lang] not in reply, reply


# --- 4. leave for a mother with no employer: never "can take" (Jinan clause 11) --------------

# Tester 37 c05: Jinan, an eldest of 6, the second due March 2027, both paying into the fund.
EXPECTING = {
    "city": "jinan",
    "children": [{**month("2020-06"), "approx": "6岁"}, month("2027-03")],
    "housing_fund_contributors": 2,
    "buying_first_home": True,
}
GRANTED = ("这次生育可以休", "可以享受", "You can take it", "you qualify")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("对了我其实没单位 灵活就业 自己交的职工医保 那我有产假吗 生孩子报多少", "zh"),  # c05
        ("我是自由职业 没有单位 产假能休多少天", "zh"),
        ("I'm self-employed with no employer, do I get maternity leave?", "en"),
    ],
)
async def test_the_leave_card_after_no_employer_grants_nothing(text: str, lang: str) -> None:
    """The card that follows the form's reading (the focus on maternity leave) keeps the plan's
    figure and clause, not "you can take it this birth"."""
    slots = {
        **EXPECTING,
        "birth_insurance": "flexible_employment",
        "focus_entry": "jinan.maternity_leave",
        "focus_question": text,
    }
    reply, _ = await reply_of(ActionShowEntitlements(), text, lang, "inform", **slots)
    assert "158" in reply and ("第11条" in reply or "clause 11" in reply), reply
    for words in GRANTED:
        assert words not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"), [("产假多少天", "zh"), ("how long is my maternity leave", "en")]
)
async def test_a_flexibly_employed_mother_asking_later_is_not_granted_leave(
    text: str, lang: str
) -> None:
    """Her insurance as a flexibly employed woman says she has no employer: a later question
    on her leave gets the figure, not "can take"."""
    slots = {**EXPECTING, "birth_insurance": "flexible_employment", "result_shown": True}
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, "ask_policy", **slots)
    assert "158" in reply, reply
    for words in GRANTED:
        assert words not in reply, reply


# --- 5. tester 36 c03's leftovers: the items counted, and nursery money in Beijing ------------

# A Beijing grandmother: the granddaughter, the second child, born October 2025; the eldest's
# date not told yet, the summary shown with "还有2项要看第1个孩子的出生日期…".
GRANDDAUGHTER = {
    "city": "beijing",
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        {**month("2025-10"), "sex": "f"},
    ],
    "result_shown": True,
    "offer": "next_questions",
}


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("你刚才说还有2项 是啥", "zh", "ask_policy"),
        ("你说的那2项是什么", "zh", "nlu_fallback"),
        ("what are the 2 other items?", "en", "ask_policy"),
        ("which two items?", "en", "nlu_fallback"),
    ],
)
async def test_the_items_the_offer_counted_are_listed(text: str, lang: str, intent: str) -> None:
    """Each open item by name, with what it waits on; not another measure's paragraph."""
    from actions.answers import ActionRouteUnclear

    action = ActionAnswerPolicyQuestion() if intent == "ask_policy" else ActionRouteUnclear()
    reply, _ = await reply_of(action, text, lang, intent, **GRANDDAUGHTER)
    insurance = "生育保险待遇" if lang == "zh" else "Maternity insurance benefits"
    transit = "1.3" in reply and ("第1个孩子" in reply or "child 1" in reply)
    assert insurance in reply and transit, reply
    assert "养育补贴" not in reply and "upbringing subsidy" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("外孙女想送托儿所 有补贴吗", "zh"),  # tester 36 c03
        ("继续吧 老大6岁了 上幼儿园呢 外孙女想送托儿所 有补贴吗", "zh"),
        ("is there any subsidy if we send her to a nursery?", "en"),
    ],
)
async def test_nursery_money_in_beijing_is_no_first_with_the_ages(text: str, lang: str) -> None:
    """No childcare subsidy for families in the Beijing plan (clause (10) supports providers);
    nursery classes take ages 2 to 3, and the granddaughter is about 14 months."""
    slots = {**GRANDDAUGHTER, "children": [month("2020-06"), {**month("2025-10"), "sex": "f"}]}
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, "ask_policy", **slots)
    no = (
        "北京方案没有给家庭的这类补贴"
        if lang == "zh"
        else "The Beijing plan gives families no such"
    )
    assert reply.startswith(no), reply
    assert "(10)" in reply and ("2至3岁" in reply or "2 to 3" in reply), reply
    assert "14" in reply, reply
    assert len(reply) < 400, reply  # two lines: short on a phone


async def test_nursery_money_in_jinan_keeps_its_400_answer() -> None:
    """Jinan clause 12's 400 a month to recorded nurseries is not answered 'no'."""
    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2020-06"), month("2025-10")],
    }
    reply, _ = await reply_of(
        ActionAnswerPolicyQuestion(), "老二想送托儿所 有补贴吗", "zh", **slots
    )
    assert not reply.startswith("没有。"), reply
    assert "400" in reply, reply


async def test_the_enrolment_told_before_answers_the_focused_question_too() -> None:
    """The same, when the form's focus on the insurance answers the turn (the live route)."""
    dispatcher = CollectingDispatcher()
    text = "you didnt answer. is the twins medical insurance free or not"
    slots = {
        **TWINS,
        "focus_entry": "jinan.newborn_medical_insurance_subsidy",
        "focus_question": text,
    }
    tracker = make_tracker(text, intent="ask_policy", language="en", **slots)
    tracker.events.insert(
        0,
        {
            "event": "user",
            "text": "the twins medical insurance, we did it when they were 2 months old",
            "parse_data": {},
        },
    )
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("Yes."), reply
    assert ASKED_AGAIN["en"] not in reply, reply
