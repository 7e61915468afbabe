"""Tester 40's point on a correction that makes past money a child's (Jinan clause 12).

A family with a baby due February 2027 answered "yes, we'll still be on dibao then" to the
benefits-at-the-birth question, asked of the baby on the way while the 2nd child (born 2022)
did not count. Moving that child to March 2023 makes her 600 a month (until March 2026) hers;
the 200 more for a birth on dibao rests on the benefits at HER birth, which nobody told, so it
is said as a condition with the question, never as money that "was due"."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.household_form import ValidateHouseholdForm
from tests.actions.conftest import DOMAIN, make_tracker, month, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


# dibao now, "yes" to the question about the coming birth, recorded for the family
ON_DIBAO_BABY_DUE: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "hardship_at_birth": True,
    "children": [
        month("2019-06", approx=True),
        {"birth_date": "2022-01-01", "precision": "year", "height_cm": None},
        month("2027-02"),
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "must", "must_not"),
    [
        (
            "wait sorry, I got it wrong, the 2nd was born in march 2023 not 2022. does that "
            "change anything?",
            "en",
            ("600 yuan", "1 Mar 2026", "if your family was receiving dibao", "Were you?"),
            ("it was due: 200 yuan",),
        ),
        (
            "不对 老二是2023年3月生的 不是2022年 有影响吗",
            "zh",
            ("每月600元", "2026年3月1日", "如果第2个孩子出生时家里在领低保", "那时在领吗"),
            ("曾经符合：200元",),
        ),
    ],
)
async def test_the_200_of_a_birth_nobody_described_is_a_condition(
    text: str, lang: str, must: tuple[str, ...], must_not: tuple[str, ...]
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **ON_DIBAO_BABY_DUE)
    await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    for part in must:
        assert part in reply, reply
    for part in must_not:
        assert part not in reply, reply
