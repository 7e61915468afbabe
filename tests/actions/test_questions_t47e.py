"""Tester 46's imagined third child, stated totals, the eldest asked of and a grandmother's
questions (fix-t47e). Each test: the family known so far (the slots), what the citizen wrote,
what the reply must and must not say, with the clause. Today is 1 December 2026 in China."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionShowEntitlements, ActionWhatIf
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def aged(born: str, said: str, **more: Any) -> dict[str, Any]:
    """A child's slot value worked out from an age said ("3岁半", "刚满月")."""
    return {"birth_date": born, "precision": "month", "approx": said, "height_cm": None, **more}


# Tester 46 c01 after T2: Jinan hukou, 老大 about 3 and a half, 二宝 a month old; no benefits
# at either birth told.
TWO_CHILDREN: dict[str, Any] = {
    "city": "jinan",
    "language": "zh",
    "hukou_in_city": True,
    "children": [aged("2023-06-01", "3岁半"), aged("2026-11-01", "刚满月")],
}
ACTIONS = {
    "what_if": ActionWhatIf,
    "ask_policy": ActionAnswerPolicyQuestion,
    "inform": ActionShowEntitlements,
}


def reply_to(text: str, intent: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, **slots)
    action = ValidateHouseholdForm() if intent == "form" else ACTIONS[intent]()
    events = asyncio.run(action.run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher), slot_events(events)


# ---------------------------- 1: the +200 said of an imagined birth is that child's (clause 12)
IMAGINED_WITH_BENEFITS = [
    ("如果明年再要个老三呢 是不是也600 那时候我老公失业在领失业金 能多200不", "zh"),
    ("要是再生个老三 到时候我老公在领失业金 老三能领800不", "zh"),
    (
        "what if we have a 3rd next year, would it get 600 too? my husband will be on "
        "unemployment benefits then, is it 200 more?",
        "en",
    ),
]


@pytest.mark.parametrize("intent", ["form", *ACTIONS])
@pytest.mark.parametrize(("text", "lang"), IMAGINED_WITH_BENEFITS)
def test_benefits_said_of_an_imagined_birth_go_on_that_child_not_the_baby(
    text: str, lang: str, intent: str
) -> None:
    """Jinan clause 12: 200 more a month for a child born while the family draws dibao, special
    hardship support or unemployment benefits. Said of a 3rd child to come, it is that child's
    (600+200=800 until it turns 3); 二宝, born with none told, keeps 600 until 1 Nov 2029.
    Nothing of the family is noted (tester 46 c01: "记下了：现在在领失业金", then
    "第2个孩子：600+200=800元/月")."""
    reply, slots = reply_to(text, intent, **{**TWO_CHILDREN, "language": lang})
    must = {
        "zh": (
            "第3个孩子",
            "每月再加200元，共800元",
            "第2个孩子：600元/月，至2029年11月1日",
            "第12条",
        ),
        "en": (
            "Child 3",
            "200 yuan more, 800 yuan a month",
            "child 2: 600 yuan/month",
            "clause 12",
        ),
    }[lang]
    for said in must:
        assert said in reply, reply
    for wrong in ("600+200=800元/月，至2029", "第2个孩子：600+200", "现在在领", "Noted"):
        assert wrong not in reply, reply
    for fact in ("hardship_now", "hardship_at_birth", "children"):
        assert fact not in slots, slots


