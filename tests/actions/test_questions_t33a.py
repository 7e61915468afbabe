"""Tester 32's Jinan family with a 6-year-old and a younger child (fix-t33a): one child asked
about however the citizen names it (by order, by age, by sex, "the older one", or the question
put again: "i asked what about the older one", 我问的是老大) gets that child's items. Jinan
clause 12 pays the 600 a month for a 2nd or 3rd child only, so the eldest gets none; what the
family has that reaches a child of 6 (the same school district, clause 13; the higher inpatient
rate, clause 15) is said with it. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Action
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionHandleCorrection, ActionOnBehalf
from actions.results import ActionExplainItem
from tests.actions.conftest import DOMAIN, make_tracker, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Jinan hukou; a daughter of 6 (born June 2020) and a son born March 2025; no dibao at the
# births; the results shown and the monthly subsidy discussed last.
SIX_AND_ONE = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
    "children": [
        {"birth_date": "2020-06-01", "precision": "month", "approx": "6yo", "sex": "f"},
        {"birth_date": "2025-03-01", "precision": "month", "sex": "m"},
    ],
}

# The action each message reaches, as the classifier placed it in the tester's conversation.
ROUTES: dict[str, type[Action]] = {
    "nlu_fallback": ActionRouteUnclear,
    "ask_policy": ActionAnswerPolicyQuestion,
    "ask_details": ActionExplainItem,
    "on_behalf": ActionOnBehalf,
    "inform": ActionHandleCorrection,
}


async def reply_to(text: str, intent: str, lang: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **{**SIX_AND_ONE, **slots})
    await ROUTES[intent]().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "intent", "lang"),
    [
        ("what does the oldest kid get", "nlu_fallback", "en"),
        ("does my 6 year old get the subsidy too", "nlu_fallback", "en"),
        ("does my 6 year old get the subsidy too", "ask_policy", "en"),
        ("what about the older one, the 6 year old", "ask_details", "en"),
        ("i asked what about the older one, the 6 year old", "nlu_fallback", "en"),
        ("does the 6yo get anything", "ask_policy", "en"),
        ("我家6岁那个有没有", "nlu_fallback", "zh"),
        ("我家6岁那个有没有", "inform", "zh"),
        ("我问的是老大", "on_behalf", "zh"),
        ("我问的是老大", "nlu_fallback", "zh"),
    ],
)
async def test_the_eldest_asked_about_gets_no_subsidy_and_what_reaches_a_child_of_six(
    text: str, intent: str, lang: str
) -> None:
    """Clause 12's 600 a month is for a 2nd or 3rd child: the eldest is told it is not hers,
    with the clause, and what the family has reaches her by age (clauses 13, 15); never clause
    8's support for childcare institutions, and never "didn't understand"."""
    reply = await reply_to(text, intent, lang)
    subsidy = "不能领：育儿补贴" if lang == "zh" else "Not for this child: Childcare subsidy"
    assert subsidy in reply, reply
    assert ("第12条" if lang == "zh" else "clause 12") in reply, reply
    school = "多孩家庭子女同校就读统筹" if lang == "zh" else "Siblings placed in the same school"
    assert school in reply and ("第13条" in reply or "clause 13" in reply), reply
    assert "clause 8" not in reply and "第8条" not in reply, reply
    assert "child 2" not in reply and "第2个孩子" not in reply, reply
    assert "600" not in reply.split("\n", 1)[0], reply


async def test_the_younger_one_asked_about_by_age_gets_the_600() -> None:
    """The 1-year-old is the 2nd child: clause 12's 600 a month until 3 is his, with the
    infant items of his age."""
    reply = await reply_to("does the 1 year old get the subsidy", "nlu_fallback", "en")
    assert "Childcare subsidy (child 2): 600 yuan/month" in reply, reply
    assert "(clause 12)" in reply, reply
    assert "child 1" not in reply, reply


async def test_a_child_asked_about_by_sex_is_named_as_the_citizen_did() -> None:
    """ "does my daughter get the subsidy" of a family whose girl is the eldest: she is "your
    daughter", not "the eldest" alone, and gets no 600 (clause 12)."""
    reply = await reply_to("does my daughter get the subsidy", "nlu_fallback", "en")
    assert reply.startswith("For your daughter (child 1)"), reply
    assert "clause 12" in reply, reply
    zh = await reply_to("我女儿能领补贴吗", "nlu_fallback", "zh")
    assert zh.startswith("您女儿（第1个孩子）"), zh


async def test_a_measure_named_of_the_six_year_old_keeps_its_own_answer() -> None:
    """ "老大的医保报销比例高吗" asks the inpatient rate (clause 15), not the child's list."""
    reply = await reply_to("6岁那个住院报销比例能提高吗", "ask_policy", "zh")
    assert "按年龄，全家的这些项目也惠及这个孩子" not in reply, reply
    assert "第15条" in reply, reply
