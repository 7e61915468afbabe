"""Tester 45's conversations (fix-t46f): answers that went to the wrong topic or measure.
Each test: the family known so far, what the citizen wrote, what the reply must and must not
say, the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.household_form import ValidateHouseholdForm
from tests.actions.conftest import DOMAIN, make_tracker, month, slot_events, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def ask(text: str, lang: str, **slots: Any) -> str:
    """A question answered by the policy-question action, the family's slots known."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


async def first_message(text: str, lang: str) -> tuple[str, dict[str, Any]]:
    """The first message of a conversation, read by the household form."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


# --- 1. housing help asked by a Jinan family (tester 45 item 3, c09 T1) -----------------------

# "we rent in jinan and both pay housing fund. what housing help is there" got "The Jinan plan
# says nothing about this … (Beijing's plan has public rental housing)". Jinan clause 14 has
# the housing help: the higher first-home loan ceiling and the rent withdrawal of the housing
# fund for families with 2+ children who own no home. Never Beijing's rule as if Jinan had
# nothing.
HOUSING_ASKED = [
    (
        "hi my wife is due next month with our 2nd, we rent in jinan and both pay housing fund. "
        "what housing help is there",
        "en",
    ),
    ("we rent in jinan and both pay housing fund. what housing help is there", "en"),
    ("we live in jinan, is there any help with housing?", "en"),
    ("我们在济南租房 两口子都交公积金 住房有啥帮助", "zh"),
    ("老婆下个月生老二 我们在济南租房 两口子都交公积金 住房方面有啥帮助", "zh"),
    ("济南的 住房上有什么政策支持吗", "zh"),
]


def _housing_help_said(reply: str, lang: str) -> None:
    if lang == "zh":
        assert "第14条" in reply
        assert "贷款" in reply and "公积金" in reply
        assert "没有写这方面" not in reply and "北京" not in reply
    else:
        assert "clause 14" in reply
        assert "loan" in reply and "housing fund" in reply
        assert "says nothing" not in reply and "Beijing" not in reply


@pytest.mark.parametrize(("text", "lang"), HOUSING_ASKED)
async def test_housing_help_in_jinan_is_clause_14_from_the_first_message(
    text: str, lang: str
) -> None:
    reply, _ = await first_message(text, lang)
    _housing_help_said(reply, lang)


@pytest.mark.parametrize(("text", "lang"), HOUSING_ASKED)
async def test_housing_help_in_jinan_is_clause_14_once_the_family_is_known(
    text: str, lang: str
) -> None:
    reply = await ask(
        text,
        lang,
        city="jinan",
        hukou_in_city=True,
        renting=True,
        housing_fund_contributors=2,
        children=[month("2023-06"), month("2027-01")],
    )
    _housing_help_said(reply, lang)
