"""Dodged questions and what to do next (testers 49 and 50, fix-t51e). Each test: the family
known so far (the slots), what the citizen wrote, what the turn's messages must and must not
say, and the clause. A turn runs its actions in the order the rules give them, each seeing what
the earlier ones said. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection, ActionThanks
from actions.results import ActionNextSteps
from tests.actions.conftest import DOMAIN, make_tracker


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def child(born: str | None, precision: str | None = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision, "height_cm": None, **more}


async def one_turn(
    text: str, intent: str, steps: list[type[Action]], **slots: Any
) -> tuple[list[str], dict[str, Any]]:
    """The bubbles of one turn, each step's messages as the citizen reads them, and the slots
    after it."""
    slots = dict(slots)
    first = make_tracker(text, intent=intent, **slots)
    events: list[dict[str, Any]] = list(first.events)
    bubbles: list[str] = []
    for step in steps:
        loop = {"name": "household_form"} if slots.get("requested_slot") else {}
        tracker = Tracker(
            "test", dict(slots), first.latest_message, list(events), False, None, loop, ""
        )
        dispatcher = CollectingDispatcher()
        returned = await step().run(dispatcher, tracker, DOMAIN)
        for event in returned:
            if event.get("event") == "slot":
                slots[event["name"]] = event["value"]
        for message in dispatcher.messages:
            if message.get("text"):
                bubbles.append(str(message["text"]))
                events.append({"event": "bot", "text": message["text"]})
    return bubbles, slots


# ---------------------------------------------------------------------------------------------
# 1. Tester 49 c02 (D3): Jinan hukou, the 2nd child due March 2027, the mother on unemployment
# benefit at the birth (600+200 a month, clause 12); the parental leave was the last answer.
# "is the 800 automatic or do we have to apply somewhere? we rent btw no house" got public
# rental housing; asked again, "Yes, once the baby is born."

EXPECTING_SECOND: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": True,
    "result_shown": True,
    "children": [child(None, None), child("2027-03-01", expected=True, hardship_at_birth=True)],
    "topic_entry": "jinan.parental_leave",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("is the 800 automatic or do we have to apply somewhere? we rent btw no house", "en"),
        ("do we have to apply for the 600 or is it automatic? we rent, no home of our own", "en"),
        ("800的是自动发还是要自己去申请 我们租房住 没房", "zh"),
        ("我们没房 租房住的 那600要自己申请吗 还是直接发", "zh"),
    ],
)
async def test_automatic_or_apply_with_housing_facts_is_the_moneys_application(
    text: str, lang: str
) -> None:
    """Clause 12 names who gets the money and how much, no procedure, nor whether it is paid
    without applying: said so, with its lead department; the housing facts are noted, and the
    public rental housing their words name is not what was asked."""
    bubbles, slots = await one_turn(
        text, "inform", [ActionHandleCorrection], language=lang, **EXPECTING_SECOND
    )
    reply = "\n".join(bubbles)
    assert slots["renting"] is True and slots["owns_home_in_city"] is False
    if lang == "en":
        assert "no application procedure" in reply and "automatically" in reply
        assert "Municipal Health Commission" in reply and "clause 12" in reply
        assert "public rental housing" not in reply.lower()
    else:
        assert "没有写申领流程" in reply and "自动发放" in reply
        assert "济南市卫生健康委员会" in reply and "第12条" in reply
        assert "公租房" not in reply and "公共租赁住房" not in reply
    assert slots["topic_entry"] == "jinan.childcare_subsidy"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("you didn't answer. do we need to apply for the 800 or is it automatic?", "en"),
        ("so is it automatic or do we apply for the 800 ourselves?", "en"),
        ("那800是不是自动发的 还是要自己去申请", "zh"),
    ],
)
async def test_an_either_or_about_the_money_gets_no_yes_or_no(text: str, lang: str) -> None:
    """'do we need to apply for the 800 or is it automatic?' asks which of two ways, not
    whether the 800 is right: no Yes/No opener, the plan's silence (clause 12) instead."""
    bubbles, _ = await one_turn(
        text, "ask_policy", [ActionAnswerPolicyQuestion], language=lang, **EXPECTING_SECOND
    )
    reply = "\n".join(bubbles)
    assert not reply.startswith(("Yes", "No", "对", "是", "不是", "能", "不能"))
    assert ("no application procedure" in reply) if lang == "en" else ("没有写申领流程" in reply)


