"""Questions testers 20 and 21 put to the running assistant that got the wrong measure or no
answer, with other citizens' wordings of the same kind: the household known so far (slots), what
the citizen wrote, what the reply must and must not say. Today is 1 December 2026 (China)."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.test_follow_up_questions import ask


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def child(born: str, **more: object) -> dict[str, object]:
    return {"birth_date": born, "precision": "month", "height_cm": None, **more}


# Jinan hukou, first pregnancy, twins due May 2027 (tester 21 c11/c14).
TWINS_DUE = {"city": "jinan", "hukou_in_city": True, "children": [child("2027-05-01")] * 2}

# Jinan hukou; the first child about 6, the second born December 2022 (tester 21 c10, tester 20
# c06): the second child missed clause 12's 1 January 2023 by days; the subsidy was discussed.
MISSED_BY_DAYS = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
    "children": [child("2020-06-01"), child("2022-12-01")],
}


# 1. A message asking two things gets both answered.


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("双胞胎算二孩吗 老二能领600不", "zh"),
        ("双胞胎算两个孩子吗？小的那个每月能领多少", "zh"),
        ("do twins count as 2nd child? and can the second one get the 600", "en"),
    ],
)
async def test_twins_counted_and_the_second_twins_money_are_both_answered(
    text: str, lang: str
) -> None:
    """How twins count (the plans say nothing of twins; each baby a child), then the second
    twin's 600 a month until 3 (clause 12) with its dates, in the same reply."""
    reply, events = await ask(text, lang, **TWINS_DUE)
    if lang == "zh":
        assert "没有单独写双胞胎" in reply and "第2个孩子" in reply, reply
        assert "600" in reply and "2030年5月1日" in reply and "第12条" in reply, reply
    else:
        assert "say nothing" in reply and "600" in reply and "1 May 2030" in reply, reply
    assert {"event": "slot", "name": "topic_entry", "value": "jinan.childcare_subsidy"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


async def test_the_twins_question_alone_gets_no_money_answer_added() -> None:
    reply, _ = await ask("双胞胎算二孩还是算一孩", **TWINS_DUE)
    assert "没有单独写双胞胎" in reply and "600" not in reply


async def test_the_twins_question_while_the_form_asks_the_insurance_is_answered_in_full() -> None:
    """Tester 21 c11: the same two questions while the form waits for the mother's insurance."""
    from actions.household_form import ValidateHouseholdForm

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "双胞胎算二孩吗 老二能领600不",
        language="zh",
        requested_slot="birth_insurance",
        **TWINS_DUE,
    )
    await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "没有单独写双胞胎" in reply and "600" in reply and "第12条" in reply, reply


# 2. "为啥 差几天啊" after a child born before 1 January 2023 was refused: the cut-off, not leave.


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("为啥 差几天啊", "zh"),
        ("那不是才差几天吗", "zh"),
        ("就差一个月也不行？", "zh"),
        ("凭什么啊", "zh"),
        ("why, it's only a few days", "en"),
        ("how come? she missed it by a week", "en"),
    ],
)
async def test_a_protest_at_the_cut_off_gets_the_date_rule_not_paternity_leave(
    text: str, lang: str
) -> None:
    reply, events = await ask(text, lang, **MISSED_BY_DAYS)
    if lang == "zh":
        assert "2023年1月1日及以后出生的第2个、第3个孩子" in reply and "第12条" in reply, reply
        assert "2022年12月" in reply and "没有写例外" in reply
        assert "陪产假" not in reply
    else:
        assert "born on or after 1 Jan 2023 (clause 12)" in reply, reply
        assert "December 2022" in reply and "no exception" in reply
        assert "paternity" not in reply.lower()
    assert events[-1]["value"] == "jinan.childcare_subsidy"


async def test_a_why_about_what_is_noted_is_no_protest_at_the_cut_off() -> None:
    reply, _ = await ask("为啥显示有老二", **MISSED_BY_DAYS)
    assert "没有写例外" not in reply


async def test_days_asked_of_the_leave_are_still_the_leave() -> None:
    """ "几天" is leave only when the leave is asked about: 陪产假几天 stays clause 11."""
    reply, _ = await ask("陪产假几天", **MISSED_BY_DAYS)
    assert "陪产假" in reply and "没有写例外" not in reply


# 4. The start date asked by a hotline worker or a family.


