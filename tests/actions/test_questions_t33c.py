"""Tester 33 played hotline staff (我是12345热线的, "hotline here") on 1 December 2026: "details"
with nothing asked yet, the older children of a case asked about by age and year, and an end
date worked out from a birth told to the month only."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionExplainItem
from tests.actions.conftest import DOMAIN, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def worker(text: str, intent: str = "ask_policy", **slots: Any) -> Tracker:
    """The worker's message, with the slots the conversation kept (the action server sees the
    current turn's events only)."""
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    return Tracker(
        sender_id="hotline",
        slots=dict(slots),
        latest_message=message,
        events=[{"event": "user", "text": text, "parse_data": message}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


async def says(action: Any, text: str, intent: str, slots: dict[str, Any]) -> str:
    """What the action replies; the slots it sets are kept in `slots` for the next turn."""
    dispatcher = CollectingDispatcher()
    tracker = worker(text, intent, **slots)
    events = await action.run(dispatcher, tracker, DOMAIN)
    if any(e.get("name") == "household_form" for e in events):  # the form's turn: Rasa runs it
        events += await ValidateHouseholdForm().get_extraction_events(dispatcher, tracker, DOMAIN)
    slots.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
    return texts(dispatcher) + "".join(str(m.get("response") or "") for m in dispatcher.messages)


# --- 3. an end date from a birth told to the month only -----------------------------------------


@pytest.mark.parametrize(
    ("case", "until", "lang"),
    [
        (
            "Hotline operator here. Jinan hukou family, 2nd child born Feb 2024, mother was on "
            "unemployment insurance benefits when she gave birth. Monthly amount and clause number",
            "until when is it paid?",
            "en",
        ),
        ("热线 济南户籍 老二24年2月生的 育儿补贴每月多少", "发到什么时候", "zh"),
    ],
)
async def test_an_end_date_from_a_birth_month_says_the_day_was_taken_as_the_1st(
    case: str, until: str, lang: str
) -> None:
    """Jinan clause 12 pays until the 3rd birthday. A child born "Feb 2024" turns 3 in February
    2027; the day shown (1 Feb 2027) is the month's 1st, taken because only the month is known,
    and the answer says so, not an exact day with nothing said."""
    slots: dict[str, Any] = {"language": lang}
    first = await says(ActionAnswerPolicyQuestion(), case, "ask_policy", slots)
    reply = await says(ActionAnswerPolicyQuestion(), until, "ask_policy", slots)
    # the note is said once a conversation, with the first date shown (tester 49 E2): the end
    # date asked next, of the same birth month, does not say it again
    both = first + "\n" + reply
    if lang == "zh":
        assert "2027年2月1日" in reply and "第12条" in reply, reply
        assert both.count("只知道") == 1 and "按当月1日" in both, both
    else:
        assert "1 Feb 2027" in reply and "clause 12" in reply, reply
        assert both.count("month only") == 1 and "1st" in both, both


async def test_an_end_date_from_an_exact_birth_day_has_no_such_note() -> None:
    """Third child born 10 February 2023: 10 Feb 2026 is that child's own 3rd birthday."""
    slots: dict[str, Any] = {"language": "en"}
    case = "hotline here. Jinan, third child born 2023-02-10, jinan hukou. monthly subsidy pls"
    await says(ActionAnswerPolicyQuestion(), case, "ask_policy", slots)
    reply = await says(ActionAnswerPolicyQuestion(), "until when exactly", "ask_policy", slots)
    assert "10 Feb 2026" in reply and "month only" not in reply, reply


async def test_a_family_told_a_birth_month_hears_the_same_note() -> None:
    """The citizen side: a Jinan family whose second child was born in February 2024 asks until
    when the subsidy is paid; the end date is counted from the 1st, and the answer says so."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2019-05-01", "precision": "day", "height_cm": None},
            {"birth_date": "2024-02-01", "precision": "month", "height_cm": None},
        ],
        "topic_entry": "jinan.childcare_subsidy",
        "result_shown": True,
    }
    reply = await says(ActionAnswerPolicyQuestion(), "育儿补贴发到什么时候", "ask_policy", slots)
    assert "2027年2月1日" in reply and "按当月1日" in reply, reply


# --- 2. the older children of a case, asked about by age and birth year ---------------------------


@pytest.mark.parametrize("intent", ["ask_policy", "nlu_fallback"])
@pytest.mark.parametrize(
    ("case", "older", "lang"),
    [
        (
            "我是12345热线的 济南户籍 三孩2024年5月3日出生 育儿补贴每月多少",
            "那老大老二呢 老大10岁 老二2022年生的",
            "zh",
        ),
        (
            "hotline here. Jinan hukou, third child born 2024-05-03, monthly subsidy?",
            "and the older two? the eldest is 10, the second was born in 2022",
            "en",
        ),
    ],
)
async def test_the_older_children_of_a_case_get_their_own_answer(
    case: str, older: str, lang: str, intent: str
) -> None:
    """Jinan clause 12: 600 a month for a 2nd or 3rd child born on or after 1 January 2023.
    The eldest (10) is a first child: none. The second, born in 2022, was born before that
    day, whatever day of 2022 it was: none. Each child answered, with the clause; not the
    rule read out again as if the 600 were theirs."""
    slots: dict[str, Any] = {"language": lang}
    await says(ActionAnswerPolicyQuestion(), case, "ask_policy", slots)
    action = ActionAnswerPolicyQuestion() if intent == "ask_policy" else ActionRouteUnclear()
    reply = await says(action, older, intent, slots)
    if lang == "zh":
        assert "第1个孩子" in reply and "仅限第2个、第3个孩子" in reply, reply
        assert "第2个孩子" in reply and "2022年" in reply and "2023年1月1日" in reply, reply
        assert "第12条" in reply, reply
    else:
        assert "child 1" in reply and "Only for the 2nd or 3rd child" in reply, reply
        assert "child 2" in reply and "2022" in reply and "1 January 2023" in reply, reply
        assert "clause 12" in reply, reply
    assert slots.get("hotline_birth") == "2024-05-03", slots  # the case's third child, kept


# --- 1. "details" with nothing asked yet ----------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "details", "lang"),
    [
        ("我是12345热线的", "详细说说", "zh"),
        ("hotline here", "details", "en"),
        ("hotline here", "more", "en"),
    ],
)
async def test_details_with_nothing_asked_say_what_can_be_detailed(
    opening: str, details: str, lang: str
) -> None:
    """Nothing asked and no case given: not a bare "which item?" nor "which city?", but what it
    can give details on, for both plans' cities."""
    slots: dict[str, Any] = {"language": lang}
    await says(ActionAnswerPolicyQuestion(), opening, "ask_policy", slots)
    assert slots.get("hotline_city"), slots  # the mode is kept for the next message
    reply = await says(ActionExplainItem(), details, "ask_details", slots)
    assert "utter_which_item" not in reply and "utter_ask_city" not in reply, reply
    if lang == "zh":
        assert "育儿补贴" in reply and "济南" in reply and "北京" in reply, reply
    else:
        assert "Childcare subsidy" in reply and "Jinan" in reply and "Beijing" in reply, reply


async def test_details_with_the_city_named_list_that_citys_measures() -> None:
    """The worker named Jinan only: Jinan's measures to choose from, each with its clause."""
    slots: dict[str, Any] = {"language": "zh", "hotline_city": "jinan"}
    reply = await says(ActionExplainItem(), "详细说说", "ask_details", slots)
    assert "utter_which_item" not in reply and "utter_ask_city" not in reply, reply
    assert "育儿补贴" in reply and "第12条" in reply and "北京" not in reply, reply


@pytest.mark.parametrize(
    ("case", "details", "lang"),
    [
        ("热线 济南户籍 二孩2024年2月生的", "详细说说", "zh"),
        ("我是12345热线的 济南户口 老二24年2月生的", "详细", "zh"),
        ("Hotline operator here. Jinan hukou family, 2nd child born Feb 2024", "more", "en"),
        ("hotline here, jinan hukou, second child born Feb 2024", "details", "en"),
    ],
)
async def test_details_after_the_case_facts_give_the_cases_items(
    case: str, details: str, lang: str
) -> None:
    """Only the case given (Jinan hukou, a second child born February 2024): the case's items
    as the engine decides them, not a search hit; then "details" gives each with its amount,
    clause and how to apply (clause 12: 600 a month for a 2nd child born on or after
    1 January 2023, until the 3rd birthday), and says the birth is known to the month only."""
    slots: dict[str, Any] = {"language": lang}
    first = await says(ActionAnswerPolicyQuestion(), case, "ask_policy", slots)
    reply = await says(ActionExplainItem(), details, "ask_details", slots)
    assert "utter_which_item" not in reply and "utter_ask_city" not in reply, reply
    if lang == "zh":
        assert "育儿补贴" in first and "社会抚养费" not in first, first
        assert "每月600元" in reply and "第12条" in reply and "怎么办" in reply, reply
        assert "只知道年月" in reply, reply
    else:
        assert "Childcare subsidy" in first and "maintenance fee" not in first, first
        assert "600 yuan/month" in reply and "clause 12" in reply, reply
        assert "month only" in reply, reply


async def test_a_short_follow_up_of_a_measure_is_no_new_case() -> None:
    """After Jinan's loan ceiling (clause 14), "三孩 两人缴存" asks that ceiling for three
    children and two contributors (1,000,000 yuan), not the items of a new case."""
    slots: dict[str, Any] = {
        "language": "zh",
        "hotline_city": "jinan",
        "topic_entry": "jinan.housing_fund_loan_limit",
    }
    reply = await says(ActionAnswerPolicyQuestion(), "三孩 两人缴存", "ask_policy", slots)
    assert "100万" in reply and "第14条" in reply and "目前已经确定" not in reply, reply


async def test_a_new_case_while_a_measure_is_discussed_gets_its_items() -> None:
    """After the loan ceiling, "济南户籍 二孩2024年2月生的" opens a new case: its items."""
    slots: dict[str, Any] = {
        "language": "zh",
        "hotline_city": "jinan",
        "topic_entry": "jinan.housing_fund_loan_limit",
    }
    reply = await says(
        ActionAnswerPolicyQuestion(), "济南户籍 二孩2024年2月生的", "ask_policy", slots
    )
    assert "育儿补贴（第2个孩子）：每月600元" in reply, reply
    assert slots.get("topic_entry") is None, slots
