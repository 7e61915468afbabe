"""A patch of Rasa's internals refuses to install, naming itself, when Rasa is not the pinned
version or a target is missing or takes other parameters; the server then prints one line and
exits non-zero. Every registered patch's targets are as expected in the installed Rasa."""

import re
from pathlib import Path

import pytest
import rasa
from rasa.core.agent import Agent
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

import bot.patches
import bot.server
from bot.patches import PATCHES, RASA_VERSION, Patch, PatchError, Target, install_all
from bot.patches.base import installed

ROOT = Path(__file__).resolve().parents[2]


class Owner:
    """Stands for a Rasa class whose method a patch replaces."""

    def method(self, result: dict[str, object]) -> bool:
        return True


def replaced(_self: Owner, result: dict[str, object]) -> bool:
    return False


def test_the_version_is_the_one_bot_requirements_pins() -> None:
    pinned = re.search(r"^rasa==(\S+)$", (ROOT / "bot/requirements.txt").read_text(), re.M)
    assert pinned and pinned.group(1) == RASA_VERSION == rasa.__version__


@pytest.mark.parametrize("patch", PATCHES, ids=lambda patch: patch.name)
def test_every_target_is_as_the_patch_expects(patch: Patch) -> None:
    patch.check()  # raises PatchError otherwise


def test_every_patch_has_its_own_name() -> None:
    names = [patch.name for patch in PATCHES]
    assert len(set(names)) == len(names) == 8


def guarded(owner: type, attribute: str, parameters: tuple[str, ...]) -> Patch:
    def apply() -> None:
        owner.method = replaced  # type: ignore[attr-defined]

    return Patch("demo", (Target(owner, attribute, parameters),), apply)


def test_a_missing_target_refuses_to_install() -> None:
    class Moved(Owner):
        pass

    patch = guarded(Moved, "renamed_method", ("self", "result"))
    with pytest.raises(PatchError) as refused:
        patch.install()
    assert str(refused.value) == (
        "patch 'demo' refused to install: "
        "tests.bot.test_patch_guard.test_a_missing_target_refuses_to_install.<locals>.Moved"
        ".renamed_method no longer exists (see bot/patches/README.md)"
    )
    assert refused.value.patch == "demo" and "demo" not in installed()
    assert Moved.method is Owner.method  # nothing replaced


def test_a_changed_signature_refuses_to_install() -> None:
    class Changed:
        def method(self, result: object, strict: bool) -> bool:
            return True

    original = Changed.method
    patch = guarded(Changed, "method", ("self", "result"))
    with pytest.raises(PatchError, match=r"patch 'demo' refused to install: .*Changed\.method "
                       r"takes \(self, result, strict\), expected \(self, result\)"):  # fmt: skip
        patch.install()
    assert Changed.method is original


def test_another_rasa_version_refuses_to_install() -> None:
    class Same(Owner):
        pass

    patch = guarded(Same, "method", ("self", "result"))
    with pytest.raises(PatchError, match=r"patch 'demo' refused to install: written for Rasa "
                       r"3\.6\.21 \(bot/requirements\.txt\), found Rasa 3\.7\.0"):  # fmt: skip
        patch.install(rasa_version="3.7.0")
    assert "method" not in vars(Same)


def test_install_all_checks_every_patch_before_replacing_anything(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class First(Owner):
        pass

    class Second(Owner):
        pass

    good = guarded(First, "method", ("self", "result"))
    bad = Patch("broken", (Target(Second, "gone", ("self",)),), lambda: None)
    monkeypatch.setattr(bot.patches, "PATCHES", (good, bad))
    with pytest.raises(PatchError, match="patch 'broken'"):
        install_all()
    assert "method" not in vars(First) and not installed() & {"demo", "broken"}


def test_the_server_prints_one_line_and_exits_when_a_patch_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse() -> None:
        raise PatchError(
            "resends", "rasa.core.processor.MessageProcessor.handle_message no longer exists"
        )

    monkeypatch.setattr(bot.server, "install_all", refuse)
    with pytest.raises(SystemExit) as exited:
        bot.server.main()
    assert exited.value.code == bot.server.EXIT_PATCH_REFUSED != 0
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "bot.server: patch 'resends' refused to install: "
        "rasa.core.processor.MessageProcessor.handle_message no longer exists "
        "(see bot/patches/README.md)"
    ]


class Broken(InMemoryTrackerStore):
    """A tracker store whose database is down."""

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        raise ConnectionError("database down")


def test_the_failsafe_patch_lets_a_store_failure_through(rasa_unpatched: None) -> None:
    import asyncio

    domain = Domain.empty()
    rasas = Agent._create_tracker_store(Broken(domain), domain)
    assert isinstance(rasas, FailSafeTrackerStore)
    assert asyncio.run(rasas.retrieve("family")) is None  # Rasa: as if there were no conversation
    install_all()
    ours = Agent._create_tracker_store(Broken(domain), domain)
    assert isinstance(ours, FailSafeTrackerStore)
    with pytest.raises(ConnectionError, match="database down"):
        asyncio.run(ours.retrieve("family"))