@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        ("eligibility start date for births?", "en", None),
        ("what's the cut-off date for the childcare subsidy in jinan", "en", "jinan"),
        ("从哪天出生的开始算", "zh", "jinan"),
        ("济南育儿补贴从什么时候出生的算起", "zh", None),
        ("2022年出生的有吗", "zh", "jinan"),
    ],
)
async def test_the_start_date_asked_is_clause_12s_date_and_where_else_it_applies(
    text: str, lang: str, city: str | None
) -> None:
    """Second/third children born on or after 1 January 2023 (clause 12); the same date in
    clause 15's insurance subsidies. Not the hardship supplement's text (tester 21 c5)."""
    slots: dict[str, object] = {"topic_entry": "jinan.childcare_subsidy_hardship_supplement"}
    if city:
        slots["city"] = city
    reply, _ = await ask(text, lang, **slots)
    if lang == "zh":
        assert "2023年1月1日及以后出生" in reply and "第12条" in reply, reply
        assert "第15条" in reply and "低保" not in reply
    else:
        assert "on or after 1 Jan 2023 (clause 12)" in reply, reply
        assert "clause 15" in reply and "minimum subsistence" not in reply
    if "2022" in text:
        assert reply.startswith("2022年出生的不在范围内")


# 5. Until what age, and 800 for a child now past 3.

# Jinan, hukou not yet told; the first child 3 and a half, the second born October 2025
# (tester 21 c1).
HUKOU_OPEN = {
    "city": "jinan",
    "requested_slot": "hukou_in_city",
    "children": [child("2023-06-01"), child("2025-10-01")],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("一个月600是吧 发到几岁", "zh"),
        ("这个钱领到啥时候", "zh"),
        ("到多大停", "zh"),  # tester 22 c07: had been taken for "stop"
        ("until what age?", "en"),
        ("when does the money stop", "en"),
    ],
)
async def test_until_what_age_is_the_third_birthday_with_the_hukou_said_once(
    text: str, lang: str
) -> None:
    reply, _ = await ask(text, lang, **HUKOU_OPEN, topic_entry="jinan.childcare_subsidy")
    if lang == "zh":
        assert "满3周岁" in reply and "2025年10月1日至2028年10月1日" in reply, reply
        assert reply.count("户") == 1, reply  # the open condition once
    else:
        assert "turns 3" in reply and "1 Oct 2025 to 1 Oct 2028" in reply, reply
        assert reply.count("hukou") == 1, reply


async def test_until_what_age_once_the_hukou_is_known_gives_the_childs_dates() -> None:
    family = {**HUKOU_OPEN, "hukou_in_city": True, "result_shown": True}
    family.pop("requested_slot")
    reply, _ = await ask("一个月600是吧 发到几岁", **family)
    assert (
        reply.startswith("对。")
        and "第2个孩子每月600元，领到2028年10月1日（孩子满3周岁）" in reply  # short (tester 29)
    )


# Jinan; a third child born March 2023 (now past 3), the family on 特困 now, the hardship at the
# birth not told (tester 21 c8).
PAST_THREE = {
    "city": "jinan",
    "requested_slot": "birth_insurance",
    "children": [child("2016-06-01"), child("2019-06-01"), child("2023-03-01")],
}


@pytest.mark.parametrize("hukou", [True, None])
async def test_800_asked_for_a_child_now_past_3_is_what_was_payable_and_that_it_ended(
    hukou: bool | None,
) -> None:
    reply, _ = await ask("每个月多少钱 800吗", **PAST_THREE, hukou_in_city=hukou)
    assert "第3个孩子" in reply and "再加200元，共800元" in reply, reply
    assert "2023年3月1日至2026年3月1日" in reply and "停发" in reply
    assert ("如果是济南户口" in reply) is (hukou is None)


async def test_the_same_in_english() -> None:
    reply, _ = await ask("is it 800 a month?", "en", **PAST_THREE, hukou_in_city=True)
    assert "200 yuan a month more, 800 in all (1 Mar 2023 to 1 Mar 2026)" in reply, reply
    assert "stopped on 1 Mar 2026" in reply


# 6. How much, with the hukou unknown: the figure on its condition, not a meta sentence.

