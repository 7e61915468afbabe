"""The REST channel (POST /webhooks/rest/webhook), hardened for a public service.

Rasa 3.6's RestInput reads `request.json` without checking it, so a body that is not a JSON
object answers 500; it passes any sender and message on (a number, a list, none, a 2 MB text for
the NLU to chew on); and when processing fails (the lock store's Redis is down, the tracker
store cannot be reached, any exception) it logs the user's text and answers 200 with an empty
list, so the client cannot tell a lost turn from a silent bot. This channel, under the same name
and URL:

- answers 400 with a JSON error naming the problem for a body that is not a JSON object, a
  sender that is missing, empty, too long or not a string, a message that is missing or not a
  string (an empty one is passed on: the assistant asks to rephrase), metadata that is not an
  object, a message_id that is not 1 to 64 letters, digits, "-" or "_", and `?stream=true`
  (not offered: Rasa's stream never ends when processing fails);
- takes an optional `message_id`: a client that keeps it when it sends a message again (after a
  503, a timeout, a lost connection) gets the replies of the turn already stored instead of the
  message being handled twice (bot/resends.py);
- answers a message longer than ASSISTANT_MAX_MESSAGE_CHARS (bot/settings.py) with a polite
  reply in the writer's language without passing it to the assistant;
- reads a leading "/" as text: Rasa takes `/intent{"entity": ...}` as an intent and entities
  given directly, skipping NLU (that is how buttons work; ours have none), which would let any
  caller set what the NLU should have read;
- gives the replies' text alone: a result's custom payload (the household and the Report behind
  the chat page's cards, tens of kilobytes of JSON) comes only to a client asking for it with
  `?payloads=custom`, as the web app's chat proxy does;
- answers 503 with a polite apology in the writer's language when processing fails (tracker
  store failures included, which Rasa otherwise hides: bot/stores/failsafe.py), and logs
  the sender id and the error's type and place only, never the message (an error's own text
  may quote it).
"""

import logging
import os
import re
import traceback
import unicodedata
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import resends
from bot.settings import settings
from inputs import strict_json
from wording.language import written_language

logger = logging.getLogger(__name__)

# Tracker stores keep the sender in a VARCHAR(255) column (PostgreSQL enforces it).
MAX_SENDER_CHARS = 128
MESSAGE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")

INTENT_PREFIX = "/"
INTENT_PREFIX_AS_TEXT = "／"  # the full-width solidus: reads the same, is not Rasa's syntax

TOO_LONG = {
    "zh": "抱歉，您的消息太长了（超过{limit}字），我没有读取。请分几次发送，或者只说最重要的部分。",
    "en": "Sorry, your message is too long (over {limit} characters), so I did not read it. "
    "Please send it in shorter parts, or just the most important part.",
}
UNAVAILABLE = {
    "zh": "抱歉，系统暂时出了点问题，您的消息没有处理。请稍后再发一次。",
    "en": "Sorry, something went wrong on our side and your message was not processed. "
    "Please send it again in a moment.",
}


# The query parameter with which a client asks for the replies' custom payloads besides their
# text: the chat page (web/chat_proxy.py) draws its result cards from the Report in them.
PAYLOADS_PARAM = "payloads"
CUSTOM_PAYLOADS = "custom"


class TextOnlyOutputChannel(CollectingOutputChannel):
    """The replies' text alone. A result's custom payload (the household and the whole Report,
    tens of kilobytes of JSON with internal statuses) is for the chat page's cards; a client that
    reads text, as any caller of a REST webhook does, would print it as it is (tester 41 c10 got
    50 KB of raw JSON on "yes please check everything"). Its text comes in the same reply."""

    @classmethod
    def name(cls) -> str:
        return CollectingOutputChannel.name()

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        return None


def output_channel(args: Any) -> CollectingOutputChannel:
    """The channel collecting one turn's replies: with the custom payloads only for a client
    that asks for them (`?payloads=custom`), else the text alone."""
    if args.get(PAYLOADS_PARAM, "") == CUSTOM_PAYLOADS:
        return CollectingOutputChannel()
    return TextOnlyOutputChannel()


class RequestError(ValueError):
    """A request the channel cannot pass on; the message says what is wrong with it."""


def polite(wording: dict[str, str], text: str, **values: Any) -> str:
    """The wording in the writer's language (wording.language.written_language): Chinese for
    Chinese characters, English for Latin words, both for text with neither (digits, emoji)."""
    lang = written_language(text)
    if lang is not None:
        return wording[lang].format(**values)
    return wording["zh"].format(**values) + "\n" + wording["en"].format(**values)


