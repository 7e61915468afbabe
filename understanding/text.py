"""A message made ready for reading: NFKC (full-width digits and letters), lower case, Chinese
numerals as digits (cn2an), common typos mended, and cut into clauses.

Spans found in the normalised text are quoted back to the user as the words understood, so the
changes keep the text readable: "老大三岁半" becomes "老大3岁半", "二〇二三年十月" "2023年10月"."""

import functools
import json
import re
import unicodedata
import warnings
from pathlib import Path

import cn2an
from cn2an.conf import NUMBER_CN2AN, UNIT_CN2AN
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

# cn2an warns on numerals it leaves as written ("千五"); the text is kept as it was, which is right.
warnings.filterwarnings("ignore", module="cn2an")

MAX_CHARS = 1000  # facts come in a sentence or two; a pasted essay is read no further

# Words cn2an would turn into numbers or leave alone wrongly, and phone typos, before it runs.
TYPOS = {
    # "really?": no leave (假) named (tester 72 c1 got three leave blocks)
    "真的假的": "真的吗",
    "是真是假": "是真的吗",
    "真的还是假的": "真的吗",
    "公基金": "公积金",
    "低报": "低保",
    # 户口上个月刚前到济南: 迁 typed as its sound-alike 前
    "前到济南": "迁到济南",
    "前到北京": "迁到北京",
    "前过来": "迁过来",
    "前回济南": "迁回济南",
    "前回北京": "迁回北京",
    "公积经": "公积金",
    "公积今": "公积金",  # typed by sound (那个公积今贷款呢)
    # 户口本上写的2025年1月8号: the date the household register shows is the birth's, no hukou
    "户口本上写的": "出生日期是",
    "户口本上写着": "出生日期是",
    "户口本上登记的": "出生日期是",
    "户口本上是": "出生日期是",
    # 我看了下出生证 老二是24年1月20号的: the certificate read for the date, no measure asked
    "出生证上写的": "出生日期是",
    "出生证上写着": "出生日期是",
    "出生证上是": "出生日期是",
    "看了下出生证": "查了日期",
    "看了一下出生证": "查了日期",
    "翻了下出生证": "查了日期",
    "查了下出生证": "查了日期",
    "带办": "代办",  # typed by sound (奶奶能带办不)
    "公鸡金": "公积金",
    "工积金": "公积金",  # typed by sound (工积金俺没交)
    "小两口": "两口子",  # the young couple (闺女小两口都交)
    "gong ji jin": "gongjijin",
    "户囗": "户口",
    "济难": "济南",
    "housing fnd": "housing fund",
    "自费生的": "生的时候自费",  # 双胞胎都是自费生的: the birth paid out of pocket, no cover  # typed by sound (济难 全家户口都在这边)
    "济楠": "济南",
    "北金": "北京",
    "bday": "birthday",
    "b-day": "birthday",
    "户扣": "户口",
    "戶口": "户口",
    "戸口": "户口",
    "低包": "低保",
    "最低生活保障": "低保",  # dibao named in full (领最低生活保障金 = 领低保金)
    "低宝": "低保",
    "失叶金": "失业金",  # typed by sound
    "升育险": "生育险",  # typed by sound (单位每月扣着升育险)
    "升育保险": "生育保险",
    "木有": "没有",  # the net's spelling of 没有 (老大那会儿木有)
    "歲": "岁",  # the traditional form (孙子今年3歲)
    "双包胎": "双胞胎",
    # 当哥哥的一米一 妹妹一米零八: the twin who is the elder brother (sister), named by the word
    "当哥哥的": "哥哥",
    # 我孙子是前年腊月生的 是家里老二: the child's order among the family's children
    "是家里的老": "是老",
    "是家里老": "是老",
    "是家中老": "是老",
    "当姐姐的": "姐姐",
    "当弟弟的": "弟弟",
    "当妹妹的": "妹妹",
    "三包胎": "三胞胎",
    "双胎": "双胞胎",  # the doctors' word for a twin pregnancy
    "双生子": "双胞胎",
    "双棒儿": "双胞胎",  # the northern word for twins (双棒儿那回领着失业金)
    "双棒": "双胞胎",  # the same without 儿 (小的俩是双棒, 又添了对双棒)
    "断交": "断缴",  # the fund's paying stopped, typed by sound (公积金断交了)
    "补帖": "补贴",  # 北京这个补帖: the subsidy, 帖 typed for 贴
    "生于险": "生育险",
    "予产期": "预产期",  # typed by sound
    "预产其": "预产期",
    "生于保险": "生育保险",
    "济兰": "济南",
    "一百天": "100天",
    "百天": "100天大",
    "hu kou": "hukou",
    "hukuo": "hukou",
    "hokou": "hukou",
    "houkou": "hukou",
    "dibau": "dibao",  # phone typos of the benefits' pinyin (still on dibau rn)
    "dibaoo": "dibao",
    "di bao": "dibao",  # the pinyin typed apart ("the middle one was born when we had di bao")
    "di-bao": "dibao",
    "shi ye jin": "shiyejin",
    "housng": "housing",
    "gongjijn": "gongjijin",
    "gongjinjin": "gongjijin",
    "twinz": "twins",
    "wee one": "little one",  # "my wee one's fourteen months": the child, in Scots English
    " y.o.": " yo",  # "we have a 2 y.o.": years old
    " y.o ": " yo ",
    "龙凤台": "龙凤胎",  # voice input's homophones of the multiples words
    "双胞台": "双胞胎",
    "三胞台": "三胞胎",
    "pregant": "pregnant",  # phone typos of the pregnancy and multiples words
    "pregnat": "pregnant",
    "prego ": "pregnant ",
    "preg ": "pregnant ",  # "preg 7 mo, we have a 4 yr old"
    "tripletts": "triplets",
    "tripplets": "triplets",
    "triplits": "triplets",
    "mnths": "months",
    "mnth": "month",
    "twinns": "twins",
    "preggers": "pregnant",  # "preggo with twins again, 5 months along": pregnant, said short
    "preggo": "pregnant",
    "shuangbaotai": "twins",  # pinyin, like laoda and dibao: "shuangbaotai born 10 days ago"
    "shuang bao tai": "twins",
    "longfengtai": "twins",  # 龙凤胎, boy-girl twins
    "long feng tai": "twins",
    "sanbaotai": "triplets",
    "tripletz": "triplets",
    "元月": "1月",
    "元旦": "1月1号",
    "新年第一天": "1月1号",
    "一个把月": "1个多月",  # 才个把月, 一个把月: a month or so
    "个把月": "1个多月",
    "个把星期": "1周",
    "个把礼拜": "1周",
    "俩月": "2个月",
    "两月": "2个月",
    "仨月": "3个月",
    "新年头一天": "1月1号",
    "xmas": "christmas",
    # common misspellings of the benefit and kin words the patterns read
    "unemployement": "unemployment",
    "unemploment": "unemployment",
    "unemploymnet": "unemployment",
    "benifit": "benefit",
    "benefet": "benefit",
    "grandaughter": "granddaughter",
    "grand daughter": "granddaughter",
    "grand son": "grandson",
    "老两口": "老夫妻",  # the grandparents, not 老二
    "底保": "低保",  # typed by sound
    "龙风胎": "龙凤胎",
    "龙奉胎": "龙凤胎",
    "老俩口": "老夫妻",
    "daugther": "daughter",  # phone typos of the kin and home words the patterns read
    "daugter": "daughter",
    "duaghter": "daughter",
    "apartmnt": "apartment",
    "appartment": "apartment",
    "apartement": "apartment",
    "insurence": "insurance",
    "insurace": "insurance",
}
# Words typed by their pinyin initials in a Chinese message: lg没gjj 就我有 = 老公没公积金 就我有
# (only between non-letters: not the letters of an English word).
PINYIN_INITIALS = {"gjj": "公积金", "lg": "老公", "lp": "老婆", "xf": "媳妇"}
_PINYIN_INITIALS = re.compile(r"(?<![a-z])(gjj|lg|lp|xf)(?![a-z])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# The parents' forums' short words for the family ("dd is 3 n ds 5 wks", "ds1 born 2019, ds2
# born 2023.3", "dh and i"): dear daughter, son, husband, said in full; a number after one is
# its order among them (dd1, "dd 2").
_FORUM_KIN = re.compile(r"(?<![a-z0-9'])(d[dsh])(?:\s?([1-4]))?(?![a-z0-9'])")
_FORUM_WORDS = {"dd": "daughter", "ds": "son", "dh": "husband"}
_FORUM_ORDERS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}


# What follows an order typed apart ("dd 2 born 2024", "ds 1 is 5", "dd 2: 3 yo"): a date or an
# age of that child, so the number is her order; with none after it ("ds 7 dd 4 and the baby")
# the number is her age.
_FORUM_ORDER_DATED = re.compile(
    r"\s*(?:is\b|was\b|born\b|b\.|aged?\b|turn|came\b|arrived\b|due\b|:|-|\(|\d|'s\b|(?:just|now|will)\b)"
)


def _forum_kin(m: re.Match[str]) -> str:
    word = _FORUM_WORDS[m.group(1)]
    order = m.group(2)
    if (
        order
        and " " in m.group(0)
        and re.search(r"\bis \d{1,2}\b[^,.;]{0,20}\band\s*$", m.string[: m.start()])
    ):
        return f"my {word} {order}"  # "dd is 4 and ds 1": his age, after hers
    if order and " " in m.group(0) and not _FORUM_ORDER_DATED.match(m.string, m.end()):
        return (
            f"my {word} {order}"  # "ds 7 dd 4 and the little one": her age, nothing dates an order
        )
    if order and word != "husband":
        return f"our {_FORUM_ORDERS[order]} {word}"
    return f"my {word}" + (f" {order}" if order else "")


_EN_GJJ = re.compile(r"(?<![a-z])gjj(?![a-z])")
# A home typed short, as a word of its own: "i own an apt", "2 apts" (not "adapt", "aptitude").
_APT = re.compile(r"(?<![a-z])apt(s?)(?![a-z])")
# Units of an age or a pregnancy typed short, said in full so one set of patterns reads them:
# "18 mths", "5 mos pregnant", "a 2-yr-old", "last yr", "3 wks ago" ("yo" is left to the age
# patterns: "the 6yo" names a child there).
_SHORT_UNITS = (
    (re.compile(r"\b(?:mths|mnths|mons|mos)\b|(?<=\d)(?:mths|mnths|mos)\b"), " months"),
    (re.compile(r"\b(?:mth|mnth)\b"), "month"),
    (re.compile(r"\bwks\b"), "weeks"),
    (re.compile(r"\bwk\b"), "week"),
    (re.compile(r"\byrs\b"), "years"),
    (re.compile(r"\byr\b"), "year"),
    (re.compile(r"(?<=\d)wks?\b"), " weeks"),  # "3wks", "4yrs": the number, then its unit
    (re.compile(r"(?<=\d)yrs?\b"), " years"),
    (re.compile(r"(?<=\b\d)y\b(?!/)|(?<=\b\d\d)y\b(?!/)"), " years"),  # a note's "Elder child 3y"
    (re.compile(r"\bunemp\b\.?"), "unemployment"),  # "Unemp benefit at twins' birth"
    (re.compile(r"\bunemployment ins\.? (?=benefit)"), "unemployment insurance "),
)
_SHORT_UNIT_HINT = re.compile(r"wks?\b|mths|mnth|mons|mos\b|mth|yrs?\b|\dy\b|\bunemp")
# An age said with a decimal half: "1.5 years old", "2.5 yo", 1.5岁, 2.5周岁 (not 1.5m, 1.5万).
_HALF_YEAR_DECIMAL = re.compile(
    r"(?<![\d.])(\d{1,2})\.5\s*(?:(周?岁)|(?=(?:years?|yo|y/o|year-old|years-old)\b))"
)
# "child"/"children" as a plain count or order word: not "child's", childcare, childbirth,
# "only child" (read as written), "child benefit"-like compounds keep the word too.
_CHILDREN = re.compile(
    r"\bchildren\b(?!['’])|(?<=\bone )child\b(?!['’]|\s*(?:care|birth|benefit|allowance|subsid))"
)
# Phone typos of 岁 (睡, 碎) and 月 (曰) right after a numeral: 三睡半 = 三岁半, 一周碎 = 一周岁,
# 五曰 = 五月; not 一睡就醒 or 三点睡 (睡 is read as 岁 only before what follows an age).
_NUMERAL_TYPOS = (
    (
        re.compile(
            r"(?<=[\d零〇一二两三四五六七八九十])(周?)[睡碎](?=[半多零了啦的整\d\s,，。!！?？]|$)"
        ),
        r"\1岁",
    ),
    # 八月十二好, 3月5曰: the day of a month, 号 and 日 mistyped (before 曰 is read as 月)
    (
        re.compile(
            r"(?<=月)(\s*[\d零〇一二两三四五六七八九十]{1,3})[好曰](?!看|听|玩|吃|久|多|像|几|不|了没|吗)"
        ),
        r"\1号",
    ),
    (re.compile(r"(?<=[\d零〇一二两三四五六七八九十])(个?)曰"), r"\1月"),
)
# Heights written in Chinese: 一米二 = 1米2 (120), 一米零五 = 105, 一米二五 = 125.
_CN_DIGIT = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0", "两": "2"}
_CN_HEIGHT = re.compile(r"([一1])米([零〇一二三四五六七八九]{1,2})(?![十百千万个月岁])")
# Two-digit years read digit by digit: 一六年 = 16年, 二一年 = 21年 (cn2an would say 一六 = 16 too,
# but 二〇二一 and 二一 are both read correctly only digit by digit).
_CN_YEAR = re.compile(r"([零〇一二三四五六七八九]{2}|[零〇一二三四五六七八九]{4})年")
_COUNT_WORDS = (("俩", "2"), ("仨", "3"), ("两", "2"))
# The 两 of a year said in full: 两千零二十六年, 两千二十三年 (cn2an reads it only as 二千).
_CN_THOUSAND_YEAR = re.compile(r"两(?=千零?[零〇一二三四五六七八九十]{0,3}年)")
_CN_NUMERAL = re.compile(r"[零〇一二三四五六七八九十百]+")
# Words whose numeral is not a number: 一直, 一起, 一下, 一共 stay as written.
_KEEP = re.compile(
    r"一直|一起|一下|一共|一点|一样|一般|一些|一定|一次性|一次|统一|唯一|一家|一对|一套|一心|老幺|幺儿|小幺"
    # a school year before an age (读高一十五了, 上初二十四了, 高三十八了): the grade, then the age
    r"|(?<=[读上念])(?:高|初)[一二三](?!十)|(?<=[读上念])大[一二三四](?!岁)"
    r"|(?:高|初)[一二三](?=(?:十[一二三四五六七八九]?|[一二三四五六七八九]十)(?:了|岁))"
)


def _digits(chars: str) -> str:
    return "".join(_CN_DIGIT[c] for c in chars)


# Every character cn2an.transform("cn2an") can rewrite: its numerals and units (cn2an.conf), the
# traditional and upper-case forms its Transform adds, 廿, and 半 (0.5 before a measure word).
# Its patterns (numbers, dates, fractions, percentages, degrees) span no space or punctuation, so
# each piece between them is converted alone, and only a piece holding one of these: its date
# pattern matches the empty string at every position, which made it a third of a message's
# reading time when handed the whole message.
_CN2AN_REWRITES = re.compile(
    "["
    + re.escape("".join(NUMBER_CN2AN) + "".join(UNIT_CN2AN) + "貳兩參陸柒捌玖壹肆伍两萬億廿半")
    + "]"
)
_CN2AN_SEPARATOR = re.compile(r"([\s，。,;；!！?？、：:（）()]+)")


def _numerals(text: str) -> str:
    """Chinese numerals as digits, leaving fixed words alone."""
    if not _CN2AN_REWRITES.search(text):
        return text
    return "".join(
        _piece_numerals(piece) if _CN2AN_REWRITES.search(piece) else piece
        for piece in _CN2AN_SEPARATOR.split(text)
    )


def _piece_numerals(text: str) -> str:
    kept: list[str] = []

    def hold(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\x00{len(kept) - 1}\x00"

    held = _KEEP.sub(hold, text)
    try:
        converted = str(cn2an.transform(held, "cn2an"))
    except (ValueError, KeyError, IndexError):
        converted = held
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], converted)


# English number words: zero to nineteen, then twenty-one to twenty-nine.
WORDS_0_TO_19 = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_NUMBERS = {w: str(i) for i, w in enumerate(WORDS_0_TO_19)}  # ages and counts
# "one" stays a word where it names a child ("the first one", "our little one", "one-off").
_EN_NUMBER = re.compile(
    r"(?<![\w-])(?<!first )(?<!second )(?<!third )(?<!little )(?<!younger )(?<!older )"
    r"(?<!big )(?<!small )(?<!middle )(?<!\dst )(?<!\dnd )(?<!\drd )(?<!\dth )"
    r"(?<!the )(?<!this )(?<!that )(?<!which )(?<!each )(?<!no )(?<!any )(?<!every )"
    # "the eldest one is 12", "only for the youngest one", "our new one": that child, not an age of 1
    r"(?:(?<!youngest )(?<!eldest )(?<!oldest )(?<!newest )(?<!new )(?<!tiny )(?<!next )"
    r"(?<!\bother )|(?!one(?![\w-])))"  # "the next one eight": the next child, aged eight
    r"(" + "|".join(EN_NUMBERS) + r")(?![\w-])"
)

# A child named by its age in words after "the" ("the nine year old", "the four-year-old"),
# which _EN_NUMBER leaves alone ("the one" names a child).
_AGE_NAMED_CHILD = re.compile(
    r"(?<=\bthe )("
    + "|".join(WORDS_0_TO_19[2:])
    + r")(?=[- ](?:years?|months?)[- ]olds?\b|[- ]?yo\b)"
)

# A number word right after a birth order is that child's age: "the eldest is 6, second four and
# the third 1" (not "second one", the child itself, nor "the second two are twins", a count).
_AFTER_ORDER_NUMBER = re.compile(
    r"(?:(?<=\bsecond )|(?<=\bthird )|(?<=\bfourth )|(?<=\bfifth ))("
    + "|".join(WORDS_0_TO_19[2:])
    + r")(?![\w-])"
    r"(?! (?:of|are|were|kids|children|babies|boys|girls)\b)"
)

# What makes the babies counted one birth: "from one pregnancy", "born together", "same birthday",
# and, with no "born", "at once", "at the same time", or "together" before the time of the birth
# ("two girls together last march"; not "2 kids together", the couple's).
_BORN_AS_ONE = (
    r"(?:,? (?:from|of|in) (?:1|one|the same|a single) (?:pregnancy|birth|delivery)"
    r"|,? born (?:together|at once|at the same time|(?:on )?the same day)"
    r"|,? (?:at once|at the same time|in one go)"
    r"|,? together(?=,? (?:(?:were |was )?(?:born|came|arrived)|last|this|in|on|early|late"
    r"|(?:19|20)\d\d|'\d\d|\d{1,2} (?:days?|weeks?|months?|years?) ago|yesterday)\b)"
    r"|,? (?:with |sharing |who share |(?:have|has|had) )?(?:the |a )?same (?:birthday|bday|birth ?date|dob))\b"
)
# English as typed on a phone: short forms and misspellings read as the words they stand for.
_EN_PHONE = [
    (re.compile(r"\bthru\b"), "through"),
    (re.compile(r"\blil\b"), "little"),
    (re.compile(r"\bb4\b"), "before"),
    (re.compile(r"\bhw\b"), "how"),  # "hw much is the paternity leave": a question word typed short
    (re.compile(r"\b(?:wat|wht)\b"), "what"),
    (re.compile(r"\bhubby\b"), "husband"),
    # "on the dole", "dole money": unemployment benefit in British words
    (re.compile(r"\b(?:the )?dole(?: money| payments?)?\b"), "unemployment benefit"),
    (re.compile(r"\bwifey\b"), "wife"),
    # "ya for the youngest", "yea we were": a yes typed short, opening the reply or a clause
    (re.compile(r"(?:^|(?<=[,.;!?]\s)|(?<=[,.;!?]))\s*(?:ya|yah|yea|yeh)\b(?!')"), "yes"),
    (re.compile(r"\bgonna\b"), "going to"),
    # "born last year april": the month of that year, as "april last year" (tester 117 p7 got a
    # third child born this April)
    (
        re.compile(
            r"\b(last|this|next) year,? (?:in )?(jan(?:uary)?|feb(?:ruary)?|march|april|may|june?"
            r"|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
        ),
        r"\2 \1 year",
    ),
    # "all 3 of my kids": the count of the family's children, as "all my 3 kids"
    (
        re.compile(
            r"\ball (\d|two|three|four|five) of (my|our|his|her|their)"
            r" (kids|children|grandkids|grandchildren)\b"
        ),
        r"all \2 \1 \3",
    ),
    # "the twins got theirs last year": the hukou registered then, no birth (probe en-9127)
    (
        re.compile(
            r"\b(got|received|moved|transferred) (theirs|their hukou|his hukou|her hukou|hers|his)"
            r" (?:last|this) (?:year|month)\b"
        ),
        r"\1 \2 later",
    ),
    # "i was wrong about the hukou, ours is still back in heze": the hukou said again
    (re.compile(r"\b(hukou\b[^.;!?]{0,20}?),\s*ours (is|was)\b"), r"\1, our hukou \2"),
    # "i find job, pay gongjijin, my wife not pay": the one who found the job pays (tester 116 p8)
    (
        re.compile(
            r"\b(i|my (?:husband|wife)|he|she) ((?:find|found|got|get|have|has) (?:a )?(?:new )?job),?"
            r" (?:and )?(?:now )?(?=pays? (?:gongjijin|the fund|housing fund|into))"
        ),
        r"\1 \2, \1 ",
    ),
    # "the 3rd is born off dibao": born while not on it (not "came off dibao", a benefit ended)
    (
        re.compile(r"\b(born) off (?=(?:the )?(?:dibao|tekun|welfare|benefits?|unemployment)\b)"),
        r"\1 while not on ",
    ),
    # "born in april, the 12th": the day of that month, told after a comma
    (
        re.compile(
            r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?), the (\d{1,2}(?:st|nd|rd|th))\b"
        ),
        r"\1 the \2",
    ),
    # "may of last yr", "march of this year": the month of that year, as "may last year"
    (
        re.compile(
            r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) of (?=(?:last|this|next) y)"
        ),
        r"\1 ",
    ),
    # "baby no. 2", "baby #3", "baby number 2": a birth order said as a number
    (re.compile(r"\bbaby (?:no\. ?|#|number )2\b"), "2nd baby"),
    (re.compile(r"\bbaby (?:no\. ?|#|number )3\b"), "3rd baby"),
    (re.compile(r"\bbaby (?:no\. ?|#|number )1\b"), "1st baby"),
    # "unemployed and getting the benefit": the unemployment benefit, named short
    (
        re.compile(
            r"\b(unemployed|laid off|lost (?:my|our|his|her|their) jobs?)\b([^.;!?]{0,30}?)\bthe benefit\b"
        ),
        r"\1\2unemployment benefit",
    ),
    # "on dibao now, it was the same when our son was born": the benefit at that birth too
    (
        re.compile(
            r"\b((?:dibao|tekun|benefits?|welfare|support)\b[^.;!?]{0,40}?)"
            r"\b(?:(?:and )?(?:it was|it's|was|were) )?(?:the )?same (?:thing )?(?:(?:back )?then )?(?:as )?(?=when\b)"
        ),
        r"\1we were on it ",
    ),
    (re.compile(r"\bgrand ?daughter|\bgrandaughter"), "granddaughter"),
    (re.compile(r"\bgrand son\b"), "grandson"),
    (re.compile(r"\b(son|daughter)[- ]in[- ]law\b"), r"\1-in-law"),
    (re.compile(r"(?<=[a-z]) (?:n|&) (?=[a-z])"), " and "),  # "me n the wife"
    (re.compile(r"(?<=\d) (?:n|&) (?=\d)"), " and "),  # "the kids r 5 n 2"
    (re.compile(r"\b(?:husbnad|hubsand|husbamd|husbund|huband)\b"), "husband"),
    (re.compile(r"\b(?:wfie|wief)\b"), "wife"),
    (re.compile(r"(?<=\d)\s?(?:mths|mnths|mth|mnth)\b"), " months"),  # "erbao 18 mths"
    (re.compile(r"\ban? (day|week|month|year) ago"), r"1 \1 ago"),  # "a month ago"
    (re.compile(r"\ba couple (?:of )?(days|weeks|months|years) ago"), r"2 \1 ago"),
    # "sunzi is 6 weeks, sunnu is 3": 孙子, 孙女 (and 外孙, 外孙女) in pinyin, read as the English words
    (re.compile(r"\b(?:wai ?)?sun ?n[uv]e?r?\b"), "granddaughter"),
    (re.compile(r"\b(?:wai ?)?sun ?zi\b|\bwaisun\b"), "grandson"),
    # "scan shows two heartbeats", "3 sacs on the scan": twins or triplets on the way
    (re.compile(r"\b(?:2|two) (?:heart ?beats|(?:gestational )?sacs)\b"), "twins"),
    (re.compile(r"\b(?:3|three) (?:heart ?beats|(?:gestational )?sacs)\b"), "triplets"),
    # "2 boys from one pregnancy", "two girls born together", "2 sons, same birthday", "then two
    # girls together last march", "3 boys at once": twins or triplets, read as "2 boys, twins,"
    # (not "we have 2 kids together", the couple's children)
    (
        re.compile(
            r"\b(2|two) (boys|girls|babies|kids|sons|daughters|grandsons|granddaughters|lads)"
            + _BORN_AS_ONE
        ),
        r"\1 \2, twins,",  # the number kept: "2 boys" counts them (README)
    ),
    (
        re.compile(
            r"\b(3|three) (boys|girls|babies|kids|sons|daughters|grandsons|granddaughters|lads)"
            + _BORN_AS_ONE
        ),
        r"\1 \2, triplets,",
    ),
    # "both girls born 2020/6/1", "the two boys were both born in march 2021": one birth date
    # said of both children, so the two are twins, read as "both girls, twins, born …" (not
    # "both kids born 2019.3.5 and 2021.8.9", a date each; not "both kids born in beijing")
    (
        re.compile(
            r"\b((?:both (?:of )?(?:our |my |the |his |her |their )?|(?:the|our|my) (?:2|two) )"
            r"(?:boys|girls|babies|kids|children|sons|daughters|grandsons|granddaughters|grandkids))"
            r",? (?:(?:were|was|are) )?(?:both )?born(?= (?:on |in )?(?:\d|'\d|last\b|this\b"
            r"|yesterday\b|the same (?:day|date)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
            r"|dec)[a-z]*\b)(?!(?:[^,.;!?]|(?<=\d)\.(?=\d))*\b(?:and|&) (?:on |in )?"
            r"(?:\d|'\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
        ),
        r"\1, twins, born",
    ),
    # "his triplet sisters", "triplet boys born 2 weeks ago": the triplets, named with their word
    # as "twin girls" is
    (
        re.compile(
            r"\btriplet (?:boys|girls|babies|kids|sons|daughters|sisters|brothers|grandsons"
            r"|granddaughters|grandkids|lads)\b"
        ),
        "triplets",
    ),
    # "boy + girl, same birthday", "a son and a daughter born the same day": boy-girl twins
    (
        re.compile(
            r"\b(?:an? |1 )?(boy|girl|son|daughter) ?(?:\+|and|&|/) ?(?:an? |1 )?(boy|girl|son|daughter)"
            r"(?:,? (?:from|of|in) (?:1|one|the same|a single) (?:pregnancy|birth|delivery)"
            r"|,? born (?:together|at once|at the same time|(?:on )?the same day)"
            r"|,? (?:with |sharing |who share |(?:have|has|had) )?(?:the |a )?same (?:birthday|bday|birth ?date|dob))\b"
        ),
        r"a \1 and a \2, twins",
    ),
    # "scan shows twins!", "the ultrasound said triplets": multiples on the way, as 双胞胎 B超说的
    (
        re.compile(
            r"\b(?:(?:the|a|our|my|her|1st|first|latest|last|today's) )?(?:scan|ultrasound|sonogram"
            r"|b-?chao)s? (?:today |yesterday )?(?:shows?|showed|says?|said|confirmed|found|revealed)"
            r"(?: (?:it's|its|it is|there are|there's|we have|we're having))? (twins|triplets)\b"
        ),
        r"\1 on the way",
    ),
    # "now a pair on the way for july", "a pair due in march": twins on the way
    (
        re.compile(
            r"\b(?:a|1) pair(?= (?:(?:is |are )?(?:on the way|coming|due|expected|in the oven|in there)"
            r"|of (?:babies|buns) (?:on the way|coming|due|expected|in the oven))\b)(?: of (?:babies|buns))?"
        ),
        "twins",
    ),
    # "two on the way, due december", "3 in the oven": twins or triplets expected
    (
        re.compile(
            r"(?<![\w.,#])(?<!number )(?<!no\. )(?<!no )(?<!baby )(?<!our )(?<!the )(?:2|two)"
            r"(?= (?:babies |bubs |buns )?(?:on the way|in the oven|coming|due)\b(?! dates?))"
            r"(?: (?:babies|bubs|buns))?"
        ),
        "twins",
    ),
    (
        re.compile(
            r"(?<![\w.,#])(?<!number )(?<!no\. )(?<!no )(?<!baby )(?<!our )(?<!the )(?:3|three)"
            r"(?= (?:babies |bubs |buns )?(?:on the way|in the oven|coming|due)\b(?! dates?))"
            r"(?: (?:babies|bubs|buns))?"
        ),
        "triplets",
    ),
    # "born 10 minutes apart": twins; the minutes are no age nor year
    (
        re.compile(
            r"\b(?:\d{1,2}|a few|few|a couple(?: of)?|two|three|five|ten|fifteen|twenty) (minutes?"
            r"|mins?) apart\b"
        ),
        r"\1 apart",
    ),
    # "we saw twins at the scan", "2 heartbeats on the ultrasound" (made twins above)
    (
        re.compile(
            r"\b(?:saw|see|seen|spotted|found) (twins|triplets) (?:on|at|in) (?:the |our |my |a )?"
            r"(?:\w+ )?(?:scan|ultrasound|sonogram|b-?chao)\b"
        ),
        r"\1 on the way",
    ),
    # "im 4 months gone", "she's five months gone": that far into the pregnancy
    (
        re.compile(
            r"(?<![\w.])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (months?|weeks?)"
            r" gone\b(?! by\b)"
        ),
        r"\1 \2 pregnant",
    ),
    # "got a pair of kiddos", "a pair of little ones": two children (not "a pair of boys", twins)
    (re.compile(r"\ba pair of (kids|kiddos|children|little ones)\b"), r"2 \1"),
]
# Heights said aloud: "one twenty" = 1m20, "a metre thirty-five" = 1m35; not "the little one
# twenty twenty two" (a year).
_EN_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7}
_EN_SPOKEN_HEIGHT = re.compile(
    r"\b(?:one|a) (?:met(?:er|re) )?(?P<tens>twenty|thirty|forty|fifty|sixty|seventy)"
    r"(?:[- ](?P<unit>one|two|three|four|five|six|seven|eight|nine))?\b(?! (?:yuan|rmb|kuai|pm|am|twenty)\b)"
)


