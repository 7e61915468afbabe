"""Questions tester 26 asked that were answered wrongly or not at all, as conversations: the
family known so far (the slots), what the citizen wrote, and what the reply must and must not
say. Today is 1 December 2026 (China), as in the tester's run."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.conversation import ActionGoOn
from actions.headline import headline
from actions.household import household_from_slots
from actions.results import ActionExplainItem, ActionNextSteps
from policy_kb import evaluate
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_follow_up_questions import ask


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def go_on(text: str, lang: str, **slots: object) -> str:
    """A message while the household form asks its pending question (ActionGoOn)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="check_eligibility", language=lang, **slots)
    await ActionGoOn().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# --- 1. A family whose hukou is elsewhere, living in Jinan (tester 26 c10) -------------------

# Twins born June 2024, hukou still in Beijing, living in Jinan.
BEIJING_HUKOU_IN_JINAN = {
    "city": "jinan",
    "hukou_in_city": False,
    "children": [
        {"birth_date": "2024-06-01", "precision": "month"},
        {"birth_date": "2024-06-01", "precision": "month"},
    ],
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("why not? we live in jinan now", "en"),
        ("how come we don't get it?", "en"),
        ("为啥不行 我们现在住济南", "zh"),
        ("凭什么没有 我们都在济南住了", "zh"),
    ],
)
async def test_why_not_of_a_family_with_hukou_elsewhere_is_the_hukou(text: str, lang: str) -> None:
    """Jinan clause 12 pays the 600 to families with Jinan household registration: the why is
    the hukou (living in Jinan is not enough), with what moving it would give the second twin,
    not the birth-order rule alone ("The 2nd child is within it")."""
    reply, _ = await ask(text, lang, **BEIJING_HUKOU_IN_JINAN)
    if lang == "zh":
        assert reply.startswith("不能，因为育儿补贴要求济南户籍（第12条）"), reply
        assert "如果户口迁到济南" in reply and "每月600元" in reply, reply
        assert "2027年6月1日" in reply, reply
        assert "老二在范围内" not in reply, reply
    else:
        assert reply.startswith("No. Childcare subsidy requires Jinan household registration"), (
            reply
        )
        assert "clause 12" in reply and "If your hukou moves to Jinan" in reply, reply
        assert "600 yuan/month" in reply and "1 Jun 2027" in reply, reply
        assert "within it" not in reply, reply


async def test_why_not_with_jinan_hukou_is_still_the_birth_order() -> None:
    """The same why from a Jinan-hukou family is the birth-order rule, as before."""
    family = {**BEIJING_HUKOU_IN_JINAN, "hukou_in_city": True}
    reply, _ = await ask("为啥老大没有", "zh", **family)
    assert "户籍" not in reply.split("。")[0], reply
    assert "第1个孩子" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "what benefits can we get? and can we get the 600 in jinan?",
            "en",
            "Requires Jinan household registration",
        ),
        ("能领哪些 还有600能领吗", "zh", "须为济南户籍"),
        ("都有什么补贴？育儿补贴我们能领吗", "zh", "须为济南户籍"),
    ],
)
async def test_a_measure_asked_beside_the_whole_check_is_answered_first(
    text: str, lang: str, said: str
) -> None:
    """ "What can we get? and can we get the 600?" while the form asks: the 600 is decided
    already (no Jinan hukou, clause 12), so it is answered, then the full check goes on; it
    was left unanswered behind "a few more questions first"."""
    slots = {**BEIJING_HUKOU_IN_JINAN, "topic_entry": None, "requested_slot": "maternity_cover"}
    reply = await go_on(text, lang, **slots)
    assert reply.startswith(("No.", "不能。")), reply
    assert said in reply, reply
    assert "12" in reply, reply
    assert "a few more questions" in reply or "还需要再问几个问题" in reply, reply