THIRD_DUE = {
    "city": "jinan",
    "requested_slot": "hukou_in_city",
    "language": "zh",
    "children": [child("2020-06-01"), child("2021-06-01"), child("2027-02-01")],
}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("生了以后能领多少钱", "check_eligibility"),
        ("生完老三每个月能拿多少", "ask_policy"),
    ],
)
async def test_how_much_after_the_birth_gives_the_600_if_jinan_hukou(
    text: str, intent: str
) -> None:
    from actions.conversation import ActionGoOn

    dispatcher = CollectingDispatcher()
    await ActionGoOn().run(dispatcher, make_tracker(text, intent=intent, **THIRD_DUE), DOMAIN)
    reply = texts(dispatcher)
    if not reply:  # answered as a question instead
        reply, _ = await ask(text, **THIRD_DUE)
    assert "如果是济南户口：第3个孩子每月600元（2027年2月1日至2030年2月1日）" in reply, reply
    assert "再加200元" in reply and "还需要先问几个问题" not in reply
    assert not reply.startswith("育儿补贴困难家庭加发")


async def test_the_total_for_three_children_with_the_hukou_unknown_is_a_conditional_total() -> None:
    """Tester 21 c4: a grandmother, a 4-year-old and twins born last month, on 低保 at the birth:
    with Jinan hukou, each twin 600+200 = 800, 1,600 a month; the eldest none."""
    family = {
        "city": "jinan",
        "requested_slot": "hukou_in_city",
        "hardship_at_birth": True,
        "children": [child("2022-06-01"), child("2026-11-01"), child("2026-11-01")],
    }
    reply, _ = await ask("那三个孩子一共一个月能拿多少", **family)
    assert reply.startswith("如果是济南户口：第2个孩子每月600+200=800元"), reply
    assert "合计每月1,600元，到孩子满3周岁" in reply and "第1个孩子不在此列" in reply
    english, _ = await ask("how much a month in total for the three kids?", "en", **family)
    assert english.startswith(
        "If you have Jinan hukou (not known yet): child 2: 600+200=800 yuan a month"
    ), english


# 10. "15 days right?": the plan's "not less than 15 days"; the rent withdrawal adds no "minor".

JINAN_NEWBORN = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "topic_entry": "jinan.paternity_leave",
    "children": [child("2026-11-20")],
}


@pytest.mark.parametrize(
    ("text", "lang", "floor"),
    [
        ("so it's 15 days right?", "en", "Yes: at least 15 days."),
        ("dad gets 15 days, correct?", "en", "Yes: at least 15 days."),
        ("陪产假就是15天对吧", "zh", "对，是不少于15天。"),
        ("育儿假一年10天是吧", "zh", "对，是每年不少于10天。"),
    ],
)
async def test_a_leave_confirmed_by_its_days_carries_the_plans_at_least(
    text: str, lang: str, floor: str
) -> None:
    reply, _ = await ask(text, lang, **JINAN_NEWBORN)
    assert reply.startswith(floor), reply


async def test_jinans_15_days_put_to_a_beijing_family_says_at_least_too() -> None:
    beijing = {**JINAN_NEWBORN, "city": "beijing", "topic_entry": "beijing.leave_entitlements"}
    reply, _ = await ask("15 days right?", "en", **beijing)
    assert reply.startswith("The Beijing plan gives no such figure"), reply
    assert "Jinan's plan says at least 15 days" in reply


@pytest.mark.parametrize(
    ("children", "lang"),
    [
        ([child("2020-06-01"), child("2023-06-01")], "zh"),
        ([child("2005-01-01"), child("2019-01-01")], "zh"),  # one grown up: still two children
        ([child("2020-06-01"), child("2023-06-01")], "en"),
    ],
)
async def test_the_rent_withdrawal_counts_children_as_clause_14_does_without_minor(
    children: list[dict[str, object]], lang: str
) -> None:
    """Clause 14: "Families with two or more children who do not own a home in the city and are
    renting"; no "minor" (the public rental sentence before it has one, this one not)."""
    renting = {
        "city": "jinan",
        "result_shown": True,
        "owns_home_in_city": False,
        "renting": True,
        "housing_fund_contributors": 1,
        "children": children,
    }
    text = "我们租房 公积金能取吗" if lang == "zh" else "we rent, can we take out the housing fund?"
    reply, _ = await ask(text, lang, **renting)
    if lang == "zh":
        assert reply.startswith("能。") and "有两个及以上子女" in reply, reply
        assert "未成年" not in reply
    else:
        assert reply.startswith("Yes.") and "two or more children" in reply, reply
        assert "minor" not in reply


# 3. Beijing school questions: clause (13), the part asked about, not the whole paragraph.

