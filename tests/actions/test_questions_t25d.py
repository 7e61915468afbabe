"""What the answers say, as tester 25 met them (list d): each test is a family (the slots),
what the citizen wrote, and what the reply must and must not say."""

from datetime import date

import pytest

from actions import clock
from actions.focus import asked_measure
from tests.actions.test_follow_up_questions import ask
from wording.cities import likened_city, mentioned_city


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# --- 1. a city held up as the example is not the city asked about -------------------------

BEIJING_TODDLER = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [{"birth_date": "2024-06-01", "precision": "month", "height_cm": None}],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("is there a monthly cash subsidy in beijing like jinan?", "en"),  # tester 25 c02, x01
        ("any monthly money in beijing like in jinan?", "en"),
        ("北京有没有像济南那样每月的现金补贴", "zh"),
        ("北京有没有像济南一样的每月补贴", "zh"),
    ],
)
async def test_a_beijing_family_asking_for_money_like_jinans_hears_beijings_plan_first(
    text: str, lang: str
) -> None:
    """Beijing (12): a subsidy system to be gradually established, no amount; Jinan's 600 a
    month (clause 12) only as Jinan's own rule, after it; never "the Jinan plan says nothing"."""
    reply, _ = await ask(text, lang, **BEIJING_TODDLER)
    first = "".join(reply.split("\n")[:2])
    if lang == "zh":
        assert "北京" in first and "养育补贴制度" in first, reply
        assert "济南的方案没有写" not in reply, reply
        assert "600元" in reply and "只适用于济南" in reply, reply
        assert reply.index("(12)") < reply.index("600元"), reply
    else:
        assert "Beijing" in first and "subsidy system" in first, reply
        assert "Jinan plan says nothing" not in reply, reply
        assert "600 yuan" in reply and "applies in Jinan only" in reply, reply
        assert reply.index("(12)") < reply.index("600 yuan"), reply


def test_the_likened_city_is_not_the_one_asked() -> None:
    assert mentioned_city("is there a monthly cash subsidy in beijing like jinan?") == "beijing"
    assert mentioned_city("济南有没有像北京那样的公租房优先") == "jinan"
    assert likened_city("北京陪产假几天") is None
    assert likened_city("Jinan or Beijing?") is None


# --- 2. a nursery and money for it: the 400 to nurseries, whatever was discussed -----------

JINAN_THREE_ON_DIBAO = {  # tester 25 c07, after the 600 was discussed
    "city": "jinan",
    "hukou_in_city": True,
    "dibao": True,
    "children": [
        {"birth_date": "2018-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2022-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2026-03-01", "precision": "month", "height_cm": None},
    ],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}
JINAN_NEWBORN_TWINS = {  # tester 25 c10
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2022-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2026-11-03", "precision": "day", "height_cm": None},
        {"birth_date": "2026-11-03", "precision": "day", "height_cm": None},
    ],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang", "family"),
    [
        ("老三上托儿所有补贴不", "zh", JINAN_THREE_ON_DIBAO),  # tester 25 c07
        ("托儿所 不是育儿补贴 是上托儿所的钱", "zh", JINAN_THREE_ON_DIBAO),  # its correction
        ("老三送托育机构 费用有补助吗", "zh", JINAN_THREE_ON_DIBAO),
        ("不是每月600那个 是托班的钱", "zh", JINAN_THREE_ON_DIBAO),
        ("the twins go to a nursery later, is there help with fees?", "en", JINAN_NEWBORN_TWINS),
        ("the twins go to a nursery later, is there help with fees?", "en", JINAN_THREE_ON_DIBAO),
        (
            "you said nothing about nursery fees, but I heard jinan pays 400 a month?",
            "en",
            JINAN_NEWBORN_TWINS,
        ),  # tester 25 c10
        ("does daycare cost less for us?", "en", JINAN_THREE_ON_DIBAO),
    ],
)
async def test_a_nursery_fee_question_in_a_conversation_gets_the_400_to_nurseries(
    text: str, lang: str, family: dict[str, object]
) -> None:
    """Jinan clause 12: recorded nurseries at the inclusive guideline price get 400 yuan per
    child a month; the 600 under discussion does not displace it, nor is the plan 'silent'."""
    reply, events = await ask(text, lang, **family)
    assert "400" in reply and ("第12条" in reply or "clause 12" in reply), reply
    assert "600" not in reply.split("\n", 1)[0], reply
    assert "没有写这方面的规定" not in reply and "says nothing" not in reply, reply
    topic = next(e["value"] for e in events if e.get("name") == "topic_entry")
    assert topic == "jinan.childcare_fee_subsidy_institution"