def _spoken_height(m: re.Match[str]) -> str:
    unit = WORDS_0_TO_19.index(m.group("unit")) if m.group("unit") else 0
    return f"1m{_EN_TENS[m.group('tens')]}{unit}"


# Birth orders in pinyin (Chinglish) named together, read as the Chinese words: "laoer and laosan
# came together" = 老2老3, one subject (the mark after a digit keeps "laoer 5" from reading 老25);
# one named alone is read as the English words (_PINYIN_ORDERS below).
_PINYIN_TOGETHER = re.compile(
    r"\blao ?(?:da|er|san|si)\b(?:(?: and |,? ?& ?|, | )lao ?(?:er|san|si)\b)+"
)
_PINYIN_ONE_OF = re.compile(
    r"\blao ?(da|er|san|si)\b(?P<next>(?: and |,? ?& ?|, | )(?=lao ?(?:er|san|si)\b))?"
)
_PINYIN_DIGIT = {"da": "大", "er": "2\u2060", "san": "3\u2060", "si": "4\u2060"}

# Two births in a row named by English ordinals, read as the Chinese words like the pinyin ones:
# "they're our 3rd n 4th", "the twins are our second and third" = 老3老4, 老2老3; "not for the
# 1st or 2nd" = 老1老2 (neither birth).
_EN_ORDINAL_PAIR = re.compile(
    r"\b(?:our|the|my|his|her|their) (first|second|third|fourth|1st|2nd|3rd|4th) (?:and|n|&|or) "
    r"(second|third|fourth|fifth|2nd|3rd|4th|5th)\b(?! (?:time|pregnanc|birthday|child|kid|baby|son"
    r"|daughter|years?\b|months?\b|weeks?\b|days?\b|floor|home|house|flat|round|payment|install))"
    # "2nd and 3rd were both born on dibao": opening a clause with no article, the births' verb
    # after it (not "twin boys born last friday, 2nd and 3rd for us", the orders of the twins)
    r"|(?:^|(?<=[,.;:!?] ))(first|second|third|fourth|1st|2nd|3rd|4th) (?:and|n|&) "
    r"(second|third|fourth|fifth|2nd|3rd|4th|5th)(?= (?:were|was|are|both|born|yes|no)\b)"
)
_EN_ORDINAL_DIGIT = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


# An answer for each birth in English, as a hotline note or a phone reply writes it: children
# numbered ("kid 1", "ch2&3", "child 3"), orders listed before one answer ("1st and 3rd births
# yes", "the 2nd and the 5th yes"), a dash or colon before the answer ("1st - yes"), an aside
# naming the benefit ("twins yes (dibao)"), and the answer in pinyin ("laoda meiyou, laoer you").
# Each is put as the orders the reader reads (老1⁠老3⁠ yes, 老2⁠ no).
_EN_ANSWER_WORD = re.compile(r"\b(?:yes|yep|yeah|no|nope|you|meiyou|mei you)\b")
_EN_NUMBERED_CHILD_HINT = re.compile(r"\b(?:kid|child|ch)\.? ?\d")
_EN_ORDINAL_NUMBER = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6,
}  # fmt: skip
_EN_NUMBERED_CHILD = re.compile(
    r"(?<![\w#])(?<!middle )(?<!eldest )(?<!youngest )(?<!oldest )(?<!\ba )(?<!\bone )"
    r"(?:ch\.? ?#?(?P<n>[1-6])|(?:kid|child) ?#?(?P<n2>[1-6])(?= born\b| b\.| ?[-:(]| yes\b| no\b| (?:19|20)\d\d)"
    # "does child 4 get nothing?", "benefits for child 4?": a child numbered, asked about
    r"|(?:child|kid) #?(?P<n3>[1-6])(?= (?:gets?|getting|qualif\w*|receives?|is eligible|eligible"
    r"|now|first|next|then|not|isn'?t|wasn'?t)\b|\s*\?)"
    # "start with kid 1", "for child 4", "and kid 3?": a child numbered, asked about
    r"|(?:(?<=\bfor )|(?<=\bwith ))(?:child|kid) #?(?P<n4>[1-6])(?=\s*(?:$|[,.;!?]))"
    r"|(?<=\bfor )child #?(?P<n5>[1-6])$)"
    r"(?P<more>(?:\s*(?:&|and|,|/)\s*[1-6](?![\d.]))*)"
    r"(?![\d.:/-]\d|\s*(?:yo\b|y/o|y\.o|cm|m\b|kg|yrs?|years?|months?|mos?|weeks?|wks?|days?|st\b|nd\b|rd\b|th\b|岁|个))"
)
_EN_NTH = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th", 6: "6th"}
_EN_CHILDREN_COUNTED_SHORT = re.compile(r"(?<=\b[1-9]) ?ch\b\.?(?= |$|,)")
_EN_ORDER_REF = (
    r"(?:(?:the|our|my|his|her|their) )?"
    r"(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|老\d\u2060)"
    r"(?: (?:one|ones|kid|child|baby|birth|births|pregnancy))?"
)
_EN_ORDERS_ANSWERED = re.compile(
    rf"(?<![\w\u2060])(?P<list>{_EN_ORDER_REF}(?:(?: and| &| n|, and) {_EN_ORDER_REF})*)"
    r"(?P<gap>\s*(?:[-–—:]\s*)?)(?=(?:yes|yep|yeah|no|nope)\b)"
)
_EN_ANSWER_ASIDE = re.compile(
    r"\b(yes|yep|yeah|no|nope)\s*\((dibao|tekun|shiyejin|unemployment(?: benefits?)?)\)"
)
_EN_PINYIN_ANSWER = re.compile(
    r"\b((?:the )?(?:eldest|second|third|fourth|youngest)|twins|triplets|老\d\u2060)"
    r"\s+(?P<a>mei ?you|you)\b(?!\s+(?:know|see|get|guys|can|have|need|are|were|said|mean))"
)


def _en_births_answered(text: str) -> str:
    """The English answers for each birth put as the orders the reader reads (see above)."""
    text = _EN_CHILDREN_COUNTED_SHORT.sub(" kids", text)  # "4 ch.": four children
    text = _EN_NUMBERED_CHILD.sub(
        lambda m: (
            "the "
            + " and ".join(
                _EN_NTH[int(d)]
                for d in re.findall(
                    r"[1-6]",
                    (
                        m.group("n")
                        or m.group("n2")
                        or m.group("n3")
                        or m.group("n4")
                        or m.group("n5")
                    )
                    + m.group("more"),
                )
            )
        ),
        text,
    )
    text = _EN_ANSWER_ASIDE.sub(r"\1 \2", text)
    text = _EN_PINYIN_ANSWER.sub(
        lambda m: f"{m.group(1)} {'no' if m.group('a').startswith('mei') else 'yes'}", text
    )

    def orders(m: re.Match[str]) -> str:
        words = re.findall(
            r"first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|老\d\u2060",
            m.group("list"),
        )
        if len(words) < 2 and not m.group("gap").strip():
            return m.group(0)  # "the first yes": read as written
        numbers = [int(w[1]) if w.startswith("老") else _EN_ORDINAL_NUMBER[w] for w in words]
        return "".join(f"老{n}{JOINER}" for n in numbers) + " "

    return _EN_ORDERS_ANSWERED.sub(orders, text)


def _en_ordinal_pair(m: re.Match[str]) -> str:
    """老3老4 (each with the joiner) for "our 3rd n 4th"; the words kept when the two are not
    consecutive."""
    said = [w for w in m.groups() if w]
    first, second = (_EN_ORDINAL_DIGIT.get(w) or int(w[0]) for w in said)
    if abs(second - first) != 1:  # "the third and second": both, said from the last (en-9389)
        return m.group(0)
    return f"老{first}{JOINER}老{second}{JOINER}"


def _apostrophe_back(m: re.Match[str]) -> str:
    word, ending = (g for g in m.groups() if g)
    return f"{word}'{ending}"


_EN_NO_APOSTROPHE = re.compile(
    r"\b(don|didn|doesn|isn|wasn|weren|aren|ain|haven|hasn|hadn|couldn|wouldn|shouldn|can)t\b"
)

# "were" that can only be "we're": at the start, or after a word no plural subject ends in.
_WERE_AS_WE_ARE = re.compile(
    r"(?:^|(?:"
    + "|".join(
        rf"(?<=\b{w} )"
        for w in ("yes", "yeah", "yep", "no", "nope", "ok", "okay", "hi", "hello", "born", "now",
                  "too", "tho", "though", "then", "also", "and", "but", "so", "because", "cos",
                  "cuz", "actually", "sorry", "ago", "anyway", "hmm", "well", "ugh")
    )
    + r"))were (?=(?:on|in|renting|expecting|pregnant|having|getting|living|still|both|not|from"
    r"|off|jinan|beijing|a|an|also|now|currently)\b)"
)  # fmt: skip
# A birth named by its order with no article: "2nd time dibao", "first birth no" (not "first time
# mum", "the 2nd time", "every 2nd time")
_NTH_BIRTH = re.compile(
    r"(?<![\w'])(?<!\bthe )(?<!\bour )(?<!\bmy )(?<!\bher )(?<!\bevery )(?<!\bthis )"
    r"((?:2nd|3rd|4th|second|third|fourth) (?=time\b)|(?:1st|2nd|3rd|4th|first|second|third|fourth)"
    r" (?=birth\b))(?:time|birth)\b(?! (?:mum|mom|mother|dad|parents|pregnant|here|asking|round|lucky)\b)"
)
_ZH_LEAVE_LEFT = re.compile(
    r"((?:产假|陪产假|育儿假)(?:还)?(?:剩|有|休了|还有|还剩)?(?:下)?(?:\d+|2)个?多?月)(?=[\u4e00-\u9fff])"
)
_ZH_BEFORE_LEAVE = re.compile(
    r"(?<=[岁月天周了])(?=(?:我的|我|俺的|俺)(?:还有|还剩)?(?:\d+个多?月)?(?:的)?(?:产假|陪产假|育儿假))"
    r"|(?<=[岁天周了])(?=(?:产假|陪产假|育儿假))"
)
_ZH_SUPPOSE = re.compile(r"如果|假如|要是|万一|假设|假若|倘若")
_ZH_SUPPOSED_THEN_ASKED = re.compile(
    r"(?:(?<=低保)|(?<=特困)|(?<=失业金)|(?<=供养)|(?<=低保户)|(?<=特困户))"
    r"(?=(?:补贴|钱|的话)?(?:能|会|可以|是不是|有没有|还能|就能|就会|多给|多补|多领|给多)"
    r"[^，,。！!？?]{0,12}(?:吗|不|么|没|呢|[?？]|$))"
)
# A supposition opened straight after a statement (…租房住要是今年…): not after a word that
# leads into it (但是, 就是, 那, 可).
_ZH_TOLD_BEFORE_SUPPOSED = re.compile(
    r"(?<=[\u4e00-\u9fff\d])(?<![但就那可还也都是说问想庭人们户者我你他她俺咱娃宝孩子儿女的])(?=(?:如果|假如|要是|万一|假设|假若|倘若))"
)
# The question of a supposition ended (…还有吗, …能领到几岁, …能多多少), then a statement.
_ZH_ASKED_THEN_TOLD = re.compile(
    r"(?:(?<=[吗呢么])|(?<=几岁)|(?<=多少)|(?<=多久)|(?<=几年)|(?<=区别)|(?<=不一样))"
    r"(?=(?:我们|俺们|咱们|我家|俺家|咱家|我|俺|孩子|老大|老\d|大的|小的|现在|目前)"
    r"(?!吗|呢))"
)
_THEN_OF_A_BIRTH_TOLD = re.compile(
    r"(?P<told>(?P<child>老大|老\d\u2060?|大的|小的)(?:是)?(?:\d{2,4}年|去年|前年|今年|大前年)(?:\d{1,2}月)?"
    r"(?:的|生的|出生的?|生)?)(?P<gap>[\s,，]*)(?P<then>那会儿?|那时候?|那阵子?|那年)(?!生|出生)"
)
# Births listed in brackets after the children counted, as two-digit years and months
# (子女3人（17.3/20.11/24.6）, 俩孩子(19.5、23.8)).
SHORT_DATES_LISTED = re.compile(
    r"(?<=[人个娃子女])\s*[（(]\s*((?:[0-2]\d\.(?:1[0-2]|0?[1-9])\s*[/、,，;；]\s*)+"
    r"[0-2]\d\.(?:1[0-2]|0?[1-9]))\s*[）)]"
)
# A child's name after 叫 (大的叫豆豆, 小的叫丁丁, 老二叫乐乐): reduplicated or of one to three
# characters, up to a break or the next child.
CHILD_NAMED_ZH = re.compile(
    r"(?P<who>大的|小的|哥哥|姐姐|弟弟|妹妹)?"
    r"(?<=[的大小二三哥姐弟妹个娃子儿女])叫(?:([\u4e00-\u9fff])\2|[\u4e00-\u9fff]{1,3}?)"
    r"(?=[\s，,。!！?？]|$|小的|大的|老[大\d]|弟弟|妹妹|哥哥|姐姐)"
)
# The hukou registered in a city (都在北京上户口了, 也在济南上的户口).
HUKOU_REGISTERED_IN = re.compile(r"(都|也)?在(济南|北京)上(?:了|的)?户口了?")
# A count of children at the start, run on to the children themselves (not 3个月, a duration).
_ZH_COUNT_FIRST = re.compile(
    r"^([1-9])(?:个|\u2060)(?=[1-9]个(?!月)|老大|老\d|大宝|\d宝|1对|分别|都是|刚满|才|快\d|\d{1,2}岁|\d{1,2}个月"
    # 四个大的俩是双胞胎…, 一个上周一刚生的: the elder two, or the one child's birth, after the count
    r"|大的\d|最大的|(?:上周|上礼拜|上星期|上个?月|这个月|去年|今年|前年|\d{2,4}年)\d{0,2}月?(?:份)?\d{0,2}[号日]?(?:刚|才)?生"
    # 俩大的五岁多小的刚满月: the count, then the elder and the younger (two elder ones and a
    # younger would be counted three)
    r")|^([1-9])(?=大的(?:\d|刚|才|快|今年|去年|前年)(?=.*小的)(?!.*(?:双胞|龙凤|双棒|一对|都))"
    r"|最大的|老大(?=\d|刚|才|快|今年|去年|前年))"
)
# The count of the people just listed, at the end (…我小姑子三个, …一块住三个人).
_ZH_COUNT_LAST = re.compile(
    r"(?<=[子公婆我他她爸妈哥姐弟妹住俺])(?=[1-9]个人?(?:都交|都有|都在交)?[了吧啊呗]?$)"
)
# "the first 2", "the older 3" before what is said of them (not "the first 2 years")
_FIRST_N_CHILDREN = re.compile(
    r"(?:(?<=\bthe first)|(?<=\bour first)|(?<=\bthe older)|(?<=\bthe other)|(?<=\bthe elder)"
    r"|(?<=\bthe big)) ([23])(?: (?=(?:we|i|she|he|they|had|no|not|yes|neither)\b)"
    # "not for the first 2 though", "…the first 2.": said last, nothing after the count
    r"|(?= (?:though|tho|either|too|as well)\b|\s*[.,;!?]|\s*$))"
)
# Two small numbers side by side, an age list typed without commas ("12 9 5"; "6 months 2 and 4"):
# not "1 m 2", "2 march", "24.2.2" or a day and year.
_BARE_NUMBER_LIST = re.compile(
    r"(?<![.:/'-]\d)(?<![.:/'-]\d\d)(?<!\b1)(?:(?<=\b\d)|(?<=\d\d))(?<!\bm \d)(?<!\bm \d\d)(?<!\bno \d)(?<!\bno\.\d)"
    r"(?<!\bborn \d)(?<!\bborn \d\d)(?<!\bdue \d)(?<!\bdue \d\d)(?<!\bon \d)(?<!\bon \d\d)"
    r"(?<!\bthe \d)(?<!\bthe \d\d)(?<!\d\d\d)"
    r" (?=\d{1,2}\b(?![.:/-]\d)(?! (?:and a half )?(?:yr|year)s?[- ]?old)"
    r"(?! ?(?:m\b|cm\b|met|st\b|nd\b|rd\b|th\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
    r"|(?:(?<=\bmonths)|(?<=\bmonth)|(?<=\bmos)|(?<=\bweeks)|(?<=\bwks)|(?<=\byears)|(?<=\byrs)"
    r"|(?<=\byears old)|(?<=\byrs old)|(?<=\byr old)|(?<=\byear old)) (?=\d{1,2}\b(?! ?(?:m\b|cm\b|met|months?|weeks?|days?)))"
)

# 二的 / 三的 (colloquial 老二 / 老三) before what is told of that child, in a message that names
# 大的 or 老大: 大的十岁 二的五岁
_ORDER_BY_DE = re.compile(
    r"(?<![\d一二三四五六七八九十两米点第.])([二三])的"
    r"(?=\s*(?:\d|[一二三四五六七八九十两半]|才|今年|是|都|已经|刚|快|也|上|在|还|出生|生|那))"
)

# A no to the benefit at the birth, then "only now": held now ("no only now", "not then, just now").
_ONLY_NOW = re.compile(
    r"(?P<no>\b(?:no|nope|nah|not then|not at the birth|not at birth))[,.!]?\s+(?:only|just)\s+now\b"
    r"(?!\s+(?:i|we|you|that)\b)"
)

# The first babies, then what they were ("their first babies in july, twins!"): the twins, first.
_FIRST_BABIES_MULTIPLES = re.compile(
    r"\b(?:their|our|my|her|his) first (?:babies|kids|children|grandkids|grandchildren)"
    r"(?P<rest>[^.!?,;]{0,30}?)\s*[,!.:;-]+\s*(?:(?:they(?:'re| are| were)|it was|it's|both) )?"
    r"(?P<multiple>twins|triplets)\b"
)

JOINER = "\u2060"  # an invisible mark between a birth order and a number: not a clause break
# Birth orders written with a numeral, kept apart from a number after them: 老二五岁 is
# "老2 5岁", not 老25岁; 老三一米一 is "老3 1米1".
_ORDINAL = re.compile(
    r"(老)([一二两三四五六七八九])(宝|胎|孩子)?|(第)([一二两三四五六七八九])(个|胎)"
    r"|()([一二两三四五六七八九])(宝|胎)"
    r"|(?<![一二两三四五六七八九十个对俩仨几周期拜初])()([二三四五六])(?=丫头|小子|闺女|姑娘|儿子|女儿|孙子|孙女|外孙)"
)

# A benefit named as a heading before a colon (NFKC turns ： into :): "dibao: 1st no", "低保:老大没有"
_BENEFIT_HEADING_COLON = re.compile(
    r"(?<![\w\u4e00-\u9fff])(dibao|tekun|低保|特困|失业金|unemployment benefits?)\s*(?:的话)?\s*:\s*"
)

# The sexes of the twins said right after them: "twins!! a boy and a girl", "twins - one boy one
# girl", 双胞胎 一儿一女 (read as the twins alone; the sexes are no fact here)
_TWINS_THEN_SEXES = re.compile(
    r"(?P<multiple>twins|双胞胎|龙凤胎)[!！.,，:：;\s-]*"
    r"(?:(?:(?:a|one|1) )?(?:boy|girl|son|daughter),? (?:(?:and|&|n) )?(?:(?:a|one|1) )?(?:boy|girl|son|daughter)\b"
    r"|(?:1|一)(?:儿|男)(?:1|一)(?:女)|(?:1|一)女(?:1|一)(?:儿|男))"
    # "triplets on the 2nd of march!! 2 boys 1 girl": the triplets' sexes, no two more children
    r"|(?P<multiple3>triplets)(?P<between>[^.!?;]{0,30}?)[!！.,，:：;\s-]+"
    r"(?:2|two) (?:boys|girls|sons|daughters),? (?:(?:and|&|n|\+) )?(?:1|one|a) (?:boy|girl|son|daughter)\b"
)

# An English benefit named, and "it" said of it after: "on it", "had it", "getting it"
_EN_BENEFIT_NAMED = re.compile(
    r"\b(?:dibao|tekun|unemployment (?:benefits?|insurance|money|pay)|special hardship support"
    r"|minimum living (?:allowance|guarantee))\b"
)
_EN_BENEFIT_IT = re.compile(
    r"\b((?:were|was|are|am|is|'re|'m|still|been|not|also) on |(?:had|got|getting|receiving|received|on) )it\b"
    r"(?=\s+(?:for|when|at|during|while|before|after|too|as well|with)\b)"
)

# A kin word between two children named by order (二孙子三孙子, 老二儿子和老三儿子 是双胞胎):
# dropped, so the two read as one subject (老2老3), not as two more children
_KIN_BETWEEN_ORDERS = re.compile(
    r"(?<=老\d\u2060)(?:外孙女?|孙子|孙女|儿子|闺女|女儿|丫头|小子)(?=\s*(?:和|跟|与|、)?\s*老\d\u2060)"
)


# The elder of the twins by 老大 / 大的 said among them (双胞胎里的老大, 双胞胎中大的那个), and the
# younger said after it (老二, 小的): the twins' elder and younger.
_TWINS_ELDER = re.compile(
    r"(?P<m>双胞胎|龙凤胎)(?:里|中|里面|里头|当中)(?:的)?\s*(?:老大|大的(?:那个|那1个)?)"
    r"(?=\s*(?:是|有|身高)?\s*(?:\d|[一1]米))"  # its height next (not 老大比老二重一斤)
)
_TWINS_YOUNGER = re.compile(r"老二|小的(?:那个|那1个)?")


# Two babies delivered at once, by their number (今天上午剖出来俩, 昨天生下来俩, 生了俩 一儿一女):
# twins; not 生了俩孩子 / 生了俩闺女 (two children, born any time).
_TWO_DELIVERED = re.compile(
    r"(?P<v>剖(?:了|出来|出)|生(?:出来|下来|下))了?(?:个)?(?:俩|两个)(?![\d一二三四五六七八九十月岁年天周个])(?!孩子|娃|小孩)"
    r"|(?P<v2>生了)(?:俩|两个)(?=\s*(?:一儿一女|一男一女|龙凤))"
)


# Two children counted, then said under a height ("my 2 arent even 1.2m", "our two kids are
# under 1.3m"): both of them.
_TWO_UNDER_A_HEIGHT = re.compile(
    r"\b(?:my|our) (?:2|two)(?: kids| children| boys| girls| twins)?"
    r"(?= (?:are|arent|aren't|are not|r|still|not)\b[^,.;!?]{0,20}(?:under|below|less than|even)"
    r"\s*1\.\d)"
)
# The children's birth years listed ("4 kids born 2014, 2019 (twins), 2024", "kids: 2018, 2021,
# 2024"), then a birth named by its year ("dibao at the 2024 birth only", "the 2018 and 2021 ones
# yes, the 2024 one no"): that child by its order, not another child born that year.
_YEAR_LIST = re.compile(
    r"\b(?:born|kids?|children|births?)\s*:?\s*(?P<list>(?:19|20)\d\d(?:\s*\((?:twins|triplets)\))?"
    r"(?:\s*(?:,|and|&|,\s*and)\s*(?:19|20)\d\d(?:\s*\((?:twins|triplets)\))?)+)"
)
_YEARS_NAMED = re.compile(
    r"\bthe ((?:19|20)\d\d)(?: (?:and|&) (?:the )?((?:19|20)\d\d))? (birth|births|one|ones|baby|kid)\b"
)


