"""Today's date in China, the one "today" of the project (policy_kb.clock, ASSISTANT_TIMEZONE,
ASSISTANT_TODAY)."""

from policy_kb.clock import now, today

__all__ = ["now", "today"]
