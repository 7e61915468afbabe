"""Tester 33 played hotline staff (我是12345热线的, "hotline here") on 1 December 2026 and got
quoted rules with no verdict, or the wrong clause (fix-t33e). A worker needs the yes or no first,
then the clause: a birth a day either side of Jinan's start date (clause 12: born on or after
1 January 2023), a hukou moved in lately, both cities asked at once, the 400 that is paid to
childcare institutions, a 4th child, twins, a parent in hospital, and a phone number asked."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def conversation(lang: str, *turns: str) -> list[str]:
    """The worker's messages in turn, the slots kept between them; the replies."""
    slots: dict[str, Any] = {"language": lang}
    return [await says(ActionAnswerPolicyQuestion(), x, "ask_policy", slots) for x in turns]


# --- 1. a birth a day either side of the start date ---------------------------------------------


@pytest.mark.parametrize(
    "case",
    [
        "我是12345热线的 问个规则 济南育儿补贴 二孩是2022年12月31号出生的能领吗",
        "热线 济南育儿补贴 老二2022年12月31日出生的 能不能领",
    ],
)
async def test_a_second_child_born_the_day_before_the_start_gets_no(case: str) -> None:
    """Jinan clause 12: children born on or after 1 January 2023; 31 December 2022 is before."""
    (reply,) = await conversation("zh", case)
    assert reply.startswith("不能"), reply
    assert "第12条" in reply and "2023年1月1日" in reply, reply
    assert "加发" not in reply, reply


@pytest.mark.parametrize(
    "then",
    ["所以12月31号的就不行是吧 那1月1号当天出生的算不算", "那1月1日出生的呢 能领吗"],
)
async def test_the_start_day_itself_asked_without_a_year_counts(then: str) -> None:
    """ "1月1号" after a case born 2022-12-31 is the start date's own day: within "on or after
    1 January 2023" as the engine reads clause 12; never the hardship +200 clause."""
    _, reply = await conversation(
        "zh", "我是12345热线的 济南育儿补贴 二孩是2022年12月31号出生的能领吗", then
    )
    assert reply.startswith("算"), reply
    # the plan's own words quoted, the day itself our reading (tester 39 B6: never "或以后" as
    # a quote of the plan)
    assert "“2023年1月1日以后出生”" in reply and "第12条" in reply, reply
    assert "我们的理解" in reply and "或以后出生”" not in reply, reply
    assert "加发" not in reply and "200" not in reply, reply


async def test_the_start_day_asked_in_english() -> None:
    _, reply = await conversation(
        "en",
        "hotline here. jinan childcare subsidy: 2nd child born 31 Dec 2022, eligible?",
        "what about one born on January 1st itself, does it count?",
    )
    assert reply.startswith("Yes, on our reading"), reply  # tester 39 B6: not a misquote
    assert "“born after January 1, 2023”" in reply and "“born on or after" not in reply, reply
    assert "clause 12" in reply and "supplement" not in reply.lower(), reply


# --- 2. a hukou moved in lately -----------------------------------------------------------------


async def test_a_hukou_moved_last_month_gets_the_engines_answer_and_the_plans_silence() -> None:
    """Second child born May 2024, hukou moved to Jinan last month: 600 a month until the 3rd
    birthday (May 2027) as the engine decides; the plan says neither how long the hukou must be
    held nor whether months before the move are paid; the Health Commission leads."""
    _, reply = await conversation(
        "zh",
        "我是12345热线的 济南育儿补贴每月多少",
        "再问个 来电人上个月刚把户口迁到济南 孩子是2024年5月生的老二 能领吗 从哪个月开始领",
    )
    assert reply.startswith("能"), reply
    assert "600" in reply and "2027年5月" in reply and "第12条" in reply, reply
    assert "落户多久" in reply and "迁入以前" in reply, reply
    assert "济南市卫生健康委员会" in reply, reply
    assert "医保" not in reply and "第15条" not in reply, reply


# --- 3. both cities at once ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "jinan", "beijing"),
    [
        ("我是12345热线的 济南陪产假几天 北京呢", "zh", "第11条", "第(12)条"),
        ("hotline here. paternity leave in jinan and in beijing?", "en", "clause 11", "(12)"),
    ],
)
async def test_both_cities_asked_at_once_get_both(
    text: str, lang: str, jinan: str, beijing: str
) -> None:
    (reply,) = await conversation(lang, text)
    assert jinan in reply and beijing in reply, reply
    assert "15" in reply, reply


# --- 4. the 400 is the childcare institutions' ----------------------------------------------------


async def test_the_400_is_not_the_parents() -> None:
    """Jinan clause 12: 400 a month per child enrolled, paid to registered childcare
    institutions; "not for parents, right?" gets 对."""
    first, then = await conversation(
        "zh", "我是12345热线的 来电人说孩子上托育园 济南是不是每月给家长补400", "不是给家长的对吧？"
    )
    assert first.startswith("不是") and "托育机构" in first and "第12条" in first, first
    assert then.startswith("对") and "托育机构" in then, then


async def test_the_400_in_english() -> None:
    (reply,) = await conversation(
        "en", "hotline here. jinan: is the 400 a month childcare fee subsidy paid to parents?"
    )
    assert reply.startswith("No.") and "clause 12" in reply, reply


# --- 5. a 4th child, twins, a parent in hospital, a phone number ----------------------------------


@pytest.mark.parametrize(
    ("lang", "first", "then"),
    [
        (
            "en",
            "hotline here. caller in jinan asks: is the 600 yuan subsidy for the first child too?",
            "so no for the first child. next: does a 4th child get it?",
        ),
        ("zh", "我是12345热线的 济南育儿补贴 老大能领吗", "那老四能领吗"),
    ],
)
async def test_a_fourth_child_is_not_in_the_plans_text(lang: str, first: str, then: str) -> None:
    """Clause 12 names the 2nd and 3rd child; it says nothing of a 4th; not the loan clause."""
    _, reply = await conversation(lang, first, then)
    assert ("clause 12" if lang == "en" else "第12条") in reply, reply
    assert ("4th" if lang == "en" else "第4个孩子") in reply, reply
    assert "14" not in reply.split("\n")[0], reply


async def test_twins_asked_of_leave_get_the_plans_silence() -> None:
    (reply,) = await conversation(
        "en", "hotline here. whats the maternity leave in jinan and does it change for twins"
    )
    assert "158" in reply and "says nothing about more for twins" in reply, reply


async def test_a_parent_in_hospital_gets_beijings_nursing_leave() -> None:
    (reply,) = await conversation(
        "en",
        "hotline here. different caller, beijing. only child, her elderly mother is in hospital."
        " any leave for that?",
    )
    assert "nursing leave" in reply and "(15)" in reply, reply
    assert "(6)" not in reply, reply


async def test_a_phone_number_of_a_named_city_names_its_lead_department() -> None:
    """The plans give no phone number or address; the Jinan subsidy's lead department is the
    Municipal Health Commission, not the Beijing measure discussed before."""
    _, reply = await conversation(
        "en",
        "hotline here. beijing: is there a nursing leave for only children to care for parents",
        "caller wants the phone number and address of the jinan health commission office that "
        "handles the subsidy",
    )
    assert "no phone number or address" in reply, reply
    assert "Health Commission" in reply and "Childcare subsidy" in reply, reply
    assert "Beijing" not in reply, reply