def _years_as_orders(text: str) -> str:
    """The births named by their years after the years were listed, put as their orders (the
    1st, the 2nd and 3rd …); the text unchanged when a year named is not listed."""
    listed = _YEAR_LIST.search(text)
    if listed is None:
        return text
    births: list[tuple[re.Match[str], list[int]]] = []  # each year listed, with its orders
    n = 0
    for m in re.finditer(r"((?:19|20)\d\d)(\s*\((twins|triplets)\))?", listed.group("list")):
        size = 3 if m.group(3) == "triplets" else 2 if m.group(3) else 1
        births.append((m, list(range(n + 1, n + size + 1))))
        n += size
    orders: dict[str, list[int]] = {}
    for m, said in births:
        orders.setdefault(m.group(1), []).extend(said)

    def nth(said: list[int]) -> str:
        return "the " + " and ".join(_EN_NTH.get(o, f"{o}th") for o in said)

    def named(m: re.Match[str]) -> str:
        years = [y for y in (m.group(1), m.group(2)) if y]
        if any(y not in orders for y in years):
            return m.group(0)
        return f"{nth([o for y in years for o in orders[y]])} {m.group(3)}"

    tail = text[listed.end() :]
    renamed = _YEARS_NAMED.sub(named, tail)
    if renamed == tail:
        return text
    # the years listed given their orders too, so the births named by order are those dated
    # ("kids: the 1st 2018, the 2nd 2021, the 3rd 2024"), not more children after them
    body = listed.group("list")
    listing, at = "", 0
    for m, said in births:
        listing += body[at : m.start()] + f"{nth(said)} {m.group(0)}"
        at = m.end()
    listing += body[at:]
    before = text[: listed.start("list")]
    if before.rstrip().endswith("born"):  # "born the 1st 2014" would read as a day of the month
        before = before.rstrip() + ": "
    return before + listing + text[listed.end("list") : listed.end()] + renamed


# The births by their times ("the first time she gave birth", then "the second time"): the first,
# the second birth.
_NTH_TIME_GIVING_BIRTH = re.compile(
    r"\bthe (first|second|third|1st|2nd|3rd) time (?:(?:she|i|we|my wife|my daughter) )?"
    r"(?:gave birth|had the baby|had a baby|delivered)\b"
)
_NTH_TIME_AFTER = re.compile(r"\bthe (second|third|2nd|3rd) time\b(?! (?:mum|mom|round|lucky))")


# Two children's births named by what each is to the other (生哥哥时候没领 生弟弟时候领失业金,
# 姐姐出生那会儿…妹妹出生时…): the elder and the younger, one word each, no order said.
_SIBLING_BIRTH = re.compile(
    r"(?P<pre>生)?(?P<w>哥哥|姐姐|弟弟|妹妹)(?=(?(pre)|(?:出生|生))[^，,。\s]{0,2}(?:的时候|时候|时|那会|那阵|那年))"
)


def _siblings_at_their_births(text: str) -> str:
    """老大 and 小的 for the two siblings' births, when exactly one elder and one younger word name
    them and no child is named by order or as a multiple."""
    found = list(_SIBLING_BIRTH.finditer(text))
    elder = [m for m in found if m.group("w") in ("哥哥", "姐姐")]
    younger = [m for m in found if m.group("w") in ("弟弟", "妹妹")]
    if len(elder) != 1 or len(younger) != 1 or re.search(r"老[大二三四\d]|胞胎|龙凤", text):
        return text
    return _SIBLING_BIRTH.sub(
        lambda m: (m.group("pre") or "") + ("老大" if m.start() == elder[0].start() else "小的"),
        text,
    )


def _ordinal(m: re.Match[str]) -> str:
    if m.group(11):  # 二丫头, 三小子: the second daughter, the third son
        return f"老{_CN_DIGIT[m.group(11)]}{JOINER}"
    head, digit, tail = next(
        (m.group(i), m.group(i + 1), m.group(i + 2)) for i in (1, 4, 7) if m.group(i + 1)
    )
    # 上周四二宝出生了: a numeral just before 二宝 (a weekday, a day) is kept apart from the
    # order, as 老 keeps 老二 apart: not 上周42宝
    before = m.string[max(0, m.start() - 2) : m.start()]
    apart = (
        JOINER
        if not head and tail == "宝" and before[-1:] in _CN_DIGIT and before[:1] not in "老第"
        else ""
    )
    return f"{apart}{head or ''}{_CN_DIGIT[digit]}{tail or ''}{JOINER}"


_EN_TEENS = (
    dict(zip(WORDS_0_TO_19, range(20), strict=True))
    | {
        f"twenty{sep}{w}": 20 + i
        for sep in ("-", " ")
        for i, w in enumerate(WORDS_0_TO_19[1:10], start=1)
    }
    | {"twenty": 20}
)
# Years said in words: "twenty twenty-four" = 2024, "twenty nineteen" = 2019.
# Tens said in words once years and heights are read: "twenty days" = 20 days, "thirty-five" = 35
# ("the twenty first" stays an ordinal day).
_EN_TENS_WORD = re.compile(
    r"(?<![\w-])(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](one|two|three|four|five|six|seven|eight|nine)(?![\w-]))?(?![\w-])"
    r"(?! (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b)"
)
_TENS_VALUE = {w: 10 * i for i, w in enumerate(
    ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
) if w}  # fmt: skip


def _tens(m: re.Match[str]) -> str:
    return str(_TENS_VALUE[m.group(1)] + (WORDS_0_TO_19.index(m.group(2)) if m.group(2) else 0))


_EN_YEAR = re.compile(
    r"\b(?:twenty |two thousand (?:and )?)(twenty[- ](?:one|two|three|four|five|six|seven|eight|nine)|twenty|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"
)


# A year then its month after a comma ("born in twenty twenty three, march", "2022, june not
# march"): said month first, as the date patterns read it; not a month with its own year or day
# after it ("2019, march 2023", "2019, march 5").
_YEAR_THEN_MONTH = re.compile(
    r"(?<![\d.])((?:19|20)\d\d),? (jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
    r"|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
    r"(?!,? ?(?:\d|the \d))"
)


# The partner named working somewhere, then the fund paid with no subject (我老公在济南上班 交公积金
# 我没交): the partner pays it (tester 101 p4 was noted as nobody paying).
_PARTNER_THEN_FUND = re.compile(
    r"((?:我|俺)?(老公|老婆|媳妇|爱人|丈夫|妻子)在[\u4e00-\u9fff]{1,8}(?:上班|工作|打工|单位)[\s，,]+)"
    r"(?=(?:也)?(?:交|缴)(?:着)?(?:住房)?公积金)"
)


# A child told with its birth, then its order ("my son born mar 2022 is the 1st kid. my daughter
# born dec 2022 is the 2nd kid"): said order first, as the patterns read an order before its
# date (tester 101 p7 had the two swapped).
_ORDER_AFTER_BIRTH = re.compile(
    r"\b((?:my|our|the) (?:son|daughter|boy|girl|baby|kid|child|little one))"
    r"( born [^.;!?,]{1,24}?)()\s+is (?:the |our |my )?"
    r"(1st|2nd|3rd|4th|first|second|third|fourth|eldest|oldest|youngest)"
    r"(?: (?:kid|child|one|born|baby))?\b"
)


# A second child's age told without its verb after the first's ("my daughter is 4 and my son 1").
_SECOND_AGE_UNSAID = re.compile(
    r"(\bis \d{1,2}\b(?:\s*(?:yo|years? old|yrs?(?: old)?))?\s*,?\s*and (?:my|our|the) (?:son|daughter|boy|girl"
    r"|baby|little one|eldest|youngest|older one|younger one|twins|kid))\s+(?=\d{1,2}\b(?![./:-]\d))"
)


# Two children told apart by "older" and "younger", the first with its age right after ("the
# older 9 the younger born 1st may 23", "older 9, younger 4"): each is one child (not "the older
# two"), as "the older one 9" reads.
_OLDER_YOUNGER = re.compile(
    r"\b((?:the |my |our )?)(older|elder)\s+(\d{1,2})(?!\d|\s*(?:kids?|children|ones|of))"
    r"(\s*(?:yo|years?(?: old)?|yrs?)?\s*[,;]?\s*(?:and |n |&\s*)?)((?:the |my |our )?)(younger)\b(?! one)"
)


_PINYIN_ORDERS = {
    "da": "the eldest",
    "er": "the second",
    "san": "the third",
    "si": "the fourth",
    "yao": "the youngest",
    "xiao": "the youngest",
}
# 大宝, 二宝, 三宝, 小宝 in pinyin: "erbao born last thursday", "xiaobao is 10 months".
_PINYIN_ORDER = re.compile(
    r"\b(?:the |our |my )?(?:lao ?(da|er|san|si|yao|xiao)|(da|er|san|si|xiao) ?bao)(?:['’]?s\b(?= birth))?\b"
)  # "laodas birth", "laoda's birth": that child's birth


# 哥哥, 姐姐, 弟弟, 妹妹 in pinyin, read as the English words: "dage 1m38, meimei not even 1m",
# "jiejie is 6, didi 2" (the elder ones before the younger ones, as their English words are).
_PINYIN_SIBLINGS = {
    "gege": "big brother",
    "dage": "big brother",
    "jiejie": "big sister",
    "dajie": "big sister",
    "didi": "little brother",
    "meimei": "little sister",
    # 二哥(哥), 二姐(姐), 三哥: the second, the third ("dage 11, ergege 8")
    "erge": "the second",
    "ergege": "the second",
    "erjie": "the second",
    "erjiejie": "the second",
    "sange": "the third",
    "sanjie": "the third",
}
_PINYIN_SIBLING = re.compile(
    r"\b(gege|dage|jiejie|dajie|meimei|erge(?:ge)?|erjie(?:jie)?|sange|sanjie|(?<!\ba )(?<!\bby )(?<!\bin )(?<!\btake )(?<!\btook )"
    r"(?<!\bcall )(?<!\bget )(?<!\bthe )didi(?! (?:app|car|driver|ride|taxi)))\b"
)  # not "took a didi to the hospital": 滴滴, the ride app


def _pinyin_together(m: re.Match[str]) -> str:
    return _PINYIN_ONE_OF.sub(lambda n: f"老{_PINYIN_DIGIT[n.group(1)]}", m.group(0))


# 两个 一块生的, 三个都是一胎生的, 俩娃一起出生的: children counted, then born at one birth — twins
# or triplets, read as 双胞胎 / 三胞胎 (not 老二老三一块生的, no count; not 俩孩子不是一块生的)
_BORN_TOGETHER = re.compile(
    r"(?<![\d.])(?P<n>[23])(?P<between>\s*(?:个)?\s*(?:孩子|小孩|娃|宝宝|孙子|孙女|外孙女?|儿子|闺女|女儿"
    r"|丫头|小子)?[\u2060\s]*(?:都是|也是|都|是)?\s*)"
    # 俩 都是去年一块生的, 两个娃都是23年5月一起出生的: the day of the one birth, kept
    r"(?P<when>(?:大前年|前年|去年|今年|\d{2,4}年(?:\d{1,2}月)?|\d{1,2}月)(?:\d{1,2}[日号])?\s*)?"
    r"(?:1块儿?|一起|同1胎|1胎)\u2060?(?:(?:出)?生(?:的|下)|出来的|落地的)"  # 俩娃一起出来的: born together
)


# 生老二的时候也一样, 老二出生那会儿跟现在一样: the status just told held at that birth too, read as
# 那会儿也是 (not 不一样, 不太一样).
_SAME_AT_A_BIRTH = re.compile(
    r"(?P<when>(?:的时候|时候|时|那会儿?|那阵子?|那年|那回))(?:也|都)?(?:跟|和|同)?(?:现在)?(?:也|都)?"
    r"(?<!不)(?<!不太)(?:一样|1样|1个样)"
)


_BOY_WORD = r"(?:外孙(?!女)|孙子|儿子|小子)"
_GIRL_WORD = r"(?:外孙女|孙女|闺女|女儿|丫头)"
# 孙子孙女一块出生的, 儿子和闺女是一起生的: a boy and a girl born at one birth are boy-girl twins,
# read as 龙凤胎 (not 孙子孙女都上学了, born apart or not said)
_PAIR_BORN_TOGETHER = re.compile(
    rf"(?:{_BOY_WORD}(?:和|跟)?{_GIRL_WORD}|{_GIRL_WORD}(?:和|跟)?{_BOY_WORD})[\u2060\s]*"
    r"(?:都是|也是|都|是)?\s*(?:1块儿?|一起|同1胎|1胎|(?:同1?年)?(?:同1?月)?同1?[天日]|同时)\u2060?(?:出)?(?=生(?:的|下|了|\s|$|[，,。]))"
)
# 外孙外孙女是一对儿, 闺女跟儿子是一对: a boy and a girl said to be a pair are boy-girl twins, read as
# 是龙凤胎 (not 是一对双胞胎, already said).
_PAIR_BOY_GIRL = re.compile(
    rf"(?P<pair>(?:{_BOY_WORD}(?:和|跟)?{_GIRL_WORD}|{_GIRL_WORD}(?:和|跟)?{_BOY_WORD})[\u2060\s]*"
    r"(?:都|也|又)?是)\s*(?:一|1)对儿?(?!\d)(?!\s*(?:双胞胎|龙凤胎|双胞))"
)


_EN_BOY_GIRL = (
    r"(?:a|1) (?:(?:boy|son) (?:and|n|&) (?:a|1) (?:girl|daughter)"
    r"|(?:girl|daughter) (?:and|n|&) (?:a|1) (?:boy|son))\b"
)
# "a boy and a girl at once", "a boy n a girl at the same time", "gave birth last sunday to a boy
# and a girl": boy-girl twins, read as "twins" (not "we have a boy and a girl", two births)
_EN_PAIR_BORN_TOGETHER = re.compile(
    r"(?P<pair>"
    + _EN_BOY_GIRL
    + r")(?=(?:, born\b)?[^,.;!?]{0,6}\b(?:at once|at the same time|together"
    r"|in (?:1|one) go|(?:on )?(?:the )?same day|in (?:1|one|the same) (?:delivery|birth|pregnancy)"
    r"|(?:(?:a )?(?:few|couple(?: of)?|\w+) )?(?:minutes?|mins?) apart)\b)"  # "born 10 minutes apart"
    # "a boy n a girl born same day 2024.2", "a son and a daughter in one delivery"
    r"|(?P<birth>\b(?:gave|give|giving) birth\b[^,.;!?]{0,30}?\bto )(?P<to>" + _EN_BOY_GIRL + ")"
)


def _en_pair_born_together(m: re.Match[str]) -> str:
    """The boy and girl born at one birth named as the twins they are."""
    return (m.group("birth") or "") + "twins"


def _born_together(m: re.Match[str]) -> str:
    """The count and its words kept, the one birth named as the multiple birth it was (its day
    kept as the birth's: 去年生的双胞胎)."""
    born = f"{m.group('when')}生的" if m.group("when") else ""
    return (
        m.group("n") + m.group("between") + born + ("双胞胎" if m.group("n") == "2" else "三胞胎")
    )


# Ages listed one for each child with the unit said only after the last: 上头哥俩 一个十二 一个九岁,
# 一个8 一个5岁半 (read as 一个十二岁; not 一个115 一个110, heights).
AGE_UNIT_SHARED = re.compile(
    r"(?<=1个)(1[0-8]|[1-9])(?![\d.])(?=\s*[，,、]?\s*(?:另|另外)?1个\s*(?:1[0-8]|[1-9])\s*岁)"
)
# Children named by written kin orders (长孙, 长女, 次子, 次孙女, then 三孙 after one of them).
_WRITTEN_ORDERS = {"长": "老大", "次": "老二", "三": "老三", "四": "老四"}
ORDER_BY_WRITTEN_KIN = re.compile(
    r"(?P<o>长|次|(?<=[、，,和及子女])三|(?<=[、，,和及子女])四)(?:孙子?|孙女|外孙女?|子|女)"
    r"(?=出生|生|那|是|时|\d|[、，,和及（(:\s]|[三四](?:孙子?|孙女|外孙女?|子|女))"
)
# Children named by a hotline's written order with 孩 (一孩21.3, 二孩出生时, 生育第三孩时), and the
# others counted with it (前两孩, 其余两孩): 老大, 老二, 老三; not a count (育有二孩, 2孩, 共三孩).
_WRITTEN_CHILD_ORDER = re.compile(
    r"第([一二三四五1-5])孩(?![子童])"
    r"|(?<![有育共中里算给\d两俩仨第])([一二三四五])孩"
    r"(?=出生|生(?!育)|时|那|\d|的时候|否|无|未|双胞胎|龙凤胎|[一二三四五]孩|[、，,:（(])"
)
# 二孩是双胞胎: the second birth was twins (二胎), not the second child
_WRITTEN_BIRTH_OF_MULTIPLES = re.compile(
    r"(?<![有育共中家算孩\d两俩仨])([一二三四五])孩(?=是?(?:双胞胎|龙凤胎|三胞胎))"
)
# 一二孩出生时: the first and second children
_WRITTEN_TWO_ORDERS = re.compile(
    r"(?<![有育共中家\d两俩仨第])([一二三四])([二三四五])孩(?=出生|生|时|那)"
)
_WRITTEN_CHILDREN_COUNTED = re.compile(r"(?<=[有育共中家])([一二两三四五六2-6])孩(?![子童])")
_WRITTEN_OTHERS_COUNTED = re.compile(r"(?<=[前余他])(两|2|二|三|3)孩(?![子童])")
_CN_ORDER_DIGIT = {"一": "大", "1": "大", "二": "二", "2": "二", "三": "三", "3": "三", "四": "四",
                   "4": "四", "五": "五", "5": "五"}  # fmt: skip
ORDER_THEN_BARE_YEARS = re.compile(
    r"(?P<child>老[大二三四五幺小]|[大二三四小]宝|大的|小的|[大二三小](?:孙女|孙子|闺女|儿子|外孙女?))"
    r"\s*(?P<n>1[0-8]|[1-9])(?=\s|$|[,，。、;；])"
)
OTHER_BIRTHS_TOLD = re.compile(
    r"\d{2,4}\s*年(?:的|生|出生|\d)|(?:今年|去年|前年)\S{0,4}生|生的|出生"
)
TWO_BIRTHS_OF_TWINS = re.compile(
    r"(?:一|1|头)胎(?:是|生的|生了)?(?:双胞胎|龙凤胎)[\s，,]*(?:二|2)胎(?:还是|又是|也是|是|又生了|生的)?"
    r"(?:双胞胎|龙凤胎)"
)
ELDER_PAIR_BY_SIZE = re.compile(
    r"(?P<pair>(?:上面|上头|前面|前头)(?:有|还有)?(?:俩|两个|2个)(?:姐姐|哥哥|孩子|娃|闺女|儿子|小子|姐妹|兄弟))"
    r"(?P<gap>[\s，,]*)大的(?P<age>[^\s，,]{1,8}?)(?P<gap2>[\s，,]*)小的"
)
KIN_BARE_AGE = re.compile(
    r"(?<=哥哥|姐姐|弟弟|妹妹|大的)(1[0-8]|[2-9])"
    r"(?![\d.]|\s*(?:个|岁|cm|米|斤|公斤|块|元|月|年|号|日|公分|厘米|周|天|胎))"
    r"(?=\s+[^\s\d]{1,6}\d{1,2}\s*岁)"
)
AGES_UNSAID = re.compile(
    r"(?<=[哥姐弟妹孩娃子儿女的俩2]\s)1个\s*(?P<a>1[0-8]|[1-9])\s*[，,、]?\s*1个\s*(?P<b>1[0-8]|[1-9])"
    r"(?![\d.]|\s*(?:个|岁|cm|米|斤|公斤|块|元|月|年|号|日|公分|厘米|周|天))"
)
# The family's only children told as one pair: 就这对小子, 只有这一对双胞胎.
ONLY_PAIR = re.compile(
    r"(就|只有|只)这(?:一|1)?对(?=\s*(?:小子|闺女|丫头|孩子|娃|宝贝|双胞胎|龙凤胎|儿子|女儿))"
)
# A pair or three counted by a sibling word or by 俩 alone, then said to be the multiples: 上面哥俩是
# 双胞胎, 前头姐妹俩是龙凤胎, 下面俩都是双胞胎 (read as 上面2个孩子是双胞胎; without a place, 哥俩 and
# 姐俩 of a younger child told are 2个哥哥, 2个姐姐).
SIBLINGS_COUNTED = re.compile(
    r"(?P<place>(?:上面|上头|上边|前面|前头|前边|下面|下头|下边|底下|后面|后头)(?:的)?(?:还有)?)?"
    r"(?P<word>哥|姐|兄弟|姐妹|姐弟|兄妹)?(?P<n>[23])(?![\d个])(?=\u2060?\s*(?:都|也)?是?\s*(?:1对)?\s*"
    r"(?:双胞胎|龙凤胎|三胞胎|3胞胎))"
)


def _siblings_counted(m: re.Match[str]) -> str:
    """The pair or three counted as children, by place (上面2个孩子) or by sibling (2个哥哥)."""
    if m.group("place"):
        return f"{m.group('place')}{m.group('n')}个孩子"
    if m.group("word") in ("哥", "姐"):
        return f"{m.group('n')}个{m.group('word') * 2}"
    return m.group(0)


# Two or three babies had at once: 二三年一下来了俩小子, 一口气生了仨闺女, 一次添了俩孙子 — a multiple
# birth, read as 来了双胞胎小子 (not 一下来了俩人, not 一下子俩月).
AT_ONCE = re.compile(
    r"(?P<head>(?:一下子?|1下子?|一口气|1口气|一次性?|1次性?)(?:就|又)?(?:来了|生了|添了|得了|生下了?|抱上了?))"
    r"\s*(?P<n>[23])\s*(?:个)?(?=\s*(?:孩子|娃|宝宝|孙子|孙女|外孙女?|儿子|闺女|女儿|丫头|小子|千金|宝贝))"
)
AT_ONCE_PAIR = re.compile(
    r"(?P<head>(?:一下子?|1下子?|一口气|1口气|一次性?|1次性?)(?:就|又)?(?:来了|生了|添了|得了|生下了?|抱上了?))"
    r"\s*(?:个|1个|一个)?\s*(?:1儿1女|一儿一女|1女1儿|一女一儿|儿女双全|1男1女|一男一女|1女1男|一女一男)"
)
# Two or three babies of one birth: 后来一胎生了俩小子, 一胎就生了仨, 一胎两个去年生的 — twins or
# triplets, read as 生了双胞胎 (一胎 here is "at one birth", not the first birth; no 一下 kept: 二二年
# 一下 would read as January); 老二老三是一胎俩, 二宝三宝一胎俩: 是双胞胎.
ONE_BIRTH_OF_SEVERAL = re.compile(
    r"(?<![\d.第头])1胎\u2060?(?P<verb>(?:就|又|也)?(?:生了|生的|生下了?|来了|得了|添了|出了|怀了|怀的)?)"
    # 一胎两个去年生的, 一胎俩 今天满百天: counted right after (not 一胎两岁, 一胎2个月, 一胎二胎)
    r"\s*(?P<n>[23])(?:\s*个)?(?![\d.个]|\s*(?:岁|月|年|天|周|星期|礼拜|胎|宝|米|cm|公分|斤|多|次|回))"
)
# A birth named by its number, then counted: 一胎是俩 二胎又是俩, 头胎就是仨 — that birth was twins or
# triplets, read as 二胎又是双胞胎 (not 二胎是2月生的, a month; not 二胎是俩闺女, the sexes told).
BIRTH_COUNTED = re.compile(
    r"(?P<head>(?:(?<![\d.])[1-4]|头|第[1-4])胎\u2060?\s*(?:就|又|也|还)?是)"
    r"\s*(?P<n>[23])\s*(?:个)?(?=\s|$|[,，。!！])"
)
# The pair pointed at, with no multiples word: 那对儿落地时, 这对小子, 那对出生那年 — the twins, read
# as 那对双胞胎 (not 这对吗, 那对夫妻, 对象).
THE_PAIR = re.compile(
    r"([这那])(?:1|一)?对(?:儿(?!子)|(?=\s*(?:小子|闺女|丫头|孩子|娃|宝贝|宝宝|孙子|孙女|外孙|儿子"
    r"|女儿|姐妹|兄弟|姐弟|兄妹|小家伙|出生|落地|降生|生的|生下)))"
)
# A pair of children of one sex, no multiples word: 底下一对儿小子, 一对闺女 — twins, read as 一对双胞胎
# (not 一对儿女, a son and a daughter; not 一对夫妻).
A_PAIR_OF = re.compile(
    r"(?<![这那])(?:一|1)对儿?(?=\s*(?:小子|闺女|丫头|儿子|孙子|孙女|外孙女?|千金|小家伙)(?!们))"
)
# Two children counted, then said to be a pair: 俩孙子是一对儿, 两个闺女是一对 — twins, read as
# 是双胞胎 (not 一对双胞胎, already twins; not 是一对夫妻, no children counted before it).
PAIR_OF_TWO = re.compile(
    r"(?<![\d.们我俺咱你他她])(?P<two>2\s*(?:个)?\s*(?:孩子|小孩|娃|宝宝|孙子|孙女|外孙女?|儿子|闺女|女儿|丫头|小子|小家伙|小不点)?"
    r"[\u2060\s]*(?:都|也|又)?)是\s*(?:一|1)对儿?(?!\d)(?!\s*(?:双胞胎|龙凤胎|双胞|夫妻|父子|母子|母女))"
)
# The babies a scan counts: B超说是两个, 彩超查出来是俩, 肚子里是三个 — twins or triplets on the
# way, read as 双胞胎 / 三胞胎 (not B超是两个月前做的, a time).
SCAN_COUNTED = re.compile(
    r"(?P<head>(?:b超|彩超|四维|产检|查出来|检查出来|肚子里|肚里)[^，,。!！?？\s\d]{0,4}?(?:是|有)\s*)"
    r"(?P<n>[23])\s*个?(?!\d|\s*(?:个)?\s*(?:多)?(?:月|星期|礼拜|周|天|小时|岁|cm|厘米|公分|毫米|mm))"
)
# A yes-no question closed by a bare 不 after a modal (能申请低保不, 这个算不, 可以转过来不).
TAG_QUESTION = re.compile(
    r"(?<=[能可会算行])(?<!不能)(?<!不会)(?<!不算)(?<!不行)([^，,。！!？?\s不]{0,12})不(?=\s|[，,。！!？?]|$)"
)


