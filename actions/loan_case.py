"""The one figure of a table by children and housing-fund payers (Jinan clause 14's loan ceiling)
for the case a question states ("and one payer?" after the ceiling, "jinan 3rd child, both parents
pay housing fund, first home. max HPF loan?"), instead of the whole table again or a question
for a fact already said. The figures come from policy_kb; the words only pick the cell."""

import re
from typing import Any

from rasa_sdk import Tracker

from actions import clock
from actions.focus import asked_measure, named_entry
from actions.side_questions import context_city, topic
from policy_kb.format import money
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.rule_case import children_said, payers_said
from understanding.text import normalise
from wording.cities import city_name
from wording.language import t

TABLE_UNIT = "by children and contributors"  # the unit of a parameter keyed children → payers


def _money(amount: int, lang: Lang) -> str:
    """90万元 as the plan writes it; 900,000 yuan in English."""
    if lang == "zh" and amount % 10000 == 0:
        return f"{amount // 10000}万元"
    return money(amount, lang)


def _table(entry: Entry) -> dict[int, dict[int, int]] | None:
    for p in entry.parameters.values():
        if TABLE_UNIT in p.unit and isinstance(p.value, dict):
            return {int(k): {int(n): int(v) for n, v in row.items()} for k, row in p.value.items()}
    return None


def case_entry(tracker: Tracker, text: str, city: str | None, lang: Lang) -> Entry | None:
    """The table measure asked: named now, or under discussion when the message names no other
    measure by its words ("and one payer?" after the ceiling)."""
    return table_entry(text, city, lang, topic(tracker))


def table_entry(text: str, city: str | None, lang: Lang, current: Entry | None) -> Entry | None:
    """case_entry with the measure under discussion given (`current`)."""
    asked = asked_measure(text, city, lang)
    if asked is not None and _table(asked) is not None:
        return asked
    named = named_entry(normalise(text), city)
    if current is not None and _table(current) is not None and named in (None, current):
        return current
    return None


# A family of one child asked about ("那老大呢 头胎的家庭能提高额度吗", 独生子女家庭呢, "what about
# families with just one kid?"): the table's rows start at two children.
ONE_CHILD = re.compile(
    r"头胎|一孩|一胎|独生|只有?一个孩子|一个孩子的?家庭"
    r"|\b(?:first|only|one|single|1) (?:child|kid)(?! of)\b|\bjust one (?:child|kid)\b",
    re.I,
)


def one_child_answer(
    tracker: Tracker, text: str, city: str | None, lang: Lang
) -> tuple[str, Entry] | None:
    """ "No" for a family of one child asked about the table measure discussed or named (Jinan
    clause 14 raises the ceiling for two- and three-child families only), with its clause."""
    if not ONE_CHILD.search(text):
        return None
    entry = case_entry(tracker, text, city, lang)
    if entry is None or (table := _table(entry)) is None:
        return None
    least = min(table)
    where = city_name(entry.city, lang)
    document = catalogue().documents[entry.document].title.get(lang)
    return (
        t(
            lang,
            f"不能。{where}方案第{entry.clause}条只提高{least}个及以上孩子家庭的额度，"
            f"一孩家庭不在其中。\n依据：《{document}》第{entry.clause}条",
            f"No. The {where} plan (clause {entry.clause}) raises the ceiling only for families "
            f"with {least} or more children; a one-child family is not among them.\n"
            f"Source: {document}, clause {entry.clause}",
        ),
        entry,
    )


