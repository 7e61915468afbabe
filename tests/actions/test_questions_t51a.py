"""Tester 50's and 49's conversations (fix-t51a): the +200 of a birth still to come, and whose
birth a hardship or a month belongs to (Jinan clause 12: 600 yuan a month per 2nd or 3rd child
until it turns 3, and 200 more for a child born while the family is on dibao, special hardship
support or unemployment benefits). Each test: the family known so far (the slots), what the
citizen wrote, what the reply must and must not say, and the clause. Today is 1 December 2026
in China."""

import re
from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from tests.actions.conftest import DOMAIN, slot_events, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


def due(month: str, **more: Any) -> dict[str, Any]:
    return {"birth_date": f"{month}-01", "precision": "month", "height_cm": None, **more}


def conversation(text: str, intent: str, earlier: list[str], **slots: Any) -> Tracker:
    """The tracker of a conversation whose citizen wrote `earlier`, then `text` (the household
    form active while it asks a slot)."""
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    events = [{"event": "user", "text": said} for said in earlier]
    events.append({"event": "user", "text": text, "parse_data": message})
    loop = {"name": "household_form"} if slots.get("requested_slot") else {}
    return Tracker("test", dict(slots), message, events, False, None, loop, "action_listen")


async def form_reply(
    text: str, lang: str, earlier: tuple[str, ...] = (), **slots: Any
) -> tuple[str, dict[str, Any]]:
    """The household form on `text`: the reply and the slots it sets."""
    from actions.household_form import ValidateHouseholdForm

    dispatcher = CollectingDispatcher()
    tracker = conversation(text, "inform", list(earlier), language=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


async def reply_to(
    action: Any, intent: str, text: str, lang: str, earlier: tuple[str, ...] = (), **slots: Any
) -> str:
    dispatcher = CollectingDispatcher()
    tracker = conversation(text, intent, list(earlier), language=lang, **slots)
    await action().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# --- 1. a 3rd imagined, born when the family is no longer on benefits: no +200 ---------------

# Tester 50 c05: Jinan hukou, the 2nd due March 2027, the husband on unemployment benefit now
# and still at that birth (the 2nd's 800 shown); the eldest's date never told.
SECOND_DUE_ON_BENEFIT: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": True,
    "hardship_at_birth": True,
    "children": [UNDATED, due("2027-03", hardship_at_birth=True)],
    "result_shown": True,
}
INVENTED_DATES = re.compile(
    r"20\d\d年\d+月\d+日|\d+ (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
NO_PLUS_200 = {
    "zh": (("没有", "不能"), "600元", "800元", "第12条"),
    "en": (("No",), "600 yuan", "800 yuan", "clause 12"),
}


def assert_no_plus_200(reply: str, lang: str) -> None:
    """No: the 3rd born off the benefits gets 600 a month until 3 (Jinan hukou), no +200; the
    2nd's 800 (benefits at its birth) is untouched; no date for a birth nobody dated."""
    opening, base, kept, clause = NO_PLUS_200[lang]
    assert reply.startswith(opening), reply
    assert base in reply and kept in reply and clause in reply, reply
    third = reply.split("\n")[0]
    assert "800" not in third and "7,200" not in reply, reply
    assert not INVENTED_DATES.search(third), reply
    assert "2027年3月2日" not in reply and "2 Mar 2027" not in reply, reply
    assert "2030年3月2日" not in reply and "2 Mar 2030" not in reply, reply


@pytest.mark.parametrize("action", [ActionAnswerPolicyQuestion, ActionRouteUnclear])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("好的谢谢 拜拜 哦对了要是以后再生个老三 那时候没领失业金了 老三还能加200吗", "zh"),
        ("要是再要个老三 生的时候不领失业金了 还能多200吗", "zh"),
        ("if we have a third later and we're off benefits by then, still the extra 200?", "en"),
        (
            "what if we have a 3rd and she's not on unemployment benefit by then, the +200 too?",
            "en",
        ),
    ],
)
async def test_a_third_born_off_the_benefits_gets_no_plus_200(
    action: Any, text: str, lang: str
) -> None:
    """Tester 50 c05 T3 (P02): "能。第3个孩子可以领育儿补贴：每月600元" to "老三还能加200吗" with
    the benefits said to have ended by that birth: the +200 asked is answered no."""
    intent = "ask_policy" if action is ActionAnswerPolicyQuestion else "nlu_fallback"
    reply = await reply_to(action, intent, text, lang, **SECOND_DUE_ON_BENEFIT)
    assert_no_plus_200(reply, lang)


