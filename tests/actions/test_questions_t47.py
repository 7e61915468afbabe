"""Testers 46 and 46b (stop 47): a grandmother asked of 老三 after 老二's no, gave the hukou it
needed, and heard 老二's no again; a Jinan family asking the maternity allowance heard what
Beijing's plan leaves out; "小孩的医保要自己交钱不" was noted as the mother's resident cover at
the birth (the measure's own name, put before the question, read as a fact); and a Beijing
family asking for housing support got the childcare workers' rental housing (clause (9))."""

import asyncio
from datetime import date
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from actions.focus import asked_measure
from actions.headline import monthly_total
from actions.household import household_from_slots
from actions.render import absent_answer
from actions.results import imagines_a_child, paid_before_end
from actions.titled import citizens_words, titled
from policy_kb import evaluate
from policy_kb.kb import catalogue
from tests.actions.conftest import day, make_tracker, month, slot_events, texts
from understanding import understand

GRANDMA_ASKS = "我是孩子奶奶 济南的 孙子老二2022年12月生的 能领600不"
AFTER_THE_FIRST_ANSWER: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        month("2022-12"),
    ],
    "focus_entry": "jinan.childcare_subsidy",
    "focus_question": GRANDMA_ASKS,
    "topic_entry": "jinan.childcare_subsidy",
    "result_shown": True,
}


def correction(text: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionHandleCorrection().run(dispatcher, make_tracker(text, **slots), {}))
    return texts(dispatcher), slot_events(events)


def test_the_third_child_asked_after_the_second_stays_the_one_answered() -> None:
    """老二 (Dec 2022) gets no 600; "那老三呢 今年1月生的", then the hukou: 老三 gets 600 a
    month (Jinan clause 12), not 老二's no again."""
    said, slots = correction("那老三呢 今年1月生的", **AFTER_THE_FIRST_ANSWER)
    assert slots["focus_question"] == "那老三呢 今年1月生的"
    assert "户籍" in said
    now = {**AFTER_THE_FIRST_ANSWER, **slots}
    said, _ = correction("是 都是济南户口", **now)
    assert "第3个孩子" in said or "老三" in said
    assert "600" in said
    assert "第2个孩子出生于2022年12月" not in said


def test_a_jinan_family_hears_only_jinans_silence_on_the_maternity_allowance() -> None:
    """生育津贴有多少 from Jinan: clause 11 leaves it to state, provincial and city rules; no word
    of Beijing's plan. With no city known, both plans are named."""
    topic = catalogue().absent["maternity_allowance_amount"]
    jinan = absent_answer(topic, "jinan", "zh")
    assert "济南方案（第11条）" in jinan and "北京" not in jinan
    beijing = absent_answer(topic, "beijing", "en")
    assert "Beijing plan (clause (12))" in beijing and "Jinan" not in beijing
    both = absent_answer(topic, None, "zh")
    assert "济南方案" in both and "北京方案" in both


def test_the_childs_own_insurance_asked_is_no_fact_of_the_mothers_cover() -> None:
    """小孩的医保要自己交钱不 俺们老人的长护险呢: both measures answered, no cover noted."""
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2017-06"), month("2020-06"), day("2025-01-15")],
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("小孩的医保要自己交钱不 俺们老人的长护险呢", "ask_policy", **slots)
    events = asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, {}))
    said = texts(dispatcher)
    assert "记下了" not in said
    assert "birth_insurance" not in slot_events(events)
    assert "长期护理保险" in said and "居民医保" in said


def test_a_measures_name_put_before_a_part_is_not_the_citizens_words() -> None:
    entry = catalogue().entries["jinan.newborn_medical_insurance_subsidy"]
    made = titled(entry, "zh", "小孩的医保要自己交钱不")
    assert made.startswith(entry.title.zh)
    assert citizens_words(made) == "小孩的医保要自己交钱不"
    # a message that opens on a measure's own name is the citizen's: 育儿假 is kept
    assert citizens_words("育儿假是夫妻各10天还是一共10天") == "育儿假是夫妻各10天还是一共10天"


def test_housing_support_in_beijing_is_the_public_rental_priority() -> None:
    """那北京有没有住房方面的支持: the priority for families with many children (Beijing
    (12)), not the rental housing for childcare workers."""
    for text, lang in (
        ("那北京有没有住房方面的支持", "zh"),
        ("any housing support in beijing", "en"),
    ):
        found = asked_measure(text, "beijing", lang)
        assert found is not None and found.id == "beijing.public_rental_priority", text


