"""The production profile on one machine: the same assistant with a PostgreSQL tracker store, a
Redis lock store, several Rasa replicas and two action servers, behind nginx, all on loopback.

    python -m stack.production            # URLs printed; Ctrl-C stops everything

                       nginx :8080 (public)                  nginx :8081 (internal)
    browser ─────────▶  /            ──▶ web app :8100 ──▶   /          ──▶ Rasa replicas
    REST client ─────▶  /webhooks/   ──┐                                    (same sender, same
    Socket.IO ───────▶  /socket.io/  ──┴──▶ Rasa replicas :5105, :5106 …     replica)
                                            │   │   └──▶ /actions/ ──▶ action servers :5155, :5156
                                            │   └──────▶ Redis :6380 (lock store)
                                            └──────────▶ PostgreSQL :5433 (tracker store)

Everything lives under the data dir (default var/production/): the PostgreSQL cluster (made with
initdb on first start, kept between runs), Redis's config, nginx.conf, the passwords
(secrets.json) and logs/."""

import argparse
import dataclasses
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from stack.config import DEFAULT_MODEL, ROOT, Ports, StackConfig, parse_port
from stack.lifecycle import ServiceGroup, check_bot_ready, run_until_stopped
from stack.processes import Service, StartError, free_ports, port_in_use
from stack.production_services import (
    Nginx,
    NginxSite,
    PostgresCluster,
    ProbedService,
    RedisServer,
    load_secrets,
)
from stack.services import action_server, rasa_server, web_app

ENDPOINTS = ROOT / "bot" / "endpoints.production.yml"
TRACKER_TABLE = "events"  # made by the first replica; the others start once it exists
# How long a replica may hold a conversation's lock for one message (Rasa's TICKET_LOCK_LIFETIME,
# 60 s by default): a replica that dies holding it blocks that conversation this long on the
# others. Waiting messages renew their place meanwhile (bot/stores/redis_lock.py), so this bounds
# one turn only, which takes well under a second.
LOCK_LIFETIME_SECONDS = 10


@dataclass(frozen=True)
class ProductionPorts:
    entry: int = 8080  # nginx, public: the web app and Rasa's channels
    internal: int = 8081  # nginx, inside: Rasa for the web app, action servers for Rasa
    web: int = 8100
    rasa: tuple[int, ...] = (5105, 5106)
    actions: tuple[int, ...] = (5155, 5156)
    postgres: int = 5433
    redis: int = 6380

    @classmethod
    def spare(cls, replicas: int = 2, action_servers: int = 2) -> "ProductionPorts":
        """Ports nobody listens on now (tests, a second profile beside the first), all different."""
        ports = iter(free_ports(5 + replicas + action_servers))
        return cls(
            entry=next(ports),
            internal=next(ports),
            web=next(ports),
            rasa=tuple(next(ports) for _ in range(replicas)),
            actions=tuple(next(ports) for _ in range(action_servers)),
            postgres=next(ports),
            redis=next(ports),
        )

    def named(self) -> dict[str, int]:
        ports = {"--port": self.entry, "--internal-port": self.internal, "--web-port": self.web}
        ports |= {f"Rasa replica {i}": p for i, p in enumerate(self.rasa, 1)}
        ports |= {f"action server {i}": p for i, p in enumerate(self.actions, 1)}
        return ports | {"--postgres-port": self.postgres, "--redis-port": self.redis}

    def check(self) -> None:
        if not self.rasa:
            raise ValueError("the profile needs at least one Rasa replica")
        if not self.actions:
            raise ValueError("the profile needs at least one action server")
        values = list(self.named().values())
        if len(set(values)) != len(values):
            raise ValueError(f"every server needs a port of its own, got {self.named()}")
        for name, port in self.named().items():
            if not 1 <= port <= 65535:
                raise ValueError(f"{name}: {port} is not a port (1 to 65535)")


