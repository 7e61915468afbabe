"""Follow-up questions citizens ask after the first answer, as testers played them: an amount to
confirm ("一个月800是吧") for a child whose money has ended, "那补到什么时候", extra money for a
hardship birth ("能多给吗"), taking money out of the housing fund, a percentage to confirm, the
father's leave asked beside the mother's, a child asked about with its height, and things neither
plan pays for. Today is 1 June 2025 (tests/actions/conftest.py) unless a test says otherwise."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.focus import asked_measure, measures_asked
from actions.results import ActionNextSteps, monthly_total_for
from tests.actions.conftest import DOMAIN, make_tracker, texts
from understanding import understand
from wording.understood import readback

# Jinan hukou, two children; the second born 15 March 2023 while the family drew dibao, so
# clause 12 paid it 600 + 200 a month until its third birthday, 15 March 2026.
ON_DIBAO_AT_THE_BIRTH = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2021-05-15", "precision": "day", "height_cm": None},
        {
            "birth_date": "2023-03-15",
            "precision": "day",
            "height_cm": None,
            "hardship_at_birth": True,
        },
    ],
    "result_shown": True,
}


@pytest.fixture
def late_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 11, 30))


# a date of a birth known to the month is said to be counted from the 1st (tester 24 item 21)
MONTH_NOTE = "（第2个孩子的出生日期只知道年月，按当月1日计算，截止日期可能略早；告诉我具体日期可得到准确日期。）"


async def ask(text: str, lang: str = "zh", **slots: object) -> tuple[str, list[dict[str, object]]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), events


@pytest.mark.usefixtures("late_2026")
def test_800_a_month_confirmed_after_the_child_turned_3_says_it_was_and_has_stopped() -> None:
    reply = monthly_total_for(ON_DIBAO_AT_THE_BIRTH, "一个月800是吧", "zh")
    assert reply is not None
    assert reply.startswith("以前是，现在已停发。")
    assert (
        "第2个孩子：600+200=800元/月，共28,800元（按从出生起算），已于2026年3月15日停发。" in reply
    )
    assert "第1个孩子" not in reply  # the first child never had it: no line about it
    assert "第12条" in reply


@pytest.mark.usefixtures("late_2026")
def test_the_same_in_english() -> None:
    reply = monthly_total_for(ON_DIBAO_AT_THE_BIRTH, "so it's 800 a month right?", "en")
    assert reply is not None and reply.startswith("It was; it has stopped.")
    assert "600+200=800 yuan/month, 28,800 yuan in total (counted from the birth), stopped" in reply


@pytest.mark.usefixtures("late_2026")
async def test_until_when_after_the_monthly_answer_gives_the_childs_own_end() -> None:
    reply, events = await ask("一个月800是吧", **ON_DIBAO_AT_THE_BIRTH)
    topic = next(e["value"] for e in events if e.get("name") == "topic_entry")
    assert topic == "jinan.childcare_subsidy"  # the subsidy itself, not the 400 to nurseries
    reply, _ = await ask("那补到什么时候", **ON_DIBAO_AT_THE_BIRTH, topic_entry=topic)
    assert "至2026年3月15日止" in reply and "已结束" in reply
    assert not reply.startswith("不能")  # "until when" is no yes/no question


def test_a_tag_question_confirming_a_figure_is_a_question() -> None:
    assert asked_measure("一个月800是吧", "jinan", "zh") is not None
    assert asked_measure("so it's 600 a month right", "jinan", "en") is not None


def test_extra_money_for_a_birth_on_benefits_is_the_hardship_supplement() -> None:
    """Jinan clause 12's 200 a month more, asked without its name; the husband named is no
    question about paternity leave."""
    for text in ("我老公现在领失业金 老三能多给吗", "低保户 生二胎能多发点吗"):
        entry = asked_measure(text, "jinan", "zh")
        assert entry is not None and entry.id == "jinan.childcare_subsidy_hardship_supplement"


def test_taking_money_out_of_the_housing_fund_is_the_rent_withdrawal() -> None:
    """Jinan clause 14: withdrawing for rent, not the loan ceiling; borrowing stays the loan."""
    for text, lang in (
        ("公积金能取多少", "zh"),
        ("租房的话公积金能提吗", "zh"),
        ("we rent, don't own a house, can we take out the housing fund?", "en"),
    ):
        entry = asked_measure(text, "jinan", lang)
        assert entry is not None and entry.id == "jinan.housing_fund_rent_withdrawal", text
    loan = asked_measure("那买房能贷多少", "jinan", "zh")
    assert loan is not None and loan.id == "jinan.housing_fund_loan_limit"


def test_a_percentage_quoted_names_the_rate_it_is() -> None:
    """Jinan clause 15: flexible employment reimburses 50 % of delivery costs."""
    for text in ("报百分之50是吧", "能报50%吗"):
        entry = asked_measure(text, "jinan", "zh")
        assert entry is not None and entry.id == "jinan.childbirth_medical_insurance", text
    assert asked_measure("孩子5岁 能领吗", "jinan", "zh") is None  # an age is no percentage


def test_the_fathers_leave_asked_after_the_mothers_is_the_second_part() -> None:
    for text in ("产假多少天 我老公能休几天", "产假几天 孩子爸可以休多久"):
        asked = [e.id for e in measures_asked(text, "jinan")]
        assert asked == ["jinan.maternity_leave", "jinan.paternity_leave"], text


async def test_milk_powder_and_a_baby_bonus_are_in_neither_plan() -> None:
    reply, _ = await ask("can I get money for the milk powder or a bonus for baby?", "en")
    assert "milk powder" in reply and "one-off birth bonus" in reply
    reply, _ = await ask("有没有奶粉补贴", city="beijing")
    assert "都没有奶粉、尿不湿等母婴用品的补贴" in reply


def test_benefits_now_told_with_those_at_the_birth_need_no_note_that_the_birth_is_asked() -> None:
    said = understand("老二23年3月生的 生的时候家里吃低保 现在不吃了", {}, None, date(2026, 11, 30))
    line = readback(said, "jinan", "zh", 2)
    assert "现在没有领低保、特困供养或失业金" in line and "还要再问" not in line
    now_only = understand("现在在领失业金", {}, None, date(2026, 11, 30))
    assert "还要再问" in readback(now_only, "jinan", "zh", 1)


BEIJING_BABY_AND_SEVEN_YEAR_OLD = {
    "topic_entry": "beijing.child_free_transit",
    "city": "beijing",
    "children": [
        {"birth_date": "2018-05-01", "precision": "month", "height_cm": None},
        {"birth_date": "2024-09-01", "precision": "month", "height_cm": None},
    ],
    "result_shown": True,
}


async def test_the_eldest_asked_about_with_a_height_is_answered_though_the_baby_is_open() -> None:
    """Beijing (12): 1.35 m is not under 1.3 m, so the eldest pays; the baby's height is unknown."""
    slots = {**BEIJING_BABY_AND_SEVEN_YEAR_OLD}
    slots["children"] = [
        {**slots["children"][0], "height_cm": 135.0},  # type: ignore[index]
        slots["children"][1],  # type: ignore[index]
    ]
    reply, _ = await ask("那老大呢 他1米35了", **slots)
    assert "135厘米" in reply and "第2个孩子" not in reply


