"""Testers 34 and 35 (fix-t35j): what the family has said is never asked again, a correction
changes only what it names, the answer comes before any question, and a fact that changes
nothing is acknowledged as such. Each test: the family known so far (the slots), what the
citizen wrote, what the reply must and must not say, and the clause. Today is 1 December 2026
in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.results import ActionExplainItem
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

TODAY = date(2026, 12, 1)
UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def month(value: str) -> dict[str, Any]:
    return {"birth_date": f"{value}-01", "precision": "month", "height_cm": None}


async def reply_of(action: Any, text: str, intent: str = "ask_policy", **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, make_tracker(text, intent=intent, **slots), DOMAIN)
    return texts(dispatcher)


ASKED_AGAIN = (
    "孩子的人数和出生日期",
    "出生日期或预产期",
    "how many children you have",
    "the children and their",
    "birth dates or the due date",
)

# --- 1. facts asked again ------------------------------------------------------------------

# Tester 35 c03: a grandmother; her granddaughter, the second child, born October 2025, Jinan
# hukou. The first child's date was never given, and no answer here turns on it.
SECOND_BORN = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [dict(UNDATED), month("2025-10")],
}
# Tester 35 c05: the second pregnancy, due March 2027, Jinan hukou.
SECOND_DUE = {**SECOND_BORN, "children_partial": [dict(UNDATED), month("2027-03")]}


@pytest.mark.parametrize(
    "action", [ActionAnswerPolicyQuestion, ActionRouteUnclear, ActionExplainItem]
)
@pytest.mark.parametrize(
    ("family", "text", "lang", "must"),
    [
        (SECOND_BORN, "我们老人有啥补贴不 听说长护险", "zh", "第15条"),
        (SECOND_BORN, "what about long-term care insurance for us grandparents", "en", "15"),
        (SECOND_DUE, "产假多久", "zh", "158"),
        (SECOND_DUE, "how long is maternity leave", "en", "158"),
        (SECOND_DUE, "陪产假呢", "zh", "15天"),
    ],
)
async def test_the_second_child_known_is_not_asked_again(
    action: Any, family: dict[str, Any], text: str, lang: str, must: str
) -> None:
    """Only the second child is known (born October 2025, or due March 2027): the answer about
    grandparents' care insurance or the leave for that birth (Jinan clauses 15, 11) is given
    for that child; the family is never told it still needs "the number of children and their
    birth dates"."""
    reply = await reply_of(action(), text, language=lang, **family)
    assert must in reply, reply
    assert not any(a in reply for a in ASKED_AGAIN), reply


@pytest.mark.parametrize(
    ("text", "lang"), [("到啥时候", "zh"), ("一个月多少 发到什么时候", "zh"), ("until when?", "en")]
)
async def test_three_children_and_the_youngest_dated_are_not_asked_again(
    text: str, lang: str
) -> None:
    """Tester 34 c04: three children, the youngest born September 2024, Jinan hukou, no dibao.
    "到啥时候" of the subsidy: 600 a month for the youngest until September 2027 (clause 12);
    at most the second child's own date is still open, never "the children and their dates"."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children_partial": [dict(UNDATED), dict(UNDATED), month("2024-09")],
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await reply_of(ActionAnswerPolicyQuestion(), text, language=lang, **family)
    assert "2027" in reply, reply
    assert not any(a in reply for a in ASKED_AGAIN), reply


@pytest.mark.parametrize(
    ("text", "lang"), [("育儿补贴详细说说", "zh"), ("details of the subsidy", "en")]
)
async def test_the_item_explained_is_the_dated_childs(text: str, lang: str) -> None:
    """The same family asks for the subsidy's details: the youngest's item (600 a month until
    September 2027, clause 12), not an open item asking for the children again."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children_partial": [dict(UNDATED), dict(UNDATED), month("2024-09")],
    }
    reply = await reply_of(ActionExplainItem(), text, language=lang, **family)
    assert "2027" in reply and "600" in reply, reply
    assert not any(a in reply for a in ASKED_AGAIN), reply


# --- 3. a birth order put right -------------------------------------------------------------

