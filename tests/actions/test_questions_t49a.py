"""Testers 47 and 48: a planned or imagined next child, and the benefits said of ITS birth
(fix-t49a). Jinan clause 12: 600 yuan a month for a 2nd or 3rd child until it turns 3, 200 more
when the family is on dibao, special hardship support or unemployment benefits at THAT child's
birth. Each test: the family known so far (the slots), what the citizen wrote, what the reply
must and must not say. Today is 1 December 2026 in China."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from actions.form_questions import AskHardshipAtBirth
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionShowEntitlements, ActionWhatIf
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str, precision: str = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision, "height_cm": None, **more}


def form_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The household form on `text`; when it asks nothing more, the answer it leads to; when it
    asks the benefits at the birth, that question."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    events = asyncio.run(ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN))
    set_ = slot_events(events)
    after = {**slots, **set_}
    if after.get("requested_slot") == "hardship_at_birth":
        asking = Tracker("test", after, tracker.latest_message, tracker.events, False, None, {}, "")
        asyncio.run(AskHardshipAtBirth().run(dispatcher, asking, DOMAIN))
    elif not after.get("requested_slot"):
        shown = make_tracker(text, intent="inform", language=lang, **after)
        set_.update(
            slot_events(asyncio.run(ActionShowEntitlements().run(dispatcher, shown, DOMAIN)))
        )
    return texts(dispatcher), set_


# Tester 48 c07 before T7: Jinan hukou, 老大 about 6, 老二 born 20 May 2025 (the benefits at
# that birth never told), 老三 planned for August 2027 "while my husband is on unemployment
# benefits" (read back: 老三出生时在领失业金); the form asks the benefits at the birth.
THIRD_PLANNED_ON_BENEFITS: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": True,
    "child_in_talk": 3,
    "children": [
        child("2020-06-01", approx="6岁"),
        child("2025-05-20", "day"),
        child("2027-08-01", hardship_at_birth=True),
    ],
    "requested_slot": "hardship_at_birth",
    "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
}
THIRD_PLANNED_ON_BENEFITS["children_partial"] = THIRD_PLANNED_ON_BENEFITS["children"]


# ------------------ 1: the benefits said of the 3rd's birth are not the 2nd's (clause 12)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我刚说了 会领失业金 所以28800对吗", "zh"),  # tester 48 c07 T7
        ("我都说了 到时候还会领失业金 一共28800是不是", "zh"),
        (
            "I already said, he will be on unemployment benefits then, so 28800 in total right?",
            "en",
        ),
    ],
)
def test_benefits_said_again_of_the_planned_birth_stay_that_birth_s(text: str, lang: str) -> None:
    """ "我刚说了 会领失业金" after 老三's birth on unemployment benefits was read back: it is that
    birth's again, not the 2nd's (born May 2025, nothing said of it). The 2nd keeps 600 a month
    until 20 May 2028, 21,600; 老三 600+200 = 800 x 36 = 28,800 if still on the benefits at
    that birth: yes to 28,800, for 老三 (tester 48 c07 was told "第2个孩子：600+200=800")."""
    reply, slots = form_turn(text, lang, **THIRD_PLANNED_ON_BENEFITS)
    must = {
        "zh": ("对", "21,600元", "28,800元", "2030年8月1日", "仍在领", "第12条"),
        "en": ("Yes", "21,600 yuan", "28,800 yuan", "1 Aug 2030", "still on", "clause 12"),
    }[lang]
    for said in must:
        assert said in reply, reply
    for wrong in ("第2个孩子：600+200", "困难家庭加发（第2个孩子）：每月200元", "2 Aug", "Noted"):
        assert wrong not in reply, reply
    assert slots.get("hardship_at_birth") is None, slots
    for name in ("children", "children_partial"):
        assert (slots.get(name) or THIRD_PLANNED_ON_BENEFITS[name])[1].get(
            "hardship_at_birth"
        ) is None, slots


# Tester 47 c01 after T7: Jinan hukou, 老大 about 3 and a half, 二宝 a month old, no benefits at
# the births (told); a 3rd child imagined next year was just answered (the child in talk).
TWO_AND_A_THIRD_IMAGINED: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "result_shown": True,
    "child_in_talk": 3,
    "children": [child("2023-06-01", approx="3岁半"), child("2026-11-01", approx="刚满月")],
}
ANSWERING = {
    "correct": ActionHandleCorrection,
    "ask_policy": ActionAnswerPolicyQuestion,
    "inform": ActionShowEntitlements,
    "what_if": ActionWhatIf,
}


def answer_turn(text: str, lang: str, intent: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    events = asyncio.run(ANSWERING[intent]().run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher), slot_events(events)


IMAGINED_THIRD_AGAIN = [
    ("生老三的时候我在领失业金 那老三是不是800一个月", "zh"),  # tester 47 c01 T9
    ("我刚说了 会领失业金 所以28800对吗", "zh"),
    ("到时候我会领失业金 老三一共28800是不是", "zh"),
    (
        "when the 3rd is born I'll be on unemployment benefits, so 800 a month for the 3rd right?",
        "en",
    ),
    ("I already said I will be on unemployment benefits then, so 28,800 in total?", "en"),
]


@pytest.mark.parametrize("intent", list(ANSWERING))
@pytest.mark.parametrize(("text", "lang"), IMAGINED_THIRD_AGAIN)
def test_the_imagined_third_asked_again_is_answered_for_that_child(
    text: str, lang: str, intent: str
) -> None:
    """Jinan clause 12 for 老三 imagined just before, on unemployment benefits at ITS birth:
    600+200 = 800 a month x 36 = 28,800 as long as the family is on them then, otherwise 21,600;
    yes to 800 or 28,800. Never "不是28,800元：第2个孩子每月600元" (the 2nd's answer), never the
    2nd given the 200, and 老三 is not recorded as the family's (tester 47 c01)."""
    reply, slots = answer_turn(text, lang, intent, **TWO_AND_A_THIRD_IMAGINED)
    must = {
        "zh": ("对，只要第3个孩子出生时", "600+200=800元/月×36个月=28,800元", "21,600元", "第12条"),
        "en": ("Yes, as long as", "600+200 = 800 yuan/month x 36 months = 28,800", "clause 12"),
    }[lang]
    for said in must:
        assert said in reply, reply
    for wrong in ("不是", "No, not", "第2个孩子：600+200", "child 2: 600+200", "已更新", "Updated"):
        assert wrong not in reply, reply
    for fact in ("children", "children_partial", "hardship_at_birth", "hardship_now"):
        assert fact not in slots, slots


@pytest.mark.parametrize(
    ("text", "lang", "said", "wrong"),
    [
        ("要是明年再生个老三 那时候我刚好失业领失业金 老三一共28800对不对", "zh", "对，", "不是"),
        ("要是明年再生个老三 老三一共21600对不对", "zh", "对，第3个孩子出生时家里不领", "不是"),
        ("要是明年再生个老三 那时候我在领失业金 一共36000对不对", "zh", "不是36000元", "对，"),
        (
            "what if we have a 3rd next year, I'll be on unemployment benefits, 28800 right?",
            "en",
            "Yes, as long as",
            "No,",
        ),
    ],
)
def test_a_figure_put_back_for_an_imagined_third_gets_its_yes_or_no(
    text: str, lang: str, said: str, wrong: str
) -> None:
    """The figure checked against the 3rd's own sums (clause 12: 600 x 36 = 21,600; with the
    benefits at its birth 800 x 36 = 28,800), with the condition of the 200, never against the
    2nd's."""
    slots = {**TWO_AND_A_THIRD_IMAGINED, "child_in_talk": None}
    reply, _ = answer_turn(text, lang, "ask_policy", **slots)
    assert said in reply and wrong not in reply, reply
    assert "第12条" in reply or "clause 12" in reply, reply


# ----------------- 2: one child's date told beside the next child asked is not the next one's
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "老二具体是25年5月20号 那要是明年生老三的时候我老公还在领失业金 一共能领28800对不对",
            "zh",
        ),
        ("老二是2025年5月20日生的 要是再生个老三 能领补贴吗", "zh"),
        (
            "the 2nd was born on 20 May 2025. what if we have a 3rd next year, would it get 600?",
            "en",
        ),
    ],
)
def test_the_date_told_of_the_second_is_not_the_imagined_third_s(text: str, lang: str) -> None:
    """ "老二具体是25年5月20号 那要是明年生老三…": the date is the 2nd's (recorded for it), and
    the 3rd is answered with its own time (next year, no month: until it turns 3), never "2025年5月
    20日出生的第3个孩子…发到2028年5月20日" (tester 48 c07 T2)."""
    slots = {
        "city": "jinan",
        "hardship_now": True,
        "children_partial": [
            child("2020-06-01", approx="6岁"),
            child("2025-06-01", approx="1岁半"),
        ],
        "child_in_talk": 3,
        "requested_slot": "children",
    }
    reply, set_ = form_turn(text, lang, **slots)
    assert "第3个孩子" in reply or "hild 3" in reply, reply
    for wrong in (
        "2025年5月20日出生的第3个",
        "2028年5月20日",
        "20 May 2028",
        "born on 20 May 2025",
    ):
        assert wrong not in reply, reply
    assert set_["children_partial"][1]["birth_date"] == "2025-05-20", set_
    assert len(set_["children_partial"]) == 2, set_