TWINS_AND_AN_ELDER = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2018-05-01", "precision": "month", "height_cm": None},
        {"birth_date": "2024-03-01", "precision": "month", "height_cm": None},
        {"birth_date": "2024-03-01", "precision": "month", "height_cm": None},
    ],
}


def test_the_twins_monthly_total_and_where_to_apply_are_both_answered() -> None:
    reply = monthly_total_for(
        TWINS_AND_AN_ELDER, "how much do twins get per month total and where to apply?", "en"
    )
    assert reply is not None and "1,200 yuan a month in total" in reply
    assert "How to apply for Childcare subsidy" in reply
    assert "Lead department: Municipal Health Commission" in reply  # clause 12


def test_twins_born_before_2023_hear_why_they_get_nothing_not_the_elder_child() -> None:
    born_2022 = {
        **TWINS_AND_AN_ELDER,
        "children": [
            {"birth_date": "2018-05-01", "precision": "month", "height_cm": None},
            {"birth_date": "2022-12-01", "precision": "month", "height_cm": None},
            {"birth_date": "2022-12-01", "precision": "month", "height_cm": None},
        ],
    }
    reply = monthly_total_for(born_2022, "how much per month in total?", "en")
    assert reply is not None and reply.startswith(
        "No. For your family, no money is paid monthly now."
    )
    assert "child 3" in reply and "child 1" not in reply


@pytest.mark.usefixtures("late_2026")
def test_money_that_ended_without_hardship_told_is_the_600_alone() -> None:
    """The 200 supplement ended with the third birthday too, but it was never paid to a family
    that did not say it drew such benefits at the birth (clause 12)."""
    children = [dict(c) for c in ON_DIBAO_AT_THE_BIRTH["children"]]  # type: ignore[attr-defined]
    children[1].pop("hardship_at_birth")
    reply = monthly_total_for({**ON_DIBAO_AT_THE_BIRTH, "children": children}, "一个月多少钱", "zh")
    assert (
        reply is not None
        and "第2个孩子：600元/月，共21,600元（按从出生起算），已于2026年3月15日" in reply
    )
    assert "200" not in reply


@pytest.mark.usefixtures("late_2026")
def test_a_housing_fund_question_per_month_is_not_the_monthly_subsidy() -> None:
    assert (
        monthly_total_for(ON_DIBAO_AT_THE_BIRTH, "那公积金一个月最多能取多少 去哪取", "zh") is None
    )


def test_monthly_money_asked_in_beijing_is_the_subsidy_system_the_plan_promises() -> None:
    """Beijing (12): a family upbringing subsidy system 'to be established', no amount."""
    for text in ("do we get monthly money for twins?", "北京每个月有补贴吗"):
        entry = asked_measure(text, "beijing", "en")
        assert entry is not None and entry.id == "beijing.family_upbringing_subsidy_system"
    family = {
        "city": "beijing",
        "hukou_in_city": True,
        "children": [{"birth_date": "2025-03-01", "precision": "month", "height_cm": None}],
    }
    reply = monthly_total_for(family, "do we get monthly money for twins?", "en")
    assert reply is not None and reply.startswith(
        "No. For your family, no money is paid monthly now."
    )


def test_600_a_month_confirmed_for_a_baby_on_the_way_is_yes_once_it_is_born() -> None:
    """Jinan clause 12: the second child due in January 2026 gets 600 a month from its birth."""
    expecting = {
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children": [
            {"birth_date": "2023-06-01", "precision": "month", "height_cm": None},
            {"birth_date": "2026-01-15", "precision": "day", "height_cm": None, "expected": True},
        ],
    }
    reply = monthly_total_for(expecting, "so it's 600 a month right?", "en")
    assert reply is not None and reply.startswith("Yes, once the baby is born.")
    assert "600 yuan/month" in reply


