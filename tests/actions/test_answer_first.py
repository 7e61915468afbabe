"""Issue 13: a question about one measure is answered from the facts that decide it, the money
comes first in the full check, results are short, and a correction sends what changed.
Today is 1 June 2025 (tests/actions/conftest.py)."""

from datetime import date

from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionRouteUnclear
from actions.focus import asked_measure, focus
from actions.headline import changes, headline
from actions.household_form import question_about, required_facts
from actions.results import ActionOfferAccepted, ActionShowEntitlements
from policy_kb import evaluate
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

TODAY = date(2025, 6, 1)


def child(born: str, height: float | None = None) -> dict[str, object]:
    return {"birth_date": born, "precision": "day", "height_cm": height}


async def show(lang: str, **slots: object) -> tuple[str, dict[str, object]]:
    dispatcher = CollectingDispatcher()
    events = await ActionShowEntitlements().run(
        dispatcher, make_tracker("好的", language=lang, **slots), DOMAIN
    )
    return texts(dispatcher), slot_events(events)


# --- which measure a question is about -------------------------------------------------------


def test_a_question_names_its_measure_by_words_or_by_its_figure() -> None:
    assert (
        asked_measure("北京 娃1米2 坐地铁要买票不", None, "zh").id == "beijing.child_free_transit"
    )
    assert asked_measure("济南 陪产假多少天", None, "zh").id == "jinan.paternity_leave"
    assert asked_measure("do we get the 600?", "jinan", "en").id == "jinan.childcare_subsidy"


def test_a_year_in_the_question_is_no_figure_and_names_no_measure() -> None:
    """ "2022年生的老二有没有": 2022 is the birth year, not the 2022-2035 facility plan (clause 7)."""
    assert asked_measure("2022年生的老二有没有", "jinan", "zh") is None
    assert asked_measure("能领600吗", "jinan", "zh").id == "jinan.childcare_subsidy"


def test_a_short_question_naming_no_measure_is_about_the_one_discussed() -> None:
    """After the childcare subsidy was answered, "2022年生的老二有没有" asks about it."""
    discussed = make_tracker("2022年生的老二有没有", topic_entry="jinan.childcare_subsidy")
    assert question_about(discussed, "2022年生的老二有没有", "zh").id == "jinan.childcare_subsidy"
    fresh = make_tracker("2022年生的老二有没有")
    assert question_about(fresh, "2022年生的老二有没有", "zh") is None
    everything = make_tracker("我们能领哪些", topic_entry="jinan.childcare_subsidy")
    assert question_about(everything, "我们能领哪些", "zh") is None


def test_asking_what_the_family_can_get_is_the_full_check_not_one_measure() -> None:
    assert asked_measure("我们能领哪些补贴", None, "zh") is None
    assert asked_measure("Two kids in Jinan, what can we get?", None, "en") is None
    assert asked_measure("济南户口 老二2023年5月生的", None, "zh") is None  # no question at all


def test_when_joining_two_clauses_of_a_statement_asks_nothing() -> None:
    """ "we were on dibao when the twins were born" answers the hardship question: it is no
    question about the hardship supplement, which had then replaced the family's answer."""
    assert asked_measure("we were on dibao when the twins were born", "jinan", "en") is None
    assert asked_measure("when does the 600 stop?", "jinan", "en") is not None
    assert asked_measure("until when can we get the childcare subsidy", "jinan", "en") is not None


def test_the_family_insurance_named_as_a_fact_is_not_the_question() -> None:
    entry = asked_measure("在济南 居民医保 生孩子能报多少", None, "zh")
    assert entry is not None and entry.id == "jinan.childbirth_medical_insurance"


# --- only the facts that decide it ----------------------------------------------------------


def test_a_subsidy_question_never_asks_housing_facts() -> None:
    slots = {"city": "jinan", "focus_entry": "jinan.childcare_subsidy"}
    asked = required_facts(slots, TODAY)
    assert asked and not {"housing_fund_contributors", "owns_home_in_city", "renting"} & set(asked)


