"""Facts of another household told beside a family already known: a sister's, a sister-in-law's,
the in-laws' ("你还没回我婆婆的事 她在淄博 淄博户口 交的淄博的长护险", "my in-laws live in jinan with
jinan hukou, my SIL just had her 2nd there in march", 我妹在济南 济南户口 她去年生了老二). They
are that household's, never the family's: tester 101 had a Jinan family made "不是济南户口" by the
mother-in-law's hukou, and a Beijing family given the sister's Jinan hukou and child.

The message is read clause by clause: a clause naming the other household (OTHER) opens its
stretch, a pronoun (她, 他, she, her) carries it on, and a clause naming the family itself (OWN)
ends it. Household facts read from inside such a stretch are dropped."""

import re
from dataclasses import replace
from typing import Any

from understanding.remembered import Remembered
from understanding.text import clauses, normalise
from understanding.updates import FactUpdate

# Another household: the speaker's siblings and cousins, the in-laws, friends and neighbours.
OTHER = Remembered(
    re.compile(
        r"(?:我|俺)(?:大|二|三|小)?(?:姐|妹|哥|弟)(?:姐|妹|哥|弟)?(?:家|她家|他家|两口子)?"
        r"|(?:我|俺)(?:亲)?兄弟(?!姐妹)(?:家|两口子)?"
        r"|(?:我|俺)?(?:表|堂)(?:姐|妹|哥|弟)|小姑子|大姑子|大姑姐|小舅子|大舅哥|舅哥|大伯哥|嫂子|弟媳|弟妹|妯娌|连襟|大舅子|小舅妈|舅妈|姨妈|姑妈|婶子|婶婶"
        r"|小姨子|大姨子|小叔子|大伯子|姐夫|妹夫"  # the in-laws' households (大舅哥家…, tester 112 c3)
        r"|(?<!是)亲家|(?<!是)(?<!我)(?<!俺)(?:娃|孩子)(?:的)?(?:姥姥|姥爷|外公|外婆)(?:姥姥|姥爷|外公|外婆)?"
        r"(?!\s*(?:问|想问|来问|打听|替|帮|在这|这边))"  # 孩子姥爷问的: the grandfather writing
        r"|(?:我|俺)?(?:婆婆|(?<!老)公公|公婆|岳父|岳母|丈母娘|老丈人)(?:家)?"
        r"|(?:我|俺)(?:朋友|同事|邻居|同学|闺蜜)"
        # a grandparent's other child's household (还有我闺女在北京 她家老二去年生的, tester 105 p4)
        r"|(?:我|俺)(?:闺女|女儿|姑娘|儿子)(?:在[^\s，,。]{1,6})?[\s，,]*(?:她|他)(?:们)?家"
        # a grandparent's other child, added (还有我儿子一家在北京朝阳, tester 113 c5)
        r"|(?:还有|另外|再问问?)(?:我|俺)(?:大|二|小)?(?:闺女|女儿|姑娘|儿子)(?:一家|家|两口子|那边)"
        # a grandparent's married child (我闺女嫁到济南了, 俺儿子入赘到北京): a household of its own
        r"|(?:我|俺)(?:大|二|小)?(?:闺女|女儿|姑娘|儿子)(?:嫁到|嫁去|嫁给|嫁在|远嫁|嫁了|入赘)"
        # 隔壁王姐家, 楼下李阿姨家: a neighbour named by a name and a kinship word
        r"|(?:楼下|楼上|隔壁|对门|邻居)(?:老.|小.|[\u4e00-\u9fff]{1,2}?(?:姐|哥|嫂|叔|婶|姨|大爷|大妈|阿姨))?"
        r"(?:那|这)?家|(?:楼下|楼上|隔壁|对门)(?:那|这)?(?:个|位)?"
        r"(?:大姐|大哥|阿姨|大妈|大爷|邻居|女的|妹子|小两口)"
        # the kinship words typed in pinyin ("my biaomei family", "my jiejie")
        r"|\b(?:my|our) (?:biao|tang)(?:mei|jie|ge|di)\b|\b(?:my|our) (?:jiejie|meimei|gege|didi|saozi)\b"
        r"|\b(?:my|our) (?:sister|brother|sis|bro|cousin|friend|neighbou?r|colleague)s?"
        r"(?:-in-law)?\b|\bthe neighbou?rs\b"
        r"|\b(?:my|our|the) in-?laws\b|\b(?:my )?(?:sil|bil|mil|fil)\b"
        r"|\b(?:my|our) (?:mother|father|parents)-in-law\b"
        # the couple's parents ("my wife's parents live in Jinan and have Jinan hukou") and the
        # grandparents' own insurance ("the grandparents' long-term care insurance in Jinan")
        r"|\b(?:my|our) (?:wife|husband|hubby|partner)'?s (?:parents|mum|mom|dad|mother|father|folks)\b"
        r"|\b(?:my|our) (?:parents|folks)\b|\b(?:the|their|our|my) grandparents'"
        r"|\bgrandparents'? (?:long[- ]term care|ltc|insurance|contributions?)\b",
        re.I,
    )
)
# Grandparents writing of themselves as a pair (我跟老头子, 俺和老伴, 俺们老两口): their own
# hukou, insurance and home are theirs, not the family's their grandchild is in.
GRANDPARENTS_WRITING = re.compile(
    r"(?:我|俺)(?:跟|和|与|同)(?:俺|我)?(?:家)?(?:老头子?|老伴儿?|老太婆|老婆子|孩子(?:爷爷|奶奶|姥姥|姥爷|外公|外婆))"
    r"|(?:俺|我)(?:们)?老两口|(?:俺|我)(?:们)?老俩口"
)
# A nephew or niece: another household when the family's own children are known or named beside
# (我侄子一米三了 of a family with a child); alone, the household the message is written for ("my
# nephew and his wife were on tekun when their son was born").
NEPHEWS = re.compile(r"(?:我|俺)?(?:侄子|侄女|外甥女?)|\b(?:my|our) (?:niece|nephew)s?\b", re.I)
# The family itself named: 我家, 我们, 俺俩, 我老公, "we", "our kids", "my son".
OWN = re.compile(
    r"(?<!不是)(?:我家|俺家|咱家)|(?:她|他|我|俺)?自己(?:的)?家"
    # a clause opening with the writer doing or being something: 我是怀孕七个月了, 俺也在领
    r"|(?:^|(?<=[\s,，。]))(?:我|俺)(?=是|自己|也|现在|这边|今年|刚|又|怀|在|没)|(?:儿子|闺女|女儿|儿媳|女婿)(?:一家|家|两口子|他们|她们)|(?<!不是)(?:我|俺|咱)们(?!楼|隔壁|对门|小区|单位|村|那儿的|这儿的)|我俩|俺俩|(?:我|俺)(?:老公|老婆|媳妇|爱人|孩子|儿子|闺女|女儿)"
    r"|\b(?:we|we're|we've|us|our (?!in-?laws|sister|brother|cousin|friend|neighbou?r))\b"
    r"|\bmy (?:kids?|son|daughter|husband|hubby|wife|baby|boy|girl|family)\b|\bi\b(?!'?m asking| am asking| was asking| asked| mean| meant| said| was talking)"
    r"|\b(?:mine|ours)\b",
    re.I,
)
# The family named apart from another household: "自己家", "我家", "our own family".
OWN_APART = re.compile(
    r"(?:她|他|我|俺)?自己(?:的)?家|(?<!不是)(?:我家|俺家|咱家)|\b(?:our|my) own (?:family|kids?)\b",
    re.I,
)
HOUSEHOLD_FACTS = (
    "city",
    "hukou_in_city",
    "child_count",
    "owns_home_in_city",
    "renting",
    "birth_insurance",
    "hardship_now",
    "hardship_at_birth",
    "housing_fund_contributors",
    "buying_first_home",
)
# A relative added to the family's own ("还有我小姑子", 我婆婆也交, "my mil too"): one of theirs.
ALSO_THEIRS = re.compile(r"还有|也交|也在交|也有|一共|总共|\b(?:also|too|all|plus)\b|\+", re.I)
# "Her family", "his household": the other household named before, said again by a pronoun.
THEIR_HOUSEHOLD = re.compile(
    r"(?<![我俺咱])(?:她|他)(?:们)?家|\b(?:her|his|their) (?:family|household|place|kids)\b", re.I
)
# A pregnancy told (怀了双胞胎, "expecting"): a due date read with no span of its own is the
# pregnancy's, which sits in one household's stretch or the other's.
PREGNANCY = re.compile(r"怀|预产期|pregnan|expecting|\bdue\b", re.I)


