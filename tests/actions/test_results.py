"""The answer a family reads: amounts, periods, deadlines, reasons and clauses."""

import re

from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerPolicyQuestion
from actions.results import ActionExplainItem, ActionNextSteps, ActionShowEntitlements, ActionWhatIf
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

JINAN_FAMILY = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2019-03-10", "precision": "day", "height_cm": None},
        {"birth_date": "2025-01-10", "precision": "day", "height_cm": None},
    ],
    "birth_insurance": "resident_medical",
}


async def run(
    action: object, text: str, lang: str, **slots: object
) -> tuple[str, dict[str, object], CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, language=lang, **slots)
    events = await action.run(dispatcher, tracker, DOMAIN)  # type: ignore[attr-defined]
    return texts(dispatcher), slot_events(events), dispatcher


async def test_a_jinan_family_reads_the_deadline_then_the_money_per_child_in_five_lines() -> None:
    _, slots, dispatcher = await run(ActionShowEntitlements(), "好的", "zh", **JINAN_FAMILY)
    headline = dispatcher.messages[0]["text"].splitlines()
    assert len(headline) <= 4  # the offer line after it makes five
    # the money with its figures first, then the act-by date (tester 52 c03 read the deadline
    # before the 600 a month); the total counted from the birth with the months left (52 item 11)
    assert headline[1].startswith("第2个孩子：600元/月，至2028年1月10日，共21,600元（按从出生起算")
    assert "3,000元" in headline[2]  # the childbirth costs, the other money
    assert headline[3].startswith("⏰ 2025年7月10日前办理")  # six months from 10 January
    assert slots["result_shown"] is True
    payload = dispatcher.messages[0]["custom"]  # the cards travel with the headline
    assert payload["report"]["city"] == "jinan"
    assert payload["household"]["city"] == "jinan"  # so a client can ask for the calendar file
    assert len(payload["household"]["children"]) == 2


async def test_while_an_item_needs_a_fact_the_offer_counts_items_and_questions() -> None:
    _, slots, _ = await run(ActionShowEntitlements(), "ok", "zh", **JINAN_FAMILY)
    assert slots["offer"] == "next_questions"
    assert (
        slots["offer_line"].startswith("还有")
        and "个问题就能确定，要继续吗？" in slots["offer_line"]
    )


async def test_the_same_family_in_english() -> None:
    reply, slots, _ = await run(ActionShowEntitlements(), "ok", "en", **JINAN_FAMILY)
    assert "child 2: 600 yuan/month, until 10 Jan 2028, 21,600 yuan in total" in reply
    assert "by 10 Jul 2025" in reply
    assert "Shall I go on?" in slots["offer_line"]


async def test_details_on_request_give_every_item_with_its_clause_and_the_notice() -> None:
    family = {**JINAN_FAMILY, "result_shown": True}
    reply, _, _ = await run(ActionExplainItem(), "详情", "zh", **family)
    assert (  # the total as said everywhere: from the birth, the months left (tester 52 item 11)
        "育儿补贴（第2个孩子）：每月600元；共21,600元（按从出生起算；现在起还剩约31个月）；"
        "发到2028年1月10日（孩子满3周岁）" in reply
    )
    assert reply.count("方案没写从哪个月开始发") == 1  # said once, after the figures
    assert "第12条" in reply and "不是官方决定" in reply
    assert "待确认" in reply  # the item that needs the hardship fact


async def test_beijing_answers_carry_no_cash_figure() -> None:
    family = {
        "city": "beijing",
        "children": [{"birth_date": "2024-05-01", "precision": "day", "height_cm": 75}],
    }
    reply, _, _ = await run(ActionShowEntitlements(), "ok", "en", **family)
    assert "yuan" not in reply and "Free buses and subways" in reply


async def test_details_of_one_item_on_request() -> None:
    family = {**JINAN_FAMILY, "housing_fund_contributors": 2, "buying_first_home": True}
    reply, _, _ = await run(ActionExplainItem(), "tell me more about the loan", "en", **family)
    assert reply.startswith(
        "Higher housing provident fund loan ceiling: up to 900,000 yuan (you qualify)"
    )
    assert "Jinan Housing Provident Fund Center" in reply


async def test_next_steps_name_the_department_and_what_the_text_does_not_say() -> None:
    reply, _, _ = await run(ActionNextSteps(), "育儿补贴怎么申请", "zh", **JINAN_FAMILY)
    assert "济南市卫生健康委员会" in reply and "方案未写申领流程" in reply


