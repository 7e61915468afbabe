"""The Socket.IO channel with a real client (python-socketio's AsyncClient), against the real
Rasa and action servers: a session is requested and confirmed, a message is answered with
`bot_uttered` carrying the next question, in Chinese and in English, and a second tab that asks
for the same session sees the same replies. (Rasa 3.6 left the client out of its session's room,
so it got `session_confirm` and then silence; bot/channels/socketio.py.)"""

import asyncio
import uuid
from typing import Any

import socketio

from stack.services import Stack

WAIT_SECONDS = 20.0


class Tab:
    """One browser tab's Socket.IO connection: what it was told, in order."""

    def __init__(self) -> None:
        self.client = socketio.AsyncClient(reconnection=False)
        self.confirmed: asyncio.Queue[str] = asyncio.Queue()
        self.uttered: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.client.on("session_confirm", self.confirmed.put)
        self.client.on("bot_uttered", self.uttered.put)

    async def open(self, url: str, session_id: str) -> str:
        await self.client.connect(url, transports=["websocket"], socketio_path="/socket.io")
        await self.client.emit("session_request", {"session_id": session_id})
        return await asyncio.wait_for(self.confirmed.get(), WAIT_SECONDS)

    async def say(self, session_id: str, text: str) -> None:
        await self.client.emit("user_uttered", {"message": text, "session_id": session_id})

    async def reply(self) -> str:
        """The text of the next bot_uttered (waiting for it)."""
        message = await asyncio.wait_for(self.uttered.get(), WAIT_SECONDS)
        return str(message.get("text", ""))

    async def close(self) -> None:
        await self.client.disconnect()


async def _conversation(url: str, opening: str) -> tuple[str, str]:
    session = f"sio-{uuid.uuid4().hex[:12]}"
    tab = Tab()
    try:
        confirmed = await tab.open(url, session)
        await tab.say(session, opening)
        # A message that states facts is answered first with what was understood ("记下了：…"),
        # then with the next question: read on until the question (at most three utterances).
        replies = [await tab.reply()]
        while not any(mark in replies[-1] for mark in "?？") and len(replies) < 3:
            replies.append(await tab.reply())
        return confirmed, "\n".join(replies)
    finally:
        await tab.close()


def test_a_chinese_message_is_answered_with_the_next_question(running_stack: Stack) -> None:
    confirmed, reply = asyncio.run(
        _conversation(running_stack.rasa_url, "我想查一下济南的生育补贴")
    )
    assert confirmed.startswith("sio-")
    assert "？" in reply or "?" in reply, reply
    assert any("\u4e00" <= ch <= "\u9fff" for ch in reply), reply


def test_an_english_message_is_answered_in_english(running_stack: Stack) -> None:
    _, reply = asyncio.run(
        _conversation(running_stack.rasa_url, "What benefits can we get in Jinan?")
    )
    assert "?" in reply, reply
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in reply), reply


async def _two_tabs(url: str) -> tuple[str, str]:
    session = f"sio-{uuid.uuid4().hex[:12]}"
    first, second = Tab(), Tab()
    try:
        await first.open(url, session)
        await second.open(url, session)
        await first.say(session, "hi, we live in Beijing")
        return await first.reply(), await second.reply()
    finally:
        await first.close()
        await second.close()


def test_a_second_tab_of_the_same_session_sees_the_same_reply(running_stack: Stack) -> None:
    in_first, in_second = asyncio.run(_two_tabs(running_stack.rasa_url))
    assert in_first and in_first == in_second
