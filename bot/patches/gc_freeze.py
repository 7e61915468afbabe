"""The loaded model frozen out of Python's garbage collector.

Once the model is loaded, the process holds about half a million long-lived objects (the model,
TensorFlow, spaCy tables), and every full collection of Python's garbage collector walked them
all: 200 ms with the event loop stopped, every conversation waiting. The loaded objects are
frozen out of the collector (`gc.freeze`) after Rasa's `load_agent_on_start`; what turns create
is collected as usual. (A model swapped in later through Rasa's HTTP API, which this project
keeps off, would leave the cycles of the old one uncollected.)"""

import gc
from collections.abc import Callable, Coroutine
from typing import Any

import rasa.core.run

from bot.patches.base import Patch, Target, replace


def freezing_after(
    load: Callable[..., Coroutine[Any, Any, Any]],
) -> Callable[..., Coroutine[Any, Any, Any]]:
    """`load` (Rasa's load_agent_on_start), then everything alive frozen out of the collector."""

    async def load_agent_on_start(*args: Any, **kwargs: Any) -> Any:
        agent = await load(*args, **kwargs)
        gc.collect()
        gc.freeze()
        return agent

    return load_agent_on_start


def _apply() -> None:
    replace(rasa.core.run, "load_agent_on_start", freezing_after(rasa.core.run.load_agent_on_start))


PATCH = Patch(
    name="gc_freeze",
    targets=(
        Target(
            rasa.core.run,
            "load_agent_on_start",
            ("model_path", "endpoints", "remote_storage", "app", "loop"),
        ),
    ),
    apply=_apply,
)
