"""What the answers say, as tester 24 met them (the items still open after t24a/t24b): each test
is a family (the slots), what the citizen wrote, and what the reply must and must not say."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionGoOn
from actions.household_form import ValidateHouseholdForm, accepted_updates, required_facts
from actions.results import focused_reply
from actions.supplement import supplement_entry
from policy_kb import get_entry
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.test_follow_up_questions import ask


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def while_the_form_asks(text: str, intent: str = "check_eligibility", **slots: object) -> str:
    """The reply to a message while the form's question is pending (Rasa sends a "what can we
    get" there to action_go_on, a message it reads as facts to the form)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, **slots)
    action = {
        "check_eligibility": ActionGoOn(),
        "ask_policy": ActionAnswerPolicyQuestion(),
    }.get(intent, ValidateHouseholdForm())
    await action.run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


async def first_message(text: str, lang: str) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang)
    await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# --- 1. what money there is, asked while the form still asks: the money first ---------------

# tester 24 c01: two children in Jinan, both with hukou; the form asks the mother's insurance
JINAN_TWO_CHILDREN = {
    "city": "jinan",
    "hukou_in_city": True,
    "requested_slot": "birth_insurance",
    "children": [
        {"birth_date": "2023-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2025-10-01", "precision": "month", "height_cm": None},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("老二有啥补贴", "zh"),
        ("有啥补贴", "zh"),
        ("那我们都有什么补贴能领", "zh"),
        ("能领什么钱啊", "zh"),
        ("what can we get in subsidies?", "en"),
        ("what money can we get, what benefits?", "en"),
    ],
)
async def test_what_money_there_is_asked_during_the_form_gets_the_600_first(
    text: str, lang: str
) -> None:
    """Clause 12: 600 a month for the second child; the 200 on top waits on the benefits at
    the birth, and the form goes on (tester 24 c01 got the insurance question again)."""
    reply = await while_the_form_asks(text, language=lang, **JINAN_TWO_CHILDREN)
    assert "600" in reply, reply
    assert "第12条" in reply or "clause 12" in reply, reply
    assert "200" in reply, reply  # the supplement, on its open condition
    assert "一个孩子" not in reply and "第1个孩子：600" not in reply, reply
    assert "我把您家能领的都查一遍" not in reply and "check everything" not in reply, reply


async def test_everything_asked_with_no_money_word_goes_on_with_the_full_check() -> None:
    """ "what can we get?" is the whole check: no figure put before the form's questions."""
    reply = await while_the_form_asks("what can we get?", language="en", **JINAN_TWO_CHILDREN)
    assert "600" not in reply and "check everything" in reply, reply


# tester 24 c05: a grandmother; her daughter's second child born today, the hukou not yet said
NEWBORN_HUKOU_OPEN = {
    "city": "jinan",
    "requested_slot": "hukou_in_city",
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        {"birth_date": "2026-12-01", "precision": "day", "height_cm": None},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("能有啥补贴", "zh"),
        ("我闺女能领啥钱", "zh"),
        ("what subsidies are there, how much money?", "en"),
    ],
)
async def test_a_grandmother_asking_what_there_is_hears_the_600_on_the_hukou(
    text: str, lang: str
) -> None:
    """Clause 12 with the hukou open: 600 a month for the second child if the family has Jinan
    hukou, 200 more with benefits at the birth; the eldest's date does not change it."""
    reply = await while_the_form_asks(text, language=lang, **NEWBORN_HUKOU_OPEN)
    assert "600" in reply and "200" in reply, reply
    assert "如果是济南户口" in reply or "If you have Jinan hukou (not known yet)" in reply, reply
    assert "第12条" in reply or "clause 12" in reply, reply


# tester 24 c03: twins due in June 2027 beside a 4-year-old; the form asks about benefits
TWINS_DUE = {
    "city": "jinan",
    "hukou_in_city": True,
    "requested_slot": "hardship_at_birth",
    "children": [
        {"birth_date": "2022-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2027-06-01", "precision": "month", "height_cm": None, "expected": True},
        {"birth_date": "2027-06-01", "precision": "month", "height_cm": None, "expected": True},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("双胞胎能领多少", "zh", "check_eligibility"),
        ("双胞胎能领多少", "zh", "inform"),
        ("俩小的一共能拿多少", "zh", "inform"),
        ("how much will the twins get", "en", "inform"),
    ],
)
async def test_how_much_the_twins_get_is_the_monthly_money_on_the_open_benefits(
    text: str, lang: str, intent: str
) -> None:
    """Clause 12: 600 each, 1,200 a month, 1,600 with benefits at the birth; not the newborn's
    insurance (clause 15) that the search found for "twins"."""
    reply = await while_the_form_asks(text, intent=intent, language=lang, **TWINS_DUE)
    assert "1,200" in reply and "1,600" in reply, reply
    assert "医保" not in reply and "medical insurance" not in reply, reply


