"""Child processes of the stack: start one, wait until its health check answers, stop it."""

import contextlib
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO


class StartError(RuntimeError):
    """A service exited or did not answer its health check in time."""


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now (for tests and parallel stacks)."""
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def free_ports(count: int, host: str = "127.0.0.1") -> list[int]:
    """`count` different ports nobody listens on right now. The sockets stay bound until all are
    drawn: asked one at a time, the system may hand back a port just released (a profile on
    spare ports once got the same port for a Rasa replica and an action server)."""
    with contextlib.ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket()) for _ in range(count)]
        for s in sockets:
            s.bind((host, 0))
        return [int(s.getsockname()[1]) for s in sockets]


def port_in_use(host: str, port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


def answers(url: str, timeout: float = 2.0) -> bool:
    """True when the URL gives any HTTP answer below 500."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return int(response.status) < 500
    except urllib.error.HTTPError as err:
        return err.code < 500
    except OSError:
        return False


@dataclass
class Service:
    """One server of the stack, run as its own process group so a stop reaches its children."""

    name: str
    argv: list[str]
    health_url: str
    env: dict[str, str]
    cwd: Path
    log_path: Path | None = None  # None: share the terminal
    start_seconds: float = 180.0  # how long it may take to answer its health check (about 10 s
    # on two idle cores; a loaded machine took over 60 s: a process that exits is caught at once)
    process: subprocess.Popen[bytes] | None = field(default=None, init=False)
    _log: IO[bytes] | None = field(default=None, init=False)

    def start(self) -> None:
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            self.argv,
            cwd=self.cwd,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT if self._log else None,
            start_new_session=True,
        )

    def wait_healthy(self) -> float:
        """Seconds it took to answer; StartError when it exits or does not answer in time."""
        seconds = self.start_seconds
        started = time.monotonic()
        deadline = started + seconds
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise StartError(
                    f"{self.name} exited with code {self.process.returncode}{self._log_hint()}"
                )
            if answers(self.health_url):
                return time.monotonic() - started
            time.sleep(0.3)
        raise StartError(f"{self.name} did not answer {self.health_url} within {seconds:.0f} s")

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, grace: float = 15.0) -> None:
        """SIGTERM to the process group, SIGKILL after the grace period."""
        process = self.process
        if process is not None and process.poll() is None:
            self._signal(signal.SIGTERM)
            try:
                process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self._signal(signal.SIGKILL)
                process.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None

    def pause(self) -> None:
        """SIGSTOP: the process keeps its port but answers nothing, as a hung server would."""
        if self.running():
            self._signal(signal.SIGSTOP)

    def resume(self) -> None:
        if self.running():
            self._signal(signal.SIGCONT)

    def kill(self) -> None:
        """kill -9, as a crash would (fault tests)."""
        if self.running():
            self._signal(signal.SIGKILL)
            assert self.process is not None
            self.process.wait(timeout=5)

    def _signal(self, sig: signal.Signals) -> None:
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, sig)

    def _log_hint(self) -> str:
        return f"; see {self.log_path}" if self.log_path else ""
