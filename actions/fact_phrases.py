"""Household facts in a user's own words, Chinese or English, several per message.

`read_facts(text, today, requested)` returns what the message states; the form merges it into
what is already known. `requested` is the fact the bot just asked about, so a bare "yes", "2" or
"没有" answers that question."""

import re
from dataclasses import dataclass, field
from datetime import date

from actions.date_phrases import DatePhrase, find_dates, normalise
from wording.cities import patterns

ORDINALS = [
    (re.compile(r"老大|大宝|大的|老1|第1个|头胎|eldest|oldest|first|older one|1st", re.I), 1),
    (re.compile(r"老2|2宝|第2个|2胎|second|2nd|middle", re.I), 2),
    (re.compile(r"老3|3宝|第3个|3胎|third|3rd", re.I), 3),
    (re.compile(r"老4|第4个|fourth|4th", re.I), 4),
    (re.compile(r"老小|小的|最小|youngest|younger|baby", re.I), -1),
]
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1, "an": 1, "only": 1}
CITY = patterns()  # {"jinan": 济南|泉城|jinan|ji nan, ...} from wording/cities.yaml
NEGATION = re.compile(
    r"不是|没有|没|无|非|不|外地|外省|外市|\bnot\b|\bno\b|\bnon|n't|\bnever\b|elsewhere|another city|other city",
    re.I,
)

