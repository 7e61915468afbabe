"""`understand(text, known, asked, today)`: the fact updates one message states.

`known` is the household so far in the corpus's shape (tests/corpus/README.md): household keys
and `children`, a list in birth order of {birth_date, due_date, height_cm, hardship_at_birth}.
`asked` is the fact the bot just asked about; `today` is the date in China.

The children of a message are read as a small story: each mention of a child (老大, 二宝, 小的,
孩子, "our second", 双胞胎) becomes the subject that the dates, ages and heights after it belong to,
across the spaces Chinese phone messages use as commas. Birth orders are then settled: said ones
first, twins together, the rest by age. A fact equal to what is known is no update."""

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from policy_kb.dates import add_months
from understanding import household
from understanding.dates import Mention, find_mentions
from understanding.text import clauses as cut
from understanding.text import normalise
from understanding.updates import FactUpdate, UpdateKind

# --- children ----------------------------------------------------------------------------------

ORDERED = re.compile(
    r"(?P<eldest>老大|大宝|大的|老1(?!\d)|第1个|头胎|头1胎|头1个|第1胎|大闺女|大丫头|大小子|大姑娘|big (?:sis|sister|brother|bro)\b|大儿子|大女儿|大孙子|大孙女|大外孙"
    r"|\beldest\b|\boldest\b|first (?:one|child|kid|son|daughter|born)|(?:our|my|the) first(?! (?:2|two|home|house|marriage|pregnancy|kids|babies|birthday|time))|older one|big one|\b1st\b|\bfirst(?= (?:is|was) ))"
    r"|老(?P<n1>\d)(?!\d)|(?<!\d)(?P<n2>\d)宝|(?<![\d第])(?P<n3>\d)胎|第(?P<n4>\d)(?:个|胎)"
    r"|(?P<en>second|third|fourth)(?= (?:one|child|kid|baby|son|daughter|was|is|born)|$|,)|(?:our|my|the|with) (?P<en2>second|third|fourth|2nd|3rd|4th)(?! of)"
    r"|\ban? (?P<en3>second|third|fourth|2nd|3rd|4th)(?= (?:kid|child|baby|one|son|daughter|pregnancy))"
    r"|(?P<youngest>老小|老幺|幺儿|小幺|小闺女|小丫头|小的|最小的|小宝|小儿子|小女儿|小孙子|小孙女|小外孙|\byoungest\b|younger one|\bthe younger\b|little one|small one)"
    r"|(?:number|(?<![a-z])no\.?|#)\s?(?P<n5>\d)\b(?!\s*(?:kids|children|of))"
    r"|(?P<middle>middle (?:one|child|kid|son|daughter|boy|girl)|中间(?:那个|的那个|的))"
    r"|(?P<later>后面2个?|后2个?)|(?P<first_two>前2个|the first (?:2|one) no|(?:our|the) first (?:2|two)\b)"
    r"|(?P<last_two>2个?小的|小的2个|both little ones|the 2 little ones|the 2 younger ones)"
)
EN_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "2nd": 2, "3rd": 3, "4th": 4}
UNNAMED = re.compile(
    r"孩子(?!他|她|爸|妈)|小孩|(?<!\d)娃|宝宝|宝贝|儿子|女儿|外孙女|外孙|孙女|孙子|哥哥|姐姐|弟弟|妹妹|闺女(?=\d)|(?<=的)闺女|(?<=个)闺女"
    r"|丫头|小子|(?<![大小])崽|\bbaby\b|\bkids?\b|\bkiddos?\b|\btoddler\b|\binfant\b|\bchild\b|\bchildren\b|\bson\b|\bdaughter\b|\bboy\b|\bgirl\b|\bbrother\b|\bsister\b|grandson|granddaughter|\bours\b|\bshe\b|\bhe\b|\bnewborn\b"
)
MULTIPLES = re.compile(
    r"(?P<two>双胞胎|龙凤胎|双胞|twins|\btwin\b|identical (?:boys|girls))|(?P<three>三胞胎|3胞胎|triplets)"
)
PREGNANT = re.compile(
    r"怀孕(?!那会|的时候|时)|怀了|怀上|怀的|怀着|怀(?=老|\d胎)|又怀|在肚子里|肚子里|预产期|再生|再要|想生|这胎|这1胎|这一胎|pregnant|expecting|this pregnancy|on the way|in the oven|\bedd\b"
    r"|(?:老婆|媳妇|爱人|妻子|儿媳妇?|闺女|我)(?:又)?有了(?=\s|$|,|，)"
    r"|due (?:in|on|date|next|early|late|mid)|\bdue\b"
    r"|have (?:a|another|our) (?:baby|child|kid|second|third)"
    r"|(?:如果|要是|假如|万一)(?:再)?生(?:了|个)?(?=老\d|\d胎|第\d|双胞胎)"
)
# What a date or age is about when no child is named beside it: not a birth.
OTHER_TOPIC = re.compile(
    r"户口|户籍|迁|落户|公积金|社保|保险|产假|陪产假|育儿假|假期|休了|失业|低保|特困|工作|上班|下岗|租|房|住了|交了|补贴"
    r"|hukou|fund|insurance|\bleave\b|\bjob\b|dibao|\brent|house|home|moved|paid|unemploy|subsid"
    r"|laid off|fired|\bquit\b|辞职|辞退|裁员|离职|结婚|married|\bmoved\b|搬"
)
BIRTH_WORD = re.compile(
    r"生|出世|满月|预产期|剖|顺产|喜得|千金|添丁|添了|又来了?个|降生|born|arriv|came|\bdob\b|birth|\bdue\b|expect|\bhad (?:our|a|the|twins)"
)
# Days of other events in a child's life, not its birth: 今天刚出院, 上礼拜体检, 上个月学校量的.
OTHER_EVENT = re.compile(
    r"出院|住院|体检|(?:刚|才|学校|医院)?量(?:的|了|过)|测(?:的|了|过)|抓(?:了|的|完)?周|疫苗|打(?:了)?针|复查"
    r"|入园|入学|上学|开学|报名|百日宴|满月酒|回家|办(?:了|的|完)|discharged|check-?up|measured|vaccin"
)
CHILD_ASKS = ("children", "due_date", "children.height_cm")
DUE_WORD = re.compile(r"预产期|预计|\bdue\b|\bedd\b|expecting|怀")
NEW_CHILD = re.compile(r"又添|又生|又有了|刚生|添了|another")
CHILD_COUNT = re.compile(
    r"(?<![\d.第周期拜初米])(?P<n>\d{1,2})\s*(?:个|名|位)?\s*(?:孩子|小孩|娃|宝宝|子女|孙子|孙辈|外孙|女儿|儿子|闺女|千金|丫头|小子|崽)"
    r"|(?:一共|总共|家里|就这)(?:已经|现在|目前|总共|一共)?(?:有|是)?\s*(?P<m>\d)\s*(?:个)?(?=\s|$|都|了|,)"
    r"|(?<!前面)(?<!后面)(?<!前)(?<!后)(?P<k>\d)\s*个(?:都(?!没)|了$|娃$|孩$)"
    r"|(?P<w>\d{1,2}) (?:kids?|kiddos|children|babies|grandchildren|grandkids|(?:boys|girls|sons|daughters)(?! and (?:a|an|1|2|3) ))\b|we have (?P<h>\d)\b(?![- ]?(?:year|month|yo)| (?:sets|pairs))|our (?P<o>\d)\b(?![- ]?(?:year|month|yo))|both our kids|(?:of|have) our 2"
    r"|(?P<t>\d) of them\b"
)
ONLY_THESE = re.compile(
    r"first bab|our first kids|first kids|no other (?:kids|children)|our only kids|only (?:kids|children|ones|babies)|就(?:他|她|他们|她们|这)2(?!\d)|就2孩子|就这2|没有?别的孩子|没有?其他孩子|第1胎|头胎|头1胎|第1次怀|(?:头|第)[1一](?:回|次)当(?:妈|爸|爹|娘)|first[- ]time (?:mom|mum|mother|parents|dad)|that'?s it|no more"
)
NO_CHILDREN = re.compile(
    r"没有孩子|还没(?:有)?孩子|没孩子|1个都还没生|1个都没生|(?:还)?没(?:要|生)(?:过)?(?:孩子|小孩|娃)|no kids|no children|don't have (?:any )?kids"
)
OLDER_SIBLING = re.compile(
    r"上(?:面|头|边)(?:还)?有(?:个|1个)|(?:an?|their|her|his) (?:older|big) (?:brother|sister|sis|bro)"
)
PERSON_NOT_CHILD = re.compile(r"孩子(?:他|她)?(?:爸|妈|爷|奶|姥|外公|外婆)")