async def test_how_much_asked_after_the_answer_is_the_monthly_money_too() -> None:
    slots = {k: v for k, v in TWINS_DUE.items() if k != "requested_slot"}
    reply, _ = await ask(
        "双胞胎能领多少", "zh", result_shown=True, hardship_at_birth=False, **slots
    )
    assert "1,200" in reply and "医保" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("济南 老二2024年5月生的 济南户口 有啥补贴", "zh"),
        (
            "jinan, jinan hukou, our second was born in may 2024. what can we get in subsidies?",
            "en",
        ),
    ],
)
async def test_a_first_message_asking_what_money_there_is_gets_the_600_before_the_questions(
    text: str, lang: str
) -> None:
    """Tester 24 r6 got the insurance question and no subsidy."""
    reply = await first_message(text, lang)
    assert "600" in reply, reply
    assert "第12条" in reply or "clause 12" in reply, reply


async def test_beijing_asked_what_money_there_is_hears_its_subsidy_system_is_not_set_up() -> None:
    """Beijing (12): a subsidy system to be established, no amount; never Jinan's 600."""
    slots = {
        "city": "beijing",
        "hukou_in_city": True,
        "requested_slot": "children_heights",
        "children": [
            {"birth_date": "2021-06-01", "precision": "month", "height_cm": None},
            {"birth_date": "2024-06-01", "precision": "month", "height_cm": None},
        ],
    }
    reply = await while_the_form_asks("北京有啥补贴能领", language="zh", **slots)
    assert "第(12)条" in reply and "600" not in reply, reply


# --- 2. no question whose answer changes nothing the family asked for or gets --------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("三孩 2023年2月10日生的 出生时领低保 济南户口", "zh"),
        ("济南户口 老三是2023年2月10号生的 那会儿家里吃低保", "zh"),
        ("jinan hukou, our third was born on 10 Feb 2023 and we were on dibao then", "en"),
    ],
)
async def test_the_elder_childrens_dates_are_not_asked_when_they_change_nothing(
    text: str, lang: str
) -> None:
    """Clause 12: the third child's 800 a month (2023-02-10 to 2026-02-10) is decided; an elder
    sibling born a birth earlier (before 2022-09) gets no subsidy whatever its date, so neither
    date is asked (tester 24 r5 got "第1个孩子是哪年哪月出生的？")."""
    reply = await first_message(text, lang)
    updates = accepted_updates(text, {}, date(2026, 12, 1)).updates
    assert "children" not in required_facts(updates, date(2026, 12, 1)), updates
    assert "哪年哪月出生" not in reply and "born (year and month)" not in reply, reply


async def test_an_elder_born_perhaps_after_2023_is_still_asked_about() -> None:
    """The third child born in October 2023: the second may have been born in 2023 and then
    gets 600 a month too (clause 12), so its date is asked."""
    updates = accepted_updates("济南户口 老三2023年10月10日生的", {}, date(2026, 12, 1)).updates
    assert required_facts(updates, date(2026, 12, 1))[0] == "children"


# --- 3. the extra 200 asked about: the benefits at the birth decide it, not those now --------

# tester 24 c08: twins born March 2023 (their 600 ended in March 2026), not on benefits at the
# birth, on unemployment benefits now
TWINS_NOT_ON_BENEFITS_AT_BIRTH = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "hardship_now": True,
    "requested_slot": "birth_insurance",
    "children": [
        {"birth_date": "2020-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2023-03-01", "precision": "month", "height_cm": None},
        {"birth_date": "2023-03-01", "precision": "month", "height_cm": None},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("how much per month for the twins and do I get the extra 200", "en", "inform"),
        ("do I get the extra 200", "en", "inform"),
        ("我现在领失业金 能多领200吗", "zh", "ask_policy"),
        ("那200能多领吗", "zh", "inform"),
    ],
)
async def test_the_extra_200_is_no_when_the_births_were_not_on_benefits(
    text: str, lang: str, intent: str
) -> None:
    """Clause 12: 200 more a month for a birth while on dibao, special hardship support or
    unemployment benefits; benefits now do not count."""
    reply = await while_the_form_asks(
        text, intent=intent, language=lang, **TWINS_NOT_ON_BENEFITS_AT_BIRTH
    )
    assert reply.startswith(("No:", "不能。")), reply
    assert "does not count" in reply or "现在领的不算" in reply, reply
    assert "clause 12" in reply or "第12条" in reply, reply


