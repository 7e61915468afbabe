"""Tester 45's multi-part and follow-up questions (fix-t46g). Each test: the family known so
far, what the citizen wrote, what the reply must and must not say, with the clause. Today is
1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, make_tracker, month, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def ask(text: str, lang: str = "zh", **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# ------------------------------------------- items 17 and 23: the other parent's parental leave
# Tester 45 c01: Jinan hukou, 老大 about three and a half, 老二 born October 2025, no dibao; the
# subsidy just answered. c05: Jinan hukou, the 2nd child due March 2027. "那我老婆的育儿假呢
# 我们俩都能休吗" got the maternity and paternity leave with the parental leave in a footnote,
# "那我老公育儿假呢 他能休几天" got no parental leave at all. Clause 11: each parent of a child
# under 3 gets at least 10 days a year; the reply leads with it.
C01: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "children": [month("2023-06", approx="3岁半"), month("2025-10")],
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}
C05: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        month("2027-03"),
    ],
    "children_count": 2,
    "topic_entry": "jinan.newborn_insurance",
    "result_shown": True,
}

PARENTAL = {
    "zh": ("育儿假", "每人每年", "不少于10天", "第11条"),
    "en": ("arental leave", "10 days", "clause 11"),
}
OTHER_LEAVES = {"zh": ("陪产假", "158天"), "en": ("aternity leave", "158 days", "15 days")}


@pytest.mark.parametrize(
    ("family", "text", "lang", "until"),
    [
        (C01, "好的 那我老婆的育儿假呢 我们俩都能休吗 一年几天", "zh", "2028年10月"),
        (C01, "我老公的育儿假呢 他能休几天", "zh", "2028年10月"),
        (C01, "育儿假我和我老婆都能休吗", "zh", "2028年10月"),
        (C01, "what about my wife's parental leave? can we both take it", "en", "Oct 2028"),
        (C05, "谢谢 那我老公育儿假呢 他能休几天", "zh", None),
        (C05, "那我老公的育儿假呢", "zh", None),
        (
            C05,
            "thanks. what about my husband's parental leave? how many days can he take",
            "en",
            None,
        ),
        (C05, "and my husband's parental leave?", "en", None),
    ],
)
async def test_the_other_parents_parental_leave_leads_with_the_parental_leave(
    family: dict[str, Any], text: str, lang: str, until: str | None
) -> None:
    reply = await ask(text, lang, **family)
    first = reply.split("\n")[0]
    for part in PARENTAL[lang]:
        assert part in reply, reply
    assert ("育儿假" if lang == "zh" else "arental leave") in first, reply
    for other in OTHER_LEAVES[lang]:
        assert other not in reply, reply
    if until is not None:
        assert until in reply, reply


# ---------------------------------------------------- item 18: every part of the question answered
# Tester 45 c05: Jinan hukou, the 2nd child due March 2027, the subsidy told. "生完孩子出生登记在哪办
# 能网上办吗 孩子医保呢" got the registration (出生一件事, clause 2) and not the newborn's
# insurance (clause 15); "那补贴从几月开始发 生完要去哪登记" got the subsidy and no registration.
PREGNANT = {**C05, "topic_entry": "jinan.childcare_subsidy"}
REGISTRATION = {"zh": ("出生一件事",), "en": ("birth one thing",)}
INSURANCE = {"zh": ("居民医保", "第15条"), "en": ("resident medical insurance", "clause 15")}
START = {"zh": ("方案没写从哪个月开始发", "第12条"), "en": ("from which month", "clause 12")}


@pytest.mark.parametrize(
    ("text", "lang", "parts"),
    [
        ("生完孩子出生登记在哪办 能网上办吗 孩子医保呢", "zh", (REGISTRATION, INSURANCE)),
        ("在哪登记 宝宝的医保怎么办", "zh", (REGISTRATION, INSURANCE)),
        ("出生登记去哪办？孩子的医保呢", "zh", (REGISTRATION, INSURANCE)),
        (
            "where do we register the birth and what about the baby's medical insurance",
            "en",
            (REGISTRATION, INSURANCE),
        ),
        ("预产期是3月 那补贴从几月开始发 生完要去哪登记", "zh", (START, REGISTRATION)),
        ("从几月开始发 在哪登记", "zh", (START, REGISTRATION)),
        (
            "the baby is due in March. from which month is the subsidy paid, and where do we "
            "register?",
            "en",
            (START, REGISTRATION),
        ),
    ],
)
async def test_each_part_of_a_two_part_question_is_answered(
    text: str, lang: str, parts: tuple[dict[str, tuple[str, ...]], ...]
) -> None:
    reply = await ask(text, lang, **PREGNANT)
    for part in parts:
        for must in part[lang]:
            assert must.lower() in reply.lower(), reply
    assert "没有写这方面的规定" not in reply and "says nothing about this" not in reply, reply
    assert "nursing bed" not in reply and "护理床位" not in reply, reply


# --------------------------------------------- item 19: the grandmother asking what she gets
# Tester 45 c03: "我是奶奶 …孙女 今年3月生的 她是老二 在济南"; Jinan hukou, 老二 born 12 March
# 2026. "那育儿假是我儿子和儿媳一人10天是吧 我带孩子有没有啥补贴" got only the leave confirmed;
# the grandparents' long-term care insurance contribution (clause 15) came when asked again.
GRANDMOTHER: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        {"birth_date": "2026-03-12", "precision": "day", "height_cm": None},
    ],
    "children_count": 2,
    "topic_entry": "jinan.paternity_leave",
}
GRANDPARENTS = {
    "zh": ("祖父母参加长期护理保险个人缴费全额补贴", "第15条"),
    "en": ("long-term care insurance", "clause 15"),
}


async def ask_after(first: str, text: str, lang: str, **slots: Any) -> str:
    """`text` asked after the citizen's first message `first` in the same conversation."""
    from rasa_sdk import Tracker

    before = make_tracker(first, language=lang, **slots)
    tracker = Tracker(
        sender_id="test",
        slots=dict(before.slots),
        latest_message={**before.latest_message, "text": text},
        events=[*before.events, {"event": "user", "text": text}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )
    tracker.latest_message["intent"] = {"name": "ask_policy", "confidence": 0.99}
    dispatcher = CollectingDispatcher()
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


@pytest.mark.parametrize(
    ("first", "text", "lang"),
    [
        (
            "我是奶奶 孙女今年3月生的 她是老二 在济南 能领钱吗",
            "那育儿假是我儿子和儿媳一人10天是吧 我带孩子有没有啥补贴 我也是济南户口",
            "zh",
        ),
        ("我是奶奶 孙女今年3月生的 她是老二 在济南 能领钱吗", "我带孩子有没有啥补贴", "zh"),
        ("我是孩子姥姥 外孙女3月出生 老二 济南", "我天天帮着带娃 有啥好处没", "zh"),
        (
            "I'm the grandma, my granddaughter was born in March, she's the 2nd, Jinan",
            "do I get anything for looking after the grandkid",
            "en",
        ),
        (
            "I'm the grandma, my granddaughter was born in March, she's the 2nd, Jinan",
            "so parental leave is 10 days each for my son and his wife? and do I get anything "
            "for looking after her?",
            "en",
        ),
    ],
)
async def test_the_grandparent_asking_for_herself_gets_the_grandparents_measure(
    first: str, text: str, lang: str
) -> None:
    reply = await ask_after(first, text, lang, **GRANDMOTHER)
    for must in GRANDPARENTS[lang]:
        assert must in reply, reply
    assert "newborn" not in reply.lower() and "参加居民医保个人缴费" not in reply, reply


# ------------------------------------------------- item 20: the subway asked beside the nursery
# Tester 45 c06: Beijing, renting, 二宝 a month old beside an elder whose age was not yet told;
# "老二1岁前坐地铁要钱吗 还有北京托育有补贴没" got the nursery money only. Beijing (12): children
# under 1.3 m ride buses and the subway free.
BEIJING: dict[str, Any] = {
    "city": "beijing",
    "result_shown": True,
    "owns_home_in_city": False,
    "renting": True,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        month("2026-11", approx="刚满月"),
    ],
    "children_count": 2,
    "topic_entry": "beijing.public_rental_priority",
}
SUBWAY = {"zh": ("1.3米", "第(12)条"), "en": ("1.3", "clause (12)")}


