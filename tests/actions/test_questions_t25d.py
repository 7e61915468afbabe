"""What the answers say, as tester 25 met them (list d): each test is a family (the slots),
what the citizen wrote, and what the reply must and must not say."""

from datetime import date

import pytest

from actions import clock
from tests.actions.test_follow_up_questions import ask
from wording.cities import likened_city, mentioned_city


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# --- 1. a city held up as the example is not the city asked about -------------------------

BEIJING_TODDLER = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [{"birth_date": "2024-06-01", "precision": "month", "height_cm": None}],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("is there a monthly cash subsidy in beijing like jinan?", "en"),  # tester 25 c02, x01
        ("any monthly money in beijing like in jinan?", "en"),
        ("北京有没有像济南那样每月的现金补贴", "zh"),
        ("北京有没有像济南一样的每月补贴", "zh"),
    ],
)
async def test_a_beijing_family_asking_for_money_like_jinans_hears_beijings_plan_first(
    text: str, lang: str
) -> None:
    """Beijing (12): a subsidy system to be gradually established, no amount; Jinan's 600 a
    month (clause 12) only as Jinan's own rule, after it; never "the Jinan plan says nothing"."""
    reply, _ = await ask(text, lang, **BEIJING_TODDLER)
    first = "".join(reply.split("\n")[:2])
    if lang == "zh":
        assert "北京" in first and "养育补贴制度" in first, reply
        assert "济南的方案没有写" not in reply, reply
        assert "600元" in reply and "只适用于济南" in reply, reply
        assert reply.index("(12)") < reply.index("600元"), reply
    else:
        assert "Beijing" in first and "subsidy system" in first, reply
        assert "Jinan plan says nothing" not in reply, reply
        assert "600 yuan" in reply and "applies in Jinan only" in reply, reply
        assert reply.index("(12)") < reply.index("600 yuan"), reply


def test_the_likened_city_is_not_the_one_asked() -> None:
    assert mentioned_city("is there a monthly cash subsidy in beijing like jinan?") == "beijing"
    assert mentioned_city("济南有没有像北京那样的公租房优先") == "jinan"
    assert likened_city("北京陪产假几天") is None
    assert likened_city("Jinan or Beijing?") is None
