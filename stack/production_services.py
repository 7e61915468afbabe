"""The servers the production profile adds around the assistant, from Debian's packages:
a PostgreSQL cluster of its own (tracker store), Redis (lock store) and nginx (load balancer).

Each is a `Service` of stack/processes.py, so it starts, stops and can be killed like the others;
PostgreSQL and Redis speak no HTTP, so they are healthy when a probe of their own protocol says so.
Run as root (CI, containers), PostgreSQL runs as the `postgres` OS user, as it must."""

import dataclasses
import glob
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from stack.config import StackSettings
from stack.processes import Service, StartError

TEMPLATES = Path(__file__).resolve().parent / "templates"
SOCKET_PATH_LIMIT = 107  # bytes in a Unix socket path (sun_path), PostgreSQL's socket included
DB_NAME = "assistant"
DB_USER = "assistant"


def _never() -> bool:
    return False


@dataclass
class ProbedService(Service):
    """A service that is healthy when `probe()` says so (for servers that speak no HTTP), and is
    asked to stop with `stop_signal` before Service.stop's SIGTERM and SIGKILL."""

    probe: Callable[[], bool] = field(default=_never)
    stop_signal: signal.Signals = signal.SIGTERM

    def wait_healthy(self) -> float:
        started = time.monotonic()
        deadline = started + self.start_seconds
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                hint = f"; see {self.log_path}" if self.log_path else ""
                raise StartError(f"{self.name} exited with code {self.process.returncode}{hint}")
            if self.probe():
                return time.monotonic() - started
            time.sleep(0.2)
        raise StartError(
            f"{self.name} did not answer at {self.health_url} within {self.start_seconds:.0f} s"
        )

    def stop(self, grace: float = 15.0) -> None:
        process = self.process
        if self.stop_signal != signal.SIGTERM and process is not None and process.poll() is None:
            try:
                os.killpg(process.pid, self.stop_signal)
                process.wait(timeout=grace)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass
        super().stop(grace)


def load_secrets(path: Path) -> dict[str, str]:
    """The passwords of this data dir's PostgreSQL role and Redis, made on first use and kept
    (mode 0600) so the cluster's role and later runs agree."""
    names = ("postgres_password", "redis_password")
    known: dict[str, str] = {}
    if path.exists():
        try:
            loaded = json.loads(path.read_text())
        except ValueError:
            raise StartError(f"{path} is not JSON: delete it to make new passwords") from None
        if isinstance(loaded, dict):
            known = {k: v for k, v in loaded.items() if k in names and isinstance(v, str) and v}
    if all(name in known for name in names):
        return known
    made = {name: known.get(name) or secrets.token_urlsafe(24) for name in names}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)
    path.write_text(json.dumps(made, indent=2) + "\n")
    return made


def _bin_dir() -> Path:
    """Debian's PostgreSQL programs (the newest installed major version), or ASSISTANT_PG_BINDIR."""
    try:
        configured = StackSettings.read().pg_bindir
    except ValueError as error:
        raise StartError(str(error)) from None
    if configured is not None:
        return configured
    installed = [Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/postgres")]
    found = sorted(
        (bindir for bindir in installed if bindir.parent.name.isdigit()),
        key=lambda bindir: int(bindir.parent.name),
    )
    if not found:
        raise StartError(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres): "
            "run `make production-deps` or `apt-get install postgresql`"
        )
    return found[-1]


def _require(program: str, package: str) -> str:
    path = shutil.which(program) or shutil.which(program, path="/usr/sbin:/sbin")
    if path is None:
        raise StartError(
            f"{program} is not installed: run `make production-deps` or `apt-get install {package}`"
        )
    return path


