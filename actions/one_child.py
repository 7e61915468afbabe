"""One child of the family asked about, however the citizen names it: by birth order (老大,
"the oldest kid"), by age ("my 6 year old", 我家6岁那个), by sex or kinship ("my daughter",
女儿, when the family's children are told apart that way) or as the older or younger of two
("the older one", "the little one", 小的). The answer is that child's items: each item counted
per child with its status and clause (the 600 a month is for a 2nd or 3rd child, Jinan clause
12, so an eldest gets none), then what the family has that reaches that child by its age
(school places, inpatient cover), from the Report; nothing is said that policy_kb does not give
(tester 32: "does my 6 year old get the subsidy too" was answered with clause 8, and "i asked
what about the older one, the 6 year old" as not understood)."""

import re
from datetime import date
from typing import Any

from rasa_sdk import Tracker

from actions import render
from actions.children import full_date
from actions.household import household_from_slots
from policy_kb import catalogue, evaluate
from policy_kb.dates import months_between
from policy_kb.report import Entitlement, Report
from policy_kb.text import Lang
from understanding.reader import birth_orders_named
from understanding.sexes import SEX_WORD, children_named_by_sex
from understanding.text import normalise
from wording.entitlements import clause_refs, label, ordered
from wording.language import t

# The elder or the younger of the children, said without a birth-order word.
OLDER = re.compile(r"\b(?:older|elder|big|bigger)\s+(?:one|kid|child)\b|大的|大宝", re.I)
YOUNGER = re.compile(
    r"\b(?:younger|little|small|smaller|baby)\s+(?:one|kid|child)\b|小的|小宝|老小|老幺", re.I
)
# A child named by its age in whole years: "my 6 year old", "the 6yo", 6岁那个, 6岁的.
AGE_NAMED = re.compile(
    r"(?<![\d.])(\d{1,2})\s*(?:-|\s)?(?:years?[- ]?olds?|yrs?[- ]?olds?|y/?o\b)"
    r"|(?<![\d.])(\d{1,2})\s*(?:周岁|岁)(?:的|那个|那位|的那个|多)?",
    re.I,
)
# The citizen putting their own question right, or asking it again: "i asked what about the
# older one", "I meant the girl", 我问的是老大, 我说的是小的.
RESTATED = re.compile(
    r"^\W*(?:no[,.!\s]+)?(?:i\s+(?:asked|meant|said|was asking)(?:\s+about)?|my question was"
    r"(?:\s+about)?)\s+"
    r"|^\W*(?:不是[，,\s]*)?我(?:问|说|指)的是",
    re.I,
)
# Asking what a child gets, in general or its money: "what does … get", "does … get the
# subsidy too", "what about …", "anything for …", 能领吗, 有没有, 有啥, 呢.
ASKS = re.compile(
    r"\bwhat\b[^.?!]{0,40}\b(?:get|for|receive|qualify)\b|\bwhat about\b|\bhow about\b"
    r"|\b(?:does|do|can|will|would|is|are)\b[^.?!]{0,40}\b(?:get|getting|receive|qualify|"
    r"eligible|entitled|covered|count)\b|\banything\b|\bnothing\b"
    r"|能领|能拿|能享受|能有|有没有|有吗|有啥|有什么|有份|能不能|可以领|领不领|给不给|呢",
    re.I,
)
# A bare follow-up about a child ("what about the 5-year-old?", "and the 6 year old?", 5岁那个呢).
WHAT_ABOUT = re.compile(
    r"\b(?:what|how) about\b|^\W*(?:(?:ok|okay|right)\W+)?(?:and|so)\b(?: (?:the|my|our))? \d"
    r"|呢\s*[?？]?\s*$|\b(?:anything|something) for (?:my|our|the) (?:son|daughter|boy|girl|eldest"
    r"|oldest|older one|big one|kid|child)\b",
    re.I,
)
# Another measure named than the money per child: left to the measure's own answer.
MONEY = re.compile(r"补贴|补助|钱|subsid|allowance|money|cash|600", re.I)


# An age told, not a child named by it: "老大是孙女今年9岁", "she's 5 now", 已经3岁了 (tester 71
# c3 got the eldest's items for a message asking the baby's deadline and the 600).
AGE_TOLD = re.compile(
    r"(?:今年|现在|已经|已|都|刚|才|满)\s*$|\b(?:is|she's|he's|now|turned)\s+$", re.I
)