def loan_case_answer(
    tracker: Tracker, text: str, city: str | None, lang: Lang
) -> tuple[str, Entry] | None:
    """The ceiling for the payers the message states (and the children it or the family's facts
    give), with its clause; "no" for a one-child family (one_child_answer); None when the
    message states no payers, or no table measure is asked."""
    payers = payers_said(text)
    if payers is None:
        return one_child_answer(tracker, text, city, lang)
    entry = case_entry(tracker, text, city, lang)
    if entry is None:
        return None
    children: Any = tracker.get_slot("children") or []
    if not children and tracker.get_slot("hotline_case"):  # a caller's children ("back to
        # caller 1: only mom pays housing fund, first home loan max?" of a 3rd child; tester
        # 128 p10 was read the whole table)
        from actions.hotline import case_facts  # hotline imports this module

        case = case_facts(tracker, clock.today())
        children = case.get("children_partial") or case.get("children") or []
    count = children_said(text) or (len(children) if isinstance(children, list) else None)
    said = ceiling_said(entry, payers, count, lang)
    return (said, entry) if said is not None else None


def ceiling_said(entry: Entry, payers: int, count: int | None, lang: Lang) -> str | None:
    """The table's figure for `payers` housing-fund payers and `count` children (every row when
    the count is unknown), with the clause and document; None when `entry` has no table or the
    count is below its first row (one child: Jinan clause 14 raises no ceiling for it)."""
    table = _table(entry)
    if table is None:
        return None
    rows = sorted(table)
    if count:
        if count < rows[0]:
            return None  # one child: the plan raises no ceiling for it
        rows = [min(count, rows[-1])]
    cells = {row: table[row][min(payers, max(table[row]))] for row in rows}
    figures = sorted(set(cells.values()))
    who = t(
        lang,
        "一人缴存" if payers == 1 else "两人及以上缴存",
        "One payer" if payers == 1 else "Two or more payers",
    )
    family = {
        2: t(lang, "二孩家庭", "2-child families"),
        3: t(lang, "三孩及以上家庭", "families with 3 or more children"),
    }
    if len(figures) == 1:
        whose = (
            t(lang, f"（{family[rows[0]]}）", f" ({family[rows[0]]})")
            if len(rows) == 1
            else t(lang, "（二孩、三孩家庭都是）", " (for both 2- and 3-child families)")
        )
        said = t(
            lang,
            f"{who}：住房公积金最高贷款额度{_money(figures[0], lang)}{whose}",
            f"{who}: a housing fund loan of at most {_money(figures[0], lang)}{whose}",
        )
    else:
        each = t(lang, "；", "; ").join(
            t(lang, f"{family[r]}{_money(v, lang)}", f"{family[r]} {_money(v, lang)}")
            for r, v in cells.items()
        )
        said = t(lang, f"{who}：{each}", f"{who}: {each}")
    lead_in, source = _loan_source(entry, lang).split("\n", 1)
    clause = t(
        lang, f"（{lead_in.rstrip('。')}）。\n{source}", f" ({lead_in.rstrip('.')}).\n{source}"
    )
    return said + clause


def hukou_city_loan(tracker: Tracker, text: str, lang: Lang) -> tuple[str, Entry] | None:
    """The loan ceiling of the plan of the family's hukou city, asked by a family living in the
    other city ("济南买房公积金能贷多少 我俩都交着" from a Jinan-hukou family in Beijing, tester 47
    c4 got the height question, then Beijing's silence): the cell for its payers and children
    (Jinan clause 14: 900,000 yuan for two children and two payers), then what the plan leaves
    unsaid (its fund's contributors; housing fund paid in the other city) and its lead
    department. None unless the hukou city differs from the city lived in, its plan has the
    table measure asked, and the payers are told (now or before)."""
    from actions.render import lead_departments  # render imports the answers that use this

    home, hukou = tracker.get_slot("city"), tracker.get_slot("hukou_city")
    if not home or not hukou or hukou == home:
        return None
    entry = table_entry(text, hukou, lang, topic(tracker))
    if entry is None or entry.city != hukou:
        return None
    payers = payers_said(text) or tracker.get_slot("housing_fund_contributors")
    if not isinstance(payers, int) or payers < 1:
        return None
    children: Any = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
    count = children_said(text) or (len(children) if isinstance(children, list) else None)
    said = ceiling_said(entry, payers, count, lang)
    if said is None:
        return one_child_answer(tracker, text, hukou, lang)
    there, here = city_name(hukou, lang), city_name(home, lang)
    silent = t(
        lang,
        f"方案写的是{there}的住房公积金缴存职工家庭；在{here}缴存的公积金算不算，方案没有写。",
        f"The plan is for families paying into {there}'s housing provident fund; whether "
        f"contributions paid in {here} count, it does not say.",
    )
    head, _, source = said.rpartition("\n")
    return "\n".join([head, silent, source, lead_departments(entry, lang)]), entry


