""" "Delete my data": the reply says, in the user's language, what is deleted (the facts they
gave, then the chat), and the privacy answer tells them they can ask."""

from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import ActionPrivacy
from actions.privacy import ActionForgetMe, facts_given
from tests.actions.conftest import DOMAIN, make_tracker, texts


async def forget(text: str, **slots: object) -> tuple[str, list[dict[str, object]]]:
    dispatcher = CollectingDispatcher()
    events = await ActionForgetMe().run(dispatcher, make_tracker(text, "affirm", **slots), DOMAIN)
    return texts(dispatcher), events


async def test_a_chinese_family_is_told_which_facts_are_deleted() -> None:
    reply, events = await forget(
        "确定",
        language="zh",
        city="jinan",
        hukou_in_city=True,
        children=[{"birth_date": "2024-03-01", "height_cm": None}],
        birth_insurance=None,
    )
    assert reply == (
        "好的，本次对话的全部记录已删除：您告诉我的所在城市、是否本市户籍、孩子的人数和出生日期，"
        "以及我们的聊天内容，都不再保存。需要的话可以随时重新开始。"
    )
    assert events == []  # the store deletes the conversation; nothing is left to set


async def test_an_english_user_who_gave_no_facts_hears_that_the_chat_is_deleted() -> None:
    reply, _ = await forget("yes", language="en")
    assert reply == (
        "Done: this whole conversation is deleted, and nothing we said is kept. "
        "You can start again any time."
    )


async def test_children_heard_before_every_date_count_as_given() -> None:
    reply, _ = await forget(
        "yes", language="en", children_partial=[{"birth_date": None}], housing_fund_contributors=0
    )
    assert (
        "(the children and their birth dates, how many family members pay into the housing provident fund)"
        in reply
    )


def test_facts_given_ignore_unset_and_empty_slots() -> None:
    slots = {"city": "beijing", "children": None, "children_partial": [], "renting": False}
    assert facts_given(slots) == ["city", "renting"]


async def test_the_privacy_answer_says_how_to_have_the_data_deleted() -> None:
    for lang, text, ask in (
        ("zh", "我的信息会被保存吗", "“删除我的数据”"),
        ("en", "do you keep my data", '"delete my data"'),
    ):
        dispatcher = CollectingDispatcher()
        await ActionPrivacy().run(
            dispatcher, make_tracker(text, "ask_privacy", language=lang), DOMAIN
        )
        assert ask in texts(dispatcher)