def child_by_age(text: str, children: list[dict[str, Any]], day: date) -> int | None:
    """The birth order of the one child whose age in whole years the message names."""
    said = normalise(text)
    found = next(
        (m for m in AGE_NAMED.finditer(said) if not AGE_TOLD.search(said[: m.start()])), None
    )
    if found is None:
        return None
    years = int(found.group(1) or found.group(2))
    orders = [
        i
        for i, c in enumerate(children, start=1)
        if c.get("birth_date")
        and months_between(date.fromisoformat(full_date(str(c["birth_date"]))[0]), day) // 12
        == years
    ]
    return orders[0] if len(orders) == 1 else None


# A child named by a kin noun, not a pronoun ("my son", 俺闺女的, not "when she's born").
KIN_NOUN = re.compile(r"\b(?:son|daughter|boy|girl)\b|儿子|女儿|小子", re.I)


def child_named(text: str, children: list[dict[str, Any]], day: date) -> int | None:
    """The birth order of the one child of the family the message names, however named; None
    when it names none, several, or one the family does not have."""
    count = len(children)
    if count == 0:
        return None
    said = normalise(text)
    named: set[int] = set()
    by_sex = children_named_by_sex(said, children) if SEX_WORD.search(said) else set()
    named |= by_sex
    by_age = child_by_age(said, children, day)
    if by_age is not None:
        named.add(by_age)
    orders = {count + 1 + n if n < 0 else n for n in birth_orders_named(said)}
    named |= {n for n in orders if 1 <= n <= count}
    if count >= 2 and OLDER.search(said):
        named.add(1)
    if count >= 2 and YOUNGER.search(said):
        named.add(count)
    if not named and KIN_NOUN.search(said):  # "anything for my son?" with twins on the way:
        born = [  # the one child born, whose sex was never told (tester 85 c3 lost it twice)
            i
            for i, c in enumerate(children, start=1)
            if c.get("birth_date") and str(c["birth_date"]) <= day.isoformat() and not c.get("sex")
        ]
        if len(born) == 1 and not any(c.get("sex") for c in children):
            named.add(born[0])
    return next(iter(named)) if len(named) == 1 else None


def short(text: str) -> bool:
    """A message that is little more than a child's name ("the girl!!", 小的, "my son")."""
    said = re.sub(r"[^\w\u4e00-\u9fff]+", " ", normalise(text)).strip()
    if re.search(r"[\u4e00-\u9fff]", said):
        return len(said.replace(" ", "")) <= 6
    return len(said.split()) <= 4


def restated(text: str) -> str:
    """The question itself when the citizen restates it ("i asked what about the older one":
    "what about the older one"); the text unchanged otherwise."""
    found = RESTATED.search(text)
    return text[found.end() :].strip() if found else text


def _age_years(child: dict[str, Any], day: date) -> int | None:
    born = child.get("birth_date")
    if not born:
        return None
    return months_between(date.fromisoformat(full_date(str(born))[0]), day) // 12


def _reaches_child(
    e: Entitlement, years: int | None, day: date, order: int, child: dict[str, Any]
) -> bool:
    """Whether a family item reaches a child of this age: an item for the family's children
    (school places, inpatient cover, the infant check-ups), within its age limit if it has one,
    and of the birth orders and births its data names (Jinan clause 15's grandparents' care
    insurance comes with a 2nd or 3rd child born on or after 1 January 2023, never through the
    1st: tester 51 c03); not the parents' leave nor housing."""
    if e.child is not None or e.status == "not_eligible":
        return False
    entry = catalogue().entries[e.id]
    if "children" not in entry.facts or entry.kind in ("housing", "leave", "cash"):
        return False
    orders = entry.parameters.get("birth_orders")
    allowed = orders.in_force(day) if orders is not None else None
    if isinstance(allowed, list) and order not in allowed:
        return False
    since = entry.parameters.get("born_on_or_after")
    first_day = since.in_force(day) if since is not None else None
    birth = child.get("birth_date")
    if isinstance(first_day, date) and birth and date.fromisoformat(str(birth)[:10]) < first_day:
        return False
    limit = entry.parameters.get("age_limit_years")
    if limit is None:
        return True
    value = limit.in_force(day)
    return years is not None and isinstance(value, int | float) and years < value


