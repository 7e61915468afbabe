"""Testers 107, 109 and 110's families (stop 70), asked again: a relative's question in English
kept apart, the record read back on request, and a hotline caller living away from the city of
her hukou."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import RECAP_ASKED, ActionAnswerPolicyQuestion
from tests.actions.test_questions_t33c import says
from tests.actions.test_questions_t105 import apart

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def jinan_family() -> dict[str, Any]:
    """An English-speaking Jinan family, hukou there: an eldest of five and a second child born
    12 March 2026; the answer already shown."""
    return {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children": [
            {"birth_date": "2021-06-01", "precision": "month"},
            {"birth_date": "2026-03-12", "precision": "day"},
        ],
        "result_shown": True,
    }


async def test_a_brother_in_laws_beijing_family_is_answered_with_beijings_plan() -> None:
    """ "My brother-in-law lives in Beijing, he has three kids under 6. Is there any cash
    allowance for him there?": his Beijing case, apart, on Beijing's plan (clause (12) names no
    amount); never the family's own Jinan 600 a month (tester 110 c7 was told "Yes. 600")."""
    slots = jinan_family()
    reply = await apart(
        ActionAnswerPolicyQuestion(),
        "My brother-in-law lives in Beijing, he has three kids under 6. Is there any cash "
        "allowance for him there?",
        "ask_policy",
        slots,
    )
    assert "none of it is added to your family" in reply, reply
    assert "(12)" in reply and "600" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "What do you have on file for my family right now?",
        "read back what you have on my family",
        "Which city and hukou do you have recorded for my family?",
        "what info do you have about us",
        "你把我家记的情况说一下 别跟我哥家混了",
        "念一下你记的",
    ],
)
def test_the_record_asked_for_is_a_read_back(message: str) -> None:
    """Asking what is noted, in the ways testers 109 and 110 asked it, is a read-back request
    (tester 109 c4's was taken for a request to delete everything)."""
    assert RECAP_ASKED.search(message.lower())


@pytest.mark.parametrize(
    "message", ["我记的是老大6岁", "what do you have for kids under 3", "你记得我说的吗"]
)
def test_other_words_about_noting_are_no_read_back(message: str) -> None:
    assert not RECAP_ASKED.search(message.lower())


async def test_the_record_read_back_in_english() -> None:
    """ "What do you have on file for my family right now?" after the results: the family as
    noted, said back."""
    slots = jinan_family()
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "What do you have on file for my family right now?",
        "ask_policy",
        slots,
    )
    assert "Jinan" in reply and "12 March 2026" in reply, reply


@pytest.mark.parametrize(
    ("case", "lang", "until"),
    [
        (
            "next caller: works in Beijing but hukou is still in Jinan, second child born 1 June "
            "2025, not on dibao. can she get the Jinan 600? until when?",
            "en",
            "1 Jun 2028",
        ),
        (
            "下一个来电 人在北京上班 户口还在济南 老二25年6月1号生的 没领低保 能领济南的600吗 领到啥时候",
            "zh",
            "2028年6月1日",
        ),
    ],
)
async def test_a_caller_living_away_from_her_hukou_city_gets_its_money(
    case: str, lang: str, until: str
) -> None:
    """A hotline caller lives in Beijing with Jinan hukou, her second child born 1 June 2025 and
    no benefits at the birth: Jinan clause 12 reads the hukou, so she gets 600 a month until the
    child turns 3 on 1 June 2028 (tester 107 h2 was told "No… a hukou elsewhere")."""
    slots: dict[str, Any] = {"language": lang}
    opening = "hotline here. " if lang == "en" else "我是12345热线的 "
    reply = await says(ActionAnswerPolicyQuestion(), opening + case, "ask_policy", slots)
    assert "600" in reply and until in reply, reply
    assert "does not qualify" not in reply and "不符合" not in reply
    # the plan's silence on where the caller lives, said with it
    assert "says nothing about where the family lives" in reply or "方案没有写居住地的要求" in reply