async def test_how_much_housing_fund_a_renting_family_can_take_out_gets_the_rule() -> None:
    """Jinan clause 14: by the actual rent paid; the plan sets no amount."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2021-05-01", "precision": "month", "height_cm": None},
            {"birth_date": "2025-11-01", "precision": "month", "height_cm": None},
        ],
        "renting": True,
        "owns_home_in_city": False,
        "housing_fund_contributors": 2,
        "result_shown": True,
    }
    reply, _ = await ask("How much housing fund can we take out?", "en", **family)
    assert "according to the actual rent they pay" in reply and "clause 14" in reply
    follow, _ = await ask(
        "how much exactly? like per month or per year?",
        "en",
        **family,
        topic_entry="jinan.housing_fund_rent_withdrawal",
    )
    assert "400" not in follow  # not the subsidy paid to childcare organisations (clause 12)
    assert "actual rent" in follow


def test_the_familys_insurance_told_beside_a_money_question_is_not_the_question() -> None:
    """The fact's span ("employee maternity") covers only part of the measure's synonym
    ("maternity insurance"); the question is Beijing's monthly money, (12)."""
    text = "my wife had employee maternity insurance. do we get monthly money for twins?"
    entry = asked_measure(text, "beijing", "en")
    assert entry is not None and entry.id == "beijing.family_upbringing_subsidy_system"


async def test_where_to_apply_for_the_600_is_the_childcare_subsidy() -> None:
    """Clause 12's 600 a month, named by its figure: its lead department, not another measure's."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "where do I apply for the 600? what documents?",
        intent="ask_next_steps",
        language="en",
        city="jinan",
        topic_entry="jinan.iit_infant_care_deduction",
    )
    await ActionNextSteps().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "Childcare subsidy" in reply and "Municipal Health Commission" in reply
    assert "deduction" not in reply


def test_the_twins_medical_insurance_is_the_newborn_contribution_subsidy() -> None:
    """Jinan clause 15: a second or third child's resident insurance contribution is paid."""
    for text in ("双胞胎的医保怎么办", "那双胞胎医保呢 要不要钱"):
        entry = asked_measure(text, "jinan", "zh")
        assert entry is not None and entry.id == "jinan.newborn_medical_insurance_subsidy", text


def test_an_answer_two_actions_reach_in_one_turn_is_sent_once() -> None:
    """Tester 8's grandmother read the 1,200 a month block twice in one reply: the form's
    extraction answered it, then the result did."""
    from actions.turn import utter_once

    tracker = make_tracker("有房 那现在一个月总共多少", language="zh")
    tracker.events.append({"event": "bot", "text": "每月合计1,200元："})
    dispatcher = CollectingDispatcher()
    utter_once(dispatcher, tracker, "每月合计1,200元：")
    utter_once(dispatcher, tracker, "另一条")
    utter_once(dispatcher, tracker, "另一条")
    assert [m["text"] for m in dispatcher.messages] == ["另一条"]


def test_an_answer_already_sent_within_a_longer_message_is_not_sent_again() -> None:
    """Tester 17's hotline worker read the 50 % answer joined with another measure's, then alone."""
    from actions.turn import utter_once

    tracker = make_tracker("灵活就业的报50%对吧 哪条", language="zh")
    tracker.events.append(
        {"event": "bot", "text": "住院分娩：报销50%。\n依据：第15条\n育儿补贴困难家庭加发"}
    )
    dispatcher = CollectingDispatcher()
    utter_once(dispatcher, tracker, "住院分娩：报销50%。\n依据：第15条")
    assert dispatcher.messages == []


async def test_a_height_told_with_what_else_after_the_answer_lists_every_item() -> None:
    """Tester 8's Beijing father: "my older girl is 4, about 105cm. ok what else?" got the
    last answer again; he gets the height noted and every item (Beijing (12): under 1.3 m)."""
    from actions.conversation import ActionHandleCorrection

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "my older girl is about 105cm. ok what else?",
        intent="correct",
        language="en",
        **{**BEIJING_BABY_AND_SEVEN_YEAR_OLD, "topic_entry": None},
    )
    await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "105 cm" in reply
    assert "items your family can get" in reply and "Free buses" in reply


@pytest.mark.usefixtures("late_2026")
def test_the_total_of_money_that_ended_is_confirmed() -> None:
    """ "36个月是21600吧" of a second child born in 2023, now past 3: 600 x 36 (clause 12)."""
    children = [dict(c) for c in ON_DIBAO_AT_THE_BIRTH["children"]]  # type: ignore[attr-defined]
    children[1].pop("hardship_at_birth")
    family = {**ON_DIBAO_AT_THE_BIRTH, "children": children}
    reply = monthly_total_for(family, "老二育儿补贴一共领了多少 36个月是21600吧", "zh")
    assert reply is not None and reply.startswith("以前是，现在已停发。")
    assert "共21,600元" in reply
    total = monthly_total_for(family, "一共领了多少钱", "zh")
    assert total is not None and "共21,600元" in total


def test_a_short_question_telling_the_eldests_height_is_answered_for_the_eldest() -> None:
    """Beijing (12): "老大1米35 坐地铁要钱吗" while the baby's height is unknown: the eldest pays."""
    from actions.results import named_child_answer
    from policy_kb import get_entry

    slots = {**BEIJING_BABY_AND_SEVEN_YEAR_OLD}
    slots["children"] = [
        {**slots["children"][0], "height_cm": 135.0},  # type: ignore[index]
        slots["children"][1],  # type: ignore[index]
    ]
    entry = get_entry("beijing.child_free_transit")
    reply = named_child_answer(slots, entry, "老大1米35 坐地铁要钱吗", "zh")
    assert reply is not None and reply.startswith("要。") and "135厘米" in reply


