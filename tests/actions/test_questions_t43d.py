"""Tester 42's conversations (fix-t43d): "check everything" against "start over". Checking
everything keeps the family told and runs its full check; starting over drops it (and reads
a new family told in the same message). Each test: the family known (the slots), what the
citizen wrote and how it was classified, what the reply must and must not do. Today is
1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionRouteUnclear, ActionUnclearInForm
from actions.conversation import ActionHandleCorrection, ActionRestartConversation
from actions.start_over import asks_full_check, asks_start_over
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Tester 42 c10: Jinan, three children (the 3rd born March 2026, on dibao at that birth), the
# hukou newly moved; the answer was shown and single measures asked about since.
THREE_CHILDREN: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2018-06-01", "precision": "month", "approx": True},
        {**UNDATED, "birth_date": "2022-06-01", "precision": "month", "approx": True},
        {**UNDATED, "birth_date": "2026-03-01", "precision": "month"},
    ],
    "hardship_at_birth": True,
    "result_shown": True,
    "focus_entry": "jinan.childbirth_medical_insurance",
    "offer": "full_check",
}

# Tester 42 c09: Beijing, a daughter of 2, expecting the 2nd in April 2027; a wrong newborn
# was noted, and the citizen gave up on correcting it.
BEIJING_MUDDLED: dict[str, Any] = {
    "language": "en",
    "city": "beijing",
    "children": [
        {**UNDATED, "birth_date": "2024-06-01", "precision": "month", "approx": True},
        {**UNDATED, "birth_date": "2026-12-01", "precision": "month", "approx": True},
        {**UNDATED, "birth_date": "2027-04-01", "precision": "month", "expected": True},
    ],
    "result_shown": True,
    "offer": "full_check",
}

CHECK_EVERYTHING = [
    ("全部都查一遍吧", "zh"),
    ("都帮我看看", "zh"),
    ("全查", "zh"),
    ("那就全部查一下吧", "zh"),
    ("所有的都给我查查", "zh"),
    ("check everything", "en"),
    ("check it all please", "en"),
    ("ok go through everything for us", "en"),
]
START_OVER = [
    ("重新开始", "zh"),
    ("从头来吧", "zh"),
    ("清空重来", "zh"),
    ("刚才的都不算 重来", "zh"),
    ("let's start over", "en"),
    ("start again please", "en"),
    ("reset everything", "en"),
    ("can we begin from scratch", "en"),
]


def _event(events: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [e for e in events if e.get("event") == kind]


def _followup(events: list[dict[str, Any]]) -> str | None:
    names = [e.get("name") for e in events if e.get("event") == "followup"]
    return names[-1] if names else None


@pytest.mark.parametrize(("text", "lang"), CHECK_EVERYTHING + START_OVER)
def test_the_two_wordings_are_told_apart(text: str, lang: str) -> None:
    """Each wording is one of the two, never both."""
    full = (text, lang) in CHECK_EVERYTHING
    assert asks_full_check(text) is full
    assert asks_start_over(text) is not full


@pytest.mark.parametrize(("text", "lang"), CHECK_EVERYTHING)
@pytest.mark.parametrize("intent", ["start_over", "nlu_fallback", "check_eligibility"])
async def test_check_everything_keeps_the_family_and_runs_the_full_check(
    text: str, lang: str, intent: str
) -> None:
    """c10: "全部都查一遍吧" was classified start_over and got "好的，我们重新开始" (the three
    children lost); c04: "check everything" got "Sorry, I didn't quite get that". Whatever the
    classifier said, the known family's full check runs: nothing restarted, no one measure in
    focus, the household form (which then shows every item, clause by clause)."""
    slots = {**THREE_CHILDREN, "language": lang}
    tracker = make_tracker(text, intent=intent, **slots)
    dispatcher = CollectingDispatcher()
    action = ActionRouteUnclear() if intent == "nlu_fallback" else ActionRestartConversation()
    events = await action.run(dispatcher, tracker, DOMAIN)
    assert not _event(events, "restart")
    assert _followup(events) == "household_form"
    assert slot_events(events).get("focus_entry", "unset") is None
    reply = texts(dispatcher)
    for wrong in (
        "重新开始",
        "start over",
        "didn't quite get",
        "没太明白",
        "哪个城市",
        "which city",
    ):
        assert wrong not in reply


async def test_check_everything_while_a_question_waits_goes_on() -> None:
    """ "都帮我看看" while the form asks the birth insurance, read as nothing: the check goes
    on (the question asked again after it), no "没太明白"."""
    slots = {
        **THREE_CHILDREN,
        "result_shown": False,
        "requested_slot": "birth_insurance",
        "pending_question": {"slot": "birth_insurance", "side_answers": 0},
    }
    tracker = make_tracker("都帮我看看", intent="nlu_fallback", **slots)
    dispatcher = CollectingDispatcher()
    events = await ActionUnclearInForm().run(dispatcher, tracker, DOMAIN)
    assert not _event(events, "restart")
    assert "接着" in texts(dispatcher)
    assert "没太明白" not in texts(dispatcher)


@pytest.mark.parametrize(("text", "lang"), START_OVER)
@pytest.mark.parametrize("action", [ActionRestartConversation, ActionRouteUnclear])
async def test_start_over_drops_the_family(text: str, lang: str, action: type) -> None:
    """Every "start over / 重新开始 / 从头来 / 清空重来" resets: the conversation restarted, the
    language kept, and the city asked for a new check."""
    slots = {**THREE_CHILDREN, "language": lang}
    intent = "start_over" if action is ActionRestartConversation else "nlu_fallback"
    tracker = make_tracker(text, intent=intent, **slots)
    dispatcher = CollectingDispatcher()
    events = await action().run(dispatcher, tracker, DOMAIN)
    assert _event(events, "restart")
    assert slot_events(events) == {"language": lang}
    assert ("重新开始" if lang == "zh" else "start over") in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "ugh. let's start over. beijing, one daughter 2 years old, pregnant due april 2027",
            "en",
            ("start over", "Beijing", "April 2027"),
        ),
        ("重新开始 我们在济南 一个孩子 2023年5月生的", "zh", ("重新开始", "济南", "2023年5月")),
        ("清空重来，北京的，闺女3岁", "zh", ("重新开始", "北京")),
    ],
)
@pytest.mark.parametrize("intent", ["inform", "start_over"])
async def test_start_over_with_a_new_family_reads_only_the_new_family(
    text: str, lang: str, said: tuple[str, ...], intent: str
) -> None:
    """c09: "let's start over. beijing, one daughter 2 years old, pregnant due april 2027" was
    read as a correction ("Updated: the 3rd child due April 2027", the wrong newborn kept).
    It restarts, and the facts it tells are the new family's: read back, set after the
    restart, and the household form goes on from them."""
    slots = {**BEIJING_MUDDLED, "language": lang}
    tracker = make_tracker(text, intent=intent, **slots)
    dispatcher = CollectingDispatcher()
    action = ActionHandleCorrection() if intent == "inform" else ActionRestartConversation()
    events = await action.run(dispatcher, tracker, DOMAIN)
    kinds = [e.get("event") for e in events]
    assert kinds[0] == "restart"
    assert _followup(events) == "household_form"
    after = slot_events(events)
    assert after["language"] == lang
    assert after.get("city") in ("beijing", "jinan")
    children = after.get("children") or after.get("children_partial") or []
    assert len(children) <= 2  # never the three of the old family
    assert not any(c.get("birth_date", "").startswith("2026-12") for c in children)
    reply = texts(dispatcher)
    for words in said:
        assert words in reply
    assert "Updated" not in reply and "已更新" not in reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("从头来吧 我们在北京 一个孩子", "zh"),
        ("let's start over, we're in beijing with one kid", "en"),
    ],
)
async def test_start_over_while_a_question_waits_reads_nothing_into_the_old_family(
    text: str, lang: str
) -> None:
    """Start over with the new family's facts while the form asks the birth insurance: the
    form reads nothing into the old family (its three children kept no longer), so the turn
    goes to the start-over rule, which resets and reads the new family."""
    from actions.household_form import ValidateHouseholdForm

    slots = {
        **THREE_CHILDREN,
        "language": lang,
        "result_shown": False,
        "requested_slot": "birth_insurance",
        "pending_question": {"slot": "birth_insurance", "side_answers": 0},
    }
    tracker = make_tracker(text, intent="start_over", **slots)
    dispatcher = CollectingDispatcher()
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    assert not {"city", "children", "children_partial"} & set(slot_events(events))
    restarted = CollectingDispatcher()
    after = await ActionRestartConversation().run(restarted, tracker, DOMAIN)
    assert after[0]["event"] == "restart"
    assert slot_events(after)["city"] == "beijing"
    assert len(slot_events(after).get("children") or slot_events(after)["children_partial"]) == 1
