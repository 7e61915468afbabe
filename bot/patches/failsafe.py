"""Tracker store failures reach the channel instead of being hidden (bot/stores/failsafe.py).

Rasa 3.6's Agent wraps every tracker store in FailSafeTrackerStore, which on a database error
starts the conversation afresh or keeps the turn in memory and lets the channel answer 200.
This patch wraps `Agent._create_tracker_store` so that the fail-safe wrapper of every agent
the server loads re-raises the error: the REST channel then answers 503 with an apology."""

from rasa.core.agent import Agent
from rasa.core.tracker_store import FailSafeTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain

from bot.patches.base import Patch, Target, replace
from bot.stores.failsafe import make_reraise


def _apply() -> None:
    create = Agent._create_tracker_store

    def create_tracker_store(store: TrackerStore | None, domain: Domain) -> TrackerStore:
        created = create(store, domain)
        make_reraise(created)
        return created

    replace(Agent, "_create_tracker_store", staticmethod(create_tracker_store))


PATCH = Patch(
    name="failsafe",
    targets=(
        Target(Agent, "_create_tracker_store", ("store", "domain")),
        Target(
            FailSafeTrackerStore,
            "__init__",
            ("self", "tracker_store", "on_tracker_store_error", "fallback_tracker_store"),
        ),
    ),
    apply=_apply,
)
