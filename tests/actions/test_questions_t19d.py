"""Testers 18 and 19: which question comes next. A question the citizen let pass is not put
again every turn, a fact no measure of the family's city needs is never asked, and the rent
withdrawal (Jinan clause 14) is answered without the number of housing-fund payers."""

from datetime import date
from typing import Any

import pytest

from actions.household_form import ordered_missing
from tests.actions.test_follow_up_questions import ask as ask_policy
from tests.actions.test_pending_question import action, ask, bot, turn

# A Jinan family (conftest's today is 1 June 2025): the first child 3 and a half, the second
# born last October, hukou in Jinan; whether the family had dibao at the birth is still open.
JINAN_TWO = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2021-12-01", "precision": "month"},
        {"birth_date": "2024-10-01", "precision": "month"},
    ],
}
HARDSHIP_ASKED = {"slot": "hardship_at_birth", "side_answers": 0}


def slot(name: str, value: Any) -> dict[str, Any]:
    return {"event": "slot", "name": name, "value": value}


def hardship_question(said: list[dict[str, Any]]) -> bool:
    return any("hardship_at_birth" in str(m.get("response") or m.get("text")) for m in said) or any(
        "低保" in str(m.get("text") or "") for m in said
    )


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("老大有没有", "jinan.childcare_subsidy"),
        ("去哪办啊 打啥电话", "jinan.childcare_subsidy"),
        ("does the older one get it", "jinan.childcare_subsidy"),
        ("陪产假多少天", "jinan.parental_leave"),
        ("what about paternity leave", "jinan.parental_leave"),
    ],
)
def test_a_question_the_hardship_answer_cannot_change_is_answered_without_it(
    text: str, measure: str
) -> None:
    """Asked once whether the family had dibao at the birth, the citizen asks about the older
    child, where to apply or the leave: the 200 of clause 12 changes none of these, so the
    answer stands alone (tester 18 c01: the question four times in one chat)."""
    side = turn(
        text,
        action("action_answer_policy_question"),
        slot("topic_entry", measure),
        bot("…"),
        pending_question=HARDSHIP_ASKED,
        **JINAN_TWO,
    )
    said, _ = ask("hardship_at_birth", side)
    assert said == []


@pytest.mark.parametrize("text", ["不对 老大是6岁 不是三岁半", "wait the older one is 6 not 3"])
def test_a_correction_is_read_back_then_the_question_left_open_follows(text: str) -> None:
    """The citizen corrects another fact: it is noted, and the hardship question, still
    needed, ends the reply (tester 39: the read-back alone left the citizen not knowing what
    to do next; this test used to expect no question)."""
    corrected = [
        {"birth_date": "2019-06-01", "precision": "month", "approx": "6岁"},
        {"birth_date": "2024-10-01", "precision": "month"},
    ]
    told = turn(
        text,
        action("household_form"),
        slot("children_partial", corrected),
        slot("children", corrected),
        bot("已更新：老大约2019年6月出生"),
        pending_question=HARDSHIP_ASKED,
        **{**JINAN_TWO, "children": corrected},
    )
    said, _ = ask("hardship_at_birth", told)
    assert hardship_question(said)


@pytest.mark.parametrize("text", ["那一个月一共多少钱", "so how much a month in total"])
def test_a_question_the_answer_can_change_gets_the_question_once(text: str) -> None:
    """Asked about the hardship supplement (600 or 600 + 200), the question is put again once:
    its answer changes the figure asked; the same question next turn does not repeat it."""
    measure = "jinan.childcare_subsidy_hardship_supplement"
    side = turn(
        text,
        action("action_answer_policy_question"),
        slot("topic_entry", measure),
        bot("…"),
        pending_question=HARDSHIP_ASKED,
        **JINAN_TWO,
    )
    said, events = ask("hardship_at_birth", side)
    assert hardship_question(said)
    state = next(e["value"] for e in events if e.get("name") == "pending_question")
    again = turn(
        text,
        action("action_answer_policy_question"),
        slot("topic_entry", measure),
        bot("…"),
        pending_question=state,
        **JINAN_TWO,
    )
    said, _ = ask("hardship_at_birth", again)
    assert said == []


