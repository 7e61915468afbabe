"""Tester 84's questions (stop 58), asked again: what the money would be had the family not been
on benefits at the birth, on a call and in the chat."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionHandleCorrection
from actions.household_form import ValidateHouseholdForm, question_about
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.test_questions_t33c import says
from tests.actions.test_questions_t77_t78 import hotline_case

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def test_a_callers_what_if_without_dibao_at_the_birth_counts_600_a_month() -> None:
    """A caller's 3rd child born 20 November 2024 while on dibao gets 600 + 200 a month (Jinan
    clause 12). "如果生孩子的时候没在领低保 是不是就只有600？另外从现在到停发还能领几个月": the
    what-if said first, then its months to the third birthday at 600 (11 × 600), never the
    case's 800 (tester 84 c5 and tester 82 c4 read out 800 for the what-if)."""
    slots = hotline_case(
        "zh",
        [
            {"birth_date": "2018-06-01", "precision": "month", "approx": "8岁"},
            {"birth_date": "2021-06-01", "precision": "month", "approx": "5岁"},
            {"birth_date": "2024-11-20", "precision": "day", "hardship_at_birth": True},
        ],
        hardship_at_birth=True,
    )
    text = "来电人问：如果生孩子的时候没在领低保 是不是就只有600？另外从现在到停发还能领几个月"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("假如孩子出生时家里没有领取低保、特困供养或失业保险金：")
    assert "11×600元" in reply and "800" not in reply.split("可以这样念")[0]
    assert slots["hotline_case"].get("hardship_at_birth") is not False  # the case as told


async def test_a_callers_what_if_of_twins_without_the_benefit_is_43200() -> None:
    """Twins born 12 September 2023 as a caller's 2nd and 3rd, on unemployment benefit at the
    birth: 2 × 800 × 36 = 57,600 yuan (clause 12). "what if she had NOT been on unemployment
    benefit at the birth - total for both twins?": 2 × 600 × 36 = 43,200 yuan (tester 84 c9
    heard 57,600 twice)."""
    twins = {"birth_date": "2023-09-12", "precision": "day", "hardship_at_birth": True}
    slots = hotline_case(
        "en", [{"birth_date": None, "precision": None}, twins, dict(twins)], hardship_at_birth=True
    )
    text = "what if she had NOT been on unemployment benefit at the birth - total for both twins?"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("Supposing the family did not receive minimum subsistence")
    assert "43,200 yuan" in reply and "57,600" not in reply


async def test_a_familys_what_if_without_the_benefit_names_the_200_lost_and_the_600_kept() -> None:
    """老二 born March 2026 while the mother drew unemployment benefit: 600 + 200 a month (clause
    12), 老大's date untold. "要是生的时候没领失业金 是不是就600": the 200 would no longer apply and the 600 stays,
    said as a what-if with the family's facts kept (tester 82 c4's "对…共800元" checked the
    family's own figure instead)."""
    second = {"birth_date": "2026-03-01", "precision": "month", "hardship_at_birth": True}
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [{"birth_date": None, "precision": None}, second],
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    text = "要是生的时候没领失业金 是不是就600"
    reply = await says(ActionHandleCorrection(), text, "inform", slots)
    assert reply.startswith("假设孩子出生时没有领低保、特困供养或失业金：")
    lost, _, kept = reply.partition("仍然有：")
    assert "不再符合：" in lost and "育儿补贴困难家庭加发" in lost
    assert "每月600元" in kept
    assert slots["children_partial"][1]["hardship_at_birth"] is True  # only a what-if


async def test_the_benefits_put_right_for_the_twins_birth_end_their_200() -> None:
    """Twins born 5 March 2026 beside an elder of three and a half, told born while the father
    drew unemployment benefit: 600 + 200 each (Jinan clause 12). "等下我搞错了 失业金是去年领的
    今年三月生的时候已经停了": no benefit at that birth, so 600 each and no 200, and the day of the
    birth is kept (tester 84 c2 kept the 200 and lost the 5th)."""
    twin = {"birth_date": "2026-03-05", "precision": "day", "hardship_at_birth": True}
    children = [
        {"birth_date": "2023-06-01", "precision": "month", "approx": "三岁半"},
        twin,
        dict(twin),
    ]
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
    }
    reply = await says(
        ActionHandleCorrection(),
        "等下我搞错了 失业金是去年领的 今年三月生的时候已经停了",
        "correct",
        slots,
    )
    assert reply.startswith("已更新：孩子出生时没有领低保、特困供养或失业金")
    for name in ("children", "children_partial"):
        assert [c.get("hardship_at_birth") for c in slots[name][1:]] == [False, False]
        assert [c["birth_date"] for c in slots[name][1:]] == ["2026-03-05", "2026-03-05"]
    assert "育儿补贴困难家庭加发（第2个孩子）不再符合" in reply


