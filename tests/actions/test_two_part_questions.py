"""A question with two parts gets both: two measures ("产假多少天 陪产假多少天"), or a measure's
figure and how to claim it ("育儿补贴多少钱 去哪里申请"). Today is 1 June 2025
(tests/actions/conftest.py)."""

from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerPolicyQuestion
from actions.results import ActionNextSteps
from tests.actions.conftest import DOMAIN, make_tracker, texts


async def ask(action: object, text: str, lang: str = "zh", **slots: object) -> str:
    dispatcher = CollectingDispatcher()
    await action.run(
        dispatcher, make_tracker(text, intent="ask_policy", language=lang, **slots), DOMAIN
    )  # type: ignore[attr-defined]
    return texts(dispatcher)


async def test_maternity_and_paternity_leave_asked_together_are_both_answered() -> None:
    reply = await ask(ActionAnswerPolicyQuestion(), "济南产假多少天 陪产假多少天")
    assert "158天" in reply and "不少于15天" in reply  # Jinan clause 11
    reply = await ask(ActionAnswerPolicyQuestion(), "产假和陪产假分别多少天", city="jinan")
    assert "158天" in reply and "不少于15天" in reply


async def test_two_measures_in_english() -> None:
    reply = await ask(
        ActionAnswerPolicyQuestion(), "maternity leave and paternity leave?", "en", city="jinan"
    )
    assert "158 days" in reply and "no less than 15 days" in reply


async def test_one_measure_is_one_answer() -> None:
    reply = await ask(ActionAnswerPolicyQuestion(), "济南 陪产假多少天")
    assert "不少于15天" in reply and "158天" not in reply


async def test_the_figure_and_where_to_apply_are_both_answered() -> None:
    reply = await ask(ActionNextSteps(), "济南育儿补贴多少钱 去哪里申请")
    assert "600元" in reply and "第12条" in reply  # the figure with its clause
    assert "济南市卫生健康委员会" in reply  # and where to ask