@pytest.mark.parametrize("text", ["那我们家到底能拿到啥 说简单点", "ok check everything for us"])
def test_the_full_check_asks_what_is_still_open(text: str) -> None:
    """The citizen asks for everything: the question left open is asked now."""
    message = {"text": text, "intent": {"name": "check_eligibility"}, "entities": []}
    full = turn(text, pending_question=HARDSHIP_ASKED, **JINAN_TWO)
    full.latest_message = message
    said, _ = ask("hardship_at_birth", full)
    assert hardship_question(said)


def test_no_hardship_question_once_no_child_can_get_the_200() -> None:
    """The correction leaves only children born before 2023 (clause 12's start): the 200 can
    no longer be paid for any of them, so even the full check does not ask it (tester 18 c08)."""
    old = [
        {"birth_date": "2018-03-01", "precision": "month"},
        {"birth_date": "2022-03-01", "precision": "month"},
        {"birth_date": "2022-03-01", "precision": "month"},
    ]
    message = {"text": "check everything", "intent": {"name": "check_eligibility"}}
    full = turn(
        "check everything", pending_question=HARDSHIP_ASKED, **{**JINAN_TWO, "children": old}
    )
    full.latest_message = message
    said, _ = ask("hardship_at_birth", full)
    assert said == []


@pytest.mark.parametrize("text", ["我老公交公积金 我没交", "my husband pays into the fund, i dont"])
def test_the_birth_month_is_asked_once_after_other_facts(text: str) -> None:
    """ "第3个孩子是哪年哪月出生的？" waits; the citizen tells the housing fund instead: that is
    noted (by the form) and the month, still needed, follows it once (tester 39: the read-back
    alone left the citizen not knowing what to do next; this test used to expect nothing)."""
    partial = [
        {"birth_date": "2012-05-01", "precision": "month"},
        {"birth_date": "2016-05-01", "precision": "month"},
        {"birth_date": None, "precision": None},
    ]
    told = turn(
        text,
        action("household_form"),
        slot("housing_fund_contributors", 1),
        bot("记下了：家里1人交住房公积金"),
        pending_question={"slot": "children", "side_answers": 0},
        city="jinan",
        children_partial=partial,
        housing_fund_contributors=1,
    )
    from rasa_sdk.executor import CollectingDispatcher

    from actions.conversation import ActionAskChildren
    from tests.actions.conftest import DOMAIN

    dispatcher = CollectingDispatcher()
    import asyncio

    asyncio.run(ActionAskChildren().run(dispatcher, told, DOMAIN))
    assert len(dispatcher.messages) == 1, dispatcher.messages
    assert "3" in str(dispatcher.messages[0].get("text")), dispatcher.messages


def test_a_not_understood_message_still_brings_the_question_back() -> None:
    unclear = turn(
        "嗯嗯啊",
        action("action_unclear_in_form"),
        bot("抱歉，我没听懂", "utter_default"),
        pending_question=HARDSHIP_ASKED,
        **JINAN_TWO,
    )
    said, _ = ask("hardship_at_birth", unclear)
    assert hardship_question(said)


BEIJING_THREE = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2013-06-01", "precision": "month"},
        {"birth_date": "2020-06-01", "precision": "month"},
        {"birth_date": "2024-12-01", "precision": "month"},
    ],
}


@pytest.mark.parametrize("scope", [None, "all"])
def test_a_beijing_family_is_never_asked_the_mothers_insurance(scope: str | None) -> None:
    """Beijing's maternity insurance (12) names no rate or amount: no figure of the family's
    can turn on the insurance, so the check never asks it (tester 19 c08: seven times)."""
    slots = {**BEIJING_THREE, "check_scope": scope}
    assert "birth_insurance" not in ordered_missing(slots, date(2025, 6, 1))
    assert "birth_insurance" not in ordered_missing(slots, date(2025, 6, 1), money_only=True)


def test_a_jinan_family_is_still_asked_it_for_the_3000_of_clause_15() -> None:
    slots = {**JINAN_TWO, "hardship_at_birth": False, "check_scope": "all"}
    slots["children"] = [*JINAN_TWO["children"], {"birth_date": "2025-08-01", "expected": True}]
    assert "birth_insurance" in ordered_missing(slots, date(2025, 6, 1))


