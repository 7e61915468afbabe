"""A deadline on every action-server call, then the apology and the end of the turn.

Rasa 3.6 waits up to 300 s for the action server and then, depending on where the call failed,
says nothing or something unrelated. bot/action_failures.py gives each call a deadline
(ACTION_TIMEOUT_SECONDS, default 1.5 s) and, once a call of a turn failed, predicts the apology
`utter_service_unavailable` then `action_listen`. This patch puts those two in Rasa's place:
`RemoteAction.run` and `MessageProcessor.predict_next_with_tracker_if_should`."""

from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor

from bot import action_failures
from bot.patches.base import Patch, Target, replace


def _apply() -> None:
    replace(RemoteAction, "run", action_failures.run_with_deadline)
    replace(
        MessageProcessor,
        "predict_next_with_tracker_if_should",
        action_failures.predict_apology_then_listen,
    )


PATCH = Patch(
    name="action_deadline",
    targets=(
        Target(RemoteAction, "run", ("self", "output_channel", "nlg", "tracker", "domain")),
        Target(MessageProcessor, "predict_next_with_tracker_if_should", ("self", "tracker")),
    ),
    apply=_apply,
)
