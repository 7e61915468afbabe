"""Questions tester 24 asked that got a bare 能/不能 or another measure: each as the citizen
said it (and wordings of the same kind made up here), the family known so far (slots), and what
the plan lets the reply say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionHandleCorrection
from actions.household_form import ValidateHouseholdForm
from tests.actions.conftest import DOMAIN, make_tracker, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def child(born: str, precision: str = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision, "height_cm": None, **more}


def slot_values(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


async def run(action: Any, text: str, intent: str, lang: str, **slots: Any) -> tuple[str, list]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    events = await action().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), events


async def extract(text: str, lang: str, **slots: Any) -> tuple[str, list]:
    """The household form reading a message while it asks its next question."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="correct", language=lang, **slots)
    events = await ValidateHouseholdForm().get_extraction_events(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), events


# 1. A correction with "does it matter" attached (item 3; c09, r1)

# Jinan hukou; the eldest said to be 3½ (about June 2023), the second born 5 January 2026; the
# form asking the mother's insurance, no answer shown yet.
JINAN_ASKING = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2023-06-01"), child("2026-01-05", "day")],
    "requested_slot": "maternity_insurance",
}
CORRECTIONS = [
    ("不对 老大是6岁 不是三岁半 有影响吗", "zh"),
    ("说错了 老大其实6岁了 这个有没有影响", "zh"),
    ("弄错了 大的是6岁 会变吗", "zh"),
    ("no wait the eldest is 6 not 3, does that matter?", "en"),
    ("sorry, our first kid is actually 6. does it change anything?", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CORRECTIONS)
async def test_a_correction_asking_if_it_matters_during_the_form_says_what_it_changes(
    text: str, lang: str
) -> None:
    """r1: the eldest 6, not 3½, while the form asks the insurance: the reply says what that
    changes (the public-housing priority now ends at the eldest's 18th birthday), never a bare 能/不能 about the under-3 tax deduction the '3' names."""
    reply, events = await extract(text, lang, **JINAN_ASKING)
    eldest = slot_values(events)["children"][0]["birth_date"]
    assert eldest.startswith("2020-"), eldest
    assert any(w in reply for w in ("没有影响", "有影响", "changes nothing", "it changes")), reply
    assert "能。" not in reply and "Yes." not in reply and "No." not in reply, reply
    assert "个税" not in reply and "income-tax" not in reply.lower(), reply


@pytest.mark.parametrize(("text", "lang"), CORRECTIONS)
async def test_a_correction_asking_if_it_matters_outside_the_form_says_what_it_changes(
    text: str, lang: str
) -> None:
    """c09: the same correction after the subsidy was talked about, the form no longer running
    and no full answer shown: noted, and what it changes; not handed on as a new question."""
    slots = {k: v for k, v in JINAN_ASKING.items() if k != "requested_slot"}
    reply, events = await run(
        ActionHandleCorrection,
        text,
        "correct",
        lang,
        topic_entry="jinan.childcare_subsidy",
        **slots,
    )
    assert slot_values(events)["children"][0]["birth_date"].startswith("2020-")
    assert reply.startswith(("已更新", "Updated")), reply
    assert any(w in reply for w in ("没有影响", "有影响", "changes nothing", "it changes")), reply
    assert "个税" not in reply and "income-tax" not in reply.lower(), reply
    assert "\n能。" not in reply and "\n不能。" not in reply, reply


async def test_a_correction_that_changes_an_answer_says_what_changed() -> None:
    """The second child born in 2022, not 2026: before 1 Jan 2023, so the subsidy (clause 12)
    no longer applies; the reply says so, item by item."""
    slots = {k: v for k, v in JINAN_ASKING.items() if k != "requested_slot"}
    reply, _ = await run(
        ActionHandleCorrection, "不对 老二是2022年5月生的 有影响吗", "correct", "zh", **slots
    )
    assert "有影响" in reply and "育儿补贴" in reply, reply


# 2. A direct follow-up answered with another measure (item 2; c09, r3b)

JINAN_BORN_JANUARY = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2020-06-01"), child("2026-01-05", "day")],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("什么时候开始领 到什么时候停", "zh"),
        ("从哪天开始发 发到啥时候", "zh"),
        ("when does it start and when does it stop?", "en"),
    ],
)
async def test_when_the_subsidy_starts_and_stops_after_a_correction_is_the_subsidys_dates(
    text: str, lang: str
) -> None:
    """c09: the eldest corrected to 6 with "有影响吗" after the 600/800 talk, then "when does
    it start, when does it stop": the correction leaves the subsidy in talk (no tax deduction
    taken up), and the subsidy's dates follow: from the birth to the 3rd birthday (clause 12)."""
    _, events = await run(
        ActionHandleCorrection,
        "不对 老大是6岁 不是三岁半 有影响吗",
        "correct",
        lang,
        topic_entry="jinan.childcare_subsidy",
        **{**JINAN_BORN_JANUARY, "children": [child("2023-06-01"), child("2026-01-05", "day")]},
    )
    assert "topic_entry" not in slot_values(events)
    reply, _ = await run(
        ActionAnswerPolicyQuestion,
        text,
        "ask_policy",
        lang,
        topic_entry="jinan.childcare_subsidy",
        **JINAN_BORN_JANUARY,
    )
    assert "2029" in reply and ("第12条" in reply or "clause 12" in reply), reply
    assert "个税" not in reply and "income-tax" not in reply.lower(), reply


