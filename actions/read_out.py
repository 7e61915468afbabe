"""The sentence a hotline worker reads out to the caller (tester 57 a3): after the figure and
its clause, one plain sentence introduced by 可以这样念： / "You can read out: ", built only from
policy_kb's figures and the caller's facts. An answer that makes its own sentence (a "no" with
its reason, a leave's end date) gives it; any other hotline answer of a measure gets the
measure's rule as the plan states it (the first sentence of its summary), with the plan and
clause named, so nothing is read out that the answer above it does not rest on."""

import re
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.text import Lang
from wording.cities import city_name
from wording.language import lower_first, t

# Also the clause-to-cite answer's own line (actions/hotline_case.cite_answer).
READ_OUT = re.compile(r"可以这样念：|You can read out: |可念给来电人：|To read out to the caller: ")
# A line giving a clause: "依据：…第12条", "Source: …clause 12", "（第11条）", "(clause 12)".
CLAUSE_LINE = re.compile(r"^(?:依据|Source)[:：]|第\(?\d+\)?条|\bclause \(?\d+\)?", re.I)
# The lines that close an answer after its clause: the lead department, a note in brackets.
CLOSING = re.compile(r"^(?:牵头部门|Lead department|方案未指明负责部门|The plan names no)|^[（(]")
# A summary's sentences: each up to its 。 (or ". " in English).
_SENTENCES = {
    "zh": re.compile(r"[^。]+(?:。|$)"),
    "en": re.compile(r".+?(?:[.](?=\s|$)|$)"),
}
_FIGURE = re.compile(r"\d")


def read_out(sentence: str, lang: Lang) -> str:
    """The line to read out: 可以这样念：“…” / You can read out: "…"."""
    said = sentence.strip()
    if lang == "zh":
        return f"可以这样念：“{said.rstrip('。')}。”"
    return f'You can read out: "{said.rstrip(".")}."'


def has_read_out(text: str) -> bool:
    return READ_OUT.search(text) is not None


def plan_of(entry: Entry, lang: Lang) -> str:
    """'按济南方案第12条' / 'Under clause 12 of the Jinan plan'."""
    city = city_name(entry.city, lang)
    clause = entry.clause if entry.clause.isdigit() else entry.clause.strip("()")
    return t(
        lang,
        f"按{city}方案第{entry.clause}条",
        f"Under clause {clause} of the {city} plan",
    )


def _figure_sentences(summary: str, lang: Lang) -> str:
    """The summary's first sentence and those right after it that carry a figure too ("…two
    or more. Three-child families: 600,000 yuan …"), not the conditions told after them."""
    sentences = [x.strip() for x in _SENTENCES[lang].findall(summary) if x.strip()]
    kept = sentences[:1]
    for sentence in sentences[1:]:
        if not _FIGURE.search(sentence):
            break
        kept.append(sentence)
    return ("" if lang == "zh" else " ").join(kept) or summary


def rule_sentence(entry: Entry, lang: Lang) -> str:
    """The measure's rule as the plan states it, short: the plan and clause, then the first
    sentence of policy_kb's summary (the figure and its condition)."""
    said = _figure_sentences(entry.summary.get(lang).strip(), lang)
    if lang == "zh":
        return f"{plan_of(entry, lang)}，{said}"
    return f"{plan_of(entry, lang)}: {lower_first(said)}"


# A sentence of the answer giving the case's figure with its clause in brackets at its end
# ("第2个孩子：每月600元，发到孩子满3周岁，即2027年3月1日（第12条）。", "Child 2: 600 yuan a month
# until the child turns 3, on 1 Mar 2027 (clause 12)."): its body is the caller's own answer.
_CASE_FIGURE = re.compile(
    r"^(?P<body>.*?\d.*?)\s*[（(](?P<ref>[^（）()]*?(?:第\(?(?P<zh>\d+)\)?条"
    r"|\bclause \(?(?P<en>\d+)\)?)[^（）()]*)[）)][。.]?$"
)
# The verdict on a figure the worker put back, before the figure ("对：", "Yes, ", "不对，").
_CHECKED = re.compile(
    r"^(?:不对|对|是的|没错|不是|Yes|No|Right|Correct|Not quite)\s*[，,：:。.]\s*", re.I
)
# A clause given after its sentence's full stop ("…报销50%。（第15条）", "… reimbursed. (clause
# 15)"): joined to the sentence it cites.
_REF_ALONE = re.compile(r"[。.]\s*([（(][^（）()]*?(?:第\(?\d+\)?条|\bclause \(?\d+\)?)[）)])")
# A measure's card: its title and city before a colon ("育儿补贴（济南）：", "Childcare subsidy
# (Jinan): ").
_CARD = re.compile(r"^[^：:（(]{1,40}[（(](?:济南|北京|Jinan|Beijing)[）)]\s*[：:]")
_THIS_FAMILY = re.compile(r"\b(?:this|the) family\b", re.I)
# A child's label opening the figure ("第2个孩子：", "Child 2: "), read as "第2个孩子", "for
# child 2,".
_CHILD_LABEL = re.compile(r"^(?P<who>第\d个孩子|老[二三四]|Child \d+)[:：]\s*")


