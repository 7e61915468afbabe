"""Tester 42's invented yes and wrong-measure answers (fix-t43f). Each test: the family known so
far (the slots), what the citizen wrote, what the reply must and must not say, and the clause.
Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionHandleCorrection, ActionOnBehalf
from actions.results import ActionExplainItem, ActionNextSteps
from tests.actions.conftest import DOMAIN, make_tracker, texts

UNDATED: dict[str, Any] = {"birth_date": None, "precision": None, "height_cm": None}
ACTIONS: dict[str, type[Action]] = {
    "ask_policy": ActionAnswerPolicyQuestion,
    "nlu_fallback": ActionRouteUnclear,
    "ask_details": ActionExplainItem,
    "ask_next_steps": ActionNextSteps,
    "inform": ActionHandleCorrection,
    "on_behalf": ActionOnBehalf,
}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def tracker(text: str, intent: str, **slots: Any) -> Tracker:
    return make_tracker(text, intent, **slots)


async def reply_to(text: str, intent: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    await ACTIONS[intent]().run(dispatcher, tracker(text, intent, **slots), DOMAIN)
    return texts(dispatcher)


# ---------------------------------------------------------------------------------------------
# B5. Tester 42 c02: a grandmother; Jinan hukou, the eldest born December 2019, the 2nd (her
# granddaughter) October 2025, no benefits at the birth; the answer shown, the 600 discussed.
# "钱打到谁卡上 我当姥姥的能替闺女去办吗" got "能。", "政策上写了姥姥能代办吗 你确定？" got
# "没太明白", "姥姥能不能替闺女去办" got "很可能可以" of the grandparents' care insurance.

GRANDMOTHERS_FAMILY: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
    "children": [
        {**UNDATED, "birth_date": "2019-12-01", "precision": "month"},
        {**UNDATED, "birth_date": "2025-10-01", "precision": "month", "hardship_at_birth": False},
    ],
}
SILENT_ON_WHO = {
    "zh": ("没有写", "代为办理", "第12条", "济南市卫生健康委员会"),
    "en": ("does not say", "on the family's behalf", "clause 12", "Municipal Health Commission"),
}
NEVER_A_YES = {
    "zh": ("能。", "可以享受", "很可能", "没太明白", "长期护理保险", "21,600"),
    "en": ("Yes", "likely", "didn't quite", "long-term care", "21,600"),
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那钱是打到谁卡上 我帮闺女去办行不行", "zh"),  # tester 42 c02
        ("我是问那个600的补贴 钱打到谁卡上 我当姥姥的能替闺女去办吗", "zh"),
        ("这个政策上写了姥姥能代办吗 你确定？", "zh"),
        ("我就想知道 姥姥能不能替闺女去办", "zh"),
        ("不是问护理保险 是问那个600块钱的育儿补贴 能不能姥姥去给办手续", "zh"),
        ("补贴发到谁的账户上啊", "zh"),
        ("奶奶能代领吗", "zh"),
        ("can grandma apply for her?", "en"),
        ("whose bank account is the 600 paid into?", "en"),
        ("can I do the paperwork on my daughter's behalf?", "en"),
    ],
)
@pytest.mark.parametrize("intent", list(ACTIONS))
async def test_who_may_apply_or_be_paid_is_the_plans_silence_never_a_yes(
    text: str, lang: str, intent: str
) -> None:
    """Jinan clause 12 says who gets the 600 and how much; not who may claim it, whose account
    is paid or whether a relative may act for the family: that silence with the clause and the
    lead department (Municipal Health Commission), whatever intent the words were given."""
    reply = await reply_to(text, intent, **GRANDMOTHERS_FAMILY, language=lang)
    for said in SILENT_ON_WHO[lang]:
        assert said in reply, reply
    for wrong in NEVER_A_YES[lang]:
        assert wrong not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "给孩子办医保去哪办",
        "帮我看看能领啥",
        "我是孩子姥姥，帮女儿问一下",
        "how do we apply for her leave",
    ],
)
def test_a_parent_acting_for_a_child_or_asking_for_someone_is_no_proxy_question(
    text: str,
) -> None:
    from actions.who_applies import ON_BEHALF

    assert ON_BEHALF.search(text) is None, text


# ---------------------------------------------------------------------------------------------
# D20. Tester 42 c02: the same family; "我们老两口那个护理保险补贴 去哪交" got the card again;
# the steps and the lead department (Healthcare Security Bureau) came only after "哪个部门".

WHERE_PAID = {
    "zh": ("怎么办理", "牵头部门：济南市医疗保障局", "未写"),
    "en": ("how to apply", "Lead department: Municipal Health Insurance Bureau", "without saying"),
}


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("行了 谢谢啊 最后问下我们老两口那个护理保险补贴 去哪交", "zh", None),  # tester 42 c02
        ("护理保险补贴 去哪交", "zh", None),
        ("那去哪交啊", "zh", "jinan.grandparents_ltc_insurance_subsidy"),
        ("在哪办", "zh", "jinan.grandparents_ltc_insurance_subsidy"),
        ("where do we pay for the grandparents' care insurance?", "en", None),
        ("ok, where do we pay it?", "en", "jinan.grandparents_ltc_insurance_subsidy"),
    ],
)
@pytest.mark.parametrize("intent", ["ask_policy", "nlu_fallback", "ask_details", "inform"])
async def test_where_to_pay_for_the_measure_is_its_steps_and_lead_department(
    text: str, lang: str, topic: str | None, intent: str
) -> None:
    """Jinan clause 15: the grandparents' care-insurance contribution; the plan gives no
    procedure: the steps policy_kb has, the plan's silence and the lead department, not the
    card that was shown before."""
    slots = {**GRANDMOTHERS_FAMILY, "language": lang, "topic_entry": topic}
    reply = await reply_to(text, intent, **slots)
    for said in WHERE_PAID[lang]:
        assert said.lower() in reply.lower(), reply
    assert "可以享受" not in reply and "qualif" not in reply, reply


# ---------------------------------------------------------------------------------------------
# D15. Tester 42 c10: Jinan hukou, three children (about 8 and 4, the 3rd born March 2026, on
# dibao at that birth); renting, no housing fund; the 3rd's insurance discussed. "在期限内上的
# 那生老三住院的钱医保报多少 我是居民医保" got only the newborn premium subsidy ("能。…个人缴费").

THIRD_CHILD_FAMILY: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": True,
    "result_shown": True,
    "housing_fund_payers": 0,
    "renting": True,
    "topic_entry": "jinan.newborn_medical_insurance_subsidy",
    "children": [
        {**UNDATED, "birth_date": "2018-06-01", "precision": "month", "approx": "8岁"},
        {**UNDATED, "birth_date": "2022-06-01", "precision": "month", "approx": "4岁"},
        {**UNDATED, "birth_date": "2026-03-01", "precision": "month", "hardship_at_birth": True},
    ],
}
RESIDENT_BIRTH_COSTS = {"zh": ("3,000元", "第15条"), "en": ("3,000 yuan", "clause 15")}
OTHER_INSURANCE_LINES = ("100%", "50%", "职工生育保险", "employee maternity", "flexibly employed")


async def whole_turn(text: str, intent: str, **slots: Any) -> str:
    """The action the intent runs; when it hands over to the household form, the form on the
    same message, then the answer to what it left in focus."""
    from actions.results import ActionShowEntitlements
    from tests.actions.conftest import slot_events
    from tests.actions.test_questions_t27a import form_turn

    dispatcher = CollectingDispatcher()
    events = await ACTIONS[intent]().run(dispatcher, tracker(text, intent, **slots), DOMAIN)
    reply = texts(dispatcher)
    if not any(e.get("event") == "followup" for e in events):
        return reply
    after = {**slots, **slot_events(events)}
    lang = str(after.pop("language"))
    formed, set_ = await form_turn(text, lang, **after)
    after["language"] = lang
    after.update(set_)
    dispatcher = CollectingDispatcher()
    if after.get("focus_entry") and not after.get("requested_slot"):
        await ActionShowEntitlements().run(dispatcher, tracker(text, "inform", **after), DOMAIN)
    return "\n".join([reply, formed, texts(dispatcher)])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("在期限内上的 那生老三住院的钱医保报多少 我是居民医保", "zh"),  # tester 42 c10
        ("生老三住院的钱医保报多少 我是居民医保", "zh"),
        ("我们按时参保了 那生孩子住院医保给报多少 我是居民医保", "zh"),
        (
            "we enrolled him in time. how much does insurance pay for the hospital birth? "
            "I'm on resident insurance",
            "en",
        ),
    ],
)
@pytest.mark.parametrize("intent", ["ask_policy", "inform"])
async def test_birth_hospital_costs_under_resident_insurance_are_the_fixed_3000(
    text: str, lang: str, intent: str
) -> None:
    """Jinan clause 15's childbirth medical insurance: resident insurance pays a fixed 3,000
    yuan for the hospital birth. With the family's insurance told, its line alone; never the
    newborn premium subsidy in its place."""
    reply = await whole_turn(text, intent, **THIRD_CHILD_FAMILY, language=lang)
    for said in RESIDENT_BIRTH_COSTS[lang]:
        assert said in reply, reply
    for other in OTHER_INSURANCE_LINES:
        assert other not in reply, reply


# ---------------------------------------------------------------------------------------------
# D16. Tester 42 c03: Jinan, a 5-year-old son and twins born May 2023. "my wife's leave, she's
# back at work, can she still take days off for the twins" got a fallback and a note on
# benefits ending; asked again it was the parental leave, ended when the twins turned 3.

TWINS_FAMILY: dict[str, Any] = {
    "city": "jinan",
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
    "children": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month", "approx": "5 yo"},
        {**UNDATED, "birth_date": "2023-05-01", "precision": "month"},
        {**UNDATED, "birth_date": "2023-05-01", "precision": "month"},
    ],
}
PARENTAL_LEAVE = {
    "zh": ("育儿假", "3周岁", "2026年5月1日", "第11条"),
    "en": ("Parental leave", "under 3", "1 May 2026", "clause 11"),
}
NOT_ASKED = {
    "zh": ("158天", "陪产假", "没太明白", "加发"),
    "en": ("158 days", "aternity leave", "didn't quite", "supplement"),
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "so what about my wife's leave, she's back at work, can she still take days off for "
            "the twins",
            "en",
        ),  # tester 42 c03
        ("can I still take time off to look after the kids?", "en"),
        ("她已经回去上班了 还能请假照顾孩子吗", "zh"),
        ("我老婆上班了 还能为双胞胎请几天假不", "zh"),
    ],
)
@pytest.mark.parametrize("intent", ["ask_policy", "nlu_fallback", "inform", "ask_details"])
async def test_days_off_for_the_children_is_the_parental_leave(
    text: str, lang: str, intent: str
) -> None:
    """Jinan clause 11: each parent of a child under 3 gets at least 10 days of parental leave
    a year; the twins turned 3 on 1 May 2026, so it has ended. Not the birth's leaves, not a
    fallback, not a note on benefits ending."""
    reply = await reply_to(text, intent, **TWINS_FAMILY, language=lang)
    for said in PARENTAL_LEAVE[lang]:
        assert said in reply, reply
    for wrong in NOT_ASKED[lang]:
        assert wrong not in reply, reply
