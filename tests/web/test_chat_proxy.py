"""POST /api/v1/chat: messages go to Rasa's REST channel and its replies come back as given;
Rasa down or slow is a polite 503 in both languages, never a 500. And GET /healthz."""

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from policy_kb import evaluate, parse_household
from tests.web.households import jinan_family

RasaHandler = Callable[[httpx.Request], httpx.Response]
MakeApp = Callable[[RasaHandler], FastAPI]


def result_replies(sender: str) -> list[dict[str, Any]]:
    """What Rasa's REST channel gives for a result: paragraphs of text, then the custom payload."""
    household = parse_household(jinan_family())
    report = evaluate(household)
    payload = {
        "type": "entitlements",
        "household": household.model_dump(mode="json", exclude_none=True),
        "report": report.model_dump(mode="json"),
    }
    return [
        {"recipient_id": sender, "text": "按济南的政策，您家目前可以享受……"},
        {"recipient_id": sender, "custom": payload},
    ]


def test_the_message_goes_to_rasa_and_the_replies_come_back_as_given(
    app_with_rasa: MakeApp,
) -> None:
    seen: list[httpx.Request] = []

    def rasa(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=result_replies("web-abc"))

    with TestClient(app_with_rasa(rasa)) as client:
        response = client.post("/api/v1/chat", json={"sender": "web-abc", "message": "济南户口"})
    assert response.status_code == 200
    assert response.json() == {"messages": result_replies("web-abc")}
    [request] = seen
    assert request.method == "POST" and request.url.path == "/webhooks/rest/webhook"
    assert json.loads(request.content) == {"sender": "web-abc", "message": "济南户口"}


def test_the_message_id_goes_to_rasa_so_a_message_sent_again_is_not_handled_twice(
    app_with_rasa: MakeApp,
) -> None:
    seen: list[httpx.Request] = []

    def rasa(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[{"recipient_id": "web-abc", "text": "您好"}])

    body = {"sender": "web-abc", "message": "你好", "message_id": "m-1f3a"}
    with TestClient(app_with_rasa(rasa)) as client:
        assert client.post("/api/v1/chat", json=body).status_code == 200
    assert [json.loads(r.content) for r in seen] == [body]


def test_rasa_unreachable_is_a_polite_503_in_both_languages(client: TestClient) -> None:
    response = client.post("/api/v1/chat", json={"sender": "web-1", "message": "你好"})
    assert response.status_code == 503
    body = response.json()
    assert "请稍后再试" in body["message"]["zh"]
    assert "try again" in body["message"]["en"]
    assert body["message"]["zh"] in body["detail"] and body["message"]["en"] in body["detail"]


def _timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("Rasa took too long", request=request)


@pytest.mark.parametrize(
    "rasa",
    [
        _timeout,
        lambda request: httpx.Response(500, text="Internal Server Error"),
        lambda request: httpx.Response(200, text="<html>not json</html>"),
        lambda request: httpx.Response(200, json={"error": "not a list"}),
        lambda request: httpx.Response(200, json=["not an object"]),
    ],
    ids=["slow", "Rasa error", "not JSON", "not a list", "not objects"],
)
def test_rasa_slow_or_broken_is_a_503_never_a_500(
    app_with_rasa: MakeApp, rasa: RasaHandler
) -> None:
    with TestClient(app_with_rasa(rasa)) as client:
        response = client.post("/api/v1/chat", json={"sender": "web-1", "message": "hi"})
    assert response.status_code == 503
    assert response.json()["message"]["en"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"sender": "", "message": "hi"}, "sender"),
        ({"sender": "x" * 65, "message": "hi"}, "sender"),
        ({"sender": "web 1", "message": "hi"}, "sender"),
        ({"sender": "张三", "message": "hi"}, "sender"),
        ({"sender": "web-1", "message": ""}, "message"),
        ({"sender": "web-1", "message": "   "}, "message"),
        ({"sender": "web-1", "message": "长" * 2001}, "message"),
        ({"message": "hi"}, "sender"),
        ({"sender": "web-1", "message": "hi", "metadata": {}}, "metadata"),
        ({"sender": "web-1", "message": "hi", "message_id": ""}, "message_id"),
        ({"sender": "web-1", "message": "hi", "message_id": "m 1"}, "message_id"),
        ({"sender": "web-1", "message": "hi", "message_id": "m" * 65}, "message_id"),
        ({"sender": "web-1", "message": "hi", "message_id": 1}, "message_id"),
    ],
    ids=[
        "empty sender", "long sender", "space in sender", "name as sender", "empty message",
        "blank message", "long message", "no sender", "unknown field", "empty message id",
        "space in message id", "long message id", "number as message id",
    ],
)  # fmt: skip
def test_a_bad_chat_message_is_a_422_naming_the_field(
    client: TestClient, body: dict[str, Any], field: str
) -> None:
    response = client.post("/api/v1/chat", json=body)
    assert response.status_code == 422
    assert ["body", field] in [d["loc"] for d in response.json()["detail"]]


def test_health_is_ok_while_rasa_is_down(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["rasa"] == "unreachable"


def test_health_says_when_rasa_answers(app_with_rasa: MakeApp) -> None:
    def rasa(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="Hello from Rasa")

    with TestClient(app_with_rasa(rasa)) as client:
        assert client.get("/healthz").json()["rasa"] == "up"
