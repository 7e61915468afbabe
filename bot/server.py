"""`python -m bot.server run ...`: Rasa's own command line, with a speed fix and a deadline.

The deadline: calls to the action server end after ACTION_TIMEOUT_SECONDS with an apology in
the user's language instead of Rasa's 300 s wait (bot/action_failures.py).

Rasa 3.6 checks every action-server response with `jsonschema.validate(result, schema)`, which
first validates the (constant) schema of all event types against the JSON Schema meta-schema, on
every call. Profiled here (py-spy, a full conversation), that re-check was two thirds of the Rasa
server's CPU time, because each user turn calls the action server two or three times (slot
mapping, form validation, the answer). The fix checks the schema once and keeps the compiled
validator; each response is still validated against the same schema, with the same error."""

import sys
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, ValidationError, exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

from bot import action_failures


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


def install() -> None:
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
    action_failures.install()


def main() -> None:
    install()
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
