"""Tracker store failures reach the channel instead of being hidden.

Rasa 3.6 wraps every tracker store in FailSafeTrackerStore: when the database cannot be read, it
starts the conversation afresh, and when it cannot be written, it keeps the turn in the
process's memory, logs the error (whose text may quote the user's message) and lets the channel
answer 200. The user is told nothing, the turn is lost on the next restart or on another
replica, and the conversation silently starts over. With `raise_tracker_store_errors`, the error
propagates out of the turn, so the REST channel answers 503 with an apology (bot/channels/rest.py)
and the user sends the message again once the database is back."""

from typing import Any

from rasa.core.tracker_store import FailSafeTrackerStore


def _reraise(error: Exception) -> None:
    raise error


def make_reraise(store: Any) -> bool:
    """Make a fail-safe wrapper re-raise; whether `store` was one."""
    if not isinstance(store, FailSafeTrackerStore):
        return False
    store._on_tracker_store_error = _reraise
    return True


def raise_tracker_store_errors(agent: Any) -> bool:
    """Make the agent's fail-safe wrapper re-raise; whether there was one to change. (The
    server does this to every agent it loads: bot/patches/failsafe.py.)"""
    return make_reraise(getattr(agent, "tracker_store", None))
