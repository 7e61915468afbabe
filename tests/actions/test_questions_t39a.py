"""Tester 38's and 37's citizens (fix-t39a): a figure put back to be confirmed is checked against
the family's own money (each child's total, the family's total, the base, the supplement: Jinan
clause 12's 600 and 200 more), after the facts told in the same message are read; the yes or no
comes first. Each test: the family known so far (the slots), what the citizen wrote, what the
reply must and must not say, and the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.household_form import ValidateHouseholdForm
from tests.actions.conftest import DOMAIN, day, make_tracker, month, slot_events, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


async def reply_of(
    action: Any, text: str, lang: str, intent: str = "ask_policy", **slots: Any
) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    events = await action.run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


JINAN_12 = {"zh": "第12条", "en": "clause 12"}

# --- 1. a figure confirmed with the hukou told in the same message (tester 38 c07) ----------

# Tester 38 c07: Jinan; 老大 and 老二 at school (no dates); 老三 born October 2025 while the
# family drew unemployment benefit; the form asks the hukou.
THIRD_ON_BENEFIT = {
    "city": "jinan",
    "children_partial": [dict(UNDATED), dict(UNDATED), month("2025-10", hardship_at_birth=True)],
    "child_in_talk": 3,
    "requested_slot": "hukou_in_city",
}
YES_800 = {"zh": ("对", "800元", "2028年10月1日"), "en": ("Yes", "800 yuan", "1 Oct 2028")}
NOT_FIGURE = {"zh": "不是这个数", "en": "not the figure"}
LEAD = {"zh": "济南市卫生健康委员会", "en": "Municipal Health Commission"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("是济南户口 一个月800是吧 怎么申请", "zh"),
        ("济南户口 每月800对吧 去哪申请", "zh"),
        ("户口在济南 800一个月是不是 咋申请", "zh"),
        ("yes jinan hukou. 800 a month right? how do we apply", "en"),
        ("we have jinan hukou, so it's 800 per month correct? how to apply?", "en"),
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ValidateHouseholdForm, "inform"), (ActionAnswerPolicyQuestion, "ask_policy")],
)
async def test_800_with_the_hukou_told_is_yes_and_the_procedure_is_the_plans_silence(
    action: Any, intent: str, text: str, lang: str
) -> None:
    """Jinan hukou, a 3rd child born October 2025 on unemployment benefit: 600 + 200 = 800 a
    month until the child turns 3 (clause 12). The hukou told with the figure is read back and
    applied, the 800 confirmed (never "not the figure" of the 200 alone), the hukou not asked
    again, and "how do we apply" gets the plan's silence and its lead department."""
    reply, slots = await reply_of(action(), text, lang, intent=intent, **THIRD_ON_BENEFIT)
    assert slots.get("hukou_in_city") is True, (reply, slots)
    yes, figure, end = YES_800[lang]
    body = reply.split("\n", 1)[1]  # after the read-back line
    assert body.startswith(yes), reply
    assert figure in body.split("\n")[0] and end in body.split("\n")[0], reply
    assert NOT_FIGURE[lang] not in reply, reply
    assert JINAN_12[lang] in reply and LEAD[lang] in reply, reply
    assert "户口在这个城市吗" not in reply and "hukou (household registration) in" not in reply


async def test_the_form_after_the_answer_says_nothing_twice() -> None:
    """In the conversation the form runs after the answer with the hukou already set: it
    reads nothing new and answers nothing again."""
    first, slots = await reply_of(
        ActionAnswerPolicyQuestion(),
        "是济南户口 一个月800是吧 怎么申请",
        "zh",
        **THIRD_ON_BENEFIT,
    )
    after, _ = await reply_of(
        ValidateHouseholdForm(),
        "是济南户口 一个月800是吧 怎么申请",
        "zh",
        **{**THIRD_ON_BENEFIT, **slots},
    )
    assert "800" in first and "800" not in after and "记下了" not in after, after


# --- 1b. every confirmation path: which of the family's figures the one put back is ----------

