"""Tester 45's leftovers (fix-t47b). Each test: the family known so far (the slots), what the
citizen wrote, what the reply must and must not say, and the clause. Today is 1 December 2026
in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.conftest import month
from tests.actions.test_questions_t42e import whole_turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Tester 45 c05: Jinan hukou, pregnant with the 2nd, due March 2027; the eldest's birth date
# never told; the result shown.
EXPECTING_THE_SECOND: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [UNDATED, month("2027-03")],
    "child_in_talk": 2,
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}
# The same mother expecting her first child.
EXPECTING_THE_FIRST: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2027-03")],
    "child_in_talk": 1,
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}
PARENTAL_LEAVE_ASKED = [
    ("那我老公育儿假呢 他能休几天", "zh"),  # tester 45 c05 T6
    ("育儿假我们能休多久", "zh"),
    ("what about my husband's parental leave, how many days can he take", "en"),
    ("how long is our parental leave?", "en"),
]


@pytest.mark.parametrize("family", [EXPECTING_THE_SECOND, EXPECTING_THE_FIRST])
@pytest.mark.parametrize(("text", "lang"), PARENTAL_LEAVE_ASKED)
async def test_parental_leave_of_a_baby_on_the_way_ends_three_years_after_the_due_month(
    text: str, lang: str, family: dict[str, Any]
) -> None:
    """Jinan clause 11: each parent at least 10 days a year until the child turns 3; the baby
    due March 2027 is the youngest, so the leave runs until about 1 March 2030, whatever the
    eldest's birth date (which cannot move that end): the end said from the due month, never
    "still needed: the birth date of child 1" (tester 45 c05 T6)."""
    said, _ = await whole_turn(text, "ask_policy", "action_answer_policy_question", lang, **family)
    reply = "\n".join(said)
    must = {
        "zh": ("10天", "2030年3月1日", "预产期", "第11条"),
        "en": ("10 days", "1 Mar", "2030", "due", "clause 11"),
    }[lang]
    for part in must:
        assert part in reply, reply
    for wrong in ("还需要知道", "还要确认", "still needed", "still to be confirmed"):
        assert wrong not in reply, reply


# Families who ask what Beijing's plan pays towards a birth under resident medical insurance:
# none told yet, a Beijing family, a Beijing family with a child, a Jinan family asking of Beijing.
BEIJING_FAMILIES: list[dict[str, Any]] = [
    {},
    {"city": "beijing"},
    {
        "city": "beijing",
        "hukou_in_city": True,
        "children": [month("2025-05")],
        "result_shown": True,
    },
    {"city": "jinan"},
]
RESIDENT_COVER_ASKED = [
    ("北京居民医保生孩子能报多少", "zh"),
    ("北京参加居民医保的 生孩子住院费用能报销多少", "zh"),
    ("在北京 我是城乡居民医保 生娃能报多少钱", "zh"),
    ("in Beijing, how much of the birth costs does resident insurance cover?", "en"),
    ("how much does beijing resident medical insurance pay for giving birth", "en"),
]


@pytest.mark.parametrize("family", BEIJING_FAMILIES)
@pytest.mark.parametrize(("text", "lang"), RESIDENT_COVER_ASKED)
async def test_beijing_gives_no_amount_for_a_birth_under_resident_insurance(
    text: str, lang: str, family: dict[str, Any]
) -> None:
    """Beijing clause (12) only says insured female employees' maternity medical expenses are
    paid by maternity insurance as regulated, with no rate or amount, and nothing of resident
    insurance: the answer says so plainly, first. The fixed 3,000 yuan is Jinan's clause 15 and
    is never said of Beijing; the knowledge base records no department for (12), so the plan
    is said to name none (no department borrowed from another measure), and no cover is asked
    of a family that just named it."""
    said, _ = await whole_turn(text, "ask_policy", "action_answer_policy_question", lang, **family)
    reply = "\n".join(said)
    plain = next(line for line in reply.split("\n") if not line.startswith(("记下了", "Noted")))
    must = {
        "zh": (("北京", "居民医保", "没有", "金额"), ("第(12)条", "没有指明负责部门")),
        "en": (("Beijing", "resident", "no amount"), ("clause (12)", "names no")),
    }[lang]
    for part in must[0]:
        assert part in plain, reply
    for part in must[1]:
        assert part in reply, reply
    for wrong in (
        "3,000", "3000", "可咨询", "You can ask", "还需要知道", "still needed",
        "无法据此回答能不能", "cannot say yes or no", "没有给家庭的这类补贴", "no such subsidy",
        "医疗保障局", "Healthcare Security",
    ):  # fmt: skip
        assert wrong not in reply, reply


# A Jinan family after its answer: the eldest born June 2021 (5 now), the 2nd March 2024 (its
# 600 a month discussed); a Beijing family with the same eldest and a baby, the free transit
# discussed.
JINAN_TWO: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "children": [month("2021-06"), month("2024-03")],
    "child_in_talk": 2,
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}
BEIJING_TWO: dict[str, Any] = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [month("2021-06"), month("2025-08")],
    "child_in_talk": 2,
    "topic_entry": "beijing.child_free_transit",
    "result_shown": True,
}
THE_FIVE_YEAR_OLD = [
    ("and the 5 year old?", "en"),
    ("what about the 5 year old", "en"),
    ("那5岁的呢", "zh"),
    ("那个5岁的呢 有啥", "zh"),
]
FIRSTS = {
    "intent": ("ask_policy", "action_answer_policy_question"),
    "form": ("inform", "household_form"),
}


@pytest.mark.parametrize("path", list(FIRSTS))
@pytest.mark.parametrize(("text", "lang"), THE_FIVE_YEAR_OLD)
async def test_a_child_asked_after_by_age_gets_that_childs_items(
    text: str, lang: str, path: str
) -> None:
    """ "and the 5 year old?" after the 2nd child's 600 a month: the eldest's items (the 600 is
    for a 2nd or 3rd child, Jinan clause 12; the inpatient rate reaches a child of 5, clause
    15), never clause 8's support for childcare institutions that "year old" finds, nor the
    2nd child's subsidy again."""
    intent, first = FIRSTS[path]
    said, _ = await whole_turn(text, intent, first, lang, **JINAN_TWO)
    reply = "\n".join(said)
    must = {"zh": ("第1个孩子", "5岁", "第12条"), "en": ("child 1", "5 years old", "clause 12")}
    for part in must[lang]:
        assert part in reply, reply
    for wrong in (
        "clause 8",
        "第8条",
        "guidance fund",
        "引导基金",
        "第2个孩子）：每月",
        "(child 2):",
    ):
        assert wrong not in reply, reply


