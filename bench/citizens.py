"""Citizen conversations played over REST (issue 13): how many questions the assistant asks
before its first correct answer, and whether every follow-up reply says what it must.

The conversations are data: tests/conversations/citizens.yaml (its header gives the format).
Each conversation sends its opening messages; each household question the assistant asks is
answered from the conversation's `facts` and counted; the first reply that holds every `answer`
substring ends the count. Then the `then` turns are played and checked.

    python -m bench.citizens                  # starts the assistant, plays all, prints figures
    python -m bench.citizens --url http://127.0.0.1:5005   # against a running Rasa server
    python -m bench.citizens --smoke          # the first three conversations

Prints one line per conversation (questions asked, its bound, what failed) and the median and
maximum number of questions. Exit status 1 when a conversation fails."""

import argparse
import json
import statistics
import sys
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONVERSATIONS = ROOT / "tests" / "conversations" / "citizens.yaml"
MAX_TURNS = 15
HEADLINE_LINES = 5
RESULT_MARKERS = ("您家目前可以享受", "your family can get")
# The assistant's household questions, by the fact each asks (a line ending in a question mark
# that holds one of these words). The offer to go on after the money is answered with yes.
QUESTIONS: dict[str, tuple[str, ...]] = {
    "city": ("哪个城市", "Which city"),
    "hukou_in_city": ("户口在这个城市", "hukou (household registration)"),
    "children_heights": ("多高", "How tall"),
    "birth_insurance": ("哪种保险", "Which insurance"),
    "hardship_at_birth": ("低保", "dibao"),
    "housing_fund_contributors": ("几个人在缴", "How many people in your family pay"),
    "buying_first_home": ("第一套", "first home"),
    "owns_home_in_city": ("有自己的住房", "own a home"),
    "renting": ("租房住吗", "renting your home"),
    "children": ("几个孩子", "出生的？", "哪年哪月", "How many children", "born", "exact date"),
    "due_date": ("预产期", "due date"),
    "go_on": ("要继续吗", "Shall I go on"),
}
YES = {"zh": "好的，继续", "en": "yes please"}

Send = Callable[[str, str], list[str]]


def _figure_said(wanted: str, said: str) -> bool:
    """Whether `said` holds `wanted`, a figure written with or without thousands separators
    (3,000 or 3000: a Chinese summary writes 3000元)."""
    return wanted in said or wanted.replace(",", "") in said.replace(",", "")


