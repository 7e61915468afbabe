"""Faults under load in the production profile: Redis stopped, PostgreSQL restarted, a Rasa
replica killed with kill -9, then all of them. Conversations continue, no acknowledged turn (an
HTTP 200) is missing from the tracker store, no turn is stored twice, and a message nobody can
take gets a polite 503. A message whose reply was lost, sent again with its id to the other
replica, is answered from PostgreSQL and not handled twice.

After each test the fixture starts again whatever it stopped or killed."""

import re
import time
from collections.abc import Iterator

import pytest

from stack.production import ProductionStack
from tests.production.client import (
    EN_OPENING,
    Citizen,
    Load,
    check_no_turn_lost_or_doubled,
    user_texts,
)

pytestmark = pytest.mark.production

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def stack(production: ProductionStack) -> Iterator[ProductionStack]:
    """The profile, whole again after the test whatever it stopped."""
    yield production
    if not production.redis.running():
        production.start_redis()
    if not production.postgres.running():
        production.start_postgres()
    for index, replica in enumerate(production.replicas):
        if not replica.running():
            production.restart_replica(index)


def test_without_redis_a_message_gets_a_polite_503_and_the_conversation_resumes(
    stack: ProductionStack,
) -> None:
    zh = Citizen(stack.url)
    zh.say("我想查一下能领哪些生育补贴")
    en = Citizen(stack.url)
    en.say("hi, what benefits can we get?")

    stack.stop_redis()
    started = time.monotonic()
    zh_failed = zh.send("济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生，居民医保")
    en_failed = en.send("We live in Jinan with Jinan hukou.")
    assert time.monotonic() - started < 10  # a clear failure, not a hang

    for citizen, failed in ((zh, zh_failed), (en, en_failed)):
        assert failed.status == 503, failed
        assert len(failed.replies) == 1, failed.replies
        assert failed.replies[0]["recipient_id"] == citizen.sender
        assert failed.replies[0]["text"].strip()
        # Nothing of the failed turn was kept: not the message, not half an answer.
        assert failed.text not in user_texts(stack.tracker_db_url, citizen.sender)
    assert CJK.search(zh_failed.replies[0]["text"])  # the apology in the user's language
    assert not CJK.search(en_failed.replies[0]["text"])

    stack.start_redis()
    again = zh.say(zh_failed.text).text_replies
    assert "哪个城市" not in again and again.rstrip().endswith("？")  # the form moved on
    again = en.say(en_failed.text).text_replies
    assert "city" not in again.lower()
    for citizen in (zh, en):
        check_no_turn_lost_or_doubled(stack.tracker_db_url, citizen)
        texts = user_texts(stack.tracker_db_url, citizen.sender)
        assert len(texts) == len(set(texts)) == 2


def test_a_postgresql_restart_under_load_loses_no_acknowledged_turn(
    stack: ProductionStack,
) -> None:
    with Load(stack.url, workers=3) as load:
        load.wait_finished_after(0, count=1, timeout=120)
        stack.restart_postgres()
        back = time.monotonic()
        load.wait_finished_after(back, count=3, timeout=180)
    assert not load.errors, load.errors
    for citizen in load.citizens:
        check_no_turn_lost_or_doubled(stack.tracker_db_url, citizen)
    # Once PostgreSQL is back, the next turns reconnect: none of them fails.
    after = [s for c in load.citizens for s in c.log if s.started > back]
    assert after and all(s.status == 200 for s in after), [
        (s.text, s.status) for s in after if s.status != 200
    ]


def test_kill_9_of_a_rasa_replica_under_load_loses_no_acknowledged_turn(
    stack: ProductionStack,
) -> None:
    with Load(stack.url, workers=4) as load:
        load.wait_finished_after(0, count=2, timeout=120)
        stack.replicas[0].kill()
        killed = time.monotonic()
        # Every worker finishes a whole conversation on the replica left.
        load.wait_finished_after(killed, count=4, timeout=240)
    assert not load.errors, load.errors
    assert not stack.replicas[0].running()
    for citizen in load.citizens:
        check_no_turn_lost_or_doubled(stack.tracker_db_url, citizen)
    # Only messages in flight at the kill may have failed (one per worker at most); nginx sends
    # every later one to the replica left.
    failed = [s for c in load.citizens for s in c.log if s.status != 200]
    assert len(failed) <= 4, [(s.text, s.status) for s in failed]
    assert all(s.started < killed for s in failed), [(s.text, s.status) for s in failed]


def test_with_no_replica_left_nginx_answers_a_polite_503_in_json(stack: ProductionStack) -> None:
    for replica in stack.replicas:
        replica.kill()
    citizen = Citizen(stack.url)
    started = time.monotonic()
    failed = citizen.send("我想查一下能领哪些生育补贴")
    assert time.monotonic() - started < 5
    assert failed.status == 503
    assert len(failed.replies) == 1
    assert failed.replies[0]["recipient_id"] == citizen.sender
    text = failed.replies[0]["text"]
    assert CJK.search(text) and "Sorry" in text  # nginx cannot tell the language: both


def test_a_message_whose_reply_was_lost_is_answered_again_by_the_other_replica(
    stack: ProductionStack,
) -> None:
    """As after a kill -9 between storing a turn and replying: the message, sent again with its
    id, reaches the other replica, whose memory of the conversation is behind."""
    one, two = (f"http://{stack.config.host}:{port}" for port in stack.config.ports.rasa)
    citizen = Citizen(two)
    for text in EN_OPENING[:2]:
        citizen.say(text)
    citizen.url = one
    handled = citizen.send(EN_OPENING[2], "children-1")  # its reply never reached the citizen
    citizen.url = two
    again = citizen.send(EN_OPENING[2], "children-1")

    assert handled.status == again.status == 200
    assert again.replies == handled.replies
    assert user_texts(stack.tracker_db_url, citizen.sender).count(EN_OPENING[2]) == 1
    check_no_turn_lost_or_doubled(stack.tracker_db_url, citizen)