async def test_one_payer_instead_of_two_after_the_loan_answer_is_a_what_if() -> None:
    """Jinan clause 14: a two-child family's ceiling is 900,000 with two payers, 600,000 with one.
    "一个人交的话呢" had got "not in the documents"."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2021-05-01", "precision": "month", "height_cm": None},
            {"birth_date": "2023-05-01", "precision": "month", "height_cm": None},
        ],
        "housing_fund_contributors": 2,
        "buying_first_home": True,
        "result_shown": True,
        "topic_entry": "jinan.housing_fund_loan_limit",
    }
    reply, _ = await ask("一个人交的话呢", **family)
    assert "600,000元" in reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("低保家庭生二胎的育儿补贴是多少", "zh"),
        ("特困户的育儿补贴一个月给多少", "zh"),
        ("加发的200是怎么回事", "zh"),
        ("how much is the childcare subsidy for a family on dibao?", "en"),
    ],
)
async def test_a_hardship_familys_subsidy_in_general_is_600_plus_200(text: str, lang: str) -> None:
    """Clause 12 asked in general of a family on dibao, special hardship support or unemployment
    benefits at the birth: the 600 a month for a second or third child and the 200 on top of it,
    800 a month until the child turns 3, not the 200 alone."""
    reply, _ = await ask(text, lang, city="jinan")
    assert "600+200=800" in reply
    assert "第12条" in reply or "clause 12" in reply


async def test_the_subsidy_asked_in_general_by_no_hardship_family_is_600_alone() -> None:
    reply, _ = await ask("济南育儿补贴一个月多少钱", city="jinan")
    assert "600" in reply
    assert "800" not in reply


@pytest.mark.parametrize(
    ("text", "lang", "lead"),
    [
        ("so it's 15 days right?", "en", "Yes: at least 15 days."),  # "no less than" (t21 c3)
        ("就是15天是吧", "zh", "对，是不少于15天。"),
        ("陪产假二十天对吧", "zh", "不是这个数。"),
        ("so 20 days, correct?", "en", "No, that is not the figure."),
    ],
)
async def test_a_figure_put_back_about_the_measure_discussed_gets_yes_or_no(
    text: str, lang: str, lead: str
) -> None:
    """After Jinan's paternity leave (clause 11: no less than 15 days), the figure said back is
    confirmed or denied, with the measure as the plan states it."""
    reply, events = await ask(text, lang, city="jinan", topic_entry="jinan.paternity_leave")
    assert reply.startswith(lead)
    assert "15" in reply and ("第11条" in reply or "clause 11" in reply)
    assert {"event": "slot", "name": "topic_entry", "value": "jinan.paternity_leave"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


async def test_a_loan_ceiling_put_back_in_wan_is_found_in_the_table() -> None:
    reply, _ = await ask(
        "最多能贷100万对吧", city="jinan", topic_entry="jinan.housing_fund_loan_limit"
    )
    assert reply.startswith("对。")
    assert "第14条" in reply


async def test_a_figure_put_back_of_another_measure_named_is_checked_against_that_one() -> None:
    reply, _ = await ask("那产假是158天对吧", city="jinan", topic_entry="jinan.paternity_leave")
    assert reply.startswith("对。")
    assert "产假（济南）" in reply and "第11条" in reply


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("what about the older one?", "en", "1st child"),
        ("那老大呢", "zh", "第1个孩子"),
    ],
)
async def test_a_child_asked_about_after_the_subsidy_gets_that_childs_answer(
    text: str, lang: str, said: str
) -> None:
    """After clause 12's subsidy for the second child, 'the older one' asked about (an intent of
    details) is the eldest's answer: only second and third children get it, not a list item."""
    from actions.results import ActionExplainItem

    children = [
        {"birth_date": "2021-01-01", "precision": "year", "height_cm": None},
        {"birth_date": "2024-03-01", "precision": "month", "height_cm": None},
    ]
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        text,
        intent="ask_details",
        language=lang,
        city="jinan",
        hukou_in_city=True,
        children=children,
        result_shown=True,
        topic_entry="jinan.childcare_subsidy",
    )
    events = await ActionExplainItem().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert said in reply
    assert "出生一件事" not in reply and "birth one thing" not in reply.lower()
    assert {"event": "slot", "name": "topic_entry", "value": "jinan.childcare_subsidy"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


async def test_a_figure_of_another_measure_put_back_is_that_measures() -> None:
    """'so its 15 days right?' while the hardship supplement is discussed: the 15 days are the
    paternity leave's (clause 11), not a wrong figure of the supplement."""
    reply, _ = await ask(
        "so its 15 days right? and can I get more than that",
        "en",
        city="jinan",
        topic_entry="jinan.childcare_subsidy_hardship_supplement",
    )
    assert reply.startswith("Yes: at least 15 days.")
    assert "Paternity leave (Jinan)" in reply and "clause 11" in reply


@pytest.mark.parametrize(
    ("text", "lang", "lead"),
    [
        ("so its 15 days right? for dad", "en", "The Beijing plan gives no such figure."),
        ("陪产假是15天吧", "zh", "北京方案没有写这个数。"),
    ],
)
async def test_a_figure_put_back_of_a_beijing_measure_without_figures_is_jinans(
    text: str, lang: str, lead: str
) -> None:
    """Beijing (12) names paternity leave but no number of days: the 15 days said back are Jinan's
    (clause 11), which do not apply in Beijing (tester 13 had been given women's employment
    rights)."""
    reply, _ = await ask(text, lang, city="beijing", topic_entry="beijing.leave_entitlements")
    assert reply.startswith(lead)
    assert "clause 11" in reply or "第11条" in reply
    assert "(12)" in reply


@pytest.mark.parametrize("text", ["老大呢 老大有补贴吗", "那老大呢 有钱拿吗"])
async def test_money_asked_of_a_child_is_the_monthly_subsidy_not_the_last_topic(text: str) -> None:
    """After the housing-fund loan, 老大有补贴吗 asks about the eldest's subsidy: clause 12 gives
    it to second and third children only."""
    children = [
        {"birth_date": "2021-05-01", "precision": "month", "height_cm": None},
        {"birth_date": "2024-03-10", "precision": "day", "height_cm": None},
        {"birth_date": "2024-03-10", "precision": "day", "height_cm": None},
    ]
    reply, _ = await ask(
        text,
        city="jinan",
        hukou_in_city=True,
        children=children,
        result_shown=True,
        topic_entry="jinan.housing_fund_loan_limit",
    )
    assert "第1个孩子" in reply and "第12条" in reply
    assert "贷款" not in reply


async def test_a_question_said_with_a_no_after_the_answer_is_answered_not_a_goodbye() -> None:
    from actions.conversation import ActionNoAfterResult

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "老大呢 老大没有吗",
        intent="deny",
        city="jinan",
        hukou_in_city=True,
        children=[
            {"birth_date": "2021-05-01", "precision": "month", "height_cm": None},
            {"birth_date": "2024-03-10", "precision": "day", "height_cm": None},
        ],
        result_shown=True,
        topic_entry="jinan.childcare_subsidy",
    )
    await ActionNoAfterResult().run(dispatcher, tracker, DOMAIN)
    assert [m.get("response") for m in dispatcher.messages] != ["utter_goodbye"]
    assert "第1个孩子" in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("can we deduct childcare from income tax? how much", "en"),
        ("个税那个怎么算 能抵多少", "zh"),
    ],
)
async def test_a_question_clearly_about_another_measure_leaves_the_last_topic(
    text: str, lang: str
) -> None:
    """After Beijing's free transit (or its leave), the income-tax question is clause (9)'s
    deduction for the care of children under 3, not the measure discussed before."""
    reply, _ = await ask(text, lang, city="beijing", topic_entry="beijing.child_free_transit")
    assert ("个税" in reply) if lang == "zh" else ("income tax" in reply.lower())
    assert "1.3" not in reply


