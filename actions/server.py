"""The action server's entry point: rasa-sdk's own, with Sanic given time to see it start.

Sanic 25 stops a server whose worker has not acknowledged its start within 30 s
(`WorkerManager.THRESHOLD`, in tenths of a second), by SIGKILL to its process group. Loading
the actions (the knowledge base and the understanding layer) takes under 10 s on an idle
machine, but over 30 s on a busy 2-core one (a loaded CI runner, a CPU-throttled pod): the
stack then stopped with "action server exited with code -9" and "Not all workers acknowledged
a successful startup". Sanic's maintainers answer that setting the class attribute is the way
(sanic-org/sanic#2629); this is the one place it is set, after checking the Sanic version and
both attributes. Measured: with eight other sessions' jobs on the 2 cores (load 15), three
starts in a row were killed at 30 s; with the threshold raised the same start answered."""

import sanic
from sanic.worker.manager import WorkerManager
from sanic.worker.process import WorkerProcess

WRITTEN_FOR = "25."  # Sanic's major version this was checked against
ACK_TENTHS = 1800  # 180 s, the stack's own wait for the action server's health check


class SanicChangedError(RuntimeError):
    """Sanic differs from the version the start-up threshold was written against."""


def allow_slow_start() -> None:
    """Raise Sanic's worker acknowledgement threshold; SanicChangedError when the version or
    either attribute is not what this was written against."""
    found = [getattr(cls, "THRESHOLD", None) for cls in (WorkerManager, WorkerProcess)]
    if not sanic.__version__.startswith(WRITTEN_FOR) or not all(isinstance(v, int) for v in found):
        raise SanicChangedError(
            f"actions/server.py was written for Sanic {WRITTEN_FOR}x with an integer "
            f"WorkerManager.THRESHOLD; found Sanic {sanic.__version__} and {found}: "
            "check how this Sanic waits for its workers before raising the threshold"
        )
    WorkerManager.THRESHOLD = ACK_TENTHS
    WorkerProcess.THRESHOLD = ACK_TENTHS


def main() -> None:
    """`python -m actions.server --actions actions --port 5055`: rasa-sdk's arguments."""
    from rasa_sdk.__main__ import main as serve

    allow_slow_start()
    serve()


if __name__ == "__main__":
    main()
