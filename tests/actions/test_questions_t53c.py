"""Testers 51 and 52 (fix-t53c): questions routed to the wrong topic or left unanswered. Each
test: the family known so far (the slots), what the citizen wrote, what the reply must and must
not say, and the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionThanks
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionExplainItem
from tests.actions.conftest import DOMAIN, texts

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def born(month: str, **more: Any) -> dict[str, Any]:
    return {"birth_date": f"{month}-01", "precision": "month", "height_cm": None, **more}


def conversation(text: str, intent: str, **slots: Any) -> Tracker:
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    events = [{"event": "user", "text": text, "parse_data": message}]
    loop = {"name": "household_form"} if slots.get("requested_slot") else {}
    return Tracker("test", dict(slots), message, events, False, None, loop, "action_listen")


async def reply_to(action: Any, intent: str, text: str, lang: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    await action().run(dispatcher, conversation(text, intent, language=lang, **slots), DOMAIN)
    return texts(dispatcher)


# --- 1. whether the money is taxed: the plans are silent (absent.yaml subsidy_taxed) -----------

# Tester 52 c03: a grandparent; Jinan hukou, the 2nd grandchild born about November 2026 (the
# eldest's birth not told), no hardship at the birth; the money was shown.
GRANDCHILD_SHOWN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "children": [UNDATED, born("2026-11", approx="刚满月")],
    "result_shown": True,
}
# The same family while the form asks about the benefits at the birth.
GRANDCHILD_ASKED = {
    **{k: v for k, v in GRANDCHILD_SHOWN.items() if k not in ("hardship_at_birth", "result_shown")},
    "requested_slot": "hardship_at_birth",
}
TAX_SILENT = {
    "zh": "济南、北京的方案都没有写育儿补贴要不要交税",
    "en": "Neither the Jinan nor the Beijing plan says whether the childcare subsidy is taxed",
}
LEAD = {"zh": "济南市卫生健康委员会", "en": "Municipal Health Commission"}
DEDUCTION_CARD = (
    "能。",
    "Yes.",
    "至2029年11月1日止",
    "until 1 Nov 2029",
    "还要确认",
    "still to be",
)

TAX_ASKED = [
    ("我是问这钱要不要交税 不是问扣除", "zh"),  # tester 52 c03
    ("要交税吗", "zh"),
    ("这钱交不交税", "zh"),
    ("补贴算收入要报税吗", "zh"),
    ("600要扣个税不", "zh"),
    ("is it taxed?", "en"),
    ("is the 600 taxable", "en"),
    ("do we pay tax on it", "en"),
    ("I mean is the money taxed, not the deduction", "en"),
]


@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionAnswerPolicyQuestion, "ask_policy"),
        (ActionExplainItem, "ask_details"),
        (ActionRouteUnclear, "nlu_fallback"),
    ],
)
@pytest.mark.parametrize(("text", "lang"), TAX_ASKED)
async def test_whether_the_money_is_taxed_is_the_plans_silence_not_the_deduction(
    action: Any, intent: str, text: str, lang: str
) -> None:
    """Neither plan says whether the childcare subsidy (Jinan clause 12) is taxed: said so, with
    the lead department to ask; never "能。" / "Yes." with the card of the income-tax deduction
    for children under 3, which is not what was asked (tester 52 c03, tester 51 D3)."""
    reply = await reply_to(action, intent, text, lang, **GRANDCHILD_SHOWN)
    assert reply.startswith(TAX_SILENT[lang]), reply
    assert LEAD[lang] in reply and ("第12条" in reply or "clause 12" in reply), reply
    assert not any(card in reply for card in DEDUCTION_CARD), reply


@pytest.mark.parametrize(
    ("text", "lang", "also"),
    [
        ("没有 就是普通家庭 钱是自动打卡上吗 要交税吗", "zh", "自动发放还是要自己申请"),
        ("没有 要交税吗", "zh", None),
        ("no. is it taxed?", "en", None),
        ("no, ordinary family. do we have to pay tax on the 600?", "en", None),
    ],
)
async def test_the_tax_asked_with_the_answer_to_the_form_is_the_plans_silence(
    text: str, lang: str, also: str | None
) -> None:
    """The form's question answered and the tax asked with it: the no read back, whether the
    money is paid automatically (also unsaid, clause 12) when asked, then the plans' silence on
    the tax; not the deduction's "能。" (tester 52 c03 turn 2)."""
    reply = await reply_to(ValidateHouseholdForm, "inform", text, lang, **GRANDCHILD_ASKED)
    assert TAX_SILENT[lang] in reply, reply
    assert also is None or also in reply, reply
    assert not any(card in reply for card in DEDUCTION_CARD), reply