def _clause(e: Entitlement, lang: Lang) -> str:
    refs = clause_refs([(s.document, s.clause) for s in e.sources], lang)
    clauses = [
        "第" + r.rsplit("第", 1)[-1] if lang == "zh" else r.rsplit(", ", 1)[-1] for r in refs
    ]
    return t(lang, f"（{'；'.join(clauses)}）", f" ({'; '.join(clauses)})")


def _not_among(refused: list[Entitlement], lang: Lang) -> list[str]:
    """The child's items it does not qualify for, one sentence per reason: the measures named
    together, the reason once, the clauses after."""
    by_reason: dict[str, list[Entitlement]] = {}
    for e in refused:
        by_reason.setdefault(e.reasons.get(lang)[0], []).append(e)
    lines = []
    for reason, items in by_reason.items():
        titles = t(lang, "、", ", ").join(
            dict.fromkeys(catalogue().entries[e.id].title.get(lang) for e in items)
        )
        refs = clause_refs([(s.document, s.clause) for e in items for s in e.sources], lang)
        clauses = [
            "第" + r.rsplit("第", 1)[-1] if lang == "zh" else r.rsplit(", ", 1)[-1]
            for r in dict.fromkeys(refs)
        ]
        said = reason.rstrip("。.")
        lines.append(
            t(
                lang,
                f"不能领：{titles}——{said}（{'；'.join(clauses)}）。",
                f"Not for this child: {titles}. {said} ({'; '.join(clauses)}).",
            )
        )
    return lines


def child_called(order: int, children: list[dict[str, Any]], text: str, lang: Lang) -> str:
    """How the answer names the child: as the citizen did when by sex ("your daughter (child
    1)", 您女儿（第1个孩子）), else by birth order."""
    number = t(lang, f"第{order}个孩子", f"child {order}")
    said = normalise(text)
    if order in (children_named_by_sex(said, children) if SEX_WORD.search(said) else set()):
        sex = children[order - 1].get("sex")
        kin = t(lang, "您女儿", "your daughter") if sex == "f" else t(lang, "您儿子", "your son")
        return t(lang, f"{kin}（{number}）", f"{kin} ({number})")
    return number


def one_child_answer(tracker: Tracker, text: str, lang: Lang, day: date) -> str | None:
    """The items of the one child a question asks about ("does my 6 year old get the subsidy
    too", "what about the older one, the 6 year old", 老大能领吗, 我问的是老大); None when it
    names no single child, asks about another measure than the money per child, or the family's
    facts give no Report."""
    slots = dict(tracker.slots)
    question = restated(text)
    city = slots.get("city")
    children = slots.get("children") or []
    if city is None or not children:
        return None
    order = child_named(question, children, day)
    if order is None:
        return None
    from actions.supplement import SUPPLEMENT_ASKED  # supplement imports the answers' modules

    if SUPPLEMENT_ASKED.search(question):  # "我问的是那200 老三能加200吗": the 200 more at that
        return None  # child's birth (supplement_verdict), not all of its items (tester 50 c5)
    said = normalise(question)
    from actions.focus import (  # focus imports results, then this
        MONEY_ENDS,
        asked_measure,
        found_by_search_only,
        named_entry,
    )
    from actions.moved_away import MOVED_AWAY, MOVED_FROM  # it reads focus, as this does

    if MOVED_AWAY.search(said) or MOVED_FROM.search(said):
        return None  # "老二在济南生的那个补贴 户口迁走了还能继续领吗": the move's answer (t94 c1)
    if MONEY_ENDS.search(said):  # "我问的是补贴能领到老二几岁": the money's end for that child
        return None  # (the subsidy's own answer), not every item of the child (tester 92 c1)

    bare = bool(short(question) or WHAT_ABOUT.search(question))
    # the words naming the child by age are no measure ("我问的是老大 三岁半那个 有没有" found
    # the under-3 tax deduction by "3岁"; tester 49 c01)
    unaged = AGE_NAMED.sub(" ", said) if child_by_age(said, children, day) is not None else said
    found = asked_measure(unaged, city, lang) if unaged.strip() else None
    if (
        question == text
        and child_by_age(said, children, day) is None
        and not (SEX_WORD.search(said) and children_named_by_sex(said, children))
        and not (KIN_NOUN.search(said) and not birth_orders_named(said))
        # "anything for my son?": the one born child, named by no order (tester 85 c3)
        # "the older one?" alone: no measure but the search's guess (Jinan clause 7's "one old
        # and one young"), so that child's items here, not a measure found by "old"
        and not (
            bare
            and found is not None
            and not found.per_child
            and found_by_search_only(question, found)
        )
    ):
        return None  # "老大能领吗", "and the older one?": the order's own answers (results)
    if not (question != text or bare or ASKS.search(question)):
        return None  # "我问的是老大", "the girl?", "and the 5 year old?", or what the child gets
    named = named_entry(said, city)
    if named is not None and not (named.per_child and MONEY.search(question)):
        return None  # "does my 6 year old need a bus ticket": that measure's own answer
    if (
        found is not None
        and not found.per_child
        and not MONEY.search(question)
        # "what about the 5-year-old?": only the search's guess (clause 8's childcare
        # institutions by "year old"), no measure asked; that child's items
        and not (WHAT_ABOUT.search(question) and found_by_search_only(question, found))
    ):
        return None  # "老大的医保报销比例高吗": the inpatient rate's own answer
    household = household_from_slots(slots, day)
    if household is None:
        return None
    return child_items(evaluate(household, as_of=day), children, order, text, lang, day)


