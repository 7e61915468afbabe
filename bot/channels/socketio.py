"""Rasa's Socket.IO channel, accepting connections from the web app's origin only.

Rasa 3.6 creates its Socket.IO server with `cors_allowed_origins=[]`, which turns the origin
check off; browsers do not apply CORS to WebSockets, so any site could open a conversation. Here
the check is on: ASSISTANT_WEB_ORIGINS (comma-separated, e.g. http://127.0.0.1:8000; the stack
sets it to the web app's address) lists who may connect, and without it only pages served from
the Rasa server's own address may."""

import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint


def allowed_origins() -> list[str] | None:
    """The origins from the environment; None means the server's own origin only."""
    raw = os.environ.get("ASSISTANT_WEB_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    return origins or None


class WebOriginSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        self.sio.eio.cors_allowed_origins = allowed_origins()
        return blueprint
