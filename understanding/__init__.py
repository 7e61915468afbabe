"""The understanding layer: one message, the household known so far, the question just asked and
today's date in China in; fact updates out, each with its span and kind (statement, question,
confirmation, correction). The only place the assistant reads facts from people's words."""

from understanding.reader import understand, unknown_facts
from understanding.updates import FactUpdate

__all__ = ["FactUpdate", "understand", "unknown_facts"]
