"""The Rasa server of the running assistant (tests/conftest.py starts it once per session)."""

import pytest

from stack.services import Stack


@pytest.fixture(scope="session")
def rasa_url(running_stack: Stack) -> str:
    return running_stack.rasa_url