JINAN_THREE_RENTING = {
    "city": "jinan",
    "hukou_in_city": True,
    "owns_home_in_city": False,
    "renting": True,
    "children": [
        {"birth_date": "2014-05-01", "precision": "month"},
        {"birth_date": "2018-05-01", "precision": "month"},
        {"birth_date": "2024-05-01", "precision": "month"},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我们租房住没房子 公积金能取吗", "zh"),
        ("租房能提公积金付房租不", "zh"),
        ("we rent, can we take out the housing fund for rent?", "en"),
    ],
)
async def test_rent_withdrawal_needs_no_number_of_payers(text: str, lang: str) -> None:
    """Clause 14: families with two or more children, no home in Jinan and renting may
    withdraw for the actual rent; how many pay in is no condition, so it is not asked."""
    reply, _ = await ask_policy(text, lang, **JINAN_THREE_RENTING)
    assert "第14条" in reply or "clause 14" in reply.lower(), reply
    assert "缴存住房公积金的人数" not in reply and "how many family members pay" not in reply
    assert "还需要知道" not in reply and "Depends on how many" not in reply


PREGNANT_WITH_SECOND = [
    {"birth_date": "2022-05-01", "precision": "month"},
    {"birth_date": "2025-09-01", "precision": "month", "expected": True},
]


@pytest.mark.parametrize(
    ("text", "lang", "noted"),
    [
        ("hukou is jinan yes. no dibao nothing", "en", "taken to hold when the baby is born"),
        ("we get no dibao or anything", "en", "taken to hold when the baby is born"),
        ("户口在济南 没低保啥的都没有", "zh", "按孩子出生时也没有算"),
        ("我们家没低保 啥都没有", "zh", "按孩子出生时也没有算"),
    ],
)
async def test_nothing_now_answers_the_hardship_question_for_a_baby_on_the_way(
    text: str, lang: str, noted: str
) -> None:
    """Clause 12 looks at the time of the birth; for a birth still to come, "nothing" now is
    the best answer there is: taken for that baby, with no "still need to ask" (tester 19 c09)."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        text,
        language=lang,
        city="jinan",
        children=PREGNANT_WITH_SECOND,
        children_partial=PREGNANT_WITH_SECOND,
        requested_slot="hukou_in_city",
    )
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert noted in reply, reply
    assert "still need to ask" not in reply and "还要再问" not in reply
    baby = slot_events(events)["children_partial"][1]
    assert baby["hardship_at_birth"] is False


async def test_nothing_now_leaves_a_past_birth_still_to_ask() -> None:
    """A second child born last year: "nothing" now says nothing of that birth, so the
    read-back still says it is to be asked (only the coming baby's is taken)."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from tests.actions.conftest import DOMAIN, make_tracker, texts

    kids = [
        {"birth_date": "2020-05-01", "precision": "month"},
        {"birth_date": "2024-03-01", "precision": "month"},
        {"birth_date": "2025-09-01", "precision": "month", "expected": True},
    ]
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "户口在济南 没低保啥的都没有",
        language="zh",
        city="jinan",
        children=kids,
        children_partial=kids,
        requested_slot="hukou_in_city",
    )
    await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    assert "这一点还要再问" in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang", "noted"),
    [
        ("我老婆怀孕7个月了 预产期八月 我们北京户口 这是头胎", "zh", "头胎预产期"),
        ("北京 怀孕了 第一胎 预产期十月", "zh", "头胎预产期"),
        ("jinan, expecting our first in october", "en", "your first child due"),
    ],
)
async def test_a_first_baby_on_the_way_is_read_back_as_the_first_child(
    text: str, lang: str, noted: str
) -> None:
    """The answers treat an only child on the way as the first birth (no 600 under clause 12,
    leave for a birth): the read-back says so, so the family can check it (tester 19 c02)."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from tests.actions.conftest import DOMAIN, make_tracker, texts

    dispatcher = CollectingDispatcher()
    await ValidateHouseholdForm().run(dispatcher, make_tracker(text, language=lang), DOMAIN)
    first = texts(dispatcher).splitlines()[0]
    assert noted in first, first


def worker_turns(*messages: str, lang: str = "zh", **slots: Any) -> Any:
    """A hotline worker's conversation so far, the last message being the one answered."""
    from rasa_sdk import Tracker

    events = []
    for text in messages:
        parse = {"text": text, "intent": {"name": "inform"}, "entities": []}
        events.append({"event": "user", "text": text, "parse_data": parse})
    latest = events[-1]["parse_data"]
    return Tracker(
        "hotline", {"language": lang, **slots}, latest, events, False, None, {}, "action_listen"
    )


