"""Tester 59's conversations (stop 44): the family known so far (the slots), what the citizen
wrote, what the reply must and must not say, and the clause. Today is 4 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from tests.actions.conftest import DOMAIN, day, make_tracker, month, slot_events, texts, year
from understanding import understand


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 4))


async def form_reply(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The household form on `text` (intent inform): the reply and the slots it sets."""
    from actions.household_form import ValidateHouseholdForm

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


async def policy_reply(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """A question outside the form (intent ask_policy): the reply and the slots it set."""
    from actions.answers import ActionAnswerPolicyQuestion

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


# Jinan hukou; the eldest born 2019, the second March 2022 (no dibao then), the third born 20
# November 2026; the form asks whether the family was on dibao at the third birth.
THIRD_JUST_BORN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [year("2019"), month("2022-03", hardship_at_birth=False), day("2026-11-20")],
    "requested_slot": "hardship_at_birth",
    "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
}


# --- 1. dibao taken up again says nothing of the births before ------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("今年又吃上低保了 老三能多给200不", "zh"),
        ("去年重新办的低保", "zh"),
        ("we're back on dibao since this year", "en"),
        ("we got dibao again this year", "en"),
    ],
)
def test_benefits_taken_up_again_tell_nothing_of_earlier_births(text: str, lang: str) -> None:
    """Jinan clause 12 pays the 200 to births "during" dibao. 又吃上低保 (on it again) says the
    family was on it before too, so no earlier birth is recorded as without it; the start
    dates only the present."""
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2019"},
            {"birth_date": "2022-03"},
            {"birth_date": "2026-11-20"},
        ],
    }
    said = understand(text, known, "hardship_at_birth", date(2026, 12, 4))
    assert not [u for u in said if u.value is False], said


def test_benefits_first_taken_this_year_were_not_held_at_an_earlier_birth() -> None:
    """Without "again", benefits begun this year were not held at the 2019 birth."""
    known = {"city": "jinan", "children": [{"birth_date": "2019"}, {"birth_date": "2026-11-20"}]}
    said = understand("今年刚开始领低保", known, "hardship_at_birth", date(2026, 12, 4))
    assert any(
        u.fact == "child.hardship_at_birth" and u.child == 1 and u.value is False for u in said
    )


async def test_dibao_again_reads_back_no_denial_of_the_eldest() -> None:
    reply, set_ = await form_reply("今年又吃上低保了 老三能多给200不", "zh", **THIRD_JUST_BORN)
    assert "老大出生时没有" not in reply, reply
    assert set_.get("children", THIRD_JUST_BORN["children"])[0].get("hardship_at_birth") is None


# --- 2. a monthly figure put back with 呗 is a question about the amount ----------------------


@pytest.mark.parametrize("text", ["那就是一个月800了呗", "那每个月就800呗"])
async def test_a_figure_put_back_with_bei_is_answered(text: str) -> None:
    """Clause 12: 600 a month for the third child, 800 only if the family was on dibao, special
    hardship support or unemployment benefits at that birth, which is still open."""
    slots = {
        **THIRD_JUST_BORN,
        "hardship_now": True,
        "focus_entry": "jinan.childcare_subsidy_hardship_supplement",
        "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
        "child_in_talk": 3,
    }
    reply, _ = await form_reply(text, "zh", **slots)
    assert "800" in reply and "600" in reply and "第12条" in reply, reply


# --- 3. Beijing's paternity leave asked with Jinan's figure -----------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我老公能休15天陪产假吗", "zh"),
        ("陪产假有15天吗", "zh"),
        ("dad gets 15 days off?", "en"),
        ("can he take 15 days paternity leave?", "en"),
    ],
)
async def test_beijing_paternity_leave_has_no_days(text: str, lang: str) -> None:
    """Beijing clause (12) names paternity leave for men but no number of days; 15 days is
    Jinan clause 11's. Never "yes", never "the plan says nothing about this"."""
    reply, _ = await policy_reply(
        text, lang, city="beijing", hukou_in_city=True, children=[month("2026-10")]
    )
    assert "(12)" in reply, reply
    assert "没有写这方面的规定" not in reply and "says nothing about this" not in reply, reply
    assert not reply.startswith(("是", "对", "Yes")), reply
    assert "没有写各类假期的天数" in reply or "number of days" in reply, reply


# --- 4. the end of maternity leave asked by a citizen -----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("when does maternity leave end", "en", "8 Apr 2027"),
        ("when will my wife go back to work?", "en", "8 Apr 2027"),
        ("产假休到几号", "zh", "2027年4月8日"),
        ("产假哪天结束", "zh", "2027年4月8日"),
    ],
)
async def test_maternity_leave_end_is_a_date(text: str, lang: str, end: str) -> None:
    """Jinan clause 11: 158 days of maternity leave; from a birth on 2 November 2026, counting
    the birth day as day 1 (the plan does not say which day is day 1), the last day is 8 April
    2027, said as an estimate, with no read-out line (that is the hotline's)."""
    reply, set_ = await policy_reply(
        text, lang, city="jinan", hukou_in_city=True, children=[day("2026-11-02")]
    )
    assert end in reply and "158" in reply, reply
    assert "read out" not in reply and "可以这样念" not in reply, reply
    assert set_.get("topic_entry") == "jinan.maternity_leave", set_


async def test_beijing_gives_no_end_date() -> None:
    """Beijing clause (12) states no days: no date is worked out."""
    reply, _ = await policy_reply(
        "产假休到几号", "zh", city="beijing", hukou_in_city=True, children=[day("2026-11-02")]
    )
    assert "2027年" not in reply and "没有写各类假期的天数" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("我在济南 孩子11月2号出生的 产假休到哪天", "zh", "2027年4月8日"),
        ("济南户口 宝宝11月2号出生 产假到几号结束", "zh", "2027年4月8日"),
        ("we're in jinan, baby born 2 nov, when does my maternity leave end?", "en", "8 Apr 2027"),
    ],
)
async def test_birth_told_with_the_leave_end_asked(text: str, lang: str, end: str) -> None:
    """A first message telling the birth and asking the leave's end (Jinan clause 11, 158 days
    from 2 November 2026): the date, not the days alone, once the form has what it needs."""
    from actions.results import focused_reply
    from policy_kb.kb import catalogue

    slots = {"city": "jinan", "children": [day("2026-11-02")], "language": lang}
    tracker = make_tracker(text, intent="inform", **slots)
    entry = catalogue().entries["jinan.maternity_leave"]
    reply = focused_reply(tracker, slots, entry, lang, question=text)
    assert end in reply and "158" in reply, reply


@pytest.mark.parametrize("text", ["产假到几号结束", "济南户口 宝宝上个月5号出生 产假到几号结束"])
def test_a_day_asked_with_jihao_is_a_question_about_the_leave(text: str) -> None:
    """几号 asks for a day: the message asks about maternity leave (clause 11)."""
    from actions.focus import asked_measure

    found = asked_measure(text, "jinan", "zh")
    assert found is not None and found.id == "jinan.maternity_leave", found