def family_loan_case(tracker: Tracker, text: str, lang: Lang) -> tuple[str, Entry] | None:
    """The family's own figure for the payers the message states ("两个人都交公积金呢", "and if
    both of us pay in?" after the loan ceiling), worked out with the children it told, those on
    the way included (Jinan clause 14: 900,000 for two children and two payers now, 1,000,000
    once the third is born; tester 35 c09, c02 got the whole table again). Buying a first home
    is taken as given when not told, and said. None: no payers stated, no table measure asked,
    no children told, or the answer still needs a fact."""
    from actions.focus import focus  # the answers' modules import this one
    from actions.household import household_from_slots
    from actions.render import PRESUMED_SAID, describe_change, presumed_condition
    from actions.results import focused_reply

    payers = payers_said(text)
    slots = dict(tracker.slots)
    told = slots.get("children") or slots.get("children_partial")
    if payers is None or not told:
        return None
    day = clock.today()
    coming = any(str(c.get("birth_date") or "")[:10] > day.isoformat() for c in told)
    if slots.get("children") and not coming:
        return None  # every date known, none on the way: the table's cell (loan_case_answer)
    if slots.get("housing_fund_contributors") not in (None, payers):
        return None  # other payers than those noted: the what-if, today's figure beside
    entry = case_entry(tracker, text, slots.get("city"), lang)
    if entry is None or entry.city != slots.get("city"):
        return None
    trial = {**slots, "housing_fund_contributors": payers}
    presumed: tuple[str, ...] = ()
    if trial.get("buying_first_home") is None and "buying_first_home" in PRESUMED_SAID:
        trial["buying_first_home"], presumed = True, ("buying_first_home",)
    if focus(trial, entry.id, day).missing:
        return None
    reply = focused_reply(tracker, trial, entry, lang, question=text)
    before = household_from_slots({**slots, "buying_first_home": trial["buying_first_home"]}, day)
    after = household_from_slots(trial, day)
    change = describe_change(before, after, lang) if before and after else ""
    given = presumed_condition(presumed, lang) if presumed else ""
    if change:
        lead = t(lang, f"假设{change}{given}：", f"If {change}{given}:")
    else:
        lead = t(lang, f"按您家的情况{given}：", f"For your family{given}:") if given else ""
    return (lead + "\n" + reply if lead else reply), entry


# A child to come put without "if" ("再生一个的话", "再要一个 能多贷吗", "a 3rd later").
LATER = re.compile(r"再生|再要|再添|以后|将来|\blater\b|\bin the future\b|\bsomeday\b", re.I)


# One more child put as a bare follow-up ("and with a third?", "what about a 3rd one?"): the
# supposition and the child both, unsaid.
ELLIPTIC_MORE = re.compile(
    r"\b(?:and|what about|how about)\s+(?:with\s+|for\s+)?(?:a\s+)?(?:third|3rd)"
    r"(?:\s+(?:one|child|kid|baby))?\s*(?:\?|$)",
    re.I,
)


# A change asked of the figure ("doesnt help us", "raise the limit", 能多贷, 提高额度).
RAISES = re.compile(
    r"\b(?:help|helps|raise|raises|increase|increases|change|changes|go up|goes up|more|higher)\b"
    r"|提高|多贷|增加|涨|变",
    re.I,
)


def _unborn(children: list[dict[str, Any]]) -> int:
    """How many of the children told are still on the way today."""
    day = clock.today().isoformat()
    return sum(1 for c in children if str(c.get("birth_date") or "")[:10] > day)