# "2 sets of twins haha, 8 and 3", 两对双胞胎 八岁和三岁: one age for each set, in turn
_SETS_AGES = re.compile(
    r"(?P<head>(?<![\d.])(?P<n>[23])(?: (?:sets|pairs) of |\s*对)(?P<kind>twins|双胞胎|龙凤胎)"
    r"(?:\s*(?:haha|lol|lmao|hehe|ha|哈+)\b)*\s*[,:;.!，：。！]?\s*(?:(?:they're|they are|aged|ages)\s+)?)"
    r"(?P<ages>\d{1,2}\s*岁?(?:\s*(?:,|，|、|and|&|n|和|跟)\s*\d{1,2}\s*岁?(?!\d|\s*(?:kids?|children|个)))+)"
    r"(?![\d.]|\s*(?:cm|m\b|kg|%|个?月|months?|weeks?|days?|天|周|米|年))"
)


# "2 sets of twins, the big ones are 6 and the small ones just turned 1", 两对双胞胎 大的那对6岁
# 小的那对刚满1岁: each set named by its place, as "the older twins", 大的双胞胎.
_SETS_COUNTED = re.compile(r"(?<![\d.])[2-3](?: (?:sets|pairs) of |\s*对)(?:twins|双胞胎|龙凤胎)")
_SET_NAMED_OLDER = re.compile(
    r"\bthe (?:big|older|elder|bigger|first) (?:ones|pair|set)\b|大的(?:那|1|一)?对|大的那?俩"
)
_SET_NAMED_YOUNGER = re.compile(
    r"\bthe (?:small|little|younger|smaller|baby|second) (?:ones|pair|set)\b|小的(?:那|1|一)?对"
    r"|小的那?俩|另(?:外)?[1一]对"
)


def _sets_ages(m: re.Match[str]) -> str:
    """Each age listed after a count of sets of twins is one set's: "twins 8 and twins 3"."""
    ages = re.findall(r"\d{1,2}\s*岁?", m.group("ages"))
    if len(ages) != int(m.group("n")):
        return m.group(0)
    kind = "双胞胎" if re.search(r"[\u4e00-\u9fff]", m.group("kind")) else "twins "
    joiner = "和" if kind == "双胞胎" else " and "
    return m.group("head") + joiner.join(kind + a.strip() for a in ages)


# "5 kids: 13, 13, 10, 10 n 1": the children's ages listed, one age said twice in a row is a set
# of twins of that age ("twins 13")
_AGES_LISTED = re.compile(
    r"\b(?:kids|children|grandkids|ages)(?: are)?\s*[:,]?\s*"
    r"(?P<ages>(?:\d{1,2}\s*(?:,|and|&|\bn\b)\s*)+\d{1,2})(?![\d.]|\s*(?:cm|m\b|kg|months?|weeks?|days?))"
)
_AGE_TWICE = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:,|and|&|\bn\b)\s*\1(?![\d.])")


def _twins_listed(m: re.Match[str]) -> str:
    """The list with each age said twice in a row read as twins of that age."""
    ages = _AGE_TWICE.sub(r"twins \1", m.group("ages"))
    return m.group(0)[: m.start("ages") - m.start()] + ages


SIBLING_SHORT = re.compile(
    r"(?:(?<=\btheir )|(?<=\bhis )|(?<=\bher )|(?<=\bour )|(?<=\bmy )|(?<=\bthe )|(?<=\bbig )"
    r"|(?<=\blittle )|(?<=\bolder )|(?<=\byounger )|(?<=\bbaby ))(?:sis|bro)\b"
)


# A bare age in brackets right after the child's word: "the eldest (8)", "the 2nd (3)", "our son
# (5) and daughter (2)" (read as "the eldest 8"; not a height or a year).
AGE_IN_BRACKETS = re.compile(
    r"\b(eldest|oldest|youngest|middle|one|1st|2nd|3rd|4th|first|second|third|fourth|sons?"
    r"|daughters?|boys?|girls?|baby|kids?|child|twins|triplets|grandson|granddaughter|brother"
    r"|sister)\s*\((\d{1,2})\)(?=\s|[,.;:!?]|$)"
)


# A child numbered in the family, a space after the dot: "grandson no. 3 came yesterday" (read
# as "no.3", the dot no end of a clause).
CHILD_NUMBERED = re.compile(
    r"\b((?:grand)?(?:sons?|daughters?|kids?|child|children|babies|baby|boys?|girls?)) no\.\s(\d)\b"
)
# The same number with the child's word left out, opening a clause after another child numbered:
# "grandson no. 2 was born during it, no. 1 before it", "kid no. 2 yes and no. 1 no" (no.1).
NUMBER_ALONE = re.compile(
    r"(?:(?<=, )|(?<=; )|(?<=\band )|(?<=\bbut ))no\.\s(\d)\b(?!\s*(?:kids|children))"
)


# Children counted by the age they are all under: "three under 5: 4, 2 and 7 weeks", "we have
# 2 under 2" (not "2 under 1.3m", "under 5 kids").
UNDER_AN_AGE = re.compile(
    r"(?:^|(?<=[,.:;!] )|(?<=\bhave )|(?<=\bgot )|(?<=\bwith ))([2-6]) under(?= (?:[1-9]|1[0-8])\b"
    r"(?![.,]\d|\s*(?:cm|m\b|米|met(?:er|re)s?|yuan|rmb|元|块|%|kids|children|months?|weeks?)))"
)


# Two children counted, then said to be twins: "two 4 and a half yr old girls (twins)", "2 boys
# aged 3, twins, and …", "two 5 year old boys who are twins": read as "4 and a half yr old twin
# girls", the pair the reader knows.
PAIR_SAID_TWINS = re.compile(
    r"\b2 (?P<age>\d{1,2}(?: and a half)?[- ]?(?:(?:years?|yrs?|months?|mos?)[- ]old|yo|y/o) )?"
    r"(?P<kids>(?:little |baby |small )?(?:girls|boys|sons|daughters|kids|children|grandsons"
    r"|granddaughters|babies))"
    r"(?P<age2>,? (?:aged |of |who are )?\d{1,2}(?: and a half)?(?: (?:years?|yrs?|months?)(?: old)?)?)?"
    r"\s*(?:\(\s*(?:they're |they are |both )?(?:identical )?twins\s*\)"
    r"|,\s*(?:identical )?twins\b(?=\s*(?:[,.;!)]|and\b|plus\b|$))"
    r"|,? (?:who|that|they) (?:are|'re) (?:identical )?twins\b|,? - twins\b)"
)
# A fortnight is two weeks: "a fortnight ago", "2 fortnights old" is not said.
# An age told of "he" or "she" with the verb left out ("he 1 and half now", "she 4 already"),
# ending there (not "she 2 months", "he 3 kids").
HE_AN_AGE = re.compile(
    r"\b(he|she)(?= \d{1,2}(?: and a half)?(?: (?:yrs?|years?)(?: old)?)?"
    r"\s*(?:now\b|already\b|this year\b|[,.;!]|$))"
)
# The same of one child named by a kinship word ("kid 2, we had dibao", "our son 4 now", "my
# granddaughter 3 already"); not "child 2" nor "baby 2" (the second one), nor "son 2 kids".
KID_AN_AGE = re.compile(
    r"(?<!\bno\.)(?<!\bnumber )\b(kid|son|daughter|boy|girl|grandson|granddaughter|grandkid|grandchild|toddler)"
    r"(?= \d{1,2}(?: and a half)?(?: (?:yrs?|years?)(?: old)?)?\s*(?:now\b|already\b|this year\b|[,.;!]|$))"
)
# "two kids - one almost 2, one 3 months", "one is 9, one is 4", "ones 6 the others 3": "one"
# opening one child's part of a list of ages is that child, not an age of 1 (read "one is …"), and
# "the other" (or "the others" before a single age) said after it with no verb the other child.
_AGE_NEXT = (
    r"(?=(?:(?:almost|nearly|about|around|only|just|just turned|turned|going on|over|under|barely)"
    r" )?\d)"
)
ONE_OF_THEM = re.compile(
    r"(?:^|(?<=[,.;:!?(/\-\u2013\u2014])|(?<=[,.;:!?(/\-\u2013\u2014] )|(?<=\band )|(?<=\bn )"
    r"|(?<=\bthen )|(?<=\bplus )|(?<=\d )|(?<=\bkids )|(?<=\bboys )|(?<=\bgirls )|(?<=\bsons )"
    r"|(?<=\btwins )|(?<=children )|(?<=daughters )|(?<=grandsons )|(?<=granddaughters )"
    r"|(?<=grandkids )|(?<=grandchildren )|(?<=months )|(?<=weeks )|(?<=\bwks )|(?<=\bmos )"
    r"|(?<=\bdays )|(?<=\bold )|(?<=\byo )|(?<=\bhalf ))"
    r"(?<!\d\d\d\d )(?:1|one)(?:'s|s)? (?:(?P<verb>is|was|'s) )?" + _AGE_NEXT  # not "2024 1 5"
)
OTHER_OF_THEM = re.compile(
    r"\bthe other(?:s)?(?: (?:1|one)(?= \d))? (?=(?:(?:almost|nearly|about|around|only|just"
    r"|just turned|turned|going on|over|under|barely) )?\d{1,2}(?: and a half)?"
    r"(?:\s*(?:months?|mos?|weeks?|wks?|days?|years?|yrs?)(?:[- ]old)?)?\b"
    r"(?!\.\d|\s*(?:,|and\b|&|n\b)\s*\d|\s*(?:cm|m\b|kids?|children|ones?\b|boys?|girls?|sons?"
    r"|daughters?|twins|of\b|are\b|were\b|have\b|had\b|got\b|born\b|in\b|to\b)))"
)
FORTNIGHT = re.compile(r"\b(?:a|1|one) fortnight\b")
# A time "back" is a time ago: "10 days back", "3 weeks back" (not "2 weeks back at work").
TIME_BACK = re.compile(
    r"\b(\d{1,3} (?:days?|weeks?|months?|years?|yrs?)) back\b"
    r"(?! (?:to|at|in|into|from|home|on|then|when)\b)"
)


# One of twins named by its place among them: "the older twin", "the younger twin is 1.05m";
# then the other one: "her sister", "the younger", "the other one". Read as the Chinese words
# (姐姐 … 妹妹) the reader knows for the elder and the younger of twins.
TWIN_BY_PLACE = re.compile(
    r"\b(?:the|our|my|his|her|their) (?:(?P<elder>older|elder|oldest|eldest|bigger|biggest|big"
    r"|first|firstborn|first-born)|(?P<younger>younger|youngest|smaller|smallest|little|second))"
    r" twin\b(?!s|\s*(?:girls|boys|sisters|brothers|sons|daughters|pregnancy)\b)"
    r"|\btwin (?P<a>a)\b"  # "twin a is 1.1m and twin b 1.05m"
)
OTHER_TWIN = re.compile(
    r"\b(?:the (?:older|elder|bigger|younger|smaller|little|other|first|firstborn|second)"
    r"(?: (?:one|1|twin|girl|boy|sister|brother|son|daughter))?"
    r"|(?:her|his|their) (?:twin )?(?:sister|brother|sis|bro|twin)|twin b)\b"
)
# "the eldest ones are twins", "our younger ones were twins": the two at that end, the twins.
TWIN_ONES = re.compile(
    r"\b(?:(eldest|oldest|older|elder|big)|(?:youngest|younger|little|small)) ones"
    r"(?= (?:are|were|r) (?:twins|a pair of twins|identical)\b)"
)
BOYS_TOLD = re.compile(r"\b(?:boys?|sons?|grandsons?|brothers?|bros?|he|his|him)\b")
GIRLS_TOLD = re.compile(r"\b(?:girls?|daughters?|granddaughters?|sisters?|sis|she|her)\b")


def _twins_by_place(text: str) -> str:
    """ "the younger twin is 1.05m and her sister 1.08m": 妹妹 … 姐姐 (哥哥/弟弟 when the twins
    are boys)."""
    m = TWIN_BY_PLACE.search(text)
    if m is None:
        return text
    boys = BOYS_TOLD.search(text) and not GIRLS_TOLD.search(text)
    elder, younger = ("哥哥", "弟弟") if boys else ("姐姐", "妹妹")
    word, other = (elder, younger) if m.group("elder") or m.group("a") else (younger, elder)
    rest = OTHER_TWIN.sub(other, text[m.end() :], count=1)
    return f"{text[: m.start()]}{word}{rest}"


# An age opening the message or a clause, then the order word of the child it is said of, alone,
# before the next child or the end: 快三岁了 老大 老二才半岁, 五岁 老大，老二两岁 — read as 老大快3岁了
# (not 老大 五岁 老二两岁, the order word first; not 老二快三岁了 老大…, an age already named; not
# 四个月 老大老二都上学了, the order word one of a pair).
_ORDER_ALONE = r"(?:老大|老\d\u2060?|大宝|\d宝)"
AGE_THEN_ORDER = re.compile(
    r"(?P<lead>^|(?<=[,，。;；!！\s]))"
    r"(?P<age>(?:快|刚满|才|都|已经)?(?:\d{1,2}\s*(?:岁(?:半|多)?|个多?月)|半岁|刚?满月)了?)"
    r"[\s,，、]+(?P<order>" + _ORDER_ALONE + r")"
    r"(?P<sep>(?:\s*[,，。;；!！]\s*|\s+)(?=" + _ORDER_ALONE + r"|小的)|\s*[,，。;；!！]?\s*$)"
)


# A pregnancy told by a folk word (俺又揣上了, 揣着老二呢, 媳妇有喜了, 有身孕了, 闺女有身子了): read as the
# plain word, 怀上 / 怀着 / 怀孕 (not 钱揣兜里, 揣着手).
_FOLK_PREGNANT_WORDS = {
    "揣上": "怀上", "揣了": "怀了", "揣着": "怀着", "有喜": "怀上", "有身孕": "怀孕", "有身子": "怀孕"
}  # fmt: skip
_FOLK_PREGNANT = re.compile(
    r"揣(?:上|了|着)(?!\s*(?:兜|口袋|怀里|手|钱|包))|有喜|有身孕|有身子(?!骨)"
)


# "Didn't I say …?": a fact said again, not denied: 我刚不是说了济南户口吗, 不是跟你讲过了嘛,
# "didn't i tell you we're in jinan" (not 不是说济南户口才能领吗, a rule heard of, without 了/过).
_SAID_BEFORE = re.compile(
    r"不是(?:跟你|和你|给你|都)?(?:说|讲|告诉你?|提)(?:过|了)+(?:吗|嘛|么)?"
    r"|\b(?:didn'?t|did not) (?:i|we) (?:just |already )?(?:say|tell you|mention)(?: that)?\b"
)


# Text-speak, as whole words only ("bby born 2day!!", "yday", "tmrw"): "2days ago" is no "today".
TEXT_SPEAK_WORDS = {
    "def": "definitely",  # "not sure, def under 1.3"
    "defo": "definitely",
    "deffo": "definitely",
    "2day": "today",
    "tdy": "today",
    "yday": "yesterday",
    "ystrdy": "yesterday",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "bby": "baby",
    "bbys": "babies",
    "wanna": "want to",  # "we wanna buy our first flat"
    "gonna": "going to",
}
TEXT_SPEAK = re.compile(r"(?<![\w'])(?:" + "|".join(TEXT_SPEAK_WORDS) + r")(?![\w'])")


_BARE_COUNT_THEN_LIST = re.compile(
    r"\b((?:i|we|i've|we've) (?:have|got|'ve got|have got) (?:[2-5]|two|three|four|five))"
    r"(?=\s*[,:-]\s*(?:\d|(?:the |our |my )?(?:eldest|oldest|youngest|older|younger|big|little"
    r"|one|both|twins|boy|girl|son|daughter)\b))"
)
_AGES_LISTED_HALF = re.compile(
    r"(\bages? \d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*\s*(?:,|and|&)\s*)(\d{1,2})\.5"
    r"(?![\d.]|\s*(?:m\b|米|met(?:er|re)s?|cm|万|k\b|million|kg|%))"
)
# "other two are 4 and 2", "others are 6 and 3" opening a clause: the children besides the one
# told, the article left out (read as "the other two").
_OTHERS_BARE = re.compile(
    r"(?:^|(?<=[,.;:!] )|(?<=\band )|(?<=\bbut ))(?=other (?:two|three|four|[2-4]|ones)\b|others\b)"
)


_RANGE_DIGIT = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_AGE_RANGE = re.compile(
    r"(?<![\d一二两三四五六七八九十百千老第初])([一二两三四五六七八])([二三四五六七八九])(岁|个月|个多月)"
)


def _age_range_low(m: re.Match[str]) -> str:
    """两三岁 → 两岁多, 三四个月 → 三个多月: the lower age of a range said with two numerals, and
    "more"; two numerals that are no range (二五岁) are left as said."""
    low, high, unit = m.group(1), m.group(2), m.group(3)
    if _RANGE_DIGIT[high] != _RANGE_DIGIT[low] + 1:
        return m.group(0)
    return f"{low}岁多" if unit == "岁" else f"{low}个多月"


_MONTH_OF_MONEY = re.compile(
    r"(?:(?<![\d一二三四五六七八九十])(?:一|1)个月|(?<![\d一二三四五六七八九十年])(?:一|1)月(?!份|底|初|中|\d|号|日))"
    r"(?=\s*(?:一共|总共|共|加起来|合计|合起来|都)\s*(?:能|可以|是)?\s*(?:给|领|拿|发|补)?\s*"
    r"(?:\d{3,}|[一二三四五六七八九]千)"
    r"|\s*(?:能|可以)?\s*(?:给|领|拿|发|补)\s*(?:\d{3,}|[一二三四五六七八九]千))"
)
_AGE_TAKEN = re.compile(
    r"(?P<verb>(?:收|招)(?:不收|不招|吗)?)\s*(?:[0-9一二两三四五六]|两)\s*(?:周)?岁(?:半)?(?:的|以上|以下|多)?"
)
# An age put as a rule asked ("还有两岁能送幼儿园吗", 2岁能上托班不): the age a place takes, no child's
# age told (tester 81 c4's granddaughter of 8 was re-dated to 2024).
_AGE_ASKED_OF_A_PLACE = re.compile(
    r"(?<![老\d])(?:[0-9一二两三四五六]|两)\s*(?:周)?岁(?:半|多)?\s*(?:就|才)?\s*(?=(?:能|可以|能不能|可不可以)"
    r"(?:送|上|去|进|入)(?:幼儿园|托班|托儿所|托育|早教|小学))"
)
_CHILD_BEFORE = re.compile(
    r"(?:老[大二三四幺\d]\u2060?|[大二三小\d]宝|孩子|娃|闺女|儿子|女儿|孙子|孙女)\s*$"
)
_MULTIPLES_BORN_COUNTED = re.compile(
    r"生(?:下来|出来)(?:了|以后|之后)?(?:的)?(?:俩|两个|2个|仨|三个|3个)(?:娃|孩子|宝宝|小孩)"
)
_MOTHER_AND_BABIES = re.compile(r"母(?:子|女)(?:[2-4二三四两俩仨]个?人?|仨|俩)")
_VISIT_AHEAD = re.compile(
    r"(?:医生|大夫)?(?:说)?(?:下个?月|下周|下礼拜|下星期|过几天|明天|后天)(?:再)?(?:去)?(?:医院)?"
    r"(?:看看?|复查|检查|产检|建档|做检查)"
)
_MULTIPLES_ORDERS_LAST = re.compile(
    r"(?P<m>双胞胎|龙凤胎|双胎|三胞胎)(?P<mid>[^，,。!！?？老]{1,16}?)[\s,，]+(?:是|就是)?"
    r"(?P<o>老[一二三四五1-5](?:和|、|跟)?老[一二三四五1-5](?:和|、|跟)?(?:老[一二三四五1-5])?)\s*$"
)

# Two or three children named, then as many dates joined by 和 (老大老二是2018和2021年的, 老大和老二
# 是18年和21年的): each child's date in turn, as 分别 says (tester 78 c7 read twins born 2018 and a
# fourth child born 2021).
_ORDER_NAME = r"(?:老[大二三四1-4]|大宝|二宝|三宝|[1-3]宝)"
_ORDERS_THEN_DATES = re.compile(
    rf"(?P<o>{_ORDER_NAME}(?:[和跟、]?{_ORDER_NAME}){{1,2}})(?:是|在)?"
    r"(?=\d{2,4}(?:年(?:\d{1,2}月)?(?:\d{1,2}[号日])?)?[和跟、与]\d{2,4}年)"
)

# 是二孩 / 是三孩 of a child told (not 二孩家庭 or 二孩政策): that child's order.
_IS_NTH_CHILD = re.compile(r"(?<=是)(二|三|四|2|3|4)孩(?!家庭|家|政策|的家|子)")
# "their second", "their 3rd" said by a caller of the family: the family's order, as "our".
_THEIR_ORDER = re.compile(r"\btheir (second|third|fourth|2nd|3rd|4th)\b(?! (?:grand|nephew|niece))")
# A relative of the writer named in English: "my sister", "my brother-in-law", "the neighbours".
_RELATIVE_EN = re.compile(
    r"\b(?:sister|brother|sis|bro|cousin|friend|neighbou?rs?|colleague|in-?laws?|sil|bil)\b"
)
# A younger sibling come after a multiple birth (双胞胎添了个弟弟, 龙凤胎有妹妹了): a new child
# after them, said as 又添了个 (the twins are not born again).
_SIBLING_AFTER_MULTIPLES = re.compile(
    r"(双胞胎|龙凤胎|三胞胎)(?:又)?(?:(?:添|有|得)了(?:个|1个|一个)?|有)(弟弟|妹妹)(?:了)?"
)
# "a 7 year old and now twins, 4 months": the age after the comma is the twins' own (said as
# "twins 4 months"), never the age said before them.
_MULTIPLES_THEN_AGE = re.compile(
    r"\b(twins|triplets)\s*[,:(-]\s*(?=(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)\s*(?:-\s*)?(?:months?|mos?|mths?|years?|yrs?|yo|weeks?|wks?|days?)\b)"
)
# Twins by their sex, then their age alone between commas ("twin boys, 3, and their sis is 1").
_MULTIPLES_THEN_BARE_AGE = re.compile(
    r"\b((?:twin|triplet) (?:boys|girls|sons|daughters|brothers|sisters))\s*,\s*(\d{1,2})(?=\s*,)"
)
# 仍在保 / 还在保 beside 低保 (the caseworkers' word for still receiving it), not 在保温箱.
_STILL_COVERED = re.compile(r"(仍|还|一直|目前|现在)在保(?![温险胎护姆障修质])")
# What was said before, quoted and called wrong (之前说俺俩都交公积金不对, 刚才说的三岁说错了): the
# slip, not a fact told now.
_SLIP_QUOTED = re.compile(
    r"(?:之前|刚才|前面|上面|刚刚)(?:我|俺)?(?:说|讲|写)(?:的|了)?(?=[^，,。！!？?\s]{0,12}?(?:俩|两|都|\d))"
    r"[^，,。！!？?\s]{1,16}?(?:不对|说错了|错了)"
)
# An age typed and taken back in the same breath ("3 months old lol no wait she's 3 years old",
# "2 yrs, sorry i mean 2 months"): only the second is the child's.
_AGE_TAKEN_BACK = re.compile(
    r"\b\d{1,2}\s*(?:months?|mos?|years?|yrs?|weeks?|wks?)(?:\s*old)?[\s,.!]*(?:lol|haha|lmao)?"
    r"[\s,.!]*(?:no wait|wait no|wait|sorry|oops|i mean|correction)[\s,.!]*(?:i mean[\s,.!]*)?"
    r"(?:(?:she|he|it|they)(?:'s| is| are|'re)\s+)?(?=\d)",
    re.I,
)
# Ages after 分别 with only spaces between them (分别是8岁 5岁 2岁): a list, joined as one.
_AGE_IN_TURN = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:岁半?|个月)(?:多)?"
_AGES_IN_TURN = re.compile(rf"(分别(?:是|为)?\s*)({_AGE_IN_TURN}(?:\s+{_AGE_IN_TURN})+)")

# "due feb 2027, this will be our 2nd baby": the order of the baby due, said as "this will be";
# "#2 and #3": orders written with a number sign (tester 81 c3, c5).
_THIS_WILL_BE_OUR = re.compile(
    r"\b(?:(?:this|it|that|she|he|which) (?:will be|would be|is going to be|'ll be)|(?<=[,.;] )will be"
    r"|this'll be|it'll be|that'll be|gonna be)"
    # "wife due in april, will be our second baby": the subject left out
    r" (?=(?:our|my) (?:\d(?:st|nd|rd|th)|first|second|third|fourth)\b)"
)
# A multiple birth typed and taken back at once ("三胞胎不对", 双胞胎打错了): no multiple.
_MULTIPLE_TAKEN_BACK = re.compile(
    r"(?:的)?(?:双胞胎|龙凤胎|三胞胎|多胞胎)\s*(?:不对|打错了?|说错了?|写错了?|错了)"
    # then said again as a single birth (是今年1月生的), never as another multiple (是双胞胎)
    r"(?=[\s，,]*是(?![^，,。\s]*(?:胞胎|龙凤)))"
)
_NUMBER_SIGN_ORDER = re.compile(r"#\s?([1-4])\s+(and|&)\s+#\s?([1-4])\b")
# "…twins in march, we already have a 5yo so theyre #2 and #3": the twins' orders said again
# after the elder child told, which the count already gives them (tester 81 c3 got a 4th child).
_TWINS_ORDERS_AGAIN = re.compile(
    r"[\s,;]*\b(?:so |and )?(?:they(?:'re| are|re)|the twins are|twins are)\s+(?:our\s+)?"
    r"(?:2nd|second)\s+(?:and|&|n)\s+(?:3rd|third)\b"
)
# Two orders said born together, then the word for it (老二老三是一块来的 双胞胎, 老二跟老三一起生的
# 是双胞胎): the pair once, the word dropped (probe p74A zh-0056 got a 4th and 5th child).
_ORDERS_BORN_TOGETHER_THEN_TWINS = re.compile(
    r"(老[\d二三四]\u2060?\s*(?:和|跟|、)?\s*老[\d二三四]\u2060?\s*(?:是|都是)?\s*(?:1块|一块|1起|一起|同1胎|同一胎|1胎|一胎)"
    r"[^，,。\s]{0,4})[\s，,]*(?:是|都是)?\s*(?:双胞胎|龙凤胎)(?=[\s，,。]|$)"
)
# "dibao at the last birth, none before that": the youngest's birth, and not the others' (probe
# p74B en-0049 was read as every birth).
_THE_LAST_BIRTH = re.compile(
    r"\bthe (?:last|latest|most recent) (?:birth|baby|one|child|kid|delivery)\b(?! (?:is|was) due)"
)
_NONE_BEFORE_IT = re.compile(
    r"(?<=youngest)([,;]? (?:but |and )?)(?:none|not|nothing|no dibao|no benefits?) (?:before that|before then"
    r"|for the (?:earlier|older|other) (?:ones|births|kids))\b"
)
# A pregnancy counted, then the word for it (这胎是俩 b超查的双胞胎 五个月了): one pregnancy of
# twins, said once (probe p74A zh-0054 got twins born five months ago and two more due).
_PREGNANCY_OF_TWO_THEN_TWINS = re.compile(
    r"(?P<head>这胎|这1胎|这一胎|怀的|怀上的|肚子里|肚里)(?:也|还|又)?是\s*(?:2|俩|两)\s*个?"
    r"(?P<mid>[\s，,]+[^，,。\d]{0,8}?)(?P<word>双胞胎|龙凤胎)"
)
# The multiples said to be a birth of an order (双胞胎是二胎, 龙凤胎算三胎): that birth, told the
# way the readers take it (二胎是双胞胎; probe p74A zh-0075 had no count beside 老大).
_MULTIPLES_ARE_AN_ORDER = re.compile(
    r"(?:^|(?<=[\s，,。]))(?P<word>双胞胎|龙凤胎|三胞胎)(?:是|算)(?:第)?(?P<n>[2-4二三四])胎\u2060?"
)
_ELDER_TOLD = re.compile(
    r"\balready have\b|\bolder\b|\beldest\b|\boldest\b|\d\s*(?:yo|y/o|years? old)\b"
)
_ORDINAL_OF = {"1": "1st", "2": "2nd", "3": "3rd", "4": "4th"}