async def worker_asks(*messages: str, lang: str = "zh", **slots: Any) -> tuple[str, list[Any]]:
    """What the household form (which starts on facts) says to the worker's last message."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from tests.actions.conftest import DOMAIN, texts

    dispatcher = CollectingDispatcher()
    tracker = worker_turns(*messages, lang=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), events


@pytest.mark.parametrize(
    ("messages", "lang", "total"),
    [
        (
            ["我是12345热线的 济南 二孩家庭 低保户 育儿补贴每月多少 哪一条 快"],
            "zh",
            "600+200=800元",
        ),
        (["接线员 济南三孩 特困户 每月补多少钱"], "zh", "600+200=800元"),
        (
            ["hotline here, jinan: second child, family on dibao, how much a month?"],
            "en",
            "800 yuan",
        ),
    ],
)
async def test_a_worker_asking_a_case_gets_the_combined_figure_and_no_family_questions(
    messages: list[str], lang: str, total: str
) -> None:
    """Clause 12: 600 a month per second or third child, 200 more for a birth on dibao: the
    worker hears 600 + 200 = 800 with the clause; the case is not noted as a family's."""
    reply, events = await worker_asks(*messages, lang=lang)
    assert total in reply and ("第12条" in reply or "clause 12" in reply), reply
    assert "记下了" not in reply and "Noted" not in reply
    assert not {"city", "hardship_at_birth", "children", "children_partial"} & {
        e.get("name") for e in events if e.get("event") == "slot"
    }


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (
            ["我是12345热线的 济南 二孩低保每月多少", "三孩的公积金贷款上限 一人缴存的 条款号"],
            "60万元",
        ),
        # the cover named: its figure alone, as the engine words it (tester 23 c7)
        (["我是热线接线员 济南的", "居民医保住院分娩定额多少"], "3,000元"),
        (["我是12345热线的 北京", "北京有没有育儿补贴金额"], "没有写补贴对象、金额"),
    ],
)
async def test_a_workers_rule_question_is_answered_for_the_city_last_named(
    messages: list[str], expected: str
) -> None:
    """The worker named the city earlier: the question is answered for it, with no 记下了
    line and no 您家在哪个城市 (tester 19 c06)."""
    reply, events = await worker_asks(*messages)
    assert expected in reply, reply
    assert "记下了" not in reply and "哪个城市" not in reply
    assert "housing_fund_contributors" not in {e.get("name") for e in events}


async def test_in_hotline_mode_the_form_asks_nothing_and_no_check_follows() -> None:
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from actions.results import ActionShowEntitlements
    from tests.actions.conftest import DOMAIN

    tracker = worker_turns("hotline here", "jinan, one payer, loan ceiling for a third child?")
    assert (
        await ValidateHouseholdForm().required_slots([], CollectingDispatcher(), tracker, DOMAIN)
        == []
    )
    dispatcher = CollectingDispatcher()
    events = await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    assert dispatcher.messages == []
    assert events == [{"event": "followup", "name": "action_listen", "timestamp": None}]


@pytest.mark.parametrize(
    "text",
    ["我打了12345热线 他们说能领600", "the hotline told us we get 600", "快点 济南二孩补贴多少"],
)
def test_a_citizen_mentioning_the_hotline_or_hurrying_is_no_worker(text: str) -> None:
    from actions.hotline import in_hotline

    assert not in_hotline(worker_turns(text))


def test_in_hotline_mode_no_city_question() -> None:
    said, _ = ask("city", worker_turns("我是12345热线的", "三孩的公积金贷款上限 一人缴存的 条款号"))
    assert said == []