# A payer added to the one known ("and i start paying into the fund too", 我也开始交公积金).
PAYER_ADDED = re.compile(
    r"\b(?:i|he|she|my (?:wife|husband))\b[^.,;?]{0,20}\b(?:start|starts|started|begin|begins"
    r"|will|also)\b[^.,;?]{0,20}\b(?:pay|paying|contribut\w*)\b"
    r"|\b(?:pay|paying|pays|contribut\w*)\b[^.,;?]{0,25}\b(?:too|as well)\b"
    r"|(?:也|再)(?:开始)?(?:交|缴)(?:上)?(?:了)?公积金",
    re.I,
)


def more_children_answer(
    slots: dict[str, Any], text: str, lang: Lang, current: Entry | None = None
) -> tuple[str, Entry] | None:
    """The table measure with one more child supposed ("if we have a 3rd later, does the loan
    limit go up?", "要是再生个老三 公积金能多贷吗"): yes or no for the family's payers, then each
    payer count's figure for that many children beside the figure for the children told (those
    on the way counted once born; Jinan clause 14: 1,000,000 yuan for three children and two
    payers against 900,000 for two, 600,000 for one payer either way). None when no further
    child is supposed, no table measure is asked (named, or `current` under discussion), or the
    family's children (in `slots`) are not told."""
    from actions.results import ANOTHER_CHILD, SUPPOSING  # results imports the answers' modules

    elliptic = ELLIPTIC_MORE.search(text)
    named = table_entry(text, slots.get("city"), lang, None)
    # "so a third kid doesnt help us at all on the loan?": the measure named, one more child
    # supposed without "if"
    supposed = (
        SUPPOSING.search(text)
        or LATER.search(text)
        or elliptic
        or (named is not None and RAISES.search(text))
    )
    if not (supposed and (elliptic or ANOTHER_CHILD.search(normalise(text)))):
        return None
    entry = named or table_entry(text, slots.get("city"), lang, current)
    if entry is None or entry.city != slots.get("city") or (table := _table(entry)) is None:
        return None
    told: list[dict[str, Any]] = slots.get("children") or slots.get("children_partial") or []
    if not told:
        return None
    now = len(told)
    then = children_said(text) or now + 1
    rows = sorted(table)
    if then <= now or then < rows[0]:
        return None
    row_then = min(then, rows[-1])
    row_now = min(now, rows[-1]) if now >= rows[0] else None
    payers = payers_said(text) or slots.get("housing_fund_contributors")
    added = PAYER_ADDED.search(text)
    if (
        payers == 1
        and not payers_said(text)
        and added
        and not re.search(r"[?？]", text[: added.start()])
    ):
        # "…and i start paying into the fund too, how much then": one more payer in the same
        # supposition (tester 69 c8); "…what's the ceiling then? and what if my wife starts paying
        # in too?" asks each apart: the family's one payer first
        payers = 2
    order = sorted(table[row_then], key=lambda p: (p != payers, p))

    def cell(row: int, p: int) -> int:
        return table[row][min(p, max(table[row]))]

    lines = []
    for p in order:
        who = t(
            lang,
            "一人缴存" if p == 1 else "两人及以上缴存",
            "One payer" if p == 1 else "Two or more payers",
        )
        new = money(cell(row_then, p), lang)
        if row_now is None:
            before = t(lang, f"{now}个孩子时方案没有提高额度", f"with {now}, no raised ceiling")
        elif cell(row_now, p) == cell(row_then, p):
            before = t(lang, f"与{now}个孩子时相同", f"the same as with {now}")
        else:
            old = money(cell(row_now, p), lang)
            before = t(lang, f"{now}个孩子时{old}", f"with {now}: {old}")
        lines.append(
            t(
                lang,
                f"• {who}：{then}个孩子时最高{new}（{before}）",
                f"• {who}: with {then} children up to {new} ({before})",
            )
        )
    if payers in table[row_then]:
        goes_up = row_now is None or cell(row_then, int(payers)) > cell(row_now, int(payers))
        lead = (
            t(lang, "能，额度会提高。", "Yes, the ceiling goes up.")
            if goes_up
            else t(lang, "不会，一人缴存的额度不变。", "No, with one payer it stays the same.")
        )
    else:
        lead = t(lang, "要看几人缴存公积金：", "It depends on how many of you pay in:")
    coming = _unborn(told)
    counted = (
        t(
            lang,
            f"（{now}个孩子含还没出生的{coming}个，出生后才计入。）",
            f"(The {now} children include {coming} on the way, counted once born.)",
        )
        if coming
        else ""
    )
    source = _loan_source(entry, lang)
    return "\n".join(p for p in (lead, *lines, counted, source) if p), entry