def test_an_older_childs_date_is_not_asked_when_it_decides_nothing() -> None:
    """老二 born 31 Dec 2022 (Jinan §12: born on or after 1 January 2023): no, whenever the eldest
    was born, and whatever the city; the city is not asked either."""
    slots = {
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            child("2022-12-31"),
        ],
    }
    found = focus(slots, "jinan.childcare_subsidy", TODAY)
    assert found.missing == []
    second = [e for e in found.entitlements if e.child == 2]
    assert second and second[0].status == "not_eligible"


async def test_the_answer_is_yes_or_no_first_with_the_clause() -> None:
    reply, slots = await show(
        "zh",
        city="beijing",
        children=[child("2021-05-01", 120)],
        focus_entry="beijing.child_free_transit",
        focus_question="北京 娃1米2 坐地铁要买票不",
    )
    assert reply.startswith("不用。") and "第(12)条" in reply  # under 1.3 m: free (Beijing §(12))
    assert slots["offer"] == "full_check"  # the full check is offered after the answer


async def test_hardship_supplement_and_subsidy_are_read_as_one_sum() -> None:
    """Jinan §12: 600 yuan a month, and 200 more for a birth during dibao, until the age of 3."""
    reply, _ = await show(
        "zh",
        city="jinan",
        hukou_in_city=True,
        children=[child("2019-04-01"), {**child("2023-09-01"), "hardship_at_birth": True}],
        focus_entry="jinan.childcare_subsidy_hardship_supplement",
        focus_question="俺家低保户 老二23年9月生的 一个月能给多少",
    )
    assert "第2个孩子：600+200=800元/月，至2026年9月1日，共28,800元" in reply


# --- the full check: the money first, five lines ---------------------------------------------


def test_the_full_check_asks_what_decides_the_money_before_housing() -> None:
    two = [child("2020-03-01"), child("2025-04-01")]  # a birth two months ago
    slots = {"city": "jinan", "hukou_in_city": True, "children": two}
    assert required_facts(slots, TODAY)[0] in ("birth_insurance", "hardship_at_birth")
    assert "housing_fund_contributors" not in required_facts(slots, TODAY)
    assert "housing_fund_contributors" in required_facts({**slots, "check_scope": "all"}, TODAY)


def test_a_three_child_headline_stays_within_four_lines() -> None:
    household = {
        "city": "jinan",
        "hukou_in_city": True,
        "birth_insurance": "employee_maternity",
        "hardship_at_birth": False,
        "children": [
            {"birth_date": "2016-05-01"},
            {"birth_date": "2023-03-01"},
            {"birth_date": "2025-02-01"},
        ],
    }
    lines = headline(evaluate(household, as_of=TODAY), "zh").splitlines()
    assert len(lines) <= 4
    assert any(line.startswith("第2个孩子：600元/月") for line in lines)


def test_a_correction_shows_only_what_it_changed() -> None:
    before = {"city": "jinan", "hukou_in_city": True, "children": [{"birth_date": "2019-03-10"},
              {"birth_date": "2022-03-01"}]}  # fmt: skip
    after = {**before, "children": [{"birth_date": "2019-03-10"}, {"birth_date": "2024-03-01"}]}
    said = changes(evaluate(before, as_of=TODAY), evaluate(after, as_of=TODAY), "zh")
    assert "新增：育儿补贴（第2个孩子）：每月600元" in said
    assert "产假" not in said.split("育儿补贴")[0]  # nothing unchanged comes before it


# --- yes to the offer, and messages the classifier does not place ------------------------------


