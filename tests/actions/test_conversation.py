"""Side questions, corrections, language, hand-off, privacy and restart."""

from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerPolicyQuestion, ActionUnclearInForm
from actions.conversation import (
    ActionAskChildren,
    ActionDetectLanguage,
    ActionGoOn,
    ActionHandleCorrection,
    ActionHandoff,
    ActionPrivacy,
    ActionRestartConversation,
    ActionSetLanguage,
)
from actions.language import detect
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_results import JINAN_FAMILY


async def run(
    action: object, text: str, **slots: object
) -> tuple[str, dict[str, object], list[dict[str, object]]]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, make_tracker(text, **slots), DOMAIN)  # type: ignore[attr-defined]
    return texts(dispatcher), slot_events(events), events


async def test_a_side_question_is_answered_with_the_clause_quoted() -> None:
    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), "how long is paternity leave in Jinan?", language="en"
    )
    # the city named is kept as the family's and read back first (tester 24 item 14)
    assert reply.startswith("Noted: living in Jinan\nPaternity leave (Jinan)")
    assert '"the spouse enjoys no less than 15 days of paternity leave"' in reply


async def test_a_side_question_mid_form_in_chinese() -> None:
    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(),
        "什么是出生一件事?",
        language="zh",
        city="jinan",
        requested_slot="children",
    )
    assert reply.startswith("“出生一件事”联办与出生网上登记（济南）")


async def test_a_question_about_the_other_city_is_answered_from_its_plan() -> None:
    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), "北京小孩坐地铁要买票吗", language="zh", city="jinan"
    )
    assert "1.3米" in reply and "未指明负责部门" in reply
    assert reply.count("未指明负责部门") == 1  # said once, not as its own line and in the note


async def test_an_institution_question() -> None:
    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), "托育机构一次性运营补贴多少钱", language="zh"
    )
    assert "50,000" in reply or "50000" in reply or "5万" in reply


async def test_an_unknown_topic_says_so() -> None:
    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), "what is the weather tomorrow", language="en"
    )
    assert reply.startswith("I could not find that in the two plans")


async def test_a_correction_after_the_answer_updates_facts_and_answer() -> None:
    reply, slots, _ = await run(
        ActionHandleCorrection(),
        "actually the second one was born in 2022-11-05",
        language="en",
        result_shown=True,
        **JINAN_FAMILY,
    )
    assert [c["birth_date"] for c in slots["children"]] == ["2019-03-10", "2022-11-05"]
    assert reply.startswith("Updated: the 2nd child born 5 November 2022")
    # Only what changed follows the read-back: the subsidy, with the reason from the text.
    changed = reply.split("\n", 1)[1]
    assert "Childcare subsidy (child 2)" in changed
    assert "only a child born on or after 1 January 2023 qualifies" in changed
    assert "Under Jinan's plan" not in reply  # not the whole answer again


async def test_a_corrected_date_without_birth_order_moves_the_one_child_not_adds_one() -> None:
    one_child = {
        **JINAN_FAMILY,
        "children": [{"birth_date": "2025-02-20", "precision": "day", "height_cm": None}],
    }
    reply, slots, _ = await run(
        ActionHandleCorrection(),
        "sorry, she was born on 2025-02-14",
        language="en",
        result_shown=True,
        **one_child,
    )
    assert [c["birth_date"] for c in slots["children"]] == ["2025-02-14"]
    assert "14 Feb 2028" in reply and "20 Feb 2028" not in reply


async def test_a_corrected_date_without_birth_order_moves_the_child_under_discussion() -> None:
    _, slots, _ = await run(
        ActionHandleCorrection(),
        "不对，是2025年1月12日出生的",
        language="zh",
        result_shown=True,
        child_in_talk=2,
        **JINAN_FAMILY,
    )
    assert [c["birth_date"] for c in slots["children"]] == ["2019-03-10", "2025-01-12"]


async def test_a_corrected_date_without_birth_order_of_two_children_asks_which() -> None:
    """No child under discussion: which child is asked, not guessed from the nearest date."""
    reply, slots, _ = await run(
        ActionHandleCorrection(),
        "不对，是2025年1月12日出生的",
        language="zh",
        result_shown=True,
        **JINAN_FAMILY,
    )
    assert "children" not in slots and "哪个孩子" in reply and "2025年1月12日" in reply, reply


async def test_language_switch_and_detection() -> None:
    reply, slots, _ = await run(ActionSetLanguage(), "please answer in English", language="zh")
    assert slots == {"language": "en"} and reply.startswith("Sure")
    _, slots, _ = await run(ActionDetectLanguage(), "说中文吧", language="en")
    assert slots == {"language": "zh"}
    _, slots, _ = await run(ActionDetectLanguage(), "2", language="en")
    assert slots == {}


async def test_the_children_question_asks_for_the_missing_date() -> None:
    partial = [
        {"birth_date": "2019-03-10", "precision": "day", "height_cm": None},
        {"birth_date": None, "precision": None, "height_cm": None},
    ]
    reply, _, _ = await run(ActionAskChildren(), "两个", language="zh", children_partial=partial)
    assert reply == "第2个孩子是哪年哪月出生的？"


async def test_handoff_names_the_lead_department() -> None:
    reply, _, _ = await run(ActionHandoff(), "我要找人工", language="zh", city="jinan")
    assert "济南市卫生健康委员会" in reply
    reply, _, _ = await run(
        ActionHandoff(), "I want to talk to a person", language="en", city="beijing"
    )
    assert "The Beijing plan names no department for its measures" in reply