# The message written for a relative's household ("帮我姐问问", "writing for my sister", "asking
# for my cousin"): that household's city, hukou and children are the ones told.
_RELATIVES = (
    r"(?:大|二|小)?(?:姐|妹|哥|弟|表|堂|朋友|同事|同学|老乡|亲戚|闺蜜|婆婆|公婆|儿子|闺女|女儿"
    r"|姑娘|小姑子|大姑子|大舅子|大姑姐|小姨子|大姨子|小叔子|大伯子|大舅哥|舅哥|小舅子|姐夫|妹夫|嫂子|弟媳|弟妹|侄子|侄女"
    r"|外甥女?|亲家"
    r"|(?:对门|隔壁|楼下|楼上)(?:的)?(?:邻居)?|邻居)"
)
ASKED_FOR_A_RELATIVE = re.compile(
    rf"(?:帮|替|给)(?:我|俺)?(?:的|家)?{_RELATIVES}[^，,。\s]{{0,4}}问|代(?:她|他|人)问"
    # 隔壁邻居家让我帮着问问, 托我问一下: the message written for them
    r"|(?:让|叫|托|请)(?:我|俺)(?:帮(?:着|忙)?|给)?(?:她|他|他们|她们)?问"
    # 邻居家问的, 我妹想问一下: the relative asking through the writer
    rf"|(?<![帮替给])(?:我|俺)?(?:的)?{_RELATIVES}(?:家)?(?:想|要)?问(?:的|一下|下|问)"
    # 另外问下我哥家, 顺便问问俺闺女家的: a relative's household asked about (tester 106 p2)
    rf"|(?:问下|问问|问一下|打听下|打听一下|说说|说下)(?:我|俺)(?:的)?{_RELATIVES}"
    r"(?:家|那边|两口子|(?=[\s，,]|她|他|$))"
    # "and what about my sister in beijing?", "question about my brother-in-law's family"
    r"|\b(?:what|how) about (?:my|our) (?:sister|brother|sis|bro|cousin|friend|neighbou?r|sil|bil"
    r"|(?:sister|brother|mother|father)-in-law)\b"
    r"|\b(?:writing|asking|typing|messaging|texting) (?:this )?(?:for|on behalf of)\b"
    r"(?! (?:my|our) own\b| (?:me|us|myself|ourselves)\b)|\bon behalf\b(?! of (?:my|our) own\b)"
    r"|\bfor (?:my|her|his|our) (?:sister|brother|sis|bro|cousin|friend)"
    # "now for my biaomei family, not my family": a relative's household said not to be theirs
    r"|\bfor (?:my|our) (?:biao|tang)(?:mei|jie|ge|di)\b|\bnot (?:for )?(?:my|our) (?:own )?family\b"
    r"|\b(?:my|our) (?:\w+ )?(?:cousin|sister|brother|biaomei|biaojie|biaoge|biaodi)(?:'s)? family\b",
    re.I,
)


