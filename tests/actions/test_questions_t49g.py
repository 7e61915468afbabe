"""Tester rounds 47 and 48, dialogue flow and length (fix-t49g). Each test: the family or the
hotline case known so far (the slots), what the citizen or the worker wrote, what the reply
must and must not say, and the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionOfferAccepted, ActionShowEntitlements
from tests.actions.conftest import DOMAIN, hotline_turn, make_tracker, slot_events, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str | None, precision: str | None = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision if born else None, "height_cm": None, **more}


# ------------------------------------------ 1. hotline: a caller's family told afresh (48 P2b)
# The call before: a Jinan caller whose 3rd child was born in August 2024, one housing-fund payer.
THIRD_OF_2024: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.housing_fund_loan_multi_child",
    "hotline_case": {
        "city": "jinan",
        "housing_fund_contributors": 1,
        "buying_first_home": True,
        "children_partial": [child(None), child(None), child("2024-08-01")],
        "children_count": 3,
    },
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "one more: caller moved hukou to jinan last month, baby 2nd child born 2026.6, "
            "can they get the 600 from birth or only from now?",
            "en",
        ),
        (
            "the caller has 2 kids, the 2nd was born june 2026, they moved hukou here last "
            "month. does the 600 start from birth?",
            "en",
        ),
        ("还有一个 来电户口上个月刚迁到济南 二孩2026年6月出生 600是从出生开始发还是从现在", "zh"),
        ("这位来电家里两个孩子 老二2026年6月生的 户口上个月才迁来济南 从哪个月开始发", "zh"),
    ],
)
def test_a_caller_told_afresh_is_a_new_case_and_the_start_month_is_the_plans_silence(
    text: str, lang: str
) -> None:
    """Jinan clause 12: 600 a month to a 2nd child's 3rd birthday, for Jinan hukou. The baby is
    the new caller's 2nd child (until June 2029), not a 3rd beside the call before's child of
    August 2024; the reply says in one line that a new case starts. From birth or from the
    move: the plan does not say whether months before the move are paid; the lead department
    (the Health Commission) decides. Said once, not twice."""
    said, set_ = hotline_turn(text, lang, **THIRD_OF_2024)
    born = [c.get("birth_date") for c in set_["hotline_case"]["children_partial"]]
    assert born == [None, "2026-06-01"], set_
    if lang == "zh":
        assert said.startswith("新来电"), said
        assert "（第2个孩子）" in said and "（第3个孩子）" not in said, said
        assert "这是第3个孩子" not in said and "开始发。）" not in said, said
        assert "2029年6月" in said and "第12条" in said, said
        assert said.count("迁入以前的月份") == 1, said
        assert "济南市卫生健康委员会" in said, said
    else:
        assert said.startswith("New caller"), said
        assert "Child 2" in said and "Child 3" not in said, said
        assert "Jun 2029" in said and "clause 12" in said, said
        assert said.count("months before the") == 1, said
        assert "Municipal Health Commission" in said, said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("caller's 2nd child was born may 2022, 1st in 2019. do they get the 600?", "en"),
        ("来电 老大2019年 老二2022年5月生的 能领600吗", "zh"),
    ],
)
def test_a_family_that_may_be_the_same_callers_is_asked_about(text: str, lang: str) -> None:
    """Children that fit the case (a 1st and 2nd born before its 3rd of August 2024) may be the
    same caller's or another's: the answer is given, and the worker is asked whether it is the
    same caller (clause 12: the 2nd child of May 2022 was born before 2023 and gets nothing)."""
    said, _ = hotline_turn(text, lang, **THIRD_OF_2024)
    assert ("同一位来电吗" if lang == "zh" else "Same caller") in said, said
    assert not said.startswith(("新来电", "New caller")), said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("caller's 3rd child born august 2024, until when is the 600 paid?", "en"),
        ("来电的孩子是2024年8月15号生的 补贴到哪天", "zh"),
        ("caller asks: does the loan ceiling change if they buy a second home?", "en"),
    ],
)
def test_the_same_callers_family_is_no_new_case(text: str, lang: str) -> None:
    """The case's own 3rd child (August 2024) told again, or no child told: the same case,
    nothing said of a new caller, no question about it."""
    said, set_ = hotline_turn(text, lang, **THIRD_OF_2024)
    for line in ("新来电", "New caller", "同一位来电吗", "Same caller"):
        assert line not in said, said
    case = set_.get("hotline_case", THIRD_OF_2024["hotline_case"])
    assert "2024-08" in str(case), case


async def form_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The household form on `text`, then the result when the form is complete (the rule that
    follows it). The replies and the slots after it."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    after = {**slots, **slot_events(events)}
    if after.get("requested_slot") is None:
        following = Tracker(
            "test", after, tracker.latest_message, tracker.events, False, None, {}, "household_form"
        )
        events = await ActionShowEntitlements().run(dispatcher, following, DOMAIN)
        after = {**after, **slot_events(events)}
    return texts(dispatcher), after


# ------------------------------------------ 2. a goodbye inside the form ends it (47 c04 t5)
# Tester 47 c04: a grandmother, Jinan, her granddaughter (the 2nd child) born October 2025; the
# form asks the eldest's birth.
GRANDMOTHER: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [child(None), child("2025-10-01", hardship_at_birth=False)],
    "requested_slot": "children",
    "pending_question": {"slot": "children", "side_answers": 0},
}
CLOSED = {"zh": "继续查", "en": "continue the check"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("行 那我自己去问 谢谢啊", "zh"),
        ("好的谢谢", "zh"),
        ("先这样吧 谢谢", "zh"),
        ("嗯 知道了 我去问问他们 谢谢", "zh"),
        ("ok I'll ask them, thanks", "en"),
        ("got it, thanks. that's all", "en"),
        ("alright thank you, bye", "en"),
    ],
)
async def test_a_goodbye_inside_the_form_ends_it_keeping_the_facts(text: str, lang: str) -> None:
    """A thanks with a closing sense while the form waits for the eldest's birth: a polite end
    that keeps the facts told (how to go on), never the next form question, no result."""
    said, after = await form_turn(text, lang, **GRANDMOTHER)
    assert CLOSED[lang] in said, said
    assert "出生" not in said and "born" not in said, said
    assert after.get("requested_slot") is None, after
    assert after["children_partial"] == GRANDMOTHER["children_partial"], after


@pytest.mark.parametrize(
    ("text", "lang"),
    [("行 那我自己去问 谢谢啊", "zh"), ("ok I'll ask them, thanks", "en")],
)
async def test_a_goodbye_taken_for_a_yes_to_the_offer_starts_no_form(text: str, lang: str) -> None:
    """The same goodbye read as a yes to "shall I check the rest?" (the rule after a side
    answer): the offer is closed politely, no form question follows."""
    dispatcher = CollectingDispatcher()
    slots = {
        k: v for k, v in GRANDMOTHER.items() if k not in ("requested_slot", "pending_question")
    }
    tracker = make_tracker(text, intent="affirm", language=lang, offer="next_questions", **slots)
    events = await ActionOfferAccepted().run(dispatcher, tracker, DOMAIN)
    said = texts(dispatcher)
    assert CLOSED[lang] in said, said
    assert not any(e.get("event") == "followup" for e in events), events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("好的 老大是2019年5月出生的 谢谢", "zh"),
        ("谢谢 那老大能领吗", "zh"),
        ("ok thanks, and the eldest?", "en"),
    ],
)
async def test_thanks_with_a_fact_or_a_question_is_no_goodbye(text: str, lang: str) -> None:
    """Thanks beside a fact or a question: the form goes on (the fact read, or the question
    answered), nothing said of stopping."""
    said, _ = await form_turn(text, lang, **GRANDMOTHER)
    assert CLOSED[lang] not in said, said


# -------------------------------- 3. a yes or no about one leave gets one line (47 c01 t5)
# Tester 47 c01: Jinan hukou, the eldest 3 and a half, the 2nd child a month old (November
# 2026); the parental leave was just answered.
TWO_CHILDREN_JINAN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2023-06-01"), child("2026-11-01", hardship_at_birth=False)],
    "result_shown": True,
    "topic_entry": "jinan.parental_leave",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("意思是因为二宝才能休是吧 那我跟我老婆一人每年10天？", "zh"),
        ("那我俩每人每年10天对吧", "zh"),
        ("so my wife and I get 10 days a year each?", "en"),
        ("both of us 10 days per year, right?", "en"),
    ],
)
async def test_a_yes_or_no_about_the_parental_leave_gets_one_line(text: str, lang: str) -> None:
    """Jinan clause 11: each parent of a child under 3 has at least 10 days of parental leave a
    year. The couple's 10 days each put back: yes, with until when (the 2nd child, born
    November 2026, turns 3 in November 2029) and the clause; not the maternity and paternity
    cards beside it."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **TWO_CHILDREN_JINAN)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    said = texts(dispatcher)
    if lang == "zh":
        assert said.startswith("对，你们俩每人每年不少于10天"), said
        assert "2029年11月" in said and "第2个孩子满3周岁" in said and "第11条" in said, said
        assert "产假" not in said.replace("育儿假", "") and "158" not in said, said
    else:
        assert said.startswith("Yes: each of you gets at least 10 days"), said
        assert "Nov 2029" in said and "child 2 turns 3" in said and "clause 11" in said, said
        assert "Maternity" not in said and "Paternity" not in said and "158" not in said, said
    assert len(said.strip().split("\n")) == 1, said


