"""The stacks the load generator runs against: the embedded default (one Rasa server, one action
server, SQLite) or the production profile (Rasa replicas and action servers behind nginx,
PostgreSQL, Redis), each started on spare ports with a fresh data dir and stopped afterwards; or
a stack someone else runs (--url)."""

import contextlib
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from stack.config import Ports, StackConfig
from stack.processes import Service, free_port
from stack.services import Stack

PROFILES = ("embedded", "production")


@dataclass(frozen=True)
class Target:
    """Where the citizens talk, where their conversations are stored, and whose memory counts."""

    name: str
    url: str  # REST channel at {url}/webhooks/rest/webhook
    store: str | None  # SQLite file or postgresql:// URL; None: no tracker check
    rasa_pids: tuple[int, ...] = ()
    action_pids: tuple[int, ...] = ()
    rasa_logs: tuple[Path, ...] = field(default=())  # searched for "database is locked"


def _say(line: str) -> None:
    print(f"[load] {line}", file=sys.stderr, flush=True)


def _pid(service: Service) -> int:
    if service.process is None:
        raise RuntimeError(f"the {service.name} is not running")
    return service.process.pid


@contextlib.contextmanager
def embedded(today: str, keep: Path | None = None) -> Iterator[Target]:
    """The embedded default (no web app: the citizens talk to Rasa's REST channel directly)."""
    with contextlib.ExitStack() as cleanup:
        if keep is None:
            data_dir = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="load-emb-")))
        else:
            data_dir = (keep / "embedded").resolve()
        ports = Ports(rasa=free_port(), actions=free_port(), web=free_port())
        config = StackConfig(ports=ports, data_dir=data_dir, today=today, logs_to_files=True)
        stack = Stack(config, with_web=False)
        _say(f"embedded: starting in {data_dir}")
        stack.start(report=lambda line: _say(f"embedded: {line}"))
        cleanup.callback(stack.stop)
        log = config.log_path("rasa")
        yield Target(
            name="embedded",
            url=config.rasa_url,
            store=str(config.tracker_db),
            rasa_pids=(_pid(stack.rasa),),
            action_pids=(_pid(stack.actions),),
            rasa_logs=(log,) if log is not None else (),
        )
        _say("embedded: stopping")


@contextlib.contextmanager
def production(
    today: str, keep: Path | None = None, replicas: int = 2, action_servers: int = 2
) -> Iterator[Target]:
    """The production profile (stack/production.py) on spare ports with its own data dir."""
    from stack.production import ProductionConfig, ProductionStack

    with contextlib.ExitStack() as cleanup:
        if keep is None:
            # Not private to root: PostgreSQL runs as the postgres user and must reach it; and
            # short, for PostgreSQL's socket path.
            data_dir = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="load-prod-")))
        else:
            data_dir = (keep / "production").resolve()
            data_dir.mkdir(parents=True, exist_ok=True)
        data_dir.chmod(0o755)
        config = ProductionConfig.spare(
            data_dir, replicas=replicas, action_servers=action_servers, today=today
        )
        stack = ProductionStack(config)
        _say(f"production: starting in {data_dir}")
        cleanup.callback(stack.stop)  # also after a failed start: stop what did start
        stack.start(report=lambda line: _say(f"production: {line}"))
        yield Target(
            name="production",
            url=stack.url,
            store=stack.tracker_db_url,
            rasa_pids=tuple(_pid(s) for s in stack.replicas),
            action_pids=tuple(_pid(s) for s in stack.action_servers),
            rasa_logs=tuple(p for s in stack.replicas if (p := s.log_path) is not None),
        )
        _say("production: stopping")


@contextlib.contextmanager
def started(
    name: str, today: str, keep: Path | None = None, replicas: int = 2, action_servers: int = 2
) -> Iterator[Target]:
    if name == "embedded":
        with embedded(today, keep) as target:
            yield target
    elif name == "production":
        with production(today, keep, replicas, action_servers) as target:
            yield target
    else:
        raise ValueError(f"unknown profile {name!r}: choose from {', '.join(PROFILES)}")
