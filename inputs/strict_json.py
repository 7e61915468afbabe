"""JSON as users may send it, read strictly: one clear error instead of a guess or a crash.

Python's json module accepts what JSON does not (NaN, Infinity), keeps the last of a key given
twice (so `{"city":"jinan","city":"beijing"}` silently means Beijing), raises RecursionError on
100,000 nested brackets and ValueError on a 5,000-digit integer, and decodes `"\\ud83d"` to a
lone surrogate that cannot be printed or encoded as UTF-8 later. `loads` refuses each of these
with a JSONInputError whose message names the problem and, where there is one, the key.
"""

import json
import math
import re
from typing import Any, Literal

MAX_DEPTH = 32  # a household is 4 levels deep; a chat request 3
MAX_NUMBER_CHARS = 30  # no field we accept needs a longer number


class JSONInputError(ValueError):
    """JSON we refuse; `path` names where the problem is (keys and list indexes), if known."""

    def __init__(self, message: str, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.path = path


class _Refused:
    """Put where a refused value stood, so the walk that follows can name its place."""

    def __init__(self, message: str) -> None:
        self.message = message


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            value = _Refused(f"the key {_shown(key)} is given twice")
        seen[key] = value
    return seen


def _constant(name: str) -> Any:
    return _Refused(f"{name} is not a JSON number")


def _integer(text: str) -> Any:
    if len(text) > MAX_NUMBER_CHARS:
        return _Refused(f"a number of {len(text)} digits is too long")
    return int(text)


def _float(text: str) -> Any:
    if len(text) > MAX_NUMBER_CHARS:
        return _Refused(f"a number of {len(text)} characters is too long")
    value = float(text)
    if not math.isfinite(value):
        return _Refused(f"the number {text} is out of range")
    return value


def _shown(text: str, limit: int = 40) -> str:
    shown = repr(text)  # escapes a lone surrogate
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def has_lone_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def without_lone_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD, the replacement character."""
    if not has_lone_surrogate(text):
        return text
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def _replaced(value: Any) -> Any:
    if isinstance(value, str):
        return without_lone_surrogates(value)
    if isinstance(value, dict):
        return {without_lone_surrogates(k): _replaced(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_replaced(v) for v in value]
    return value


def _check(
    value: Any, path: tuple[str | int, ...], depth: int, max_depth: int, surrogates: bool = False
) -> None:
    """Depth, and (unless `surrogates` are allowed) lone surrogates, anywhere in `value`."""
    if depth > max_depth:
        raise JSONInputError(f"nested more than {max_depth} levels deep", path)
    if isinstance(value, _Refused):
        raise JSONInputError(value.message, path)
    if isinstance(value, str):
        if not surrogates and has_lone_surrogate(value):
            raise JSONInputError("contains a lone surrogate escape (not valid Unicode text)", path)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not surrogates and has_lone_surrogate(key):
                raise JSONInputError("a key contains a lone surrogate escape", path)
            _check(item, (*path, key), depth + 1, max_depth, surrogates)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check(item, (*path, index), depth + 1, max_depth, surrogates)


def loads(
    text: str | bytes,
    max_depth: int = MAX_DEPTH,
    lone_surrogates: Literal["refuse", "replace", "keep"] = "refuse",
) -> Any:
    """Parse `text` as strict JSON; JSONInputError names what is wrong.

    Refused: invalid JSON (with line and column), NaN and Infinity, a key given twice, numbers
    over MAX_NUMBER_CHARS characters or out of range, nesting deeper than `max_depth`, and lone
    surrogates (with lone_surrogates="replace", each is replaced by U+FFFD instead: a chat
    message is read with the odd character, not refused; with "keep", the caller decides)."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise JSONInputError("not UTF-8 text") from None
    try:
        value = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_constant=_constant,
            parse_int=_integer,
            parse_float=_float,
        )
    except RecursionError:
        key = _key_before_depth(text, max_depth)
        raise JSONInputError(f"nested more than {max_depth} levels deep", key) from None
    except json.JSONDecodeError as err:
        raise JSONInputError(
            f"not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"
        ) from None
    if lone_surrogates == "replace":
        value = _replaced(value)
    _check(value, (), 0, max_depth, surrogates=lone_surrogates == "keep")
    return value


def _key_before_depth(text: str, max_depth: int) -> tuple[str, ...]:
    """The key whose value first nests deeper than `max_depth` (json gave up with no place)."""
    depth, in_string, escaped = 0, False, False
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > max_depth:
                found = re.search(r'"((?:[^"\\]|\\.)*)"\s*:\s*[\[{\s]*$', text[: i + 1])
                return (json.loads(f'"{found.group(1)}"'),) if found else ()
        elif ch in "]}":
            depth -= 1
    return ()


def path_text(path: tuple[str | int, ...]) -> str:
    """'children.0.birth_date' for a path, '' for none."""
    return ".".join(str(p) for p in path)