def beijing_caller() -> dict[str, Any]:
    """A worker's Beijing caller (hukou and home there), three children, two paying into the
    housing provident fund, buying a first home."""
    return {
        "language": "zh",
        "reply_brief": True,
        "hotline_city": "beijing",
        "hotline_case": {"city": "beijing", "hukou_in_city": True, "housing_fund_contributors": 2},
    }


@pytest.mark.parametrize(
    "text",
    [
        "我是热线接线员 来电人北京户口在北京住 三个孩子9岁6岁1岁 两人交公积金 想买第一套房 "
        "问北京有没有多孩家庭公积金贷款额度提高 公租房有没有照顾 请给条款和一句能念的话",
        "来电人是北京的 不是济南的 北京方案里有没有公积金贷款额度的规定",
    ],
)
async def test_a_beijing_caller_asking_of_jinans_loan_ceiling_hears_beijing_has_none(
    text: str,
) -> None:
    """The raised housing provident fund loan ceiling for families of two or three children is
    Jinan's (clause 14); Beijing's plan has no such rule. A Beijing caller asking of it hears
    that first, with Jinan's clause named as Jinan's only, and never Jinan's ceilings to read
    out (tester 84 c10); the public rental priority asked beside it is Beijing's (12)."""
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", beijing_caller())
    assert reply.startswith("北京的方案没有写这方面的规定")
    assert "只适用于济南" in reply or "公积金" not in reply.split("\n", 1)[1]
    assert "可以这样念：“按济南方案" not in reply and "60万元" not in reply


@pytest.mark.parametrize("action", [ActionRouteUnclear(), ActionAnswerPolicyQuestion()])
async def test_a_second_child_planned_by_a_jinan_family_living_in_beijing_gets_jinans_600(
    action: Any,
) -> None:
    """A Jinan-hukou couple working in Beijing, their first child born 3 August 2026. "他俩打算
    后年再要个老二 要是在北京生 户口还在济南 济南那600给不给 一共能给多少": that 2nd child's 600
    a month from Jinan's plan (clause 12, 36 months: 21,600 yuan), from the birth to its third
    birthday with no day made up for a birth told by its year, and the plan's silence on living
    in Beijing; never Beijing's "no monthly money" (tester 84 c8 heard it three times)."""
    first = {"birth_date": "2026-08-03", "precision": "day", "sex": "m"}
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "beijing",
        "hukou_in_city": False,
        "hukou_city": "jinan",
        "children": [first],
        "children_partial": [first],
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    text = "他俩打算后年再要个老二 要是在北京生 户口还在济南 济南那600给不给 一共能给多少"
    reply = await says(action, text, "ask_policy", slots)
    assert "育儿补贴（第2个孩子）：每月600元；共21,600元；从出生起至孩子满3周岁" in reply
    assert "方案没有写人住在北京算不算" in reply
    assert "现在没有按月发放的补贴" not in reply and "2031年" not in reply
    assert slots["city"] == "beijing" and slots["hukou_city"] == "jinan"


async def test_parental_leave_asked_of_a_caller_whose_twins_turned_three_has_ended() -> None:
    """Parental leave is for parents of children under 3 (Jinan clause 11). A caller whose twins
    born 12 September 2023 are her youngest: "can she and her husband still take the 10 days
    parental leave this year?" is No, it ended on their third birthday (tester 84 c9 heard "Yes:
    at least 10 days a year"); a caller whose youngest is under 3 is not told No."""
    twins = {"birth_date": "2023-09-12", "precision": "day", "hardship_at_birth": True}
    slots = hotline_case("en", [{"birth_date": None, "precision": None}, twins, dict(twins)])
    text = "can she and her husband still take the 10 days parental leave this year?"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("No. This is for parents of a child under 3; it ended on 12 September")
    assert "(clause 11)" in reply
    young = hotline_case("zh", [{"birth_date": "2025-03-01", "precision": "month"}])
    reply = await says(ActionAnswerPolicyQuestion(), "她今年还能休育儿假吗", "ask_policy", young)
    assert not reply.startswith("不能")


