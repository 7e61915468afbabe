"""Tests of bot/ in the Rasa environment (.venv-bot): `make bot-pytest`.

In the app environment (no Rasa) nothing here is collected; `make pytest` also leaves the
folder out."""

import importlib.util
import os
from collections.abc import Iterator

import pytest

if importlib.util.find_spec("rasa") is None:  # the app environment: these run in .venv-bot
    collect_ignore_glob = ["test_*.py"]
else:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")

_MISSING = object()


@pytest.fixture
def rasa_unpatched() -> Iterator[None]:
    """Rasa's own functions in every patch target during the test, and again after it: a test
    may install the patches, and the next one finds Rasa as it was."""
    from bot.patches import PATCHES
    from bot.patches.base import forget_installed

    saved = [
        (target.owner, target.attribute, vars(target.owner).get(target.attribute, _MISSING))
        for patch in PATCHES
        for target in patch.targets
    ]
    forget_installed()
    try:
        yield
    finally:
        for owner, attribute, value in reversed(saved):
            if value is _MISSING:
                if attribute in vars(owner):
                    delattr(owner, attribute)
            else:
                setattr(owner, attribute, value)
        forget_installed()
