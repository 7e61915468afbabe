"""Tester 46's conversations (fix-t47g): insurance and Beijing answers. Each test: the family
known so far (the slots), what the citizen wrote, what the reply must and must not say, the
clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from tests.actions.conftest import DOMAIN, make_tracker, month, slot_events, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def reply_to(text: str, lang: str, intent: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The reply to `text` read as a correction (facts stated with it) or as a question."""
    action = ActionHandleCorrection() if intent == "correct" else ActionAnswerPolicyQuestion()
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    events = await action.run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


# Tester 46 c05: Beijing, renting, a 4-year-old and the 2nd due March 2027; the answers shown,
# public rental priority last discussed. The mother's cover for the birth never told.
BEIJING_EXPECTING: dict[str, Any] = {
    "city": "beijing",
    "housing": "renting",
    "children": [month("2022-06", approx="4 year old"), month("2027-03")],
    "children_partial": [month("2022-06", approx="4 year old"), month("2027-03")],
    "result_shown": True,
    "topic_entry": "beijing.public_rental_priority",
    "focus_entry": "beijing.public_rental_priority",
}
ON_MATERNITY_INSURANCE = {
    "topic_entry": "beijing.maternity_insurance",
    "focus_entry": "beijing.maternity_insurance",
}


# --- 1. a measure named in a question is no fact of the family (tester 46 item 6) ------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "is there any money for us in beijing like jinan gives 600? and maternity insurance, "
            "what does it pay",
            "en",
        ),  # c05 T7
        ("and maternity insurance, what does it pay?", "en"),
        ("what does maternity insurance pay in beijing", "en"),
        ("北京有没有像济南那样每月600的钱 还有生育保险 能报多少", "zh"),
        ("生育保险 能报多少", "zh"),
    ],
)
async def test_maternity_insurance_asked_of_is_not_the_familys_cover(text: str, lang: str) -> None:
    """Beijing (12): insured female employees' maternity costs are paid by maternity insurance;
    the question names the measure, so no cover is noted and no "you qualify" is said; never
    Jinan's childbirth insurance (clause 15) as if it were asked."""
    reply, set_ = await reply_to(text, lang, "ask_policy", **BEIJING_EXPECTING)
    assert "birth_insurance" not in set_, set_
    for wrong in ("you qualify", "As an insured female employee", "3,000", "3000", "50 per cent"):
        assert wrong not in reply, reply
    for wrong in ("记下了", "并享受生育津贴", "3,000元", "50%"):
        assert wrong not in reply, reply
    assert "(12)" in reply, reply


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "i never said i have employee maternity insurance, im a freelancer with no insurance. "
            "so what applies then",
            "correct",
        ),  # c05 T8
        ("im a freelancer with no insurance. so what applies then", "correct"),
        ("I'm self-employed and not insured, so what do we get?", "correct"),
    ],
)
async def test_a_freelancer_with_no_insurance_is_not_insured(text: str, intent: str) -> None:
    """ "No insurance" is not insured, freelance or not; what applies then is answered: Beijing
    (12) concerns insured female employees, nothing for a birth without insurance."""
    slots = {**BEIJING_EXPECTING, **ON_MATERNITY_INSURANCE, "birth_insurance": "employee_maternity"}
    reply, set_ = await reply_to(text, "en", intent, **slots)
    assert set_.get("birth_insurance") == "none", set_
    assert "flexibly employed" not in reply, reply
    assert "without insurance the plan provides nothing" in reply, reply
    assert "(12)" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("so what applies then", "en", "without insurance the plan provides nothing"),
        ("那我这种情况呢", "zh", "没有参保的，方案没有写任何生育费用待遇"),
    ],
)
async def test_what_applies_to_the_uninsured_is_the_measure_for_them(
    text: str, lang: str, said: str
) -> None:
    """ "What applies then" after the maternity insurance: the family's own verdict (Beijing
    (12)), not how to apply for something (the "app" of 手机上 read in "applies")."""
    slots = {**BEIJING_EXPECTING, **ON_MATERNITY_INSURANCE, "birth_insurance": "none"}
    reply, _ = await reply_to(text, lang, "ask_policy", **slots)
    assert said in reply, reply
    assert "How to apply" not in reply and "怎么办理" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "I'm a freelancer without insurance",
        "我是自由职业 没交医保",
        "灵活就业 没有医保",
    ],
)
def test_freelance_work_with_no_cover_reads_as_none(text: str) -> None:
    from understanding import understand

    updates = understand(text, {"city": "beijing"}, None, date(2026, 12, 1))
    covers = [u.value for u in updates if u.fact == "birth_insurance"]
    assert covers == ["none"], updates


