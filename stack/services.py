"""The three servers of the embedded default, and starting and stopping them together."""

import os
import sys
from collections.abc import Callable

from stack.config import BOT_PYTHON, ROOT, StackConfig
from stack.lifecycle import ServiceGroup, check_bot_ready
from stack.processes import Service

# Quiet TensorFlow and telemetry, no network at run time; the actions bind to loopback only.
BASE_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "PYTHONWARNINGS": "ignore::DeprecationWarning",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
}
RASA_START_SECONDS = 180.0  # about 20 s on two idle cores (imports, model load), more under load


def environment(config: StackConfig) -> dict[str, str]:
    env = {**os.environ, **BASE_ENV, **config.extra_env}
    env["SANIC_HOST"] = config.host  # rasa-sdk's listening address
    env["ACTION_ENDPOINT_URL"] = f"{config.actions_url}/webhook"
    env["TRACKER_DB"] = str(config.tracker_db)
    env["ASSISTANT_RASA_URL"] = config.rasa_url
    env["ASSISTANT_WEB_ORIGINS"] = config.web_url  # Socket.IO connections from the web app only
    env["ASSISTANT_DATA_DIR"] = str(config.data_dir)
    if config.today:
        env["ASSISTANT_TODAY"] = config.today
    return env


def action_server(config: StackConfig) -> Service:
    argv = [sys.executable, "-m", "actions.server", "--actions", "actions"]
    argv += ["--port", str(config.ports.actions)]
    return Service(
        "action server", argv, f"{config.actions_url}/health", environment(config), ROOT,
        config.log_path("actions"),
    )  # fmt: skip


def rasa_server(config: StackConfig) -> Service:
    # `rasa run` through bot/server.py, which checks action responses without re-checking the
    # schema on every call (see the module).
    argv = [str(BOT_PYTHON), "-m", "bot.server", "run", "--model", str(config.model)]
    argv += ["--endpoints", str(ROOT / "bot" / "endpoints.yml")]
    argv += ["--credentials", str(ROOT / "bot" / "credentials.yml")]
    argv += ["--interface", config.host, "--port", str(config.ports.rasa)]
    argv += ["--cors", config.web_url]  # browsers may call Rasa from the web app's pages only
    # Run from the repo root: the model names its custom components and tracker store by module.
    return Service(
        "Rasa server", argv, f"{config.rasa_url}/", environment(config), ROOT,
        config.log_path("rasa"), start_seconds=RASA_START_SECONDS,
    )  # fmt: skip


def web_app(config: StackConfig) -> Service:
    argv = [sys.executable, "-m", "web", "--host", config.host, "--port", str(config.ports.web)]
    return Service(
        "web app", argv, f"{config.web_url}/healthz", environment(config), ROOT,
        config.log_path("web"),
    )  # fmt: skip


class Stack(ServiceGroup):
    """Action server, Rasa server and web app; a context manager that stops all on exit."""

    def __init__(self, config: StackConfig, with_web: bool = True) -> None:
        self.config = config
        self.actions = action_server(config)
        self.rasa = rasa_server(config)
        self.web = web_app(config) if with_web else None

    @property
    def rasa_url(self) -> str:
        return self.config.rasa_url

    @property
    def actions_url(self) -> str:
        return self.config.actions_url

    @property
    def web_url(self) -> str:
        return self.config.web_url

    @property
    def services(self) -> list[Service]:
        return [s for s in (self.actions, self.rasa, self.web) if s is not None]

    def start(self, report: Callable[[str], None] = lambda _: None) -> None:
        """Start all (the Rasa server loads its model meanwhile), then wait for each in turn."""
        check_bot_ready(self.config.model)
        self.config.data_dir.mkdir(parents=True, exist_ok=True)
        for service in self.services:
            report(f"starting the {service.name}")
            service.start()
        for service in self.services:
            seconds = service.wait_healthy()
            report(f"{service.name} answers ({seconds:.1f} s)")

    def stop(self) -> None:
        for service in reversed(self.services):
            service.stop()

    def restart_rasa(self) -> None:
        """Stop and start the Rasa server alone (the tracker store must keep conversations)."""
        self.rasa.stop()
        self.rasa = rasa_server(self.config)
        self.rasa.start()
        self.rasa.wait_healthy()

    def start_actions(self) -> None:
        """Start the action server again after a stop (fault tests)."""
        self.actions.stop()
        self.actions = action_server(self.config)
        self.actions.start()
        self.actions.wait_healthy()