def child_items(
    report: Report,
    children: list[dict[str, Any]],
    order: int,
    text: str,
    lang: Lang,
    day: date,
) -> str | None:
    """Child `order`'s items from the Report, each with its status and clause, then the
    family's items that reach a child of its age; None when the Report has none of its own."""
    own = [e for e in report.entitlements if e.child == order]
    if not own:
        return None
    years = _age_years(children[order - 1], day)
    reaching = ordered(
        [
            e
            for e in report.entitlements
            if _reaches_child(e, years, day, order, children[order - 1])
        ]
    )
    name = child_called(order, children, text, lang)
    plural = "" if years == 1 else "s"
    aged = "" if years is None else t(lang, f"，{years}岁", f", {years} year{plural} old")
    lines = [t(lang, f"{name}{aged}：", f"For {name}{aged}:")]
    # what the child does get first; the items it is not among said once, grouped by reason
    # (tester 42 c01: three "（不符合条件）：仅限第2个、第3个孩子" lines for an eldest)
    granted = [e for e in ordered(own) if e.status != "not_eligible"]
    lines += [
        f"• {render.item_line(e, lang)}{render.status_note(e, lang)}{_clause(e, lang)}"
        for e in granted
    ]
    if reaching:
        lines.append(
            t(
                lang,
                "按年龄，全家的这些项目也惠及这个孩子：",
                "By age, these items of the family reach this child too:",
            )
            if granted
            else t(
                lang,
                "按年龄，全家的这些项目惠及这个孩子：",
                "By age, these items of the family reach this child:",
            )
        )
        lines += [  # "(you qualify)" once in a list is enough: said only of the others
            f"• {label(e, lang)}"
            f"{render.status_note(e, lang) if e.status != 'eligible' else ''}{_clause(e, lang)}"
            for e in reaching
        ]
    lines += _not_among(ordered([e for e in own if e.status == "not_eligible"]), lang)
    lines.append(
        t(
            lang,
            "全家适用的其他各项，回复“还有别的吗”可以看；问某一项可以看条件和条款。",
            'For the items of the whole family reply "anything else"; ask about one item for '
            "its conditions and clause.",
        )
    )
    return "\n".join(lines)


def bare_child_answer(tracker: Tracker, text: str, lang: Lang, day: date) -> str | None:
    """After the answer, a bare follow-up naming one child of the family and no measure ("and
    the 5 year old?", "the older one?", 那5岁的呢): that child's items, before any measure the
    message's words find by search or the measure discussed for another child (tester 45:
    "year old" found clause 8's support for childcare institutions, 那5岁的呢 the 2nd child's
    subsidy). None for any other message."""
    if not tracker.get_slot("result_shown"):
        return None
    question = restated(text)
    if not (short(question) or WHAT_ABOUT.search(question) or ASKS.search(question)):
        return None
    city = tracker.get_slot("city")
    children = tracker.get_slot("children") or []
    if city is None or child_named(question, children, day) is None:
        return None
    from actions.focus import CHILD_MONEY, named_entry  # focus imports results, then this

    if (
        named_entry(normalise(question), city) is not None
        or MONEY.search(question)
        or CHILD_MONEY.search(question)
    ):  # "老大的医保呢", "and the older one's subsidy?", 老二能领多少: that measure's answer
        return None
    return one_child_answer(tracker, text, lang, day)
