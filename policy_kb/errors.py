"""The error types policy_kb raises; the edges (CLI, API, chat) turn them into one clear line."""


class PolicyKBError(Exception):
    """Base class: every error policy_kb raises on bad data or bad input."""


class DataError(PolicyKBError):
    """A knowledge-base file is malformed: the message names the file, the entry and the field."""


class InputError(PolicyKBError):
    """A household or a query from a user is invalid: the message names the field, and `loc`
    (keys and list indexes, e.g. ("children", 1, "birth_date")) points at it where known."""

    def __init__(self, message: str, loc: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.loc = loc


class UnknownEntryError(PolicyKBError):
    """No knowledge-base entry has the requested id."""