async def test_yes_after_a_focused_answer_starts_the_full_check() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "好的", intent="affirm", offer="full_check", focus_entry="jinan.childcare_subsidy"
    )
    events = await ActionOfferAccepted().run(dispatcher, tracker, DOMAIN)
    assert slot_events(events)["focus_entry"] is None
    assert {"event": "followup", "name": "household_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]


async def test_a_question_the_classifier_left_out_is_answered_with_the_facts_read() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("北京有没有生二胎给钱的政策 一个月给多少", intent="out_of_scope")
    events = await ActionRouteUnclear().run(dispatcher, tracker, DOMAIN)
    assert "第(12)条" in texts(dispatcher)  # Beijing's family upbringing subsidy system
    assert slot_events(events)["topic_entry"] == "beijing.family_upbringing_subsidy_system"


async def test_another_city_stays_out_of_scope() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("青岛生孩子给钱吗", intent="out_of_scope")
    await ActionRouteUnclear().run(dispatcher, tracker, DOMAIN)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_out_of_scope"]


async def test_a_question_naming_another_measure_leaves_the_one_under_discussion() -> None:
    """After maternity leave (Jinan §11, 158 days), "她老公能休几天" asks about paternity leave."""
    from actions.answers import ActionAnswerPolicyQuestion

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "她老公能休几天", intent="ask_policy", city="jinan", topic_entry="jinan.maternity_leave"
    )
    events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    assert "不少于15天的陪产假" in texts(dispatcher)
    assert slot_events(events)["topic_entry"] == "jinan.paternity_leave"


async def test_a_question_naming_a_child_is_answered_for_that_child() -> None:
    """Jinan §12: the subsidy is for a child born on or after 1 January 2023. "那老二能领吗" asks
    about 老二 (born 2020): no, with the clause; not about 老大, whose date the message also told,
    nor yes because another child qualifies."""
    question = "老大2018年的 老二2020年 都是济南户口 那老二能领吗"
    year = {"precision": "year", "height_cm": None}
    two = [{"birth_date": "2018-01-01", **year}, {"birth_date": "2020-01-01", **year}]
    reply, _ = await show(
        "zh", city="jinan", hukou_in_city=True, children=two, children_partial=two,
        focus_entry="jinan.childcare_subsidy", focus_question=question,
    )  # fmt: skip
    first = reply.splitlines()[0]
    assert first.startswith("不能。育儿补贴（第2个孩子）") and "只给2023年1月1日或以后出生" in first
    assert "第1个孩子：" not in reply and "第12条" in reply
    three = [child("2018-03-01"), child("2020-03-01"), child("2024-03-01")]
    reply, _ = await show(
        "zh", city="jinan", hukou_in_city=True, children=three,
        focus_entry="jinan.childcare_subsidy", focus_question="那老二能领吗",
    )  # fmt: skip
    assert reply.startswith("不能。育儿补贴（第2个孩子）") and "第3个孩子" not in reply


async def test_a_measure_only_the_other_plan_has_is_neither_yes_nor_another_measure() -> None:
    """Beijing's plan has no housing-fund loan measure; Jinan's has (§14). "北京三孩公积金能不能多贷"
    is not answered with a Beijing measure that shares the word 北京 (maternity insurance, the
    upbringing subsidy), nor with 能: Beijing's plan says nothing, Jinan's has the rule."""
    from actions.answers import ActionAnswerPolicyQuestion

    question = "北京三孩公积金能不能多贷"
    for action, intent in ((ActionAnswerPolicyQuestion, "ask_policy"), (ActionRouteUnclear, "nlu_fallback")):  # fmt: skip
        dispatcher = CollectingDispatcher()
        tracker = make_tracker(
            question, intent=intent, city="beijing", result_shown=True,
            topic_entry="beijing.maternity_insurance", birth_insurance="employee_maternity",
        )  # fmt: skip
        await action().run(dispatcher, tracker, DOMAIN)
        reply = texts(dispatcher)
        assert reply.startswith("北京的方案没有写") and not reply.startswith("能")
        assert "多孩家庭住房公积金贷款额度提高”，第14条" in reply
        assert "生育保险" not in reply and "家庭养育补贴" not in reply


def test_a_measure_named_with_ne_is_a_question_about_it() -> None:
    """老公陪产假呢 (Beijing (12) names paternity leave without days) asks about the leave; a 呢
    naming no measure (我们家呢) asks about none."""
    entry = asked_measure("老公陪产假呢", "beijing", "zh")
    assert entry is not None and entry.id == "beijing.leave_entitlements"
    assert asked_measure("我们家呢", "beijing", "zh") is None