# ------------------- 2: a monthly sum put back that counts the child on the way (clause 12)
# Tester 46 c01 after T7: 老三 due March 2027, the family on unemployment benefits at that
# birth (none at 二宝's).
THIRD_ON_THE_WAY: dict[str, Any] = {
    **TWO_CHILDREN,
    "children": [
        aged("2023-06-01", "3岁半"),
        aged("2026-11-01", "刚满月", hardship_at_birth=False),
        {
            "birth_date": "2027-03-01",
            "precision": "month",
            "height_cm": None,
            "hardship_at_birth": True,
        },
    ],
}
SUM_WITH_THE_THIRD = [
    ("二宝600 老三800 一个月一共1400对不对", "zh"),
    ("老二600 老三800 加起来一个月1400是吧", "zh"),
    ("so 600 for the 2nd and 800 for the 3rd, that's 1400 a month in total right?", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SUM_WITH_THE_THIRD)
def test_a_sum_counting_the_child_on_the_way_is_confirmed_with_when_it_holds(
    text: str, lang: str
) -> None:
    """Jinan clause 12: 二宝 600 until 1 Nov 2029, 老三 (born with the benefits) 800 until 1
    Mar 2030: 1,400 a month from 老三's birth until 二宝 turns 3, then 800. Never "对" with
    another figure ("对。每月合计600元", tester 46 c01)."""
    reply, _ = reply_to(text, "ask_policy", **{**THIRD_ON_THE_WAY, "language": lang})
    must = {
        "zh": ("对，", "1,400元", "2029年11月1日", "800元", "2030年3月1日", "第12条"),
        "en": ("Yes", "1,400 yuan", "1 Nov 2029", "800 yuan", "1 Mar 2030", "clause 12"),
    }[lang]
    for said in must:
        assert said in reply, reply
    for wrong in ("每月合计600元", "600 yuan a month in total", "不是"):
        assert wrong not in reply, reply


def test_the_sum_told_with_the_thirds_due_month_is_confirmed_by_the_form() -> None:
    """Tester 46 c01 T8, the form asking 老三's month (老大's age misread as a due year before):
    the month told and the sum put back in one message; the sum confirmed, clause 12."""
    children = [
        {"birth_date": "2027-01-01", "precision": "year", "height_cm": None},
        aged("2026-11-01", "刚满月", hardship_at_birth=False),
        {"birth_date": None, "precision": None, "height_cm": None, "hardship_at_birth": True},
    ]
    slots = {
        **TWO_CHILDREN,
        "children": None,
        "children_partial": children,
        "requested_slot": "children",
        "child_in_talk": 3,
        "result_shown": True,
    }
    text = "不是老大 老大都三岁半了 是老三 27年3月左右生 二宝600 老三800 一个月一共1400对不对"
    reply, _ = reply_to(text, "form", **slots)
    for said in ("对，", "1,400元", "2029年11月1日", "2030年3月1日", "第12条"):
        assert said in reply, reply
    assert "每月合计600元" not in reply and reply.count("1,400元") == 1, reply


def test_a_sum_that_is_not_the_familys_gets_no_yes() -> None:
    """A sum that neither now nor with 老三 makes (600 + 800 is not 1,600): no "对"."""
    reply, _ = reply_to("二宝600 老三800 一个月一共1600对不对", "ask_policy", **THIRD_ON_THE_WAY)
    assert not reply.startswith("对"), reply
    assert "1600" in reply or "1,600" in reply, reply


def test_the_same_answer_reached_twice_in_one_reply_is_sent_once() -> None:
    """One reply never holds the same block twice (tester 46 c01: "对。每月合计600元…" twice,
    the second with its clause folded beside the figures as a block already said reads)."""
    from actions.turn import drop_blocks_said

    first = "对。\n第2个孩子：600元/月，至2029年11月1日\n依据：《济南…》第12条\n（估算。）"
    again = "对。\n第2个孩子：600元/月，至2029年11月1日（第12条）"
    dispatcher = CollectingDispatcher()
    for text in (first, again, "要不要我把您家能享受的其他政策也查一遍？"):
        dispatcher.utter_message(text=text)
    drop_blocks_said(dispatcher, make_tracker("二宝600对不对"), 0)
    assert [m["text"] for m in dispatcher.messages] == [
        first,
        "要不要我把您家能享受的其他政策也查一遍？",
    ]


# ------------------------- 3: the eldest answered when asked, first; never when not (clause 12)
def test_the_eldest_asked_beside_the_600_is_answered_first_as_not_his() -> None:
    """Jinan clause 12 pays the 2nd and 3rd child only. "一个月600是吧 那老大有没有": the eldest
    first ("老大没有"), then yes to 二宝's 600; never "能。育儿补贴（第2个孩子）" as the eldest's
    answer (tester 46 c01 T2)."""
    text = "是济南户口 俩孩子都是 一个月600是吧 那老大有没有"
    slots = {
        **TWO_CHILDREN,
        "topic_entry": "jinan.childcare_subsidy",
        "focus_entry": "jinan.childcare_subsidy",
        "focus_question": text,
    }
    reply, _ = reply_to(text, "inform", **slots)
    assert reply.startswith("老大没有：育儿补贴仅限第2个、第3个孩子"), reply
    assert "第12条" in reply and "对。第2个孩子每月600元" in reply, reply
    assert not reply.startswith("能"), reply


NOBODY_ASKED_OF_THE_ELDEST = [
    ("你好 我是济南的 老大三岁半 二宝刚满月 一个月能领多少钱", "zh", {}),
    (
        "so whats the total for the 3 years and until what date? we both have jinan hukou",
        "en",
        {"hukou_in_city": True},
    ),
]


@pytest.mark.parametrize(("text", "lang", "more"), NOBODY_ASKED_OF_THE_ELDEST)
def test_no_line_on_the_eldest_when_nobody_asked_of_the_eldest(
    text: str, lang: str, more: dict[str, Any]
) -> None:
    """Clause 12's 600 for 二宝 (until 1 Nov 2029), the hukou known or not; no line saying the
    eldest gets none when the question is not about the eldest (tester 46 c01 T1, c10 T2)."""
    slots = {
        **TWO_CHILDREN,
        "language": lang,
        "topic_entry": "jinan.childcare_subsidy",
        "focus_entry": "jinan.childcare_subsidy",
        "focus_question": text,
        **more,
    }
    slots.pop("hukou_in_city") if not more else None
    reply, _ = reply_to(text, "inform" if more else "ask_policy", **slots)
    assert ("600" in reply) and ("第12条" in reply or "clause 12" in reply), reply
    for wrong in ("不在此列", "this is the 1st child", "(child 1)", "（第1个孩子）", "老大没有"):
        assert wrong not in reply, reply


# ------------------------------ 4: a grandmother asks of her grandson's money and his father's leave
# Tester 46 c04: a grandmother in Jinan, the grandson the 2nd child born September 2024; the
# grandparents' long-term care insurance answered first (clause 15).
GRANDSON: dict[str, Any] = {
    "city": "jinan",
    "language": "zh",
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        {"birth_date": "2024-09-01", "precision": "month", "height_cm": None},
    ],
    "result_shown": True,
    "topic_entry": "jinan.grandparents_ltc_insurance_subsidy",
}