def _loan_source(entry: Entry, lang: Lang) -> str:
    """'济南方案第14条，买首套自住住房用公积金贷款。\n依据：《…》第14条': the clause the loan
    ceiling comes from, what it is for, and the document."""
    where = city_name(entry.city, lang)
    document = catalogue().documents[entry.document].title.get(lang)
    return t(
        lang,
        f"{where}方案第{entry.clause}条，买首套自住住房用公积金贷款。\n依据：《{document}》第{entry.clause}条",
        f"{where} plan, clause {entry.clause}; buying a first owner-occupied home.\n"
        f"Source: {document}, clause {entry.clause}",
    )


# A row of the table asked after its figure was given ("and for 2 kids?", "那两个孩子呢", "what
# about 3 children"): a follow-up naming a count of children and no other measure.
ROW_FOLLOW_UP = re.compile(
    r"\b(?:and|what about|how about|for|with)\b[^.?!]{0,12}\b(?:\d|two|three)\s*(?:kids?|child"
    r"(?:ren)?)\b|(?:那|如果|要是)?[^，,。?？]{0,4}(?:\d|两|俩|三|仨)个?(?:孩子|娃|小孩)(?:的)?(?:家庭)?"
    r"(?:呢|的话)"
    # "要是再生个老三呢", "三胎的话呢", "what if we have a third": one more child, that row
    r"|(?:再生|再要|生了?|有了?)(?:个|一个)?(?:老三|三胎|第三个|老3\u2060?|3胎|第3个)(?:孩子)?"
    r"(?:呢|的话|以后|之后|(?=\s)|$)"
    r"|\b(?:have|had|get|got) (?:a )?(?:third|3rd)(?: (?:one|child|kid|baby))?\b",
    re.I,
)


def table_supposed(text: str, city: str | None, lang: Lang) -> bool:
    """A table measure asked of a family supposed ("housing fund loan max if we have 3 kids but
    only i pay into it", "要是三个孩子 一个人交 能贷多少"): the figure for that case, not facts
    told of the family (tester 49 c10 was asked three birth dates)."""
    from actions.results import SUPPOSING  # results imports the answers' modules

    if SUPPOSING.search(text) is None:
        return False
    # "… loan max if …", put without a question mark: the measure named asks it
    entry = table_entry(text, city, lang, None) or named_entry(normalise(text), city)
    return entry is not None and _table(entry) is not None


# A count of payers named in a cell asked ("俩人交是100万吗", "一个人交呢", "one person paying"),
# read on normalised text (俩 and 一 are digits there).
PAYERS_NAMED = re.compile(
    r"(?<![\d.个])(?P<n>[1-4])\s*个?人(?:都)?(?:在)?(?:交|缴)|(?P<couple>2口子|两口子|双职工)(?:都)?(?:交|缴)"
    r"|\b(?P<en>one|two|1|2|3) (?:person|people|payers?|contributors?)\b",
    re.I,
)
AMOUNT_PUT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万)?", re.I)  # "100万", "600,000"
CELL_QUESTION = re.compile(r"[吗呢?？]|对吧|是吧|对不对|多少|\bright\b|\bhow much\b", re.I)
EN_PAYERS = {"one": 1, "two": 2}


