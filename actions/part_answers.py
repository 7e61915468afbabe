"""Parts of a message asking several things that the measure's own answer does not take: the
family's monthly money put back before the questions ("那一个月1200 到29年3月 我老婆产假多少天
…": 对, with the figures and the end, Jinan clause 12), and an employer refusing a leave named
in one part ("我媳妇单位不给育儿假咋办": what clause 11 says and where to turn, not the leave's
days again). Tester 50 c04 heard neither, and the parental leave twice."""

import re
from typing import Any

from actions import render
from actions.headline import amount_asked
from actions.side_questions import named_measure
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import normalise
from wording.language import t

# A refusal by the employer ("单位不给育儿假", "her employer won't give her parental leave"): the
# verbs alone, for a part that names the leave (rights.REFUSAL also takes "单位", "they").
REFUSED = re.compile(
    r"不给|不让|不批|不准|拒绝|克扣|扣工资|不承认|不执行|不落实"
    r"|\bwon'?t (?:give|grant|let|allow|pay)\b|\brefus\w*|\bdenied\b|\bden(?:y|ies)\b"
    r"|\b(?:doesn'?t|does not|don'?t|do not) (?:give|grant|let|allow|pay)\b",
    re.I,
)
RIGHTS_KINDS = ("leave", "insurance")  # what an employer grants or pays (actions.rights)
# A month said with the money ("到29年3月", "until March 2029"): the end put back with it.
MONTH_ZH = re.compile(r"(\d{2}|\d{4})\s*年\s*(\d{1,2})\s*月")
MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH_EN = re.compile(r"\b(" + "|".join(MONTHS_EN) + r")[a-z]*\.?\s+(\d{4})\b", re.I)
PIECES = re.compile(r"(?<=[?？吧吗呢])\s*|[,，;；]\s*|\s+(?=[\u4e00-\u9fff])|\band\b", re.I)
# The verdicts of a total put back with an end that the money's periods follow (sums_asked).
PERIODS_VERDICTS = ("对：", "不对：", "不是：", "Yes: ", "No: ")
STILL_LINE = re.compile(r"^(?:仍可享受：|Still available: )")


def pieces(text: str) -> list[str]:
    """The pieces of a message, at its question marks, commas, spaces before Chinese and "and"."""
    return [p.strip() for p in PIECES.split(normalise(text)) if p and p.strip()]


def money_put_back(slots: dict[str, Any], text: str, lang: Lang) -> str | None:
    """A piece of `text` stating the family's monthly money, with or without its end ("那一个月
    1200 到29年3月"), in a message that asks something else: 对 / "Yes." with each child's
    figure and the end (Jinan clause 12), when the sum and the month said are the family's.
    None when no piece states it, or the month said is not its end (that answer is the
    monthly money's own)."""
    from actions.results import monthly_total_for  # results imports this module's neighbours

    city = slots.get("city")
    for piece in pieces(text):
        if named_measure(piece, city, lang) is not None and not re.search(r"\d", piece):
            continue
        checked = piece + t(lang, "对吧", " right?")
        if amount_asked(checked) is None:
            continue
        reply = monthly_total_for(slots, checked, lang)
        if reply is not None and reply.startswith(PERIODS_VERDICTS):
            return reply  # "so 1400 until 2029?": 不对, until 老二 turns 3, then 老三's alone
        if reply is None or not reply.startswith(("对。", "Yes.")):
            return None
        return reply if _month_said_is_the_end(piece, reply, lang) else None
    return None


def _month_said_is_the_end(piece: str, reply: str, lang: Lang) -> bool:
    """Whether the month `piece` puts back (if any) is the one `reply` says the money ends."""
    zh = MONTH_ZH.search(piece)
    if zh is not None:
        year = int(zh.group(1)) + (2000 if len(zh.group(1)) == 2 else 0)
        return f"{year}年{int(zh.group(2))}月" in reply
    en = MONTH_EN.search(piece)
    if en is not None:
        return f"{en.group(1)[:3].title()} {en.group(2)}" in reply
    return True


def refused_part(text: str, entry: Entry, lang: Lang) -> str | None:
    """The piece of `text` that names `entry` (a leave or insurance an employer grants) and says
    the employer refuses it, else None."""
    if entry.kind not in RIGHTS_KINDS:
        return None
    return next(
        (
            p
            for p in pieces(text)
            if REFUSED.search(p) and named_measure(p, entry.city, lang) == entry
        ),
        None,
    )


def refusal_answer(text: str, entry: Entry, lang: Lang) -> str | None:
    """What the plan says of `entry` and where to turn, when a part of `text` says the employer
    refuses it (Jinan clause 11: its implementation counts in the evaluation of employers with
    harmonious labour relations, inspection is strengthened; the lead department), else None."""
    part = refused_part(text, entry, lang)
    return render.rights_answer(entry, lang, part) if part is not None else None


def said_once(parts: list[str], entries: list[Entry], lang: Lang) -> list[str]:
    """The answers to the parts, without a "仍可享受：育儿假…" line in one of them when the
    parental leave it names is a part answered on its own."""
    titles = [e.title.get(lang) for e in entries]
    kept = []
    for i, part in enumerate(parts):
        others = [x for j, x in enumerate(titles) if j != i]
        lines = [
            line
            for line in part.split("\n")
            if not (STILL_LINE.match(line) and any(x in line for x in others))
        ]
        kept.append("\n".join(lines))
    return kept