@dataclass(frozen=True)
class ProductionConfig:
    ports: ProductionPorts = field(default_factory=ProductionPorts)
    host: str = "127.0.0.1"
    data_dir: Path = ROOT / "var" / "production"
    model: Path = DEFAULT_MODEL
    today: str | None = None  # fixes the date the actions and the web app see (tests)
    extra_env: dict[str, str] = field(default_factory=dict)
    nginx_workers: int = 2

    @classmethod
    def spare(
        cls,
        data_dir: Path,
        replicas: int = 2,
        action_servers: int = 2,
        today: str | None = None,
        extra_env: dict[str, str] | None = None,
    ) -> "ProductionConfig":
        """A profile on spare ports in data_dir, e.g. for tests and the load generator."""
        ports = ProductionPorts.spare(replicas, action_servers)
        return cls(ports=ports, data_dir=data_dir, today=today, extra_env=extra_env or {})

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.ports.entry}"

    @property
    def internal_url(self) -> str:
        return f"http://{self.host}:{self.ports.internal}"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


class ProductionStack(ServiceGroup):
    """PostgreSQL, Redis, the action servers, the Rasa replicas, the web app and nginx; a context
    manager that starts them all and stops them all on exit. Each is a `Service` that a test may
    stop, kill or start again."""

    def __init__(self, config: ProductionConfig) -> None:
        config.ports.check()
        self.config = config
        data, logs = config.data_dir, config.log_dir
        self.secrets = load_secrets(data / "secrets.json")
        self.cluster = PostgresCluster(
            data / "postgres", config.host, config.ports.postgres,
            self.secrets["postgres_password"], logs,
        )  # fmt: skip
        self.redis_server = RedisServer(
            data / "redis", config.host, config.ports.redis, self.secrets["redis_password"]
        )
        site = NginxSite(
            host=config.host,
            port=config.ports.entry,
            internal_port=config.ports.internal,
            rasa_ports=config.ports.rasa,
            action_ports=config.ports.actions,
            web_port=config.ports.web,
            workers=config.nginx_workers,
        )
        self.nginx_site = Nginx(data / "nginx", site, logs)
        self.postgres: ProbedService = self.cluster.service(logs / "postgres.log")
        self.redis: ProbedService = self.redis_server.service(logs / "redis.log")
        self.action_servers = [
            self._app_service(action_server, f"action server {i}", f"actions-{i}", actions=port)
            for i, port in enumerate(config.ports.actions, 1)
        ]
        self.replicas = [self._rasa_replica(i, port) for i, port in enumerate(config.ports.rasa, 1)]
        self.web = self._app_service(web_app, "web app", "web", web=config.ports.web)
        self.nginx = self.nginx_site.service(logs / "nginx.log")

    @property
    def url(self) -> str:
        """nginx's public entry: `{url}/` the web app, `{url}/webhooks/rest/webhook` Rasa."""
        return self.config.url

    @property
    def internal_url(self) -> str:
        return self.config.internal_url

    @property
    def tracker_db_url(self) -> str:
        """postgresql://assistant:PASSWORD@HOST:PORT/assistant (psycopg, SQLAlchemy)."""
        return self.cluster.url

    @property
    def services(self) -> list[Service]:
        stores: list[Service] = [self.postgres, self.redis]
        return [*stores, *self.action_servers, *self.replicas, self.web, self.nginx]

    def environment(self) -> dict[str, str]:
        """What bot/endpoints.production.yml and the web app read."""
        return {
            "ACTION_ENDPOINT_URL": f"{self.internal_url}/actions/webhook",
            "POSTGRES_HOST": self.config.host,
            "POSTGRES_PORT": str(self.config.ports.postgres),
            "POSTGRES_DB": "assistant",
            "POSTGRES_USER": "assistant",
            "POSTGRES_PASSWORD": self.secrets["postgres_password"],
            "REDIS_HOST": self.config.host,
            "REDIS_PORT": str(self.config.ports.redis),
            "REDIS_PASSWORD": self.secrets["redis_password"],
            "TICKET_LOCK_LIFETIME": str(LOCK_LIFETIME_SECONDS),
            "ASSISTANT_RASA_URL": self.internal_url,
            "ASSISTANT_DATA_DIR": str(self.config.data_dir),
        }

    def _stack_config(self, **ports: int) -> StackConfig:
        """The embedded default's config for one app server, so its builders can be reused.
        The web port is nginx's public one: the Rasa replicas allow CORS from that origin."""
        chosen = {"rasa": 0, "actions": 0, "web": self.config.ports.entry} | ports
        return StackConfig(
            ports=Ports(**chosen),
            host=self.config.host,
            data_dir=self.config.data_dir,
            model=self.config.model,
            today=self.config.today,
            logs_to_files=True,
            extra_env=self.config.extra_env,
        )

    def _app_service(
        self, build: Callable[[StackConfig], Service], name: str, log_name: str, **ports: int
    ) -> Service:
        service = build(self._stack_config(**ports))
        service.name = name
        service.env = {**service.env, **self.environment()}
        service.log_path = self.config.log_dir / f"{log_name}.log"
        return service

    def _rasa_replica(self, number: int, port: int) -> Service:
        name = f"Rasa replica {number}"
        service = self._app_service(rasa_server, name, f"rasa-{number}", rasa=port)
        endpoints = service.argv.index("--endpoints") + 1
        service.argv = [*service.argv[:endpoints], str(ENDPOINTS), *service.argv[endpoints + 1 :]]
        return service

    def start(self, report: Callable[[str], None] = lambda _: None) -> None:
        """PostgreSQL and Redis first, then the app servers, nginx last. One Rasa replica makes
        the tracker table before the others start (two creating it at once can fail)."""
        self._check_prerequisites()
        self.config.data_dir.mkdir(parents=True, exist_ok=True)
        self.cluster.prepare()
        self.nginx_site.write()
        for store in (self.postgres, self.redis):
            self._start(store, report)
        for store in (self.postgres, self.redis):
            self._wait(store, report)
        self.cluster.ensure_database()
        for service in [*self.action_servers, self.web, self.replicas[0]]:
            self._start(service, report)
        if not self.cluster.has_table(TRACKER_TABLE):
            self._wait_for_tracker_table(self.replicas[0])
        for service in self.replicas[1:]:
            self._start(service, report)
        for service in [*self.action_servers, *self.replicas, self.web]:
            self._wait(service, report)
        # The way in opens last, when everything behind it answers.
        self._start(self.nginx, report)
        self._wait(self.nginx, report)

    def stop(self) -> None:
        for service in reversed(self.services):
            service.stop()

    def restart_postgres(self) -> None:
        """Stop PostgreSQL (fast shutdown: open connections are closed) and start it again."""
        self.postgres.stop()
        self.start_postgres()

    def start_postgres(self) -> None:
        self._restart(self.postgres)

    def stop_redis(self) -> None:
        self.redis.stop()

    def start_redis(self) -> None:
        self._restart(self.redis)

    def restart_replica(self, index: int) -> None:
        """Start replicas[index] again, e.g. after a kill -9 (waits until it answers)."""
        self.replicas[index].stop()
        self._restart(self.replicas[index])

    def _restart(self, service: Service) -> None:
        service.stop()  # closes the log of a killed process
        service.start()
        service.wait_healthy()

    def _start(self, service: Service, report: Callable[[str], None]) -> None:
        report(f"starting {service.name}")
        service.start()

    def _wait(self, service: Service, report: Callable[[str], None]) -> None:
        seconds = service.wait_healthy()
        report(f"{service.name} answers ({seconds:.1f} s)")

    def _wait_for_tracker_table(self, replica: Service) -> None:
        deadline = time.monotonic() + replica.start_seconds
        while not self.cluster.has_table(TRACKER_TABLE):
            if not replica.running():
                replica.wait_healthy()  # raises StartError naming the exit code and log
            if time.monotonic() > deadline:
                raise StartError(
                    f"{replica.name} did not create the tracker table in PostgreSQL within "
                    f"{replica.start_seconds:.0f} s; see {replica.log_path}"
                )
            time.sleep(0.5)

    def _check_prerequisites(self) -> None:
        check_bot_ready(self.config.model)
        busy = [
            f"{port} ({name})"
            for name, port in self.config.ports.named().items()
            if port_in_use(self.config.host, port)
        ]
        if busy:
            raise StartError(
                f"port(s) already in use: {', '.join(busy)}; stop what uses them or pick others"
            )