async def test_the_monthly_600_is_still_what_a_child_money_question_gets() -> None:
    reply, _ = await ask("老三有补贴吗", "zh", **JINAN_THREE_ON_DIBAO)
    assert "600" in reply and "托育费补贴" not in reply, reply


async def test_a_beijing_nursery_money_question_says_no_money_goes_to_families() -> None:
    """Beijing (10) promotes inclusive nursery places and pays families nothing (tester 25
    c09 got a generic list)."""
    reply, _ = await ask("想问托儿所有补贴不", "zh", **BEIJING_TODDLER)
    assert "托育" in reply and "(10)" in reply, reply
    assert "400" not in reply, reply


# --- 3. the loan ceiling for the payers asked: one figure, clause 14 ----------------------

LOAN_DISCUSSED = {"city": "jinan", "topic_entry": "jinan.housing_fund_loan_limit"}
TWO_KIDS = [
    {"birth_date": "2019-01-01", "precision": "month", "height_cm": None},
    {"birth_date": "2023-03-01", "precision": "month", "height_cm": None},
]


@pytest.mark.parametrize(
    ("text", "lang", "slots", "figure", "not_said"),
    [
        # tester 25 c05, x03: after the ceiling, on the hotline and in a chat
        ("and one payer?", "en", {"hotline_city": "jinan", "housing_fund_contributors": 2},
         "600,000 yuan", "1,000,000"),
        ("and one payer?", "en", {"children": TWO_KIDS}, "600,000 yuan", "900,000"),
        ("what if only one of us pays?", "en", {}, "600,000 yuan", "Withdraw"),
        ("只有一个人交呢", "zh", {}, "60万元", "900,000"),
        ("那俩人都交呢", "zh", {"children": TWO_KIDS}, "90万元", "600,000"),
    ],
)  # fmt: skip
async def test_a_payer_count_after_the_loan_ceiling_gets_that_figure(
    text: str, lang: str, slots: dict[str, object], figure: str, not_said: str
) -> None:
    """Jinan clause 14: one payer 600,000 yuan for 2- and 3-child families; two or more:
    900,000 (two children) or 1,000,000 (three); never clause 20 or 'first home?'."""
    reply, _ = await ask(text, lang, **{**LOAN_DISCUSSED, **slots})
    assert figure in reply and ("clause 14" in reply or "第14条" in reply), reply
    assert not_said not in reply, reply
    assert "clause 20" not in reply and "first home?" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("jinan 3rd child, both parents pay housing fund, first home. max HPF loan?", "en",
         "1,000,000 yuan"),  # tester 25 c05
        ("3 kids, ONE parent pays. max housing fund loan?", "en", "600,000 yuan"),
        ("三孩 俩人都交公积金 最多贷多少", "zh", "100万元"),
        ("二胎 一个人交公积金 最高能贷多少", "zh", "60万元"),
    ],
)  # fmt: skip
async def test_a_case_stated_in_full_gets_its_one_figure(text: str, lang: str, figure: str) -> None:
    reply, _ = await ask(text, lang, city="jinan", hotline_city="jinan")
    assert figure in reply, reply
    assert "How many children" not in reply and "孩子的人数" not in reply, reply
    other = {
        "1,000,000 yuan": "600,000",
        "600,000 yuan": "1,000,000",
        "100万元": "60万",
        "60万元": "100万",
    }
    assert other[figure] not in reply, reply


# --- 4. the asked child's monthly money and its period, from the facts already given -------


@pytest.mark.parametrize(
    ("first", "text", "lang", "said"),
    [
        # tester 25 r02
        ("三孩 2023年2月10日生的 出生时领低保 济南户口", "一个月多少 到啥时候", "zh",
         ["600+200=800元/月", "28,800元", "2026年2月10日", "已结束"]),
        ("济南户口 老三是2023年2月10号生的 那会儿家里吃低保", "每月能拿多少 领到哪天", "zh",
         ["800元/月", "2026年2月10日"]),
        ("jinan hukou, our third was born on 10 Feb 2023 and we were on dibao then",
         "how much a month and until when?", "en",
         ["600+200=800 yuan/month", "28,800 yuan", "10 Feb 2026"]),
    ],
)  # fmt: skip
async def test_the_monthly_money_of_a_child_whose_elders_dates_do_not_matter_is_answered(
    first: str, text: str, lang: str, said: list[str]
) -> None:
    """Clause 12: the third child born 2023-02-10 while on dibao got 600+200 a month until its
    third birthday, 2026-02-10 (ended); the elder two were born before 2023 whatever their
    dates, so the answer needs no more facts and asks none."""
    from actions.household_form import accepted_updates

    slots = accepted_updates(first, {}, date(2026, 12, 1)).updates
    for state in ({"requested_slot": "birth_insurance"}, {"result_shown": True}):
        reply, _ = await ask(text, lang, **slots, **state)
        for part in said:
            assert part in reply, reply
        assert "还需要知道" not in reply and "still needed" not in reply, reply


