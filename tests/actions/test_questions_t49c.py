"""Testers 47 and 48 (fix-t49c): children misread in a correction. Each test: the family known
so far (the slots), what the citizen wrote, what the reply must and must not say, and the
clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.conftest import month


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# ------------------------------------------- 1: "its actually my third, we have two already"
# Tester 48 c05 after her first message ("pregnant with my second, due 2027.3 … we both pay
# housing fund, first flat, how much can we borrow?"): Jinan, 2 contributors, a first home, the
# eldest undated and the 2nd due March 2027; the loan ceiling in talk.
LOAN_ASKED_SECOND_DUE: dict[str, Any] = {
    "city": "jinan",
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        month("2027-03"),
    ],
    "child_in_talk": 2,
    "focus_entry": "jinan.housing_fund_loan_limit",
    "topic_entry": "jinan.housing_fund_loan_limit",
    "requested_slot": None,
}


@pytest.mark.parametrize(
    ("text", "lang", "read_back", "now", "after"),
    [
        (
            "wait sorry I got it wrong, its actually my third, we have two already (7 and 2). "
            "does that change the loan?",
            "en",
            (
                "the eldest born about June 2019",
                "the 2nd child born about June 2024",
                "the 3rd child due March 2027",
            ),
            "up to 900,000 yuan",
            "Once child 3 is born (due March 2027): up to 1,000,000 yuan (clause 14)",
        ),
        (
            "不对 我说错了 这是老三 已经有俩孩子了（7岁和2岁） 贷款额度变不变",
            "zh",
            ("老大约2019年6月出生", "老二约2024年6月出生", "老三预产期2027年3月"),
            "最高900,000元",
            "第3个孩子出生后（预产期2027年3月）：最高1,000,000元（第14条）",
        ),
    ],
)
async def test_the_children_already_had_are_the_eldest_and_the_baby_due_the_third(
    text: str, lang: str, read_back: tuple[str, ...], now: str, after: str
) -> None:
    """Clause 14: two children born (7 and 2) and two contributors, a first home: 900,000 yuan
    now, 1 million once the third is born. The 7-year-old is the eldest, never "the 3rd child
    born about June 2019" with the baby due made the 2nd."""
    from tests.actions.test_questions_t40j import whole_turn

    reply = await whole_turn(text, lang, **LOAN_ASKED_SECOND_DUE)
    for said in read_back:
        assert said in reply, reply
    assert now in reply and after in reply, reply
    assert {"en": "clause 14", "zh": "第14条"}[lang] in reply, reply
    assert "would be younger" not in reply and "哪个不对" not in reply, reply


# ------------------------------------ 2: "from Jan 2027 till she turns 3" and "no 3rd child!!"
# Tester 47 c10: Jinan, hukou still in Hebei and moving in January 2027, the eldest undated, the
# 2nd born August 2025; the childcare subsidy (clause 12) in talk. Nobody is pregnant.
HUKOU_MOVING: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": False,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        month("2025-08"),
    ],
    "focus_entry": "jinan.childcare_subsidy",
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
    "requested_slot": None,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("and the total from Jan 2027 till she turns 3, how much?", "en"),
        ("那从明年1月到她满3岁一共多少钱", "zh"),
    ],
)
async def test_the_months_a_payment_runs_make_no_child(text: str, lang: str) -> None:
    """A time "from Jan 2027 till she turns 3" is no 3rd child due in January 2027, and parental
    leave still ends when the 2nd turns 3 (August 2028), not in 2030."""
    from tests.actions.test_questions_t27a import form_turn

    reply, set_ = await form_turn(text, lang, **HUKOU_MOVING)
    children = (
        set_.get("children_partial") or set_.get("children") or HUKOU_MOVING["children_partial"]
    )
    assert len(children) == 2, set_
    assert "3rd child" not in reply and "老三" not in reply and "2030" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "removed"),
    [
        (
            "there is no 3rd child!! I meant our 2nd, born Aug 2025, if hukou moves Jan 2027",
            "en",
            "the 3rd child removed",
        ),
        ("we do not have a 3rd child and nobody is pregnant", "en", "the 3rd child removed"),
        ("we only have two kids", "en", "the 3rd child removed"),
        ("没有老三!!", "zh", "已删去老三"),
        ("我们就俩孩子 没有老三", "zh", "已删去老三"),
    ],
)
async def test_a_child_said_not_to_exist_is_removed_and_read_back(
    text: str, lang: str, removed: str
) -> None:
    """The 3rd child "due January 2027" wrongly noted goes, and the read-back says so; never "I
    did not catch what to change" nor a card on mothers' safety (clause 4)."""
    from tests.actions.test_questions_t27a import form_turn

    made_up = {
        **HUKOU_MOVING,
        "children_partial": [*HUKOU_MOVING["children_partial"], month("2027-01")],
    }
    reply, set_ = await form_turn(text, lang, **made_up)
    assert removed in reply, reply
    children = set_.get("children_partial") or set_.get("children")
    assert children is not None and len(children) == 2, set_
    assert "did not catch" not in reply and "birth defects" not in reply, reply


# ------------------------------------------------ 3: "pregnant with our second, due in March"
# Tester 47 c05 after her first message: Jinan, the husband on unemployment benefit now, the
# eldest undated and the 2nd due March 2027; the bot asked about the benefits at the birth.
SECOND_DUE_BENEFITS_ASKED: dict[str, Any] = {
    "city": "jinan",
    "hardship_now": True,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        month("2027-03"),
    ],
    "child_in_talk": 2,
    "requested_slot": "hardship_at_birth",
    "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
}


async def test_still_on_it_in_march_is_the_benefit_at_the_birth_not_a_birth() -> None:
    """ "probably yes he'll still be on it in March": on unemployment benefit at the birth
    (clause 12: 200 more a month), the eldest untouched; no "eldest born March 2026", and no
    parental leave "from 1 Dec 2026" for a child under 3 the family does not have (clause 11)."""
    from tests.actions.test_questions_t27a import form_turn

    text = (
        "probably yes he'll still be on it in March. so how much would the baby get in total? "
        "and what about leave for me and him"
    )
    reply, set_ = await form_turn(text, "en", **SECOND_DUE_BENEFITS_ASKED)
    assert "March 2026" not in reply and "eldest born" not in reply, reply
    children = set_.get("children") or set_.get("children_partial")
    assert children is None or children[0]["birth_date"] is None, set_
    assert set_.get("hardship_at_birth") is True or any(
        c.get("hardship_at_birth") for c in children or []
    ), set_