def rest_sender(base: str) -> Send:
    """A function (sender id, text) -> the assistant's text replies, over the REST channel."""

    def send(sender: str, text: str) -> list[str]:
        body = json.dumps({"sender": sender, "message": text}).encode()
        request = urllib.request.Request(
            f"{base}/webhooks/rest/webhook",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            replies = json.loads(response.read())
        return [r["text"] for r in replies if r.get("text")]

    return send


def asked_fact(messages: list[str]) -> str | None:
    """The household fact the reply asks for, or None when it asks none."""
    for message in reversed(messages):
        for line in reversed(message.splitlines()):
            line = line.strip()
            if "？" not in line and "?" not in line:
                continue
            for fact, words in QUESTIONS.items():
                if any(w in line for w in words):
                    return fact
    return None


@dataclass
class Outcome:
    """One conversation played: questions before the answer (None: never answered), what
    failed, and the transcript."""

    name: str
    questions: int | None = None
    known_gap: str = ""
    bound: int = 0
    failures: list[str] = field(default_factory=list)
    transcript: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def _headline_failure(messages: list[str]) -> str | None:
    """A result headline (with what follows it in the reply) longer than five lines."""
    for i, message in enumerate(messages):
        if any(marker in message for marker in RESULT_MARKERS):
            lines = [ln for m in messages[i:] for ln in m.splitlines() if ln.strip()]
            if len(lines) > HEADLINE_LINES:
                return f"the result headline has {len(lines)} lines (at most {HEADLINE_LINES})"
    return None


def play(conversation: dict[str, Any], send: Send) -> Outcome:
    """Play `conversation` (one entry of citizens.yaml) through `send`."""
    outcome = Outcome(
        conversation["name"],
        bound=int(conversation.get("max_questions", 0)),
        known_gap=str(conversation.get("known_gap") or ""),
    )
    sender = f"citizen-{uuid.uuid4()}"
    facts: dict[str, str] = {k: str(v) for k, v in (conversation.get("facts") or {}).items()}
    lang = conversation.get("language", "zh")
    wanted = [str(a) for a in conversation.get("answer") or []]

    def say(text: str) -> list[str]:
        replies = send(sender, text)
        outcome.transcript.append((text, replies))
        failure = _headline_failure(replies)
        if failure and failure not in outcome.failures:
            outcome.failures.append(failure)
        return replies

    replies: list[str] = []
    for text in conversation.get("says") or []:
        replies = say(str(text))
    asked = 0
    for _ in range(MAX_TURNS):
        said = "\n".join(replies)
        if all(_figure_said(w, said) for w in wanted):
            outcome.questions = asked
            break
        fact = asked_fact(replies)
        if fact is None:
            outcome.failures.append(f"no answer with {wanted} and no known question: {said!r}")
            return outcome
        answer = YES[lang] if fact == "go_on" else facts.get(fact)
        if answer is None:
            outcome.failures.append(f"asked {fact!r}, which this citizen has no answer for")
            return outcome
        asked += 1
        replies = say(answer)
    else:
        outcome.failures.append(f"no answer with {wanted} after {MAX_TURNS} turns")
        return outcome
    if asked > outcome.bound:
        outcome.failures.append(f"{asked} questions before the answer (at most {outcome.bound})")
    for turn in conversation.get("then") or []:
        said = "\n".join(say(str(turn["say"])))
        missing = [w for w in turn.get("expect") or [] if str(w) not in said]
        present = [w for w in turn.get("refuse") or [] if str(w) in said]
        if missing or present:
            outcome.failures.append(
                f"to {turn['say']!r}: missing {missing}, must not say {present}: {said!r}"
            )
    return outcome


def load(path: Path = CONVERSATIONS) -> list[dict[str, Any]]:
    """The conversations of `path`, each with a unique name and opening messages."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    conversations = data["conversations"]
    names = [c["name"] for c in conversations]
    duplicated = {n for n in names if names.count(n) > 1}
    if duplicated:
        raise ValueError(f"{path}: conversation names used twice: {sorted(duplicated)}")
    return list(conversations)


def report(outcomes: list[Outcome]) -> str:
    """One line per conversation, then the median and maximum questions before the answer."""
    lines = []
    for o in outcomes:
        asked = "-" if o.questions is None else str(o.questions)
        status = "ok" if o.ok else "FAIL: " + "; ".join(o.failures)
        if o.known_gap:
            status = ("known gap, now passes: " if o.ok else "known gap: ") + o.known_gap
        lines.append(f"{o.name:48} questions {asked:>2} (bound {o.bound})  {status}")
    counted = [o.questions for o in outcomes if o.questions is not None]
    passed = sum(o.ok for o in outcomes)
    gaps = sum(1 for o in outcomes if o.known_gap and not o.ok)
    lines.append(f"conversations: {len(outcomes)}, passed: {passed}, known gaps: {gaps}")
    if counted:
        lines.append(
            f"questions before the first correct answer: median {statistics.median(counted):g},"
            f" max {max(counted)} (over {len(counted)} answered)"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running Rasa server (default: start the assistant)")
    parser.add_argument("--smoke", action="store_true", help="the first three conversations")
    parser.add_argument("--only", help="conversations whose name contains this")
    parser.add_argument("--transcripts", action="store_true", help="print failed transcripts")
    args = parser.parse_args(argv)
    try:
        conversations = load()
    except (OSError, ValueError, KeyError, yaml.YAMLError) as err:
        print(f"citizens: cannot read the conversations: {err}", file=sys.stderr)
        return 2
    if args.only:
        conversations = [c for c in conversations if args.only in c["name"]]
    if args.smoke:
        conversations = conversations[:3]
    if args.url:
        return _play_all(conversations, rest_sender(args.url.rstrip("/")), args.transcripts)
    from tempfile import TemporaryDirectory

    from stack.config import Ports, StackConfig
    from stack.processes import StartError, free_port
    from stack.services import Stack

    with TemporaryDirectory() as data_dir:
        ports = Ports(rasa=free_port(), actions=free_port(), web=free_port())
        config = StackConfig(
            ports=ports, data_dir=Path(data_dir), today=_today(), logs_to_files=True
        )
        stack = Stack(config)
        try:
            stack.start()
            return _play_all(conversations, rest_sender(stack.rasa_url), args.transcripts)
        except StartError as err:
            print(f"citizens: the assistant did not start: {err}", file=sys.stderr)
            return 2
        finally:
            stack.stop()


def _today() -> str:
    return str(yaml.safe_load(CONVERSATIONS.read_text(encoding="utf-8"))["today"])


def _play_all(conversations: list[dict[str, Any]], send: Send, transcripts: bool) -> int:
    outcomes = []
    for conversation in conversations:
        try:
            outcomes.append(play(conversation, send))
        except (urllib.error.URLError, TimeoutError) as err:
            outcomes.append(Outcome(conversation["name"], failures=[f"REST failed: {err}"]))
    print(report(outcomes))
    if transcripts:
        for o in outcomes:
            if not o.ok:
                print(f"\n--- {o.name}")
                for said, replies in o.transcript:
                    print(f">> {said}")
                    for r in replies:
                        print("   " + r.replace("\n", "\n   "))
    return 0 if all(o.ok or o.known_gap for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
