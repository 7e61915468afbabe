"""Calls to the action server carry the current turn's events, not the whole session.

Every call to the action server carried every event of the session (tens of kilobytes by the
end of a conversation, serialised by Rasa and parsed by the action server two or three times a
turn). The project's actions (actions/) read the slots, the latest message, the active form and
the slot events of the current turn (`slots_to_validate`), never older events; so the call
carries the events from the turn's user message on (all of them before the first message). The
slots, latest message and active form are Rasa's own, computed from the whole tracker as
before. (The domain, 13 kB, is still sent on every call: Rasa's `enable_selective_domain` would
leave it out, but rasa-sdk 3.21 then refuses the call, since it expects Rasa Pro's domain
digest instead.)"""

from collections.abc import Reversible
from typing import Any

import rasa
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

from bot.patches.base import Patch, Target, replace


def turn_events(events: Reversible[Event]) -> list[Event]:
    """The events from the latest user message on; all of them when there is none yet."""
    turn: list[Event] = []
    for event in reversed(events):
        turn.append(event)
        if isinstance(event, UserUttered):
            break
    turn.reverse()
    return turn


def action_call_format(
    action: RemoteAction, tracker: DialogueStateTracker, domain: Domain
) -> dict[str, Any]:
    """RemoteAction._action_call_format, with the events of the current turn only."""
    state = tracker.current_state(EventVerbosity.NONE)
    state["events"] = [event.as_dict() for event in turn_events(tracker.events)]
    call: dict[str, Any] = {
        "next_action": action.name(),
        "sender_id": tracker.sender_id,
        "tracker": state,
        "version": rasa.__version__,
    }
    selective = action._is_selective_domain_enabled()
    if not selective or domain.does_custom_action_explicitly_need_domain(action.name()):
        call["domain"] = domain.as_dict()
    return call


def _apply() -> None:
    replace(RemoteAction, "_action_call_format", action_call_format)


PATCH = Patch(
    name="action_call_events",
    targets=(Target(RemoteAction, "_action_call_format", ("self", "tracker", "domain")),),
    apply=_apply,
)
