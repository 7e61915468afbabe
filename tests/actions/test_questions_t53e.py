"""Testers 51 and 52 (fix-t53e): grandparents asked of in Beijing, the items listed for a child
that the family cannot get, lists for one phone screen, totals, and the silences of the plans.
Each test: the family known so far (the slots), what the citizen or hotline worker wrote, what
the reply must and must not say, and the clause. Today is 1 December 2026 in China."""

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


def born(month: str, **more: Any) -> dict[str, Any]:
    return {"birth_date": f"{month}-01", "precision": "month", "height_cm": None, **more}


def conversation(text: str, intent: str, earlier: tuple[str, ...], **slots: Any) -> Tracker:
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    events = [{"event": "user", "text": said} for said in earlier]
    events.append({"event": "user", "text": text, "parse_data": message})
    loop = {"name": "household_form"} if slots.get("requested_slot") else {}
    return Tracker("test", dict(slots), message, events, False, None, loop, "action_listen")


async def turn(
    action: Any, intent: str, text: str, earlier: tuple[str, ...] = (), **slots: Any
) -> tuple[str, dict[str, Any]]:
    """The action on `text`: the reply and the slots it sets."""
    dispatcher = CollectingDispatcher()
    events = await action().run(dispatcher, conversation(text, intent, earlier, **slots), DOMAIN)
    return texts(dispatcher), slot_events(events)


ACTIONS = [(ActionAnswerPolicyQuestion, "ask_policy"), (ActionRouteUnclear, "nlu_fallback")]


# --- 1. Tester 51 B3 + D8: "北京有没有给爷爷奶奶的补贴" on the hotline ----------------------------

# Tester 51 c02: a worker with two callers, the 2nd a Beijing family (2nd child born Oct 2025).
TWO_CALLERS = (
    "我是12345热线的 有几个来电问一下 第一个 济南户口 老二2023.5出生 老三24年9月出生 "
    "生老三的时候在领低保 第二个 北京户口 二胎去年十月出生 北京有没有育儿补贴"
)
ON_THE_HOTLINE: dict[str, Any] = {"hotline_city": "beijing", "reply_brief": True}


@pytest.mark.parametrize(("action", "intent"), ACTIONS)
@pytest.mark.parametrize(
    ("text", "lang", "earlier"),
    [
        ("第二个来电北京的 孩子爷爷奶奶能有啥补贴不 济南那种长护险北京有吗", "zh", (TWO_CALLERS,)),
        ("就是问北京有没有给爷爷奶奶的 一句话说", "zh", (TWO_CALLERS,)),
        ("我是12345热线的 有个北京户口的来电 问北京有没有给爷爷奶奶的补贴", "zh", ()),
        ("北京有没有给老人的补贴", "zh", ("我是12345热线的",)),
        (
            "does beijing have anything for grandparents, like jinan's long-term care?",
            "en",
            ("hotline here",),
        ),
        ("beijing caller: any subsidy for the grandparents?", "en", ("hotline here",)),
    ],
)
async def test_beijing_has_nothing_for_grandparents_said_first_on_the_hotline(
    action: Any, intent: str, text: str, lang: str, earlier: tuple[str, ...]
) -> None:
    """Beijing's plan has no measure for grandparents: the worker hears a plain 没有 first, that
    the support is for the children and parents, and that the grandparents' long-term care
    contribution is Jinan's (clause 15), not Beijing's; never clause (16)'s families who lost
    their only child (计划生育特殊家庭) offered as the answer, nor the subsidy system (12) alone."""
    slots = {**ON_THE_HOTLINE, "language": lang}
    reply, _ = await turn(action, intent, text, earlier, **slots)
    first = reply.strip().splitlines()[0] if reply.strip() else ""
    if lang == "zh":
        assert first.startswith("没有"), reply
        assert "祖父母" in reply and "第15条" in reply, reply
        assert "计划生育特殊家庭" not in reply and "第(16)条" not in reply, reply
    else:
        assert first.startswith("No"), reply
        assert "grandparents" in first and "clause 15" in reply, reply
        assert "special famil" not in reply.lower() and "(16)" not in reply, reply
    assert "逐步建立" not in reply and "gradually" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [("北京有没有给爷爷奶奶的补贴", "zh"), ("does beijing give anything to grandparents?", "en")],
)
async def test_beijing_family_asking_for_grandparents_hears_no_first(text: str, lang: str) -> None:
    """A Beijing family (one child of 2025) asks the same: 没有 / No first (no grandparents'
    measure in Beijing's plan), then what the family gets, and Jinan's clause 15 as Jinan's."""
    slots = {
        "language": lang,
        "city": "beijing",
        "hukou_in_city": True,
        "children": [born("2025-10")],
        "result_shown": True,
    }
    reply, _ = await turn(ActionAnswerPolicyQuestion, "ask_policy", text, **slots)
    assert reply.startswith("没有" if lang == "zh" else "No"), reply
    assert ("第15条" if lang == "zh" else "clause 15") in reply, reply
    assert "(16)" not in reply, reply


