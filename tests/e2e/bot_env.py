"""Run a check script in the bot environment (Python 3.10, Rasa), from the project root."""

import subprocess

from stack.config import BOT_PYTHON, ROOT


def run_in_bot_env(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BOT_PYTHON), "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={"TF_CPP_MIN_LOG_LEVEL": "3", "RASA_TELEMETRY_ENABLED": "false", "PATH": "/usr/bin:/bin",
             "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
