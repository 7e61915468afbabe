"""Simulated citizens in one asyncio loop: each holds full conversations over Rasa's REST channel,
one message at a time, waiting a think time after each reply (a closed loop), and records every
latency, every failure and what it said, for the figures and the tracker-store check."""

import asyncio
import json
import math
import random
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from bench.load_check import Turn
from bench.load_scripts import Script, Step

REST_PATH = "/webhooks/rest/webhook"

# Kinds of error, as printed. Each failed request counts once; a conversation whose reply lacks
# what its script expects counts once per such reply.
ERROR_KINDS = (
    "http_status",  # an answer other than 200
    "timeout",  # no answer within the timeout
    "connection",  # refused, reset, closed
    "bad_body",  # 200, but not Rasa's list of messages
    "no_reply",  # 200 with no message at all
    "apology",  # 200, but the bot says part of the system did not respond: send it again
    "wrong_reply",  # a reply without what the script expects (amount, date, clause)
    "no_result",  # the result never came within the step's `at_most` messages
)


@dataclass
class Conversation:
    """One conversation of one citizen: what it said, and whether it ran to its end."""

    sender: str
    script: str
    turns: list[Turn] = field(default_factory=list)
    finished: bool = False  # every step done (wrong replies included)
    failed: bool = False  # a request failed: the citizen gave up this conversation


@dataclass
class RunResult:
    label: str
    citizens: int
    think: float
    elapsed: float = 0.0  # from the start to the last acknowledged reply
    last_reply: float = 0.0  # time.monotonic() of the last acknowledged reply
    latencies: list[float] = field(default_factory=list)  # seconds, acknowledged messages only
    errors: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)  # the first few errors, in words
    conversations: list[Conversation] = field(default_factory=list)

    @property
    def messages(self) -> int:
        return len(self.latencies)

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def rate(self) -> float:
        return self.messages / self.elapsed if self.elapsed > 0 else 0.0

    def percentile(self, q: float) -> float:
        return percentile(self.latencies, q)

    def error(self, kind: str, example: str) -> None:
        self.errors[kind] += 1
        if len(self.examples) < 10:
            self.examples.append(f"{kind}: {example}")

    def summary(self) -> dict[str, Any]:
        finished = sum(c.finished for c in self.conversations)
        return {
            "label": self.label,
            "citizens": self.citizens,
            "think_s": self.think,
            "elapsed_s": round(self.elapsed, 2),
            "messages": self.messages,
            "messages_per_s": round(self.rate, 2),
            "p50_ms": _ms(self.percentile(50)),
            "p95_ms": _ms(self.percentile(95)),
            "p99_ms": _ms(self.percentile(99)),
            "max_ms": _ms(max(self.latencies, default=math.nan)),
            "conversations": len(self.conversations),
            "conversations_finished": finished,
            "errors": self.error_count,
            "errors_by_kind": {k: self.errors[k] for k in ERROR_KINDS if self.errors[k]},
            "error_examples": list(self.examples),
        }


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def _ms(seconds: float) -> float | None:
    return None if math.isnan(seconds) else round(seconds * 1000, 1)


@dataclass(frozen=True)
class LoadPlan:
    """How hard and how long: N citizens, think time, and a duration or K conversations each."""

    citizens: int
    think: float
    duration: float | None = None  # seconds; citizens stop at the next message after it
    conversations_per_citizen: int | None = None
    timeout: float = 10.0  # per request
    seed: int = 0
    apologies: tuple[str, ...] = ()  # replies that mean "not handled, send it again"

    def __post_init__(self) -> None:
        if self.citizens < 1:
            raise ValueError(f"citizens must be at least 1, got {self.citizens}")
        if self.think < 0:
            raise ValueError(f"think time must not be negative, got {self.think}")
        if (self.duration is None) == (self.conversations_per_citizen is None):
            raise ValueError("give either a duration or a number of conversations per citizen")
        if self.duration is not None and self.duration <= 0:
            raise ValueError(f"duration must be positive, got {self.duration}")
        if self.conversations_per_citizen is not None and self.conversations_per_citizen < 1:
            raise ValueError("conversations per citizen must be at least 1")
        if self.timeout <= 0:
            raise ValueError(f"timeout must be positive, got {self.timeout}")


