"""Questions tester 22 asked inside a conversation that got the measure answered before: each
as the citizen said it, the family known so far, and what the plan lets the reply say."""

import pytest

from tests.actions.test_follow_up_questions import ask

TWO_CHILDREN = [{"birth_date": "2018-06-01"}, {"birth_date": "2024-06-01"}]
BOTH_PAY_RENTING = {
    "city": "jinan",
    "children": TWO_CHILDREN,
    "hukou_in_city": True,
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "renting": True,
    "owns_home_in_city": False,
}


@pytest.mark.parametrize(
    ("text", "lang", "city", "before"),
    [
        (
            "Jinan resident medical insurance delivery payment how much",
            "en",
            "beijing",
            "beijing.leave_entitlements",
        ),
        (
            "how much does resident insurance pay for childbirth in jinan",
            "en",
            None,
            "jinan.childcare_subsidy",
        ),
        (
            "hospital birth jinan resident medical insurance amount",
            "en",
            "beijing",
            "beijing.child_free_transit",
        ),
    ],
)
async def test_a_question_naming_the_delivery_cover_leaves_the_measure_answered_before(
    text: str, lang: str, city: str | None, before: str
) -> None:
    """Resident insurance and the delivery, asked after the leave or the subsidy: Jinan clause
    15's fixed 3,000 yuan, not the last answer again."""
    slots: dict[str, object] = {"topic_entry": before, "reply_brief": True}
    if city is not None:
        slots["city"] = city
    reply, events = await ask(text, lang, **slots)
    assert "3,000" in reply or "3000" in reply, reply
    assert "parental leave" not in reply and "600" not in reply and "育儿假" not in reply
    assert {
        "event": "slot",
        "name": "topic_entry",
        "value": "jinan.childbirth_medical_insurance",
    } in [{k: e.get(k) for k in ("event", "name", "value")} for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "before"),
    [
        ("一个人交公积金的话呢", "zh", "jinan.housing_fund_loan_limit"),
        ("一个人交公积金的话呢", "zh", "jinan.public_rental_priority"),
        ("要是只有我一个人交公积金呢", "zh", "jinan.housing_fund_rent_withdrawal"),
        (
            "what if only one of us pays into the housing fund?",
            "en",
            "jinan.public_rental_priority",
        ),
    ],
)
async def test_one_payer_put_hypothetically_gets_the_loan_ceiling_it_decides(
    text: str, lang: str, before: str
) -> None:
    """Jinan clause 14: the number of payers decides the loan ceiling (600,000 with one, 900,000
    with two), not the rent withdrawal, whatever was answered before."""
    reply, events = await ask(text, lang, topic_entry=before, result_shown=True, **BOTH_PAY_RENTING)
    assert "600,000" in reply and "900,000" in reply, reply
    assert "房租" not in reply and "rent" not in reply.lower()
    assert {"event": "slot", "name": "topic_entry", "value": "jinan.housing_fund_loan_limit"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what about maternity insurance, my company pays it", "en"),
        ("那生育保险呢 单位给交的", "zh"),
    ],
)
async def test_maternity_insurance_after_the_leave_answer_is_beijing_clause_12s_insurance(
    text: str, lang: str
) -> None:
    """Beijing (12): maternity insurance pays the maternity medical costs and allowance in full;
    asked after the leave answer, it is not the leave again. "what about maternity insurance"
    names the measure asked and "my company pays it" the family's cover (the cover is read
    from the second clause only), so the question comes with a fact: the form notes the cover,
    then answers clause 12 for this family (the test below)."""
    reply, events = await ask(text, lang, city="beijing", topic_entry="beijing.leave_entitlements")
    assert "number of days" not in reply and "天数" not in reply, reply
    seen = [{k: e.get(k) for k in ("event", "name", "value")} for e in events]
    assert {
        "event": "slot",
        "name": "topic_entry",
        "value": "beijing.maternity_insurance",
    } in seen or (
        {"event": "slot", "name": "focus_entry", "value": "beijing.maternity_insurance"} in seen
        and {"event": "followup", "name": "household_form", "value": None} in seen
    ), seen


