"""The production profile (PostgreSQL, Redis, two Rasa replicas, two action servers, web app,
nginx), started once for these tests on spare ports in a temporary folder, and stopped after.

Needs Debian's postgresql, redis-server and nginx (`make production-deps`); without them the
fixture fails, naming what is missing."""

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from stack.processes import StartError
from stack.production import ProductionConfig, ProductionStack
from tests.conftest import TODAY


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "production: needs the production profile (PostgreSQL, Redis, nginx)"
    )


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


@pytest.fixture(scope="session")
def production() -> Iterator[ProductionStack]:
    # Not pytest's tmp_path: its folders are private to root, and PostgreSQL runs as `postgres`.
    data_dir = Path(tempfile.mkdtemp(prefix="assistant-production-"))
    data_dir.chmod(0o755)
    stack = ProductionStack(ProductionConfig.spare(data_dir, replicas=2, today=TODAY))
    try:
        stack.start()
    except StartError as err:
        stack.stop()
        logs = "\n".join(
            f"--- {log.name}\n{_tail(log)}" for log in sorted(stack.config.log_dir.glob("*.log"))
        )
        pytest.fail(f"the production profile did not start: {err}\n{logs}")
    try:
        yield stack
    finally:
        stack.stop()
        if not os.environ.get("ASSISTANT_KEEP_PRODUCTION_DATA"):
            shutil.rmtree(data_dir, ignore_errors=True)
