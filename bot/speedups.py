"""Fixes of Rasa 3.6 hot spots found by profiling the server under load (py-spy, 50 simulated
citizens). The first two and the last keep Rasa's behaviour exactly (same results, same errors)
and only remove work repeated on every turn; the third narrows what the action server is sent.

- Rasa checks every action-server response with `jsonschema.validate(result, schema)`, which
  first validates the (constant) schema of all event types against the JSON Schema meta-schema,
  on every call: two thirds of the server's CPU before this fix, because each user turn calls the
  action server two or three times. Here the schema is checked once and the compiled validator
  kept; each response is still validated against the same schema, with the same error.
- `Event.resolve_by_type`, called for every event read from the tracker store or returned by the
  action server, walks the whole tree of Event subclasses (with an `inspect.isabstract` test on
  each) to find the class of a type name: 3.8 ms for a 100-event session. Here the answer for a
  type name is remembered after Rasa's own lookup has found it once.
- Every call to the action server carried every event of the session (tens of kilobytes by the
  end of a conversation, serialised by Rasa and parsed by the action server two or three times a
  turn). The project's actions (actions/) read the slots, the latest message, the active form
  and the slot events of the current turn (`slots_to_validate`), never older events; so the
  call carries the events from the turn's user message on (all of them before the first
  message). The slots, latest message and active form are Rasa's own, computed from the whole
  tracker as before. (The domain, 13 kB, is still sent on every call: Rasa's
  `enable_selective_domain` would leave it out, but rasa-sdk 3.21 then refuses the call, since it
  expects Rasa Pro's domain digest instead.)
- Once the model is loaded, the process holds about half a million long-lived objects (the
  model, TensorFlow, spaCy tables), and every full collection of Python's garbage collector
  walked them all: 200 ms with the event loop stopped, every conversation waiting. The loaded
  objects are frozen out of the collector (`gc.freeze`); what turns create is collected as usual.
  (A model swapped in later through Rasa's HTTP API, which this project keeps off, would leave
  the cycles of the old one uncollected.)
"""

import gc
from collections.abc import Awaitable, Callable, Reversible
from functools import cache
from typing import Any

import rasa
import rasa.core.run
from jsonschema import Draft202012Validator, ValidationError, exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity


@cache
def response_validator() -> Draft202012Validator:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)  # type: ignore[no-any-return]


def validate_action_result(_action: RemoteAction, result: dict[str, Any]) -> bool:
    """RemoteAction._validate_action_result, minus the schema's re-check."""
    error = exceptions.best_match(response_validator().iter_errors(result))
    if error is None:
        return True
    assert isinstance(error, ValidationError)
    error.message += (
        ". Failed to validate Action server response from API, make sure your response from "
        f"the Action endpoint is valid. For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


def remembering_resolver(
    resolve: Callable[..., type[Event] | None],
) -> Callable[..., type[Event] | None]:
    """`resolve` (Rasa's Event.resolve_by_type) answering again from memory for a type name it
    has resolved to a class of its own before. Unknown names, the `default` fallback and the
    errors still go through `resolve` every time."""
    known: dict[str, type[Event]] = {}

    def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
        found = known.get(type_name)
        if found is not None:
            return found
        found = resolve(type_name, default)
        if found is not None and found is not default:
            known[type_name] = found
        return found

    resolve_by_type.__doc__ = resolve.__doc__
    return resolve_by_type


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


def freezing_after(
    load: Callable[..., Awaitable[Any]],
) -> Callable[..., Awaitable[Any]]:
    """`load` (Rasa's load_agent_on_start), then everything alive frozen out of the collector."""

    async def load_agent_on_start(*args: Any, **kwargs: Any) -> Any:
        agent = await load(*args, **kwargs)
        gc.collect()
        gc.freeze()
        return agent

    load_agent_on_start.installed_by_speedups = True  # type: ignore[attr-defined]
    return load_agent_on_start


def install() -> None:
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
    RemoteAction._action_call_format = action_call_format  # type: ignore[method-assign]
    if not getattr(Event.resolve_by_type, "installed_by_speedups", False):
        resolver = remembering_resolver(Event.resolve_by_type)
        resolver.installed_by_speedups = True  # type: ignore[attr-defined]
        Event.resolve_by_type = staticmethod(resolver)  # type: ignore[assignment,method-assign]
    if not getattr(rasa.core.run.load_agent_on_start, "installed_by_speedups", False):
        rasa.core.run.load_agent_on_start = freezing_after(rasa.core.run.load_agent_on_start)
