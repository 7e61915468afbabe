""" "Delete my data": the turn in which `action_forget_me` ran removes the whole conversation.

The action (actions/privacy.py) tells the user, in their language, what is deleted. Rasa then
saves the tracker once, at the end of the turn; a store with this mixin deletes every stored
event of the sender (all sessions) instead of saving, so neither the conversation before nor the
request itself and its confirmation remain. The check is on the tracker, not the channel, so it
holds for every channel (REST, Socket.IO, Telegram...) and for both stores of the project:
SQLite (embedded default) and PostgreSQL (production profile).

The deletion is in the same transaction as the save would have been: if the database fails,
the save fails, the REST channel answers 503 and the user can ask again."""

import logging
from typing import Any

from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.stores.cached import CachedSQLStore

logger = logging.getLogger(__name__)

FORGET_ACTION = "action_forget_me"


def forget_requested(tracker: DialogueStateTracker) -> bool:
    """Whether `action_forget_me` ran in the tracker's latest turn (after its last message)."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, ActionExecuted) and event.action_name == FORGET_ACTION:
            return True
    return False


class ForgetfulSQLStore(CachedSQLStore):
    """Rasa's SQL tracker store (remembering active sessions, bot/stores/cached.py) that
    forgets a sender on request (see the module)."""

    async def save(self, tracker: DialogueStateTracker) -> None:
        if forget_requested(tracker):
            deleted = self.delete_conversation(tracker.sender_id)
            logger.info("forgot sender %s (%d events deleted)", tracker.sender_id, deleted)
            return
        await super().save(tracker)

    def delete_conversation(self, sender_id: str) -> int:
        """Delete every stored event of `sender_id`, in all sessions; the number deleted."""
        self.memory.forget(sender_id)
        with self.session_scope() as session:
            query: Any = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id)
            deleted = int(query.delete(synchronize_session=False))
            session.commit()
        return deleted