def test_the_600_asked_by_a_family_living_in_jinan_with_beijing_hukou() -> None:
    """ "we live in jinan but hukou still in beijing … first is 4 can we get the 600 a month":
    Jinan's childcare subsidy is asked (its figure), not Beijing's plan (tester 46 c10)."""
    text = (
        "we live in jinan but hukou still in beijing our 2nd was born last month first is 4 "
        "can we get the 600 a month"
    )
    asked = asked_measure(text, "jinan", "en")
    assert asked is not None and asked.id == "jinan.childcare_subsidy"
    asked = asked_measure("我们住济南 户口在北京 能领600吗", "jinan", "zh")
    assert asked is not None and asked.id == "jinan.childcare_subsidy"


def test_the_second_child_of_three_is_no_child_to_come() -> None:
    """ "and the middle one? she is the 2nd child born after 2023" of a family of three: her
    own subsidy, paid until she turned 3 (Jinan clause 12), not a what-if of another birth."""
    children = [month("2020-06"), day("2023-01-10"), month("2025-06", hardship_at_birth=True)]
    assert not imagines_a_child(
        "and the middle one? she is the 2nd child born after 2023", children
    )
    assert imagines_a_child("what if we have a third child", children)
    assert imagines_a_child("what about a 3rd baby", children[:2])


def test_the_money_of_a_child_past_three_is_said_beside_the_money_paid_now() -> None:
    """On 4 December 2026, three children: the second born 10 January 2023 turned 3 in January,
    the third (June 2025) was born on dibao. 800 a month for the third, and the second's 600
    said to have stopped (Jinan clause 12), not left out (tester 46 c7)."""
    day_asked = date(2026, 12, 4)
    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2020-06"), day("2023-01-10"), month("2025-06", hardship_at_birth=True)],
    }
    household = household_from_slots(slots, day_asked)
    assert household is not None
    report = evaluate(household, as_of=day_asked)
    said = monthly_total(report, "en", paid=paid_before_end(household, report))
    assert "child 3: 600+200=800 yuan/month" in said
    assert "child 2: 600 yuan/month" in said and "stopped on 10 Jan 2026" in said


def test_the_second_child_asked_after_the_thirds_800_gets_its_own_600() -> None:
    """老三 born on dibao got 600+200; "那老二呢" asks 老二's own money, the 600 (Jinan clause
    12), not the 200 more alone (tester 46 c6 heard only the supplement's refusal)."""
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2020-06"), month("2023-03"), month("2025-05", hardship_at_birth=True)],
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    }
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("那老二呢", "ask_policy", **slots)
    asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, {}))
    said = texts(dispatcher)
    assert said.startswith("育儿补贴（第2个孩子）"), said
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("那老二的200呢", "ask_policy", **slots)
    asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, {}))
    assert "育儿补贴困难家庭加发（第2个孩子）" in texts(dispatcher)


def test_both_twins_of_a_first_birth_do_not_each_get_the_600() -> None:
    """Twins due, the family's first: "so both babies get 600 each?" is no, never "Yes"; only
    the 2nd child gets the 600 (Jinan clause 12; tester 47 c11)."""
    slots = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [day("2025-09-01"), day("2025-09-01")],  # due: a birth date to come
        "children_partial": [day("2025-09-01"), day("2025-09-01")],
        "requested_slot": "birth_insurance",  # the form asks the cover at the birth
    }
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("so both babies get 600 each?", "ask_policy", **slots)
    asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, {}))
    said = texts(dispatcher)
    assert not said.startswith("Yes"), said
    assert said.startswith("No"), said
    assert "child 2: 600 yuan/month" in said or "(child 2): 600 yuan/month" in said, said


def test_this_month_asked_of_a_payment_is_no_birth() -> None:
    """那二孙女这个月还能领吗: whether this month is still paid, not 老二 born this month."""
    known = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2018-06"), month("2023-12", hardship_at_birth=True), month("2026-05")],
    }
    assert understand("那二孙女这个月还能领吗", known, None, date(2026, 12, 4)) == []
    told = understand("老三这个月生的", known, None, date(2026, 12, 4))
    assert [(u.fact, u.child, u.value) for u in told] == [("child.birth_date", 3, "2026-12")]
