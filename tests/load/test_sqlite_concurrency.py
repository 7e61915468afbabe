"""The embedded SQLite tracker store under concurrent conversations. Rasa 3.6 opens SQLite in
rollback-journal mode, where a writer waits for every reader to finish and gives up with
"database is locked" after the driver's timeout (tried here: Rasa's own SQL store fails turns
with 503s under this test); bot/stores/sqlite.py turns on WAL, where readers never block the
writer, and a busy timeout. Twenty citizens talk at once while a reader opens read transactions
on the same file, one of them longer than the busy timeout, as a backup or a report would: no
request fails, every turn is stored once and in order, and the Rasa log never says the database
was locked."""

import ast
import asyncio
import sqlite3
import threading
import time
import uuid
from pathlib import Path

from bench.load_check import check_run, read_events
from bench.load_run import LoadPlan, run_load
from bench.load_scripts import load_scripts, service_apologies
from stack.services import Stack
from tests.conftest import TODAY

CITIZENS = 20
THINK_SECONDS = 0.2
CONVERSATIONS_EACH = 8  # about 18 s on two idle cores: longer than the 13 s long read
LONG_READ_AFTER_SECONDS = 1.0


def busy_timeout_seconds(root: Path) -> float:
    """BUSY_TIMEOUT_MS of bot/stores/sqlite.py (a module of the bot's environment)."""
    module = ast.parse((root / "bot" / "stores" / "sqlite.py").read_text())
    for node in module.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "BUSY_TIMEOUT_MS" for t in node.targets
        ):
            return float(ast.literal_eval(node.value)) / 1000
    raise AssertionError("bot/stores/sqlite.py has no BUSY_TIMEOUT_MS")


class Reader(threading.Thread):
    """Read transactions on the tracker store while the citizens talk: short ones, and once a
    long one (a backup or a report reading the whole file) that outlasts the store's busy
    timeout. In rollback-journal mode a writer must wait for every reader to finish, and gives
    up with "database is locked" after the busy timeout; in WAL mode it never waits for one."""

    def __init__(self, path: Path, long_read: float, long_read_after: float) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.long_read = long_read
        self.long_read_after = long_read_after
        self.stop = threading.Event()
        self.reads = 0
        self.long_reads = 0
        self.errors: list[str] = []

    def run(self) -> None:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        started = time.monotonic()
        try:
            while not self.stop.is_set():
                long = not self.long_reads and time.monotonic() - started > self.long_read_after
                try:
                    db.execute("BEGIN")
                    db.execute("SELECT count(*), max(id) FROM events").fetchone()
                    time.sleep(self.long_read if long else 0.05)  # the read lock is held
                    db.execute("COMMIT")
                    self.reads += 1
                    self.long_reads += long
                except sqlite3.Error as err:
                    self.errors.append(str(err))
                    if db.in_transaction:
                        db.execute("ROLLBACK")
                time.sleep(0.01)
        finally:
            db.close()


def test_concurrent_conversations_never_see_database_is_locked(
    running_stack: Stack, root: Path
) -> None:
    scripts = load_scripts()
    assert scripts.today == TODAY, "the conversations' amounts and dates hold on the stack's date"
    store = running_stack.config.tracker_db
    log = running_stack.config.log_path("rasa")
    assert log is not None and store.exists()
    prefix = f"load-wal-{uuid.uuid4().hex[:8]}-"
    plan = LoadPlan(
        citizens=CITIZENS,
        think=THINK_SECONDS,
        conversations_per_citizen=CONVERSATIONS_EACH,
        timeout=30.0,
        apologies=service_apologies(),
    )

    long_read = busy_timeout_seconds(root) + 2
    reader = Reader(store, long_read=long_read, long_read_after=LONG_READ_AFTER_SECONDS)
    log_before = log.stat().st_size if log.exists() else 0
    reader.start()
    try:
        result = asyncio.run(
            run_load(running_stack.rasa_url, scripts.conversations, plan, prefix, "wal")
        )
    finally:
        reader.stop.set()
        reader.join(timeout=30)

    assert result.error_count == 0, "\n".join(result.examples)
    assert result.elapsed > LONG_READ_AFTER_SECONDS + long_read, "the long read ended the last"
    assert len(result.conversations) == CITIZENS * CONVERSATIONS_EACH
    assert all(c.finished for c in result.conversations), "each conversation ran to its end"
    assert reader.long_reads == 1 and reader.reads > 20 and reader.errors == [], reader.errors[:3]

    said = {c.sender: c.turns for c in result.conversations if c.turns}
    findings = check_run(said, read_events(str(store), prefix))
    assert findings == [], "\n".join(map(str, findings[:10]))

    with log.open("rb") as text:
        text.seek(log_before)
        written = text.read().decode(errors="replace")
    # bot/channels/rest.py logs a failed turn by its exception's class and place only.
    assert "database is locked" not in written and "OperationalError" not in written, written[
        -2000:
    ]
    with sqlite3.connect(store) as db:
        (journal,) = db.execute("PRAGMA journal_mode").fetchone()
    assert journal == "wal"
