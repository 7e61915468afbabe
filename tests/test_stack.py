"""Starting and stopping the servers of `make run` (stack/), without Rasa: real child processes
stand in for the servers."""

import socket
import sys
from pathlib import Path

import pytest

from stack.config import Ports, StackConfig, parse_port
from stack.processes import Service, StartError, free_port
from stack.run import main, parse_args


def python_server(port: int, tmp_path: Path) -> Service:
    """A tiny HTTP server as a stand-in service."""
    argv = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"]
    return Service("stand-in", argv, f"http://127.0.0.1:{port}/", {}, tmp_path, tmp_path / "s.log")


def test_a_service_is_healthy_once_it_answers_and_stops_on_request(tmp_path: Path) -> None:
    service = python_server(free_port(), tmp_path)
    service.start()
    try:
        assert service.wait_healthy() < 30
        assert service.running()
    finally:
        service.stop()
    assert not service.running()


def test_a_service_that_exits_at_once_is_reported_with_its_log(tmp_path: Path) -> None:
    argv = [sys.executable, "-c", "import sys; print('boom'); sys.exit(3)"]
    service = Service("broken", argv, "http://127.0.0.1:9/", {}, tmp_path, tmp_path / "b.log")
    service.start()
    with pytest.raises(StartError, match=r"broken exited with code 3; see .*b\.log"):
        service.wait_healthy()
    service.stop()
    assert "boom" in (tmp_path / "b.log").read_text()


def test_a_service_that_never_answers_times_out(tmp_path: Path) -> None:
    argv = [sys.executable, "-c", "import time; time.sleep(60)"]
    service = Service("silent", argv, f"http://127.0.0.1:{free_port()}/", {}, tmp_path)
    service.start_seconds = 1
    service.start()
    try:
        with pytest.raises(StartError, match="did not answer"):
            service.wait_healthy()
    finally:
        service.stop(grace=2)


def test_ports_come_from_the_environment_with_the_documented_defaults(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Ports.from_env() == Ports(rasa=5005, actions=5055, web=8000)
    monkeypatch.setenv("ASSISTANT_WEB_PORT", "8080")
    assert Ports.from_env().web == 8080
    monkeypatch.setenv("ASSISTANT_RASA_PORT", "http")
    with pytest.raises(ValueError, match="ASSISTANT_RASA_PORT must be a port number, got 'http'"):
        Ports.from_env()


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["--web-port", "70000"], "--web-port must be between 1 and 65535, got 70000"),
        (["--rasa-port", "abc"], "--rasa-port must be a port number, got 'abc'"),
        (["--web-port", "5005"], "the three ports must differ"),
    ],
)
def test_a_bad_port_argument_is_named(
    argv: list[str], problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_args(argv)
    assert exit_.value.code == 2
    assert problem in capsys.readouterr().err


def test_a_port_in_use_is_named_before_anything_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["--web-port", str(port), "--rasa-port", str(free_port()),
                     "--actions-port", str(free_port()), "--data-dir", str(tmp_path)])  # fmt: skip
    assert code == 2
    assert f"{port} (--web-port)" in capsys.readouterr().out


def test_urls_follow_the_ports() -> None:
    config = StackConfig(ports=Ports(rasa=1, actions=2, web=3))
    assert (config.rasa_url, config.actions_url, config.web_url) == (
        "http://127.0.0.1:1",
        "http://127.0.0.1:2",
        "http://127.0.0.1:3",
    )
    assert parse_port("5005", "x") == 5005