# Living at the other household's home (住公婆家, "we live with my in-laws"): the family's own
# situation, no other household told.
LIVING_AT_THEIRS = re.compile(
    r"(?:住|住在|待在|在)(?:我|俺)?(?:婆婆|公婆|公公|岳父|岳母|丈母娘|老丈人|爸妈|父母)?(?:家|那)"
    r"|\b(?:live|living|stay|staying)\s+(?:with|at)\b|\bin (?:my |our )?(?:in-?laws?|parents)'? ?(?:place|house|flat|home)",
    re.I,
)


def _other_stretches(
    text: str, family_named: bool = True
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of `text` (normalised) told of another household, and among them the clauses
    that name it (not one adding its member to the family's: 还有我小姑子, 我婆婆也交)."""
    found: list[tuple[int, int]] = []
    named: list[tuple[int, int]] = []
    other = seen_other = False
    others = list(OTHER.finditer(text))  # read whole: a clause cut inside a name (俺表|哥)
    if GRANDPARENTS_WRITING.search(text):  # 我跟老头子…俺俩户口在德州: the grandparents' own
        others = sorted([*others, *GRANDPARENTS_WRITING.finditer(text)], key=lambda m: m.start())
        text = re.sub(r"(?:俺|我)(?=俩)", "老", text)  # their 俺俩 is no word of the family
    if family_named:
        others = sorted([*others, *NEPHEWS.finditer(text)], key=lambda m: m.start())
    for at, clause in clauses(text):
        end = at + len(clause)
        named_other = (
            None
            if LIVING_AT_THEIRS.search(clause)
            else next((m.start() - at for m in others if m.start() < end and m.end() > at), None)
        )
        named_own = OWN.search(clause)
        if named_other is None and seen_other:
            # 我们和我妹家一起租的房子 她家俩娃 我家一个: "her family", of the one named before
            theirs = THEIR_HOUSEHOLD.search(clause)
            named_other = theirs.start() if theirs else None
        seen_other = seen_other or any(m.start() < end and m.end() > at for m in others)
        if named_other is not None and not (named_own and named_own.start() < named_other):
            other = True
            if not ALSO_THEIRS.search(clause):
                named.append((at, end))
        elif named_own:
            other = False
        # a clause naming no one (她去年生了老二, 淄博户口) goes on with the stretch
        if other:
            found.append((at, at + len(clause)))
    return found, named


def _family_known(known: dict[str, Any]) -> bool:
    return bool(
        known.get("city") or known.get("hukou_in_city") is not None or known.get("children")
    )


def _own_told_first(text: str) -> bool:
    """The family's own child or home named before another household (俺闺女三岁 俺妹妹家…)."""
    own = OWN.search(text)
    other = OTHER.search(text)
    return (
        own is not None
        and other is not None
        and own.end() <= other.start()
        and not ASKED_FOR_A_RELATIVE.search(text)
    )


def _stretches_told(
    text: str, known: dict[str, Any]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """_other_stretches of `text` (normalised) when the family is already known (a city, hukou
    or children noted) and another household is named; none when the family is not known, or
    the message is written for the relative ("writing for my sister, her son is 4": her
    household is the one told)."""
    if not _family_known(known) and not (OWN_APART.search(text) or _own_told_first(text)):
        # a family not yet known is the one the message tells of, unless it names itself apart
        # from the other (来电人说她邻居家领特困 她自己家不领低保), or first (俺闺女三岁 俺妹妹家是
        # 双胞胎 刚出生)
        return [], []
    family_named = bool(known.get("children")) or OWN.search(text) is not None
    if not (
        OTHER.search(text)
        or (family_named and NEPHEWS.search(text))
        or GRANDPARENTS_WRITING.search(text)
    ):
        return [], []
    if ASKED_FOR_A_RELATIVE.search(text):
        return [], []
    return _other_stretches(text, family_named)


def another_households_facts_dropped(
    text: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """`updates` without the household facts read from a stretch told of another household, when
    the family is already known (a city, hukou or children noted); else `updates`."""
    stretches, naming = _stretches_told(text, known)
    if not stretches:
        return updates

    def inside(u: FactUpdate, spans: list[tuple[int, int]] = stretches) -> bool:
        span = (u.span or "").strip()
        if not span and u.fact == "child.due_date":  # 我嫂子怀了双胞胎 (no date): hers
            told = [m.start() for m in PREGNANCY.finditer(text)]
            return bool(told) and all(any(a <= at < b for a, b in spans) for at in told)
        at = text.find(span) if span else -1
        return at >= 0 and any(a <= at < b for a, b in spans)

    def theirs(u: FactUpdate) -> bool:
        if u.fact in ("renting", "owns_home_in_city", "hardship_now", "hardship_at_birth") and (
            u.value is False
        ):  # 说错了 租房子的是我弟, "she got dibao at the birth, we didnt": the family's no,
            return False  # said by pointing at them
        if u.fact == "child_count" and u.span:  # 俺闺女3岁 俺妹妹家是双胞胎: a sum across both
            at = text.find(u.span.strip())
            if at >= 0 and any(a < at + len(u.span.strip()) and at < b for a, b in stretches):
                return True
        if u.fact in ("city", "hukou_in_city") and not _family_known(known):
            # "dd 2yo, … my bro pays too but he lives in qingdao so dont count him. jinan
            # hukou": with nothing noted, a city said after the relative is the family's
            return inside(u, naming)
        if u.fact == "housing_fund_contributors":  # 俺表哥两口子都交: theirs; "一共三个" of
            # the family's payers with the mother-in-law: the family's; 她两口子一个交 inside the
            # relative's stretch: theirs too (tester 113 c4 was told 1,000,000 for the family)
            return inside(u, naming) or (inside(u) and _their_payers(text, u.span or ""))
        return (u.fact in HOUSEHOLD_FACTS or u.fact.startswith("child.")) and inside(u)

    kept = [u for u in updates if not theirs(u)]
    return _orders_closed_up(kept, [u for u in updates if theirs(u)], known)


# The relative's couple named right before the payers (她两口子一个交, "they both pay").
THEIR_PAYERS_BEFORE = re.compile(
    r"(?:她|他|她们|他们|人家)(?:家)?(?:两口子|俩|2口子|两个人|2个人|夫妻)?\s*$"
    r"|\b(?:they|she|he|her husband|his wife)\s+(?:both\s+|only\s+)?$"
)


def _their_payers(text: str, span: str) -> bool:
    at = text.find(span.strip()) if span.strip() else -1
    return at >= 0 and THEIR_PAYERS_BEFORE.search(text, max(0, at - 8), at) is not None


def _orders_closed_up(
    kept: list[FactUpdate], dropped: list[FactUpdate], known: dict[str, Any]
) -> list[FactUpdate]:
    """The family's children read after another household's ("my sisters son is 1.3m, mine is
    only 1.15": her son read as child 1, the family's as child 2) moved back over the orders
    that were theirs, when that made them a child the family does not have."""
    known_count = len(known.get("children") or [])
    kept_orders = {u.child for u in kept if isinstance(u.child, int)}
    gone = {u.child for u in dropped if isinstance(u.child, int)} - kept_orders
    if not gone or not any(o > known_count for o in kept_orders):
        return kept

    def moved(u: FactUpdate) -> FactUpdate:
        if not isinstance(u.child, int) or u.child <= known_count:
            return u
        below = sum(1 for o in gone if o < u.child)
        return replace(u, child=u.child - below) if below else u

    return [moved(u) for u in kept]


def own_part(text: str, known: dict[str, Any]) -> str:
    """`text` (normalised) without the stretches told of another household, when the family is
    known ("…our son is 4. also my mother-in-law lives in jinan with jinan hukou": the family's
    part only); `text` normalised when no other household is told."""
    said = normalise(text)
    stretches, _ = _stretches_told(said, known)
    kept = list(said)
    for a, b in stretches:
        kept[a:b] = " " * (b - a)
    return "".join(kept)


def their_part(text: str, known: dict[str, Any]) -> str:
    """`text` (normalised) with only the stretches told of another household kept, the rest
    blanked ("…我们家老大5岁 我妹在北京 北京户口 去年十月生的老二 她能领600吗": the sister's part);
    "" when the family is not known or no other household is told."""
    said = normalise(text)
    stretches, _ = _stretches_told(said, known)
    if not stretches:
        return ""
    kept = [" "] * len(said)
    for a, b in stretches:
        end = b + 1 if b < len(said) and said[b] in "?？!！。.,，;；" else b
        kept[a:end] = said[a:end]  # the stop kept: "… for him there?" is a question
    return "".join(kept)
