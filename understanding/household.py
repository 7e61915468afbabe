"""The household's own facts in normalised text: city, hukou, birth insurance, dibao or
unemployment benefits (now, or at the births), housing-fund contributors, home and rent.

Each reader takes the clauses of a message (understanding/text.py) and returns `Said` items:
the fact, its value and the clause it came from. Negation is read within the clause, next to
the words it negates ("没房 租房住" is no home and renting)."""

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import Any

from understanding.other_household import ASKED_FOR_A_RELATIVE
from understanding.remembered import Remembered
from understanding.rule_case import RULE_PAYERS
from wording.cities import CITIES, patterns

CITY = patterns()  # {"jinan": 济南|泉城|jinan, ...} from wording/cities.yaml
# A district named in English ("we rent in lixia", "a place in haidian"): where in a city, which
# states the city only as the answer to the city question.
EN_DISTRICT = re.compile(
    "|".join(
        re.escape(w)
        for c in CITIES.values()
        for w in c.words
        if w.isascii() and w not in ("jinan", "ji nan", "beijing", "peking")
    )
)


@dataclass(frozen=True)
class Said:
    """A household fact read from one clause (`at` = the clause's index)."""

    fact: str
    value: Any
    at: int
    span: str


Clauses = list[tuple[int, str]]

NEG_BEFORE = re.compile(
    r"(?:不是|没有|没|无|非|不|外地|外省|外市|\bwai ?di\b|\bnot\b|\bno\b|\bnon\b|n't|\bnever\b|neither|nobody)[^，,。]{0,3}$"
)

# --- city and hukou --------------------------------------------------------------------------

HUKOU = re.compile(r"户口|户籍|落户|京户|京籍|hukou|household registration|registered resident")
BEIJING_HUKOU = re.compile(r"京户|京籍")  # Beijing's hukou in two characters
# Places that are not a city of the knowledge base: a hukou there is not a local one.
PROVINCES = (
    "河北|山西|内蒙|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|河南|湖北|湖南|广东|广西|海南|重庆|四川"
    "|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|天津|青岛|烟台|潍坊|临沂|淄博|济宁|泰安|德州|聊城|菏泽|滨州|东营|日照|威海|枣庄"
    "|hebei|shanxi|shaanxi|inner mongolia|liaoning|jilin|heilongjiang|shanghai|jiangsu|zhejiang|anhui|fujian"
    "|jiangxi|henan|hubei|hunan|guangdong|guangxi|hainan|chongqing|sichuan|guizhou|yunnan|tibet|gansu"
    "|qinghai|ningxia|xinjiang|tianjin|qingdao|yantai|weifang|linyi|zibo|tai'?an|dezhou"
    "|shandong(?![\\s,]*(?:province)?[\\s,]*jinan)"  # as 山东(?!济南): the province, not its capital
)
HUKOU_ELSEWHERE = re.compile(
    # not 户口在哪有啥影响吗: where asked, no place told
    r"户口(?:还|仍|都|仍然|一直)?在(?!济南|北京|泉城|本|这|我们这|咱|当地|市|城|哪|什么地方|啥地方|"
    + "|".join(w for c in CITIES.values() for w in c.words if not w.isascii())  # 历下区, 海淀
    + r")[\u4e00-\u9fff]{2}"
    r"|hukou(?: is| are|'s)?(?: still)?(?: back)? (?:in|from) (?!jinan|beijing|here|the city|this|our city"
    + "".join("|" + re.escape(w) for c in CITIES.values() for w in c.words if w.isascii())
    # "got jinan hukou in sept 2025" (tester 78 c8): a time, not a place
    + r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    + r"|(?:last|early|late|mid|spring|summer|autumn|fall|winter|time)\b"
    + r")[a-z]{3,}|外地|外省|外市|外地人|老家|\bwai ?di\b|山东(?!济南)|\bnon[- ]?local|elsewhere|another city|other city|village|back home"
    r"|hometown|home town|" + PROVINCES
)
# The hukou said to be where the family is: "hukou here", "hukou's here too", 户口也在这边, 户口在咱这.
HUKOU_HERE = re.compile(
    r"(?:户口|户籍)(?:也|都|就|一直)?(?:在|是)?(?:咱|我们)?(?:这边|这里|这儿|这)(?:的)?"
    r"|\bhukou(?:'s| is| are)?(?: also| too)? (?:(?:is|are) )?(?:(?:also|too|all) )?(?:here|in this city)\b"
)
# The hukou said to be "in" with no place after it (户口在, 户口都在的, 户口是在的, "hukou's in"), the
# answer to "您家的户口在这个城市吗": where the family is, unless a place elsewhere is told.
HUKOU_IN_BARE = re.compile(
    r"(?:户口|户籍)(?:也|都|就|一直|还|是)*在(?:的|呢|啊|哦|呀|嘞|哈)?"
    r"|\bhukou(?:'s| is| are)?(?: also| too| all)? in\b",
    re.I,
)
HUKOU_NOT_YET = re.compile(
    r"(?:明年|以后|将来|才能|想|打算|准备|还没|没)\s*(?:才)?(?:能)?(?:迁|落|转)|没迁|未迁|还没落|next year|not yet"
)

# A hukou moved here from elsewhere (刚从德州迁过来, 从老家迁到济南了): the place named is where it was.
MOVED_IN = re.compile(
    r"从[^，,]{1,8}?(?:迁|转|落)(?:了)?(?:过来|回来|来|到(?:了)?(?:济南|北京|泉城|这|本地|本市|市里))"
    # "we just moved our hukou to jinan last month from qingdao", "transferred the hukou here"
    r"|\b(?:moved|transferred|changed|switched|registered|got)\s+(?:our|my|her|his|the|their)?\s*"
    r"hukous?\s+(?:over\s+)?(?:from\s+\w+\s+)?(?:to|into|in)\s+(?:jinan|beijing|here|the city)\b"
    # "we just moved our hukou over from jinan": moved in, from the city named
    r"|\b(?:moved|transferred)\s+(?:our|my|her|his|the|their)?\s*hukous?\s+(?:over\s+|here\s+)?"
    r"from\s+\w+(?![^,.;!?]*\b(?:to|into)\b)"
    # "our hukou moved from beijing to jinan in july", "the hukou was transferred to jinan"
    r"|\bhukous?\s+(?:was\s+|were\s+|has been\s+|got\s+)?(?:moved|transferred)\s+(?:over\s+)?"
    r"(?:from\s+\w+\s+)?(?:to|into)\s+(?:jinan|beijing|here|the city)\b"
    # "hukou moved here from dezhou", "moved it from dezhou" answering the hukou question
    r"|\bhukous?\s+(?:was\s+|were\s+|has been\s+|got\s+)?(?:moved|transferred)\s+(?:over\s+)?here\b"
    r"|\b(?:moved|transferred)\s+it\s+(?:over\s+|here\s+)?from\s+\w+(?![^,.;!?]*\b(?:to|into)\b)"
)

# Kinds compared in a question (有区别吗, 有啥不一样, 哪个好): no fact of the family's.
COMPARED = re.compile(
    r"区别|差别|差异|不一样|不同|一样吗|哪个[^，,]{0,4}(?:好|多|划算|高)|\bdifference\b"
)

# The hukou at a birth's time (双胞胎生的时候户口还在北京, "when she was born our hukou was still in
# linyi"): where it was then, not where it is now.
HUKOU_THEN = re.compile(
    r"(?:生|出生)[^，,。]{0,4}?(?:的)?(?:时候|时|那会儿?|那年|那阵子?|之前|以前)|当时|那时候?|那会儿?"
    # 之前我们是菏泽户口 (tester 82 c7): the hukou before, not now
    r"|^\s*(?:之前|以前|原来|原先|过去)(?=[^，,。]{0,6}(?:户口|户籍))"
    r"|\bwhen\b[^,.]{0,30}\b(?:born|birth|came|arrived)\b|(?:born|birth)\b[^,.]{0,20}\bwhen\b"
    r"|at the time|back then"
)
HUKOU_NOW_TOO = re.compile(r"现在|目前|如今|至今|一直|\bnow\b|currently|\bstill is\b")


def cities(text: str) -> list[tuple[str, int]]:
    """The cities named, with where (a city preceded by "not"/"不是" and not followed by 户口
    is a city the user says they are not in: left out)."""
    found = []
    for city, pattern in CITY.items():
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 8) : m.start()]  # "not in "
            after = text[m.end() : m.end() + 3]
            if (
                re.search(r"(?:\bnot(?: in)?|不是|不在|不住在?)\s*$", before)
                and not re.match(r"\s*(?:户|hukou)", after)
                # "不是 北京" opening a reply: "no, Beijing", the city put right, not denied
                and not re.fullmatch(
                    r"\s*(?:不是|不对)(?:的|啊|呀)?[\s，,。!！]+", text[: m.start()]
                )
            ):
                continue  # 不在济南, "not jinan": where the family is not
            if re.search(
                r"(?:点成|写成|说成|打成|选成|填成|错成|instead of|moved (?:here |away )?from|\bleft)\s*$",
                text[max(0, m.start() - 16) : m.start()],
            ):
                continue  # 刚才点成北京了, "moved from jinan": not where the family is
            moved = moved_from_a_former_hukou(text)
            if (
                moved is not None
                and moved != city
                and any(f.start() <= m.start() < f.end() for f in FORMER_HUKOU.finditer(text))
            ):
                continue  # 原来北京户口 今年迁到济南了: where the hukou was
            if moved is not None and (
                moved != city
                and (
                    re.match(r"\s*(?:生|出生)", after)
                    or re.search(r"\b(?:born|birth)\b[^,.;]{0,30}\bin\s*$", text[: m.start()])
                )
            ):
                continue  # 老二在北京生的, the hukou since moved to Jinan: where a child was born
            moved_from = (
                re.search(r"从\s*$", before)
                and re.match(r"\s*(?:市)?(?:搬|回|来|到|过来|去|迁)", after)
            ) or re.search(
                r"(?:以前|之前|原来|原先|早先)(?:一直|都|是)?(?:住)?在\s*$",
                text[max(0, m.start() - 8) : m.start()],
            )
            if moved_from and not re.match(r"\s*(?:市)?(?:的)?(?:户口|户籍)", after):
                continue  # 从济南搬到北京, 以前在北京 现在在济南: where the family was
            if (
                re.match(
                    r"\s*(?:市里?)?(?:玩|旅游|旅行|游玩|逛|转转|看病|出差|过周末)", text[m.end() :]
                )
                or re.search(
                    r"(?:trip|visit|visiting|holiday|vacation)(?: to| in)?\s*$"
                    r"|(?:去|来|跑|到)了?(?:1|一)?趟\s*$",  # 五一去了趟泉城广场: a trip there
                    text[max(0, m.start() - 12) : m.start()],
                )
            ):
                continue  # 周末想带去北京玩, "a trip to beijing": a place visited, not where the family is
            if ELDERS_LIVE_THERE.search(text[max(0, m.start() - 40) : m.start()]):
                continue  # "my in-laws live in jinan", 婆婆在北京住: where the elders live
            if RELATIVE_LIVES_THERE.search(
                text[max(0, m.start() - 40) : m.start()]
            ) and not ASKED_FOR_A_RELATIVE.search(text):
                continue  # 我姐在北京 … 我们济南这边呢: where the sister lives (tester 100 p6)
            if HEARSAY_OF.search(text[max(0, m.start() - 8) : m.start()]):
                continue  # 她说北京生娃一分钱没有: a city someone spoke of
            found.append((city, m.start()))
    return found


# The speaker's siblings, cousins and friends, another household ("我姐", 表哥, 小姑子, "my sister").
RELATIVES = (
    r"(?:(?:我|俺)(?:大|二|三|小)?(?:姐|妹|哥|弟|姑子|姑姐|姨|舅|叔|伯)(?:姐|妹|哥|弟|子|妈)?"
    r"|(?:我|俺)?(?:表|堂)(?:姐|妹|哥|弟)|小姑子|大姑姐|小舅子|大伯哥|闺蜜|(?:我|俺)(?:朋友|同事|邻居|同学))"
)
RELATIVE_LIVES_THERE = re.compile(
    RELATIVES
    + r"(?:一家|家|他们|她们|们|两口子?)?(?:现在|一直|都|也|还)?\s*(?:在|住在|住|家在)\s*$"
    r"|\b(?:my|our) (?:sister|brother|sis|bro|cousin|friend|aunt|uncle)s?(?:-in-law)?"
    r"(?: (?:all|both|still|now|also))* (?:(?:lives?|living|is|are|stays?|based) )?in $",
    re.I,
)
# A city someone else spoke of: 她说北京生娃一分钱没有, 听说北京.
HEARSAY_OF = re.compile(r"(?:她|他|人家|别人|朋友|同事|姐|哥)(?:们)?说\s*$|听说\s*$")


# The speaker's elders (in-laws, parents, the children's grandparents) said to live in a city:
# where they live, not the family ("my in-laws live in jinan", 公婆在济南, 孩子姥姥在北京住;
# tester 99 en2 was noted as living in Jinan). Not the speaker naming themselves (我是孩子奶奶
# 在济南).
ELDERS_LIVE_THERE = re.compile(
    r"(?<!是)(?<!我是)(?:婆婆|公婆|(?<!老)公公|婆家|娘家|岳父母?|岳母|丈母娘|老丈人|丈人|亲家|爸妈|父母"
    r"|(?:我|俺)(?:妈|爸|娘|爹)|孩子(?:他|她)?(?:姥姥|姥爷|奶奶|爷爷|外婆|外公)"
    r"|(?:姥姥|外婆)(?:姥爷|外公)?|(?:爷爷)?奶奶)"
    r"(?:一家|家|他们|她们|两口子?|2口子?|们)?(?:现在|一直|都|还)?\s*(?:在|住在|住|家在)\s*$"
    r"|\b(?:in-?laws?|(?:mother|father|parents)-in-law|(?:my|our|his|her) (?:parents|folks|mum|mom"
    r"|mother|dad|father)|(?:the kids'?|their|our kids'?) grand(?:ma|pa|parents|mother|father)s?)"
    r"(?: (?:all|both|still|now|also))* (?:(?:live[sd]?|living|are|is|stay(?:s|ing)?|based)"
    r" )?(?:in|at) $",
    re.I,
)


def corrected_city(text: str) -> str | None:
    """ "not jinan but beijing", "不是济南 是北京": the city said in place of the one denied."""
    for city, pattern in CITY.items():
        for m in pattern.finditer(text):
            if re.search(
                r"(?:\bnot|不是|不在)\s*\S{1,8}?\s*[,，]?\s*(?:\bbut(?: in)?|而是|是|在)\s*$",
                text[max(0, m.start() - 24) : m.start()],
            ) and not re.match(r"\s*(?:户|hukou)", text[m.end() : m.end() + 3]):
                return city
    return None


# The family's known city denied by name (不是北京, 俺们不在北京, "not beijing", "we're not in
# beijing"), not only its hukou: the city put right.
CITY_DENIED = re.compile(
    r"(?:不是|不在|不住在?|没在|没住在?|哪是|\bnot(?: in)?|\b(?:isn'?t|aren'?t|'re not|are not))\s*"
    r"(?:在|住在?)?\s*$"
)


def known_city_denied(text: str, known_city: str | None) -> bool:
    """The message denies the known city by name (not its hukou) and names the other city:
    不是北京 俺们在济南, 不在北京 在济南, "we're not in beijing, we're in jinan"."""
    if known_city not in CITY:
        return False
    others = [c for c, _ in cities(text) if c != known_city]
    return bool(others) and any(
        CITY_DENIED.search(text, max(0, m.start() - 8), m.start())
        and not re.match(r"\s*(?:的)?\s*(?:户|hukou)", text[m.end() : m.end() + 4])
        for m in CITY[known_city].finditer(text)
    )


LIVES = r"(?:人在|住在|住|在|live in|living in|work in|working in|based in)\s*"


# One parent working in a city (他在北京上班, 老公在北京工作, "my husband works in beijing"): where
# that parent's job is, not the family's city.
PARENT_WORKS = re.compile(
    r"(?:他|她|我|老公|爱人|丈夫|先生|老婆|妻子|媳妇|孩子?他[爸妈]|孩子?她[爸妈]|孩子[爸妈])"
    r"(?:是|也)?(?:现在|一直|平时|目前)?在\s*$"
    r"|\b(?:he|she|husband|hubby|wife|partner|spouse)(?:'s| is)? (?:(?:also|still|now) )?"
    r"(?:works?|working|employed|based|pays?|paying|contributes?|contributing)"
    r"(?: [a-z]+){0,4}? in\s*$"
    r"|(?:^|[\s，,。；;])在\s*$",  # "就我老公一个人交 在北京交的": where it is paid, said alone
    re.I,
)
# What one parent does in that city: works (上班, 工作) or pays in (交的公积金, 缴社保, 参保).
PARENT_DOES = re.compile(r"[^\s，,。]{0,4}?(?:上班|工作|打工|单位|交|缴|参保|上的)")
# The speaker's own job's city (我在北京上班) is where she lives too, unless it is only where
# she pays in (我在北京交的公积金).
PAYS_THERE = re.compile(r"[^\s，,。]{0,4}?(?:交|缴|参保)")


# One parent named as the one paying, the city told after ("就我老公一个人交公积金 在北京交的").
PARTNER_PAYS = re.compile(
    r"(?:老公|丈夫|爱人|先生|老婆|妻子|媳妇|孩子?[他她][爸妈])[^，,。]{0,8}(?:交|缴)"
)


def a_parent_works_in(text: str, at: int) -> bool:
    """Whether the city named at `at` is only where one parent works or pays in (他在北京上班,
    我老公在北京交的公积金, "my husband works in beijing"), not the family's city."""
    before = PARENT_WORKS.search(text[max(0, at - 40) : at])
    if not before:
        return False
    said = before.group(0).lstrip(" ，,。；;")
    if said.startswith(("我", "在")) and not PAYS_THERE.match(text, at):
        return False  # 我在北京上班, 在北京住: the speaker's city, the family's
    if said.startswith("在") and not PARTNER_PAYS.search(text[max(0, at - 40) : at]):
        return False  # 闺女十六个月 在北京交社保四年了: the family's own, no one else named

    if re.search(r"[a-z]", before.group(0)):
        return True
    return bool(PARENT_DOES.match(text[at:]))


def lives_in(text: str) -> str | None:
    """Of two cities named, the one the family lives or works in ("户口在济南 人在北京")."""
    for city, pattern in CITY.items():
        for m in pattern.finditer(text):
            before, after = text[: m.start()], text[m.end() :]
            if re.search(r"户口[^，,]{0,3}$|hukou[^,]{0,8}$", before):
                continue  # 户口在济南: where the hukou is
            if re.search(LIVES + r"$", before) and re.match(
                r"\s*(?!户口|hukou)(?:工作|上班|住|生活|打工|$|\s|,|，)", after
            ):
                return city
            if MOVED_TO.search(before) and not re.match(r"\s*(?:户口|户籍|hukou)", after):
                return city  # "twins born in beijing but we moved to jinan": where they are now
    return None


# The family's own move told as done: "we moved to jinan", "we've just moved to", 我们搬到了.
MOVED_TO = re.compile(
    r"\b(?:we|i|we've|we have|i've|family)\s+(?:have\s+|had\s+|just\s+|since\s+|recently\s+|now\s+)*"
    r"moved (?:over |back |here )?to\s*$|(?:我们|我家|全家|我|咱们?|俺们?)(?:已经|刚|都)?搬(?:到|去|回)了?\s*$"
)


# The hukou said to be where the family lives too ("we live in jinan, hukou too", 我们住济南 户口也在).
HUKOU_TOO = re.compile(
    r"\bhukou (?:too|also|as well|same)\b|\bhukou(?: is|'s)? (?:also |too )?there\b|\b(?:and|also) (?:the |our )?hukou\b|户口也(?:在|是)?(?:这|这边|这里|本地)?\s*$"
)

# How or where a baby's hukou can be registered, asked (双胞胎户口能分开落吗, 孩子户口怎么落, 宝宝户口
# 落哪边好): a step asked about, not the family's hukou.
CHILD_HUKOU_ASKED = re.compile(
    r"(?:孩子|宝宝|娃|小孩|双胞胎|龙凤胎|新生儿|闺女|儿子|老[大二三四]|[二三大小]宝)(?:们)?(?:的)?户口"
    r"[^，,。]{0,10}?(?:怎么|咋|能不能|能否|可不可以|可以|哪|吗|么|嘛|[?？]|好|还是)"
)

# A baby's registration asked of (生完孩子上户口去哪办, 宝宝出生后落户口, 孩子怎么报户口, "register
# the baby's hukou"): the birth formality of registering the child (Beijing (4): joint handling
# of birth formalities incl. household registration), no fact of the family's hukou (tester 39
# c04 recorded 北京户口 from "生完孩子在北京怎么上户口").
BABY_REGISTRATION = re.compile(
    r"(?:孩子|宝宝|宝贝|娃|小孩|新生儿|婴儿|生完|生了|生下|出生|生之后|生以后)[^，,。？?]{0,12}?"
    r"(?:上|落|办|报|登记|入)(?:个|了)?户口|户口登记|出生登记|上(?:个)?户口|报户口"
    r"|户口(?:本|簿)(?:上|里)|户口(?:还)?(?:没|未)(?:上|落|办|报)"  # 户口还没上: the baby's  # 户口本上写的11月是错的: the booklet's record, no hukou told
    r"|\bregister\w*\b[^.?!]{0,20}\b(?:baby|newborn|child|kid|son|daughter)\b"
    r"|\b(?:baby|newborn|child|kid)'?s? (?:hukou|household registration)\b"
    # "where do we go to register the birth", "birth registration" (tester 79 c6)
    r"|\bregister\w*\s+(?:the |their |his |her |a |our )?births?\b|\bbirth registration\b",
    re.I,
)

# A step asked of as needed first (孩子得先落户才能领吗, 要先迁户口吗): a rule, no family fact.
REQUIRED_FIRST = re.compile(
    r"(?:(?:得|要|必须|需)先|先得)[^，,]*?(?:吗|么|嘛|[?？])|是不是[^，,]{0,2}先|(?:要|得)不(?:要|得)先"
)

# The wait after a move asked (户口迁过来多久才能申请, 落户后几个月能领): a rule's condition, the
# move not told as done.
WAIT_AFTER_MOVE_ASKED = re.compile(
    r"(?:迁|转|落户|落)[^，,]{0,6}?(?:多久|多长时间|多少天|几个?月|几年|几天)[^，,]{0,4}?(?:才|能|可以|就)"
)


# 户口那个说错了, 户口的事我说错了, 户口那块写错了: the hukou named only as the thing put right.
_WRONG_SAID = r"(?:说错|写错|填错|搞错|弄错|选错|打错|说岔|错)了|不对"
HUKOU_TOPIC_ONLY = re.compile(
    r"\s*(?:那个|这个|那块儿?|这块儿?|那边|的事(?:情|儿)?|那事儿?|方面|的问题|那儿)?\s*"
    r"(?:我|我们|俺|刚才|之前|前面|上面|刚刚|我刚才)?\s*(?:" + _WRONG_SAID + r")?\s*[啊哈呀]?\s*"
)
WRONG_SAID_ONLY = re.compile(
    r"\s*(?:我|我们|俺|刚才|之前|前面|上面|刚刚|我刚才)?\s*(?:" + _WRONG_SAID + r")\s*[啊哈呀]?\s*"
)
MOVE_TOLD = re.compile(r"迁|落户|转(?:过来|到|来|回)")
# Where the hukou is told in that clause: 已经是本地的了, 其实是外地的, 还在老家, 是济南的.
PLACE_TOLD = re.compile(r"本地|本市|当地|外地|外省|老家|济南|北京")


# A hukou told as the family's before a move (我们原来北京户口, 以前是北京户籍, "our hukou used to
# be in beijing"), and the move told after it to a city (今年7月迁到济南了, "moved it to jinan in
# july"): held in that city now (tester 51 c06 got 本市户口 and the city question).
FORMER_HUKOU = re.compile(
    r"(?:原来|以前|之前|原先|本来|过去|早先)(?:是|的|都是|一直是)?\s*(?:[\u4e00-\u9fff]{1,4}?)?(?:市|省|县)?"
    r"(?:的)?\s*(?:户口|户籍)"  # 儿子儿媳原来是德州户口 今年刚把户口迁到济南
    r"|\b(?:used to (?:have|be)|originally|formerly|previously)\b[^,.;]{0,20}\bhukou\b"
    r"|\bhukou (?:was|used to be) (?:in )?(?:beijing|jinan)\b"
    r"|\b(?:beijing|jinan) hukou (?:before|earlier|previously|at first)\b"
    # 户口去年从北京迁到济南 (tester 134 p4): the city it was moved from
    r"|从\s*(?:北京|济南|泉城)(?=\s*(?:市)?(?:的)?(?:户口)?(?:迁|转|落))"
    r"|\bhukous?\s+(?=(?:was |were |has been |got )?(?:moved|transferred) from (?:beijing|jinan)\b"
    r"[^,.;]{0,12}\b(?:to|into)\b)",
    re.I,
)
MOVE_TO_CITY = re.compile(
    r"(?:迁|转|落户|落)(?:了)?(?:到|去|来|回|在)?(?:了)?\s*(?P<city>济南|泉城|北京)"
    r"|\b(?:moved|transferred|changed|switched)\b[^,.;]{0,30}?\b(?:to|into)\s+(?P<en>jinan|beijing)\b",
    re.I,
)
MOVE_NOT_MADE = re.compile(
    r"没|未|不|想|打算|准备|要是|如果|假如|明年|以后|将来|\bif\b|\bplan", re.I
)


def moved_from_a_former_hukou(text: str) -> str | None:
    """The city a hukou told as the family's before ("原来北京户口") was moved to after it
    ("今年7月迁到济南了"), "jinan" or "beijing"; None when no such move is told."""
    former = FORMER_HUKOU.search(text)
    if former is None:
        return None
    move = MOVE_TO_CITY.search(text, former.end())
    if move is None:
        return None
    start = max(
        (m.end() for m in re.finditer(r"[，,。.;；!！?？\s]", text[: move.start()])), default=0
    )
    if MOVE_NOT_MADE.search(text, start, move.start()):
        return None  # 打算迁到济南, "if we move it to jinan": no move made
    said = (move.group("city") or move.group("en") or "").lower()
    return "beijing" if said in ("北京", "beijing") else "jinan"


def _move_told_after(rest: Clauses) -> str | None:
    """The clause after a hukou named only as a topic that tells a move or where it is held (我们
    去年就迁到济南了, 还没迁过来呢, 其实是外地的), past clauses only owning the slip (刚才说错了);
    None when the next says other things (我们住在北京: where the family lives)."""
    for _, clause in rest:
        if WRONG_SAID_ONLY.fullmatch(clause):
            continue
        told = MOVE_TOLD.search(clause) or (
            PLACE_TOLD.search(clause) and not re.search(r"住|搬|上班|工作|买|租|生", clause)
        )
        return clause if told and not HUKOU.search(clause) else None
    return None


def _moved_to_here(moved: str, family_city: str | None) -> bool:
    """Whether a hukou move (迁到济南, 迁过来, "moved our hukou from Beijing to Jinan") ends in
    the family's city: the city named after 到 / to, or here when none is named."""
    tail = re.split(r"到|\bto\b|\binto\b|\bin\b", moved)[-1]
    tail = MOVED_FROM.sub(" ", tail)  # 户口刚从济南迁过来: Jinan is where it left, not where it is
    to = [c for c, p in CITY.items() if p.search(tail)]
    return not to or family_city is None or family_city in to


# Where a hukou move started: 从济南迁过来, "moved our hukou from jinan" (the city after 从 / from).
MOVED_FROM = re.compile(r"从[^，,到]{1,8}?(?=迁|转|落)|\bfrom\s+\w+(?:\s+\w+)?", re.I)
# A hukou moved away (户口迁走了, 迁出去了, "our hukou moved away from jinan"): it left the city
# named as its start, or the family's own when none is named.
MOVED_AWAY = re.compile(
    r"迁走|迁出|转走|转出|\b(?:moved|transferred|taken)\s+(?:it\s+)?(?:away|out)\b", re.I
)


def _moved_away(
    clause: str, whole: str, family_city: str | None, known_held: bool | None
) -> bool | None:
    """A hukou move away read against the family's city: False when it left the family's city
    (户口迁走了 in Jinan), None when it left another city named (二宝在济南出生的 户口迁走了 for a
    Beijing family: the Jinan hukou it had is gone, the family's own is not told here) or when no
    city is named beside a local hukou already known (户口迁走了还能领那600吗 from a Beijing family
    that moved in: which city it left is the question's, not a new fact)."""
    if not MOVED_AWAY.search(clause):
        return None
    destination = re.split(r"到|\bto\b|\binto\b", clause)[1:]
    if family_city and any(CITY[family_city].search(d) for d in destination):
        return True  # 户口从济南迁出 迁到北京了: held in Beijing now
    named = [c for c, p in CITY.items() if p.search(whole)]
    if not named and known_held is True:
        return None
    if family_city is None or not named or family_city in named:
        return False
    return None


# Two people's hukous told apart: 一个济南户口一个外地户口, 1个本地户口 另1个老家的.
SPLIT_HUKOU = re.compile(
    r"1个[^，,。]{0,8}户口[^，,。]{0,4}(?:另(?:外)?)?1个|1个[^，,。]{0,8}另(?:外)?1个[^，,。]{0,8}户口"
)


# A grandparent's own hukou (我们老人是外地户口, 老人户口在德州, "grandma's hukou is in dezhou"):
# theirs, not the family's.
ELDERS_HUKOU = re.compile(
    r"(?:老人|老两口|老俩口|(?:我们|俺们|咱们)老的|爷爷|奶奶|姥姥|姥爷|外公|外婆|(?<!老)公公|婆婆|岳父|岳母"
    r"|丈母娘|老丈人)(?:们)?(?:的|自己的?)?[^，,。\s]{0,6}?(?:户口|户籍)"
    r"|\b(?:grand(?:ma|pa|mother|father|parents?)|granny|in-laws|the elderly)(?:'s|s')?"
    r"(?: own)? hukou\b|\bhukou of (?:the )?(?:grandparents|elderly)\b"
)
# A relative's own hukou (我姐北京户口, 我姐家那个北京户口的老二, "my sister has beijing hukou").
RELATIVES_HUKOU = re.compile(
    r"(?:(?:我|俺)(?:大|二|三|小)?(?:姐|妹|哥|弟|姑子|姑姐|姨|舅)(?:姐|妹|哥|弟|子)?"
    r"|(?:我|俺)?(?:表|堂)(?:姐|妹|哥|弟)|小姑子|大姑姐|小舅子|大伯哥|闺蜜|(?:我|俺)(?:朋友|同事|邻居|同学))"
    r"(?:家)?(?:的)?[^，,。？?\s]{0,8}?(?:户口|户籍)"
    # the other grandparents (亲家, 娃姥姥姥爷 户口还在德州农村): their household, not the family's
    r"|(?:亲家|(?:娃|孩子|孙子|孙女|外孙|外孙女)?(?:的)?(?:姥姥|姥爷|外公|外婆)(?:和|跟)?(?:姥姥|姥爷|外公|外婆)?)"
    r"(?:他俩|他们|俩|两口子|老两口)?(?:的)?\s?(?:户口|户籍)"
    r"|\b(?:my|our) (?:sister|brother|sis|bro|cousin|friend)s?(?:-in-law)?(?:'s)?"
    r"(?: (?:family|husband|wife))?(?: (?:has|have|is|are|got))? (?:\w+ )?hukou\b",
    re.I,
)
# The speaker is a grandparent: 我是孩子姥姥, 我们老人, "I'm the grandma".
SPEAKER_ELDER = re.compile(
    r"我是(?:孩子|宝宝|他们|她们|俩孩子)?的?(?:姥姥|姥爷|奶奶|爷爷|外婆|外公)|(?:我们|俺们|咱们)(?:老人|老两口|老俩口)"
    r"|\bi'?m (?:the |their |his |her |a )?(?:grandma|grandmother|grandpa|grandfather|granny)\b"
    r"|\b(?:grandma|grandmother|grandpa|grandfather|granny) here\b"
)
# The speaker's own hukou, one person's: 我户口在德州, 我自己的户口, "my own hukou" (not 我们 / 我家).
# The hukou of one parent named (儿媳户口, 我老公北京户口, "my husband's hukou"), not the family's.
PARTNERS_HUKOU = re.compile(
    r"(?:老公|老婆|媳妇|儿媳(?:妇)?|女婿|爱人|丈夫|妻子|孩子(?:他|她)?(?:爸|妈))(?:的)?"
    r"[^，,。？?\s]{0,4}?(?:户口|户籍)"
    r"|\b(?:my |her |his )?(?:husband|hubby|wife|partner|spouse|son-in-law|daughter-in-law)(?:'s)?"
    r" (?:hukou|household registration)\b",
    re.I,
)
OWN_SINGULAR = re.compile(
    r"(?<![们家])[我俺](?:的|自己的?|本人的?)?(?:户口|户籍)|\bmy (?:own )?hukou\b"
)


# A kind named as "what about it?" (那外地户口呢, 租房的呢, "what about non-local hukou?"): a
# question about the rule for that kind, no fact of the family's (not 我们是外地户口呢).
KIND_WHAT_ABOUT = re.compile(
    r"^\s*(?:那|那么)\s*(?:要是|如果)?(?:是)?\s*[^，,。\s我俺咱们]{1,8}?(?:的|的话|那种|那个)?\s*呢\s*$"
    r"|^\s*[^，,。\s我俺咱们在]{0,6}(?:户口|户籍|租房子?的|租房|租的)(?:的|的话)?\s*呢\s*$"
    r"|^\s*(?:and |so |but )?(?:what|how) about\b(?![^,.;!?]*\b(?:we|our|us|i|my)\b)"
)


# What a kind of hukou means or counts as, asked ("what does local hukou mean for this?", 本地户口
# 是啥意思, 什么算本地户口).
HUKOU_MEANING_ASKED = re.compile(
    r"\bwhat (?:does|do|is|'s)\b[^.?!,]{0,24}\bhukou\b[^.?!,]{0,6}\b(?:mean|means|meant)\b"
    r"|\bwhat (?:counts|qualifies) as\b[^.?!,]{0,16}\bhukou\b|\bwhat is (?:a )?(?:local )?hukou\b"
    r"|(?:户口|户籍)(?:是)?(?:啥|什么)意思|(?:什么|啥)(?:样的)?(?:才)?算(?:是)?(?:本地|济南|北京)?(?:户口|户籍)",
    re.I,
)


# A kind of hukou put before "can one get it", the whole message (没有济南户口能领育儿补贴不, 外地户口
# 的也能领不, 请问户口不在济南能领吗): the rule's condition asked about, as a limit asked about is
# (tests/corpus/README.md), no fact of the family's; nobody of the family is named in it.
KIND_OF_HUKOU_ASKED = re.compile(
    r"^\s*(?:请问|问一?下|想问一?下|你好|您好|那|那么)?[\s，,]*"
    r"[^，,。？?！!\s]{0,8}?(?:户口|户籍|京户|京籍)(?:不在[^，,。？?\s]{1,4})?"
    r"(?:的|的人|的家庭|的家长|的孩子)?\s*[，,]?\s*(?:也|还|就|才)?"
    r"(?:(?:能不能|可不可以|能否|给不给|让不让|有没有)[^，,。]*"
    r"|(?:能|可以|可|给|有)[^，,。]*?(?:吗|么|嘛|不|没|没有|[?？]))\s*[?？]*\s*$"
)
FAMILY_NAMED = re.compile(
    r"我|俺|咱|自己|孩子|小孩|娃|宝|闺女|儿子|女儿|老[大二三四]|孙|小子|丫头|胞胎|家里|[我俺咱]家"
)

# The speaker asking whether she too gets a measure despite her own hukou (我户口在德州 也能免吗,
# 我户口不在济南 也可以参加吗, "my hukou is in dezhou, can I also get it?"): "too" presumes the
# family's; her own hukou is the question, not the family's.
ALSO_FOR_ME = re.compile(
    r"也(?:能|可以|可|行|算|有|给|免|享受|参加|领)[^，,。]{0,8}?(?:吗|么|嘛|不|没|[?？])"
    r"|也(?:能不能|可不可以|行不行|算不算|有没有)"
    r"|\b(?:can|could|may|do|does|would|will) (?:i|she|he) (?:also|still)\b|\b(?:am|is) (?:i|she|he) (?:also|still) (?:eligible|covered|able)\b"
)


def _not_the_familys(clause: str, whole: str, known_held: bool | None, correcting: bool) -> bool:
    """A hukou that is one relative's, not the family's: a grandparent's (我们老人是外地户口),
    or the speaker's own, asked about by a grandparent (我是孩子姥姥 … 我户口在德州) or beside a
    local family hukou already known and not put right ("我户口在德州 也能免吗": the family's
    stays local; one parent's local hukou is the family's)."""
    if ELDERS_HUKOU.search(clause):
        return True
    if RELATIVES_HUKOU.search(clause) and not ASKED_FOR_A_RELATIVE.search(whole):
        return True  # 对了我姐北京户口: the sister's, not the family's (tester 100 p6)
    if known_held is True and PARTNERS_HUKOU.search(clause):
        # also when put right (我老公户口其实在济南 孩子都随我落的北京, tester 81 c7)
        # 儿媳户口不在济南也没事？, 我老公北京户口有影响不 (tester 79): one parent's elsewhere
        # beside the family's city hukou held; one parent's local hukou is the family's
        return True
    if not OWN_SINGULAR.search(clause):
        return False
    if correcting:  # 不对 我户口在德州: the family's put right
        return bool(SPEAKER_ELDER.search(whole))
    return bool(SPEAKER_ELDER.search(whole) or ALSO_FOR_ME.search(whole)) or known_held is True


# An elder child's own hukou (老大户口还在老家, 大女儿的户口, "big sister's hukou is still in my
# hometown", "the eldest's hukou"): a sibling's, not the parents' by which clause 12 reads the family.
SIBLING_HUKOU = re.compile(
    r"(?:老大|大宝|大女儿|大儿子|大闺女|大姑娘|大小子|姐姐|哥哥|老1\u2060?)(?:的)?\s*(?:户口|户籍)"
    r"|\b(?:big|older|elder|eldest|oldest) (?:sister|sis|brother|bro|one|kid|child|girl|boy|daughter|son)"
    r"(?:'s|s')? (?:hukou|household registration)"
    r"|\b(?:the |our |my )?(?:eldest|oldest|first(?: one| kid| child)?)(?:'s|s') (?:hukou|household registration)"
    r"|\bhukou of (?:the |our |my )?(?:eldest|oldest|older|elder|big|first)\b",
    re.I,
)


def _beside_a_sibling(
    clauses: Clauses,
    hypothetical: set[int],
    family_city: str | None,
    asked: str | None,
    known_held: bool | None,
    correcting: bool,
) -> list[Said] | None:
    """An elder child's hukou elsewhere beside the parents' in the city, known or told in the same
    message ("my hukou moved to jinan in october … big sister's hukou is still in my hometown"):
    the family's hukou is the parents' (clause 12: families with the city's hukou), which the
    sibling's does not undo (tester 49 c10). The other clauses' reading then, else None."""
    if not any(SIBLING_HUKOU.search(c) for _, c in clauses):
        return None
    others = [(at, "" if SIBLING_HUKOU.search(c) else c) for at, c in clauses]
    said = hukou(others, hypothetical, family_city, asked, known_held, correcting)
    if known_held is True or any(s.fact == "hukou_in_city" and s.value is True for s in said):
        return said
    return None


HUKOU_AS_SUBJECT = re.compile(
    r"\s*(?:我|俺)?(?:问|说|想问|要问|是问)的(?:是)?\s*(?:那个|这个)?\s*(?:户口|户籍)(?:的事|问题)?"
    r"\s*(?:啊|呀|呢)?\s*"
    r"|\s*i (?:was |am |'m )?(?:asking|asked|meant) (?:about )?(?:the )?hukou(?: question| thing)?\s*",
    re.I,
)


def hukou(
    clauses: Clauses,
    hypothetical: set[int],
    family_city: str | None = None,
    asked: str | None = None,
    known_held: bool | None = None,
    correcting: bool = False,
) -> list[Said]:
    """Hukou in the family's city: 济南户口 (true), 外地户口 / 户口在老家 / 户口明年才能迁 (false);
    a hukou in another city than the one the family lives in is false; one parent's is the
    family's ("I don't have Beijing hukou, only my husband": true); a grandparent's own is not
    the family's."""
    # 我问的是户口, "i was asking about the hukou": the subject of a question, no hukou told
    # (tester 136 p5's 我问的是户口 外地户口行不行 was read back as 北京户口)
    clauses = [(o, " " * len(c) if HUKOU_AS_SUBJECT.fullmatch(c) else c) for o, c in clauses]
    partner = (
        _partner_holds(clauses, family_city, asked)
        or _own_held(clauses, family_city)
        or _one_parent_here(clauses, family_city)
    )
    if partner is not None:
        return [partner]
    beside = _beside_a_sibling(clauses, hypothetical, family_city, asked, known_held, correcting)
    if beside is not None:
        return beside
    whole = " ".join(c for _, c in clauses)
    moved_to = moved_from_a_former_hukou(whole)
    if moved_to is not None and not hypothetical:  # 原来北京户口 今年7月迁到济南了: held there now
        i, clause = next(
            ((i, c) for i, (_, c) in enumerate(clauses) if MOVE_TO_CITY.search(c)),
            (0, clauses[0][1]),
        )
        return [Said("hukou_in_city", family_city in (None, moved_to), i, clause)]
    for i, (_, clause) in enumerate(clauses):
        m = HUKOU.search(clause)
        if not m or BABY_REGISTRATION.search(clause):
            continue  # 生完孩子怎么上户口: the baby's registration asked, not the family's hukou
        if _not_the_familys(clause, whole, known_held, correcting):
            continue  # 我们老人是外地户口: the grandparents' own hukou
        if KIND_WHAT_ABOUT.match(clause) and asked != "hukou_in_city":
            continue  # 那外地户口呢 能领吗: the rule for a kind of hukou asked, not the family's
        if HUKOU_MEANING_ASKED.search(clause):
            continue  # "what does local hukou mean for this?": the word asked, no fact
        if (
            i not in hypothetical
            and asked != "hukou_in_city"
            and KIND_OF_HUKOU_ASKED.match(whole)
            and not FAMILY_NAMED.search(whole)
        ):
            continue  # 没有济南户口能领育儿补贴不: a kind of hukou asked about, not the family's
        if (
            # "户口在 都是济南的" (tester 49 c01): a bare 在/是 after the word, the city after
            re.fullmatch(r"\s*(?:都|也|全)?(?:在|是)?\s*", clause[m.end() :])
            and i + 1 < len(clauses)
            and any(p.search(clauses[i + 1][1]) for p in CITY.values())
            and not any(p.search(clause) for p in CITY.values())
            and not re.search(
                r"n't|\b(?:not|no|non|never|but|live|living|lives|work|works)\b|不|没|非|住",
                clauses[i + 1][1],
            )
        ):  # "my wife's hukou and mine both jinan": the city told in the clause after
            clause = clause + " " + clauses[i + 1][1]
        elif HUKOU_TOPIC_ONLY.fullmatch(clause[m.end() :]) and not PLACE_TOLD.search(clause):
            moved_after = _move_told_after(clauses[i + 1 :])
            if moved_after:  # 户口那个说错了 我们去年就迁到济南了: the move told in a clause after
                clause = clause + " " + moved_after
        if i in hypothetical and SPLIT_HUKOU.search(
            " ".join(c for _, c in clauses[max(0, i - 1) : i + 2])
        ):
            continue  # 双胞胎要是一个济南户口一个外地户口: two hukous imagined, no one family's
        if i in hypothetical:  # 要是俺们不是北京户口: a hukou elsewhere, put as a question
            held = not (
                re.search(r"(?:不是|不在|没有|没|非)[^，,]{0,6}$", clause[: m.start()])
                or re.search(r"^[^，,]{0,4}(?:不在|没|不是)", clause[m.end() :])
                # "what if our hukou isn't in jinan", "if we don't have jinan hukou"
                or re.search(
                    r"\b(?:isn't|is not|aren't|are not|wasn't|not|don't|do not|doesn't|no)\b",
                    clause,
                )
            )
            return [Said("hukou_in_city", held, i, clause)]
        if (
            re.search(r"\bneed\b|\brequire|需要|要求|必须|要不要|是不是要", clause)
            or REQUIRED_FIRST.search(clause)
            or WAIT_AFTER_MOVE_ASKED.search(clause)
        ) and not re.search(r"我们是|我是|我家是|we have|we've got|our hukou|we are", clause):
            continue  # "do we need Jinan hukou?": a rule asked about, not the family's hukou
        if COMPARED.search(clause) and not re.search(r"我|俺|咱|\bwe\b|\bour\b|\bmy\b", clause):
            continue  # 北京户口和外地户口有区别吗: kinds of hukou compared, not the family's
        if CHILD_HUKOU_ASKED.search(clause):
            continue  # 双胞胎户口能分开落吗, 孩子户口怎么落: the baby's registration asked about
        city_named = any(p.search(clause) for p in CITY.values()) or BEIJING_HUKOU.search(clause)
        if (
            re.search(
                r"(?:农村|农业|城镇|非农业?|城市|居民)(?:的)?户口|rural hukou|urban hukou", clause
            )
            and not city_named
            and not re.search(r"本地|本市|当地|\blocal\b|外地|老家", clause)
        ):
            continue  # 我们是农村户口: a kind of hukou, not where it is held

        if MOVED_AWAY.search(clause):
            away = _moved_away(clause, whole, family_city, known_held)
            if away is None:
                continue  # the hukou left another city: nothing said of the family's own
            return [Said("hukou_in_city", away, i, clause)]
        elsewhere = [c for c, p in CITY.items() if p.search(clause) and c != family_city]
        if BEIJING_HUKOU.search(clause) and family_city not in (None, "beijing"):
            elsewhere.append("beijing")
        if (
            HUKOU_THEN.search(clause)
            and not HUKOU_NOW_TOO.search(clause)
            and not MOVED_IN.search(clause)
        ):
            continue  # 双胞胎生的时候户口还在北京: the hukou at that birth, not now
        moved = MOVED_IN.search(clause)
        if (
            moved
            and _moved_to_here(moved.group(), family_city)
            and not re.search(r"没|未|不|想|打算|准备|要|明年|以后|将来", clause[: moved.start()])
        ):
            return [Said("hukou_in_city", True, i, clause)]  # 户口从北京迁到济南了
        if family_city and elsewhere:
            return [Said("hukou_in_city", False, i, clause)]  # 户口在济南 人在北京
        local = (
            re.search(r"本地|本市|当地|\blocal\b|集体户", clause)
            or (family_city and HUKOU_HERE.search(clause))
            or (
                family_city
                and HUKOU_IN_BARE.fullmatch(clause.strip(" ，,。.!！~"))
                and not HUKOU_ELSEWHERE.search(whole)
                and not PLACE_TOLD.search(whole)
            )
        )  # "hukou here", 户口也在这边, 户口在: the city known or named is where it is held
        before = clause[: m.start()]
        negative = (
            HUKOU_ELSEWHERE.search(clause)
            or HUKOU_NOT_YET.search(clause)
            or re.search(
                r"没\s*(?:济南|北京?|泉城|本地|本市|当地)?(?:市)?(?:的)?\s*$"  # 我们没济南户口, 没北京户口
                r"|(?:不是|不在|没有|非|\bnot\b|\bno\b|\bnon\b|n't|\bwithout\b|\bneither\b|\bnone\b|\bnever\b)[^，,]{0,14}$|\b(?:neither|none) of (?:us|them)\b[^，,.]{0,24}$",
                before,
            )
            or re.search(r"^[^，,]{0,4}(?:不在|没|不是)", clause[m.end() :])
            # "hukou's not in beijing", "hukou is still not here": denied after the word
            or re.search(
                r"^(?:'s|s)?\s*(?:is|are)?\s*(?:still |really |actually )?(?:not|isn't|aren't|isnt|arent)\b"
                r"(?! (?:an? )?(?:issue|problem|needed|required|necessary|relevant)\b)",
                clause[m.end() :],
            )
        )
        moved = MOVED_IN.search(clause)
        if moved and not re.search(
            r"没|未|不|想|打算|准备|要|明年|以后|将来", clause[: moved.start()]
        ):
            return [Said("hukou_in_city", True, i, clause)]  # 户口刚从德州迁过来
        if negative:
            return [Said("hukou_in_city", False, i, clause)]
        if (
            city_named
            or local
            or re.search(r"迁|落|moved|got|have|has|是|\bhere\b", clause)
            or (family_city and HUKOU_TOO.search(clause))
        ):
            # "both hukou here": held in the city the family lives in
            return [Said("hukou_in_city", True, i, clause)]
    if asked == "hukou_in_city":  # "we're local", "外地的": the answer without the word 户口
        for i, (_, clause) in enumerate(clauses):
            if MOVED_IN.search(clause):
                return [Said("hukou_in_city", True, i, clause)]  # "moved it from dezhou"
            if HUKOU_ELSEWHERE.search(clause) or re.search(
                r"(?:not|n't|不是)\s*(?:a\s+)?(?:local|本地)", clause
            ):
                return [Said("hukou_in_city", False, i, clause)]
            if re.search(r"\blocals?\b|本地|本市", clause):
                return [Said("hukou_in_city", True, i, clause)]
    return []


# The other parent holding the hukou the speaker lacks: "only my husband", "my wife does",
# 我不是北京户口 我老公是, 我没有 我爱人有.
PARTNER_HOLDS = re.compile(
    r"\bonly (?:my|her|his|the) (?:husband|hubby|wife|partner|spouse)\b"
    r"|\b(?:my|her|his) (?:husband|hubby|wife|partner|spouse) (?:does|has(?: it| one)?|is)\s*[.!]*$"
    r"|(?:老公|爱人|丈夫|媳妇|老婆|孩子他爸|孩子爸|孩子妈)(?:的)?(?:是|有)(?:的)?\s*[。！!]*$"
    r"|只有(?:我)?(?:老公|爱人|丈夫|媳妇|老婆)"
    # "my hukou is in linyi, husband's is jinan", 我户口在临沂 老公是济南的
    r"|\b(?:husband|hubby|wife|partner|spouse)'?s(?: hukou)?(?: is)? (?:in )?(?:jinan|beijing|local)\b"
    # (not 丈夫在北京送外卖: where he works)
    r"|(?:老公|爱人|丈夫|媳妇|老婆)(?:的)?(?:户口)?是(?:济南|北京|本地)"
    r"|(?:老公|爱人|丈夫|媳妇|老婆)(?:的)?户口(?:也|还)?在(?:济南|北京|本地)"
    # 我菏泽户口 老公济南户口 孩子户口跟爸爸 (tester 77 c5): the city put before the word
    r"|(?:老公|爱人|丈夫|媳妇|老婆|孩子他爸|孩子爸)(?:的)?(?:是)?(?:济南|北京|本地)(?:的)?(?:户口|户籍)"
)


# The speaker's own hukou in a city while the other parent's is elsewhere: "wife's hukou is
# dezhou, mine is jinan", 我是济南户口 老婆是德州的, 老公户口在河北 我的在北京.
OWN_HELD = re.compile(
    r"\b(?:mine|my hukou|my own)(?:'s| is)?\s+(?:in\s+)?(jinan|beijing)\b"
    r"|我(?:的|自己)?(?:户口)?(?:是|在)(济南|北京)"
)
PARTNER = re.compile(
    r"husband|hubby|wife|partner|spouse|老公|爱人|丈夫|媳妇|老婆|孩子他爸|孩子他妈"
)


def _own_held(clauses: Clauses, family_city: str | None) -> Said | None:
    """Hukou true when the speaker's own is in the family's city and the other parent's is told
    too (one parent's hukou is the family's); None otherwise."""
    whole = " ".join(c for _, c in clauses)
    if not (HUKOU.search(whole) and PARTNER.search(whole)):
        return None
    for i, (_, clause) in enumerate(clauses):
        m = OWN_HELD.search(clause)
        city = m and [c for c, p in CITY.items() if p.search(m.group())]
        if city and (family_city is None or family_city in city):
            return Said("hukou_in_city", True, i, clause)
    return None


# A parent named in a clause of hukou: the family's, not a grandparent's.
A_PARENT = re.compile(
    r"\b(?:she|he|her|his|husband|hubby|wife|mum|mom|dad|my daughter|my son|son-in-law"
    r"|daughter-in-law)\b|老公|老婆|媳妇|爱人|女婿|儿媳|闺女|女儿|儿子|孩子(?:他|她)?(?:爸|妈)|我(?!们)"
)
HUKOU_DENIED = re.compile(
    r"n't|\b(?:not|no|non|never|doesnt|dont|isnt|hasnt|havent)\b|不是|没有|没|非|不在"
)


def _one_parent_here(clauses: Clauses, family_city: str | None) -> Said | None:
    """One parent's hukou in the family's city beside the other's elsewhere ("her husband is from
    jinan hukou, she has beijing hukou" of a Beijing family): the family's hukou is held (one
    parent's is the family's, as in _partner_holds)."""
    if family_city is None or family_city not in CITY:
        return None
    here = [
        (i, c)
        for i, (_, c) in enumerate(clauses)
        if HUKOU.search(c)
        and CITY[family_city].search(c)
        and A_PARENT.search(c)
        and not HUKOU_DENIED.search(c)
    ]
    away = [
        i
        for i, (_, c) in enumerate(clauses)
        if HUKOU.search(c)
        and A_PARENT.search(c)
        and any(p.search(c) for k, p in CITY.items() if k != family_city)
    ]
    if not here or not away:
        return None
    i, clause = here[0]
    return Said("hukou_in_city", True, i, clause)


def _partner_holds(clauses: Clauses, family_city: str | None, asked: str | None) -> Said | None:
    """Hukou true when the speaker says only the other parent holds it ("I don't have Beijing
    hukou, only my husband"), in a message about hukou; None otherwise."""
    whole = " ".join(c for _, c in clauses)
    if not (HUKOU.search(whole) or asked == "hukou_in_city"):
        return None
    if any(p.search(whole) for c, p in CITY.items() if c != family_city and family_city):
        return None  # "my husband has jinan hukou" of a Beijing family: another city's
    for i, (_, clause) in enumerate(clauses):
        if PARTNER_HOLDS.search(clause):
            return Said("hukou_in_city", True, i, clause)
    return None


# --- birth insurance -------------------------------------------------------------------------

INSURANCE = [
    (
        "flexible_employment",
        re.compile(
            r"灵活就业|零活就业|自由职业|flexibl[ey]\w*|flexi\b|self[- ]employed|freelanc|linghuo ?jiuye"
            # 自己交的职工医保: employee medical insurance paid by oneself, as flexibly employed
            r"|(?:自己|个人|自个儿?)(?:交|缴)(?:的)?职工(?:基本)?(?:医保|医疗保险)"
        ),
    ),
    (
        "none",
        re.compile(
            r"没有(?:任何)?(?:医疗)?保险|没(?:买|交|缴|参加|参|上)(?:任何|啥|什么)?(?:医疗)?(?:保险|医保)|没有医保|无医保|没医保"
            # 生娃是自费, 生孩子全自费的: the birth paid out of pocket, no cover
            r"|生(?:娃|孩子|宝宝|的时候|那会儿?)?(?:是|都是|全是|全|全部)?自费"
            r"|(?:没|无)(?:任何)?(?:医疗)?(?:保险|社保)(?!金)"  # 妈妈没保险, 生的时候无社保
            # 我生的时候没参保, 生老二那会儿没参保: the birth named, no cover at it
            r"|(?<=的时候)(?:我|她|俺)?(?:也|都)?(?:没|没有|未)参保|(?<=那会)儿?(?:我|她)?(?:没|没有|未)参保"
            # 次子出生时夫妻二人均无业 未参保 (a hotline's note): the parents, no cover at that birth
            r"|(?:(?<=出生时)|(?<=生时))(?:(?!孩子|娃|宝宝)[^，,。]){0,10}?(?:没|没有|未)参保"
            r"|(?:什么|啥|任何|哪种)(?:医疗)?(?:保险|医保|社保)(?:都|也)(?:没|没有|没交|没买|没上|不交)"
            r"|(?:保险|医保|社保)(?:都|也)(?:没|没有|没交|没买|没上)"
            r"|\b(?:no|zero|0) (?:\w+ )?(?:insurance|coverage)|not covered|wasn'?t covered|weren'?t covered|without (?:any )?insurance"
            r"|(?:didn't|don't|doesn't|did not|do not) have (?:any )?(?:\w+ )?insurance"
            # "quit when i got pregnant so no shebao at all now": no social insurance, in pinyin
            r"|\b(?:no |without (?:any )?|(?:didn't|don't|doesn't|did not|do not) have (?:any )?)"
            r"(?:shebao|yibao|social (?:security|insurance))\b"
            r"|not insured|uninsured"
            # "neither of us has any insurance", "none of us had insurance": no one of the family
            r"|\b(?:neither|none|nobody|no one)(?: of (?:us|them))? (?:has|have|had|got|pays?|paid)"
            r"(?: got)? (?:any )?(?:\w+ )?(?:insurance|shebao|yibao|social (?:security|insurance))\b"
        ),
    ),
    (
        "employee_maternity",
        re.compile(
            r"生育保险|生育险|(?<!自己交的)(?<!自己缴的)(?<!自己交)(?<!个人交的)职工医保|职工保险"
            r"|(?:单位|公司)(?:给)?(?:交|缴|买)|五险一金|employee maternity|maternity insurance"
            r"|shengyu ?(?:bao)?xian|zhigong ?(?:yibao|baoxian)|wu ?xian ?yi ?jin"  # pinyin
            r"|\bshengyu (?:insurance|cover|one)\b|\bzhigong (?:insurance|one)\b"  # half pinyin
            r"|employee (?:1|one|kind|type|scheme|plan)\b"  # "the employee one"
            r"|\b(?:she ?bao|insurance|coverage)\s*(?:[:-]\s*)?(?:is |through |via )?(?:the )?employee\b"  # "shebao employee for me"
            r"|employee insurance|employer (?:maternity )?insurance|(?:work|job|company|employer) (?:covers|covered|pays|paid)|covered (?:by|through) (?:her|his|my|our) (?:work|job|company|employer)|through (?:my|her|his) (?:job|employer|company|work)|through work"
            # "shebao from work", "insurance thru her company", "with the maternity part"
            r"|\b(?:she ?bao|insurance|coverage)\s+(?:from|thru|through|via|at) (?:my |her |his |the |our )?(?:work|job|company|employer|unit)\b"
            r"|\bwith (?:the )?maternity (?:part|bit|one|cover|coverage)\b"
        ),
    ),
    (
        "resident_medical",
        re.compile(
            r"居民医保|城乡居民|新农合|居民保险|居民的|resident (?:medical|health|insurance|scheme|plan)|residents'? (?:medical|health|scheme|insurance)|urban-rural"
            r"|resident (?:1|one|kind|type|version)\b|jumin ?(?:yibao|baoxian|yiliao)|chengxiang ?jumin|xin ?nong ?he"
            r"|\bjumin (?:insurance|medical|cover)\b"  # "she has jumin insurance"
            # "yibao for residents", "the jumin one": the residents' cover, in pinyin or English
            r"|\b(?:yibao|insurance|medical|cover|coverage) for (?:urban )?residents\b|\bjumin (?:1|one|kind|type)\b"
        ),
    ),
]

# Cover that lapsed (社保断了, 医保断缴了) is none, unless a kind is named as well; only when the
# lapse is at the birth (see _lapse_at_the_birth).
COVER_LAPSED = re.compile(
    r"(?:保险|医保|社保)(?:也|都|就|给)?(?:断了|断缴|停了|停缴)"
    r"|\b(?:insurance|coverage|cover|shebao|social (?:security|insurance))\b[^,.;!?]{0,12}?\b(?:lapsed|stopped|was cut|got cut)\b"
    r"|\b(?:a |an )?(?:gap|break) in (?:my |her |our |the )?(?:insurance|coverage|cover|contributions|shebao)\b"
)
INSURANCE.append(("none", COVER_LAPSED))
# A short gap, or one from a change of job (社保断了一个月, 刚换了工作 社保断了, "lapsed for a month
# when I changed jobs"): a break in the cover, not no cover at the birth.
SHORT_GAP = re.compile(
    r"断了?(?:\d|几|半)个?(?:多)?(?:月|星期|周|天)|停了?(?:\d|几|半)个?(?:多)?(?:月|星期|周|天)|换(?:了)?(?:个)?(?:工作|单位|公司)|跳槽|离职|辞职"
    r"|\bfor (?:a|an|one|two|three|\d|a few|a couple of) (?:months?|weeks?|days?)\b|\bchang(?:ed|ing|e) (?:my |her |his )?jobs?\b"
    r"|\bswitch(?:ed|ing)? (?:my |her |his )?jobs?\b|\bbetween jobs\b|\bnew (?:job|employer|company)\b|\bgap\b"
)


def _lapse_at_the_birth(text: str, asked: str | None) -> bool:
    """A lapse of cover (社保断了) is no cover for the birth when the message puts it at the birth
    (生孩子那阵社保断了), or answers the birth's cover with a lapse that is not a short gap or a
    change of job ("没有 失业以后就断了")."""
    if BIRTH_TIME.search(text) or re.search(
        r"生(?:孩子|娃|宝宝|小孩)?(?:那阵|那会|的时候|时)", text
    ):
        return True
    return asked == "birth_insurance" and not SHORT_GAP.search(text)


HARDSHIP_NAMED = re.compile(
    r"低保|特困|失业|救助|dibao|unemploy|hardship|welfare|benefits?\b|shiye|tekun", re.I
)


# The child's own enrolment ("生下来就上了居民医保", "the baby is on resident medical insurance"):
# no household fact (birth_insurance is the mother's cover for the birth), so nothing is read.
CHILD_ENROLLED = re.compile(
    # 生完第二个月就在济南上了居民医保, 出生后马上办的 (tester 48 c1): a time after the birth and a
    # place may come before the enrolment, never the time of the birth (生的时候参加的居民医保)
    r"(?:生下来|出生|刚出生|一出生|落地|满月|生完)(?:后|以后|之后)?"
    # 出生以后拖了差不多8个月才给办上居民医保: the months it waited, then the enrolment
    r"(?:(?!时|候|那会|之前|以前)[^，,。\s]){0,12}?(?:就|马上|立马)?(?:在[\u4e00-\u9fff]{1,3})?"
    r"(?:给(?:他|她|孩子|宝宝|娃)?)?"
    r"(?:上|办|参|入|交|买|加入|参加)(?:了|上|的)?(?:城乡)?(?:居民)?(?:医保|医疗保险)?\s*$"
    r"|(?:孩子|宝宝|娃|小孩|儿子|女儿|闺女|老[大二三小幺\d]\u2060?|\d宝|新生儿|孙子|孙女|外孙女?|双胞胎"
    r"|(?:[2两俩]个?)?小的|大的)"  # 俩小的还没交居民医保: the babies' enrolment
    r"(?:的|也|已经|都|到现在|到今天|至今|一直|目前|现在|早就|还|还没)*"
    r"(?:在[\u4e00-\u9fff]{1,3}(?=上|办|参|入|交|买|加入|参加))?"  # 孩子在德州上的居民医保
    r"(?:上|办|参|入|交|买|有|加入|参加|参保|在)(?:了|上|着|的)?(?:城乡)?(?:居民)?(?:医保|医疗保险)?\s*$"
    r"|(?:孩子|宝宝|娃|小孩|儿子|女儿|闺女|新生儿|老[大小幺\d]|[大小\d]宝|baby|child|kid)\u2060?(?:的|'s )\s*$"
    r"|给(?:孩子们?|宝宝们?|娃们?|小孩|儿子|女儿|闺女|新生儿|他们|她们|他俩|她俩|他2|她2|他3|她3|他|她|双胞胎|三胞胎"
    r"|俩孩子|仨孩子|[23]个?(?:孩子|娃|闺女|小子|儿子))(?:也|已经|都)?(?:上|办|参|交|买|参加)(?:了|上|的)?(?:城乡)?(?:居民)?(?:医保|医疗保险)?\s*$"
    r"|\b(?:baby|child|kid|son|daughter|newborn|little one|kids|children|twins)\b(?:'s| is| was| are| were| has been| have been| got| has| have)?"
    r"(?: already| also| now)? (?:on|in|enrolled in|covered by|signed up for|registered for|insured (?:by|under|with))(?: the| our)? ?$"
    # "kid 3 not enrolled in resident medical insurance yet", "the baby isn't in the resident
    # scheme": the child (named, numbered or by a pronoun) not yet enrolled
    r"|\b(?:baby|babies|child|children|kids?|son|daughter|newborn|twins|the (?:1st|2nd|3rd|4th)"
    r"|he|she|they)\b"
    r"(?: is| was| are| were|'s)?(?: still)? (?:not|n't|never|isn'?t|aren'?t|wasn'?t)"
    r"(?: yet)?(?: been)? (?:enrolled|signed up|registered|insured|put)(?: in| for| on| into| under)?"
    r"(?: the| our)? ?$"
    r"|\benroll(?:ed)? (?:the|our|my) (?:baby|child|kid|son|daughter|newborn|kids|children|twins) in(?: the)? ?$"
    r"|\b(?:baby|child|kid|son|daughter|newborn)(?:'s)? ?$"
    # "the babies are not insured yet": the children's own cover, said not held
    r"|\b(?:baby|babies|child|children|kids?|twins|newborn)\b(?: is| are| was| were)?(?: still)? ?$"
    # 孩子8个月大 是二孩 | 还没上居民医保: not yet enrolled (上/办/参加), the child's own
    r"|^\s*(?:现在)?(?:还没有?|尚未|还未)(?:给)?(?:上|办|参加|参保|入)(?:上)?(?:城乡)?(?:居民)?\s*$",
    re.I,
)


# The child named right before a no to insurance (娃还没上医保, 老三还没办医保): the child's own
# enrolment not done, not the mother's cover at the birth (tester 73 c4's case got "none").
CHILD_BEFORE_NO = re.compile(
    r"(?:孩子|宝宝|娃|小孩|儿子|女儿|闺女|老[大二三四小幺\d]\u2060?|[大小二三\d]宝|新生儿|孙子|孙女"
    r"|外孙女?|双胞胎|(?:[2两俩]个?)?小的)(?:的|也|都|到现在|到今天|现在|目前|还|一直|至今)*\s*$"
    # "the babies aren't on resident insurance yet", "the twins still not enrolled in": theirs
    r"|\b(?:the |our |my |both )?(?:babies|baby|twins|kids|children|child|little ones|newborns?)"
    r"(?:'s)?(?: (?:are|is|aren't|isn't|still|also|not|yet|already|never|been|got|were|was|are still))*"
    r"(?: (?:on|in|enrolled in|enrolled on|signed up for|covered by|registered (?:for|in)))?\s*"
    r"(?:the |any |a )?$"
)


def _childs_enrolment(clause: str, start: int) -> bool:
    """The insurance word at `start` is the child's enrolment, not the cover for the birth."""
    before = clause[max(0, start - 24) : start]
    if CHILD_CONTRIBUTION_AFTER.match(clause, start) or ENROLLING_NOW.search(before):
        return True  # 现在去上居民医保 个人缴费还全免不: the child's free enrolment (clause 15)
    return bool(CHILD_ENROLLED.search(before) or CHILD_BEFORE_NO.search(before))


# The resident insurance named with the newborn's contribution paid for after it (去上居民医保
# 个人缴费还全免不, 居民医保还能免费上吗): the child's enrolment asked, not the cover at the birth
# (tester 100 p9 got a 3,000-yuan delivery payment from it).
CHILD_CONTRIBUTION_AFTER = re.compile(
    r"(?:城乡)?(?:居民)?(?:医保|医疗保险)[^，,。]{0,6}?"
    r"(?:个人缴费|个人部分|个人那部分|个人(?:的)?那份|个人交的|个人缴的"
    r"|(?:还)?(?:能|可以)?(?:全免|免费|不要钱|给补|补贴吗|还给补))"
)
# Enrolling now (现在去办居民医保, 赶紧去上居民医保): the child's enrolment, never the cover the birth
# had (tester 135 p3's question, answered part by part, was read back as the birth's cover).
ENROLLING_NOW = re.compile(
    r"(?:现在|马上|赶紧|这就|立马|还能|再)\s*(?:去|来)?(?:办|上|参加|参|交|买)(?:个|了)?(?:城乡)?\s*$"
    r"|(?:去|来)(?:办|上|参加|交)(?:个)?(?:城乡)?\s*$"
    r"|给(?:他|她|孩子|娃|宝宝|孙子|孙女)?(?:办|上|交|买)(?:了|的)?(?:城乡)?\s*$"  # 就给办了居民医保
)


# The child's own insurance named (外孙女自己的医保, 孩子的居民医保, 二宝的医保): a "not insured"
# in the same message is the child's, not the cover at the birth.
CHILDS_OWN_NAMED = re.compile(
    r"(?:孩子|娃|宝宝|外孙女|外孙|孙女|孙子|老[二三四2-4]|[二三2-3]宝|她|他)(?:自己)?的(?:居民)?医保"
    r"|(?:孩子|娃|宝宝|外孙女|外孙|孙女|孙子|她|他)自己的"
)


# The child's own medical insurance named as the topic (孩子医保, 老二医保之前在北京交的, 小孙子的医保,
# "the baby's insurance"): a resident cover told beside it is the child's enrolment.
CHILDS_INSURANCE_NAMED = re.compile(
    r"(?:孩子|娃|宝宝|小孩|新生儿|(?:小|大)?(?:外)?孙(?:子|女)|老[二三四2-4]\u2060?|[二三2-3]宝|双胞胎"
    r"|儿子|女儿|闺女)(?:自己)?(?:的)?(?:城乡)?(?:居民)?(?:医保|医疗保险)"
    r"|\b(?:baby|babies|kid|kids|child|children|son|daughter|twins|newborn)(?:'s|s')?"
    r"(?: own)? (?:medical |health )?insurance\b"
)
# The cover of the birth itself named in the clause (生孩子时交的居民医保, 我是居民医保, "i was on").
BIRTHS_OWN_COVER = re.compile(
    # not the one who told it (儿媳说五月份就给办了居民医保: tester 137 p3)
    r"生(?!下来)|分娩|住院|报销|我|俺|(?:老婆|媳妇|儿媳|妻子|爱人)(?!说|讲)|\bi\b|\bwe\b|\bmy wife|\bshe\b|birth|deliver"
)


# A cover had since the birth, beside the one at the birth: "since then I've gone freelance".
SINCE_THE_BIRTH = re.compile(
    r"\bsince (?:then|the birth|she gave birth|i gave birth)|\bnow\b|\bcurrently\b|these days|nowadays"
    r"|\bafterwards\b|\blater\b|现在|目前|后来|如今"
)
# A cover held before the present job (之前是灵活就业交的职工医保, 以前在老单位交生育险, "I used to be on
# the resident scheme"): an earlier cover, not the one at the birth, unless the birth is named.
EARLIER_COVER = re.compile(
    r"之前|以前|原来|原先|早先|上(?:一?个|家)(?:单位|公司)|原单位|老单位"
    r"|\bused to\b|\bpreviously\b|\bformerly\b|\bbefore that\b"
    r"|\b(?:my|her|his) (?:old|last|previous|former) (?:job|company|employer|work)\b"
)
# The birth, or a slip put right, beside that earlier time (生之前, 之前说错了, "before the baby").
EARLIER_OF_THE_BIRTH = re.compile(
    r"生(?!育)|怀|孕|分娩|说错|说的|讲错|错了|不对|born|birth|baby|babies|deliver|pregnan|\bdue\b"
    r"|sorry|i meant|\bmistake|\bwrong\b"
)
# Words for a kind of work that are the flexible-employment scheme only when insurance is talked of.
# Work named with no insurance (都是自由职业; "got our hukou through my job"): how the family earns
# or got something, not the cover of a birth, unless insurance is talked of or asked.
JOB_ONLY = re.compile(
    r"自由职业|freelanc|self[- ]employed|through (?:my|her|his) (?:job|employer|company|work)|through work",
    re.I,
)


# An insurance as what a question asks about (这钱生育险能报多少, 居民医保要交满几个月才能报): a
# rule asked of, no one said to hold it; 她交的居民医保 住院能报多少 names the cover held first.
INSURANCE_ASKED = re.compile(
    r"\s*(?:还|现在|以后)?\s*(?:能|可以|可|要|得|需要|该|会|给|能不能|可不可以)?\s*"
    # 生育保险还有吗, 还能用吗, 还算数吗 (老公失业了 … 生育保险还有吗): whether it still holds
    r"(?:有(?=\s*(?:吗|么|嘛|没有?|效))|在(?=\s*(?:吗|么|嘛))|用|算数|作数|有效|管用"
    r"|报销?|交满|缴满|交够|缴够|交多久|缴多久|交几|缴几|管不管|管|怎么|咋"
    r"|(?:的)?(?:住院)?(?:分娩|生孩子|生娃)?(?:的)?(?:定额|报销比例|比例|标准|待遇))"
)  # 居民医保住院分娩定额多少 (a hotline's question): the rule's figure asked
CN_ASKS = re.compile(
    r"[吗么嘛？?]|多少|几|怎么|咋|能不能|可不可以|管不管|报不报"
    r"|(?<![不没])不\s*(?:呢|啊|呀)?\s*$"  # 生育险还管用不: a question ending in 不
)
# Whether a cover may be taken up, asked (领失业金的时候还能交生育险不, 灵活就业能买生育险吗): no
# one's cover told.
MAY_TAKE_UP = re.compile(
    r"(?:能|可以|能不能|可不可以|让)(?:继续)?(?:交|缴|上|买|参加|参|办)(?:[^，,\s]{1,6}?的)?\s*$"
)  # 能不能交灵活就业的生育险: the kind named before the cover asked about
INSURANCE_HELD = re.compile(r"我|俺|咱|她|他|家|交|缴|买|上|参|有|是|单位|公司")


# An English question about what a cover pays, no one said to hold it ("resident medical
# insurance delivery how much in jinan", "how much does employee maternity insurance pay?").
EN_RULE_ASKED = re.compile(
    r"\bhow much\b|\bwhat (?:rate|percent|share)\b|\bpays? for\b|\?"
    r"|\bwhat (?:does|do|will|would|can)\b[^,.;!?]*\b(?:pay|pays|cover|covers|give|gives)\b"
)
EN_HOLDER = re.compile(r"\b(?:we|i|i'm|my|our|us|she|she's|her|he|his|wife|husband)\b")


# A rule's figure asked at the end of a clause (灵活就业参加职工医保的报销比例呢, 职工医保报销标准是多少).
FIGURE_ASKED = re.compile(
    r"(?:报销比例|报销标准|报多少|比例|定额|标准)(?:是)?(?:多少|几)?\s*(?:呢|吗|啊|呀)?\s*[?？]?\s*$"
)
CN_HOLDER = re.compile(r"我|俺|咱|她|他|家|老婆|老公|媳妇|爱人")


# The employer's payment as what a figure is reckoned by (生育津贴是按单位交的基数算吗, 按公司缴费基数
# 发, 根据单位交的工资数算): the rule's measure, no one's cover told.
RECKONED_BY = re.compile(r"(?:按|按照|根据|依据|依照|照|以)\s*(?:单位|公司|厂里)?(?:给)?\s*$")
RECKONING_BASE = re.compile(
    r"(?:的|得|地)?\s*(?:社保|保险|生育险|医保)?\s*(?:缴费|交费|费)?\s*(?:基数|工资|标准|金额|比例|数)"
)


def _insurance_asked_about(clause: str, m: re.Match[str]) -> bool:
    """The insurance word `m` is the subject of a question about what it pays or needs."""
    if m.group(0).isascii():
        return bool(EN_RULE_ASKED.search(clause)) and not EN_HOLDER.search(clause)
    if RECKONED_BY.search(clause, 0, m.start()) and RECKONING_BASE.match(clause, m.end()):
        return True  # 生育津贴是按单位交得基数算吗: what the allowance is reckoned by
    if FIGURE_ASKED.search(clause, m.end()) and not CN_HOLDER.search(clause):
        return True  # 灵活就业参加职工医保的报销比例呢: a hotline's question, no one's cover
    may = MAY_TAKE_UP.search(clause, 0, m.start())
    if may and (CN_ASKS.search(clause, m.end()) or re.match(r"能不能|可不可以", may.group(0))):
        return True  # 还能交生育险不, 能不能交灵活就业的生育险: whether it may be paid, asked
    return bool(
        INSURANCE_ASKED.match(clause, m.end())
        and CN_ASKS.search(clause, m.end())
        and not INSURANCE_HELD.search(clause, 0, m.start())
    )


# "What about" another kind of cover (那居民医保呢, 居民的呢, "what about resident insurance?"): a
# question, no cover of the family's (如果是职工医保呢 is read as a hypothetical, a question).
WHAT_ABOUT_BEFORE = re.compile(
    r"^\s*(?:那|那么|换成|改成|按)?\s*(?:是|参加|参加的是|交|交的是|按)?\s*$"
)
WHAT_ABOUT_AFTER = re.compile(r"\s*(?:的|的话|那种|那个)?\s*(?:呢|咋样|怎么样|怎样)")
EN_WHAT_ABOUT = re.compile(r"\b(?:what|how) about\b[^,.;!?]{0,16}$")
# "and for flexible employment?", "or with the resident one?": another kind asked short.
EN_AND_FOR = re.compile(r"^\s*(?:(?:and|or|but) )?(?:for|with|on) (?:the |a )?$")


def _what_about(clause: str, m: re.Match[str], text: str) -> bool:
    """The insurance word `m` is put as "what about this kind?" (那居民医保呢, "what about resident
    insurance?", "and for flexible employment?"): no one said to hold it."""
    if EN_WHAT_ABOUT.search(clause[: m.start()]):
        return True
    if EN_AND_FOR.match(clause[: m.start()]) and "?" in text:
        return True
    return bool(
        WHAT_ABOUT_BEFORE.match(clause[: m.start()]) and WHAT_ABOUT_AFTER.match(clause, m.end())
    )


# Two kinds of cover weighed against each other ("whats the difference between resident medical
# and employee maternity", "employee maternity vs resident medical, which pays more?", 职工医保和
# 居民医保有什么区别): the rules asked about, no one said to hold either.
KINDS_COMPARED = re.compile(
    r"\b(?:difference|differences|differ|compare|compared|comparing|comparison|vs|versus|better"
    r"|worse|more|less|which)\b|区别|不同|差别|对比|比较|哪个|哪种|还是"
)


def _kinds_compared(text: str) -> bool:
    """The message weighs two kinds of cover, with no one's cover told (no I, we, she …)."""
    kinds = {v for v, p in INSURANCE if v != "none" and p.search(text)}
    return (
        len(kinds) > 1
        and KINDS_COMPARED.search(text) is not None
        and not EN_HOLDER.search(text)
        and not CN_HOLDER.search(text)
    )


def _earlier_cover(clause: str, at: int, text: str) -> bool:
    """The cover named at `at` is one held before the present job (之前是灵活就业交的职工医保, "I used
    to be on the resident scheme"): an earlier time told before it, no "now" between (以前居民医保
    现在职工医保 names the present one), and no birth tied to it in the message."""
    before = [e for e in EARLIER_COVER.finditer(clause, 0, at)]
    if not before or EARLIER_OF_THE_BIRTH.search(text):
        return False
    return not SINCE_THE_BIRTH.search(clause, before[-1].end(), at)


def _insurance_talk(text: str, asked: str | None) -> bool:
    return asked == "birth_insurance" or bool(
        re.search(r"保险|医保|社保|险|生育|insur|cover|maternity|social security", text)
    )


# A no that denies a pregnancy, not the question asked: the baby is born already.
BORN_NOT_DUE = re.compile(
    r"already (?:been )?born|(?:has|have|was|were) (?:already )?been born|\bnot pregnant|\bborn already"
    # (not a bare 出生了 / 生下来了: 宝宝昨天出生了 is the news of the birth, no correction)
    r"|已经(?:生了|出生|生下来)|早就?生了|早(?:就|都)?生下来了|不是怀孕|没怀孕|早就?出生"
)


# Social insurance held ("有社保", 交着社保, "has social insurance"), and a job said beside it
# (上班, 在厂里, "works", "has a job"): an employee's cover, which carries maternity insurance.
SOCIAL_INSURANCE_HELD = re.compile(
    r"(?:有|交着?|缴着?|上着?|交了|缴了|上了)(?:的)?(?:社保|五险)"
    r"|\b(?:has|have|had|with|got|gets|pays?|paying|paid)\s+(?:(?:full|proper|her|his|my|the)\s+)?"
    r"(?:social insurance|shebao|social security)\b"
)
EMPLOYED = re.compile(
    r"上班|工作|单位|公司|厂里|打工|\b(?:works?|working|employed|jobs?|office|employer)\b"
)
# Cover begun lately or with a new job (新单位5月才开始交社保, "started paying shebao at my new
# job"): whether it covers the birth is the question, not a fact said.
COVER_JUST_BEGUN = re.compile(
    r"开始交|开始缴|才交|刚交|刚缴|新单位|新工作|换了?(?:个)?(?:工作|单位)|\bstart(?:ed|ing)?\b|\bnew job\b"
)
NEGATED_BEFORE = re.compile(r"(?:没|不|无|未|\bno\b|\bnot\b|n't|\bnever\b|without)\s*\S{0,3}\s*$")


def _employed_with_social_insurance(clauses: Clauses, text: str) -> Said | None:
    """Employee maternity cover from a job and social insurance said together ("wife works, has
    social insurance", 老婆上班 有社保; tester 29 c6 was asked about it later), when no kind was
    named; neither said negated (没上班, "doesn't have social insurance")."""
    job = EMPLOYED.search(text)
    if job is None or NEGATED_BEFORE.search(text[: job.start()]) or COVER_JUST_BEGUN.search(text):
        return None
    for i, (_, clause) in enumerate(clauses):
        m = SOCIAL_INSURANCE_HELD.search(clause)
        if (
            m
            and not NEGATED_BEFORE.search(clause[: m.start()])
            and not _insurance_asked_about(clause, m)
            # not "孩子出生那阵子我正领失业金 … 现在工作了也交着社保": the job now, after a birth
            and not (NOW_JOB.search(clause) and BIRTH_TOLD.search(text))
        ):
            return Said("birth_insurance", "employee_maternity", i, m.group(0))
    return None


NOW_JOB = re.compile(r"现在|目前|如今|\bnow\b|these days|currently")


# A cover named bare, as the topic of the question that follows it ("and maternity insurance,
# what does it pay", 生育保险 能报多少): the measure asked of, no cover of the family's (tester 46
# c05 was read as holding employee maternity insurance and told "you qualify").
TOPIC_FILLER = re.compile(
    r"(?:\b(?:and|or|also|plus|then|so|the|about|what about|how about|tell me about|re)\b"
    r"|那|那么|还有|另外|以及|和|再问一下|再问下|问下|问一下|\s)*"
)
ASKS_AFTER = re.compile(
    r"^\s*(?:what|how|does|do|is|are|will|can|which|who|when)\b|\?"
    r"|怎么|多少|能不能|能报|报不报|咋|吗|呢|[?？]",
    re.I,
)


# A cover named by its kind (居民医保, 职工医保, "resident", "employee"): a family's own when it
# stands bare among the facts; the bare measure (生育保险, "maternity insurance") is a topic.
KIND_OF_COVER = re.compile(r"职工|居民|单位|灵活|城乡|employee|resident|flexib|staff|work", re.I)


def _named_to_ask(clauses: Clauses, i: int, m: re.Match[str], asked: str | None) -> bool:
    """The cover `m` is all its clause says, and the next clause asks something of it."""
    if asked == "birth_insurance" or i + 1 >= len(clauses):
        return False
    clause = clauses[i][1]
    rest = clause[: m.start()] + " " + clause[m.end() :]
    if not TOPIC_FILLER.fullmatch(rest):
        return False
    if not rest.strip() and KIND_OF_COVER.search(m.group(0)):
        return False  # "预产期8月 在济南 居民医保 生孩子能报多少": a cover listed with the facts
    return bool(ASKS_AFTER.search(clauses[i + 1][1]))


def _uninsured_beside(clauses: Clauses, i: int, m: re.Match[str]) -> bool:
    """Flexible or freelance work said with no cover at all in the same or the next clause ("a
    freelancer with no insurance", 自由职业 没交医保): the work, and no insurance (tester 46 c05
    was recorded as insured as flexibly employed)."""
    uninsured = next(p for v, p in INSURANCE if v == "none")
    after = clauses[i][1][m.end() :]
    nearby = [after, clauses[i + 1][1]] if i + 1 < len(clauses) else [after]
    return any(uninsured.search(piece) for piece in nearby)


# The grandparents speaking of themselves (我跟老伴, 老两口): their own insurance, not the mother's.
GRANDPARENTS_SELF = re.compile(
    r"(?:我|俺)(?:跟|和)老伴|老两口|老夫妻|(?:我们|俺们)老人|(?:我|俺)俩老"
)
MOTHER_NAMED = re.compile(r"闺女|女儿|儿媳|媳妇|老婆|孩子?(?:他|她)?妈|她")


# The father named as the one holding a cover (那我老公是居民医保呢, "my husband has resident
# insurance"): his own, not the mother's cover at the birth (tester 96 c10).
FATHER_HOLDS = re.compile(
    r"(?:老公|丈夫|孩子(?:他)?爸|娃(?:他)?爸|他爸|俺那口子|先生)(?:的|是|也是|他|呢|交的|有|上的|参加的)?"
    r"(?:(?!我|俺|老婆|媳妇|她)[^，,。\s]){0,4}$"
    r"|\b(?:my |her )?(?:husband|hubby|partner|spouse)(?:'s| has| is on| is in| was on| had)?"
    r"(?: (?:got|the|a|an|only|just|also))?\s*$",
    re.I,
)


BOTH_PARENTS = re.compile(
    r"我(?:和|跟|与)|(?:和|跟)我|都|俩|\bboth\b|\band i\b|\bi and\b|\bwe\b", re.I
)


def _fathers_own(before: str) -> bool:
    """The cover after `before` is the father's alone, not the mother's at the birth."""
    return bool(FATHER_HOLDS.search(before)) and not BOTH_PARENTS.search(before)


def _grandparents_own(clauses: Clauses, i: int, at: int) -> bool:
    """Whether the insurance at `at` in clause `i` is said of the grandparents themselves, in
    that clause or the one before (tester 74 c5's 姥姥: the mother's cover was set to it)."""
    clause = clauses[i][1]
    if GRANDPARENTS_SELF.search(clause[:at]):
        return not MOTHER_NAMED.search(clause[:at])
    if (
        i > 0
        and GRANDPARENTS_SELF.search(clauses[i - 1][1]) is not None
        and not MOTHER_NAMED.search(clause[:at])
    ):
        return True
    # 俺们老两口那个护理保险… | 俺俩都是济南户口 | 交的居民医保: the two of them, two clauses on
    said = " ".join(c for _, c in clauses[max(0, i - 2) : i])
    return (
        GRANDPARENTS_SELF.search(said) is not None
        and re.search(r"(?:我|俺)(?:们)?(?:俩|2)", said) is not None
        and not MOTHER_NAMED.search(said + clause[:at])
    )


# A sibling, cousin or friend named before a cover ("her sister is flexibly employed"): their
# own cover, another household's.
RELATIVES_OWN_COVER = re.compile(
    r"\b(?:my|our|her|his|their) (?:sister|brother|sis|bro|cousin|friend|colleague|coworker"
    r"|neighbou?r)s?(?:-in-law)?\b(?!.*\b(?:i|we|she|he)\b)",
    re.I,
)


def birth_insurance(clauses: Clauses, text: str, asked: str | None) -> Said | None:
    """The insurance that covered the birth (an employer paying the housing fund is not it; a
    child's own enrolment, 生下来就上了居民医保, is not it either)."""
    negated: Said | None = None
    later: Said | None = None  # the cover since the birth ("since then I've gone freelance")
    for value, pattern in INSURANCE:
        for i, (_, clause) in enumerate(clauses):
            m = pattern.search(clause)
            if m and value in ("resident_medical", "none") and _childs_enrolment(clause, m.start()):
                continue
            if (
                m
                and value == "none"
                and CHILDS_OWN_NAMED.search(text)
                and not re.search(r"生|我|俺|\bi\b|\bwe\b", clause)
            ):
                continue  # 那外孙女自己的医保呢 … 她到现在还没上医保: the child's, not the birth's
                # (tester 125 p2's grandmother was read back "生育时没有参保")
            if (
                m
                and value == "resident_medical"
                and asked != "birth_insurance"
                and CHILDS_INSURANCE_NAMED.search(text)
                and not BIRTHS_OWN_COVER.search(clause)
            ):
                continue  # 孩子医保 居民医保 最晚哪天办: the child's own enrolment, not the birth's
                # cover (tester 134 p5's daughter-in-law was given the 3,000 of resident cover)
            if (
                m
                and value == "resident_medical"
                and asked != "birth_insurance"
                and i + 1 < len(clauses)
                and CHILD_CONTRIBUTION_AFTER.match(clause[m.start() :] + " " + clauses[i + 1][1])
            ):
                continue  # 现在去上居民医保 | 个人缴费还全免不: the child's enrolment, said on
            if m and _fathers_own(clause[max(0, m.start() - 16) : m.start()]):
                continue  # 那我老公是居民医保呢: the father's own cover, not the birth's
            if m and _grandparents_own(clauses, i, m.start()):
                continue  # "我跟老伴都是济南的 交居民医保": the grandparents' cover, not the birth's
            if m and RELATIVES_OWN_COVER.search(clause[max(0, m.start() - 40) : m.start()]):
                continue  # "her sister is flexibly employed": the sister's, not the birth's
                # (tester 131 p10's caller on resident insurance was given her sister's 50 %)
            if m and _insurance_asked_about(clause, m):
                continue  # 这钱生育险能报多少: the rule asked about, no cover of the family's
            if m and value != "none" and _named_to_ask(clauses, i, m, asked):
                continue  # "and maternity insurance, what does it pay": the measure asked of
            if m and value == "flexible_employment" and _uninsured_beside(clauses, i, m):
                return Said("birth_insurance", "none", i, m.group(0))  # 自由职业 没交医保
            if m and pattern is COVER_LAPSED and not _lapse_at_the_birth(text, asked):
                continue  # 刚换了工作 社保断了一个月: a gap, not the birth's cover
            if m and value != "none" and _what_about(clause, m, text):
                continue  # 那居民医保呢: another kind put as a question, not the family's
            if m and value != "none" and _kinds_compared(text):
                continue  # "difference between resident medical and employee maternity"
            if m and JOB_ONLY.fullmatch(m.group(0)) and not _insurance_talk(text, asked):
                continue  # 都是自由职业: their work, not how the birth was insured
            if (
                m
                and value != "none"
                and re.search(r"(?<![是就])不是\s*(?:那个|参加的?|交的?)?\s*$", clause[: m.start()])
            ):
                continue  # 交的是居民医保不是生育保险, 不是灵活就业了: the kind said instead is the cover
            if (
                m
                and value != "none"
                and (
                    re.search(
                        r"(?:(?:没有|没|无|未)(?:交|缴|买|上|参加|参|办|入)?(?:过|了)?|\bno\b|\bnot\b|without"
                        r"|n't (?:have|get|got|had)|never had)\s*(?:the |an? |any )?$"
                        r"|\b(?:never|didn't|did not|hadn't|had not|wasn't|weren't)\s+(?:\w+\s+)?"
                        r"(?:have|had|get|got|sign(?:ed)? up for|join(?:ed)?|on|in|enrolled in|covered by"
                        r"|buy|bought|pay for|paid for)\s+(?:the |any |a |her |his |our )?$",
                        clause[: m.start()],
                    )
                    or re.match(
                        r"\s*(?:也|都|就|压根)?(?:没|没有|未)(?:交|缴|买|上|参加|参|办)",
                        clause[m.end() :],
                    )  # 居民的也没上, 生育险没交
                )
            ):
                negated = negated or Said("birth_insurance", "none", i, m.group(0))  # 没有生育保险
                continue  # "the resident one, not flexible": the other kind, if one is named
            if (
                m
                and value == "none"
                and any(p.search(m.group(0)) for v, p in INSURANCE if v != "none")
                and m.group(0).isascii()
            ):  # "didn't have maternity insurance, she had the resident one"
                negated = negated or Said("birth_insurance", "none", i, m.group(0))
                continue
            if m and not (
                value == "employee_maternity"
                and (FUND.search(clause) or asked == "housing_fund_contributors")
                and not re.search(
                    r"保险|医保|险|insur|maternity|medical|yibao|baoxian|shebao", clause
                )
            ):  # "just my husband, through his work": who pays into the fund
                if _earlier_cover(clause, m.start(), text):
                    continue  # 之前是灵活就业交的职工医保: before the present job, not at the birth
                if SINCE_THE_BIRTH.search(clause) and not BIRTH_TIME.search(clause):
                    later = later or Said("birth_insurance", value, i, m.group(0))
                    continue
                return Said("birth_insurance", value, i, m.group(0))
    if negated or later:
        return negated or later
    held = _employed_with_social_insurance(clauses, text)
    if held is not None:
        return held
    if (
        asked == "birth_insurance"
        and re.match(
            r"\s*(?:none|no\b|nope|nah|nothing|neither|没有|没|无|都没有|都没|啥也没|什么也没)"
            # not 没房 租房住, "no flat, we rent": a no of another fact, the cover not answered
            r"(?!\s*有?\s*(?:房|住房|自己的房|买房|公积金|户口|孩子|娃|(?:a |own |our )?(?:flat|house"
            r"|home|apartment|housing|fund|gongjijin|hukou|kids?)\b))",
            text,
        )
        and not HARDSHIP_NAMED.search(text)  # "没领低保": a no about another fact
        and not BORN_NOT_DUE.search(text)  # "no no the baby is already born": the pregnancy denied
    ):
        return Said("birth_insurance", "none", 0, text)
    if asked == "birth_insurance":
        short = re.match(
            r"\s*(?:(?P<resident_medical>居民|resident)|(?P<employee_maternity>职工|单位|公司|employee|employer|work|maternity)"
            r"|(?P<flexible_employment>灵活|flexible|freelance))(?!\s*(?:leave|假))",
            text,
        )  # "resident", "职工的": the kind the question offered; not "maternity leave how long"
        if short and short.lastgroup:
            return Said("birth_insurance", short.lastgroup, 0, short.group(0))
    return None


# --- dibao, special hardship, unemployment benefits ------------------------------------------

# Support, benefits or welfare asked "for" a measure's object ("any support for kindergarten?",
# "any benefits for nursery fees", "any welfare with the rent"): a measure asked about, never
# a statement that the family draws dibao, special hardship support or unemployment benefits.
FOR_A_MEASURE = (
    r"(?!\s+(?:for|with|towards?|on|in)\s+(?:the\s+|our\s+|my\s+|a\s+|his\s+|her\s+)?"
    r"(?:kindergarten|nurser|pre-?school|child ?care|day ?care|school|education|tuition|fees?\b"
    r"|rent|housing|flat|home|house|mortgage|loan|transport|bus|subway|metro|toddler))"
)
HARDSHIP = Remembered(
    re.compile(
        r"低保|特困|失业(?:保险)?金|领失业|救助金|dibao|minimum (?:subsistence|living)|special hardship"
        r"|minimum (?:\w+ )?allowance"  # "the minimum allowance", "minimum livelihood allowance": dibao
        # "under extreme poverty support", "poverty relief", "support for the extremely poor": 特困
        # or 低保 described, not named
        r"|\b(?:(?:extreme|severe|deep|special)[- ])?poverty[- ](?:support|relief|assistance|aid"
        r"|allowance|subsid(?:y|ies)|benefits?|payments?|money|stipend|provision)\b"
        r"|\b(?:support|relief|assistance|aid|allowance|provision) for (?:the )?(?:extremely |very )?"
        r"(?:poor|destitute)\b|\bdestitut(?:e|ion) (?:support|relief|assistance|aid|allowance)\b"
        r"|unemployment (?:insurance )?(?:benefits?|money|pay)|unemployment insurance\b(?! premium| contribution)"
        r"|on (?:the )?unemployment|jobless benefits?|(?:any|no) benefits?\b"
        + FOR_A_MEASURE
        + r"|on benefits|welfare\b"
        + FOR_A_MEASURE
        # "we're off benefits by then": the benefits named by being left
        + r"|(?<=[\s'’]off )(?:the )?benefits?\b"
        +
        # "we weren't on any support when the baby came", "no government assistance at the birth"
        # but not "any support for kindergarten?", "any benefits for nursery?": a measure asked
        r"|\b(?:any|no) (?:government |state |public |welfare )?(?:support|assistance)\b"
        + FOR_A_MEASURE
        + r"|(?:啥|什么|任何)(?:补助|救助|福利)(?=\s*(?:都|也)?(?:没|不(?![\s?？。!！吗]|$)))"  # 啥补助都没有: none
        # of any kind (not 有啥福利, a question about the measures)
        # "at the birth we weren't getting any of that": the benefits the bot spoke of, drawn or not
        r"|\b(?:getting|get|got|gotten|receiving|received|receive|drawing|drew|claiming|claimed|on)"
        # "we weren't getting a cent of any of that", "not a penny from any of it": none drawn
        r" (?:(?:a|one) (?:single )?(?:cent|penny|dime|yuan|kuai|thing|bit) (?:of|from) )?"
        r"(?:any of (?:that|those|it|them)|anything like that|nothing like that|none of (?:that|those|it))\b"
        # "i was still collecting unemployment", "she was claiming unemployment": the benefit drawn
        r"|\b(?:collect|collects|collected|collecting|claim|claims|claimed|claiming|draw|draws|drew"
        r"|drawing|getting|receiving|received) (?:the )?unemployment\b"
        r"|shi ?ye ?jin|\bshiye\b|\bte ?kun\b"  # 失业金, 特困 in pinyin
        # "she was born during the unemployment months": the time the benefit was drawn
        r"|\bunemployment(?= (?:months|years|period|time|days)\b)"
    )
)
# A benefit's name in English, as a time ("during our dibao time", "in the tekun years").
_BENEFIT_EN = (
    r"dibao|tekun|te kun|shiyejin|unemployment|welfare|benefits?\b|special hardship|minimum"
)
# The days around a past time: 生二宝那几天, 那两天, 那些日子, 那段时间 (said of a birth, or after one);
# the births themselves: 生老二老三那两回, 那几次.
THOSE_DAYS = r"那(?:几|\d|些)(?:个)?(?:天|日子|周|星期|礼拜|回|次)|那段(?:时间|日子)"
# A child named by birth order: 老二, 大宝, 三宝, 头胎.
_ORDER_WORD = r"(?:老\d|老大|大宝|\d宝|头胎|\d胎)\u2060?"
# A part that only names a child by its order (头胎 | 2胎 | 都赶上领失业金了: listed, then told of).
ORDERS_ONLY = re.compile(r"\s*" + _ORDER_WORD + r"\s*")
# The children counted, said to have caught the benefit's time or not: 俩孩子都没赶上, 三个娃全赶上了.
_ALL_CAUGHT = r"(?<![\d.第])[2-9]\s*(?:个)?(?:孩子|小孩|娃|宝宝)(?:都|全)(?:没)?(?:赶上|碰上)"
# The time a clause speaks of: a birth ("生老三的时候", "when our second was born") or now.
BIRTH_TIME = re.compile(
    r"(?:生|出生|落地|降生|出世)[^，,]{0,8}(?:的时候|时候|前后|那会|那1?阵|那段|那个?月|那几个月|那天|那周|那年|那几年|时|的时|这回|那回|这次|那次|那一回|那1回"
    r"|" + THOSE_DAYS + r")|出生在|生的时候"
    r"|(?:那时候|当时|那会儿?)生|期间(?:出)?生|(?:的时候|时候|那会儿?|那阵子?)(?:把\S{1,4})?(?:生|出生)(?!病|活|意)|出生(?:时)?都|(?:were|was) born (?:while|during)"
    # "baby #1 came in 2020 when we still had it": the birth, then the time it fell in
    # ("my son born 2023.11 when we still on tekun": no "was", a dotted date)
    r"|\b(?:came|arrived|(?:(?:was|were) )?born)\b(?:[^,.;!?]|(?<=\d)\.(?=\d)){0,24}"
    r"\b(?:when|while|during (?:the time )?(?:when |that )?) ?(?:we|i|she|he|they|my|our|her|his)\b"
    r"|(?:\d(?:宝|胎)?|老\d|老大|头胎|大宝|胞胎|龙凤胎)\u2060?(?:的)?(?:时候|时|那会|那年)"
    # 生老大生老二都没领过, 生大宝二宝也领着: the births of the children listed, then 都 / 也
    r"|生" + _ORDER_WORD + r"(?:(?:和|跟|、)?生?" + _ORDER_WORD + r")*(?:都|也)"
    # 生老二还在领失业金, 生老三正吃着低保: that birth, the benefit still held then
    r"|生" + _ORDER_WORD + r"(?=(?:还|正|正好|刚好)(?:在|是)?(?:领|吃|拿))"
    # 老二前天生的 生老二这会儿俺们正吃低保: the birth just had, not now
    r"|生" + _ORDER_WORD + r"\u2060?这会儿?"
    # 老四出生是在领低保, 老二出生正赶上领失业金: that birth, the benefit held then
    r"|" + _ORDER_WORD + r"\u2060?(?:孙子|孙女|外孙女?|小子|闺女|儿子|女儿|丫头)?(?:出生|生)"
    r"(?=(?:是|正|正好|刚好|还|已经|早就|都)(?:在|赶上|吃上|领上)?(?:领|吃|拿|了))"
    # 领着低保生的, 吃着低保那会儿生的: born while the benefit was held
    r"|(?:领着|吃着|在领|在吃|正领|正吃)[^，,]{0,8}?(?:生|出生)的"
    # 俩都是低保那几年生的, 失业金那年生的: born in the years the benefit was held
    r"|那(?:几|\d|些)?年(?:里|间)?(?:出)?生(?:的|了)"
    r"|"
    + _ALL_CAUGHT
    + r"|(?:老\d|老大|大宝|\d宝|老小|小的|头胎|\d胎)\u2060?(?:都|也|正好|刚好)?(?:没)?(?:赶上|碰上)"
    # 头胎 二胎 | 都赶上领失业金了: the births just named, each caught the benefit's time
    r"|^\s*(?:都|也|全)(?:没)?(?:赶上|碰上)"
    # 老大就是那当中生的, 那中间生了老二, 那段时间生的: born within the benefit's time just told
    r"|那(?:当中|中间|段时间|段日子)(?:里)?(?:出)?生(?:的|了)"
    r"|at the time of (?:the |her |his |their )?birth|(?:for|at|during|with) (?:any|all|both|each|either|none|every one|each one) of (?:the (?:births|kids|children)|them\b)|(?:for|at|during|with) all (?:two|three|four|2|3|4)\b(?! (?:of us|years?|months?)\b)|(?:for|at|during|with|in) (?:the|both|all|each|every|either) births?\b|\bboth times\b|\b(?:neither|either) (?:birth|time)\b|\b(?:each|every) time (?:a |the |our |my )?(?:baby|kid|child|one|1|grandkid|grandchild|grandson|granddaughter)\b"
    r"|(?:the|our|my|their|her|his) (?:\w+ )?(?:baby|babies|kid|child|son|daughter|twins|boy|girl|grandson|granddaughter) (?:came|arrived)\b|\bbefore (?:the|her|his|our|my) birth\b|time of (?:the )?birth|when (?:she|he|they|(?:the|our|my|their|her|his) (?:\w+ )?(?:baby|babies|kids?|child|children|sons?|daughters?|one|twins|boys?|girls?|first|second|third|youngest|eldest|grandson|granddaughter|\d(?:st|nd|rd|th))) (?:came|arrived)|\bg[ai]ve birth\b|\bgiving birth\b"
    # "baby born on dibao", "the twins were born into tekun": the birth in the benefit's time
    r"|\bborn (?:on|into|under|with|without) (?:the |a |an |no |any )?(?=dibao|tekun|te kun|shiyejin|unemployment|welfare|benefits?\b)"
    # "the dibao stopped right before she arrived": that birth
    r"|\bbefore (?:she|he|they) (?:came|arrived)\b"
    # "the second was born on it", "born into that": the benefit just named, elided
    r"|\b(?:was|were) born (?:on|into|under|with|during) (?:it|that|them)\b"
    # "the birth was while we still had it", "the baby came during it": the birth in that time
    r"|\b(?:the|her|our|my) (?:birth|baby) (?:was|came) (?:while|when|during)\b"
    # "on dibao at the time she was born", "at the time our son came": that birth's time
    r"|\bat the time (?:she|he|they|(?:the|our|my|their|her|his) (?:\w+ )?\w+)"
    r" (?:(?:was|were) born|came|arrived)\b"
    # "he arrived while i was between jobs", "our son came during our dibao years": a birth's time
    r"|\b(?:she|he|they|(?:the|our|my|their|her|his) (?:\w+ )?(?:baby|babies|kid|child|son|daughter"
    r"|boy|girl|grandson|granddaughter|one|twins)) (?:came|arrived) (?:while|during)\b"
    # "no dibao when she had the baby", "while my wife was having our son": a birth told by "have"
    r"|\b(?:when|while) (?:she|i|we|they|my [\w-]+|our [\w-]+|his [\w-]+)(?: was| were)? (?:had|having|delivered)"
    r" (?:the|a|our|her|my|his|their) (?:\w+ )?(?:baby|babies|twins|triplets|kids?|child(?:ren)?"
    r"|son|daughter|boy|girl)\b"  # "weren't when we had the kids": every birth
    # "when she's born", "when they're born": the birth to come, told short
    r"|when (?:\w+(?:'(?:s|re))? ){0,5}(?:(?:was|were|is|are|got|get) )?born|\bborn\b[^,.]{0,20}\b(?:when|while) (?:we|i|she|he|they|my|our|his|her|their|husband|hubby|wife|dad|daddy|mum|mom|mother|father)\b|(?:were|was) on [^,.]{0,30}\bthen\b|(?:was|were) born (?:while|when|after|during)|when the baby came|at (?:the )?birth"
    r"|(?:at|for) (?:the |our |my )?(?:\w+'?s? ){0,3}births?\b|\bbefore (?:\w+ ){0,3}(?:(?:was|were|is|are|get|gets|got) )?born"
    # "by time laoer born we already off it", "by the time our second came": that birth
    r"|\bby (?:the )?time (?:\w+ ){0,4}(?:(?:was|were|is|are|got) )?(?:born|came|arrived)\b"
    r"|\bbefore (?:the|our|my) (?:baby|babies|twins|kid|child|\w+ (?:one|child|kid|baby)) (?:comes?|arrives?|came|arrived|is due)"
    # "it covered his birth", "every time we had a baby": the benefit's time held a birth, every birth
    r"|\bcovered (?:the |his |her |their |our |my )(?:\w+ )?births?\b"
    r"|\b(?:each|every) time (?:we|i|she|my wife) (?:had|got|gave birth to) (?:a |the |our )?(?:baby|kid|child|one)\b"
    # "when our son come along", "she came into world without any dibao": a birth told by coming
    r"|\b(?:came|come|comes) (?:along|into (?:the |this )?world)\b"
    # "the grandkid born 2025 during our dibao time", "born in the tekun years": in the benefit's time
    r"|\bborn\b[^,.;]{0,20}?\b(?:during|in|within) (?:our|the|their|his|her|my|those) (?=(?:"
    + _BENEFIT_EN
    + r"))"
    # "no dibao at any of my 3 kids births", "for all of our kids' births": every birth
    r"|\b(?:any|all|each|either|none|both) of (?:the |our |my |their )?(?:\d |two |three |four )?"
    r"(?:kids|children|babies|grandkids|grandchildren)['’]?s? births?\b"
    # "none of the births had dibao", "at neither of our births": every birth
    r"|\b(?:none|neither|all|both|each|either|any) (?:of )?(?:the |our |my )?births\b"
    # "on dibao when all three kids came", "when both of our boys were born": every birth
    r"|\bwhen (?:all|both|each) (?:of )?(?:the |our |my |their )?(?:\d )?(?:kids|children|babies|boys"
    r"|girls|grandkids|grandchildren|of them) (?:came|arrived|(?:were|was) born)\b"
    # "in the month he arrived", "the week the twins came", "that year our son was born": the time
    # of a birth told by its month, week, day or year
    r"|\b(?:the|that) (?:month|week|day|year|time)s? (?:that |when )?(?:she|he|they|(?:the|our|my|their"
    r"|her|his) (?:\w+ )?(?:baby|babies|kids?|child|children|sons?|daughters?|one|twins|boys?|girls?"
    r"|grandson|granddaughter)) (?:came|arrived|showed up|turned up|(?:was|were) born)\b"
    # "on dibao right through the delivery", "during her delivery": the birth told as the delivery
    r"|\b(?:through|during|at|for|around|till|until|up to|before) (?:the|her|my|our|his|their) delivery\b"
    # "what if we're still on dibao when the twins come in march": the birth to come
    r"|\bwhen (?:the|our|my|their|her|his) (?:\w+ )?(?:baby|babies|twins|triplets|kid|child|one)"
    r" (?:comes?|arrives?)\b(?! (?:home|back|over|round|around|to\b))"
)
# The present in spoken words: 这会儿没领了, 眼下还领着, 这阵子在吃低保 (not 这会儿生, a birth).
THIS_WHILE = r"(?:这会儿?|这阵子?|眼下)(?![^，,\s]{0,3}生)"
NOW = re.compile(
    r"现在|目前|如今|一直|正在|在领|吃着|领着|仍(?:在)?领|今年(?!\s*\d{1,2}\s*月|[^，,]{0,3}生)|\bnow\b|currently|right now|since|these days|nowadays"
    # "still on dibao" (not "we still live here", "we still rent": the home, not the benefit)
    r"|(?<!\bwere )(?<!\bwas )(?<!are we )(?<!can we )(?<!do we )(?<!can i )(?<!am i )(?<!do i )"
    r"\bstill\b(?! (?:live|lives|living|rent|rents|renting|in|here|there|own|owns|ok|okay|fine|working|employed"
    # "are we still eligible?", "can we still get it": the measure asked, no benefit held now
    r"|eligible|qualify|count|apply|claim|able|entitled|covered)\b)"
    r"|\b(?:from|starting|as of) this (?:month|week|year)\b"  # "dibao from this month on": now
    r"|\bany ?more\b|\bno longer\b|\bgets\b|\b(?:is|are|'re) getting\b|" + THIS_WHILE
)
# Hard times said with a negative word (揭不开锅, 吃不上饭, 日子不好过, 没钱, 没工作) are no "no" to a benefit,
# nor are the conjunctions 不过 / 不管 / 不但 ("but", "however"),
# nor is a question put as "A not A" (还算不算, 能不能补, 有没有额外的钱).
NEGATION = re.compile(
    r"(?<!有)没(?!钱|收入|饭吃|错|问题|工作|班上|活干|断|停|间断)|(?:^|(?<=(?P<nx>[^揭吃过入])))不(?!容易|好过|宽裕|够花|够用|敷出|过|管|仅|光|但|少|知道|清楚|了解|懂|晓得|(?P=nx))"
    r"|无(?!力|收入)|未(?!成年|来|婚|满|出生)|(?<![是能可与])否(?!则|认)"  # 一孩出生时未领取: the written no
    r"|\bnot\b(?! (?:only|just)\b)"  # "not only the second": that birth too, no "no"
    # "granddaughter no 2 was born …", "no. 1 before it": a child's number, no "no"
    r"|\bno\b(?! (?:job|work|income|money)\b)(?!\.?\s?\d\b(?!\s*(?:months?|years?|weeks?|days?)))"
    r"|n't|neither|never(?! (?:stopped|ended|came off|went off))|none|\bnothing\b"
    r"|\bnah\b|\bnope\b|\bwithout\b|\bzilch\b|\bnada\b"  # "born without any dibao", "we had zilch"; 一直没断过, "never stopped": no stop, still on them
    r"|\bnobody\b|\bno-?one\b|\bno one\b"  # "nobody on benefits" (tester 47 c02 read it as on them)
)
# The months of the subsidy asked ("从现在到停发还能领几个月", 还能领多久, 领到啥时候停): a
# question of the money's time, never a benefit ended now.
SUBSIDY_TIME_ASKED = re.compile(
    r"(?:还能|能|可以|还可以)领(?:几个?月|多少个?月|多久|多长时间)|领到(?:啥|什么|哪)"
    r"|到停发|停发(?:前|之前)?还(?:能|有|剩)|还剩(?:几|多少)个?月"
)
# The subsidy's own figure drawn ("俺们一直只领了600", 每月领的800): that money, no benefit.
SUBSIDY_FIGURE_DRAWN = re.compile(r"领(?:了|的|过|着|到)?\s*(?:\d{3,5}|[六八两二]百)(?:块|元)?")
EXPLICIT_NOW = re.compile(
    r"现在|现已|目前|如今|\bnow\b|currently|right now|these days|nowadays|"
    + THIS_WHILE
    # 现父亲已就业、母亲仍领取 (a hotline's note): 现 alone, then who and how now
    + r"|(?:^|(?<=[\s。，,；;]))现(?=[^\s。，,]{0,6}(?:仍|还|已|在))"
)
STOPPED = re.compile(
    r"早(?:就|都|已)?(?:没了|没有了)|停了|退出|(?<![撤倒减])退了(?!休)|已经退|脱保|停发|停领|已停(?!发?[^，,\s]{0,3}(?:吗|么|[?？]))|(?<!保)断(?:了|掉)|刚断|刚到期|刚停(?!发?[^，,\s]{0,3}(?:吗|么|[?？]))|到头了|领到(?!年底|月底|[^，,]{0,2}?(?:下|明|后年))[^，,]{1,8}?(?:就|都)?(?:没了|没有了|停|断|结束)|被取消|取消了|(?:已经|就)?撤(?:了|销了|掉了)|不再领|(?<!没)领完(?!了?(?:就|以后|之后))|(?<!没)到期了|got off|came off|went off|脱贫|脱困|不领了|不吃了|没再|找(?:到|着|上)了?(?:新)?(?:工作|活)|上班了|no longer|not any ?more|n't [^,.]{0,20}\bany ?more\b|(?<!never )(?<!n't )stopped"
    r"|(?:found|got|have|has) (?:a )?(?:new )?(?:jobs?|work)\b|\bwork(?:s|ing)? (?:again|now)\b|back (?:at|to) work"
    # not "since my contract ended": the job's end, the benefit held since (probe en-16049)
    r"|(?<!contract )(?<!job )(?<!work )\b(?:ended|ran out|run out|expired|finished)\b|\bno more\s*$"
    r"|\b(?:still|stayed|stay|been) off(?= (?:it|them|that|dibao|tekun|shiyejin|unemployment|benefits?)\b)"
    # 低保是去年停的, 失业金上个月断的, 特困是今年三月取消的: the stop told with its time
    r"|(?<![没不])(?:停|断|取消|停发)(?:掉)?的\s*(?:啊|呀|呢)?\s*$"
    r"|\bnow (?:we're |we are )?(?:ok|okay|fine|alright)\b|\b(?:we're|we are) (?:both )?working\b"
    r"|(?:'re|\bare|\br|'s|\bis|'m|\bam|\bwere|\bwas|\bbeen|\bget|\bgot) off(?= (?:it|them|that|dibao|tekun|te kun|shiyejin|unemployment|benefits?|welfare)\b|\s*$)"
    # "they had come off it", "we've gone off dibao": off it by then
    r"|(?:\bhad|'d|\bhave|'ve|\bhas) (?:already |just |long )?(?:come|gone|got|gotten) off\b"
    # "we already off it", "they long off dibao": the verb left out, off it by then
    r"|\b(?:already|long) off(?= (?:it|them|that|dibao|tekun|shiyejin|unemployment|benefits?)\b|\s*$)"
    # "dibao got cancelled last month", "got cut off this summer", "they took it away": ended
    r"|\b(?:cancell?ed|cut off|revoked)\b|\btook (?:it|them|that) away\b"  # not "contract terminated"
    r"|\b(?:got|gets|get|was|were|been) cut\b"  # "dibao got cut last month": ended
    # "we lost the dibao last month", "they cut our tekun": the benefit taken away
    r"|\b(?:lost|cut) (?:the |our |my |his |her |their )?(?=dibao|tekun|shiyejin|unemployment|benefits?\b)"
    # "got tekun for 2 yrs, | cut in april", "dibao stopped last month": the stop, its subject left out
    r"|^\s*(?:(?:and|but|then|it|was|got) )*(?:cut|stopped|ended|cancell?ed|revoked)\b(?! (?:by|for|if)\b)"
    # "dibao stop last year", "tekun finish in march", "shiyejin end already": the stop in the present
    r"|(?:dibao|tekun|te kun|shiyejin|unemployment(?: \w+)?|benefits?)\s+(?:already |also )?"
    r"(?:stop|finish|end|cancel)\b(?!\s*(?:\?|when|if|before|after))"
    # "dibao is over now", "the tekun was over by spring": ended
    r"|\b(?:is|are|was|were|'s) (?:all |long )?over\b(?!\s*\d)"
    # "they took us off dibao", "we were dropped from tekun", "dibao got taken away": ended
    r"|\btook (?:us|me|him|her|them) off\b|\b(?:got|was|were|been) (?:taken away|dropped from"
    r"|kicked off|taken off)\b"
    # "shiyejin's done, used it all up", "the unemployment pay is all used up": ended
    r"|\bused (?:it|them|that) (?:all )?up\b|\b(?:dibao|tekun|shiyejin|unemployment(?: \w+)?|benefits?)"
    r"(?:'s| is| was| has been| are| were) (?:all )?(?:done|finished|used up)\b"
    # "by the time laoer came it was gone", "the dibao's long gone": ended
    r"|\b(?:it|that|they|dibao|tekun|te kun|shiyejin|benefits?|unemployment(?: \w+)?)"
    r"(?:'s| is| are| was| were| had| has)(?: been)? (?:already |long |all )?gone\b"
)
WORKING = re.compile(
    r"上班|上着班|有班上|有工作|在工作|工作着|was working|had a job|were working"
    r"|找(?:到|着|上)了?(?:新)?(?:工作|活)|有活干"  # 儿子找着活了: at work again
    r"|\b(?:we|i) (?:still |both |all )?(?:work|worked)\b|\b(?:both|still) (?:work|worked|working)\b|\bhad jobs\b"
    r"|\b(?:i|we|he|she) had (?:a )?job\b"  # "when the second one born i had job already"
    # "son had a new job by then", "he found a job", "got a new job": at work at that time
    r"|\bhad (?:a )?(?:new |better |proper |full-time )?job\b"
    r"|\b(?:found|got|landed) (?:a )?(?:new |better )?job\b"
)
AFFIRM = re.compile(
    r"是|在领|领|(?<![着挣])吃(?!饭|喝|穿)|(?<!还)(?<!所)有(?!就是|个事|件事)|赶上|\byes\b|\bwere\b|\bwas\b|\bare\b|\bstill\b|on it|after that|then"
    r"|\b(?:getting|receiving) (?:it|them|that)\b|\b(?:we|i|they) (?:get|have) (?:it|them)\b"  # "no but we're getting it now"
    r"|\b(?:we|i|they) (?:have|get|got|do|are)(?: too| also| now)?\s*$"  # "…, now we have": the benefit elided
)
# Started on benefits and still on them: 去年年底开始领低保了, 这个月开始领失业金, 又申请上了,
# 今年才评上的.
STARTED = re.compile(
    # (not 从哪开始领 / 什么时候开始领: when the money starts, asked; tester 140 p1)
    r"(?<!哪)(?<!哪个月)(?<!什么时候)(?<!啥时候)(?<!几月)(?<!哪天)(?<!何时)开始(?:领|吃|拿)|(?:领|吃|申请|批|评|办)上了?|(?:批|评|办|申请)下来|(?:started|began) (?:getting|receiving|on|claiming)"
    r"|(?:started|began)(?= (?:失业|低保|特困|dibao|unemployment|welfare|benefits?|special hardship))"
    # "only went on dibao this summer", "got on shiyejin last month": put on benefits lately,
    # still on them ("went on dibao last year" says no more than that year)
    r"|\b(?:went|got|been put|were put|was put) on(?= (?:失业金?|低保|特困|dibao|tekun|shiyejin"
    r"|unemployment(?: benefits?)?|welfare|benefits?) (?:this (?:year|month|week|summer|spring|autumn|fall"
    r"|winter)|last (?:month|week)|recently|lately)\b)"
    r"|\b(?:started|began) (?:it|that|them)\b"
    # "we only got it this year", "finally got dibao last month": lately, and still on it
    r"|\b(?:only |just |finally )got (?:it|them|that|dibao|tekun|shiyejin|welfare|benefits?)"
    r"(?= (?:this (?:year|month|week|summer|spring|autumn|fall|winter)|last (?:month|week)|recently"
    r"|lately)\b)"
    # "shiyejin only started after the birth", "dibao kicked in last year": the benefit began
    r"|(?:dibao|tekun|shiyejin|unemployment|welfare|benefits?|special hardship|低保|特困|失业金)"
    r"\s+(?:only |just |finally )?(?:started|began|kicked in)\b|\b(?:it|that) (?:only |just )?(?:started|began)(?= (?:this|last) (?:month|week)|\s*$)"
    r"|\bapplied\b[^,.;]{0,40}\b(?:and|then|now) (?:got|have|get)(?: it| them| approved)?\b"
    r"|\b(?:got|were|was|been|just) approved\b|\bapproved (?:for|last|this|in|on|yesterday|today|the day|recently)\b"
    r"|\b(?:got|have|has|had) (?:the |our |my |his |her )?(?:[\w']+ ){1,2}approved\b"
    # "dibao only got the ok last month", "tekun got the green light in june": approved lately
    r"|\b(?:got|gets|given|was given|were given) (?:the |an? )?(?:ok|okay|go-ahead|green light|nod|yes)\b"
)  # "we applied for dibao last week and got it", "just got approved for dibao", "got the dibao
# approved the day before yesterday"
# Got on benefits at a time told, or for a while, and still on them: 低保是去年才办的, 上个月才批下来,
# 低保领了2年多了 (a clause naming no birth).
GOT_ON = re.compile(
    r"(?<![没不])办(?:的|了|下来|上)|(?<![没不])批(?:的|了)|才给?(?:办|批|申请|领|吃|拿)"
    r"|(?:领|吃|拿)了\s*(?:快|有|都|近|将近)?\s*(?:\d+|半)\s*(?:年|个月)(?:多|半)?了"  # 领了快半年了
    # 老大出生后低保才下来, 特困去年就下来了: the benefit came through
    r"|才(?:给)?(?:批)?下来|(?:低保|特困|失业金)(?:也|就|才|早就)?下来了"
)
# The end of a benefit still to come: 领完就没了, 到期以后就停了, 过了年就不给了.
FUTURE_END = re.compile(
    r"(?:领完|到期|用完|过了[^，,\s]{0,4})了?(?:以后|之后)?就(?:没|停|不|断)"
    # 失业金还有俩月就领完了, 还能领三个月就到期了, 还有2个月领完, 还剩半年到期: time left
    # before the end, on it now
    r"|还(?:有|剩|能领|能拿)[^，,]{0,8}?就(?:要)?(?:领完|到期|停|断|没)"
    r"|还(?:有|剩|能领|能拿)\s*(?:\d+|半|几)\s*(?:个)?(?:月|年|天|周|礼拜|星期)(?:多)?(?:才|就)?(?:要)?(?:领完|到期)"
    r"|\b(?:runs? out|ends?) (?:in|after) \w+ (?:months?|weeks?)\b"
    # 失业金快到期了, 低保马上就要停了, 下个月就领完了, 明年到期: the end near or still ahead, on it now
    r"|(?:快|快要|就要|马上(?:就)?(?:要)?|即将|眼看(?:就)?(?:要)?)(?:领完|到期|停|断|结束|没)"
    # (not 24年底, 去年底: a year gone)
    r"|(?:下个?月|下周|下礼拜|下星期|明年|(?<![\d去前])年底|月底|过(?:完)?年)(?:初|底)?(?:就|才)?(?:要|会)?"
    r"(?:领完|到期|停|断|结束)(?!\S*(?:以后|之后))"
)
# The month a benefit held now ends (1月份就停了, 明年2月底到期, 不过到明年2月就停了): after a benefit told as held
# now, its end still to come, not a stop told.
MONTH_END = re.compile(
    r"^\s*(?:(?:不过|但是?|可是|只是)\s*)?(?:(?:等)?到\s*(?:明年|下一?年)?|(?:明年|下一?年)?)"
    r"\d{1,2}月份?(?:底|初|中旬?|末)?(?:就|才|便)?(?:要|会)?"
    r"(?:停|断|结束|到期|领完|没)(?:了|发)?(?:啊|呀)?\s*$"
)
# A stop put as a case and asked about (到期了咋整, 停了以后怎么办, 领完了咋弄): not a stop told.
STOP_ASKED = re.compile(
    r"(?:到期|领完|吃完|停|断|没|取消)(?:了|掉)?(?:以后|之后)?(?:可|又|那)?\s*"
    r"(?:咋整|咋办|怎么办|怎么整|咋弄|怎么弄|咋过|怎么过)"
    # 停了以后孩子的补贴还有吗, 到期了还能续吗: what follows the stop, asked
    r"|(?:到期|领完|吃完|停|断|取消)(?:了|掉)?(?:以后|之后|还)[^，,。]*?(?:吗|么|嘛|[?？])"
)
# The time just told of, a birth in the clause before: "our second was born last tuesday, we were on
# unemployment benefit at the time".
BIRTH_TOLD = re.compile(
    r"生|born|birth|\b(?:came|arrived)\b|\bc[oa]me (?:out|along)\b"
)  # "come out in 2022"
THAT_TIME = re.compile(
    r"at the time|\bthat time\b|back then|\bthen\b|当时|那时|那会|那年|那阵|" + THOSE_DAYS
)
# A bare "then" closing a clause that tells a birth, after the benefit held now: "the kid was born
# 2022 so nothing then", "baby came last year and we weren't on it then either": that birth's time.
BIRTH_THEN_AT_END = re.compile(
    r"\b(?:born|came|arrived|birth|had (?:him|her|them|the baby|our|my)\b)[^.;!?]{0,40}?"
    r"\bthen(?: either| too| as well| also)?\s*[.!]*\s*$"
)
# A child's year told with no birth word: 老二是2021年的.
CHILD_OF_YEAR = re.compile(r"是\s*\d{2,4}\s*年(?:\s*\d{1,2}\s*月)?份?的")
# A benefit that fell in the time just told: 老三今年生的 又赶上领失业金, 正好在领.
COINCIDED = re.compile(r"赶上|碰上|正好|刚好|恰好|赶巧")
# A benefit named with a bare yes or no, right after a birth told ("the baby born this june, no
# dibao", "dibao yes").
EN_BARE_BENEFIT = re.compile(
    r"\s*(?:[-–—]\s*)?(?:(?:and|but) )?(?:no|still on|on|with|without|not on|none|nothing) (?:dibao|tekun|shiyejin|benefits?"
    r"|unemployment(?: money| benefits?)?)\s*|\s*(?:dibao|tekun|shiyejin) (?:yes|no|too)\s*"
)
# A bare yes or no, said right after a birth told: 小的2023年生的 没领.
BARE_REPLY = re.compile(
    r"\s*(?:也|都|还|就)?(?:没有|没领过?|未领取?|未享受|否|没吃过?|没赶上|没|有|领了|领过|领着|吃着|赶上了)(?:的|了|过|呢|啊)?"
    r"(?:(?:(?<=没领)|(?<=没吃)|(?<=没领过)|(?<=没有))(?:啥|什么|任何))?\s*"  # 没领啥: nothing
)
# Put on the benefit after a birth: "we went on dibao after our son was born", "only got tekun
# after the birth" (not "got unemployment money after losing his job").
GOT_ON_AFTER = re.compile(
    r"\b(?:went on|got on|got|were put on|was put on|signed up for|qualified for|approved)\b[^,.;]{0,30}?"
    r"\bafter (?:(?:the|our|my|his|her|their) )?(?:[\w']+ ){0,2}(?:(?:(?:was|were) )?born|births?\b"
    r"|(?:came|arrived)\b)"
)
# The benefit itself said to come after the births: "dibao came after both kids were born",
# "tekun only kicked in after the baby".
BENEFIT_CAME_AFTER = re.compile(
    r"\b(?:dibao|tekun|te kun|shiyejin|unemployment(?: \w+)?|welfare|benefits?)\s+(?:only |just )?"
    r"(?:came|kicked in|arrived)\b[^,.;]{0,12}\b(?:after|later|afterwards)\b"
)  # "at the birth we had nothing, | dibao came later": began after that birth
# A child's age told in English ("the baby 5 months", "our son is 3"): its birth is the time
# a "that time" after it speaks of.
CHILD_AGE_TOLD = re.compile(
    r"\b(?:baby|kid|child|son|daughter|boy|girl|grandson|granddaughter|one)(?:'s| is)?\s+"
    r"\d{1,2}\s*(?:months?|mos?|weeks?|wks?|years?|yrs?|days?)?(?: old)?\s*$"
)
# The births named after these words had the other answer than the birth just told of.
CONTRAST = re.compile(
    r"\s*(?:unlike|except(?: for| with| at)?|apart from|other than|不像|除了"
    r"|(?:but |and )?not (?=(?:with |for |at |when |in )?(?:the|our|my|his|her|their) ))"
)  # "it was the 1st birth we had tekun, | not the 2nd": the other answer for the births after it
# A benefit that ended before the birth told: "ran out before the little one was born",
# 生老二之前就停了.
ENDED_BEFORE = re.compile(
    r"\b(?:ran out|runs? out|ended|ends|stopped|stops|expired|expires|finished|finishes|came off|got off)\b[^,.;]{0,20}?\bbefore\b"
    r"|(?:生|出生)[^，,]{0,6}?(?:之|以)?前[^，,]{0,4}?(?:就)?(?:停|断|没了|领完|到期)"
)
# The benefit named before, said held by a pronoun ("we already had it", "were on it").
HAD_IT = re.compile(
    r"\b(?:had|got|were on|was on|received|receiving|getting|on) (?:it|them|that)\b", re.I
)
# The Chinese half of ENDED_BEFORE, said of the birth the benefit is read for.
ENDED_BEFORE_ZH = re.compile(
    r"(?:生|出生)[^，,]{0,6}?(?:之|以)?前[^，,]{0,4}?(?:就|已经)?(?:停|断|没了|领完|到期|退出|退了|不领了|不吃了)"
)
# Births named, then only "before" (or "earlier"): born before the benefit's time just told of
# ("laoer and laosan born in dibao years, laoda before", "the twins on tekun, our eldest earlier").
BORN_BEFORE_THAT = re.compile(
    r"\s*(?:but |and )?(?:the |our |my )?(?:[\w.\u2060]+ (?:[-–—:] )?){1,3}?(?:(?:was|were|came) )?(?:born )?"
    r"(?:before|earlier)(?: (?:that|it|then|them|those(?: years)?))?\s*[.!]*\s*$"
)
# Births named, then only "during" (or "while on it"): born in the benefit's time just named
# ("the older one before dibao, the younger one during", "laoer in the middle of it").
BORN_DURING = re.compile(
    r"\s*(?:but |and )?(?:the |our |my )?(?:[\w.\u2060]+ (?:[-–—:] )?){1,3}?(?:(?:was|were|came) )?(?:born )?"
    r"(?:during(?: (?:it|that|them|that time|those years))?|while (?:on it|we (?:had|were on) it)"
    r"|in the middle of (?:it|that))\s*[.!]*\s*$"
)
# A birth within the time of the benefit just told: "born in that time", "born during it".
BORN_IN_IT = re.compile(
    r"\bborn (?:in|during|within) (?:that|this|the same|those) (?:time|period|months?|year)\b"
    r"|\bborn (?:during|in) (?:it|that)\b"
    # "the twin girls were born dec 2023 during that": the date between
    r"|\bborn\b[^.,;!?]{1,20}?\bduring (?:it|that|that time|those months|that period)\b"
    # 领失业金 | 那当口正好生了对双胞胎, 那时候刚好生了老二: a birth in the time just told
    r"|(?:那当口|那节骨眼上?|那时候?|那会儿?|当时|那阵子?)(?:正好|刚好|恰好|赶上|又)+(?:生了|出生|生下)"
    # 从18年到22年一直领低保 | 老大就是那当中生的, 老二正是那期间出生的: within the time just told
    r"|[那这](?:当中|中间|期间|段时间|段日子|几年|些年)(?:里|间)?(?:正好|刚好|恰好)?(?:出)?生(?:的|了)"
    # 他爸下岗那阵领着失业金 | 正好赶上生他, 刚好碰上老二出生: the birth fell in that time
    r"|(?:正好|刚好|恰好|赶巧|又)(?:就)?(?:赶上|碰上)(?:了)?(?:生|[^，,\s]{1,4}(?:出生|落地))"
)
# A part opening with a birth's time and naming no child (生的时候没领, 出生那会儿还上着班): the
# birth told in the part before, when that part named the child.
# An elder child named in passing after a birth told (上面还有个老大4岁, 另外还有个姐姐).
ELDER_ASIDE = re.compile(r"\s*(?:上面|上头|上边|前面|另外|家里)?(?:还)?有(?:个|一个|1个)")
BARE_BIRTH_TIME = re.compile(r"\s*(?:生|出生)的?(?:时候|时|那会儿?|那阵子?|那年)")
# Cover, the fund or a hukou said missing (啥保险也没有, 没交社保, 医保都没交, 还没落户口): a no to that,
# not to the benefit.
OTHER_DENIED = re.compile(
    r"(?:没有?|没(?:交|缴|买|上|参加|参|办|落)|无)(?:任何|什么|啥)?(?:医疗|生育|社会)?"
    r"(?:保险|医保|社保|生育险|五险一金|五险|公积金|户口)"
    r"|(?:什么|啥|任何|哪种)?(?:医疗|生育|社会)?(?:保险|医保|社保|生育险|五险一金|五险|公积金|户口)"
    r"(?:都|也|还)?(?:没有?|没(?:交|缴|买|上|参加|参|办|落)|不交)"
)
# Every birth, no one child: "no at both births", "with each birth", "all the births".
EVERY_BIRTH = re.compile(
    r"\b(?:both|all|each|every|either|any|none) (?:of )?(?:the |our |my )?(?:\d )?(?:births|kids|children|times)\b"
    r"|\b(?:each|every|either|neither) (?:birth|time)\b"  # "neither birth", "at either birth"
    # "no dibao when they were born", of the children told: every birth (probe en-9394)
    r"|\b(?:when|while) they (?:were|was) (?:both |all )?born\b"
    # "…, all born while we were on tekun": every child told, born on it
    r"|\ball (?:of them |of the kids |the kids |three |3 |two |2 |four |4 )?(?:were |was )?born\b"
    r"|\b(?:for|at|with|during) (?:both|all|each|either|any|none|neither) of them\b"  # "not for either of them"
    r"|(?<![\d.第])[2-9]\s*(?:个)?(?:孩子|小孩|娃|宝宝|宝贝)[^，,]{0,6}?(?:出生|生)|每(?:个|1个|次|1次|胎)"
    r"|生(?:了|这|那)?[2-9]\s*(?:个)?(?:孩子|小孩|娃|宝宝|宝贝)(?:的)?(?:时候|时|那会|那几年)"
    # 俩孩子 大的十岁 小的四岁 | 都是特困期间出生的: every child just told (probe zh-9390)
    r"|^\s*(?:也)?都是[^，,。\s]{0,10}?(?:期间|那几年|那些年|那会儿?|时候)(?:出生|生)的"
    r"|" + _ALL_CAUGHT
)  # 俩孩子出生的时候都是低保户, 三个孩子出生时都没领, 每次生孩子, 生俩娃时: every birth, the count
# A part telling a birth with no child named, after a part naming one: that child's.
BORN_OF_THE_ONE_BEFORE = re.compile(r"\s*(?:and |but |who (?:was|were) |(?:she|he) was )?born\b")
# A birth told by a pronoun (生他那阵子, 她出生那会儿): the birth of the child named in the part before.
BORN_OF_THE_PRONOUN = re.compile(
    r"\s*(?:(?:生|怀)(?:他|她)(?!们)|(?:他|她)(?!们)(?:出生|生下来|落地))"
)
# An English birth told by a pronoun ("for her birth", "when he was born"): the birth of the child
# named in the part before ("the little one's 10 months, was on shiyejin for her birth").
BIRTH_OF_THE_PRONOUN_EN = re.compile(
    r"\b(?:for|at|with|during|around) (?:her|his|their) births?\b"
    r"|\bwhen (?:she|he|they) (?:was|were) born\b|\bwhen (?:she|he|they) (?:came|arrived)\b"
)
# The time just named, ending the part: "big one 6, | no benefits then" (not "then we got dibao").
THEN_AT_END = re.compile(r"\b(?:back then|then|at the time|that time|at that time)\s*[.!]*\s*$")
# A birth added to the benefit just told of now: "we on dibao now | and at his birth", "on tekun
# now, and at the birth too".
ALSO_AT_BIRTH = re.compile(
    r"\s*(?:and |also |plus )?(?:at|for|with|during) (?:his|her|their|the|each|both) births?"
    r"(?: too| as well| also)?\s*[.!]*\s*$"
)
# Another child's birth added to the one just answered, said short: "… when the twins were born
# | and the eldest too", "| and for our first as well", "| and when the youngest was born too".
CHILD_TOO = re.compile(
    r"\s*(?:and |also |plus )?(?:(?:for|with|at) )?(?:when )?(?:the|our|my|his|her) (?:\w+ )?\w+"
    r"(?: (?:was|were) born|'s birth)?(?: too| as well| also)\s*[.!]*\s*"
)
# A birth added to the benefit told in the part before, as a time of its own: "his mum got the
# 失业金 while pregnant | and when he was born", "we had dibao | and also when the baby was born".
ALSO_WHEN_BORN = re.compile(
    r"\s*(?:and |also |plus )*(?:also )?when (?:she|he|they|(?:the|our|my|his|her|their) (?:\w+ )?"
    r"(?:baby|babies|kid|child|son|daughter|one|twins|boy|girl|grandson|granddaughter)"
    # "including when #2 was born", "also when our 2nd was born": a birth named by its order
    r"|#\s?\d|no\.\s?\d|(?:the|our|my|his|her|their) (?:[1-5](?:st|nd|rd|th)|first|second|third"
    r"|fourth|eldest|oldest|youngest|middle))"
    r" (?:was|were) born(?: (?:in|on|last|this) [^,.;!?]{1,20}?)?(?: too| as well| also)?\s*[.!]*\s*$"
)
# A benefit told in the past tense, no word of now: "his mum got the 失业金 while pregnant".
TOLD_IN_THE_PAST = re.compile(r"\b(?:got|had|received|was on|were on)\b")
# The benefit held now held then too, said short: "still on unemployment pay, | and were then
# too", "on dibao now, we were at the time as well".
ALSO_THEN = re.compile(
    r"\s*(?:and |also |plus )?(?:(?:we|i|they|he|she) )?(?:were|was|had it|had them|did)"
    r"(?: on it| on them)? (?:then|back then|at the time|at that time)(?: too| as well| also)?"
    r"\s*[.!]*\s*$"
)
# The benefit held now held at the births besides the one just told: "gave birth to our 3rd. we are
# on tekun now | and were with both the other births too".
ALSO_AT_OTHER_BIRTHS = re.compile(
    r"\s*(?:and |also |plus )?(?:(?:we |i |they )?(?:were|was|had it|did) )?(?:at|for|with|during)"
    r" (?:both |all )?(?:of )?the (?:other|older|earlier) (?:births?|ones|kids|children|2)"
    r"(?: too| as well| also)?\s*[.!]*\s*$"
)
# The births told before, counted as times (老大17年生 老二22年生 | 2回都是吃低保的时候, 这2次都没领):
# each of those births, when the count is the births named.
EACH_TIME = re.compile(
    # 俩都有, 两个都没有 (asked about the births): the count of the known births, opening the reply
    r"(?:^\s*(?P<all>[2-9])\s*(?:个)?(?:孩子|娃|小孩)?(?=\s*(?:也|还)?(?:都|全)(?:有|没|不|是|领|吃|赶上))"
    r"|(?:这|那)?(?P<n>[2-9])\s*(?:回|次|胎))(?P<birth>生(?:孩子|娃|小孩)?)?(?:的时候|那会儿?)?\s*(?:也|还)?(?:都|全)"
)
# The family's standing told with 是 as a fact of its own (也不是低保户, 现在还是特困户), no time of a
# birth named: now, even when the bot asked about the births (not 嗯 是特困户, the yes said again).
STATUS_NOW = re.compile(
    r"(?:也|还|现在|目前|如今|一直)(?:也|还|都)?(?:不是|是)\s*(?:低保|特困)(?:户|家庭|人员|供养户|供养人员)"
)
# The benefit held now held at the birth too, said as "the same": "still on tekun, | same as when
# baby born", "on dibao now, just like at the birth".
SAME_AS_AT_BIRTH = re.compile(
    r"\s*(?:and |just |it'?s |was |the )*(?:same (?:as|like)|like|as) (?:when|at|for|with|during)\b"
    r"(?=[^,.;]*\b(?:born|births?|came|arrived)\b)"
)
# A bare "now" after a birth's answer: "dibao at laoer's birth | and now", "no at the birth, now
# neither" is no bare "now".
NOW_TOO = re.compile(
    r"\s*(?:and |also |plus )?(?:still )?(?:now|today|these days|nowadays)(?: too| as well| also| still)?"
    r"\s*[.!]*\s*"
)
# Births named by the possessive alone, their birth left out: "for his birth | and laoer's".
BIRTHS_OWNED = re.compile(r"\s*(?:and |also )?(?:the |our |my )?[\w\u2060]+'s(?: too| as well)?\s*")
# A start told against the birth just told: "dibao got approved just in time", "2 weeks before".
IN_TIME = re.compile(
    r"\s*\b(?:just |right )?in time\b(?! for (?:school|work))"
    r"|\s*(?:\d+|a|one|two|three|a few|few|a couple of) (?:days?|weeks?|months?) (?:before|earlier|ahead)"
    r"\s*[.!]*\s*$"
)
# "This birth", of the birth told just before: 老二是今年8月生的 这回没领.
THIS_BIRTH = re.compile(r"这回|这次|这1?胎|那回|那次|this time")
ONLY = re.compile(
    r"\bonly\b|\bjust\b|只有|(?<!还有)就(?!是以后|是想|是问)"
)  # not 还有就是以后…: "also"
# The orders of twins or triplets told ("the triplets are child 2 3 and 4", "2nd and 3rd are the
# twins", 双胞胎是老二老三): which children they are, no yes to the benefit at their birth.
MULTIPLES_ORDERED = re.compile(
    r"\b(?:twins|triplets|quads)\s+(?:are|r|were|will be|would be)\s+(?:the\s+|our\s+|my\s+)?"
    r"(?:child(?:ren)?\s+|kids?\s+|no\.?\s*|#)?(?:\d|first|second|third|fourth|老)"
    r"|(?:\d(?:st|nd|rd|th)|first|second|third|fourth|\d)\s+(?:are|were|will be)\s+(?:the\s+|our\s+)?"
    r"(?:twins|triplets)\b"
    r"|(?:双胞胎|三胞胎|龙凤胎|双棒)(?:就)?是老|老\d\u2060?(?:老\d\u2060?)+(?:就)?是(?:双胞胎|三胞胎|龙凤胎)"
)
# The number of babies born at once put right: "triplets not twins", "not twins but triplets",
# 是三胞胎不是双胞胎, 不是双胞胎是三胞胎.
_SET = r"(?:twins|triplets|quads|双胞胎|三胞胎|龙凤胎|四胞胎)"
MULTIPLES_PUT_RIGHT = re.compile(
    rf"{_SET}\s*,?\s*(?:not|n't|instead of|不是)\s*(?:a |the )?{_SET}"
    rf"|(?:not|不是)\s*(?:a |the )?{_SET}\s*,?\s*(?:but|it'?s|its|是|而是)\s*{_SET}"
)
# A benefit applied for or begun after a birth ("we applied dibao after the twins were born",
# "got it approved after our son was born", 双胞胎生了以后才申请的低保): not held at that birth.
TAKEN_UP_AFTER_BIRTH = re.compile(
    r"\b(?:applied|applied for|got|started|began|signed up for|went on|approved)\b[^.;!?]{0,30}?"
    r"\bafter (?:the |our |my |his |her )?[\w\u2060' ]{0,25}?(?:was|were|got) born\b"
    r"|(?:生|出生)(?:了)?(?:以后|之后)(?:才)?(?:申请|办|开始领|开始吃|批)(?:的|了|下来)?(?:低保|特困|失业金)"
)
# "for our eldest we were ok": fine then, no benefits (not a yes).
FINE = re.compile(
    r"\b(?:were|was)\s+(?:ok|okay|fine|alright|all right)\b"
    # 老大老二生的时候家里条件还行: the family was fine then, no benefits
    r"|条件还(?:行|可以|凑合|不错|好)|日子还(?:行|可以|过得去)|还过得去"
)
# A part that only frames the birth it speaks of: "for our eldest", "with the first one".
FOR_BIRTH = re.compile(r"^\s*(?:but |and )?(?:for|with|at) (?:the |our |my )?\w+")
_CHILD_NAMED = (
    r"(?:(?:and|but|for|with|the|our|my)\s+)*(?:older|oldest|eldest|younger|youngest|little|big"
    r"|middle|newest|first|second|third|baby|twins?|triplets|\d(?:st|nd|rd|th)"
    r"|rest\b|others?\b)"  # "for laosan yes the rest no": the other births answered after
)
ANSWER_PARTS = re.compile(
    r"(?:(?<=\byes)|(?<=\byep)|(?<=\bno)|(?<=\bnah))\s+(?=" + _CHILD_NAMED + ")"
)
# Benefits that began before a birth (生孩子前一年就领了, 怀老二之前) and go on to the present.
BARE_ANSWER = re.compile(r"\s*(?:yes|yep|no|nah)\s*")
ANSWER_WORD = re.compile(r"\b(?:yes|yeah|yep|yup|no|nope|nah|not)\b|n't")


def _answer_parts(clause: str) -> list[str]:
    """A clause cut into one answer per child named ("youngest yes the older two no"); a bare
    yes or no followed by the child it is for ("yes for the twins", "no for our eldest") stays
    one part."""
    parts = [p for p in ANSWER_PARTS.split(clause) if p]
    joined: list[str] = []
    for part in parts:
        if joined and BARE_ANSWER.fullmatch(joined[-1]) and not ANSWER_WORD.search(part):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return joined


BEFORE_A_BIRTH = re.compile(
    r"(?:生|出生|怀)[^，,]{0,4}?(?:之|以)?前|before (?:\w+ ){0,3}(?:was|were) born"
)
# A question put about a benefit: 能申请低保不, 老家的低保到济南能转过来不 (can … or not), "whats
# tekun exactly", "do we apply at the jiedao or online for the dibao family extra".
BENEFIT_QUESTION = re.compile(
    r"(?:能|可以|可|会|让)[^，,。]*?[不没]\s*$"
    r"|^\s*(?:and\s+|so\s+|but\s+)?(?:what'?s|whats|what is|how (?:do|does|can|long|much)|where (?:do|does|can)"
    r"|do (?:we|i|they) (?:apply|need|have to)|can (?:we|i|they) apply)\b(?!.*\bif\b)"
)
# "What about" a benefit or its extra payment: 那低保加的200呢, 低保那个加发的呢, 特困的呢,
# (not a time told: 那会领着低保呢, 那时候吃着低保呢),
# "what about the dibao extra", "how about the top-up for dibao families": a question, no status.
BENEFIT_ASKED_ABOUT = re.compile(
    r"^\s*那(?!会|时|阵|年|回|次|几|段)(?:么)?[^我俺咱]*呢\s*$|(?:加的|加发|多给|额外|补的)[^我俺咱]*呢\s*$"
    r"|^\s*(?:and\s+|but\s+|so\s+)?(?:what|how) about\b"
)
# Got on benefits at a time told against a birth: 老三出生前一个月低保批下来了 (on them at that
# birth), 孩子生下来第二年才给批的, 双胞胎出生以后才批的 (not on them at it). The start is then the
# birth's story, no statement of now.
AROUND_A_BIRTH = re.compile(
    r"(?:生(?!病|活|意|气)|出生|落地|怀)[^，,]{0,4}?(?P<before>(?:之|以)?前)"
    r"|(?:生(?!病|活|意|气)|出生|落地)(?:[^，,]{0,4}?(?:之|以)?后|完|(?:下来)?的?第[二两三四五2-5]年)"
    r"|(?:满月|百天|满周岁|周岁)[^，,]{0,4}?(?:之|以)后"  # 低保是孩子满月以后才批的: after the birth
)  # 孩子落地后仨月才批的低保: got on after that birth
# The day they got on, told as past ("低保是24年才办的", "去年十月批下来的").
TOLD_WHEN = re.compile(
    r"(?:办|批)(?:下来)?的\s*$"
    # 是后来我病了才领的特困: when it began, told with 是 … 才 … 的
    r"|是[^，,。]{0,12}才(?:开始)?(?:领|吃|办|批)(?:上|下来)?的"
)
ONGOING = re.compile(
    r"到现在|至今|一直|还在领|还在吃|还领着|现在也|现在还|\bstill\b|ever since"
    r"|\bsince before\b"  # "we've been on dibao since before she was born": then and now
)
# A benefit held from a time up to the present: "we've been on dibao since last year", "have been
# on shiyejin 6 months" (the perfect tense: still on it).
HELD_FOR_A_TIME = re.compile(
    r"\b(?:we|i|he|she|they)(?:'ve| have|'s| has) been (?:on |getting |receiving |claiming |a )"
    r"[^,.;]{0,30}?(?:\bsince\b|\bfor \d|\b\d+ (?:years?|months?|yrs?)\b)"
    # "dibao for us since last spring so we had it at this birth": held since, and still
    r"|\b(?:dibao|tekun|shiyejin|unemployment(?: \w+)?)\s+(?:for (?:us|me|them) )?since\b"
)
# The time of the births a clause names: 老二那回, 18年那会儿 (the one born then), 双棒儿那阵.
NAMED_TIME = re.compile(r"\s*(?:那会|那时|那阵|那回|那次|那年|当时|" + THOSE_DAYS + ")")
# A part that is only the first of two subjects cut apart ("had our granddaughter on 2 january,
# she | and my son were on dibao then"): the births named before it are still those spoken of.
SUBJECT_ONLY = re.compile(r"\s*(?:she|he|they|we|i|her mum|her dad|his mum|his dad)\s*")
# A part naming a child by its age only: 外孙女5岁, 老大3岁半, 小的8个月.
AGE_ONLY = re.compile(r"\s*[^\s\d]{1,4}?\d{1,2}\s*(?:岁半?|个月|周|天)(?:多)?(?:了|大)?\s*")
# A part telling only a date (23年9月, 2023.9): the births named before it are still those spoken of.
DATE_ONLY = re.compile(
    r"\s*(?:\d{2,4}\s*年)?\s*(?:\d{1,2}\s*月)?\s*(?:\d{1,2}\s*[日号])?(?:生的|出生的?)?\s*"
)
# Now named with a birth's time in one breath (生孩子那会儿和现在都没领过, 现在跟生老大时候都领着):
# the benefit said of both times.
ALSO_NOW = re.compile(
    r"(?:和|跟|与|还有|以及)(?:现在|目前|如今)|(?:现在|目前|如今)(?:和|跟|与|还有|以及)"
)
# A benefit said to run from a birth's time up to the present: 从那会儿一直领到现在, 至今没断.
TO_THE_PRESENT = re.compile(r"到现在|到如今|到目前|至今")
# Held for a span up to now, said with the span and 了: 领特困供养好几年了, 吃低保有七八年了, 领了三年了.
HELD_YEARS_TILL_NOW = re.compile(
    r"(?:好|有|快|都|已经)?(?:[\d几多]+|好多|好些)\s*(?:个)?(?:年|月)(?:多)?了(?![^，,\s]{0,3}(?:生|出生))"
)
# A stop denied (到现在也没断, 一直没停过): the benefit goes on.
NOT_STOPPED = re.compile(r"(?:没|没有|未|不)(?:断|停)(?:过|掉|了)?(?!\S*(?:吗|么|[?？]))")
# A clause after a birth's time that moves the story on to the present.
MOVED_ON = re.compile(r"现在|目前|如今|后来|今年|这两年|最近|\bnow\b|these days|nowadays|\blater\b")
# What the birth's clause already says the family had then (insurance, a job): nothing is carried.
# 没工作 (out of work) is the time of the benefit named next, no job had.
SAID_THEN = re.compile(
    r"保险|医保|社保|生育险|(?<!没)上着?班|(?<!没)工作|insurance|working"
    # "i was between jobs", "out of a job", "lost my job": no job had, the time of the benefit
    r"|(?<!between )(?<!out of )(?<!out of a )(?<!no )(?<!lost my )(?<!lost his )(?<!lost her )"
    r"(?<!lost a )(?<!lost the )(?<!without a )\bjobs?\b"
)
# How long a benefit lasted, said after it: "shiyejin for like 8 months", "for about 2 years".
LASTED = re.compile(
    r"^\s*(?:\w+ )?for (?:like |about |around |almost |nearly |only |just )?(?:\d+|a|an|half a)"
    r"(?: and a half)? (?:months?|years?|weeks?|mos?|yrs?)\b"
)
PAST_ONLY = re.compile(
    r"以前|之前|前几年|去年|领了|领过|吃过|used to|before|\b(?:it|that) was\b"
    # 吃低保那几年正好夹在俩孩子中间, 领失业金那段时间: the benefit's time, told as gone by
    r"|(?:低保|特困|失业金)(?:的)?(?:那几年|那些年|那段时间|那段日子|那阵子?|那会儿?|那时候?|那年)"
    # "husband was on 失业金 Jan-Jun 2023", "we were on dibao from 2019 to mid 2022": held in a
    # time told, past tense, nothing said of now
    r"|\b(?:was|were|had|got)\b[^,.;!?]{0,40}\b(?:in|from|during|back in) (?:early |mid |late )?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )?(?:19|20)\d\d\b"
    r"|\b(?:was|were|had|got)\b[^,.;!?]{0,40}\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s*[-–—]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
# 失业金是前年领的, 低保是22年吃的: the benefit told by the past year it was had in, not now.
PAST_YEAR_HELD = re.compile(
    r"(?:前年|那年|那几年|早些年|(?<![\d了])(?:\d{2}|\d{4})\s*年)[^，,\s]{0,4}?(?:领|吃|拿)的"
)


# A birth told first, then the benefit started after it: "after our eldest born we start getting
# dibao", "after the twins came we went on tekun" (the births named had none).
STARTED_AFTER_A_BIRTH = re.compile(
    r"\bafter (?:[\w']+ ){0,3}(?:(?:was|were|got) )?(?:born|came|arrived|birth)\b[^,.;]{0,16}?"
    r"\b(?:start(?:ed|s)?|began|begin|went on|go on|got on|get on|applied|apply|got approved)\b"
    # "dibao start after laoda born": the start told first, in the present
    r"|\b(?:start|starts|begin|begins)\b[^,.;]{0,20}?\bafter (?:[\w']+ ){0,3}(?:(?:was|were) )?"
    r"(?:born|came|arrived)\b"
)
# The time of a birth told before, named again: "laoer no, | by then husband found job".
BY_THEN = re.compile(r"\bby (?:then|that time|the time)\b|\bat (?:that|the) time\b|\bback then\b")


# What follows "are"/"is" when a clause tells the children's ages, not a yes: "the older two are
# 8", "our eldest is 6 now", "the other ones were 9 months".
AGE_AFTER_VERB = re.compile(
    r"\s*(?:both |all |now |already |still |only |just )?\d{1,2}(?:\.\d)?"
    r"(?:\s*(?:and a half|y/?o|yrs?|years?|months?|mos?|weeks?|wks?)(?: old)?)?"
    r"(?:\s*(?:now|already|this year))?\s*"
)


def _yes(clause: str) -> re.Match[str] | None:
    """A yes in a short reply naming a birth; 是 joining words (老二是个闺女) is none, a 是 that
    ends the clause (孩子生的时候就是) is one."""
    return next(
        (
            m
            for m in AFFIRM.finditer(clause)
            if m.group(0) != "是" or re.match(r"的?(?:\s|$|[，,])", clause[m.end() :])
        ),
        None,
    )


# A reply opening with 在领 / 领着 and nothing more: the yes the README reads (在领 = yes).
BARE_HOLDING = re.compile(r"\s*(?:在领|领着|在吃|吃着|一直在领)(?:呢|的|啊|呀)?\s*")


def _bare_yes_to_births(clause: str, at: int, asked: str | None) -> bool:
    """在领 as the whole first part of the reply to "dibao at the births?": the yes to that
    question (在领 那会儿吃着低保呢), not a word of now (现在也还领着 says that)."""
    return asked == "hardship_at_birth" and at == 0 and bool(BARE_HOLDING.fullmatch(clause))


# The births set against those just named in one clause: "with laoda not laoer", 是老大不是老二.
NOT_THESE = re.compile(r"(?<=\w)\s+(?:and |but )?not (?:with |for |at |when )?(?=(?:the|our|my) )")


def _not_these(
    clause: str, orders: list[int], birth_orders: Callable[[str], list[int]]
) -> tuple[list[int], list[int], int]:
    """The births a clause names before "not", those it names after it, and where the "not"
    is (no births set against others: the orders as they are, none, and the clause's end)."""
    m = NOT_THESE.search(clause)
    if m is None or len(orders) < 2:
        return orders, [], len(clause)
    before, after = birth_orders(clause[: m.start()]), birth_orders(clause[m.end() :])
    if not before or not after:
        return orders, [], len(clause)
    return before, after, m.start()


TIME_AT_END = re.compile(r"(?:的时候|时候|那会儿?|那阵子?|那年|时)\s*(?:呢|啊)?\s*$")


def _only_the_time(clause: str) -> bool:
    """The part ends with the birth's time and says nothing of it (小的生的时候): the time of the
    benefit in the part after it (小的生的时候 特困也领着)."""
    return bool(TIME_AT_END.search(clause))


# A case put to the rules, no one's own: 领失业金期间生孩子 (济南给多少), 低保和失业金都领的话 (能叠加吗).
RULE_CASE = re.compile(
    r"(?:期间|的时候|时候|时)\s*(?:生|怀)了?(?:孩子|娃|小孩|宝宝|\d胎)|的话\s*$"
    r"|(?:停|断|没|取消|到期|领完)了?(?:以后|之后)\s*$"  # 低保停了以后 (补贴会不会也停): the case put
)
# A question put as "A not A" or "what is there" (会不会也给停了, 有啥政策), of the case before it.
CASE_ASKED = re.compile(
    r"会不会|能不能|可不可以|是不是|有没有|(?<!没)有(?:啥|什么)(?:政策|补贴|补助|说法|待遇)"
)


def _newest_birth(
    parts: list[tuple[int, str]], birth_orders: Callable[[str], list[int]], latest: int = 0
) -> list[int]:
    """The latest birth the message names: 这回 is that one, though an older birth was named
    last (上周三生的二胎 老大那会儿家里领低保 这回没领: the second); else the latest known
    (老大那会没有 这次有, "not when the big one came. this time yes": the newest child's)."""
    newest = max((o for _, p in parts for o in birth_orders(p)), default=0)
    newest = max(newest, latest)
    return [newest] if newest > 0 else []


# A time of its own in a clause: 前年就停了, 上个月断了, 后来不领了 (not a bare 不吃了).
OWN_TIME = re.compile(r"\d|年|月|天|前|后|已经|现已|早就|" + NOW.pattern + "|" + MOVED_ON.pattern)


def _stop_of_the_birth_before(
    clause: str, found: list["HardshipSaid"], at: int, births: object, orders: list[int]
) -> bool:
    """A bare stop (不吃了, 不领了) right after the part telling a birth with no benefit at it
    (二孙子出生那会儿儿子找着活了): the stop at that birth's time, no word of now."""
    last = found[-1] if found else None
    return (
        last is not None
        and last.when == "birth"
        and not last.held
        and last.at == at - 1
        and not births
        and not orders
        and not OWN_TIME.search(clause)
        and bool(re.search(r"[\u4e00-\u9fff]", clause))  # told in Chinese: 不吃了, 不领了
    )


# A birth told after a stop, set against it: 老二是上班以后生的, 之后才生的老三.
BIRTH_AFTER_THE_STOP = re.compile(r"(?:以后|之后|后来|后)(?:才|又)?(?:出)?生(?:的|了)?")
# A birth told with no benefit at it: 生老二的时候就没领, 生老二就没领, 老二出生那会儿啥也没领.
BIRTH_WITHOUT = re.compile(r"(?:生|有|添)了?" + _ORDER_WORD + r"(?:就|也|都|还)")
# A stop told with a time of its own (上个月刚断, 今年五月停的, 已经停了): a time set against now.
STOP_OF_ITS_OWN_TIME = re.compile(r"\d|年|月|天|刚|已经|早就|早都|前")


def _stop_before_a_later_birth(clause: str, parts: list[tuple[int, str]], at: int) -> bool:
    """A stop told with no time of its own nor word of now (后来找着工作了, 后来就不领了), a later
    part telling a birth set after it (老二是上班以后生的) or a birth without the benefit (生老二的时候
    没领): the time between the births, not now."""
    if (
        EXPLICIT_NOW.search(clause)
        or STOP_OF_ITS_OWN_TIME.search(clause)
        or not re.search(r"[\u4e00-\u9fff]", clause)
    ):
        return False
    later = [p for j, p in parts if j > at]
    return any(
        BIRTH_AFTER_THE_STOP.search(p)
        or ((BIRTH_TIME.search(p) or BIRTH_WITHOUT.search(p)) and NEGATION.search(p))
        for p in later
    ) and not any(EXPLICIT_NOW.search(p) for p in later)


def _or_named(orders: list[int], named: int | None) -> list[int | None]:
    """The birth orders a clause names, else the one the message named, else no order."""
    return list(orders) or [named]


@dataclass(frozen=True)
class HardshipSaid:
    """Hardship said of a time: now, every birth (child None) or one birth (child = order).
    `explicit`: the clause names the time (现在, now) rather than implying it."""

    when: str  # "now" | "birth"
    held: bool
    child: int | None
    at: int
    span: str
    explicit: bool = False


# A part opening with a benefit's name: "and dibao for the birth money".
OPENS_WITH_BENEFIT = re.compile(r"\s*(?:the\s+)?(?:" + HARDSHIP.pattern + ")")


def _question_goes_on(question: str, part: str) -> bool:
    """The part before asked about a benefit and ended with its name, and this part opens with
    another ("whats the difference between tekun | and dibao for the birth money"): the two
    names were joined by "and", one question, no benefit of the family's."""
    if not question:
        return False
    last = next(reversed(list(HARDSHIP.finditer(question))), None)
    return (
        last is not None
        and not question[last.end() :].strip()
        and bool(OPENS_WITH_BENEFIT.match(part))
    )


def _other_births_set_against(
    clause: str, orders: list[int], found: list[HardshipSaid], at: int
) -> bool:
    """A part like "not the 2nd" right after a part that answered for a birth: the births it
    names had the other answer ("it was the 1st birth we had tekun, not the 2nd"), no date."""
    return (
        bool(CONTRAST.match(clause) and orders)
        and not re.search(r"月|号|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", clause)
        and any(h.when == "birth" and h.child is not None and h.at == at - 1 for h in found)
    )


def _last_benefit_held(parts: list[tuple[int, str]]) -> bool:
    """The last part before naming a benefit says it held (低保领了五年), not 没领过低保."""
    named = [(p, w) for _, p in parts if (w := HARDSHIP.search(p))]
    return bool(named) and not _negated(*named[-1])


# A no told after the benefit named (现在失业金没领, 低保现在没领, 低保失业金啥的都没有, 特困现在也不吃了,
# 特困也不领了); not one still to come (失业金还没领完: on it now), nor a question (低保现在没领吗).
DENIED_AFTER = re.compile(
    r"(?:\s*[、和跟与及或/]?\s*(?:低保|特困(?:供养)?|失业(?:保险)?金))*\s*(?:啥的|什么的|之类的?|这些|那些|等)?"
    # 低保特困失业金 俺家一样都没沾过: the family named, "not one of them" (probe zh-9024)
    r"\s*(?:(?:俺|我|咱)(?:们)?家?|家里|(?:俺|我|咱)们)?\s*(?:一样|哪样|哪个|样样)?"
    r"\s*(?:现在|目前|如今)?\s*(?:都|也|全|还|早就|已经|一直)*\s*"
    r"(?:(?:没|不|无)有|(?:没|不再|不|无)(?:在|再)?(?:领|吃|拿|享受|沾|碰|摊上|赶上)"
    r"|(?:没|未)(?:有)?(?:批|办|评|申请)(?:下来|上|到)"  # 低保还没批下来: not yet had
    r"|没(?=\s*(?:$|了|啊|呀|呢)))"  # 低保失业金都没: a bare no closing the part
    r"(?!完|光)(?!\S*(?:吗|么|[?？]))"
)


# A benefit named against another, the one the family did not have: "it was shiyejin not dibao",
# "tekun rather than dibao", 是失业金不是低保.
OTHER_BENEFIT = re.compile(
    r"(?:\b(?:and )?(?:not|rather than|instead of)\s+(?:the\s+)?|不是)(?=" + HARDSHIP.pattern + ")"
)


# 这不 opening a clause as "you see", not a no: 这不上个月刚批下来, 这不是刚办上嘛 (not 这不是低保).
ASIDE = re.compile(r"^\s*这不(?:是)?(?=\s*(?:上|前|昨|今|去|这|刚|才|又|\d))")


def _aside_blanked(clause: str) -> str:
    """The clause with an opening 这不 ("you see") blanked: 这不上个月刚批下来 is a start told."""
    m = ASIDE.match(clause)
    return clause if m is None else " " * m.end() + clause[m.end() :]


# A birth before the benefit began: 大的那个生在领低保以前, 老大是吃低保之前生的, 出生在领失业金前头.
BORN_BEFORE_IT = re.compile(
    r"(?:生|出生)(?:在|于)?\s*(?:开始)?(?:领|吃|拿)?(?:上)?(?:"
    + HARDSHIP.pattern
    + r")(?:之|以)?前"
    r"|(?:开始)?(?:领|吃|拿)(?:上)?(?:"
    + HARDSHIP.pattern
    + r")(?:之|以)?前(?:头)?(?:就)?(?:生|出生)(?:的|了)"
    # 外孙女是低保停了以后才生的, 老二是失业金领完之后生的: born after the benefit ended
    r"|(?:"
    + HARDSHIP.pattern
    + r")(?:就|都)?(?:停|断|退|取消|领完|吃完|到期|没)(?:了|掉)?(?:之|以)?后(?:才|又)?(?:生|出生)"
    # "the older one before dibao", "our first was born before we got tekun"
    r"|(?:\bborn|\bcame|\barrived|\bone|\beldest|\boldest|\bfirst|\bsecond|\bthird|[\u4e00-\u9fff\u2060])"
    r"\s+(?:[-–—:]\s+)?before (?:we (?:got|had|went on|were on|started) )?(?:the |any )?(?="
    + HARDSHIP.pattern
    + r")"
)
# A birth after the benefit named earlier ended, the benefit left unsaid (生老大那会儿领着失业金 | 领完了
# 以后才生的老二, 后来停了才生的二宝, 老三是到期之后生的): none at that birth.
BORN_AFTER_IT_ENDED = re.compile(
    r"(?:停|断|退|取消|领完|吃完|到期|没了)(?:了|掉)?\s*"
    r"(?:(?:之|以)?后(?:头|来)?\s*(?:才|又|再)?|(?:才|又|再))\s*(?:生|出生|要|怀)"
)
# A birth told after the benefit the part before ended: "(dibao ended in oct,) ds was born after".
BORN_AFTER_EN = re.compile(
    r"\b(?:born|came|arrived)\b(?:\s+\w+){0,2}?\s+after(?:wards)?\b"
    r"(?:\s+(?:that|it|(?:it|that|this) (?:ended|stopped|ran out|was over)))?\s*[.!]*\s*$"
)
BENEFIT_ENDED_EN = re.compile(r"\b(?:ended|stopped|ran out|finished|was cut|got cut|cut off)\b")
# A birth before the benefit named earlier, the benefit said as "it": "both our kids were born before
# we ever had it", "the eldest came before we got any of that", "she was born before it started".
BORN_BEFORE_IT_ELIDED = re.compile(
    r"\b(?:born|came|arrived)\b[^,.;]{0,12}?\bbefore (?:(?:we|i|they|he|she|(?:my|our|his|her) \w+)"
    r" (?:ever |even |first |had |'d |were |was )?(?:had|got|get|went on|were on|was on|started|began"
    r"|applied for|signed up for|qualified for|been on|getting|on)(?: (?:it|that|them|any(?: of (?:it|that))?))?"
    r"|(?:it|that|any of (?:it|that)|all (?:of )?that) (?:started|began|kicked in|came))\s*[.!]*\s*$"
)
# A birth before the job was lost, the unemployment benefit named in the message: "our first came
# before the layoff, the second while i was on shiyejin", "born before he lost his job".
UNEMPLOYMENT_NAMED = re.compile(r"失业(?:保险)?金|unemployment|shi ?ye ?jin|\bshiye\b|jobless")
BORN_BEFORE_JOB_LOST = re.compile(
    r"\b(?:born|came|arrived)\b[^,.;]{0,12}?\bbefore (?:(?:the|my|his|her|our) (?:layoff|lay-off"
    r"|job loss)|(?:i|he|she|we|my \w+) (?:lost (?:my|his|her|our|the) jobs?|got laid off|was laid off"
    r"|were laid off|got fired))\b"
)
# The benefit held up to a time told (低保从22年领到24年, 失业金领到去年年底, 吃到上个月): ended then
# when that time is past.
HELD_UNTIL = re.compile(
    r"(?:领|吃)(?:到|至)\s*(?:(?:(?P<y>(?:19|20)?\d{2})|(?P<this>今年))\s*年?\s*(?:(?P<mo>\d{1,2})\s*月)?"
    r"|(?P<rel>去年|前年|大前年|上个?月)"
    r"|(?P<rel2>[^，,\s]{0,3}(?:满月|百天|100天|出生|落地|\d{1,2}个?月大|\d{1,2}岁)))"  # 一直领到孩子满月: a time in a born child's life
    # "she was on unemployment benefit until Oct 2026", "dibao till march": held up to then
    r"|\b(?:until|till|til|up to|up until|through)\s+(?:(?:the )?(?:early|mid|late|end of|start of)[- ])?"
    r"(?:(?P<enmo>jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec)[a-z]*\.?(?:\s+|$))?(?P<eny>(?:19|20)\d{2})?\b"
)
EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# The right one said after "not that one" (低保不是生老大时候吃的 是生老二时候).
IS_INSTEAD = re.compile(r"\s*(?:而|其实|应该)?是(?!不是)")


# The benefit's time said to fall between births (夹在俩孩子中间, 正好在老大老二中间, 在两个孩子之间):
# none at the births it lies between.
BETWEEN_BIRTHS = re.compile(
    r"(?:夹|卡)?在[^，,。]{0,4}?(?:\d个?(?:孩子|娃|小孩|宝)|(?:生)?(?:老[\d大小]|大宝|\d宝|头胎|\d胎)"
    r"[^，,。\s]{0,4}?)(?:的)?(?:中间|之间)"
)
# Over long since, said alone after the benefit (早不是了, 早就不领了, 早都没了): not held now.
LONG_OVER = re.compile(r"\s*(?:早就?|早都|早已)(?:不是|不领|不吃|没有?|停|断)了?(?:啊|呀|呢)?\s*$")


def _held_to_a_childs_time(clause: str) -> bool:
    """The benefit is said held up to a time in a child's life (一直领到孩子满月): the story of
    that birth, no word of now."""
    m = HELD_UNTIL.search(clause)
    return m is not None and m.group("rel2") is not None


def _held_to_a_past_time(clause: str, today: date | None) -> bool:
    """The benefit is said held up to a year or month already past (低保从22年领到24年, told in
    2026; 领到去年): it ended then, not held now."""
    m = HELD_UNTIL.search(clause)
    if m is None or today is None:
        return False
    if m.group("rel") or m.group("rel2"):
        return True
    if m.group("enmo") or m.group("eny"):  # "until Oct 2026": a month without a year is this year's
        year = int(m.group("eny") or today.year)
        month = EN_MONTHS.index(m.group("enmo")) + 1 if m.group("enmo") else 13
        return year < today.year or (year == today.year and month < today.month)
    if m.group("y") is None and m.group("mo") is None:
        return False  # 领到今年: not yet over
    year = today.year if m.group("y") is None else int(m.group("y"))
    year = year + 2000 if year < 100 else year
    month = int(m.group("mo") or 13)  # 领到今年5月, told in July: over
    return year < today.year or (year == today.year and month < today.month)


def _other_benefit_blanked(clause: str) -> str:
    """The clause with a benefit named against the one had (after it) blanked out: "that was
    shiyejin not dibao" is a yes, shiyejin, not a no."""
    first = HARDSHIP.search(clause)
    if first is None:
        return clause
    against = OTHER_BENEFIT.search(clause, first.end())
    if against is None:
        return clause
    named = HARDSHIP.match(clause, against.end())
    end = named.end() if named else against.end()
    return clause[: against.start()] + " " * (end - against.start()) + clause[end:]


# A no said of the subject, far before the benefit: "neither of us has ever been on dibao",
# "nobody in the family has ever received …", "we have never been on …".
FAR_DENIAL = re.compile(
    r"\b(?:neither|none|nobody|no one|no-one)(?: of (?:us|them))?\b(?![^,.;!?]*\b(?:but|except)\b)"
    r"[^,.;!?]*$|\bnever\b[^,.;!?]*$",
    re.I,
)


# A job lost, said with 没 (没了工作, 工作没了): no benefit denied.
JOB_GONE = re.compile(r"没了工作|没有工作了|丢了工作|工作(?:也)?没了|没了活|没活干了")


def _negated(clause: str, word: re.Match[str] | None) -> bool:
    clause = NOT_STOPPED.sub(lambda m: " " * len(m.group(0)), clause)  # 到现在也没断: still on
    clause = FUTURE_END.sub(lambda m: " " * len(m.group(0)), clause)  # 还有俩月就领完了: still on
    # 俺男人没了工作在领失业金: the job gone, the benefit had (probe zh-9366)
    clause = JOB_GONE.sub(lambda m: " " * len(m.group(0)), clause)
    if STOPPED.search(clause):
        return True
    if word is None:
        return bool(NEGATION.search(clause))
    if word.group(0).startswith("no "):
        return True  # "no benefits"
    before = clause[: word.start()].rstrip()
    window = 14 if not before or before[-1].isascii() else 4  # "no more 失业金": English before it
    if DENIED_AFTER.match(clause, word.end()):
        return True  # 现在失业金没领, 低保失业金啥的都没有: the no after the benefit
    if FAR_DENIAL.search(clause[max(0, word.start() - 40) : word.start()]):
        return True  # "neither of us has ever been on dibao": the no said of the subject
    return bool(NEGATION.search(clause[max(0, word.start() - window) : word.start()]))


# One more child told (还有个大的三年级, 上面还有个哥哥十岁): its 有 is no yes to a benefit.
ANOTHER_CHILD_TOLD = re.compile(
    r"\s*(?:上面|上头|前面|下面|底下|家里|另外)?(?:还|另外)?有(?:个|一个|1个|俩|两个|2个)"
    r"(?!.*(?:低保|特困|失业|补助|救助))"
)


# Which child a measure reaches, asked (哪个孩子能享受, 哪几个娃算): no birth's benefit told.
WHICH_CHILD_ASKED = re.compile(
    r"哪(?:个|几个|些|一个)(?:孩子|娃|宝宝|小孩)?(?:能|可以|算|有|享受|符合)"
)


PER_BIRTH_ANSWER = re.compile(
    r"[^年月岁号天周米]{1,10}?(?:那会儿?|那时候?|的时候|时候)?(?:就|早就|已经|都已经)?(?:也|都|还)?"
    r"(?:(?P<no>没有|没领过?|未领取?|未享受|否|没吃过?|没(?:批|办|评)(?:下来|上)|没(?:赶|碰)上|没|不是|不(?:再)?(?:领|吃|拿)|无"
    r"|停|断)|有|(?:正|还)?在(?:领|吃)"  # 老三没赶上, 老大无, 老二那会停了: no benefit at that birth
    r"|领了|领过|领着|吃过|吃着|是的|是|(?:批|办|评)(?:下来|上)|(?:赶|碰)上)"  # 小的那会儿还没批下来: not yet approved
    r"(?:的|了|过|呢|啊|着)?\s*"
)


# A question of a child (老大上幼儿园有啥优惠没, 老二能上吗): its 没 is the question's tag, no
# answer for that birth (tester 48 c8 had 老大's birth read as without dibao).
ASKED_OF_A_BIRTH = re.compile(r"[吗么嘛？?]|能不能|可不可以|多少|怎么|咋|(?<![领吃])(?:啥|什么)")


# The family said to be getting by at a birth (老大那时候家里还行, 生老二那会儿日子还过得去): no
# benefit then.
GETTING_BY = re.compile(r"(?:还行|还可以|还好|过得去|不困难|不缺钱|宽裕|不差钱)(?:吧|呢|啊)?\s*$")


def _per_birth_answer(
    clauses: Clauses, birth_orders: Callable[[str], list[int]]
) -> list[HardshipSaid]:
    """To "dibao at the birth?": 老大有 老二没有, a yes or no for each birth named."""
    found: list[HardshipSaid] = []
    for i, (_, clause) in enumerate(clauses):
        orders = birth_orders(clause)
        if orders and GETTING_BY.search(clause) and not HARDSHIP.search(clause):
            for order in orders:  # 老大那时候家里还行: no benefit at that birth
                found.append(HardshipSaid("birth", False, order, i, clause))
            continue
        m = PER_BIRTH_ANSWER.fullmatch(clause)
        if (
            not orders
            or not m
            or not re.search(r"有|没|无|领|吃|是|批|办|评|赶上|碰上|停|断", clause)
            or ASKED_OF_A_BIRTH.search(clause)
        ):
            continue
        for order in orders:
            found.append(HardshipSaid("birth", not m.group("no"), order, i, clause))
    return found


# 领 with nothing named after it, told as a fact: 现在领, 那时候没领, 是现在才领的, 已经不领了,
# 没领啥 (nothing drawn).
TAKEN_BARE = re.compile(r"领取?(?:过|着|了|的)?(?:啥|什么)?(?:呢|啊|吧)?\s*$|领的")
# What else is taken (补贴, 津贴, 产假, 证): 领 is then of that, not of a benefit.
OTHER_TAKEN = re.compile(r"补贴|补助|津贴|奖|钱|证|工资|假|卡|票|费|待遇|东西|快递|号|育儿|托育")
# Other measures asked about after the benefit told (就问问有没有别的补贴, 还有啥其他补助): not
# the thing said to be drawn.
OTHER_ASKED = re.compile(
    r"(?:有没有|有啥|有什么|还有|问问)?(?:别的|其他|其它|另外的)(?:啥|什么)?(?:补贴|补助|福利|待遇)"
)
# A question, also put as "A not A" (是看生娃那天在不在领).
QUESTION_CN = re.compile(
    r"[吗么嘛？?]|能不能|可不可以|多少|怎么|咋|(?P<q>[领吃在有算])[不没](?P=q)"
    r"|(?:能|可以)[^，,。\s]{0,4}吧"  # 那从现在起能领吧: the money asked, no benefit (tester 79)
)


# A child said to draw (老二现在还在领吧, 孩子还能领吗): the child's subsidy, not the family's dibao.
CHILD_DRAWS = re.compile(
    r"(?:老(?:[大二三四幺]|\d)\u2060?|[大二三小\d]\u2060?宝|孩子|娃|宝宝|孙子|孙女|外孙女?)(?:现在|目前|还|也|都|能|可以|在|一直)*(?:领|拿)"
)


def _benefit_unnamed(clauses: Clauses, whole: str) -> bool:
    """The benefit is not named and the bot asked nothing of it, but 领 is told at a birth or
    now (生孩子那时候没领 现在领, 现在已经不领了 去年就停了, 小的出生时没领 是现在才领的): in
    this chat the only thing a family is said to draw, or no longer draw, is that benefit."""
    if HARDSHIP.search(whole) or OTHER_TAKEN.search(OTHER_ASKED.sub(" ", whole)):
        return False
    told = [
        c
        for _, c in clauses
        if TAKEN_BARE.search(c) and not QUESTION_CN.search(c) and not CHILD_DRAWS.search(c)
    ]
    for (_, time), (_, said) in pairwise(clauses):
        if said in told and BIRTH_TIME.search(time) and _only_the_time(time):
            return True  # 宝宝出生的时候 | 家里啥也没领: 领 told of the birth just named
    return bool(told) and (
        any(
            BIRTH_TIME.search(c)
            or EXPLICIT_NOW.search(c)
            or STOPPED.search(c)
            or NAMED_TIME.search(c)  # 第二胎双胞胎那回领了: the time of a birth named
            for c in told
        )
        # 不是都领了 | 生老大时候没有: 领 said, then a birth answered yes or no beside it
        or any(BIRTH_TIME.search(c) and BIRTH_ANSWERED_BARE.search(c) for _, c in clauses)
    )


# A birth's time answered with a bare yes or no (生老大时候没有, 老二出生那会儿有).
BIRTH_ANSWERED_BARE = re.compile(
    r"(?:时候|时|那会儿?|那阵子?)\s*(?:也|都|还|就)?(?:没有|没|有|在领|领着)(?:的|了|呢)?\s*$"
)


# A job lost (下岗, 失业, 被裁): the unemployment benefit is what the family speaks of.
JOB_LOST = re.compile(r"下岗|失业(?!金|保险)|被裁|裁员|丢了工作|没了工作")


def _job_lost_after_a_birth(clauses: Clauses, whole: str) -> bool:
    """A job lost told beside a birth when there was still work (老二生下来半年 俺男人才下岗 生老二的
    时候还有工作): no unemployment benefit at that birth, though no benefit is named."""
    return bool(JOB_LOST.search(whole)) and any(
        BIRTH_TIME.search(c) and WORKING.search(c) and not NEGATION.search(c) for _, c in clauses
    )


# A question about a measure or money (那老大有补贴吗, "can we get the 600?"): no yes or no to a
# question the bot asked.
MEASURE_ASKED = re.compile(
    r"(?:补贴|补助|钱|能领|领多少|多少|几天|假|贷|票|奖励)[^，,]{0,6}(?:吗|么|嘛|呢|[?？])|有没有|能不能|可不可以"
    r"|多少钱|能领多少|能拿多少|给多少|发多少|领几年|发到几岁"
    r"|\b(?:can|could|do|does|will) (?:we|i|they|he|she)\b[^,.]{0,30}\b(?:get|have|claim|receive)\b|how much|how many|how long"
)


# A question of the user's own (要带什么材料, 去哪办, "where do we apply?"): no answer to the bot's;
# not a time told (那几年, 前几个月, 好几年, 没几天, 领了几年).
ASKING = re.compile(
    r"[吗么嘛？?]|怎么|哪里|哪儿|去哪|(?:带|要|需要|准备)(?:什么|啥)|多少|(?<![那这好前头后十没了过])几[天个年月岁]"
    r"|\b(?:how|what|where|which|why)\b",
    re.I,
)


# A question put by a closing 不 (特困户生孩子有一次性补助不, 补贴跟普通人一样不, 能多给点不).
ASKED_BY_BU = re.compile(r"(?<![不没])不\s*(?:呢|啊|呀)?\s*$")
# A question closed by 不 after what is asked (免费不, 能报不, 要钱不, 行不): no answer of 不 itself.
ASKED_BY_BU_AFTER_A_VERB = re.compile(
    r"(?:免费|要钱|花钱|能|可以|行|够|算|给|交|报|办|有用|管用)[^，,。\s]{0,4}?(?<![不没])不\s*(?:呢|啊|呀)?\s*$"
)


# A kind of family named by its benefit, alone, with a birth it would have or with its child
# (特困供养的家庭, 低保户, 领低保的家庭生二胎, 领失业金的人生孩子, 低保户生的孩子): the family a
# rule is asked about.
KIND_OF_FAMILY = re.compile(
    r"\s*(?:像|对于|对)?[^，,\s]{0,8}?(?:(?:的)?(?:家庭|人家|户|人员)(?!口|籍)|的人(?!家))"
    r"(?:的话|(?:生|出生)?的(?:孩子|娃|小孩|宝宝))?"
    r"(?:\s*$|(?:要是|如果)?(?:再)?(?:生|怀|添|要))"
)


# Now told with the benefit's verb only, the benefit named after (现在没领了, 现在还在领, 如今不吃了).
NOW_HOLDING = re.compile(
    r"(?P<no>(?:没|不)(?:再)?(?:领|吃)(?:了|啦)?)|(?:还|也|又|一直|正)(?:在)?(?:领|吃)|在领|领着|吃着"
)


def _now_before_the_benefit(clause: str, later: list[tuple[int, str]]) -> str | None:
    """ "held" or "not held" for a clause telling now by the benefit's verb alone, with the
    benefit named in a later part: 现在没领了 生老大时候领过失业金."""
    if not EXPLICIT_NOW.search(clause) or not any(HARDSHIP.search(p) for _, p in later):
        return None
    m = NOW_HOLDING.search(clause)
    if m is None:
        return None
    return "not held" if m.group("no") else "held"


# Words putting a fact right ("no wait", "actually", 不对, 说错了) and a date or age told with
# them: a correction of the births' dates, not a no to the hardship question.
CORRECTING = re.compile(
    r"\bno,? wait\b|\bwait\b|\bactually\b|\bsorry\b|\bi meant\b|\bmy bad\b|\boops\b"
    r"|不对|说错|搞错|记错|弄错|写错|打错|其实|更正|纠正"
)
DATE_TOLD = re.compile(
    r"\d|\bborn\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|出生|生的"
    r"|[一二三四五六七八九十]+(?:月|岁)",
    re.I,
)


# A child said not to exist ("没有第四个啊", 哪来的老四, "there's no 4th"): a count put right.
CHILD_DENIED = re.compile(
    r"(?:没有|没|哪来的?|哪有)\s*(?:第\s*\d\u2060?\s*个|老\s*\d|\d\s*宝)"
    r"|\bno (?:\d(?:st|nd|rd|th)|fourth|third|second) (?:one|child|kid|baby)?"
    r"|there(?:'s| is) no (?:\d(?:st|nd|rd|th)|fourth|third)",
    re.I,
)


# A clause put as an English question, its question mark left out: "whats tekun exactly", "do we
# apply at the jiedao for the dibao extra", "can we get both".
EN_QUESTION = re.compile(
    r"\s*(?:so |and |but |also |ok |hi |hello )?(?:what'?s|what (?:is|are|does|do)|whats|how (?:do|does|can|much|long|many)"
    r"|where (?:do|does|can|is)|(?:do|does|did|can|could|should|would|will) (?:we|i|you|they|he|she)"
    # "who do i ask at the jiedao for the tekun paper", "which office handles dibao"
    r"|who (?:do|does|can|should|would|will|to)"
    r"|(?:which|what) (?:office|department|place|one|forms?|papers?|documents?|docs|materials?)"
    # "…ends just before the baby come, still count?": whether it counts, asked
    r"|(?:still |it still |that still )?(?:counts?|qualif(?:y|ies))(?=\s*[?？]|\s*$)"
    r"|is (?:it|this|that|there)"
    r"|what (?:counts|qualifies)"  # "what counts as tekun exactly"
    # "is tekun same as dibao", "does shiyejin count": the benefit itself asked about
    r"|(?:is|are|does|do|would|will|can|could|should) (?:the |a |an )?(?:dibao|tekun|te kun|shiyejin"
    r"|unemployment (?:benefits?|money|pay)|welfare|benefits?|special hardship))\b"
)
# The family's own benefit told inside such a question: "can we get more since we're on dibao".
HELD_IN_QUESTION = re.compile(
    r"\b(?:since|because|as) (?:we|i|he|she)\b|\b(?:we|i)(?:'re| are|'m| am| were| was) (?:on|getting)\b"
    # "how do we prove that we got unemployment benefit when …": the benefit held, its proof asked
    r"|\b(?:prove|show|certify|document|demonstrate|verify|confirm)(?: that)? (?:we|i|my \w+|she|he)"
    r" (?:got|had|received|claimed|(?:was|were) getting)\b"
)


# The proof of a benefit asked for: "how do i prove we were on dibao when …", "how can we show we
# were getting tekun": the benefit held, the paper asked about.
PROOF_ASKED = re.compile(
    r"\b(?:prove|proof|show|certify|document|demonstrate|evidence|verify|confirm)\b"
)


# A benefit only applied for, no approval told: "we applied for dibao in march", "applying for
# shiyejin now".
APPLIED_ONLY = re.compile(
    r"\b(?:applied|applying|apply|signed up|signing up|registered) for (?:the )?$"
    # "thinking to apply dibao", "we applied tekun last week": Chinese English, no "for" (not
    # "if we apply dibao before the birth", the case put)
    r"|\b(?:applied|applying|(?:thinking|planning|plan|want|wanna|going|trying|try|need) to apply)"
    r"\s+(?:the )?$"
)
GRANTED = re.compile(
    # not "didnt have it when he was born", the benefit not held
    r"(?<!n't )(?<!nt )(?<!not )(?<!never )\b(?:got|get|have|has|receive|received) (?:it|them|that)\b"
    r"|(?<!not )(?<!n't )(?<!nt )\bapproved\b"
)


# The writer does not know ("for the first two i dont remember", "not sure about the eldest",
# 老大那会儿记不清了): no yes or no for the births the part names.
UNSURE = re.compile(
    r"\b(?:i|we)\s*(?:don'?t|do not|dont|can'?t|cannot|cant|couldn'?t) (?:really )?(?:remember|recall)\b"
    r"|\b(?:not|n't) (?:too |so |really )?sure\b|\bno idea\b|\b(?:i|we) (?:forget|forgot)\b"
    r"|记不(?:清|得|起来)|不记得|想不起来"
    # 不知道孙女出生那会儿领没领: the answer asked of oneself
    r"|(?:不知道|不清楚|不确定|说不好)[^，,。]{0,14}(?:领没领|吃没吃|有没有领|有没有吃|是不是)"
)
# A benefit only guessed at ("那时候我可能还在领失业金", "we might still be on dibao when the baby
# comes"): not known, so the answer stays conditional on it (tester 20 c06 had it as certain).
HEDGED = re.compile(
    r"(?<!不)可能(?!性)|也许|或许|说不定|不一定|\b(?:maybe|might|perhaps|possibly|probably)\b", re.I
)
# A part that tells something of the births it names: an answer, a date or an age.
ANSWERED = re.compile(r"\d\s*(?:年|月|岁|天|号)|[有没不]|\b(?:yes|no|not|born)\b")


# A child said not born yet ("the second one, not yet born", "the baby isnt born yet", 老二还没生):
# no birth to answer for.
NOT_YET_BORN = re.compile(
    r"\bnot (?:yet )?born\b|\b(?:isn't|aren't|wasn't) born yet\b|\bnot (?:here|out) yet\b"
    r"|\bstill on (?:the|its|his|her) way\b"
    r"|(?:还没(?:出)?生|还没出世|还在肚子里)(?:呢|啊|哪)?\s*$"  # not 还没生的时候就领了
)


def _birth_to_come(clause: str) -> bool:
    """The part only says a child is not born yet, naming no benefit ("not yet born")."""
    return bool(NOT_YET_BORN.search(clause)) and not HARDSHIP.search(clause)


# A benefit only denied, no verb and no time: "no tekun", "nor shiyejin", "and no unemployment pay".
BARE_DENIAL = re.compile(
    r"\s*(?:and |or )?(?:no|not|nor|neither) (?:any )?(?:the )?(?:"
    + HARDSHIP.pattern
    + r")\s*(?:either)?\s*"
)
# A benefit named as an example of a kind: 低保啥的, 失业金什么的, 低保特困这些.
EXAMPLE_OF = re.compile(
    r"\s*(?:啥的|什么的|之类的?|这些|那些|这类|一类的|等等)"
    # 没领过任何补助 | 低保失业金都没: the benefits listed, the same no for all of them
    r"|(?:\s*[、和跟与及或/]?\s*(?:低保|特困(?:供养)?|失业(?:保险)?金))+\s*(?:都|也|全)"
)


def _example_of_the_answer_before(
    clause: str,
    word: re.Match[str] | None,
    held: bool,
    found: list[HardshipSaid],
    at: int,
    timed: bool,
) -> bool:
    """The part names a benefit as an example (低保啥的都没有) of the answer the part before gave
    at a birth, with the same yes or no and no time of its own (生的时候 俺家没在领任何补助 | 低保
    啥的都没有, 老二出生那会没啥补贴 | 失业金之类的都没领): that answer said again, not now."""
    return (
        word is not None
        and not timed
        and EXAMPLE_OF.search(clause, word.end(), word.end() + 10) is not None
        and not EXPLICIT_NOW.search(clause)
        and bool(found)
        and found[-1].when == "birth"
        and found[-1].at == at - 1
        and found[-1].held == held
    )


# A stop told by the time to a birth after it (停了才十来天就生了, 断了半个月老二就出来了): that
# birth's story, no word of now.
STOP_THEN_BORN = re.compile(
    r"(?:断|停|领完|到期|取消)(?:了|掉)?[^，,。]{0,10}?(?:就|才)?(?:生了|生的|出生了?|出来了|落地|生下)"
)
# A part opening with 也 before the benefit it names (也不是特困, 也没领失业金, 也是低保户), no time of
# its own: the answer of the births just told, for that benefit too.
ALSO_OPENING = re.compile(
    r"\s*(?:那|而且|并且)?(?:也|同样)(?:都)?(?P<no>不是|没(?:有)?(?:在)?(?:领|吃|拿)?(?:过|着)?|不(?:领|吃))?"
    r"(?:是|在)?(?:领|吃|拿)?(?:着|过|的)?\s*$"
)
# A part that is only the benefit and its verb (领着特困, 领的是低保, 吃的低保, 是失业金): what was
# had, named after a bare yes.
BENEFIT_ONLY = re.compile(
    r"\s*(?:是|就是)?(?:领|吃|拿)?(?:着|的|了)?(?:是)?\s*(?:" + HARDSHIP.pattern + r")"
    r"(?:供养)?(?:户|金)?(?:的|呢|啊|吧)?\s*"
)


def _names_the_benefit_answered(
    clause: str, last: HardshipSaid | None, at: int, prior: str
) -> bool:
    """The part only names a benefit, right after a part that said yes at a birth without
    naming one (老大出生那会有 | 领着特困, 生的时候领了 | 是低保): the benefit of that yes, not
    a word of now."""
    return (
        last is not None
        and last.when == "birth"
        and last.held
        and last.at == at - 1
        and not HARDSHIP.search(prior)
        and BENEFIT_ONLY.fullmatch(clause) is not None
    )


def _answer_before_a_question(clauses: Clauses) -> Clauses:
    """The clauses answering the benefits question before a question of the citizen's own
    (老二出生的时候没有 那时候还没领 | 那老二也能加200吗): the answer, the question left for the
    answers (tester 52 c01 was asked the same again). All of them when the message opens with
    a question ("那老大有补贴吗")."""
    asking = [
        i
        for i, (_, c) in enumerate(clauses)
        if MEASURE_ASKED.search(c) or ASKING.search(c) or re.search(r"是吧|对吧|对不对", c)
    ]
    if not asking or asking[0] == 0:
        return clauses
    # 俩小的还没办医保 | 现在办要自己掏钱吗: a "not yet" of another matter, no answer (tester 78 c4)
    return [(o, c) for o, c in clauses[: asking[0]] if not OTHER_MATTER.search(c)]


# Another matter a clause tells of, not the benefits at a birth: the insurance, the housing
# fund, the hukou, a home.
OTHER_MATTER = re.compile(
    r"医保|保险|社保|公积金|户口|户籍|房子|买房|租房|insurance|housing fund|hukou", re.I
)


# One benefit's name put in place of another's (是特困供养 不是低保, 不是低保是失业金), and a part
# that only names one (是特困供养 | 不是低保).
_BENEFIT_NAME = (
    r"(?:特困供养|特困|低保|失业保险金|失业金|dibao|tekun|unemployment(?: benefits?| money)?)"
)
BENEFIT_SWAPPED = re.compile(
    rf"(?<!不)是{_BENEFIT_NAME}[\s，,]*(?:不是|而不是){_BENEFIT_NAME}"
    rf"|不是{_BENEFIT_NAME}[\s，,]*(?:是|而是){_BENEFIT_NAME}"
    rf"|\b(?:it was|it's|was) {_BENEFIT_NAME}[\s,]+not {_BENEFIT_NAME}\b"
    rf"|\bnot {_BENEFIT_NAME}[\s,]+(?:it was |it's |but )?{_BENEFIT_NAME}\b"
)
BENEFIT_ALONE = re.compile(
    rf"\s*(?:不对|说错了|sorry|no)?[\s,]*(?:是|不是|而是|就是|应该是|it was|it's|was|not|but)?\s*"
    rf"{_BENEFIT_NAME}(?:户)?\s*(?:not {_BENEFIT_NAME})?[.!。]?\s*"
)


# Someone outside the couple on a benefit (my mom was on dibao, 我妈在吃低保), then the family
# said not to be: the family's answer is no.
OTHERS_BENEFIT = re.compile(
    r"\bmy (?:mom|mum|mother|dad|father|parents|in-laws|grandma|grandpa|granny|mil|fil)\b"
    # "his grandparents in henan are on tekun", "nainai … she's on dibao back in gansu",
    # "my brother's wife is the one on shiyejin", "my sister has 3 kids and gets dibao"
    r"|\b(?:his|her|their|the kids'?|our kids'?|the) (?:grandparents|grandma|grandpa|granny)\b"
    r"|\bgrandma herself\b|\b(?:nainai|laolao|yeye|laoye)\b"
    r"|\bmy (?:brother|sister|bro|sis|cousin)(?:'s (?:wife|husband|family)|-in-law)?\b"
    r"|\b(?:my|our) (?:friend|neighbou?r|nanny|ayi)s?\b"
    r"|我妈|我爸|我爸妈|婆婆|(?<!老)公公|公婆|岳父|岳母|老丈人|丈母娘|老人|爷爷|奶奶|姥姥|姥爷|外婆|外公"
    # a grandparent of their own couple (我们老两口吃低保, 我和老伴领着): not the child's family
    r"|老两口|我和老伴|俺和老伴|我跟老伴|俺跟老伴"
)
OURS_DENIED = re.compile(
    r"\b(?:but )?(?:we|us) (?:weren'?t|were not|werent|wasn'?t|didn'?t|did not|aren'?t|are not"
    r"|arent|don'?t|do not|never)\b(?!\s+(?:rent|own|in\b|from|born|married|work|pay|have|live))"
    # "we're not on anything", "thats them not us", "son's family isnt", "we only … dont get it"
    r"|\bwe'?re not\b(?!\s+(?:renting|in\b|from|married|working|paying|living|sure))"
    r"|\bnot us\b|\b(?:son|daughter|kid)'?s family (?:isn'?t|is not|aren'?t|are not)\b"
    r"|\bwe (?:only )?(?:have|got) [^.;!?]{0,20}\b(?:don'?t|do not) (?:get|have) (?:it|that|any)\b"
    r"|不是(?:我们|俺们|咱们|我家|俺家|咱家)(?:家)?(?=\s*(?:$|[，,。.!！?？\s]|了|呢|啊))"  # 领低保的是俺婆婆家 不是俺们
    r"|(?:我们|俺们|咱们|我家|我们家|俺家|咱家|我们自己|我俩|我们俩|我自己|俺自己)(?:小家|家)?(?:自己)?(?:都)?"
    r"(?:没有|没领|没吃|不领|不是|没)(?=\s*(?:$|[，,。.!！?？\s]|了|呢|啊|领|吃|低保|特困|失业))"
    # the child's parents named by a grandparent: 闺女家不是低保户, 儿子他们没领
    r"|(?:闺女|女儿|儿子|儿媳|女婿)(?:家|一家|他们|她们|两口子)?(?:都|也)?(?:不是|没有|没领|没吃|不领|没)"
    r"(?=\s*(?:$|[，,。.!！?？\s]|了|领|吃|低保|特困|失业))"
)


# The children's age told now ("they are 2 now", "both are 3 already"): no yes to a benefit.
CHILDREN_AGED_NOW = re.compile(
    r"\s*(?:and |so )?(?:they|he|she|the twins|the kids|both(?: of them)?|the triplets)"
    r"(?:'re| are| r| is|'s)\s+(?:about |almost |nearly )?\d{1,2}(?:\s*(?:yo|years?(?: old)?|yrs?))?"
    r"(?:\s+(?:now|already))?\s*[.!]*\s*"
)


# The 200 more named by the benefit it is paid for (失业金加的200, 低保多给的那200, 特困加发的钱).
SUPPLEMENT_NAMED = re.compile(
    r"(?:低保|特困|失业金|失业保险金)(?:那个|的)?(?:加的|多给的|多加的|加发的|补的|多的)"
    r"|(?:那个|这个)(?:低保|特困|失业金)(?:的)?(?:200|两百|二百)"
)


# A child's insurance asked of ("if we sign her up now is it still free?", 现在上医保还免费吗):
# no benefit held or ended.
ENROLMENT_ASKED = re.compile(
    r"\bsign(?:ed|ing)? (?:\w+ )?up\b|\benrol\w*|\binsur\w*|\bfree\b|免费|参保|医保",
    re.I,
)


def hardship(
    clauses: Clauses,
    birth_orders: Callable[[str], list[int]],
    asked: str | None,
    named_order: int | None,
    latest: int = 0,
    today: date | None = None,
    named_in_slip: bool = False,
    only_child: bool = False,
) -> list[HardshipSaid]:
    """Dibao, special hardship support or unemployment benefits, now or at the births (see
    _hardship). A benefit said of someone outside the family, the family then said not to hold
    it ("my mom was on dibao when my son was born but we werent", 我妈在吃低保 我们家没有): the
    family's no (Jinan clause 12 reads the family's own benefit)."""
    found = _hardship(
        clauses, birth_orders, asked, named_order, latest, today, named_in_slip, only_child
    )
    found = _the_one_named_after(found, clauses)
    if asked == "hardship_at_birth" and any(h.when == "birth" for h in found):
        # "嗯 在领 生的时候就在领" to the question of the birth: the bare 在领 is its answer, no
        # time of its own (probe zh-9613 read it as on the benefit now too)
        found = [h for h in found if not (h.when == "now" and _bare_answer(h.span))]
    found = _another_benefit_held(found)
    found = _held_again_now(found, clauses)
    found = _back_on_it(found, clauses)
    found = _birth_answer_said_on(found, clauses)
    # 老三满月以后低保就停了: the benefit ended after the birth, so no "not held at the birth"
    # (probe zh-9326 got 老三's birth without dibao)
    found = [
        h for h in found if not (h.when == "birth" and not h.held and ENDED_AFTER.search(h.span))
    ]
    # 小的出生前半年就退出低保了: off the benefit before that birth (probe zh-9442)
    found = [
        replace(h, held=False)
        if h.when == "birth" and h.held and ENDED_BEFORE_ZH.search(h.span)
        else h
        for h in found
    ]
    # "那个失业金加的200是一直加到3岁吗": the supplement named by its benefit, no benefit now
    found = [h for h in found if not (h.when == "now" and SUPPLEMENT_NAMED.search(h.span))]
    # "那600的我一直没领过", 公积金也停了: the subsidy or the fund, nothing of a benefit now
    found = [
        h
        for h in found
        if not (h.when == "now" and SUBSIDY_DRAWN.search(h.span) and not HARDSHIP.search(h.span))
    ]
    told = " ".join(c for _, c in clauses)
    other = OTHERS_BENEFIT.search(told)
    denied = OURS_DENIED.search(told, other.end()) if other else None
    if other is None or denied is None:
        return found
    return [
        replace(h, held=False) if h.held and h.at <= _clause_at(clauses, denied.start()) else h
        for h in found
    ]


# A yes or no put in the benefit's own words, nothing else (嗯 在领, 没领, 领着呢).
BARE_TAKEN_ANSWER = re.compile(
    r"^\s*(?:嗯+|是的?|对|有)?\s*(?:在领|领着|在吃|吃着|领了|没领|没有领|没吃|不领|没)(?:呢|的|了)?\s*$"
)


def _bare_answer(span: str) -> bool:
    return bool(BARE_TAKEN_ANSWER.search(span))


# A word on the children just told, between their birth and its time ("first kids", "both
# boys", 头胎, 龙凤胎): the birth is still the one told.
CHILDREN_ASIDE = re.compile(
    r"\s*(?:(?:our|my|the) )?(?:first|1st) (?:kids|children|babies|ones|time|pregnancy)\s*[!.]*"
    r"|\s*(?:both )?(?:boys|girls|identical|a boy and a girl|boy and girl|one of each)\s*[!.]*"
    r"|\s*(?:是)?(?:头胎|第[一1]胎|龙凤胎|俩(?:小子|闺女|丫头)|两个(?:小子|闺女|男孩|女孩))\s*"
)


# A benefit that ended some time after a birth (满月以后低保就停了, 出生半年后才停的).
ENDED_AFTER = re.compile(
    r"(?:满月|周岁|满\d岁|\d岁|出生|生完|生了|落地)[^，,。]{0,4}(?:以|之)?后[^，,。]{0,6}?(?:才|就)?"
    r"(?:停|断|没了|退了|退出)"
)


# The plan's own money named as what was (not) drawn: 那600的, 育儿补贴, "the 600", "the subsidy".
SUBSIDY_DRAWN = re.compile(
    r"(?<!\d)(?:600|800)(?!\d)|补贴|补助|\bsubsid|\bthe (?:600|800)\b"
    # 公积金也停了: the housing fund stopped, no benefit now ended
    r"|公积金|\bhousing fund\b|\bgongjijin\b",
    re.I,
)


# A benefit's period the birth told just before fell in ("right in the middle of hubby's
# unemployment benefit period", "during his dibao months").
DURING_THE_BENEFIT = re.compile(
    r"\s*(?:and |it was |that was )?(?:right |just |smack )?(?:in the middle of|during|within|in)\b"
    r"[^,.;!?]{0,30}\b(?:benefits?|dibao|tekun|unemployment|shiyejin)\b[^,.;!?]{0,12}"
    r"\b(?:period|time|months?|spell|stretch)\b"
)
# A birth's time said alone after another birth's benefit ("… when the twins were born | and
# when our 2nd was born"): the same benefit at that birth.
BIRTH_TIME_ALONE_EN = re.compile(
    r"\s*(?:and |also |as well as )?(?:when|while) (?:the|our|my|his|her|their) [\w' ]{1,24}?"
    r" (?:was|were) born\s*(?:too|as well)?\s*"
)
# 现在又是了, 现在还在拿, 目前还领着: the benefit told of the births, held now too.
HELD_NOW_TOO = re.compile(
    r"\s*(?:现在|目前|如今)\s*(?:又|还|也|仍然?|依然|一直)(?:都)?(?:是|在拿|在领|在吃|领着|拿着|吃着)"
    r"(?:着)?(?:了|呢|的)?\s*"
)


def _birth_answer_said_on(found: list[HardshipSaid], clauses: Clauses) -> list[HardshipSaid]:
    """A bare no right after a birth's no ("生双胞胎的时候我在上班 | 没领失业金"): the same birth's
    answer said on, nothing of now (tester 93 c2 was noted as on no benefit now)."""
    births = {h.at: h for h in found if h.when == "birth"}
    return [
        h
        for h in found
        if not (
            h.when == "now"
            and not h.explicit
            and not h.held
            and (before := births.get(h.at - 1)) is not None
            and not before.held
            and not EXPLICIT_NOW.search(clauses[h.at][1])
            and not TO_THE_PRESENT.search(clauses[h.at][1])
        )
    ]


# "nothing now", "none now", "not any more": the benefit told of the births, none now.
NONE_NOW = re.compile(
    r"\s*(?:but |and )?(?:(?:nothing|none|no benefits?|not on (?:it|them|anything)) (?:now|these days)"
    r"|not (?:now|any ?more)|nothing any ?more"
    # "(had dibao at every birth,) now off it"
    r"|(?:(?:but |and )?(?:we'?re |they'?re |we are |they are )?)?(?:now|rn) off (?:it|them|that)"
    r"|off (?:it|them|that) (?:now|rn))\s*[.!]*\s*"
)
# The benefit held still, said without its name ("(twins yes eldest no.) and we're still on it rn",
# "still are"): held now too.
STILL_ON_IT = re.compile(
    r"\s*(?:and |but )?(?:(?:we|they)(?:'re| are| r)|(?:she|he)(?:'s| is)|i'?m)?\s*"
    r"(?:still (?:on (?:it|them|that)|are|is|getting (?:it|them))|on (?:it|them) still)"
    r"(?: (?:now|rn|right now|today|too|as well))?\s*[.!]*\s*"
)


def _held_again_now(found: list[HardshipSaid], clauses: Clauses) -> list[HardshipSaid]:
    """The benefit told at the births, then a short clause of now with no benefit named
    ("生老大那会儿俺们是低保户 老二不是 现在又是了", "生老二时候拿着失业金 现在还在拿"): held now too."""
    if not any(h.when == "birth" for h in found) or any(h.when == "now" for h in found):
        return found
    first = min(h.at for h in found if h.when == "birth")
    for i, (_, clause) in enumerate(clauses):
        if (HELD_NOW_TOO.fullmatch(clause) or STILL_ON_IT.fullmatch(clause)) and i > first:
            return [*found, HardshipSaid("now", True, None, i, clause, explicit=True)]
        after = clauses[i + 1][1] if i + 1 < len(clauses) else ""
        if re.fullmatch(r"\s*now\s*", after):  # "nothing | now": cut where "nothing still
            clause = f"{clause} now"  # on tekun now" is cut
        if NONE_NOW.fullmatch(clause) and i > first:  # "… when my son had unemployment
            return [*found, HardshipSaid("now", False, None, i, clause, explicit=True)]
    return found  # benefit. nothing now": none now


# The benefit back after it stopped, "it" the benefit named before: "we got it again last week",
# "back on it since monday", 上周又领上了.
BACK_ON_IT = re.compile(
    r"\b(?:got|get|getting|received|receiving|started getting) (?:it|that|them) (?:again|back)\b"
    r"|\bback on (?:it|that|them)\b|又(?:领|吃)上|重新(?:领|吃)上"
)


def _back_on_it(found: list[HardshipSaid], clauses: Clauses) -> list[HardshipSaid]:
    """A stop told, then the benefit back in a later clause ("our dibao ended in oct, … we got it
    again last week"; tester 99 en1 was noted as on none now): held now."""
    stops = [h for h in found if h.when == "now" and not h.held]
    if not stops or any(h.when == "now" and h.held for h in found):
        return found
    last = max(h.at for h in stops)
    back = next((i for i, (_, c) in enumerate(clauses) if i > last and BACK_ON_IT.search(c)), None)
    if back is None:
        return found
    kept = [h for h in found if not (h.when == "now" and not h.held)]
    return [*kept, HardshipSaid("now", True, None, back, clauses[back][1], explicit=True)]


BENEFIT_KINDS = {
    "dibao": re.compile(r"低保|dibao|minimum subsistence", re.I),
    "tekun": re.compile(r"特困|tekun|special hardship", re.I),
    "unemployment": re.compile(r"失业|unemploy|shiye", re.I),
}


def _kinds(span: str) -> set[str]:
    return {k for k, p in BENEFIT_KINDS.items() if p.search(span)}


def _another_benefit_held(found: list[HardshipSaid]) -> list[HardshipSaid]:
    """One benefit denied, another said held at the birth ("没低保 不过生的时候我老公刚失业在领
    失业金"): the birth was on benefits (Jinan clause 12 counts any of the three); the no of the
    benefit named alone is dropped (tester 81 c1 was noted "没有领…" and denied the 200)."""
    held = [h for h in found if h.held and h.when == "birth" and _kinds(h.span)]
    if not held:
        return found
    return [
        h
        for h in found
        if not (
            not h.held
            and h.when == "birth"
            and _kinds(h.span)
            and any(o.child == h.child and not (_kinds(o.span) & _kinds(h.span)) for o in held)
        )
    ]


# "只有一个是低保期间生的 | 我家是老二": one birth of the children said, then which one.
ONE_OF_THE_BIRTHS = re.compile(r"(?:只有|就|其中|就只有)\s*1\s*个(?:孩子|娃)?\s*是")
THE_ONE_IS = re.compile(
    r"\s*(?:我家|我们家|咱家|俺家|我们)?(?:的)?(?:是|就是)\s*老(?P<n>\d)\u2060?\s*(?:那个)?\s*"
)


def _the_one_named_after(found: list[HardshipSaid], clauses: Clauses) -> list[HardshipSaid]:
    """One birth said held on the benefit with no child named ("三个孩子里只有一个是低保期间生的"),
    then the child named in a clause alone ("我家是老二"): that child's birth, not every birth."""
    named = next((m for _, c in clauses if (m := THE_ONE_IS.fullmatch(c))), None)
    if named is None:
        return found
    return [
        replace(h, child=int(named.group("n")))
        if h.when == "birth" and h.held and ONE_OF_THE_BIRTHS.search(h.span)
        else h
        for h in found
    ]


def _clause_at(clauses: Clauses, position: int) -> int:
    """The index of the clause holding `position` of the joined text."""
    at = 0
    for i, (_, c) in enumerate(clauses):
        if position < at + len(c) + 1:
            return i
        at += len(c) + 1
    return len(clauses) - 1


def _hardship(
    clauses: Clauses,
    birth_orders: Callable[[str], list[int]],
    asked: str | None,
    named_order: int | None,
    latest: int = 0,
    today: date | None = None,
    named_in_slip: bool = False,
    only_child: bool = False,
) -> list[HardshipSaid]:
    """Dibao, special hardship support or unemployment benefits, now or at the births.
    `birth_orders` gives the birth orders a clause names (老三 = [3], 前两个 = [1, 2]);
    `named_order` is the one child the message names by order, if only one; `latest` is the
    order of the newest child known to be born (0: none); `today` dates a benefit held up to a
    year told (领到24年); `named_in_slip`: the benefit was named only in words the message puts
    right ("i said no dibao but actually we started it"), so "it" is that benefit; `only_child`:
    the family has one child at most, so a birth named by a pronoun (生他那年) is "the birth"."""
    clauses = [(o, " " * len(c) if _birth_to_come(c) else c) for o, c in clauses]
    # "its actually triplets not twins", 是三胞胎不是双胞胎: the births' number put right, its
    # "not" no answer about the benefits
    clauses = [(o, MULTIPLES_PUT_RIGHT.sub(lambda m: " " * len(m.group(0)), c)) for o, c in clauses]
    told = " ".join(c for _, c in clauses)
    if (
        BENEFIT_SWAPPED.search(told)
        and CORRECTING.search(told)
        and not (BIRTH_TIME.search(told) or NOW.search(told))
    ):
        # 是特困供养 不是低保: which benefit it was, put right; no time of holding it told
        clauses = [(o, " " * len(c) if BENEFIT_ALONE.fullmatch(c) else c) for o, c in clauses]
    whole = " ".join(c for _, c in clauses)
    unnamed = named_in_slip or (
        asked != "hardship_at_birth"
        and (_benefit_unnamed(clauses, whole) or _job_lost_after_a_birth(clauses, whole))
    )
    if not HARDSHIP.search(whole) and not unnamed:
        answer = _answer_before_a_question(clauses) if asked == "hardship_at_birth" else clauses
        if len(answer) < len(clauses):
            # the answer before a question of the citizen's own, read alone: of the birth asked,
            # not of now unless said ("probably yes she'll still be on it in march. so how much")
            read = hardship(
                answer, birth_orders, asked, named_order, latest, today, named_in_slip, only_child
            )
            return [h for h in read if h.when != "now" or EXPLICIT_NOW.search(h.span)]
        if (
            asked != "hardship_at_birth"
            or MEASURE_ASKED.search(whole)
            or ASKING.search(whole)
            or ASKED_BY_BU_AFTER_A_VERB.search(whole)
        ):  # "那老大有补贴吗", 双胞胎的医保现在去交还免费不 while the dibao question waits: a
            # question, no answer (tester 47 c1 was read back "老二、老三出生时没有领低保")
            return []
        if CORRECTING.search(whole) and DATE_TOLD.search(whole):
            return []  # "no wait the twins were born in april": a date put right, no answer
        # 老大有 老二没有 / "the first one yes, the baby no": a yes or no for each birth named
        answered = _per_birth_answer(clauses, birth_orders)
        covered = {h.at for h in answered}  # 生老大时候领 | 老二那会停了: each part its own answer
        answered += [h for h in _births_answered(clauses, birth_orders) if h.at not in covered]
        if answered:
            for i, (_, clause) in enumerate(clauses):
                if (
                    not EXPLICIT_NOW.search(clause)
                    or birth_orders(clause)
                    or BIRTH_TIME.search(clause)
                    or any(h.at == i for h in answered)
                ):
                    continue
                if STOPPED.search(clause) or NEGATION.search(clause):
                    held = False  # 老大有 老二没有 现在都不领了
                elif STARTED.search(clause) or re.search(
                    r"[还又也](?:在)?(?:领|吃)|[领吃]着", clause
                ):
                    held = True  # 大的那次领着 双胞胎这次没有 现在又领上了
                else:
                    continue
                answered.append(HardshipSaid("now", held, None, i, clause, explicit=True))
            return answered
    # "the twins yes our eldest no": one answer per child named, each its own part.
    parts = [(i, p) for i, (_, c) in enumerate(clauses) for p in _answer_parts(c)]
    parts = [(i, q) for i, p in parts for q in _answer_then_more(p, birth_orders)]
    parts = [(i, _aside_blanked(_other_benefit_blanked(p))) for i, p in parts]
    found: list[HardshipSaid] = []
    carried: list[int] | None = (
        None  # "二宝出生那年我正失业 领的失业金": the birth, then the benefit
    )
    seen = asked == "hardship_at_birth" or unnamed  # the benefits need not be named
    before: list[int] = []  # the births the clause before named ("二胎出生前俩月…")
    told_births: list[int] = []  # the births the last part telling a birth named
    recent: list[int] = []  # the birth orders named last
    named_so_far: list[int] = []  # every birth order named up to this part
    birth_here = False  # the part before told of a birth
    word_seen = False  # a benefit named in an earlier part
    present = False  # an earlier part moved on to the present ("现在厂子黄了")
    framed: list[int] = []  # the births the part before framed ("for our eldest …")
    named_alone: list[int] = []  # the births the part before named, and told nothing of
    aged_last: list[int] = []  # the birth the part before named with an age only (老大5岁)
    named_last: list[int] = []  # the births the part before named, whatever it said
    last_part = ""  # the part before, whole: "we applied for dibao last week | and got it"
    listing = False  # the part before listed the births of an answer for every birth
    question_part = ""  # the part before, when it was a question about the benefit
    skip_part = False  # this part was read with the one before it
    for i, clause in parts:
        if CHILD_DENIED.search(clause) and not HARDSHIP.search(clause):
            continue  # "没有第四个啊": a child said not to exist, no answer for a birth
        if UNSURE.search(clause) or (HEDGED.search(clause) and HARDSHIP.search(clause)):
            continue  # "for the first two i dont remember", 可能还在领: no answer for those births
        if WHICH_CHILD_ASKED.search(clause):
            continue  # 请问哪个孩子能享受出生时低保的政策: which births, asked, none told
        named_here = None if EVERY_BIRTH.search(clause) else named_order  # "no at both births"
        present_before, present = present, present or bool(MOVED_ON.search(clause))
        prior, last_part = last_part, clause
        word = HARDSHIP.search(clause)
        question_before, question_part = question_part, ""
        if word and _question_goes_on(question_before, clause):
            question_part = clause
            continue  # "whats the difference between tekun | and dibao for the birth money"
        if word and (
            re.search(r"[?？]|吗|是吧|对吧|多少|how much|is it", clause)
            or (EN_QUESTION.match(clause) and not HELD_IN_QUESTION.search(clause))
        ):
            question_part = clause
            continue  # "失业金一个月800是吧": a question about the benefit, not the family
        if STOP_ASKED.search(clause) and not re.search(
            r"已经|早就|早都|早已|现在|目前|如今", clause
        ):
            continue  # 失业金还有三个月到期 | 到期了咋整: the end to come, asked about
        if (
            word
            and BENEFIT_QUESTION.search(clause)
            and not (PROOF_ASKED.search(clause) and HELD_IN_QUESTION.search(clause))
        ):  # not "how do i prove we were on dibao when the baby was born": held, its proof asked
            question_part = clause
            continue  # 我们这种外地来的能申请低保不, "whats tekun exactly": the benefit asked about
        if word and BENEFIT_ASKED_ABOUT.search(clause):
            continue  # 那低保加的200呢, 低保那个加发的呢, "what about the dibao extra": the benefit's
            # payment asked about, not the family on it
        if (
            word
            and re.search(
                r"能领几|领几个|领多久|(?<![那这好前头后十没了过])几(?:年|个月|岁)|怎么|咋|啥时候|什么时候|哪里|去哪|能不能|可不可以|条件|需要啥|需要什么|啥材料"
                # 有没有 额外的钱, 是不是 多给: A not A; not the 在 of 现在 (现在没在领低保: 现在 then
                # 没在领, a no)
                r"|(?<![现正])(?!在)(?P<q>[\u4e00-\u9fff])[不没](?P=q)|(?<![现正还实])在[不没]在"
                # 多给不多给, 算数不算数: A not A of two; 看生孩子那会儿还是看现在: which counts
                r"|(?P<qq>[\u4e00-\u9fff]{2})[不没](?P=qq)|(?:看|按|算)[^，,。]{0,12}?还是",
                clause,
            )
            and not re.search(r"我|俺|咱|家里|\bwe\b|\bour\b|\bi\b", clause)
        ):
            continue  # 失业金能领几个月, 要交几年社保, 特困户生孩子有没有额外的钱: the rule asked about
        if (
            word
            and (KIND_OF_FAMILY.match(clause) or RULE_CASE.search(clause))
            and not re.search(r"我|俺|咱|家里", clause)
            # 现在是低保户 孩子有补贴吗: the family's standing now, told before its question
            and not re.search(r"(?:现在|目前|如今|已经|一直)(?:就|也|还)?是", clause)
            and (ASKING.search(whole) or ASKED_BY_BU.search(whole) or CASE_ASKED.search(whole))
        ):
            continue  # 特困供养的家庭 生二胎补贴给多少啊: a kind of family asked about
        if (
            word
            and APPLIED_ONLY.search(clause, 0, word.start())
            and not STARTED.search(whole)
            and not GRANTED.search(whole)
        ):
            continue  # "we applied for dibao in march": asked for, not had (yet)
        orders = birth_orders(clause)
        alone_before, named_alone = (
            named_alone,
            (
                named_alone
                if not orders and SUBJECT_ONLY.fullmatch(clause)  # "…, she | and my son were…"
                else [*named_alone, *orders]
                if named_alone and ORDERS_ONLY.fullmatch(clause)  # 头胎 | 2胎 | 都赶上…: both
                else orders
                if not word and not BIRTH_TIME.search(clause) and not ANSWERED.search(clause)
                else named_alone
                if not orders and DATE_ONLY.fullmatch(clause)  # 俩娃一块生的 | 23年9月 | 当时…
                else []
            ),
        )
        by_pronoun = only_child and bool(
            BORN_OF_THE_PRONOUN.match(clause) or BIRTH_OF_THE_PRONOUN_EN.search(clause)
        )  # 外孙是闺女头一个 | 生他那年…: the one child's birth by a pronoun is the birth
        if by_pronoun and not orders:
            named_here = None  # the one child's birth by a pronoun, even after its order: the birth
        if (
            not orders
            and named_last
            and told_births
            and not set(named_last) & set(told_births)
            and ELDER_ASIDE.match(prior)
            and BARE_BIRTH_TIME.match(clause)
        ):  # 双胞胎今年9月生 | 上面还有个老大4岁 | 生时老公领失业金: the birth told, not the elder
            # named in an aside between (tester 98 p10's twins were given 600 each)
            orders = told_births
        if (
            not orders
            and alone_before
            and not by_pronoun
            and (BIRTH_TIME.match(clause) or NAMED_TIME.match(clause))
        ):
            orders = alone_before  # "二宝三宝是双胞胎 生的时候没领", 俩娃一块生的 那时候都领着: those births
        aged_before, aged_last = aged_last, orders if AGE_ONLY.fullmatch(clause) else []
        if not orders and aged_before and not only_child and BARE_BIRTH_TIME.match(clause):
            orders = aged_before  # 外孙女五岁 | 出生那会儿她妈领着失业金 | 外孙八个月…: her birth
        then_of_named = THEN_AT_END.search(clause) if not orders and alone_before else None
        if then_of_named:  # "big one 6, | no benefits then": the birth of the one just named
            orders = alone_before
        named_before, named_last = named_last, orders
        every = next((h for h in reversed(found) if h.when == "birth"), None)
        if (
            orders
            and not word
            and every is not None
            and every.at == i - 1
            and (every.child is None or listing or BIRTHS_OWNED.fullmatch(clause))
            and _lists_births_only(clause)
            and not _births_added(parts, parts.index((i, clause)))
        ):  # "dibao for both births, | the twins | and then laosan": the births listed
            for listed in orders:
                found.append(HardshipSaid("birth", every.held, listed, i, clause))
            listing = True
            continue
        listing = False
        if (
            orders
            and not word
            and every is not None
            and every.at == i - 1
            and every.child is not None
            and BIRTH_TIME_ALONE_EN.fullmatch(clause)
        ):  # "dibao when the twins were born | and when our 2nd was born": the same at that birth
            for listed in orders:
                found.append(HardshipSaid("birth", every.held, listed, i, clause))
            continue
        if not orders and named_before and BORN_OF_THE_ONE_BEFORE.match(clause):
            orders = named_before  # "the little one 4 months, born when he was on 失业金": hers
        if not orders and named_before and not by_pronoun and BORN_OF_THE_PRONOUN.match(clause):
            orders = named_before  # 小儿子是去年12月生的 生他那阵子就在领了: his birth
        if (
            not orders
            and named_before
            and not by_pronoun
            and BIRTH_OF_THE_PRONOUN_EN.search(clause)
        ):
            orders = named_before  # "the little one's 10 months, | was on shiyejin for her birth"
        if (
            not orders
            and not word
            and named_before
            and seen
            and THAT_TIME.search(clause)
            and len(clause.split()) <= 4
            and (NEGATION.search(clause) or _yes(clause))
        ):  # "the big one is 6, that time no": the birth of the child just named
            for just_named in named_before:
                held_then = not NEGATION.search(clause)
                found.append(HardshipSaid("birth", held_then, just_named, i, clause))
            continue
        follows, framed = framed, orders if FOR_BIRTH.match(clause) and not word else []
        if CHILDREN_ASIDE.fullmatch(clause) and not word:
            continue  # "twins born 2023 nov, | first kids, | … on unemployment money at the time":
            # the birth told before is still the one meant (probe en-9500)
        if HUKOU_ASIDE.fullmatch(clause) and not word:
            # 去年一月又生了对双胞胎 | 都是济南户口 | 那时候儿子家吃低保: the hukou said between
            # the birth and its time; the birth is still the one told
            continue
        birth_before, birth_here = (
            birth_here,
            bool(BIRTH_TOLD.search(clause) or (orders and CHILD_OF_YEAR.search(clause))),
        )
        previous, before = before, orders if birth_here else []
        if by_pronoun and not orders:
            previous = []  # "my son was born 22.11.3, | dibao when he was born": the birth
        if birth_here and orders:
            told_births = orders
        this_birth = not orders and recent and THIS_BIRTH.search(clause)
        if this_birth:
            orders = recent  # "老二是今年8月生的 这回没领": that birth
            if this_birth.group(0).startswith("这") or this_birth.group(0) == "this time":
                orders = _newest_birth(parts, birth_orders, latest) or recent
        if not orders and not word and birth_before and BARE_REPLY.fullmatch(clause):
            orders = previous  # 小的2023年生的 没领: the birth just told
        elif not orders and birth_before and previous and EN_BARE_BENEFIT.fullmatch(clause):
            orders = previous  # "the baby born this june, | no dibao": the birth just told
        elif not orders and birth_before and previous and DURING_THE_BENEFIT.match(clause):
            orders = previous  # "our 2nd was born last thursday, | right in the middle of hubby's
            # unemployment benefit period": the birth just told, on the benefit
        each_time = EACH_TIME.search(clause) if not orders else None
        if each_time and each_time.group("all") and int(each_time.group("all")) != latest:
            each_time = None  # 俩都有 of three known births: which two is not said
        if each_time and len(named_so_far) == int(each_time.group("n") or each_time.group("all")):
            orders = list(named_so_far)  # 17年生老大 22年生老二 | 2回都是吃低保的时候: those births
        elif each_time and (named_so_far or not (each_time.group("birth") or seen)):
            each_time = None  # 3回都 of two births named, 2回都 told of nothing asked: no births
        elif each_time:
            named_here = None  # 3回生孩子都没领过, (asked) 俩回都没领, no child named: every birth
        named_so_far += [o for o in orders if o not in named_so_far]
        recent = orders or recent
        now = NOW.search(clause)
        started = (
            STARTED.search(clause)
            or (
                word_seen
                and re.search(r"\bapplied\b|申请", prior)
                and re.match(
                    r"\s*(?:and |then |now )?(?:we )?(?:got|get|have) (?:it|them|approved)\b",
                    clause,
                )
            )
            or (
                word
                and GOT_ON.search(clause)
                and not BIRTH_TOLD.search(clause)
                and not STOPPED.search(clause)
            )
        ) and not (BIRTH_TIME.search(clause) or BENEFIT_CAME_AFTER.search(clause))
        births = (
            this_birth
            or each_time
            or BIRTH_TIME.search(clause)
            or (
                birth_before and (word or seen) and THAT_TIME.search(clause)
            )  # "born last tuesday, on it at the time", 孩子是前年生的 那会儿还没有呢
            or (
                word
                and CHILD_AGE_TOLD.search(prior)
                and THAT_TIME.search(clause)
                and not EXPLICIT_NOW.search(clause)
            )  # "the baby 5 months, | we on dibao that time": the birth of the child aged
            or (
                (word or word_seen)
                and re.search(r"back then|at the time|\bthat time\b", clause)
                and any(h.when == "now" and h.explicit for h in found)
            )  # "no dibao now, no dibao back then": then against now, the time of the births
            or (
                (word or word_seen)
                and BIRTH_TOLD.search(clause)
                and BIRTH_THEN_AT_END.search(clause)
                and any(h.when == "now" and h.explicit for h in found)
            )  # "on it now. | the kid was born 2022 so nothing then": that birth's time
            or (
                asked == "hardship_at_birth"
                and not started
                and not present_before
                and not (STATUS_NOW.search(clause) and not THAT_TIME.search(clause))
                and (word or re.search(r"那时|当时|那会|那阵|\bthen\b|at the time", clause))
                and (not now or re.search(r"那时|当时|那会|那阵|\bthen\b|at the time", clause))
            )
        )
        if (
            not births
            and word
            and birth_before
            and COINCIDED.search(clause)
            and not EXPLICIT_NOW.search(clause)
        ):
            births = COINCIDED.search(clause)  # 老三今年生的 又赶上领失业金: at that birth
        if not births and orders and NAMED_TIME.search(clause):
            births = NAMED_TIME.search(clause)  # 18年那会儿没有, 双胞胎那回领着: those births
        if not births and then_of_named:
            births = then_of_named  # "big one 6, no benefits then": that child's birth
        if births and not orders and birth_before and not BIRTH_TIME.search(clause):
            orders = previous  # 老二是前年生的 那会儿还没有: the birth just told
        if (
            births
            and births is not True
            and re.search(r"\b(?:since|ever since)\s+(?:\w+\s+){0,3}$", clause[: births.start()])
        ):
            births = None  # "on dibao ever since she gave birth": after the birth, now
        if skip_part:
            skip_part = False
            continue  # the second birth of a start told between two births, read with the first
        if (
            births
            and not word
            and OTHER_DENIED.search(clause)
            and not NEGATION.search(OTHER_DENIED.sub(lambda m: " " * len(m.group(0)), clause))
        ):
            # 生孩子那会儿啥保险也没有 | 现在吃低保: the cover missing then, no word of the benefit;
            # the birth's time goes on to the benefit named next (没保险 | 也没领低保), like 没工作,
            # unless that moves on (没交社保 | 后来才吃上低保)
            at = parts.index((i, clause))
            carried = orders
            if at + 1 < len(parts) and MOVED_ON.search(parts[at + 1][1]):
                carried = None
            continue
        between = None
        if word:
            at = parts.index((i, clause))
            between = _started_between_births(clause, birth_orders, latest)
            if between is None and at + 1 < len(
                parts
            ):  # "…after our first | and before our second"
                joined = f"{clause} and {parts[at + 1][1]}"
                between = _started_between_births(joined, birth_orders, latest)
                skip_part = between is not None
        if between is not None:  # "dibao started after our first and before our second"
            seen = word_seen = True
            for born, held_then in between:
                found.append(HardshipSaid("birth", held_then, born, i, clause))
            continue
        if (word or word_seen) and BETWEEN_BIRTHS.search(clause) and not NEGATION.search(clause):
            seen = word_seen = True  # 吃低保那几年正好夹在俩孩子中间: at neither birth
            for order in _or_named(orders, None):
                found.append(HardshipSaid("birth", False, order, i, clause))
            continue
        if (
            (word or word_seen or (not word and UNEMPLOYMENT_NAMED.search(whole)))
            and (
                BORN_BEFORE_IT_ELIDED.search(clause)
                or (UNEMPLOYMENT_NAMED.search(whole) and BORN_BEFORE_JOB_LOST.search(clause))
            )
            and not NEGATION.search(clause)
        ):  # "dibao stopped 3 months ago. | both our kids were born before we ever had it"
            for order in _or_named(orders, named_here):
                found.append(HardshipSaid("birth", False, order, i, clause))
            continue
        if word and BORN_BEFORE_IT.search(clause) and not NEGATION.search(clause):
            seen = word_seen = True  # 大的那个生在领低保以前: not on it at that birth
            for order in _or_named(orders or previous, named_here):
                found.append(HardshipSaid("birth", False, order, i, clause))
            continue
        if (
            not word
            and word_seen
            and orders
            and BORN_AFTER_IT_ENDED.search(clause)
            and not NEGATION.search(clause)
        ):  # 生老大那会儿领着失业金 | 领完了以后才生的老二: born after it ended
            for order in orders:
                found.append(HardshipSaid("birth", False, order, i, clause))
            continue
        if (
            not word
            and word_seen
            and BORN_AFTER_EN.search(clause)
            and BENEFIT_ENDED_EN.search(prior)
            and not NEGATION.search(clause)
        ):  # "our dibao ended in oct, | ds was born after" (tester 99 en1): none at that birth
            for order in _or_named(orders, named_here or latest or None):
                found.append(HardshipSaid("birth", False, order, i, clause))
            continue
        if (
            BEFORE_A_BIRTH.search(clause)
            and not NEGATION.search(clause)
            and (
                (word and ONGOING.search(" ".join(p for j, p in parts if j >= i)))
                # 一直都在领 | 孩子出生前就开始了: the benefit held still began before the birth
                or (
                    not word
                    and seen
                    and re.search(r"开始|就(?:领|吃)", clause)
                    and any(h.when == "now" and h.held and ONGOING.search(h.span) for h in found)
                )
            )
        ):  # "生孩子前一年就领低保了 到现在也还在领": on them at the birth, and still
            seen = word_seen = True
            for order in _or_named(orders, named_here):
                found.append(HardshipSaid("birth", True, order, i, clause))
            rest = " ".join(p for j, p in parts if j >= i)
            still = ONGOING.search(rest)
            if still and _held_to_a_past_time(rest, today):
                still = None  # 生孩子之前就在领了 一直领到孩子满月: it ended then
            if still:  # 生孩子之前就开始领特困了 一直到现在: on them now too
                found.append(HardshipSaid("now", True, None, i, still.group(0), explicit=True))
            continue
        around = AROUND_A_BIRTH.search(clause)
        if (
            (word or seen)
            and around
            and (STARTED.search(clause) or GOT_ON.search(clause))
            and not NEGATION.search(clause)
            and not NOW.search(clause)
        ):  # 老三出生前一个月低保批下来了 / 孩子生下来第二年才给批的: that birth, not now
            seen = word_seen = True
            for order in _or_named(orders, named_here):
                found.append(HardshipSaid("birth", bool(around.group("before")), order, i, clause))
            continue
        if (
            started
            and not births
            and orders
            and (word or seen)
            and not NEGATION.search(clause)
            and re.search(
                r"\bhad (?:just |only just |recently )?(?:started|begun|got (?:on|approved))\b",
                clause,
            )
        ):  # "no dibao for the first. for the second we had just started it": on it at that birth
            seen = True
            for order in orders:
                found.append(HardshipSaid("birth", True, order, i, clause))
            continue
        if (
            started
            and not births
            and carried is None  # 老二生的时候 低保刚批下来: got on at that birth
            and (seen or word)
            and not NEGATION.search(clause)
        ):
            seen = True
            ahead = parts[parts.index((i, clause)) + 1 :][:1]
            if birth_before and (
                IN_TIME.search(clause) or (ahead and IN_TIME.fullmatch(ahead[0][1]))
            ):  # "laoer came last month, | dibao got approved just in time, | 2 weeks before"
                for order in _or_named(previous, named_here):
                    found.append(HardshipSaid("birth", True, order, i, clause))
                continue
            found.append(HardshipSaid("now", True, None, i, clause, explicit=True))
            continue
        last_birth = found[-1] if found and found[-1].when == "birth" else None
        if (
            not word
            and last_birth is not None
            and last_birth.at == i - 1
            and NOW_TOO.fullmatch(clause)
        ):
            # "dibao at laoer's birth | and now": the benefit of that birth, held now too
            found.append(HardshipSaid("now", last_birth.held, None, i, clause, explicit=True))
            continue
        if (
            not word
            and last_birth is not None
            and last_birth.at == i - 1
            and orders
            and CHILD_TOO.fullmatch(clause)
        ):
            # "we had tekun when the twins were born | and the eldest too": that birth as well;
            # "…, not laoer's. | laosan yes too": the yes said (probe en-13505)
            held = (
                True
                if re.search(r"\b(?:yes|yeah|yep)\b", clause)
                else False
                if re.search(r"\b(?:no|not|nope)\b", clause)
                else last_birth.held
            )
            for order in orders:
                found.append(HardshipSaid("birth", held, order, i, clause))
            continue
        last_now = found[-1] if found and found[-1].when == "now" else None
        if (
            not word
            and last_now is not None
            and last_now.at == i - 1
            and (
                ALSO_AT_BIRTH.match(clause)
                or ALSO_THEN.match(clause)
                or ALSO_AT_OTHER_BIRTHS.match(clause)
                or ALSO_WHEN_BORN.match(clause)
                or SAME_AS_AT_BIRTH.match(clause)
            )
        ):
            # "we on dibao now | and at his birth": the benefit just told, at that birth too
            if (
                ALSO_WHEN_BORN.match(clause)
                and not last_now.explicit
                and TOLD_IN_THE_PAST.search(last_now.span)
            ):  # "got the 失业金 while pregnant | and when he was born": that time, not now
                found.remove(last_now)
            targets = orders or recent
            if ALSO_AT_OTHER_BIRTHS.match(clause) and recent:
                # "our 3rd … on tekun now | and were with both the other births too"
                targets = [o for o in range(1, max(latest, *recent) + 1) if o not in recent]
            for order in _or_named(targets, named_here):
                found.append(HardshipSaid("birth", last_now.held, order, i, clause))
            continue
        if not word and births and (word_seen or found) and HAD_IT.search(clause):
            # "失业金 started april, | so we already had it when she was born": the benefit
            # named before, held at that birth (probe en-9364)
            had = not NEGATION.search(clause)
            for order in _or_named(orders, named_here):
                found.append(HardshipSaid("birth", had, order, i, clause))
            continue
        ended_at_birth = (
            (word or word_seen) and not births and not birth_before and not found
        ) and re.search(r"(?:生|出生)[^，,]{0,6}?(?:之|以)?前", clause)
        if (
            (word or seen)
            and not births
            and ENDED_BEFORE.search(clause)
            and (birth_before or any(h.when == "birth" for h in found) or ended_at_birth)
        ):  # "our 3rd wasnt born on dibao, | we came off it a month before": off it by that
            # birth, no word of now
            if orders and not any(h.when == "birth" and h.at == i for h in found):
                for order in orders:  # 老大生的时候领着失业金 | 老二生之前那钱就断了: that birth
                    found.append(HardshipSaid("birth", False, order, i, clause))
            elif birth_before and not any(h.when == "birth" and h.at == i - 1 for h in found):
                for order in _or_named(previous or recent, named_here):
                    found.append(HardshipSaid("birth", False, order, i, clause))
            elif ended_at_birth:  # 孩子出生前就领完了, 生之前低保就停了: none at that birth
                for order in _or_named(orders, named_here):
                    found.append(HardshipSaid("birth", False, order, i, clause))
            seen = word_seen = seen or bool(word)
            continue
        if not word and FUTURE_END.search(clause):
            continue  # "失业金还能领三个月 领完就没了": the end still to come, on it now
        if not word and MONTH_END.search(clause) and any(h.when == "now" and h.held for h in found):
            continue  # "他现在领失业金 1月份就停了": on it now, its end a month told (tester 37)
        if (
            not word
            and DATE_DENIED.search(clause)
            and not _other_births_set_against(clause, orders, found, i)
        ):
            continue  # "the twins were born in october not last month": a date put right
        if (
            not word
            and word_seen
            and not births
            and TO_THE_PRESENT.search(clause)
            and not NEGATION.search(NOT_STOPPED.sub(" ", clause))
            and _last_benefit_held(parts[: parts.index((i, clause))])
        ):  # 生老二之前就开始领低保了 一直到现在, 领了五年 至今没断: the benefit held, held now
            found.append(HardshipSaid("now", True, None, i, clause, explicit=True))
            continue
        if not word and FUND.search(prior) and not HARDSHIP.search(prior):
            continue  # "we both paid gongjijin before | but not now": the fund, not the benefit
        now_first = _now_before_the_benefit(clause, parts[parts.index((i, clause)) + 1 :])
        if not word and not seen and not word_seen and not births and not orders and now_first:
            found.append(HardshipSaid("now", now_first == "held", None, i, clause, explicit=True))
            continue  # 现在没领了 生老大时候领过失业金: now, then the benefit at a birth
        if not word:
            if (
                not births
                and not orders
                and WORKING.search(clause)
                and not EXPLICIT_NOW.search(clause)
                and not NEGATION.search(clause)
                and any(h.when == "birth" and not h.held and h.at == i - 1 for h in found)
            ):  # "when she came we had no unemployment money, | i was still working": that time
                continue
            if (
                not seen
                and not births
                and (previous or birth_before)
                and THAT_TIME.search(clause)
                and not NEGATION.search(clause)
            ):  # 大的生在2016年 那会儿家里穷 领低保, "my daughter born 2021, | at that time i was laid
                # off | and getting shiyejin": the time of the benefit named next
                carried = previous
                continue
            if carried is not None and not births and MOVED_ON.search(clause):
                carried = None  # "生老二时… 今年下岗了 领着失业金": the time is now again
            last = next((h for h in reversed(found) if h.when == "birth"), None)
            if (
                orders
                and last is not None
                and last.held
                and last.at == i - 1
                and BORN_BEFORE_THAT.match(clause)
            ):  # "laoer and laosan born in dibao years, | laoda before": before that time, none
                for other in orders:
                    found.append(HardshipSaid("birth", False, other, i, clause))
                continue
            if orders and word_seen and BORN_DURING.match(clause):
                for other in orders:  # "the older one before dibao, | the younger one during"
                    found.append(HardshipSaid("birth", True, other, i, clause))
                continue
            if CONTRAST.match(clause) and orders and last is not None:
                for other in orders:  # "on dibao at the birth too, unlike with the first two"
                    found.append(HardshipSaid("birth", not last.held, other, i, clause))
                continue
            since = next((h for h in reversed(found) if h.when == "now" and h.held), None)
            if (
                since is not None
                and re.search(r"\bsince\b|开始|以来", since.span)
                and re.search(
                    r"born (?:after|since) (?:that|then|it)\b|之后(?:才|出)?生|以后(?:才|出)?生",
                    clause,
                )
                and not NEGATION.search(clause)
            ):  # "on dibao since 2020, both our kids were born after that": at every birth
                for order in _or_named(orders, named_here):
                    found.append(HardshipSaid("birth", True, order, i, clause))
                continue
            last_said = found[-1] if found else None
            if (
                last_said is not None
                and last_said.when == "now"
                and last_said.held
                and not NEGATION.search(clause)
                and (
                    BORN_IN_IT.search(clause)
                    or (births and re.search(r"\b(?:also|too|as well)\b", clause))
                )
            ):  # "失业金 for 6 months last year, our baby was born in that time", "特困 for 6
                # years now, also when both kids were born": at the birth too
                if (
                    BORN_IN_IT.search(clause)
                    and (
                        not last_said.explicit
                        or (
                            (THAT_TIME.search(last_said.span) or PAST_ONLY.search(last_said.span))
                            and not EXPLICIT_NOW.search(last_said.span)
                        )
                    )
                    and not HELD_YEARS_TILL_NOW.search(last_said.span)
                ):  # 他爸下岗那阵领着失业金 | 正好赶上生他: held at that time, not said of now
                    found.remove(last_said)  # the benefit of that time, not said of now
                for order in _or_named(orders, named_here):
                    found.append(HardshipSaid("birth", True, order, i, clause))
                continue
            if (
                births
                and orders
                and word_seen
                and IS_INSTEAD.match(clause)
                and re.search(r"不是", prior)
                and HARDSHIP.search(prior)
            ):  # 低保不是生老大时候吃的 | 是生老二时候: the benefit at the birth named instead
                for order in orders:
                    found.append(HardshipSaid("birth", True, order, i, clause))
                continue
            if orders and TAKEN_UP_AFTER_BIRTH.search(clause):
                for order in orders:  # "we applied dibao after the twins were born": not at it
                    found.append(HardshipSaid("birth", False, order, i, clause))
                continue
            if (
                FINE.search(clause)
                and found
                and found[-1].when == "birth"
                and found[-1].child is None
                and not found[-1].held
                and found[-1].at == i - 1
            ):
                continue  # "no dibao when they were born, | we was ok then": the same no
            if births and orders and FINE.search(clause) and not NEGATION.search(clause):
                for order in orders:  # 老大老二生的时候家里条件还行: no benefits at those births
                    found.append(HardshipSaid("birth", False, order, i, clause))
                continue
            if (
                births
                and (not word_seen or (orders and _only_the_time(clause)))
                and not NEGATION.search(clause)
                and not (seen and _yes(clause))
                and not SAID_THEN.search(clause)
            ):  # asked about the births, 老三出生那阵 is still carried to the benefit named next
                carried = orders
                continue
            if (
                seen
                and not births
                and EXPLICIT_NOW.search(clause)
                and re.search(r"(?:也|还|又)(?:在)?(?:上着|上班)|" + WORKING.pattern, clause)
                and not NEGATION.search(clause)
            ):  # "生老二时候就上班了 现在也上着": working now, so not on them now
                found.append(HardshipSaid("now", False, None, i, clause, explicit=True))
                continue
            if births and (NEGATION.search(clause) or WORKING.search(clause)):
                if not orders and BARE_BIRTH_TIME.match(clause):
                    orders = previous  # 17年生的老大 | 生的时候没领: the birth just told
                for order in _or_named(orders, named_here):
                    found.append(HardshipSaid("birth", False, order, i, clause))
                if (
                    NEGATION.search(clause)
                    and THAT_TIME.search(clause)
                    and re.search(r"\bnow\b|现在|目前|如今", clause)
                ):  # "not then not now", "neither back then nor now": no at the births nor now
                    found.append(HardshipSaid("now", False, None, i, clause, explicit=True))
                continue
            if (
                not word_seen
                and orders
                and asked == "hardship_at_birth"
                and len(clause.split()) <= 6
                and not re.search(r"\d{2}|年|月|岁|出生|生的|born", clause)  # not 老二是25年1月生的
                and (NEGATION.search(clause) or _yes(clause) or ONLY.search(clause))
                and not MULTIPLES_ORDERED.search(clause)
                and not (
                    not NEGATION.search(clause)
                    and not _yes(clause)
                    and any(HARDSHIP.search(p) and NEGATION.search(p) for j, p in parts if j > i)
                )  # "就老大和俩双胞胎 … 没吃低保": the children listed, the benefit denied after
            ):  # "for the older one no", "youngest yes", "only with the newest one"
                held = not NEGATION.search(clause)
                for order in orders:
                    found.append(HardshipSaid("birth", held, order, i, clause))
                continue
            if (
                (births or (orders and FOR_BIRTH.match(clause)))  # "for the first baby we had it"
                and word_seen
                and re.search(
                    r"\b(?:had|got|get|getting|received|claimed|were on|was on|on|have|having)"
                    r" (?:it|that|them)\b"
                    # "we had tekun when laoda came, | and again when laoer came": the same again
                    r"|^\s*(?:and |but )?(?:then )?(?:also )?again\b"
                    # "on unemployment again, 2nd time. first time was when our eldest was born"
                    r"|\b(?:the )?(?:first|last|other|previous|1st) time (?:was|were)\b"
                    # "unemployment money for 6 months, that covered when laoer was born"
                    r"|\b(?:it|that|which) (?:also |even )?covered\b"
                    # "we aint on dibao now but were when she was born": the benefit elided
                    r"|^\s*(?:but |and |yet )?(?:we |i |she |he |they )?(?:were|was|did|had)\b"
                    r"(?!\s+(?:born|not|no|never|off|ok|okay|fine)\b)"
                    # "with the first we didnt have dibao, | with the second we did": elided
                    r"|\b(?:we|i|she|he|they) (?:did|were|was|had|do)(?:n't)?(?: too| as well)?\s*$"
                    r"|^\s*(?:for|with|at) (?:the |our |my )?[\w\u2060']+(?: (?:one|birth|baby))?"
                    r" (?:have|has|had|got)(?: it| too| also)?\s*$",  # "…, for laoer have"
                    clause,
                )
            ):  # "not on dibao anymore. we had it when the triplets born": the benefit named before
                held = not NEGATION.search(clause)
                for order in _or_named(orders, named_here):
                    found.append(HardshipSaid("birth", held, order, i, clause))
                continue
            if (
                orders
                and not seen
                and FOR_BIRTH.match(clause)
                and re.search(r"\b(?:(?:had|got|get|received|was|were) )?nothing\b", clause)
                and any(HARDSHIP.search(p) for j, p in parts if j > i)
            ):  # "with the first we had nothing, | with the second we on dibao": none at that birth
                for order in orders:
                    found.append(HardshipSaid("birth", False, order, i, clause))
                continue
            if seen and orders and FINE.search(clause) and not NEGATION.search(clause):
                for order in orders:  # "for our eldest we were ok": no benefits at that birth
                    found.append(HardshipSaid("birth", False, order, i, clause))
                continue
            if EN_QUESTION.match(clause) and not HELD_IN_QUESTION.search(clause):
                continue  # "…when our son was born, | can we still apply for the extra": asked
            affirm = _yes(clause)
            if (
                affirm
                and affirm.group(0).lower() in ("是", "was", "were")
                and re.search(r"生的|出生|\bborn\b|\d{4}|\d\s*(?:年|月|岁)", clause[affirm.end() :])
            ):  # "老二是今年8月生的", "sorry, the second one was born on 2024-11-11"
                affirm = None  # a birth told, no benefit
            if affirm and ANOTHER_CHILD_TOLD.match(clause):
                affirm = None  # 还有个大的三年级: one more child told, no yes to a benefit
            if affirm and MULTIPLES_ORDERED.search(clause):
                affirm = None  # "the triplets are child 2 3 and 4": which children, no yes
            if affirm and CHILDREN_AGED_NOW.fullmatch(clause):
                affirm = None  # "they are 2 now": the children's age, no yes to a benefit now
            if affirm and orders and AGE_AFTER_VERB.fullmatch(clause, affirm.end()):
                affirm = None  # "…on dibao then, the older two are 8 | and 5": their ages, no yes
            asks = MEASURE_ASKED.search(clause)
            if affirm and asks and asks.end() > affirm.start():
                affirm = None  # "2022年生的老二能领那个600吗": a measure asked about, no yes
            if not seen or not (NEGATION.search(clause) or affirm or STOPPED.search(clause)):
                continue
            if (
                SUBSIDY_TIME_ASKED.search(clause) or SUBSIDY_FIGURE_DRAWN.search(clause)
            ) and not HARDSHIP.search(clause):
                continue  # "另外从现在到停发还能领几个月", "俺们一直只领了600": the subsidy, no benefit
            if orders and ASKED_OF_A_BIRTH.search(clause) and not HARDSHIP.search(clause):
                continue  # "没有低保 | 另外老大上幼儿园有啥优惠没": a question of 老大, no answer
            if ENROLMENT_ASKED.search(clause) and not HARDSHIP.search(clause):
                continue  # "no. if we sign her up now is it still free?": the newborn's
                # insurance asked (tester 123 p7 was read back "on dibao … now")
            if STOP_THEN_BORN.search(clause) and not EXPLICIT_NOW.search(clause):
                continue  # 特困刚断 | 停了才十来天就生了: the stop told against the birth, not now
            if _stop_of_the_birth_before(clause, found, i, births, orders):
                continue  # 二孙子出生那会儿儿子找着活了 不吃了: the stop of that birth's time
            if not births and not now and _stop_before_a_later_birth(clause, parts, i):
                continue  # 后来找着工作了 | 老二是上班以后生的: a time between births, not now
            if not births and not orders and carried is not None and not now and not word_seen:
                births, orders = True, carried  # 宝宝出生的时候 | 家里啥也没领: that birth
            held = not _negated(clause, None) and not (
                WORKING.search(clause) and not HARDSHIP.search(clause)
            )  # "son had a new job by then": working, not on the benefit at that birth
            if births or (orders and not now) or _bare_yes_to_births(clause, i, asked):
                for order in _or_named(orders, named_here):
                    found.append(HardshipSaid("birth", held, order, i, clause))
            elif _held_to_a_childs_time(clause) and not EXPLICIT_NOW.search(clause):
                pass  # 生孩子之前就在领了 一直领到孩子满月: the birth's story, no word of now
            elif (
                BY_THEN.search(clause)
                and not EXPLICIT_NOW.search(clause)
                and any(h.when == "birth" for h in found)
            ):
                pass  # "laoer no, by then husband found job": the time of that birth, not now
            elif now or STOPPED.search(clause) or LONG_OVER.match(clause):
                held = held and not _held_to_a_past_time(clause, today)  # 一直领到去年: ended
                found.append(HardshipSaid("now", held, None, i, clause, explicit=True))
            continue
        last = found[-1] if found else None
        if _names_the_benefit_answered(clause, last, i, prior) and not births and not orders:
            seen = word_seen = True
            continue  # 老大出生那会有 | 领着特困: what that birth had, named; no word of now
        if (
            last is not None
            and last.when == "birth"
            and last.at == i - 1
            and not births
            and not EXPLICIT_NOW.search(clause)
            and not orders
            and (
                re.match(r"\s*(?:供养)?(?:户)?也", clause[word.end() :])
                or ALSO_OPENING.match(clause[: word.start()])
            )
        ):  # "俩孩子出生时都没领过低保 特困也没有", 生娃的时候没吃低保 | 也不是特困: the same births
            opening = ALSO_OPENING.match(clause[: word.start()])
            held = not (
                opening.group("no")
                if opening
                else re.match(r"\s*\S{0,4}?也(?:都)?(?:没|不)", clause[word.end() :])
            )
            for h in [h for h in found if h.when == "birth" and h.at == i - 1]:
                found.append(HardshipSaid("birth", held, h.child, i, clause))
            seen = word_seen = True
            continue
        seen = word_seen = True
        after = clause[word.end() :]
        stopped = STOPPED.search(FUTURE_END.sub(lambda m: " " * len(m.group(0)), after))
        # not 失业金下个月就停了: its end still to come, on it now
        if births and ENDED_BEFORE.search(after):
            # "shiyejin ran out before the little one was born": not on it at that birth
            ended_at: list[int | None] = list(orders or carried or previous) or [named_here]
            for order in ended_at:
                found.append(HardshipSaid("birth", False, order, i, clause))
            carried = None
            continue
        if (
            births
            and stopped
            and re.search(
                r"已经|早就|早(?=领完|停|断|到期|退)|刚从|刚(?=领完|停|断|到期|退)|already|by then",
                clause[: word.end() + stopped.end()],
            )
        ):
            # 生老二的时候低保已经退了, "by the time the baby came we were already off dibao",
            # 老大落地那阵俺们刚从特困里退出来 (just come off it)
            for order in _or_named(orders or carried or previous, named_here):
                found.append(HardshipSaid("birth", False, order, i, clause))
            carried = None
            continue
        if births and stopped and not NEGATION.search(clause[: word.start()]):
            # "when the little one came we were on unemployment money, not anymore tho"
            held_at: list[int | None] = list(orders or carried or previous) or [named_here]
            for order in held_at:
                found.append(HardshipSaid("birth", True, order, i, clause))
            found.append(HardshipSaid("now", False, None, i, stopped.group(0), explicit=True))
            carried = None
            continue
        orders, others, cut = _not_these(clause, orders, birth_orders)
        said = clause[:cut]  # "dibao was when laoer was born not laoda": the yes, before the "not"
        held = not _negated(said, word) and not (
            births and NEGATION.search(JOB_GONE.sub(lambda m: " " * len(m.group(0)), said))
        )
        if (
            re.search(r"(?:started|began|开始)[^,.，。]{0,30}(?:after|以后|之后)", clause)
            or (BENEFIT_CAME_AFTER.search(clause))
            or (GOT_ON_AFTER.search(clause))
        ):
            held = False  # "only started getting dibao after the youngest was born": no birth
            births, orders, carried = re.search(r"born|出生|生", clause), [], None
            orders = _births_up_to(clause, birth_orders, latest)
            if not births and any(h.when == "birth" for h in found):
                continue  # "we had nothing at the birth, | dibao came later": its start, not now
        elif orders and STARTED_AFTER_A_BIRTH.search(clause):
            held = False  # "after our eldest born we start getting dibao": none at that birth
        if carried is not None and not births and EXPLICIT_NOW.search(clause):
            carried = None  # "when she gave birth we had employee insurance, on dibao now"
        if (
            not held
            and not (births or orders)
            and BARE_DENIAL.fullmatch(clause)
            and found
            and found[-1].when == "birth"
            and not found[-1].held
            and found[-1].at == i - 1
        ):
            continue  # "she was born with no dibao, | no tekun, | nothing": the same no, listed
        if _example_of_the_answer_before(clause, word, held, found, i, bool(births or orders)):
            continue  # 生的时候 没在领任何补助 | 低保啥的都没有: the same answer, an example named
        if held and TAKEN_UP_AFTER_BIRTH.search(clause):
            held = False  # "we applied dibao after the twins were born": not held at the birth
        for other in others:  # "the dibao was with laoda not laoer": the other answer for laoer
            found.append(HardshipSaid("birth", not held, other, i, clause))
        if births or carried is not None:
            # "for our third, | tekun": the birth the part before framed
            picked: list[int | None] = list(orders or carried or previous or follows) or [
                named_here
            ]
            if EVERY_BIRTH.search(clause) and not birth_orders(clause):
                picked = [None]  # "gave birth to her 2nd, she was on dibao both times": every birth
            elif (
                not orders
                and len(named_so_far) >= 2
                and re.match(r"\s*(?:生|出生)[^，,\s]{0,4}(?:的?时候|那会儿?|时)\s*也?都", clause)
            ):
                picked = [None]  # 老大17年 小的21年 | 生的时候也都在低保上: every birth told
            for order in picked:
                found.append(HardshipSaid("birth", held, order, i, clause))
            carried = None
            if ALSO_NOW.search(clause):  # 生孩子那会儿和现在都没领过低保: the births and now alike
                found.append(HardshipSaid("now", held, None, i, clause, explicit=True))
            elif held and (TO_THE_PRESENT.search(clause) or HELD_FOR_A_TIME.search(clause)):
                # 从那会儿一直领失业金到现在, "we've been on dibao 6 months so it covered his birth": now too
                found.append(HardshipSaid("now", True, None, i, clause, explicit=True))
            continue
        if not orders and not now and follows:
            orders = follows  # "for our eldest we were ok, no benefits": that birth
        if orders and not now:
            for order in orders:
                found.append(HardshipSaid("birth", held, order, i, clause))
            continue
        if held and _held_to_a_past_time(clause, today):
            held = False  # 低保从22年领到24年: held up to a time past, not now
        if now:
            found.append(HardshipSaid("now", held, None, i, clause, explicit=True))
        elif (
            held and LASTED.search(after) and any(h.when == "birth" and h.held for h in found)
        ):  # "on unemployment money when the twins came, shiyejin for like 8 months": how long
            continue  # it lasted then, not now
        elif (
            not PAST_ONLY.search(clause)
            or not held  # 从来没领过: not now either
            or any(j == i + 1 and BORN_IN_IT.search(p) and not NEGATION.search(p) for j, p in parts)
        ):  # 领了三年失业金 | 老二就是那段时间生的: the time the birth is placed in, read there
            found.append(HardshipSaid("now", held, None, i, clause))
    if any(h.when == "birth" and h.held for h in found):
        found = [  # "生老三的时候就领上了 … 低保是24年才办的": when they got on, not now
            h for h in found
            if not (h.when == "now" and TOLD_WHEN.search(h.span) and not NOW.search(h.span))
        ]  # fmt: skip
    found = [  # "lost his job in 2024 and got shiyejin, | no.2 was born during it": that time, not now
        h for h in found
        if not (h.when == "now" and _time_of_a_birth_after(h, found))
    ]  # fmt: skip
    found = [  # 失业金是前年领的: the year it was had, no word of now
        h for h in found
        if not (h.when == "now" and not h.explicit and PAST_YEAR_HELD.search(h.span))
    ]  # fmt: skip
    found = [  # "we weren't on dibao when i got pregnant": that time, neither now nor the birth
        h for h in found
        if not (h.when == "now" and PREGNANCY_TIME.search(h.span) and not NOW.search(h.span))
    ]  # fmt: skip
    return _other_birth_denied(
        _benefit_put_right(_never_held(found), clauses), clauses, birth_orders
    )


# A birth named only to be denied before the one it is put right to (不是老三 | 是老二出生的时候有低保).
NOT_THAT_BIRTH = re.compile(
    r"\s*(?:不对\s*)?不是(?:生)?" + _ORDER_WORD + r"(?:的|那个|那次|那会儿?)?\s*"
)


def _other_birth_denied(
    found: list[HardshipSaid], clauses: Clauses, birth_orders: Callable[[str], list[int]]
) -> list[HardshipSaid]:
    """`found`, and, where a birth's answer opens on 是 right after a part that only denies
    another birth (不是老三 | 是老二出生的时候有低保), the opposite answer for the birth denied."""
    added: list[HardshipSaid] = []
    told = {h.child for h in found if h.when == "birth"}
    for h in found:
        if h.when != "birth" or h.child is None or h.at < 1:
            continue
        prior = clauses[h.at - 1][1]
        if not (IS_INSTEAD.match(clauses[h.at][1]) and NOT_THAT_BIRTH.fullmatch(prior)):
            continue
        for order in birth_orders(prior):
            if order not in told:
                added.append(HardshipSaid("birth", not h.held, order, h.at - 1, prior.strip()))
                told.add(order)
    return [*found, *added]


# Never had the benefit (一直没领过低保, 从来没吃过低保, "we've never been on dibao"): not at any
# birth and not now.
NEVER_HELD = re.compile(
    r"(?:一直|从来|从|始终|向来|压根儿?|根本)(?:就)?(?:都|也)?(?:没|未|不)(?:有)?(?:领|吃|拿|办|享受|申请)"
    r"|(?:一直|从来|始终|向来)(?:就)?(?:都|也)?(?:没有|没)过?(?=\s*(?:$|[，,。！!]))"
    r"|\bnever\b(?! (?:stopped|ended|came off|went off|got off))"
)


def _never_held(found: list[HardshipSaid]) -> list[HardshipSaid]:
    """A benefit said never held, read as one time only (now, or the births): the other time
    too, unless the message tells that time otherwise."""
    never = [h for h in found if not h.held and NEVER_HELD.search(h.span)]
    if not never or any(h.held for h in found):
        return found
    added: list[HardshipSaid] = []
    if not any(h.when == "birth" for h in found):
        added.append(HardshipSaid("birth", False, None, never[0].at, never[0].span))
    if not any(h.when == "now" for h in found) and all(
        h.child is None and not BIRTH_TIME.search(h.span) for h in never
    ):
        added.append(HardshipSaid("now", False, None, never[0].at, never[0].span))
    return [*found, *added]


# A benefit begun between two births: "dibao started after our first and before our second", "we
# went on tekun between the two births", "got shiyejin in between our first and second".
BEGAN = re.compile(
    r"\b(?:started|began|begin|start|kicked in|came|went on|got on|got|applied|approved)\b"
)
STARTED_BETWEEN_BIRTHS = re.compile(
    r"\b(?:in )?between (?:the |our )?(?:2|two) (?:births|kids|children|of them)\b"
    r"|\b(?:in )?between (?P<a>[^,.;]{1,24}?)\s+and (?P<b>[^,.;]{1,24})"
    r"|\bafter (?P<a2>[^,.;]{1,24}?)\s+(?:and|but) before (?P<b2>[^,.;]{1,24})"
    r"|\bbetween (?P<a3>老\d)\u2060?(?P<b3>老\d)"  # "between our first and second", read as a pair
)


def _started_between_births(
    clause: str, birth_orders: Callable[[str], list[int]], latest: int
) -> list[tuple[int, bool]] | None:
    """The births before a benefit begun between two births had none, the one after it had it:
    [(order, held)], or None when the clause tells no such start."""
    m = STARTED_BETWEEN_BIRTHS.search(clause)
    if m is None or not BEGAN.search(clause[: m.start()]) or NEGATION.search(clause):
        return None
    first = m.group("a") or m.group("a2") or m.group("a3")
    then = m.group("b") or m.group("b2") or m.group("b3")
    if first is None or then is None:
        return [(1, False), (2, True)] if latest == 2 else None
    before, after = birth_orders(first), birth_orders(then)
    if len(before) != 1 or len(after) != 1 or not 0 < before[0] < after[0]:
        return None
    return [(o, False) for o in range(1, before[0] + 1)] + [(after[0], True)]


AFTER_WORD = re.compile(r"\bafter\b|以后|之后")


def _births_up_to(clause: str, birth_orders: Callable[[str], list[int]], latest: int) -> list[int]:
    """The births up to the one a benefit began after, when that is not the latest ("we got dibao
    after the eldest was born": the eldest's; after the youngest, every birth: none named)."""
    after = AFTER_WORD.search(clause)
    named = [o for o in birth_orders(clause[after.end() :]) if o > 0] if after else []
    if not named or latest <= 0 or max(named) >= latest:
        return []
    return list(range(1, max(named) + 1))


def _time_of_a_birth_after(said: HardshipSaid, found: list[HardshipSaid]) -> bool:
    """A benefit told in the past tense with no word of now ("my son lost his job in 2024 and got
    shiyejin"), a birth placed in it after ("grandson no. 2 was born during it"): the time of
    that birth, not now."""
    return (
        not said.explicit
        and bool(TOLD_IN_THE_PAST.search(said.span))
        and not NOW.search(said.span)
        and any(
            h.when == "birth" and h.held and h.at > said.at and BORN_IN_IT.search(h.span)
            for h in found
        )
    )


# The time of a pregnancy gone by, set as a benefit's time (tester 26: "we weren't on dibao when i
# got pregnant, does that matter" read as not on dibao now): 怀孕的时候, 刚怀上那会儿, "when i got
# pregnant", "while she was pregnant".
PREGNANCY_TIME = re.compile(
    r"怀(?:孕|上|着)(?:\w{0,2})?(?:的)?(?:时候|时|那会儿?|那阵子?|那年)"
    r"|\b(?:when|while)\s+(?:(?:she|i|we|my \w+)\s+)?(?:got|was|were|became|fell)\s+pregnant\b"
)


# The benefit named wrong and put right in the next part, its time not said again ("生的时候在领
# 失业金 不对 是在领低保", "on shiyejin at the birth, sorry I mean dibao").
PUT_RIGHT = re.compile(
    r"^\s*(?:哦|噢|啊)?\s*(?:不对|说错了|不是|搞错了|记错了)|\b(?:sorry|i mean|i meant|actually)\b"
)


def _benefit_put_right(found: list[HardshipSaid], clauses: Clauses) -> list[HardshipSaid]:
    """A benefit said of a birth and then put right with no time of its own is of that birth
    too: the one put right says which benefit, not that it is held now."""
    out: list[HardshipSaid] = []
    for h in found:
        before = next(
            (b for b in reversed(out) if b.when == "birth" and b.at < h.at),
            None,
        )
        if (
            h.when == "now"
            and not re.search(
                r"现在|目前|如今|至今|还在|仍|依然|一直|\bnow\b|currently|these days|\bstill\b",
                h.span,
            )  # "…and still do actually": now after all
            and before is not None
            and h.at - before.at <= 2
            and PUT_RIGHT.search(" ".join(c for _, c in clauses[before.at + 1 : h.at + 1]))
        ):
            out.append(HardshipSaid("birth", h.held, before.child, h.at, h.span))
            continue
        out.append(h)
    return out


# "for the baby yes we are on dibao since 2024": the answer for a birth, then more said.
ANSWER_THEN = re.compile(
    r"(?:(?<=\byes)|(?<=\byeah)|(?<=\byep)|(?<=\bnope)|(?<=\bno))\s+(?=(?:we|i|they)\b)"
)


def _answer_then_more(part: str, birth_orders: Callable[[str], list[int]]) -> list[str]:
    """A part cut after a yes or no that answers for a birth named before it."""
    m = ANSWER_THEN.search(part)
    if m is None or not birth_orders(part[: m.start()]):
        return [part]
    return [part[: m.start()], part[m.end() :]]


def _births_answered(
    clauses: Clauses, birth_orders: Callable[[str], list[int]]
) -> list[HardshipSaid]:
    """The answer to "were you on such benefits at the births?" naming births without naming
    the benefit: "only when the twins came, not the eldest", "the first one yes, the baby no"."""
    found: list[HardshipSaid] = []
    # "youngest yes the older two no": one answer per child named, each its own part.
    parts = [(i, p) for i, (_, c) in enumerate(clauses) for p in _answer_parts(c)]
    # "the eldest | and the youngest yes": births named alone, then answered with the next part
    waiting: list[int] = []
    for i, clause in parts:
        if UNSURE.search(clause):
            waiting = []
            continue  # "the first two i cant remember": no answer for those births
        if not (NEGATION.search(clause) or ANSWERED_YES.search(clause)):
            waiting = birth_orders(clause) if _names_only_births(clause) else []
            continue  # "不对，老二是…出生的": a date told, not a yes or no
        if DATE_DENIED.search(clause):
            waiting = []
            continue  # "the twins were born in october not last month": a date put right
        held = not (NEGATION.search(clause) or WORKING.search(clause) or FINE.search(clause))
        for order in [*waiting, *birth_orders(clause)]:  # "we were both working when our son was
            found.append(HardshipSaid("birth", held, order, i, clause))  # born": a no
        waiting = []
    return found


# The family's hukou said alone between other parts (都是济南户口, 户口都在北京): no time, no birth.
HUKOU_ASIDE = re.compile(
    r"\s*(?:都是|也是|全是|全家都是|我们都是|俺们都是)?(?:济南|北京|本地|外地)?(?:户口|户籍)"
    r"(?:都|也)?(?:在)?(?:济南|北京|本地|老家)?(?:的)?\s*"
)


# A part that only names births: "the eldest", "our first and", 老大和.
ONLY_BIRTHS = re.compile(
    r"\s*(?:(?:and|but|also|the|our|my|his|her|their|both)\s+)*[\w']+(?:\s+[\w']+){0,2}\s*(?:and|&|,)?\s*"
)


def _names_only_births(part: str) -> bool:
    """A short part with no date, age or answer in it ("the eldest", "our first son"): the
    births it names share the answer of the part after it."""
    return bool(ONLY_BIRTHS.fullmatch(part)) and not re.search(r"\d|年|月|岁", part)


# A list of births ended by "too": "… the big girl and the twins too".
ADDED_TOO = re.compile(r"\s+(?:too|as well|also)\s*$")


def _births_added(parts: list[tuple[int, str]], at: int) -> bool:
    """The births listed from this part on end with "too" ("for every birth, | the big girl |
    and the twins too"): said of every birth, not listed one by one."""
    for _, part in parts[at:]:
        if ADDED_TOO.search(part):
            return _lists_births_only(ADDED_TOO.sub("", part))
        if not _lists_births_only(part):
            return False
    return False


def _lists_births_only(part: str) -> bool:
    """A part that lists births and says nothing else: "the twins and then laosan", "the twins
    or the third", "then the youngest" (not "the older two no", an answer of its own)."""
    if ANSWER_WORD.search(part) or re.search(r"没|有|不|领|吃", part):
        return False  # 老大那时候没有: an answer of its own (probe zh-13002 was read as had)
    part = re.sub(r"^\s*(?:and |then |and then )+", "", part.replace("\u2060", ""))
    pieces = [p for p in re.split(r"\s+(?:and|or|n|&)\s+(?:then\s+)?|,", part) if p.strip()]
    return bool(pieces) and all(_names_only_births(p) for p in pieces)


# "not last month", "not in june", 不是上个月, 不是1月: the "no" is said of a date.
DATE_DENIED = re.compile(
    r"(?:\bnot\s+(?:in\s+|on\s+|the\s+)?|不是\s*)(?:(?:last|this|next)\s+(?:month|year|week)\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}\s*(?:st|nd|rd|th|年|月|号|日)?(?![\d个岁人])"
    r"|(?:上|下|这)个?月|(?:去|前|今|明)年)"
)


ANSWERED_YES = re.compile(
    # "we were on it for the 2nd", "had it with the twins": the benefit asked about, had then
    r"\b(?:(?:were|was|been) on|had|got|getting|received) (?:it|that|them)\b|"
    r"\b(?:yes|yeah|yep|yup|only|when)\b|\bjust\b(?= (?:for |with |at |when )?(?:the|our|my|his|her|their) )|(?<!还)(?<!所)有(?!\d)|领了|在领|那会|时候|"
    + BIRTH_TIME.pattern
)


# --- housing provident fund ------------------------------------------------------------------

FUND = re.compile(
    r"公积金|housing (?:provident )?fund|provident fund|gongjijin|\bthe fund\b"
    r"|\bhpf\b|\bgjj\b"  # the abbreviations workers and notes use ("both contribute to HPF")
)
# "I paid in for 3 years but stopped, nobody paying now": paying in is paying into the fund.
PAID_IN = re.compile(
    r"\b(?:pay|pays|paid|paying) in\b(?=\s*(?:$|[,.;!?]|for\b|since\b|too\b|now\b|any ?more\b"
    r"|as well\b|either\b|until\b|till\b|every\b|but\b|and\b))"
)
PERSON = re.compile(
    r"我老公|我老婆|老公|老婆|媳妇|丈夫|妻子|爱人|孩子爸|孩子妈|我自己|公公|婆婆|岳父|岳母|我爸|我妈|我|他|她"
    r"|(?:俺|我)?(?:孩子?他|孩子?她|孩子?)(?:爹|娘|爸|妈)|俺(?:老公|老婆|媳妇|男人|对象|家那口子)?|(?:我|俺)?对象|(?:我|俺)家那口子"
    r"|(?:我|俺)(?:小姑子|小叔子|哥|姐|弟|妹|公公|婆婆)|小姑子|小叔子"
    # a grandparent's words: 儿子在单位交公积金 儿媳没交, 闺女交 女婿没交
    r"|儿媳妇?|女婿|姑爷|儿子(?=在单位|交|缴|有公积金|也|没|不)|闺女(?=在单位|交|缴|有公积金|也|没|不)"
    r"|my (?:husband|wife)|\bhusband\b|\bwife\b|\bhubby\b|\bwifey\b|\bme\b|\bi\b|i've|i'm|\bhe\b"
    # a grandparent's words: "son has gjj from his company, she doesnt"
    r"|\b(?:son|daughter|son-in-law|daughter-in-law|partner)\b(?= (?:has|pays|gets|doesn|does|also|still))"
    r"|\bshe\b"
)
PAY = re.compile(
    r"交|缴|有|pays?|paid|contributes?|has|have|\bdoes\b|\bdo\b|\bdid\b|doesn't|don't|didn't"
)
# The "does" / "do" that opens a question ("does my wife's leave double", "do we get more"): no
# one said to pay.
ASKED_AUX = re.compile(r"^\W*(?:and |but |so |also )?(?:does|do|did|has|have)\b")
PAY_NEG = re.compile(r"没|不|无|断缴|停缴|断了|停了|doesn't|don't|not|no\b|never|\bnone\b")
# How much was paid judged (交了五年也不够, 交了不到一年): no denial that it is paid.
NOT_ENOUGH = re.compile(r"(?<![交缴])不(?:够|多|高|少|到)")
# 断缴 / 停缴 with nothing else named: payments of the fund stopped (社保 names its own).
LAPSED = re.compile(r"断缴|停缴")
# "my husband also pays, so 2", the payers known: one more payer, the fund not named again.
ALSO_PAYS = re.compile(r"\b(?:also|too) (?:pays|pay)\b|\b(?:pays|pay) (?:it )?(?:too|as well)\b")
# "only my wife pays now", the payers known: who pays now, the fund not named again.
ONLY_PAYS_EN = re.compile(
    r"\b(?:only|just)\s+(?:my |the |her |his )?(?:wife|husband|partner|me|i|he|she|one of us)"
    r"\s+(?:still\s+)?(?:pays|pay|is paying|paying|contributes|does)\b"
)
# 俩人都交, 都没交, 就我交, the payers known: who pays, the fund not named again (not 社保 or rent).
CN_PAYERS = re.compile(
    r"(?:(?<![\d.])\d\s*(?:个)?人|(?:我|俺|咱)(?:们)?\d|两口子|谁|没人|就(?:我|他|她|俺)|只有\S{1,4}?)?"
    r"(?:都|也)?(?:没|不)?(?:在)?(?:交|缴)"
)
OTHER_DUES = re.compile(r"社保|医保|保险|险|房租|租|学费|费|税|钱")
# "我们在济南没有房子", "she has 灵活就业 insurance": a clause of something else had or not.
OTHER_THINGS = re.compile(
    OTHER_DUES.pattern
    + r"|房|车|户口|低保|特困|insurance|\b(?:house|home|flat|car|hukou|dibao|tekun|rent)\b"
    # 我们有俩孩子: the children had, not the fund
    + r"|有\s*(?:\d|几)\s*(?:个)?(?:孩子|娃|小孩|宝|闺女|儿子|孙)|\b(?:have|has|got) (?:\d|two|three|four)"
    r" (?:kids?|children|boys?|girls?|sons?|daughters?)\b"
)
# "no wait", "no no", "不对": a correction's opening, no "no" to paying.
# "What else is there" (还有别的啥, 有没有其他的, 有什么): the 有 asks, it does not say the fund is had.
WHAT_ELSE = re.compile(
    r"(?:还|另外)?有(?:没有)?(?:别的|其他|其它|什么|啥|哪些)|还有没有|还有(?=[^公]{0,4}(?:能|可以)享受)"
)
# A sum or its basis talked of (公积金900000, 90万, 是按2个孩子算的, 最高多少): the fund's money.
SUM_TALKED = re.compile(r"\d{4,}|\d+(?:\.\d+)?\s*万|按.{0,8}算|上限|最高|封顶|ceiling|\bmax")
# A clause going on about the person of the one before ("husband works, has housing fund").
HAS_IT = re.compile(r"\s*(?:and |also )*(?:has|have|got|pays|gets)\b", re.I)
# "还有" opening a piece about a person ("还有他陪产假几天"): "and also", no "has".
ALSO_OPENS = re.compile(r"^\s*(?:那|另外)?还有(?=\s*(?:他|她|我|俺|老公|老婆|媳妇|爱人|孩子))")
OPENER = re.compile(
    r"^\s*(?:(?:no|nah|oh)[\s,]+(?:wait|no|sorry|actually)\b|不对|不是不是)[\s,，.。!！]*"
)
# The payers named by a noun: "2 contributors", "3 gongjijin payers".
_PAYER_NOUN = r"(?:(?:fund |gongjijin |gjj |housing fund )?(?:contributors|payers))\b"
PAYER_NOUN = re.compile(r"(?<![\d.])[0-4]\s+" + _PAYER_NOUN)
# "so 2 not 1", "是2个不是1个", "不是1个人 是俩": the count known said wrong, the new one said;
# "1 person pays gongjijin not 2", "2 of us pay the fund, not 3": the payers and the fund between.
RECOUNTED = re.compile(
    r"(?<![\d.])(?P<n>[0-4])\s*(?:个人|人|个|people|persons?|of us|" + _PAYER_NOUN + r")?"
    r"(?:\s+(?:pays?|paying|contributes?|has|have)(?:\s+(?:the |into |into the |in )?"
    r"(?:gongjijin|fund|housing fund|provident fund|公积金))?)?"
    r"\s*[,，]?\s*(?:not|而?不是)\s*(?P<was>[0-4])(?![\d.])"
    r"|(?:not|不是)\s*(?P<was2>[0-4])\s*(?:个人|人|个|people|of us)?\s*[,，]?\s*(?:but|是|而是)\s*(?P<n2>[0-4])(?![\d.])"
)
# "would that count as 3?", "那就是3个人了吧": the count a hypothetical payer would make.
WOULD_MAKE = re.compile(
    r"(?:count as|make it|makes it|that(?:'d| would) be|would be|那就是|就是|算)\s*(?P<n>[0-4])(?![\d.])"
)


# Taking money out of the fund asked ("can i withdraw my housing provident fund to pay rent?",
# 我的公积金能取出来交房租吗): the rule of Jinan clause 14 asked, not a number of payers told.
WITHDRAWAL_ASKED = re.compile(
    r"\b(?:withdraw\w*|take (?:\w+ )?out|use)\b[^.?!]{0,40}\b(?:fund|gongjijin)\b"
    r"|\b(?:fund|gongjijin)\b[^.?!]{0,20}\b(?:for|to pay) (?:the |our |my )?rent\b"
    r"|公积金[^，,。？?]{0,8}(?:取|提|交房租|付房租|租房)|(?:取|提取|提)[^，,。？?]{0,4}公积金"
)
# …unless a payer is told beside it ("we both pay gongjijin, can we withdraw it for rent?")
PAYER_TOLD = re.compile(
    r"\d|两|俩|都|\b(?:both|each|two|three)\b|\bpays?\b(?! (?:the |our |my )?rent)|paying"
    r"|contribut|(?:交|缴)(?:了|着)?(?:住房)?公积金|有公积金"
)


# What the writer denies having said (我没说一个人交啊, i never said one person pays): the
# record put right, not a payer told; the clauses after it say the count.
NEVER_SAID = re.compile(
    r"(?:我|俺)(?:可|也|从来|根本|压根)?(?:都)?没(?:有)?(?:说|讲)(?:过)?|(?:我|俺)哪(?:里|儿)?(?:说|讲)"
    r"|谁说|\b(?:i|we) (?:never|didn't|did not|have never|never ever) (?:said|say|told|tell|wrote"
    r"|write|typed|type)\b"
)

# …the payers it denies: 一个人交, one person pays, only 1 pays.
PAYERS_SAID = re.compile(
    r"\s*(?:(?:是|就|只有|只)?(?:一|1|两|2|俩|三|3)\s*(?:个)?人|[^，,。.;；]{0,6}(?:交|缴)"
    r"|(?:that |it was )?(?:only |just )?(?:one|1|two|2|three|3) (?:person|people|of us|payers?)\b"
    r"|[^,.;]{0,20}\b(?:pays?|paying|contribut\w*)\b)"
)


def _unsaid_left_out(clauses: Clauses, text: str) -> tuple[Clauses, str]:
    """The clauses and text with each clause that denies having said something blanked, when
    another clause is left to say what is so."""
    denied = {i for i, (_, c) in enumerate(clauses) if NEVER_SAID.search(c)}
    if not denied or len(denied) == len(clauses):
        return clauses, text
    for i in denied:
        start, clause = clauses[i]
        if text[start : start + len(clause)] == clause:
            text = text[:start] + " " * len(clause) + text[start + len(clause) :]
    return [(o, " " * len(c) if i in denied else c) for i, (o, c) in enumerate(clauses)], text


# A count of children said with "only" ("3 kids only", "only two children", 就俩孩子): the
# children's number, not one payer.
CHILDREN_ONLY = re.compile(
    r"\b(?:\d|one|two|three|four|five)\s+(?:kids|children|boys|girls)\s+only\b"
    r"|\bonly\s+(?:have\s+)?(?:\d|one|two|three|four|five)\s+(?:kids?|children|child|boys|girls)\b"
    r"|(?:只有|就)(?:[1-5一二两三四五俩仨])个?(?:孩子|娃|小孩)",
    re.I,
)


def _children_only(text: str, m: re.Match[str]) -> bool:
    """Whether the payer word matched (`m`) is the "only" of a count of children."""
    return any(c.start() <= m.start() < c.end() for c in CHILDREN_ONLY.finditer(text))


def contributors(
    clauses: Clauses,
    asked: str | None,
    text: str,
    hypothetical: set[int],
    known_count: int | None = None,
) -> Said | None:
    """How many family members pay into the housing provident fund. `known_count`: the number
    known, which a count of payers said without the fund's name corrects ("no no only 2 pay")."""
    denied = NEVER_SAID.search(text)
    unsaid = _unsaid_left_out(clauses, text)
    if (
        denied
        and unsaid[1] != text
        and known_count is not None
        and PAYERS_SAID.match(text, denied.end())
        and asked is None
    ):  # "我没说一个人交啊 我俩都交", "i never said one person pays, both of us do"
        asked = "housing_fund_contributors"
    clauses, text = unsaid
    if (RULE_PAYERS.search(text) or FUND_MEASURE_ASKED.search(text)) and not re.search(
        r"我|俺|咱|\b(?:we|i|my|our|us)\b", text
    ):
        return None  # 三孩公积金贷款两人缴存上限多少, 北京有没有公积金贷款…: the rule asked
    if PAYING_TIME_ASKED.search(text) and asked != "housing_fund_contributors":
        return None  # "how long do i have to pay gongjijin before …": the rule's time asked
    written = _payers_written_zh(text, asked)
    if written is not None:
        return written
    if (
        asked != "housing_fund_contributors"
        and WITHDRAWAL_ASKED.search(text)
        and not PAYER_TOLD.search(text)
    ):
        return None  # "can i withdraw my housing fund to pay rent?": the rule asked
    if (
        not FUND.search(text)
        and not PAID_IN.search(text)
        and not PAYER_NOUN.search(text)
        and asked != "housing_fund_contributors"
        and (
            known_count is None
            or not (
                PAYERS_COUNTED.search(text)
                or ALSO_PAYS.search(text)
                or ONLY_PAYS_EN.search(text)
                or (CN_PAYERS.search(text) and not OTHER_DUES.search(text))
            )
        )
        and not (LAPSED.search(text) and not re.search(r"社保|医保|保险|险", text))
    ):
        return None
    recount = RECOUNTED.search(text) if known_count is not None else None
    if recount and int(recount.group("was") or recount.group("was2")) == known_count:
        return Said(
            "housing_fund_contributors",
            int(recount.group("n") or recount.group("n2")),
            0,
            recount[0],
        )
    imagined = next(
        (i for i, (_, c) in enumerate(clauses) if FUND.search(c) and i in hypothetical), None
    )
    if imagined is not None:
        rest = [(o, " " * len(c) if i in hypothetical else c) for i, (o, c) in enumerate(clauses)]
        told = [i for i, (_, c) in enumerate(rest) if c.strip()]
        said = _contributors_said(rest, asked, " ".join(c for _, c in rest)) if told else None
        if said is not None and said.value:  # "if we buy ... can we both use it? we both pay it"
            return Said(said.fact, said.value, told[0], said.span)
        said = _contributors_said(clauses, asked, text)
        made = (
            WOULD_MAKE.search(clauses[imagined][1])
            or next(  # "…paid gongjijin, | would that
                (m for _, c in clauses[imagined + 1 : imagined + 2] if (m := WOULD_MAKE.search(c))),
                None,
            )
        )  # count as 3?": the count asked in the clause after the "if"
        if said is None and made:  # "if my mother in law also paid, would that count as 3?"
            return Said("housing_fund_contributors", int(made.group("n")), imagined, made[0])
        if said is None or (
            said.value == 0
            and not re.search(
                r"\b(?:neither|none|nobody|no one)\b|\b(?:we|us|i|my|our)\b|我们|俺们|咱|我|俩|两口子",
                clauses[imagined][1],
            )
        ):
            return None  # "要是没有公积金还能领吗": a rule asked about, not the family's payers
        return Said(said.fact, said.value, imagined, said.span)
    return _contributors_said(clauses, asked, text)


# The payers as a note or a phone reply writes them in Chinese (probe 55A): one of the couple
# (夫妻一方缴存, 俩人就老公有公积金, 现在只有他), both (双方缴存, 双职工均缴公积金, 他扣两千三 老婆的扣
# 一千多).
ONE_OF_THE_COUPLE_ZH = re.compile(
    r"(?:夫妻)?[1一]方(?:缴存|缴|交)"
    r"|(?:俩人|两人|2人|我俩|我们俩|我们2个?|两口子|2口子)(?:里|中)?(?:就|只有|只)(?:我|老公|老婆|他|她|爱人|媳妇|丈夫|妻子)"
    r"(?:一个人?)?(?:有|交|缴)"
    r"|(?:现在|目前)(?:就|只有|只剩)(?:我|他|她|老公|老婆|爱人|媳妇|1个人?|一个人?)(?:在)?(?:交|缴|有)?(?:了)?"
    r"(?=$|[\s，,。.!！])"
    # 原来俩人都交 今年我辞职断缴了 就剩他: one left paying after the other stopped
    r"|(?:就|只)剩(?:下)?(?:我|他|她|老公|老婆|爱人|媳妇|1个人?|一个人?)(?:1个|一个)?(?:在)?(?:交|缴)?(?:了)?"
    r"(?=$|[\s，,。.!！])"
    # "both of us used to but my husband stopped in nov, so just me": the one left, in English
    r"|\b(?:so|now|and now) (?:it'?s )?(?:just|only) (?:me|him|her|my (?:husband|wife|hubby))\b"
    r"(?=\s*(?:$|[.,!;]))"
)
BOTH_OF_THE_COUPLE_ZH = re.compile(
    r"(?:夫妻)?双方(?:都)?(?:缴存|缴|交)|双职工(?:均|都)?(?:缴|交)|(?:俩人|两人|我俩|两口子)均(?:缴|交)"
    r"|公积金[^，,。]{0,10}扣[^，,。]{0,10}[\s，,]+(?:老婆|老公|媳妇|爱人|他|她)的?(?:也)?扣"
)


def _payers_written_zh(text: str, asked: str | None) -> Said | None:
    """The payers said in one of the written forms above, of the fund (named, or the question
    asked): one or two; None otherwise."""
    if not (FUND.search(text) or asked == "housing_fund_contributors"):
        return None
    one, both = ONE_OF_THE_COUPLE_ZH.search(text), BOTH_OF_THE_COUPLE_ZH.search(text)
    if one and (not both or one.start() > both.start()):  # 之前双方 … 现在只有他: the last told
        return Said("housing_fund_contributors", 1, 0, one[0])
    if both:
        return Said("housing_fund_contributors", 2, 0, both[0])
    return None


# "3 in total", "two of us pay": a number of people paying.
PAYERS_COUNTED = re.compile(
    r"(?<![\d.])(?P<n>[0-4])\s+(?:(?:of us|people|persons|adults|grown-?ups|(?:family )?members)\b[^,.;]{0,20}?\s)?"
    r"(?:pay|pays|paying|contribute|contributing|have it|has it)\b"
    r"|(?<![\d.])(?P<m>[0-4])\s+" + _PAYER_NOUN  # "we have 2 contributors": the payers by a noun
)
PAYERS_TOTAL = re.compile(
    r"(?<![\d.])(?P<n>[0-4]) (?:people |of us |adults )?(?:in total|altogether|in all|total)\b"
    r"|\b(?:in total|altogether|a total of)\s*(?:is |are )?(?P<m>[0-4])\b(?![\d.])"
)
# "wife too", "and my husband does as well": a person who pays as well as the one just named.
ELLIPTIC_TOO = re.compile(
    r"\s*(?:and\s+)?(?:so (?:does|do) )?(?:my |the |her |his )?(?:wife|husband|me|i|he|she)"
    r"\s*(?:too|as well|also)?\s*(?:does|do)?\s*(?:too|as well)?\s*"
)


# "me, my wife and my mother in law all pay gongjijin": the people listed before one verb of paying.
_ONE_PAYER = (
    r"(?:(?:my|his|her|our|the) )?(?:(?:mother|father|son|daughter|brother|sister)[- ]in[- ]law"
    r"|wife|husband|hubby|dad|father|mum|mom|mother|son|daughter|brother|sister|grandpa|grandma"
    r"|mil|fil)|\bme\b|\bi\b|myself"
)
PAYERS_LISTED = re.compile(  # "me wife and my dad all pay in": a bare space between two as well
    rf"(?<![\w-])(?P<list>(?:{_ONE_PAYER})(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*[+&]\s*|\s+)(?:{_ONE_PAYER})){{1,4}})"
    r"\s+(?:all |both |each |also )?(?:pay|paid|are paying|contribute|contributed|have|have got"
    r"|(?:have |'ve )?(?:both |all )?been (?:paying|contributing))\b(?! no\b)"  # "me n my wife been paying"
)


# "me only since last summer", "i've been paying just 1 year", "paid it 6 months only": the
# "only" of a time paid, not of one payer.
DURATION_AFTER = (
    r"\s+(?:since|for|from|after|until|till|\d+\s*(?:years?|yrs?|months?|mos)|a (?:year|month|few|couple)"
    r"|half a year|last|this)\b"
)
ONLY_DURATION_NOT = r"(?<!months )(?<!month )(?<!years )(?<!year )(?<!yrs )(?<!mos )"
# "eldest just turned 3", "only just born", "just had our 2nd": a "just" of what happened, not
# "just me" who pays.
JUST_HAPPENED = (
    r"\s+(?:turned|turning|born|had|gave|got|arrived|came|started|moved|bought|became|finished"
    r"|began|married|registered|signed|found|learned|heard|wondering|asking|checking|now\b|[02-9]"
    # "just give me their exact loan ceiling": a request to the bot (tester 135 p10)
    r"|give|tell|need|want|wanna|say|let|show|read|confirm|answer|the number)"
)
# "me only since last summer", "wife 3 years": a payer and a time, the paying said before.
PAID_FOR_A_TIME = re.compile(
    r"\bsince\b|\bfor \d|\b\d{1,2}\s*(?:years?|yrs?|months?|mos)\b|(?:a|one) (?:year|month)\b"
)
# The payers asked for, named alone in a clause of the answer: "my wife and her dad".
PAYERS_NAMED = re.compile(
    rf"\s*(?:{_ONE_PAYER})(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:{_ONE_PAYER}))*"
    r"\s*(?:do|does|too|both|pay|pays)?\s*"
)


# "been paying gongjijin 5 yrs, me and my husband", "the fund paid 3 years now - me and hubby":
# the payers named last, alone, after the paying of the fund was told.
PAYERS_NAMED_LAST = re.compile(
    rf"[,:;\-–—]\s*(?P<list>(?:{_ONE_PAYER})(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:{_ONE_PAYER}))+)"
    r"\s*(?:both|all|each)?\s*[.!]*\s*$"
)
FUND_PAID = re.compile(r"\b(?:pay|pays|paying|paid|contribut\w*)\b|交|缴")
KIN_PAYER = re.compile(rf"(?!\b(?:me|i|myself)\b)(?:{_ONE_PAYER})")


def _payers_named_after(text: str) -> Said | None:
    """Two or more payers named alone at the end, after a clause telling of the fund paid by
    no one named ("been paying gongjijin 5 yrs, me and my husband"): one each."""
    m = PAYERS_NAMED_LAST.search(text)
    if m is None:
        return None
    before = text[: m.start()]
    if not (FUND.search(before) and FUND_PAID.search(before)) or PAY_NEG.search(before):
        return None
    if KIN_PAYER.search(before):
        return None  # "my dad pays gongjijin, me and my wife": more than the ones listed
    return Said("housing_fund_contributors", len(re.findall(_ONE_PAYER, m.group("list"))), 0, m[0])


# Whether a city has a housing-fund measure (北京有没有公积金贷款多孩提额度): 有没有 asks.
FUND_MEASURE_ASKED = re.compile(r"有没有(?:住房)?公积金|公积金(?:贷款)?有没有")


# A clause put as an English question by its first word, with or without a question mark:
# "is the housing fund bonus for 2 kids or 3 kids only".
EN_QUESTION_OPENING = re.compile(
    r"\s*(?:is|are|does|do|can|will|would|could|should|what|how|which|who|whose)\b"
)


def _rule_asked(at: int, clause: str, text: str) -> bool:
    """ "do grandparents count for the gongjijin thing or only the parents?": who counts, asked of
    the rule in a question naming none of the family."""
    return bool(
        (
            re.search(r"吗\s*$", clause)
            or re.match(r"\s*[?？]", text[at + len(clause) :])
            or EN_QUESTION_OPENING.match(clause)
        )
        and not re.search(r"我|俺|咱|\b(?:we|i|my|our|me|us)\b|\bi'", clause)
    )


# 俺俩都交, 我们2个人都缴, 两口子都交 (normalised): the couple pays.
COUPLE_PAYS = re.compile(
    r"(?:(?:俺|我|咱)(?:们)?2|2个?人|两口子|夫妻)(?:个人|人)?(?:都|也都)(?:在)?(?:交|缴)(?!不)"
)
# 姥爷也交着, 我婆婆也缴: one more who pays as well.
ALSO_PAYS_CN = re.compile(
    r"(?:" + PERSON.pattern + r"|姥爷|姥姥|爷爷|奶奶|外公|外婆|(?:我|俺)?(?:爸|妈|爹|娘))"
    r"\s*(?:也|还)(?:在)?(?:交|缴)"
)


def _more_than_the_couple(clauses: Clauses) -> Said | None:
    """The couple said to pay, then others said to pay as well: 俺俩都交 姥爷也交着 = 3."""
    both = next((i for i, (_, c) in enumerate(clauses) if COUPLE_PAYS.search(c)), None)
    if both is None:
        return None
    more = [c for _, c in clauses[both + 1 :] if ALSO_PAYS_CN.search(c) and not PAY_NEG.search(c)]
    if not more:
        return None
    return Said("housing_fund_contributors", 2 + len(more), both, " ".join(more))


# "so nobody now", "nobody in the family pays it now", "(we both paid it before) but not now":
# the fund paid once, and no one paying it today.
NOBODY_NOW = re.compile(
    r"\b(?:nobody|no one|none of us|neither of us)\b[^.;!?]{0,40}\b(?:now|any ?more|these days)\b"
    r"|^\s*(?:so |and )?(?:not|none|nobody|no one) (?:now|any ?more|these days)\s*$"
)
# 以前交过 现在不交了, 之前有 现在没交了: the fund paid once, no one (the writer's family) paying now.
NOBODY_NOW_CN = re.compile(
    r"^\s*(?:但是?|可是?|不过)?\s*(?:现在|目前|如今)\s*(?:都|也)?\s*"
    r"(?:不交|没交|没在交|没有交|停交|断交|停|断|没有|没)(?:了|啦)?\s*(?:了|啊|呢)?\s*$"
)
# Paid once and no more said of now: 老公之前交过公积金, 老婆原来交, "he used to pay into the
# fund": no payer today (nor a no: who pays now is not told).
PAID_BEFORE_ONLY = re.compile(
    r"(?:之前|以前|原来|原先|过去|早先|早年|前几年|上家单位)[^，,。现还]{0,6}(?:交|缴|有)"
    r"|(?<![没未])(?:交|缴)过(?!\S*(?:现在|还在|一直))"
    r"|\bused to (?:pay|contribute|have)\b|\b(?:previously|formerly) (?:paid|contributed|had)\b"
)
# Where the next payer is named in Chinese run together (他交我不交, 我交了6个月公积金老婆没交,
# 老公交公积金快5年了我没交过, 公积金这块老公交了我单位没给交): each person's own piece.
PAYER_SPLIT = (
    r"(?<=交)(?=[我他她俺])"
    r"|(?<=[缴了年月金过着呢])(?=(?:我|他|她|俺|老婆|老公|媳妇|爱人|对象|公公|婆婆|我爸|我妈|岳父|岳母|小姑子"
    r"|我弟|我哥|我姐|我妹|儿媳妇?|女婿|孩子他?爸|孩子他?妈|俺老婆|俺老公|俺媳妇|俺男人|我老婆|我老公|我媳妇|我爱人|俺爱人|我对象|我男人)"
    # 老婆一天没交过, 媳妇在私企, 我的去年才开始交, 我老公倒是一直交着: the next payer's own words
    r"(?:也|都|还|没|不|交|缴|单位|一直|那|在|是|的|倒|1天|一天|今年|去年|刚|从|现在|目前))"
)
NOW_PAID = re.compile(
    r"(?:现在|目前|如今|一直|还)(?:也|都)?(?:还)?(?:在)?(?:交|缴)(?!过)"
    r"|\b(?:still|now|currently) (?:pays?|paying|contributes|contributing)\b"
)  # 现在还在交, "still pays": paying today
PAID_ONCE = re.compile(
    r"\b(?:paid|had|used to|stopped|before|then|closed|bust|quit|laid off)\b|以前|之前|断了|停了"
)


def _payer_now_named(text: str) -> bool:
    """Someone named as paying, neither before only nor not at all (公积金我交, 老公交): a payer
    now, whom a bare 现在不交了 said after another's paying before does not take back."""
    for piece in re.split(r"\s+|" + PAYER_SPLIT, text):
        if (
            PERSON.search(piece)
            and PAY.search(piece)
            and not PAID_BEFORE.search(piece)
            and not PAID_BEFORE_ONLY.search(piece)
            and not PAY_NEG.search(piece)
        ):
            return True
    return False


def _nobody_now(clauses: Clauses, asked: str | None = None) -> str | None:
    """A clause saying no one pays the fund now, after (or in) a clause telling of it paid once:
    "we only had gongjijin 6 months before the company went bust, so nobody in the family pays it
    now", "we both paid gongjijin before but not now"."""
    for i, (_, clause) in enumerate(clauses):
        m = NOBODY_NOW.search(clause) or (NOBODY_NOW_CN.search(clause) if i else None)
        if m is None:
            continue
        earlier = " ".join(c for _, c in clauses[max(0, i - 3) : i + 1])
        if not NOBODY_NOW.search(clause) and _payer_now_named(earlier[: -len(clause)]):
            continue  # 公积金我交 老婆以前交 现在不交了: only the one who paid before stopped
        if (FUND.search(earlier) or asked == "housing_fund_contributors") and PAID_ONCE.search(
            earlier
        ):
            return m.group(0)
    return None


# More payers added after the ones counted: "both of us, plus my father in law".
PLUS_PAYERS = re.compile(
    rf"[\s,]*\bplus\s+(?P<more>(?:{_ONE_PAYER})(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:{_ONE_PAYER}))*)"
    r"\s*(?:too|as well|also)?\s*[.!]*\s*$"
)


# One who paid the fund before (老婆原来交, 以前交过) and, in that part or the next ones with no one
# else named, pays no more (现在不交了, 后来断了).
PAID_BEFORE = re.compile(r"原来|以前|之前|过去|原先")
PAYS_NO_MORE = re.compile(
    r"(?:现在|如今|目前|后来)(?:已经|就)?(?:不|没)(?:再)?(?:交|缴)|(?:断|停)(?:缴|交)?了|不(?:交|缴)了"
)


def _paid_once(piece: str, after: list[str]) -> bool:
    """A payer told of as paying before, then said to pay no more: not a payer now."""
    before = PAID_BEFORE.search(piece)
    if before is None or not PAY.search(piece):
        return False
    if PAYS_NO_MORE.search(piece, before.end()):  # 老婆以前交 后来断了
        return True
    for part in after:
        if PERSON.search(part):
            return False
        if PAYS_NO_MORE.search(part):
            return True
    return False


# The fund drawn on to pay something ("能用公积金交房租吗", 拿公积金还房贷, "use the fund for
# rent"): its use, not a payer.
FUND_USED = re.compile(
    r"(?:用|拿|提|取)(?:住房)?公积金"
    r"|公积金(?:能|可以|能不能|可不可以)?(?:提出来|取出来|提取|取|提)?(?:用来|用于|拿来|来)?"
    r"(?:交|付|还|抵|缴)(?:房租|租金|房贷|贷款)"
    r"|公积金(?:能|可以|能不能|可不可以)(?:提出来|取出来|提取|取|提|用)"  # 公积金能取出来交房租
    r"|\b(?:use|using|withdraw\w*)\b[^,.;?]{0,12}(?:fund|gongjijin)"
)


# A number of fund accounts said of the family (家里俩公积金, 两份公积金, 两个人的公积金): one payer
# each. Not a length (交了2年公积金, 2个月公积金) nor a loan (2个公积金贷款).
FUND_ACCOUNTS = re.compile(
    r"(?:家里|家|我们|俺们|咱们|咱家|我家|俺家|有|就)\s*(?:就|有|一共|总共)?\s*(?<![\d.])(?P<n>[1-4])"
    r"(?:个人的|人的|份|个)?(?:住房)?公积金(?!贷|的?(?:事|政策|规定))"
)


# One of the two pays and the other does not (两口子一个交公积金 一个没交, 我俩一个有一个没有,
# 一个没交 另一个交着呢): one payer.
_ONE_OF = r"(?<![\d第])1\s*个(?:人)?\s*(?:是)?"
_PAYS = r"(?:在|有在)?(?:交|缴|有)(?:着|了|的)?"
_PAYS_NOT = r"(?:没|不|没有)(?:在)?(?:交|缴|有)?(?:过|着|了|的)?"
_OTHER = r"(?:另|另外|剩下)?(?:1\s*个(?:人)?|1\s*位)"
_BETWEEN = r"[^，,。；;?？]{0,8}?[\s，,]*"
ONE_PAYS_ONE_NOT = re.compile(
    rf"{_ONE_OF}{_PAYS}{_BETWEEN}{_OTHER}\s*(?:是)?{_PAYS_NOT}"
    rf"|{_ONE_OF}{_PAYS_NOT}{_BETWEEN}{_OTHER}\s*(?:是)?{_PAYS}(?!不)"
)


# The wrong answer owned as given before: "i said none before by mistake", "we put 1 earlier,
# wrong": what was said then, not the payers now.
SLIP_OWNED = re.compile(
    r"\b(?:i|we) (?:said|put|wrote|typed|told you|answered|entered|picked|ticked|chose|selected)\b"
    r"[^,.;!?]{0,30}\b(?:before|earlier|last time|by mistake|wrong(?:ly)?|mistakenly|accidentally"
    r"|by accident)\b"
)


# How long one must pay in before the fund can be used, asked (probe en-9339): no payer told.
PAYING_TIME_ASKED = re.compile(
    r"\bhow long (?:do|does|must|should|would) (?:i|we|you|one|he|she|they) (?:have to |need to |got to )?"
    r"(?:pay|contribute|be paying)\b"
    r"|(?:要|得|需要|必须)(?:连续)?(?:交|缴)(?:存)?(?:满)?(?:多久|多长时间|几年|几个月)",
    re.I,
)


# Something else had ("has a job", "has a car", 有工作): no one said to pay into the fund.
HAS_SOMETHING_ELSE = re.compile(
    r"\b(?:has|have|had|got)\s+(?:a |an |no |new |his |her |the |got |found )*"
    r"(?:job|work|car|house|flat|apartment|home|kids?|baby|child|children|twins|son|daughter"
    r"|hukou|insurance|shebao|dibao|benefits?)\b"
    r"|有(?:了)?(?:工作|班上|活干|活儿干|车|房|孩子|娃|户口|社保|医保|低保)",
    re.I,
)


# A clause opening on the paying itself (交公积金, 也交公积金): its subject is the one named before.
PAYS_ON = re.compile(r"\s*(?:也|还|都)?(?:在)?(?:交|缴)(?:着|了)?")


# A verb of paying opening the part after "and", its subject the one named before it ("my husband
# has a job and pays gongjijin"): one person, not the writer as well.
SUBJECT_GOES_ON = re.compile(r"\s*(?:also |now )?(?:pays|paid|is paying|pay)\b", re.I)


def _contributors_said(clauses: Clauses, asked: str | None, text: str) -> Said | None:
    nobody = _nobody_now(clauses, asked)
    if nobody is not None:
        return Said("housing_fund_contributors", 0, 0, nobody)
    plus = PLUS_PAYERS.search(text)
    if plus:  # the payers before "plus", and each one named after it
        before = _contributors_said(
            [(o, c) for o, c in clauses if o < plus.start()], asked, text[: plus.start()]
        )
        if before is not None and before.value:
            more = len(re.findall(_ONE_PAYER, plus.group("more")))
            return Said("housing_fund_contributors", before.value + more, 0, text)
    split = ONE_PAYS_ONE_NOT.search(text)
    if split and (FUND.search(text) or asked == "housing_fund_contributors"):
        return Said("housing_fund_contributors", 1, 0, split.group(0))
    accounts = FUND_ACCOUNTS.search(text)
    if accounts:  # 家里俩公积金, 我们家两份公积金, 有两个人的公积金: the family's accounts counted
        return Said("housing_fund_contributors", int(accounts.group("n")), 0, accounts.group(0))
    rules: list[tuple[re.Pattern[str], int]] = [
        (
            re.compile(
                # not "my wife has none": one of them without it
                r"都没|都不|没人|没有人|谁都没|nobody|no one|neither|none of us"
                r"|(?<!\bhas )(?<!\bgot )(?<!\bhad )(?<!\bi have )(?<!\bi've )\bnone\b|^\s*0\s*$|都没有"
                r"|\b(?:no|not|don't|doesn't|never)\b[^,.;?]{0,25}\beither of us\b"
            ),  # "no gongjijin for either of us"
            0,
        ),
        (
            re.compile(
                r"(?:都)[^，,]{0,6}(?:交|缴|有)|^\s*(?:me|i) and my (?:wife|husband)\s*$|^\s*my (?:wife|husband) and (?:i|me)\s*$|^\s*我和(?:老公|老婆|媳妇|爱人)\s*$|\bboth\b(?![^,.]{0,12}\bkids\b)|all of us|(?:the )?(?:2|two) of us|\b(?:us|we) (?:2|two)\b|两口子都(?!没|不)|俩人都交|(?:我|俺|咱)(?:们)?2\u2060?(?:个?人)?(?:加1块|1块|1起|一起|加起来|合起来)?(?:都)?(?:在)?(?:交|缴)(?!不)|2个?人都交|我们2都(?!没|不)[^，,]{0,4}(?:交|缴|有)|both of us|^\s*2\s*(?:个人|人|个)?\s*$"
                r"|\b(?:me|i) and (?:my |the )?(?:wife|husband)\b(?![^,.]{0,25}(?:n't|\bnot\b|\bnever\b|\bno\b|kids?\b|child|twins|bab))"
                r"|\b(?:(?:my|the) )?(?:wife|husband) and (?:i|me)\b(?![^,.]{0,25}(?:n't|\bnot\b|\bnever\b|\bno\b|kids?\b|child|twins|bab))"
                # "she and her husband each pay gongjijin": the couple asked for
                r"|\b(?:she and her (?:husband|hubby|partner)|he and his (?:wife|partner))\b"
                r"(?![^,.]{0,25}(?:n't|\bnot\b|\bnever\b|\bno\b|kids?\b|child|twins|bab))"
            ),
            2,
        ),
        (
            re.compile(
                r"只有|就(?:是)?(?:"
                + PERSON.pattern
                + r")|就我|就他|就她|就老公|就老婆|就(?:闺女|女儿|儿子|女婿|儿媳妇?|媳妇|爱人|对象|孩子他?(?:爸|妈))"
                + rf"|{ONLY_DURATION_NOT}\b(?:only|just)\b(?!{DURATION_AFTER}|{JUST_HAPPENED})"
                + r"|one of us|^\s*1\s*(?:个人|人|个)?\s*$"
            ),  # 就孩子他爸, 就俺对象, 就闺女交, 就女婿有公积金: only that one
            1,
        ),
    ]
    funded = [i for i, (_, c) in enumerate(clauses) if FUND.search(c)]
    who = (
        r"(?:my |the |her |his )?(?:(?:mother|father)[- ]in[- ]law|wife|husband|me|i|he|she|him|her"
        r"|mum|mom|mother|dad|father|grandpa|grandma|brother|sister|son|daughter)"
    )
    answers = [
        (m.group("a"), len(re.findall(r"\band\b|\bn\b|&|\+", m.group("who"))) + 1)
        for m in re.finditer(
            rf"(?<![\w-])(?P<who>{who}(?:\s*(?:and|n|&|\+)\s*{who})?)\s*[:,-]?\s*"
            r"(?P<a>yes|yeah|yep|yup|does|do|pays?|no|nope|not|doesn't|don't)\b",
            text,
        )
    ]  # fmt: skip  # "me n my wife yes, grandma no": two yes in one answer
    summed = PAYERS_TOTAL.search(text)
    if summed and not re.search(r"kids|children|babies|孩子", text):
        return Said(  # "i pay, husband pays, my mum pays too, 3 in total"
            "housing_fund_contributors",
            int(summed.group("n") or summed.group("m")),
            0,
            summed.group(0),
        )
    together = any(  # "me n my wife yes": a couple answering together (not "… pay no fund")
        n >= 2 and re.fullmatch(r"yes|yeah|yep|yup|no|nope", a) for a, n in answers
    ) and not re.search(r"\b(?:also|too|as well)\b", text)
    if len(answers) >= 2 or together:  # "wife yes me no", "me n my wife yes": each one's answer
        yes = sum(n for a, n in answers if not re.match(r"no|not|doesn't|don't", a))
        if not yes and re.search(rf"\b(?:just|only)\s+{who}\b", text):
            yes += 1  # "just my husband. me and my dad no": he pays (probe en-9383)
        return Said("housing_fund_contributors", yes, 0, text)
    beside_the_couple = _more_than_the_couple(clauses)
    if beside_the_couple is not None:
        return beside_the_couple
    payers = re.search(
        r"(?:交|缴|有)(?:住房)?公积金的(?:人)?\s*(?:一共|总共|共|就|只)?\s*(?:有|是)?\s*(?<![\d.])([0-4])\s*(?:个人|个|人|口)?(?![\d.月年岁天])",
        text,
    )  # 交公积金的有四个, 有公积金的是俩人: the payers counted
    if payers:
        return Said("housing_fund_contributors", int(payers.group(1)), 0, payers.group(0))
    lead = re.match(r"\s*([0-4])\s*(?:个人|人|people|of us)?\s*[,，.。:：;；]", text)
    if lead and asked == "housing_fund_contributors":  # "2, me and my wife. my father pays too
        return Said("housing_fund_contributors", int(lead.group(1)), 0, lead.group(0))  # but …"
    times = re.search(r"(?:公积金|fund|gongjijin)\s*[:：-]?\s*[x×]\s*([0-4])(?!\d)", text)
    if times:  # "gongjijin x2"
        return Said("housing_fund_contributors", int(times.group(1)), 0, times.group(0))
    fund_named = "" if asked == "housing_fund_contributors" else r"(?:公积金|fund|gongjijin)"
    total = re.search(
        fund_named
        + r"[^?？]*?(?P<said>(?:\bso|\bthat'?s|\bthats|\bwhich makes|\bthat makes|一共|总共|算下来)"
        r"\s*(?:that'?s\s+|thats\s+|is\s+|就是\s*|是\s*)?(?<![\d.])([0-4])(?!\d|\.\d)(?:\s*(?:个人|人|of us|people))?)"
        r"(?!\s*(?:kids?|children|babies|months?|years?|个月|年|岁|个孩子|\d))",
        text,
    )  # "me, my wife and her dad, so three": the total after the people are listed (asked, the
    # fund need not be named: "both me and husband, and grandpa too, so 3")
    if total:
        return Said("housing_fund_contributors", int(total.group(2)), 0, total.group("said"))
    last = re.search(
        r"[,，;；]\s*(?<![\d.])(?P<n>[0-4])\s*(?:people|ppl|persons|adults|of us|个人|人)\s*(?:in total|total|altogether|都交)?\s*[.!。！]*\s*$",
        text,
    )  # "me and wife yes, my dad also, 3 ppl": the total said last, after the payers listed
    if last and (asked == "housing_fund_contributors" or FUND.search(text)):
        return Said("housing_fund_contributors", int(last.group("n")), 0, last.group(0))
    listed = PAYERS_LISTED.search(text)
    window = text[listed.end() : listed.end() + 30] if listed else ""
    fund_next = FUND.search(window)
    if listed and (
        (
            fund_next
            and not re.search(r"\b(?:kids?|children|twins|bab)", window[: fund_next.start()])
        )
        or PAID_IN.match(text, listed.end() - 3)
    ):  # "my husband, his dad and I all pay gongjijin": one each (not "me and my wife have 2
        # kids, i pay gongjijin": the children had)
        count = len(re.findall(_ONE_PAYER, listed.group("list")))
        return Said("housing_fund_contributors", count, 0, listed.group(0))
    after = _payers_named_after(text)
    if after is not None:
        return after
    payers = PAYERS_COUNTED.search(text)
    if payers and not re.search(r"\b(?:kids|children|babies)\b", text):
        return Said(
            "housing_fund_contributors",
            int(payers.group("n") or payers.group("m")),
            0,
            payers.group(0),
        )
    too = [
        i for i, (_, c) in enumerate(clauses)
        if re.search(r"\b(?:too|as well|also)\b", c) and PERSON.search(c)
        and not PAY_NEG.search(OPENER.sub("", c))
        and (FUND.search(c) or re.search(r"\bpay|contribut", c) or ELLIPTIC_TOO.fullmatch(c))
    ]  # fmt: skip
    if too:  # "been paying gongjijin 6 yrs, wife too": one more than the others who pay
        others = [
            i for i, (_, c) in enumerate(clauses)
            if i not in too and FUND.search(c) and PAY.search(c) and not PAY_NEG.search(c)
        ]  # fmt: skip
        denied = any(
            PERSON.search(c) and (PAY_NEG.search(c) or "n't" in c)
            for i, (_, c) in enumerate(clauses)
            if i not in too
        )  # "I'm also paying gongjijin, my wife isn't": no one else pays; the also is of more
        extra = len(others) if denied else max(1, len(others))
        return Said("housing_fund_contributors", len(too) + extra, 0, text)
    for i, (_, clause) in enumerate(clauses):  # "公积金交着呢 两个人"
        alone = re.fullmatch(
            r"\s*(?:就|是|有|就是|应该是)?\s*(\d)\s*(?:个人|人|个)\s*(?:都交|交|在交)?\s*", clause
        )
        beside = asked == "housing_fund_contributors" or any(abs(i - j) <= 1 for j in funded)
        if alone and beside:  # not "一个 老大…… 公积金是两个人都交": the count of children
            return Said("housing_fund_contributors", int(alone.group(1)), 0, clause)
    if asked == "housing_fund_contributors":
        if re.search(r"1个都没|谁都没|没人", text) or re.fullmatch(
            r"\s*(?:都|也|我们|俺们|家里)?\s*(?:没交|没缴|没有|没|不交|都不交|none|nobody|no one|nope|no)"
            r"(?:过|的)?\s*(?:啊|呀|呢|吧|[.!。！])?\s*",
            text,
        ):  # "没交", "没有" to how many pay: none
            return Said("housing_fund_contributors", 0, 0, text)
        alone = re.fullmatch(
            r"\s*(?:就|只有|只|就是|only|just)?\s*(?:"
            + PERSON.pattern
            + r")\s*(?:交|有|一个|1个|does|only)?\s*(?:吧|啊)?\s*",
            text,
        )  # "我老公", "just my wife": the one who pays
        if alone:
            return Said("housing_fund_contributors", 1, 0, text)
        named = [p for p in re.split(r"\s*(?:和|跟|与|还有|以及|、|,|，|\s)\s*", text) if p]
        if len(named) >= 2 and all(
            re.fullmatch(r"(?:" + PERSON.pattern + r")(?:也|都)?(?:交|有)?", p) for p in named
        ):  # "俺和孩他娘", "我老公 我": the ones who pay
            return Said("housing_fund_contributors", len(named), 0, text)
        lead = re.match(r"\s*(\d)(?!\d)", text)
        if lead and re.match(r"\s*(?:个)?(?:人)?\s*(?:都|也)(?:没|不)", text[lead.end() :]):
            return Said("housing_fund_contributors", 0, 0, text)  # 俩人都没: none of the two
        if (
            lead
            and lead.group(1) == "1"
            and re.match(r"\s*个(?:人)?\s*(?:没|不)", text[lead.end() :])
            and not re.search(r"1个(?:人)?\s*(?:有|交|缴|在交)", text)
        ):
            return Said("housing_fund_contributors", 0, 0, text)  # 一个没有: not one (一个也没有)
        if lead:
            return Said("housing_fund_contributors", int(lead.group(1)), 0, lead.group(0))
    counted = re.search(
        r"(?<![\d.])(?<!不是)(?<!not )(\d)\s*(?:个人|口人|口|人|个(?![月天星周年娃孩宝小儿闺女])|people|persons|of us)[^，,\d]{0,4}(?:都)?(?:在)?"
        r"(?:交|缴|有|pay|contribute)|(?<![\d.])(?<!\bx)(\d) (?:(?:are|of us|of them) )?(?:paying|pay|contribut)",
        text,
    )  # "两个人都交", "just 2 paying gongjijin now"
    if counted and not rules[0][0].search(text):
        number = counted.group(1) or counted.group(2)
        return Said("housing_fund_contributors", int(number), 0, counted.group(0))
    # "both", "neither", "only": said of the fund in the clauses that name it, if they say it.
    near = " ".join(
        c
        for o, c in clauses
        if FUND.search(c) and not _rule_asked(o, c, text) and not SLIP_OWNED.search(c)
    )
    for pattern, value in rules:
        m = pattern.search(near) if near else None
        if m:
            return Said("housing_fund_contributors", value, 0, m.group(0))
    children_talk = re.search(
        r"(?:twins|triplets|kids|children|boys|girls|sons|daughters)\W{0,3}(?:both|all)\b"
        r"|\b(?:both|all) (?:of )?(?:the |our )?(?:twins|triplets|kids|children|boys|girls)",
        text,
    )  # "the twins, both of them": the children, not the payers
    spoken = text
    for o, c in clauses:
        if HUKOU.search(c) and text[o : o + len(c)] == c:
            spoken = spoken[:o] + " " * len(c) + spoken[o + len(c) :]
    own = (  # not 户口都不在北京: the hukou, not the payers
        " ".join(
            c
            for o, c in clauses
            if not _rule_asked(o, c, text)
            and not (HUKOU.search(c) and text[o : o + len(c)] == c)
            and not SLIP_OWNED.search(c)
        )
        if funded
        else spoken
    )
    for pattern, value in rules:
        m = pattern.search(own)
        if m and _children_only(own, m):
            continue  # "the family has 3 kids only": the children's count, no one payer
        if m and not (children_talk and not FUND.search(text)):
            # not "the twins, both of them, born March 2023" while the payers are asked
            return Said("housing_fund_contributors", value, 0, m.group(0))
    said = re.search(
        r"(?:公积金|fund)[^，,\d]{0,5}?(?<![\d.])(\d)\s*(?:个人|人|口|people|persons|of us)", text
    )  # 公积金是三个人
    if said:
        return Said("housing_fund_contributors", int(said.group(1)), 0, said.group(0))
    # Count people said to pay and not to pay: "我交了6个月公积金 老婆没交", "他交我不交".
    paying, not_paying = 0, 0
    speaker, named_self = False, False  # "公积金交了快十年 老婆没交过": the writer pays
    for k, (_, clause) in enumerate(clauses):
        named_before = PERSON.search(clauses[k - 1][1]) if k else None
        if (
            named_before
            and not PERSON.search(clause)
            and (HAS_IT.match(clause) or PAYS_ON.match(clause))
            and FUND.search(clause)
            # the one named before (老公有工作 交公积金), unless the clause before was a payer
            # of its own ("我交了6个月公积金 老婆没交" stays two people)
            and (PAYS_ON.match(clause) is None or HAS_SOMETHING_ELSE.search(clauses[k - 1][1]))
        ):
            clause = f"{named_before.group(0)} {clause}"  # "husband works, has housing fund"
        subject = None  # the one named before "and pays": "my husband has a job and pays it"
        for piece in re.split(PAYER_SPLIT, OPENER.sub("", clause)):
            piece = WHAT_ELSE.sub(" ", piece)  # 我们家还有别的啥: the "have" of a question
            piece = ALSO_OPENS.sub("", piece)  # "还有他陪产假几天": "and", not one who has it
            if subject is not None and not PERSON.search(piece) and SUBJECT_GOES_ON.match(piece):
                piece = f"{subject} {piece}"  # his "pays gongjijin", not the writer's (t117 p7)
            said_by = PERSON.search(piece)
            subject = said_by.group(0) if said_by and not FUND.search(piece) else None
            if not FUND.search(piece) and OTHER_THINGS.search(piece):
                continue  # "我们在济南没有房子", "she has 灵活就业 insurance": not the fund
            person = PERSON.search(piece)
            if person and _paid_once(piece, [c for _, c in clauses[k + 1 : k + 3]]):
                not_paying += 1  # 老婆原来交 生完孩子辞职了 现在不交了: she pays no more
                continue
            if FUND_USED.search(piece):
                continue  # "能用公积金交房租吗": the fund drawn on, not paid into
            if not person and FUND.search(piece) and re.search(r"交|缴|\bpa(?:y|id|ying)\b", piece):
                speaker = speaker or not PAY_NEG.search(piece)
                continue
            named_self = named_self or bool(
                person and re.fullmatch(r"我|俺|me|i|i've|i'm", person.group(0))
            )
            if asked == "housing_fund_contributors" and PAYERS_NAMED.fullmatch(piece):
                paying += len(re.findall(_ONE_PAYER, piece))  # "my wife and her dad, I don't"
                continue
            if (
                not FUND.search(piece)
                and ASKED_AUX.search(piece)
                and not PAY.search(ASKED_AUX.sub("", piece))
            ):
                continue  # "does my wife's leave double?": a question's "does", not one who pays
            if person and re.fullmatch(
                r"\s*(?:and |but )?(?:my |the |her |his )?\w+\s+(?:not|no|doesn't|don't|didn't|never)\s*",
                piece,
            ):  # "wife not", "husband no": one who does not pay, the verb left out
                not_paying += 1
                continue
            if not FUND.search(piece) and HAS_SOMETHING_ELSE.search(piece):
                continue  # "my husband has a job (and pays gongjijin)", 老公有工作: no payer here
            if not person or not (
                PAY.search(piece)
                or FUND.search(piece)
                or re.search(r"for \d", piece)
                or ((paying or speaker) and PAID_FOR_A_TIME.search(piece))
            ):  # "hubby been paying gongjijin 10 yrs, me only since last summer": both pay
                continue
            if OTHER_DUES.search(piece) and not FUND.search(piece):
                continue  # "我灵活就业交的社保": other dues paid, not the fund
            if (
                PAID_BEFORE_ONLY.search(piece)
                and not NOW_PAID.search(text)
                and not PAY_NEG.search(piece)
            ):
                continue  # 老公之前交过公积金: paid once, not told to pay now
            if not PAY.search(piece) and (
                re.search(r"问|贷|额度|loan|ask|how much", piece) or SUM_TALKED.search(piece)
            ):  # "我就问公积金贷款", 公积金900000是按2个孩子算的: the fund's sums, not who pays
                continue
            if not FUND.search(piece) and re.search(
                r"insurance|shebao|\brent|社保|医保|保险", piece
            ):
                continue  # "she has 灵活就业 insurance": another due, not the fund
            if PAY_NEG.search(NOT_ENOUGH.sub("", piece)):
                not_paying += 1
            else:
                paying += 1
    writer = speaker and not named_self  # the fund said paid with no one named: the writer's
    if (
        paying == 1
        and not not_paying
        and not writer
        and re.search(r"也(?:在|开始|要|会|准备)?(?:交|缴)", text)
    ):
        paying = 2  # "公积金交了五年了 我老公也交": he as well as the one speaking
    if paying or not_paying:
        return Said("housing_fund_contributors", paying + writer, 0, text)
    none = re.search(
        r"(?:没有|没交|没缴|没|无|不交)(?:过)?(?:住房)?公积金|公积金(?:也|都)?(?:没有|没交|没缴|没|无)"
        r"|\bno (?:housing |provident )*(?:fund|gongjijin)|(?:don't|doesn't|do not|didn't|never) (?:have|pay|paid)[^,.]{0,20}(?:fund|gongjijin)",
        text,
    )  # "没有公积金", "no housing fund": nobody pays
    if none:
        return Said("housing_fund_contributors", 0, 0, none.group(0))
    return None


# --- home and rent ---------------------------------------------------------------------------

OWNS = re.compile(
    r"有(?:1|一)?套房|有房|自住房|有住房|名下有房|房子?是(?:我们|咱们?|俺们?|我|俺)(?:家)?(?:自己)?(?:家)?的|全款买|房贷|还贷|贷款买|房子(?:是)?(?:(?!没|想|要|打算|准备|不)[^，,\s]){0,4}买的|自己(?:家)?的?房(?!租|贷|补|东|间)|自家(?:的)?房|住(?:的|在)?(?:自己|自家)(?:家)?(?:的)?(?=\s|$|[，,。!！])|自有住房|房子是自己|自己有房|自己买的房|房子.{0,6}自(?:己家?|家)的|自己的$|有(?:1|一)?套(?!路|餐|衣|装)|买了(?:1|一)?套(?!路|餐|衣|装)"
    r"|买了房|买的房|(?<!\bno )(?<!\bnot )(?<!n't )(?<!never )\bown (?:a |an |our |my |their |his |her |1 |one |the )?(?:home|house|flat|apartment|place|property)|\bwe (?:already |still |do )?(?:got|have|own) (?:a |an |our own |our |1 |one )?(?:flat|home|house|apartment)|\bwe own\b(?! nothing| no\b| anything)|\b(?:we|i) (?:already )?own (?:1|one|ours)\b|homeowners?|mortgage|\bwe bought\b|(?<!n't )(?<!not )(?<!never )\bbought (?:a |an |our |my |their )?(?:own )?(?:new |small |little |second-hand |2nd-hand )?(?:\d{2,3} ?(?:sqm|m2|square (?:meters?|metres?)) )?(?:flat|home|house|apartment|place|property)\b"
    r"|\b(?:flat|house|home|apartment|place) (?:is|'s) (?:all )?ours\b"
    # a purchase told as done, by how long ago or how long lived in since: 买房子住了六年,
    # 买房好几年了, 房子早就买了, 已经买房了
    r"|(?<![想要去再])买(?:的|了)?房子?(?:住)?(?:了|都)?(?:\d+|几|好几|十来|十几)(?:个)?(?:多)?年"
    r"|(?<![想要去再])买(?:的|了)?房子?住(?:了|着)|房子?(?:早就|早|已经)买(?:了|好了)|(?:早就|已经)买(?:了)?房"
)
NO_HOME = re.compile(
    r"(?:没有|没|无)(?:自有|自购|产权)(?:住房|房产|房子|房)|没房|无房|没有房|还没房|没买|(?:没有?|还没|不是)在(?:济南|泉城|北京|本地|这边|这儿|这里|市里)(?:买|购)|(?:没有?|无)(?:我们|咱们?|俺们?|属于)?(?:自己|自家)(?:家)?的?(?:房|住房)(?!租|贷|补)|买不起房|没有自己的房|产权不是|不是我们的房|房子?(?:也)?不是(?:我们|咱们?|我|自己)(?:家)?(?:自己)?的|no house|no home|\bno flat\b|don't own|do not own|never owned|(?:haven'?t|have not|hasn'?t|has not|never|not yet|didn'?t|did not) (?:yet )?(?:bought|buy) (?:anything|any(?: \w+)? (?:flat|home|house|apartment|place|property)|a (?:\w+ )?(?:flat|home|house|apartment|place|property)|our own|one)\b(?! (?:for|to) )|never had (?:a|our own) (?:home|house|flat|apartment)|no apartment"
    # "we sold the flat last year, we rent now": no home of their own any more (not 房子卖了 said
    # of a home in another city before the move, zh-2929)
    r"|\b(?:we|i) (?:sold|had to sell) (?:the|our|my) (?:flat|home|house|apartment|place)\b"
    # (not 济南有没有…补贴, a question)
    r"|(?:济南|泉城|北京|jinan|beijing)[^，,户口有]{0,3}(?<!有)(?:没有|没)(?:房|住房)?\s*$"
    r"|(?:没有|没|无)(?:在)?(?:济南|泉城|北京|本地)的?(?:房|住房)"  # 没北京的房
    r"|(?<![买租卖看])房子?(?:也|都|还|现在)?(?:没有|没)(?=\s|$|[，,。.!！]|呢|啊)"  # 房子没有 一直租房
    # the home asked: "不是自己的 是公司宿舍": not the family's own
    r"|^\s*(?:不是|不算)(?:我们|咱们?|俺们?)?(?:自己|自家)的"
    r"|no (?:flat|house|home|apartment|place) of (?:our|my|their) own|\bno(?:t)? own (?:a |our )?(?:home|house|flat|apartment|place|property)|own no (?:property|home|house|flat|apartment)|no property"
    r"|(?:don't|do not|doesn't|didn't|haven't|hasn't|never) (?:have|own|had|got)(?: got)? (?:a |an |any |our own |my own |our |a single )?(?:\w+ )?(?:flat|home|house|apartment|place|property)\b(?! loan)"
    r"|(?:flat|house|home|apartment|place)\b[^,.]{0,25}(?:\bnot ours\b|isn't ours|not our own|belongs to (?!us))"
    r"|\b(?:we|i|they) (?:still )?own nothing\b"  # "we own nothing here"
    r"|\b(?:no|not|don'?t have|haven'?t got)\s*(?:our own\s*|my own\s*)?(?:自己|自家)的?(?:房|住房)"  # "no 自己的房 yet"
    r"|\b(?:neither|none|nobody|no one|no-one)(?: of (?:us|them))? (?:has|have|owns?|had)(?: got)? (?:a |an |any |our own |their own |his own |her own )?(?:\w+ )?(?:flat|home|house|apartment|place|property)\b(?! loan)"
)
# With homes talked of, "we don't have any in beijing", "we have nothing here": no home owned.
NO_HOME_SAID = re.compile(
    r"(?:(?:don't|do not|doesn't|haven't|never) (?:have|own|had|got)(?: got)? (?:any|one|anything)"
    r"|\b(?:we|i|they|he|she) (?:have|has|own|owns|got) (?:nothing|none)|\bown nothing"
    r"|(?:^\s*|\bbut |\band |\byet |[,;]\s*)nothing(?=\s+(?:in|here)\b))"  # "… but nothing in beijing"
    r"(?=\s*(?:$|[,.;!]|in\b|here\b|there\b|yet\b|at all\b|of (?:our|my|their) own))"
)
# A home asked of, had already and called "one": "not planning to, we already have one", "no,
# we've got one already".
HOME_HAD_SAID = re.compile(
    r"\b(?:we|i)(?:'ve| have)? (?:already |do |actually )?(?:have|got|have got|own) (?:1|one)\b"
    r"(?=\s*(?:$|[,.;!]|already\b|in\b|here\b|there\b|now\b|thanks?\b|lol\b))"
)
BUYING = re.compile(
    r"首套|第1套|第一套|头1套|头一套|买房|购房|买房子|buy(?:ing)? (?:a |our |my )?(?:first |1st )?(?:home|house|flat|apartment|one)|(?:first|1st) home|plans? (?:to )?buy|planning (?:to )?buy|buy (?:our|my|a) (?:first|1st)\b"
    r"|saving (?:up )?for|\b(?:our|my|a|their) (?:first|1st) (?:own )?(?:place|flat|house|apartment|property)\b|(?:house|flat|home|apartment)[- ]?hunting|(?:want|wants|wanting|hope|hoping|plan|planning|going|looking|intend|saving up) to buy\b(?! (?:a )?car)"
    # "hopefully buying our first next yr", "we're buying, me n wife both pay"
    r"|\bbuying (?:our|my) (?:first|1st)\b|\bwe'?re (?:now )?buying\b(?! (?:a |the )?(?:car|stuff|things|clothes|milk|formula))"
)
# 跑出租的, 开出租了, 开出租车的: driving a taxi (出租车), a job, not a rented home.
_TAXI = r"(?<!跑出)(?<!开出)(?<!拉出)(?<!干出)(?<!开上出)(?<!开起出)(?<!干起出)"
RENTING = re.compile(
    r"(?<!公)租房|住(?:的|在|着)?(?:单位|单位的|政府的)?公租房|"
    + _TAXI
    + r"租的|租着|租住|在租|"
    + _TAXI
    + r"租了|(?:一直|长期|常年|还是|都是|只能)租(?!金|赁合同)|出租屋|出租房|租来的|租个|租间|租1间|租1套|(?<![不没别想])(?<!不想)(?<!不打算)(?<!不会)(?<!不用)(?<!不要)(?<!不愿意)(?:再|继续|接着)租(?![金赁])|\brent(?:ing|ed)?\b|(?<!the )\brents\b(?! (?:are|is|were|here)\b)|tenant"
    # "a rental", "we live in public rental housing"; not "priority for public rental housing",
    # the measure asked about
    r"|(?<!public )(?<!public-)\brental\b(?! housing)"
    r"|\b(?:live|living|lives|stay|staying|we'?re|we are|are) (?:in )?(?:a |an |the |our )?(?:public )?rental\b"
)
NOT_RENTING = re.compile(
    r"不租|不是租|不(?:用|需要)?交房?租|免租|没租|no rent|don't rent|not renting"
    # 有房 不用租, 用不着租房子: no need to rent (not 不用租金, the rent money)
    r"|(?:不用|不需要|不必|用不着|犯不着|没必要)(?:再)?(?:去|在外面)?租(?![金赁])"
    # 也没在外面租, 不在外头租房, 没出去租, 没搁外边租: the place or the going said between the no
    # and the verb
    r"|(?:没有?|不)(?:在|去|搁|出去|跑去)"
    r"(?:外面|外头|外边儿?|外地|别处|别的地方|城里|市里|这边|这儿|这里|本地|济南|北京)?"
    r"(?:去)?租(?![金赁])"
    r"|(?:在)?租(?:房子?)?的(?:那个|那家)?(?:是|那是)(?:我|俺|我们|我家|俺家)?(?:爸妈|父母|公婆|爸|妈|弟弟?|妹妹?|哥哥?|姐姐?"
    r"|亲戚|朋友|同事|小姑子|小叔子|婆婆|(?<!老)公公|岳父|岳母|丈母娘|老丈人|大姑姐|表[哥姐弟妹]|堂[哥姐弟妹])"
    r"|(?:在)?租(?:房子?)?的不是(?:我们|我|俺们|俺)"  # 租房的是我爸妈: someone else rents
    r"|\bnot rent(?:ing)?\b|\bnever rent(?:s|ed)?\b|n't rent\b"
    # "so we own now, no more renting", "done with renting", "stopped renting last year"
    r"|\bno (?:more|longer) rent(?:ing|ers?)?\b|\bno longer\b[^,.]{0,12}\brent|\b(?:stopped|quit|done with|finished) rent(?:ing)?\b"
    r"|rent[- ]free|(?:don'?t|dont|do not) pay (?:any )?rent|(?:live|living|stay|staying)\b[^,.]{0,30}\bfor free"
)


# "we rented for 6 years, got the keys to our own flat in december", "used to rent": a rent past,
# beside a home owned now (not "we've rented for 6 years", still renting).
RENTED_ONCE = re.compile(
    r"(?<!'ve )(?<!have )(?<!has )(?<!been )\brented\b(?! (?:out|it out)\b)"
    r"(?=[^,.;]{0,25}\b(?:for|before|until|till|back|when)\b)"
    r"|\bused to rent\b|租了\d+年(?:房子?)?(?:以后|之后|后)?(?:才)?(?:买)"
)
# A loan to buy asked about (公积金贷款买房能贷多少, "how much mortgage can we get"): no home owned.
LOAN_ASKED = re.compile(
    r"(?:贷款买|房贷|mortgage)[^，,]{0,12}(?:能贷|可以贷|贷多少|能不能|额度|最多|最高|上限|多少|吗|[?？])"
    r"|(?:能贷|可以贷|贷多少|how much)[^，,]{0,12}(?:贷款买|房贷|mortgage)"
)
# A question about a measure, no family named: 公积金贷款买首套最多能贷多少, 买第一套房契税怎么算.
RULE_ASKED = re.compile(
    r"[吗么嘛？?]|多少|怎么|咋|能不能|可不可以|是不是|有没有|(?<![那这好前头后十没了])几[成年个]|哪些|什么"
)
IF_WORD = re.compile(r"要是|如果|假如|假设|万一|的话|\bif\b|what if")


def _rule_asked_after_an_if(clause: str) -> bool:
    """The clause after an "if" that asks a rule, naming no one (要是我俩都交上公积金 买首套房能
    便宜点吗, 如果俩人都交公积金 | 买首套能贷多少): the first home is what the rule is asked of,
    not a purchase the family plans."""
    return (
        not IF_WORD.search(clause)
        and RULE_ASKED.search(clause) is not None
        and not re.search(r"我|俺|咱|家|\bwe\b|\bour\b|\bi\b", clause)
    )


HOME_TALK = re.compile(r"房|租|home|house|flat|apartment|\brent")
# The first-home question answered by naming it (第一套房, 首套, "our first home"): yes.
LOAN_TALK = re.compile(r"贷|\b(?:loan|mortgage|borrow)\w*", re.I)
FIRST_HOME_ANSWER = re.compile(
    r"\s*(?:是|对|嗯|就是)?\s*(?:首套|第1套|第一套|头一套|头1套)(?:房|房子)?(?:吧|啊|呀|呢|的)?\s*"
    r"|\s*(?:it'?s |it is |yes,? )?(?:our |my |a |the )?(?:very )?first (?:one|home|house|flat|apartment)\s*"
)


# What a kind of home is asked of: "what counts as first home", "is it still a first home if…",
# "does a flat in the hometown count as 首套": the rule's word, not the family's plan to buy.
DEFINED = re.compile(
    r"(?:\bcounts? as|\bcounted as|\bconsidered(?: as)?|\bclassed as|\bdefined as|\bstill(?: be)?"
    r"|\bwhat(?:'s| is) (?:a|an)|\bdefinition of|算不算|还算是?|(?<![打计就])算是)\s*(?:a |an |our |the )?$"
)


# The present named in a clause about renting (现在不租了, "now we don't rent").
RENT_NOW = re.compile(r"现在|如今|目前|\bnow\b|these days|nowadays|(?:不|没)(?:再)?租了")


def _renting_now(clause: str, earlier: Said) -> bool:
    """`clause` tells renting now, the other way from an earlier clause telling no time:
    在北京租房住了九年 去年买了房 现在不租了."""
    if not RENT_NOW.search(clause) or RENT_NOW.search(earlier.span):
        return False
    if not (NOT_RENTING.search(clause) or RENTING.search(clause)):
        return False  # 现在住我妈家: no renting told
    return bool(NOT_RENTING.search(clause)) == bool(earlier.value)


# The home owned said to be elsewhere, in its clause or the next: "we own a place | but not in
# jinan", "own a flat in my hometown, not here", "it's not in beijing".
OWNED_NOT_HERE = re.compile(
    r"\b(?:not|isn't|isnt) (?:here\b|(?:in )?(?:jinan|beijing|(?:the|this) city)\b(?! cent))"
    # "we have one in my hometown but nothing in beijing"
    r"|\b(?:nothing|none) (?:in (?:jinan|beijing|(?:the|this) city)|here)\b"
    # 有一套 在老家 北京没有: the one owned is back home, none in the city
    r"|\s*(?:是|但是?|不过)?\s*(?:是)?\s*(?:在)?(?:老家|农村|外地)(?:的|那边|那儿)?\s*(?:[，,]|$)"
    # 自己家的房子 不过是老家县城的: the one owned is in a county town back home
    r"|\s*(?:但是?|不过|可)?\s*(?:是|在)?(?:老家|外地|农村)(?:的)?(?:县城|县里|镇上|村里|乡下)?(?:的|那边|那儿)?\s*$"
    r"|\s*(?:但是?|不过)?\s*(?:在)?(?:济南|北京|本地|这边|这儿)(?:没有|没)\s*$"
)
# The next part saying where the home owned is, back home: "we have one | its in our hometown
# not in jinan" (not "if we own one in the hometown", a rule asked).
OWNED_BACK_HOME = re.compile(
    r"\s*(?:in |back in |back )?(?:my |our |the |his |her )?(?:home ?town|village|laojia)\b"
    r"[^.?!]{0,12}\bnot (?:in )?(?:jinan|beijing|here)\b"
)


def _owned_elsewhere(clause: str, after: list[str], asked: str | None = None) -> bool:
    """A home owned (`clause`) said not to be in the city, after the owning or in the next two
    clauses (`after`); asked about the home, "we have one" owns it."""
    owns = OWNS.search(clause) or (
        HOME_HAD_SAID.search(clause)
        if asked in ("owns_home_in_city", "buying_first_home")
        else None
    )
    return owns is not None and (
        bool(OWNED_NOT_HERE.search(clause, owns.end()))
        or any(
            OWNED_NOT_HERE.match(part) or OWNED_BACK_HOME.match(part)
            for part in (
                re.sub(r"^\s*(?:but |though |tho )?(?:it'?s |its |it is )?", "", c) for c in after
            )
        )
    )


# Housing named as a topic asked about, no home owned or not (有没有住房方面的, 有住房补贴吗, 有没有房补,
# 住房公积金, 有没有房的都能领吗), and a kind asked about ("what about homeowners?"): read with these
# words set aside, so 有住房 / 没有房 inside them say nothing of the family's home.
HOUSING_TOPIC = re.compile(
    r"(?:有没有|有无|是否有|有)?(?:住房|房子|房产|购房|买房|租房|房)"
    r"(?=(?:方面|补贴|补助|补(?!交)|政策|优惠|保障|支持|照顾|福利|待遇|相关|有关|帮扶|帮助|公积金))"
    r"|住房公积金"
    r"|(?:有没有|有无|是否有)(?:自己的|自有)?(?:住房|房子|房产|房)"
)


def _owning_words(clause: str, asked: str | None) -> str:
    """The clause as read for owning a home: housing as a topic set aside (HOUSING_TOPIC), and
    nothing left of a kind asked about ("what about homeowners?") unless owning was asked."""
    if KIND_WHAT_ABOUT.match(clause) and asked != "owns_home_in_city":
        return ""
    return HOUSING_TOPIC.sub("〇", clause)


# A second home bought or asked of ("第二套", "二套房", "a second home", "another flat").
SECOND_HOME = re.compile(
    r"第(?:二|2)\u2060?套|二套房|非首套|不是首套|不算首套"
    r"|\b(?:second|2nd) (?:home|house|flat|apartment|property)\b"
    r"|\banother (?:home|house|flat|apartment|property)\b",
    re.I,
)


def home(clauses: Clauses, hypothetical: set[int], asked: str | None = None) -> list[Said]:
    """owns_home_in_city, buying_first_home and renting, each at most once."""
    whole = " ".join(c for _, c in clauses)
    home_said = asked in ("renting", "owns_home_in_city") or bool(re.search(r"房|租", whole))
    found: dict[str, Said] = {}
    for i, (_, clause) in enumerate(clauses):
        owning = _owning_words(clause, asked)
        if "owns_home_in_city" not in found:
            if NO_HOME.search(owning) or (
                (asked in ("owns_home_in_city", "buying_first_home") or HOME_TALK.search(whole))
                and NO_HOME_SAID.search(owning)
            ):
                found["owns_home_in_city"] = Said("owns_home_in_city", False, i, clause)
            elif _owned_elsewhere(owning, [c for _, c in clauses[i + 1 : i + 3]], asked):
                # "we own a place but not in jinan, its back in my hometown": none in the city
                found["owns_home_in_city"] = Said("owns_home_in_city", False, i, clause)
            elif (  # "not planning to, we already have one": the home asked of, had
                asked in ("owns_home_in_city", "buying_first_home") and HOME_HAD_SAID.search(owning)
            ) or (
                (
                    OWNS.search(owning)
                    or (
                        home_said
                        and re.search(
                            r"(?:我们|咱们?|俺们?|自己|自家)(?:自己)?(?:在(?:济南|北京|本地|这边|这儿|市里|城里))?(?:全款|贷款)?买的\s*$",
                            owning,
                        )
                    )
                )  # asked about renting, "不是租的 是我们自己买的"
                and not re.search(r"想|打算|plan|want", owning)
                and not re.search(
                    r"老家|外地|农村|hometown|back home|in (?:my|our) home ?town", owning
                )
                and not LOAN_ASKED.search(owning)
                and not (  # 公积金贷款买房 我们俩都交 能贷多少: the loan asked, not 我们有一套了
                    re.search(r"贷款买|房贷|mortgage", owning) and LOAN_ASKED.search(whole)
                )
            ):
                found["owns_home_in_city"] = Said("owns_home_in_city", True, i, clause)
        m = (
            BUYING.search(clause)
            or (None if re.search(r"租|\brent", whole) else re.search(r"(?:看|选|挑)房", clause))
            or (  # 正看房呢, rent not talked of: house-hunting, to buy
                (
                    asked in ("owns_home_in_city", "buying_first_home")
                    or HOME_TALK.search(whole)
                    # "actually we are not buying, too expensive now": a price, of a home
                    or re.search(r"\b(?:too )?expensive\b|\bafford\b|买不起|太贵", whole)
                    # "scratch the buying part, we decided not to buy this year" (probe en-9139)
                    or re.search(r"\b(?:decided|chose|agreed) not to buy\b", whole)
                )
                and re.search(
                    r"(?:打算|想|准备|计划)[^，,]{0,4}买(?!车)|\bnot (?:buying|going to buy|gonna buy)\b|\bwon't buy\b"
                    r"|\b(?:decided|chose|agreed) not to buy\b"
                    r"|\b(?:buying|buy|purchasing|getting) (?:1|one)\b(?! (?:more|for|of)\b)",
                    clause,
                )
            )
        )  # "not buying anything", "won't buy", "were buying one this year": said of a home when
        # homes are talked of
        if m and DEFINED.search(clause[: m.start()]):
            m = None  # "what counts as first home", "is it still a first home": the kind defined
        if "buying_first_home" not in found and SECOND_HOME.search(clause):
            # "可是我们已经有一套房了 第二套能用这个额度吗", "买的是第二套": no first home (tester
            # 49 c3 heard 900,000 three times)
            found["buying_first_home"] = Said("buying_first_home", False, i, clause)
            continue
        if m and "buying_first_home" not in found:
            negative = re.search(
                r"不打算|不想|没打算|no plans?|not planning|don't plan|\bnot (?:buying|going to buy|gonna buy)\b|\bwon't buy\b"
                # "we decided not to buy this year" (probe en-9139)
                r"|\b(?:decided|chose|agreed|choose|decide) not to buy\b|\bgave up (?:on )?buying\b"
                # 我们不在济南买房了, 不买房了: the plan given up
                r"|不(?:在[^\s，,。]{1,4})?买(?:房子?|首套)?了"
                # 暂时不买房, 近期先不考虑买 (tester 117 p1 was asked again), 买房的事先不考虑了
                r"|(?:暂时|暂且|目前|近期|短期内|这两年|今年|先)(?:还|也)?不(?:打算|想|准备|考虑)?买(?!不)"
                r"|买房(?:子)?的事(?:儿)?(?:先|暂时|就)?(?:不考虑|不想|放放|搁置|算了)"
                r"|\b(?:don'?t|do not|doesn'?t|does not|not|never) (?:want|wanna|intend|plan|planning)(?: to)? buy\b",
                clause,
            )
            if re.search(r"买不起", clause):
                pass
            elif (
                FIRST_HOME_ANSWER.fullmatch(clause)
                and (asked == "buying_first_home" or LOAN_TALK.search(whole) or FUND.search(whole))
            ):  # (a note: 夫妻一方缴存公积金 首套 济南户籍)  # "3 kids, only me paying in, first home" beside the loan asked: the home bought
                found["buying_first_home"] = Said("buying_first_home", True, i, clause)
            elif negative:
                found["buying_first_home"] = Said("buying_first_home", False, i, clause)
            elif (
                (i in hypothetical and not _rule_asked_after_an_if(clause))
                or re.search(
                    r"想|打算|准备|计划|考虑|(?:看|选|挑)房|plan|want|going to|thinking|considering|looking to|hop(?:e|ing)|saving|\bif\b"
                    r"|\bbuying\b|\bgetting (?:1|one)\b|trying|intend|about to|\baim|would like|\bwish|looking for|searching|hunting|shopping for",
                    clause,
                )
                or (
                    re.search(r"(?<![没已])买(?:首套|第1套|第一套|头1套|头一套)", clause)
                    and not (RULE_ASKED.search(clause) and not re.search(r"我|俺|咱|家", clause))
                )  # 买首套: about to buy (买了首套 is bought); not 买首套能贷多少, a rule asked
                # 正在看房 头一套: house-hunting for the first home (probe zh-9447)
                or bool(re.search(r"(?:正在|正|在|开始)(?:看|选|挑)房", whole))
            ):
                found["buying_first_home"] = Said("buying_first_home", True, i, clause)
        if "renting" in found and _renting_now(clause, found["renting"]):
            del found["renting"]  # 租房住了九年 … 现在不租了: the present, told after the past
        if "renting" not in found and not (KIND_WHAT_ABOUT.match(clause) and asked != "renting"):
            # 那租房的呢, "what about renters?": the rule for renters asked, not the family's
            if NOT_RENTING.search(clause):
                found["renting"] = Said("renting", False, i, clause)
            elif any(
                not re.match(
                    r"\s*(?:补贴|subsid|allowance|help|support|assistance|benefit|withdraw|money|refund)",
                    clause[m.end() : m.end() + 12],
                )
                for m in RENTING.finditer(clause)
                if not (RENTED_ONCE.search(clause) and OWNS.search(whole))
            ):
                # "can i withdraw my housing fund to pay rent": the renting is the fact; the words
                # of the measure asked (Jinan clause 14) stay free to name it
                span = "" if WITHDRAWAL_ASKED.search(clause) else clause
                found["renting"] = Said("renting", True, i, span)
    return list(found.values())