async def test_a_height_told_beside_a_question_after_the_answer_is_noted_once() -> None:
    """A Beijing family with a girl of 4 and twins due March 2027, asked the girl's height for
    the free buses and subways under 1.3 metres (Beijing clause (12)): "she's about 1.1m. but is
    there any actual cash?" notes the eldest's 110 cm first (hers alone), then answers the cash
    question (tester 84 c6 was asked the height again)."""
    children = [
        {"birth_date": "2022-06-01", "precision": "month", "approx": "4 year old"},
        {"birth_date": "2027-03-01", "precision": "month"},
        {"birth_date": "2027-03-01", "precision": "month"},
    ]
    slots: dict[str, Any] = {
        "language": "en",
        "city": "beijing",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
    }
    text = "she's about 1.1m. but is there any actual cash? my friend in Jinan gets 600 a month"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("Updated: the eldest 110 cm tall\n")
    assert reply.count("cm tall") == 1
    assert [c.get("height_cm") for c in slots["children"]] == [110, None, None]


def test_the_moneys_end_asked_beside_the_facts_is_the_subsidys() -> None:
    """A Jinan family (hukou there), 老大 five, 老二 born October 2025, asked about benefits at the
    birth: "没有 都没领 娃是10月18号生的 那钱啥时候停啊" asks when the 600 stops (clause 12, at the
    third birthday), never the insurance enrolment window the date's words find (tester 84 c1)."""
    children = [
        {"birth_date": "2021-06-01", "precision": "month", "approx": "5岁了"},
        {"birth_date": "2025-10-01", "precision": "month"},
    ]
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "requested_slot": "hardship_at_birth",
    }
    tracker = make_tracker("没有 都没领 娃是10月18号生的 那钱啥时候停啊", **slots)
    asked = question_about(tracker, "没有 都没领 娃是10月18号生的 那钱啥时候停啊", "zh")
    assert asked is not None and asked.id == "jinan.childcare_subsidy"


def four_children_family() -> dict[str, Any]:
    """A Jinan mother (hukou there, her husband's in Heze): 老大 12, 老二 born May 2023 on dibao,
    老三 born December 2024 off it, 老四 on the way, the answer shown."""
    children = [
        {"birth_date": "2014-06-01", "precision": "month", "approx": "12了"},
        {"birth_date": "2023-05-01", "precision": "month", "hardship_at_birth": True},
        {"birth_date": "2024-12-01", "precision": "month", "hardship_at_birth": False},
        {"birth_date": None, "precision": None, "due_date": None},
    ]
    return {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": children,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }


async def test_the_fourth_childs_question_beside_the_hukous_is_answered_first() -> None:
    """ "那老四生了能不能领 俺男人户口不在济南有没有影响": a 4th child is not in clause 12 (the 2nd
    and 3rd only), said first, then the measures that read the hukou (tester 84 c11 heard the
    hukou's alone)."""
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "那老四生了能不能领 俺男人户口不在济南有没有影响",
        "ask_policy",
        four_children_family(),
    )
    fourth, _, hukou = reply.partition("要求济南户籍的是")
    assert "第4个孩子" in fourth and "不能" in fourth
    assert "育儿补贴（第12条）" in hukou