async def test_automatic_asked_beside_another_part_answers_both() -> None:
    """'we rent, no home. is the 800 automatic …? and how long is my paternity leave': the
    money's application (clause 12) and the leave (at least 15 days, clause 11)."""
    bubbles, _ = await one_turn(
        "we rent btw, no home. is the 800 automatic or do we have to apply? and how long is my"
        " paternity leave",
        "inform",
        [ActionHandleCorrection],
        language="en",
        **EXPECTING_SECOND,
    )
    reply = "\n".join(bubbles)
    assert "no application procedure" in reply and "15 days" in reply


# ---------------------------------------------------------------------------------------------
# 2. Tester 49 c02 (D4) and c06 (D5): two-part questions lost a part.

FIVE_AND_ONE_AND_A_HALF: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "result_shown": True,
    "language": "zh",
    "children": [
        child("2021-06-01", approx="5岁"),
        child("2025-05-01", hardship_at_birth=False),
    ],
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize("intent", ["ask_policy", "inform"])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("一个月600是吧 那老大5岁的有没有 还有我婆婆帮带孩子 她有啥", "zh"),
        ("一个月600对吧 老大能领吗 另外孩子奶奶天天帮我们带娃 她有什么", "zh"),
        (
            "so 600 a month right? does the older one get it? and my mother-in-law looks after"
            " the kids, does she get anything?",
            "en",
        ),
    ],
)
async def test_the_figure_the_eldest_and_the_grandmother_are_each_answered(
    text: str, lang: str, intent: str
) -> None:
    """The 2nd child (May 2025) gets 600 a month until 1 May 2028, the eldest none (clause 12:
    2nd and 3rd children only); the grandparents' long-term care insurance contribution is
    paid for a 2nd child born after 1 Jan 2023 (clause 15)."""
    slots = {**FIVE_AND_ONE_AND_A_HALF, "language": lang}
    steps: list[type[Action]] = (
        [ActionAnswerPolicyQuestion] if intent == "ask_policy" else [ActionHandleCorrection]
    )
    bubbles, _ = await one_turn(text, intent, steps, **slots)
    reply = "\n".join(bubbles)
    if lang == "zh":
        assert reply.startswith("老大没有") and "对。第2个孩子每月600元" in reply
        assert "长期护理保险" in reply and "第15条" in reply
    else:
        assert "600" in reply and "clause 12" in reply and "Yes" in reply
        assert "long-term care" in reply and "clause 15" in reply


async def test_a_next_child_asked_beside_a_fact_and_another_question_is_answered() -> None:
    """Tester 49 c02: the employee maternity insurance told, the hospital bill asked (100 %
    reimbursed, clause 15) and which child gets the extra 200 if a 3rd is born while on
    unemployment benefit (the 3rd: 600+200 a month, clause 12); 'which' gets no Yes."""
    bubbles, slots = await one_turn(
        "ok. my wife is employed btw, her company pays maternity insurance. how much of the"
        " hospital bill is covered? also if we have a 3rd later and she's still on"
        " unemployment which kid gets the extra 200",
        "inform",
        [ActionHandleCorrection],
        language="en",
        **{**EXPECTING_SECOND, "topic_entry": "jinan.housing_fund_rent_withdrawal"},
    )
    reply = "\n".join(bubbles)
    assert slots["birth_insurance"] == "employee_maternity"
    assert "100%" in reply and "clause 15" in reply
    third = next(b for b in bubbles if "Child 3" in b)
    assert not third.startswith("Yes") and "800 yuan a month" in third and "clause 12" in third


