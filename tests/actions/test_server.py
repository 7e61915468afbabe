"""The action server's entry point gives Sanic time to see a slow worker start (actions/server.py)."""

import pytest
import sanic
from sanic.worker.manager import WorkerManager
from sanic.worker.process import WorkerProcess

from actions import server


def test_a_worker_may_take_as_long_as_the_stack_waits_for_its_health_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(WorkerManager, "THRESHOLD", WorkerManager.THRESHOLD)
    monkeypatch.setattr(WorkerProcess, "THRESHOLD", WorkerProcess.THRESHOLD)
    server.allow_slow_start()
    assert WorkerManager.THRESHOLD == WorkerProcess.THRESHOLD == 1800  # tenths of a second


def test_another_sanic_is_refused_before_anything_is_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sanic, "__version__", "26.3.0")
    monkeypatch.setattr(WorkerManager, "THRESHOLD", 300)
    with pytest.raises(server.SanicChangedError, match=r"Sanic 26\.3\.0"):
        server.allow_slow_start()
    assert WorkerManager.THRESHOLD == 300
