"""The chat page draws its result cards from the custom payloads, which Rasa's REST channel now
gives only to a client asking for them (bot/channels/rest.py; tester 41 c10 got 50 KB of JSON in
a text client): the proxy asks, `?payloads=custom`."""

import httpx
from fastapi.testclient import TestClient

from tests.web.test_chat_proxy import MakeApp, result_replies


def test_the_chat_proxy_asks_rasa_for_the_result_payloads(app_with_rasa: MakeApp) -> None:
    seen: list[httpx.Request] = []

    def rasa(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=result_replies("web-abc"))

    with TestClient(app_with_rasa(rasa)) as client:
        response = client.post("/api/v1/chat", json={"sender": "web-abc", "message": "都查一下"})
    assert response.json() == {"messages": result_replies("web-abc")}
    [request] = seen
    assert request.url.path == "/webhooks/rest/webhook"
    assert request.url.params.get("payloads") == "custom", request.url