@pytest.mark.parametrize("text", ["那我这个当姥姥的有啥没有 听说老人也有", "我当奶奶的能领啥"])
def test_a_grandmother_asking_for_herself_is_asking_about_clause_15s_grandparents(
    text: str,
) -> None:
    asked = asked_measure(text, "jinan", "zh")
    assert asked is not None and asked.id == "jinan.grandparents_ltc_insurance_subsidy"


@pytest.mark.parametrize(
    ("text", "lang", "city", "said"),
    [
        ("户口有影响吗", "zh", "jinan", "育儿补贴（第12条）"),
        ("does hukou matter?", "en", "beijing", "None of the measures in the Beijing plan"),
    ],
)
async def test_whether_hukou_matters_names_the_measures_that_read_it(
    text: str, lang: str, city: str, said: str
) -> None:
    """Jinan clause 12's subsidy is for the city's household registration; Beijing's plan sets
    no hukou condition anywhere. Neither says for how long, so the answer says so."""
    reply, _ = await ask(text, lang, city=city)
    assert said in reply


async def test_hukou_told_with_the_question_whether_it_matters_is_noted_and_answered() -> None:
    from actions.conversation import ActionHandleCorrection

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "我是北京户口 老婆不是 有影响吗",
        city="beijing",
        children=[{"birth_date": "2022-05-01", "precision": "month", "height_cm": None}],
        result_shown=True,
    )
    await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "北京户口" in reply.splitlines()[0]
    assert "北京的方案里，各项措施都没有写户籍条件" in reply


async def test_an_item_not_yet_due_says_why_and_when_it_will_be() -> None:
    """Jinan clause 14: a renting family without a home, one child and the second due next month
    does not qualify for the rent withdrawal yet; the answer says the birth makes two."""
    reply, _ = await ask(
        "租房能提公积金吗",
        city="jinan",
        hukou_in_city=True,
        renting=True,
        owns_home_in_city=False,
        housing_fund_contributors=2,
        children=[
            {"birth_date": "2023-10-01", "precision": "month", "height_cm": None},
            {"birth_date": "2025-06-20", "precision": "day", "height_cm": None, "expected": True},
        ],
    )
    assert "预产期2025年6月20日的孩子出生后达到2个" in reply


@pytest.mark.parametrize(
    ("text", "lang", "lead"),
    [
        ("托儿所有补贴吗 一个月400是给我们的吗", "zh", "不是。这项是给托育机构的，不发给家庭。"),
        ("is the 400 a month for us?", "en", "No. This is for childcare institutions"),
    ],
)
async def test_an_institutions_subsidy_asked_as_the_familys_says_plainly_it_is_not(
    text: str, lang: str, lead: str
) -> None:
    """Jinan clause 12's 400 yuan a month per enrolled child is paid to childcare institutions
    (asked while the form waits for the insurance, as the tester did)."""
    reply, _ = await ask(text, lang, city="jinan", requested_slot="birth_insurance")
    assert reply.startswith(lead)
    assert "400" in reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("低保加发多少", "zh"),
        ("生了以后一个月能拿800吗", "zh"),
        ("how much is the dibao top-up", "en"),
    ],
)
async def test_the_hardship_top_up_asked_in_general_is_answered_with_the_subsidy(
    text: str, lang: str
) -> None:
    """Jinan clause 12: 200 a month on top of the 600 for a birth while on dibao, special
    hardship support or unemployment benefits (tester 12: refused, and 800 not understood)."""
    reply, _ = await ask(text, lang, city="jinan")
    assert "600+200=800" in reply


def test_how_much_per_month_of_a_known_family_is_its_monthly_sum() -> None:
    """'so how much per month and until when' after the answer: the second child's 600 + 200
    a month (clause 12), not the 400 paid to childcare institutions (tester 12)."""
    reply = monthly_total_for(ON_DIBAO_AT_THE_BIRTH, "so how much per month and until when", "en")
    assert reply is not None and "600+200=800" in reply
    assert "400" not in reply


