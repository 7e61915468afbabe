"""A hukou move as a message tells it: made lately ("户口才迁过来", "we only just moved our hukou")
or only supposed ("那我们现在把户口迁过来 能补领吗", "if we move our hukou"). Jinan clause 12 needs
the city's hukou; a move supposed is no hukou held, and a move made lately dates the condition."""

import re
from datetime import date

from understanding import dates
from understanding.text import normalise

# the hukou moved in lately ("户口才迁过来", "上个月刚落户", "we only just moved our hukou")
HUKOU_MOVED = re.compile(
    r"户口?.{0,8}(?:迁过来|迁来|迁到|迁入|转过来|转来|落户|落到|落在)|(?:刚|才|新)落户"
    r"|(?:刚|才).{0,6}(?:迁过来|迁来|迁入)"
    r"|\b(?:just|recently|only) (?:moved|transferred|got|registered) (?:our |my |the )?hukou"
    # "caller moved hukou to jinan last month", "they transferred their hukou here": a move done
    r"|\b(?:moved|transferred) (?:(?:our|my|the|their|his|her) )?hukou\b"
    r"|\bhukou\b.{0,20}\b(?:moved|transferred)\b|\bnew hukou\b",
    re.I,
)
# a move only supposed ("要是迁过来", "if we move our hukou"): no move told
SUPPOSED_MOVE = re.compile(
    r"要是|如果|假如|打算|准备|想把|要把|现在把|能不能迁|\bif\b|\bplan(?:ning)? to\b"
    # 明年开春可能把户口迁回济南: a move still to come, maybe (tester 97 f6 was noted in Jinan)
    r"|可能|计划|考虑|明年|后年|下个?月|下半年|开春|过完年|将来|\bnext (?:year|month)\b"
    r"|\bmight\b|\bmaybe\b|\bthinking (?:of|about)\b"
    # "baby hukou can go jinan. then we get jinan 600?": a move that could be made (tester 119 p8)
    r"|\b(?:can|could) (?:go|move|be moved|be put|be registered|transfer|be transferred)\b",
    re.I,
)


# A hukou move put as a question ("那我们现在把户口迁过来 去年的二宝能补领吗", "if we move our
# hukou here now, can we get it?"): a move supposed, not made; a move done says so (迁过来了,
# 已经, 刚, 才, 上个月, "we moved", "just").
MOVE_ASKED = re.compile(r"把户口.{0,6}(?:迁|转|落)|\bmove (?:our |my |the )?hukou\b", re.I)
MOVE_DONE = re.compile(
    r"迁过来了|迁来了|迁了|落户了|转过来了|已经|刚|才|上个月|去年|前年|\b(?:moved|already|just)\b",
    re.I,
)
ASKS = re.compile(r"[?？吗呢]|能不能|可不可以|能补|能领|\b(?:can|could|do|would|will)\b", re.I)


def moved_lately(text: str) -> bool:
    """Whether `text` tells of the hukou moved into the city lately (HUKOU_MOVED), not a move
    only supposed (SUPPOSED_MOVE)."""
    return bool(HUKOU_MOVED.search(text)) and not SUPPOSED_MOVE.search(text)


def move_supposed(text: str) -> bool:
    """A hukou move asked about, not told as made (MOVE_ASKED) in its own clause ("去年的二宝"
    after it dates the child, not the move)."""
    clauses = re.split(r"[\s，,。；;!！?？]+", text)
    moves = [c for c in clauses if MOVE_ASKED.search(c)]
    return bool(moves) and bool(ASKS.search(text)) and not any(MOVE_DONE.search(c) for c in moves)


# Where a clause ends: the month of a move is told in the move's own clause.
CLAUSE_END = re.compile(r"[,，。;；.!！?？]")


# The words after a date that make it a birth's ("2024年3月生的", "born in march"): no move's.
BORN_AFTER_THE_DATE = re.compile(r"\s*(?:的时候)?\s*(?:生|出生|落地|降生|\bborn\b|\bdue\b)")


def move_month(text: str, today: date) -> date | None:
    """The 1st of the month a hukou move made into the city was told to have happened in, the
    date nearest the move ("my hukou only moved to jinan in october" on 2026-12-01: 2026-10-01;
    户口上个月刚迁过来), from a date in the move's own clause; None when no move is told
    (moved_lately) or it is undated or dated by its year alone (今年刚把户口迁到济南). A month
    said without its year is the last one not after today."""
    norm = normalise(text)
    if not moved_lately(norm):
        return None
    move = HUKOU_MOVED.search(norm)
    if move is None:
        return None
    start = max((m.end() for m in CLAUSE_END.finditer(norm, 0, move.start())), default=0)
    end = CLAUSE_END.search(norm, move.end())
    stop = end.start() if end else len(norm)
    inside = [
        m
        for m in dates.find_mentions(norm, today)
        if m.kind == "date"
        and m.precision != "year"
        and start <= m.start < stop
        # "孙女是2024年3月生的 … 户口今年刚从德州迁到济南": a birth's date, not the move's
        and not BORN_AFTER_THE_DATE.match(norm, m.end)
    ]  # not "moved our hukou to jinan this year": a year alone gives no month (it read January)
    if not inside:
        return None
    at, until = move.span()
    nearest = min(inside, key=lambda m: max(0, m.start - until, at - m.end))
    return nearest.value.replace(day=1)