# The English words the readers key on, for a word typed with one slip ("unemploymnt", "twns",
# "daugther", "matirnity"): each word of the message is put right to the one it is nearest to,
# by rapidfuzz's Levenshtein distance (one edit; two for long words), when no other is as near.
# Words one edit from a key word that are words of their own (dabao is not dibao, an employer is
# not an employee) are left as typed. Both lists: understanding/data/en_key_words.json.
_KEY_WORDS_DATA = json.loads((Path(__file__).parent / "data" / "en_key_words.json").read_text())
KEY_WORDS = frozenset(_KEY_WORDS_DATA["key_words"])
NOT_SLIPS = frozenset(_KEY_WORDS_DATA["not_slips"])
_ASCII_WORD = re.compile(r"\b[a-z]{4,}\b")


@functools.lru_cache(maxsize=4096)
def _nearest_key_word(word: str) -> str:
    if word in KEY_WORDS or word in NOT_SLIPS:
        return word
    if word.endswith("s") and (word[:-1] in KEY_WORDS or word[:-2] in KEY_WORDS):
        return word  # "granddaughters", "grandparents": a plural, no slip
    most = 1 if len(word) < 10 else 2
    found: list[tuple[int, str]] = [
        (int(score), str(key))
        for key, score, _ in process.extract(
            word, KEY_WORDS, scorer=Levenshtein.distance, score_cutoff=most, limit=3
        )
        if key[0] == word[0] and abs(len(key) - len(word)) <= most
    ]
    if not found:
        return word
    found.sort()
    if len(found) > 1 and found[0][0] == found[1][0]:
        return word  # "paternty": as near one word as another, left as typed
    return found[0][1]


def _spelt_right(m: re.Match[str]) -> str:
    return _nearest_key_word(m.group(0))


# 老大岁半: 岁半 with no number before it, one and a half years.
BARE_HALF_YEAR = re.compile(r"(?<![\d半.])岁半")
# 出生才5天今天能办吗: the age in days run into the day asked of.
DAYS_THEN_TODAY = re.compile(r"(\d天)(?=今天|昨天|今儿)")
# 16年1个 19年1个 25年又1个: a child born in each two-digit year listed (not 1个月).
ONE_A_YEAR = re.compile(r"((?<!\d)\d{2}年)(又)?(1个)(?=\s|$|[，,。]|都|全)")


# A benefit named as a word someone knows, has heard of or asks the meaning of ("we only know
# dibao", "i heard of dibao", 啥叫特困, 只知道低保, 听说过低保): no benefit held.
_BENEFIT_AS_A_WORD = re.compile(
    r"\b(?:(?:only|just) (?:know|knew)|heard of|heard about|read about"
    r"|what(?:'s| is| does)(?: the)?|what do you mean by)\s+(?:the\s+)?(dibao|tekun)\b"
    r"|(?:啥叫|什么叫|什么是|啥是|只知道|听说过|听过)(低保|特困)"
)


def _the_word_only(m: re.Match[str]) -> str:
    word = m.group(1) or m.group(2)
    return m.group(0).replace(word, "那个词")


# Two pairs of twins (两对双胞胎, "2 sets of twins"), whose 大的/小的 ("big ones", "the little
# ones") are a pair each, not one child (probe en-9017 read five children).
_TWO_PAIRS = re.compile(r"(?:两|2|俩)对双胞胎|\b(?:2|two) (?:sets|pairs) of twins\b")
_PAIR_BY_AGE = re.compile(
    r"(?P<zh>大的|小的)(?!双胞胎|那对|这对|俩|两个)"
    r"|\b(?:the )?(?P<en>big|older|elder|little|younger|small) (?:ones|pair|set)\b"
)


def _the_pair(m: re.Match[str]) -> str:
    if m.group("zh"):
        return m.group("zh") + "那对"
    elder = m.group("en") in ("big", "older", "elder")
    return "the older twins" if elder else "the younger twins"


_TWINS_SIBLING = re.compile(
    r"双胞胎的(?:大)?(?P<elder>哥哥|姐姐|大哥|大姐)|双胞胎的(?P<younger>弟弟|妹妹)"
    r"|\bthe twins' (?:big |older |elder )(?P<elder_en>brother|sister|bro|sis)\b"
    r"|\bthe twins' (?:little |younger |baby )(?P<younger_en>brother|sister|bro|sis)\b"
)


def _sibling_of_the_twins(m: re.Match[str]) -> str:
    if m.group("elder"):
        return "老大"
    if m.group("younger"):
        return "老三"
    return "the eldest" if m.group("elder_en") else "the third"


_BENEFITS_THEN_THEIR_NO = re.compile(
    r"((?:低保|特困(?:供养)?|失业(?:保险)?金)(?:\s*[、和跟与及或/]?\s*(?:低保|特困(?:供养)?|失业(?:保险)?金))+)"
    r"\s+(?=(?:(?:俺|我|咱)(?:们)?家?|家里)?\s*(?:一样|哪样|样样)?(?:都|也|全)(?:没|不)(?:有|领|吃|沾|碰|享受))"
)


# "ages 7, 4 and the baby 16 days old": a list of the children's ages opening a clause, no
# child named before it (the baby after it named one; the ages before were left unread).
_AGES_HEADING = re.compile(r"(?:^|(?<=[,.;:!?] ))\s*ages(?=:?\s+\d)")
# 带着老大还揣着俩: the child in one's care, then the pregnancy said on without a break (the
# eldest is not the one pregnant, as in 老大还怀着双胞胎 of a grown daughter).
_CHILD_IN_CARE_THEN = re.compile(
    r"((?:带着|领着|看着|照顾着|哄着)(?:老大|大宝|大的|老二|二宝|俩娃|两个娃))(?=还|又|同时|正)"
)


# The mother, a month with no year, then 生 with nothing done after it (俺7月份生, 媳妇8月底生).
_MOTHER_GIVES_BIRTH_IN = re.compile(
    r"((?:^|(?<=[\s,，。!！?？]))(?:(?:我|俺)(?:家)?)?(?:媳妇儿?|老婆|爱人|儿媳妇?|闺女|女儿|俺|我|她)"
    r"(?:大概|应该|估计|可能)?)"
    r"(\d{1,2}\s*月份?(?:底|初|中旬|下旬|上旬|中)?)\s*(?:左右)?生(?![的了下完过出])(?=\s*(?:$|[\s,，。!！?？]|呢|吧|啊))"
)
# Two ages with nothing between them (9岁6岁, 1个3个月1个5岁): a break after the first.
_AGES_RUN_TOGETHER = re.compile(
    r"(?:(?<=\d岁)|(?<=岁半))(?=\d{1,2}\s*岁)"  # 9岁6岁 (not 4岁10个月, one age)
    r"|(?:(?<=个月)|(?<=个多月)|(?<=\d天))(?=(?:1个)?\d{1,2}\s*(?:岁|个多?月))"  # 1个3个月1个5岁
    r"|(?:(?<=\d岁)|(?<=岁半)|(?<=个月)|(?<=\d天))(?=还有个\s*\d)"  # 6岁还有个2个月的
)
# One child of an age in months, another told after it (1个 3个月 1个5岁).
_ONE_OF_MONTHS = re.compile(
    r"(?:^|(?<=[\s,，、]))1个\s*(\d{1,2}个多?月)(?![大的])(?=\s*[,，、]?\s*(?:1个|另1个|还有1个|还有个))"
)
# A child counted by its age in days: 还有个10天的, 1个20天的 (not 10天的假).
_A_CHILD_OF_DAYS = re.compile(r"((?:有|还有|1)个\s*\d{1,2})天的(?!假|产假|时间|工夫)")