# ------------------------------- 4. a caveat said once a conversation unless asked (48 s4)
# Tester 48 c04: a grandmother, Jinan, the 2nd child born October 2025, enrolled in the
# resident medical insurance at 7 months; "方案没有规定参保或缴费须满多久…" was said on every turn.
ENROLLED_LATE: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2018-06-01", "year"), child("2025-10-01", hardship_at_birth=False)],
    "result_shown": True,
    "topic_entry": "jinan.child_medical_insurance_subsidy",
}


async def _answer(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    if any(e.get("event") == "followup" and e["name"] == "household_form" for e in events):
        # the facts told with the question are read first, then the question answered
        said, after = await form_turn(text, lang, **{**slots, **slot_events(events)})
        return "\n".join(x for x in (texts(dispatcher), said) if x), after
    said_lines = next(
        (e["value"] for e in events if e.get("event") == "slot" and e["name"] == "said_lines"),
        slots.get("said_lines"),
    )
    return texts(dispatcher), {"said_lines": said_lines}


@pytest.mark.parametrize(
    ("first", "again", "lang", "caveat"),
    [
        (
            "我问的是孩子医保 过了半年才交的 是不是就不给免了",
            "老二的医保是出生7个月才参保的 能免吗",
            "zh",
            "缴费须满多久",
        ),
        (
            "we only enrolled her in the insurance at 7 months, just started paying. still free?",
            "so her insurance only started at 7 months, no subsidy then?",
            "en",
            "minimum contribution period",
        ),
    ],
)
async def test_a_caveat_is_said_once_a_conversation(
    first: str, again: str, lang: str, caveat: str
) -> None:
    """Jinan clause 15: the enrolment within 6 months of the birth decides. The plan's silence on
    a minimum contribution period, said with the first answer, is not said again when the
    next message raises the same words: the answer alone."""
    said, kept = await _answer(first, lang, **ENROLLED_LATE)
    assert caveat in said, said
    said_again, _ = await _answer(again, lang, **ENROLLED_LATE, **kept)
    assert caveat not in said_again, said_again


@pytest.mark.parametrize(
    ("first", "asked", "lang", "caveat"),
    [
        (
            "我问的是孩子医保 过了半年才交的 是不是就不给免了",
            "那医保要交多久才行？",
            "zh",
            "缴费须满多久",
        ),
    ],
)
async def test_a_caveat_asked_about_is_said_again(
    first: str, asked: str, lang: str, caveat: str
) -> None:
    """The same silence asked about outright ("要满多久") is the answer: said again."""
    _, kept = await _answer(first, lang, **ENROLLED_LATE)
    said, _ = await _answer(asked, lang, **ENROLLED_LATE, **kept)
    assert caveat in said, said


# ------------------------- 4b. renting and buying a first home: no home owned (48 P16, c05)
# Tester 48 c05: Jinan hukou, children of 2019 and 2024 and a third due March 2027, both pay
# the housing fund, renting now and wanting to buy their first flat.
RENTING_FIRST_HOME: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        child("2019-06-01", approx=True),
        child("2024-06-01", approx=True),
        child("2027-03-01", expected=True),
    ],
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "renting": True,
    "result_shown": True,
    "topic_entry": "jinan.housing_fund_loan_multi_child",
}