def test_the_grandsons_money_asked_after_the_grandparents_insurance_is_the_600() -> None:
    """Jinan clause 12: the grandson, a 2nd child born September 2024 of a Jinan family, gets
    600 a month until 1 Sep 2027; "那孙子每个月能领钱不" is not the grandparents' insurance
    again (clause 15; tester 46 c04 T2)."""
    text = "哦 那孙子每个月能领钱不 他爸妈都是济南户口"
    slots = {
        **GRANDSON,
        "hukou_in_city": True,
        "focus_entry": "jinan.grandparents_ltc_insurance_subsidy",
        "focus_question": "我是奶奶 我们家在济南 孙子是老二 24年9月生的 我们老人有啥补贴没有",
    }
    reply, _ = reply_to(text, "inform", **slots)
    for said in ("600元", "2027年9月1日", "第12条"):
        assert said in reply, reply
    for wrong in ("长期护理保险", "第15条"):
        assert wrong not in reply, reply


LEAVE_NOT_TAKEN = [
    ("那孙子他爸能休几天陪产假 当时没休 现在还能补吗", "zh"),
    ("孩子他爸陪产假当时没休 现在还能补吗", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), LEAVE_NOT_TAKEN)
def test_paternity_leave_not_taken_is_told_in_days_and_the_parental_leave_still_running(
    text: str, lang: str
) -> None:
    """Jinan clause 11: paternity leave of at least 15 days; the plan says nothing of taking it
    later; the parental leave, at least 10 days a year for each parent, runs until the grandson
    turns 3 (1 Sep 2027). Leave is never "补发、补领" (money's words; tester 46 c04 T8)."""
    slots = {**GRANDSON, "language": lang, "hukou_in_city": True}
    reply, _ = reply_to(text, "ask_policy", **slots)
    must = {
        "zh": ("不少于15天", "第11条", "每年不少于10天", "2027年9月1日"),
        "en": ("at least 15 days", "clause 11", "at least 10 days a year", "1 Sep 2027"),
    }[lang]
    for said in must:
        assert said in reply, reply
    for wrong in ("补发", "补领", "paid back", "claimed"):
        assert wrong not in reply, reply
