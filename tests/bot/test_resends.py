"""The resends patch (bot/patches/resends.py, bot/resends.py) on a processor in miniature: a
message sent again with its id gets the stored replies of its turn and is not handled again,
whether it was the last turn or an older one; a turn that asked for the message again is
handled anew; the same words with a new id, or a message without a client's id, are new turns;
and checking costs no second read of the tracker. (Was tests/e2e/test_resend_lookup.py, a
script run in the bot environment.)"""

import asyncio
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.shared.core.events import BotUttered, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import resends
from bot.action_failures import REASON
from bot.patches.resends import answer_resends


class Processor:
    """Rasa's MessageProcessor in miniature: per turn, one read of the tracker, a reply
    numbered by the turns handled so far, one save."""

    def __init__(self) -> None:
        self.stored: dict[str, list[Event]] = {}
        self.reads = 0
        self.turns = 0

    async def get_tracker(self, sender: str) -> DialogueStateTracker:
        self.reads += 1
        return DialogueStateTracker.from_events(sender, self.stored.get(sender, []))

    async def handle_message(self, message: UserMessage) -> Any:
        tracker = await self.get_tracker(message.sender_id)
        self.turns += 1
        tracker.update(UserUttered(message.text, message_id=message.message_id))
        reply = BotUttered(f"{message.text}: turn {self.turns}", {"custom": {"turn": self.turns}})
        tracker.update(reply)
        await message.output_channel.send_response(message.sender_id, reply.message())
        self.stored[message.sender_id] = list(tracker.events)
        return message.output_channel.messages


def test_a_message_sent_again_is_answered_from_its_stored_turn_with_one_read() -> None:
    answer_resends(Processor)
    answer_resends(Processor)  # a second install adds no second layer
    processor = Processor()

    def say(text: str, message_id: str | None = None, kind: type = resends.ClientMessage) -> Any:
        message = kind(text, CollectingOutputChannel(), "family", message_id=message_id)
        return asyncio.run(processor.handle_message(message))

    first = say("two kids, born 2018 and 2024", "kids")
    assert (processor.turns, processor.reads) == (1, 1), "one read per turn, the check included"
    assert first == [
        {"recipient_id": "family", "text": "two kids, born 2018 and 2024: turn 1"},
        {"recipient_id": "family", "custom": {"turn": 1}},
    ], first
    assert say("two kids, born 2018 and 2024", "kids") == first  # sent again: the stored reply
    assert processor.turns == 1

    say("two kids, born 2018 and 2024", "kids-again")  # the same words, a new id: a new turn
    say("hi")  # no client id: handled as Rasa handles it
    assert processor.turns == 3 and processor.reads == 4, (processor.turns, processor.reads)
    assert say("two kids, born 2018 and 2024", "kids") == first  # an older turn: its own reply
    assert processor.turns == 3

    asked = BotUttered("please send it again", {}, {"reason": REASON})
    processor.stored["family"] += [UserUttered("born 2024-11-11", message_id="date"), asked]
    handled = say("born 2024-11-11", "date")  # the assistant asked for it again: handled anew
    assert processor.turns == 4 and handled[0]["text"] == "born 2024-11-11: turn 4", handled
    assert say("born 2024-11-11", "date") == handled  # now answered: not a third time
    assert processor.turns == 4