def parse_args(argv: list[str] | None) -> ProductionConfig:
    defaults = ProductionPorts()
    parser = argparse.ArgumentParser(
        prog="python -m stack.production",
        description="The production profile: PostgreSQL, Redis, Rasa replicas, action servers "
        "and the web app behind nginx, on loopback.",
    )
    parser.add_argument("--port", default=str(defaults.entry), help="nginx, public; default 8080")
    parser.add_argument("--internal-port", default=str(defaults.internal), help="default 8081")
    parser.add_argument("--web-port", default=str(defaults.web), help="default 8100")
    parser.add_argument("--postgres-port", default=str(defaults.postgres), help="default 5433")
    parser.add_argument("--redis-port", default=str(defaults.redis), help="default 6380")
    parser.add_argument(
        "--replicas", default="2", help="Rasa replicas, on ports 5105 and up; default 2"
    )
    parser.add_argument("--spare-ports", action="store_true", help="any free ports but --port")
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "production")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    try:
        replicas = int(args.replicas)
    except ValueError:
        parser.error(f"--replicas must be a whole number, got {args.replicas!r}")
    if not 1 <= replicas <= 16:
        parser.error(f"--replicas must be between 1 and 16, got {replicas}")
    try:
        entry = parse_port(args.port, "--port")
        if args.spare_ports:
            ports = dataclasses.replace(ProductionPorts.spare(replicas), entry=entry)
        else:
            ports = ProductionPorts(
                entry=entry,
                internal=parse_port(args.internal_port, "--internal-port"),
                web=parse_port(args.web_port, "--web-port"),
                rasa=tuple(defaults.rasa[0] + i for i in range(replicas)),
                postgres=parse_port(args.postgres_port, "--postgres-port"),
                redis=parse_port(args.redis_port, "--redis-port"),
            )
        ports.check()
    except ValueError as err:
        parser.error(str(err))
    return ProductionConfig(ports=ports, data_dir=args.data_dir.resolve(), model=args.model)


