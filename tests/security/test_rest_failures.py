"""When a turn cannot be processed, the REST channel says so: 503 with an apology in the user's
language and a log line naming the conversation only, never what was written. Shown on a Rasa
server of its own whose conversations live in PostgreSQL and whose locks live in Redis (the
production profile's stores), each stopped in turn and started again: the conversation then
goes on where it was, and "delete my data" empties PostgreSQL of it."""

import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import tests.conftest as shared
from stack.config import BOT_PYTHON, ROOT
from stack.processes import Service, StartError, free_port
from stack.services import RASA_START_SECONDS, action_server, environment
from tests.security.client import post, say
from tests.stores.postgres import PostgresServer

APOLOGY = {
    "zh": "抱歉，系统暂时出了点问题，您的消息没有处理。请稍后再发一次。",
    "en": "Sorry, something went wrong on our side and your message was not processed. "
    "Please send it again in a moment.",
}
ENDPOINTS = """\
action_endpoint:
  url: {actions}/webhook
tracker_store:
  type: bot.stores.postgres.PostgresTrackerStore
  url: 127.0.0.1
  port: {pg_port}
  db: postgres
  username: postgres
lock_store:
  type: redis
  url: 127.0.0.1
  port: {redis_port}
  db: 1
  socket_timeout: 2
"""
FACTS = "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生，居民医保"
SECRET = "我们住在历下区幸福街8号"  # must never reach a log


class Redis:
    """redis-server on a spare loopback port, no persistence."""

    def __init__(self, directory: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed: apt-get install redis-server")
        self.port = free_port()
        self.argv = [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                     "--appendonly", "no", "--dir", str(directory)]  # fmt: skip
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(self.argv, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            ping = subprocess.run(["redis-cli", "-p", str(self.port), "ping"], capture_output=True)
            if ping.stdout.strip() == b"PONG":
                return
            time.sleep(0.2)
        raise RuntimeError("redis-server did not answer within 30 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


@dataclass
class Assistant:
    rasa_url: str
    log: Path
    postgres: PostgresServer
    redis: Redis

    def rows(self, sender: str) -> int:
        return int(self.postgres.query(f"SELECT count(*) FROM events WHERE sender_id = '{sender}'"))


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    directory = tmp_path_factory.mktemp("failures")
    config = shared.stack_config(directory)
    postgres, redis = PostgresServer(), Redis(directory)
    endpoints = directory / "endpoints.yml"
    endpoints.write_text(
        ENDPOINTS.format(actions=config.actions_url, pg_port=postgres.port, redis_port=redis.port)
    )
    argv = [str(BOT_PYTHON), "-m", "bot.server", "run", "--model", str(config.model),
            "--endpoints", str(endpoints), "--credentials", str(ROOT / "bot" / "credentials.yml"),
            "--interface", config.host, "--port", str(config.ports.rasa)]  # fmt: skip
    log = directory / "rasa.log"
    env = {**environment(config), "LOG_LEVEL": "INFO"}
    rasa = Service("Rasa server", argv, f"{config.rasa_url}/", env, ROOT, log, RASA_START_SECONDS)
    actions = action_server(config)
    try:
        postgres.start()
        redis.start()
        actions.start()
        rasa.start()
        actions.wait_healthy()
        rasa.wait_healthy()
    except (StartError, RuntimeError) as err:
        for stop in (rasa.stop, actions.stop, redis.stop, postgres.remove):
            stop()
        pytest.fail(f"the assistant on PostgreSQL and Redis did not start: {err}")
    try:
        yield Assistant(config.rasa_url, log, postgres, redis)
    finally:
        for stop in (rasa.stop, actions.stop, redis.stop, postgres.remove):
            stop()


def sender(label: str) -> str:
    return f"fail-{label}-{uuid.uuid4().hex[:12]}"


def test_redis_down_is_a_polite_503_in_the_users_language(assistant: Assistant) -> None:
    zh, en = sender("redis-zh"), sender("redis-en")
    say(assistant.rasa_url, zh, "你好")
    say(assistant.rasa_url, en, "hello")
    assistant.redis.stop()
    try:
        for who, text, lang in ((zh, SECRET, "zh"), (en, "what can we get", "en")):
            started = time.monotonic()
            status, replies = post(assistant.rasa_url, {"sender": who, "message": text})
            assert status == 503
            assert replies == [{"recipient_id": who, "text": APOLOGY[lang]}]
            assert time.monotonic() - started < 10
    finally:
        assistant.redis.start()
    log = assistant.log.read_text(errors="replace")
    assert f"rest: turn failed for sender {zh}" in log
    assert "幸福街" not in log  # the sender id, never what they wrote
    assert "您好" in say(assistant.rasa_url, zh, "你好")  # Redis is back: so is the assistant


def test_postgres_down_is_a_503_and_the_conversation_resumes_where_it_was(
    assistant: Assistant,
) -> None:
    who = sender("pg")
    say(assistant.rasa_url, who, "我想查一下能领哪些生育补贴")
    say(assistant.rasa_url, who, FACTS)
    before = assistant.rows(who)
    assistant.postgres.stop()
    try:
        status, replies = post(assistant.rasa_url, {"sender": who, "message": "不知道"})
        assert status == 503 and replies == [{"recipient_id": who, "text": APOLOGY["zh"]}]
    finally:
        assistant.postgres.start()
    # Rasa's fail-safe store would have started a fresh conversation in memory; here the facts
    # given before the outage decide the answer after it.
    said = [say(assistant.rasa_url, who, "不知道") for _ in range(8)]
    answer = next((s for s in said if "您家目前可以享受" in s), "\n---\n".join(said))
    assert "第2个孩子：600元/月" in answer
    assert assistant.rows(who) > before


def test_delete_my_data_empties_postgres_of_the_conversation(assistant: Assistant) -> None:
    who, other = sender("forget"), sender("other")
    for person in (who, other):
        say(assistant.rasa_url, person, "我想查一下能领哪些生育补贴")
        say(assistant.rasa_url, person, FACTS)
    kept = assistant.rows(other)
    assert "确定删除吗" in say(assistant.rasa_url, who, "删除我的数据")
    assert "已删除" in say(assistant.rasa_url, who, "确定")
    assert assistant.rows(who) == 0
    assert assistant.rows(other) == kept