# --- 2. flexibly employed in Beijing: the plan is silent (tester 46 item 7) --------------------

BEIJING_FAMILY_ZH: dict[str, Any] = {
    "city": "beijing",
    "children": [month("2020-06", approx="6岁"), month("2025-10")],
    "result_shown": True,
    "topic_entry": "beijing.family_upbringing_subsidy_system",
    "focus_entry": "beijing.family_upbringing_subsidy_system",
}
FLEXIBLE_SILENCE = {
    "zh": ("方案没写以灵活就业身份参保的能否享受、报多少", "没有指明负责部门", "第(12)条"),
    "en": (
        "does not say whether a woman insured as flexibly employed",
        "names no responsible",
        "(12)",
    ),
}


@pytest.mark.parametrize(
    ("text", "lang", "known"),
    [
        ("那北京生孩子住院报销吗 我是灵活就业的 交的职工医保", "zh", {}),  # c06 T3
        (
            "我就是交的职工医保 灵活就业那种 北京到底能不能报 报多少",
            "zh",
            {"birth_insurance": "flexible_employment", **ON_MATERNITY_INSURANCE},
        ),  # c06 T4
        ("我是灵活就业参保的 北京生孩子住院报销多少", "zh", {}),
        (
            "I'm freelance, paying into the employee medical insurance myself. can i get "
            "maternity insurance in beijing? how much",
            "en",
            {},
        ),
        (
            "i pay employee medical insurance as flexibly employed, does beijing's maternity "
            "insurance cover my birth?",
            "en",
            {},
        ),
    ],
)
async def test_flexibly_employed_in_beijing_hear_the_plans_silence(
    text: str, lang: str, known: dict[str, Any]
) -> None:
    """Beijing (12) only says insured female employees' maternity costs are paid by maternity
    insurance; whether a woman insured as flexibly employed gets it, and how much, it does not
    say, and it names no department: never a flat no, never "并享受生育津贴" beside a no."""
    reply, _ = await reply_to(text, lang, "ask_policy", **{**BEIJING_FAMILY_ZH, **known})
    for said in FLEXIBLE_SILENCE[lang]:
        assert said in reply, reply
    for wrong in ("不能。", "并享受生育津贴", "No.", "As an insured female employee"):
        assert wrong not in reply, reply


# --- 3. the grandparents' contribution year is our reading, every time (tester 46 item 8) ------

GRANDSON_SEPTEMBER_2024: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2020-01"), month("2024-09")],
    "children_partial": [month("2020-01"), month("2024-09")],
    "result_shown": True,
}
THIRD_FEBRUARY_2026: dict[str, Any] = {
    **GRANDSON_SEPTEMBER_2024,
    "children": [month("2018-01"), month("2020-01"), month("2026-02")],
    "children_partial": [month("2018-01"), month("2020-01"), month("2026-02")],
}
# The year was once said as "our reading"; now no reading of ours is given at all (tester 49
# c06: a verdict rested on it): the plan's words, its silence on the year, the department.
OUR_READING = {
    "zh": ("当年", "未写是哪一年", "济南市医疗保障局", "第15条"),
    "en": (
        "the year's",
        "does not say which year",
        "Municipal Health Insurance Bureau",
        "clause 15",
    ),
}


@pytest.mark.parametrize("family", [GRANDSON_SEPTEMBER_2024, THIRD_FEBRUARY_2026])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我是奶奶 孙子是老二 我们老人有啥补贴没有", "zh"),  # c04 T1
        ("那我跟老头子的长护险 今年交的能报吗 我们今年才参加", "zh"),  # c04 T6
        ("爷爷奶奶的长护险是不是不用交钱", "zh"),
        ("grandparents' long term care insurance, is it free for them now?", "en"),  # c09 T1
        ("grandparents enrol in 2026, is 2026 contribution covered?", "en"),  # c09 T5
    ],
)
async def test_the_grandparents_year_is_always_flagged_as_our_reading(
    text: str, lang: str, family: dict[str, Any]
) -> None:
    """Jinan clause 15 subsidises only "当年"/"the year's" individual contribution: the year
    (and any cut-off such as 31 Dec 2025) is our reading, said so with the lead department each
    time, never a firm "至2025年12月31日止"."""
    reply, _ = await reply_to(text, lang, "ask_policy", **family)
    for said in OUR_READING[lang]:
        assert said in reply, reply
    assert "至2025年12月31日止" not in reply and "until 31 Dec 2025" not in reply, reply


# --- 4. the hotline's three-part question on clause 15 (tester 46 item 17) ---------------------

