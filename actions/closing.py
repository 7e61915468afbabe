"""A thanks or goodbye that closes the talk ("行 那我自己去问 谢谢啊", 先这样, 好的谢谢, "ok I'll
ask them, thanks"), said while the household form waits for an answer or taken for a yes to the
offer of more questions (tester 47 c04 got "第1个孩子是哪年哪月出生的？" for one): the form ends
politely, the facts told are kept, and how to go on is said. A message with a fact or a question
beside the thanks is no goodbye ("谢谢 那老大能领吗"), nor is a bare thanks (it may thank for an
answer while the questions go on)."""

import re

from policy_kb.text import Lang
from understanding.text import normalise
from wording.language import t

ACK = (
    r"好的?|好吧|好嘞|行吧?|嗯+|哦+|噢|ok(?:ay)?|知道了|明白了?|了解了?|懂了|收到|清楚了"
    r"|got it|i see|alright|all right|fine|sure|great|cool|understood|noted"
)
THANKS = (
    r"谢谢(?:你|您)?|多谢|感谢|谢了|谢啦"
    r"|thanks?(?: you)?(?: (?:so much|a lot|very much))?|thx|ty|cheers"
)
BYE = r"再见|拜拜|拜|bye(?:[- ]bye)?|goodbye|see you"
# The closing itself: I ask them myself, that is all for now.
CLOSE = (
    r"(?:那|那就)?(?:我|我们)?(?:自己)?(?:再)?(?:去|打电话)(?:问问|问一下|问|咨询一下|咨询)(?:他们|一下)?"
    r"|先这样|就这样|就这些|就问这些|不问了|没(?:有)?(?:别的|其他的?)(?:问题)?了"
    r"|i'?ll (?:ask|call|check with|contact) (?:them|there|myself|the (?:office|bureau|commission))"
    r"|i will (?:ask|call|check with) (?:them|there)|that'?s (?:all|it)(?: for now)?"
    r"|nothing else|no more questions"
)
FILLER = r"那|那就|啊|呀|吧|了|哈|呢|哟|啦|so|then|and|for now|[\s,，。.!！~、…]"
TOKEN = re.compile(
    rf"(?P<ack>{ACK})|(?P<thanks>{THANKS})|(?P<bye>{BYE})|(?P<close>{CLOSE})|{FILLER}"
)


def closes(text: str) -> bool:
    """Whether `text` only thanks or says goodbye with a closing sense: a goodbye, an "I'll ask
    them" or "that's all", or a thanks with an acknowledgement (好的谢谢, "got it, thanks")."""
    said = normalise(text).strip().lower()
    kinds: set[str] = set()
    at = 0
    while at < len(said):
        found = TOKEN.match(said, at)
        if found is None or found.end() == at:
            return False
        kinds |= {k for k in ("ack", "thanks", "bye", "close") if found.group(k)}
        at = found.end()
    return bool(kinds & {"bye", "close"}) or {"ack", "thanks"} <= kinds


def closing_reply(text: str, lang: Lang) -> str:
    """The polite end: thanks answered, the facts kept, how to go on."""
    thanked = bool(re.search(THANKS, normalise(text), re.I))
    return t(
        lang,
        ("不客气！" if thanked else "好的！")
        + "那就先问到这里，您告诉我的情况我都记着，想接着查时说“继续查”就行。"
        "祝您全家健康顺利，再见！",
        ("You're welcome! " if thanked else "All right! ")
        + "We'll stop here; I keep what you told me, so say “continue the check” whenever you "
        "want to go on. All the best to your family. Goodbye!",
    )


# An afterthought that reopens the talk after a goodbye ("oh actually wait", "one more",
# "对了", "等一下"): no question itself, what follows it is.
AFTERTHOUGHT = re.compile(
    r"\b(?:oh|ah|um+|hmm+)\b|\bactually\b|\bwait\b|\bhold on\b|\bone more(?: thing| question)?\b"
    r"|\bbtw\b|\bby the way\b|对了|等等|等一下|哦|噢|还有一个|还有个问题|再问一个|再问一下"
    r"|[-–—:：]",
    re.I,
)
# A question asked in what is left ("how do we apply", "公租房怎么申请", "…?").
ASKING = re.compile(
    r"[?？吗呢]|\b(?:how|what|where|who|which|when|can|do|does|is|are)\b|怎么|如何|咋|哪|谁|啥|什么"
    r"|多少|几",
    re.I,
)


def _only_closing(head: str) -> bool:
    """Whether `head` says nothing but a thanks, a goodbye or a closing (with afterthoughts)."""
    said = AFTERTHOUGHT.sub(" ", normalise(head)).strip().lower()
    at, kinds = 0, set()
    while at < len(said):
        found = TOKEN.match(said, at)
        if found is None or found.end() == at:
            return False
        kinds |= {k for k in ("thanks", "bye", "close") if found.group(k)}
        at = found.end()
    return bool(kinds)


def asked_after_closing(text: str) -> str:
    """The question a message asks beside its thanks or goodbye ("thanks that's it bye. oh
    actually wait - the public rental housing thing, how do we apply and who do we ask",
    "…paternity leave in Beijing? bye", "谢谢 再见 对了 公租房怎么申请"); empty when it asks
    nothing beside them."""
    cuts = [0, *(m.end() for m in re.finditer(r"[\s,，。.!！?？~、;；:：\-–—]+", text)), len(text)]
    for start in reversed(cuts[1:-1]):  # the longest closing first
        head, rest = text[:start], text[start:].strip()
        if _only_closing(head) and rest and ASKING.search(rest) and not _only_closing(rest):
            return AFTERTHOUGHT_LEAD.sub("", rest).strip() or rest
    for end in cuts[1:-1]:
        head, rest = text[:end].strip(), text[end:]
        if _only_closing(rest) and head and ASKING.search(head) and not _only_closing(head):
            return head
    return ""


# Afterthoughts at the start of the question kept ("oh actually wait - the public …").
AFTERTHOUGHT_LEAD = re.compile(rf"^(?:(?:{AFTERTHOUGHT.pattern})[\s,，.!！]*)+", re.I)


def short_closing(text: str, lang: Lang) -> str:
    """The short closing after a question asked beside a goodbye or "that's it" ("thanks that's
    it bye. oh actually wait - …"); empty when the message says no goodbye (a thanks before a
    question goes on talking: "谢谢 那老大能领吗")."""
    said = normalise(text)
    if not re.search(rf"(?<![a-z])(?:{BYE}|{CLOSE})(?![a-z])", said, re.I):
        return ""
    thanked = bool(re.search(rf"(?<![a-z])(?:{THANKS})(?![a-z])", said, re.I))
    return t(
        lang,
        ("不客气！" if thanked else "") + "再见，有问题随时再来问。",
        ("You're welcome! " if thanked else "")
        + "Goodbye, and come back any time you have a question.",
    )