AFTER_THE_CARE_INSURANCE = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2021-05-01"), child("2023-03-01")],
    "topic_entry": "jinan.grandparents_ltc_insurance_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("我户口在德州 也能免吗", "zh", "ask_policy"),
        ("我不是济南户口 也能享受吗", "zh", "ask_policy"),
        ("我们老两口户口在老家 还能免吗", "zh", "nlu_fallback"),
        ("my hukou is in Dezhou, can I still get it free?", "en", "ask_policy"),
        ("I don't have a jinan hukou, does it still apply?", "en", "nlu_fallback"),
    ],
)
async def test_a_hukou_elsewhere_after_the_care_insurance_answer_is_about_that_measure(
    text: str, lang: str, intent: str
) -> None:
    """r3b: a grandmother's hukou in Dezhou, asked right after the long-term care insurance
    answer: clause 15 sets no hukou condition, which the reply says, with the lead department
    (the Municipal Health Insurance Bureau); not the "出生一件事" registration."""
    action = ActionRouteUnclear if intent == "nlu_fallback" else ActionAnswerPolicyQuestion
    reply, events = await run(action, text, intent, lang, **AFTER_THE_CARE_INSURANCE)
    assert "没写户籍条件" in reply or "no hukou condition" in reply, reply
    assert "第15条" in reply or "clause 15" in reply, reply
    assert "济南市医疗保障局" in reply or "Municipal Health Insurance Bureau" in reply, reply
    assert "出生一件事" not in reply and "registration" not in reply.lower(), reply
    assert slot_values(events)["topic_entry"] == "jinan.grandparents_ltc_insurance_subsidy"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("育儿补贴 外地户口也能领吗", "zh"),
        ("childcare subsidy, we don't have jinan hukou, still?", "en"),
    ],
)
async def test_a_hukou_elsewhere_with_a_measure_named_is_about_that_measure(
    text: str, lang: str
) -> None:
    """The measure named wins over the one in talk: the subsidy reads the Jinan hukou
    (clause 12)."""
    reply, _ = await run(
        ActionAnswerPolicyQuestion, text, "ask_policy", lang, **AFTER_THE_CARE_INSURANCE
    )
    assert "第12条" in reply or "clause 12" in reply, reply
    assert "户籍" in reply or "hukou" in reply, reply


# 3. Another city's figure named by a Beijing family (item 5, c02)