class PostgresCluster:
    """A PostgreSQL cluster in `directory` (data/, run/ for its socket), listening on loopback,
    with one database and one role of the same name, `assistant`, password-protected over TCP.
    The OS user that runs it (or root, via setpriv) reaches it without password on the socket."""

    def __init__(self, directory: Path, host: str, port: int, password: str, log_dir: Path) -> None:
        self.directory = directory
        self.data = directory / "data"
        self.run_dir = directory / "run"
        self.host = host
        self.port = port
        self.password = password
        self.log_dir = log_dir
        self.bin = _bin_dir()
        self.as_root = os.geteuid() == 0

    @property
    def url(self) -> str:
        return f"postgresql://{DB_USER}:{self.password}@{self.host}:{self.port}/{DB_NAME}"

    def _as_owner(self, argv: list[str]) -> list[str]:
        """PostgreSQL refuses to run as root: drop to the postgres user when we are root."""
        if not self.as_root:
            return argv
        setpriv = _require("setpriv", "util-linux")
        drop = [setpriv, "--reuid=postgres", "--regid=postgres", "--init-groups", "--"]
        return [*drop, *argv]

    def prepare(self) -> None:
        """The directories (owned by the postgres user when we are root) and, once, `initdb`."""
        socket_path = self.run_dir / f".s.PGSQL.{self.port}"
        if len(str(socket_path).encode()) > SOCKET_PATH_LIMIT:
            raise StartError(
                f"the data dir path is too long for PostgreSQL's socket ({socket_path}): "
                "pick a shorter --data-dir"
            )
        for path in (self.directory, self.run_dir):
            path.mkdir(parents=True, exist_ok=True)
        self.run_dir.chmod(0o700)
        if self.as_root:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                raise StartError(
                    "there is no `postgres` OS user to run PostgreSQL as: "
                    "run `make production-deps` or `apt-get install postgresql`"
                ) from None
            for path in (self.directory, self.run_dir):
                os.chown(path, owner.pw_uid, owner.pw_gid)
            reach = subprocess.run(self._as_owner(["test", "-w", str(self.directory)]), check=False)
            if reach.returncode != 0:
                raise StartError(
                    f"the postgres OS user cannot reach {self.directory}: pick a --data-dir "
                    "whose parent folders others may enter (chmod o+x), e.g. under /tmp or /var"
                )
        if (self.data / "PG_VERSION").exists():
            return
        argv = [str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-E", "UTF8"]
        argv += ["--no-locale", "--auth-local=trust", "--auth-host=scram-sha-256"]
        self._run(argv, "initdb", timeout=120)

    def service(self, log_path: Path | None) -> ProbedService:
        argv = [str(self.bin / "postgres"), "-D", str(self.data), "-p", str(self.port)]
        argv += ["-c", f"listen_addresses={self.host}"]
        argv += ["-c", f"unix_socket_directories={self.run_dir}"]
        argv += ["-c", "unix_socket_permissions=0700"]
        ready = [str(self.bin / "pg_isready"), "-q", "-h", self.host, "-p", str(self.port)]
        return ProbedService(
            "PostgreSQL",
            self._as_owner(argv),
            f"postgresql://{self.host}:{self.port}",
            dict(os.environ),
            self.directory,
            log_path,
            start_seconds=60.0,
            probe=lambda: subprocess.run(ready, check=False, timeout=10).returncode == 0,
            stop_signal=signal.SIGINT,  # "fast" shutdown; SIGTERM waits for clients to leave
        )

    def ensure_database(self) -> None:
        """The role with this data dir's password, and its database (both made when missing)."""
        script = (
            f"SELECT 'CREATE ROLE {DB_USER} LOGIN' "
            f"WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{DB_USER}')\\gexec\n"
            f"ALTER ROLE {DB_USER} WITH LOGIN PASSWORD '{self.password}';\n"
            f"SELECT 'CREATE DATABASE {DB_NAME} OWNER {DB_USER}' "
            f"WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '{DB_NAME}')\\gexec\n"
        )
        self._psql("postgres", script, "creating the database")

    def has_table(self, table: str) -> bool:
        script = f"SELECT to_regclass('public.{table}') IS NOT NULL;\n"
        return self._psql(DB_NAME, script, f"looking for table {table}").strip() == "t"

    def _psql(self, database: str, script: str, what: str) -> str:
        argv = [str(self.bin / "psql"), "-h", str(self.run_dir), "-p", str(self.port)]
        argv += ["-U", "postgres", "-d", database, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"]
        return self._run(argv, what, stdin=script)

    def _run(self, argv: list[str], what: str, stdin: str = "", timeout: float = 30) -> str:
        done = subprocess.run(
            self._as_owner(argv),
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.directory,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            log = self.log_dir / "postgres-setup.log"
            with log.open("a") as out:
                out.write(f"$ {' '.join(argv)}\n{done.stdout}{done.stderr}\n")
            raise StartError(f"PostgreSQL: {what} failed (exit {done.returncode}); see {log}")
        return done.stdout


class RedisServer:
    """Redis for the lock store only: on loopback, password-protected, nothing written to disk
    (locks live seconds; a Redis restart forgets them, which frees them)."""

    def __init__(self, directory: Path, host: str, port: int, password: str) -> None:
        self.directory = directory
        self.host = host
        self.port = port
        self.password = password

    def service(self, log_path: Path | None) -> ProbedService:
        self.directory.mkdir(parents=True, exist_ok=True)
        config = self.directory / "redis.conf"
        config.touch(mode=0o600)  # it holds the password
        config.write_text(
            "\n".join(
                [
                    "# Generated by stack/production_services.py at every start.",
                    f"bind {self.host}",
                    f"port {self.port}",
                    f"requirepass {self.password}",
                    'save ""',
                    "appendonly no",
                    f"dir {self.directory}",
                    "daemonize no",
                    'logfile ""',
                    "protected-mode yes",
                    "",
                ]
            )
        )
        return ProbedService(
            "Redis",
            [_require("redis-server", "redis-server"), str(config)],
            f"redis://{self.host}:{self.port}",
            dict(os.environ),
            self.directory,
            log_path,
            start_seconds=30.0,
            probe=self.ping,
        )

    def ping(self) -> bool:
        """AUTH and PING in Redis's protocol; True on +OK +PONG."""
        request = _resp("AUTH", self.password) + _resp("PING")
        try:
            with socket.create_connection((self.host, self.port), timeout=2) as conn:
                conn.sendall(request)
                answer = b""
                while answer.count(b"\r\n") < 2:
                    chunk = conn.recv(256)
                    if not chunk:
                        break
                    answer += chunk
        except OSError:
            return False
        return answer == b"+OK\r\n+PONG\r\n"


def _resp(*words: str) -> bytes:
    parts = [f"*{len(words)}\r\n".encode()]
    for word in words:
        data = word.encode()
        parts.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(parts)


@dataclass(frozen=True)
class NginxSite:
    """What nginx.conf is made from."""

    host: str
    port: int  # public: the web app and Rasa's channels
    internal_port: int  # Rasa for the web app, the action servers for Rasa
    rasa_ports: tuple[int, ...]
    action_ports: tuple[int, ...]
    web_port: int
    workers: int = 2
    body_limit: str = "64k"  # the largest request body (a message is capped far below)
    read_timeout: str = "60s"  # a turn that takes longer is given up (504)
    fail_timeout: str = "5s"  # a replica that failed is left out this long


# nginx's reply when no Rasa replica answers a message. It cannot tell whether the replica had
# handled the message before it failed; sent again with its message_id, the message is answered
# from the stored turn if it was (bot/resends.py).
UNAVAILABLE = (
    "抱歉，助手暂时无法回复。请稍后再发一次您的消息。"
    " Sorry, the assistant cannot answer right now. Please send your message again in a moment."
)


def render_nginx_conf(site: NginxSite, prefix: str, logs: str) -> str:
    """stack/templates/nginx.conf.j2 for this site; pid and temp files under prefix (ends in /)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    fields = dataclasses.asdict(site)
    return env.get_template("nginx.conf.j2").render(
        prefix=prefix, logs=logs, unavailable=UNAVAILABLE, **fields
    )


class Nginx:
    def __init__(self, directory: Path, site: NginxSite, log_dir: Path) -> None:
        self.directory = directory
        self.site = site
        self.log_dir = log_dir
        self.binary = _require("nginx", "nginx")

    @property
    def config_path(self) -> Path:
        return self.directory / "nginx.conf"

    def write(self) -> None:
        """nginx.conf in the directory, checked with `nginx -t` (a bad one names its line)."""
        (self.directory / "tmp").mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.config_path.write_text(
            render_nginx_conf(self.site, f"{self.directory}/", str(self.log_dir))
        )
        check = subprocess.run(
            [*self._base_argv(), "-t", "-q"], capture_output=True, text=True, check=False
        )
        if check.returncode != 0:
            raise StartError(f"nginx refused {self.config_path}: {check.stderr.strip()}")

    def _base_argv(self) -> list[str]:
        argv = [self.binary, "-p", f"{self.directory}/", "-c", str(self.config_path)]
        return [*argv, "-e", str(self.log_dir / "nginx-error.log")]

    def service(self, log_path: Path | None) -> Service:
        health = f"http://{self.site.host}:{self.site.port}/nginx-health"
        return Service(
            "nginx", self._base_argv(), health, dict(os.environ), self.directory, log_path,
            start_seconds=30.0,
        )  # fmt: skip