# ---------------------------------------------------------------------------------------------
# 3. Tester 49 c08 (D8) and E6: a question after a goodbye or thanks. Beijing, renting, no home,
# two children (7 and 3) and a third due; public rental housing priority, clause (12).

BEIJING_RENTING: dict[str, Any] = {
    "city": "beijing",
    "renting": True,
    "owns_home_in_city": False,
    "result_shown": True,
    "children": [
        child("2019-06-01", approx="7"),
        child("2023-06-01", approx="3"),
        child("2027-03-01", expected=True),
    ],
    "topic_entry": "beijing.leave_entitlements",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "thanks that's it bye. oh actually wait - the public rental housing thing, how do we"
            " apply and who do we ask",
            "en",
        ),
        ("ok thanks, bye! actually one more - public rental housing, who do we ask?", "en"),
        ("谢谢 就这些了 再见 哦对了 公租房优先那个 怎么申请 找谁", "zh"),
    ],
)
async def test_a_question_after_a_goodbye_is_answered_then_a_short_goodbye(
    text: str, lang: str
) -> None:
    """Beijing clause (12) gives public rental housing priority to families with many minor
    children, but no procedure or department: said so, no office invented; then goodbye."""
    bubbles, _ = await one_turn(text, "thank", [ActionThanks], language=lang, **BEIJING_RENTING)
    reply = "\n".join(bubbles)
    if lang == "en":
        assert "names no responsible department" in reply and "clause (12)" in reply
        assert bubbles[-1].startswith("You're welcome! Goodbye")
        assert "Anything else" not in reply
    else:
        assert "未指明负责部门" in reply and "第(12)条" in reply
        assert bubbles[-1].startswith("不客气！再见")


async def test_a_bare_thanks_is_welcomed() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("thanks!", intent="thank", language="en", **BEIJING_RENTING)
    await ActionThanks().run(dispatcher, tracker, DOMAIN)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_you_are_welcome"]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("how long is paternity leave in Beijing? bye", "paternity"),
        (
            "ok thanks bye! actually one more, my husband's paternity leave how many days",
            "aternity",
        ),
    ],
)
async def test_a_question_with_a_goodbye_gets_the_answer_and_the_goodbye(
    text: str, says: str
) -> None:
    """Tester 49 E6: the question answered (Beijing clause (12)), and the goodbye not ignored."""
    bubbles, _ = await one_turn(
        text, "ask_policy", [ActionAnswerPolicyQuestion], language="en", **BEIJING_RENTING
    )
    assert says in "\n".join(bubbles[:-1])
    assert "Goodbye" in bubbles[-1]


# ---------------------------------------------------------------------------------------------
# 4. Tester 49 c10 (D9): Jinan hukou, the eldest about 2, twins born November 2026, not on
# benefits at the birth. "what do we need to do first" got the subsidy's steps alone.

TWINS_LAST_MONTH: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "children": [
        child("2024-06-01", "year", approx="2"),
        child("2026-11-01"),
        child("2026-11-01"),
    ],
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("so 1200 a month till nov 2029 right? what do we need to do first", "en"),
        ("双胞胎上个月刚生 我们先要办啥", "zh"),
        ("第一步做什么", "zh"),
    ],
)
async def test_what_to_do_first_leads_with_the_deadline_that_runs(text: str, lang: str) -> None:
    """The newborns' resident medical insurance within six months of the birth (Jinan clause
    15: by 1 May 2027 for a November 2026 birth counted from the 1st) first, then the
    subsidy's steps (clause 12's silence, its lead department)."""
    bubbles, _ = await one_turn(
        text, "ask_next_steps", [ActionNextSteps], language=lang, **TWINS_LAST_MONTH
    )
    reply = "\n".join(bubbles)
    if lang == "en":
        assert reply.startswith("First, the one with a deadline: by 1 May 2027")
        assert "(clause 15)" in reply and "child 2, child 3" in reply
        assert "Then: How to apply for Childcare subsidy" in reply
    else:
        assert reply.startswith("先办这件，有期限：2027年5月1日前")
        assert "（第15条）" in reply and "然后：育儿补贴怎么办理" in reply
