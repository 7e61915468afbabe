"""When the action server is down or slow: apologise within 2 s, in the user's language, and end
the turn there, so the conversation survives and resumes when the server is back.

Rasa 3.6 waits up to 300 s for the action server and then, depending on where the call failed
(slot mapping, form validation, an answer), says nothing or something unrelated. Here every
call to the action server gets a deadline (ACTION_TIMEOUT_SECONDS in bot/settings.py, default
1.5 s). Once a call
fails or times out, the turn is marked failed: later calls of the same turn are not made (a turn
calls the server two or three times: slot mapping, form validation, the answer, so waiting for
each would add up), the next action predicted is the apology `utter_service_unavailable` (in the
language of the conversation, or of the message when none is known yet), then `action_listen`.
The user's message stays in the tracker; they are asked to send it again.

bot/patches/action_deadline.py puts `run_with_deadline` and `predict_apology_then_listen` in
Rasa's place."""

import asyncio
import logging
from collections import OrderedDict
from typing import Any

from aiohttp import ClientError
from rasa.core.actions.action import (
    Action,
    ActionExecutionRejection,
    RemoteAction,
    action_for_name_or_text,
)
from rasa.core.channels.channel import OutputChannel
from rasa.core.nlg import NaturalLanguageGenerator
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.processor import MessageProcessor
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException

from bot.settings import settings
from wording.language import has_chinese

logger = logging.getLogger(__name__)

RESPONSE = "utter_service_unavailable"
REASON = "action_server_unavailable"


def _turn(tracker: DialogueStateTracker) -> tuple[str | None, float]:
    """The current turn: its message's id and time (a message sent again keeps its id,
    bot/resends.py, so the id alone does not tell the turns apart)."""
    message = tracker.latest_message
    return message.message_id, message.timestamp


class FailedTurns:
    """The turns (sender, message id and time) in which the action server failed; the newest
    few."""

    def __init__(self, size: int = 10_000) -> None:
        self._turns: OrderedDict[str, tuple[str | None, float]] = OrderedDict()
        self._size = size

    def add(self, tracker: DialogueStateTracker) -> None:
        self._turns[tracker.sender_id] = _turn(tracker)
        self._turns.move_to_end(tracker.sender_id)
        while len(self._turns) > self._size:
            self._turns.popitem(last=False)

    def __contains__(self, tracker: DialogueStateTracker) -> bool:
        sender = tracker.sender_id
        return sender in self._turns and self._turns[sender] == _turn(tracker)


FAILED = FailedTurns()


def apologised_this_turn(tracker: DialogueStateTracker) -> bool:
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered) and (event.metadata or {}).get("reason") == REASON:
            return True
    return False


def _language(tracker: DialogueStateTracker) -> str:
    """The slot when known; else the script of the message (the slot's own action is down)."""
    chosen = tracker.get_slot("language")
    if chosen in ("zh", "en"):
        return str(chosen)
    return "zh" if has_chinese(tracker.latest_message.text or "") else "en"


async def apology(
    tracker: DialogueStateTracker, nlg: NaturalLanguageGenerator, output_channel: OutputChannel
) -> BotUttered:
    in_language = tracker.copy()
    in_language.update(SlotSet("language", _language(tracker)))
    message: dict[str, Any] = await nlg.generate(RESPONSE, in_language, output_channel.name()) or {}
    text = message.pop("text", None)
    return BotUttered(text, message, metadata={"utter_action": RESPONSE, "reason": REASON})


_remote_run = RemoteAction.run


async def run_with_deadline(
    self: RemoteAction,
    output_channel: OutputChannel,
    nlg: NaturalLanguageGenerator,
    tracker: DialogueStateTracker,
    domain: Domain,
) -> list[Event]:
    if tracker in FAILED:
        return []  # the server failed earlier in this turn: do not wait for it again
    try:
        return await asyncio.wait_for(
            _remote_run(self, output_channel, nlg, tracker, domain),
            settings().action_timeout_seconds,
        )
    except ActionExecutionRejection:
        raise  # the action's own "no" (e.g. a form rejecting a message), not a failure
    # asyncio.TimeoutError is not the builtin TimeoutError before Python 3.11 (the bot env is 3.10)
    except (asyncio.TimeoutError, ClientError, RasaException) as error:  # noqa: UP041
        logger.error(
            "action server: %s failed for conversation %s (%s)",
            self.name(), tracker.sender_id, type(error).__name__,
        )  # fmt: skip
        FAILED.add(tracker)
        return []  # the apology comes next (predict_apology_then_listen)


_predict = MessageProcessor.predict_next_with_tracker_if_should


class ActionApologise(Action):
    """The apology, named like its response so the tracker reads as if the response ran."""

    def name(self) -> str:
        return RESPONSE

    async def run(
        self,
        output_channel: OutputChannel,
        nlg: NaturalLanguageGenerator,
        tracker: DialogueStateTracker,
        domain: Domain,
    ) -> list[Event]:
        return [await apology(tracker, nlg, output_channel)]


def predict_apology_then_listen(
    self: MessageProcessor, tracker: DialogueStateTracker
) -> tuple[Action, PolicyPrediction]:
    if tracker not in FAILED:
        return _predict(self, tracker)
    if not apologised_this_turn(tracker):
        return ActionApologise(), PolicyPrediction.for_action_name(self.domain, RESPONSE)
    action = action_for_name_or_text(ACTION_LISTEN_NAME, self.domain, self.action_endpoint)
    return action, PolicyPrediction.for_action_name(self.domain, ACTION_LISTEN_NAME)