# --- 2. a monthly total put back with an end: 对 / 不对, then what is paid after (clause 12) -----

# Tester 52 c01: Jinan hukou, the eldest about 5, the 2nd born September 2024 (no dibao then), the
# 3rd March 2026 on dibao: 600 + 800 = 1,400 a month; the 2nd's money stops 1 Sep 2027, the 3rd's
# 1 Mar 2029.
THREE_ON_DIBAO_AT_THE_THIRD: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        born("2021-06", approx="5"),
        born("2024-09", hardship_at_birth=False),
        born("2026-03", hardship_at_birth=True),
    ],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}
SCHEDULE = {
    "zh": "每月1,400元到2027年9月1日（第2个孩子满3周岁）；之后只剩第3个孩子，每月800元，"
    "到2029年3月1日（第12条）",
    "en": "1,400 yuan a month until 1 Sep 2027 (when child 2 turns 3); then child 3 alone, "
    "800 yuan a month, until 1 Mar 2029 (clause 12)",
}
ACTIONS = [
    (ActionAnswerPolicyQuestion, "ask_policy"),
    (ActionExplainItem, "ask_details"),
    (ActionRouteUnclear, "nlu_fallback"),
]


@pytest.mark.parametrize(("action", "intent"), ACTIONS)
@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("那1400是一直到29年吗 老二满3岁以后呢", "zh", "不是："),  # tester 52 c01
        ("一个月1400到27年9月是吧", "zh", "对："),  # tester 52 c01, turn 2
        ("1400一直拿到2029年是吧", "zh", "不对："),
        ("每个月1400能领到29年3月对吗", "zh", "不对："),
        ("老二满3岁以后呢", "zh", ""),
        ("so 1400 a month until 2029?", "en", "No: "),
        ("is it 1400 until Sep 2027, right?", "en", "Yes: "),
        ("what happens after child 2 turns 3?", "en", ""),
    ],
)
async def test_a_total_with_an_end_is_confirmed_then_each_period_said(
    action: Any, intent: str, text: str, lang: str, verdict: str
) -> None:
    """Jinan clause 12 pays each child until it turns 3: the 1,400 lasts until the 2nd turns 3
    (1 Sep 2027), then the 3rd's 800 alone until 1 Mar 2029. A total put back with an end is
    answered 对 / 不对 (不是 to a plain question) first, then the periods; never the income-tax
    deduction (tester 52 c01 got "能。3岁以下婴幼儿照护个税专项附加扣除")."""
    reply = await reply_to(action, intent, text, lang, **THREE_ON_DIBAO_AT_THE_THIRD)
    assert reply.startswith(verdict + SCHEDULE[lang]), reply
    assert "个税" not in reply and "deduction" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"), [("满3岁以后上幼儿园有补贴吗", "zh"), ("1600一直到29年吗", "zh")]
)
async def test_other_questions_near_the_end_are_not_the_schedule(text: str, lang: str) -> None:
    """Another measure asked after the third birthday, or a total that is not the family's
    (1,600 of 1,400), is not answered with the periods of the family's money."""
    reply = await reply_to(
        ActionAnswerPolicyQuestion, "ask_policy", text, lang, **THREE_ON_DIBAO_AT_THE_THIRD
    )
    assert SCHEDULE[lang] not in reply, reply


# --- 3. who receives the money: the plan does not name the recipient (clause 12) ---------------

# Tester 52 c10: Jinan hukou, the 2nd about 1 (no dibao then), the 3rd born November 2026 on
# dibao; the money was shown.
SECOND_AND_THIRD: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        born("2025-06", approx="1", hardship_at_birth=False),
        born("2026-11", hardship_at_birth=True),
    ],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}
RECIPIENT_UNSAID = {
    "zh": "方案（第12条）没有写育儿补贴由谁申领",
    "en": "The plan (clause 12) does not say who may claim the Childcare subsidy",
}


