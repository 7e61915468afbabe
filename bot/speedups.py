"""Two fixes of Rasa 3.6 hot spots found by profiling the server under load (py-spy, 50
simulated citizens). Each keeps Rasa's behaviour (same results, same errors) and only removes
work repeated on every turn.

- Rasa checks every action-server response with `jsonschema.validate(result, schema)`, which
  first validates the (constant) schema of all event types against the JSON Schema meta-schema,
  on every call: two thirds of the server's CPU before this fix, because each user turn calls the
  action server two or three times. Here the schema is checked once and the compiled validator
  kept; each response is still validated against the same schema, with the same error.
- `Event.resolve_by_type`, called for every event read from the tracker store or returned by the
  action server, walks the whole tree of Event subclasses (with an `inspect.isabstract` test on
  each) to find the class of a type name: 3.8 ms for a 100-event session. Here the answer for a
  type name is remembered after Rasa's own lookup has found it once."""

from collections.abc import Callable
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, ValidationError, exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event


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


def install() -> None:
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
    if not getattr(Event.resolve_by_type, "remembers", False):
        resolver = remembering_resolver(Event.resolve_by_type)
        resolver.remembers = True  # type: ignore[attr-defined]
        Event.resolve_by_type = staticmethod(resolver)  # type: ignore[assignment,method-assign]
