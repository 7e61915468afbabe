"""Tester 33's conversations (fix-t33b): a question checking an amount changes no fact, the
family read right from "就一个二宝 老大7岁", a grandmother's grandchild and her question about
money for the old, and the loan asked of a third child to come. Each test: the family known so
far (the slots), what the citizen wrote, what the reply must and must not say. Today is
1 December 2026 in China."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.household_form import read_message
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_questions_t27a import form_turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}
TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


# --- 1. a question checking an amount is no answer and no fact ------------------------------

# Tester 33: a Jinan couple, two children (dates not told yet), the third due April 2027, both
# pay into the housing fund; the loan ceiling on the due date was told (1,000,000, clause 14).
THIRD_DUE = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "housing_fund_contributors": 2,
    "children_partial": [
        dict(UNDATED),
        dict(UNDATED),
        {"birth_date": "2027-04-01", "precision": "month", "height_cm": None},
    ],
    "topic_entry": "jinan.housing_fund_loan_limit",
}
AMOUNT_CHECKS = [
    ("是100万对吧", "zh"),
    ("是90万吧", "zh"),
    ("最多100万是吗", "zh"),
    ("一个月600对吧", "zh"),
    ("那就是能贷一百万对不对", "zh"),
    ("so it's 1 million right?", "en"),
    ("it's 1,000,000, correct?", "en"),
    ("so 600 a month, right?", "en"),
]


@pytest.mark.parametrize("asked", ["buying_first_home", "housing_fund_contributors", "children"])
@pytest.mark.parametrize(("text", "lang"), AMOUNT_CHECKS)
def test_an_amount_checked_is_no_fact(text: str, lang: str, asked: str) -> None:
    """ "是100万对吧" asks whether the figure heard is right: it answers no question the form
    put (not "yes, buying a first home", not "one contributor" from 一个月) and states no child."""
    slots = {**THIRD_DUE, "language": lang, "requested_slot": asked}
    assert read_message(text, slots, TODAY) == []


@pytest.mark.parametrize(("text", "lang"), AMOUNT_CHECKS)
async def test_an_amount_checked_keeps_the_pregnancy_a_pregnancy(text: str, lang: str) -> None:
    """The form on "是100万对吧" while it asks about a first home: nothing recorded, the third
    child still on the way (due April 2027), no child born."""
    slots = {k: v for k, v in THIRD_DUE.items() if k != "language"}
    reply, set_ = await form_turn(text, lang, **slots, requested_slot="buying_first_home")
    assert "buying_first_home" not in set_, set_
    assert "children" not in set_, set_
    partial = set_.get("children_partial", THIRD_DUE["children_partial"])
    assert partial == THIRD_DUE["children_partial"], partial
    assert "记下了" not in reply and "Noted" not in reply, reply


def test_a_fact_said_beside_an_amount_checked_stays() -> None:
    """ "俩人都交 是100万对吧": the two contributors are a statement of their own."""
    slots = {**THIRD_DUE, "housing_fund_contributors": None}
    slots["requested_slot"] = "housing_fund_contributors"
    said = read_message("我们俩人都交 是100万对吧", slots, TODAY)
    assert [(u.fact, u.value) for u in said] == [("housing_fund_contributors", 2)], said


# --- 4. the loan asked of a third child to come, as a first message -------------------------


@pytest.mark.parametrize(
    ("text", "lang", "ceiling", "clause"),
    [
        ("what if we have a third, how much loan", "en", "1 million yuan with two or more", "14"),
        ("if we have a 3rd kid how much can we borrow", "en", "1 million yuan", "14"),
        ("要是生老三 公积金能贷多少", "zh", "两人及以上缴存的提高到100万元", "第14条"),
    ],
)
async def test_a_loan_asked_of_a_third_child_first_gets_the_loan_ceiling(
    text: str, lang: str, ceiling: str, clause: str
) -> None:
    """Jinan clause 14: a three-child family with two contributors borrows up to 1,000,000.
    Asked first, city unknown (read as a what-if by the classifier): the loan ceiling, each
    city's plan, and the city question, never the rent withdrawal or a bare city question."""
    from actions.results import ActionWhatIf

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="what_if", language=lang)
    events = await ActionWhatIf().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert ceiling in reply and clause in reply, reply
    assert "按实际房租支出提取" not in reply and "actual rent they pay" not in reply, reply
    assert slot_events(events).get("topic_entry") == "jinan.housing_fund_loan_limit", events
    assert "哪个城市" in reply or "which city" in reply.casefold(), reply


# --- 3. a Beijing grandmother: her grandchild, and money for the old --------------------------

# Beijing; the grandchild born last week (the family's first child).
GRANDCHILD = {
    "city": "beijing",
    "children": [{"birth_date": "2026-11-24", "precision": "day", "height_cm": None}],
}


@pytest.mark.parametrize(
    ("text", "lang", "nothing", "family"),
    [
        ("有没有给老人的钱", "zh", "没有直接给祖父母（老人）的政策", "孩子和父母可以享受"),
        ("给爷爷奶奶的补贴有吗", "zh", "没有直接给祖父母（老人）的政策", "孩子和父母可以享受"),
        ("is there any money for the old folks?", "en", "nothing for grandparents", "can get"),
    ],
)
async def test_money_for_the_old_is_answered(
    text: str, lang: str, nothing: str, family: str
) -> None:
    """Beijing's plan has no measure for grandparents: said so, then what the family gets, and
    Jinan's grandparents' measure named as Jinan's with its clause (15); never ignored."""
    from actions.answers import ActionAnswerPolicyQuestion

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **GRANDCHILD)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert nothing in reply and family in reply, reply
    assert "15" in reply, reply


# --- 2. "就一个二宝啊 老大7岁了": the eldest told, the child known is the second ----------------


def _dated(month: str) -> dict[str, object]:
    return {"birth_date": f"{month}-01", "precision": "month", "height_cm": None}


@pytest.mark.parametrize(
    "known",
    [[_dated("2025-03")], [_dated("2025-03"), dict(UNDATED)]],
    ids=["one child known", "another child supposed"],
)
async def test_only_one_second_child_keeps_it_the_second(known: list[dict[str, object]]) -> None:
    """Jinan, the child born March 2025 taken for the eldest (or another child supposed): "就一个
    二宝啊 老大7岁了" makes two children, the eldest about June 2019 (7 years old), the second
    March 2025, read back so; never the eldest born in 2025 nor one child."""
    reply, set_ = await form_turn(
        "就一个二宝啊 老大7岁了",
        "zh",
        city="jinan",
        hukou_in_city=True,
        children_partial=known,
        requested_slot="children",
    )
    children = set_.get("children") or set_.get("children_partial")
    assert [c["birth_date"] for c in children] == ["2019-06-01", "2025-03-01"], children
    assert "2个孩子" in reply and "老大约2019年6月" in reply and "老二2025年3月" in reply, reply