# --- 2. A question asked before any city is known (tester 26 r06) ----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "here", "there"),
    [
        ("每月补贴多少 陪产假几天", "zh", "济南方案：", "北京方案："),
        ("陪产假几天", "zh", None, None),
        ("how long is paternity leave?", "en", None, None),
        ("公积金贷款能贷多少", "zh", "济南方案：", "北京方案："),
        ("is there a monthly subsidy for a second child?", "en", "The Jinan plan:", "Beijing"),
    ],
)
async def test_with_no_city_known_each_figure_is_said_with_its_citys_plan(
    text: str, lang: str, here: str | None, there: str | None
) -> None:
    """No city known: never Jinan's 600 or 15 days silently. Each plan's rule is named by its
    city (Jinan clause 11 and 12; Beijing (12) states no days and no amount), and the city is
    asked, which decides the family's own answer."""
    reply, _ = await ask(text, lang)
    assert reply.startswith(("您还没说在哪个城市", "You have not said which city")), reply
    assert ("济南方案：" in reply and "北京方案：" in reply) or (
        "The Jinan plan:" in reply and "The Beijing plan:" in reply
    ), reply
    if here is not None and there is not None:
        assert reply.index(here) < reply.index(there), reply
    assert "您家在哪个城市" in reply or "Which city is your family in" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "slots"),
    [
        ("陪产假几天", "zh", {"city": "jinan"}),
        ("济南陪产假几天", "zh", {}),
        ("how long is paternity leave in beijing?", "en", {}),
    ],
)
async def test_with_a_city_known_or_named_only_that_citys_plan_answers(
    text: str, lang: str, slots: dict[str, object]
) -> None:
    """The family's city, or the city the question names, decides: no second plan, no ask."""
    reply, _ = await ask(text, lang, **slots)
    assert "您还没说在哪个城市" not in reply and "You have not said which city" not in reply


# --- 3. A follow-up keeps the measure last discussed (tester 26 c01b) ------------------------

# Jinan hukou, a first child about 5, twins due February 2027; the form still asks whether the
# family draws dibao (the 200 of clause 12).
TWINS_ON_THE_WAY = {
    "city": "jinan",
    "hukou_in_city": True,
    "requested_slot": "hardship_at_birth",
    "children": [
        {"birth_date": "2021-06-01", "precision": "year"},
        {"birth_date": "2027-02-01", "precision": "month"},
        {"birth_date": "2027-02-01", "precision": "month"},
    ],
}


async def run_action(action: object, text: str, lang: str, intent: str, **slots: object) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    await action.run(dispatcher, tracker, DOMAIN)  # type: ignore[attr-defined]
    return texts(dispatcher)


async def money_then(text: str, lang: str) -> dict[str, object]:
    """The money asked while the form asks (ActionGoOn), and the slots it leaves."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="check_eligibility", language=lang, **TWINS_ON_THE_WAY)
    events = await ActionGoOn().run(dispatcher, tracker, DOMAIN)
    assert "600" in texts(dispatcher)
    return {**TWINS_ON_THE_WAY, **slot_events(events)}


@pytest.mark.parametrize(
    ("money", "eldest", "lang"),
    [
        ("一共能领多少钱", "那老大呢", "zh"),
        ("能领多少钱", "老大呢 有没有", "zh"),
        ("how much money will we get", "and the eldest?", "en"),
    ],
)
async def test_after_the_twins_money_the_eldest_is_asked_of_the_600(
    money: str, eldest: str, lang: str
) -> None:
    """ "那老大呢" after the twins' 600 (Jinan clause 12) is the 600 for the eldest: a first child
    is not in it; not "您想了解哪一项？"."""
    slots = await money_then(money, lang)
    assert slots.get("topic_entry") == "jinan.childcare_subsidy", slots
    reply = await run_action(ActionExplainItem(), eldest, lang, "explain_item", **slots)
    assert "您想了解哪一项" not in reply and "Which item" not in reply, reply
    assert "第1个孩子不在此列" in reply or "this is the 1st child" in reply, reply


@pytest.mark.parametrize(
    ("money", "where", "lang"),
    [
        ("一共能领多少钱", "去哪办", "zh"),
        ("能领多少钱", "在哪申请啊", "zh"),
        ("how much money will we get", "where do we apply?", "en"),
    ],
)
async def test_after_the_twins_money_where_to_apply_is_the_600s(
    money: str, where: str, lang: str
) -> None:
    """ "去哪办" after the 600: the plan does not say how it is claimed; the lead department is
    the Municipal Health Commission (policy_kb); not the baby's medical-insurance steps."""
    slots = await money_then(money, lang)
    reply = await run_action(ActionNextSteps(), where, lang, "ask_next_steps", **slots)
    assert reply.startswith(("育儿补贴", "Childcare subsidy", "How to")), reply
    assert "卫生健康委员会" in reply or "Health Commission" in reply, reply
    assert "医保" not in reply.split("\n")[0] and "medical insurance" not in reply.split("\n")[0]


