"""Conversations of tester 57 answered on their own topic (t57b). Each test: the family known so
far (the slots), what the citizen wrote, what the reply must and must not say. Today is
3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Action
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionHandleCorrection
from actions.results import ActionExplainItem, ActionShowEntitlements, ActionWhatIf
from tests.actions.conftest import DOMAIN, make_tracker, month, slot_events, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))


async def turn(
    action: Action, text: str, lang: str, intent: str = "ask_policy", **slots: Any
) -> tuple[str, dict[str, Any]]:
    """One turn of `action` on `text` for the family of `slots`: the reply and the slots set."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    events = await action.run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


# Jinan hukou, three children (May 2018, March 2021, August 2024), none born on benefits, the
# housing told: the summary names 6 items and offers "另外6项要看吗？".
JINAN_THREE_SHOWN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "children": [month("2018-05"), month("2021-03"), month("2024-08")],
    "birth_insurance": "employee_maternity",
    "housing_fund_contributors": 2,
    "buying_first_home": False,
    "owns_home_in_city": False,
    "renting": False,
    "result_shown": True,
    "offer": "more_items",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("另外6项给俺看看", "zh"),
        ("那6项呢", "zh"),
        ("剩下的给我看看", "zh"),
        ("其余几项是啥", "zh"),
        ("show me the other 6", "en"),
        ("what are the remaining ones?", "en"),
        ("the other six?", "en"),
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionRouteUnclear(), "nlu_fallback"),
        (ActionExplainItem(), "ask_details"),
        (ActionShowEntitlements(), "ask_entitlements"),
        (ActionAnswerPolicyQuestion(), "ask_policy"),
        (ActionHandleCorrection(), "inform"),
    ],
)
async def test_the_items_offered_are_shown_when_taken_up_in_other_words(
    text: str, lang: str, action: Action, intent: str
) -> None:
    """After "另外6项要看吗？" the citizen's "另外6项给俺看看" is a yes to that offer, whatever
    intent it is read as: every item the family can get, one a line (the same list a bare yes
    gives), never "没太明白" nor the summary again; the offer is then spent."""
    reply, set_ = await turn(action, text, lang, intent, **JINAN_THREE_SHOWN)
    heading = "您家可以享受的" if lang == "zh" else "items your family can get:"
    assert heading in reply, reply
    assert "三孩家庭子女优先入读普惠性幼儿园" in reply or "inclusive kindergartens" in reply, reply
    assert "没太明白" not in reply and "Sorry" not in reply, reply
    assert set_.get("offer", "unset") is None, set_


@pytest.mark.parametrize(
    "text", ["6个月的时候呢", "那600呢", "what about the other kids?", "老二那项呢 多少钱"]
)
async def test_other_questions_are_not_taken_for_the_items_offered(text: str) -> None:
    """A question of its own after the offer (an age, a figure, the other children) is not a
    take-up of the items: it gets its own answer, not the list."""
    from actions.items_offered import offered_items_taken

    tracker = make_tracker(text, intent="ask_policy", language="zh", **JINAN_THREE_SHOWN)
    assert not offered_items_taken(tracker, text)


async def test_the_items_are_not_listed_without_that_offer() -> None:
    """ "那6项呢" with no items offered (the offer is the full check) is not this."""
    from actions.items_offered import offered_items_taken

    slots = {**JINAN_THREE_SHOWN, "offer": "full_check"}
    tracker = make_tracker("那6项呢", intent="ask_details", language="zh", **slots)
    assert not offered_items_taken(tracker, "那6项呢")


# Jinan hukou, three children, the result shown: the family has no twins.
JINAN_THREE: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "children": [month("2018-05"), month("2021-03"), month("2024-08")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那个3000 双胞胎是3000还是6000", "zh"),
        ("双胞胎的话住院分娩那3000是每个孩子都有吗", "zh"),
        ("生双胞胎3000会翻倍吗", "zh"),
        ("is the 3000 per baby or per birth for twins", "en"),
        ("twins - do we get 3000 each?", "en"),
        ("if it's twins is the 3000 doubled?", "en"),
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionAnswerPolicyQuestion(), "ask_policy"),
        (ActionHandleCorrection(), "inform"),
        (ActionWhatIf(), "what_if"),
    ],
)
async def test_twins_per_baby_or_per_birth_is_what_clause_15_says(
    text: str, lang: str, action: Action, intent: str
) -> None:
    """Jinan clause 15: "Resident medical insurance participants hospitalized delivery medical
    expenses … fixed payment, the standard is 3,000 yuan." It does not say per baby or per
    birth: the reply quotes it, says so, names the lead department (the Municipal Health
    Insurance Bureau), gives no yes or no, and changes no fact (no twins told)."""
    reply, set_ = await turn(action, text, lang, intent, **JINAN_THREE)
    if lang == "zh":
        assert "第15条" in reply and "3000元" in reply, reply
        assert "没写双胞胎、多胞胎是按每个孩子算还是按一次分娩算" in reply, reply
        assert "济南市医疗保障局" in reply, reply
        assert not reply.startswith(("能", "不能", "是", "不是")), reply
    else:
        assert "clause 15" in reply and "3,000 yuan" in reply, reply
        assert "per baby or once per birth" in reply, reply
        assert "Municipal Health Insurance Bureau" in reply, reply
        assert not reply.startswith(("Yes", "No")), reply
    assert "the standard is 3,000 yuan" in reply, reply
    assert not {"children", "children_partial", "city", "hukou_in_city"} & set(set_), set_


