"""What every patch of Rasa's internals checks before it replaces anything.

A patch names its targets (a method or function of Rasa, with the parameters it had when the
replacement was written and measured). Installing it checks that Rasa is the version
bot/requirements.txt pins and that each target still exists with those parameters; otherwise
it raises PatchError naming the patch and the problem, and the server does not start
(bot/server.py). A patch installed once is not installed again."""

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import rasa

# The version every patch was written against and measured on: bot/requirements.txt pins it
# (tests/bot/test_patch_guard.py checks that the two agree).
RASA_VERSION = "3.6.21"

_installed: set[str] = set()


class PatchError(RuntimeError):
    """A patch cannot be installed; the message names the patch and what is wrong."""

    def __init__(self, patch: str, problem: str) -> None:
        super().__init__(
            f"patch {patch!r} refused to install: {problem} (see bot/patches/README.md)"
        )
        self.patch = patch
        self.problem = problem


@dataclass(frozen=True)
class Target:
    """A function of Rasa a patch replaces or relies on, with its expected parameter names."""

    owner: type | ModuleType
    attribute: str
    parameters: tuple[str, ...]

    def where(self) -> str:
        if isinstance(self.owner, ModuleType):
            return f"{self.owner.__name__}.{self.attribute}"
        return f"{self.owner.__module__}.{self.owner.__qualname__}.{self.attribute}"

    def check(self, patch: str) -> None:
        """Raise PatchError unless the target exists and takes the expected parameters."""
        found = getattr(self.owner, self.attribute, None)
        if found is None or not callable(found):
            raise PatchError(patch, f"{self.where()} no longer exists")
        try:
            parameters = tuple(inspect.signature(found).parameters)
        except (TypeError, ValueError):
            raise PatchError(patch, f"the signature of {self.where()} cannot be read") from None
        if parameters != self.parameters:
            raise PatchError(
                patch,
                f"{self.where()} takes ({', '.join(parameters)}), "
                f"expected ({', '.join(self.parameters)})",
            )


def check_rasa_version(patch: str, version: str) -> None:
    if version != RASA_VERSION:
        raise PatchError(
            patch, f"written for Rasa {RASA_VERSION} (bot/requirements.txt), found Rasa {version}"
        )


@dataclass(frozen=True)
class Patch:
    """One replacement of Rasa internals: its name, its targets, and how to apply it."""

    name: str
    targets: tuple[Target, ...]
    apply: Callable[[], None]

    def check(self, rasa_version: str | None = None) -> None:
        """Raise PatchError unless Rasa is the pinned version and every target is as expected."""
        check_rasa_version(self.name, rasa.__version__ if rasa_version is None else rasa_version)
        for target in self.targets:
            target.check(self.name)

    def install(self, rasa_version: str | None = None) -> None:
        """Check, then apply; a no-op once installed."""
        if self.name in _installed:
            return
        self.check(rasa_version)
        self.apply()
        _installed.add(self.name)


def installed() -> frozenset[str]:
    """The names of the patches installed in this process."""
    return frozenset(_installed)


def forget_installed() -> None:
    """For tests that restore Rasa's own functions: the patches may be installed again."""
    _installed.clear()


def no_change() -> None:
    """The apply step of a patch that only checks what a subclass of ours relies on."""


def replace(owner: Any, attribute: str, replacement: Any) -> None:
    """Set `owner.attribute` (a patch's apply step), keeping the line greppable."""
    setattr(owner, attribute, replacement)