@functools.lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """The message as the reader reads it (see the module docstring). Cached: the reader and
    the actions normalise the same message and its pieces several times a turn (about 5.6
    calls a message on the corpus), and the result depends on the text alone."""
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS]).lower()
    if "岁" in text or "个月" in text:  # 两三岁, 三四个月: a range of ages, not 23 or 34
        text = _AGE_RANGE.sub(_age_range_low, text)
    if "元旦" in text and re.search(r"(?:1|一)\s*月\s*(?:1|一)\s*[号日]", text):
        # 2023年1月1号零点多生的 元旦宝宝: the day just told, named again, no other birth
        text = re.sub(r"元旦(?=宝宝|宝贝|娃|出生|生的)", "", text)
    if "元旦" in text:  # 今年元旦后生的 1月5号: some day of January after the 1st, not the 1st
        text = re.sub(r"元旦(?:以|之|过)?后(?![天])", "1月", text)
    for wrong, right in TYPOS.items():
        text = text.replace(wrong, right)
    if (
        "预产期" in text
    ):  # 二宝昨天生的 比预产期早了两周: the birth against its due date, no pregnancy
        text = re.sub(r"比预产期(?=早|晚|提前|推迟|延后)", "比预计", text)
    if "查出" in text:  # 这个月二胎刚查出来: a pregnancy found this month, no birth
        text = re.sub(
            r"(?P<n>[二三四两2-4一1头])胎(?P<just>刚|才|也)?查出来(?:了)?",
            lambda m: f"{m.group('just') or ''}查出怀了{m.group('n')}胎",
            text,
        )
    if "不是" in text:  # 不是一方 我和老婆俩人户口都在济南: not one side only, a hukou put right
        text = re.sub(r"不是(?:只有)?(?:一方|1方|一个人|1个人)(?=[\s，,。]|$)", "", text)
    if "未" in text:  # a hotline's written no: 未参保, 儿媳未缴 (probes zh-17641, zh-17799)
        text = re.sub(r"未(?=参保|参加|缴|交)", "没", text)
    if "缴" in text:  # a hotline's written words for the fund: 均缴存公积金
        text = re.sub(r"缴(?:存|纳)", "交", text)
        text = re.sub(r"均(?=(?:在单位)?(?:缴|交))", "都", text)
    if ("大的" in text or "老大" in text) and ("二的" in text or "三的" in text):
        # 大的上初一了 二的五岁 小的才八个月: 二的 and 三的 among children named by order are
        # 老二 and 老三 (not 一米二的, 十二的)
        text = _ORDER_BY_DE.sub(r"老\1", text)
    if "低保" in text or "特困" in text or "失业" in text:  # 低保特困失业金 俺家一样都没沾过:
        # the benefits listed, then their no in a clause of its own, said of them all
        text = _BENEFITS_THEN_THEIR_NO.sub(r"\1", text)
    if ("dibao" in text or "tekun" in text or "低保" in text or "特困" in text) and (
        _BENEFIT_AS_A_WORD.search(text)
    ):  # "we only know dibao", 啥叫特困: the word asked or
        # known of, no benefit held (probe en-9115)
        text = _BENEFIT_AS_A_WORD.sub(_the_word_only, text)
    if "双胞胎的" in text or "twins'" in text:  # 双胞胎的哥哥三岁 双胞胎六个月: the twins' elder
        # sibling is the eldest, a younger one the third (probe zh-9079)
        text = _TWINS_SIBLING.sub(_sibling_of_the_twins, text)
    if ("双胞胎" in text or "twins" in text) and _TWO_PAIRS.search(
        text
    ):  # 两对双胞胎 大的6岁 小的10个月: each pair named by its age
        text = _PAIR_BY_AGE.sub(_the_pair, text)
    if "集体户" in text:  # 北京的 集体户: a collective hukou, a hukou of the city
        text = re.sub(r"集体户(?![口籍])", "集体户口", text)
    if "first" in text and ("twins" in text or "triplets" in text):
        # "had their first babies in july, twins!": the twins are the first babies
        text = _FIRST_BABIES_MULTIPLES.sub(r"\g<multiple>\g<rest>, their first", text)
    if "now" in text and ("only" in text or "just" in text):
        # "no only now", "not then, just now": the benefit held now only (probe en-17041)
        text = _ONLY_NOW.sub(r"\g<no>, but on it now", text)
    if _ASCII_WORD.search(text):
        text = _ASCII_WORD.sub(_spelt_right, text)
    if "不是" in text:  # 不是每个都在领 就中间那个: "not every one", the births said after it
        text = re.sub(
            r"(?:并)?不是(?:每个|每一个|个个)(?:孩子|娃)?(?:都)?(?:在)?(?:领|吃|有)(?:过|着)?(?!了)",
            "",
            text,
        )
    if (
        "是" in text
    ):  # 外孙女…是俺闺女第二个孩子: the grandchild's order among its mother's children
        text = re.sub(
            r"是(?:(?:俺|我|我们|咱|咱们|俺们)?(?:闺女|女儿|儿子|儿媳妇?|姑娘|儿媳)(?:家里|家)?"
            # 外孙女去年十月出生的 是她家老二, 是家里第二个娃: the child's order in its family
            r"|(?:她|他)(?:家里|家)|家里)(?:的)?"
            r"(?=第[一二三四1-4]个|第[一二三四1-4]胎|老[二三四2-4])",
            "是",
            text,
        )
    if "比" in text and "早" in text:  # 姐姐比妹妹早出来十分钟: which twin came first, no child
        text = re.sub(
            r"(?:姐姐|哥哥|老大|大的)比(?:妹妹|弟弟|老二|小的)早(?:出来|生|出生)?(?:了)?\s*"
            r"(?:\d+|[一二两三四五六七八九十几]+)\s*(?:分钟|分|小时|个小时)",
            " ",
            text,
        )
    if "京籍" in text:  # 京籍, 非京籍: Beijing household registration, written short
        text = re.sub(r"(?<!北)京籍", "北京户籍", text)
    if "一分" in text:  # 公积金一分没交过: none paid in
        text = re.sub(r"一分(?:钱)?(?:都|也)?(?=没(?:有)?交)", "都", text)
    if "啥保险没" in text:  # 生的时候啥保险没有: no cover at all
        text = text.replace("啥保险没", "啥保险也没")
    if ")" in text:  # 老大:有(低保)老二:无: the aside closed, the next child its own clause
        text = re.sub(r"(?<=\))(?=[\u4e00-\u9fff])", " ", text)
    if "过的" in text:
        # 老大6岁了 去年过的5岁生日: the birthday held last year, beside the age now, tells no more
        held = _BIRTHDAY_HELD.search(text)
        if held and _AGE_SAID.search(text[: held.start()] + text[held.end() :]):
            text = text[: held.start()] + text[held.end() :]
    text = TEXT_SPEAK.sub(lambda m: TEXT_SPEAK_WORDS[m.group(0)], text)
    # 我刚不是说了济南户口吗, "didn't i say we have jinan hukou": a fact said again, no denial
    if "不是" in text or "n't" in text or " not " in text:
        text = _SAID_BEFORE.sub(lambda m: "说了" if "不" in m.group(0) else "i said", text)
    # 又揣上了, 媳妇有喜了: pregnant, said in folk words
    if "ages" in text:  # "ages 7, 4 and the baby 16 days old": the children's ages, listed
        text = _AGES_HEADING.sub("kids ages", text)
    if "着" in text:  # 带着老大还揣着俩: the child cared for, then the pregnancy
        text = _CHILD_IN_CARE_THEN.sub(r"\1 ", text)
    if "揣" in text or "有喜" in text or "有身" in text:
        text = _FOLK_PREGNANT.sub(lambda m: _FOLK_PREGNANT_WORDS[m.group(0)], text)
    if "胎" in text and "老" in text:
        # 还有对双胞胎 去年7月生的 老二老三: the orders said last are the twins', as in 双胞胎是老二
        # 老三 (not two more children before them)
        text = _MULTIPLES_ORDERS_LAST.sub(r"\g<m>是\g<o>\g<mid>", text)
    if "老" in text or "宝" in text:  # 老大老二是2018和2021年的: each child's date in turn
        text = _ORDERS_THEN_DATES.sub(r"\g<o>分别是", text)
    if "低保" in text and "在保" in text:  # 二孩出生时享受低保，现仍在保: dibao held now
        text = _STILL_COVERED.sub(r"\1在领低保", text)
    if "孩" in text:  # 孩子8个月大 是二孩: the child is the second (not 二孩家庭, two children)
        text = _IS_NTH_CHILD.sub(lambda m: "是老" + m.group(1), text)
    if "their" in text and not _RELATIVE_EN.search(text):
        # a caller's "has a 3-month-old, their second": the family's order (not a sister's or
        # a brother-in-law's "they had their third", another household's)
        text = _THEIR_ORDER.sub(r"our \1", text)
    if "twins" in text or "triplets" in text:  # "and now twins, 4 months": their own age
        text = _MULTIPLES_THEN_AGE.sub(r"\1 ", text)
    if "twin" in text or "triplet" in text:  # "twin boys, 3, and their sis": their age, bare
        text = _MULTIPLES_THEN_BARE_AGE.sub(r"\1 \2", text)
    if "胎" in text and ("弟弟" in text or "妹妹" in text):  # 双胞胎添了个弟弟: one born after them
        text = _SIBLING_AFTER_MULTIPLES.sub(r"\1又添了个\2", text)
    if "说" in text and ("不对" in text or "错" in text):  # 之前说俺俩都交公积金不对: the slip
        text = _SLIP_QUOTED.sub("不对", text)  # named and taken back, only the words after count
    if "wait" in text or "sorry" in text or "mean" in text or "oops" in text:
        # "our first is 3 months old lol no wait she's 3 years old": the age taken back at once
        text = _AGE_TAKEN_BACK.sub("", text)
    if "分别" in text:  # 大宝二宝三宝 分别是8岁 5岁 2岁: the ages in turn, listed
        text = _AGES_IN_TURN.sub(lambda m: m.group(1) + re.sub(r"\s+", "、", m.group(2)), text)
    if "月" in text:  # 俩娃一个月一共1200是吧, 一月一共给1200对不: a month's money, no age or month
        text = _MONTH_OF_MONEY.sub("每月", text)
    if "收" in text or "招" in text:  # 幼儿园收不收两岁的: the age a nursery takes, no child's
        text = _AGE_TAKEN.sub(r"\g<verb>幼儿", text)
    if "岁" in text and ("能" in text or "可以" in text):  # 两岁能送幼儿园吗: the age a place takes
        text = _AGE_ASKED_OF_A_PLACE.sub(
            lambda m: m.group(0) if _CHILD_BEFORE.search(text[: m.start()]) else "幼儿", text
        )
    if "胞胎" in text:  # 怀的双胞胎 … 生下来俩娃每月1200是吧: the twins born, no two more counted
        text = _MULTIPLES_BORN_COUNTED.sub("生下来", text)
        # 老三今年1月生的三胞胎不对 是今年1月生的: a multiple typed and taken back at once
        text = _MULTIPLE_TAKEN_BACK.sub(" ", text)
    if "母" in text:  # 双胞胎 母子三个都平安: the mother and the babies, no third child
        text = _MOTHER_AND_BABIES.sub("母子", text)
    if "看" in text or "查" in text or "检" in text:  # 医生说下个月再去看: a visit, no due date
        text = _VISIT_AHEAD.sub(" ", text)
    if "预产" in text:  # 二〇二六年三月预产, 预产是明年3月: the due date said short, without 期
        text = re.sub(r"预产(?!期)", "预产期", text)
    if _HAN.search(text) and _PINYIN_INITIALS.search(text):  # lg没gjj: 老公没公积金
        text = _PINYIN_INITIALS.sub(lambda m: PINYIN_INITIALS[m.group(1)], text)
    elif "gjj" in text:  # "neither of us has gjj": the housing fund by its initials, in English
        text = _EN_GJJ.sub("gongjijin", text)
    if " last " in text or " latest " in text or " recent " in text:  # "at the last birth"
        text = _THE_LAST_BIRTH.sub("the youngest", text)
        text = _NONE_BEFORE_IT.sub(r"\1not for the others", text)
    if " be our " in text or " be my " in text:  # "…, this will be our 2nd baby": our 2nd baby
        text = _THIS_WILL_BE_OUR.sub("", text)
    if "#" in text:  # "theyre #2 and #3": 2nd and 3rd
        text = _NUMBER_SIGN_ORDER.sub(
            lambda m: f"{_ORDINAL_OF[m.group(1)]} and {_ORDINAL_OF[m.group(3)]}", text
        )
    if "twins" in text and _ELDER_TOLD.search(text):  # the twins' orders said again
        text = _TWINS_ORDERS_AGAIN.sub("", text)
    if "胞胎" in text and ("块" in text or "起" in text):  # 老二老三是一块来的 双胞胎: one pair
        text = _ORDERS_BORN_TOGETHER_THEN_TWINS.sub(r"\1", text)
    if "胎是" in text or "胎算" in text:  # 双胞胎是二胎: the birth told as 二胎是双胞胎
        text = _MULTIPLES_ARE_AN_ORDER.sub(lambda m: f"{m['n']}胎是{m['word']}", text)
    if "胞胎" in text or "龙凤胎" in text:  # 这胎是俩 b超查的双胞胎: one pregnancy of two
        text = _PREGNANCY_OF_TWO_THEN_TWINS.sub(r"\g<head>是\g<word>\g<mid>", text)
    if "neither" in text or "then" in text or "none" in text:
        # "nope neither time we r on dibao now": the births' no, then the present, unstopped
        text = _NO_AT_THE_BIRTHS_THEN_NOW.sub(r"\1, ", text)
    if "ago" in text or "天前" in text or "周前" in text:
        # "3 days ago, our second was born": the time, then the birth it is the time of
        text = _TIME_THEN_BIRTH.sub(
            lambda m: m.group(1) + ("" if "前" in m.group(1) else " "), text
        )
    if _SHORT_UNIT_HINT.search(text):
        for pattern, unit in _SHORT_UNITS:
            text = pattern.sub(unit, text)
        text = re.sub(r"(?<=\S)  +months", " months", text)
    if (
        ".5" in text
    ):  # "1.5 years old", 1.5岁: N and a half years (not 5 years, the digit after the dot)
        text = _HALF_YEAR_DECIMAL.sub(
            lambda m: f"{m.group(1)}岁半" if m.group(2) else f"{m.group(1)} and a half ", text
        )
    if "age" in text and ".5" in text:  # "2 kids age 4 and 1.5": the ages listed, one and a half
        text = _AGES_LISTED_HALF.sub(r"\1\2 and a half", text)
    if "child" in text and not _HAN.search(text):
        # "one child aged 3", "our first children": the same words as "one kid", kids, which the
        # patterns read (a lone "child" is left: "a child 2 years old" is read as written)
        text = _CHILDREN.sub(lambda m: "kids" if m.group(0) == "children" else "kid", text)
    if "twins" in text or "triplets" in text or "胎" in text:
        # "twins!! a boy n a girl born…", 双胞胎！一儿一女: the sexes of the twins, not two more
        text = _TWINS_THEN_SEXES.sub(
            lambda m: m.group("multiple") or f"{m.group('multiple3')}{m.group('between')}", text
        )
    if " it " in text or text.endswith(" it"):
        # "im still on unemployment benefit so i was on it for no.2's birth too": "it" is the
        # benefit named before it
        named = _EN_BENEFIT_NAMED.search(text)
        if named is not None:
            head, tail = text[: named.end()], text[named.end() :]
            text = head + _EN_BENEFIT_IT.sub(lambda m: m.group(1) + named.group(0), tail)
    if ":" in text:  # "dibao: 1st no, 2nd no": the benefit named as a heading, its own clause
        text = _BENEFIT_HEADING_COLON.sub(r"\1, ", text)
    if " not " in text or " so " in text:
        # "on dibao when the eldest was born not for the other two", "dibao stopped before our
        # 3rd was born so we had it when…": two clauses
        text = re.sub(
            r"(?<=\bborn) (?=(?:not (?:for|with|when|at)|so (?:we|i|she|they))\b)"
            r"|(?<=\w) (?=so (?:we|i|she|they) (?:was|were|had|got)\b)"
            # "we only started getting dibao in 2023 so just for the little one": the births it covers
            r"|(?<=\w) (?=so (?:just|only) (?:for|with|when|at)\b)",
            ", ",
            text,
        )
    if "my 2" in text or "our 2" in text or "my two" in text or "our two" in text:
        # "my 2 arent even 1.2m": the two children counted, then said both under a height
        text = _TWO_UNDER_A_HEIGHT.sub(r"\g<0> both", text)
    if "came back" in text:  # "came back to Beijing in 2024": a move, not a baby that came
        text = re.sub(r"\bcame back(?= to\b| from\b| home\b| here\b)", "moved back", text)
    if (
        "note" in text or "record" in text or "记录" in text
    ):  # "HL note 8/27:", 回访记录 11/3: the note's day
        text = re.sub(
            r"(?:\b(?:note|notes|record|log|memo|ticket)|记录|工单)\s*(?:(?:19|20)\d\d[-/.])?\d{1,2}[/.-]\d{1,2}\b\s*:?",
            lambda m: re.sub(r"[\d/.:-]", " ", m.group(0)),
            text,
        )
    if "b." in text:  # a note's "Son b. 2024", "(b. 2025-05-17)": born
        text = re.sub(
            r"\bb\.\s?(?=(?:19|20)\d\d|\d{1,2}[./-]\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
            "born ",
            text,
        )
    if " at " in text:  # a note's "dibao at 2nd", "no at 2nd (2023)": at that birth
        text = re.sub(
            r"\bat (1st|2nd|3rd|4th|5th)\b(?! (?:birth|child|kid|one|baby|time))",
            r"at the \1 birth",
            text,
        )
    if "胞胎" in text or "龙凤胎" in text:  # 上面一对双胞胎 下面一个小妹妹: one more below them
        text = re.sub(
            r"(?<=胎)([^，,。]{0,12}?\s)(?:下面|底下|下边|下头)(?:还有)?(?:一个|1个)\s*(?:小)?(?=妹妹|弟弟|闺女|儿子|丫头|小子)",
            r"\1下面还有个",
            text,
        )
    if _YEAR_LIST.search(text):  # "kids: 2018, 2021, 2024 … the 2024 one no": by order
        text = _years_as_orders(text)
    if "gave birth" in text or "had the baby" in text:
        # "the first time she gave birth we were on dibao, the second time no": each birth
        text = _NTH_TIME_GIVING_BIRTH.sub(lambda m: f"at the {m.group(1)} birth", text)
        text = _NTH_TIME_AFTER.sub(lambda m: f"at the {m.group(1)} birth", text)
    if " have " in text or " got " in text or "'ve " in text:
        # "i have two, eldest is 20 and the youngest is 1", "we've got 3: 7, 5 and 1": the count
        # said bare, the children listed after it
        text = _BARE_COUNT_THEN_LIST.sub(r"\1 kids", text)
    if " of the month" in text:  # "had twins at the start of the month": early this month
        text = re.sub(
            r"\b(?:at |in )?the (?:start|beginning) of the month\b", "early this month", text
        )
    if "including when" in text:  # "on dibao for years, including when #2 was born": also then
        text = text.replace("including when", "also when")
    if "so does" in text or "so do " in text:
        # "i pay housing fund and so does my husband": the husband pays too
        text = re.sub(
            r"\b(?:and )?so (?:does|do) (my|our|her|his) (\w+(?:-in-law)?)\b",
            r"and \1 \2 does too",
            text,
        )
    if "housing fun" in text:  # "both pay into the housing fun": the fund, one letter short
        text = re.sub(r"\bhousing fun\b", "housing fund", text)
    if "next one" in text and ("eldest" in text or "oldest" in text):
        # "the eldest is 11, the next one 8": the child after the eldest, the second
        text = re.sub(r"\bthe next one\b", "the second one", text, count=1)
    if "other" in text:  # "due in jan, other two are 4 and 2": the other two, said short
        text = _OTHERS_BARE.sub("the ", text)
    if "apt" in text:
        text = _APT.sub(r"apartment\1", text)
    if re.search(r"(?<![a-z])d[dsh]", text):  # "dd is 3, ds 5 wks": the forums' kin words
        text = _FORUM_KIN.sub(_forum_kin, text)
    if "bros" in text:  # "her twin bros just turned 2": brothers, the word the patterns read
        text = re.sub(r"(?<![a-z])bros(?![a-z])", "brothers", text)
    if "睡" in text or "碎" in text or "曰" in text or "好" in text:
        for pattern, right in _NUMERAL_TYPOS:
            text = pattern.sub(right, text)
    if OTHER_BIRTHS_TOLD.search(text):
        # 大孙女12 二孙子是22年的: a child named by order, then a bare number of years, beside
        # other children's births told (alone, 老大12 or 老大12 老二8, it is no sure age)
        text = ORDER_THEN_BARE_YEARS.sub(r"\g<child>\g<n>岁", text)
    if "胎" in text:  # 一胎双胞胎 二胎还是双胞胎: two sets of twins, one birth after the other
        text = TWO_BIRTHS_OF_TWINS.sub("两对双胞胎", text)
    if (
        "大的" in text
    ):  # 上面俩姐姐 大的九岁小的四岁半: the elder two, bigger and smaller (老大, 老二)
        text = ELDER_PAIR_BY_SIZE.sub(r"\g<pair>\g<gap>老大\g<age>\g<gap2>老二", text)
    if "胎" in text and (
        len(re.findall(r"双胞胎|龙凤胎", text)) >= 2
        or re.search(r"(?:两|2|二)对(?:双胞胎|龙凤胎)", text)
    ):
        # 两对双胞胎 … 大的俩6岁 小的俩二十天: each pair by its place (大的那对, 小的那对)
        text = re.sub(
            r"(大的|小的)(?:俩|两个|2个)(?=\s*[\d一二两三四五六七八九十])", r"\1那对", text
        )
    # 俩宝, 两宝, 仨妞, 俩妮儿: children counted by a word that after a digit names one by order
    # (二宝, 二妞 are the second), so the count gets its measure word: 2个宝, not 2宝
    text = re.sub(r"(?<=[俩仨两])(?=宝|妮|妞)", "个", text)
    if "闰" in text:  # 2024年闰年2月29号: the leap year named between the year and its month
        text = re.sub(
            r"(?<=年)\s*(?:是)?闰年\s*(?:的)?(?=\s*(?:\d{1,2}|[一二]|十[一二]?)\s*月)", "", text
        )
    if "俩" in text or "两个" in text:  # 今天上午剖出来俩, 生了俩 一儿一女: twins delivered at once
        text = _TWO_DELIVERED.sub(lambda m: (m.group("v") or m.group("v2")) + "对双胞胎", text)
    if "怀" in text and "了" in text:  # 又怀上了三个月, 怀老二了6个月: the months of the pregnancy
        text = re.sub(
            r"(怀[^\s，,。！!？?]{0,4}?了)(?=(?:\d{1,2}|[一二三四五六七八九两十])\s*个?多?月)",
            r"\1 ",
            text,
        )
    if "怀" in text:  # 还怀着俩 (双胞胎), 怀了仨: the babies on the way, by their number
        text = re.sub(r"(?<=怀着|怀了|怀上)俩(?:个)?\s*(?=双胞胎|龙凤胎)", "", text)
        text = re.sub(
            r"(?<=怀着|怀了|怀上)俩(?:个)?(?![\d一二两三四五六七八九十月])", "双胞胎", text
        )
        text = re.sub(r"(?<=怀着|怀了|怀上)仨(?:个)?\s*(?=三胞胎)", "", text)
        text = re.sub(
            r"(?<=怀着|怀了|怀上)仨(?:个)?(?![\d一二两三四五六七八九十月])", "三胞胎", text
        )
    if "长" in text or "次" in text:  # 长孙出生时…, 次孙、三孙出生时: a hotline note's orders
        text = ORDER_BY_WRITTEN_KIN.sub(lambda m: _WRITTEN_ORDERS[m.group("o")], text)
    if "孩" in text:  # 二孩出生时特困供养 一孩否, 前两孩出生时均不在: a hotline note's orders
        text = _WRITTEN_BIRTH_OF_MULTIPLES.sub(r"\1胎", text)
        text = _WRITTEN_TWO_ORDERS.sub(
            lambda m: "老" + _CN_ORDER_DIGIT[m.group(1)] + "老" + _CN_ORDER_DIGIT[m.group(2)], text
        )
        text = _WRITTEN_CHILD_ORDER.sub(
            lambda m: "老" + _CN_ORDER_DIGIT[m.group(1) or m.group(2)], text
        )
        text = _WRITTEN_OTHERS_COUNTED.sub(
            lambda m: m.group(1) + ("个" if m.string[m.start() - 1] == "前" else "个孩子"), text
        )
        text = _WRITTEN_CHILDREN_COUNTED.sub(r"\1个孩子", text)
    if "胎" in text:  # 双胞胎里的老大一米一五 老二一米一二: the twins' elder and younger, not 老大
        elder = _TWINS_ELDER.search(text)
        if elder:
            rest = _TWINS_YOUNGER.sub("弟弟", text[elder.end() :], count=1)
            text = text[: elder.start()] + elder.group("m") + "里的哥哥" + rest
    if ("哥哥" in text or "姐姐" in text) and ("弟弟" in text or "妹妹" in text):
        text = _siblings_at_their_births(text)
    if "小" in text:  # 小四出生的时候也有: the fourth child, called 小四 (not 小三, a mistress)
        text = re.sub(
            r"(?<![大老])小(?=[四五六](?:出生|生的|那会|那阵|的时候|时候|\s|是|也|今年|去年))",
            "老",
            text,
        )
    text = _ORDINAL.sub(_ordinal, text)
    if "\u2060" in text:  # 二孙子三孙子是双胞胎: two children by order, as 老2老3孙子 reads
        text = _KIN_BETWEEN_ORDERS.sub("", text)
    if "没领完" in text or "没吃完" in text:  # 当时失业金还没领完: still drawn then, not "没领"
        text = re.sub(r"(?:还|都)?没(?:有)?(?=[领吃]完)", "还在", text).replace("在领完", "在领")
        text = text.replace("在吃完", "在吃")
    if "小妹妹" in text or "小弟弟" in text:  # 双胞胎哥俩9岁 小妹妹3岁: the sister, as 妹妹 reads
        text = re.sub(r"(?:^|(?<=[\s,，。;；!！]))小(?=妹妹|弟弟)", "", text)
    if (
        "一直" in text
    ):  # 一直不知道有补贴: never knew of the subsidy, nothing said of a benefit held
        text = re.sub(r"一直(?=(?:都)?(?:不知道|不清楚|没注意|没想到|不晓得|不懂))", "", text)
    if "生最小的" in text:  # 生最小的时候在领失业金: the youngest's birth, as 生老小的时候 reads
        text = re.sub(r"(?<=生)最小的(?=\s*(?:时候|时|那会|那阵|那年))", "老小的", text)
    if "是在" in text:  # 生二胎是在领低保期间: the birth was during it, as 生二胎的时候是在…
        text = re.sub(
            r"(生(?:老\d|\d胎|\d宝|第\d个)\u2060?)(?=是在(?:领|吃|拿|享受))", r"\1的时候", text
        )
    if "lao" in text or "bao" in text:  # "laoda 7, laoer 3", "erbao": 老大, 老二, 二宝 in pinyin
        text = _PINYIN_TOGETHER.sub(
            _pinyin_together, text
        )  # "laoer and laosan": 老2老3, one subject
        text = _PINYIN_ORDER.sub(lambda m: _PINYIN_ORDERS[m.group(1) or m.group(2)], text)
    if "ge" in text or "jie" in text or "di" in text or "mei" in text:  # "meimei": 妹妹
        text = _PINYIN_SIBLING.sub(lambda m: _PINYIN_SIBLINGS[m.group(1)], text)
    if " and " in text or " n " in text or "&" in text or " or " in text:
        text = _EN_ORDINAL_PAIR.sub(_en_ordinal_pair, text)  # "our 3rd n 4th": 老3老4
    if _EN_ANSWER_WORD.search(text) or _EN_NUMBERED_CHILD_HINT.search(text):
        text = _en_births_answered(text)
    if re.search(r" (?:boy|son)\b", text) and re.search(r" (?:girl|daughter)\b", text):
        # "a boy and a girl at once", "a son and a daughter in one delivery": boy-girl twins
        text = _EN_PAIR_BORN_TOGETHER.sub(_en_pair_born_together, text)
    text = re.sub(r"(?<!\d)1,(\d{1,2})\s*(m\b|米|meters?|metres?)", r"1.\1 \2", text)  # "1,30 m"
    text = _CN_HEIGHT.sub(lambda m: f"{m.group(1).replace('一', '1')}米{_digits(m.group(2))}", text)
    if "以下" in text:  # 三胞胎都在一米三以下: each under it (not 1米3以下免费吗, the rule asked)
        text = re.sub(r"在\s*(1\s*米\s*\d{0,2}|1\.\d{1,2}\s*米?)\s*以下", r"不到\1", text)
    text = _CN_YEAR.sub(lambda m: f"{_digits(m.group(1))}年", text)
    text = text.replace("〇", "零") if "〇" in text else text
    # 仨了: three children now; not 怀上俩了 (twins on the way)
    text = re.sub(r"(?<![们人口])(?<!怀上)(?<!怀了)(?<!怀着)([俩仨])了", r"\1个了", text)
    # 哥俩五岁, 姐妹俩一米二: a count of children, then their age or height, not 25岁
    text = re.sub(r"(?<=[俩仨])(?=[\d一二两三四五六七八九十半])", JOINER, text)
    # 两千零二十六年, 两千二十年: a year said in words, one number (not 2 and 千零二十六)
    text = _CN_THOUSAND_YEAR.sub("二", text) if "两千" in text else text
    # 生俩娃时候: the births of the two children, not of 二娃 (the second), once both are digits
    text = re.sub(r"(?<=生)(俩|仨|两)(?=娃|孩子|小孩|宝宝)", r"\1个", text)
    for word, digit in _COUNT_WORDS:
        text = text.replace(word, digit)
    if "胎" in text:  # 上面哥俩是双胞胎: the pair counted by their word, then told as the multiples
        text = SIBLINGS_COUNTED.sub(_siblings_counted, text)
    text = re.sub(r"(?<=\d)(?=[一二三四五六七八九十]个)", " ", text)  # 115一个110: two numbers
    # 两岁零十一个月, 一年零十个月: the 零 before ten months is a filler the converter trips on
    text = re.sub(r"(?<=[岁年])零(?=十[一二]?个?月)", "", text)
    if "卅" in text:  # 三月卅号, 卅一号: thirty, the converter knows 廿 but not 卅
        text = re.sub(r"卅(?=[一二三四五六七八九]?\s*[号日])", "三十", text)
    text = _numerals(text)
    if "岁" in text or "月" in text or "天" in text:
        # 九岁六岁, 一个三个月一个五岁: ages run together, each its own
        text = _AGES_RUN_TOGETHER.sub(" ", text)
        # 还有个十天的, 一个俩月的: a child of that age, as 十天大的 reads
        text = _A_CHILD_OF_DAYS.sub(r"\1天大的", text)
        # 一个三个月 一个五岁: one child of three months (not a span of three months)
        text = _ONE_OF_MONTHS.sub(r"1个\1大", text)
    if "胎" in text and "怀" in text:  # 二胎怀了六个月了 是对双胞胎: as 怀二胎六个月了 reads
        text = re.sub(
            r"(?<![\d双龙三多])([1-4])胎\u2060?怀(?:了|上了|上|着)?\s*(?=\d)", r"怀\1胎", text
        )
    if "生" in text and "月" in text:
        # 俺七月份生, 媳妇8月底生: the mother gives birth that month, no year said, nothing
        # done (的, 了): the birth to come, as 预产期7月 reads (not 老二七月份生的, a birth past)
        text = _MOTHER_GIVES_BIRTH_IN.sub(r"\1预产期\2", text)
    if "胎" in text:  # 龙凤胎哥哥1米32妹妹1米28: the twins, then each named with a height
        text = TWINS_THEN_SIBLING_HEIGHT.sub(" ", text)
    if "周岁半" in text:  # 大的周岁半: a year and a half, the one said short
        text = re.sub(r"(?<!\d)周岁半", "1周岁半", text)
    if "小哥哥" in text or "小姐姐" in text or "小弟弟" in text or "小妹妹" in text:
        # 上面还有个小姐姐, 下面还有个小弟弟, 姐姐10岁 小弟弟3岁: an elder or younger sibling,
        # said fondly (not 小弟弟3岁 as a gap of three years, 妹妹小哥哥三岁)
        text = re.sub(
            r"(?:(?<=[个有的,，。;；!！\s])|^)小(?=(?:哥哥|姐姐|弟弟|妹妹)(?!们))", "", text
        )
    if "大哥哥" in text or "大姐姐" in text:  # 家里还有个大姐姐 10岁了: the elder sister, said
        # fondly (not 大姐姐10岁 as a gap of ten years, 老二大哥哥三岁)
        text = re.sub(r"(?:(?<=[个有的,，。;；!！\s])|^)大(?=(?:哥哥|姐姐)(?!们))", "", text)
    if ("老" in text or "宝" in text) and "怀" not in text and "孕" not in text:
        # 快三岁了 老大 老二才半岁: the age, then whose it is (not 又怀了双胞胎 四个月 老大老二…)
        text = AGE_THEN_ORDER.sub(r"\g<lead>\g<order>\g<age>\g<sep>", text)
    if "岁" in text:  # 哥哥11 双胞胎8岁: an age with its unit left for the next one
        text = KIN_BARE_AGE.sub(r"\1岁", text)
    if "岁半" in text:  # 老大岁半: a year and a half, the one left out
        text = BARE_HALF_YEAR.sub("1岁半", text)
    if "天今" in text or "天昨" in text:  # 孩子出生才5天今天能办吗: the age, then the day asked
        text = DAYS_THEN_TODAY.sub(r"\1 ", text)
    if "年" in text and "1个" in text:  # 一六年一个 一九年一个 二五年又一个: a birth each year
        text = ONE_A_YEAR.sub(r"\1\2生了\3", text)
    if "1个" in text:  # 一个十二 一个九岁: the unit said once, after the last age
        text = AGE_UNIT_SHARED.sub(r"\1岁", text)
        # 前面两个哥哥 一个12一个10: two ages with no unit at all, of the children just named
        text = AGES_UNSAID.sub(r"1个\g<a>岁 1个\g<b>岁", text)
    if "这对" in text:  # 家里就这对小子: the only children, a pair of them (就这2个)
        text = ONLY_PAIR.sub(r"\1这2个", text)
    if "下" in text or "口气" in text or "次" in text:  # 一下来了俩小子: twins
        text = AT_ONCE.sub(
            lambda m: m.group("head") + ("双胞胎" if m.group("n") == "2" else "三胞胎"), text
        )
        # 一下子生了一儿一女, 一次来了个儿女双全: a boy and a girl at once, boy-girl twins
        text = AT_ONCE_PAIR.sub(r"\g<head>龙凤胎", text)
    if "胎" in text:  # 一胎生了俩小子, 二胎又是俩: a birth of twins or triplets
        text = ONE_BIRTH_OF_SEVERAL.sub(
            lambda m: (  # 一胎就生了俩: 就 is "right then" here, not 就生了双胞胎 (only the twins)
                m.group("verb").lstrip("就") + ("双胞胎" if m.group("n") == "2" else "三胞胎")
            ),
            text,
        )
        text = BIRTH_COUNTED.sub(
            lambda m: m.group("head") + ("双胞胎" if m.group("n") == "2" else "三胞胎"), text
        )
    if "对" in text:  # 那对儿落地时: the pair pointed at, the twins
        text = THE_PAIR.sub(r"\1对双胞胎", text)
        text = A_PAIR_OF.sub("1对双胞胎", text)
    if "超" in text or "查" in text or "肚" in text:  # B超说是俩: twins on the way
        text = SCAN_COUNTED.sub(
            lambda m: m.group("head") + ("双胞胎" if m.group("n") == "2" else "三胞胎"), text
        )
    if "对" in text:  # 俩孙子是一对儿: the two counted are twins
        text = PAIR_OF_TWO.sub(r"\g<two>是双胞胎", text)
        text = _PAIR_BOY_GIRL.sub(r"\g<pair>龙凤胎", text)
    if "一样" in text:  # 现在在领低保 生老二的时候也一样: on it at that birth too
        text = _SAME_AT_A_BIRTH.sub(r"\g<when>也是", text)
    if "不" in text:  # 能申请低保不, 到济南能转过来不: a question closed by 不, read as 吗
        text = TAG_QUESTION.sub(r"\1吗", text)
    if "生" in text or "出来的" in text or "落地的" in text:
        text = _BORN_TOGETHER.sub(_born_together, text)
        text = _PAIR_BORN_TOGETHER.sub("龙凤胎出", text)
    if re.search(r"[a-z]", text):
        for pattern, word in _EN_PHONE:
            text = pattern.sub(word, text)
        text = _EN_SPOKEN_HEIGHT.sub(_spoken_height, text)
    text = _EN_YEAR.sub(lambda m: str(2000 + _EN_TEENS[m.group(1)]), text)
    if "with" in text:  # "a beijing family with 3: 2012, 2015 and 2023.8": the children counted
        text = re.sub(r"\b(family|household) with ([1-9])\s*(?=[:,]|$)", r"\1 with \2 kids", text)
    if "公积金" in text:  # 我老公在济南上班 交公积金 我没交: his fund, the subject said once
        text = _PARTNER_THEN_FUND.sub(r"\1\2", text)
    if " is older" in text or " is the older" in text:  # "ds is older (born mar 2022)": eldest
        text = re.sub(
            r"\b((?:my|our) (?:son|daughter|boy|girl)) is (?:the )?(?:older|elder)(?: one)?\b",
            r"the eldest is \1",
            text,
        )
    if " is " in text and "born" in text:  # "my son born mar 2022 is the 1st kid": order first
        text = _ORDER_AFTER_BIRTH.sub(r"our \4 kid is \1 \2\3", text)
    if " n " in text:  # "girl 4 n a boy born 2026.5.30": the phone's "and"
        text = re.sub(r"(?<=[a-z0-9]) n (?=(?:a|an|the|my|our|his|her|\d)\b)", " and ", text)
    if " is " in text and " and " in text:  # "my daughter is 4 and my son 1": his age too
        text = _SECOND_AGE_UNSAID.sub(r"\1 is ", text)
    if "older" in text or "elder" in text:  # "the older 9 the younger born …": each one's age
        text = _OLDER_YOUNGER.sub(r"\1\2 one \3\4\5\6 one", text)
    if re.search(r"(?:19|20)\d\d,? [a-z]", text):  # "born in 2023, march": the month first
        text = _YEAR_THEN_MONTH.sub(r"\2 \1", text)
    if "ty" in text:
        text = _EN_TENS_WORD.sub(_tens, text)
    text = _EN_NUMBER.sub(lambda m: EN_NUMBERS[m.group(1)], text)
    if "old" in text or "yo" in text:  # "when the nine year old was born": a child named by age
        text = _AGE_NAMED_CHILD.sub(lambda m: EN_NUMBERS[m.group(1)], text)
    text = _AFTER_ORDER_NUMBER.sub(lambda m: EN_NUMBERS[m.group(1)], text)
    if "on the way" in text:  # "3 kids 10 7 and 2, twins on the way": a twin pregnancy, no
        # twins aged 2
        text = re.sub(
            r"\b(?:a )?(?:pair of |set of )?(twins|triplets) (?:are |is )?on the way\b",
            r"expecting \1",
            text,
        )
    if "fortnight" in text:  # "born a fortnight ago", "a fortnight old": two weeks
        text = FORTNIGHT.sub("2 weeks", text)
    if "back" in text:  # "our third was born 10 days back": 10 days ago
        text = TIME_BACK.sub(r"\1 ago", text)
    if "kids" in text or "children" in text or "ages" in text:
        text = _AGES_LISTED.sub(_twins_listed, text)
        # "11, 8, 8 (twins) and 3": the twins' note after their age, already told by it
        text = re.sub(
            r"(?<=\btwins \d) \((?:the )?twins\)|(?<=\btwins \d\d) \((?:the )?twins\)", "", text
        )
    if "sets of" in text or "pairs of" in text or "对" in text:
        text = _SETS_AGES.sub(_sets_ages, text)
        if _SETS_COUNTED.search(text):
            text = _SET_NAMED_OLDER.sub(
                lambda m: "大的双胞胎" if m.group(0).startswith("大") else "the older twins", text
            )
            text = _SET_NAMED_YOUNGER.sub(
                lambda m: "小的双胞胎" if m.group(0)[0] in "小另" else "the younger twins", text
            )
    # Heights said in words: "one hundred and eighteen" = 118, "one oh three" = 103.
    text = re.sub(
        r"\b(?:1|a) hundred(?: and)?(?: (\d{1,2}))?\b",
        lambda m: str(100 + int(m.group(1) or 0)),
        text,
    )
    text = re.sub(r"\b1 oh (\d)\b", r"10\1", text)
    text = re.sub(
        r"\b1 (?:m|met(?:er|re)s?) oh (\d)\b", r"1.0\1m", text
    )  # "one metre oh five" = 105
    text = re.sub(r"\ba (met(?:er|re)s?)\b", r"1 \1", text)  # "not even a metre" = 1 metre
    text = re.sub(r"\b1 (m|met(?:er|re)s?) (\d) (\d)\b", r"1 \1 \2\3", text)  # "one meter two five"
    text = _EN_NO_APOSTROPHE.sub(r"\1't", text)  # "dont", "didnt": phone typing
    text = re.sub(
        r"\b(he|she|who|that|there|what)s\b", r"\1's", text
    )  # "hes 2", "whos 7", "thats 3"
    # "im 7 months", "ive paid", "theyre 3", "weve been on dibao": a pronoun's contraction typed
    # without its apostrophe (not "were", "well", "ill", "id": words of their own)
    text = re.sub(r"\b(?:(we|they|you)(ve)|(they|you)(re|ll|d))\b", _apostrophe_back, text)
    if "were " in text:  # "were on dibao now", "nope were renting": we're, typed without its
        # apostrophe, where no plural subject can stand before it ("the kids were on…" is left)
        text = _WERE_AS_WE_ARE.sub("we're ", text)
    if " time" in text or " birth" in text:
        # "2nd time dibao", "3rd birth no": that child's birth, as "the 2nd birth" reads
        text = _NTH_BIRTH.sub(r"the \1 birth", text)
    if " 2 " in text or " 3 " in text:
        # "with the first 2 we still had jobs": the first two children, not an age of 2
        text = _FIRST_N_CHILDREN.sub(r" \1 kids ", text)
    if not _HAN.search(text):
        # "4 kids 12 9 5 and the baby 7 weeks", "kids are 6 months 2 and 4": ages listed with no
        # comma between them, each its own (not a height, a date or a decimal)
        text = _BARE_NUMBER_LIST.sub(", ", text)
    # "next yr", "the yr before last", "2 yrs ago", "last mth": a relative year or month, typed short
    text = re.sub(r"\b(last|this|next|nxt|the|a) yr\b(?![- ]old)", r"\1 year", text)
    text = re.sub(r"\b(\d{1,2}) yr(s?) ago\b", r"\1 year\2 ago", text)
    text = re.sub(r"\b(last|this|next|nxt) (?:mth|mnth|mo)\b", r"\1 month", text)
    text = re.sub(r"\bnxt (?=year|month|week)", "next ", text)
    # "1 and half", "a 3-and-a-half-year-old": N and a half, written short or hyphenated
    text = re.sub(r"(?<![\w.])(\d{1,2})(?: and half|-and-a-half)\b", r"\1 and a half", text)
    text = HE_AN_AGE.sub(r"\1's", text)  # "he 1 and a half now", "she 4 already": no verb
    text = KID_AN_AGE.sub(r"\1 is", text)  # "kid 2, we had dibao": the child is 2
    if re.search(r"\b(?:1|one)(?:'s|s)? ", text) and re.search(r"[a-z]{2}", text):
        # "one almost 2, the other 6 wks": each child, then its age
        text = ONE_OF_THEM.sub(lambda m: f"one {m.group('verb') or 'is'} ", text)
        if "one is " in text or "one was " in text or "one 's " in text:
            text = OTHER_OF_THEM.sub("the other is ", text)
    text = re.sub(r"\bwed(?= (?:been|be|have|had|get|got|like)\b)", "we'd", text)  # "if wed been"
    text = re.sub(r"(?<![\w'])r(?= \d)", "are", text)  # "our twins r 3"
    # "their sis is 5", "big bro born 2020": a sister or brother said short, after a word that
    # makes it a child of the family (not "thanks bro")
    text = SIBLING_SHORT.sub(lambda m: "sister" if m.group(0) == "sis" else "brother", text)
    text = CHILD_NUMBERED.sub(r"\1 no.\2", text)  # "grandson no. 3": no.3, one word
    if re.search(r"\bno\.\d", text):  # a child numbered before: the bare number is one too
        text = NUMBER_ALONE.sub(r"no.\1", text)  # "…no.2 was born during it, no. 1 before it"
    if "twins" in text and "2 " in text:  # "two 4 yr old girls (twins)": 4 yr old twin girls
        text = PAIR_SAID_TWINS.sub(
            lambda m: (
                f"{m.group('age') or ''}twin {m.group('kids')}{m.group('age2') or ''}"
                if m.group("age") or m.group("age2")
                else m.group(0)  # "we have 2 girls, twins, 14 months": counted, read as it is
            ),
            text,
        )
    if "twins" in text and " ones " in text:  # "the eldest ones are twins": the two eldest
        text = TWIN_ONES.sub(lambda m: "older 2" if m.group(1) else "younger 2", text)
    if " twin " in text or text.endswith(" twin"):  # "the older twin 1m2, the younger 1m18"
        text = _twins_by_place(text)
    if "(" in text:  # "the eldest (8) was born …", "our son (5)": the age after the child's word
        text = AGE_IN_BRACKETS.sub(r"\1 \2", text)
    text = UNDER_AN_AGE.sub(r"\1 kids under", text)  # "three under 5: 4, 2 and 7 weeks"
    if "假" in text and _HAN.search(text):
        # 孩子6个月我的产假还剩1个月, 产假还剩2月孩子刚满月: the leave's time left is a clause of
        # its own, apart from the child's age
        text = _ZH_LEAVE_LEFT.sub(r"\1,", text)
        text = _ZH_BEFORE_LEAVE.sub(",", text)
    if _ZH_SUPPOSE.search(text):
        # 如果生老二的时候正好在领低保能多给吗: the supposition, then what is asked of it, as the
        # comma between them would part them
        text = _ZH_SUPPOSED_THEN_ASKED.sub(",", text)
        # 我们在北京俩孩子…要是后年生老三…能领到几岁 孩子一岁半: what is told before the
        # supposition and after its question stands apart from it, as commas would set it
        text = _ZH_TOLD_BEFORE_SUPPOSED.sub(",", text)
        text = _ZH_ASKED_THEN_TOLD.sub(",", text)
    # 两个一个六岁一个刚满三岁, 三个老大十岁…: the count answered first, then the children, as
    # "三个 老大十岁" with its space
    text = _ZH_COUNT_FIRST.sub(lambda m: f"{m.group(1) or m.group(2)}个 ", text)
    # 我老公我还有我小姑子三个: the people listed, then their count, as "… 三个" with its space
    text = _ZH_COUNT_LAST.sub(",", text)
    text = re.sub(
        r"^([1-9])(?:个|\u2060)?、", r"\1个,", text
    )  # 两个、老大…: the count, then a list
    if "宝" in text:  # 大宝, 二宝: the eldest and the 2nd, read as 老大 and 老二 are
        text = re.sub(r"大宝(?!贝)", "老大", text)
        text = re.sub(r"(?<![\d俩两仨])([2-9])宝\u2060?(?!贝)", "老\\1\u2060", text)
    if "第" in text:  # 第二个孩子, 第一个娃: the child by its order, read as 老二, 老大 are
        text = re.sub(r"第1个\u2060?(?:孩子|娃|宝宝|小孩)", "老大", text)
        text = re.sub(r"第([2-9])个\u2060?(?:孩子|娃|宝宝|小孩)", "老\\1\u2060", text)
        # 第一个是闺女 9岁: the first child, by what it is or its age
        text = re.sub(
            r"第1个\u2060?(?=是(?:闺女|儿子|女儿|男孩|女孩|姐姐|哥哥|小子|丫头)|\s*\d{1,2}\s*岁)",
            "老大",
            text,
        )
    if "." in text and ("子女" in text or "孩子" in text or "娃" in text):
        # 子女3人（17.3/20.11/24.6）: births listed as two-digit years and months
        text = SHORT_DATES_LISTED.sub(
            lambda m: (
                "，"
                + "、".join(
                    f"20{y}年{int(mo)}月" for y, mo in re.findall(r"(\d{2})\.(\d{1,2})", m.group(1))
                )
                + "出生，"
            ),
            text,
        )
    if "叫" in text:
        # 大的叫豆豆小的叫丁丁: a child's name, no fact (tester probe 55A read half the twins)
        twins = (
            re.search(r"双胞胎|龙凤胎|三胞胎|双棒", text) is not None
            and re.search(r"(?:大的|哥哥|姐姐)叫[^，,。\s]{1,3}?[\s，,]*(?:小的|弟弟|妹妹)叫", text)
            is not None
        )  # both of a pair named in turn: the twins
        text = CHILD_NAMED_ZH.sub(
            lambda m: " " if twins or not m.group("who") else f"{m.group('who')} ", text
        )  # of twins named in turn, 大的/小的 are the twins themselves, said with their names
    if "户口" in text:
        # 都在北京上户口了: the children's hukou registered in the city, as 户口都落在北京了
        text = HUKOU_REGISTERED_IN.sub(lambda m: f"户口{m.group(1) or ''}落在{m.group(2)}了", text)
    if "那" in text:
        # 老大16年的 那会儿家里吃低保, 老大15年出生那时候就是了: "then" after a child's birth told is
        # that child's birth, as 生老大那会儿 reads
        text = _THEN_OF_A_BIRTH_TOLD.sub(
            lambda m: (
                m.group(0)  # 老大15年出生那时候: that birth's time already
                if not m.group("gap") and m.group("told").endswith("生")
                else f"{m.group('told')}{m.group('gap')}生{m.group('child')}{m.group('then')}"
            ),
            text,
        )
    if "胞胎" in text or "龙凤胎" in text:
        # 二胎 双胞胎 7月23: the birth by its order, then what it was (二胎是双胞胎)
        text = re.sub(
            r"(?<![怀孕])(\d胎\u2060?)\s+(?=(?:1对)?(?:双胞胎|龙凤胎|3胞胎))", r"\1是", text
        )
        # 老二老三 龙凤胎 1岁半: the orders named, then what they are, one clause (not two more)
        text = _ORDERS_THEN_MULTIPLES.sub("", text)
        # 次孙、三孙（双胞胎）出生时: the two orders, then what they are in brackets
        text = _ORDERS_BRACKETED_MULTIPLES.sub(r"\g<a>\g<b>是\g<m>", text)
    if "胎" in text:  # 二胎是双胞胎 … 生二胎那会: the birth of the twins
        text = _birth_of_multiples_by_order(text)
    if "没" in text or "有" in text or "否" in text:
        # 老大 没 老二 没 双胞胎 有: each child's yes or no typed apart, one answer each
        text = _CHILD_THEN_BARE_ANSWER.sub(r"\1\2", text)
    return re.sub(r"[ \t\u3000]+", " ", text).strip()