# --- 4. Beijing public rental housing (tester 26 c14, c03, c16) ------------------------------

BEIJING_TWO_CHILDREN = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2019-06-01", "precision": "month"},
        {"birth_date": "2023-06-01", "precision": "month"},
    ],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("他们想换个大点的公租房 能优先吗", "zh"),
        ("公租房能换大一点的吗", "zh"),
        ("can we swap to a bigger public rental flat?", "en"),
    ],
)
async def test_a_bigger_public_rental_flat_in_beijing_gets_clause_12s_house_type_care(
    text: str, lang: str
) -> None:
    """Beijing's plan has no rule on switching a public rental flat (Jinan's clause 14 has),
    but its clause (12) gives families with many minor children priority and appropriate care
    in the choice of house type: that is quoted, and the switch said to be not covered."""
    reply, _ = await ask(text, lang, **BEIJING_TWO_CHILDREN)
    if lang == "zh":
        assert "北京的方案没有写这方面的规定" in reply, reply
        assert "第(12)条" in reply and "户型选择上给予适当照顾" in reply, reply
        assert "没有写“公租房调换”" in reply, reply
    else:
        assert "clause (12)" in reply and "house type selection" in reply, reply
        assert 'nothing about "Switching public rental housing"' in reply, reply


async def test_a_question_with_nothing_on_its_subject_in_the_plan_quotes_nothing() -> None:
    """Beijing has no housing-fund loan rule and nothing on that subject: no clause quoted."""
    reply, _ = await ask("北京3孩公积金能不能多贷", "zh", **BEIJING_TWO_CHILDREN)
    assert "北京的方案没有写这方面的规定" in reply, reply
    assert "同一话题上" not in reply, reply