HUKOU = re.compile(
    r"户口|户籍|落户|hukou|household registration|registered resident|local resident", re.I
)
CHILD_COUNT = re.compile(
    r"(?P<n>\d{1,2})\s*(?:个|名|位)?\s*(?:孩子|小孩|娃|宝宝|子女|孩)"
    r"|(?P<w>\d{1,2}|one|two|three|four|five|a|an|only)\s+(?:kids?|children|child|babies|baby)\b",
    re.I,
)
NO_CHILDREN = re.compile(
    r"没有孩子|还没(?:有)?孩子|没孩子|no (?:kids|children)|childless|don't have (?:any )?(?:kids|children)",
    re.I,
)
TWINS = re.compile(r"双胞胎|双胞|龙凤胎|twins", re.I)
INSURANCE = [
    (
        "flexible_employment",
        re.compile(r"灵活就业|自由职业|个体|flexibl[ey]\w*|self[- ]employed|freelanc", re.I),
    ),
    (
        "employee_maternity",
        re.compile(
            r"生育保险|生育险|职工医保|职工保险|单位(?:交|缴|给交)|五险一金|社保|employee maternity|maternity insurance|employer insurance|through (?:my|her) (?:job|employer|company)",
            re.I,
        ),
    ),
    (
        "resident_medical",
        re.compile(
            r"居民医保|城乡居民|新农合|居民保险|resident (?:medical|health)? ?insurance|residents'? (?:medical|health)",
            re.I,
        ),
    ),
    (
        "none",
        re.compile(
            r"没有(?:任何)?(?:医疗)?保险|没(?:买|交|参加)(?:任何)?(?:医疗)?保险|没有医保|无医保|no (?:medical |health )?insurance|not insured|uninsured",
            re.I,
        ),
    ),
]
HARDSHIP = re.compile(
    r"低保|特困|失业(?:保险)?金|领失业|dibao|minimum subsistence|special hardship|unemployment (?:insurance )?benefits?|on unemployment",
    re.I,
)
# "生老三的时候", "二宝出生那会儿", "when our second was born": the birth a hardship is said of.
AT_BIRTH_OF = re.compile(
    r"生\s*(?P<a>老\d|\d宝|\d胎|第\d个)\s*(?:孩子)?\s*(?:的时候|那会儿?|时)"
    r"|(?P<b>老\d|老大|大宝|\d宝|第\d个)\s*(?:孩子)?\s*(?:出生|生)\s*(?:的时候|那会儿?|时)"
    r"|when (?:our|my|the) (?P<c>first|second|third|eldest|oldest|youngest)\w*(?: one| child| kid)? (?:was|were) born",
    re.I,
)
# "我现在失业在领失业金": hardship now says nothing about the time of a birth.
NOW_ONLY = re.compile(r"现在|目前|如今|\bnow\b|currently", re.I)
BIRTH_WORD = re.compile(r"生|出生|born|birth", re.I)
CONTRIBUTORS = [
    (
        re.compile(
            r"(?:都没|都不|没人|没有人|nobody|no one|neither)[^，。,.]{0,8}(?:交|缴|pays?|contributes?)|没有公积金|没交公积金|no housing fund|don't pay (?:into )?(?:the )?housing fund",
            re.I,
        ),
        0,
    ),
    (
        re.compile(
            r"(?:都|俩都|两人都|both)[^，。,.]{0,6}(?:交|缴|pay|contribute)[^，。,.]{0,6}(?:公积金|housing fund|provident)|both of us pay",
            re.I,
        ),
        2,
    ),
    (
        re.compile(
            r"(?:只有|就|only)\s*(?:我|他|她|老公|老婆|one of us|me|my (?:husband|wife))[^，。,.]{0,8}(?:交|缴|pays?|contributes?)",
            re.I,
        ),
        1,
    ),
]
CONTRIBUTOR_COUNT = re.compile(
    r"(?P<n>\d)\s*(?:个人|人|个|people|persons?|of us|members?)[^，。,.]{0,8}(?:交|缴|pay|contribute)|(?:交|缴)[^，。,.]{0,6}公积金[^，。,.]{0,4}(?P<m>\d)\s*(?:个人|人)",
    re.I,
)
FUND = re.compile(r"公积金|housing fund|provident fund", re.I)
FIRST_HOME = re.compile(
    r"首套|买房|购房|买房子|第一套房|buy(?:ing)? (?:a |our |my )?(?:first )?(?:home|house|flat|apartment)|first home",
    re.I,
)
OWNS_HOME = re.compile(
    r"有房|自己的房|自有住房|房子是自己|own (?:a |our |my )?(?:home|house|flat|apartment)|homeowner",
    re.I,
)
RENTING = re.compile(r"租房|租的房|租住|在租|rent(?:ing)?\b|tenant", re.I)
DONT_KNOW = re.compile(
    r"不知道|不清楚|不确定|跳过|不记得|说不好|skip|don'?t know|dunno|not sure|no idea|pass\b|idk",
    re.I,
)
YES = re.compile(
    r"^(?:是|是的|对|对的|嗯|有|有的|要|打算|yes|yeah|yep|yup|sure|correct|right|we do|i do|true|ok|y)\b",
    re.I,
)
NO = re.compile(
    r"^(?:不是|不|没有|没|无|否|不要|不打算|no|nope|nah|not really|we don'?t|i don'?t|false|n)\b",
    re.I,
)
HEIGHT = re.compile(
    r"(?P<m>1)\s*米\s*(?P<dm>\d{1,2})?|(?P<cm>\d{2,3}(?:\.\d)?)\s*(?:cm|厘米|公分)|(?P<mm>1\.\d{1,2})\s*(?:m|米|meters?|metres?)\b"
    r"|(?:身高|个子|height(?: is)?)\s*(?P<bare>[0-2]\.\d{1,2})(?![\d.])",
    re.I,
)
# A four-digit year no birth can have ("9999年", "0001-01-01"): told, not silently dropped.
YEAR_WRITTEN = re.compile(r"(?<!\d)(\d{4})\s*(?:年|[-/.]\s*\d{1,2})")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100


SHORT_ANSWER_CHARS = 20  # "是的", "2个人", "no, we don't": longer replies say what they mean
QUESTION = re.compile(r"[?？]|什么|怎么|吗|哪|多少|how|what|which|when|why|can i|do i", re.I)
MAX_CHARS = 1000  # facts come in a sentence or two; a pasted essay is read no further


@dataclass
class DatedChild:
    """A birth date in the message, with the child it was said of (1-based; -1 = youngest)."""

    phrase: DatePhrase
    ordinal: int | None = None