BEIJING_THREE = {
    "city": "beijing",
    "result_shown": True,
    "topic_entry": "beijing.education_resources",  # the clause was just quoted (tester 21 c13)
    "children": [child("2021-06-01"), child("2025-06-01"), child("2025-06-01")],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("课后服务呢 她明年上小学", "zh"),
        ("放学以后的课后托管有吗", "zh"),
        ("what about the after-school care", "en"),
    ],
)
async def test_an_after_school_question_gets_clause_13s_after_school_part(
    text: str, lang: str
) -> None:
    reply, _ = await ask(text, lang, **BEIJING_THREE)
    if lang == "zh":
        assert "课后服务全覆盖" in reply and "第(13)条" in reply, reply
        assert "校外培训" not in reply and "集团化办学" not in reply
    else:
        assert "after-school services" in reply and "clause (13)" in reply, reply
        assert "tutoring is regulated" not in reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what about school for the older one", "en"),
        ("上学有啥", "zh"),
        ("大的上学方面有啥政策", "zh"),
    ],
)
async def test_a_school_question_in_beijing_is_clause_13_in_short(text: str, lang: str) -> None:
    """Clause (13): after-school services and inclusive kindergarten places; not the tutoring
    rules, and not every item of the family (tester 21 c9)."""
    reply, events = await ask(text, lang, **{**BEIJING_THREE, "topic_entry": None})
    assert events and events[-1]["value"] == "beijing.education_resources", events
    if lang == "zh":
        assert "课后服务" in reply and "普惠性幼儿园学位" in reply, reply
        assert "校外培训" not in reply
    else:
        assert "after-school services" in reply and "kindergarten places" in reply, reply
        assert "tutoring" not in reply
    assert "Free buses" not in reply and "公交" not in reply


# 7. Beijing childcare places: (10) funds the institutions; nothing is paid to families.


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what about childcare places, is there a subsidy?", "en"),
        ("托育机构有补贴吗 想送老大去托儿所", "zh"),
        ("托位有补贴吗", "zh"),
        ("do nursery places come with any subsidy for us?", "en"),
    ],
)
async def test_a_beijing_childcare_subsidy_question_says_the_institutions_are_funded(
    text: str, lang: str
) -> None:
    reply, _ = await ask(text, lang, **{**BEIJING_THREE, "topic_entry": None})
    if lang == "zh":
        assert reply.startswith("北京方案没有给家庭的这类补贴"), reply
        assert "普惠托育机构" in reply and "第(10)条" in reply and "没有写这方面" not in reply
    else:
        assert reply.startswith("The Beijing plan gives families no such subsidy"), reply
        assert "inclusive childcare institutions" in reply and "clause (10)" in reply
        assert "upbringing subsidy" not in reply


# 8. A loan asked with no second child yet: the ceilings are for 2nd/3rd-child families; the
# usual limit is the fund centre's.


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we both pay housing provident fund, we want to buy first home, how much loan?", "en"),
        ("公积金我俩都交 买首套房能贷多少", "zh"),
    ],
)
async def test_a_loan_asked_by_a_family_without_a_second_child_names_who_sets_the_usual_limit(
    text: str, lang: str
) -> None:
    family = {
        "city": "jinan",
        "result_shown": True,
        "housing_fund_contributors": 2,
        "buying_first_home": True,
        "children": [child("2027-05-01")],
    }
    reply, _ = await ask(text, lang, **family)
    if lang == "zh":
        assert "90万元" in reply and "100万元" in reply, reply
        assert "一般额度方案没有写" in reply and "济南住房公积金中心" in reply
    else:
        assert "900,000" in reply and "1 million" in reply, reply
        assert "usual limit" in reply and "Jinan Housing Provident Fund Center" in reply


# 9. "Does that change anything" right after a correction: what it changed, not a measure.


def corrected(text: str, lang: str, before: list[object], after: list[object]) -> object:
    """The conversation after "wait actually first kid is 4 not 3": the children slot set
    before, the correction's turn setting it anew, then `text`."""
    from rasa_sdk import Tracker

    message = {"text": text, "intent": {"name": "ask_policy", "confidence": 0.9}, "entities": []}
    events = [
        {"event": "slot", "name": "children", "value": before},
        {"event": "user", "text": "wait actually first kid is 4 not 3"},
        {"event": "slot", "name": "children", "value": after},
        {"event": "bot", "text": "Updated"},
        {"event": "user", "text": text, "parse_data": message},
    ]
    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "language": lang,
        "topic_entry": "jinan.maternity_leave",
        "children": after,
    }
    return Tracker("t", slots, message, events, False, None, {}, "action_listen")


