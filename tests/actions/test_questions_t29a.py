"""Conversations tester 29 (and 28) had go wrong, items of the list fix-t29a took, as the
citizen wrote them and as others would: the family known (the slots), what the citizen wrote,
and what the reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.conversation import ActionHandleCorrection
from actions.form_questions import AskBirthInsurance
from actions.household_form import ValidateHouseholdForm, accepted_updates, required_facts
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_follow_up_questions import ask
from tests.actions.test_pending_question import action, bot, turn
from tests.actions.test_pending_question import ask as ask_form_question

TODAY = date(2026, 12, 1)
SUBSIDY = "jinan.childcare_subsidy"


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def told(text: str, **slots: Any) -> dict[str, Any]:
    """The slots once the household form has read `text` (the first message of the talk)."""
    updates = accepted_updates(text, dict(slots), TODAY)[0]
    return {**slots, **updates}


async def corrected(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The reply to a message telling facts after the answer (action_handle_correction) and
    the slots it set."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="correct", language=lang, **slots)
    events = await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


# --- Item 1 (R29-1): a follow-up naming another child is answered for THAT child ------------

# c7: Jinan hukou, the second child born December 2022 while on unemployment benefit, the
# subsidy asked and refused (the 2023-01-01 cut-off of clause 12).
FIRST = "济南户口 老二是22年12月生的 当时我在领失业金 现在上班了 能领育儿补贴不"
SECOND_REFUSED = {
    **told(FIRST, city="jinan"),
    "result_shown": True,
    "focus_entry": SUBSIDY,
    "focus_question": FIRST,
}


@pytest.mark.parametrize(
    "text",
    [
        "那老三呢 今年8月15号生的 生的时候没领失业金了",  # tester 29 c7
        "那老三呢 2026年8月15日出生的",
        "老三呢？今年8月15生的，那会儿没领低保",
    ],
)
async def test_the_third_child_asked_with_its_birth_gets_its_own_answer(text: str) -> None:
    """Jinan clause 12: the third child born 15 Aug 2026 gets 600 a month until 15 Aug 2029
    (21,600 in all); the reply is about it, never the second child's "不能" again."""
    reply, slots = await corrected(text, "zh", **SECOND_REFUSED)
    assert "老三2026年8月15日出生" in reply
    assert "育儿补贴（第3个孩子）：每月600元" in reply
    assert "21,600" in reply and "2029年8月15日" in reply
    assert "不能" not in reply and "（第2个孩子）" not in reply
    assert slots.get("child_in_talk") == 3


# Jinan hukou, a girl of two (March 2024) and a boy born January 2026; the subsidy asked about
# the younger, then the older named with a fact of hers.
TWO_CHILDREN = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": False,
    "children": [
        {"birth_date": "2024-03-10", "precision": "day", "height_cm": None},
        {"birth_date": "2026-01-20", "precision": "day", "height_cm": None},
    ],
    "result_shown": True,
    "focus_entry": SUBSIDY,
}


@pytest.mark.parametrize(
    ("text", "lang", "must", "must_not"),
    [
        (
            "what about the older one? she was born 10 march 2024, not 2023",
            "en",
            "Childcare subsidy (child 1)",
            "(child 2)",
        ),
        ("那大的呢 她是2024年3月10号生的", "zh", "（第1个孩子）", "（第2个孩子）"),
    ],
)
async def test_the_older_child_named_with_a_fact_is_the_one_answered(
    text: str, lang: str, must: str, must_not: str
) -> None:
    """The older girl is the first child: clause 12 pays the second and third only, so the
    answer is about her (no subsidy for a first child), not the boy's 600 again."""
    slots = {
        **TWO_CHILDREN,
        "focus_question": "老二能领育儿补贴吗" if lang == "zh" else "does the boy get the 600?",
    }
    slots["children"] = [{**slots["children"][0], "birth_date": "2023-03-10"}, slots["children"][1]]
    reply, _ = await corrected(text, lang, **slots)
    assert must in reply, reply
    assert must_not not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [("那大的呢", "zh", "第1个孩子，"), ("what about the older one?", "en", "For child 1")],
)
async def test_the_older_child_named_alone_is_the_one_answered(
    text: str, lang: str, must: str
) -> None:
    reply, _ = await ask(text, lang, **{**TWO_CHILDREN, "focus_question": "老二能领吗"})
    assert must in reply, reply
    assert "（第2个孩子）" not in reply and "(child 2)" not in reply, reply