@pytest.mark.parametrize(("action", "intent"), ACTIONS)
async def test_jinan_grandparents_on_the_hotline_still_get_clause_15(
    action: Any, intent: str
) -> None:
    """Jinan's plan has the grandparents' measure: its card (clause 15, the Health Insurance
    Bureau), no 没有."""
    slots = {**ON_THE_HOTLINE, "language": "zh"}
    reply, _ = await turn(
        action, intent, "济南有没有给爷爷奶奶的补贴", ("我是12345热线的",), **slots
    )
    assert "第15条" in reply and "医疗保障局" in reply, reply
    assert not reply.startswith("没有"), reply


# --- 2. Tester 51 B1/E5, tester 52 item 16: items the family cannot get, in its lists --------

# Tester 51 c03: Jinan hukou, a son of 5 (the 1st child), the 2nd due March 2027, no benefits
# expected at the birth.
SON_AND_BABY_DUE: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        born("2021-06", approx="5", sex="m"),
        born("2027-03", hardship_at_birth=False),
    ],
    "hardship_now": False,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what about my son, does he get anything", "en"),
        ("那我儿子呢 他能有啥", "zh"),
    ],
)
async def test_the_grandparents_care_insurance_is_not_listed_for_a_first_child(
    text: str, lang: str
) -> None:
    """Jinan clause 15: the grandparents' long-term care contribution comes with a 2nd or 3rd
    child born on or after 1 January 2023; it does not reach the 1st child (tester 51 c03 read it
    among the son's items). The children's inpatient rate (clause 15) does."""
    reply, _ = await turn(
        ActionAnswerPolicyQuestion, "ask_policy", text, language=lang, **SON_AND_BABY_DUE
    )
    assert ("住院报销" if lang == "zh" else "inpatient") in reply, reply
    assert "祖父母" not in reply and "Grandparents" not in reply, reply


# Tester 52 c09: Jinan hukou, the eldest born 2019, the 2nd March 2023 while on unemployment
# benefit (ended 2024); the mother's cover at the birth never asked.
YOUNGEST_OF_2023: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2019-01-01", "precision": "year", "height_cm": None},
        born("2023-03", hardship_at_birth=True),
    ],
    "hardship_now": False,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("现在还有啥能领的", "zh"), ("what else can we still get now?", "en")],
)
async def test_the_hospital_birth_cover_is_not_open_for_a_birth_long_past(
    text: str, lang: str
) -> None:
    """Jinan clause 15's hospital-birth cover is paid at a birth; with the youngest born in 2023
    and no birth to come, "还要确认：住院分娩医疗费医保待遇" means nothing (tester 52 c09). The
    grandparents' contribution, which rests on the 2nd child of 2023, stays."""
    reply, _ = await turn(
        ActionAnswerPolicyQuestion, "ask_policy", text, language=lang, **YOUNGEST_OF_2023
    )
    assert "住院分娩" not in reply and "hospital childbirth" not in reply.lower(), reply


async def test_the_hospital_birth_cover_stays_open_with_a_birth_to_come() -> None:
    """A birth to come (the 2nd due March 2027), the cover not known: the hospital-birth item
    is still open in the family's list (clause 15)."""
    from actions import render
    from policy_kb import Household, evaluate

    household = Household.model_validate(
        {
            "city": "jinan",
            "hukou_in_city": True,
            "children": [
                {"birth_date": "2021-06-01", "birth_date_precision": "month"},
                {"birth_date": "2027-03-01", "birth_date_precision": "month"},
            ],
        }
    )
    listed = render.item_list(evaluate(household, as_of=date(2026, 12, 1)), "zh")
    assert "住院分娩医疗费医保待遇" in listed, listed