@dataclass
class Facts:
    """What one message states. None = not mentioned."""

    city: str | None = None
    hukou_in_city: bool | None = None
    child_count: int | None = None
    twins: bool = False
    dated_children: list[DatedChild] = field(default_factory=list)
    heights: list[tuple[int | None, float]] = field(default_factory=list)
    birth_insurance: str | None = None
    hardship_at_birth: bool | None = None
    child_hardship: list[tuple[int, bool]] = field(default_factory=list)
    housing_fund_contributors: int | None = None
    buying_first_home: bool | None = None
    owns_home_in_city: bool | None = None
    renting: bool | None = None
    dont_know: bool = False

    def household_values(self) -> dict[str, object]:
        """The yes/no and categorical facts stated, by slot name."""
        names = (
            "city", "hukou_in_city", "birth_insurance", "hardship_at_birth",
            "housing_fund_contributors", "buying_first_home", "owns_home_in_city", "renting",
        )  # fmt: skip
        return {n: getattr(self, n) for n in names if getattr(self, n) is not None}


def _clauses(text: str) -> list[str]:
    return [
        c
        for c in re.split(r"[，。,.;；!！?？\n]|\band\b|\bbut\b|但是|而且|并且", text)
        if c.strip()
    ]


def _negated(clause: str, match: re.Match[str]) -> bool:
    """A negation shortly before the mention, or right after it in Chinese ("户口不在济南")."""
    before = clause[max(0, match.start() - 12) : match.start()]
    after = clause[match.end() : match.end() + 6]
    return bool(NEGATION.search(before) or re.match(r"\s*(?:不|没|不在|not)", after))


def _polar(clauses: list[str], pattern: re.Pattern[str]) -> bool | None:
    for clause in clauses:
        m = pattern.search(clause)
        if m:
            return not _negated(clause, m)
    return None


def _hukou(clauses: list[str], facts: Facts) -> None:
    for clause in clauses:
        m = HUKOU.search(clause)
        if not m:
            continue
        city = next((c for c, p in CITY.items() if p.search(clause)), None)
        local = re.search(r"本地|本市|当地|local", clause, re.I)
        if facts.city and city and city != facts.city:
            facts.hukou_in_city = False
        else:
            facts.hukou_in_city = not _negated(clause, m) and not re.search(
                r"外地|外省|外市|elsewhere|another|other", clause, re.I
            )
        if city and not facts.city and facts.hukou_in_city:
            facts.city = city
        if (
            not city
            and not local
            and facts.hukou_in_city
            and re.search(r"有户口|have (?:a )?hukou", clause, re.I) is None
        ):
            continue
        return


def _children(text: str, today: date, facts: Facts) -> None:
    if NO_CHILDREN.search(text):
        facts.child_count = 0
        return
    m = CHILD_COUNT.search(text)
    if m:
        raw = m.group("n") or m.group("w")
        facts.child_count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw.lower()]
    elif re.search(r"2胎|2孩|second child|2nd child", text, re.I) and not facts.dated_children:
        facts.child_count = facts.child_count or None
    facts.twins = bool(TWINS.search(text))
    previous_end = 0
    for phrase in find_dates(text, today):
        window = text[max(previous_end, phrase.start - 30) : phrase.start]
        previous_end = phrase.end
        facts.dated_children.append(DatedChild(phrase, _closest_ordinal(window)))


def _closest_ordinal(window: str) -> int | None:
    """The child named last before a date or height ("老大2019年，老二…" -> 老二 for the second)."""
    best: tuple[int, int] | None = None
    for pattern, value in ORDINALS:
        for m in pattern.finditer(window):
            if best is None or m.end() > best[0]:
                best = (m.end(), value)
    return best[1] if best else None


def _heights(text: str, facts: Facts) -> None:
    previous_end = 0
    for m in HEIGHT.finditer(text):
        if m.group("cm"):
            cm = float(m.group("cm"))
        elif m.group("mm") or m.group("bare"):
            cm = round(float(m.group("mm") or m.group("bare")) * 100, 1)
        else:
            dm = m.group("dm") or "0"
            cm = 100 + float(dm) * (10 if len(dm) == 1 else 1)
        window = text[max(previous_end, m.start() - 30) : m.start()]
        previous_end = m.end()
        facts.heights.append((_closest_ordinal(window), cm))