@pytest.mark.parametrize("path", list(FIRSTS))
@pytest.mark.parametrize(("text", "lang"), THE_FIVE_YEAR_OLD)
async def test_in_beijing_the_child_asked_by_age_gets_its_own_items(
    text: str, lang: str, path: str
) -> None:
    """Beijing (12): the free buses and subways under 1.3 m, for the eldest asked about by age,
    not a measure found by "year old"."""
    intent, first = FIRSTS[path]
    said, _ = await whole_turn(text, intent, first, lang, **BEIJING_TWO)
    reply = "\n".join(said)
    must = {"zh": ("第1个孩子", "5岁", "第(12)条"), "en": ("child 1", "5 years old", "clause (12)")}
    for part in must[lang]:
        assert part in reply, reply
    assert "(10)" not in reply and "托育" not in reply and "childcare" not in reply, reply


@pytest.mark.parametrize(
    "text", ["the older one?", "and the older one?", "what about the older one"]
)
async def test_the_older_one_asked_after_the_subsidy_is_the_eldests_answer(text: str) -> None:
    """ "the older one?" after the 2nd child's subsidy: the eldest's answer (clause 12: only a
    2nd or 3rd child), not clause 7's "one old and one young" found by the word "old"."""
    said, _ = await whole_turn(
        text, "ask_policy", "action_answer_policy_question", "en", **JINAN_TWO
    )
    reply = "\n".join(said)
    assert "child 1" in reply and "clause 12" in reply, reply
    for wrong in ("clause 7", "one old and one young", "facilities"):
        assert wrong not in reply, reply


# Tester 45 c08: Jinan hukou, the 3rd child about 2 (born about June 2024) while on
# unemployment benefits, the 2nd born 2019, the eldest's date not told; the 200 supplement's
# application discussed last.
THIRD_ON_BENEFITS: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": True,
    "children_partial": [
        UNDATED,
        {"birth_date": "2019-01-01", "precision": "year", "height_cm": None},
        {**month("2024-06"), "approx": "2"},
    ],
    "child_in_talk": 3,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "result_shown": True,
}
APPLY_AND_LEAVE = [
    ("do I have to apply somewhere or is it automatic? and how long is my paternity leave", "en"),
    (
        "is the 600 part automatic or do I apply? and how many days of parental leave do we get",
        "en",
    ),
    ("600的要去哪申请还是自动发 我陪产假有几天", "zh"),
    ("补贴要自己申请吗 还是自动发 还有育儿假一年几天", "zh"),
]
LEAVE_SAID = {
    "陪产假": "不少于15天",
    "paternity": "15 days",
    "育儿假": "10天",
    "parental": "10 days",
}


@pytest.mark.parametrize("path", list(FIRSTS))
@pytest.mark.parametrize(("text", "lang"), APPLY_AND_LEAVE)
async def test_the_moneys_application_and_a_leave_asked_together_are_both_answered(
    text: str, lang: str, path: str
) -> None:
    """Jinan clause 12 gives no application procedure for the 600 (nor says whether it comes
    without applying): said, with the lead department; and the leave asked beside it, with its
    days (clause 11). Tester 45 c08 T3-T4 got the 200's application only, or the leave alone."""
    intent, first = FIRSTS[path]
    said, _ = await whole_turn(text, intent, first, lang, **THIRD_ON_BENEFITS)
    reply = "\n".join(said)
    must = {
        "zh": ("没有写申领流程", "自动发放", "济南市卫生健康委员会", "第12条", "第11条"),
        "en": ("no application procedure", "automatically", "Municipal Health Commission",
               "clause 12", "clause 11"),
    }[lang]  # fmt: skip
    for part in must:
        assert part in reply, reply
    leave = next(w for w in LEAVE_SAID if w in text.lower())
    assert LEAVE_SAID[leave] in reply, reply