@pytest.mark.parametrize(("action", "intent"), ACTIONS)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("who gets the money, me or my wife?", "en"),  # tester 52 c10
        ("who receives it?", "en"),  # tester 51 D2
        ("who actually receives the money though, mom or dad?", "en"),
        ("is it paid to the mother or the father?", "en"),
        ("the money goes to whom?", "en"),
        ("补贴打给谁 妈妈还是爸爸", "zh"),
        ("钱是给妈妈还是给爸爸", "zh"),
        ("补贴是我们老人去领还是她妈妈领", "zh"),
    ],
)
async def test_who_receives_the_money_is_the_plans_silence(
    action: Any, intent: str, text: str, lang: str
) -> None:
    """Jinan clause 12 says which families get the subsidy, not which parent receives it nor
    into whose account: said so, with the lead department; not the amounts again, nor another
    measure (tester 52 c10, tester 51 D2)."""
    reply = await reply_to(action, intent, text, lang, **SECOND_AND_THIRD)
    assert reply.startswith(RECIPIENT_UNSAID[lang]), reply
    assert LEAD[lang] in reply, reply
    assert "28,800" not in reply and "Paternity" not in reply, reply


@pytest.mark.parametrize(("action", "intent"), ACTIONS)
async def test_automatic_recipient_and_tax_asked_together_are_each_answered(
    action: Any, intent: str
) -> None:
    """Three questions in one message (tester 52 c10): whether it is paid automatically, who
    receives it, whether it is taxed; the plan says none of them (clause 12), each said."""
    text = "is it paid automatically? who gets the money, me or my wife? is it taxed?"
    reply = await reply_to(action, intent, text, "en", **SECOND_AND_THIRD)
    assert RECIPIENT_UNSAID["en"] in reply, reply
    assert TAX_SILENT["en"] in reply, reply
    assert "whether it is paid automatically" in reply, reply


# --- 4. what to do first: the deadline running (Jinan 15), else the plan's services (Beijing) ---

# Tester 51 c03: Jinan hukou, a son of 5, the 2nd due March 2027, no hardship expected.
JINAN_EXPECTING: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "children": [born("2021-06", approx="5"), born("2027-03")],
    "result_shown": True,
}
# Tester 52 c04: Beijing, six months pregnant with the 2nd, the eldest's birth not told.
BEIJING_EXPECTING: dict[str, Any] = {
    "city": "beijing",
    "children": [UNDATED, born("2027-03", approx="怀孕6个月")],
    "result_shown": True,
}
# Tester 52 c08: the family moved its hukou from Beijing to Jinan; the eldest 3 and a half, the
# 2nd born about November 2026.
MOVED_TO_JINAN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [born("2023-06", approx="3岁半"), born("2026-11", approx="刚满月")],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}
FIRST_DEADLINE = {
    "zh": ("先办这件，有期限：2027年9月1日前", "第15条", "济南市卫生健康委员会"),
    "en": ("First, the one with a deadline: by 1 Sep 2027", "clause 15", LEAD["en"]),
}
FIRST_ACTIONS = [*ACTIONS, (ActionThanks, "goodbye")]


@pytest.mark.parametrize(("action", "intent"), FIRST_ACTIONS)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what do we do first?", "en"),  # tester 52 c04, tester 51 D4
        ("first step?", "en"),
        ("what should we do first when the baby comes?", "en"),
        ("我们先做什么", "zh"),
        ("好 那我现在先干啥", "zh"),  # tester 51 c07
    ],
)
async def test_what_first_in_jinan_is_the_newborns_insurance_deadline(
    action: Any, intent: str, text: str, lang: str
) -> None:
    """Jinan clause 15: the newborn's resident medical insurance within 6 months of the birth
    (due March 2027: by 1 Sep 2027) is the one deadline; then how the money is claimed, which
    the plan leaves to the lead department (clause 12). Not the housing-fund loan ceiling
    (tester 51 c03), nor "没太明白" (tester 51 c07)."""
    if action is ActionThanks and "bye" not in text:
        text = ("thanks bye. oh wait, " if lang == "en" else "谢谢 再见。对了 ") + text
    reply = await reply_to(action, intent, text, lang, **JINAN_EXPECTING)
    for said in FIRST_DEADLINE[lang]:
        assert said in reply, reply
    assert "900,000" not in reply and "公积金" not in reply, reply


