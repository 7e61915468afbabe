"""Questions the plans do not answer as asked: something neither plan has (a one-off birth bonus,
a home-purchase subsidy) is said to be absent, with the nearest measures, clauses and lead
departments; a child the family does not have yet (老三 of a family of two) is answered as if born
today; a question asked with a fact while the rest is asked gets its answer too.
Today is 1 June 2025 (tests/actions/conftest.py)."""

from pathlib import Path
from shutil import copytree

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear, ActionUnclearInForm
from actions.conversation import ActionHandleCorrection
from actions.focus import asked_measure
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionShowEntitlements, ActionWhatIf
from policy_kb.errors import DataError
from policy_kb.kb import DATA_DIR, load_catalogue
from policy_kb.search import absent_topic
from tests.actions.conftest import DOMAIN, make_tracker, texts

TWO_CHILDREN = [
    {"birth_date": "2019-01-10", "precision": "day", "height_cm": None},
    {"birth_date": "2024-10-01", "precision": "day", "height_cm": None},
]
JINAN_FAMILY = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": TWO_CHILDREN,
    "children_partial": TWO_CHILDREN,
    "birth_insurance": "employee_maternity",
    "hardship_at_birth": False,
    "result_shown": True,
}


# --- what neither plan has ------------------------------------------------------------------


async def test_a_birth_bonus_is_in_neither_plan_and_the_monthly_subsidy_is_named() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("生三胎有奖励吗", intent="out_of_scope")
    await ActionRouteUnclear().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("济南、北京的方案里都没有一次性的生育奖励")
    assert "育儿补贴（济南第12条，牵头部门：济南市卫生健康委员会）" in reply
    assert "第(12)条" in reply  # Beijing's family upbringing subsidy system, still to be set up


async def test_an_english_baby_bonus_question_gets_the_same_answer_in_english() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("is there a one-off baby bonus?", intent="ask_policy", language="en")
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("Neither the Jinan nor the Beijing plan has a one-off birth bonus")
    assert "Childcare subsidy (Jinan, clause 12; lead department: " in reply


async def test_the_family_city_measure_comes_first() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "买房有补贴吗", intent="out_of_scope", city="beijing", requested_slot="hukou_in_city"
    )
    await ActionUnclearInForm().run(dispatcher, tracker, DOMAIN)
    lines = texts(dispatcher).splitlines()
    assert lines[0] == "济南、北京的方案里都没有直接发给家庭的购房补贴。"
    # the family's own city's nearest measure only (t51d: one line on a phone, not the other
    # plan's twin of it)
    assert "北京" in lines[2] and len(lines) == 3 and "济南第" not in texts(dispatcher)


def test_a_reward_the_plans_have_is_not_called_absent() -> None:
    assert absent_topic("计划生育奖励扶助怎么领") is None  # Jinan clause 19
    assert absent_topic("托班有补贴吗") is None  # Jinan clause 12: 400 yuan to the organisation
    assert absent_topic("公积金能多贷吗") is None


def test_a_childcare_class_subsidy_is_the_400_yuan_fee_subsidy() -> None:
    """托班有补贴吗 is Jinan clause 12's 400 yuan a month per child enrolled, not clause 8's
    kindergartens enrolling two-year-olds, which has no money."""
    asked = asked_measure("托班有补贴吗", "jinan", "zh")
    assert asked is not None and asked.id == "jinan.childcare_fee_subsidy_institution"