@dataclass
class Child:
    """A child the message speaks of (or a group of twins: `size` > 1)."""

    order: int | None = None
    youngest: bool = False
    later: bool = False
    size: int = 1
    word: str = ""
    birth: Mention | None = None
    due: Mention | None = None
    pregnant: bool = False
    height: float | None = None
    height_span: str = ""
    new: bool = False
    first: int = 0  # where it was first named
    seeded: bool = False  # the expected child the bot asked about: told only with a date
    reserves: bool = False  # named by an order of birth (老大, 老二), not by 第N胎
    ahead: bool = False  # its birth is put ahead of today ("what if we had twins next year")
    birth_ref: bool = False  # named as a birth (二胎, 头胎, 第一胎), which can be twins

    @property
    def told(self) -> bool:
        if self.seeded:
            return self.due is not None or self.birth is not None
        return self.birth is not None or self.pregnant or self.height is not None


def _orders(m: re.Match[str]) -> tuple[int | None, bool, bool, list[int]]:
    """(order, youngest, later-pair, first-two) for a birth-order mention."""
    g = m.groupdict()
    if g["eldest"]:
        return 1, False, False, []
    for key in ("n1", "n2", "n3", "n4", "n5"):
        if g[key]:
            return int(g[key]), False, False, []
    if g["en"] or g["en2"] or g["en3"]:
        return EN_ORDINALS[g["en"] or g["en2"] or g["en3"]], False, False, []
    if g["youngest"]:
        return None, True, False, []
    if g["middle"]:
        return 2, False, False, []
    if g["later"]:
        return None, False, True, []
    if g["last_two"]:
        return None, False, False, [-2, -1]
    return None, False, False, [1, 2]


def birth_orders_named(clause: str) -> list[int]:
    """Birth orders a clause names: 老三 -> [3], 前两个 -> [1, 2] (youngest -> [-1])."""
    found: list[int] = []
    for m in ORDERED.finditer(clause):
        order, youngest, _later, pair = _orders(m)
        if order:
            found.append(order)
        elif youngest:
            found.append(-1)
        found.extend(pair)
    return found


HEIGHT = re.compile(
    r"(?P<m>1)\s*米\s*(?P<dm>\d{1,2})?(?!\d|\.\d)|(?P<cm>\d{2,3}(?:\.\d)?)\s*(?:cm|厘米|公分)"
    r"|(?P<mm>1\.\d{1,2})\s*(?:m|米|meters?|metres?)(?![a-z])|(?P<cm2>\d{2,3}(?:\.\d)?)\s*centimet(?:er|re)s?|(?P<mx>1)\s*(?:m|met(?:er|re)s?)\s*(?P<mxd>\d{1,2})\b"
    r"|(?:身高|个子|height(?: is)?|\bis)\s*(?P<bare>1\.\d{1,2})(?!\d|\.\d)|(?:身高|个子|个头|净身高|净高|长到)\s*(?:有|是|大概|差不多|约)?\s*(?P<barecm>\d{2,3})(?!\d|\.\d)"
)
HEIGHT_LIMIT = re.compile(
    r"^\s*(?:以下|以上|以内|之内|之下|以外|才|就要|要买|免)|(?:under|below|over|above|less than|不到|超过|低于|高于|满)\s*$"
)
BARE_CM = re.compile(r"(?P<cm>(?:[5-9]\d|1[0-7]\d))(?![\d.年月岁个天])")
BARE_CM_ALONE = re.compile(r"\s*(?:大概|大约|约|差不多)?\s*" + BARE_CM.pattern + r"\s*")


def _height(m: re.Match[str]) -> float:
    g = m.groupdict()
    if g["cm"] or g["barecm"] or g["cm2"]:
        return float(g["cm"] or g["barecm"] or g["cm2"])
    if g["mm"] or g["bare"]:
        return round(float(g["mm"] or g["bare"]) * 100, 1)
    if g["mx"]:
        d = g["mxd"]
        return 100 + float(d) * (10 if len(d) == 1 else 1)
    dm = g["dm"] or "0"
    return 100 + float(dm) * (10 if len(dm) == 1 else 1)


@dataclass
class _Event:
    start: int
    end: int
    what: str  # "ref" | "unnamed" | "multiples" | "date" | "height" | "pregnant"
    data: Any = None


def _events(clause: str, offset: int, mentions: list[Mention], whole: str = "") -> list[_Event]:
    events: list[_Event] = []
    for m in ORDERED.finditer(clause):
        events.append(_Event(m.start(), m.end(), "ref", m))
    for m in UNNAMED.finditer(clause):
        if any(e.start <= m.start() < e.end for e in events):
            continue
        events.append(_Event(m.start(), m.end(), "unnamed", m.group(0)))
    for m in MULTIPLES.finditer(clause):
        events.append(_Event(m.start(), m.end(), "multiples", 3 if m.group("three") else 2))
    for m in PREGNANT.finditer(clause):
        events.append(_Event(m.start(), m.end(), "pregnant", m.group(0)))
    for mention in mentions:
        if offset <= mention.start < offset + len(clause):
            events.append(_Event(mention.start - offset, mention.end - offset, "date", mention))
    for m in HEIGHT.finditer(clause):
        if any(e.what == "date" and e.start <= m.start() < e.end for e in events):
            continue
        if NEGATED_BEFORE.search(clause[max(0, m.start() - 8) : m.start()]):
            continue  # 不是一米二 是一米二八
        if HEIGHT_LIMIT.search(clause[m.end() : m.end() + 3]) or HEIGHT_LIMIT.search(
            clause[max(0, m.start() - 10) : m.start()]
        ):
            continue
        if (
            not any(e.what in ("ref", "unnamed") for e in events)
            and "?" in whole[offset + m.end() : offset + m.end() + 2]
        ):
            continue  # "the height limit ... 1.2m?": a threshold asked about, not a child
        events.append(_Event(m.start(), m.end(), "height", (_height(m), m.group(0))))
    return sorted(events, key=lambda e: (e.start, e.what != "ref"))