def test_the_twins_asked_as_second_or_third_children_are_the_familys_own() -> None:
    """双胞胎算二孩还是三孩 of a family of three (an elder child and twins) asks how clause 12
    counts them, not what a fourth child would get (tester 12)."""
    from actions.results import imagines_a_child

    three = [
        {"birth_date": "2021-05-01"},
        {"birth_date": "2024-03-01"},
        {"birth_date": "2024-03-01"},
    ]
    assert not imagines_a_child("双胞胎算二孩还是三孩啊 会不会只给一个", three)
    assert imagines_a_child("那老三能领多久", three[:2])


@pytest.mark.parametrize(
    ("text", "city", "entry"),
    [
        ("我们在北京 我老公能休几天", "beijing", "beijing.leave_entitlements"),
        ("我老公能休几天", "jinan", "jinan.paternity_leave"),
        (
            "济南户口 老大2023年1月生的 老二今年3月生的 能领600吗",
            "jinan",
            "jinan.childcare_subsidy",
        ),
        ("生了以后一个月能拿800吗", "jinan", "jinan.childcare_subsidy_hardship_supplement"),
    ],
)
def test_the_measure_asked_is_the_one_the_words_and_figure_name(
    text: str, city: str, entry: str
) -> None:
    """The father's leave in Beijing is (12)'s list of leaves, not Jinan's clause 11; 600 is the
    subsidy's own figure (clause 12), 800 a month the subsidy with its hardship supplement."""
    asked = asked_measure(text, city, "zh")
    assert asked is not None and asked.id == entry


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("who do i contact, phone number?", "en", "the plans give no phone number or address"),
        ("打哪个电话问", "zh", "政策文件也没有写咨询电话或地址"),
    ],
)
async def test_a_phone_number_asked_for_is_none_the_plans_give_and_the_lead_department(
    text: str, lang: str, said: str
) -> None:
    """Asked after the rent withdrawal (clause 14): no number is made up; its lead department."""
    reply, _ = await ask(text, lang, city="jinan", topic_entry="jinan.housing_fund_rent_withdrawal")
    assert said in reply
    assert ("住房公积金" in reply) if lang == "zh" else ("Housing Provident Fund" in reply)


def test_monthly_money_of_a_family_whose_hukou_is_not_told_is_what_it_depends_on() -> None:
    """Jinan clause 12: a 特困 family with a child of 10 and one of 2 (born 2024) asks 那一个月多少
    before telling its hukou. The second child's 600 (and the 200 supplement) depend on the
    hukou; it is not 'no monthly money': the figure is given as it would be with the hukou
    (tester 21 c2/c4), the 200 with its own condition. The first child gets none."""
    family = {
        "city": "jinan",
        "hardship_now": True,
        "children": [
            {"birth_date": "2016-05-15", "precision": "month", "height_cm": None},
            {"birth_date": "2024-05-15", "precision": "month", "height_cm": None},
        ],
    }
    reply = monthly_total_for(family, "那一个月多少 直接说数", "zh")
    assert reply is not None and "没有按月发放" not in reply
    assert "如果是济南户口：第2个孩子每月600元（2024年5月15日至2027年5月15日）" in reply
    assert "再加200元，要看：孩子出生时家庭是否领取低保" in reply
    # the eldest, not asked about, is not told of (tester 46 c01 read that line as noise)
    assert "第1个孩子不在此列" not in reply and reply.endswith("第12条\n" + MONTH_NOTE)
    checked = monthly_total_for(family, "so 600 a month right?", "en")
    assert checked is not None and checked.startswith("Not decided yet.")


