"""Today's date for the conversation, in one place so tests can fix it."""

from datetime import date


def today() -> date:
    return date.today()