async def test_the_births_cover_and_the_thirds_end_asked_together_are_both_answered() -> None:
    """ "俺交的是居民医保 生老四住院能报多少 还有老三是12月20号生的 他那600啥时候停": resident
    medical insurance pays 3,000 yuan for a delivery (clause 15), and 老三's 600 runs to its third
    birthday on 20 December 2027 (clause 12); never the 4th child's refusal again (tester 84 c11
    lost both)."""
    text = "俺交的是居民医保 生老四住院能报多少 还有老三是12月20号生的 他那600啥时候停"
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, **four_children_family())
    await ValidateHouseholdForm().get_extraction_events(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "3,000元" in reply
    assert "育儿补贴（第3个孩子）：每月600元" in reply and "2027年12月20日" in reply
    assert "第4个孩子不在此列" not in reply


async def test_a_what_if_beside_a_leave_question_on_a_call_gives_both() -> None:
    """Twins born 10 January 2024 (a caller's 2nd and 3rd), on unemployment benefit at the birth.
    "what if she had NOT been on unemployment benefit at the birth - what would the monthly
    total be? And can she still take parental leave this year?": 600 a month each as the what-if
    (clause 12), then the leave; "without the unemployment benefit, how much per month for both
    twins together?": 1,200 a month, 43,200 in all; the case as told is kept (tester 85 c10)."""
    twins = {"birth_date": "2024-01-10", "precision": "day", "hardship_at_birth": True}
    slots = hotline_case(
        "en",
        [{"birth_date": "2017-06-01", "precision": "month", "approx": "9"}, twins, dict(twins)],
        hardship_at_birth=True,
        housing_fund_contributors=2,
    )
    text = (
        "Caller asks: what if she had NOT been on unemployment benefit at the birth - what would "
        "the monthly total be? And can she still take parental leave this year?"
    )
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("Supposing the family did not receive")
    assert "Child 2: 600 yuan a month" in reply and "parental leave" in reply
    assert "800" not in reply
    assert slots["hotline_case"]["children_partial"][1]["hardship_at_birth"] is True
    text = "without the unemployment benefit, how much per month for both twins together?"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert "1,200 yuan in total" in reply and "43,200 yuan in all" in reply


async def test_the_benefits_at_a_birth_told_after_another_answer_are_noted_first() -> None:
    """A grandmother's Jinan family: 老三 born 25 August 2023, the grandparents' insurance just
    answered. "生老三那会儿他们家正好吃低保 后来不吃了 那是不是应该每月800 俺们一直只领了600": dibao
    at 老三's birth noted first, then 600 + 200 = 800 a month to its third birthday (clause 12),
    never "不对，不是每月800元" (tester 85 c7)."""
    children = [
        {"birth_date": "2016-06-01", "precision": "month", "approx": "10岁"},
        {"birth_date": "2022-12-01", "precision": "month"},
        {"birth_date": "2023-08-25", "precision": "day"},
    ]
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
        "topic_entry": "jinan.grandparents_ltc_insurance_subsidy",
    }
    text = (
        "生老三那会儿他们家正好吃低保 后来不吃了 那是不是应该每月800 俺们一直只领了600 差的能找谁要"
    )
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("已更新：")
    assert "老三出生时在领低保" in reply.split("\n")[0]
    assert "600+200=800元/月" in reply and "不对" not in reply
    assert slots["children"][2]["hardship_at_birth"] is True


async def test_a_third_child_supposed_by_a_grandmother_is_that_childs_what_if() -> None:
    """A grandmother's Jinan family, 老大 five, 老二 born October 2024, no benefits at that birth,
    the form still asking the mother's cover. "要是俺闺女明年再生个老三 那时候她正好失业领失业金
    老三能领多少": the 3rd child's 600 and its 200 (born while on unemployment benefit, clause
    12), never 闺女 taken for a child of the family (tester 85 c1 heard "您女儿（第2个孩子）")."""
    children = [
        {"birth_date": "2021-06-01", "precision": "month", "approx": "5岁"},
        {"birth_date": "2024-10-12", "precision": "day"},
    ]
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children": children,
        "children_partial": children,
        "requested_slot": "birth_insurance",
    }
    text = "要是俺闺女明年再生个老三 那时候她正好失业领失业金 老三能领多少"
    reply = await says(ActionAnswerPolicyQuestion(), text, "inform", slots)
    assert reply.startswith("假设2027年再生一个孩子，老三出生时在领")
    assert "育儿补贴（第3个孩子）：每月600元" in reply
    assert "育儿补贴困难家庭加发（第3个孩子）：每月200元" in reply
    assert "您女儿" not in reply


async def test_a_move_to_jinan_supposed_in_the_past_tense_is_a_what_if() -> None:
    """A Beijing family (hukou there), a daughter of one, the 2nd due August 2027. "what if we
    moved to Jinan and transferred my wife's hukou there before the baby comes - would the
    second one get that 600 a month thing": Jinan's clause 12 as a what-if, 600 a month for
    child 2 to its third birthday, with the plan's silence on when the hukou must be held;
    never Beijing's "No" (tester 85 c6)."""
    children = [
        {"birth_date": "2025-06-01", "precision": "month", "approx": "1 year old"},
        {"birth_date": "2027-08-01", "precision": "month"},
    ]
    slots: dict[str, Any] = {
        "language": "en",
        "city": "beijing",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
    }
    text = (
        "ok. what if we moved to Jinan and transferred my wife's hukou there before the baby "
        "comes - would the second one get that 600 a month thing I read about?"
    )
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("As a what-if")
    assert "child 2 would get 600 yuan a month until 1 Aug 2030" in reply
    assert not reply.startswith("No.")


