"""POST /api/v1/chat: the chat page's messages go to Rasa's REST channel and its replies come
back as Rasa gave them (text and/or custom payloads with the Report for the result cards, which
the proxy asks for: `?payloads=custom`).

A message may carry a `message_id`, passed on to Rasa: the page keeps it when it sends a message
again after a failure, and Rasa then answers from the turn it may already have stored instead of
handling the message twice (bot/resends.py)."""

import logging
from typing import Any

import httpx
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from policy_kb.text import Text

log = logging.getLogger("web.chat")

REST_WEBHOOK = "/webhooks/rest/webhook"
# The page draws its result cards from the custom payloads, which the REST channel gives only
# when asked (bot/channels/rest.py: text alone for any other client).
PAYLOADS = {"payloads": "custom"}
SENDER_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
MESSAGE_ID_PATTERN = SENDER_PATTERN
MAX_MESSAGE_CHARS = 2000
UNAVAILABLE = Text(
    zh="抱歉，助手暂时无法回复，请稍后再试。",
    en="Sorry, the assistant cannot answer right now. Please try again in a moment.",
)

router = APIRouter(tags=["chat"])


class ChatIn(BaseModel):
    """One message of a conversation; `sender` is a random id the page keeps per browser tab,
    `message_id` a random id per message, the same when the message is sent again."""

    model_config = ConfigDict(extra="forbid")

    sender: str = Field(min_length=1, max_length=64, pattern=SENDER_PATTERN)
    message: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    message_id: str | None = Field(default=None, max_length=64, pattern=MESSAGE_ID_PATTERN)

    @field_validator("message")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must contain some text")
        return value


class ChatOut(BaseModel):
    """Rasa's replies: each may have `text` and/or `custom` (type entitlements or what_if,
    household and report)."""

    messages: list[dict[str, Any]]


class Unavailable(BaseModel):
    detail: str
    message: Text


def unavailable() -> JSONResponse:
    body = Unavailable(detail=f"{UNAVAILABLE.zh} / {UNAVAILABLE.en}", message=UNAVAILABLE)
    return JSONResponse(status_code=503, content=body.model_dump())


class RasaConnection:
    """The app's one client to Rasa, shared by all requests; opened on first use, closed when the
    app stops (and opened again if the app starts again, as a test server may)."""

    def __init__(
        self,
        base_url: str,
        timeout_seconds: float,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url
        self.timeout = httpx.Timeout(timeout_seconds)
        self.transport = transport
        self._client: httpx.AsyncClient | None = None

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None or self._client.is_closed:
            self._client = httpx.AsyncClient(
                base_url=self.base_url, timeout=self.timeout, transport=self.transport
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None


@router.post(
    "/api/v1/chat",
    response_model=ChatOut,
    responses={503: {"model": Unavailable, "description": "Rasa is down or too slow"}},
    summary="Send a message to the assistant",
)
async def chat(body: ChatIn, request: Request) -> ChatOut | JSONResponse:
    rasa: RasaConnection = request.app.state.rasa
    try:
        response = await rasa.client.post(
            REST_WEBHOOK, params=PAYLOADS, json=body.model_dump(exclude_none=True)
        )
        response.raise_for_status()
        replies = response.json()
    except (httpx.HTTPError, ValueError) as err:
        log.warning("chat sender=%s: Rasa unavailable (%s)", body.sender, type(err).__name__)
        return unavailable()
    if not isinstance(replies, list) or not all(isinstance(r, dict) for r in replies):
        log.warning("chat sender=%s: Rasa answered something other than a list", body.sender)
        return unavailable()
    log.info("chat sender=%s replies=%d", body.sender, len(replies))
    return ChatOut(messages=replies)
