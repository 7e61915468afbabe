"""Shared test helpers, and the running assistant for end-to-end and browser tests."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from policy_kb import clock
from stack.config import Ports, StackConfig
from stack.processes import StartError, free_port
from stack.services import Stack

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2025-06-01"  # the date the servers see, so amounts and end dates are fixed


@pytest.fixture(autouse=True)
def clock_settings_read_per_test() -> Iterator[None]:
    """A process reads ASSISTANT_TODAY and ASSISTANT_TIMEZONE once (policy_kb.clock.settings);
    tests set them with monkeypatch, so each test starts and ends with them unread."""
    clock.reload()
    yield
    clock.reload()


@pytest.fixture
def root() -> Path:
    return ROOT


def stack_config(data_dir: Path) -> StackConfig:
    """A stack on spare loopback ports beside anything else running, logs in data_dir/logs."""
    ports = Ports(rasa=free_port(), actions=free_port(), web=free_port())
    return StackConfig(ports=ports, data_dir=data_dir, today=TODAY, logs_to_files=True)


@pytest.fixture(scope="session")
def running_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Action server, Rasa server (trained model) and web app, shared by the whole session."""
    stack = Stack(stack_config(tmp_path_factory.mktemp("stack")))
    try:
        stack.start()
    except StartError as err:
        stack.stop()
        pytest.fail(f"the assistant did not start: {err}")
    try:
        yield stack
    finally:
        stack.stop()
