"""What the answers say, as tester 24 met them (second list): each test is a family (the
slots), what the citizen wrote, and what the reply must and must not say."""

from datetime import date

import pytest

from actions import clock
from tests.actions.test_follow_up_questions import ask


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# --- 1. help with the rent: both measures of Jinan clause 14 -------------------------------

JINAN_RENTING_ON_DIBAO = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2020-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2026-01-05", "precision": "day", "height_cm": None},
    ],
    "birth_insurance": "employee_maternity",
    "dibao": True,
    "housing_fund_contributors": 0,
    "renting": True,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("公积金 我们都没交 租房能有补贴吗", "zh"),  # tester 24 c09
        ("租房能有补贴吗", "zh"),
        ("我们租房住 房租有没有补助", "zh"),
        ("租房有什么补贴", "zh"),
        ("we rent, is there any help with rent?", "en"),
        ("any subsidy for renting?", "en"),
    ],
)
async def test_a_renting_family_asking_for_help_with_rent_hears_both_measures(
    text: str, lang: str
) -> None:
    """Jinan clause 14 has two measures for renters: the rental housing subsidy's guaranteed
    area (+15 m² per additional child, for families eligible for that subsidy) and the housing
    fund rent withdrawal; c09 heard only the withdrawal."""
    reply, _ = await ask(text, lang, **JINAN_RENTING_ON_DIBAO)
    if lang == "zh":
        assert "租赁补贴保障面积" in reply and "15平方米" in reply, reply
        assert "租赁补贴的一般申请条件" in reply, reply  # its condition
        assert "提取公积金" in reply or "提取住房公积金" in reply, reply
        assert reply.count("第14条") == 2, reply
        assert "没有写这方面的规定" not in reply
    else:
        assert "rental housing subsidy" in reply and "15 m²" in reply, reply
        assert "usual application conditions" in reply, reply
        assert "withdraw" in reply.lower(), reply
        assert reply.count("clause 14") == 2, reply
        assert "says nothing about this" not in reply


async def test_a_question_about_the_housing_fund_withdrawal_alone_stays_on_it() -> None:
    """Naming the withdrawal ("公积金能提取交房租吗") is no question about every rent measure."""
    reply, _ = await ask("公积金能提取吗", "zh", **JINAN_RENTING_ON_DIBAO)
    assert "租赁补贴保障面积" not in reply, reply


async def test_public_rental_housing_is_no_help_with_the_rent_asked() -> None:
    """ "公租房能优先吗" is the priority of clause 14, not the rent measures."""
    reply, _ = await ask("公租房能优先吗", "zh", **JINAN_RENTING_ON_DIBAO)
    assert "优先" in reply and "租赁补贴保障面积" not in reply, reply


# --- 2. dates from a birth month or an age say so ------------------------------------------

JINAN_SECOND_BORN_LAST_OCTOBER = {  # c01: 老大三岁半 老二去年十月生的
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2023-06-01", "precision": "month", "approx": "3岁半", "height_cm": None},
        {"birth_date": "2025-10-01", "precision": "month", "height_cm": None},
    ],
    "birth_insurance": "employee_maternity",
    "result_shown": True,
}
JINAN_TWINS_BORN_MARCH_2023 = {  # c08: twins born March 2023 and an older boy of 6
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2020-06-01", "precision": "month", "approx": "6", "height_cm": None},
        {"birth_date": "2023-03-01", "precision": "month", "height_cm": None},
        {"birth_date": "2023-03-01", "precision": "month", "height_cm": None},
    ],
    "birth_insurance": "employee_maternity",
    "hardship_at_birth": False,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang", "date_said", "note"),
    [
        ("一个月600是吧 发到几岁", "zh", "2028年10月1日", "第2个孩子的出生日期只知道年月"),  # c01
        ("一个月能领多少 到啥时候", "zh", "2028年10月1日", "按当月1日计算"),
        ("老二的补贴到什么时候", "zh", "2028年10月1日", "按当月1日计算"),
        ("how much a month and until when", "en", "1 Oct 2028", "known to the month only"),
        ("so 600 a month, until when?", "en", "1 Oct 2028", "counted from the 1st"),
    ],
)
async def test_dates_from_a_birth_month_say_the_day_is_counted(
    text: str, lang: str, date_said: str, note: str
) -> None:
    """Jinan clause 12's 600 until the child turns 3: a child born "去年十月" has no known day,
    so every reply stating "至2028年10月1日" says the 1st is counted (tester 24 item 21)."""
    reply, _ = await ask(text, lang, **JINAN_SECOND_BORN_LAST_OCTOBER)
    assert date_said in reply, reply
    assert note in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "how much per month for the twins and do I get the extra 200",  # c08
        "when did the twins' money stop?",
        "双胞胎的补贴什么时候停的",
    ],
)
async def test_an_ended_subsidy_of_twins_born_in_a_month_says_its_day_is_counted(
    text: str,
) -> None:
    """ "stopped on 1 Mar 2026" of twins "born March 2023": the day is the 1st counted."""
    lang = "zh" if "双" in text else "en"
    reply, _ = await ask(text, lang, **JINAN_TWINS_BORN_MARCH_2023)
    assert ("2026年3月1日" in reply) or ("1 Mar 2026" in reply), reply
    assert ("只知道年月" in reply) or ("known to the month only" in reply), reply


async def test_an_exact_birth_date_gets_no_note() -> None:
    """A birth told to the day ("老二2025年10月8日生的") is exact: no note about the 1st."""
    family = {
        **JINAN_SECOND_BORN_LAST_OCTOBER,
        "children": [
            {"birth_date": "2023-06-10", "precision": "day", "height_cm": None},
            {"birth_date": "2025-10-08", "precision": "day", "height_cm": None},
        ],
    }
    reply, _ = await ask("一个月能领多少 到啥时候", "zh", **family)
    assert "2028年10月8日" in reply and "只知道年月" not in reply, reply


def test_the_result_headline_says_a_birth_month_is_counted_from_the_1st() -> None:
    """The first result names the children whose dates start on a counted 1st."""
    from actions import render
    from actions.headline import headline
    from actions.household import household_from_slots
    from policy_kb import evaluate

    family = JINAN_SECOND_BORN_LAST_OCTOBER
    day = date(2026, 12, 1)
    household = household_from_slots(family, day)
    assert household is not None
    report = evaluate(household, as_of=day)
    children = family["children"]
    for lang, said in (("zh", "第2个孩子只知道出生年月"), ("en", "child 2: birth month only")):
        text = headline(
            report, lang, render.aged_children(children), render.month_only_children(children)
        )
        assert said in text, text