async def test_the_600_for_twins_stays_the_clause_12_answer() -> None:
    """The 600 is "per month per child" by clause 12's own words: "双胞胎每个都有600是吧" is
    not the plan's silence."""
    from actions.multiples import per_child_or_birth_answer

    assert per_child_or_birth_answer("双胞胎每个都有600是吧", "jinan", None, "zh") is None


# Beijing, Beijing hukou, an eldest of March 2019 and a 2nd of June 2024, the result shown.
BEIJING_TWO: dict[str, Any] = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [month("2019-03"), month("2024-06")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("济南那个每月600我们能领吗", "zh"),
        ("我们能领济南的育儿补贴吗", "zh"),
        ("can we get the 600 from jinan", "en"),
        ("do we qualify for jinan's childcare subsidy?", "en"),
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionAnswerPolicyQuestion(), "ask_policy"), (ActionHandleCorrection(), "inform")],
)
async def test_jinans_600_asked_by_a_beijing_family_is_a_no_with_both_plans(
    text: str, lang: str, action: Action, intent: str
) -> None:
    """Jinan clause 12 pays families with Jinan hukou; Beijing's plan sets no cash amount (its
    clause (12) says a family upbringing subsidy system is to be gradually established). The
    Beijing family hears the no, Jinan's rule with its clause, and Beijing's clause (12); its
    facts stay as they are."""
    reply, set_ = await turn(action, text, lang, intent, **BEIJING_TWO)
    if lang == "zh":
        assert reply.startswith("不能。"), reply
        assert "济南户籍" in reply and "第12条" in reply and "600" in reply, reply
        assert "北京的方案没有按月发钱的补贴" in reply and "第(12)条" in reply, reply
    else:
        assert reply.startswith("No."), reply
        assert "Jinan hukou" in reply and "clause 12" in reply and "600" in reply, reply
        assert "The Beijing plan has no monthly cash payment" in reply, reply
        assert "clause (12)" in reply, reply
    assert not {"city", "hukou_in_city", "children"} & set(set_), set_


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("如果把户口迁回济南 二宝能领600吗", "zh"),
        ("要是户口迁到济南 老二能拿600不", "zh"),
        ("假如我们是济南户口 能领那600吗", "zh"),
        ("if we move our hukou to jinan could we get the 600", "en"),
        ("what if our hukou was in jinan, would the 2nd get the 600?", "en"),
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionWhatIf(), "what_if"),
        (ActionAnswerPolicyQuestion(), "ask_policy"),
        (ActionHandleCorrection(), "inform"),
    ],
)
async def test_a_hukou_move_to_jinan_supposed_is_a_what_if_that_changes_no_fact(
    text: str, lang: str, action: Action, intent: str
) -> None:
    """A move only supposed: what Jinan clause 12 gives with Jinan hukou (the 2nd child, born
    June 2024, 600 a month until 1 June 2027), and what it does not say (from when the hukou
    must be held, the months before the move), with the lead department, the Municipal Health
    Commission. The family stays a Beijing one with Beijing hukou; no subway answer."""
    reply, set_ = await turn(action, text, lang, intent, **BEIJING_TWO)
    if lang == "zh":
        assert "假设" in reply and "记下的情况不变" in reply, reply
        assert "第2个孩子每月600元，到2027年6月1日" in reply, reply
        assert "没写户口要从什么时候起在济南" in reply, reply
        assert "济南市卫生健康委员会" in reply and "第12条" in reply, reply
        assert "地铁" not in reply, reply
    else:
        assert "what-if" in reply and "facts stay as they are" in reply, reply
        assert "child 2 would get 600 yuan a month until 1 Jun 2027" in reply, reply
        assert "does not say from when the hukou must be held" in reply, reply
        assert "Municipal Health Commission" in reply and "clause 12" in reply, reply
        assert "subway" not in reply.lower(), reply
    assert not {"city", "hukou_in_city", "children"} & set(set_), set_


