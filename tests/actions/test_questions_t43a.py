"""Tester 42 c02 (fix-t43a): a grandmother asks about 外孙女, born in October, the family's 老二.
A child named by a kinship word and a birth month without a year is the one known child born
in that month: the question is answered for it, not for the eldest. Today is 1 December 2026 in
China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.test_follow_up_questions import ask


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Jinan hukou; 老大 born December 2019, 老二 (the granddaughter) born October 2025; no benefits
# at the birth; the results shown.
GRANDMOTHER: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2019-12-01", "precision": "month", "height_cm": None},
        {"birth_date": "2025-10-01", "precision": "month", "height_cm": None},
    ],
    "hardship_at_birth": False,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那600的补贴从哪个月开始发啊 外孙女10月几号生的我得问问", "zh"),  # tester 42 c02
        ("外孙女10月生的 600块补贴从哪个月开始发", "zh"),
        ("孙子是10月份生的 育儿补贴啥时候开始发", "zh"),
        ("my granddaughter was born in october, when does the 600 start", "en"),
        ("my grandson born in october, when does the childcare subsidy start?", "en"),
    ],
)
async def test_a_grandchild_named_with_its_birth_month_is_that_child(text: str, lang: str) -> None:
    """The grandchild born in October is 老二 (October 2025): the 600 a month of clause 12 for
    it, with the plan silent on the month payment starts; never the eldest's "only for the 2nd
    or 3rd child"."""
    reply, _ = await ask(text, lang, **GRANDMOTHER)
    if lang == "zh":
        assert "第1个孩子" not in reply and "仅限第2个" not in reply, reply
        assert "第2个孩子" in reply and "600" in reply, reply
        assert "没写从哪个月开始发" in reply or "未说明从哪个月开始发放" in reply, reply
        assert "第12条" in reply, reply
    else:
        assert "child 1" not in reply and "Only for the 2nd" not in reply, reply
        assert "child 2" in reply and "600" in reply, reply
        assert "clause 12" in reply, reply


async def test_a_month_two_children_share_names_neither() -> None:
    """Two children born in October (2019 and 2025): "born in october" picks neither, so the
    answer stays the family's, both children's lines."""
    both_october = {
        **GRANDMOTHER,
        "children": [
            {"birth_date": "2019-10-01", "precision": "month", "height_cm": None},
            {"birth_date": "2025-10-01", "precision": "month", "height_cm": None},
        ],
    }
    reply, _ = await ask("外孙女10月生的 600块补贴从哪个月开始发", "zh", **both_october)
    assert "第2个孩子" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("算了 那补贴从哪个月开始发啊 外孙女10月几号生的我得问问", "zh"),  # tester 42 c02
        ("孙女是10月生的 那600从几月开始发", "zh"),
        ("so when does the 600 start? my granddaughter was born in october", "en"),
    ],
)
async def test_the_subsidy_in_talk_asked_of_a_grandchild_by_its_month(text: str, lang: str) -> None:
    """The 600 a month in talk ("补贴从哪个月开始发"), the grandchild named by its October birth:
    老二's 600 with the plan silent on the first month (the bot said "育儿补贴（第1个孩子）：仅限
    第2个、第3个孩子")."""
    slots = {**GRANDMOTHER, "topic_entry": "jinan.childcare_subsidy", "child_in_talk": 2}
    reply, _ = await ask(text, lang, **slots)
    if lang == "zh":
        assert "第1个孩子" not in reply, reply
        assert "第2个孩子" in reply and "600" in reply and "没写从哪个月开始发" in reply, reply
        assert "第12条" in reply, reply
    else:
        assert "child 1" not in reply and "child 2" in reply and "600" in reply, reply
        assert "clause 12" in reply, reply
