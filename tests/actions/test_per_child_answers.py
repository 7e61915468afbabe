"""A question about one measure for a family of several children is answered per child: a child
of 1.32 m pays, one of 1.05 m rides free (Beijing clause (12)); "那老大呢" asks about the eldest."""

from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, make_tracker, texts

BEIJING_TWO = {
    "topic_entry": "beijing.child_free_transit",
    "city": "beijing",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2019-05-01", "precision": "day", "height_cm": 132.0},
        {"birth_date": "2022-05-01", "precision": "day", "height_cm": 105.0},
    ],
    "result_shown": True,
}


async def ask(text: str, lang: str = "zh") -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **BEIJING_TWO)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


async def test_one_child_over_the_height_limit_and_one_under_get_each_their_answer() -> None:
    reply = await ask("坐地铁要买票吗")
    assert reply.startswith("第1个孩子要，第2个孩子不用。")
    assert "132厘米" in reply and "105厘米" in reply


async def test_a_follow_up_naming_the_eldest_is_answered_for_the_eldest() -> None:
    reply = await ask("那老大呢 要买票吗")
    assert reply.startswith("要。") and "132厘米" in reply and "105厘米" not in reply


async def test_a_follow_up_naming_the_second_in_english() -> None:
    reply = await ask("and the eldest?", "en")
    assert "132 cm" in reply and "105 cm" not in reply
