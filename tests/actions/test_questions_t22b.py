"""Questions tester 22 asked that were answered short: each as the citizen said it, the family
known so far (slots), and what the plan lets the reply say."""

from datetime import date

import pytest

from actions import clock
from tests.actions.test_follow_up_questions import ask

# Jinan, hukou in the city: an elder of 3½ and twins due in February 2027 (today 2026-12-01)
ELDER = {"birth_date": "2023-06-01", "precision": "month", "height_cm": None}
TWIN = {"birth_date": "2027-02-01", "precision": "month", "height_cm": None}
TWINS_DUE = [ELDER, dict(TWIN), dict(TWIN)]
TWINS_DUE_ON_BENEFITS = [
    ELDER,
    {**TWIN, "hardship_at_birth": True},
    {**TWIN, "hardship_at_birth": True},
]


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("双胞胎每个月一共能领多少", "zh"),
        ("俩娃一共一个月多少", "zh"),
        ("两个宝宝加起来每月多少钱", "zh"),
        ("how much do the twins get together each month?", "en"),
    ],
)
async def test_twins_on_the_way_get_600_each_and_the_combined_sum(text: str, lang: str) -> None:
    """Clause 12: twins after an elder are the 2nd and 3rd children, 600 a month each; the
    benefits at the birth not known yet, the 200 more each is said on its condition, and the
    sum of the two both ways (1,200 / 1,600)."""
    reply, _ = await ask(text, lang, city="jinan", hukou_in_city=True, children=TWINS_DUE)
    assert "600" in reply and "1,200" in reply and "1,600" in reply, reply
    assert "孩子的人数和出生日期" not in reply
    assert "第12条" in reply or "clause 12" in reply


async def test_twins_born_while_on_benefits_get_1600_together() -> None:
    """The unemployment benefit at the birth confirmed: 800 each, 1,600 together."""
    reply, _ = await ask(
        "俩娃一共一个月多少", "zh", city="jinan", hukou_in_city=True, children=TWINS_DUE_ON_BENEFITS
    )
    assert "600+200=800元/月" in reply and "两个一共每月1,600元" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"), [("一个月800是吧", "zh"), ("so 800 a month each?", "en")]
)
async def test_800_before_the_benefits_at_the_birth_are_known_is_a_conditional_no(
    text: str, lang: str
) -> None:
    """800 is 600 plus the 200 that holds only for a birth while on benefits: the reply says
    on which condition, and gives the figures (never a bare 'not this figure')."""
    reply, _ = await ask(text, lang, city="jinan", hukou_in_city=True, children=TWINS_DUE)
    assert reply.startswith(("不一定", "Only if")), reply
    assert "不是这个数" not in reply and "600" in reply


@pytest.mark.parametrize(
    ("text", "lang"), [("一个月700是吧", "zh"), ("it's 700 a month right", "en")]
)
async def test_a_figure_that_is_none_of_them_gets_no_and_the_figures(text: str, lang: str) -> None:
    reply, _ = await ask(text, lang, city="jinan", hukou_in_city=True, children=TWINS_DUE)
    assert reply.startswith(("不是。", "No.")), reply
    assert "600" in reply and "1,200" in reply


# Jinan: a first child of 5 and 二宝 born October 2025
ELDER_AND_SECOND = [
    {"birth_date": "2021-06-01", "precision": "month", "height_cm": None},
    {"birth_date": "2025-10-01", "precision": "month", "height_cm": None},
]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那为啥老大没有育儿补贴", "zh"),
        ("老大为什么不给", "zh"),
        ("凭什么老大没有", "zh"),
        ("why does the first one get nothing?", "en"),
        ("how come our eldest doesn't get it", "en"),
    ],
)
async def test_why_the_first_child_gets_no_subsidy_is_the_orders_rule(text: str, lang: str) -> None:
    """Clause 12 is for 2nd and 3rd children born from 1 January 2023: the elder is the 1st
    child, so the reply gives that reason, not the second child's 600 again."""
    reply, _ = await ask(
        text,
        lang,
        city="jinan",
        hukou_in_city=True,
        children=ELDER_AND_SECOND,
        topic_entry="jinan.childcare_subsidy",
    )
    assert ("第1个孩子，所以没有" in reply) or ("is the 1st child, so no" in reply), reply
    assert "第12条" in reply or "clause 12" in reply
    assert "21,600" not in reply and "抱歉" not in reply


FIRST_DUE_IN_BEIJING = [{"birth_date": "2027-05-01", "precision": "month", "height_cm": None}]


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("why not? other cities give money", "en", "beijing.leave_entitlements"),
        ("how come there's no baby money here", "en", None),
        ("为啥北京没有育儿补贴", "zh", None),
        ("为什么不发钱 别的城市都有", "zh", "beijing.leave_entitlements"),
    ],
)
async def test_why_beijing_gives_no_money_is_its_clause_12(
    text: str, lang: str, topic: str | None
) -> None:
    """Beijing's plan (12) only announces a family upbringing subsidy system, with no recipients
    or amount: that is the reason, said once with its clause, not the leave again."""
    reply, _ = await ask(
        text,
        lang,
        city="beijing",
        hukou_in_city=True,
        children=FIRST_DUE_IN_BEIJING,
        topic_entry=topic,
    )
    assert "(12)" in reply and ("家庭养育补贴制度" in reply or "upbringing subsidy" in reply), reply
    assert "600" not in reply and "leave" not in reply.lower() and "产假" not in reply


# Jinan: a granddaughter of 4 and a grandson born "今年3月" (month only), now 9 months old
SECOND_BORN_IN_MARCH = [
    {"birth_date": "2022-06-01", "precision": "month", "approx": "4岁"},
    {"birth_date": "2026-03-01", "precision": "month"},
]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("孩子医保要交钱吗", "zh"),
        ("宝宝参加居民医保需要自己缴费吗", "zh"),
        ("does the baby's resident insurance cost us anything?", "en"),
    ],
)
async def test_newborn_insurance_after_six_months_asks_whether_enrolled_in_time(
    text: str, lang: str
) -> None:
    """Clause 15: a 2nd child enrolled within 6 months of the birth has that year's contribution
    paid in full. Past the window the reply says the rule and asks whether the child was
    enrolled in time; born in March (no day said), the window ends around September."""
    reply, _ = await ask(
        text, lang, city="jinan", hukou_in_city=True, children=SECOND_BORN_IN_MARCH
    )
    assert ("期限内参保的吗" in reply) or ("enrolled in time?" in reply), reply
    assert ("2026年9月前后" in reply) or ("around September 2026" in reply)
    assert "9月1日结束" not in reply and "ended 1 September" not in reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [("那老大有没有", "zh"), ("老大呢 也有吗", "zh"), ("and the older one?", "en")],
)
async def test_the_elder_asked_after_the_supplement_hears_of_the_subsidy_itself(
    text: str, lang: str
) -> None:
    """After the 200 more (clause 12's supplement), a question naming only the elder is about
    the subsidy itself: the 600 is not for a first child, so neither is the 200."""
    reply, _ = await ask(
        text,
        lang,
        city="jinan",
        hukou_in_city=True,
        children=TWINS_DUE,
        topic_entry="jinan.childcare_subsidy_hardship_supplement",
    )
    assert "600" in reply and ("第1个孩子不在此列" in reply or "this is the 1st child" in reply), (
        reply
    )
    assert "困难家庭加发" not in reply and "supplement" not in reply