def impossible_year(text: str) -> int | None:
    """A year written as a date (2024年, 2024-05) outside 1900-2100, or None."""
    for m in YEAR_WRITTEN.finditer(normalise(text[:MAX_CHARS])):
        year = int(m.group(1))
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            return year
    return None


def _hardship(clauses: list[str], facts: Facts) -> None:
    """Dibao, special hardship support or unemployment benefits at a birth: of one child when
    the clause names the birth ("生老三的时候在领低保"), of every birth otherwise; "now" alone
    ("我现在失业在领失业金") says nothing about a birth and is not taken."""
    for clause in clauses:
        m = HARDSHIP.search(clause)
        if not m:
            continue
        held = not _negated(clause, m)
        birth = AT_BIRTH_OF.search(clause)
        if birth:
            said = next(g for g in birth.groups() if g)
            order = _closest_ordinal(said)
            if order is not None and order > 0:
                facts.child_hardship.append((order, held))
                continue
        if NOW_ONLY.search(clause) and not BIRTH_WORD.search(clause):
            continue
        facts.hardship_at_birth = held
        return


def _contributors(clauses: list[str], text: str) -> int | None:
    if not FUND.search(text):
        return None
    for pattern, value in CONTRIBUTORS:
        if pattern.search(text):
            return value
    for clause in clauses:
        m = CONTRIBUTOR_COUNT.search(clause)
        if m:
            return int(m.group("n") or m.group("m"))
    return None


def _answer(text: str, requested: str | None, facts: Facts) -> None:
    """A short reply to the question just asked ("是", "no", "2")."""
    stripped = text.strip()
    if requested is None or len(stripped) > SHORT_ANSWER_CHARS or QUESTION.search(stripped):
        return
    bools = (
        "hukou_in_city",
        "hardship_at_birth",
        "buying_first_home",
        "owns_home_in_city",
        "renting",
    )
    if requested in bools and getattr(facts, requested) is None:
        if NO.search(stripped):
            setattr(facts, requested, False)
        elif YES.search(stripped):
            setattr(facts, requested, True)
    elif requested == "housing_fund_contributors" and facts.housing_fund_contributors is None:
        m = re.fullmatch(r"\D{0,6}(\d)\D{0,8}", stripped)
        if m:
            facts.housing_fund_contributors = int(m.group(1))
        elif re.search(r"都没|没人|nobody|no one|neither|none", stripped, re.I) or NO.search(
            stripped
        ):
            facts.housing_fund_contributors = 0
        elif re.search(r"都交|都缴|both|all of us", stripped, re.I):
            facts.housing_fund_contributors = 2
        elif re.search(r"只有|就我|就他|就她|only|just (?:me|one)|one of us", stripped, re.I):
            facts.housing_fund_contributors = 1
    elif requested == "children" and facts.child_count is None:
        m = re.fullmatch(r"\D{0,4}(\d{1,2})\s*(?:个|kids?|children)?\D{0,4}", stripped)
        if m and not facts.dated_children:
            facts.child_count = int(m.group(1))
        elif NO.search(stripped):
            facts.child_count = 0


def read_facts(text: str, today: date, requested: str | None = None) -> Facts:
    """Every household fact `text` states; `requested` is the question the bot just asked."""
    norm = normalise(text[:MAX_CHARS])
    clauses = _clauses(norm)
    facts = Facts()
    cities = [c for c, p in CITY.items() if p.search(norm)]
    if len(cities) == 1:
        facts.city = cities[0]
    _hukou(clauses, facts)
    _children(norm, today, facts)
    _heights(norm, facts)
    for value, pattern in INSURANCE:
        if pattern.search(norm):
            facts.birth_insurance = value
            break
    _hardship(clauses, facts)
    facts.housing_fund_contributors = _contributors(clauses, norm)
    facts.buying_first_home = _polar(clauses, FIRST_HOME)
    facts.owns_home_in_city = _polar(clauses, OWNS_HOME)
    facts.renting = _polar(clauses, RENTING)
    if facts.owns_home_in_city is None and re.search(r"无房|没房|没有房|don't own", norm, re.I):
        facts.owns_home_in_city = False
    facts.dont_know = bool(DONT_KNOW.search(norm))
    _answer(norm, requested, facts)
    return facts