@pytest.mark.parametrize(
    "text", ["ok. and my 4 year old son?", "and is there anything for my son?"]
)
async def test_the_one_born_child_asked_of_beside_twins_due_gets_his_items(text: str) -> None:
    """A Jinan family with a boy of 4 and twins due March 2027: "and my 4 year old son?", "is
    there anything for my son?" ask of child 1: no childcare subsidy (clause 12 pays the 2nd and
    3rd), the family's items that reach him; never clause 8's childcare institutions (tester 85
    c3 asked three times)."""
    children = [
        {"birth_date": "2022-06-01", "precision": "month", "approx": "4 year old"},
        {"birth_date": "2027-03-01", "precision": "month"},
        {"birth_date": "2027-03-01", "precision": "month"},
    ]
    slots: dict[str, Any] = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
    }
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("For child 1, 4 years old:")
    assert "Childcare subsidy" in reply and "Support policies for childcare services" not in reply


async def test_a_daughters_hukou_put_right_to_jinan_gets_jinans_600_for_the_twins() -> None:
    """A grandmother's daughter working in Beijing, noted with Beijing hukou: an elder of five and
    twins born March 2026. "哦对了说错了 她户口还在济南老家没迁 人在北京上班 那济南的600能领不":
    the hukou is Jinan's and was never moved, the family lives in Beijing; Jinan's clause 12 pays
    each twin 600 a month to the third birthday, with its silence on living in Beijing (tester
    86 c2 heard only "已更新：不是北京户口", then Beijing's "no monthly money")."""
    children = [
        {"birth_date": "2021-06-01", "precision": "month", "approx": "5岁了"},
        {"birth_date": "2026-03-01", "precision": "month"},
        {"birth_date": "2026-03-01", "precision": "month"},
    ]
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "beijing",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
    }
    text = "哦对了说错了 她户口还在济南老家没迁 人在北京上班 那济南的600能领不"
    reply = await says(ActionHandleCorrection(), text, "correct", slots)
    assert slots["hukou_city"] == "jinan" and slots["city"] == "beijing"
    assert (
        "育儿补贴（第2个孩子）：每月600元" in reply and "育儿补贴（第3个孩子）：每月600元" in reply
    )
    assert "方案没有写人住在北京算不算" in reply


async def test_follow_ups_after_the_200_is_ruled_out_are_of_the_600() -> None:
    """A Jinan family (hukou there), 老二 born 18 October 2025, no benefits at the birth, the 200
    last discussed. "那什么时候停 去哪办啊": the 600's application, for which the plan gives no
    procedure (clause 12); never how to claim the 200 just ruled out (tester 86 c1)."""
    second = {"birth_date": "2025-10-18", "precision": "day"}
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children": [second],
        "children_partial": [second],
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    }
    reply = await says(ActionAnswerPolicyQuestion(), "那什么时候停 去哪办啊", "ask_policy", slots)
    assert reply.startswith("育儿补贴怎么办理：")
    assert "困难家庭加发" not in reply


def test_twins_supposed_with_a_move_to_jinan_give_the_second_twin_the_600() -> None:
    """A Beijing family expecting its first, due May 2027. "那要是怀的是双胞胎 户口迁济南 能领不
    领多少": as a what-if with Jinan hukou, the later twin is the 2nd child, 600 a month to the
    third birthday (Jinan clause 12), the hukou's timing left to the lead department; never the
    1st child's no alone (tester 86 c10)."""
    from actions.other_city_money import other_city_money_answer

    baby = {"birth_date": "2027-05-01", "precision": "month"}
    slots = {
        "city": "beijing",
        "hukou_in_city": True,
        "children": [baby],
        "children_partial": [baby],
        "result_shown": True,
    }
    answer = other_city_money_answer(
        slots, "那要是怀的是双胞胎 户口迁济南 能领不 领多少", "zh", TODAY
    )
    assert answer is not None
    assert "第2个孩子每月600元，到2030年5月1日（满3周岁）为止" in answer[0]
