"""The speed patches keep Rasa's behaviour, only faster: the same action-server responses pass,
the same malformed ones fail with the same message; every event type name resolves to the same
class, unknown ones fail or fall back as before; the loaded model is frozen out of the garbage
collector; a call to the action server carries what Rasa's carries, with the events of the
current turn only. (Was tests/e2e/test_rasa_server_patch.py, a script run in the bot
environment.)"""

import asyncio
import gc
from collections.abc import Iterator
from typing import Any

import pytest
import rasa.core.run
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses
from rasa.utils.endpoints import EndpointConfig

from bot.patches import install_all
from bot.patches.gc_freeze import freezing_after

GOOD = {
    "events": [{"event": "slot", "name": "language", "value": "zh"}],
    "responses": [{"text": "您好", "custom": {"type": "entitlements", "report": {}}}],
}
BAD: list[dict[str, Any]] = [
    {"events": [{"event": "slot"}]},
    {"events": "none"},
    {"responses": [1]},
]
NAMES = [*sorted({c.type_name for c in all_subclasses(Event)}), "topic", "no such event"]


def outcome(action: RemoteAction, result: dict[str, Any]) -> object:
    try:
        return action._validate_action_result(result)
    except Exception as error:
        return type(error).__name__ + ": " + error.message  # type: ignore[attr-defined]


def resolved(name: str, default: type[Event] | None = None) -> object:
    try:
        return Event.resolve_by_type(name, default)
    except ValueError as error:
        return str(error)


def verdicts() -> list[object]:
    action = RemoteAction("action_show_entitlements", None)
    results = [outcome(action, GOOD)] + [outcome(action, bad) for bad in BAD]
    for _ in range(2):  # the second time from memory
        results += [resolved(name) for name in NAMES] + [resolved("no such event", UserUttered)]
    return results


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_the_speed_patches_give_rasas_own_verdicts(rasa_unpatched: None, unfrozen: None) -> None:
    assert RemoteAction._validate_action_result.__module__ == "rasa.core.actions.action"
    domain = Domain.load("bot/domain")
    endpoint = EndpointConfig("http://127.0.0.1:1/webhook")
    tracker = DialogueStateTracker.from_events(
        "s",
        [
            ActionExecuted("action_session_start"),
            ActionExecuted("action_listen"),
            UserUttered("济南", {"name": "inform", "confidence": 1.0}),
            SlotSet("city", "jinan"),
            ActionExecuted("household_form"),
            ActionExecuted("action_listen"),
            UserUttered("两个孩子", {"name": "inform", "confidence": 1.0}),
            SlotSet("language", "zh"),
        ],
        domain.slots,
    )
    calls = {
        name: RemoteAction(name, endpoint)._action_call_format(tracker, domain)
        for name in ("validate_household_form", "action_show_entitlements")
    }
    before = verdicts()
    install_all()
    for name, rasas in calls.items():
        ours = RemoteAction(name, endpoint)._action_call_format(tracker, domain)
        assert [e["event"] for e in ours["tracker"].pop("events")] == ["user", "slot"], ours
        rasas["tracker"].pop("events")
        assert ours == rasas, name
    assert all("domain" in call for call in calls.values())  # rasa-sdk 3.21 refuses a call without
    fresh = DialogueStateTracker.from_events(
        "t", [ActionExecuted("action_session_start")], domain.slots
    )
    call = RemoteAction("action_show_entitlements", endpoint)._action_call_format(fresh, domain)
    assert len(call["tracker"]["events"]) == 1  # before the first message: all there is
    install_all()  # twice, as a restart of the app in one process would: still one layer
    after = verdicts()
    assert RemoteAction._validate_action_result.__module__ == "bot.patches.action_response_check"
    assert Event.resolve_by_type.__module__ == "bot.patches.event_class_lookup"
    assert RemoteAction._action_call_format.__module__ == "bot.patches.action_call_events"

    assert rasa.core.run.load_agent_on_start.__module__ == "bot.patches.gc_freeze"
    model = [object() for _ in range(1000)]

    async def load(path: str) -> tuple[str, str]:
        return ("agent", path)

    assert gc.get_freeze_count() == 0
    assert asyncio.run(freezing_after(load)("m.tar.gz")) == ("agent", "m.tar.gz")
    assert gc.get_freeze_count() > len(model)
    assert before == after, [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    assert after[0] is True and all(str(o).startswith("ValidationError") for o in after[1:4]), after
    assert len(NAMES) > 20 and after.count(UserUttered) == 4, after  # "user", and the default