async def test_in_hotline_mode_no_correction_read_back() -> None:
    """A worker's "二孩呢 两人缴存" is no family's correction, and no form question is put."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.conversation import ActionHandleCorrection
    from tests.actions.conftest import DOMAIN, texts

    dispatcher = CollectingDispatcher()
    tracker = worker_turns(
        "我是12345热线的 济南", "二孩呢 两人缴存", topic_entry="jinan.housing_fund_loan_limit"
    )
    await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "90万元" in reply and "第14条" in reply, reply
    assert "已更新" not in reply and "记下了" not in reply


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("老大有没有", "zh", "没有。育儿补贴（第1个孩子）"),
        ("老大能领吗", "zh", "不能。育儿补贴（第1个孩子）"),
        (
            "what about the eldest",
            "en",
            "Childcare subsidy (child 1): Only for the 2nd or 3rd child",
        ),
    ],
)
async def test_a_question_about_the_older_child_starts_with_that_childs_verdict(
    text: str, lang: str, verdict: str
) -> None:
    """Clause 12 pays the 600 for a second or third child: "老大有没有" is answered for the
    eldest in its first line, then the rule and clause, without the notes (tester 18 item 16)."""
    reply, _ = await ask_policy(text, lang, **JINAN_TWO, topic_entry="jinan.childcare_subsidy")
    lines = reply.splitlines()
    assert lines[0].startswith(verdict), reply
    assert len(lines) <= 3 and ("第12条" in reply or "clause 12" in reply)


async def test_the_hotline_mode_and_its_city_are_kept_for_the_workers_next_turns() -> None:
    """Live, the action server sees only the current turn: the mode and the city last named
    are kept in the hotline_city slot, so a later bare rule question is still the worker's."""
    _, first = await worker_asks("我是12345热线的 济南 二孩家庭 低保户 育儿补贴每月多少")
    kept = [e for e in first if e.get("name") == "hotline_city"]
    assert kept and kept[-1]["value"] == "jinan"
    # the next turn alone, as the action server receives it
    reply, events = await worker_asks("二孩 两人缴存 公积金贷款上限多少", hotline_city="jinan")
    assert "90万" in reply and "第14条" in reply, reply
    assert "记下了" not in reply and "哪个城市" not in reply
    assert "housing_fund_contributors" not in {e.get("name") for e in events}


async def test_a_worker_who_names_no_city_yet_is_kept_in_the_mode() -> None:
    _, first = await worker_asks("hotline here", lang="en")
    assert [e["value"] for e in first if e.get("name") == "hotline_city"] == ["any"]
    reply, _ = await worker_asks(
        "beijing, paternity leave how many days?", lang="en", hotline_city="any"
    )
    assert "Noted" not in reply and "Which city" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        # Beijing, a son of 2 and a baby due: the 2-year-old's own items
        ("what about the older one, is there anything for a 2 year old", "en", "child 1", "rental"),
        ("老大有啥政策", "zh", "第1个孩子", "公租房"),
    ],
)
async def test_an_open_question_about_one_child_lists_that_childs_items(
    text: str, lang: str, expected: str, absent: str
) -> None:
    """An open question about one child, naming no measure, gets that child's items with their
    status, not the measure last discussed (public rental housing; tester 19 c07)."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.answers import ActionAnswerPolicyQuestion
    from tests.actions.conftest import DOMAIN, make_tracker, texts

    tracker = make_tracker(
        text,
        intent="ask_policy",
        language=lang,
        city="beijing",
        hukou_in_city=True,
        renting=True,
        owns_home_in_city=False,
        result_shown=True,
        topic_entry="beijing.public_rental_priority",
        children=[
            {"birth_date": "2023-05-01", "precision": "month", "approx": True},
            {"birth_date": "2025-10-01", "precision": "month"},  # due in October
        ],
    )  # today in these tests: 1 June 2025, so the son is 2
    dispatcher = CollectingDispatcher()
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert expected in reply, reply
    assert absent not in reply.split("\n")[0], reply


@pytest.mark.parametrize(
    "text",
    ["热线 济南三孩育儿补贴每月多少 哪条", "12345热线，济南二孩补贴", "hotline: jinan loan max"],
)
def test_a_message_that_opens_with_the_hotline_is_a_worker(text: str) -> None:
    """Tester 20 c05 opened with "热线 济南三孩…" and was asked 您家在哪个城市 four times."""
    from actions.hotline import in_hotline

    assert in_hotline(worker_turns(text))


def test_asking_the_hotlines_number_is_no_worker() -> None:
    from actions.hotline import in_hotline

    assert not in_hotline(worker_turns("热线电话多少"))