class _Story:
    """Children as the message tells of them."""

    def __init__(self, known_children: int, asked: str | None, correcting: bool = False) -> None:
        self.correcting = correcting
        self.counted = False  # the message gives the number of children
        self.birth_said = False  # the message speaks of a birth somewhere
        self.children: list[Child] = []
        self.subject: list[Child] = []
        self.subject_clause = -1
        self.known_children = known_children
        self.asked = asked

    def by_order(self, order: int) -> Child:
        for child in self.children:
            if child.order == order:
                return child
        child = Child(order=order, first=len(self.children))
        self.children.append(child)
        return child

    def new(self, **kw: Any) -> Child:
        child = Child(first=len(self.children), **kw)
        self.children.append(child)
        return child

    def refer(self, event: _Event, clause_index: int, adjacent: bool) -> None:
        m = event.data
        order, youngest, later, pair = _orders(m)
        if order:
            child = self.by_order(order)
            child.reserves = child.reserves or bool(
                re.fullmatch(r"老大|大宝|大的|eldest|oldest|老\d|\d宝", m.group(0))
            )
            child.birth_ref = child.birth_ref or bool(re.search(r"胎", m.group(0)))
        elif youngest:
            child = next((c for c in self.children if c.youngest), None) or self.new(youngest=True)
        elif later:
            group = self.new(later=True, size=2)
            child = group
        else:
            if pair == [-2, -1]:  # 俩小的: the two youngest of the children known
                last = self.known_children
                if last < 2:
                    return
                pair = [last - 1, last]
            picked = [self.by_order(o) for o in pair]
            self._set_subject(picked, clause_index, adjacent)
            return
        self._set_subject([child], clause_index, adjacent)

    def _set_subject(self, children: list[Child], clause_index: int, adjacent: bool) -> None:
        if adjacent and self.subject_clause == clause_index:
            self.subject = [*self.subject, *[c for c in children if c not in self.subject]]
        else:
            self.subject = children
        self.subject_clause = clause_index

    def unnamed(self, word: str, clause_index: int) -> None:
        if self.subject and self.subject_clause == clause_index:
            return  # "老大是个儿子", "大宝宝": the same child
        reuse = [c for c in self.children if c.order is None and not c.told and not c.youngest]
        if reuse:
            self._set_subject([reuse[-1]], clause_index, False)
            return
        if self.subject and len(self.subject) == 1 and not self.subject[0].told:
            return
        self._set_subject([self.new(word=word)], clause_index, False)

    def multiples(self, size: int, clause_index: int, dated: bool = False) -> None:
        named = (
            [c for c in self.subject if c.order is not None]
            if self.subject_clause == clause_index
            else []
        )
        if len(named) >= 2:
            return  # 老二老三是双胞胎: already the two
        if len(named) == 1 and named[0].size == 1 and named[0].birth_ref and len(self.subject) == 1:
            named[0].size = size  # 二胎生了个龙凤胎: that birth was twins
            return
        if self.subject and self.subject_clause == clause_index and self.subject[0].later:
            return
        if (
            len(self.subject) == 1
            and (clause_index - self.subject_clause <= 1 or self.subject[0].seeded)
            and self.subject[0].pregnant
            and self.subject[0].size == 1
            and self.subject[0].birth is None
        ):
            self.subject[
                0
            ].size = size  # 怀了二胎 还是双胞胎, the due date asked then 是双胞胎: twins
            return
        if (
            self.subject
            and clause_index - self.subject_clause <= 1
            and len(self.subject) == 1
            and self.subject[0].order is None
            and self.subject[0].size == 1
            and not (dated and self.subject[0].birth is not None)
            and (
                self.subject_clause == clause_index
                or self.subject[0].word
                in ("", "孩子", "娃", "宝宝", "小孩", "kids", "children", "babies")
            )  # "俩孩子都是20年的 双胞胎" are the twins; "my daughter is 5 and twins" are not
        ):
            self.subject[0].size = size  # "昨天剖的 双胞胎": the children just told of
            return
        self._set_subject([self.new(size=size)], clause_index, False)

    def target(self, clause_index: int) -> list[Child]:
        """Whom a date or height with no child named before it belongs to."""
        if self.subject:
            return self.subject
        child = self.new()
        self._set_subject([child], clause_index, False)
        return self.subject


ADULT = re.compile(r"我|老婆|老公|媳妇|丈夫|妻子|爸|妈|爷|奶|姥|wife|husband|\bi'm\b|\bi am\b")
BARE_RELATIVE_YEAR = re.compile(r"^(?:大前年|前年|去年|今年|明年|last year|this year|next year)$")


def _about_a_child(
    clause: str,
    offset: int,
    events: list[_Event],
    story: _Story,
    asked: str | None,
    mention: Mention,
) -> bool:
    """Whether a date or age in `clause` is a child's: a child or a birth is named beside it,
    or the talk is still of a child; never a date of hukou, housing fund, leave or benefits,
    nor the day of another event in the child's life (出院, 体检, 抓周: "上礼拜体检1米31")."""
    if (
        (mention.kind == "date" or (mention.kind == "age" and mention.months is None))
        and OTHER_EVENT.search(clause)
        and not BIRTH_WORD.search(clause)
    ):
        return False
    if any(e.what in ("ref", "unnamed", "multiples", "pregnant") for e in events):
        return True
    if mention.kind == "pregnancy":
        return True
    if BIRTH_WORD.search(clause) and not re.search(r"生育|津贴|生活", clause):
        return True
    if OTHER_TOPIC.search(clause):
        return False
    if mention.kind == "date" and story.birth_said:
        return True  # "生日 2023/10/08"
    said = clause[mention.start - offset : mention.end - offset]
    if mention.kind == "age" and re.search(r"old$|大$|yo$", said):
        return True  # "a 3-month-old", "8个月大"
    if mention.kind == "age" and "岁" in said and not ADULT.search(clause):
        return True  # 刚满两岁: only children's ages are told here
    return (
        story.counted
        or bool(story.subject)
        or asked in CHILD_ASKS
        or (story.correcting and story.known_children > 0)
    )


def _not_a_birth_year(clause: str, offset: int, mention: Mention) -> bool:
    """今年 / 去年 alone is a birth year only beside a birth or a child ("老二今年", "去年生的"),
    not "女儿今年上小学"."""
    said = clause[mention.start - offset : mention.end - offset]
    if not BARE_RELATIVE_YEAR.match(said):
        return False
    after = clause[mention.end - offset :]
    if re.search(r"\bfor\s*$", clause[: mention.start - offset]):
        return True  # "eligible for this year"
    return not (
        BIRTH_WORD.search(clause)
        or PREGNANT.search(clause)
        or re.match(r"\s*(?:的|了)?\s*$", after)
    )


NAMING = re.compile(
    r"(?:这是|这个是|是)(?:我们家|我家|咱家)?\s*$|(?:this is|it's|it is|that's)(?: our| my)?\s*$"
)


def _refines(before: Mention, after: Mention) -> bool:
    """A date that says more precisely the same birth: 2022, then December 2022."""
    if before.kind != "date" or after.kind != "date" or before.precision != "year":
        return False
    return after.precision != "year" and after.value.year == before.value.year