@pytest.mark.parametrize(
    ("text", "lang", "nursery"),
    [
        ("老二1岁前坐地铁要钱吗 还有北京托育有补贴没", "zh", "托育"),
        ("北京托育有补贴没 老二坐地铁要买票吗", "zh", "托育"),
        ("老二1岁前坐地铁要钱吗", "zh", None),
        (
            "does the baby need a ticket on the subway? and is there any childcare subsidy",
            "en",
            "subsidy",
        ),
    ],
)
async def test_the_subway_asked_with_another_question_is_answered(
    text: str, lang: str, nursery: str | None
) -> None:
    reply = await ask(text, lang, **BEIJING)
    for must in SUBWAY[lang]:
        assert must in reply, reply
    if nursery is not None:
        assert nursery in reply.lower(), reply


# ----------------------------------------------- item 22: the hukou asked first, and said unknown
# Tester 45 c08: "my son is 2, he's our third kid, born in Jinan. I was on unemployment benefit
# when he was born. How much per month?" was asked child 2's birth before the hukou, which
# decides the whole of clause 12 (families with Jinan hukou), and read "With the city's hukou:
# … 800" as if it were the verdict.
THIRD_CHILD: dict[str, Any] = {
    "city": "jinan",
    "focus_entry": "jinan.childcare_subsidy",
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        {"birth_date": None, "precision": None, "height_cm": None},
        month("2024-06", approx="2", hardship_at_birth=True),
    ],
    "children_count": 3,
}


def test_the_hukou_is_asked_before_child_2s_birth() -> None:
    from actions.household_form import required_facts

    assert required_facts(THIRD_CHILD, date(2026, 12, 1))[0] == "hukou_in_city"


@pytest.mark.parametrize(("lang", "said"), [("en", "not known yet"), ("zh", "如果是济南户口")])
def test_the_money_before_the_hukou_says_the_hukou_is_not_known(lang: str, said: str) -> None:
    from actions.conditional import if_hukou
    from policy_kb import evaluate, parse_household

    household = parse_household(
        {
            "city": "jinan",
            "children": [
                {"birth_date": "2015-01-01"},
                {"birth_date": "2019-01-01"},
                {"birth_date": "2024-06-01", "hardship_at_birth": True},
            ],
        }
    )
    day = date(2026, 12, 1)
    report = evaluate(household, as_of=day)
    line = if_hukou(household, report.entitlements, day, lang, asked=False)
    assert said in line and "800" in line, line
    assert "With the city's hukou" not in line, line