async def test_a_may_birth_ends_in_may() -> None:
    """A child born in May 2023 turned 3 in May 2026: its 600 ended then, not in June."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2021-06-01", "precision": "month", "height_cm": None},
            {"birth_date": "2023-05-01", "precision": "month", "height_cm": None},
        ],
        "result_shown": True,
    }
    reply, _ = await ask("老二能领多少", "zh", **family)
    assert "2026年5月" in reply and "2026年6月" not in reply, reply
    assert "600元/月" in reply and "21,600元" in reply, reply


# --- 5. "有补贴没" of children to be born: the 600 a month each leads ---------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("你好 我们济南户口 老大5岁了 现在怀了双胞胎 7个月 这俩生下来有补贴没", "zh"),  # c01
        ("济南户口 老大5岁 怀了双胞胎 7个月了 生下来给钱没", "zh"),
        ("济南户口 大的5岁 怀着二胎 7个月 生了有补助没有", "zh"),
        ("we have jinan hukou, our son is 5 and twins are due in february. will they get any "
         "subsidy once born?", "en"),
    ],
)  # fmt: skip
async def test_money_asked_for_children_due_leads_with_the_monthly_subsidy(
    text: str, lang: str
) -> None:
    """Jinan clause 12: 600 yuan a month for the 2nd and 3rd child until 3; a '有补贴没' is
    that money, not the newborns' insurance premium waiver (clause 15) alone."""
    from actions.household_form import accepted_updates
    from actions.results import focused_reply
    from policy_kb import get_entry
    from tests.actions.conftest import make_tracker

    slots = accepted_updates(text, {}, date(2026, 12, 1)).updates
    asked = asked_measure(text, "jinan", lang)
    assert asked is not None and asked.id == "jinan.childcare_subsidy", asked
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    reply = focused_reply(tracker, slots, get_entry(asked.id), lang, question=text)
    first = reply.split("\n", 1)[0]
    assert "600" in first, reply
    assert "居民医保" not in first and "medical insurance" not in first, reply


# --- 6. two questions in one message, a space between them: each once, in order -----------

JINAN_SECOND_BORN_IN_OCTOBER = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2021-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2026-10-01", "precision": "month", "height_cm": None},
    ],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("每月补贴多少 陪产假几天", "600元/月", "陪产假"),  # tester 25 x02
        ("一个月补贴多少钱 产假多少天", "600元/月", "158天"),
        ("陪产假几天 每个月补贴多少", "陪产假", "600元/月"),
    ],
)
async def test_the_monthly_money_and_a_leave_asked_together_are_each_answered_once(
    text: str, first: str, second: str
) -> None:
    """Clause 12's 600 a month and clause 11's leave, in the order asked, the money once."""
    reply, _ = await ask(text, "zh", **JINAN_SECOND_BORN_IN_OCTOBER)
    assert first in reply and second in reply, reply
    assert reply.index(first) < reply.index(second), reply
    assert reply.count("共21,600元") == 1, reply


# --- 7. the grandparents asked after another measure: their LTC subsidy, clause 15 --------


@pytest.mark.parametrize(
    "text",
    [
        "both twins count for the grandparents right? and how much do they save",  # c10
        "how much do the grandparents save",
        "what's in it for the grandparents?",
    ],
)
async def test_a_grandparents_question_after_the_rent_answer_is_about_the_grandparents(
    text: str,
) -> None:
    """Jinan clause 15: grandparents' long-term care insurance contribution paid in full for
    the 2nd and 3rd child born from 2023; not the rent withdrawal discussed before."""
    family = {**JINAN_NEWBORN_TWINS, "topic_entry": "jinan.housing_fund_rent_withdrawal"}
    reply, events = await ask(text, "en", **family)
    assert "long-term care" in reply and "clause 15" in reply, reply
    assert "withdraw" not in reply.lower() and "the rent" not in reply.lower(), reply
    topic = next(e["value"] for e in events if e.get("name") == "topic_entry")
    assert topic == "jinan.grandparents_ltc_insurance_subsidy"