# --- 3. Tester 52 item 10 (c03): the grandparent's "11 项" summary on one phone screen --------

# Tester 52 c03: a grandmother; Jinan hukou (moved from Beijing last month), the granddaughter
# born a month ago is the 2nd child, no benefits at the birth; the eldest born about 2020; the
# mother's cover and the housing fund not told.
GRANDDAUGHTER: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2020-01-01", "precision": "year", "height_cm": None},
        born("2026-11", approx="刚满月", hardship_at_birth=False),
    ],
    "hardship_now": False,
}


@pytest.mark.parametrize(("text", "lang"), [("能领啥", "zh"), ("what can we get?", "en")])
async def test_the_summary_leads_with_the_money_then_three_others(text: str, lang: str) -> None:
    """The summary fits a phone: the money with its figures first (Jinan clause 12: 600 a
    month for the 2nd child), then at most 3 other items named (the newborn's insurance deadline
    among them, clause 15), the rest counted as "还有N项" (what depends on the housing office's
    conditions keeps its own line)."""
    from actions.results import ActionShowEntitlements

    reply, _ = await turn(
        ActionShowEntitlements, "check_eligibility", text, language=lang, **GRANDDAUGHTER
    )
    lines = reply.splitlines()
    money = next(i for i, line in enumerate(lines) if "600" in line)
    assert money == 1, reply  # right after "您家目前可以享受 N 项"
    summary = "\n".join(lines[: money + 4])
    named = [
        n
        for n in (
            "住院报销" if lang == "zh" else "inpatient",
            "祖父母" if lang == "zh" else "Grandparents",
            "产假" if lang == "zh" else "Maternity leave",
            "居民医保" if lang == "zh" else "resident medical insurance",
            "陪产假" if lang == "zh" else "Paternity",
        )
        if n in summary
    ]
    assert len(named) <= 3, reply
    assert ("还有" if lang == "zh" else "more") in summary, reply


# --- 4. Tester 52 item 11: a total said one way everywhere ---------------------------------

LEFT = {"zh": "现在起还剩约35个月", "en": "about 35 months left from now"}
FROM_BIRTH = {
    "zh": "共21,600元（按从出生起算；",
    "en": "21,600 yuan in total (counted from the birth; ",
}


@pytest.mark.parametrize(("text", "lang"), [("能领啥", "zh"), ("what can we get?", "en")])
async def test_a_total_is_counted_from_the_birth_with_the_months_left(text: str, lang: str) -> None:
    """Jinan clause 12: 600 a month for the 2nd child (born November 2026) until 3, 21,600 from
    the birth; a month has passed, so the months left are said with it, in the summary and in
    the list of items alike (tester 52 c01 read "共21,600元", c03 "还剩约35个月")."""
    from actions import render
    from actions.household import household_from_slots
    from actions.results import ActionShowEntitlements
    from policy_kb import evaluate

    reply, _ = await turn(
        ActionShowEntitlements, "check_eligibility", text, language=lang, **GRANDDAUGHTER
    )
    assert FROM_BIRTH[lang] + LEFT[lang] in reply, reply
    household = household_from_slots(GRANDDAUGHTER, date(2026, 12, 1))
    assert household is not None
    listed = render.item_list(evaluate(household, as_of=date(2026, 12, 1)), lang)  # type: ignore[arg-type]
    assert FROM_BIRTH[lang] + LEFT[lang] in listed, listed