def say(line: str) -> None:
    print(f"[production] {line}", flush=True)


def banner(stack: ProductionStack) -> str:
    config = stack.config
    rasa = ", ".join(str(p) for p in config.ports.rasa)
    actions = ", ".join(str(p) for p in config.ports.actions)
    return "\n".join(
        [
            "",
            "The production profile is running (nginx in front):",
            f"  citizen chat     {stack.url}/",
            f"  hotline console  {stack.url}/console",
            f"  Rasa REST        {stack.url}/webhooks/rest/webhook",
            f"  inside           {stack.internal_url}/ (Rasa), /actions/ (action servers)",
            f"  Rasa replicas    {config.host}: {rasa}",
            f"  action servers   {config.host}: {actions}",
            f"  web app          {config.host}:{config.ports.web}",
            f"  tracker store    postgresql://assistant@{config.host}:{config.ports.postgres}/"
            "assistant (password in secrets.json)",
            f"  lock store       redis://{config.host}:{config.ports.redis}",
            f"Data and logs in {config.data_dir}. Ctrl-C stops everything.",
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    config = parse_args(argv)
    try:
        stack = ProductionStack(config)
    except StartError as err:
        say(f"error: {err}")
        return 1
    starting = "starting; each Rasa replica needs about 20 s to load its model"
    return run_until_stopped(stack, starting, lambda: banner(stack), say)


if __name__ == "__main__":
    sys.exit(main())