# Beijing hukou, a 5-year-old and a baby due February 2027; the full answer shown, no measure in
# talk (the form asked a height).
BEIJING_EXPECTING = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [child("2021-06-01"), child("2027-02-01")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("why? jinan gives 600 a month right", "en", "ask_policy"),
        ("why? jinan gives 600 a month right", "en", "nlu_fallback"),
        ("how come jinan pays 600?", "en", "ask_policy"),
        ("为啥 济南一个月给600呢", "zh", "ask_policy"),
        ("凭啥济南有600", "zh", "nlu_fallback"),
    ],
)
async def test_jinans_600_named_by_a_beijing_family_is_answered_with_beijings_plan(
    text: str, lang: str, intent: str
) -> None:
    """Jinan's clause 12 is for Jinan-hukou families: never applied to this Beijing family ("The
    2nd child is within it"); Beijing's clause (12) says what Beijing's plan gives (a subsidy
    system 'gradually established', no amount), and each city pays by its own plan."""
    action = ActionRouteUnclear if intent == "nlu_fallback" else ActionAnswerPolicyQuestion
    reply, events = await run(action, text, intent, lang, **BEIJING_EXPECTING)
    assert "(12)" in reply and ("逐步建立" in reply or "gradually established" in reply), reply
    assert "within it" not in reply and "在范围内" not in reply, reply
    assert "clause 12" not in reply and "第12条" not in reply, reply
    assert slot_values(events)["topic_entry"] == "beijing.family_upbringing_subsidy_system"


# 4. Whether twins get more of a measure (item 12, c03)

# Jinan hukou; a child of December 2022 and twins due June 2027; the full answer shown, the rent
# withdrawal last in talk.
JINAN_TWINS_DUE = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2022-12-01"), child("2027-06-01"), child("2027-06-01")],
    "result_shown": True,
    "topic_entry": "jinan.housing_fund_rent_withdrawal",
}


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("产假多少天啊双胞胎有没有多", "zh", "158天"),
        ("生双胞胎产假会多几天吗", "zh", "158天"),
        ("is maternity leave longer for twins?", "en", "158 days"),
        ("do we get extra paternity leave with twins", "en", "15"),
    ],
)
async def test_whether_twins_get_more_leave_has_no_bare_yes_and_says_the_plan_is_silent(
    text: str, lang: str, figure: str
) -> None:
    """Clause 11 gives the days and says nothing of multiple births: the days, that silence,
    and whom to ask; never a leading 能/Yes that reads as "more for twins"."""
    reply, _ = await run(ActionAnswerPolicyQuestion, text, "ask_policy", lang, **JINAN_TWINS_DUE)
    assert figure in reply, reply
    assert not reply.startswith(("能", "不能", "Yes", "No.")), reply
    assert "没写双胞胎" in reply or "says nothing about more for twins" in reply, reply
    assert "第11条" in reply or "clause 11" in reply, reply


# 5. Money asked for the baby with no measure named (item 9, c02)


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("what money do we get for the baby", "en", "ask_policy"),
        ("any cash for the newborn?", "en", "nlu_fallback"),
        ("孩子生了能给钱吗", "zh", "ask_policy"),
    ],
)
async def test_money_for_the_baby_in_beijing_is_clause_12s_no_amount(
    text: str, lang: str, intent: str
) -> None:
    """Beijing's plan has no cash amount (clause (12): a subsidy system 'gradually
    established'): said, not a height asked or the birth registration."""
    action = ActionRouteUnclear if intent == "nlu_fallback" else ActionAnswerPolicyQuestion
    reply, _ = await run(action, text, intent, lang, **BEIJING_EXPECTING)
    assert "(12)" in reply and ("逐步建立" in reply or "gradually established" in reply), reply
    assert "tall" not in reply and "registration" not in reply.lower(), reply
    assert "600" not in reply, reply


async def test_money_for_the_baby_in_jinan_is_the_600_of_clause_12() -> None:
    """The same question from a Jinan family: the 600 a month of clause 12 for its 2nd child."""
    reply, _ = await run(
        ActionAnswerPolicyQuestion,
        "what money do we get for the baby",
        "ask_policy",
        "en",
        **JINAN_BORN_JANUARY,
    )
    assert "600" in reply and "clause 12" in reply, reply