@pytest.mark.parametrize("action", [ActionAnswerPolicyQuestion, ActionRouteUnclear])
@pytest.mark.parametrize(
    ("earlier", "text", "lang"),
    [
        (
            "好的谢谢 拜拜 哦对了要是以后再生个老三 那时候没领失业金了 老三还能加200吗",
            "不是 我问的是那个200 老三还有没有200",
            "zh",
        ),  # tester 50 c05 T4 (P01)
        (
            "好的谢谢 拜拜 哦对了要是以后再生个老三 那时候没领失业金了 老三还能加200吗",
            "老三生的时候不领失业金 那还有200吗 就问有没有",
            "zh",
        ),  # tester 50 c05 T5 (P03)
        (
            "if we have a third later and we're off benefits by then, still the extra 200?",
            "no, I mean the 200. does the 3rd still get the 200?",
            "en",
        ),
    ],
)
async def test_the_plus_200_asked_again_of_the_third_is_still_no(
    action: Any, earlier: str, text: str, lang: str
) -> None:
    """Tester 50 c05 T4/T5: asked again, the bot listed ten what-if items dated from a birth it
    made up (2 March 2027: "共7,200元；2027年3月2日至2030年3月2日") or said "能。" again. The
    benefits said of that birth a turn before still hold: no."""
    intent = "ask_policy" if action is ActionAnswerPolicyQuestion else "nlu_fallback"
    slots = {**SECOND_DUE_ON_BENEFIT, "child_in_talk": 3}
    reply = await reply_to(action, intent, text, lang, (earlier,), **slots)
    assert_no_plus_200(reply, lang)


# --- 2. a bare month said of the birth to come is the due month, not the eldest's ------------

# Tester 50 c05 T1: "怀孕了 预产期明年3月 这是老二 济南户口 现在我老公失业在领失业金 能多给吗"; the
# form then asked whether the family would be on the benefits at the birth.
PREGNANT_ON_BENEFIT: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": True,
    "children_partial": [UNDATED, due("2027-03")],
    "child_in_talk": 2,
    "requested_slot": "hardship_at_birth",
}
FIRST_ZH = "怀孕了 预产期明年3月 这是老二 济南户口 现在我老公失业在领失业金 能多给吗"
FIRST_EN = (
    "hi we live in Jinan, hukou here. pregnant with our 2nd, due 3月份. my wife is on "
    "unemployment benefit right now"
)
EXPECTED_READ_BACK = {
    "zh": "预计老二出生时（预产期2027年3月）在领失业金",
    "en": "expected to be on unemployment benefits when the 2nd child is born (due March 2027)",
}


@pytest.mark.parametrize(
    ("first", "text", "lang"),
    [
        (FIRST_ZH, "3月份生 那时候应该还在领吧 他失业金领到明年4月", "zh"),  # tester 50 c05 T2
        (FIRST_ZH, "3月生 那时候应该还在领", "zh"),
        (FIRST_EN, "probably yes she'll still be on it in march. so how much per month", "en"),
        (FIRST_EN, "yes, she'll still be on it when the baby comes", "en"),  # tester 49 c02
    ],
)
async def test_the_benefits_at_the_birth_to_come_are_read_back_as_expected(
    first: str, text: str, lang: str
) -> None:
    """Jinan clause 12 looks at the benefits at the birth. Tester 50 c05 read "3月份生" as a past
    March and wrote "老大2026年3月出生" (nobody told the eldest's date); tester 49 c02 read back
    "on dibao, special hardship support or unemployment benefits when the 2nd child was born" of
    a baby due in March. The read-back is of the birth to come, with the benefit said."""
    reply, slots = await form_reply(text, lang, (first,), **PREGNANT_ON_BENEFIT)
    assert EXPECTED_READ_BACK[lang] in reply, reply
    assert "老大" not in reply and "2026年3月" not in reply and "was born" not in reply, reply
    assert "dibao" not in reply.split("\n")[0] and "低保" not in reply.split("\n")[0], reply
    children = slots.get("children_partial") or slots.get("children") or []
    assert not children or children[0].get("birth_date") is None, slots


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (FIRST_ZH, "zh"),  # tester 50 c05 T1 (P08)
        ("老二预产期明年3月 济南户口 我现在领低保 生的时候能多给200吗", "zh"),
        (
            "jinan hukou, pregnant with our 2nd, due march 2027. we are on unemployment "
            "benefit now. do we get the extra 200?",
            "en",
        ),
    ],
)
async def test_more_money_for_the_baby_on_the_way_opens_with_the_figure(
    text: str, lang: str
) -> None:
    """ "能多给吗" of the 2nd on the way while on benefits now: 600+200=800 a month until it
    turns 3 if the family is still on them at the birth (clause 12), before the question of
    that birth; tester 50 c05 got only the rule and the question."""
    reply, _ = await form_reply(text, lang)
    first = next(line for line in reply.split("\n") if "800" in line)
    assert ("600+200=800元" if lang == "zh" else "600+200 = 800 yuan") in first, reply
    assert first.startswith("能" if lang == "zh" else "Yes"), reply
    assert ("第12条" if lang == "zh" else "clause 12") in first, reply


