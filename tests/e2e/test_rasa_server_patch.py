"""bot/server.py keeps Rasa's check of action-server responses, only faster: the same responses
pass, the same malformed ones fail with the same message (run in the bot environment)."""

import subprocess

from stack.config import BOT_PYTHON, ROOT

CHECK = """
from rasa.core.actions.action import RemoteAction
from bot.server import install

action = RemoteAction("action_show_entitlements", None)
good = {"events": [{"event": "slot", "name": "language", "value": "zh"}],
        "responses": [{"text": "您好", "custom": {"type": "entitlements", "report": {}}}]}
bad = [{"events": [{"event": "slot"}]}, {"events": "none"}, {"responses": [1]}]

def outcome(result):
    try:
        return action._validate_action_result(result)
    except Exception as error:
        return type(error).__name__ + ": " + error.message

before = [outcome(good)] + [outcome(b) for b in bad]
install()
after = [outcome(good)] + [outcome(b) for b in bad]
assert RemoteAction._validate_action_result.__module__ == "bot.server"
assert before == after, (before, after)
assert after[0] is True and all(o.startswith("ValidationError") for o in after[1:]), after
print("same verdicts")
"""


def test_the_faster_check_gives_rasas_own_verdicts() -> None:
    run = subprocess.run(
        [str(BOT_PYTHON), "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={"TF_CPP_MIN_LOG_LEVEL": "3", "RASA_TELEMETRY_ENABLED": "false", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert "same verdicts" in run.stdout
