"""Testers 49 and 50 (fix-t51c): read-backs that misread the family, and the answers that
followed. Each test: the family known so far (the slots), what the citizen wrote, what the reply
must and must not say, and the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.test_questions_t50e import one_turn


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def child(born: str | None, precision: str | None = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision if born else None, "height_cm": None, **more}


# ---------------------------------------------------------------------------------------------
# P05/P06. Tester 50 c06: a Beijing family, the 2nd a month old, the eldest undated; the result
# shown. "对了 我们户口刚从济南迁过来 二宝在济南能领吗" was read back 不是北京户口 and answered with
# Jinan's housing-fund rent withdrawal (clause 14), three times.

BEIJING_MOVED_IN: dict[str, Any] = {
    "city": "beijing",
    "result_shown": True,
    "children": [child(None), child("2026-11-01", approx="刚满月")],
}


@pytest.mark.parametrize(
    ("text", "lang", "hukou_known"),
    [
        ("对了 我们户口刚从济南迁过来 二宝在济南能领吗", "zh", False),  # tester 50 c06 T4
        ("我问的是育儿补贴 二宝在济南出生的 户口迁走了还能领那600吗", "zh", True),  # T6
        ("户口迁走了还能领那600吗", "zh", True),
        ("户口从济南迁到北京了 老二还能领济南的育儿补贴吗", "zh", False),
        (
            "we moved our hukou from Jinan to Beijing, can the second still get the 600?",
            "en",
            False,
        ),
        ("our hukou moved away from jinan, can the baby still get the 600?", "en", True),
    ],
)
async def test_the_jinan_money_after_the_hukou_left_jinan_is_no_under_the_plan(
    text: str, lang: str, hukou_known: bool
) -> None:
    """Jinan clause 12 pays families with Jinan hukou: with the hukou moved to Beijing, no under
    the plan; the plan says nothing of the months before the move; the Jinan Municipal Health
    Commission leads. Never the housing-fund rent item, never "not Beijing hukou"."""
    slots = {**BEIJING_MOVED_IN, "language": lang}
    if hukou_known:
        slots["hukou_in_city"] = True
    bubbles, after = await one_turn(text, "ask_policy", [ActionAnswerPolicyQuestion], **slots)
    reply = "\n".join(bubbles)
    must = {
        "zh": ("按方案不能", "济南户籍", "第12条", "方案没有写", "济南市卫生健康委员会"),
        "en": (
            "Under the plan, no",
            "Jinan hukou",
            "clause 12",
            "does not say",
            "Health Commission",
        ),
    }[lang]
    for said in must:
        assert said in reply, reply
    for wrong in ("公积金", "housing fund", "不是北京户口", "not Beijing hukou"):
        assert wrong not in reply, reply
    assert after.get("hukou_in_city") is True, after
    assert after.get("topic_entry") == "jinan.childcare_subsidy"


# ---------------------------------------------------------------------------------------------
# P07. Tester 50 e10: Beijing, the 2nd born 2023 ("she's 3 now"), then "our first is 7" (about
# June 2019, the child in talk). "is there any help with kindergarten for the 3 year old" read
# back "Updated: the eldest born about June 2023".

SEVEN_AND_THREE: dict[str, Any] = {
    "city": "beijing",
    "result_shown": True,
    "child_in_talk": 1,
    "children_partial": [child("2019-06-01", approx="7"), child("2023-01-01", "year")],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "sorry one more - is there any help with kindergarten for the 3 year old in Beijing?",
            "en",
        ),
        ("那个三岁的上幼儿园有补助吗", "zh"),
    ],
)
async def test_the_three_year_old_asked_about_is_the_second_not_the_eldest_re_dated(
    text: str, lang: str
) -> None:
    """The age fits the 2nd child on record: nothing is re-dated, nothing read back; the
    kindergarten places are Beijing clause (13)."""
    from actions.household_form import ValidateHouseholdForm

    slots = {**SEVEN_AND_THREE, "language": lang}
    bubbles, after = await one_turn(text, "ask_policy", [ValidateHouseholdForm], **slots)
    reply = "\n".join(bubbles)
    assert "Updated" not in reply and "已更新" not in reply, reply
    assert after["children_partial"] == SEVEN_AND_THREE["children_partial"]
    assert after.get("topic_entry") == "beijing.education_resources"


# ---------------------------------------------------------------------------------------------
# P09. Tester 50 e09: Jinan hukou, the 2nd born November 2026. "my wife was on unemployment
# benefit until Oct 2026, baby born Nov 2026. do we get the 200?" read back "on unemployment
# benefits now".

SECOND_BORN_NOVEMBER: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "children": [child("2020-01-01"), child("2026-11-01")],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "my wife was on unemployment benefit until Oct 2026, baby born Nov 2026. do we get the 200?",
            "en",
        ),
        ("失业金领到10月就停了 孩子11月生的 能加200吗", "zh"),
    ],
)
async def test_a_benefit_that_ended_before_the_birth_is_not_read_back_as_now(
    text: str, lang: str
) -> None:
    """Ended in October, before the November birth: read back as not held at that birth and
    not now; the 200 is no (Jinan clause 12), child 2 keeps 600 a month."""
    from actions.household_form import ValidateHouseholdForm
    from actions.results import ActionShowEntitlements

    slots = {**SECOND_BORN_NOVEMBER, "language": lang}
    steps: list[Any] = [ValidateHouseholdForm, ActionShowEntitlements]
    bubbles, after = await one_turn(text, "inform", steps, **slots)
    reply = "\n".join(bubbles)
    assert "benefits now" not in reply.replace("not on such benefits now", ""), reply
    assert after.get("hardship_now") is False
    assert after["children"][1].get("hardship_at_birth") is False, after["children"]
    assert {"en": "clause 12", "zh": "第12条"}[lang] in reply, reply
    assert {"en": "No", "zh": "不能"}[lang] in reply, reply


# ---------------------------------------------------------------------------------------------
# D10. Tester 49 c09: Jinan hukou, on dibao now, the eldest about 4, the 2nd due in 2027; told
# "告诉我出生月份可以算出到哪天为止", the mother wrote "3月份" and got "我没听明白要改哪一项".

SECOND_DUE_2027: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": True,
    "result_shown": True,
    "children": [child("2022-06-01", approx="4岁"), child("2027-01-01", "year", expected=True)],
}


async def test_a_bare_month_is_the_due_month_and_the_reply_gives_the_end_date() -> None:
    """March 2027 due: the subsidy runs until the 3rd birthday, 1 March 2030 (Jinan clause 12)."""
    from actions.household_form import ValidateHouseholdForm
    from actions.results import ActionShowEntitlements

    slots = {**SECOND_DUE_2027, "language": "zh"}
    steps: list[Any] = [ValidateHouseholdForm, ActionShowEntitlements]
    bubbles, after = await one_turn("3月份", "inform", steps, **slots)
    reply = "\n".join(bubbles)
    assert "老二预产期2027年3月" in reply, reply
    assert "2030年3月1日" in reply, reply
    assert "没听明白" not in reply, reply
    assert after["children"][1]["birth_date"] == "2027-03-01"