class _Citizen:
    def __init__(
        self,
        index: int,
        client: httpx.AsyncClient,
        url: str,
        scripts: Sequence[Script],
        plan: LoadPlan,
        result: RunResult,
        sender_prefix: str,
        deadline: float | None,
    ) -> None:
        self.index = index
        self.client = client
        self.endpoint = url.rstrip("/") + REST_PATH
        self.scripts = scripts
        self.plan = plan
        self.result = result
        self.prefix = sender_prefix
        self.deadline = deadline

    def time_up(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    async def live(self) -> None:
        # Spread the first messages over one think time, as citizens do not arrive together.
        rng = random.Random(self.plan.seed * 100_003 + self.index)
        await asyncio.sleep(rng.uniform(0, self.plan.think))
        held = 0
        limit = self.plan.conversations_per_citizen
        while (limit is None or held < limit) and not self.time_up():
            script = self.scripts[(self.index + held) % len(self.scripts)]
            conversation = Conversation(f"{self.prefix}{self.index}-{held}", script.name)
            self.result.conversations.append(conversation)
            await self.converse(script, conversation)
            held += 1

    async def converse(self, script: Script, conversation: Conversation) -> None:
        last = ""
        for step in script.steps:
            outcome = await self.step(step, conversation, last)
            if outcome is None:
                return  # the request failed, or time is up: this conversation ends here
            last = outcome
        conversation.finished = True

    async def step(self, step: Step, conversation: Conversation, last: str = "") -> str | None:
        """Send the step's message (again, with `until`); the reply checked, or None to stop.
        A step with `until` that the last reply already answers (the result came one question
        early) is not sent: its `expect` applies to that reply."""
        if step.until is not None and step.until in last:
            self._check(step, conversation, last)
            return last
        for _ in range(step.at_most):
            if self.time_up():
                return None
            reply = await self.say(step.say, conversation)
            await asyncio.sleep(self.plan.think)
            if reply is None:
                return None
            if step.until is None or step.until in reply:
                self._check(step, conversation, reply)
                return reply
        self.result.error(
            "no_result",
            f"{conversation.sender} ({conversation.script}): no reply with {step.until!r} "
            f"after {step.at_most} x {step.say!r}",
        )
        return ""  # go on with the next steps: the load stays the same

    def _check(self, step: Step, conversation: Conversation, reply: str) -> None:
        missing = [e for e in step.expect if e not in reply]
        if missing:
            self.result.error(
                "wrong_reply",
                f"{conversation.sender} ({conversation.script}) said {step.say!r}; "
                f"the reply lacks {missing[0]!r}: {_short(reply)}",
            )

    async def say(self, text: str, conversation: Conversation) -> str | None:
        """POST one message; the replies' text joined, or None when the request failed."""
        # An id per message, as the chat page sends (bot/resends.py looks it up in the turn).
        body = {"sender": conversation.sender, "message": text, "message_id": uuid.uuid4().hex}
        where = f"{conversation.sender} said {text!r}"
        started = time.perf_counter()
        try:
            response = await self.client.post(self.endpoint, json=body)
        except httpx.TimeoutException:
            self._failed(conversation, text, "timeout", f"{where}: no answer in time")
            return None
        except httpx.TransportError as err:
            self._failed(conversation, text, "connection", f"{where}: {err!r}")
            return None
        latency = time.perf_counter() - started
        if response.status_code != 200:
            detail = f"{where}: HTTP {response.status_code} {_body(response)}"
            self._failed(conversation, text, "http_status", detail)
            return None
        replies = _replies(response.content)
        if replies is None:
            detail = f"{where}: not a list of messages: {_body(response)}"
            self._failed(conversation, text, "bad_body", detail)
            return None
        conversation.turns.append(Turn(text, acknowledged=True))
        self.result.latencies.append(latency)
        self.result.last_reply = time.monotonic()
        if not replies:
            self.result.error("no_reply", f"{where}: the bot sent nothing back")
        joined = "\n".join(replies)
        if any(apology in joined for apology in self.plan.apologies):
            self.result.error("apology", f"{where}: {_short(joined)}")
        return joined

    def _failed(self, conversation: Conversation, text: str, kind: str, detail: str) -> None:
        """Record a failed request; the turn may or may not have reached the tracker store."""
        conversation.turns.append(Turn(text, acknowledged=False))
        conversation.failed = True
        self.result.error(kind, detail)


def _replies(content: bytes) -> list[str] | None:
    """The text of each message in Rasa's REST answer ("" for a custom payload)."""
    try:
        parsed: Any = json.loads(content)
    except ValueError:
        return None
    if not isinstance(parsed, list) or not all(isinstance(m, dict) for m in parsed):
        return None
    return [str(m.get("text", "")) for m in parsed]


def _body(response: httpx.Response) -> str:
    return _short(response.content.decode(errors="replace"))


def _short(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


async def run_load(
    url: str,
    scripts: Sequence[Script],
    plan: LoadPlan,
    sender_prefix: str,
    label: str = "load",
) -> RunResult:
    """Run the plan's citizens against the REST channel at url until done; the figures."""
    if not scripts:
        raise ValueError("no conversations to hold")
    result = RunResult(label=label, citizens=plan.citizens, think=plan.think)
    limits = httpx.Limits(max_connections=plan.citizens, max_keepalive_connections=plan.citizens)
    timeout = httpx.Timeout(plan.timeout, connect=min(plan.timeout, 10.0))
    async with httpx.AsyncClient(limits=limits, timeout=timeout, trust_env=False) as client:
        started = time.monotonic()
        deadline = started + plan.duration if plan.duration is not None else None
        citizens = [
            _Citizen(i, client, url, scripts, plan, result, sender_prefix, deadline)
            for i in range(plan.citizens)
        ]
        await asyncio.gather(*(c.live() for c in citizens))
        # Not counting the think time after the last reply: messages per second of the run.
        result.elapsed = (result.last_reply or time.monotonic()) - started
    return result