# "二胎是双胞胎", 三胎又是龙凤胎: the birth of that number was a multiple one.
_NTH_BIRTH_WAS_MULTIPLES = re.compile(
    r"(?<![\d头])(?P<n>[23])胎\u2060?(?:又|也|就)?是(?:1对|一对)?(?P<kind>双胞胎|龙凤胎|三胞胎)"
)


def _birth_of_multiples_by_order(text: str) -> str:
    """头胎闺女 2胎是双胞胎 生2胎那会…: 生2胎 names the multiple birth, the second birth's
    children (probe zh-0191 gave the eldest the benefit)."""
    said = _NTH_BIRTH_WAS_MULTIPLES.search(text)
    if said is None:
        return text
    n, kind = int(said.group("n")), said.group("kind")
    return re.sub(rf"生{n}胎\u2060?(?=那会|的时候|时候|那阵|那时|时)", f"生{kind}", text)


# A child named, a space, then a bare yes or no ending the part (老大 没, 老2⁠ 有, 双胞胎 否).
_CHILD_THEN_BARE_ANSWER = re.compile(
    r"((?:生)?(?:老(?:大|小|幺|\d\u2060?)|双胞胎|龙凤胎|三胞胎|[大小]宝|头胎|大的|小的))[ \t\u3000]+"
    r"(没有|没|有|否|无)(?=[ \t\u3000]|$|[,，。;；!！])"
)


# The two orders, then what they are in brackets (老2⁠、老3⁠（双胞胎）).
_ORDERS_BRACKETED_MULTIPLES = re.compile(
    r"(?P<a>老\d\u2060)\s*[、和跟与及]?\s*(?P<b>老\d\u2060)\s*[（(]\s*(?P<m>双胞胎|龙凤胎|三胞胎)\s*[）)]"
)
# The space between the multiples' orders and their kind (老2⁠3⁠ 龙凤胎, 2宝3宝 是双胞胎).
_ORDERS_THEN_MULTIPLES = re.compile(
    r"(?<=[老宝]\d\u2060老\d\u2060)[ \t\u3000]+(?=(?:是|都是)?(?:1对)?(?:双胞胎|龙凤胎|三胞胎))"
)


# Speed: a pattern below that breaks at a space after lookbehinds checks the space first, "(?= )":
# the regular-expression engine tries an alternative at every position, and the lookbehinds
# (about 150 words in _EN_LEADS_IN) are then tried at spaces only. That took CLAUSE_BREAK from
# 0.43 to 0.15 ms a message on the corpus, with every reading the same.
# English typed without punctuation ("pregnant with our second our first is 2", "both of us pay
# into the housing fund we rent", "when our second was born the first one no"): the place a comma
# would stand is found by what opens the next clause. Only after an English word that does not
# lead into what follows (not "when we", "if she", "with our first", "do we", "i said the twins").
_EN_LEADS_IN = "".join(
    rf"(?<!\b{w})"
    for w in (
        "when", "while", "since", "before", "after", "until", "till", "that", "if", "as",
        "because", "cos", "cuz", "though", "although", "whether", "where", "than", "once", "what",
        "how", "why", "which", "who", "whom", "whose", "and", "but", "or", "nor", "with", "for",
        "at", "of", "by", "to", "in", "on", "about", "like", "unlike", "from", "into", "during",
        "between", "do", "does", "did", "can", "could", "would", "will", "should", "shall", "may",
        "might", "must", "is", "are", "was", "were", "am", "have", "has", "had", "be", "been",
        "the", "a", "an", "our", "my", "their", "his", "her", "its", "your", "both", "all",
        "either", "neither", "only", "just", "even", "also", "so", "then", "not", "no", "much",
        "many", "long", "soon", "without", "except", "whenever", "unless", "let", "tell", "see",
        "expecting", "having", "carrying", "pregnant", "us", "w", "now", "still", "said", "say",
        "says", "mean", "meant", "think", "thought", "guess", "know", "knew", "sure", "wrote",
        "typed", "told", "hope", "wish", "big", "little", "baby", "older", "younger", "new",
        "eldest", "oldest", "youngest", "first", "second", "third", "fourth", "1st", "2nd", "3rd",
        "4th", "other", "two", "three", "2", "3", "middle", "twin", "nobody", "none", "zero",
        "twins", "triplets", "kids", "children", "grandkids",
        # "the '23 one we had dibao", "the only one we had while on dibao": the child it names;
        # "previously i paid …": a time that opens its own clause
        "one", "1", "ones", "previously", "formerly", "earlier", "originally", "currently",
    )
)  # fmt: skip
# A child named as the subject: "our first", "the baby", "grandson", "laoda" (normalised 老大),
# "big sister".
_EN_CHILD_ADJ = (
    r"(?:big|little|baby|older|younger|new|only|eldest|oldest|youngest|other|middle|twin) "
)
_EN_CHILD_WORD = (
    # with its determiner, or bare after neither an adjective nor a year ("for our 2023 baby yes")
    r"(?:(?:our|my|the|their|his|her) |(?=(?:first|second|third|fourth|1st|2nd|3rd|4th|eldest"
    r"|oldest|youngest)\b)|(?<!\d{4} )(?<!s )(?<!\bbig )(?<!\blittle )(?<!\bbaby )"
    r"(?<!\bolder )(?<!\byounger )(?<!\bmiddle )(?<!\btwin ))"
    r"(?:"
    + _EN_CHILD_ADJ
    + r"(?:one|ones)\b|(?:"
    + _EN_CHILD_ADJ
    + r")?(?:first|second|third|fourth"
    r"|1st|2nd|3rd|4th|eldest|oldest|older|younger|youngest|baby|son|daughter|boy|girl|kid|kids"
    r"|child|twins|triplets|grandson|granddaughter|grandkid|grandkids|sister|brother|sis|bro"
    r"|smallest|biggest|middle"
    r"|others|老大|老\d|大宝|\d宝)(?: (?:one|two|2|kid|child|boy|girl))?)"
)
# A new subject, then its verb or age: "… we rent", "… i was on dibao", "… our first is 2",
# "… the baby was born", "… grandson 9". Not inside a clause that opened on a time or a child
# ("when her first was born they were on dibao", "for our eldest we were ok"): see clauses().
_EN_NEW_PERSON = (
    r"(?= )(?<=[a-z0-9'])" + _EN_LEADS_IN + r" (?="
    r"(?:i|we|she|he|they|im|ive|i'm|i've|we're|we've|she's|he's|they're|they've|hes|shes)"
    r" (?!and\b|or\b|too\b)[a-z0-9])"
)
# The child at home after a pregnancy told, typed without a comma ("7 months pregnant with twins
# our daughter is 3", "im 7 months pregnant the eldest is 3", "pregnant with the 2nd first one 2 years").
_EN_CHILD_AFTER_PREGNANCY = (
    r"(?= )(?:"
    + "|".join(
        rf"(?<=\b{w})"
        for w in ("pregnant", "expecting", "twins", "triplets", "2nd", "3rd", "second", "third",
                  "baby", "months along", "number 2", "number 3", "no. 2", "no. 3", "no.2", "no.3")
    )
    + r") (?=(?:(?:our|my|her|his|their|the) (?:only |big |older |eldest |oldest |first |little )?"
    r"(?:daughter|son|boy|girl|kid|child|one|eldest|oldest|first|grandson|granddaughter)"
    r"|first one|1st one) (?:is |'s |was |just |only |turned |already )*\d)"
)  # fmt: skip
# Children listed each with a figure, typed without commas ("girl 8 boy 5", "eldest 1m45 2nd 1.18
# smallest only 95cm", "granddaughter 9 youngest grandson 2 and half"): each child its own clause.
_EN_NEXT_IN_A_LIST = (
    r"(?= )(?:(?<=\d)|(?<=\dcm)|(?<=\dm)|(?<=\byears)|(?<=\bmonths)|(?<=\bhalf)|(?<=\byrs)|(?<=\byo)"
    r"|(?<= years old)|(?<= year old)|(?<= yrs old)) (?=(?:(?:the|our|my|his|her) )?"
    r"(?:(?:eldest|oldest|youngest|middle|smallest|biggest|1st|2nd|3rd|first|second|third|older|younger|little"
    r"|big|baby)(?: (?:grandson|granddaughter|son|daughter|boy|girl|one|kid|child|brother|sister|baby))?"
    r"|grandson|granddaughter|son|daughter|boy|girl|brother|sister)"
    r"(?: is|'s)?(?: only| just| about)? \d(?! ?(?:kids|children|boys|girls|sons|daughters)\b))"
)
# A child named by its order or size ("the 2nd", "our eldest", "the twins", 老大 read from laoda).
_EN_ORDER_CHILD = (
    r"(?:first|second|third|1st|2nd|3rd|eldest|oldest|older|younger|youngest|big|little|baby|twins"
    r"|other|老大|老\d)"
)
_EN_BIRTH_CHILD = r"(?:" + _EN_ORDER_CHILD + r"|newest|new)"
# English typed without punctuation, where a comma would stand between one birth's answer and
# the next, now, or a question.
_EN_UNSTOPPED_BIRTHS = (
    # "the 2nd and 3rd no now also no dibao": now, after one birth's answer
    r"(?= )(?:(?<=\bno)|(?<=\byes)|(?<=\bnope)|(?<=\bnah)|(?<=\byep))"
    r" (?=(?:now|nowadays|currently|these days|at the moment)\b)"
    # "we had 失业金 for our eldest we were ok": one birth's benefit, then another child's
    + r"|(?= )(?:"
    + "|".join(
        rf"(?<={w})"
        for w in (
            "失业金",
            "特困",
            "低保",
            "dibao",
            "tekun",
            "shiyejin",
            "benefit",
            "benefits",
            "support",
            "allowance",
            "money",
        )
    )
    + r") (?=(?:for|with) (?:the|our|my) "
    + _EN_ORDER_CHILD
    + r"\u2060?(?: one| birth)?"
    r" (?:we|i|they|he|she|nothing|none)\b"
    # "… got unemployment money the older two no": the other children's answer
    r"|(?:the|our|my) (?:older|other|elder|big|first|younger|little) (?:two|2|three|3|ones|kids"
    r"|children) (?:no|not|nope|nah|yes|neither|both)\b"
    # "when the first born we are on dibao the 2nd and 3rd no": the other births' answer
    r"|(?:老大|老\d)\u2060?(?:(?:and )?老\d\u2060?)* ?(?:no|not|nope|nah|yes|neither|both)\b"
    # "born 2021 when we still had dibao the baby born this june no dibao": the next birth told
    + r"|(?:the|our|my) "
    + _EN_ORDER_CHILD
    + r"\u2060?(?: one| boy| girl)? (?:was |were )?(?:born|came|arrived)\b)"
    # "for the older one no the baby born last month yes": one birth's answer, then the next's
    + r"|(?= )(?:(?<=[a-z\d] no)|(?<=[a-z\d] yes)|(?<=[a-z\d] nope)|(?<=[a-z\d] nah)|(?<=[a-z\d] yep))"
    r" (?=(?:(?:for|with) )?(?:the|our|my) "
    + _EN_ORDER_CHILD
    + r"\b)"
    # "we were on dibao for the second one not for the first", "not for the first one for the baby
    # yes": one birth's part ends where the other birth is named
    + r"|(?= )(?<=[a-z\d\u2060]) (?=not (?:for|with|at|when) (?:the|our|my) "
    + _EN_BIRTH_CHILD
    + r"\b)"
    + r"|(?= )(?:"
    + "|".join(
        rf"(?<=\b{w})"
        for w in (
            "first",
            "second",
            "third",
            "1st",
            "2nd",
            "3rd",
            "eldest",
            "oldest",
            "youngest",
            "baby",
            "twins",
            "one",
        )
    )
    + r") (?=(?:for|with) (?:the|our|my) "
    + _EN_BIRTH_CHILD
    + r"\b)"
    # "… i had job already now again no job": now, told after the births
    + r"|(?= )(?<=[a-z])(?<!\bright)(?<!\buntil)(?<!\bby)(?<!\bfrom)(?<!\bjust)(?<!\bfor)(?<!\bsince)"
    r"(?<!\band)(?<!\bbut)(?<!\bso)(?<!\bis)(?<!\bare)(?<!\bwas) (?=now (?:again|also|too|still|we|i|he"
    r"|she|they|my|our|his|her|no|not|on|off|taking|getting|receiving)\b)"
    # "my 2 kids are 2 and 4 does it stop at 3?": a question opens after the facts, unstopped
    + r"|(?= )(?:(?<=\d)|(?<=\bold)|(?<=\bmonths)|(?<=\byears)|(?<=\byrs)|(?<=\bhukou)|(?<=\bdibao)"
    r"|(?<=\bgongjijin)|(?<=\btwins)|(?<=\btriplets)|(?<=\bjinan)|(?<=\bbeijing))"
    r" (?=(?:how (?:much|many|long|do|does|can)|(?:is|does|did|can) (?:it|we|i|he|she|they|that"
    r"|this)|(?:do|are|am|can) (?:we|i|they)|what (?:about|if|do|does|can|is)"
    # "3 kids ages 7 5 and 2 any subsidy": the benefit asked of, unstopped
    r"|any (?:subsid(?:y|ies)|money|benefits?|support|help|allowance|payments?|cash)|anything for)\b)"
)


_EN_NEW_CHILD = (
    r"(?= )(?<=[a-z0-9'])"
    + _EN_LEADS_IN
    + r"(?<!\bold)"  # "my 6-year-old daughter is 125 cm": the age describes the child after it
    + r" (?="
    + _EN_CHILD_WORD
    + r" (?:born )?(?:is|was|'s|are|were|just|turned|came|arrived|born|\d"
    # "the twins were born on dibao our eldest wasn't": that child's own answer
    r"|wasn't|weren't|didn't|did|had|hadn't|too|also|neither|either)\b)"
)
# "dibao for laoda yes": the benefit's own clause goes on to the child it was for.
_EN_NOT_AFTER_A_BENEFIT = "".join(
    rf"(?<!\b{w} )"
    for w in ("dibao", "tekun", "shiyejin", "benefit", "benefits", "welfare", "support", "pay",
              "money", "allowance", "it")
) + r"(?<!\d )(?<!cm )"  # fmt: skip
# A child then a bare yes or no: "… the first one no", "… not the eldest", "… big brother no";
# and "not now" after a birth's time (not "not anymore": by then, said of that birth).
_EN_CHILD_ANSWER = (
    r"(?= )(?<=[a-z0-9'])" + _EN_LEADS_IN + r" (?=not (?:now|these days)\b"
    r"|not (?:(?:for|with|at) )?" + _EN_CHILD_WORD + r"(?:'?s(?: birth)?)?\s*$"
    r"|(?:not |(?:but )?"
    + _EN_NOT_AFTER_A_BENEFIT
    + r"(?:for|with|at) )?"
    + _EN_CHILD_WORD
    + r"(?:'?s(?: birth)?)? (?:yes|no|nope|nah|not|none|nothing)\b(?! (?:dibao|tekun|benefits?|welfare"
    r"|support|job|house|home|hukou|kids?|children)\b))"
)
# English typed without punctuation, the next person or time run on: "paid gongjijin 8 years by
# myself wife not", "i've paid the housing fund for 5 years wife for 2" (the spouse's own words);
# "we're on 低保 now weren't back when our first was born" (the birth's time after now); "we had no
# dibao now we are on dibao" (now, opening its own clause).
_EN_SPOUSE_NEXT = (
    r"(?= )(?:(?<=\byears)|(?<=\byrs)|(?<=\bmonths)|(?<=\bmyself)|(?<=\bme)|(?<=\btoo)|(?<=\balso)"
    r"|(?<=\bgongjijin)|(?<=\bfund)) (?=(?:my |his |her )?(?:wife|husband|hubby|spouse"
    r"|partner|missus)\b (?:for|never|not|isn't|isnt|doesn't|doesnt|does|pays|paid|has|hasn't|hasnt"
    r"|too|also|only|\d|just|still|is|was|wasn't|wasnt|stopped|quit)\b)"
    r"|(?= )(?:(?<=\bnow)|(?<=\bdays)|(?<=\btho)|(?<=\bthough)) (?=(?:weren't|werent|wasn't|wasnt|were"
    r"|was) (?:back|then|at|when|for|during|with|the case)\b)"
    r"|(?= )(?<=[a-z])(?<!\bthan)(?<!\bfrom)(?<!\buntil)(?<!\btill)(?<!\bby)"
    r" (?=now (?:we|i|she|he|they|we're|were|im|i'm|she's|he's|they're)\b)"
)
# A yes or no said of a child, then more: "for the baby yes we are on dibao".
_EN_AFTER_YES = r"(?= )(?:(?<=\byes)|(?<=\byep)|(?<=\byeah)|(?<=\bnope)) (?=(?:i|we|she|he|they|im|i'm|we're)\b)"
_EN_YES_BEFORE = re.compile(r"\b(?:yes|yep|yeah|nope) $")
# A clause opened on a time, a condition or a child runs on to its own subject: "when her first was
# born they were on dibao", "for our eldest we were ok", "by the time i give birth", "3 weeks ago
# our son was born", "last monday the baby came".
_EN_OPENS_ON_A_TIME = re.compile(
    r"\b(?:when|while|whilst|whenever|since|if|suppose|once|after|before|until|till|during|because"
    r"|by (?:the )?time|each time|every time|(?:both|all|either|neither) times?"
    r"|the (?:month|week|day|year|time)|back then|it was"
    r"|(?:at|for|with) (?:the|our|my|her|his|their|both|all|either|neither|each)|at birth)\b"
)
# A time said alone before the subject ("3 weeks ago our son was born", "last monday the baby
# came", "from 2019 to 2022 we had dibao"), not a clause of its own ("we had triplets last year").
_EN_TIME = re.compile(r"\b(?:ago|yesterday|today|last|this (?:year|month|week)|from)\b")
_EN_SUBJECT_OR_VERB = re.compile(
    r"\b(?:i|we|she|he|they|is|are|was|were|had|have|has|got|get|born|came|arrived)\b"
)
# A birth told first runs on to the person's status at it: "the 2019 and 2021 births we were
# tekun", "laoer born we were on it", "our son was born i got laid off the same week".
_EN_TELLS_A_BIRTH = re.compile(r"\b(?:births?|born|came|arrived|\d{4})\b")


# Chinese typed with no separator (老大7岁老二3岁生老二那会在领失业金, 老大那会儿领着低保老二就没有,
# 生双胞胎那会儿没领失业金现在在领): a child named with its time, its age or its answer, or now,
# opens a clause of its own, as the space before it would; not after a word that binds it (生老二,
# 我家老大, 老大老二, 给二宝, 是现在, 到现在).
_ZH_CHILD = (
    r"(?:老大|老\d|大宝|\d宝|小的|(?<![月岁天周])大的|双胞胎|三胞胎|龙凤胎|头胎|第\d个|前\d个?|前头\d个?|头\d个"
    r"|\d个?大的|\d个?小的)\u2060?"
)
_ZH_NEW_CHILD = (
    r"(?<=[\u4e00-\u9fff])(?<![生怀是给在的和跟家我俺咱们个对要再又还刚才就添这那把让替为与及或第头前上下大宝小胎老孙外俩出米里到至])"
    r"(?<!生了)(?<!添了)(?<!怀了)(?<!有了)"  # 今年又生了老二才二十天: the child born, with its age
    # 生 and the child after a time is that birth's time (今年生小的时候, 上个月生双胞胎时)
    r"(?=(?<![年月天周])生" + _ZH_CHILD + r"|" + _ZH_CHILD + r")"
    r"(?=生?"
    + _ZH_CHILD
    # 老大老二出生那阵都没领: two children named together, then their birth's time
    + r"(?:(?:和|跟|与)?"
    + _ZH_CHILD
    + r")?"
    + r"(?:出生|生|出来|落地)?的?(?:时候|时|那时候?|那会儿?|那阵子?|那年|那几年|那两年|那回|这回|那次"
    # 老二就没有了, not 半个月老二就出来了 (the time before that birth)
    r"|就(?!出来|出生|生|落地)|都|也|没|不|\d|是|才|刚|快|今年|去年|前年|上个?月))"
)
# A birth's time after an age (老大5岁去年生了对双胞胎, 老大3岁上个月又添了老二): the next birth.
_ZH_BIRTH_AFTER_AN_AGE = (
    r"(?<=[岁半多月天周])(?=(?:大前年|前年|去年|今年|上个?月|这个月|上周|上礼拜|上星期|昨天|前天"
    r"|\d{2,4}年)(?:\d{1,2}月(?:份)?)?(?:\d{1,2}[号日])?(?:又|刚|才|就)?(?:生|出生|添))"
)
# not after the one it is said of or a word joining it on (孩子现在还在领吧, 生孩子的时候以及现在)
_ZH_NOW_OPENS = (
    r"(?<=[\u4e00-\u9fff])(?<![我俺咱他她到从跟和比是的在们直至子及且还宝大二三])(?=现在|目前|如今)"
    # 是后来才领的现在还领着: after a benefit's own 的, now opens the next clause
    r"|(?<=[领评批办上]的)(?=(?:现在|目前|如今)(?:还|也|都|仍|一直)?(?:在)?(?:领|是|吃))"
)

# A birth's time named by the child or the act opens a clause of its own when it follows another
# (现在还在领失业金生孩子那会儿倒没领, 是特困供养户孩子生的时候就是): not after a word that leads
# into it (如果生娃那会儿, 去年生孩子那会儿, 在生孩子的时候).
_ZH_BIRTH_TIME_OPENS = (
    r"(?:(?<=满月)|(?<=了)|(?<=[\u4e00-\u9fff])(?<![如假要若果是在的等到从和跟年月天前后刚就也都还那这我俺咱他她们你看按算论]))"
    r"(?=(?:生(?:\d个?)?(?:孩子|娃|宝宝|孙子|孙女|外孙女?|儿子|闺女|女儿|小子|丫头)|(?:俩|两个|三个|\d个?)?(?:孩子|娃|宝宝)(?:出生|生)(?:下来)?)"
    r"的?(?:时候|时|那会儿?|那阵子?|那时候?|那年))"
)