def cells_asked(
    tracker: Tracker, text: str, lang: Lang, hotline: bool = False
) -> tuple[str, Entry] | None:
    """The table's cells a question names by children and payers, the measure under discussion
    or named ("三个娃俩人交是100万吗 一个人交呢", "所以三个娃一个人交是60万 两个人交是100万 对吧"
    after the loan ceiling): each cell with its clause, "对。" first when every figure put back
    is the cell's, "不对：" when one is not; None for any other message (tester 51 c6 heard
    "家里3人交" and then 1,000,000 for one payer, clause 14 giving 600,000). `hotline`: a
    worker's question, of no family ("三孩家庭双职工缴存 最高贷多少 一个人缴呢": both cells)."""
    said = normalise(text)
    if not CELL_QUESTION.search(said):
        return None
    entry = table_entry(text, tracker.get_slot("city"), lang, topic(tracker))
    if entry is None or (table := _table(entry)) is None:
        return None
    count = children_said(text)
    payers = [
        int(m.group("n")) if m.group("n") else 2 if m.group("couple") else
        EN_PAYERS.get(m.group("en").lower(), 0) or int(m.group("en"))
        for m in PAYERS_NAMED.finditer(said)
    ]  # fmt: skip
    if not count or not payers or count < min(table):
        return None
    family = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
    own = tracker.get_slot("housing_fund_contributors")
    if hotline:
        if len(set(payers)) < 2:
            return None  # one cell: the worker's case as told (hotline_table)
    elif not family or (count == len(family) and set(payers) <= {own}):
        return None  # the family's own case, told or asked: their facts and answer
    row = table[min(count, max(table))]
    cells = {p: row[min(p, max(row))] for p in dict.fromkeys(payers)}
    lines = [str(ceiling_said(entry, p, count, lang)).split("\n", 1) for p in cells]
    checked = {
        float(m.group(1).replace(",", "")) * (10000 if m.group(2) else 1)
        for m in AMOUNT_PUT.finditer(said)
    }
    checked = {n for n in checked if n >= 10000}  # a ceiling, not a count or a year
    put = checked & {float(v) for v in cells.values()}
    wrong = checked - {float(v) for v in cells.values()}
    lead = (
        [t(lang, f"不对，按第{entry.clause}条：", f"Not quite; under clause {entry.clause}:")]
        if wrong
        else [t(lang, "对。", "Yes.")]
        if put
        else []
    )
    body = [first for first, _ in lines] + [lines[-1][1]]
    return "\n".join([*lead, *body]), entry


# One more child supposed ("要是再生个老三呢", "what if we have a third").
ONE_MORE = re.compile(r"再生|再要|生了?|有了?|\bhave\b|\bhad\b|\bget\b|\bgot\b", re.I)
COUNT_WORD = re.compile(r"\d|two|three|third|两|俩|三|仨", re.I)
COUNT_WORDS = {"two": 2, "three": 3, "third": 3, "两": 2, "俩": 2, "三": 3, "仨": 3} | {
    str(n): n for n in range(1, 10)
}


def _count_named(row: re.Match[str]) -> int | None:
    """The count of children a ROW_FOLLOW_UP match names (2 for "with 2 kids", 3 for 三个娃呢)."""
    number = COUNT_WORD.search(row.group(0))
    return COUNT_WORDS.get(number.group(0).lower()) if number else None


