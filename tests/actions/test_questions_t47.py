"""Testers 46 and 46b (stop 47): a grandmother asked of 老三 after 老二's no, gave the hukou it
needed, and heard 老二's no again; a Jinan family asking the maternity allowance heard what
Beijing's plan leaves out; "小孩的医保要自己交钱不" was noted as the mother's resident cover at
the birth (the measure's own name, put before the question, read as a fact); and a Beijing
family asking for housing support got the childcare workers' rental housing (clause (9))."""

import asyncio
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from actions.focus import asked_measure
from actions.render import absent_answer
from actions.titled import citizens_words
from policy_kb.kb import catalogue
from tests.actions.conftest import day, make_tracker, month, slot_events, texts

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
    title = catalogue().entries["jinan.newborn_medical_insurance_subsidy"].title.zh
    assert citizens_words(f"{title}小孩的医保要自己交钱不") == "小孩的医保要自己交钱不"
    assert citizens_words("我是居民医保 能报多少") == "我是居民医保 能报多少"


def test_housing_support_in_beijing_is_the_public_rental_priority() -> None:
    """那北京有没有住房方面的支持: the priority for families with many children (Beijing
    (12)), not the rental housing for childcare workers."""
    for text, lang in (
        ("那北京有没有住房方面的支持", "zh"),
        ("any housing support in beijing", "en"),
    ):
        found = asked_measure(text, "beijing", lang)
        assert found is not None and found.id == "beijing.public_rental_priority", text
