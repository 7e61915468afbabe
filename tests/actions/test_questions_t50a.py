"""Tester round 49, hotline (fix-t50a). Each test: the hotline case known so far (the slots),
what the worker wrote, what the reply must and must not say, and the clause. Today is
1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.conftest import hotline_turn

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str | None, precision: str | None = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision if born else None, "height_cm": None, **more}


# ------------------------------------- 1. a child born before clause 12's start (49 A1)
# The call before: a Jinan caller's 2nd child born September 2024 while on dibao, 800 discussed.
DIBAO_SECOND: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child(None), child("2024-09-01", hardship_at_birth=True)],
    },
    "hotline_birth": "2024-09",
}
# The next caller: a 3rd child born December 2022, nothing said of hardship.
THIRD_OF_DEC_2022: dict[str, Any] = {
    **DIBAO_SECOND,
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child(None), child(None), child("2022-12-01")],
        "children_count": 3,
    },
    "hotline_birth": "2022-12",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("到什么时候停", "zh"),
        ("那这个发到哪天", "zh"),
        ("until when is it paid?", "en"),
        ("what's the end date for this one", "en"),
    ],
)
def test_a_child_born_before_2023_never_had_the_money_so_it_never_stopped(
    text: str, lang: str
) -> None:
    """Jinan clause 12: 600 a month (and 200 more for a birth on dibao, special hardship
    support or unemployment benefit) only for 2nd and 3rd children born after 1 January 2023.
    A 3rd child born December 2022 never qualified: the end date asked is answered with no,
    and why; never "stopped" for money never paid, and no +200 when no hardship was said."""
    said, _ = hotline_turn(text, lang, **THIRD_OF_DEC_2022)
    assert "第12条" in said or "clause 12" in said.lower(), said
    if lang == "zh":
        assert said.startswith(("不能", "没有")), said
        assert "2023年1月1日" in said and "2022年12月" in said, said
        assert "停发" not in said and "困难家庭加发" not in said, said
    else:
        assert said.startswith("No"), said
        assert "1 Jan 2023" in said, said
        assert "December 2022" in said, said
        assert "stopped" not in said and "hardship supplement" not in said.lower(), said


def test_the_200_is_not_the_end_asked_of_a_child_whose_birth_had_no_hardship() -> None:
    """Clause 12: a Jinan 2nd child born March 2025, no hardship said, the 200 discussed
    before (another caller's). 发到哪天: the 600's end (1 March 2028), not the supplement's."""
    slots = {
        **DIBAO_SECOND,
        "hotline_case": {
            "city": "jinan",
            "hukou_in_city": True,
            "children_partial": [child(None), child("2025-03-01")],
        },
        "hotline_birth": "2025-03",
    }
    said, _ = hotline_turn("那发到哪天", "zh", **slots)
    assert "2028年3月1日" in said and "第12条" in said, said
    assert "困难家庭加发" not in said, said


# ------------------------------------- 2. two callers in one message (49 D1)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那到什么时候停 还有个来电的 老三是2022年12月生的 有没有", "zh"),
        ("这个发到哪天 另外还有一个来电 老三2022年12月出生 能不能领", "zh"),
        (
            "until when is it paid? also another caller: 3rd child born december 2022, "
            "do they get it?",
            "en",
        ),
    ],
)
def test_each_callers_question_is_answered_and_the_new_caller_said_once(
    text: str, lang: str
) -> None:
    """Jinan clause 12. The first caller's 2nd child, born September 2024 on dibao: 600 + 200
    = 800 a month until 1 September 2027. The second caller's 3rd child, born December 2022:
    no (born before 1 January 2023). Both answered, the first first; the new caller said in
    one line, once; the second caller's child kept as the case."""
    said, set_ = hotline_turn(text, lang, **DIBAO_SECOND)
    if lang == "zh":
        first, _, second = said.partition("新来电")
        assert "2027年9月1日" in first and "800" in first, said
        assert second and said.count("新来电") == 1, said
        assert ("不能" in second or "没有" in second) and "2022年12月" in second, said
        assert "停发" not in said, said
    else:
        first, _, second = said.partition("New caller")
        assert "1 Sep 2027" in first and "800" in first, said
        assert second and said.count("New caller") == 1, said
        assert "No" in second and "December 2022" in second, said
        assert "stopped" not in said, said
    assert "clause 12" in said.lower() or "第12条" in said, said
    born = [c.get("birth_date") for c in set_["hotline_case"]["children_partial"]]
    assert born[-1] == "2022-12-01", set_


