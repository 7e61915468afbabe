"""A message sent again is answered from the turn already stored, never handled twice.

A client that gets no reply to a message (the replica was killed after it stored the turn, the
connection dropped, the client gave up waiting) cannot tell whether the message was handled.
Sending it again would run the turn twice: "two children, born ... and ..." read twice makes four
children, and the family is told of a subsidy for a third child it does not have.

A client that gives each message an id (`message_id` in the REST channel's body, bot/channels/
rest.py) and keeps the id when it sends the message again gets, for a message already stored,
the replies of that turn again, read from the tracker store: nothing is understood, run or stored
a second time. A turn that ended in the apology "please send it again" (the action server failed,
bot/action_failures.py) was not answered: sent again, the message is handled anew.

The check runs inside the conversation's lock (Rasa's Agent takes it before the processor), so a
message sent again while its first try is still running waits for that turn and then finds it.
The tracker read for the check is the one the turn goes on with: no second read. A message
without an id is handled as Rasa handles it. bot/patches/resends.py wraps Rasa's
MessageProcessor with this."""

import logging
from collections.abc import Sequence
from contextvars import ContextVar

from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import BotUttered, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.action_failures import REASON as ACTION_SERVER_FAILED

logger = logging.getLogger(__name__)

# The tracker read for the check, handed to the turn that follows so it is not read twice.
read_for_check: ContextVar[DialogueStateTracker | None] = ContextVar("read_for_check", default=None)


class ClientMessage(UserMessage):
    """A user message whose id the client chose: the same id when it is sent again."""


def stored_replies(events: Sequence[Event], message_id: str) -> list[BotUttered] | None:
    """The bot's replies to the stored message `message_id`, in order; None if it is not stored
    or its latest turn asked for it again."""
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if isinstance(event, UserUttered) and event.message_id == message_id:
            replies = _replies_after(events, index)
            return None if any(_asks_again(reply) for reply in replies) else replies
    return None


def _replies_after(events: Sequence[Event], index: int) -> list[BotUttered]:
    replies = []
    for later in events[index + 1 :]:
        if isinstance(later, UserUttered):
            break
        if isinstance(later, BotUttered):
            replies.append(later)
    return replies


def _asks_again(reply: BotUttered) -> bool:
    return (reply.metadata or {}).get("reason") == ACTION_SERVER_FAILED


async def send_again(message: UserMessage, replies: list[BotUttered]) -> None:
    logger.info(
        "resend: sender %s sent message %s again; answered from the stored turn",
        message.sender_id,
        message.message_id,
    )
    for reply in replies:
        await message.output_channel.send_response(message.sender_id, reply.message())
