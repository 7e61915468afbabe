"""One conversation, one replica: nginx reads the sender from the REST body and sends all of its
messages to the same Rasa replica (Rasa Open Source 3.6's Redis lock store alone does not keep two
replicas from handling one conversation at once, RasaHQ/rasa#9213), so a burst from one sender
lands in the tracker once per message, in the order sent, each turn whole."""

import json
import re
import threading
import time
import urllib.request
import uuid
from collections import defaultdict

import pytest

from stack.production import ProductionStack
from tests.production.client import ZH_AMOUNT, Citizen, Sent, post, tracker_events

pytestmark = pytest.mark.production

ROUTED = re.compile(r" POST (?P<uri>\S+) sender=(?P<sender>\S+) upstream=(?P<upstream>\S+) ")


def routes(production: ProductionStack) -> dict[str, set[str]]:
    """sender -> the replicas nginx sent its REST messages to, from nginx's access log."""
    seen: dict[str, set[str]] = defaultdict(set)
    log = production.config.log_dir / "nginx-access.log"
    for line in log.read_text().splitlines():
        match = ROUTED.search(line)
        if match and match["uri"] == "/webhooks/rest/webhook":
            seen[match["sender"]].add(match["upstream"])
    return seen


def test_each_sender_stays_on_one_replica_and_senders_spread_over_both(
    production: ProductionStack,
) -> None:
    senders = [f"route-{uuid.uuid4()}" for _ in range(16)]
    for text in ("你好", "hi", "我想查一下能领哪些生育补贴"):
        for sender in senders:
            assert post(production.url, sender, text).status == 200
    seen = routes(production)
    assert all(len(seen[sender]) == 1 for sender in senders), {s: seen[s] for s in senders}
    replicas = {f"{production.config.host}:{port}" for port in production.config.ports.rasa}
    used = set().union(*(seen[sender] for sender in senders))
    assert used == replicas


def test_the_web_app_chat_is_routed_by_sender_too(production: ProductionStack) -> None:
    sender = f"webroute-{uuid.uuid4().hex[:12]}"
    for text in ("你好", "我想查一下能领哪些生育补贴", "济南户口"):
        body = json.dumps({"sender": sender, "message": text}).encode()
        request = urllib.request.Request(
            f"{production.url}/api/v1/chat", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == 200
    assert len(routes(production)[sender]) == 1


BURST = [
    "我想查一下能领哪些生育补贴",
    "济南户口",
    "两个孩子，老大2019年3月10日出生",
    "老二2025年1月10日出生",
    "居民医保",
    "什么是出生一件事?",
    "陪产假有多少天？",
    "产假有多少天？",
]


def test_a_burst_from_one_sender_is_stored_once_per_message_in_order(
    production: ProductionStack,
) -> None:
    citizen = Citizen(production.url)
    results: list[Sent | None] = [None] * len(BURST)

    def fire(index: int) -> None:
        results[index] = post(production.url, citizen.sender, BURST[index])

    # Back to back, without waiting for any answer: each message leaves 30 ms after the one
    # before it, long before the one before it is answered.
    threads = [threading.Thread(target=fire, args=(i,)) for i in range(len(BURST))]
    for thread in threads:
        thread.start()
        time.sleep(0.03)
    for thread in threads:
        thread.join(timeout=120)
    assert [r.status if r else None for r in results] == [200] * len(BURST)

    events = tracker_events(production.tracker_db_url, citizen.sender)
    assert [d["text"] for kind, _, d in events if kind == "user"] == BURST
    # Each turn is whole: the events after one message end with the bot listening again before
    # the next message starts (no two turns interleaved).
    turns: list[list[tuple[str, str | None]]] = []
    for kind, action, _ in events:
        if kind == "user":
            turns.append([])
        if turns:
            turns[-1].append((kind, action))
    for turn in turns:
        assert turn[-1] == ("action", "action_listen"), turn

    # The facts of the burst add up: the answer counts both children and the insurance.
    answer = ""
    for _ in range(8):
        answer = citizen.say("不知道").text_replies
        if ZH_AMOUNT in answer:
            break
    assert ZH_AMOUNT in answer