def _valid_text(value: str) -> bool:
    """Encodable as UTF-8 (no lone surrogates) and free of control characters."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return not any(unicodedata.category(c) == "Cc" for c in value)


def parse_body(body: bytes) -> dict[str, Any]:
    """The request's JSON object, read strictly (inputs.strict_json): a key given twice, NaN,
    Infinity, a number thousands of digits long or nesting too deep is refused, naming it. Lone
    surrogate escapes are kept for the fields to judge: a sender with one is refused, a message
    is answered with it replaced."""
    if not body.strip():
        raise RequestError("the body is empty; send a JSON object with sender and message")
    try:
        data = strict_json.loads(body, lone_surrogates="keep")
    except strict_json.JSONInputError as err:
        where = f" ({strict_json.path_text(err.path)})" if err.path else ""
        raise RequestError(f"the body must be a JSON object: {err}{where}") from None
    if not isinstance(data, dict):
        raise RequestError(
            f"the body must be a JSON object with sender and message, got {_json_type(data)}"
        )
    return data


def extract_sender(data: dict[str, Any]) -> str:
    sender = data.get("sender")
    if not isinstance(sender, str):
        raise RequestError(f"sender must be a string, got {_json_type(sender)}")
    if not sender.strip():
        raise RequestError("sender must not be empty")
    if len(sender) > MAX_SENDER_CHARS:
        raise RequestError(f"sender must be at most {MAX_SENDER_CHARS} characters")
    if not _valid_text(sender):
        raise RequestError("sender must be printable text (no control characters)")
    return sender


def extract_message(data: dict[str, Any]) -> str:
    message = data.get("message")
    if not isinstance(message, str):
        raise RequestError(f"message must be a string, got {_json_type(message)}")
    # A lone surrogate (valid JSON, "\ud800") cannot be stored or logged as UTF-8.
    message = message.encode("utf-8", "replace").decode("utf-8")
    stripped = message.lstrip()
    if stripped.startswith(INTENT_PREFIX):
        message = INTENT_PREFIX_AS_TEXT + stripped[len(INTENT_PREFIX) :]
    return message


def extract_metadata(data: dict[str, Any]) -> dict[str, Any] | None:
    metadata = data.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise RequestError(f"metadata must be an object, got {_json_type(metadata)}")
    return metadata


def extract_message_id(data: dict[str, Any]) -> str | None:
    message_id = data.get("message_id")
    if message_id is None:
        return None
    if not isinstance(message_id, str):
        raise RequestError(f"message_id must be a string, got {_json_type(message_id)}")
    if not MESSAGE_ID.fullmatch(message_id):
        raise RequestError('message_id must be 1 to 64 letters, digits, "-" or "_"')
    return message_id


def extract_input_channel(data: dict[str, Any], default: str) -> str:
    channel = data.get("input_channel")
    if channel is None:
        return default
    if not isinstance(channel, str) or not channel or not _valid_text(channel):
        raise RequestError("input_channel must be a non-empty string")
    return channel


def _json_type(value: Any) -> str:
    if value is None:
        return "null (or nothing)"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _where(err: BaseException) -> str:
    """'file.py:123' of the innermost frame: where it failed, without the error's text."""
    frames = traceback.extract_tb(err.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{os.path.basename(last.filename)}:{last.lineno}"


def bad_request(problem: str) -> HTTPResponse:
    return response.json({"error": "bad_request", "detail": problem}, status=400)


class HardenedRestInput(RestInput):
    """Rasa's REST channel (name "rest", same URL) with checked input and honest failures."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)
        limit = settings().max_message_chars

        @webhook.route("/", methods=["GET"])
        async def health(_request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if request.args.get("stream", "false").lower() != "false":
                return bad_request("stream is not offered by this channel; leave it out")
            try:
                data = parse_body(request.body)
                sender = extract_sender(data)
                text = extract_message(data)
                metadata = extract_metadata(data)
                message_id = extract_message_id(data)
                input_channel = extract_input_channel(data, self.name())
            except RequestError as err:
                return bad_request(str(err))

            if len(text) > limit:
                logger.info("rest: sender %s sent %d characters (cap %d)", sender, len(text), limit)
                reply = polite(TOO_LONG, text, limit=f"{limit:,}")
                return response.json([{"recipient_id": sender, "text": reply}])

            collector = output_channel(request.args)
            kind = UserMessage if message_id is None else resends.ClientMessage
            message = kind(
                text,
                collector,
                sender,
                input_channel=input_channel,
                message_id=message_id,
                metadata=metadata,
            )
            try:
                await on_new_message(message)
            except CancelledError:
                logger.error("rest: turn cancelled for sender %s", sender)
                raise
            except Exception as err:
                logger.error(
                    "rest: turn failed for sender %s: %s at %s",
                    sender,
                    type(err).__name__,
                    _where(err),
                )
                apology = polite(UNAVAILABLE, text)
                return response.json([{"recipient_id": sender, "text": apology}], status=503)
            return response.json(collector.messages)

        return webhook