def test_the_caller_before_named_back_is_answered_from_its_own_case() -> None:
    """The case is now the second caller's (a 3rd child of December 2022), the first caller
    kept with it. 第一个来电的 … 到什么时候停: the first caller's 800 until 1 September 2027
    (clause 12); 第二个来电 … 能不能领: no. Neither is called a new caller."""
    slots = {
        **THIRD_OF_DEC_2022,
        "hotline_case": {
            **THIRD_OF_DEC_2022["hotline_case"],
            "previous_case": DIBAO_SECOND["hotline_case"],
        },
    }
    text = "不对 我问的是第一个来电的 24年9月那个 到什么时候停 第二个来电老三22年12月生的 能不能领"
    said, set_ = hotline_turn(text, "zh", **slots)
    first, _, second = said.partition("另一位来电")
    assert "2027年9月1日" in first and "800" in first, said
    assert "不能" in second and "2022年12月" in second and "第3个孩子" in second, said
    assert "新来电" not in said and "停发" not in said, said
    born = [c.get("birth_date") for c in set_["hotline_case"]["children_partial"]]
    assert born == [None, None, "2022-12-01"], set_


# ------------------------------------- 3. twins' sums asked on the hotline (49 D2)
# A Jinan caller: twins born March 2025 beside an older child of 6; no hardship said.
TWINS_AND_OLDER: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy",
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child("2020-06-01"), child("2025-03-01"), child("2025-03-01")],
        "children": [child("2020-06-01"), child("2025-03-01"), child("2025-03-01")],
    },
}


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("我问的是两个加起来一个月多少 总共多少 你算一下", "zh", None),
        ("两个双胞胎 一个月合计多少钱 三年总共多少钱", "zh", None),
        ("双胞胎每个月一共多少 一共能领多少钱", "zh", None),
        ("我就问 双胞胎一人600 两个一个月1200对吧 到28年3月 总共43200是吧", "zh", "对"),
        ("两个一个月1000对吧", "zh", "不对"),
        ("how much do the twins get a month together, and in total?", "en", None),
        ("so 1,200 a month and 43,200 in all, right?", "en", "Yes"),
    ],
)
def test_the_twins_monthly_and_whole_sums_are_worked_out(
    text: str, lang: str, verdict: str | None
) -> None:
    """Jinan clause 12: 600 a month for each of the 2nd and 3rd child (the twins; the eldest
    gets nothing) until each turns 3 (1 March 2028): 1,200 a month together, 43,200 in all.
    Both sums in one sentence with the clause, a yes or no first to the figures put; never
    each child's block again, nor "sorry"."""
    said, _ = hotline_turn(text, lang, **TWINS_AND_OLDER)
    if lang == "zh":
        assert "1,200元" in said and "43,200元" in said and "2028年3月1日" in said, said
        assert "第12条" in said and "同一天出生" not in said and "抱歉" not in said, said
    else:
        assert "1,200 yuan" in said and "43,200 yuan" in said and "1 Mar 2028" in said, said
        assert "clause 12" in said and "same day" not in said and "Sorry" not in said, said
    if verdict is not None:
        assert said.startswith(verdict), said


def test_a_loan_asked_in_total_is_not_the_twins_money() -> None:
    """Jinan clause 14 (the housing fund loan) asked with 一共: not the twins' monthly sums."""
    said, _ = hotline_turn("这家公积金贷款一共能贷多少", "zh", **TWINS_AND_OLDER)
    assert "43,200" not in said, said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("两个加起来一个月多少 总共多少 你算一下", "zh"),
        ("双胞胎一个月合计多少钱 三年总共多少钱", "zh"),
        ("how much do the twins get together a month and in total?", "en"),
    ],
)
def test_a_family_asking_both_sums_gets_them_in_one_sentence(text: str, lang: str) -> None:
    """The same family asking for itself (Jinan, twins of March 2025 and a child of 6, no
    hardship said), clause 12: 1,200 a month together until 1 March 2028, 43,200 in all."""
    import asyncio

    from rasa_sdk.executor import CollectingDispatcher

    from actions.answers import ActionAnswerPolicyQuestion
    from tests.actions.conftest import DOMAIN, make_tracker, texts

    kids = TWINS_AND_OLDER["hotline_case"]["children"]
    tracker = make_tracker(
        text,
        intent="ask_policy",
        language=lang,
        city="jinan",
        hukou_in_city=True,
        children=kids,
        children_partial=kids,
        result_shown=True,
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN))
    said = texts(dispatcher)
    if lang == "zh":
        assert "1,200元" in said and "43,200元" in said and "第12条" in said, said
    else:
        assert "1,200 yuan" in said and "43,200 yuan" in said and "clause 12" in said, said
