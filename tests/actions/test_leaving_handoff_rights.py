"""Issue 13, points 5-7, without a server: a no after the answer, the hand-off route for the
measure under discussion, an employer refusing leave, and the measure kept as the topic."""

from typing import Any

from rasa_sdk import Action
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandoff, ActionNoAfterResult, ActionOnBehalf
from actions.results import ActionExplainItem
from actions.rights import ActionRightsProblem
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_results import JINAN_FAMILY

UNRELATED = ("生殖健康服务", "Reproductive health services")


async def run(
    action: Action, text: str, **slots: Any
) -> tuple[str, dict[str, object], CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, make_tracker(text, **slots), DOMAIN)
    return texts(dispatcher), slot_events(events), dispatcher


async def test_a_no_with_a_fact_after_the_answer_updates_it() -> None:
    reply, slots, _ = await run(
        ActionNoAfterResult(), "没有房", language="zh", result_shown=True, **JINAN_FAMILY
    )
    assert slots["owns_home_in_city"] is False
    # The read-back, then only what changed: no home alone decides nothing new here.
    assert "没有自己的住房" in reply and "您家能享受的项目没有变化" in reply


async def test_a_plain_no_after_the_answer_says_goodbye() -> None:
    reply, slots, dispatcher = await run(
        ActionNoAfterResult(), "no thanks", language="en", result_shown=True, **JINAN_FAMILY
    )
    assert slots == {} and reply == ""
    assert [m["response"] for m in dispatcher.messages] == ["utter_goodbye"]


async def test_hand_off_without_a_topic_never_names_an_unrelated_measure() -> None:
    reply, slots, _ = await run(ActionHandoff(), "转人工", language="zh")
    assert not any(u in reply for u in UNRELATED) and slots == {}
    assert "济南市卫生健康委员会" in reply and "济南住房公积金中心" in reply
    assert "北京的方案没有为各项措施指明负责部门" in reply


async def test_hand_off_for_the_measure_under_discussion() -> None:
    reply, slots, _ = await run(
        ActionHandoff(),
        "human",
        language="en",
        city="jinan",
        topic_entry="jinan.housing_fund_loan_limit",
    )
    assert 'For "Higher housing provident fund loan ceiling" (Jinan)' in reply
    assert "Jinan Housing Provident Fund Center" in reply
    assert slots == {"topic_entry": "jinan.housing_fund_loan_limit"}


async def test_a_measure_named_with_the_request_wins_over_the_topic() -> None:
    reply, slots, _ = await run(
        ActionHandoff(),
        "陪产假的事转人工",
        language="zh",
        city="jinan",
        topic_entry="jinan.housing_fund_loan_limit",
    )
    assert "关于“陪产假”（济南）：牵头部门：济南市卫生健康委员会" in reply
    assert slots == {"topic_entry": "jinan.paternity_leave"}


async def test_answers_about_a_measure_keep_it_as_the_topic() -> None:
    _, slots, _ = await run(
        ActionAnswerPolicyQuestion(), "济南陪产假有几天？", language="zh", city="jinan"
    )
    assert slots == {"topic_entry": "jinan.paternity_leave"}
    _, slots, _ = await run(ActionExplainItem(), "育儿补贴详细说说", language="zh", **JINAN_FAMILY)
    assert slots == {"topic_entry": "jinan.childcare_subsidy"}


async def test_employer_refusing_paternity_leave_gets_the_clause_and_the_department() -> None:
    reply, slots, _ = await run(
        ActionRightsProblem(),
        "My employer won't give me paternity leave",
        language="en",
        city="jinan",
    )
    assert "counted as attendance with the same salary and benefits" in reply
    assert '"the period of maternity leave, paternity leave and childcare leave shall be' in reply
    assert "Lead department: Municipal Health Commission" in reply
    assert "Beijing" not in reply and slots == {"topic_entry": "jinan.paternity_leave"}


async def test_asked_whether_three_days_are_allowed_the_answer_says_no_first() -> None:
    """Jinan §11: no less than 15 days of paternity leave, counted as attendance."""
    reply, _, _ = await run(
        ActionRightsProblem(), "领导说陪产假只给3天 这合法吗", language="zh", city="jinan"
    )
    assert reply.startswith("这不符合方案的规定。关于陪产假（济南）")
    assert "不少于15天" in reply and reply.count("依据：") == 1  # one line for clause 11


async def test_employer_refusing_leave_with_the_city_unknown_answers_for_both() -> None:
    reply, slots, _ = await run(ActionRightsProblem(), "公司不让休产假", language="zh")
    assert "关于产假（济南）" in reply and "（北京）" in reply
    assert "方案未指明负责部门。" in reply  # Beijing names no department
    assert slots == {"topic_entry": "jinan.maternity_leave"}


async def test_a_rights_problem_naming_no_measure_asks_which() -> None:
    reply, slots, _ = await run(ActionRightsProblem(), "单位欺负人", language="zh", city="jinan")
    assert "哪一项" in reply and slots == {}


async def test_asking_for_a_son_is_invited_to_tell_the_family() -> None:
    _, slots, dispatcher = await run(ActionOnBehalf(), "I'm asking for my son", language="en")
    assert slots == {} and [m["response"] for m in dispatcher.messages] == ["utter_on_behalf"]


async def test_asking_for_a_son_with_facts_starts_the_check() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("帮闺女问的，她们在济南，孩子2024年10月8日出生", language="zh")
    events = await ActionOnBehalf().run(dispatcher, tracker, DOMAIN)
    assert events == [{"event": "followup", "timestamp": None, "name": "household_form"}]
    assert dispatcher.messages == []  # the form reads the facts back
