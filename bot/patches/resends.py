"""A REST message sent again with its id answered from its stored turn (bot/resends.py).

Rasa 3.6 handles every message it receives, so a message sent again after a lost reply is
handled twice. This patch wraps `MessageProcessor.handle_message` so that a ClientMessage
(a message with the client's id) already stored gets the replies of its turn again, and
`MessageProcessor.get_tracker` so that the tracker read for that check is the one the turn
goes on with (no second read)."""

from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.trackers import DialogueStateTracker

from bot import resends
from bot.patches.base import Patch, Target, replace


def answer_resends(processor: Any) -> None:
    """Make the processor class's handle_message answer a ClientMessage already stored from the
    store, reading the tracker once per turn as before. Idempotent (tests use it on a processor
    in miniature)."""
    original_handle = processor.handle_message
    if getattr(original_handle, "answers_resends", False):
        return
    original_get_tracker = processor.get_tracker

    async def get_tracker(self: Any, conversation_id: str) -> DialogueStateTracker:
        tracker = resends.read_for_check.get()
        if tracker is not None and tracker.sender_id == conversation_id:
            resends.read_for_check.set(None)
            return tracker
        return await original_get_tracker(self, conversation_id)

    async def handle_message(self: Any, message: UserMessage) -> list[dict[str, Any]] | None:
        if not isinstance(message, resends.ClientMessage):
            return await original_handle(self, message)
        tracker = await self.get_tracker(message.sender_id)
        replies = resends.stored_replies(list(tracker.events), message.message_id)
        if replies is not None:
            await resends.send_again(message, replies)
            if isinstance(message.output_channel, CollectingOutputChannel):
                return message.output_channel.messages
            return None
        token = resends.read_for_check.set(tracker)
        try:
            return await original_handle(self, message)
        finally:
            resends.read_for_check.reset(token)

    handle_message.answers_resends = True  # type: ignore[attr-defined]
    replace(processor, "handle_message", handle_message)
    replace(processor, "get_tracker", get_tracker)


PATCH = Patch(
    name="resends",
    targets=(
        Target(MessageProcessor, "handle_message", ("self", "message")),
        Target(MessageProcessor, "get_tracker", ("self", "conversation_id")),
    ),
    apply=lambda: answer_resends(MessageProcessor),
)
