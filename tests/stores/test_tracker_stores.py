"""The tracker stores (bot/stores/), each against a real database: SQLite (the embedded
default) and PostgreSQL (the production profile). "Delete my data" leaves no row of the sender
in any session and touches no one else's; PostgreSQL restarting under a running store costs no
turn; a database that is down is reported, not hidden behind a fresh conversation."""

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from stack.config import BOT_PYTHON, ROOT
from tests.stores.postgres import PostgresServer

CHECK = ROOT / "tests" / "stores" / "store_check.py"


def run_check(
    check: str, store: dict[str, object], commands: dict[str, list[str]] | None = None
) -> None:
    argv = [str(BOT_PYTHON), str(CHECK), check, json.dumps(store)]
    if commands is not None:
        argv.append(json.dumps(commands))
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "TF_CPP_MIN_LOG_LEVEL": "3",
        "RASA_TELEMETRY_ENABLED": "false",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        "PYTHONWARNINGS": "ignore",
    }
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"ok {check}" in done.stdout


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        server.start()
        yield server
    finally:
        server.remove()


def postgres_store(server: PostgresServer) -> dict[str, object]:
    return {"kind": "postgres", "host": "127.0.0.1", "port": server.port, "db": "postgres",
            "username": "postgres"}  # fmt: skip


def test_sqlite_forgets_a_sender_in_every_session(tmp_path: Path) -> None:
    run_check("forget", {"kind": "sqlite", "db": str(tmp_path / "tracker.sqlite3")})


def test_postgres_forgets_a_sender_in_every_session(postgres: PostgresServer) -> None:
    run_check("forget", postgres_store(postgres))


def test_sqlite_remembers_sessions_without_ever_serving_a_stale_one(tmp_path: Path) -> None:
    run_check("cache", {"kind": "sqlite", "db": str(tmp_path / "tracker.sqlite3")})


def test_postgres_remembers_sessions_without_ever_serving_a_stale_one(
    postgres: PostgresServer,
) -> None:
    run_check("cache", postgres_store(postgres))


def test_postgres_restart_costs_no_turn(postgres: PostgresServer) -> None:
    run_check("restart", postgres_store(postgres), {"restart": postgres.command("restart")})


def test_a_database_that_is_down_is_reported_not_hidden(postgres: PostgresServer) -> None:
    commands = {"stop": postgres.command("stop"), "start": postgres.command("start")}
    run_check("down", postgres_store(postgres), commands)