@pytest.mark.parametrize(("action", "intent"), FIRST_ACTIONS)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("thanks bye. oh wait, what do we do first?", "en"),  # tester 52 c04
        ("what do we do first?", "en"),
        ("谢谢 再见。对了 我们先做什么", "zh"),
        ("我们先做什么", "zh"),
    ],
)
async def test_what_first_in_beijing_is_the_plans_services_not_jinans(
    action: Any, intent: str, text: str, lang: str
) -> None:
    """Beijing's plan sets no deadline and no cash: what the family can do first is what the
    plan gives it, each with its first step and clause, the joint handling of birth matters
    among them (Beijing (4)); never "says nothing about this" with Jinan's housing-fund line (tester 52
    c04)."""
    if action is ActionThanks and "bye" not in text and "再见" not in text:
        text = ("thanks bye. oh wait, " if lang == "en" else "谢谢 再见。对了 ") + text
    reply = await reply_to(action, intent, text, lang, **BEIJING_EXPECTING)
    joint = "生育登记“一站式”服务" if lang == "zh" else "One-stop birth registration"
    assert joint in reply and ("第(4)条" in reply or "clause (4)" in reply), reply
    assert "Jinan" not in reply and "济南" not in reply, reply
    assert "says nothing about this" not in reply and "没有写" not in reply.split("\n")[0]


@pytest.mark.parametrize(("action", "intent"), ACTIONS)
async def test_the_month_after_a_move_and_what_first_are_both_answered(
    action: Any, intent: str
) -> None:
    """Tester 52 c08: "那迁了户口从哪个月开始算钱 我们先做什么": the plan does not say from which
    month the money is paid (clause 12), and what to do first: the newborn's insurance within 6
    months (by 1 May 2027, clause 15), then the money's lead department."""
    text = "那迁了户口从哪个月开始算钱 我们先做什么"
    reply = await reply_to(action, intent, text, "zh", **MOVED_TO_JINAN)
    assert "没写从哪个月开始发" in reply or "没有写从哪个月开始发" in reply, reply
    assert "先办这件，有期限：2027年5月1日前" in reply and "第15条" in reply, reply
    assert "济南市卫生健康委员会" in reply.split("先办这件", 1)[1], reply


# --- 5. a question after thanks and goodbye in one message is answered --------------------------


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("谢谢 再见。对了 我们老两口能有啥", "zh", "祖父母参加长期护理保险"),  # tester 52 c13
        ("好的谢谢 拜拜 哦对了 我们老人有啥", "zh", "祖父母参加长期护理保险"),
        ("ok bye. actually, what do we grandparents get?", "en", "Grandparents' long-term care"),
    ],
)
@pytest.mark.parametrize("intent", ["goodbye", "thank"])
async def test_a_question_after_the_goodbye_is_answered(
    text: str, lang: str, said: str, intent: str
) -> None:
    """A message classed as a goodbye that asks after it (tester 52 c03: "谢谢 再见。对了 我们老
    两口能有啥" got the goodbye alone): the question is answered (Jinan clause 15: the
    grandparents' long-term care insurance contribution for a 2nd child born after 1 Jan 2023),
    then a short goodbye."""
    reply = await reply_to(ActionThanks, intent, text, lang, **GRANDCHILD_SHOWN)
    assert said in reply and ("第15条" in reply or "clause 15" in reply), reply


async def test_a_bare_goodbye_is_the_goodbye() -> None:
    dispatcher = CollectingDispatcher()
    tracker = conversation("再见", "goodbye", language="zh", **GRANDCHILD_SHOWN)
    await ActionThanks().run(dispatcher, tracker, DOMAIN)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_goodbye"]


@pytest.mark.parametrize(("action", "intent"), ACTIONS)
async def test_who_receives_it_and_whether_to_apply_are_both_the_plans_silence(
    action: Any, intent: str
) -> None:
    """Tester 51 D2 (c05): "who receives it… do we need to apply?": clause 12 names neither the
    recipient nor an application procedure; both said, with the lead department."""
    text = "who receives it... do we need to apply?"
    reply = await reply_to(action, intent, text, "en", **SECOND_AND_THIRD)
    assert reply.startswith(RECIPIENT_UNSAID["en"]), reply
    assert "whether it is paid automatically or must be applied for" in reply, reply
