"""Tester 45's leftovers (fix-t47c): an ended 600+200 summed before the hardship at the birth
was told, "never on dibao, so 600 right?" answered with another item, and a hypothetical child
recorded as a fact. Each test: the family known so far (the slots), what the citizen or hotline
worker wrote, what the reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker, month, texts, year


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# ------------------------------------------------ 1: an ended +200 is a condition until told
# A Jinan family, the eldest born 2020, the 2nd born May 2023: the 2nd's 600 a month ran until
# it turned 3 on 1 May 2026 (clause 12); whether the family was on dibao, special hardship
# support or unemployment benefits at that birth (the +200) is not told yet.
ENDED_SECOND: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [year("2020"), month("2023-05")],
}


async def overview(lang: str, **slots: Any) -> str:
    text = {"zh": "有啥补贴", "en": "what can we get"}[lang]
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="check_eligibility", language=lang, **slots)
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_ended_supplement_not_yet_told_is_a_condition_not_a_sum(lang: str) -> None:
    """Clause 12: the 200 more a month only for a birth while on those benefits. Before the
    family has said so, the ended money is the 600 with the 200 as a condition, never
    "600+200=800元/月" as if it had been paid."""
    reply = await overview(lang, **ENDED_SECOND)
    assert "600+200" not in reply and "800" not in reply, reply
    ended = {"zh": "已结束：第2个孩子600元/月", "en": "Ended: child 2: 600 yuan/month"}[lang]
    assert ended in reply, reply
    condition = {"zh": "低保", "en": "dibao"}[lang]
    line = next(x for x in reply.splitlines() if x.startswith(ended[:4]))
    assert condition in line and "200" in line, line
    assert {"zh": "第12条", "en": "clause 12"}[lang] in line, line


@pytest.mark.parametrize(("hardship", "said"), [(True, "600+200=800元/月"), (False, "600元/月")])
async def test_an_ended_supplement_told_is_summed_or_left_out(hardship: bool, said: str) -> None:
    """On benefits at the birth: 600+200=800 was paid; not on them: 600 only, no condition."""
    reply = await overview("zh", **ENDED_SECOND, hardship_at_birth=hardship)
    line = next(x for x in reply.splitlines() if x.startswith("已结束"))
    assert f"第2个孩子{said}" in line, line
    if not hardship:
        assert "低保" not in line and "200" not in line, line


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我家在济南 济南户口 老三2023.5生的 老大老二都上学了", "zh"),
        (
            "we live in Jinan with Jinan hukou; our third was born May 2023, the older two are at school",
            "en",
        ),
    ],
)
async def test_the_first_summary_with_older_children_undated_keeps_the_200_a_condition(
    text: str, lang: str
) -> None:
    """The same for a third child whose older siblings' dates are not told (tester 43 c06's
    family, the dibao at the birth left out): 600 ended, the 200 on its condition."""
    from tests.actions.test_questions_t27a import form_turn

    _, set_ = await form_turn(text, lang)
    reply = await overview(lang, **set_)
    line = next(x for x in reply.splitlines() if x.startswith(("已结束", "Ended")))
    assert "800" not in line and "600+200" not in line, line
    assert {"zh": "第3个孩子600元/月", "en": "child 3: 600 yuan/month"}[lang] in line, line
    assert "200" in line, line


# ------------------------------ 2: "never on dibao, so it's 600 right?" with the subsidy in focus
# Tester 45 c01's family after the first answer: Jinan hukou, the eldest about 3 and a half, the
# 2nd born October 2025; the 600 a month (clause 12) in focus, the form asking about benefits at
# the birth.
SUBSIDY_IN_FOCUS: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2023-06", approx=True), month("2025-10")],
    "focus_entry": "jinan.childcare_subsidy",
    "result_shown": True,
    "requested_slot": "hardship_at_birth",
    "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we've never been on dibao, so it's 600 right?", "en"),
        ("we were never on dibao so it's 600, right?", "en"),
        ("never had dibao, so 600 then, correct?", "en"),
        ("我们一直没领过低保 那就是600对吧", "zh"),
        ("从来没领过低保 所以是600是吧", "zh"),
    ],
)
async def test_never_on_dibao_so_600_is_confirmed(text: str, lang: str) -> None:
    """Clause 12: no benefits at the birth, so the 600 alone: "Yes: 600 a month for child 2
    until 1 October 2028", never another measure found by the words (clause 16's women's
    employment rights)."""
    from tests.actions.test_questions_t40j import whole_turn

    reply = await whole_turn(text, lang, **SUBSIDY_IN_FOCUS)
    yes = {"zh": "对。第2个孩子每月600元", "en": "Yes. Child 2 gets 600 yuan a month"}[lang]
    assert yes in reply, reply
    assert {"zh": "2028年10月1日", "en": "1 Oct 2028"}[lang] in reply, reply
    assert {"zh": "第12条", "en": "clause 12"}[lang] in reply, reply
    assert "16" not in reply and "妇女" not in reply and "Women" not in reply, reply


# ------------------------------------------ 3: a child supposed is answered, not recorded
# Tester 45 c10: a caller in Jinan, two children, the 2nd born December 2022; the worker (or a
# citizen) supposes a 3rd child born March 2027. The answer is for that child; the family (the
# case) still has two children and no due date.
UNDATED_CHILD = {"birth_date": None, "precision": None, "height_cm": None}
TWO_CHILDREN: dict[str, Any] = {
    "city": "jinan",
    "children_partial": [UNDATED_CHILD, month("2022-12")],
    "children": None,
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}
SUPPOSED = [
    (
        "you misunderstood. HYPOTHETICAL: caller's 3rd child born March 2027, Jinan hukou. "
        "Would child 3 get 600/month and until when?",
        "en",
    ),
    ("what if the 3rd is born March 2027, would it get 600 a month?", "en"),
    ("say the 3rd is born in March 2027, does it get the 600?", "en"),
    ("假设来电人老三明年3月出生 济南户口 老三能领600吗 领到啥时候", "zh"),
    ("要是老三明年3月生 能领600吗", "zh"),
    ("如果明年3月再生个老三 能领多久", "zh"),
]


def _dates(children: list[dict[str, Any]] | None) -> list[str | None]:
    return [c.get("birth_date") for c in children or []]


@pytest.mark.parametrize(("text", "lang"), SUPPOSED)
async def test_a_supposed_third_child_is_not_recorded_by_the_form(text: str, lang: str) -> None:
    """A citizen's supposed 3rd child ("HYPOTHETICAL", "what if", "say", 假设, 要是, 如果): no due
    date recorded nor read back as noted."""
    from tests.actions.test_questions_t27a import form_turn

    reply, set_ = await form_turn(text, lang, **TWO_CHILDREN)
    for name in ("children", "children_partial"):
        if set_.get(name) is not None:
            assert _dates(set_[name]) == [None, "2022-12-01"], set_
    assert "2027" not in reply.split("\n")[0] or "Noted" not in reply.split("\n")[0], reply


@pytest.mark.parametrize(("text", "lang"), SUPPOSED)
def test_a_supposed_third_child_is_not_recorded_in_the_hotline_case(text: str, lang: str) -> None:
    """The worker's supposed 3rd child is answered for that child, and the case keeps two
    children: no due date, no count of three, no "3rd" read as a day of the 2nd's birth."""
    from tests.actions.conftest import hotline_turn

    case = {"city": "jinan", "children_partial": [UNDATED_CHILD, month("2022-12")]}
    said, set_ = hotline_turn(text, lang, hotline_city="jinan", reply_brief=True, hotline_case=case)
    # the supposed child answered all the same: 600 a month until it turns 3 (clause 12)
    assert "600" in said and ("2030" in said or "3周岁" in said), said
    after = set_.get("hotline_case") or case
    assert _dates(after.get("children_partial")) == [None, "2022-12-01"], after
    assert after.get("children_count") in (None, 2), after


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("老三预产期明年3月 能领600吗", "zh"),
        ("our 3rd is due March 2027, would it get 600 a month?", "en"),
        ("we're expecting our 3rd in March 2027, if we're on dibao then do we get more?", "en"),
    ],
)
async def test_a_real_due_date_is_still_recorded(text: str, lang: str) -> None:
    """A due date told (预产期, "due", "expecting") is the family's, even beside an "if"."""
    from tests.actions.test_questions_t27a import form_turn

    _, set_ = await form_turn(text, lang, **TWO_CHILDREN)
    children = set_.get("children") or set_.get("children_partial")
    assert _dates(children)[-1:] == ["2027-03-01"], set_