@pytest.mark.parametrize(
    ("text", "lang", "asked_again"),
    [
        (
            "great. and can we take out housing fund for rent now since we have 2 kids already?",
            "en",
            "whether you own a home",
        ),
        ("那我们现在租房 能用公积金付房租吗", "zh", "是否有自有住房"),
    ],
)
async def test_renting_and_buying_a_first_home_is_owning_none(
    text: str, lang: str, asked_again: str
) -> None:
    """Jinan clause 14: families with two or more children who own no home in the city and rent
    can withdraw the housing fund against the actual rent. Renting and buying a first home says
    they own none: the answer is not held back asking whether they own a home."""
    said, _ = await _answer(text, lang, **RENTING_FIRST_HOME)
    assert asked_again not in said, said
    assert ("能。" if lang == "zh" else "Yes.") in said, said
    assert ("第14条" if lang == "zh" else "clause 14") in said, said


# ------------------------------------- 4c. one reply never says one line twice (48 c04)
# Tester 48 c04: the grandmother's daughter's maternity leave and the son-in-law's paternity
# leave, the birth in October 2025: both over; the parental leave still runs.
@pytest.mark.parametrize(
    ("text", "lang", "still"),
    [
        ("哦 那我闺女的产假多少天 她女婿呢", "zh", "仍可享受"),
        ("how long is my daughter's maternity leave? and her husband's?", "en", "Still available"),
    ],
)
async def test_the_leave_still_running_is_said_once_a_reply(
    text: str, lang: str, still: str
) -> None:
    """Jinan clause 11: the maternity leave (158 days) of an October 2025 birth is over; the
    parental leave (at least 10 days a year each) runs until the child turns 3 in October
    2028. Said once, though both leaves asked about are over."""
    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child(None), child("2025-10-01", hardship_at_birth=False)],
        "result_shown": True,
    }
    said, _ = await _answer(text, lang, **slots)
    assert said.count(still) == 1, said
    assert ("第11条" if lang == "zh" else "clause 11") in said, said
