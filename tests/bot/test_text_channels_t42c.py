"""Tester 41 c10: "yes please check everything" printed about 50 KB of raw JSON (the custom
payload `{"custom": {"type": "entitlements", …}}`) in a client of the REST channel. A result
reply carries its text and the Report for the chat page's cards; text channels get the text
alone, the chat page (which asks with `?payloads=custom`) keeps its payload."""

import asyncio
import json
from types import SimpleNamespace
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOOutput

from bot.channels.rest import HardenedRestInput
from bot.channels.socketio import text_only

RESULT = {
    "text": "按济南的政策，您家目前可以享受……\n\n育儿补贴：每月600元",
    "custom": {"type": "entitlements", "household": {"city": "jinan"}, "report": {"items": []}},
}


async def assistant(message: UserMessage) -> None:
    """A turn of the assistant ending in a result: its text and its custom payload in one reply,
    as ActionShowEntitlements utters it (text and json_message)."""
    await message.output_channel.send_response(message.sender_id, dict(RESULT))


def rest_turn(args: dict[str, str]) -> list[dict[str, Any]]:
    blueprint = HardenedRestInput().blueprint(assistant)
    receive: Any = next(r.handler for r in blueprint._future_routes if r.uri.endswith("/webhook"))
    body = json.dumps({"sender": "family", "message": "yes please check everything"}).encode()
    request = SimpleNamespace(args=args, body=body)
    answer = asyncio.run(receive(request))
    assert answer.status == 200
    return list(json.loads(answer.body))


def test_a_rest_client_gets_the_results_text_and_no_json_payload() -> None:
    replies = rest_turn({})
    assert [r.get("text") for r in replies] == [
        "按济南的政策，您家目前可以享受……",
        "育儿补贴：每月600元",
    ]
    assert all("custom" not in r for r in replies), replies


def test_the_chat_page_asking_for_payloads_keeps_its_custom_payload() -> None:
    replies = rest_turn({"payloads": "custom"})
    assert replies[-1] == {"recipient_id": "family", "custom": RESULT["custom"]}, replies
    assert replies[0]["text"] == "按济南的政策，您家目前可以享受……"


class Sio:
    """Socket.IO's server in miniature: what is emitted."""

    def __init__(self) -> None:
        self.emitted: list[tuple[Any, ...]] = []

    async def emit(self, event: str, data: Any = None, **kwargs: Any) -> None:
        self.emitted.append((event, data, kwargs))


def test_a_socketio_client_gets_the_results_text_and_no_json_payload() -> None:
    sio = Sio()
    message = UserMessage("yes please check everything", SocketIOOutput(sio, "bot_uttered"), "s1")

    async def turn() -> None:
        await text_only(assistant)(message)

    asyncio.run(turn())
    texts = [data.get("text") for _, data, _ in sio.emitted]
    assert texts == ["按济南的政策，您家目前可以享受……", "育儿补贴：每月600元"], sio.emitted