def _same_age_again(mention: Mention, targets: list[Child], kinds: list[str]) -> bool:
    """An age said again of the child just told of, in a clause naming no child ("两个月 出了满月
    没多久"): within a few months of the first, it cannot be a brother or sister (twins aside)."""
    if mention.kind != "age" or any(k in ("ref", "unnamed", "multiples") for k in kinds):
        return False
    return all(
        c.birth is not None
        and c.birth.kind == "age"
        and c.size == 1
        and abs((c.birth.value - mention.value).days) < 240
        for c in targets
    )


def _names_the_child_told(before: str, story: _Story) -> bool:
    """ "上周一喜得千金 这是我们家第二个娃": the order names the child just told of."""
    if not NAMING.search(before) or len(story.subject) != 1:
        return False
    child = story.subject[0]
    return child.order is None and child.size == 1 and (child.birth is not None or child.pregnant)


def _read_children(
    pieces: list[tuple[int, str]],
    mentions: list[Mention],
    known: list[dict[str, Any]],
    asked: str | None,
    today: date,
    correcting: bool,
    whole: str = "",
) -> _Story:
    story = _Story(len(known), asked, correcting)
    story.counted = any(CHILD_COUNT.search(c) for _, c in pieces)
    story.birth_said = any(
        BIRTH_WORD.search(c) and not re.search(r"生育|津贴|生活", c) for _, c in pieces
    )
    if asked == "due_date":
        waiting = next(
            (i for i, k in enumerate(known, 1) if "due_date" in k and not k.get("birth_date")),
            len(known) + 1,
        )
        story._set_subject([story.by_order(waiting)], -1, False)
        story.subject[0].pregnant = True
        story.subject[0].seeded = True
    for index, (offset, clause) in enumerate(pieces):
        events = _events(clause, offset, mentions, whole)
        # A date told before the child it belongs to ("22年8月生的双胞胎"): the child first.
        kinds = [e.what for e in events]
        if (
            kinds
            and kinds[0] in ("date", "height")
            and any(k in ("ref", "unnamed", "multiples") for k in kinds)
            and not (kinds[0] == "date" and events[0].data.kind == "pregnancy")
        ):
            first = next(
                i for i, e in enumerate(events) if e.what in ("ref", "unnamed", "multiples")
            )
            events.insert(0, events.pop(first))
        previous: _Event | None = None
        expecting = False  # 怀老二, "pregnant with our second": the next child named is expected
        for event in events:
            adjacent = (
                previous is not None and previous.what == "ref" and event.start - previous.end <= 1
            )
            if event.what == "ref" and _names_the_child_told(clause[: event.start], story):
                order, _y, _l, _p = _orders(event.data)
                story.subject[0].order = order  # 这是我们家第二个娃, "it's our third"
            elif event.what == "ref" and _names_the_child_dated_before(events, event, story, index):
                order, _y, _l, _p = _orders(event.data)
                story.subject[0].order = order
                story.subject[0].birth_ref = "胎" in event.data.group(0)
                story.subject_clause = index
            elif event.what == "ref":
                story.refer(event, index, adjacent)
                if expecting and previous is not None and event.start - previous.end <= 6:
                    carried = next(
                        (c.due for c in story.children
                         if c.pregnant and c.order is None and c.due is not None and c not in story.subject),
                        None,
                    )  # fmt: skip
                    for child in story.subject:
                        child.pregnant = True
                        child.due = child.due or carried  # "6 months pregnant with our third"
                    if carried is not None:
                        story.children = [
                            c for c in story.children if c.due is not carried or c in story.subject
                        ]
                    story.children = [
                        c
                        for c in story.children
                        if not (
                            c.pregnant
                            and c.order is None
                            and c.birth is None
                            and c.due is None
                            and c not in story.subject
                        )
                    ]
                expecting = False
            elif event.what == "unnamed":
                story.unnamed(event.data, index)
            elif event.what == "multiples":
                story.multiples(event.data, index, any(e.what == "date" for e in events))
            elif event.what == "pregnant":
                expecting = True
                if (
                    story.subject
                    and story.subject_clause == index
                    and all(
                        c.birth is not None and c.birth.kind == "date" and c.birth.value > today
                        for c in story.subject
                    )
                ):
                    for child in story.subject:  # 明年再要个二胎: a birth ahead is a pregnancy
                        child.pregnant, child.due, child.birth = True, child.birth, None
                elif (
                    story.subject
                    and story.subject_clause == index
                    and not any(c.birth for c in story.subject)
                ):
                    for child in story.subject:
                        child.pregnant = True
                elif not any(c.pregnant and c in story.subject for c in story.children):
                    unborn = [c for c in story.children if c.pregnant and c.due is None]
                    story._set_subject(unborn or [story.new(pregnant=True)], index, False)
            elif event.what == "date":
                mention: Mention = event.data
                if not _about_a_child(
                    clause, offset, events, story, asked, mention
                ) or _not_a_birth_year(clause, offset, mention):
                    previous = event
                    continue
                targets = story.target(index)
                if mention.kind == "pregnancy":
                    if not all(c.pregnant for c in targets) or any(
                        c.birth or c.due for c in targets
                    ):
                        targets = [story.new(pregnant=True)]
                        story._set_subject(targets, index, False)
                    for child in targets:
                        child.pregnant, child.due = True, mention
                elif any(c.pregnant for c in targets):
                    if (
                        mention.kind == "age"
                        and mention.months is not None
                        and mention.months <= 10
                    ):
                        due = find_mentions(f"怀孕{mention.months}个月", today)[0]
                        value = due.value
                        if re.search(
                            r"(?:还有|还差|再过|\bin(?: about)?)\s*$", whole[: mention.start]
                        ):  # 还有俩月: the months still to go
                            value = add_months(today, mention.months).replace(day=1)
                        for child in targets:
                            child.due = Mention(
                                mention.start, mention.end, value, "month", "pregnancy", True
                            )
                    elif mention.kind == "date":
                        for child in targets:
                            child.due = mention.due(today)
                elif any(c.birth is not None for c in targets):
                    if (
                        mention.kind == "date"
                        and all(c.birth is not None and c.birth.kind == "age" for c in targets)
                        and (
                            story.subject_clause == index
                            or BIRTH_WORD.search(clause)
                            or all(c.birth is not None and c.birth.months == 0 for c in targets)
                        )
                    ):
                        for child in targets:
                            child.birth = mention  # a stated date beats an age
                    elif (
                        mention.kind == "date"
                        and all(c.birth is not None and c.birth.kind == "date" for c in targets)
                    ) or (
                        mention.kind == "age"
                        and any(c.birth is not None and c.birth.kind == "age" for c in targets)
                    ):
                        if all(c.birth is not None and c.birth.months == 0 for c in targets):
                            for child in targets:
                                child.birth = mention  # "newborn, 10 days old"
                            continue
                        if all(c.birth is not None and _refines(c.birth, mention) for c in targets):
                            for child in targets:
                                child.birth = mention  # "born in 2022 ... december 2022"
                            continue
                        if mention.kind == "date" and all(
                            c.birth is not None
                            and c.birth.kind == "date"
                            and len(mention.iso) < len(c.birth.iso)
                            and c.birth.iso.startswith(mention.iso)
                            for c in targets
                        ):
                            continue  # "3月12号生的 就这个月": the same birth, said less exactly
                        if _same_age_again(mention, targets, kinds):
                            continue  # "2个月 出了满月没多久": the same child, told again
                        fresh = story.new(birth=mention)
                        story._set_subject([fresh], index, False)
                else:
                    for child in targets:
                        child.birth = mention
            elif event.what == "height":
                cm, span = event.data
                targets = story.subject if story.subject else []
                if not targets:
                    if asked == "children.height_cm" and known:
                        order = next(
                            (i for i, c in enumerate(known, 1) if c.get("height_cm") is None),
                            len(known),
                        )
                        targets = [story.by_order(order)]
                    else:
                        targets = story.target(index)
                for child in targets:
                    if child.height is None:
                        child.height, child.height_span = cm, span
                        break
                else:
                    fresh = story.new(height=cm, height_span=span)
                    story._set_subject([fresh], index, False)
            previous = event
        if NEW_CHILD.search(clause):
            for child in story.subject:
                child.new = True
    _first_birth_was_multiples(story)
    _drop_repeated(story)
    return story