# A hukou said, then the next fact run on (北京户口没房, 济南户口生的时候在领低保, 北京户口有房没贷款):
# not the hukou's own words after it (户口没迁过来, 户口是去年落的, 户口在老家).
_ZH_AFTER_HUKOU = (
    r"(?<=(?:济南|北京|本地|外地|本市|当地)户口)"
    r"(?=(?:没|无)(?:房|车|公积金|工作|低保|领|交)|有(?:房|套|公积金|1套)|生|自己|租|买|老大|老\d|大宝|\d宝"
    r"|孩子|娃|我|俺|老公|老婆|媳妇|现在|目前|公积金|医保|职工|居民|在(?:领|吃|租)|住)"
)

# Twins told after another child's age (一个十岁一对双胞胎四岁): the twins' own clause.
_ZH_TWINS_AFTER_AN_AGE = (
    r"(?:(?<=岁)|(?<=岁半)|(?<=岁多)|(?<=个月)|(?<=满月))(?=(?:1对|一对|2|俩)?(?:双胞胎|龙凤胎|三胞胎))"
    # 最大的十二老二八岁: a bare age after the child's word, then the next child
    r"|(?:(?<=[大小]的\d)|(?<=[大小]的\d\d))(?=老大|老\d|老幺|小的|最小的|二的|老小)"
)

# A child's birth told with the child last (前年生的老大, 上周一生的老三), then the next child or
# time run on (…去年十月生的老二, …老大老二是龙凤胎): the next clause.
_ZH_AFTER_BIRTH_NAMED = (
    r"(?:"
    + "|".join(
        f"(?<=生的{c})"
        for c in ("老大", "老1\u2060", "老2\u2060", "老3\u2060", "老4\u2060", "老幺", "大的", "小的",
                  "双胞胎", "龙凤胎", "三胞胎", "闺女", "儿子", "丫头", "小子", "孙子", "孙女")
    )
    + r")(?=(?:大前年|前年|去年|今年|上个?月|这个月|上周|上礼拜|上星期|\d{2,4}年|\d{1,2}月|老大|老\d|大的|小的"
    r"|双胞胎|龙凤胎|三胞胎))"
)  # fmt: skip

# A benefit said, then a year or "later" run on (生孩子那年领低保今年刚退出低保, 那会儿还没低保今年夏天
# 刚评上的): the benefit's own time opens a clause, not the child's birth year.
_ZH_AFTER_BENEFIT = (
    r"(?:(?<=低保)|(?<=特困)|(?<=失业金)|(?<=供养)|(?<=低保户)|(?<=特困户))(?:了|呢|的)?"
    r"(?=(?:今年|去年|前年|后来|这两年|这几年|最近|上个?月)(?:才|刚|又|就|开始|夏天|冬天|年底|年初|下半年|上半年|\d{1,2}月份?)?"
    r"(?:才|刚|又|就|开始)?(?:评|批|退|停|领|申请|办|下来|取消|没|不|脱|开始|断))"
    # 我现在就在领失业金这个还能多给点吗: the benefit told, then asked about
    r"|(?:(?<=低保)|(?<=特困)|(?<=失业金)|(?<=供养))(?:了|呢)?(?=(?:这个|那这个|那|这)(?:还能|还有|能|可以|是不是|有没有))"
    # 生老二时我交着职工医保带生育的今年下岗了: a state that began later, its own clause
    r"|(?<=[的了呢])(?=(?:今年|去年|前年|后来|这两年|最近|上个?月)(?:才|刚|又|就)?(?:下岗|失业|被裁|没了工作|辞职|评上|退出|领上|开始领|不领|停了))"
)

# A child and its own time or figure, run on after another's with no separator (老大大前年出生老二今年,
# 老大是前年的老二去年元旦那天, 大的一米四小的九十公分, 大儿子出生那年领失业金二闺女出生时候正常上班):
# the next child's own clause. Not 10月的老二还没上户口 (the month is that child's).
_ZH_KIN = r"(?:老大|老\d\u2060?(?:闺女|儿子|丫头|小子)?|大宝|\d宝|大的|小的|(?:大|小)(?:儿子|闺女|女儿|孙子|孙女|外孙女?))\u2060?"
_ZH_OWN_TIME = r"(?:\d|今年|去年|前年|大前年|上个?月|是(?:\d|今年|去年|前年|大前年))"
_ZH_RUN_ON_CHILD = (
    r"(?<=出生)(?=" + _ZH_KIN + _ZH_OWN_TIME + r")"
    r"|(?<=[年月份]的)(?=" + _ZH_KIN + _ZH_OWN_TIME + r")"
    r"|(?:(?<=米\d)|(?<=\d\d)(?<![年月号日]\d\d))(?="
    + _ZH_KIN
    + r"(?:\d|今年|去年|前年|才|刚|都|已经))"
    # 怀了双胞胎七个月了家里还有个大孙子五岁, 预产期五月下旬她家老大才三岁半: the child at home after
    # the pregnancy told, with its own age
    r"|(?<=[了月旬号日])(?<!生了)(?<!添了)(?<!怀了)(?<!有了)(?<!来了)"
    r"(?=(?:她家|他家|俺家|我家|家里|家里头)?(?:还有个?|还有1个|有个|有1个)?"
    + _ZH_KIN
    + r"(?:都|才|已经|刚|今年)?\d)"
    # 查出来是双胞胎大宝刚满三周岁, 第二胎老大四岁半: the eldest at home after the pregnancy told
    r"|(?:(?<=胎)|(?<=胎\u2060))(?=(?:老大|大宝|大的)\u2060?(?:都|才|已经|刚|今年)?满?\d)"
    # 生了个闺女大哥八岁二哥五岁: the elder brothers and sisters, each with an age
    r"|(?<=[\u4e00-\u9fff])(?<![的个是和跟有我俺她他大小老哥姐胎头上])"
    r"(?=(?:大|小|2|3|老2\u2060?)?(?:哥哥?|姐姐?)(?:都|才|已经|今年)?\d(?!个))"
    # 老大没有老二有, 第一胎没领第二胎双胞胎那回领了, 大的那个生的时候吃低保小的那对双胞胎…: one birth's
    # answer, then the next birth's
    r"|(?:"
    + "|".join(
        f"(?<={w})"
        for w in (
            *("没有", "没领", "没吃", "领了", "领着", "领过", "没了", "吃着", "在领"),
            *("吃低保", "领低保", "领特困", "领失业金", "失业金了", "低保了", "特困了"),
            *("\u2060有", "也有", "都有", "就有", "的有", "胎有", "有了"),
        )
    )
    + r")(?=(?:就|而|但|可|只有|只)?(?:老大|老\d|大的|小的|双胞胎|龙凤胎|三胞胎|第\d胎|头胎|这对"
    r"|(?:其他|别的|其余|剩下)的?(?:几|\d|孩子|娃|胎|回|次)|那?(?:前|前头|头)\d个|那对|上个?月|今年|去年|前年"
    r"|生(?:老|大的|小的|双|龙|三|第)))"
    # 外孙5个月北京户口, 孙子20天生孙子的时候…: the city's hukou or a birth's time after an age
    r"|(?:(?<=\d岁)|(?<=岁半)|(?<=岁多)|(?<=\d个月)|(?<=\d天))(?=(?:北京|济南)(?:户口|户籍)"
    r"|生(?:孙子|孙女|外孙女?|儿子|闺女|女儿|老大|老\d|大的|小的|双胞胎|龙凤胎|三胞胎)\u2060?的?"
    r"(?:时候|时|那会儿?|那阵子?|那年))"
    # 预产期明年3月份是老二老大今年刚满3岁: the baby due is 老二; the eldest and its age follow
    r"|(?<=是老\d\u2060)(?=(?:老大|大的|大宝)\u2060?(?:今年|去年|前年)?(?:都|才|已经|刚)?满?\d)"
    # 怀了双胞胎5个月了头胎: which birth this is, said after the pregnancy's months
    r"|(?:(?<=个月了)|(?<=周了))(?=头胎|头1胎|第\d胎|是头胎|是第\d胎|这是|怀的|怀上的|怀了)"
    r"|(?<=胎)(?=这是(?:头|第))"  # 怀的龙凤胎这是头胎: the twins, then which birth
    # 老大今年13下面一对双胞胎9岁: the younger (or elder) ones after an age, their own clause
    r"|(?<=[\d岁半多月天])(?=(?:下面|底下|下边|下头|后面|上面|上头)(?:还有)?(?:1对|一对|1个|一个|2个|俩|个)?"
    r"(?:双胞胎|龙凤胎|三胞胎|弟弟|妹妹|哥哥|姐姐|小的|儿子|闺女|孙子|孙女|外孙))"
    # 一个刚满三岁都是北京户口: the family's hukou after the last age
    r"|(?<=[岁半多天周])(?=(?:都|也|全|全家)(?:是|在)?(?:北京|济南|本地|外地|老家)?(?:户口|户籍))"
    # 俩娃一个八岁多一个刚满三岁: each "one" of the children counted, its age after it
    r"|(?:(?<=[岁多半天周])|(?<=\d娃)|(?<=\d个娃)|(?<=\d孩子)|(?<=\d个孩子))(?=1个(?:\d|刚|才|快|已经|都))"
    r"|(?:(?<=低保)|(?<=失业金)|(?<=特困)|(?<=供养)|(?<=上班))(?:了|呢|的)?"
    r"(?=" + _ZH_KIN + r"(?:出生|生)的?(?:时候|时|那会儿?|那阵子?|那年))"
)

# A child told after another's age, run on (俺孙子两岁半了俺孙女刚满月, 老大八岁了小的才三个月): the next
# child's own clause.
_ZH_NEXT_CHILD_AFTER_AGE = (
    r"(?:(?<=[岁月天周]了)|(?<=岁半了)|(?<=满月)|(?<=\d岁)|(?<=岁半)|(?<=岁多)|(?<=\d个月)|(?<=\d天)"
    r"|(?<=\d周))"
    r"(?=(?:俺|我|我家|俺家|咱家)?(?:孙子|孙女|外孙女?|儿子|闺女|女儿|小子|丫头|大的|小的|老大|老\d)"
    r"\u2060?(?:呢|啊)?(?:是)?(?:\d|刚|才|快|今年|去年|前年|都|已经|也))"  # 10岁了老三呢是今年刚生的
)


_EN_ORDINAL_WORDS = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")


# The next birth's benefit after one birth's, typed without a comma ("tekun at the first birth
# unemployment benefit when the second was born nothing for the third"); not after a clause that
# opens on the birth and names no benefit yet ("the 3rd birth dibao", clauses() keeps it whole).
_EN_BENEFIT_AFTER_A_BIRTH = (
    r"(?= )(?:(?<=\bborn)|(?<=\bbirth)|(?<=\bcame)) "
    r"(?=(?:dibao|tekun|unemployment|shiyejin|(?:nothing|none) (?:for|with|at))\b)"
)
_EN_BENEFIT_AFTER_A_BIRTH_AT = re.compile(_EN_BENEFIT_AFTER_A_BIRTH)
_EN_BENEFIT_NAMED = re.compile(r"\b(?:dibao|tekun|unemployment|shiyejin|benefits?|nothing|none)\b")
_NO_AT_THE_BIRTHS_THEN_NOW = re.compile(
    r"\b((?:neither|either|any) time|not (?:back )?then|none of them|neither of them)"
    # "were" is "we're" typed without its apostrophe, not "none of them were born …"
    r" (?=(?:we|i|im|i'm|we're|were(?! (?:\w+ )?born\b)|my|our|now)\b)"
)
# A time ago, a comma, then a birth told ("3 days ago, our second was born", 三天前，老二出生了).
_TIME_THEN_BIRTH = re.compile(
    r"(\b(?:\d{1,2}|a|one|two|three|four|five|six) (?:days?|weeks?|wks?) ago|(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:天|周|个?星期|个?礼拜)前)"
    r"\s*[,，\s]\s*(?=(?:our|my|the|her|his|their|老|二宝|大宝|孩子|宝宝)[^,.，。]{0,30}"
    r"(?:\bborn\b|\barrived\b|\bcame\b|popped out|出生|生了|生的))"
)
_BIRTHDAY_HELD = re.compile(
    r"(?:去年|前年|上个月)\s*过的\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:周)?岁生日"
)
_AGE_SAID = re.compile(r"(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:周)?岁")
# The multiples word run into the first of them named with a height (龙凤胎哥哥1米32妹妹1米28,
# 双胞胎姐姐1米1 妹妹1米05): a break, so the sibling word names one of the twins, no third child.
TWINS_THEN_SIBLING_HEIGHT = re.compile(
    r"(?<=胞胎|凤胎)(?=(?:哥哥|姐姐|弟弟|妹妹|大的|小的)\s*(?:是|有|才|都)?\s*(?:1米|1\.\d|\d{2,3}\s*(?:cm|公分|厘米)))"
)
# A clause in brackets at the end of one ("me no (shiyejin now), …") is a clause of its own; one
# inside a clause ("my laoer (2nd grandson) was born …") is not.


CLAUSE_BREAK = re.compile(
    r"[，。,;；!！?？\n、]+|\s*\((?=[^()]{1,40}\)\s*(?:[，。,;；!！?？]|$))|\)(?=\s*(?:[，。,;；!！?？]|$))|\.(?=\s|$)|(?<=[\u4e00-\u9fff\u2060]) (?=[^a-z\s])|(?<=[^a-z\s]) (?=[\u4e00-\u9fff])"
    # 头胎 2018.7 二胎 2021.3: a dotted date, then the next child named by its order
    r"|(?<=\d) (?=\d(?:胎|宝)\u2060?)"
    # 长子9岁 身高1.38m 次女5岁: a height in metres or centimetres ends its child's clause
    r"|(?:(?<=\dm)|(?<=\dcm)|(?<=\dkg)) (?=[\u4e00-\u9fff])"
    r"|(?<!number \d)\s+(?:and|but|plus)\s+(?!(?<=\d{4} and )\d{4}\b)(?!(?<=\d and )a half\b)"
    # "his mum n dad was on dibao at the time": the parents together, one subject
    # "eldest and youngest, no": two births named together, one answer
    r"(?!(?:(?<=\beldest and )|(?<=\boldest and )|(?<=\bfirst and )|(?<=\b1st and )"
    r"|(?<=\bsecond and )|(?<=\b2nd and )|(?<=\bmiddle and ))(?:the )?(?:second|third|2nd|3rd"
    r"|youngest|middle|last one|little one|baby)\b(?:\s*(?:one|kid|child))?\s*,?\s*(?:no|nope|nah|yes|yeah|yep|neither|not\b|[.;]|$))"
    r"(?!(?:(?<=\bmum and )|(?<=\bmom and )|(?<=\bma and )|(?<=\bdad and )|(?<=\bpa and )"
    r"|(?<=\bmother and )|(?<=\bfather and ))(?:mum|mom|ma|dad|pa|mother|father)\b"
    # "she and her husband each pay gongjijin": the couple asked for, one subject
    r"|(?:(?<=\bshe and )|(?<=\bhe and ))(?:her|his) (?:husband|hubby|wife|partner)\b)"
    r"|但是|而且|并且|然后"
    # "on dibao then the older two are 8 and 5": a time told, then the other children, unstopped
    r"|(?= )(?:(?<=\bthen)|(?<=\bthe time)) (?=(?:the|our|my) (?:(?:older|other|elder|big|first|2|3|two|three)"
    r" (?:2|3|two|three|ones?|kids?|children|older|boy|girl)|eldest|oldest)\b)"
    # "only the 2nd the 1st no", "for the 2nd first one no", "for the first not for the second",
    # "yes dibao second one nah": one child's answer ends where the next child's opens
    r"|(?= )(?:"
    + "|".join(rf"(?<=\b{w})" for w in (*_EN_ORDINAL_WORDS, "one", "dibao", "tekun", "shiyejin"))
    + r") (?=(?:not (?:for|with|at) (?:the|our|my) (?:first|second|third|1st|2nd|3rd|eldest|oldest"
    r"|youngest|baby|little|big|older|younger)\b|(?:the |our |my )?(?:first|second|third|1st|2nd"
    r"|3rd|eldest|oldest|youngest)(?: one)? (?:yes|no|nope|nah|not|neither)\b))"
    # "pregnant with our second our first is 2", "its our 2nd the first is 4": an ordinal ends
    # its noun phrase; a determiner after it opens the next child's clause
    r"|(?= )(?:"
    + "|".join(rf"(?<=\b{w})(?<!\bthe {w})" for w in _EN_ORDINAL_WORDS)
    + r") (?=(?:our|my|the|their|his|her) (?:first|second|third|1st|2nd|3rd|eldest|oldest|older"
    r"|big|little|son|daughter|boy|girl|baby|grandson|granddaughter)(?: one)? (?:is|was|'s|just"
    r"|turned|\d))"
    # "our 2nd in 22 now planning to buy", "twins 3 now renting": a figure, then now and its verb
    r"|(?= )(?<=\d) (?=now (?:planning|plan|want|wanting|looking|thinking|renting|living|saving|trying"
    r"|expecting|pregnant|we|i|on)\b)"
    # "tekun at the first birth unemployment benefit when the second was born nothing for the
    # third", "dibao when laoda was born tekun for the twins laosi nothing still on tekun now": one
    # birth's benefit, then the next birth's, typed without commas
    r"|"
    + _EN_BENEFIT_AFTER_A_BIRTH
    + r"|(?= )(?:(?<=\bfor the twins)|(?<=\bfor the triplets)) (?=(?:laoda|laoer|laosan|laosi|the (?:first"
    r"|second|third|fourth|eldest|youngest|baby))\b)"
    r"|(?= )(?<=\bnothing) (?=(?:still|now|currently)\b)"
    # "wife pregnant due next month already have one kid age 2": the children at home, after
    # what was said before them, with the subject left out
    r"|(?= )(?<=[a-z0-9])(?<!\bwe)(?<!\bi)(?<!\bthey)(?<!\bshe)(?<!\bhe)(?<!\byou)(?<!\bwho)(?<!\bit)"
    r"(?<!\band)(?<!\bbut)(?<!\bor)"
    r" (?=(?:already|also) (?:have|got|has)\b)"
    # "3 kids 9 6 and 1 we rent": the last age of a list, then a new subject
    r"|(?= )(?:(?<=\d and \d)|(?<=\d and \d\d)) (?=(?:we|i|we're|i'm|im|my|our)\b)"
    # English typed without punctuation: a new subject opens a new clause, as a comma would
    r"|"
    + _EN_NEW_PERSON
    + r"|"
    + _EN_NEW_CHILD
    + r"|"
    + _EN_CHILD_ANSWER
    + r"|"
    + _EN_AFTER_YES
    + r"|"
    + _EN_CHILD_AFTER_PREGNANCY
    + r"|"
    + _EN_NEXT_IN_A_LIST
    + r"|"
    + _EN_UNSTOPPED_BIRTHS
    + r"|"
    + _EN_SPOUSE_NEXT
    # Chinese run together with no separator: where the next child's time or now opens
    + r"|"
    + _ZH_NEW_CHILD
    + r"|"
    + _ZH_NOW_OPENS
    + r"|"
    + _ZH_BIRTH_TIME_OPENS
    + r"|"
    + _ZH_AFTER_HUKOU
    + r"|"
    + _ZH_AFTER_BENEFIT
    + r"|"
    + _ZH_AFTER_BIRTH_NAMED
    + r"|"
    + _ZH_TWINS_AFTER_AN_AGE
    + r"|"
    + _ZH_NEXT_CHILD_AFTER_AGE
    + r"|"
    + _ZH_BIRTH_AFTER_AN_AGE
    + r"|"
    + _ZH_RUN_ON_CHILD
)  # "the 2019 and 2021 births": two years named together, one clause; "a 2 and a half year old
# boy": one age, one clause


# A child and its birth date listed, typed short ("the first 2022.7", "our 2nd 2024.3.1"): a clause
# of its own before a new subject, not a time that opens the subject's clause.
_EN_CHILD_AND_DATE = re.compile(
    r"\s*(?:the|our|my|his|her) (?:first|second|third|1st|2nd|3rd|eldest|oldest|youngest|middle"
    r"|older|younger)(?: one| son| daughter| boy| girl| kid)? (?:born )?\d{4}[./]\d{1,2}(?:[./]\d{1,2})?"
)
# A birth named alone, perhaps with its yes or no, before a comma ("for the older one, yes,
# dibao"): the answer after the comma is that birth's, one clause.
_EN_BIRTH_WORD = (
    r"(?:the |our |my )?(?:older|elder|eldest|oldest|younger|youngest|first|second|third|1st|2nd"
    r"|3rd|middle|little|big)(?: one| son| daughter| boy| girl| kid| child| baby)?"
)
_EN_BIRTH_ALONE = re.compile(
    r"\s*(?:and |but |as for |for |with )?"
    + _EN_BIRTH_WORD
    + r"(?:\s*(?:and|&|or|n)\s+"
    + _EN_BIRTH_WORD
    + r")*(?P<answer>\s*,?\s*(?:yes|yeah|yep|ya|yup|no|nope|nah))?\s*"
)
# The benefit named alone after a birth's yes ("the older one, yes, dibao"): that birth's answer.
_EN_BENEFIT_ALONE_NEXT = re.compile(
    r"\s*(?:we were on |we had |on )?(?:dibao|tekun|shiyejin|unemployment(?: benefits?| insurance)?"
    r"|special hardship(?: support)?|welfare)\s*(?:[,.;!?]|$)"
)
# The answer after a birth named alone ("for the older one, yes", "eldest and youngest, no",
# "the 2nd one, we were on dibao"): not a fact of its own ("second child, jinan hukou").
_EN_ANSWER_NEXT = re.compile(
    r"\s*(?:yes|yeah|yep|ya|yup|no|nope|nah|not\b|none|neither|never|we (?:were|was|had|did|got"
    r"|weren't|didn't)|on (?:dibao|tekun|unemployment)|dibao|tekun|shiyejin|unemployment)\b"
)
# Another birth named after the comma ("the older one, yes, the younger one, no"): its own clause.
_EN_ANOTHER_BIRTH_NEXT = re.compile(
    r"\s*(?:and |but |as for |for |with |not for )?(?:the |our |my |her |his )?(?:older|elder|eldest"
    r"|oldest|younger|youngest|first|second|third|1st|2nd|3rd|middle|little|big|baby|others?|rest"
    r"|other \w+|laoda|laoer|laosan|laosi|twins|triplets)\b"
)
# The English breaks by a new subject, told apart (CLAUSE_BREAK has no groups: callers split on it).
_EN_PERSON_AT = re.compile(_EN_NEW_PERSON)
_EN_CHILD_AT = re.compile(_EN_NEW_CHILD)
_EN_UNSTOPPED_AT = re.compile(
    _EN_CHILD_AFTER_PREGNANCY + "|" + _EN_NEXT_IN_A_LIST + "|" + _EN_UNSTOPPED_BIRTHS
)


def clauses(text: str) -> list[tuple[int, str]]:
    """(start, clause) pieces of normalised text, cut at punctuation, at the spaces Chinese
    phone messages use as commas, and where a comma would stand in a message typed without one
    (an English clause opening on its own subject, a Chinese one on the next child's time)."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for m in CLAUSE_BREAK.finditer(text):
        person = m.group(0) == " " and _EN_PERSON_AT.match(text, m.start())
        if (
            (person or _EN_CHILD_AT.match(text, m.start()))
            and not _EN_UNSTOPPED_AT.match(text, m.start())
            and not _EN_YES_BEFORE.search(text, start, m.start() + 1)
            and (
                _EN_OPENS_ON_A_TIME.search(text, start, m.start())
                or (
                    _EN_TIME.search(text, start, m.start())
                    and not _EN_SUBJECT_OR_VERB.search(text, start, m.start())
                    and not _EN_CHILD_AND_DATE.fullmatch(text, start, m.start())
                )
                or (
                    person
                    and _EN_TELLS_A_BIRTH.search(text, start, m.start())
                    and not _EN_CHILD_AND_DATE.fullmatch(text, start, m.start())
                )
            )
        ):
            continue  # "when her first was born they were on dibao": one clause, as with no comma
        if _EN_BENEFIT_AFTER_A_BIRTH_AT.match(text, m.start()) and not _EN_BENEFIT_NAMED.search(
            text, start, m.start()
        ):
            continue  # "the 3rd birth dibao": the birth opens its own answer
        if (
            "," in m.group(0)
            and (alone := _EN_BIRTH_ALONE.fullmatch(text, start, m.start()))
            and (
                _EN_BENEFIT_ALONE_NEXT.match(text, m.end())
                if alone.group("answer")
                else _EN_ANSWER_NEXT.match(text, m.end())
                and not _EN_ANOTHER_BIRTH_NEXT.match(text, m.end())
            )
        ):
            continue  # "for the older one, yes, dibao": the birth named, then its answer
        if m.start() > start:
            pieces.append((start, text[start : m.start()]))
        start = m.end()
    if start < len(text):
        pieces.append((start, text[start:]))
    return [piece for s, c in pieces if c.strip() for piece in _next_birth_time(s, c)]


# A second birth's time after a clause that opened on one and told what held then ("when the
# eldest born we had dibao when the little one born already not"): the place a comma would stand.
_EN_NEXT_TIME = re.compile(
    r" (?=(?:when|while|at|for|with) (?:the|our|my|his|her|their) (?:first|second|third|1st|2nd"
    r"|3rd|eldest|oldest|older|younger|youngest|little|big|baby|twins|triplets|middle|other|son"
    r"|daughter|boy|girl|老大|老\d)\b)"
)
_EN_OPENS_ON_A_BIRTH = re.compile(r"\s*(?:when|while|at|for|with) (?:the|our|my|his|her|their) ")
# A birth told as a time inside the clause ("we were on 特困 when our daughter was born in 2019 …",
# "when the twins came we had 失业金 …"): the next child's time after it is its own clause.
_EN_TELLS_A_BIRTH_TIME = re.compile(r"\b(?:when|while)\b.{0,40}?\b(?:born|came|arrived)\b")


def _next_birth_time(start: int, clause: str) -> list[tuple[int, str]]:
    """The clause, cut before a second birth's time when it opened on one and has its own verb."""
    if not _EN_OPENS_ON_A_BIRTH.match(clause) and not _EN_TELLS_A_BIRTH_TIME.search(clause):
        return [(start, clause)]
    for m in _EN_NEXT_TIME.finditer(clause):
        head = clause[: m.start()]
        if _EN_SUBJECT_OR_VERB.search(head) and (
            re.search(r"\b(?:born|came|arrived|birth)\b", head)
            or re.match(r"\s*(?:for|with|at) ", head)  # "with the first we didn't have dibao …"
        ):
            return [(start, head), *_next_birth_time(start + m.end(), clause[m.end() :])]
    return [(start, clause)]