async def test_privacy_and_restart() -> None:
    reply, _, _ = await run(ActionPrivacy(), "what do you do with my data", language="en")
    assert "used only to work out your entitlements" in reply
    _, slots, events = await run(
        ActionRestartConversation(), "重新开始", language="zh", city="jinan"
    )
    assert events[0]["event"] == "restart" and slots == {"language": "zh"}


BEIJING_CHILD_120 = {
    "city": "beijing",
    "hukou_in_city": True,
    "birth_insurance": "employee_maternity",
    "children": [{"birth_date": "2022-03-01", "precision": "month", "height_cm": 120.0}],
    "children_partial": [{"birth_date": "2022-03-01", "precision": "month", "height_cm": 120.0}],
    "children_heights": True,
    "result_shown": True,
}


async def test_a_transit_question_after_the_answer_gets_its_yes_or_no() -> None:
    """坐公交要钱不 after the answer: 不用 with the clause, not the measure's general text."""
    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), "坐公交要钱不", language="zh", **BEIJING_CHILD_120
    )
    assert reply.startswith("不用") and "第(12)条" in reply, reply


async def test_a_question_restating_a_known_fact_is_answered_not_taken_as_a_correction() -> None:
    reply, slots, _ = await run(
        ActionHandleCorrection(), "娃1米2 坐公交要钱不", language="zh", **BEIJING_CHILD_120
    )
    assert reply.startswith("不用") and "第(12)条" in reply, reply
    assert "children" not in slots and "没听明白" not in reply


async def test_a_new_fact_with_a_question_is_updated_and_answered() -> None:
    reply, slots, _ = await run(
        ActionHandleCorrection(), "孩子1米1 坐公交要钱不", language="zh", **BEIJING_CHILD_120
    )
    assert slots["children"][0]["height_cm"] == 110.0
    assert "已更新" in reply and "不用" in reply and "110厘米" in reply, reply


async def test_go_on_during_a_question_is_understood() -> None:
    reply, _, _ = await run(ActionGoOn(), "继续", intent="affirm", language="zh", city="jinan")
    assert reply == "好的，我们接着来。"
    reply, slots, _ = await run(
        ActionGoOn(), "what can we get?", intent="check_eligibility", language="en",
        city="jinan", focus_entry="jinan.childcare_subsidy",
    )  # fmt: skip
    assert "check everything" in reply and slots == {"focus_entry": None}


async def test_a_question_the_classifier_did_not_place_during_the_form_is_answered() -> None:
    """坐公交要钱不 while the insurance question is pending: the measure's answer, not 没太明白."""
    reply, _, _ = await run(
        ActionUnclearInForm(), "坐公交要钱不", intent="nlu_fallback", language="zh",
        city="beijing", requested_slot="birth_insurance",
    )  # fmt: skip
    assert "1.3米" in reply and "第(12)条" in reply, reply


async def test_a_measure_only_the_other_plan_has_asked_during_the_form_is_answered() -> None:
    """有没有公积金的多贷 from a Beijing family while the insurance question is pending: Beijing's
    plan has no such measure; Jinan's clause 14 has the higher loan ceilings (tester 13 had
    been told 没太明白)."""
    reply, _, _ = await run(
        ActionUnclearInForm(), "有没有公积金的多贷", intent="nlu_fallback", language="zh",
        city="beijing", requested_slot="birth_insurance",
    )  # fmt: skip
    assert "没太明白" not in reply and "第14条" in reply, reply


def test_the_word_chinese_in_passing_is_no_request_for_chinese() -> None:
    """An expat writing "we are not chinese citizens, no hukou" keeps getting English."""
    assert detect("We are not chinese citizen, no hukou, but I work here", "en") == "en"
    assert detect("my wife is chinese", "en") == "en"
    assert detect("can you answer in Chinese?", "en") == "zh"
    assert detect("English please", "zh") == "en"


async def test_a_measure_asked_while_the_form_asks_is_answered_when_already_decided() -> None:
    """Jinan clause 12 needs the city's hukou: a family without it is told no at once, rather
    than asked the mother's insurance again."""
    slots = {
        "city": "jinan",
        "hukou_in_city": False,
        "requested_slot": "birth_insurance",
        "language": "en",
    }
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("can we get the 600 yuan every month?", "check_eligibility", **slots)
    await ActionGoOn().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("No.") and "clause 12" in reply


def test_an_english_sentence_with_a_chinese_word_stays_english() -> None:
    """ "My son is 1米25 tall" and "we get 低保 since 2020" are English with a Chinese word."""
    assert detect("My son is 1米25 tall, can he ride subway free?", "en") == "en"
    assert detect("we get 低保 since 2020", "en") == "en"


def test_a_message_in_both_scripts_keeps_an_english_conversation_english() -> None:
    """A parent asking about the eldest's fare half in Chinese is still answered in English;
    a Chinese message with a lone "ok" switches the conversation to Chinese."""
    assert detect("那老大呢 he is 1.25m", "en") == "en"
    assert detect("济南户口 two kids", "en") == "en"
    assert detect("ok 我们在济南 老大三岁", "en") == "zh"
    assert detect("那老大呢", "en") == "zh"
    assert detect("那老大呢 he is 1.25m", "zh") == "zh"