# a second child born October 2025; on benefits now, the time of the birth not yet told
ON_BENEFITS_NOW = {
    "city": "jinan",
    "hukou_in_city": True,
    "requested_slot": "birth_insurance",
    "children": [
        {"birth_date": "2020-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2025-10-01", "precision": "month", "height_cm": None},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I'm on unemployment benefits now, do we get the extra 200?", "en"),
        ("现在吃低保 那200能多领吗", "zh"),
    ],
)
async def test_the_extra_200_asked_with_benefits_now_depends_on_the_birth(
    text: str, lang: str
) -> None:
    """The benefits now are noted apart; the answer says the time of the birth decides, and the
    form asks that next."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **ON_BENEFITS_NOW)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "depends on the time of the birth" in reply or "要看第2个孩子出生的时候" in reply, reply
    assert "200" in reply and ("clause 12" in reply or "第12条" in reply), reply
    asked = [e["value"] for e in events if e.get("name") == "requested_slot"]
    assert asked == ["hardship_at_birth"], events


async def test_the_extra_200_asked_with_the_facts_again_is_answered_when_the_form_ends() -> None:
    """ "我现在领失业金 能多领200吗" restates a fact: the form sets the question's focus, has
    nothing left to ask, and the result answers the focus with the same no."""
    slots = {k: v for k, v in TWINS_NOT_ON_BENEFITS_AT_BIRTH.items() if k != "requested_slot"}
    tracker = make_tracker("我现在领失业金 能多领200吗", language="zh", **slots)
    entry = supplement_entry("jinan")
    assert entry is not None
    reply = focused_reply(tracker, slots, entry, "zh", question="我现在领失业金 能多领200吗")
    assert reply.startswith("不能。") and "现在领的不算" in reply, reply


# --- 4. a Beijing family: the baby's birth, and why there is no money ------------------------

# tester 24 c02: Beijing hukou, a daughter of 5 (1.25 m), the second due in February 2027
BEIJING_BABY_DUE = {
    "city": "beijing",
    "hukou_in_city": True,
    "result_shown": True,
    "children": [
        {"birth_date": "2021-06-01", "precision": "month", "height_cm": 125},
        {"birth_date": "2027-02-01", "precision": "month", "height_cm": None, "expected": True},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("what about the baby when born", "en", None),
        ("what about the baby when born", "en", "beijing.family_upbringing_subsidy_system"),
        ("and what do we get when she's born?", "en", None),
        ("宝宝生了以后有啥", "zh", None),
        ("那孩子出生后我们能享受什么", "zh", None),
    ],
)
async def test_a_beijing_family_asking_about_the_babys_birth_hears_its_items(
    text: str, lang: str, topic: str | None
) -> None:
    """Beijing (12): leave (no days given), free transit under 1.3 m; (9): the under-3 tax
    deduction; (12): a subsidy system to be established, no amount; each with its clause."""
    reply, _ = await ask(text, lang, topic_entry=topic, **BEIJING_BABY_DUE)
    assert ("(12)" in reply) and ("(9)" in reply), reply
    assert "paternity" in reply or "陪产假" in reply, reply
    assert "subsidy system" in reply or "养育补贴" in reply, reply
    assert "600" not in reply and "Jinan" not in reply and "济南" not in reply, reply


async def test_the_babys_birth_asked_when_nothing_was_understood_is_answered_too() -> None:
    """Rasa's fallback intent goes to action_route_unclear (tester 24 c02 got "Sorry")."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "what about the baby when born", intent="nlu_fallback", language="en", **BEIJING_BABY_DUE
    )
    await ActionRouteUnclear().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "When the baby is born" in reply and "clause (12)" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("but jinan pays families 600 monthly, why not us?", "en"),
        ("why? jinan gives 600 a month right", "en"),
        (
            "our friends in jinan get 600 yuan every month for their baby, how come we get nothing here?",
            "en",
        ),
        ("济南那边每个月都给600 为什么我们北京一分钱都没有呢 这不公平吧", "zh"),
    ],
)
async def test_why_a_beijing_family_gets_no_money_jinan_pays_is_beijings_clause(
    text: str, lang: str
) -> None:
    """Beijing (12) only announces a subsidy system; the plan gives no reason; each city pays by
    its own plan. Never Jinan's rule described to a Beijing family, however long the why."""
    reply, _ = await ask(text, lang, topic_entry=None, **BEIJING_BABY_DUE)
    assert "(12)" in reply, reply
    assert "no reason" in reply or "没有说明原因" in reply, reply
    assert "own plan" in reply or "自己的方案" in reply, reply
    assert "Families with Jinan household registration" not in reply, reply
    assert "具有济南户籍" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [("why not? we pay taxes here", "en"), ("我们也交税 凭什么没有", "zh")],
)
async def test_a_why_after_beijings_subsidy_answer_says_the_plan_gives_no_reason(
    text: str, lang: str
) -> None:
    reply, _ = await ask(
        text, lang, topic_entry="beijing.family_upbringing_subsidy_system", **BEIJING_BABY_DUE
    )
    assert "(12)" in reply and ("no reason" in reply or "没有说明原因" in reply), reply
    assert "gradually established" in reply or "逐步建立" in reply, reply


