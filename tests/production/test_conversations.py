"""Full conversations through nginx in front of two Rasa replicas, with the amounts and end
dates of the embedded default, and every event of them in PostgreSQL."""

import json
import urllib.request
import uuid

import pytest

from stack.production import ProductionStack
from tests.production.client import (
    EN_AMOUNT,
    ZH_AMOUNT,
    Citizen,
    check_no_turn_lost_or_doubled,
    tracker_events,
    user_texts,
)

pytestmark = pytest.mark.production


def test_a_jinan_family_in_chinese_through_nginx(production: ProductionStack) -> None:
    citizen = Citizen(production.url)
    answer = citizen.converse(
        ["你好", "我想查一下能领哪些生育补贴",
         "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生，居民医保",
         "什么是出生一件事?"],
        "不知道",
    )  # fmt: skip
    assert ZH_AMOUNT in answer
    assert "2025年7月10日前办理" in answer
    assert "“出生一件事”联办" in citizen.log[3].text_replies
    followup = citizen.say("陪产假有多少天？").text_replies
    assert "15" in followup and "第11条" in followup
    check_no_turn_lost_or_doubled(production.tracker_db_url, citizen)


def test_an_english_family_through_nginx_and_its_events_in_postgresql(
    production: ProductionStack,
) -> None:
    citizen = Citizen(production.url)
    answer = citizen.converse(
        ["hi", "what benefits can we get?",
         "We live in Jinan with Jinan hukou. Two kids: born 2018-05-05 and 2024-11-11."],
        "skip",
    )  # fmt: skip
    assert EN_AMOUNT in answer
    correction = citizen.say("actually the second one was born on 2022-12-20").text_replies
    assert "only a child born on or after 1 January 2023 qualifies" in correction

    events = tracker_events(production.tracker_db_url, citizen.sender)
    assert user_texts(production.tracker_db_url, citizen.sender) == [s.text for s in citizen.log]
    bot_texts = [data.get("text") or "" for kind, _, data in events if kind == "bot"]
    assert any(EN_AMOUNT in text for text in bot_texts)
    slots = {data["name"]: data["value"] for kind, _, data in events if kind == "slot"}
    assert slots.get("language") == "en"


def test_the_web_app_chat_reaches_rasa_through_nginx(production: ProductionStack) -> None:
    sender = f"web-{uuid.uuid4().hex[:16]}"
    body = json.dumps({"sender": sender, "message": "我想查一下能领哪些生育补贴"}).encode()
    request = urllib.request.Request(
        f"{production.url}/api/v1/chat", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 200
        replies = json.loads(response.read())["messages"]
    assert any("哪个城市" in str(r.get("text", "")) for r in replies)
    assert user_texts(production.tracker_db_url, sender) == ["我想查一下能领哪些生育补贴"]
    with urllib.request.urlopen(f"{production.url}/healthz", timeout=10) as response:
        assert json.loads(response.read())["rasa"] == "up"
