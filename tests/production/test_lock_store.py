"""The lock store of the production profile (bot/stores/redis_lock.py), on the profile's Redis, in
the bot environment: when the holder of a conversation's lock is gone (a replica killed), the
message waiting behind it is served once the dead ticket expires. Rasa 3.6's own Redis lock store
never serves it: the waiting ticket expires too, and the message waits until it is given up."""

import json
import subprocess
import uuid

import pytest

from stack.config import BOT_PYTHON, ROOT
from stack.production import ProductionStack

pytestmark = pytest.mark.production

WAIT = """
import asyncio, json, sys, time
from rasa.core.lock_store import RedisLockStore
from rasa.utils.endpoints import EndpointConfig
from bot.stores.redis_lock import KeepAliveRedisLockStore

host, port, password, conversation, kind = sys.argv[1:6]
options = {"port": port, "password": password, "db": 1, "key_prefix": "locktest"}
LIFETIME = 2.0

def store():
    if kind == "ours":
        return KeepAliveRedisLockStore(EndpointConfig(url=host, **options))
    return RedisLockStore(host=host, **options)

async def main():
    # A replica takes the lock and dies: its ticket stays until it expires.
    RedisLockStore(host=host, **options).issue_ticket(conversation, LIFETIME)
    await asyncio.sleep(0.3)  # the next message arrives a moment later, on another replica
    started = time.monotonic()
    try:
        async def handle():
            async with store().lock(conversation, lock_lifetime=LIFETIME):
                pass
        await asyncio.wait_for(handle(), timeout=4 * LIFETIME)
        outcome = "served"
    except asyncio.TimeoutError:
        outcome = "still waiting"
    print(json.dumps({"outcome": outcome, "seconds": time.monotonic() - started}))

asyncio.run(main())
"""


def wait_behind_a_dead_holder(production: ProductionStack, kind: str) -> dict[str, object]:
    redis = production.redis_server
    argv = [str(BOT_PYTHON), "-c", WAIT, redis.host, str(redis.port), redis.password]
    run = subprocess.run(
        [*argv, f"lock-{uuid.uuid4()}", kind], cwd=ROOT, capture_output=True, text=True,
        timeout=120, env={"TF_CPP_MIN_LOG_LEVEL": "3", "RASA_TELEMETRY_ENABLED": "false",
                          "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    result: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def test_a_message_behind_a_dead_replicas_lock_is_served_when_the_lock_expires(
    production: ProductionStack,
) -> None:
    ours = wait_behind_a_dead_holder(production, "ours")
    assert ours["outcome"] == "served"
    assert 1.0 < float(ours["seconds"]) < 3.0  # the rest of the dead ticket's 2 s, not more


def test_rasas_own_redis_lock_store_never_serves_it(production: ProductionStack) -> None:
    assert wait_behind_a_dead_holder(production, "rasa")["outcome"] == "still waiting"