def _first_birth_was_multiples(story: _Story) -> None:
    """ "生了对双胞胎 头一胎", "龙凤胎 头胎": the first birth is the twins."""
    groups = [c for c in story.children if c.size > 1 and c.order is None and not c.later]
    firsts = [
        c for c in story.children if c.order == 1 and c.birth_ref and c.size == 1 and not c.told
    ]
    if len(groups) == 1 and firsts and not any((c.order or 0) > 1 for c in story.children):
        groups[0].order = 1
        story.children = [c for c in story.children if c not in firsts]
        return
    # "孙子孙女是龙凤胎 头胎 去年11月生的", "三胞胎 预产期明年一月": the birth or pregnancy told
    # beside twins not yet told of is theirs.
    bare = [c for c in groups if c.birth is None and not c.pregnant and c.height is None]
    others = [c for c in story.children if c.size == 1]
    if len(groups) == 1 and bare and len(others) == 1:
        one = others[0]
        if (
            (one.order is None or (one.order == 1 and one.birth_ref))
            and not one.youngest
            and one.word in GENERIC_CHILD
            and (one.birth is not None or one.pregnant)
            and one.height is None
        ):
            group = bare[0]
            group.birth, group.pregnant, group.due = one.birth, one.pregnant, one.due
            group.order = group.order or one.order
            story.children = [c for c in story.children if c is not one]


GENERIC_CHILD = ("", "宝宝", "孩子", "娃", "小孩", "宝贝", "baby")


def _drop_repeated(story: _Story) -> None:
    """ "老二今年1月1号出生 元旦宝宝": a birthday said again is the same child."""
    kept: list[Child] = []
    for child in story.children:
        b = child.birth
        if (
            b is not None
            and b.kind == "date"
            and b.precision == "day"
            and child.order is None
            and child.size == 1
            and child.height is None
            and not child.pregnant
            and child.word in GENERIC_CHILD
            and any(
                k.birth is not None and k.birth.value == b.value and k.birth.precision == "day"
                for k in kept
            )
        ):
            continue
        kept.append(child)
    story.children = kept


def _names_the_child_dated_before(
    events: list[_Event], event: _Event, story: _Story, index: int
) -> bool:
    """ "上周二剖的 二宝", "上个礼拜三 添了老三": an order right after a birth date said alone
    names the child born then."""
    if len(story.subject) != 1 or story.subject_clause != index - 1 or events[0] is not event:
        return False
    if any(e.what in ("date", "height") for e in events):
        return False
    child = story.subject[0]
    order, _y, _l, _p = _orders(event.data)
    return (
        order is not None
        and child.order is None
        and child.size == 1
        and not child.word
        and child.birth is not None
        and child.birth.kind == "date"
        and not any(c.order == order for c in story.children)
    )


def _bare_heights(pieces: list[tuple[int, str]], story: _Story, asked: str | None = None) -> None:
    """ "老大120", "俩小的都70": a bare number of centimetres right after the children named;
    asked the heights, a number alone after a child named with none ("小的还不到1米 92")."""
    for (_, before), (_, clause) in pairwise(pieces if asked == "children.height_cm" else []):
        alone = BARE_CM_ALONE.fullmatch(clause)
        named = list(ORDERED.finditer(before)) if alone else []
        if len(named) != 1:
            continue
        order, youngest, _l, _p = _orders(named[0])
        child = (
            story.by_order(order)
            if order
            else next((c for c in story.children if c.youngest), None)
            if youngest
            else None
        )
        if child is not None and child.height is None:
            child.height, child.height_span = float(alone.group("cm")), clause.strip()
    for _, clause in pieces:
        for m in ORDERED.finditer(clause):
            rest = clause[m.end() :]
            b = re.match(
                r"\u2060?\s*(?:也|都|还)?(?:得)?(?:是|有|身高|大概|差不多|将近|is|'s|about|around)?\s*"
                + BARE_CM.pattern,
                rest,
            )
            if not b:
                continue
            order, _youngest, _l, pair = _orders(m)
            if pair == [-2, -1] and story.known_children >= 2:
                pair = [story.known_children - 1, story.known_children]
            elif pair == [-2, -1]:
                continue
            children = (
                [story.by_order(order)]
                if order
                else [story.by_order(o) for o in pair]
                if pair
                else [
                    next((c for c in story.children if c.youngest), None)
                    or story.new(youngest=True)
                ]
            )
            for child in children:
                if child.height is None and child.birth is None:
                    child.height, child.height_span = float(b.group("cm")), b.group(0).strip()


# --- the whole message -------------------------------------------------------------------------

YES = re.compile(
    r"^\s*(?:是的?|对的?|对啊|嗯+|有的?|有这个打算|打算|要|在领|领着|领过|领了|吃过|yes|yeah|yep|yup|ya|yah|yea|yess+|absolutely|sure|correct|right|we do|i do|true|ok|okay|of course|definitely|indeed|uh[- ]?huh|mhm)(?![a-z])"
)
NO = re.compile(
    r"^\s*(?:那会儿?|那时候?|当时)?\s*(?:还|暂时|目前|现在)*(?:不是的?|不对|不租|不打算|不考虑|木有|没得|冇|不(?!知道|清楚|确定|记得|太清楚|好说|查|用了|用查|问了|弄了|算了|想查)|没有|没领过?|没|无|否|none\b|no(?! thanks| thank you|t now|thing)|nope|nah|not yet|not really|not planning|not at (?:the|that) time|not back then|not when|no plans|not then|we don'?t|i don'?t|we (?:were|was)n'?t|we were not|false)(?![a-z])"
)
YES_NO_FACTS = (
    "hukou_in_city",
    "hardship_at_birth",
    "owns_home_in_city",
    "renting",
    "buying_first_home",
)
CORRECTION = re.compile(
    r"不对|说错|写错|搞错|弄错|记错|量错|算错|数错|打错|输错|点错|看错|填错|搞混|弄混|记混|搞反|弄反|点成|打成|手滑|更正|纠正|说反|写成|刚才|不好意思|哦不|\bsorry\b|i meant|\bi mean\b|\bactually\b|no wait|\bwait\b|my bad|correction|got that wrong|\bwrong\b"
    r"|scratch that|mistyp|\btypo\b|\boops\b|misspoke|misread|mixed (?:it |them )?up|\bmeant\b|mistake|(?:\bnot|不是)\s*\d|(?<![是不])是[^，,。\s不]{1,6}不是(?!\s*(?:吗|呢|啊|$))|(?<!是)不是\s*(?:老[\d大小幺]|大的|小的|大宝|小宝|\d宝)\u2060?\s*(?:$|[，,。\s])|\bcorrect(?:ing)? that\b|let me correct|^\s*no,? no\b|^\s*不不|其实|改一下|改成|修改|应该是|搞岔|弄岔"
)
HYPOTHETICAL = re.compile(
    r"如果|要是|假如|假设|万一|比如|比方|再生|再要|的话|what if|\bif (?:we|i|my|our|the|she|he|it|they|neither|both|none|only|just|there)\b|suppos(?:e|ing)|assuming|say we"
)
COMMAND = re.compile(r"^\s*[/／][A-Za-z_][\w.-]*(?:\s*[{\[].*)?\s*$", re.S)
NEGATED_BEFORE = re.compile(
    r"(?:不是|写成|打成|点成|说错成|说成|错成|\bnot\b|instead of)\s*(?:了|是)?\s*$"
)