@pytest.mark.parametrize(
    ("moved", "lang"),
    [
        ("我外孙女刚满月 是老二 她妈妈户口上个月从北京迁到济南了 能领钱吗", "zh"),
        (
            "granddaughter born a month ago, 2nd child, her mum's hukou moved from beijing to "
            "jinan last month. any money?",
            "en",
        ),
    ],
)
async def test_a_hukou_moved_after_the_birth_hears_the_months_left_in_the_same_words(
    moved: str, lang: str
) -> None:
    """Tester 52 c03: the hukou came after the birth; the plan (clause 12) promises no month
    before the move, so no total from the birth, only the months left, in the same words as
    every total ("现在起还剩约35个月"), never "（不是从出生算起的总额）"."""
    from actions.results import ActionShowEntitlements

    reply, _ = await turn(
        ActionShowEntitlements, "check_eligibility", moved, language=lang, **GRANDDAUGHTER
    )
    assert LEFT[lang] in reply, reply
    assert "21,600" not in reply, reply
    assert "不是从出生算起" not in reply and "not the total" not in reply, reply


# --- 5. Tester 51: "北京： （第(12)条）" and parental leave "doubled" with two children ----------


def said_lines(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The bookkeeping of what the bot said (actions/turn.py), carried to the next turn."""
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.mark.parametrize(
    ("first", "then", "lang", "beijing"),
    [
        ("我是12345热线的 北京有没有育儿补贴", "济南和北京的育儿补贴各是多少", "zh", "北京："),
        (
            "hotline here. does beijing have a childcare subsidy?",
            "what's the childcare subsidy in jinan and in beijing?",
            "en",
            "Beijing:",
        ),
    ],
)
async def test_a_city_part_of_a_two_city_reply_is_never_its_header_and_clause_alone(
    first: str, then: str, lang: str, beijing: str
) -> None:
    """Beijing clause (12)'s card told in the first turn; the two-city answer of the next turn
    still says Beijing's part under "北京：" (the subsidy system only to be set up, no amount),
    never "北京： （第(12)条）" with nothing under it (tester 51 c02)."""
    slots: dict[str, Any] = {"language": lang}
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerPolicyQuestion().run(
        dispatcher, conversation(first, "ask_policy", (), **slots), DOMAIN
    )
    slots.update(said_lines(events))
    dispatcher = CollectingDispatcher()
    await ActionAnswerPolicyQuestion().run(
        dispatcher, conversation(then, "ask_policy", (first,), **slots), DOMAIN
    )
    reply = texts(dispatcher)
    lines = reply.splitlines()
    assert beijing in lines, reply
    after = lines[lines.index(beijing) + 1]
    assert "（第(12)条）" not in lines[lines.index(beijing)] and "(12)" not in beijing, reply
    assert ("逐步建立" if lang == "zh" else "gradually") in after, reply


# Tester 51 c07: Jinan hukou, the eldest about 7, 老二 born November 2023 (turned 3 on about
# 1 November 2026), 老三 born February 2026; no benefits at the births.
THREE_CHILDREN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        born("2019-06", approx="7"),
        born("2023-11", hardship_at_birth=False),
        born("2026-02", hardship_at_birth=False),
    ],
    "hardship_now": False,
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(("action", "intent"), ACTIONS)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("育儿假呢 我跟老婆一人几天 俩孩子是不是翻倍", "zh"),
        ("两个孩子育儿假能翻倍吗", "zh"),
        ("育儿假是不是按孩子算 俩孩子就20天", "zh"),
        ("parental leave - how many days each? does it double with two kids?", "en"),
        ("is parental leave 20 days with 2 kids under 3?", "en"),
    ],
)
async def test_parental_leave_doubling_with_two_children_is_the_plans_silence(
    action: Any, intent: str, text: str, lang: str
) -> None:
    """Jinan clause 11: each parent of a child under 3 gets at least 10 days of parental leave a
    year; the plan does not say whether it adds up with several children under 3. The reply
    says so, with the 10 days each, that only 老三 is under 3 now (老二 turned 3 in November
    2026), and whom to ask; never "不是这个数" / "No" nor "能" / "Yes" (tester 51 c07 B2)."""
    reply, _ = await turn(action, intent, text, language=lang, **THREE_CHILDREN)
    if lang == "zh":
        assert reply.startswith("方案没写") and "10天" in reply and "第11条" in reply, reply
        assert "第3个孩子" in reply and "卫生健康委员会" in reply, reply
        assert "不是这个数" not in reply and not reply.startswith("能"), reply
    else:
        assert reply.startswith("The plan does not say") and "10 days" in reply, reply
        assert "child 3" in reply and "Health Commission" in reply, reply
        assert not reply.startswith(("No", "Yes")), reply
