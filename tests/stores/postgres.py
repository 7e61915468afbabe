"""A throwaway PostgreSQL server for tests: Debian's binaries, a data directory in /tmp, a spare
loopback port, trust authentication, stopped and deleted afterwards. As root (CI, containers)
it runs as the `postgres` OS user, as PostgreSQL requires."""

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from stack.processes import free_port

INSTALL_HINT = "install Debian's postgresql (apt-get install postgresql) to run this test"


def postgres_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        raise RuntimeError(
            f"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin): {INSTALL_HINT}"
        )
    return Path(found[-1]).parent


class PostgresServer:
    """initdb + pg_ctl on a spare port; `command("restart")` for the reconnect tests."""

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.port = free_port()
        self.directory = Path(tempfile.mkdtemp(prefix="assistant-pg-"))
        self.data = self.directory / "data"
        self.log = self.directory / "postgres.log"
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError(
                    f"no `postgres` OS user to run PostgreSQL as: {INSTALL_HINT}"
                ) from None
            os.chown(self.directory, owner.pw_uid, owner.pw_gid)
            self._as_user = [
                "setpriv",
                f"--reuid={owner.pw_uid}",
                f"--regid={owner.pw_gid}",
                "--init-groups",
                "--",
            ]

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *argv: str) -> None:
        done = subprocess.run(
            [*self._as_user, *argv], capture_output=True, text=True, timeout=120, cwd=self.directory
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(argv[:2])} failed: {done.stderr[-2000:]}\n{log}")

    def command(self, action: str) -> list[str]:
        """The pg_ctl command line for start, stop or restart (for a process to run itself)."""
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        pg_ctl = [str(self.bin / "pg_ctl"), action, "-D", str(self.data), "-l", str(self.log)]
        return [*self._as_user, *pg_ctl, "-w", "-t", "60", "-m", "fast", "-o", options]

    def _pg_ctl(self, action: str) -> None:
        self._run(*self.command(action)[len(self._as_user) :])

    def query(self, sql: str) -> str:
        """One SQL statement through psql; its output, unaligned, without headers."""
        argv = [str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                "-d", "postgres", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql]  # fmt: skip
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr[-2000:]}")
        return done.stdout.strip()

    def start(self) -> None:
        if not self.data.exists():
            self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
                      "-A", "trust", "-E", "UTF8")  # fmt: skip
        self._pg_ctl("start")

    def stop(self) -> None:
        self._pg_ctl("stop")

    def remove(self) -> None:
        with contextlib.suppress(RuntimeError):  # not running
            self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)
