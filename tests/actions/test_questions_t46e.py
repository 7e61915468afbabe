"""Tester 45's conversations (fix-t46e): facts misread out of a message and what the read-back
then says. Each test: the family known so far (the slots), what the citizen wrote, what the
reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.test_questions_t27a import form_turn


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


UNDATED = {"birth_date": None, "precision": None, "height_cm": None}
# Tester 45 c06: Beijing, the 2nd a month old (about November 2026).
BEIJING_NEWBORN: dict[str, Any] = {
    "city": "beijing",
    "children": [{**UNDATED, "birth_date": "2026-11-01", "precision": "month", "approx": "1"}],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那北京有啥别的 我老婆产假多长 我们租房子住 有没有住房方面的", "zh"),  # c06 T2
        ("我们租房 有住房补贴吗", "zh"),
        ("租的房子 有没有房补", "zh"),
        ("我们租房住，有没有住房保障方面的政策", "zh"),
        ("we rent here, is there any housing help?", "en"),
        ("we rent, what about homeowners?", "en"),
    ],
)
async def test_renters_asking_about_housing_are_not_read_as_owning(text: str, lang: str) -> None:
    """A Beijing family that rents asks what there is "for housing": renting is read back, and
    nothing of owning a home or not (the bot read 有没有住房 as 有住房, "在北京有自己的住房"; and
    有没有房补 as 没有房). Housing help is the topic asked about, not the family's home."""
    reply, set_ = await form_turn(text, lang, **BEIJING_NEWBORN)
    assert set_.get("renting") is True
    assert "owns_home_in_city" not in set_
    for said in (
        "在北京有自己的住房",
        "在北京没有自己的住房",
        "owning a home in",
        "no home of your own",
    ):
        assert said not in reply


# Tester 45 c01: Jinan hukou, 老大 about three and a half, 老二 born October 2025; the form asked
# whether the family was on dibao, 特困 support or unemployment benefit at the birth.
C01: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2023-06-01", "precision": "month", "approx": "3"},
        {**UNDATED, "birth_date": "2025-10-01", "precision": "month"},
    ],
}
ASKED_AT_BIRTH = {
    "requested_slot": "hardship_at_birth",
    "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("没有领低保 那从啥时候开始发 咋申请啊", "zh"),  # c01 T2
        ("没领 啥时候开始发", "zh"),
        ("no dibao. when does the money start?", "en"),
    ],
)
async def test_a_no_to_the_birth_question_says_nothing_of_now(text: str, lang: str) -> None:
    """The answer to "on dibao at the birth?" records the birth only: the read-back never adds
    "现在没有领…" / "not on such benefits now", which nobody said."""
    reply, set_ = await form_turn(text, lang, **C01, **ASKED_AT_BIRTH)
    assert set_.get("hardship_at_birth") is False
    assert "hardship_now" not in set_
    assert "现在没有领" not in reply and "benefits now" not in reply


@pytest.mark.parametrize(
    ("text", "lang", "asked"),
    [
        ("我们一直没领过低保", "zh", True),
        ("从来没吃过低保 也没领过失业金", "zh", True),
        ("不是低保户 从来没领过", "zh", True),
        ("我们一直没领过低保", "zh", False),
        ("we've never been on dibao", "en", True),
        ("we have never had dibao or tekun", "en", False),
    ],
)
async def test_never_on_dibao_is_every_birth(text: str, lang: str, asked: bool) -> None:
    """ "一直没领过低保" / "never been on dibao": not on them at any child's birth, so the +200
    of clause 12 is not for this family and the 600 stands alone. Said out of the blue it is
    not now either; said as the answer to "on dibao at the birth?" it answers the births, as
    the corpus's writers read it (nothing is put in the citizen's mouth about now)."""
    slots = {**C01, **(ASKED_AT_BIRTH if asked else {})}
    _, set_ = await form_turn(text, lang, **slots)
    assert set_.get("hardship_at_birth") is False
    if not asked:
        assert set_.get("hardship_now") is False


async def test_never_on_dibao_gives_the_600_alone() -> None:
    """c01 after the 600 was told: "我们一直没领过低保 那就是600呗" gets the 600 for 老二 (clause
    12), and the +200 is no longer an open question."""
    from tests.actions.test_questions_t40j import whole_turn

    text = "我们一直没领过低保 那就是600呗"
    reply = await whole_turn(
        text,
        "zh",
        **C01,
        topic_entry="jinan.childcare_subsidy",
        focus_entry="jinan.childcare_subsidy",
        focus_question=text,
    )
    assert "600元" in reply and "第12条" in reply
    assert "孩子出生时没有领" in reply
    assert "还要确认" not in reply