# Jinan hukou: 老三 born October 2025 on unemployment benefit (600 + 200 a month, clause 12).
THIRD_PAID = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2019-03"), month("2021-05"), month("2025-10", hardship_at_birth=True)],
    "result_shown": True,
}
# Twins born May 2026 beside a child of 3: with the benefits at the birth (800 each) or not.
TWINS_ON_BENEFIT = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        month("2023-06"),
        month("2026-05", hardship_at_birth=True),
        month("2026-05", hardship_at_birth=True),
    ],
    "result_shown": True,
}
TWINS_NO_HARDSHIP = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        month("2023-06"),
        month("2026-05", hardship_at_birth=False),
        month("2026-05", hardship_at_birth=False),
    ],
    "result_shown": True,
}
TOPICS = [None, "jinan.childcare_subsidy", "jinan.childcare_subsidy_hardship_supplement"]


@pytest.mark.parametrize("topic", TOPICS)
@pytest.mark.parametrize(
    ("family", "text", "lang", "yes", "must"),
    [
        # the child's sum (600 + 200)
        (THIRD_PAID, "一个月800是吧", "zh", True, ["800元", "2028年10月1日"]),
        (THIRD_PAID, "800 a month right?", "en", True, ["800 yuan", "1 Oct 2028"]),
        # the base alone: yes, and the 200 more on top
        (THIRD_PAID, "一个月600是吧", "zh", True, ["600", "800"]),
        (THIRD_PAID, "so it's 600 a month right?", "en", True, ["600", "800"]),
        # the supplement alone
        (THIRD_PAID, "加发的200对吧 每个月", "zh", True, ["200", "800"]),
        # none of them, and no other measure's 1,000 taken for it
        (THIRD_PAID, "一个月1000是吧", "zh", False, ["800"]),
        (THIRD_PAID, "1000 a month right?", "en", False, ["800"]),
        # the family's total over the twins, and each twin's
        (TWINS_ON_BENEFIT, "so 1600 for both?", "en", True, ["1,600"]),
        (TWINS_ON_BENEFIT, "一共1600是吧", "zh", True, ["1,600"]),
        (TWINS_ON_BENEFIT, "每个孩子800对吧", "zh", True, ["1,600"]),
        (TWINS_ON_BENEFIT, "600 each right?", "en", True, ["800", "1,600"]),
        (TWINS_ON_BENEFIT, "一个月1200对吧", "zh", False, ["800", "1,600"]),
        # twins with no hardship at the birth: 600 each, 1,200; 200 more only with hardship
        (TWINS_NO_HARDSHIP, "800是吧", "zh", False, ["600", "1,200", "200"]),
        (TWINS_NO_HARDSHIP, "800 right?", "en", False, ["600", "1,200", "200"]),
        (TWINS_NO_HARDSHIP, "一个月1200对吧", "zh", True, ["1,200", "2029年5月1日"]),
        (TWINS_NO_HARDSHIP, "so 1200 for both?", "en", True, ["1,200", "1 May 2029"]),
    ],
)
async def test_a_figure_put_back_is_checked_against_each_of_the_familys_figures(
    topic: str | None, family: dict[str, Any], text: str, lang: str, yes: bool, must: list[str]
) -> None:
    """Jinan clause 12 pays 600 a month per 2nd or 3rd child, and 200 more to a child born
    while the family drew dibao, special hardship support or unemployment benefit. A figure
    put back is yes when it is a child's sum, the family's sum, or one of the two parts
    (said as such, with the sum); "no" only when it is none of them, with the right figures."""
    reply, _ = await reply_of(
        ActionAnswerPolicyQuestion(), text, lang, **{**family, "topic_entry": topic}
    )
    first = reply.split("\n", 1)[0]
    if yes:
        assert first.startswith(("对", "Yes")), reply
    else:
        assert first.startswith(("不是", "No")), reply
    for figure in must:
        assert figure in reply, reply
    assert JINAN_12[lang] in reply, reply
    assert "老人" not in reply and "elder" not in reply.lower(), reply