# Tester 34 c10: "My son was born last October, he's our 3rd. hukou is jinan"; the form asks
# for the first child's date.
SON_AS_THIRD = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [dict(UNDATED), dict(UNDATED), month("2025-10")],
    "requested_slot": "children",
}


@pytest.mark.parametrize(
    ("text", "lang", "noted"),
    [
        ("sorry my mistake, he is our second not third. we only have 2", "en", "2 children"),
        ("不对 是老二不是老三 只有两个", "zh", "2个孩子"),
        ("不对 他是老二不是老三 我们就俩孩子", "zh", "2个孩子"),
    ],
)
async def test_the_son_put_right_as_the_second_of_two(text: str, lang: str, noted: str) -> None:
    """The correction is taken: two children, the son (October 2025) the second; the hukou
    stays; never "that is what I have noted already", never "no children", no third child."""
    from actions.conversation import ActionHandleCorrection
    from actions.household_form import ValidateHouseholdForm

    for action in (ValidateHouseholdForm, ActionHandleCorrection):
        dispatcher = CollectingDispatcher()
        tracker = make_tracker(text, intent="correct", language=lang, **SON_AS_THIRD)
        events = await action().run(dispatcher, tracker, DOMAIN)
        reply = texts(dispatcher)
        set_ = slot_events(events)
        assert noted in reply, reply
        assert "已经记下" not in reply and "noted already" not in reply, reply
        assert "还没有孩子" not in reply and "no children" not in reply, reply
        assert "老三" not in reply and "3rd" not in reply, reply
        children = set_.get("children_partial") or set_.get("children")
        assert [c["birth_date"] for c in children] == [None, "2025-10-01"], set_
        assert "hukou_in_city" not in set_, set_


# --- 5. a fact that changes nothing ---------------------------------------------------------

# Tester 34 r03: Jinan hukou, two children, the younger born June 2024 while the mother was on
# unemployment benefit.
ON_BENEFIT_AT_BIRTH = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        dict(UNDATED),
        {**month("2024-06"), "hardship_at_birth": True},
    ],
}
BACK_AT_WORK = [
    ("she went back to work in august", "en"),
    ("my wife found a job last month", "en"),
    ("she started working again in september", "en"),
    ("她8月份回去上班了", "zh"),
    ("我老婆上个月找到工作了", "zh"),
    ("她已经回单位上班了", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), BACK_AT_WORK)
async def test_back_at_work_is_noted_as_changing_nothing(text: str, lang: str) -> None:
    """Going back to work after the birth: noted, and it changes nothing, since clause 12 looks
    at the benefits at the time of the birth; never "didn't get that" nor "what to change"."""
    from actions.answers import ActionUnclearInForm
    from actions.conversation import ActionHandleCorrection

    cases = [
        (ActionUnclearInForm, "nlu_fallback", {"requested_slot": "birth_insurance"}),
        (ActionRouteUnclear, "nlu_fallback", {"result_shown": True}),
        (ActionHandleCorrection, "correct", {"result_shown": True}),
    ]
    for action, intent, extra in cases:
        dispatcher = CollectingDispatcher()
        slots = {**ON_BENEFIT_AT_BIRTH, **extra, "language": lang}
        await action().run(dispatcher, make_tracker(text, intent=intent, **slots), DOMAIN)
        reply = texts(dispatcher)
        assert any(w in reply for w in ("不改变", "does not change")), (action, reply)
        assert any(w in reply for w in ("出生时", "time of the birth")), (action, reply)
        assert not any(
            w in reply for w in ("没听明白", "didn't quite get", "did not catch", "换个说法")
        ), (action, reply)
        assert len([m for m in dispatcher.messages if m.get("response")]) == 0, dispatcher.messages


# --- 2. "那还能领吗" after a correction ---------------------------------------------------

# Tester 35 c06: the second child, first told as born May 2023, put right to May 2022; Jinan;
# the subsidy under discussion; hukou and the eldest's date not told.
PUT_RIGHT_TO_2022 = {
    "city": "jinan",
    "children_partial": [dict(UNDATED), month("2022-05")],
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": False,
    "offer": "full_check",
}