# A case's no with its reason and clause: "不能。…（第15条）", "No. … (clause 15)".
_REFUSED = re.compile(
    r"^(?:不能|No)[。.]\s*(?P<body>.*?\d.*?)\s*"
    r"[（(](?:第\(?(?P<zh>\d+)\)?条|clause \(?(?P<en>\d+)\)?)[）)][。.]?$"
)


# A measure refused for one child of the case ("育儿补贴（第2个孩子）：第2个孩子出生于…，
# 这一项只给…"),
# "Childcare subsidy (child 2): The 2nd child was born on …; only a child born on or after …".
_REFUSED_ITEM = re.compile(
    r"^(?P<title>[^（(:：]+?)\s*[（(](?P<who>第\d个孩子|child \d+)[）)]\s*[:：]\s*(?P<reason>.+)$",
    re.I,
)
_NOT_FOR = re.compile(r"只给|仅限|不在此列|不能|没有|\bonly\b|\bnot\b|\bno\b|n't", re.I)
# The window's question in an engine reason (Jinan clause 15: "孩子是在期限内参保的吗？", "was the
# child enrolled in time?"): put back to the worker, never read to the caller.
ENROLLED_IN_TIME_ASKED = re.compile(
    r"孩子是在期限内参保的吗？|;?\s*was the child enrolled in time\?"
)


def window_question_dropped(reason: str) -> str:
    """`reason` without the window's question ("…paid in full; was the child enrolled in
    time? Enrolling after…" → "…paid in full. Enrolling after…")."""
    return ENROLLED_IN_TIME_ASKED.sub(
        lambda m: "." if m.group(0).startswith(";") else "", reason
    ).strip()


def case_sentence(answer: str, entry: Entry, lang: Lang) -> str | None:
    """The sentence to read out built from the answer's own figure for the caller's case: in
    the first line whose first figure is given with the measure's clause in brackets (a
    measure's card, 育儿补贴（济南）：…, is no case's figure), that sentence with the plan and
    clause put first; None when no line gives one."""
    lines = [_REF_ALONE.sub(r"\1", x.strip()) for x in answer.split("\n")]
    # the caller's no for one child, wherever it stands: a verdict line before it ("No: a child
    # born on 15 Dec 2022 is before 1 Jan 2023 (clause 12).") is read out as that no's reason
    # (tester 117 p10 heard "…, a child born on 15 Dec 2022 is before 1 Jan 2023.")
    refusal = next((r for r in (_refused_item(x, entry, lang) for x in lines) if r), None)
    if refusal is not None:
        return refusal
    for line in lines:
        if _CARD.match(line):
            continue
        refused = _REFUSED.match(line)
        if refused is not None and (refused["zh"] or refused["en"]) == entry.clause.strip("()"):
            # "不能。出生后6个月的参保期限已于2026年11月前后结束。…（第15条）": the no and its
            # reason for this case, read out as the caller's own answer (tester 73 c4)
            return _from_plan(window_question_dropped(refused["body"]), entry, lang)
        pieces = re.findall(r"[^。]+。?", line) if lang == "zh" else re.split(r"(?<=\.)\s+", line)
        figured = [p for p in (_CHECKED.sub("", x.strip()) for x in pieces) if _FIGURE.search(p)]
        m = _CASE_FIGURE.match(figured[0]) if figured else None
        if m is None or (m["zh"] or m["en"]) != entry.clause.strip("()"):
            continue  # "不对，是600元，不是200元。": the worker's figure checked, not the answer
        return _from_plan(m["body"], entry, lang)
    return None