@pytest.mark.parametrize("hotline", [False, True])
@pytest.mark.parametrize(
    ("text", "lang", "yes"),
    [
        ("一个月800是吧", "zh", True),
        ("800 a month right?", "en", True),
        ("一个月1000对吧", "zh", False),
        ("so it's 1000 a month?", "en", False),
    ],
)
@pytest.mark.parametrize("topic", TOPICS[1:])
async def test_with_no_family_800_is_the_sum_of_the_600_and_the_200(
    topic: str, text: str, lang: str, yes: bool, hotline: bool
) -> None:
    """No family's facts (a hotline worker, or a citizen before any): 800 is the 600 and the
    200 paid together (clause 12), a yes on the hardship condition, never "not the figure" of
    the 200 alone; 1,000 is neither, and no other measure's 1,000 a month."""
    slots: dict[str, Any] = {"city": "jinan", "topic_entry": topic}
    if hotline:
        slots |= {"hotline_city": "jinan", "reply_brief": True}
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **slots)
    first = reply.split("\n", 1)[0]
    assert first.startswith(("对", "Yes") if yes else ("不是", "No")), reply
    assert "600+200=800" in first, reply
    assert JINAN_12[lang] in first, reply
    assert "老人" not in reply and "elder" not in reply.lower(), reply


# --- 2. "一个月600是吧 领到啥时候": yes, 600, the end date, first (tester 37 c01) ------------------

# Tester 37 c01: Jinan, 老大 about 3½, 二宝 about a month old; the form asks the hukou.
BABY_HUKOU_ASKED = {
    "city": "jinan",
    "children": [month("2023-06", approx=True), month("2026-11", approx=True)],
    "requested_slot": "hukou_in_city",
    "topic_entry": "jinan.childcare_subsidy",
}
YES_600 = {
    "zh": ("对", "600元", "2029年11月2日", "满3周岁"),
    "en": ("Yes", "600 yuan", "2 Nov 2029", "turns 3"),
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("是济南户口 二宝11月2号生的 一个月600是吧 领到啥时候", "zh"),
        ("济南户口 老二是11月2日出生的 每月600对吧 发到几岁", "zh"),
        ("户口在济南 宝宝11月2号生 600一个月是吧 到什么时候", "zh"),
        ("jinan hukou, baby born nov 2. 600 a month right? until when", "en"),
        ("yes jinan hukou, the baby was born on 2 november. so 600 a month? till when?", "en"),
    ],
)
async def test_600_put_back_with_the_birth_day_is_yes_with_its_end_first(
    text: str, lang: str
) -> None:
    """The 2nd child born 2 November 2026 with Jinan hukou: 600 a month until the child turns
    3, on 2 November 2029 (clause 12). The day of birth (11月2号) is no figure; the yes, the 600
    and the end come first, never "not decided yet" or the +200 paragraph before them."""
    reply, slots = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **BABY_HUKOU_ASKED)
    assert slots.get("hukou_in_city") is True, (reply, slots)
    yes, figure, end, age = YES_600[lang]
    answer = reply.split("\n")[1]  # after the read-back line
    assert answer.startswith(yes), reply
    assert figure in answer and end in answer and age in answer, reply
    assert JINAN_12[lang] in reply, reply
    assert "还不一定" not in reply and "Not decided" not in reply, reply
    assert "加发200" not in reply.split("\n")[1], reply