def _hypothetical(text: str, pieces: list[tuple[int, str]]) -> set[int]:
    """Clauses put hypothetically: from 如果 / 要是 / "what if" to the end of that sentence."""
    found: set[int] = set()
    for m in HYPOTHETICAL.finditer(text):
        end = re.compile(r"[。！？!?]|的话|吗|多少|几岁|\bthen\b").search(text, m.end())
        stop = end.end() if end else len(text)
        found.update(i for i, (o, c) in enumerate(pieces) if o + len(c) > m.start() and o < stop)
    return found


def _known_children(known: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(c) for c in known.get("children") or []]


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)


def _same(known: Any, said: Any) -> bool:
    """A known value equal to one said (120 and 120.0 are one height)."""
    numbers = [v for v in (known, said) if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) == 2:
        return float(known) == float(said)
    return known is not None and _iso(known) == _iso(said)


def _count(text: str, asked: str | None, story: _Story) -> tuple[int, str] | None:
    if NO_CHILDREN.search(text):
        return 0, "0"
    pairs = re.search(r"(?<![\d.])(\d) (?:sets|pairs) of twins|(?<![\d.])(\d)\s*对双胞胎", text)
    if pairs and not CHILD_COUNT.search(text):
        return int(pairs.group(1) or pairs.group(2)) * 2, pairs.group(0)  # "two sets of twins"
    mixed = re.search(
        r"(?<![\d.])(?P<a>\d)\s*(?:个)?(?:儿子?|男孩?|小子)\s*(?P<b>\d)\s*(?:个)?(?:女儿?|女孩|闺女|丫头)"
        r"|(?P<c>\d|an?) (?:boys?|sons?|girls?|daughters?) and (?P<d>\d|an?) (?:boys?|sons?|girls?|daughters?)\b",
        text,
    )  # 两儿一女, "2 boys and a girl": the children counted by sex
    counted_by_sex = (
        sum(1 if p.startswith("a") else int(p) for p in mixed.groups() if p) if mixed else 0
    )
    multiples = MULTIPLES.search(text)
    if (
        mixed
        and (
            not multiples
            or (  # 三胞胎 俩男一女: the triplets are all the children
                counted_by_sex == (3 if multiples.group("three") else 2)
                and len(story.children) == 1
                and not story.known_children
            )
        )
        and not re.search(r"\d\s*(?:个)?(?:孩子|娃|kids|children)", text)
    ):
        return counted_by_sex, mixed.group(0)
    fixed = re.search(
        r"(?:孩子|娃|小孩|宝宝)[^，,\d]{0,3}不是\s*\d\s*个\s*[，, ]?\s*(?:是|而是|有)\s*(\d)\s*个?(?![月岁天\d])",
        text,
    )  # 孩子不是一个 是两个: the count corrected
    if fixed:
        return int(fixed.group(1)), fixed.group(0)
    m = CHILD_COUNT.search(text)
    if m:
        g = {k: v for k, v in m.groupdict().items() if v}
        if "both our kids" in m.group(0) or "our 2" in m.group(0):
            return 2, m.group(0)
        raw = next(iter(g.values()))
        return int(raw), m.group(0)
    if asked == "children" and (NO.search(text) or re.match(r"\s*1个(?:都|也)?(?:还)?没", text)):
        return 0, text
    if asked == "children" and re.match(r"\s*(?:only|just) (?:the )?one\b|\s*就1个", text):
        return 1, text
    if asked == "children":
        bare = re.match(
            r"^\s*(?:(?:呃|嗯+|额|哦|啊|那个|就是说|um+|uh+|er+|well)[\s,，]*)*(?:就|有|一共|just|only)?\s*(\d{1,2})\s*(?:个|kids?|children)?\s*(?:[,， !！.:：]|$)",
            text,
        )
        if bare:
            return int(bare.group(1)), bare.group(0)
    groups = [c for c in story.children if c.size > 1 and not c.pregnant]
    if asked == "children" and len(groups) == 1 and len(story.children) == 1:
        return groups[0].size, text  # "twins", "双胞胎": the children asked about
    if groups and ONLY_THESE.search(text):
        return groups[0].size, text
    named = {c.order for c in story.children if c.order is not None and c.size == 1}
    told_first = any(c.order == 1 and c.size == 1 and c.told for c in story.children)
    if (
        len(groups) == 1
        and named == {1}
        and told_first
        and not any(c.pregnant for c in story.children)
    ):
        return 1 + groups[0].size, text  # 老大 + 生了双胞胎: three children
    return None


