"""Start the action server (app environment) and the Rasa server (bot environment) on spare
loopback ports, with the trained model, for conversations over the REST channel."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "assistant.tar.gz"
RASA = ROOT / ".venv-bot" / "bin" / "rasa"
TODAY = "2025-06-01"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, process: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="session")
def rasa_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not MODEL.exists() or not RASA.exists():
        pytest.fail(
            "the Rasa model or environment is missing: run `make bot-train` (make test does)"
        )
    work = tmp_path_factory.mktemp("servers")
    action_port, rasa_port = free_port(), free_port()
    endpoints = work / "endpoints.yml"
    endpoints.write_text(f"action_endpoint:\n  url: http://127.0.0.1:{action_port}/webhook\n")
    env = {
        **os.environ,
        "ASSISTANT_TODAY": TODAY,
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
    }
    logs = [open(work / name, "wb") for name in ("actions.log", "rasa.log")]  # noqa: SIM115
    actions = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(action_port)],
        cwd=ROOT, env=env, stdout=logs[0], stderr=subprocess.STDOUT,
    )  # fmt: skip
    rasa = subprocess.Popen(
        [str(RASA), "run", "--model", str(MODEL), "--endpoints", str(endpoints),
         "--credentials", str(ROOT / "bot" / "credentials.yml"), "--port", str(rasa_port),
         "--interface", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=logs[1], stderr=subprocess.STDOUT,  # the model's custom tokenizer
    )  # fmt: skip
    try:
        wait_for(f"http://127.0.0.1:{action_port}/health", actions, 60)
        wait_for(f"http://127.0.0.1:{rasa_port}/", rasa, 120)
        yield f"http://127.0.0.1:{rasa_port}"
    finally:
        for process in (rasa, actions):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in logs:
            log.close()