# Tester 46 c09: a hotline worker; a Jinan caller's 3rd child born February 2026; the
# grandparents' long-term care insurance discussed.
HOTLINE_THIRD_FEBRUARY_2026: dict[str, Any] = {
    "hotline": True,
    "topic_entry": "jinan.grandparents_ltc_insurance_subsidy",
    "reply_brief": True,
    "hotline_city": "jinan",
    "hotline_case": {
        "city": "jinan",
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            {"birth_date": None, "precision": None, "height_cm": None},
            month("2026-02"),
        ],
        "children_count": 3,
    },
    "hotline_birth": "2026-02",
}
BABYS_WINDOW_PASSED = {
    "zh": (
        "孩子本人的居民医保",
        "6个月内",
        "约2026年2月至2026年8月",
        "已经过了",
        "不再适用",
        "第15条",
    ),
    "en": (
        "The baby's own resident medical insurance",
        "6 months",
        "about February 2026 to August 2026",
        "has passed",
        "no longer applies",
        "clause 15",
    ),
}
GRANDPARENTS_NO_DEADLINE = {
    "zh": ("祖父母", "当年", "没有写祖父母最晚何时参保"),
    "en": ("The grandparents", "that year's", "sets no deadline by which the grandparents"),
}


@pytest.mark.parametrize(
    ("text", "lang", "grandparents"),
    [
        (
            "ok so the caller should enrol the grandparents this year? by when? and also the "
            "baby's own medical insurance is free?",
            "en",
            True,
        ),  # c09 T2
        (
            "you didn't answer: grandparents - by when? baby born feb 2026, it's past 6 months. "
            "is baby insurance still free?",
            "en",
            True,
        ),  # c09 T3
        ("奶奶长护险今年交能免吗 最晚什么时候交 孩子自己的医保是不是也免费", "zh", True),
        ("孩子26年2月生的 已经过了6个月了 孩子医保还免费吗", "zh", False),
    ],
)
def test_each_part_of_the_clause_15_question_is_answered(
    text: str, lang: str, grandparents: bool
) -> None:
    """Jinan clause 15: the baby's own window is within 6 months of birth; for a baby born
    February 2026 it ran to about August 2026 and has passed, so the plan's fully subsidised
    contribution no longer applies to a late enrolment. The grandparents' contribution is
    "that year's" with no enrolment deadline in the plan. Never the bare window line alone."""
    from tests.actions.conftest import hotline_turn

    reply, _ = hotline_turn(text, lang, **HOTLINE_THIRD_FEBRUARY_2026)
    for said in BABYS_WINDOW_PASSED[lang]:
        assert said in reply, reply
    if grandparents:
        for said in GRANDPARENTS_NO_DEADLINE[lang]:
            assert said in reply, reply
    assert len(set(reply.split("\n"))) == len(reply.split("\n")), reply


# --- 5. no height asked of a baby not yet born (tester 46 item 20) ----------------------------

BEIJING_ELDEST_AND_DUE: dict[str, Any] = {
    "city": "beijing",
    "children": [month("2022-05"), month("2027-03")],
    "children_partial": [month("2022-05"), month("2027-03")],
    "result_shown": True,
    "offer": "next_questions",
}


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "how can i know her height she's not born yet lol. what about the tax thing how much "
            "is it",
            "en",
            ("No height is needed for the baby on the way", "under 1.3 metres", "(12)", "child 1"),
        ),  # c05 T3
        (
            "还没生呢哪知道多高 那个税怎么算",
            "zh",
            ("还没出生的孩子不用报身高", "1.3米以下", "第(12)条", "第1个孩子的身高"),
        ),
    ],
)
async def test_a_baby_on_the_way_has_no_height_to_tell(
    text: str, lang: str, said: tuple[str, ...]
) -> None:
    """Beijing (12): children under 1.3 m ride free, so a baby from the birth; the height asked
    is the eldest's (child 1), never the unborn baby's."""
    reply, _ = await reply_to(text, lang, "ask_policy", **BEIJING_ELDEST_AND_DUE)
    for part in said:
        assert part in reply, reply


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_offer_names_whose_height_it_asks(lang: str) -> None:
    """The offer of the next questions names the born child whose height decides the free
    transit (Beijing (12)), not "the child's height" beside a baby on the way."""
    from actions import render
    from actions.form_questions import heights_asked

    heights = heights_asked(BEIJING_ELDEST_AND_DUE)
    assert heights == [1]
    line = render.offer_line("next_questions", lang, 2, 1, ["children_heights"], (), heights)
    assert ("第1个孩子的身高" if lang == "zh" else "the height of child 1") in line, line
