"""`python -m stack` (what `make run` ends with): start the action server, the Rasa server and
the web app, wait until each answers, print the URLs, and stop them all on Ctrl-C."""

import argparse
import sys
from pathlib import Path

from stack.config import DEFAULT_MODEL, ROOT, Ports, StackConfig, parse_port
from stack.lifecycle import run_until_stopped, say
from stack.processes import port_in_use
from stack.services import Stack


def parse_args(argv: list[str] | None) -> StackConfig:
    parser = argparse.ArgumentParser(prog="python -m stack", description=__doc__)
    try:
        defaults = Ports.from_env()
    except ValueError as err:
        parser.error(str(err))
    parser.add_argument("--rasa-port", default=str(defaults.rasa), help="default 5005")
    parser.add_argument("--actions-port", default=str(defaults.actions), help="default 5055")
    parser.add_argument("--web-port", default=str(defaults.web), help="default 8000")
    parser.add_argument("--host", default="127.0.0.1", help="listening address (loopback)")
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var", help="default var/")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    try:
        ports = Ports(
            rasa=parse_port(args.rasa_port, "--rasa-port"),
            actions=parse_port(args.actions_port, "--actions-port"),
            web=parse_port(args.web_port, "--web-port"),
        )
        ports.check()
    except ValueError as err:
        parser.error(str(err))
    return StackConfig(ports=ports, host=args.host, data_dir=args.data_dir, model=args.model)


def busy_ports(config: StackConfig) -> list[str]:
    named = {"--rasa-port": config.ports.rasa, "--actions-port": config.ports.actions}
    named["--web-port"] = config.ports.web
    return [f"{port} ({flag})" for flag, port in named.items() if port_in_use(config.host, port)]


def banner(config: StackConfig) -> str:
    return "\n".join(
        [
            "",
            "The assistant is running:",
            f"  citizen chat     {config.web_url}/",
            f"  hotline console  {config.web_url}/console",
            f"  API docs         {config.web_url}/docs",
            f"  Rasa REST        {config.rasa_url}/webhooks/rest/webhook",
            f"  action server    {config.actions_url}/health",
            f"Conversations persist in {config.tracker_db}. Ctrl-C stops everything.",
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    config = parse_args(argv)
    busy = busy_ports(config)
    if busy:
        say(f"port(s) already in use: {', '.join(busy)}; stop what uses them or pick others")
        return 2
    starting = "starting; the Rasa server needs about 20 s to load its model"
    return run_until_stopped(Stack(config), starting, lambda: banner(config), say)


if __name__ == "__main__":
    sys.exit(main())