async def form_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The household form on `text` while it asks the mother's insurance, then that question
    if the form still needs it and it is due: the reply and the slots set."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="correct", language=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    set_ = slot_events(events)
    after = {**slots, "language": lang, **set_}
    turn: list[dict[str, Any]] = [
        *tracker.events,
        {"event": "action", "name": "household_form"},
        *events,
    ]
    if "birth_insurance" in required_facts(after, TODAY):
        asking = Tracker(
            "test", after, tracker.latest_message, turn, False, None, {"name": "household_form"}, ""
        )
        set_.update(slot_events(await AskBirthInsurance().run(dispatcher, asking, DOMAIN)))
    asked = [m["response"] for m in dispatcher.messages if m.get("response")]
    return "\n".join([texts(dispatcher), *asked]), set_


# --- Item 2 (R29-4): a corrected date goes on the one child it can mean; the answer again ---

# c3: Jinan hukou, a girl of 5 and a son born "last october" (read as October 2026), on dibao
# at his birth; the monthly money answered, the mother's insurance asked.
C3_FIRST = (
    "hi im in jinan, my son was born last october, hes our second, older girl is 5. "
    "we were on dibao when he was born but not anymore"
)
SON_BORN_OCT_2026 = {
    **told(C3_FIRST),
    "hukou_in_city": True,
    "topic_entry": SUBSIDY,
    "requested_slot": "birth_insurance",
    "pending_question": {"slot": "birth_insurance", "side_answers": 0, "asked_for": [SUBSIDY]},
}
INSURANCE_EN = INSURANCE_ZH = "utter_ask_birth_insurance"  # the form's question, put again


@pytest.mark.parametrize(
    ("text", "lang", "noted", "monthly", "until", "question"),
    [
        (
            "wait no, he was born october LAST year, 2025",  # tester 29 c3
            "en",
            "the 2nd child born October 2025",
            "600+200=800 yuan/month",
            "1 Oct 2028",
            INSURANCE_EN,
        ),
        (
            "sorry my son was actually born in october 2025, not this year",
            "en",
            "the 2nd child born October 2025",
            "600+200=800 yuan/month",
            "1 Oct 2028",
            INSURANCE_EN,
        ),
        (
            "不对 儿子是2025年10月生的",
            "zh",
            "老二2025年10月出生",
            "600+200=800元/月",
            "2028年10月1日",
            INSURANCE_ZH,
        ),
    ],
)
async def test_a_corrected_date_goes_on_the_son_and_the_answer_is_given_again(
    text: str, lang: str, noted: str, monthly: str, until: str, question: str
) -> None:
    """Jinan clause 12: the son (the one boy, the second child) born October 2025, on dibao at
    the birth, gets 600+200 a month until October 2028. The date is his, not asked "which
    child?"; the monthly answer comes again with the new end. The mother's cover for a birth
    a year past decides no money, so it is no longer put again before the rest (fix-t35j,
    tester 34 c04/c08: the insurance asked for a past birth before any answer)."""
    reply, slots = await form_turn(text, lang, **SON_BORN_OCT_2026)
    assert "Which child" not in reply and "哪个孩子" not in reply, reply
    assert noted in reply, reply
    assert monthly in reply and until in reply, reply
    assert question not in reply, reply
    assert slots["children"][1]["birth_date"] == "2025-10-01"
    assert slots["children"][0]["birth_date"] == "2021-06-01"  # the girl keeps her date


async def test_a_date_of_a_son_among_two_sons_is_still_asked() -> None:
    """Two boys: "he" is either, so which child is asked, not guessed."""
    two_sons = {
        **SON_BORN_OCT_2026,
        "children": [{**c, "sex": "m"} for c in SON_BORN_OCT_2026["children"]],
    }
    reply, slots = await corrected("wait no, he was born october 2025", "en", **two_sons)
    assert "Which child was born October 2025?" in reply, reply
    assert "children" not in slots