async def test_what_if_a_third_child_next_year_leaves_the_facts_alone() -> None:
    """Jinan clause 12: a 3rd child gets 600 a month. "明年" gives a year only: the birth is
    supposed in that year, never on an invented day (tester 52 c07)."""
    reply, slots, _ = await run(ActionWhatIf(), "如果明年生老三呢?", "zh", **JINAN_FAMILY)
    assert "假设2026年再生一个孩子" in reply
    assert "育儿补贴（第3个孩子）：每月600元" in reply
    assert slots == {}


async def test_what_if_on_benefits_at_a_coming_birth_adds_200_for_that_child_only() -> None:
    """Jinan clause 12: 200 more a month for a child born while the family is on dibao,
    special hardship support or unemployment benefits. Imagined for the baby on the way, it
    changes that child's subsidy and not the second child's, born before without them."""
    family = {
        **JINAN_FAMILY,
        "children": [
            {"birth_date": "2019-03-10", "precision": "day"},
            {"birth_date": "2024-02-10", "precision": "day"},
            {"birth_date": "2025-10-01", "precision": "month"},
        ],
        "hardship_at_birth": False,
    }
    reply, slots, _ = await run(ActionWhatIf(), "要是生的时候又领失业金呢", "zh", **family)
    assert reply.startswith("假设老三出生时在领低保、特困供养或失业金：")
    assert "育儿补贴困难家庭加发（第3个孩子）：每月200元" in reply
    assert "第2个孩子" not in reply
    assert "给您家记下的情况不变" in reply and slots == {}


async def test_what_else_after_one_measure_gives_every_item() -> None:
    """After paternity leave was discussed, "ok what else" asks for the other items."""
    for text, lang in (("ok what else", "en"), ("还有别的吗", "zh")):
        reply, _, _ = await run(
            ActionExplainItem(), text, lang, result_shown=True,
            topic_entry="jinan.paternity_leave", **JINAN_FAMILY,
        )  # fmt: skip
        lines = reply.splitlines()
        assert re.fullmatch(r"The \d+ items your family can get:|您家可以享受的\d+项：", lines[0])
        assert ("Childcare subsidy (child 2): 600 yuan/month" in reply) or (
            "育儿补贴（第2个孩子）：每月600元" in reply
        )


async def test_a_measure_without_figures_carries_no_note_on_ages() -> None:
    """Beijing clause (12) names leaves without a number of days: nothing in the answer rests
    on the children's ages worked out from "3" and "7 months pregnant"."""
    from actions.results import focused_reply
    from policy_kb import get_entry

    slots = {
        "city": "beijing",
        "hukou_in_city": True,
        "birth_insurance": "employee_maternity",
        "children": [
            {"birth_date": "2022-05-01", "precision": "month", "approx": "3岁", "height_cm": None},
            {"birth_date": "2025-08-01", "precision": "month", "approx": "怀孕7个月"},
        ],
    }
    tracker = make_tracker("how long is her maternity leave", language="en", **slots)
    reply = focused_reply(tracker, slots, get_entry("beijing.leave_entitlements"), "en")
    assert "worked out from" not in reply


async def test_what_else_while_the_form_asks_lists_what_is_certain_then_points_to_the_question() -> (
    None
):
    reply, _, dispatcher = await run(
        ActionExplainItem(), "还有别的吗", "zh", requested_slot="hardship_at_birth", **JINAN_FAMILY
    )
    # the second child born 2025 with Jinan hukou: clause 12's 600 a month is already certain
    assert reply.startswith("目前已经确定的")
    assert "育儿补贴（第2个孩子）：每月600元" in reply
    assert dispatcher.messages[-1]["response"] == "utter_others_after_questions"


async def test_a_question_telling_a_fact_after_the_answer_gets_what_the_measure_still_needs() -> (
    None
):
    """ "租房可以提公积金吗" after the answer: renting is noted, and the rent withdrawal (Jinan
    clause 14) is answered with the facts it still turns on, not only "nothing changed"."""
    from actions.conversation import ActionHandleCorrection

    reply, slots, _ = await run(
        ActionHandleCorrection(), "租房可以提公积金吗", "zh", result_shown=True, **JINAN_FAMILY
    )
    assert slots["renting"] is True
    assert "第14条" in reply and "多孩无房租房家庭按实际房租提取公积金" in reply
    assert "还需要知道" in reply and "在本市是否有自有住房" in reply
    assert "缴存住房公积金的人数" not in reply  # no number of payers in the rule (tester 18 c02)


