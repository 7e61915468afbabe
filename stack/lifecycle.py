"""What every stack shares: a context manager that stops all it started, Ctrl-C and SIGTERM as
a clean stop, and watching the servers until then."""

import signal
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType, TracebackType
from typing import Self

from stack.config import BOT_PYTHON
from stack.processes import Service, StartError


class Stopped(Exception):
    """Ctrl-C or SIGTERM: stop everything cleanly."""


def _on_signal(signum: int, _frame: FrameType | None) -> None:
    raise Stopped(signal.Signals(signum).name)


def stop_on_signals() -> None:
    """SIGINT and SIGTERM raise Stopped in the main thread."""
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)


def ignore_signals() -> None:
    """While stopping: a second Ctrl-C (the terminal sends it to uv and to us) must not cut the
    stop short and leave a server running."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def say(line: str) -> None:
    print(f"[stack] {line}", flush=True)


def check_bot_ready(model: Path) -> None:
    """The Rasa environment and a trained model, or a StartError saying which make target."""
    if not BOT_PYTHON.exists():
        raise StartError(f"{BOT_PYTHON} is missing: run `make bot-env` (make run does)")
    if not model.exists():
        raise StartError(f"{model} is missing: run `make bot-train`")


class ServiceGroup:
    """Servers started together and stopped together; `with` stops them even on an error."""

    @property
    def services(self) -> Sequence[Service]:
        raise NotImplementedError

    def start(self, report: Callable[[str], None] = lambda _: None) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def supervise(self) -> None:
        """Until Ctrl-C; a server that dies is reported and stops the rest."""
        while True:
            for service in self.services:
                if not service.running():
                    where = f"; see {service.log_path}" if service.log_path else ""
                    raise StartError(f"the {service.name} stopped unexpectedly{where}")
            time.sleep(1)

    def __enter__(self) -> Self:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def run_until_stopped(
    group: ServiceGroup, starting: str, banner: Callable[[], str], report: Callable[[str], None]
) -> int:
    """Start the group, print the banner, watch it until Ctrl-C; stop all. The exit code."""
    stop_on_signals()
    try:
        report(starting)
        group.start(report=report)
        print(banner(), flush=True)
        group.supervise()
    except Stopped as why:
        report(f"{why}: stopping")
    except StartError as err:
        report(f"error: {err}")
        return 1
    finally:
        ignore_signals()
        group.stop()
        report("all stopped")
    return 0