# --- 3. "which child gets the +200": the child born on the benefits, each by its own birth ----

# Tester 50 c03: a grandmother; Jinan hukou, 外孙女 the 2nd, born May 2023 (her 600 ended May
# 2026), the eldest's date never told; the benefits at her birth never told.
GRANDDAUGHTER_BORN_2023: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "children": [UNDATED, due("2023-05")],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("还有个事 我闺女要是明年再生个老三 生的时候她在领低保 哪个孩子加200 外孙女还能加吗", "zh"),
        (
            "if my daughter has a 3rd next year while on dibao, which child gets the extra 200?",
            "en",
        ),
    ],
)
async def test_which_child_gets_the_plus_200_names_the_third_and_not_the_granddaughter(
    text: str, lang: str
) -> None:
    """Tester 50 c03 T6 (P16): "能。2027年出生的第3个孩子可以领…共800元" and nothing of 外孙女.
    The 3rd, born on dibao: 600+200=800 a month until 3; the 2nd (born May 2023) no: her
    subsidy ended when she turned 3 in May 2026; the 1st none (clause 12: 2nd and 3rd only)."""
    reply = await reply_to(
        ActionAnswerPolicyQuestion, "ask_policy", text, lang, **GRANDDAUGHTER_BORN_2023
    )
    lines = reply.split("\n")
    if lang == "zh":
        assert not reply.startswith(("能", "对", "是")), reply
        assert "第3个孩子" in lines[0] and "800元" in lines[0], reply
        second = next(line for line in lines if line.startswith("第2个孩子"))
        assert "不加" in second and "2026年5月1日" in second, reply
        assert "第12条" in reply, reply
    else:
        assert not reply.startswith("Yes"), reply
        assert "Child 3" in lines[0] and "800 yuan" in lines[0], reply
        second = next(line for line in lines if "child 2" in line.lower())
        assert second.startswith("Not child 2") and "1 May 2026" in second, reply
        assert "clause 12" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "and the other question - if we have a 3rd kid later and she's on unemployment "
            "benefit at that birth, which kid gets the +200? all of them?",
            "en",
        ),  # tester 49 c02 (A5)
        ("要是以后再生个老三 生的时候还在领失业金 哪个孩子加200 是不是都加", "zh"),
    ],
)
async def test_which_kid_gets_the_plus_200_is_never_yes_to_all(text: str, lang: str) -> None:
    """Tester 49 c02: "Yes. Child 3 gets …" to "which kid gets the +200? all of them?". Child 3
    (on the benefits at its birth) and child 2 (expected on them at its birth, due March 2027)
    each get 600+200; child 1 nothing (clause 12)."""
    reply = await reply_to(
        ActionAnswerPolicyQuestion, "ask_policy", text, lang, **SECOND_DUE_ON_BENEFIT
    )
    lines = reply.split("\n")
    assert not reply.startswith(("Yes", "能", "对")), reply
    if lang == "en":
        assert lines[0].startswith("Child 3 gets it") and "800 yuan" in lines[0], reply
        assert any(line.startswith("Not child 1") for line in lines), reply
        assert any(line.startswith("Child 2 too") and "800" in line for line in lines), reply
    else:
        assert lines[0].startswith("加给第3个孩子") and "800元" in lines[0], reply
        assert any(line.startswith("第1个孩子不加") for line in lines), reply
        assert any(line.startswith("第2个孩子也加") and "800" in line for line in lines), reply


@pytest.mark.parametrize(
    ("text", "lang"), [("要是以后再生个老三呢", "zh"), ("what if we have a third later?", "en")]
)
async def test_a_third_imagined_with_no_date_gets_no_dates_and_no_borrowed_plus_200(
    text: str, lang: str
) -> None:
    """Tester 50 c05 T4: the what-if dated a 3rd nobody dated ("须在2027年9月2日前办理", "共7,200元；
    2027年3月2日至2030年3月2日") and gave it the +200 of the 2nd's birth. Its items come with
    their figures only, its +200 depends on the benefits at its own birth (clause 12), and the
    2nd due in March is not counted twice."""
    from actions.results import ActionWhatIf

    reply = await reply_to(ActionWhatIf, "what_if", text, lang, **SECOND_DUE_ON_BENEFIT)
    assert not INVENTED_DATES.search(reply), reply
    assert "须在" not in reply and "act by" not in reply, reply
    assert "7,200" not in reply, reply
    assert ("第3个孩子" if lang == "zh" else "child 3") in reply, reply
    assert ("（第2个孩子）" if lang == "zh" else "(child 2)") not in reply, reply
