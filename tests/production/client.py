"""A REST client of the production profile that keeps what happened to every message, and the
checks of its conversations against the tracker store in PostgreSQL."""

import json
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import yaml

from tests.replies import is_result

ROOT = Path(__file__).resolve().parents[2]


def _responses(domain_file: str, name: str) -> tuple[str, ...]:
    """The texts of the bot's response `name` (bot/domain/), if it has them."""
    path = ROOT / "bot" / "domain" / domain_file
    if not path.exists():
        return ()
    responses = yaml.safe_load(path.read_text())["responses"]
    return tuple(v["text"] for v in responses.get(name, []))


RESEND_REQUESTS = _responses("service.yml", "utter_service_unavailable")  # "send it again"


@dataclass
class Sent:
    text: str
    message_id: str  # the same for every attempt of one message
    status: int  # 0: no HTTP answer at all
    replies: list[dict[str, Any]]
    started: float  # time.monotonic()

    @property
    def text_replies(self) -> str:
        return "\n".join(str(r.get("text", "")) for r in self.replies)

    @property
    def handled(self) -> bool:
        """Acknowledged and answered (not 'please send it again')."""
        return self.status == 200 and not any(r in self.text_replies for r in RESEND_REQUESTS)


def post(
    url: str, sender: str, text: str, message_id: str | None = None, timeout: float = 60
) -> Sent:
    message_id = message_id or uuid.uuid4().hex
    body = json.dumps({"sender": sender, "message": text, "message_id": message_id}).encode()
    request = urllib.request.Request(
        f"{url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Sent(text, message_id, response.status, _json_list(response.read()), started)
    except urllib.error.HTTPError as err:
        return Sent(text, message_id, err.code, _json_list(err.read()), started)
    except OSError:
        return Sent(text, message_id, 0, [], started)


def _json_list(raw: bytes) -> list[dict[str, Any]]:
    try:
        loaded = json.loads(raw)
    except ValueError:
        return []
    return [r for r in loaded if isinstance(r, dict)] if isinstance(loaded, list) else []


@dataclass
class Citizen:
    """One sender; every attempt is kept, in order."""

    url: str
    sender: str = field(default_factory=lambda: f"prod-{uuid.uuid4()}")
    log: list[Sent] = field(default_factory=list)

    def send(self, text: str, message_id: str | None = None) -> Sent:
        sent = post(self.url, self.sender, text, message_id)
        self.log.append(sent)
        return sent

    def say(self, text: str, attempts: int = 8) -> Sent:
        """Send until handled, as the chat page does after an error or a 'please send it again':
        with the same message id, so a turn stored before its reply was lost is not run twice."""
        message_id = uuid.uuid4().hex
        for _ in range(attempts):
            sent = self.send(text, message_id)
            if sent.handled:
                return sent
            time.sleep(0.5)
        raise AssertionError(f"{self.sender}: {text!r} not handled after {attempts} attempts")

    def converse(self, opening: list[str], filler: str, max_turns: int = 12) -> str:
        """The opening lines, then `filler` to each question until the result; the result."""
        last = ""
        for text in opening:
            last = self.say(text).text_replies
        for _ in range(max_turns):
            if is_result(last):
                return last
            last = self.say(filler).text_replies
        raise AssertionError(f"{self.sender}: no result after {max_turns} answers")


ZH_OPENING = [
    "你好",
    "我想查一下能领哪些生育补贴",
    "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生，居民医保",
]
EN_OPENING = [
    "hi",
    "what benefits can we get?",
    "We live in Jinan with Jinan hukou. Two kids: born 2018-05-05 and 2024-11-11.",
]
ZH_AMOUNT = "第2个孩子：600元/月，至2028年1月10日，共21,600元"
EN_AMOUNT = "child 2: 600 yuan/month, until 11 Nov 2027, 21,600 yuan in total"


def full_conversation(citizen: Citizen, english: bool) -> None:
    opening, filler, amount = (
        (EN_OPENING, "skip", EN_AMOUNT) if english else (ZH_OPENING, "不知道", ZH_AMOUNT)
    )
    answer = citizen.converse(opening, filler)
    if amount not in answer:
        said = [(s.text, s.status, s.text_replies[:120]) for s in citizen.log]
        raise AssertionError(f"{citizen.sender}: the answer lacks {amount!r}: {said}")


class Load:
    """`workers` threads, each running full conversations (Chinese and English in turn) with
    new senders until stopped; what every citizen sent is kept for the checks."""

    def __init__(self, url: str, workers: int) -> None:
        self.url = url
        self.citizens: list[Citizen] = []
        self.finished: list[tuple[Citizen, float]] = []  # each with time.monotonic() at its end
        self.errors: list[str] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads = [
            threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(workers)
        ]

    def __enter__(self) -> "Load":
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=180)

    def _run(self, worker: int) -> None:
        english = worker % 2 == 1
        while not self._stop.is_set():
            citizen = Citizen(self.url)
            with self._lock:
                self.citizens.append(citizen)
            try:
                full_conversation(citizen, english)
            except AssertionError as err:
                with self._lock:
                    self.errors.append(str(err))
                return
            with self._lock:
                self.finished.append((citizen, time.monotonic()))
            english = not english

    def finished_after(self, moment: float) -> int:
        with self._lock:
            return sum(1 for _, end in self.finished if end > moment)

    def wait_finished_after(self, moment: float, count: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while self.finished_after(moment) < count:
            if self.errors:
                raise AssertionError("; ".join(self.errors))
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{self.finished_after(moment)} of {count} conversations finished in "
                    f"{timeout:.0f} s"
                )
            time.sleep(0.2)


