"""The production lock store: Rasa's Redis lock store, where a waiting message keeps its place.

Rasa 3.6 gives every ticket of a conversation's lock the same lifetime (TICKET_LOCK_LIFETIME, 60 s
by default) from the moment it is issued, and a message that waits for the tickets before its
own polls once a second. When a replica dies holding a conversation's lock (kill -9, out of
memory), its ticket stays in Redis until it expires. The message waiting behind it was issued a
moment later, so its own ticket runs out within the same second; from then on `now_serving` is
never its number and the lock is not gone, so it waits until the HTTP request is given up: 60 s
and a 503 for every conversation that had a message in flight on the dead replica (seen in the
production profile's kill -9 test).

Here a waiting message renews its own ticket at every poll (it is alive, so its place is
valid): a dead holder's ticket runs out first and the message is served within one lifetime. A
message whose ticket has gone anyway (Redis restarted empty, the lock deleted) fails at once
with Rasa's LockError instead of waiting in vain. It polls every POLL_SECONDS (`poll_seconds` in
the endpoints file) instead of every second, so a message queued behind another of its
conversation starts soon after that one ends.

Reading and writing a lock is not atomic across processes (RasaHQ/rasa#9213); within one process
it is (no await in between), and the production profile sends each sender to one replica.

    lock_store:
      type: bot.stores.redis_lock.KeepAliveRedisLockStore
      url: ${REDIS_HOST}
      port: ${REDIS_PORT}
      password: ${REDIS_PASSWORD}
      poll_seconds: 0.05
"""

import asyncio
import time
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

POLL_SECONDS = 0.05


class KeepAliveRedisLockStore(RedisLockStore):
    """RedisLockStore whose waiting tickets are renewed while they wait."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        # Rasa builds a lock store named by module path with `endpoint_config=` only.
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url, **endpoint_config.kwargs, **kwargs}
        self.poll_seconds = float(kwargs.pop("poll_seconds", POLL_SECONDS))
        if not self.poll_seconds > 0:
            raise ValueError(f"poll_seconds must be above 0, got {self.poll_seconds}")
        if kwargs.get("host") is None:
            kwargs.pop("host", None)
        super().__init__(**kwargs)

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = 1,  # Rasa's parameter; POLL_SECONDS decides here
    ) -> AsyncGenerator[TicketLock, None]:
        ticket = self.issue_ticket(conversation_id, lock_lifetime)
        try:
            yield await self._wait_for_turn(conversation_id, ticket, lock_lifetime)
        finally:
            self.cleanup(conversation_id, ticket)

    async def _wait_for_turn(
        self, conversation_id: str, ticket: int, lifetime: float
    ) -> TicketLock:
        while True:
            lock = self.get_lock(conversation_id)
            if lock is not None:
                lock.remove_expired_tickets()
            mine = next((t for t in lock.tickets if t.number == ticket), None) if lock else None
            if lock is None or mine is None:
                raise LockError(
                    f"The place in the queue of conversation '{conversation_id}' was lost "
                    "(its lock was deleted or its ticket expired)."
                )
            if not lock.is_locked(ticket):
                return lock
            mine.expires = time.time() + lifetime
            self.save_lock(lock)
            await asyncio.sleep(self.poll_seconds)
