"""Tester 43's conversations (fix-t44c). Each test: the family known so far, what the
citizen wrote, what the reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from policy_kb import get_entry
from tests.actions.conftest import DOMAIN, make_tracker, texts

LEAVES = ("jinan.maternity_leave", "jinan.paternity_leave", "jinan.parental_leave")


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Tester 43 item 4 (c01, c08): "那我老公陪产假几天 他单位说只给7天" got the leave item whose
# next steps said "如单位未落实，可向济南市人力资源和社会保障局反映". Clause 11 names no place to
# complain: its lead department is the Municipal Health Commission, and the HR and Social
# Security Bureau is only one of the responsible departments.
@pytest.mark.parametrize("entry_id", LEAVES)
def test_leave_next_steps_do_not_invent_a_complaint_channel(entry_id: str) -> None:
    entry = get_entry(entry_id)
    zh = "\n".join(entry.next_steps.zh)
    en = "\n".join(entry.next_steps.en)
    assert "人力资源和社会保障局反映" not in zh
    assert "contact the Municipal Human Resources" not in en
    assert "方案没有写" in zh and "济南市卫生健康委员会" in zh
    assert "does not say" in en and "Municipal Health Commission" in en


async def ask(text: str, lang: str = "zh", **slots: object) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# Tester 43 item 19 (c01): Jinan, pregnant with the 2nd; the paternity leave just answered.
# "他单位就给7天 这合理吗 少了吧" got "不是这个数。": the employer's days set beside the plan's
# must say plainly they fall short of clause 11's at least 15 days.
@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        ("他单位就给7天 这合理吗 少了吧", "zh", ("不够", "7天", "不少于15天", "第11条")),
        ("公司只给了5天 正常吗", "zh", ("不够", "5天", "不少于15天", "第11条")),
        ("his company only gives 7 days, is that ok?", "en", ("No", "7 days", "15 days", "11")),
    ],
)
async def test_employer_days_of_the_leave_discussed_are_judged(
    text: str, lang: str, must: tuple[str, ...]
) -> None:
    reply = await ask(
        text, lang, city="jinan", hukou_in_city=True, topic_entry="jinan.paternity_leave"
    )
    for part in must:
        assert part in reply
    assert "不是这个数" not in reply and "not the figure" not in reply


# Tester 43 item 14 (c05): Jinan hukou, 老大 three and a half, 二宝 a month old, no dibao; the
# subsidy just answered. "老大呢 老大有没有 还有我老婆产假多少天" got only "能。产假：158天": both
# parts are answered (the eldest gets no 600, clause 12; 158 days, clause 11), and the days
# asked are never opened with 能 / Yes.
C05 = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "hardship_now": False,
    "children": [
        {"birth_date": "2023-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2026-11-01", "precision": "month", "height_cm": None},
    ],
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        (
            "老大呢 老大有没有 还有我老婆产假多少天",
            "zh",
            ("第1个孩子", "第12条", "158天", "第11条"),
        ),
        ("我老婆产假多少天？老大有没有", "zh", ("第1个孩子", "第12条", "158天", "第11条")),
        (
            "what about the older one, does she get anything? and how many days of maternity "
            "leave for my wife",
            "en",
            ("child 1", "clause 12", "158 days", "clause 11"),
        ),
    ],
)
async def test_a_child_and_a_leave_asked_together_are_both_answered(
    text: str, lang: str, must: tuple[str, ...]
) -> None:
    reply = await ask(text, lang, **C05)
    for part in must:
        assert part in reply
    assert not reply.startswith(("能。", "Yes"))
    assert "能。产假" not in reply


# Tester 43 item 7 (c08): Jinan, resident insurance, the 2nd child on the way, the 600 just
# told. "我们一直没领过低保 那就是600呗 从哪天开始算" was read as back pay ("没有写能否补发、补领"):
# "一直没领过低保" tells the family's benefits, not money missed. The reply gives the 600 and
# the plan's silence on the start month (clause 12), never back pay.
@pytest.mark.parametrize(
    "text",
    ["我们一直没领过低保 那就是600呗 从哪天开始算", "从来没领过低保 那是600吧 从什么时候开始发"],
)
async def test_never_on_dibao_is_not_back_pay(text: str) -> None:
    # "一直没领过低保" tells the births too (fix-t46e), a fact new to the form: the form reads
    # it, then the question kept in the focus is answered (the whole turn).
    from tests.actions.test_questions_t40j import whole_turn

    undated = {"birth_date": None, "precision": None, "height_cm": None}
    reply = await whole_turn(
        text,
        "zh",
        city="jinan",
        hukou_in_city=True,
        birth_insurance="resident_medical",
        hardship_now=False,
        children=[
            {**undated, "birth_date": "2024-03-01", "precision": "month"},
            {**undated, "birth_date": "2027-03-01", "precision": "month"},
        ],
        topic_entry="jinan.childcare_subsidy",
        focus_entry="jinan.childcare_subsidy",
        focus_question=text,
    )
    assert "600元" in reply and "第12条" in reply
    assert "从哪个月开始" in reply
    assert "补发" not in reply and "补领" not in reply