@pytest.mark.parametrize(
    ("text", "lang", "noted", "answer"),
    [
        (
            "what about maternity insurance, my company pays it",
            "en",
            "employee maternity insurance",
            "maternity medical expenses and maternity allowance",
        ),
        ("那生育保险呢 单位给交的", "zh", "职工生育保险", "生育医疗费用按规定由生育保险支付"),
    ],
)
async def test_the_cover_told_with_the_maternity_insurance_question_is_noted_then_answered(
    text: str, lang: str, noted: str, answer: str
) -> None:
    """The form started by the question above reads the employer's cover and focuses the answer
    on Beijing clause 12's maternity insurance; the answer then is clause 12's for an employee."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from actions.results import ActionShowEntitlements
    from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

    slots: dict[str, object] = {
        "city": "beijing",
        "topic_entry": "beijing.leave_entitlements",
        "focus_entry": "beijing.maternity_insurance",
        "focus_question": text,
    }
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    tracker.active_loop = {"name": "household_form"}
    set_now = slot_events(await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN))
    assert noted in texts(dispatcher)
    assert set_now["birth_insurance"] == "employee_maternity"
    assert set_now["topic_entry"] == "beijing.maternity_insurance"
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **{**slots, **set_now})
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    assert answer in texts(dispatcher) and "(12)" in texts(dispatcher)


BORN_LAST_OCTOBER = [{"birth_date": "2019-05-01"}, {"birth_date": "2025-10-01"}]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("按居民医保能报多少", "zh"),
        ("居民医保生孩子能报多少", "zh"),
        ("她之前是职工医保 要是断了按居民医保能报多少", "zh"),
        ("how much would resident insurance cover for the birth?", "en"),
        ("what does resident insurance pay for a hospital delivery?", "en"),
    ],
)
async def test_a_question_naming_resident_insurance_gets_its_fixed_payment(
    text: str, lang: str
) -> None:
    """Jinan clause 15: resident medical insurance pays a fixed 3,000 yuan for the delivery;
    the family on employee maternity insurance hears its own 100 % after it, not instead."""
    reply, _ = await ask(
        text,
        lang,
        city="jinan",
        children=BORN_LAST_OCTOBER,
        hukou_in_city=True,
        birth_insurance="employee_maternity",
        topic_entry="jinan.childcare_subsidy",
        result_shown=True,
    )
    first = reply.split("\n", 1)[0]
    assert "3,000" in first and "100%" not in first, reply
    assert "100%" in reply.split("\n")[-1]  # the family's own cover, said as theirs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("孩子生病住院报销能多报不", "zh"),
        ("娃病了住院医保能多报点吗", "zh"),
        ("if the kid gets sick and stays in hospital, does insurance pay more?", "en"),
        ("my child is sick and in hospital, is the reimbursement higher?", "en"),
    ],
)
async def test_a_childs_hospital_stay_for_illness_is_the_childrens_inpatient_rate(
    text: str, lang: str
) -> None:
    """Jinan clause 15: children's and adolescents' hospital stays get 5 percentage points more;
    a sick child in hospital is not the delivery (3,000 / 100% / 50%)."""
    reply, events = await ask(
        text,
        lang,
        city="jinan",
        children=[{"birth_date": "2019-05-01"}, {"birth_date": "2023-05-01"}],
        hukou_in_city=True,
        topic_entry="jinan.childcare_subsidy",
        result_shown=True,
    )
    assert "3,000" not in reply and "分娩" not in reply and "delivery" not in reply, reply
    assert {
        "event": "slot",
        "name": "topic_entry",
        "value": "jinan.child_inpatient_reimbursement",
    } in [{k: e.get(k) for k in ("event", "name", "value")} for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "before"),
    [
        ("where do we apply for the subsidy", "en", "jinan.parental_leave"),
        ("how do we claim the subsidy?", "en", "jinan.maternity_leave"),
        ("补贴去哪申请", "zh", "jinan.parental_leave"),
        ("补贴怎么领", "zh", "jinan.same_school_enrollment"),
    ],
)
async def test_how_to_claim_the_subsidy_after_a_leave_answer_is_the_childcare_subsidy(
    text: str, lang: str, before: str
) -> None:
    """'The subsidy' after the leave is Jinan clause 12's childcare subsidy: the plan does not
    say how to claim it; the lead department is the Municipal Health Commission."""
    reply, events = await ask(
        text,
        lang,
        city="jinan",
        children=[{"birth_date": "2023-05-01"}],
        hukou_in_city=True,
        topic_entry=before,
        result_shown=True,
    )
    assert "Childcare subsidy" in reply or "育儿补贴" in reply, reply
    assert "Municipal Health Commission" in reply or "济南市卫生健康委员会" in reply
    assert "employer" not in reply and "用人单位" not in reply
    assert {"event": "slot", "name": "topic_entry", "value": "jinan.childcare_subsidy"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


@pytest.mark.parametrize(
    ("text", "lang", "extra"),
    [
        ("那上学呢 三个孩子能一个学校吗", "zh", {}),
        (
            "那上学呢 三个孩子能一个学校吗",
            "zh",
            {"topic_entry": "beijing.iit_infant_care_deduction", "result_shown": True},
        ),
        ("can the two kids go to same school", "en", {}),
        ("can siblings attend the same school?", "en", {}),
        ("老大老二能上同一所学校吗", "zh", {}),
    ],
)
async def test_siblings_in_one_school_in_beijing_hears_the_plan_is_silent(
    text: str, lang: str, extra: dict[str, object]
) -> None:
    """Beijing's plan (13) has school groups and districts, no same-school rule for siblings;
    only Jinan clause 13 has one: no "能。" borrowed from another measure."""
    reply, _ = await ask(
        text,
        lang,
        city="beijing",
        children=[{"birth_date": "2019-05-01"}, {"birth_date": "2025-05-01"}],
        **extra,
    )
    assert reply.startswith(("北京的方案没有写", "The Beijing plan says nothing")), reply
    assert "13" in reply and ("只适用于济南" in reply or "Jinan only" in reply)
    assert all(not line.startswith(("能。", "Yes.")) for line in reply.split("\n"))