def _refused_item(line: str, entry: Entry, lang: Lang) -> str | None:
    """ "Childcare subsidy (child 2): The 2nd child was born on 20 December 2022; only a child
    born on or after 1 January 2023 qualifies.": the caller's no, read out as such, never the
    rule's 600 (tester 94 i1); None for any other line."""
    item = _REFUSED_ITEM.match(line)
    if (
        item is None
        or item["title"].strip().lower() != entry.title.get(lang).lower()
        # an aside in brackets is no refusal ("(judged by age; the height was not asked)",
        # tester 116 p11 read "does not get … rides free")
        or not _NOT_FOR.search(re.sub(r"[（(][^）)]*[）)]", " ", item["reason"]))
    ):
        return None
    who, reason = item["who"], item["reason"].strip()
    title = entry.title.get(lang)
    if ENROLLED_IN_TIME_ASKED.search(reason):  # enrolment not told: no "does not get" for it
        # (tester 130 p8 read out "child 2 does not get" of twins maybe enrolled in time)
        return _from_plan(
            f"{who}：{window_question_dropped(reason)}"
            if lang == "zh"
            else f"{who}: {window_question_dropped(reason)}",
            entry,
            lang,
        )
    return t(
        lang,
        f"{plan_of(entry, lang)}，{who}不能领{title}：{reason}",
        f"{plan_of(entry, lang)}, {who.lower()} does not get the {title.lower()}: "
        f"{lower_first(reason)}",
    )


def _from_plan(body: str, entry: Entry, lang: Lang) -> str:
    """'按济南方案第12条，第2个孩子每月600元…' / 'Under clause 12 of the Jinan plan, for child 2,
    600 yuan a month …' from the figure's sentence without its clause."""
    body = body.strip().rstrip("，,")
    label = _CHILD_LABEL.match(body)
    if label is not None:
        who, rest = label["who"], body[label.end() :]
        body = f"{who}{rest}" if lang == "zh" else f"for {who.lower()}, {rest}"
    elif lang == "en":
        body = lower_first(body)
    # the caller hears of their own family: 这家 → 您家, "this family" → "your family"
    body = body.replace("这家", "您家") if lang == "zh" else _THIS_FAMILY.sub("your family", body)
    return t(lang, f"{plan_of(entry, lang)}，{body}", f"{plan_of(entry, lang)}, {body}")


def with_read_out(answer: str, entry: Entry | None, lang: Lang) -> str:
    """`answer` with a sentence to read out after its figure and clause: the answer's own when
    it gives one, else the case's figure the answer opens with, else the rule of `entry`;
    unchanged when no measure is meant. The line goes after the last line giving a clause and
    before the lead department and notes that close the answer (at the end when no line gives
    a clause)."""
    if entry is None or has_read_out(answer) or not answer.strip():
        return answer
    said = case_sentence(answer, entry, lang) or rule_sentence(entry, lang)
    return placed(answer, read_out(said, lang))


def placed(answer: str, line: str) -> str:
    """`line` put into `answer` after its last clause line, before the closing lines."""
    lines = answer.split("\n")
    at = len(lines)
    while at > 0 and CLOSING.search(lines[at - 1].strip()):
        at -= 1
    cited = [i for i, x in enumerate(lines[:at]) if CLAUSE_LINE.search(x)]
    at = cited[-1] + 1 if cited else at
    return "\n".join([*lines[:at], line, *lines[at:]])


def read_out_added(
    dispatcher: CollectingDispatcher, start: int, events: list[Any], lang: Lang
) -> None:
    """A hotline action's messages since `start` given a sentence to read out when none has
    one: the first message giving a clause, for the measure the action made the topic
    (`events`); whatever route answered the worker (a case's loan ceiling, a figure checked)."""
    entries = catalogue().entries
    made = [
        entries[str(e.get("value"))]
        for e in events
        if isinstance(e, dict)
        and e.get("event") == "slot"
        and e.get("name") == "topic_entry"
        and str(e.get("value")) in entries
    ]
    sent = dispatcher.messages[start:]
    if not made or any(has_read_out(str(m.get("text") or "")) for m in sent):
        return
    for message in sent:
        text = str(message.get("text") or "")
        if any(CLAUSE_LINE.search(line) for line in text.split("\n")):
            # the measure whose clause this message gives (a message on clause 15 beside the
            # 600 of clause 12 answered after it: tester 74 c9 heard clause 12's sentence)
            cited = [e for e in made if _cites(text, e)]
            # of two measures of one clause (14's rent withdrawal and loan ceiling), the one
            # whose rule the message gives (tester 135 p10 read out the loan table for the rent)
            ruled = [e for e in cited if e.summary.get(lang)[:40] in text]
            message["text"] = with_read_out(text, (ruled or cited or made)[-1], lang)
            return


def _cites(text: str, entry: Entry) -> bool:
    """Whether `text` gives `entry`'s clause ("第15条", "clause 15")."""
    number = entry.clause.strip("()")
    return bool(re.search(rf"第\(?{number}\)?条|\bclause \(?{number}\)?(?!\d)", text))