@pytest.mark.parametrize("text", ["济南的600怎么领", "how do families in jinan claim the 600?"])
def test_a_question_of_the_other_plan_alone_is_not_the_familys(text: str) -> None:
    """A question of how Jinan's measure works, not of this family getting it, is not this."""
    from actions.other_city_money import asked_of_other_city

    assert asked_of_other_city(BEIJING_TWO, text) is None


# Jinan hukou; children of May 2018, March 2023 and August 2024; the result shown.
JINAN_THREE_RECENT: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2018-05"), month("2023-03"), month("2024-08")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("老三只有600是因为她现在上班了吗", "zh"),
        ("是不是因为现在不领低保了 老三才没有那200", "zh"),
        ("所以老三只拿600是因为我现在工作了？", "zh"),
        ("so the third one only gets 600 since she's working now?", "en"),
        ("is the 3rd only getting 600 because we're not on dibao now?", "en"),
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionAnswerPolicyQuestion(), "ask_policy"),
        (ActionHandleCorrection(), "inform"),
        (ActionRouteUnclear(), "nlu_fallback"),
    ],
)
async def test_work_now_is_not_why_a_child_gets_600(
    text: str, lang: str, action: Action, intent: str
) -> None:
    """Jinan clause 12: the 200 a month more is for a birth while on dibao, special hardship
    support or unemployment benefits. A family whose 3rd child was born off them hears no: that
    child's 600 is for the time of the birth, not work now, with clause 12; never another
    clause (tester 57 got clause 19), and no fact changed."""
    slots = {**JINAN_THREE_RECENT, "hardship_at_birth": False}
    reply, set_ = await turn(action, text, lang, intent, **slots)
    if lang == "zh":
        assert reply.startswith("不是。"), reply
        assert "第3个孩子每月600元" in reply and "出生时" in reply and "第12条" in reply, reply
        assert "第19条" not in reply, reply
    else:
        assert reply.startswith("No:"), reply
        assert "Child 3 gets 600 yuan a month" in reply and "when that child was born" in reply
        assert "clause 12" in reply and "clause 19" not in reply, reply
    assert not {"hardship_at_birth", "hardship_now", "children"} & set(set_), set_


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("老三只有600是因为她现在上班了吗", "zh"),
        ("so the third one only gets 600 since she's working now?", "en"),
    ],
)
async def test_work_now_with_the_birth_untold_asks_the_time_of_the_birth(
    text: str, lang: str
) -> None:
    """The benefits at the 3rd's birth not told: the rule (the birth decides, not work now,
    clause 12), both figures, and the question of that birth; no no nor yes."""
    reply, _ = await turn(ActionAnswerPolicyQuestion(), text, lang, **JINAN_THREE_RECENT)
    if lang == "zh":
        assert "第3个孩子要看出生时" in reply and "第12条" in reply, reply
        assert "第3个孩子出生时家里在领吗？" in reply and not reply.startswith("不是"), reply
    else:
        assert "For child 3 it depends on the time of the birth" in reply, reply
        assert "Was the family on them when child 3 was born?" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("上幼儿园有什么政策", "zh"),
        ("孩子上幼儿园有啥优惠不", "zh"),
        ("any help with kindergarten", "en"),
        ("what support is there for kindergarten?", "en"),
    ],
)
async def test_kindergarten_in_jinan_is_the_whole_of_clause_13(text: str, lang: str) -> None:
    """Jinan clause 13: priority in inclusive kindergartens for three-child families, siblings
    supported in the same school district, pre-school aid for children of families in
    difficulty, orphans and disabled children; each with the clause."""
    reply, _ = await turn(ActionAnswerPolicyQuestion(), text, lang, **JINAN_THREE)
    if lang == "zh":
        assert "普惠性幼儿园" in reply and "同一学区" in reply and "学前教育资助" in reply, reply
        assert "第13条" in reply, reply
    else:
        assert "inclusive kindergartens" in reply and "same school district" in reply, reply
        assert "Pre-school education subsidies" in reply and "clause 13" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"), [("上幼儿园有什么政策", "zh"), ("any help with kindergarten", "en")]
)
async def test_kindergarten_in_beijing_is_what_its_plan_says(text: str, lang: str) -> None:
    """Beijing clause (13): more inclusive kindergarten places and longer hours for families in
    need; no Jinan priority given as Beijing's."""
    reply, _ = await turn(ActionAnswerPolicyQuestion(), text, lang, **BEIJING_TWO)
    if lang == "zh":
        assert "普惠性幼儿园" in reply and "第(13)条" in reply, reply
        assert "三孩家庭" not in reply or "济南" in reply, reply
    else:
        assert "kindergarten" in reply and "clause (13)" in reply, reply
