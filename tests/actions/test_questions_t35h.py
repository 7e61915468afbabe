"""Testers 34 and 35 played 12345 hotline workers on 1 December 2026 (fix-t35h). A worker on a
live call needs the verdict, the figure, its clause and a sentence to read out: the end of the
Jinan childcare subsidy (clause 12: 600 yuan a month, 200 more for a birth while on dibao,
special hardship support or unemployment benefits, both until the 3rd birthday) for the case's
own child, whether a caller without Jinan hukou can have it, which clause to cite, and the
hotline mode itself acknowledged however it is said."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionHandoff
from actions.household_form import ValidateHouseholdForm
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


UNDATED = {"birth_date": None, "precision": None, "height_cm": None}

# Tester 35 c10 after its first two turns: a Jinan case, the third child born February 2023
# while the mother was on dibao (no longer now); the 200 supplement was the last answer.
THIRD_ON_DIBAO: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "hotline_birth": "2023-02",
    "hotline_case": {
        "city": "jinan",
        "hardship_now": False,
        "children_partial": [
            dict(UNDATED),
            dict(UNDATED),
            {
                "birth_date": "2023-02-01",
                "precision": "month",
                "height_cm": None,
                "hardship_at_birth": True,
            },
        ],
    },
}


def state(lang: str, **more: Any) -> dict[str, Any]:
    return {**THIRD_ON_DIBAO, "language": lang, **more}


# --- 1. the end date of the subsidy in a case --------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("end date? child born 2023-02-10", "en"),
        ("what's the end date? the child was born 2023-02-10", "en"),
        ("till when? born 2023-02-10", "en"),
        ("孩子是2023年2月10日出生的 领到什么时候", "zh"),
        ("2023年2月10日出生的 到哪天", "zh"),
        ("截止到哪天 孩子2023-02-10出生", "zh"),
    ],
)
async def test_an_end_date_in_a_subsidy_case_is_the_third_birthday_and_says_it_ended(
    asked: str, lang: str
) -> None:
    """Clause 12 pays the 600 and the 200 with it until the child turns 3: a child born on 10
    February 2023 turned 3 on 10 February 2026, before today, so both have ended. Never the
    parental leave of clause 11 (tester 35 c10 got it)."""
    slots = state(lang)
    reply = await says(ActionAnswerPolicyQuestion(), asked, "ask_policy", slots)
    if lang == "en":
        assert "10 Feb 2026" in reply and "clause 12" in reply, reply
        assert "stopped" in reply or "ended" in reply, reply
        assert "arental leave" not in reply and "clause 11" not in reply, reply
    else:
        assert "2026年2月10日" in reply and "第12条" in reply, reply
        assert "停发" in reply, reply
        assert "育儿假" not in reply and "第11条" not in reply, reply
    assert "600" in reply and "200" in reply, reply
    assert slots["topic_entry"].startswith("jinan.childcare_subsidy"), slots


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("另外来电人说生老三的时候在领失业金 老三2024年5月生的 加200能拿吗", "zh"),
        (
            "caller was on unemployment benefit when the 3rd child was born, May 2024. extra 200?",
            "en",
        ),
    ],
)
async def test_the_800_of_a_case_gives_the_day_it_ends(asked: str, lang: str) -> None:
    """Tester 34 c02: 600 + 200 = 800 a month "直至孩子3周岁" without the date; a third child
    born May 2024 turns 3 in May 2027 (clause 12)."""
    slots = {"hotline_city": "jinan", "reply_brief": True, "language": lang}
    reply = await says(ActionAnswerPolicyQuestion(), asked, "ask_policy", slots)
    assert "800" in reply, reply
    assert ("2027年5月" in reply) if lang == "zh" else ("May 2027" in reply), reply


# --- 2. a caller without the city's hukou -------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("caller is from Beijing hukou but lives in Jinan, does it apply?", "en"),
        ("the caller's hukou is in Dezhou, they live in Jinan. still eligible?", "en"),
        ("来电人是北京户口 住在济南 能领吗", "zh"),
        ("户口不在济南 在济南住 这个还给不给", "zh"),
    ],
)
async def test_a_caller_without_jinan_hukou_gets_no_subsidy_but_leave_is_not_tied_to_it(
    asked: str, lang: str
) -> None:
    """Clause 12's subsidy (and its 200) is for families with Jinan household registration:
    no. The leave of clause 11 sets no hukou condition in the plan."""
    slots = state(lang, topic_entry="jinan.childcare_subsidy")
    reply = await says(ActionAnswerPolicyQuestion(), asked, "ask_policy", slots)
    if lang == "en":
        assert reply.startswith("No"), reply
        assert "clause 12" in reply and "clause 11" in reply, reply
        assert "household registration" in reply, reply
    else:
        assert reply.startswith("不能"), reply
        assert "第12条" in reply and "第11条" in reply and "户籍" in reply, reply
    assert "10 days" not in reply and "10天" not in reply, reply  # no parental-leave card


# --- 3. the monthly figure of an ended case, and the 200 once dibao stops -----------------------


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        (
            "hotline here. caller in Jinan asks: third child born Feb 2023, mother was on dibao "
            "at birth but not anymore. how much monthly?",
            "en",
        ),
        ("我是12345热线的 济南 老三2023年2月生的 生的时候在领低保 现在不领了 每月多少钱", "zh"),
    ],
)
async def test_the_monthly_figure_of_an_ended_case_gives_both_parts_and_that_both_ended(
    asked: str, lang: str
) -> None:
    """600 + 200 = 800 a month from the birth to the 3rd birthday (February 2026): both the 600
    and the 200 stopped then, nothing is paid now (clause 12); tester 35 c10 heard only that
    the 200 had ended."""
    reply = await says(ActionAnswerPolicyQuestion(), asked, "ask_policy", {"language": lang})
    assert "600" in reply and "200" in reply and "800" in reply, reply
    if lang == "en":
        assert "Feb 2026" in reply and "clause 12" in reply, reply
        assert "both" in reply.lower(), reply
    else:
        assert "2026年2月" in reply and "第12条" in reply and "都已" in reply, reply


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("does the extra 200 stop when dibao stops?", "en"),
        ("and if she goes off dibao, does the 200 stop?", "en"),
        ("低保停了 那200还给吗", "zh"),
        ("不领低保了 加发的200会停吗", "zh"),
    ],
)
async def test_the_200_once_dibao_stops_leads_with_the_answer_and_keeps_the_case_ended(
    asked: str, lang: str
) -> None:
    """The plan looks at the benefit at the birth and says nothing of stopping the 200 when it
    ends (clause 12; ask the Municipal Health Commission). For this case both parts ended at
    the 3rd birthday: never "800 a month until 3" as if still paid."""
    reply = await says(ActionAnswerPolicyQuestion(), asked, "ask_policy", state(lang))
    if lang == "en":
        assert reply.startswith("No"), reply
        assert "at the time of the birth" in reply and "Health Commission" in reply, reply
        assert "Feb 2026" in reply and "clause 12" in reply, reply
    else:
        assert reply.startswith("不会"), reply
        assert "出生时" in reply and "卫生健康委员会" in reply, reply
        assert "2026年2月" in reply and "第12条" in reply, reply
    assert "until the child turns 3 (" not in reply and "直至孩子3周岁（" not in reply, reply


# --- 4. which clause to cite ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "lang", "intent"),
    [
        ("which clause should I cite", "en", "out_of_scope"),
        ("what clause do I quote to the caller?", "en", "ask_policy"),
        ("引用哪条", "zh", "out_of_scope"),
        ("依据是哪一条", "zh", "ask_policy"),
        ("文件哪一条", "zh", "nlu_fallback"),
    ],
)
async def test_the_clause_to_cite_is_the_one_of_the_measure_discussed(
    asked: str, lang: str, intent: str
) -> None:
    """After the subsidy's answers: clause 12 of the Jinan plan, its words and a sentence to
    read out; never "Sorry, I can't help with that" (tester 35 c10)."""
    slots = state(lang, topic_entry="jinan.childcare_subsidy")
    reply = await says(ActionRouteUnclear(), asked, intent, slots)
    if lang == "en":
        assert "clause 12" in reply and "600 yuan per month" in reply, reply
        assert "Sorry" not in reply and "read out" in reply.lower(), reply
    else:
        assert "第12条" in reply and "600元" in reply and "可念" in reply, reply
        assert "抱歉" not in reply, reply


@pytest.mark.parametrize(
    ("asked", "lang"), [("which clause should I cite", "en"), ("引用哪条", "zh")]
)
async def test_the_clause_to_cite_with_no_topic_asks_which_measure(asked: str, lang: str) -> None:
    slots = {"hotline_city": "jinan", "reply_brief": True, "language": lang}
    reply = await says(ActionRouteUnclear(), asked, "out_of_scope", slots)
    assert ("which measure" in reply.lower()) if lang == "en" else ("哪一项" in reply), reply


# --- 5. a named second child born before the start date ----------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "lang"),
    [
        (
            "我是12345热线的 有个市民问 济南二孩补贴 孩子2022年12月出生的 能领吗",
            "那2023年1月1号出生的呢",
            "zh",
        ),
        (
            "hotline here: jinan second child subsidy, the child was born Dec 2022, eligible?",
            "and one born on 1 January 2023?",
            "en",
        ),
    ],
)
async def test_a_second_child_born_before_2023_is_refused_for_its_date_not_as_a_first_child(
    first: str, then: str, lang: str
) -> None:
    """Clause 12: born on or after 1 January 2023. A second child born December 2022 is
    refused for that date; one born on 1 January 2023 counts. No first child is talked of."""
    slots: dict[str, Any] = {"language": lang}
    reply = await says(ActionAnswerPolicyQuestion(), first, "ask_policy", slots)
    if lang == "zh":
        assert reply.startswith("不能") and "2023年1月1日" in reply and "第12条" in reply, reply
        assert "第1个孩子" not in reply, reply
    else:
        assert reply.startswith("No") and "1 January 2023" in reply, reply
        assert "clause 12" in reply, reply
        assert "child 1" not in reply.lower() and "first child" not in reply.lower(), reply
    reply = await says(ActionAnswerPolicyQuestion(), then, "ask_policy", slots)
    if lang == "zh":
        assert reply.startswith("算") and "第1个孩子" not in reply, reply
    else:
        assert reply.startswith("Yes") and "child 1" not in reply.lower(), reply


# --- 6. the hotline mode said alone; the older children after a case list; a figure checked -----


@pytest.mark.parametrize(
    ("said", "lang", "action", "intent"),
    [
        ("hotline here", "en", ActionRouteUnclear(), "nlu_fallback"),
        ("hotline here, jinan", "en", ActionRouteUnclear(), "out_of_scope"),
        ("我是12345热线的", "zh", ActionRouteUnclear(), "nlu_fallback"),
        ("我是热线接线员", "zh", ActionHandoff(), "request_human"),
        ("I'm a 12345 hotline operator", "en", ActionHandoff(), "request_human"),
    ],
)
async def test_the_hotline_said_alone_is_acknowledged_whatever_the_intent(
    said: str, lang: str, action: Any, intent: str
) -> None:
    slots: dict[str, Any] = {"language": lang}
    reply = await says(action, said, intent, slots)
    assert slots.get("hotline_city"), slots
    if lang == "en":
        assert "hotline" in reply.lower() and "clause" in reply, reply
        assert "Sorry" not in reply and "transfer" not in reply, reply
    else:
        assert "热线" in reply and "条款" in reply, reply
        assert "抱歉" not in reply and "转接" not in reply, reply


async def test_the_hotline_said_alone_read_by_the_form_is_acknowledged() -> None:
    """Tester 34 r07: "我是12345热线的" classified as inform went to the form and got no reply."""
    slots: dict[str, Any] = {"language": "zh"}
    reply = await says(ValidateHouseholdForm(), "我是12345热线的", "inform", slots)
    assert "热线" in reply and "条款" in reply, reply
    assert slots.get("hotline_city"), slots


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("那老大老二呢 老大10岁 老二2022年生的", "zh"),
        ("and the older two? the eldest is 10, the second was born in 2022", "en"),
    ],
)
async def test_the_older_children_after_a_case_list_are_answered_for_the_subsidy(
    asked: str, lang: str
) -> None:
    """Tester 34 r09: after the case's list of items (no one measure discussed) the older
    children got the newborn's insurance clause; the case's money is clause 12's: the eldest
    is a first child, the second was born before 1 January 2023."""
    slots: dict[str, Any] = {
        "language": lang,
        "hotline_city": "jinan",
        "reply_brief": True,
        "topic_entry": None,
        "hotline_case": {
            "city": "jinan",
            "hukou_in_city": True,
            "children_partial": [
                dict(UNDATED),
                dict(UNDATED),
                {
                    "birth_date": "2025-02-01",
                    "precision": "month",
                    "height_cm": None,
                    "hardship_at_birth": True,
                },
            ],
        },
    }
    reply = await says(ActionAnswerPolicyQuestion(), asked, "ask_policy", slots)
    assert ("第12条" in reply) if lang == "zh" else ("clause 12" in reply), reply
    assert ("2023年1月1日" in reply) if lang == "zh" else ("1 January 2023" in reply), reply
    assert "医保" not in reply and "medical insurance" not in reply, reply


@pytest.mark.parametrize(
    ("case", "check", "lang"),
    [
        (
            "我是12345热线的 济南的 怀老三了 明年5月生 两口子都交公积金 想买第一套房 公积金能贷多少",
            "是100万对吧",
            "zh",
        ),
        (
            "hotline here. jinan, expecting their 3rd in May next year, both pay into the housing "
            "fund, buying their first home. max loan?",
            "so it's 1 million, right?",
            "en",
        ),
    ],
)
async def test_a_ceiling_checked_in_a_case_expecting_a_third_is_today_s_then_the_birth_s(
    case: str, check: str, lang: str
) -> None:
    """Clause 14: two children and two contributors, 900,000 now; once the third is born
    (due May 2027), 1,000,000. Tester 34 r08 heard the whole clause again."""
    slots: dict[str, Any] = {"language": lang}
    await says(ActionAnswerPolicyQuestion(), case, "ask_policy", slots)
    reply = await says(ActionAnswerPolicyQuestion(), check, "ask_policy", slots)
    if lang == "zh":
        assert "90万" in reply or "900,000" in reply, reply
        assert "2027年5月" in reply and "第14条" in reply, reply
    else:
        assert "900,000" in reply and "May 2027" in reply and "clause 14" in reply, reply
