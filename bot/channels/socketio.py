"""Rasa's Socket.IO channel, accepting connections from the web app's origin only, and
delivering the bot's replies.

- Origins. Rasa 3.6 creates its Socket.IO server with `cors_allowed_origins=[]`, which turns the
  origin check off; browsers do not apply CORS to WebSockets, so any site could open a
  conversation. Here the check is on: ASSISTANT_WEB_ORIGINS (bot/settings.py; comma-separated, e.g.
  http://127.0.0.1:8000; the stack sets it to the web app's address) lists who may connect, and
  without it only pages served from the Rasa server's own address may.
- Replies. With session persistence on, Rasa sends each reply to the room named after the
  session, which the client joins with `session_request`. Rasa 3.6 calls `sio.enter_room(...)`
  without awaiting it; in python-socketio 5.x that is a coroutine on the asyncio server, so the
  client never joins its room: it gets `session_confirm`, then silence, although every turn is
  processed and stored (RasaHQ/rasa#13027). `session_request` is
  replaced here by one that awaits the join; a second tab sending the same session id joins the
  same room and sees the same replies.
- Replies are text: a result's custom payload (the Report behind the chat page's cards) is not
  sent, as on the REST channel without `?payloads=custom` (Rasa would emit its keys as arguments
  of the event, which fails after the text).
- Messages are read as the REST channel reads them: a message that is not a string is ignored
  with a warning in the log, a lone surrogate becomes U+FFFD, a leading "/" is text.
"""

import inspect
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from bot.channels.rest import RequestError, extract_message
from bot.settings import settings

logger = logging.getLogger(__name__)


def session_id_of(data: Any) -> str:
    """The session a client asks for, or a new one (Rasa's rule: missing or null -> new)."""
    asked = data.get("session_id") if isinstance(data, dict) else None
    return asked if isinstance(asked, str) and asked.strip() else uuid.uuid4().hex


class TextSocketIOOutput(SocketIOOutput):
    """Rasa's Socket.IO output without the custom payloads (the text of the same reply stays)."""

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        return None


def text_only(
    on_new_message: Callable[[UserMessage], Awaitable[Any]],
) -> Callable[[UserMessage], Awaitable[Any]]:
    """`on_new_message` with the message's Socket.IO output channel sending text alone."""

    async def handle(message: UserMessage) -> Any:
        channel = message.output_channel
        if isinstance(channel, SocketIOOutput) and not isinstance(channel, TextSocketIOOutput):
            message.output_channel = TextSocketIOOutput(channel.sio, channel.bot_message_evt)
        return await on_new_message(message)

    return handle


class WebOriginSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(text_only(on_new_message))
        sio = self.sio
        sio.eio.cors_allowed_origins = settings().web_origins_list
        rasa_handle_message = sio.handlers[self.namespace or "/"][self.user_message_evt]

        async def session_request(sid: str, data: Any) -> None:
            session_id = session_id_of(data)
            if self.session_persistence:
                joined = sio.enter_room(sid, session_id, namespace=self.namespace)
                if inspect.isawaitable(joined):
                    await joined
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)
            logger.debug("socketio: %s joined its session", sid)

        async def handle_message(sid: str, data: Any) -> None:
            if not isinstance(data, dict):
                logger.warning("socketio: %s sent a message that is not an object", sid)
                return
            try:
                text = extract_message(data)
            except RequestError as err:
                logger.warning("socketio: %s sent a bad message: %s", sid, err)
                return
            await rasa_handle_message(sid, {**data, "message": text})

        sio.on("session_request", session_request, namespace=self.namespace)
        sio.on(self.user_message_evt, handle_message, namespace=self.namespace)
        return blueprint
