"""Every replacement of Rasa 3.6 internals, in one registered place (see README.md here).

`install_all()` is called once by the server's entry point (bot/server.py) and by nothing else.
Each patch checks the Rasa version and its targets first and raises PatchError, naming itself,
if anything differs from what it was written against."""

from bot.patches import (
    action_call_events,
    action_deadline,
    action_response_check,
    event_class_lookup,
    failsafe,
    gc_freeze,
    resends,
    sql_store,
)
from bot.patches.base import RASA_VERSION, Patch, PatchError, Target, installed

PATCHES: tuple[Patch, ...] = (
    action_response_check.PATCH,
    event_class_lookup.PATCH,
    action_call_events.PATCH,
    gc_freeze.PATCH,
    action_deadline.PATCH,
    resends.PATCH,
    failsafe.PATCH,
    sql_store.PATCH,
)

__all__ = ["PATCHES", "RASA_VERSION", "Patch", "PatchError", "Target", "install_all"]


def install_all() -> None:
    """Check every patch, then install them all: PatchError for the first that cannot be
    installed, before anything is replaced."""
    for patch in PATCHES:
        if patch.name not in installed():
            patch.check()
    for patch in PATCHES:
        patch.install()