# --------------------- 3: the benefits told of the birth to come are not asked again (P14)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_birth_to_come_told_is_not_asked_again_only_the_births_still_open(lang: str) -> None:
    """老三's birth on unemployment benefits was told and read back: the benefits question names
    the birth still open (the 2nd's, May 2025), never "孩子出生时（还没出生的，按预计那时的
    情况）" again (tester 48 c07 asked it after the read-back)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("大概明年8月吧", language=lang, **THIRD_PLANNED_ON_BENEFITS)
    asyncio.run(AskHardshipAtBirth().run(dispatcher, tracker, DOMAIN))
    reply = texts(dispatcher)
    must = {"zh": ("第2个孩子2025年5月出生时",), "en": ("child 2 was born (May 2025)",)}[lang]
    for said in must:
        assert said in reply, reply
    for wrong in ("还没出生的", "baby on the way", "第3个孩子", "child 3"):
        assert wrong not in reply, reply


def test_a_birth_to_come_not_yet_told_is_still_asked_as_to_come() -> None:
    """Nothing told of the benefits at the coming birth: the question speaks of it as to come
    (tester 9), as before."""
    slots = {**THIRD_PLANNED_ON_BENEFITS}
    slots["children"] = slots["children_partial"] = [
        child("2020-06-01", approx="6岁"),
        child("2025-05-20", "day"),
        child("2027-08-01"),
    ]
    dispatcher = CollectingDispatcher()
    asyncio.run(AskHardshipAtBirth().run(dispatcher, make_tracker("8月", **slots), DOMAIN))
    assert "还没出生的" in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang"), [("没有", "zh"), ("没领", "zh"), ("no, we weren't", "en")]
)
def test_a_no_to_the_births_past_keeps_the_coming_birth_told(text: str, lang: str) -> None:
    """The question named the 2nd's birth (May 2025) only: "没有" is the 2nd's, so 600 for it;
    老三's birth on unemployment benefits, told before, and the benefits now stay (clause 12:
    each birth its own)."""
    _, slots = form_turn(text, lang, **THIRD_PLANNED_ON_BENEFITS)
    assert slots.get("hardship_at_birth") is False, slots
    assert "hardship_now" not in slots, slots
    for name in ("children", "children_partial"):
        third = (slots.get(name) or THIRD_PLANNED_ON_BENEFITS[name])[2]
        assert third.get("hardship_at_birth") is True, slots


def test_the_date_of_the_second_and_the_imagined_third_asked_while_the_form_asks_hukou() -> None:
    """The form asking the hukou, a measure in focus: "the second was born 20 May 2025. if the
    3rd is born next year while he is still on unemployment benefits, it's 28800 in total
    right?" notes the 2nd's date and answers the 3rd (clause 12: 800 x 36 = 28,800 if still on
    them at that birth, and only with Jinan hukou), never with the 2nd's dates."""
    slots = {
        "city": "jinan",
        "hardship_now": True,
        "children_partial": [child("2020-06-01", approx="6"), child("2025-06-01", approx="1.5")],
        "focus_entry": "jinan.childcare_subsidy_hardship_supplement",
        "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
        "requested_slot": "hukou_in_city",
    }
    text = (
        "the second was born 20 May 2025. if the 3rd is born next year while he is still on "
        "unemployment benefits, it's 28800 in total right?"
    )
    reply, set_ = form_turn(text, "en", **slots)
    for said in ("Jinan hukou", "Yes, as long as", "28,800 yuan", "21,600 yuan", "clause 12"):
        assert said in reply, reply
    for wrong in ("20 May 2028", "born on 20 May 2025 gets"):
        assert wrong not in reply, reply
    assert set_["children_partial"][1]["birth_date"] == "2025-05-20", set_
    assert "hardship_at_birth" not in set_, set_