@pytest.mark.parametrize(
    ("text", "lang", "verdict", "cut_off"),
    [
        ("那还能领吗", "zh", "不能", "2023年1月1日"),
        ("那还能拿不", "zh", "不能", "2023年1月1日"),
        ("so can we still get it?", "en", "No", "1 January 2023"),
    ],
)
async def test_still_get_it_is_answered_not_a_question_asked(
    text: str, lang: str, verdict: str, cut_off: str
) -> None:
    """ "那还能领吗" (taken for "what can we get") asks about the subsidy just discussed: the
    form asks nothing (not the eldest's birth date), and the answer is no, since only children
    born on or after 1 January 2023 qualify (Jinan clause 12)."""
    from actions.household_form import ValidateHouseholdForm
    from actions.results import ActionShowEntitlements

    slots = {**PUT_RIGHT_TO_2022, "language": lang}
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="check_eligibility", **slots)
    set_ = slot_events(await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN))
    assert set_.get("requested_slot") is None, set_
    after = {**slots, **set_}
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="check_eligibility", **after)
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith(verdict), reply
    assert cut_off in reply and "12" in reply, reply
    assert "哪年哪月" not in reply and "When was" not in reply, reply


# --- 4. the first answer first: no question that changes nothing ----------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "hey, we live in jinan, hukou too. 2 kids, she's 5 and the baby was born 2023.5. "
            "we rent, no flat of our own, only I pay housing fund",
            "en",
        ),
        ("济南户口 两个孩子 老大2019年的 老二2024年3月生的 生的时候没领低保", "zh"),
        ("jinan hukou, 2 kids, the younger born june 2024, we were not on dibao then", "en"),
    ],
)
async def test_a_past_birth_gets_its_money_before_the_insurance_question(
    text: str, lang: str
) -> None:
    """Tester 34 c08, r01: every birth is past, and what decides the money (clause 12) is
    told; the mother's cover for a delivery long past decides no money now, so the form asks
    nothing more before the result (the insurance comes with the rest, if they go on)."""
    from tests.actions.test_questions_t27a import form_turn

    reply, set_ = await form_turn(text, lang)
    assert set_.get("requested_slot") is None, (set_, reply)
    assert "保险" not in reply and "insurance" not in reply, reply


async def test_the_deciding_child_is_asked_not_the_eldest() -> None:
    """Tester 34 c04: a grandmother, three grandchildren, the youngest born September 2024,
    Jinan hukou, no dibao at that birth. The eldest's date decides no money (clause 12 pays the
    2nd and 3rd child only); the second's date does (born 2023 or later?), so that is asked."""
    from tests.actions.test_questions_t27a import form_turn

    text = "俺是姥姥 闺女在济南 她家三个孩子 外孙女最小 24年9月生的 户口都在济南 生外孙女的时候没领低保啥的"
    reply, _set = await form_turn(text, "zh")
    assert "第2个孩子" in reply or "老二" in reply.split("\n")[-1], reply
    assert "第1个孩子是" not in reply, reply


# --- 6. wording -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"), [("哦不对 我说错了 是2022年5月生的", "zh"), ("sorry, born may 2022", "en")]
)
async def test_no_money_names_the_second_child_not_the_first(text: str, lang: str) -> None:
    """Tester 35 c06: the second child put right to May 2022 gets nothing (born before
    1 January 2023, clause 12); the reply does not add the first child's exclusion, which
    nobody asked about."""
    from actions.conversation import ActionHandleCorrection

    slots = {
        "city": "jinan",
        "children_partial": [dict(UNDATED), month("2023-05")],
        "child_in_talk": 2,
        "topic_entry": "jinan.childcare_subsidy",
        "focus_entry": "jinan.childcare_subsidy",
        "focus_question": "二宝2023.5出生 济南 一个月600对吧",
        "result_shown": True,
        "offer": "full_check",
        "language": lang,
    }
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="correct", **slots)
    await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "2023" in reply and ("不是" in reply or "No" in reply), reply
    assert "第1个孩子不在此列" not in reply and "this is the 1st child" not in reply, reply
    assert "（第1个孩子）" not in reply and "(child 1)" not in reply, reply