def row_follow_up(tracker: Tracker, text: str, lang: Lang) -> tuple[str, Entry] | None:
    """The table's row for the count of children a follow-up names, no children of the family's
    told, after the table measure was answered ("ok so 1 million right? and for 2 kids?" after
    Jinan clause 14's ceiling: 2-child families, 600,000 with one payer and 900,000 with two or
    more; tester 47 e4 got a bare "Yes."): the family's payers when told, else both; a figure
    put back is confirmed first when it is one of the table's. None for any other message."""
    cells = cells_asked(tracker, text, lang)
    if cells is not None:  # "三个娃俩人交是100万吗 一个人交呢": those cells (tester 51 c6)
        return cells
    current = topic(tracker)
    said = normalise(text)
    family = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
    rows = list(ROW_FOLLOW_UP.finditer(said))
    # "900,000 with 2 kids, and with 3 kids would the max be 1,000,000?" from a family of two:
    # the row of the other count is the one asked (tester 53 c7 heard 900,000 again)
    found = next((m for m in rows if _count_named(m) not in (None, len(family))), None) or (
        rows[0] if rows else None
    )
    if current is None or _table(current) is None or found is None:
        return None
    if family and ONE_MORE.search(found.group(0)):
        return None  # a family's own children: what one more would change (more_children_answer)
    count = _count_named(found)
    if family and count == len(family):
        return None  # "那3个孩子呢" of the family's own three: their own case
    named = named_entry(ROW_FOLLOW_UP.sub(" ", said), current.city)  # "2个孩子" names no measure
    if count is None or named not in (None, current):
        return None
    payers = payers_said(said) or tracker.get_slot("housing_fund_contributors")
    if isinstance(payers, int) and payers >= 1:
        row = ceiling_said(current, payers, count, lang)
    else:
        each = [ceiling_said(current, n, count, lang) for n in (1, 2)]
        if None in each:
            row = None
        else:
            first, second = (str(e).split("\n", 1) for e in each)
            row = "\n".join([first[0], second[0], first[1]])
    if row is None:
        return one_child_answer(tracker, text, current.city, lang)
    from actions.focus import figures_checked  # the answers' modules import this one

    table = _table(current) or {}
    figures = {v for cells in table.values() for v in cells.values()}
    checked, _ = figures_checked(text)
    if checked and checked & {float(v) for v in figures}:
        row = t(lang, "对。", "Yes.") + "\n" + row
    return row, current


def supposed_payers_figure(tracker: Tracker, text: str, lang: Lang) -> tuple[str, Entry] | None:
    """A figure put back for payers supposed ("那要是我下个月也开始交公积金呢 是90万吧" of a family
    of one child and one on the way, one payer noted): yes or no for the table's cell of those
    payers and the children told, those on the way counted once born (Jinan clause 14: 900,000
    for two children and two payers; tester 62 c8 got "不是" and the monthly subsidy). None when
    no payers are supposed, no figure is put back or no table measure is asked."""
    from actions.focus import figures_checked  # the answers' modules import this one
    from actions.household_form import read_message

    slots = dict(tracker.slots)
    said = read_message(text, slots, clock.today())
    payers = next(
        (
            int(u.value)
            for u in said
            if u.fact == "housing_fund_contributors" and u.kind == "question"
        ),
        None,
    )
    figures = figures_checked(text)[0]
    if payers is None or not figures:
        return None
    entry = case_entry(tracker, text, slots.get("city"), lang)
    told = slots.get("children") or slots.get("children_partial") or []
    table = _table(entry) if entry is not None else None
    if entry is None or table is None or len(told) < min(table):
        return None
    row = table[min(len(told), max(table))]
    cell = row[min(payers, max(row))]
    verdict = t(lang, "对。", "Yes. ") if cell in figures else t(lang, "不是。", "No. ")
    later = (
        t(lang, "还没出生的孩子出生后，", "Once the child on the way is born: ")
        if _unborn(told)
        else ""
    )
    line = ceiling_said(entry, payers, len(told), lang)
    return (verdict + later + line, entry) if line is not None else None


def hotline_loan_answer(tracker: Tracker, text: str, lang: Lang) -> tuple[str, Entry] | None:
    """A worker's loan question (Jinan clause 14) answered from the table: the cells named
    (cells_asked), the table asked whole (hotline_table), else the caller's own cell
    (loan_case_answer); None for any other message. The answer action and the household form
    (a worker's case read as "inform") both answer with it: tester 135 p10's caller with two
    payers and two children was read the whole table, and then 600,000 for one payer."""
    from actions.hotline import hotline_table  # hotline imports this module

    return (
        cells_asked(tracker, text, lang, hotline=True)
        or hotline_table(tracker, text, lang)
        or loan_case_answer(tracker, text, context_city(tracker), lang)
    )
