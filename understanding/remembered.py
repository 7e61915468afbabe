"""Patterns whose searches are remembered while one message is read.

The reader asks the same clause the same question several times: on the development half,
`ORDERED` (a child named by its order) runs 2.4 times on each clause it reads and `MULTIPLES`
3 times, which was about a tenth of the time the layer takes on a message. What a regular
expression finds depends only on the pattern and the text, so `Remembered` keeps what its
`search` and `finditer` found until `forget()`, which `reader.understand` calls before each
message: nothing is carried from one message to the next, and a benchmark that times each
message as new still does.

Shapes: `Remembered(re.compile(...))` answers `search`, `finditer`, `match`, `fullmatch` and
`.pattern` as the compiled pattern does (`finditer` gives the same matches, from a tuple).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

# At most this many texts a pattern remembers: a message has a few dozen clauses and pieces;
# anything beyond that (an action reading many texts between two messages) starts afresh.
_LIMIT = 2048
_END = sys.maxsize
_ALL: list[Remembered] = []


class Remembered:
    """A compiled pattern (`compiled`) with its searches remembered until `forget()`."""

    __slots__ = ("_found", "_searched", "compiled", "pattern")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        self._searched: dict[tuple[str, int, int], re.Match[str] | None] = {}
        self._found: dict[tuple[str, int, int], tuple[re.Match[str], ...]] = {}
        _ALL.append(self)

    def search(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        key = (string, pos, endpos)
        if key in self._searched:
            return self._searched[key]
        if len(self._searched) >= _LIMIT:
            self._searched.clear()
        found = self._searched[key] = self.compiled.search(string, pos, endpos)
        return found

    def finditer(self, string: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        key = (string, pos, endpos)
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= _LIMIT:
                self._found.clear()
            found = self._found[key] = tuple(self.compiled.finditer(string, pos, endpos))
        return iter(found)

    def match(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)


def forget() -> None:
    """Drop what every remembered pattern found (called before each message is read)."""
    for pattern in _ALL:
        pattern._searched.clear()
        pattern._found.clear()