def opening(slots: dict[str, object], lang: str) -> str:
    """The opening summary of the family's result (the headline)."""
    day = clock.today()
    household = household_from_slots(slots, day)
    assert household is not None
    return headline(evaluate(household, as_of=day), lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_beijing_public_rental_priority_is_no_plain_yes_for_two_children(lang: str) -> None:
    """Beijing (12) is for families with "a large number of" minor children and sets no number:
    a two-child family hears it depends on that, not "可以享受"."""
    reply = opening(BEIJING_TWO_CHILDREN, lang)
    first, rest = reply.split("\n", 1)
    assert "公租房" not in first and "public rental" not in first, reply
    said = rest.split("要看条件：")[-1] if lang == "zh" else rest.split("Depending on")[-1]
    assert "公租房优先配租" in said or "public rental housing" in said, reply
    assert "方案未写具体人数" in said or "the plan sets no number" in said, reply
    assert "可以享受 1 项" in first or "can get 1 item" in first, reply


# Tester 26 c04: Jinan hukou, two children, renting, no home, both parents pay the fund.
JINAN_RENTING = {
    "city": "jinan",
    "hukou_in_city": True,
    "housing_fund_contributors": 2,
    "renting": True,
    "owns_home_in_city": False,
    "children": [
        {"birth_date": "2022-06-01", "precision": "month"},
        {"birth_date": "2026-04-01", "precision": "month"},
    ],
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_jinan_public_rental_priority_names_the_application_conditions_first(lang: str) -> None:
    """Jinan clause 14: priority for families that first meet the public rental application
    conditions, and 15 m² more rental-subsidy area per extra child: both shown with that
    condition, with no end date of invented precision."""
    reply = opening(JINAN_RENTING, lang)
    line = next(x for x in reply.split("\n") if x.startswith(("要看条件", "Depending")))
    assert "多孩家庭公租房优先配租" in line or "Priority allocation of public rental" in line
    assert "15平方米" in line or "15 m²" in line, line
    assert "一般申请条件" in line or "usual application conditions" in line, line
    assert "2040" not in reply, reply


# --- 6. No talk of translations to citizens (tester 26 item 19) ------------------------------

JINAN_THREE_PAYERS = {
    "city": "jinan",
    "hukou_in_city": True,
    "housing_fund_contributors": 1,
    "buying_first_home": True,
    "children": [
        {"birth_date": "2018-06-01", "precision": "month"},
        {"birth_date": "2021-06-01", "precision": "month"},
        {"birth_date": "2024-06-01", "precision": "month"},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("公积金贷款最多能贷多少", "zh"),
        ("公积金能贷多少钱", "zh"),
        ("how much can we borrow from the housing fund?", "en"),
    ],
)
async def test_the_loan_ceiling_says_the_plans_figure_and_the_fund_centre_decides(
    text: str, lang: str
) -> None:
    """Jinan clause 14 gives 600,000 yuan for a three-child family with one contributor: said
    as the plan's figure, with the housing provident fund centre having the final word; never
    a word about an English translation or a Chinese original."""
    reply, _ = await ask(text, lang, **JINAN_THREE_PAYERS)
    assert "600,000" in reply or "60万" in reply, reply
    assert "公积金中心" in reply or "Provident Fund Center" in reply, reply
    for word in ("译文", "译本", "中文原文", "translation", "Chinese original"):
        assert word not in reply, reply


def test_no_measure_tells_citizens_about_the_translation() -> None:
    """Every text policy_kb gives a citizen (summary, silent_on, next steps) is free of it."""
    from policy_kb import catalogue

    for entry in catalogue().entries.values():
        said = " ".join(
            [
                entry.summary.zh,
                entry.summary.en,
                *((entry.silent_on.zh, entry.silent_on.en) if entry.silent_on else ()),
                *entry.next_steps.zh,
                *entry.next_steps.en,
            ]
        )
        for word in ("译文", "译本", "中文原文", "translation", "Chinese original"):
            assert word not in said, (entry.id, said)


# --- 7. Kindergarten priority asked where the plan gives none (tester 26 c14) ----------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("小的想上幼儿园 有没有优先", "zh"),
        ("上幼儿园能优先吗", "zh"),
        ("is there kindergarten priority for our second?", "en"),
    ],
)
async def test_kindergarten_priority_in_beijing_is_a_plain_no_with_jinans_beside(
    text: str, lang: str
) -> None:
    """Beijing (13) only promises more inclusive kindergarten places: no priority for families
    with several children, said first; Jinan's clause 13 gives third children priority, named
    as Jinan's rule only."""
    reply, _ = await ask(text, lang, **BEIJING_TWO_CHILDREN)
    if lang == "zh":
        assert reply.startswith("北京方案没有写这方面的优先"), reply
        assert "三孩家庭子女优先入读普惠性幼儿园" in reply and "第13条，只适用于济南" in reply
    else:
        assert reply.startswith("The Beijing plan says nothing about this"), reply
        assert "Priority for three-child families in inclusive kindergartens" in reply, reply
        assert "clause 13" in reply, reply


async def test_kindergarten_priority_in_jinan_is_jinans_own_rule() -> None:
    """Jinan's own clause 13 gives the priority: no 'the plan gives none' before it."""
    reply, _ = await ask("老三上幼儿园能优先吗", "zh", **JINAN_THREE_PAYERS)
    assert "没有写这方面的优先" not in reply, reply
    assert "优先" in reply and "第13条" in reply, reply
