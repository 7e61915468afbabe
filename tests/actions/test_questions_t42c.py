"""Tester 41's conversations (fix-t42c). Each test: the family known so far (the slots), what
the citizen wrote, what the reply must and must not say, and the clause. Today is 1 December
2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.test_questions_t27a import form_turn
from tests.actions.test_questions_t40j import whole_turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Tester 41 c08: Jinan hukou, renting, no home; the eldest 7, the 2nd born August 2022, the 3rd
# due March 2027; one parent pays into the housing fund; the form asked about a first home.
THIRD_DUE_IN_MARCH: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "renting": True,
    "owns_home_in_city": False,
    "housing_fund_contributors": 1,
    "children": [
        {**UNDATED, "birth_date": "2019-01-01", "precision": "year"},
        {**UNDATED, "birth_date": "2022-08-01", "precision": "month"},
        {**UNDATED, "birth_date": "2027-03-01", "precision": "month"},
    ],
    "requested_slot": "buying_first_home",
    "pending_question": {"slot": "buying_first_home", "side_answers": 0},
}
INSTITUTIONS_MONEY = ("50,000", "50000", "5万", "institution", "托育机构", "运营补贴")


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (  # tester 41 c08 t4
            "yes first home. so one person paying is 600k? and the baby subsidy for the 3rd, "
            "when does it start",
            "en",
            ("600,000", "clause 14", "600 yuan/month", "turns 3", "clause 12"),
        ),
        (  # tester 41 c08 t5
            "why are you telling me about 50000 for institutions? I asked when the 600 for my "
            "3rd baby starts",
            "en",
            ("600 yuan/month", "turns 3", "does not say from which month", "clause 12"),
        ),
        (
            "I didn't ask about nurseries, I asked about the baby subsidy",
            "en",
            ("600 yuan/month", "clause 12"),
        ),
        (
            "对 首套 一个人交的话是60万吗 老三的补贴从什么时候开始",
            "zh",
            ("600,000元", "第14条", "每月600元", "满3周岁", "第12条"),
        ),
        (
            "你为什么说5万的托育机构补贴 我问的是老三的600什么时候开始发",
            "zh",
            ("每月600元", "满3周岁", "没写从哪个月开始发", "第12条"),
        ),
        ("老三的补贴什么时候开始发", "zh", ("每月600元", "第12条")),
    ],
)
async def test_a_familys_question_never_gets_the_institutions_money(
    text: str, lang: str, said: tuple[str, ...]
) -> None:
    """Jinan clause 8's one-time 50,000 yuan goes to childcare institutions; a family asking
    when its 3rd child's subsidy starts gets clause 12 (600 a month from the birth until the
    3rd birthday; the plan does not say from which month payment starts), and a loan figure put
    back to be checked gets clause 14's ceiling for one contributor (600,000 yuan)."""
    reply = await whole_turn(text, lang, **THIRD_DUE_IN_MARCH)
    for wrong in INSTITUTIONS_MONEY:
        assert wrong not in reply, reply
    for right in said:
        assert right in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("托育机构开办有补贴吗", "zh"),
        ("is there money for a childcare institution that opens?", "en"),
    ],
)
async def test_a_question_about_institutions_still_gets_their_money(text: str, lang: str) -> None:
    """Asked about the institutions themselves, the institutions' measures still answer."""
    reply = await whole_turn(text, lang, **THIRD_DUE_IN_MARCH)
    assert "托育机构" in reply or "institution" in reply, reply


# Tester 41 c05: Jinan, five months pregnant with the 2nd (due about April 2027), the eldest's
# date not given; the form asked whether the family's hukou is in the city.
PREGNANT_WITH_THE_SECOND: dict[str, Any] = {
    "city": "jinan",
    "children_partial": [
        {**UNDATED},
        {**UNDATED, "birth_date": "2027-04-01", "precision": "month", "approx": "怀孕5个月"},
    ],
    "child_in_talk": 2,
    "requested_slot": "hukou_in_city",
    "pending_question": {"slot": "hukou_in_city", "side_answers": 0},
}
# ... and five turns later: hukou, housing fund, first home, resident insurance all told.
LATER: dict[str, Any] = {
    **PREGNANT_WITH_THE_SECOND,
    "child_in_talk": None,
    "requested_slot": None,
    "pending_question": None,
    "hukou_in_city": True,
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "birth_insurance": "resident_medical",
    "topic_entry": "jinan.paternity_leave",
}


async def test_hukou_said_to_be_in_is_noted_and_never_asked_as_a_condition_again() -> None:
    """ "户口在 …" answers the hukou question (clause 12 asks for Jinan household registration):
    it is noted, and the reply says no "如果是济南户口" after it."""
    text = "户口在 我跟老公都交公积金 我们想买第一套房 能贷多少"
    reply, slots = await form_turn(text, "zh", **PREGNANT_WITH_THE_SECOND)
    assert slots.get("hukou_in_city") is True, slots
    assert "济南户口" in reply and "如果是济南户口" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (  # tester 41 c05 t6
            "好的 那我现在一个月能有补贴吗 还是生了才有",
            "zh",
            ("现在还不能领", "怀孕期间不发", "第2个孩子出生后", "预产期约2027年4月", "每月600元"),
        ),
        (
            "do we get money now or only after the birth",
            "en",
            ("Not yet", "during the pregnancy", "child 2 once born", "due about April 2027"),
        ),
        (
            "is there any subsidy while I'm pregnant or only once the baby is born?",
            "en",
            ("Not yet", "during the pregnancy", "child 2 once born", "due about April 2027"),
        ),
        ("怀孕期间有补贴吗", "zh", ("现在还不能领", "第2个孩子出生后", "预产期约2027年4月")),
        (
            "我怀孕了 现在有补贴吗 还是得生了才有",
            "zh",
            ("现在还不能领", "第2个孩子出生后", "每月600元"),
        ),
        (
            "一个月能领多少钱",
            "zh",
            ("现在还没有按月发的钱", "第2个孩子出生后（预产期约2027年4月，是估算）", "600元/月"),
        ),
        (
            "how much a month do we get?",
            "en",
            ("Nothing is paid monthly yet", "once child 2 is born (due about April 2027", "600"),
        ),
    ],
)
async def test_money_asked_while_pregnant_is_none_now_and_from_the_birth(
    text: str, lang: str, said: tuple[str, ...]
) -> None:
    """Jinan clause 12 pays 600 a month for the 2nd child until age 3: nothing during the
    pregnancy, from the birth, the due month an estimate; never a first payment day ("2027年4月1日
    起", "from 1 April 2027") nor the hukou put as a condition once it is known."""
    reply = await whole_turn(text, lang, **LATER)
    for right in (*said, "12"):
        assert right in reply, reply
    for wrong in ("2027年4月1日起", "从2027年4月1日", "starts on 1 Apr", "from 1 Apr 2027"):
        assert wrong not in reply, reply
    assert "如果是济南户口" not in reply and "if the family has Jinan hukou" not in reply.lower()