async def test_where_to_apply_for_a_childs_money_is_the_subsidys_steps() -> None:
    """那老二呢 有补贴吗 去哪办 (classified as asking next steps) of a Jinan family whose second
    child was born October 2025: the steps of clause 12's subsidy (Municipal Health Commission),
    not those of the newborn insurance subsidy a search finds for 补贴 (tester 13)."""
    children = [
        {"birth_date": "2021-05-15", "precision": "month", "height_cm": None},
        {"birth_date": "2025-10-15", "precision": "month", "height_cm": None},
    ]
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "那老二呢 有补贴吗 去哪办",
        intent="ask_next_steps",
        language="zh",
        city="jinan",
        hukou_in_city=True,
        children=children,
        requested_slot="hardship_at_birth",
    )
    events = await ActionNextSteps().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "育儿补贴" in reply and "济南市卫生健康委员会" in reply
    assert "居民医保" not in reply
    assert {"event": "slot", "name": "topic_entry", "value": "jinan.childcare_subsidy"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


@pytest.mark.parametrize(
    "text", ["幼儿园能减免吗", "any help with kindergarten fees? we're on dibao"]
)
def test_kindergarten_fees_asked_are_clause_13s_preschool_subsidy(text: str) -> None:
    """Jinan clause 13: 'a system of subsidies for pre-school education for children from
    economically disadvantaged families' (tester 13's 特困 family was given only the third-child
    kindergarten priority)."""
    entry = asked_measure(text, "jinan", "zh" if "幼" in text else "en")
    assert entry is not None and entry.id == "jinan.preschool_education_subsidy"


def test_what_there_is_on_a_named_topic_is_that_topics_measures() -> None:
    """'有啥政策' asks about everything, unless the question names its topic: 入园有啥政策 is
    Beijing's preschool places (13); 托班 入园有啥政策 also its inclusive childcare (11), each
    answered; 有啥政策 alone stays the full check (tester 13's first question was ignored)."""
    from actions.focus import measures_asked

    entry = asked_measure("入园有啥政策", "beijing", "zh")
    assert entry is not None and entry.id == "beijing.education_resources"
    assert [e.id for e in measures_asked("托班 入园有啥政策", "beijing")] == [
        "beijing.inclusive_childcare_services",
        "beijing.education_resources",
    ]
    assert asked_measure("有啥政策", "beijing", "zh") is None
    assert measures_asked("我们家能领什么补贴", "jinan") == []


def test_a_monthly_figure_put_back_where_none_is_paid_is_a_no() -> None:
    """一个月800是吧 of a Beijing family: Beijing (12) only promises a subsidy system, so no money
    is paid monthly; the reply says no first."""
    family = {
        "city": "beijing",
        "hukou_in_city": True,
        "children": [{"birth_date": "2025-10-01", "precision": "month", "height_cm": None}],
    }
    reply = monthly_total_for(family, "一个月800是吧", "zh")
    assert reply is not None and reply.startswith("不是。\n按您家的情况，现在没有按月发放的补贴。")


async def test_the_loan_asked_is_worked_out_as_if_buying_the_first_home() -> None:
    """Jinan clause 14: a family of two children with two housing-fund payers asks 公积金能贷多少
    before saying it plans to buy. The question presumes the purchase: 900,000 yuan, said as
    the condition it rests on (tester 13 had been asked the plan instead)."""
    children = [
        {"birth_date": "2022-05-15", "precision": "month", "height_cm": None},
        {"birth_date": "2025-03-15", "precision": "month", "height_cm": None},
    ]
    reply, _ = await ask(
        "公积金能贷多少", city="jinan", housing_fund_contributors=2, children=children
    )
    assert "按您家的情况（用公积金贷款买首套自住住房的话）：" in reply
    assert "最高900,000元" in reply and "第14条" in reply


@pytest.mark.parametrize(
    ("text", "slots", "lang"),
    [
        ("接线员 快点 济南 三孩育儿补贴一个月多少 哪条", {}, "zh"),
        ("paternity leave in jinan?", {"reply_brief": True}, "en"),
    ],
)
async def test_a_hotline_worker_gets_figure_clause_and_department_only(
    text: str, slots: dict[str, object], lang: str
) -> None:
    """A hotline worker on a call asks for the figure and its clause fast: the answer is the
    measure's summary, its clause, a sentence to read out to the caller (tester 57) and the
    lead department, without the quote and notes; the wish is remembered for the rest of the
    talk."""
    reply, events = await ask(text, lang, **slots)
    lines = reply.split("\n")
    hotline = "接线员" in text  # a worker who said so gets the sentence to read out
    assert len(lines) == (4 if hotline else 3), reply
    assert lines[1].endswith(("第12条", "clause 11"))
    if hotline:
        assert lines[2].startswith("可以这样念：“按济南方案第12条"), reply
    assert lines[-1].startswith(("牵头部门：", "Lead department:"))
    assert "英文译本原文" not in reply
    assert {"event": "slot", "name": "reply_brief", "value": True} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


@pytest.mark.parametrize(
    ("text", "city", "entry_id"),
    [
        ("俺就问每个月有没有钱 有还是没有", "beijing", "beijing.family_upbringing_subsidy_system"),
        ("我们家吃低保 在济南 二宝2023年6月出生 有补贴吗", "jinan", "jinan.childcare_subsidy"),
        ("do we get any money for the baby", "jinan", "jinan.childcare_subsidy"),
        ("北京生三胎给多少钱啊", "beijing", "beijing.family_upbringing_subsidy_system"),
        ("老二上医保有补贴吗", "jinan", "jinan.newborn_medical_insurance_subsidy"),
    ],
)
def test_whether_there_is_money_is_the_citys_monthly_money(
    text: str, city: str, entry_id: str
) -> None:
    """有补贴吗 with no measure named asks the money paid monthly (Jinan clause 12; Beijing (12)'s
    subsidy system to come), not the newborn insurance subsidy a search finds for 补贴; a
    question naming another topic keeps it (tester 14)."""
    entry = asked_measure(text, city, "en" if text.isascii() else "zh")
    assert entry is not None and entry.id == entry_id
    institutions = asked_measure("托育机构有补贴吗", city, "zh")  # Beijing (10) funds them
    assert city == "jinan" or (
        institutions is not None and institutions.id == "beijing.inclusive_childcare_services"
    )


@pytest.mark.parametrize(
    ("text", "lang", "lead"),
    [
        ("那到底能不能补发 你就说方案里有没有写", "zh", "济南方案没有写“育儿补贴”能否补发"),
        ("will we lose money if we apply late", "en", "The Jinan plan does not say whether"),
    ],
)
async def test_back_pay_asked_is_said_to_be_unsaid_with_the_department(
    text: str, lang: str, lead: str
) -> None:
    """Clause 12 says nothing of paying back months not claimed or of a deadline: the answer
    says so and names the Municipal Health Commission (tester 14 asked four times)."""
    reply, _ = await ask(text, lang, city="jinan", topic_entry="jinan.childcare_subsidy")
    assert reply.startswith(lead)
    assert "第12条" in reply or "clause 12" in reply
    assert "济南市卫生健康委员会" in reply or "Municipal Health Commission" in reply


async def test_a_phone_number_asked_of_a_named_measure_names_its_department() -> None:
    """育儿补贴去哪问 电话多少 after the delivery insurance: the subsidy's lead department (clause
    12), not the insurance's."""
    reply, _ = await ask(
        "育儿补贴去哪问 电话多少", city="jinan", topic_entry="jinan.childbirth_medical_insurance"
    )
    assert "济南市卫生健康委员会" in reply and "医疗保障局" not in reply


def test_a_child_named_beside_the_monthly_figure_is_answered_too() -> None:
    """一个月600是吧 那老大呢 老大有没有: yes for the second child (clause 12), and the eldest is
    told why not (second and third children only; tester 14 had heard nothing of it)."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2020-06-15", "precision": "month", "height_cm": None},
            {"birth_date": "2024-10-15", "precision": "month", "height_cm": None},
        ],
    }
    reply = monthly_total_for(family, "一个月600是吧 那老大呢 老大有没有", "zh")
    # the eldest asked of answered first (tester 46 c01), then yes to the 600
    assert reply is not None and reply.startswith(
        "老大没有：育儿补贴仅限第2个、第3个孩子，第1个孩子不在此列（第12条）。\n对。"
    ), reply


async def test_a_figure_said_back_and_another_measure_asked_are_both_answered() -> None:
    """'so it's 15 days right? and how long do i get, maternity leave': yes to the paternity
    leave's 15 days, and the mother's 158 days (clause 11); tester 14 had heard only the first."""
    reply, events = await ask(
        "so it's 15 days right? and how long do i get, maternity leave",
        "en",
        city="jinan",
        topic_entry="jinan.paternity_leave",
    )
    assert reply.startswith("Yes: at least 15 days.") and "158 days" in reply and "15 days" in reply
    assert {"event": "slot", "name": "topic_entry", "value": "jinan.maternity_leave"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


async def test_a_deadline_asked_is_the_plans_own_or_said_to_be_unset() -> None:
    """Clause 12 sets no time to claim the subsidy; clause 15 gives a newborn six months to be
    enrolled in residents' insurance."""
    reply, _ = await ask(
        "where do we apply for the 600 and is there a deadline",
        "en",
        city="jinan",
        topic_entry="jinan.childcare_subsidy",
    )
    assert (
        reply.startswith("The Jinan plan does not say") and "Municipal Health Commission" in reply
    )
    reply, _ = await ask(
        "有期限吗", city="jinan", topic_entry="jinan.newborn_medical_insurance_subsidy"
    )
    assert "6个月" in reply and "没有写" not in reply.split("\n")[0]


def test_an_amount_each_put_back_is_a_monthly_figure() -> None:
    """'so it's 800 each for the twins right?': 600+200 a month per twin of a family on dibao at
    the birth (clause 12), checked against the family's money (tester 15 had been told no)."""
    from actions.headline import amount_asked

    assert amount_asked("so it's 800 each for the twins right? until when") == 800
    assert amount_asked("每个孩子800是吧") == 800
    assert amount_asked("so its 15 days each right?") is None


@pytest.mark.parametrize(
    ("text", "city", "entry_id"),
    [
        ("what leave can I get as the dad", "beijing", "beijing.leave_entitlements"),
        ("what leave can I get as the dad", "jinan", "jinan.paternity_leave"),
        ("二宝上医保要交钱吗", "jinan", "jinan.newborn_medical_insurance_subsidy"),
        ("托育机构有补贴吗 一个月多少", "jinan", "jinan.childcare_fee_subsidy_institution"),
    ],
)
def test_questions_tester_15_saw_misrouted_name_their_measure(
    text: str, city: str, entry_id: str
) -> None:
    entry = asked_measure(text, city, "en" if text.isascii() else "zh")
    assert entry is not None and entry.id == entry_id


async def test_a_measure_paid_to_institutions_is_not_worked_out_for_the_family() -> None:
    """托育机构有补贴吗 一个月多少: 400 a child a month to registered childcare institutions
    (clause 12), not the family's own 600."""
    children = [
        {"birth_date": "2021-06-15", "precision": "month", "height_cm": None},
        {"birth_date": "2024-10-15", "precision": "month", "height_cm": None},
    ]
    reply, _ = await ask(
        "托育机构有补贴吗 一个月多少",
        city="jinan",
        hukou_in_city=True,
        children=children,
        result_shown=True,
        topic_entry="jinan.housing_fund_rent_withdrawal",
    )
    assert reply.startswith("这笔钱是补给托育机构的，不直接发给家长。\n托育机构托育费补贴")
    assert "400元" in reply and "600" not in reply


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("北京的陪产假是怎么规定的", False),
        ("济南托育机构有补贴吗", False),
        ("北京陪产假 原文怎么写的", True),
        ("济南育儿补贴那条的条文给我看看", True),
    ],
)
async def test_a_chinese_answer_names_its_clause_and_quotes_the_english_only_when_asked(
    text: str, quoted: bool
) -> None:
    """The plans' quotes are English translations: a Chinese answer names the document and
    clause, and shows the English wording only when the citizen asks for the text itself."""
    reply, _ = await ask(text)
    assert "依据：《" in reply and "条" in reply, reply
    assert ("英文译本原文" in reply) is quoted, reply


async def test_an_english_answer_quotes_its_clause() -> None:
    reply, _ = await ask("what does beijing give dads for paternity leave", "en")
    assert "Source: " in reply and ': "' in reply, reply


async def test_the_maternity_allowance_amount_is_in_neither_plan() -> None:
    """Testers 45 c6 and 46 c4: 生育津贴有多少 got the 158 days of leave, three times. Clause 11
    leaves the allowance to state, provincial and city rules; no plan gives an amount. A Jinan
    family hears Jinan's plan only (tester 46b c1)."""
    reply, _ = await ask("生育津贴有多少", city="jinan")
    assert "没有写生育津贴的金额" in reply and "第11条" in reply and "北京" not in reply
    assert "济南市卫生健康委员会" in reply
    reply, _ = await ask("how much is the maternity allowance", "en", city="jinan")
    assert "it does not state the amount" in reply and "Beijing" not in reply
