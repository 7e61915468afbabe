"""Questions fresh testers (18 and 19) asked that got the wrong measure or a reply missing its
point: each as a citizen might say it, the family known so far, and what the plan lets the reply
say. "Today" is 1 December 2026, as in tester 19's run."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.results import ActionNextSteps
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.test_follow_up_questions import ask


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def child(born: str, precision: str = "day", **facts: object) -> dict[str, object]:
    """One child as the household form keeps it."""
    return {"birth_date": born, "precision": precision, "height_cm": None, **facts}


def lang_of(text: str) -> str:
    return "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"


# A Beijing family: a son of 2 and a baby due in May 2027 (tester 19, c07).
BEIJING_SON_AND_DUE = {
    "city": "beijing",
    "children": [child("2024-06-01", "year"), child("2027-05-01", "month")],
}


# --- 5. "去哪办 电话多少": the plan has no phone number, said in Chinese too -------------------


@pytest.mark.parametrize(
    "text",
    ["去哪办 电话多少", "打啥电话", "电话号码是多少 给我个电话", "what's the phone number to call"],
)
async def test_a_phone_number_asked_with_where_to_apply_says_the_plan_gives_none(
    text: str,
) -> None:
    """Clause 12's subsidy discussed; the citizen asks where to go and which number to call: the
    plan gives no number (never one made up), and the lead department is named."""
    lang = lang_of(text)
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        text, intent="ask_how", language=lang, city="jinan", topic_entry="jinan.childcare_subsidy"
    )
    await ActionNextSteps().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    if lang == "zh":
        assert "没有写" in reply and "电话" in reply, reply
        assert "济南市卫生健康委员会" in reply
    else:
        assert "no phone number" in reply, reply
        assert "Municipal Health Commission" in reply
    assert "12345" not in reply


# --- 9. Beijing: a nursery-fee subsidy is no measure of the plan --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "那老三上托儿所有补贴吗",
        "送托儿所有没有补贴",
        "any nursery fee subsidy?",
        "is daycare subsidised for us",
    ],
)
async def test_a_beijing_nursery_subsidy_question_hears_the_plan_pays_families_none(
    text: str,
) -> None:
    """Beijing (10) promotes inclusive childcare places and funds the institutions; it pays
    families no nursery fee. Said so, not '不符合条件' of the upbringing-subsidy announcement."""
    lang = lang_of(text)
    slots = {
        "city": "beijing",
        "children": [child("2016-01-01"), child("2020-01-01"), child("2025-01-01")],
    }
    reply, _ = await ask(text, lang, **slots)
    assert reply.startswith(
        ("北京方案没有给家庭的这类补贴", "The Beijing plan gives families no such")
    ), reply
    assert "(10)" in reply
    assert "不符合条件" not in reply and "not eligible" not in reply


@pytest.mark.parametrize(
    ("text", "lang"), [("北京有育儿补贴吗", "zh"), ("does beijing pay a monthly subsidy", "en")]
)
async def test_a_subsidy_the_plan_only_announces_rejects_no_family(text: str, lang: str) -> None:
    """'Gradually establish a family upbringing subsidy system' (Beijing (12)) names no
    recipient or amount: the family is told there is nothing to claim yet, not that it fails."""
    reply, _ = await ask(text, lang, **BEIJING_SON_AND_DUE)
    assert "不符合条件" not in reply and "not eligible" not in reply, reply
    assert "尚无可申领" in reply or "nothing to claim" in reply, reply


# --- 11. "how many kids do you have down for us": the household as noted ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "why does it say child 3?",
        "how many kids do you have down for us",
        "why do you have 3 kids for us, we have 2",
        "你记的我家几个孩子",
        "为啥有老三 我们就俩孩子",
        "怎么说我家有3个孩子",
    ],
)
async def test_a_question_about_what_is_recorded_gets_the_household_not_a_measure(
    text: str,
) -> None:
    """The recap in the citizen's language, with the children and their dates, and an invitation
    to correct it; no policy block."""
    lang = lang_of(text)
    reply, _ = await ask(text, lang, **BEIJING_SON_AND_DUE)
    if lang == "zh":
        assert reply.startswith("目前记下的是"), reply
        assert "2027年5月" in reply and "不对" in reply
    else:
        assert reply.startswith("What I have noted"), reply
        assert "May 2027" in reply and "wrong" in reply
    assert "依据" not in reply and "Source" not in reply


@pytest.mark.parametrize("text", ["为什么老三没有补贴", "why does it say my child cannot get it"])
async def test_a_why_question_about_a_childs_benefit_is_still_a_policy_question(text: str) -> None:
    reply, _ = await ask(text, lang_of(text), **BEIJING_SON_AND_DUE)
    assert not reply.startswith(("目前记下的是", "What I have noted")), reply
