"""Action-server responses checked against a schema compiled once.

Rasa 3.6 checks every action-server response with `jsonschema.validate(result, schema)`, which
first validates the (constant) schema of all event types against the JSON Schema meta-schema,
on every call: two thirds of the server's CPU before this fix, because each user turn calls the
action server two or three times. Here the schema is checked once and the compiled validator
kept; each response is still validated against the same schema, with the same error."""

from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, ValidationError, exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

from bot.patches.base import Patch, Target, replace


@cache
def response_validator() -> Draft202012Validator:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


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


def _apply() -> None:
    replace(RemoteAction, "_validate_action_result", validate_action_result)


PATCH = Patch(
    name="action_response_check",
    targets=(Target(RemoteAction, "_validate_action_result", ("self", "result")),),
    apply=_apply,
)