# --- 5. a measure named after "and", and the other city's version of the one discussed -------

# tester 24 c10: Beijing, the middle child 4, the third born last month; heights asked
BEIJING_THREE = {
    "city": "beijing",
    "requested_slot": "children_heights",
    "topic_entry": "beijing.child_free_transit",
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        {"birth_date": "2022-06-01", "precision": "month", "height_cm": None, "approx": "4"},
        {"birth_date": "2026-11-01", "precision": "month", "height_cm": None},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("and after school care for the oldest, he's 9", "en"),
        ("also after-school services for my eldest, she is 8", "en"),
        ("还有课后服务 老大9岁了", "zh"),
    ],
)
async def test_a_measure_named_after_and_with_a_fact_is_answered(text: str, lang: str) -> None:
    """Beijing (13): after-school services in all compulsory-education schools; the plan names
    no fees or hours. The age is noted, and the form turns to that measure (tester 24 c10 got
    only "Noted")."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **BEIJING_THREE)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    focus = [e["value"] for e in events if e.get("name") == "focus_entry"]
    assert focus == ["beijing.education_resources"], events
    slots = {**BEIJING_THREE, **{e["name"]: e["value"] for e in events if e.get("event") == "slot"}}
    reply = focused_reply(tracker, slots, get_entry(focus[0]), lang, question=text)
    assert "(13)" in reply, reply
    assert "after-school" in reply or "课后服务" in reply, reply
    assert "元" not in reply and "yuan" not in reply, reply  # no fee the plan does not give


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("beijing equivalent?", "en"),
        ("and in beijing?", "en"),
        ("what about beijing", "en"),
        ("北京呢", "zh"),
        ("北京有类似的吗", "zh"),
    ],
)
async def test_the_other_citys_version_of_the_housing_fund_loan_is_its_housing_clause(
    text: str, lang: str
) -> None:
    """Hotline, after Jinan's loan ceiling (clause 14): Beijing's plan has no such item; on
    housing it gives public rental priority ((12)). Not Beijing's subsidy (tester 24 c06)."""
    reply, events = await ask(
        text, lang, hotline_city="jinan", topic_entry="jinan.housing_fund_loan_limit"
    )
    assert "(12)" in reply, reply
    assert "public rental" in reply or "公租房" in reply, reply
    assert "subsidy system" not in reply and "养育补贴" not in reply, reply
    topic = [e["value"] for e in events if e.get("name") == "topic_entry"]
    assert topic == ["beijing.public_rental_priority"], events


async def test_the_other_citys_version_of_leave_lists_its_leave_items() -> None:
    """Beijing's combined leave ((12)) asked in Jinan: clause 11's maternity, paternity and
    parental leave."""
    reply, _ = await ask(
        "and in jinan?", "en", city="beijing", topic_entry="beijing.leave_entitlements"
    )
    assert "Maternity leave (Jinan)" in reply and "Paternity leave (Jinan)" in reply, reply
    assert "clause 11" in reply, reply


async def test_the_same_measure_in_the_other_city_is_named_as_such() -> None:
    """Both plans prioritise public rental housing (Jinan 14, Beijing (12))."""
    reply, _ = await ask("北京呢", "zh", city="jinan", topic_entry="jinan.public_rental_priority")
    assert reply.startswith("多子女家庭公租房优先配租（北京）"), reply