async def test_after_the_correction_path_the_answer_names_the_new_end() -> None:
    """The same correction after the answer (no form open): the subsidy answer again with the
    end of October 2028."""
    slots = {
        **SON_BORN_OCT_2026,
        "requested_slot": None,
        "result_shown": True,
        "focus_entry": SUBSIDY,
        "focus_question": "so how much per month?",
    }
    reply, _ = await corrected("wait no, he was born october LAST year, 2025", "en", **slots)
    assert "Updated: the 2nd child born October 2025" in reply
    assert "600+200=800 yuan/month, until 1 Oct 2028" in reply


# --- Item 3 (R29-5): the question the conditional answer covered is not asked twice in a row ---

# c3 before the hukou was told: Jinan, a girl of 5 and a son born October 2026, on dibao then.
HUKOU_OPEN = {
    k: v
    for k, v in SON_BORN_OCT_2026.items()
    if k not in ("hukou_in_city", "pending_question", "requested_slot")
}
HUKOU_ASKED = {"slot": "hukou_in_city", "side_answers": 0}


def slot(name: str, value: Any) -> dict[str, Any]:
    return {"event": "slot", "name": name, "value": value}


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "so how much per month?",  # tester 29 c3
            "If you have Jinan hukou (not known yet): child 2: 600+200=800 yuan a month (1 Oct 2026 to 1 Oct 2029),"
            " until each child turns 3.",
        ),
        ("那一个月能领多少", "如果是济南户口：第2个孩子每月600+200=800元，到孩子满3周岁。"),
        (
            "how much do we get for the boy each month",
            "If you have Jinan hukou (not known yet): child 2: 800 yuan",
        ),
    ],
)
def test_the_hukou_question_is_not_put_under_the_answer_for_both_cases(
    text: str, answer: str
) -> None:
    """Asked the hukou, the family asks the monthly money: the answer says what the hukou
    gives (Jinan clause 12), so "Is your family's hukou in this city?" is not asked again
    right under it."""
    side = turn(
        text,
        action("action_answer_policy_question"),
        slot("topic_entry", SUBSIDY),
        bot(answer),
        pending_question=HUKOU_ASKED,
        **{**HUKOU_OPEN, "requested_slot": "hukou_in_city"},
    )
    said, _ = ask_form_question("hukou_in_city", side)
    assert said == []


def test_a_side_answer_that_only_needs_the_hukou_gets_the_question() -> None:
    """An answer that does not cover both cases ("still needed: hukou") keeps the question."""
    side = turn(
        "how much per month?",
        action("action_answer_policy_question"),
        slot("topic_entry", SUBSIDY),
        bot("Childcare subsidy: 600 yuan a month per child. Still needed: your hukou."),
        pending_question=HUKOU_ASKED,
        **{**HUKOU_OPEN, "requested_slot": "hukou_in_city"},
    )
    said, _ = ask_form_question("hukou_in_city", side)
    assert [m.get("response") for m in said] == ["utter_ask_hukou_in_city"]


# --- Item 4 (R29-6): a figure confirmed gets a short direct answer, not the block again ------

# c1: Jinan hukou, a child of three and a half and twins born March 2026.
TWINS_AND_ELDEST = told("你好 我济南的 老大三岁半 今年3月生了双胞胎 户口都在济南 能领多少钱")


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        (
            "一个月1200是吧",  # tester 29 c1
            "zh",
            "对。第2个孩子、第3个孩子每人每月600元，合计1,200元，领到2029年3月1日（孩子满3周岁）。",
        ),
        ("两个娃一共1200对吧", "zh", "对。第2个孩子、第3个孩子每人每月600元，合计1,200元"),
        (
            "so 1200 a month right?",
            "en",
            "Yes. Child 2 and child 3 get 600 yuan a month each, 1,200 yuan in total, "
            "until 1 Mar 2029 (when each turns 3).",
        ),
    ],
)
def test_a_confirmed_total_is_one_sentence_with_the_clause(text: str, lang: str, must: str) -> None:
    """Jinan clause 12: 600 a month for each twin until they turn 3; the confirmation is one
    sentence and the clause, never the per-child block again."""
    from actions.results import monthly_total_for

    reply = monthly_total_for(TWINS_AND_ELDEST, text, lang)
    assert reply is not None and reply.startswith(must), reply
    assert "第12条" in reply or "clause 12" in reply
    assert "每月合计1,200元：" not in reply and "a month in total:" not in reply
    assert len(reply.splitlines()) <= 3