async def _answer(tracker: object) -> str:
    from actions.answers import ActionAnswerPolicyQuestion

    dispatcher = CollectingDispatcher()
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)  # type: ignore[arg-type]
    return texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("does that change anything", "en"),
        ("那有变化吗", "zh"),
        ("影响吗", "zh"),
        ("any difference?", "en"),
    ],
)
async def test_a_change_question_after_a_correction_gets_what_it_changed(
    text: str, lang: str
) -> None:
    """The second child born in June 2024, not June 2023: the 600 a month (Jinan clause 12)
    now runs until June 2027 instead of having ended. No maternity leave. (This test once
    corrected the eldest's age and expected the public rental priority's end to move; that end
    was the eldest's 18th birthday, a date clause 14 does not give, tester 39.)"""
    before = [child("2018-06-01"), child("2023-06-01")]
    after = [child("2018-06-01"), child("2024-06-01")]
    reply = await _answer(corrected(text, lang, before, after))
    assert reply.startswith(("Yes, it changes this:", "有变化：")), reply
    assert "2027" in reply and "158" not in reply


async def test_a_correction_that_changes_nothing_is_said_to_change_nothing() -> None:
    """A second child's birth month moved within 2026: every item comes out the same."""
    before = [child("2019-06-01"), child("2020-06-01")]
    after = [child("2019-06-01"), child("2020-07-01")]
    reply = await _answer(corrected("does that change anything", "en", before, after))
    assert reply.startswith("No. What your family can get is unchanged."), reply
    assert "Maternity" not in reply


# The same questions reached by other actions: "why"/"tell me more" is classified as asking to
# explain an item, "what about …" after an offer as a yes to it, a hotline worker's question.


async def test_a_protest_classified_as_explain_an_item_gets_the_cut_off() -> None:
    """Tester 21 c10 live: 为啥 差几天啊 went to action_explain_item, which matched 几天 to the
    paternity leave."""
    from actions.results import ActionExplainItem

    dispatcher = CollectingDispatcher()
    tracker = make_tracker("为啥 差几天啊", intent="explain_item", language="zh", **MISSED_BY_DAYS)
    await ActionExplainItem().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "2023年1月1日及以后出生" in reply and "陪产假" not in reply, reply


async def test_what_about_school_after_an_offer_is_answered_not_taken_for_yes() -> None:
    """Tester 21 c9 live: "what about school for the older one" while "Shall I go on?" waited
    was taken for a yes, and every item of the family came."""
    from actions.results import ActionOfferAccepted

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "what about school for the older one",
        intent="affirm",
        language="en",
        **{**BEIJING_THREE, "topic_entry": None, "offer": "next_questions"},
    )
    events = await ActionOfferAccepted().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "after-school services" in reply and "clause (13)" in reply, reply
    assert not any(e.get("event") == "followup" for e in events)


async def test_a_hotline_worker_asking_the_start_date_gets_the_date_rule() -> None:
    """Tester 21 c5: after the dibao top-up, "eligibility start date for births?"."""
    from actions.hotline import hotline_answer

    tracker = make_tracker(
        "eligibility start date for births?",
        intent="ask_policy",
        language="en",
        topic_entry="jinan.childcare_subsidy_hardship_supplement",
    )
    answer, entry = hotline_answer(tracker, "en", date(2026, 12, 1))
    assert answer is not None and entry is not None and entry.id == "jinan.childcare_subsidy"
    assert "on or after 1 Jan 2023 (clause 12)" in answer and "clause 15" in answer
    assert "Lead department: Municipal Health Commission" in answer


async def test_a_change_question_with_only_this_turns_events_gives_the_results_as_they_stand() -> (
    None
):
    """The running bot sends the action server this turn's events only: the before is not
    known, so the results as corrected are given, not a measure found by search."""
    after = [child("2022-06-01"), child("2026-11-01")]
    tracker = corrected("does that change anything", "en", after, after)
    tracker.events[:] = tracker.events[-1:]  # type: ignore[attr-defined]
    reply = await _answer(tracker)
    assert reply.startswith("Worked out again with the correction:"), reply
    assert "Maternity leave: 158" not in reply


async def test_what_about_school_classified_as_asking_details_gets_clause_13_not_every_item() -> (
    None
):
    """Tester 21 c9 live: the intent was ask_details; Beijing (13) is no item of the family's
    report, so every item in full came instead."""
    from actions.results import ActionExplainItem

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "what about school for the older one",
        intent="ask_details",
        language="en",
        **{**BEIJING_THREE, "topic_entry": "beijing.inclusive_childcare_services"},
    )
    await ActionExplainItem().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "after-school services" in reply and "clause (13)" in reply, reply
    assert "【" not in reply and "Free buses" not in reply