def test_the_leave_for_a_birth_now_reads_plainly() -> None:
    """The leave and delivery cover for a birth now: no "您家有正在孕育或刚出生的孩子" / "you
    have a baby on the way or just born" machine phrasing (tester 35 item 21)."""
    from policy_kb import Household, evaluate

    household = Household(
        city="jinan", children=[{"birth_date": "2026-11-01", "birth_date_precision": "day"}]
    )
    report = evaluate(household, as_of=TODAY)
    for e in report.entitlements:
        if e.id in ("jinan.maternity_leave", "jinan.paternity_leave"):
            said = " ".join([*e.reasons.get("zh"), *e.reasons.get("en")])
            assert "您家有正在孕育或刚出生的孩子" not in said, said
            assert "you have a baby on the way or just born" not in said, said
            assert "这次生育" in said and "this birth" in said, said


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_from_when_says_the_plan_names_no_start(lang: str) -> None:
    """Tester 35 c05: the second child due March 2027, "从什么时候开始算": the plan pays "until
    the child reaches 3" and does not say from which month (clause 12), so the answer never
    says "from the birth" as the plan's rule."""
    text = "从什么时候开始算" if lang == "zh" else "from when is it counted"
    reply = await reply_of(
        ActionAnswerPolicyQuestion(),
        text,
        language=lang,
        topic_entry="jinan.childcare_subsidy",
        **SECOND_DUE,
    )
    assert "从出生起发到" not in reply and "from the birth until" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [("不对 老二是2024年5月生的", "zh"), ("sorry, the 2nd was born may 2024", "en")],
)
async def test_the_offer_names_the_undated_child_not_the_children(text: str, lang: str) -> None:
    """After the result, a correction of the second child's date: the offer of more questions
    names the eldest's birth date, never "the children and their birth dates" again."""
    from actions.conversation import ActionHandleCorrection

    slots = {
        "city": "jinan",
        "children_partial": [dict(UNDATED), month("2023-05")],
        "result_shown": True,
        "language": lang,
    }
    dispatcher = CollectingDispatcher()
    await ActionHandleCorrection().run(
        dispatcher, make_tracker(text, intent="correct", **slots), DOMAIN
    )
    reply = texts(dispatcher)
    assert "2024" in reply, reply
    assert not any(a in reply for a in ASKED_AGAIN), reply


def test_one_childs_end_is_not_said_of_each() -> None:
    """Tester 35 c08: one child paid (born March 2024, clause 12) - "until 1 Mar 2027 (when the
    child turns 3)", never "when each turns 3" of a single child."""
    from actions.headline import confirmed_money
    from policy_kb import Household, evaluate

    household = Household(
        city="jinan",
        hukou_in_city=True,
        hardship_at_birth=False,
        children=[
            {"birth_date": "2019-01-01", "birth_date_precision": "year"},
            {"birth_date": "2024-03-01", "birth_date_precision": "month"},
        ],
    )
    report = evaluate(household, as_of=TODAY)
    paying = [e for e in report.entitlements if e.status == "eligible" and e.monthly_amount_cny]
    said = confirmed_money(paying, 600, "en")
    assert "1 Mar 2027" in said and "when the child turns 3" in said, said
    assert "each" not in said, said


@pytest.mark.parametrize(("text", "lang"), [("低保今年停了", "zh"), ("we're off dibao now", "en")])
async def test_benefits_ended_after_a_known_birth_need_no_birth_question(
    text: str, lang: str
) -> None:
    """The benefits at the second child's birth are known (on them, clause 12): benefits that
    ended since are noted without "the time of the birth, which I still need to ask"."""
    from actions.household_form import ValidateHouseholdForm

    slots = {**ON_BENEFIT_AT_BIRTH, "requested_slot": "birth_insurance", "language": lang}
    dispatcher = CollectingDispatcher()
    await ValidateHouseholdForm().run(
        dispatcher, make_tracker(text, intent="inform", **slots), DOMAIN
    )
    reply = texts(dispatcher)
    assert "记下了" in reply or "Noted" in reply, reply
    assert "还要再问" not in reply and "still need to ask" not in reply, reply