def test_borrowing_from_the_housing_fund_is_the_loan_ceiling_not_the_rent_withdrawal() -> None:
    """Jinan clause 14: the loan ceiling; paying rent from the fund is another measure."""
    for asked in ("how much can we borrow from the housing fund for a home", "公积金能贷多少"):
        assert asked_measure(asked, "jinan", "en").id == "jinan.housing_fund_loan_limit"
    rent = asked_measure("can we use the housing fund to pay rent", "jinan", "en")
    assert rent.id == "jinan.housing_fund_rent_withdrawal"


async def test_asking_what_support_there_is_starts_the_full_check() -> None:
    """A question about everything, whatever intent it was given, is the full check, not the
    measure search finds first (it answered with clause 20's special family-planning support)."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.answers import ActionAnswerPolicyQuestion

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "Hello, what support is there for families with kids?", intent="ask_policy"
    )
    events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    assert events == [{"event": "followup", "name": "household_form", "timestamp": None}]
    assert dispatcher.messages == []


def test_a_question_about_money_each_month_is_about_the_monthly_subsidy() -> None:
    """ "一个月能领多少钱" asks for money paid monthly: Jinan clause 12's childcare subsidy and its
    hardship supplement (the measure needing every fact of the monthly sum), not the delivery
    costs (paid once). Beijing's plan pays nothing monthly, so no measure is forced."""
    monthly = "jinan.childcare_subsidy_hardship_supplement"
    assert asked_measure("一个月能领多少钱", "jinan", "zh").id == monthly
    assert asked_measure("济南 两个孩子一个月一共能领多少钱", None, "zh").id == monthly
    assert asked_measure("生孩子住院能报多少", "jinan", "zh").id != "jinan.childcare_subsidy"
    said = "俺们家是低保户，老二是23年9月生的，济南户口，一个月能给多少钱"
    assert asked_measure(said, None, "zh").id == monthly


def test_a_grandmother_asking_the_twins_monthly_total_gets_the_sum() -> None:
    """Twins born while the father drew unemployment benefit: 600 + 200 each (Jinan clause 12),
    1,600 a month together, asked while the form still has questions to ask."""
    from actions.results import focused_reply
    from policy_kb import get_entry

    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": True,
        "children_partial": [
            {"birth_date": "2020-05-01", "precision": "month", "approx": "5岁"},
            {"birth_date": "2025-05-01", "precision": "month"},
            {"birth_date": "2025-05-01", "precision": "month"},
        ],
        "requested_slot": "birth_insurance",
    }
    question = "双胞胎一个月一共能领多少钱"
    tracker = make_tracker(question, language="zh", **slots)
    reply = focused_reply(tracker, slots, get_entry("jinan.childcare_subsidy"), "zh", question)
    assert reply.startswith("每月合计1,600元"), reply
    assert "第12条" in reply
    undecided = {**slots, "hardship_at_birth": None}  # the dibao question still waits
    tracker = make_tracker(question, language="zh", **undecided)
    reply = focused_reply(tracker, undecided, get_entry("jinan.childcare_subsidy"), "zh", question)
    assert reply.startswith("每月合计1,200元") and "每月200元还要确认" in reply, reply


async def test_a_hotline_follow_up_stays_in_the_city_of_the_first_question() -> None:
    """ "请问济南陪产假几天", then "产假到底多少天啊" with no family city noted: Jinan's 158 days
    (clause 11), not Beijing's leave clause, which gives no number of days."""
    from actions.answers import ActionAnswerPolicyQuestion

    dispatcher = CollectingDispatcher()
    tracker = make_tracker("产假到底多少天啊", language="zh", topic_entry="jinan.paternity_leave")
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "158" in reply and "第11条" in reply and "北京" not in reply


def test_the_question_is_searched_in_its_asking_clause() -> None:
    """Facts told before the question do not pull the search towards other measures."""
    text = "Hi, I live in Jinan, I'm 7 months pregnant with my first baby. How much will insurance pay for the delivery?"
    assert asked_measure(text, None, "en").id == "jinan.childbirth_medical_insurance"