async def test_an_open_item_asked_about_says_what_it_still_turns_on() -> None:
    """Asked about the loan ceiling with nothing known of the housing fund, the family reads
    which facts decide it (Jinan clause 14)."""
    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), "how much housing fund loan can we get", "en",
        result_shown=True, **JINAN_FAMILY,
    )  # fmt: skip
    assert "still needed" in reply or "I still need" in reply, reply


async def test_a_yes_to_the_full_check_that_says_more_starts_it() -> None:
    """After a single measure's answer and "要不要我把其他政策也查一遍？": "要 查查" and "要的 老大07年
    的 我是居民医保" both start the full check (the second noting its facts first), where they
    had got "didn't understand" and the same answer again."""
    from rasa_sdk.events import FollowupAction

    from actions.answers import ActionRouteUnclear
    from actions.conversation import ActionHandleCorrection

    shown = {"result_shown": True, "offer": "full_check", **JINAN_FAMILY}
    dispatcher = CollectingDispatcher()
    events = await ActionRouteUnclear().run(
        dispatcher, make_tracker("要 查查", intent="nlu_fallback", language="zh", **shown), DOMAIN
    )
    assert FollowupAction("household_form") in events
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("要的 我是居民医保 租的公租房", language="zh", **shown)
    events = await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    assert FollowupAction("household_form") in events
    assert slot_events(events)["renting"] is True
    assert "租房住" in texts(dispatcher)


async def test_details_right_after_the_summary_gives_every_item() -> None:
    """The summary offers "reply 'details' for each item": after it, "详情" gives them all, even
    when a single measure was discussed before the summary; "details for the rent one" gives
    that one (Jinan clause 14)."""
    _, slots, _ = await run(
        ActionShowEntitlements(), "好的", "zh", topic_entry="jinan.paternity_leave", **JINAN_FAMILY
    )
    assert slots["topic_entry"] is None
    reply, _, _ = await run(ActionExplainItem(), "详情", "zh", result_shown=True, **JINAN_FAMILY)
    assert reply.count("【") > 3 and "待确认" in reply
    family = {**JINAN_FAMILY, "renting": True, "owns_home_in_city": False}
    reply, _, _ = await run(
        ActionExplainItem(), "details please for the rent one", "en", result_shown=True,
        topic_entry="jinan.childcare_subsidy", housing_fund_contributors=2, **family,
    )  # fmt: skip
    assert reply.startswith("Withdrawing the housing fund to pay rent"), reply


async def test_thanks_the_classifier_did_not_place_gets_a_polite_close() -> None:
    from actions.answers import ActionRouteUnclear

    dispatcher = CollectingDispatcher()
    tracker = make_tracker("不是问补贴 算了 谢谢", intent="nlu_fallback", language="zh")
    await ActionRouteUnclear().run(dispatcher, tracker, DOMAIN)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_you_are_welcome"]


async def test_asking_what_is_noted_gets_the_recap_with_estimates_marked() -> None:
    """ "你现在记的俺家几个孩子 都啥时候生的" gets what is noted; a date worked out from an age
    stays "about" (约), never shown as if it had been told."""
    from actions.answers import ActionAnswerPolicyQuestion

    family = {
        **JINAN_FAMILY,
        "children": [
            {"birth_date": "2020-05-01", "precision": "month", "approx": "5岁"},
            {"birth_date": "2025-01-10", "precision": "day"},
        ],
    }
    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), "你现在记的俺家几个孩子 都啥时候生的", "zh", **family
    )
    assert reply.startswith("目前记下的是：") and "老大约2020年5月出生" in reply, reply
    assert "老二2025年1月10日出生" in reply


async def test_another_child_imagined_in_words_the_classifier_missed_gets_the_what_if() -> None:
    """ "我问的是再生个老三 老三能有啥" after the answer: what a third child would get (Jinan
    clause 12: 600 a month), the family's facts unchanged."""
    from actions.answers import ActionRouteUnclear

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "我问的是再生个老三 老三能有啥", intent="nlu_fallback", language="zh",
        result_shown=True, **JINAN_FAMILY,
    )  # fmt: skip
    events = await ActionRouteUnclear().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith("假设") and "育儿补贴（第3个孩子）：每月600元" in reply, reply
    assert slot_events(events) == {}