def tracker_events(db_url: str, sender: str) -> list[tuple[str, str | None, dict[str, Any]]]:
    """(type, action name, data) of every event of a conversation, in the order stored."""
    with psycopg.connect(db_url) as conn:
        rows = conn.execute(
            "SELECT type_name, action_name, data FROM events WHERE sender_id = %s ORDER BY id",
            (sender,),
        ).fetchall()
    return [(str(kind), action, json.loads(data)) for kind, action, data in rows]


def user_texts(db_url: str, sender: str) -> list[str]:
    return [d["text"] for kind, _, d in tracker_events(db_url, sender) if kind == "user"]


def user_message_ids(db_url: str, sender: str) -> list[str]:
    return [d["message_id"] for kind, _, d in tracker_events(db_url, sender) if kind == "user"]


def is_subsequence(part: list[str], whole: list[str]) -> bool:
    rest = iter(whole)
    return all(item in rest for item in part)


def check_no_turn_lost_or_doubled(db_url: str, citizen: Citizen) -> None:
    """Every acknowledged message (200) is in the tracker, in order, and nothing is there that
    was never sent. A message sent again (same id) is stored once, or once more after each
    "please send it again" the assistant answered to it."""
    stored = user_message_ids(db_url, citizen.sender)
    acknowledged = [s.message_id for s in citizen.log if s.status == 200]
    sent = [s.message_id for s in citizen.log]
    texts = {s.message_id: s.text for s in citizen.log}
    assert is_subsequence(list(dict.fromkeys(acknowledged)), stored), (
        f"{citizen.sender}: acknowledged turns missing from the tracker\n"
        f"acknowledged {[texts[i] for i in acknowledged]}\n"
        f"stored {user_texts(db_url, citizen.sender)}"
    )
    assert is_subsequence(stored, sent), (
        f"{citizen.sender}: the tracker holds turns never sent\n"
        f"sent {[texts[i] for i in sent]}\nstored {user_texts(db_url, citizen.sender)}"
    )
    for message_id in set(stored):
        asked_again = sum(
            1
            for s in citizen.log
            if s.message_id == message_id and s.status == 200 and not s.handled
        )
        assert stored.count(message_id) <= 1 + asked_again, (
            f"{citizen.sender}: {texts[message_id]!r} handled {stored.count(message_id)} times"
        )
