"""bot/server.py's speed fixes (bot/speedups.py) keep Rasa's behaviour, only faster: the same
action-server responses pass, the same malformed ones fail with the same message; every event
type name resolves to the same class, unknown ones fail or fall back as before; the loaded model
is frozen out of the garbage collector; a call to the
action server carries what Rasa's carries, with the events of the current turn only (run in the
bot environment)."""

from tests.e2e.bot_env import run_in_bot_env

CHECK = """
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig
from rasa.shared.utils.common import all_subclasses
from bot.server import install

action = RemoteAction("action_show_entitlements", None)
good = {"events": [{"event": "slot", "name": "language", "value": "zh"}],
        "responses": [{"text": "您好", "custom": {"type": "entitlements", "report": {}}}]}
bad = [{"events": [{"event": "slot"}]}, {"events": "none"}, {"responses": [1]}]

names = sorted({c.type_name for c in all_subclasses(Event)}) + ["topic", "no such event"]

def outcome(result):
    try:
        return action._validate_action_result(result)
    except Exception as error:
        return type(error).__name__ + ": " + error.message

def resolved(name, default=None):
    try:
        return Event.resolve_by_type(name, default)
    except ValueError as error:
        return str(error)

def verdicts():
    results = [outcome(good)] + [outcome(b) for b in bad]
    for _ in range(2):  # the second time from memory
        results += [resolved(n) for n in names] + [resolved("no such event", UserUttered)]
    return results

domain = Domain.load("bot/domain")
endpoint = EndpointConfig("http://127.0.0.1:1/webhook")
tracker = DialogueStateTracker.from_events("s", [
    ActionExecuted("action_session_start"), ActionExecuted("action_listen"),
    UserUttered("济南", {"name": "inform", "confidence": 1.0}), SlotSet("city", "jinan"),
    ActionExecuted("household_form"), ActionExecuted("action_listen"),
    UserUttered("两个孩子", {"name": "inform", "confidence": 1.0}), SlotSet("language", "zh"),
], domain.slots)
calls = {name: RemoteAction(name, endpoint)._action_call_format(tracker, domain)
         for name in ("validate_household_form", "action_show_entitlements")}
before = verdicts()
install()
for name, rasas in calls.items():
    ours = RemoteAction(name, endpoint)._action_call_format(tracker, domain)
    assert [e["event"] for e in ours["tracker"].pop("events")] == ["user", "slot"], ours
    rasas["tracker"].pop("events")
    assert ours == rasas, name
assert all("domain" in call for call in calls.values())  # rasa-sdk 3.21 refuses a call without
fresh = DialogueStateTracker.from_events("t", [ActionExecuted("action_session_start")], domain.slots)
call = RemoteAction("action_show_entitlements", endpoint)._action_call_format(fresh, domain)
assert len(call["tracker"]["events"]) == 1  # before the first message: all there is
install()  # twice, as a restart of the app in one process would: still one layer
after = verdicts()
assert RemoteAction._validate_action_result.__module__ == "bot.speedups"
assert Event.resolve_by_type.__module__ == "bot.speedups"
assert RemoteAction._action_call_format.__module__ == "bot.speedups"

import asyncio, gc
import rasa.core.run
from bot.speedups import freezing_after
assert rasa.core.run.load_agent_on_start.__module__ == "bot.speedups"
model = [object() for _ in range(1000)]
async def load(path): return ("agent", path)
assert gc.get_freeze_count() == 0
assert asyncio.run(freezing_after(load)("m.tar.gz")) == ("agent", "m.tar.gz")
assert gc.get_freeze_count() > len(model)
assert before == after, [(b, a) for b, a in zip(before, after) if b != a]
assert after[0] is True and all(o.startswith("ValidationError") for o in after[1:4]), after
assert len(names) > 20 and after.count(UserUttered) == 4, after  # "user", and the default
print("same verdicts")
"""


def test_the_speed_fixes_give_rasas_own_verdicts() -> None:
    run = run_in_bot_env(CHECK)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "same verdicts" in run.stdout