@pytest.mark.parametrize("topic", TOPICS)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("一个月600是吧 领到啥时候", "zh"),
        ("每月600对吧 发到几岁", "zh"),
        ("600 a month right? until when?", "en"),
        ("so it's 600 monthly, correct? till what age", "en"),
    ],
)
async def test_600_put_back_after_the_supplement_was_spoken_of_is_yes_first(
    topic: str | None, text: str, lang: str
) -> None:
    """Hukou known, the hardship at the birth not yet: whatever was spoken of last (the +200
    supplement too), the 600 put back gets yes, the 600 and its end first (clause 12)."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2023-06", approx=True), day("2026-11-02")],
        "result_shown": True,
        "topic_entry": topic,
    }
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **family)
    yes, figure, end, _ = YES_600[lang]
    first = reply.split("\n")[0]
    assert first.startswith(yes) and figure in first and end in first, reply
    assert JINAN_12[lang] in reply, reply


# --- 3. one reply says each thing once (tester 38 c03, tester 37 r03) ------------------------

# Tester 38 c03: Jinan hukou, 老大 about 3½, twins born May 2026; the hardship at the birth open.
TWINS_OPEN = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        month("2023-06", approx=True),
        month("2026-05"),
        month("2026-05"),
    ],
    "children": [month("2023-06", approx=True), month("2026-05"), month("2026-05")],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("一个月800是吧", "zh"), ("每个孩子800对吧", "zh"), ("800 a month each, right?", "en")],
)
async def test_the_hardship_question_put_in_the_answer_is_not_put_again(
    text: str, lang: str
) -> None:
    """The 800 on its condition ends with the hardship question (a note on the month-only
    dates before it, not after it); the form's own question, due next, is then left out: one
    question in one reply, not two bubbles asking the same (clause 12's 200 more)."""
    from actions.form_questions import AskHardshipAtBirth

    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **TWINS_OPEN)
    last = reply.rstrip().split("\n")[-1]
    assert last.endswith(("？", "?")), reply
    assert "800" in reply and JINAN_12[lang] in reply, reply
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, language=lang, requested_slot="hardship_at_birth", **TWINS_OPEN)
    tracker.events.append({"event": "bot", "text": reply})
    await AskHardshipAtBirth().run(dispatcher, tracker, DOMAIN)
    assert not dispatcher.messages, dispatcher.messages


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("没有领 那一共每月多少 到啥时候", "zh"),
        ("没领 每个月一共多少钱", "zh"),
        ("no we weren't. so how much a month in total, until when?", "en"),
    ],
)
async def test_no_hardship_told_with_the_total_asked_shows_no_refusal_card_first(
    text: str, lang: str
) -> None:
    """The form reads "no hardship at the birth" with "how much in all": the answer is the
    sum (600 a month per twin, 1,200, until each turns 3: clause 12), which the result gives;
    the form shows no "not eligible" card of the 200 supplement before it."""
    slots = {
        **TWINS_OPEN,
        "requested_slot": "hardship_at_birth",
        "focus_entry": "jinan.childcare_subsidy_hardship_supplement",
        "focus_question": "一个月800是吧",
        "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    }
    reply, events = await reply_of(ValidateHouseholdForm(), text, lang, intent="inform", **slots)
    assert events.get("hardship_at_birth") is False, (reply, events)
    assert "仅限" not in reply and "only for" not in reply.lower(), reply
    assert "200" not in reply, reply


def test_a_sentence_reached_twice_is_said_once() -> None:
    """Tester 37 r03: the hukou condition of a family whose hukou moved in lately came twice
    in one bubble, each path of the reply adding it (clause 12: 具有济南户籍). Said once."""
    from actions.late_claims import ended_told_as_ended, hukou_condition
    from actions.turn import no_sentence_twice
    from policy_kb import get_entry

    entry = get_entry("jinan.childcare_subsidy")
    reply = "育儿补贴（第2个孩子）：至2026年8月1日止。孩子已于2026年8月1日年满3周岁，此项已结束。"
    once = ended_told_as_ended(reply, entry, "zh", True)
    twice = ended_told_as_ended(once, entry, "zh", True)
    assert twice.count(hukou_condition(entry, "zh")) == 1, twice
    doubled = hukou_condition(entry, "zh") * 2 + reply + "\n依据：第12条\n依据：第12条"
    assert no_sentence_twice(doubled).count(hukou_condition(entry, "zh")) == 1
    assert no_sentence_twice(doubled).count("依据：第12条") == 2  # whole lines are kept
    en = "Yes. Child 2 gets 600 yuan a month. Child 2 gets 600 yuan a month. Source: clause 12"
    assert no_sentence_twice(en) == "Yes. Child 2 gets 600 yuan a month. Source: clause 12"