def understand(
    text: str, known: dict[str, Any] | None, asked: str | None, today: date
) -> list[FactUpdate]:
    """The fact updates `text` states (see the module docstring)."""
    known = known or {}
    if COMMAND.match(text):
        return []  # '/check_eligibility{"city": "beijing"}': a Rasa command typed as text states nothing
    norm = normalise(text)
    pieces = cut(norm)
    known_children = _known_children(known)
    hypothetical = _hypothetical(norm, pieces)
    correcting = bool(CORRECTION.search(norm))

    every = find_mentions(norm, today)
    mentions = [m for m in every if not NEGATED_BEFORE.search(norm[max(0, m.start - 8) : m.start])]
    correcting = correcting or len(mentions) < len(every)
    story = _read_children(pieces, mentions, known_children, asked, today, correcting, norm)
    for child in story.children:
        if child.birth is not None and child.birth.kind == "date" and child.birth.value > today:
            child.ahead = True
    _bare_heights(pieces, story, asked)
    bare = re.fullmatch(
        r"\s*(?:大概|大约|约|差不多|about|around|abt|approx\.?|roughly)?\s*(\d{2,3})\s*(?:厘米|公分|cm)?\s*",
        norm,
    )
    if asked == "children.height_cm" and bare and not any(c.height for c in story.children):
        order = next(
            (i for i, c in enumerate(known_children, 1) if c.get("height_cm") is None),
            max(len(known_children), 1),
        )
        child = story.by_order(order)
        child.height, child.height_span = float(bare.group(1)), bare.group(0).strip()
    updates: list[FactUpdate] = []

    def add(
        fact: str,
        value: Any,
        span: str,
        child: int | None = None,
        approx: bool = False,
        kind: UpdateKind = "statement",
    ) -> None:
        updates.append(FactUpdate(fact, value, kind, child, approx, span))

    # Household facts.
    named = [
        (city, at) for city, at in household.cities(norm)
        if not _topic_only(next(c for o, c in reversed(pieces) if o <= at))
    ]  # fmt: skip
    lives_in: str | None = None
    if named:
        city = named[0][0] if len({c for c, _ in named}) == 1 else household.lives_in(norm)
        lives_in = city
        at = next((i for i, (o, c) in enumerate(pieces) if o <= named[0][1] < o + len(c) + 1), -1)
        if city and at not in hypothetical:  # "如果户口迁到北京": not where the family lives
            add("city", city, city)
    for said in household.hukou(pieces, hypothetical, lives_in or known.get("city"), asked):
        add(
            said.fact,
            said.value,
            said.span,
            kind="question" if said.at in hypothetical else "statement",
        )
    insurance = household.birth_insurance(pieces, norm, asked)
    if insurance:
        add(
            insurance.fact, insurance.value, insurance.span,
            kind="question" if insurance.at in hypothetical else "statement",
        )  # fmt: skip
    fund = household.contributors(pieces, asked, norm, hypothetical)
    if fund:
        add(
            fund.fact, fund.value, fund.span,
            kind="question" if fund.at in hypothetical else "statement",
        )  # fmt: skip
    for said in household.home(pieces, hypothetical, asked):
        add(
            said.fact,
            said.value,
            said.span,
            kind="question" if said.at in hypothetical else "statement",
        )

    # Children.
    count = _count(norm, asked, story)
    if count is not None:
        add("child_count", count[0], count[1])
    told = [c for c in story.children if c.told]
    listed = count is not None and re.match(
        r"\s*[:：(（]?\s*\d{1,2}(?:\s*(?:,|，|、|and|和)\s*\d{1,2})+\s*[)）]?\s*$",
        norm[norm.find(count[1]) + len(count[1]) :].lstrip(" boysgirlkd:：,，"),
    )
    if (asked == "children" or listed) and count is not None and not any(c.order for c in told):
        # "two, 4 and 1", "4!! 10, 7, 4 and a baby of 5 months": the ages listed after the count.
        start = norm.find(count[1]) + len(count[1])
        ages = [
            int(m.group(1))
            for m in re.finditer(r"(?<![\d.])(\d{1,2})(?![\d.年月岁个])", norm[start:])
            if not any(x.start <= start + m.start() < x.end for x in mentions)
        ]
        if ages and len(ages) + sum(c.size for c in told) == count[0]:
            for n in ages:
                told.append(Child(birth=find_mentions(f"{n}岁", today)[0]))
    if (
        count is not None
        and re.search(r"同(?:1)?天|same day", norm)
        and len(told) == 1
        and told[0].size == 1
        and told[0].order is None
        and 2 <= count[0] <= 3
    ):
        told[0].size = count[0]  # 两个丫头同一天生的: born together
    reserved = {
        c.order for c in story.children
        if c.order is not None and not c.told and c.reserves and not any(x.pregnant for x in story.children)
    }  # fmt: skip
    if OLDER_SIBLING.search(norm) and all(c.size > 1 or c.order is not None for c in told):
        reserved.add(1)  # 上面还有个哥哥: an older child not told of comes first
    orders = _settle(told, known_children, count[0] if count else None, norm, reserved, correcting)

    def in_hypothesis(position: int) -> bool:
        return any(
            o <= position < o + len(c) for i, (o, c) in enumerate(pieces) if i in hypothetical
        )

    for child, order in orders:
        for number in range(order, order + child.size):
            before = known_children[number - 1] if number <= len(known_children) else {}
            if child.birth is not None:
                mention = child.birth
                imagined = in_hypothesis(mention.start)
                if imagined:
                    mention = mention.due(today)  # "what if she is born in January": ahead
                fact = (
                    "child.due_date"
                    if mention.value > today and mention.kind != "age"
                    else "child.birth_date"
                )
                if fact == "child.due_date":
                    mention = mention.due(today)
                add(
                    fact,
                    mention.iso,
                    norm[mention.start : mention.end],
                    number,
                    mention.approx,
                    "question" if imagined else _kind(correcting, before, fact),
                )
            elif child.pregnant:
                due = child.due
                value = due.iso if due else None
                span = norm[due.start : due.end] if due else ""
                in_question = (
                    in_hypothesis(due.start)
                    if due
                    else any(HYPOTHETICAL.search(c) for _, c in pieces)
                )  # "我现在怀着呢 5个月 假如…": the due date is said, the "if" is of another fact
                add(
                    "child.due_date",
                    value,
                    span,
                    number,
                    bool(due and due.approx),
                    "question"
                    if in_question and hypothetical
                    else _kind(correcting, before, "child.due_date"),
                )
            if child.height is not None:
                add(
                    "child.height_cm",
                    child.height,
                    child.height_span,
                    number,
                    kind=_kind(correcting, before, "child.height_cm"),
                )

    # Hardship: now, at every birth, or at one birth.
    def orders_in(clause: str) -> list[int]:
        found: list[int] = []
        twins = MULTIPLES.search(clause)
        if twins:  # "when the twins were born": the twins' own orders
            for child, order in orders:
                if child.size > 1:
                    found.extend(range(order, order + child.size))
            if not found:  # twins told of only here: after the children named by order
                size = 3 if twins.group("three") else 2
                named = [c.order for c in story.children if c.order is not None and c.size == 1]
                start = max(named, default=0) + 1
                found.extend(range(start, start + size))
        for order in birth_orders_named(clause):
            if order == -1:
                order = (
                    (count[0] if count else 0)
                    or len(known_children)
                    or max((o for _, o in orders), default=1)
                )
            found.append(order)
        return found

    ordered = {c.order for c, _ in orders if c.order is not None}
    saids = household.hardship(
        pieces, orders_in, asked, next(iter(ordered)) if len(ordered) == 1 else None
    )
    nows = [h for h in saids if h.when == "now"]
    if nows:
        now = next((h for h in reversed(nows) if h.explicit), nows[0])  # the latest told
        add("hardship_now", now.held, now.span)
    for hard in saids:
        if hard.when == "now":
            continue
        elif hard.child is None:
            if not any(u.fact == "hardship_at_birth" for u in updates):
                add(
                    "hardship_at_birth", hard.held, hard.span,
                    kind="question" if hard.at in hypothetical else "statement",
                )  # fmt: skip
        elif not any(
            u.fact == "child.hardship_at_birth" and u.child == hard.child for u in updates
        ):
            add(
                "child.hardship_at_birth", hard.held, hard.span, hard.child,
                kind="question" if hard.at in hypothetical else "statement",
            )  # fmt: skip
    only = re.search(
        r"only the youngest|只有老小|只有最小|只有(?:老|第)(\d)|only (?:the|our) (\d)(?:nd|rd|th)",
        norm,
    )
    if only and count:
        picked = (
            int(only.group(1) or only.group(2)) if (only.group(1) or only.group(2)) else count[0]
        )
        for order in range(1, count[0] + 1):
            if order != picked and not any(
                u.fact == "child.hardship_at_birth" and u.child == order for u in updates
            ):
                add("child.hardship_at_birth", False, only.group(0), order)

    updates = _confirmations(updates, norm, asked)
    return _changes(updates, known, known_children, correcting)