def test_an_absent_topic_pointing_to_an_unknown_measure_is_refused(tmp_path: Path) -> None:
    data = copytree(DATA_DIR, tmp_path / "data")
    absent = yaml.safe_load((data / "absent.yaml").read_text(encoding="utf-8"))
    absent["absent"][0]["nearest"] = ["jinan.birth_bonus"]
    (data / "absent.yaml").write_text(yaml.safe_dump(absent, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataError, match="absent topic one_off_birth_bonus: field nearest"):
        load_catalogue(data)


# --- a child the family does not have yet -------------------------------------------------


async def test_the_third_child_of_a_family_of_two_is_answered_as_if_born_today() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("老三能领吗", intent="check_eligibility", **JINAN_FAMILY)
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("您家我记下的是2个孩子，还没有老三。")
    assert "育儿补贴（第3个孩子）" in reply and "600" in reply


async def test_a_measure_asked_of_the_third_child_is_answered_for_it() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("那老三能领育儿补贴吗", intent="ask_policy", **JINAN_FAMILY)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("您家我记下的是2个孩子，还没有老三。")
    assert "能。" in reply and "600" in reply and "第12条" in reply


async def test_the_second_child_is_no_unborn_child() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("那老二能领育儿补贴吗", intent="ask_policy", **JINAN_FAMILY)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    assert "还没有" not in texts(dispatcher)


# --- a question asked with a fact after the answer ------------------------------------------


async def test_a_fact_told_inside_a_question_while_the_rest_is_asked_gets_the_answer() -> None:
    slots = {**JINAN_FAMILY, "birth_insurance": None, "requested_slot": "housing_fund_contributors"}
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("灵活就业生孩子能报销吗", intent="ask_policy", **slots)
    await ValidateHouseholdForm().get_extraction_events(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("记下了：以灵活就业身份参保")
    # Clause 15 pays each delivery by the cover, tied to no time after the birth (not to the
    # 158 days of leave): 50 % for this cover (tester 19, c10).
    assert "能。" in reply and "不能。" not in reply and "50%" in reply and "第15条" in reply


# --- what the plan supports but does not promise -------------------------------------------


async def test_same_school_is_supported_not_promised() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("俩孩子能上同一个学校吗", intent="ask_policy", **JINAN_FAMILY)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("很可能可以，但不是确定的答复。")  # clause 13: "coordinated to support"
    assert "不是保证同校" in reply and "第13条" in reply


# --- a correction that names nothing to change ------------------------------------------------


async def test_a_correction_naming_nothing_recaps_what_is_noted() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("你理解错了 我是孩子奶奶", intent="correct_fact", **JINAN_FAMILY)
    await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("我没听明白要改哪一项。目前记下的是：")
    assert "济南户口" in reply and "老二2024年10月1日出生" in reply


async def test_the_loan_ceiling_asked_for_a_third_child_counts_three_children() -> None:
    """Jinan clause 14: a three-child family with two fund payers may borrow up to 1,000,000;
    the 3rd child is supposed, and the ceiling now (two children) is said beside it."""
    family = {**JINAN_FAMILY, "housing_fund_contributors": 2, "buying_first_home": True}
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("生老三的话公积金最多能贷多少", intent="ask_policy", **family)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("假设再生一个孩子"), reply
    assert "最高1,000,000元" in reply and "现在：最高900,000元" in reply and "第14条" in reply


async def test_another_child_imagined_with_no_measure_named_gets_the_what_if() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("要是再生一个 能领多少", intent="ask_policy", **JINAN_FAMILY)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    # no birth date nobody told (was "新增一个2025年6月1日出生的孩子", today's; tester 45 c09)
    assert reply.startswith("假设再生一个孩子：")
    assert "育儿补贴（第3个孩子）：每月600元" in reply


async def test_an_english_what_if_about_a_third_baby_is_worked_out() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "If we have third baby what will we get?", intent="what_if", language="en", **JINAN_FAMILY
    )
    await ActionWhatIf().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "Childcare subsidy (child 3)" in reply and "600" in reply


# --- a measure only the other city's plan has ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我们在北京 公积金贷款能多贷吗", "zh"),
        ("does beijing give a bigger housing fund loan for a third child?", "en"),
    ],
)
async def test_a_housing_fund_loan_in_beijing_is_jinans_clause_14_only(
    text: str, lang: str
) -> None:
    """Beijing's plan has no housing-fund measure: the answer says so and names Jinan's loan
    ceiling (clause 14) as Jinan's only, not Beijing's childcare-worker housing of clause (9)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, city="beijing")
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert ("北京的方案没有" in reply) if lang == "zh" else ("Beijing" in reply)
    assert "14" in reply
    assert "托育" not in reply and "childcare services" not in reply.lower()


async def test_paternity_leave_eight_months_after_the_birth_is_no_flat_no() -> None:
    """Clause 11 sets no time by which paternity leave must be taken: for the second child, born
    October 2024, the answer says it cannot be told for certain and whom to ask (tester 13)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "我老公还能休陪产假吗", intent="ask_policy", language="zh", **JINAN_FAMILY
    )
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("说不准。") and "不能" not in reply.split("\n")[0]
    assert "方案没有规定陪产假须在何时休完" in reply and "第11条" in reply