QUESTION = re.compile(r"[?？]|吗|多少|怎么|能不能|是不是|how|what|which|can |does |do |is there")
FIRST_PERSON = re.compile(r"我|咱|\bwe\b|\bwe'|\bour\b|\bi\b|\bi'|\bmy\b|\bus\b|住|live|户口|hukou")


def _topic_only(clause: str) -> bool:
    """A city named in a question about a measure ("how much is it in Beijing?"), not said of
    the family."""
    return bool(QUESTION.search(clause)) and not FIRST_PERSON.search(clause)


def _kind(correcting: bool, before: dict[str, Any], fact: str) -> UpdateKind:
    field_name = fact.split(".", 1)[1]
    has_value = before.get(field_name) is not None or (
        field_name in ("birth_date", "due_date")
        and (before.get("birth_date") or before.get("due_date"))
    )
    return "correction" if correcting and has_value else "statement"


def _settle(
    told: list[Child],
    known: list[dict[str, Any]],
    count: int | None,
    text: str,
    reserved: set[int] | None = None,
    correcting: bool = False,
) -> list[tuple[Child, int]]:
    """Birth orders: said ones first; the youngest is the last; twins together; the rest by age.
    `reserved`: orders named in the message with nothing told of them ("老大是外孙"), which a
    child told of without an order does not take."""
    placed: list[tuple[Child, int]] = []
    taken: set[int] = set(reserved or ())
    for child in told:
        if child.order is not None:
            placed.append((child, child.order))
            taken.update(range(child.order, child.order + child.size))
    total = count or len(known) or None
    if total:
        for child in told:
            if child.youngest:
                placed.append((child, total))
                taken.add(total)
    rest = [c for c in told if c.order is None and not c.youngest]
    born = sorted(
        (c for c in rest if not c.pregnant),
        key=lambda c: (c.birth.value if c.birth else date.max, c.first),
    )
    known_born = [k for k in known if k.get("birth_date") or k.get("due_date", "x") is not None]
    for child in born:
        if child.later:
            start = max(taken) + 1 if taken else 2
        elif child.ahead and known:  # a birth still to come: the pregnancy known, or the next
            start = next(
                (i for i, k in enumerate(known, 1) if "due_date" in k and not k.get("birth_date")),
                len(known) + 1,
            )
        elif (
            (undated := next((i for i, k in enumerate(known, 1) if not k), None)) is not None
            and not taken
            and len(born) == 1
            and child.birth is not None
        ):
            start = undated  # the answer to "第1个孩子是哪年哪月出生的？"
        elif known_born and not taken and not child.new and len(born) == 1:
            start = _nearest_known(child, known, correcting)
        elif child.new and known:
            start = len(known) + 1
        elif child.size > 1 and count and not taken and count > child.size:
            start = count - child.size + 1
        else:
            start = 1
            while any(o in taken for o in range(start, start + child.size)):
                start += 1
        placed.append((child, start))
        taken.update(range(start, start + child.size))
    for child in told:
        if child.youngest and not total:  # 小的 / "the youngest": after the others told of
            last = max(taken) + 1 if taken else 1
            placed.append((child, last))
            taken.add(last)
    for child in rest:
        if not child.pregnant:
            continue
        waiting = next(
            (i for i, k in enumerate(known, 1) if "due_date" in k and not k.get("birth_date")), None
        )
        if waiting is not None:
            start = waiting
        else:
            start = max([*taken, len(known), 0]) + 1
            if count and start <= count:
                start = count + 1
        placed.append((child, start))
        taken.update(range(start, start + child.size))
    del text
    return placed


def _nearest_known(child: Child, known: list[dict[str, Any]], correcting: bool = False) -> int:
    """Which known child an unnamed child is (one known child: that one; else the nearest date).
    A date more than a year from every known child's, not said as a correction, is a child not
    told of before: the next order."""
    if child.birth is not None and not correcting and child.birth.kind == "age":
        gaps = [_gap_days(k, child.birth.value) for k in known]
        if all(g is not None and g > 366 for g in gaps):
            return len(known) + 1
    if len(known) == 1 or child.birth is None:
        if child.height is not None and child.birth is None:
            return next((i for i, k in enumerate(known, 1) if k.get("height_cm") is None), 1)
        return 1
    new = child.birth.value

    def distance(item: tuple[int, dict[str, Any]]) -> int:
        raw = str(item[1].get("birth_date") or item[1].get("due_date") or "")
        if not raw:
            return 10**6
        parts = [int(p) for p in raw.split("-")] + [1, 1]
        return abs((date(parts[0], parts[1], parts[2]) - new).days)

    return min(enumerate(known, 1), key=distance)[0]


def _gap_days(known: dict[str, Any], day: date) -> int | None:
    raw = str(known.get("birth_date") or known.get("due_date") or "")
    if not raw:
        return None
    parts = [int(p) for p in raw.split("-")] + [1, 1]
    return abs((date(parts[0], parts[1], parts[2]) - day).days)


def _confirmations(updates: list[FactUpdate], text: str, asked: str | None) -> list[FactUpdate]:
    """A yes/no reply to a yes/no question: the asked fact, as a confirmation."""
    if asked not in YES_NO_FACTS:
        return updates
    if any(u.kind == "correction" and u.fact != asked for u in updates):
        return updates  # "不对，老二是…": a correction of another fact, not a no to the question
    value: bool | None = None
    if NO.search(text):
        value = False
    elif YES.search(text):
        value = True
    if value is None:
        return updates
    stated = next((u for u in updates if u.fact == asked), None)
    if stated is not None and stated.value != value and asked in ("renting", "owns_home_in_city"):
        value = stated.value
    rest = [u for u in updates if u.fact != asked]
    return [FactUpdate(asked, value, "confirmation", span=text[:12]), *rest]


def _changes(
    updates: list[FactUpdate],
    known: dict[str, Any],
    known_children: list[dict[str, Any]],
    correcting: bool,
) -> list[FactUpdate]:
    """Only what is new; a known fact said again differently is a correction when the user says
    they correct it."""
    result: list[FactUpdate] = []
    seen: set[tuple[str, int | None]] = set()
    for u in updates:
        key = (u.fact, u.child)
        if key in seen:
            continue
        seen.add(key)
        if u.child is None:
            before = known.get(u.fact)
            if u.fact == "child_count" and known_children:
                before = len([k for k in known_children if k.get("birth_date")])
            if (
                before is not None
                and str(before).lower() == str(u.value).lower()
                and u.kind != "question"
                and (u.fact != "child_count" or "child_count" in known)
            ):
                continue  # a count of the children told of before is still said (就一个儿子)
            if correcting and before is not None and u.kind == "statement":
                u = FactUpdate(u.fact, u.value, "correction", u.child, u.approx, u.span)
        else:
            child = known_children[u.child - 1] if u.child <= len(known_children) else {}
            name = u.fact.split(".", 1)[1]
            before = child.get(name)
            if before is not None and _iso(before) == _iso(u.value):
                continue
            moved = name in ("height_cm", "hardship_at_birth") and any(
                i != u.child and _same(k.get(name), u.value)
                for i, k in enumerate(known_children, 1)
            )  # "不对 1米2是老二": a height known of another child, said of this one (not a
            # date: twins share theirs)
            if correcting and (before is not None or moved) and u.kind == "statement":
                u = FactUpdate(u.fact, u.value, "correction", u.child, u.approx, u.span)
        result.append(u)
    return result
