"""Dates and ages as families write them, in normalised text (understanding/text.py), against
today's date in China.

Forms read: 2023年5月1日, 2023/5/1, 2023.5, 23.5.1, 24年9月, 16年, '19; 今天, 昨天, 前天, 上周五,
上个月, 这个月28号, 去年十月, 前年, 大前年, 今年国庆节; 十二月五号 (no year); 12 Dec 2016, May 2023,
last March, this past June, the fifth of December last year, yesterday, the year before last.
Ages: 3岁半, 两岁多, 刚满3岁, 快两岁, 一岁两个月, 8个月大, 刚满月, 半岁, 三周大, 出生一百天, 出生快两年了, "she's 5",
"two and a half", "a 3-month-old", "10 days old", "almost 1".

Conventions (tests/corpus/README.md): an age gives today minus the age at month precision,
approximate (N岁 = N years 6 months; 刚满N岁 N years; 快N岁 N years less a month); days and weeks
give a full date, approximate. A month with no year is the latest not after today for a birth and
the next not before today for a due date (`Mention.due`). Spoken English dates are handed to
dateparser, the library the project uses for English dates."""

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from lunardate import LunarDate

from policy_kb.dates import add_months

Precision = Literal["day", "month", "year"]
MentionKind = Literal["date", "age", "pregnancy"]

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
WEEKDAYS = {
    **{w: i for i, w in enumerate(["1", "2", "3", "4", "5", "6"])},
    "日": 6, "天": 6, "7": 6,
    **{w: i for i, w in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )},
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
# An English weekday, whole or short ("wed", "thurs").
_WD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b\.?"
)
RELATIVE_YEARS = {
    "大前年": -3, "前年": -2, "去年": -1, "今年": 0, "明年": 1, "后年": 2,
    "last": -1, "this": 0, "next": 1, "this past": 0,
}  # fmt: skip
ORDINAL_DAYS = {
    w: i
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
            "twenty-first",
            "twenty-second",
            "twenty-third",
            "twenty-fourth",
            "twenty-fifth",
            "twenty-sixth",
            "twenty-seventh",
            "twenty-eighth",
            "twenty-ninth",
            "thirtieth",
            "thirty-first",
        ],
        start=1,
    )
}
# "sept. 2": an abbreviation's dot; "due late september. 2 at home already" ends a sentence
_MON = (
    r"(?P<mon>"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\b(?:(?:(?<=\b[a-z]{3})|(?<=\b[a-z]{4}))\.)?"
)
_Y4 = r"(?P<y>(?:19|20)\d{2})"
_HAN = re.compile(r"[\u4e00-\u9fff]")
_D = r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_ORD = r"(?P<od>" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)).replace("-", "[- ]") + ")"
# A number of years that is a duration, not a year: 交了10年, 住了8年, for 6 years.
# Two ages in a row, the list going on: "16 14 and", "13, 10 and", "5 and 18".
_AGE_LIST = r"\d{1,2}(?:\s*,\s*|\s+and\s+|\s+)(?=\d)"
_DURATION_YEARS = re.compile(r"^\s*(?:了|多|左右|半)")


@dataclass(frozen=True)
class Mention:
    """A date or age in the text. `value` is a birth date (or, for kind "pregnancy", the due
    date) at `precision`; `floating`: a month or day said without a year."""

    start: int
    end: int
    value: date
    precision: Precision
    kind: MentionKind = "date"
    approx: bool = False
    floating: bool = False
    months: int | None = None  # an age or pregnancy in months, as said
    day_alone: bool = False  # a day of the month said without its month (26号)

    @property
    def iso(self) -> str:
        text = self.value.isoformat()
        return (
            text[:4]
            if self.precision == "year"
            else text[:7]
            if self.precision == "month"
            else text
        )

    def due(self, today: date) -> "Mention":
        """The same words read as a due date: a month without a year is the next one, a day
        without a month the next such day (26号 on the 9th is this month's, 5号 next month's)."""
        if self.day_alone:
            for step in (0, 1, 2):  # 31号 in a month of 30 days: the next month that has it
                first = add_months(today.replace(day=1), step)
                day = _safe(first.year, first.month, self.value.day)
                if day is not None and day >= today:
                    return replace(self, value=day)
            return self
        if self.floating and self.value < today.replace(day=1):
            return replace(self, value=self.value.replace(year=self.value.year + 1))
        return self


def _safe(year: int, month: int, day: int = 1) -> date | None:
    if year < 100:
        year += 2000 if year <= 60 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _latest(month: int, day: int, today: date) -> date | None:
    """The latest month/day not after today (a birth said without its year)."""
    found = _safe(today.year, month, day)
    if found is None:
        return _safe(today.year - 1, month, day)
    if found > today:
        return _safe(today.year - 1, month, day)
    return found


def _age(today: date, months: int) -> date:
    return add_months(today, -months).replace(day=1)


HOLIDAYS = {
    "国庆": (10, 1), "儿童节": (6, 1), "情人节": (2, 14), "平安夜": (12, 24), "圣诞": (12, 25),
    "妇女节": (3, 8), "教师节": (9, 10), "劳动节": (5, 1), "valentine": (2, 14),
    "halloween": (10, 31), "christmas eve": (12, 24), "new year's eve": (12, 31),
    "51": (5, 1), "101": (10, 1),
}  # fmt: skip

# 五一, 十一 as normalised (51, 101): May Day and National Day, a birth said on them (2019年五一生的)
_ZH_HOLIDAY = (
    r"国庆节?|儿童节|情人节|平安夜|圣诞节?|妇女节|教师节|劳动节"
    r"|(?<![\d.])(?:51|101)(?![\d.])(?=\s*(?:那天|当天)?\s*(?:生|出生))"
)
# Days counted from a holiday: 国庆节后一天 (+1), 国庆第二天 (+1), 圣诞节前两天 (-2).
_SHIFT = r"(?:的)?\s*(?:(?P<dir>前|后)\s*(?P<sn>\d{1,2})\s*天|第\s*(?P<sk>\d{1,2})\s*天)"


def _shifted(day: date | None, g: dict[str, str]) -> date | None:
    """A holiday's date moved by the days said after it."""
    if day is None:
        return None
    if "sn" in g:
        return day + timedelta(days=int(g["sn"]) * (-1 if g["dir"] == "前" else 1))
    if "sk" in g:
        return day + timedelta(days=max(int(g["sk"]) - 1, 0))
    return day


# (name, pattern): tried in this order; a match consumes its span.
# What a number must not be followed by to be read as a bare year: a unit, an age, a count.
_NOT_A_UNIT = (
    r"(?!\s*(?:岁|个|月|天|周|号|日|点|cm|m\b|m\d|米|kg|斤|元|块|yuan|rmb|%|years?|yrs?|months?|mos?\b"
    r"|weeks?|wks?|days?|kids?|children|st\b|nd\b|rd\b|th\b|[ap]m\b|of\b|o'clock))"
)
_BIRTHDAY_OF = r"(?:(?:her|his|their|the baby's|the kid's|my \w+'s|our \w+'s|[a-z]+'s) )?"
_ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "it's her 3rd birthday today", "yesterday was his second birthday", 今天是闺女3周岁生日,
    # 老大昨天刚满3岁: the birth that day N years before, to the day (never a 3rd child)
    (
        "birthday_on_day",
        re.compile(
            rf"(?P<d>today|yesterday)(?: is| was|'s)? {_BIRTHDAY_OF}"
            rf"(?P<y>\d{{1,2}}|{_ORDINAL_WORDS})(?:st|nd|rd|th)? birthday"
            rf"|{_BIRTHDAY_OF}(?P<y2>\d{{1,2}}|{_ORDINAL_WORDS})(?:st|nd|rd|th)? birthday"
            r"(?: is| was|'s)? (?P<d2>today|yesterday)"
            r"|(?P<zd>今天|今儿|昨天|昨儿)(?:是|过|刚好是|正好是)?[\u4e00-\u9fff]{0,3}?(?:的)?"
            r"(?:刚|正好|刚好)?(?:满|过)?(?P<zy>\d{1,2})(?:周)?岁(?:的)?生日"
        ),
    ),
    (
        "preg_months",
        re.compile(
            r"怀孕?了?\s*(?P<n>\d{1,2})\s*个多?月|(?P<n2>\d{1,2})\s*months?\s*pregnant"
            # 孕七个月, 孕期6个多月, 孕7月: the months of a pregnancy said with 孕 alone (not 备孕, 不孕)
            r"|(?<![备不避怀])孕期?\s*(?P<n3>\d{1,2})\s*(?:个多?月|月(?![份\d号日]))"
            # 查出来是双胞胎 七个月了: the months of the pregnancy an exam found (probe zh-9385)
            r"|(?:查出来|查出|b超|彩超)(?:是|怀的是|怀了)?(?:双胞胎|三胞胎|龙凤胎|双胎|2个|俩)\s*(?:都)?"
            r"(?P<n4>\d{1,2})\s*个多?月了"
        ),
    ),
    (
        "due_in",
        re.compile(
            r"due in (?P<n>\d{1,2}) (?P<unit>months?|weeks?)"
            r"|(?:还有|再过|还差)\s*(?P<n2>\d{1,2})\s*(?P<unit2>个多?月|周|个?星期|个?礼拜)\s*(?:就|才)?(?:要|该)?(?:生|出生|临产|到预产期)"
            r"|预产期还有\s*(?P<n3>\d{1,2})\s*(?P<unit3>个多?月|周|个?星期|个?礼拜)"
        ),
    ),
    (
        "preg_along",
        re.compile(
            r"(?P<n>\d{1,2})\s*(?P<unit>months?|weeks?) along"
            # "im 9 months lol", "I'm 30 weeks now": the writer's own months are a pregnancy's,
            # not an age (not "I'm 3 months postpartum", "i'm 2 months back at work")
            r"|\b(?:i'?m|i am)\s+(?:now |already |nearly |almost |about |just |over )?"
            r"(?P<n2>\d{1,2})\s*(?P<unit2>months?|weeks?|wks?|mths?)\b"
            r"(?!\s*(?:old|postpartum|post|pp|after|into|in\b|back|off|on\b|since|of\b|late"
            r"|behind|away|out|leave|maternity|clean|sober|sick|unemploy))"
        ),
    ),
    (
        "preg_weeks",
        re.compile(
            r"(?:怀孕|孕)\s*(?P<n>\d{1,2})\s*(?:周|星期)|(?P<n2>\d{1,2})\s*weeks?\s*pregnant"
        ),
    ),
    (
        "birthday_passed",
        re.compile(
            # not 早过三岁了, 都超过6岁了: long past an age, a bound
            # not 下个月过三岁生日: a birthday to come (turning)
            r"(?:刚)?(?<!超)(?<!早)(?<!早就)(?<!都)(?<!都已经)(?<!下个月)(?<!下个月就)(?<!下个月要)"
            r"(?<!下周)(?<!明天)(?<!后天)(?<!下礼拜)(?<!快)(?<!快要)(?<!马上)(?<!马上就)(?<!马上要)"
            r"过完?\s*(?P<y>\d{1,2})\s*(?:周)?岁(?:生日)?|(?:just )?had (?:his|her|their) (?P<y2>\d{1,2})(?:st|nd|rd|th) birthday"
        ),
    ),
    (
        "turned_rel_month",
        re.compile(
            r"(?:just )?turned (?P<y>\d{1,2}) (?P<rel>last|this) month"
            r"|(?P<zrel>上个?月|这个月|本月)(?:刚|才|就)?满\s*(?P<y2>\d{1,2})\s*(?:周)?岁"
        ),
    ),
    (
        "turned_lately",
        re.compile(
            r"(?:just )?turned (?P<y>\d{1,2})(?: (?:last|this) week| yesterday| today| on (?:mon|tues|wednes|thurs|fri|satur|sun)day| last (?:mon|tues|wednes|thurs|fri|satur|sun)day)"
        ),
    ),
    ("en_turned_in", re.compile(rf"turned (?P<y>\d{{1,2}}) (?:in|on|last) {_MON}")),
    # 大孙子去年十月满的三岁, 是去年10月过的3岁生日: the birthday of that month, the birth N years
    # before it (tester 70 c6 had a child born in October 2025)
    (
        "zh_turned_in",
        re.compile(
            r"(?P<rel>去年|今年|前年|明年)(?P<m>1[0-2]|[1-9])月(?:份)?(?:的时候)?(?:就|刚|才)?"
            r"(?:要|就要|该)?(?:满|过)(?:的|了)?(?P<y>\d{1,2})(?:周)?岁"
        ),
    ),
    # "my oldest is turning 12 in sept": the birthday ahead, the birth N years before it
    (
        "en_turning_in",
        re.compile(
            rf"(?:turning|turns|will turn|'ll turn) (?P<y>\d{{1,2}}) (?:in|on|this|next) {_MON}"
        ),
    ),
    (
        "en_rel_month_day",
        re.compile(
            r"(?P<rel>this|last|next) month,? on (?:the (?P<d>\d{1,2})(?:st|nd|rd|th)?\b"
            r"|(?P<h>christmas(?: day)?|christmas eve|new year'?s day))"
            r"|(?:on )?the (?P<d2>\d{1,2})(?:st|nd|rd|th)?,? (?:of )?(?P<rel2>this|last|next) month"
        ),
    ),
    (
        "en_turned_lately",  # "turned four last week": the birthday just passed, not a birth
        re.compile(
            r"(?:just )?turned (?P<y>\d{1,2}) (?:last week|this week|yesterday|today|recently"
            r"|the other day|a (?:few|couple of) (?:days|weeks) ago|(?:on|last) " + _WD + ")"
        ),
    ),
    (
        # A date of the Chinese lunar calendar: 去年腊月, 24年腊月初8, 正月15, 农历8月15, 冬月26,
        # 前年中秋节, 大年初1, 除夕 (the year is the lunar year the words name)
        "lunar",
        re.compile(
            r"(?:(?P<rel>(?<!老)大前年|前年|去年|今年|明年|后年)|(?<![\d.])(?P<y>(?:19|20)\d{2}|\d{2})\s*年)?"
            r"(?(rel)\s*(?:的)?|(?(y)\s*(?:的)?))\s*(?P<cal>农历|阴历|老历)?\s*"
            r"(?:(?P<lm>正|冬|腊)月|(?(cal)(?P<lmn>1[0-2]|0?[1-9])\s*月|(?!)))"
            r"(?:\s*(?:初\s*)?(?P<ld>30|[12]\d|0?[1-9])(?!\s*(?:岁|个|天|周|年|月|万|元|块|米|斤))\s*[日号]?)?"
            r"|(?:(?P<frel>(?<!老)大前年|前年|去年|今年|明年|后年)|(?<![\d.])(?P<fy>(?:19|20)\d{2}|\d{2})\s*年)?"
            r"\s*(?:的)?\s*(?P<fest>春节|大年初\s*(?P<fd>[1-9])|大年30|除夕|元宵节?|端午节?|七夕节?|中秋节?|重阳节?"
            r"|(?:chinese|lunar) new year(?:'s eve(?P<eve>))?|spring festival|lantern festival"
            r"|mid-?autumn(?: festival)?|dragon boat(?: festival)?)"
            r"(?:,?\s*(?:of\s*)?(?P<fy2>(?:19|20)\d{2})\b|\s+(?P<frel2>the year before last|last year|this year))?"
        ),
    ),
    (
        "holiday_en",
        re.compile(
            r"christmas(?: day|(?P<eve> eve))?(?:,? (?P<rel>last|this|next) year|,?\s*(?P<y>(?:19|20)\d{2}))?"
        ),
    ),
    (
        "dmy_slash",
        re.compile(
            r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/])"
        ),
    ),
    (
        "md_slash",
        re.compile(r"(?<![\d/.-])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d)"),
    ),
    (
        # "born 23/5 last year", "came 13/11": a day past 12 first, so the day, then the month
        "dm_slash",
        re.compile(
            r"(?<![\d/.-])(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])(?![\d/]|\.\d)"
            r"(?!\s*(?:kg|lbs?\b|%|斤|公斤))"
        ),
    ),
    (
        # "born on 5.1 this year", "10.1 last year", "arrived on 6.18": a month and day with a
        # dot, as Chinese write them (5.1 = May 1st), read only with a year said after it or
        # right after a birth said to fall on it
        "md_dotted",
        re.compile(
            r"(?<![\d/.-])(?P<m>0?[1-9]|1[0-2])\.(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/.])"
            r"(?:,?\s*(?P<rel>this|last|next) year\b)?"
        ),
    ),
    (
        "my_slash",
        # "05/2023", "born 3.2019, the second 11.2021": a month, then the year
        re.compile(r"(?<![\d/.])(?P<m>0?[1-9]|1[0-2])[/.](?P<y>(?:19|20)\d{2})(?![\d/]|\.\d)"),
    ),
    (
        "born_yy",
        re.compile(
            r"(?:\bborn (?:in '?|')|(?:"
            + "|".join(
                f"(?<=\\b{w} )"
                for w in [
                    "laoda",
                    "laoer",
                    "laosan",
                    "eldest",
                    "oldest",
                    "youngest",
                    "first",
                    "1st",
                    "second",
                    "2nd",
                    "third",
                    "3rd",
                    "fourth",
                    "4th",
                    "one",
                    "son",
                    "daughter",
                    "boy",
                    "girl",
                ]
            )
            + r")in '?)(?P<y>[0-2]\d)\b(?![./-]\d|\s*(?:days?|weeks?|months?|hours?|mins?|%|cm|kg|lbs?))"
        ),
    ),
    ("new_year", re.compile(r"new year'?s day,?\s*(?P<y>(?:19|20)\d{2})?")),
    (
        "turning",
        re.compile(
            r"(?:快|快要|马上就?要?)过\s*(?P<y4>\d{1,2})\s*(?:周)?岁生日|"  # 快过三岁生日了
            r"(?:下个月|next month)\s*(?:就|就要|要)?(?:满|过)?\s*(?P<y>\d{1,2})\s*(?:周)?岁|(?:下个月|next month)\s*(?:就|就要|要)?满(?P<y3>)周岁|(?:turns?|turning|will be|'ll be|\bis|\bare|\br|'s|'re) (?P<y2>\d{1,2}) (?:next (?:month|week)|this week|tomorrow|soon|in a few days)"
        ),
    ),
    (
        "slash_dmy",
        re.compile(
            r"(?<![\d./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<c>\d{2}|(?:19|20)\d{2})(?![\d/])"
        ),
    ),
    (
        "ymd",
        re.compile(
            # 23年4月一个 24年8月一个: a month, then one child counted (一个, 一胎), not the 1st
            # 二零二三年的一月二十号: 的 between the year and its month
            r"(?<![\d.])(?P<y>(?:19|20)?\d{2})\s*(?:年的?|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|[-/.])(?P<d>\d{1,2})(?!\s*(?:个|胎))\s*[日号]?(?!\d|\.\d)"
        ),
    ),
    (
        "ym",
        re.compile(
            # 大外孙 2019/10 外孙女 2022/10: a month written with a slash, dash or dot is a
            # month even with a child named after it
            r"(?<![\d.])(?P<y5>(?:19|20)\d{2})\s*[-/.]\s*(?P<m5>1[0-2]|0?[1-9])(?!\d|\.\d|\s*[月个岁])"
            r"(?=\s*(?:[宝胎孩娃]|丫头|闺女|儿子|女儿|小子|男孩|女孩|姑娘|孙|外孙|兄弟|姐妹|姐弟|兄妹))"
            # 二〇二五年 俩丫头: a count of children after the year, no month
            # "june 2023. 3rd child": a full stop and a space end the sentence, no month follows
            r"|(?<![\d.])(?P<y>(?:19|20)\d{2})(?:\s*(?:年|[-/])\s*|\s*\.)(?P<m>\d{1,2})\s*(?:月份?)?(?![a-z]|\d|\.\d|\s*(?:[宝胎个岁孩娃]|丫头|闺女|儿子|女儿|小子|男孩|女孩|姑娘|孙|外孙|兄弟|姐妹|姐弟|兄妹))"
            r"|(?<![\d.])(?P<y2>\d{2})\s*年\s*(?P<m2>\d{1,2})\s*月份?"
            r"|(?<![\d.])(?P<y3>(?:19|20)\d{2})\s*年的\s*(?P<m3>\d{1,2})\s*月份?"
            # 22.12, 15.6: a short year and month, read only after a child or before a birth
            r"|(?<![\d.])(?P<y4>[0-3]\d)\.(?P<m4>1[0-2]|0?[1-9])(?![\d.])"
            r"(?!\s*(?:米|m\b|cm|公分|kg|公斤|斤|万|元|块|岁|%|个|年|号|日))"
        ),
    ),
    (
        "rel_ymd",
        re.compile(
            # 今年五岁, 大的今年十二(了): an age said this year, not the year
            r"(?P<rel>(?<!老)大前年|前年|去年|今年(?!\s*\d{1,2}\s*(?:岁|个月|周岁)"
            r"|\s*(?:都|才|已经)?\s*\d{1,2}(?:\s*了|(?=[,，。;；]|\s|$|下面|底下|下边|下头|后面))(?!\s*(?:月|号|日)))"
            r"|明年|后年)\s*(?:(?P<m>\d{1,2})\s*月份?(?:(?P<d>\d{1,2})\s*(?:[日号]|(?=\s|$|生|出生|的|[,，。]|又|添了|来了|落地|降生|那天)))?|(?P<nd>"
            + _ZH_HOLIDAY
            + r")(?:"
            + _SHIFT
            + r")?)?"
        ),
    ),
    (
        "rel_month",
        re.compile(
            r"(?P<rel>(?:上上|(?<![老最])大上)个?月|上个?月|这个月|本月|下个?月)"
            # 这个月 26号, 就是这个月的二十六号: the day told after the month, set apart from it
            r"(?:\s*(?:的)?\s*(?P<d>\d{1,2})\s*[日号])?"
            # not "下个月能上托育了不": a time something can be done, no birth nor due date
            # nor "这个月还能不能领": the month a benefit is still paid in
            r"(?!\s*(?:\d{1,2}\s*月份?\s*的?\s*)?(?:就|才|再|还)?\s*(?:能|可以|要去|该|得去|去办|上托|上幼|入园|上学|办"
            r"|领|发|拿|有没有|给不给|停|到期|截止))"
        ),
    ),
    (
        "day_word",
        re.compile(
            r"(?<!old )(?<!weeks )(?<!months )(?<!days )(?<!wks )"  # "seven weeks today": an age
            r"(?<!ago )"  # "a year ago today": the anniversary, no birth today
            r"(?P<w>今天|今早|今儿|昨天|昨儿|大前天|前天|today|this morning|tonight|last night|yesterday|day before yesterday)"
            r"(?!\s*(?:就|刚|才|正好|刚好)?(?:满|整)?\s*(?:\d{1,3}\s*个?\s*(?:周岁|岁|个月|天|周|星期|礼拜)|月))"
            # "today's their bday", 今天是他们生日: a birthday, no birth today
            r"(?!(?:'s| is)\s+(?:their|his|her|my|our|the (?:kids'?|twins'?|triplets'?|baby's))\s+"
            r"(?:\d+(?:st|nd|rd|th)\s+)?(?:b-?day|birthday))"
            r"(?!\s*(?:是|正好是|刚好是)?(?:他们|他|她|孩子|娃|宝宝|俩孩子|双胞胎)?(?:的)?\s*(?:\d+\s*(?:岁|周岁))?\s*生日)"
        ),
    ),
    (
        "last_weekday",
        re.compile(
            r"(?P<two>上上|(?<![老最])大上|上)(?:个)?(?:周|星期|礼拜)(?P<wd>[1-7日天])|last (?P<wd2>"
            + _WD
            + r")"
            r"|(?:on )?(?:the )?(?P<wd3>"
            + _WD
            + r")(?:,? (?:of )?last week)|last week,? (?:on )?(?:the )?(?P<wd4>"
            + _WD
            + ")"
        ),
    ),
    ("en_weekday", re.compile(r"\b(?:on|this past|this) (?P<wd>" + _WD + ")")),
    (
        "holiday_fixed",
        re.compile(
            # not 21年2月14号情人节生的: the holiday naming the date just written, no other day
            r"(?<![号日]\s)(?<![号日])"
            r"(?:(?<![\d.])(?P<y>(?:19|20)\d{2}|\d{2}(?=\s*年))\s*年?\s*的?\s*)?"
            rf"(?P<h>{_ZH_HOLIDAY}|valentine'?s(?: day)?|halloween|christmas eve|new year's eve)(?:{_SHIFT})?"
            r"(?=\s*(?:那天|当天)?\s*(?:生|出生|剖|顺产|出世|的)|(?<=[a-z])\b)"
        ),
    ),
    (
        "day_only",
        re.compile(
            r"(?<![\d月.年/-])(?P<d>\d{1,2})\s*号(?=\s*(?:那天|当天)?\s*(?:生|出生|剖|顺产|出世|$|的))"
            # 是28号 我记岔了, 是28号 不是26号: the day put right, the slip owned after it
            r"|(?<![\d月.年/-])(?P<d3>\d{1,2})\s*号(?=[\s，,]*(?:我|俺)?(?:记岔|记错|说错|打错|写错|搞错|弄错|不是\s*\d))"
            r"|\b(?:on|born|came|arrived) the (?P<d2>\d{1,2})(?:st|nd|rd|th)\b(?! of)"
            # "on the 3rd birthday", "on the 2nd try": an ordinal of something else, no day
            r"(?!\s*(?:birthday|bday|b-day|month|week|year|time|try|child|kid|baby|one|pregnancy))"
        ),
    ),
    (
        "md",
        re.compile(
            # 还有一个4月份预产期: the due month of one more child counted (not 一个8月大的); 另一个
            # 4月份生, 还有一个4月份生的: the birth month of the other
            r"(?:(?<![\d.年个])|(?<=(?<![\d.])1个)(?=\d{1,2}\s*月份?\s*(?:的)?预产期)"
            r"|(?:(?<=另1个)|(?<=另外1个)|(?<=还有1个))(?=\d{1,2}\s*月份?\s*(?:的)?(?:出)?生))"
            # not "元旦都在医院过的" (1月1号 as normalised): a day spent somewhere, no birth
            r"(?!\d{1,2}\s*月份?\s*(?:\d{1,2}\s*[日号]?)?\s*(?:都|也|是|就)?\s*在[^，,。\s]{0,4}过)"
            r"(?P<m>\d{1,2})\s*月份?(?:(?P<d>\d{1,2})\s*(?:[日号]|(?=\s|$|生|出生|的|[,，。]|又|添了|来了|落地|降生|那天)))?(?P<tail>底|初|中旬|下旬|上旬)?"
        ),
    ),
    # "born two years ago in june", "in march 3 years ago", "the year before last in may": the
    # month of a year counted back from this one, not the latest june
    (
        "en_years_ago_month",
        re.compile(
            r"(?:(?P<n>\d{1,2}) (?:years?|yrs?) ago|(?P<two>the year before last)),? in "
            rf"(?:early |mid |late |the end of )?{_MON}"
        ),
    ),
    (
        "en_years_ago_month",
        re.compile(
            rf"\bin (?:early |mid |late )?{_MON},? "
            r"(?:(?P<n>\d{1,2}) (?:years?|yrs?) ago|(?P<two>the year before last))"
        ),
    ),
    (
        "en_this_month",
        # "on the 14th of the month before last": the day of the month two back
        re.compile(
            r"(?:on )?the (?P<d>\d{1,2})(?:st|nd|rd|th)? of (?:(?P<rel>this|last|next) month"
            r"|the month (?P<before>before last))"
        ),
    ),
    (
        "en_ydm",
        # not "1st 2016, 2nd jun 2023": the next child's order after a comma, then its month and year
        re.compile(
            rf"(?<!\d){_Y4}(?!,\s*(?:1st|2nd|3rd|4th)\s+[a-z]+\.?\s*(?:\d{{4}}|'\d{{2}}))"
            rf",?\s+(?:on\s+)?(?:{_D}|(?:the\s+)?{_ORD})\s+(?:of\s+)?{_MON}"
        ),
    ),
    (
        "en_ymd",  # "2024, december the 1st", "2023 march 5": the year, then the month and day
        re.compile(
            rf"(?<!\d){_Y4},?\s+{_MON},?\s+(?:the\s+)?(?:{_D}|{_ORD})\b"
            r"(?!\s*(?:years?|yrs?|months?|weeks?|days?|kids?|children|cm|kg|%))"
        ),
    ),
    ("en_ym", re.compile(rf"(?<!\d){_Y4}\s+{_MON}")),
    (
        "en_dmy",
        re.compile(
            # "our 2nd this august": a child's order before the month, no day of it; nor "the
            # second dec '25" (laoer, then the month of that child's birth)
            r"(?<!\bour )(?<!\bmy )(?<!\bhis )(?<!\bher )(?<!\btheir )"
            # "1st 2016, 2nd jun 2023, 3rd aug 2025": a child's order listed, then its month and year
            r"(?!(?:(?<=, )|(?<=,)|(?<=\band ))(?:1st|2nd|3rd|4th)\s+(?:"
            + "|".join(sorted(MONTHS, key=len, reverse=True))
            + r")\b\.?\s*(?:\d{4}|'\d{2}))"
            r"(?!(?:the\s+|(?<=\bthe ))(?:first|second|third|fourth)\s+(?:"
            + "|".join(sorted(MONTHS, key=len, reverse=True))
            + r")\b)"
            rf"(?:{_D}|(?:the\s+)?{_ORD})\s+(?:of\s+)?(?:(?P<mrel>this past|last|this)\s+)?{_MON}(?:,?\s*(?:{_Y4}|(?P<rel>last|this|next) year)"
            # "5th march 24", "3 nov '25": a two-digit year after the day and month
            r"|,?\s+'?(?P<yy>\d{2})\b(?![\d:/]|\.\d|\s*(?:years?|yrs?|months?|mos?\b|weeks?|wks?|days?|hours?|kids?|children|cm|kg|lbs?|%|and a half))"
            r")?"
        ),
    ),
    (
        "en_mdy",
        re.compile(
            rf"{_MON}\s+(?:the\s+)?(?:{_D}|{_ORD}(?!\s+(?:time|baby|child|kid|one|pregnancy|son|daughter|grandchild)))\b(?:,?\s*(?:{_Y4}|(?P<rel>last|this|next) year)"
            # "nov 3rd 25", "march 5th '24": a two-digit year after the month and day
            r"|,?\s+'?(?P<yy>\d{2})\b(?![\d:/]|\.\d|\s*(?:years?|yrs?|months?|mos?\b|weeks?|wks?|days?|hours?|kids?|children|cm|kg|lbs?|%|and a half))"
            r")?"
        ),
    ),  # "june the 3rd", not "due august first time mum"
    (
        "en_my",
        re.compile(
            rf"(?:(?P<rel>this past|last|this|next)\s+)?(?:early|mid|late|end of)?\s*{_MON}(?:,?\s*(?:of\s+)?{_Y4}|\s+(?P<rel2>last|this|next) year|\s*'(?P<yy>\d{{2}}))?"
        ),
    ),
    ("year_before_last", re.compile(r"the (?P<unit>year|month) before last")),
    ("rel_en", re.compile(r"(?P<rel>last|this|next) (?P<unit>year|month)")),
    (
        "y4",
        re.compile(
            # not a sum of money ("the nursery fee is 2000 a month", "rent 2000/mth", 房租2000一个月)
            r"(?<![\d.])(?<!¥)(?<!fee )(?<!fees )(?<!costs )(?<!cost )(?<!rent )(?<!pay )(?<!paid )"
            r"(?<!salary )(?<!income )(?<!charge )(?<!price )(?<!费)(?<!房租)(?<!工资)(?<!收入)"
            # 一个月2000多, 每月2000: a sum said after the month it is paid for; 2000多 is no year
            r"(?<!个月)(?<!每月)(?<!1月)(?<!月交)(?<!月付)"
            r"(?P<y>(?:19|20)\d{2})(?:\s*年)?(?![\d%]|\.\d|\s*(?:多|来|元|块|yuan|rmb|万|个|人|/|一个月|每月"
            r"|(?:a|per|each|every) (?:month|mth|mo|year|yr)\b)"
            # "2000 was the nursery fee", 2000是托育费: the number named as a sum after it
            r"|\s+(?:was|is|are|were)\s+(?:the\s+|our\s+|my\s+)?(?:[a-z]+\s+)?"
            r"(?:fees?|costs?|price|rent|salary|charges?|amount|money|bill)\b"
            r"|\s*(?:是|为)\s*\S{0,4}?(?:费|钱|房租|工资|收入))"
        ),
    ),
    (
        "y2",
        re.compile(
            # 上了十二年班, 干了二十年环卫, 打工18年: the years a verb lasted, no year (到了24年 is one)
            r"(?<![\d.])(?<![^到]了)(?<![^到]了\s)(?<![交缴住待呆干租领])"
            r"(?<!打工)(?<!工作)(?<!上班)(?<!干活)(?<!结婚)(?<!当兵)"
            r"(?P<y>\d{2})\s*年(?!\s*(?:了|多|左右|半|的?班|的?工))"
            r"|'(?P<y2>\d{2})\b"
        ),
    ),
    # "kids born 19 and 23": a bare two-digit number right after "born" is a year.
    ("y2_born", re.compile(r"(?<=\bborn )(?:in )?(?P<y>[0-2]\d)(?![\d:/%]|\.\d)" + _NOT_A_UNIT)),
    # Ages.
    (
        "en_age_ym",
        re.compile(
            r"(?P<y>\d{1,2}|\ba) (?:years?|yrs?) and (?P<m>1[01]|\d)(?!\d) months?(?: old)?"
        ),
    ),
    ("en_year_half", re.compile(r"\b(?:a|1) (?:year|yr) and a half\b(?! ago)(?: old)?")),
    (
        "en_yo_mo",
        re.compile(
            # not "5yo and 3 months" (two children, a 5-year-old and a baby of 3 months)
            r"(?P<y>\d{1,2})\s*(?:yo\s*,?\s*|(?:y|yrs?|years?)\s*,?\s*(?:and\s+)?)(?<!\d)"
            r"(?P<m>1[01]|0?\d)\s*(?:mo|mos|m|mths?|mnths?|months?)\b"
        ),
    ),
    (
        "age_ym",
        re.compile(
            r"(?P<y>\d{1,2})\s*(?:周)?岁\s*(?:零|又)?\s*(?P<m>\d{1,2})\s*个?月"
            # 小的3岁一个月房租1800, 11岁一个月光幼儿园就得3000: "a month" opens a sum, no age
            r"(?!光|就得|得花|要花|花|交|房租|学费|托费|费用|开销|生活费|工资|收入|\d{3,})"
        ),
    ),
    (
        "age_y",
        re.compile(
            # not 早过三岁了, 都超过6岁了: past an age, a bound (no age said)
            # not 二宝还没满3岁, 未满3岁: under an age, a bound (tester 58 c1's known birth moved)
            r"(?<![没未不])(?P<pre>刚满|刚|满|快|快要|将近|差不多)?\s*(?<![到至~～\-])(?<!超过)(?<!早过)(?<!都过)(?<!大于)"
            r"(?<!没满)(?<!未满)(?<!不满)(?<!没满\s)"
            r"(?P<y>\d{1,2})\s*(?:周)?岁(?P<half>半|多)?(?P<le>了)?"
            r"(?!\s*(?:以下|以上|以内|之内|之前|之下|前(?![面边头天年几阵些]|\d{1,2}\s*(?:天|个?月|年|周))|内|至|到|-|~|～|的时候|时候|时(?!间)|那年|那会"
            # 满3岁就停了, 3岁以后还给吗, 3岁起: an age something happens at, not the child's age
            r"))(?!就(?!这|那|是|一个|1个|俩|两|他|她)|以后|之后|后(?![面边头])|开始|起(?!来))"
        ),
    ),
    (
        "born_years",  # 出生快两年了, 生下来一年多了, 出生两年半了: years since the birth, an age
        re.compile(
            r"(?:出生|生下来|出世|落地)(?:到现在)?(?:都|已经|才|有|刚)?\s*(?P<pre>快要|快|将近|差不多|刚满|满)?"
            r"\s*(?P<y>\d{1,2})\s*(?:周)?年(?P<half>半|多)?(?=了|啦)"
        ),
    ),
    (
        "zh_ago",
        re.compile(
            r"(?<![\d.])(?P<n>\d{1,3})\s*(?:个)?\s*(?P<unit>天|周|星期|礼拜)\s*(?:之|以)?前"
            r"|(?P<half>半)\s*(?:年|岁)\s*(?:之|以)?前|(?<![\d.])(?P<y>\d{1,2})\s*年\s*(?:之|以)?前"
        ),
    ),
    ("half_year", re.compile(r"半岁")),
    (
        "half_year",
        # not "a 3 and a half year old": N years and a half
        re.compile(
            r"(?<=of |is |'s |re )half an? year(?: old)?|(?<!and a )half[- ](?:an?[- ])?year[- ]old"
        ),
    ),
    # 快满周岁, 快一周岁了: a year less a month (快N岁, README)
    ("almost_year", re.compile(r"(?:快要?|将近|马上(?:就)?(?:要)?)(?:满)?(?:1|一)?周岁")),
    ("whole_year", re.compile(r"(?<![\d岁快])(?:(?:刚满|满|刚|过了|刚过)周岁|周岁了)")),
    # not 满月酒 / 满月宴 (the party, held or still to come: 双胞胎满月酒还没摆呢)
    ("full_month", re.compile(r"(?:刚)?满月(?!酒|宴|礼|饭)")),
    # 满月酒刚办完, 刚摆了满月宴: the one-month party just held, so the child is a month old
    # (not 满月酒还没摆呢 or 下周办满月酒, a party still to come)
    (
        "full_month",
        re.compile(
            r"满月(?:酒|宴|饭)\s*(?:刚刚?|才|已经|都)?\s*(?:办|摆|吃|过)(?:完|了|过)"
            r"|(?:刚刚?|才)\s*(?:办|摆|吃|过)(?:完|了|过)?了?\s*满月(?:酒|宴|饭)"
        ),
    ),
    ("half_month", re.compile(r"(?<![\d.])(?:0\.5|半)\s*个\s*月(?:大)?")),
    (
        "age_m",
        re.compile(
            # 躺了三个月, 领了八个月: a verb's time, not an age (满了三个月 and 生了俩月 are ages);
            # 还差一个月 (满三岁): the time still to go, not an age
            # 有600一个月, 多少钱一个月, 几百块一个月: an amount said before it, a month's pay
            # 再过俩月 (就超了): a time to come, not an age
            r"(?P<pre>刚满|刚)?\s*(?<![\d.每前后差])(?<!\d\d\s)(?<![钱块元百千万])(?<!再过)(?<!再等)"
            r"(?<!说的)(?<!问的)(?<!指的)"  # 我刚才说的一个月是问每个月抵多少: a word quoted
            r"(?<!领过)(?<!吃过)(?<!交过)(?<!拿过)(?<!休过)"  # 领过仨月: how long it was drawn
            r"(?:(?<=满了)|(?<=生了)|(?<=有了)|(?<=到了)|(?<!了))"
            r"(?P<n>\d{1,2})\s*个(?:多|来|半)?月(?P<big>大(?!概|约|致|部分))?"
            r"(?!光|得花|要花|花销|花费|开支|房租|学费|托费|费用|开销|生活费|工资|收入)"  # 一个月房租1800: a month's sum
            # 跟老大1个月过生日: the same month, no age (not 娃五个月 生的时候…, the birth's time next)
            r"(?!\s*(?:的)?(?:过生日|生日|(?:生的|出生)(?!的?\s*(?:时候|时|那会|那阵|那年))))"
            r"(?!\s*(?:\d{3,}|\d+\s*(?:元|块|千|万)"
            r"|以下|以上|以内|之内|内|就|的时候|时候|时(?!间)|开始|起|以后|之后|后(?![面边头])"
            r"|(?:总共|一共|共|合计|加起来|总计|大概|大约|最多|到底|都|一起)?\s*多少)"
            # 七个月能领, 一个月 能领: an amount a month; 老三七个月 能领三孩补贴不: after a space, a
            # clause of its own, so an age of more than one month stays an age
            r"|(?:(?<=(?<!\d)1个月)\s+)?(?:(?:总共|一共|共|合计|加起来|总计|大概|大约|最多|到底|都|一起)\s*)?[能可给发领补拿抵扣减]"
            r"|(?<=(?<!\d)1个月)\s*是(?:问|说|指)"
            # 老三一个月是600还是800, 一个月就是800吧: the money a month, put as a figure
            r"|(?<=(?<!\d)1个月)\s*(?:就|才|只|应该|该|到底|还)?是\s*(?:\d{3,}|多少))"
            r"(?!(?:每个?|1个)(?:孩子|小孩|娃|宝宝?|孩|人))"
            # 一个月多少钱, 一个月能领, 一个月总共能拿多少, 一个月每个孩子给多少: an amount a
            # month, no age
        ),
    ),
    (
        "age_days",
        re.compile(
            r"(?:(?P<born>(?:出生了?|刚出生|生了|生下来了?|落地|出世)\s*(?:到现在|到今天)?\s*(?:才|已经|刚|刚刚|有|满|整整?|正好|刚好)*)\s*"
            r"|(?P<kid>(?<=孩子)|(?<=宝宝)|(?<=娃)|(?<=儿子)|(?<=女儿)|(?<=闺女)|(?<=孙子)|(?<=孙女)|(?<=\d\u2060)"
            r"|(?<=小的)|(?<=老小)|(?<=老幺)|(?<=小宝)|(?<=宝\u2060)|(?<=妹妹)|(?<=弟弟)|(?<=外孙)|(?<=小子)|(?<=丫头)"
            r"|(?<=\d胎\u2060)(?<!怀\d胎\u2060)(?<!孕\d胎\u2060)"  # 二胎刚3周: the 2nd baby's age, not 怀二胎3周
            # 生了对龙凤胎 20天了: the twins' age in days (双胎 二十八周了 is a pregnancy's weeks)
            r"|(?:(?<=胞胎)|(?<=凤胎)|(?<=胞胎\s)|(?<=凤胎\s))(?<!怀[了的着上]..胎)(?<!怀..胎)(?<!怀[了的着上]..胎\s)(?<!怀..胎\s)"
            r"(?=\s*(?:才|刚|已经|有|满|整整?|正好|刚好)*\d{1,3}\s*(?:来|多)?\s*个?\s*(?:多)?\s*天)"
            r"|(?<=今天\s)|(?<=今天)|(?<=今儿)"
            r"|(?<=刚生的)|(?<=刚生的\s)|(?<=刚出生的)|(?<=刚出生的\s))"  # 刚生的 三周: the newborn's age
            r"\s*(?:才|刚|已经|有|满|整整?|正好|刚好)*|(?P<full>满|整整?)\s*"
            # 今年生的老二 才二十天: a clause that opens on 才 / 刚 and the days is the child's age
            r"|(?P<only>(?:^|(?<=\s)|(?<=[,，。]))(?:才|刚刚?)(?:满)?\s*))?"
            r"(?<![\d.差])(?P<n>\d{1,3})\s*(?:来|多)?\s*个?\s*(?:多)?\s*(?P<unit>天|周(?!\s*岁)|星期|礼拜)(?P<big>大)?"
        ),
    ),
    (
        "en_age_m",
        re.compile(
            r"(?<!for )(?<!for about )(?<!for over )(?<!for the last )(?<!for the past )(?<!\bat )(?<!since )(?<!\d)"
            r"(?P<n>\d{1,2})\s*[- ]?\s*(?:months?|mos?)\b(?:[- ]old)?"  # not "1 more"
        ),
    ),
    ("en_age_w", re.compile(r"(?P<n>\d{1,3})\s*[- ]?\s*(?P<unit>weeks?|wks?|days?)[- ]old")),
    (
        "en_age_w",
        re.compile(
            # not "it's 20 days each", "that's 10 days", "leave is 15 days": no child's age
            r"(?<!\bit)(?<!\bthat)(?<!\bthere)(?<!\bleave )(?<!\bleave)"
            r"(?:\bis|'s|\bare)\s+(?:(?:actually|really|only|just|now|already|exactly)\s+)*"
            r"(?P<n>\d{1,3})\s*(?P<unit>weeks?|wks?|days?)\b(?! ago| pregnant| each| a year| per)"
            # "100 days today", "6 weeks tomorrow": the age the child reaches that day
            r"|(?:^|(?<=[\s,.!]))(?P<n2>\d{1,3})\s*(?P<unit2>weeks?|wks?|days?)(?: old)? (?:today|tomorrow)\b"
            # "hit 100 days today with our little guy", "turned 6 weeks yesterday": reached
            r"|\b(?:hit|hits|reached|reaches|turned|turns|made it to) (?P<n3>\d{1,3})\s*"
            r"(?P<unit3>weeks?|wks?|days?)\b(?! ago| pregnant| of leave| leave)"
        ),
    ),
    (
        "en_age_w",
        re.compile(
            r"(?:(?<=baby )|(?<=babies )|(?<=newborn )|(?<=twins )|(?<=son )|(?<=daughter )|(?<=girl )"
            r"|(?<=boy )|(?<=grandson )|(?<=granddaughter )|(?<=little one )|(?<=she )|(?<=he ))"
            r"(?:is |are |just |only )*(?P<n>\d{1,3})\s*(?P<unit>weeks?|wks?|days?)\b"
            r"(?:\s+(?:old\s+)?(?:today|now|already)\b|(?!\s*(?:ago|pregnant|early|late|overdue|before|after|in\b|of\b|old\b|premature|prem\b)))"
        ),
    ),  # "baby 100 days today!", "baby 6 weeks now": an age said with the day it is reached
    (
        "en_age_w",
        re.compile(
            r"(?:(?<=baby )|(?<=babies )|(?<=newborn )|(?<=twins )|(?<=son )|(?<=daughter )|(?<=girl )"
            r"|(?<=boy )|(?<=girls )|(?<=boys )|(?<=grandson )|(?<=granddaughter )|(?<=little one )"
            r"|(?<=sister )|(?<=brother )|(?<=sis )|(?<=bro )|(?<=youngest )|(?<=little one )"
            r"|(?<=baby's )|(?<=babys )"
            # "sanbao 20 days, erbao 2": the age right after a child named by its order
            r"|(?<=eldest )|(?<=oldest )|(?<=second )|(?<=third )|(?<=fourth )|(?<=2nd )|(?<=3rd )"
            r"|(?<=4th )|(?<=middle )|(?<=newest )"
            # "2 - twins, 9 wks": the age said right after the multiple birth it is of
            r"|(?<=twins, )|(?<=triplets, )|(?<=twins - )|(?<=triplets - )"
            # "a newborn (3 weeks)", "just the baby, 3 wks": the age said beside the child named
            r"|(?<=newborn \()|(?<=newborn, )|(?<=newborn - )|(?<=baby \()|(?<=baby, )|(?<=baby - )"
            r"|(?<=newborn of )|(?<=baby of )"  # "and a newborn of 12 days"
            r"|(?<=girl of )|(?<=boy of )|(?<=son of )|(?<=daughter of )|(?<=one of ))"
            r"(?:is |are |just |only |now |about |around )*(?P<n>\d{1,3})\s*(?P<unit>weeks?|wks?|days?)"
            r"(?=\s*(?:$|[,.;!)]|and\b|&|\bbtw\b))"
        ),
    ),  # "baby sister only 6 weeks", "twin girls 5 weeks": a child's age in weeks, no "old"
    (
        "en_of_age",
        re.compile(
            r"(?:boy|girl|son|daughter|kid|child|baby|one|twin|triplet|lad|lass)s? of (?P<y>\d{1,2})(?P<unit> months?| years?)?(?!\d|\.\d)(?!\s*(?:weeks?|wks?|days?)\b)"
        ),
    ),
    (
        "week_before_last",
        re.compile(r"上上(?:个)?(?:周|星期|礼拜)(?![1-7日天])|the week before last"),
    ),
    ("last_week", re.compile(r"last week|上周(?![1-7日天])|上个?(?:星期|礼拜)(?![1-7日天])")),
    # "a year ago today", "2 weeks ago today": the anniversary is today, no birth today
    ("en_ago", re.compile(r"(?P<n>\d{1,3}) (?P<unit>days?|weeks?|months?|years?) ago(?: today)?")),
    (
        "en_year_half_ago",
        re.compile(r"\ba year and a half ago|(?P<n>\d{1,2}) and a half years ago"),
    ),
    # "a 4 and a half yr old", "3 and a half year-old twins": the "year old" is part of the age
    (
        "en_half",
        re.compile(
            r"(?<![\d.])(?P<y>\d{1,2}) and a half\b"
            r"(?:[- ](?:years?|yrs?)[- ]old\b|\s?(?:yo|y/o)\b)?"
        ),
    ),
    (
        "en_half",  # "two and a bit", "she's 3ish": N years and some months, as N岁多
        re.compile(
            r"(?<![\w.])(?P<y>\d{1,2}) and a (?:bit|little)\b(?! (?:months?|weeks?|days?|years?|brother|sister|bro|sis|boy|girl|one|baby|kid|son|daughter)\b)"
            r"|(?:\b(?:is|are|aged)|'s|'re) (?:a (?:bit|little) over |just over )?(?P<y2>\d{1,2})"
            r"(?:\s?-?ish\b|\+(?!\w))"
            r"|(?:\b(?:is|are|aged)|'s|'re) (?:a (?:bit|little) over|just over) (?P<y3>\d{1,2})\b"
            r"(?![\d.]|\s*(?:cm|m\b|met(?:er|re)s?\b|months?|weeks?|days?|kg|%))"  # "just over 1 metre"
        ),
    ),
    (
        "age_bare",
        re.compile(
            r"(?:(?<=孙子)|(?<=孙女)|(?<=老大)|(?<=大宝)|(?<=儿子)|(?<=女儿)|(?<=闺女)|(?<=孩子)|(?<=大的)|(?<=小的)|(?<=\d\u2060)"
            r"|(?<=哥哥)|(?<=姐姐)|(?<=弟弟)|(?<=妹妹)|(?<=外孙)|(?<=小子)|(?<=丫头)|(?<=妮儿)|(?<=妞)"
            r"|(?<=双胞胎)|(?<=龙凤胎)|(?<=胞胎)"  # 老大老二是双胞胎十二了
            # 大的读高一十五了, 上初中十三了: the school year, then the age
            r"|(?<=[读上念]高[一二三])|(?<=[读上念]初[一二三])|(?<=[读上念]高中)|(?<=[读上念]初中)"
            r"|(?<=年级))"
            r"\s*(?:今年)?\s*(?:都|才|已经)?\s*(?P<y>\d{1,2})\s*了"  # 大外孙女都十一了, 大妮儿今年十二了
            r"|(?:(?<=老大)|(?<=大的)|(?<=小的)|(?<=老小)|(?<=大宝)|(?<=小宝)|(?<=\d\u2060)|(?<=宝\u2060)"
            # 大孙子十四 二孙子十岁: a grandchild or child named by its order (not 外孙俩, a count)
            r"|(?<=[大小\u2060]孙子)|(?<=[大小\u2060]孙女)|(?<=[大小\u2060]外孙)"
            r"|(?<=[大小\u2060]儿子)|(?<=[大小\u2060]女儿)|(?<=[大小\u2060]闺女)|(?<=[大小\u2060]丫头)"
            r"|(?<=\u2060小子)"  # 老二小子11: the second, a boy, 11
            r"|(?<=[大小]妞)|(?<=[大小]妮)|(?<=[大小]妮儿)"  # 大闺女十二, 大妞十二 小妞才八个月
            r"|(?<=(?<![\d.])1个)|(?<=(?<![\d.])1个 ))"  # 一个11一个四岁: one of them 11
            r"\s*(?:今年)?\s*(?:才|都|已经)?\s*(?P<y2>1[0-7]|[1-9])(?=[\s,，。;；]|$"  # 大的今年十二
            # 老大十一老二八岁, 一个十一一个四岁 typed with no separator: the next child opens
            r"|老[\d大小]|[大小]的|1个|[大小二三](?:孙|儿子|闺女|女儿)|[大小\d]宝|二的|最小的"
            r"|(?:下面|底下|下边|下头|后面)(?:还有)?(?:1对|一对|1个|一个|2个|俩|个)?"
            r"(?:双胞胎|龙凤胎|三胞胎|弟弟|妹妹|小的|儿子|闺女|孙子|孙女|外孙))"
        ),
    ),
    (
        "en_age_after_order",
        re.compile(
            r"\b(?:(?:eldest|oldest|youngest|first|second|third|fourth|1st|2nd|3rd|4th)(?: (?:son|daughter|boy|girl|one|child|kid|lad|lass))?"
            # "eldest 13, middle 9": the middle child by the bare word, its age after it
            r"|(?:(?<=^)|(?<=, )|(?<=,)|(?<=\d )|(?<=and )|(?<=the )|(?<=our )|(?<=my ))middle(?= (?:is |'s |- |: )?\d{1,2}\b)"
            r"|older (?:one|boy|girl|son|daughter|lad|lass)"
            # "bigger one 6 smaller 2", "older one 6 younger 2": the comparative alone, an age after
            # (not "not the older 2": the two elder ones)
            r"|(?:(?<=^)|(?<=, )|(?<=,)|(?<=\d )|(?<=and )|(?<=our )|(?<=my ))"
            r"(?:bigger|smaller|younger|older)(?: one| 1)?(?= (?:is |'s |- |: )?\d{1,2}\b)"
            r"|younger (?:one|boy|girl|son|daughter|lad|lass)|big one|little one|small one|middle (?:one|kid|child|son|daughter|boy|girl)|twins|triplets|twin (?:girls|boys|sisters|brothers|sons|daughters)|kids|children|kiddos|pair"
            r"|(?:big|little|older|younger|baby) (?:sis|sisters?|brothers?|bros?)"
            r"|(?:their|his|her) (?:sis|sister|brother|bro)\b"  # "twin boys 2 and their sister 7"
            # "twins 2 weeks old, brother 3, sister 6": a sibling word opening a listed part
            r"|(?:(?<=^)|(?<=, )|(?<=and )|(?<=plus ))(?:sister|brother|sis|bro)(?= \d)"
            # "girl 8 boy 5": the next child of a list typed without commas, not "2 boy 5"
            r"|(?:(?<!\d )|(?<=[a-z] \d )|(?<=[a-z] \d\d ))"
            r"(?:son|daughter|boy|girl|grandson|granddaughter|lad|lass)(?= \d| of \d)"
            r"|(?<=\b1 )(?:son|daughter|boy|girl|kid|child)(?= \d{1,2}\b(?! ?(?:boys?|girls?|sons?|daughters?|kids?)\b))"
            # "the eldest is 8 and then twins, 5": the multiple birth, a comma, its age alone
            r"|(?:twins|triplets),(?=\s*\d{1,2}(?:\s*(?:years?|yrs?)(?: old)?)?\s*(?:$|[.;!?]))"
            # "3 kids, 16 14 and 2 months", "the others 13, 10 and 6": the children, then their ages
            r"|(?:kids|children|kiddos|daughters|sons|boys|girls|grandkids|grandchildren|others|ages"
            # "the baby is 5, the big ones 12 and 10": the elder children, then their ages
            r"|(?:(?<=older )|(?<=elder )|(?<=big )|(?<=bigger )|(?<=oldest )|(?<=eldest ))ones),?"
            rf"(?=\s*{_AGE_LIST})"
            # "mom of 3 here!! 9, 6 and 11 weeks": a sentence that is a list of ages
            rf"|(?<=[.!?:] )(?=\s*(?:{_AGE_LIST})+\d{{1,2}}(?:\s*(?:months?|mos|weeks?|wks?))?\s*(?:[.!?]|$"
            # "4. 13, 10, 6 and a newborn of 12 days": the list closed by the baby, its age after it
            r"|,?\s*and (?:a |an |the )?(?:newborn|baby) of \d))"
            # "2 from my first marriage (14 and 11)": the ages listed alone in brackets
            rf"|(?<=\()(?=(?:{_AGE_LIST})+\d{{1,2}}\s*\)))"
            r"\s*(?:is|'s|are|:|-|who'?s|like|about|around|maybe"
            # "a big brother of 7", "a girl of 6": the child, then "of" its age
            r"|(?:(?<=sister)|(?<=brother)|(?<=\bsis)|(?<=\bbro)|(?<=son)|(?<=daughter)|(?<=boy)"
            r"|(?<=girl)) of)?\s*(?P<y>\d{1,2})"
            r"(?:(?P<yrs>\s*(?:years?|yrs?))(?:[- ]old)?(?!\s+(?:ago|later|apart|before|after|earlier"
            r"|older|younger|back|of|in|from|since|between|and \d{1,2}\s*(?:months?|mos?|m)\b)\b))?\b"  # "grandson 9 years", "twins 8 yrs"
            r"(?![.,]\d|\s*(?:cm|m\b|met(?:er|re)s?\b|kg|%|months?|mos?\b|weeks?|wks?|days?|years?|yrs?|yo\b|st\b|nd\b|rd\b|th\b|of\b|kids|children))"
            r"(?!\s+(?:are|were|aren't|weren't|ones)\b)"  # "the first 2 were born": a count of them
        ),
    ),
    (
        "en_age_yo",
        re.compile(r"(?P<y>\d{1,2})(?:[- ]years?[- ]old|\s?(?:yo|y/o|yr old|yrs old)\b)"),
    ),
    # An age said alone after the child it is of: "the boy is the eldest, 6 yrs, ...".
    (
        "en_age_clause",
        re.compile(
            r"(?:^|(?<=, )|(?<=\()|(?<=\( )|(?<=\bkids )|(?<=\bchildren )"
            # "Elder child 3y", "older son 5 yrs": the age right after the child named
            r"|(?<=\bchild )|(?<=\bkid )|(?<=\bson )|(?<=\bdaughter )|(?<=\bboy )|(?<=\bgirl ))"
            r"(?P<y>\d{1,2})\s?(?:yrs?|years?)(?:[- ]old)?(?=\s*(?:[,.;!)]|$|and\b))"
        ),
    ),
    (
        "en_age_after_height",  # "the first is 1.1m tall and 4 yrs": an age joined to a height
        re.compile(
            r"(?:\d\s?(?:cm|m|metres?|meters?)|\btall)\s*,?\s*and\s+(?P<y>\d{1,2})"
            r"(?:\s*(?:years?|yrs?)(?:[- ]old)?)?(?![\d.]|\s*(?:cm|m\b|kg|%|months?|mos?\b|weeks?|days?|kids?|children))"
        ),
    ),
    ("en_birthday", re.compile(r"(?:his|her|their) first birthday")),
    (
        "en_age_y",
        re.compile(
            r"(?:(?:(?<!\bit)(?<!\bthat)(?<!\bthere)\b(?:is|'s|are|aged|age|(?P<turned>just turned|turned))|(?<=\bshe)s|(?<=\bhe)s|(?<=\bthey)'re)\s+(?:(?:actually|really|only)\s+)?(?P<pre>just turned|almost|nearly|about|around|just)?\s*)"
            r"(?P<y>\d{1,2})(?P<half> and a half)?(?:\s*(?:years?|yrs?)(?:[- ]old)?)?(?!\d|\.\d|\s*(?:cm|m\b|m\d|meters?|metres?|months?|weeks?|days?|%|kids?|children|babies|of us|people|times|foot|feet|ft\b|inch"
            # "ours are 2 boys", "they're 2 twin girls": the children counted, no age
            r"|(?:twin |little |small )?(?:boys|girls|sons|daughters|grandsons|granddaughters|grandkids|lads|little ones)\b))"
            # "my son is 2, just turned", "she's 3 - turned it recently": the birthday just past
            r"(?P<after>\s*[,-]?\s*(?:just turned|turned (?:it )?(?:just now|recently))\b)?"
        ),
    ),
]
PATTERNS.append(
    (
        "en_almost",
        re.compile(
            r"\b(?:almost|nearly|going on)\s+(?P<y>\d{1,2})(?![\d.,]\d)(?:\s*(?:years? old|yo\b|yrs? old))?"
            r"(?!\s*(?:%|cm|m\b|m\d|米|met(?:er|re)s?\b|kg|years?|yrs?|months?|mos?\b|weeks?|days?|hours?|kids?|children|times|of\b|people|yuan|k\b))"
        ),
    )
)  # not "almost 1m15", a height
PATTERNS.append(
    (
        "en_only",  # "a lil girl. only 4 but 1m2 already": an age said as small, no verb
        re.compile(
            r"(?<!have )(?<!had )(?<!got )(?<!with )(?<!for )\bonly (?P<y>\d{1,2})"
            r"(?=\s*(?:years? old|yrs? old|yo\b|,?\s*but\b(?! (?:they|them|both|we)\b)|,?\s*and already\b))"
        ),
    )
)
# Not a benefit named after the newborn: "when does the newborn money get paid".
NEWBORN_BENEFIT = (
    r"(?!(?:s'|s|'s)?\s+(?:money|subsidy|subsidies|benefits?|allowance|bonus|payments?|grants?|cash|pay"
    r"|package|policy|policies|support|funds?"
    # "is the newborn's insurance free?": the newborn's medical insurance (Jinan clause 15)
    r"|(?:(?:medical|health|resident|basic|city) ){0,3}insurance|coverage|enrol\w*)\b)"
)
PATTERNS.append(
    (
        "just_born",
        re.compile(
            # not 孩子刚出生那阵还没领: the time just after a birth, told for a benefit then; not
            # "a newborn of 12 days", its age told after it
            r"(?:刚出生|刚生下来|刚生(?!下来))"
            r"(?!\s*的?\s*(?:那阵|那会|那时|那段|那几|那年|那天|的时候|时候|时(?!间)))"
            # not "older one wasnt, the newborn was": the youngest named, answering (en-9462)
            r"|just born|(?:(?<!\bthe )(?:newborn|new born)|(?<=\bthe )(?:newborn|new born)"
            r"(?!\s+(?:was|wasn'?t|were|weren'?t|yes|no|did|didn'?t|had|too|also)\b))(?! of \d)"
            + NEWBORN_BENEFIT
            # "a newborn girl born last tuesday": the birth's own date dates her, not "newborn"
            + r"(?!\s+(?:(?:baby\s+)?(?:girls?|boys?|sons?|daughters?|babies|baby|twins|triplets)\s+)?"
            r"(?:was\s+|were\s+|is\s+|got\s+)?born\b)"
        ),
    )
)
AGE_GAP = re.compile(
    r"(?:差|相差|差了|隔|隔了|比[^，,\s]{1,6}?(?:大|小)了?"
    r"|(?<![老最])(?:大|小|长)(?:了)?(?:她|他|它|我|老[\d大小]|哥哥|姐姐|弟弟|妹妹|(?:她|他)[哥姐弟妹]{1,2})\u2060?"
    r"(?:整整|足足|差不多|将近|快)?)\s*$"
)  # 比老大小两岁, 老二大她三岁: years between two children
# "九岁 刚满的", "三岁了 才过完生日": the birthday just passed, said after the age (N years, no half).
JUST_TURNED_AFTER = re.compile(
    r"\s*[,，]?\s*(?:刚刚|刚|才)(?:满|过)(?:完?生日)?(?:的|了|啦|呢|没几天|没多久|不久)?(?!\w)"
)
ADULT_YEARS = 25  # an age in years beyond this is an adult's (or no age)
# An age said with its unit somewhere in the message (5岁, 7个月, 20天): bare numbers beside it
# are ages too (最大的十一 最小的才七个月).
AGE_UNIT = re.compile(r"岁|\d\s*个(?:多|半)?月|\d\s*(?:天|周)(?:大)?(?![\d前后])")
HALF_WORDS = re.compile(r"\b(\d{1,2}) and a half\b")


def _english_day(m: re.Match[str]) -> int | None:
    if m.group("d"):
        return int(m.group("d"))
    word = (m.group("od") or "").replace(" ", "-")
    return ORDINAL_DAYS.get(word)


# 俩娃 一个23.4 一个24.8, 23.4一个 24.8一个: one of the children counted beside it is a child too.
DOTTED_CHILD_BEFORE = re.compile(
    r"(?:老大|老小|老\d\u2060?|大的|小的|[大小\d]宝\u2060?|孩子|宝宝|娃|闺女|儿子|女儿|丫头|小子|孙子|孙女"
    r"|(?<!\d)1个)"
    r"\s*(?:是|:)?\s*$"
)
DOTTED_BIRTH_AFTER = re.compile(
    r"\s*(?:那年|那会儿?)?\s*(?:生|出生|出世|剖|顺产|落地)|\s*1个(?!\s*(?:多|半)?月)"
)


def _short_dotted(m: re.Match[str], today: date) -> Mention | None:
    """老大22.12, 26.8生的: a two-digit year and a month with a dot (23.5 = May 2023), read only
    right after a child or before a birth, and not past next year."""
    before, after = m.string[: m.start()], m.string[m.end() :]
    if not (DOTTED_CHILD_BEFORE.search(before[-8:]) or DOTTED_BIRTH_AFTER.match(after)):
        return None
    value = _safe(int(m.group("y4")), int(m.group("m4")))
    if value is None or value.year > today.year + 1:
        return None
    return Mention(m.start(), m.end(), value, "month", "date")


DOTTED_DAY_BEFORE = re.compile(
    r"\b(?:born|arrived|came|due)(?: on)?\s*$"
    # 预产期10.26, 医生说是10.26: a due date told with a dot (not 生日是5.1: a birthday has no year)
    r"|(?:预产期|(?:医生|大夫)(?:说|讲|给的|算的)|出生于|生于)\s*(?:是|在|定在|算的是)?\s*$"
)


def _dotted_day(m: re.Match[str], today: date) -> Mention | None:
    """born on 5.1 this year, arrived 10.1, on 6.18 last year: a month and day with a dot, read
    only right after a birth or due date, or after "on" with a year said after it ("he weighed
    3.5 last year" is a weight)."""
    rel = m.group("rel")
    birth = DOTTED_DAY_BEFORE.search(m.string, 0, m.start())
    if not birth and not (rel and re.search(r"\bon\s*$", m.string[: m.start()])):
        return None
    if re.match(r"\s*(?:米|m\b|cm|kg|公斤|斤|lbs?\b|pounds?|万|元|块|%)", m.string[m.end() :]):
        return None
    month, day_ = int(m.group("m")), int(m.group("d"))
    if rel is not None:
        day = _safe(today.year + RELATIVE_YEARS[rel], month, day_)
        return None if day is None else Mention(m.start(), m.end(), day, "day", "date")
    day = _latest(month, day_, today)
    return None if day is None else Mention(m.start(), m.end(), day, "day", "date", floating=True)


# The day of a month said a few words on, in a clause of its own: "last december we had the baby,
# the 29th" (not "the 29th of may", another date, nor "the 2nd time"; not "our 2nd was born last
# october, the 1st 2018.9", "…in may, the 1st is 6": the first child, its birth or age told next).
DAY_TOLD_AFTER = re.compile(
    r"[^.;!?]{0,30}?,\s*(?:on\s+)?the (?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?!\s*(?:of\b|time|birthday|child|kid|baby|week|month|pregnancy|one\b))"
    r"(?!'s\b|\s+(?:is|was|were|in|born|came|arrived|aged?|turned|turns|just|only|on)\b"
    r"|\s+(?:19|20)?\d{2}[./-]\d|\s+\d{1,2}(?:\s*(?:years?|yrs?|yo|months?|mos?))?\s*(?:$|[,;!?]|and\b))"
)


def _day_told_after(m: re.Match[str]) -> int | None:
    """The day told after a month named with its year or as last/this/next month."""
    after = DAY_TOLD_AFTER.match(m.string, m.end())
    return int(after.group("d")) if after else None


# The lunar month and day of each festival named (除夕 is the last day of the 12th month)
LUNAR_FESTIVALS = {
    "春节": (1, 1), "元宵": (1, 15), "端午": (5, 5), "七夕": (7, 7), "中秋": (8, 15),
    "重阳": (9, 9), "除夕": (12, 30), "大年30": (12, 30), "chinese new year's eve": (12, 30),
    "lunar new year's eve": (12, 30), "chinese new year": (1, 1), "lunar new year": (1, 1),
    "spring festival": (1, 1), "lantern": (1, 15), "mid": (8, 15), "dragon boat": (5, 5),
}  # fmt: skip
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_MONTH_SAID_BEFORE = re.compile(
    r"(?:上上个?|上个?|这个|本|\d{1,2}\s*)月份?\s*(?:(?:出)?生)?(?:的)?[\s,，]*(?:是|就是|也就是)?\s*$"
)
_EN_RELATIVE_YEARS = {"the year before last": "前年", "last year": "去年", "this year": "今年"}


def _solar(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of lunar `year`-`month`-`day` (lunardate: 1900-2099, no leap month);
    day 30 of a 29-day month is its last day (除夕). None out of range."""
    for d in (day, day - 1) if day == 30 else (day,):
        try:
            solar: date = LunarDate(year, month, d).to_solar_date()
            return solar
        except ValueError:
            continue
    return None


def _lunar(m: re.Match[str], g: dict[str, str], today: date) -> Mention | None:
    """A lunar date as a birth: a day (腊月初8, 中秋节) is exact; a month alone (去年腊月) is the
    Gregorian month its 15th falls in, approximate. With no year: the latest one not after today
    (`floating`)."""
    if "fest" in g:
        fest = g["fest"]
        month, day = (
            (1, int(g["fd"]))
            if "fd" in g
            else next(v for k, v in LUNAR_FESTIVALS.items() if fest.startswith(k))
        )
        rel = g.get("frel") or _EN_RELATIVE_YEARS.get(g.get("frel2", ""))
        said_year = g.get("fy") or g.get("fy2")
        if fest.endswith("eve"):  # "chinese new year's eve 2024": the eve before that new year
            said_year = str(int(said_year) - 1) if said_year else None
    else:
        month = _LUNAR_MONTHS[g["lm"]] if "lm" in g else int(g["lmn"])
        day = int(g.get("ld", 15))
        rel, said_year = g.get("rel"), g.get("y")
    exact = "fest" in g or "ld" in g
    if (
        not exact
        and "rel" not in g
        and "y" not in g
        and _MONTH_SAID_BEFORE.search(m.string[: m.start()])
    ):
        return None  # 上上个月生的 正月里: the lunar month only says again the month just told
    if rel is not None:
        years = [today.year + RELATIVE_YEARS[rel]]
    elif said_year is not None:
        year = int(said_year)
        years = [year + 2000 if year < 100 else year]
    else:  # no year: this lunar year's, or last year's when that is still to come
        lunar_year: int = LunarDate.from_solar_date(today.year, today.month, today.day).year
        years = [lunar_year, lunar_year - 1]
    for year in years:
        found = _solar(year, month, day)
        if found is None:
            return None
        if rel is not None or said_year is not None or found <= today:
            if exact:
                return Mention(
                    m.start(), m.end(), found, "day", floating=said_year is None and rel is None
                )
            return Mention(
                m.start(),
                m.end(),
                found.replace(day=1),
                "month",
                approx=True,
                floating=said_year is None and rel is None,
            )
    return None


# A weight after a number ("7 pounds", "6 kg", "7斤"): no age, no date.
WEIGHT_AFTER = re.compile(
    r"\s*(?:pounds?|lbs?\b|kgs?\b|kilos?\b|kilograms?|oz\b|ounces?|grams?\b|g\b|斤|公斤|克)"
)


# "born in oct 22", "(aug 22)": a month and a two-digit year, where a day would follow "on".
MONTH_YY_BORN = re.compile(r"(?:\bborn in|\bcame in|\barrived in|\(|\bsince|\bback in)\s*$")


def _from(kind: str, m: re.Match[str], today: date) -> Mention | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    s, e = m.start(), m.end()

    def made(
        value: date | None, precision: Precision, kind_: MentionKind = "date", **kw: object
    ) -> Mention | None:
        if value is None:
            return None
        return Mention(s, e, value, precision, kind_, **kw)  # type: ignore[arg-type]

    def aged(months: int) -> Mention | None:
        """A birth month worked out from an age of `months`: approximate."""
        return made(_age(today, months), "month", "age", approx=True, months=months)

    if "y" in g and WEIGHT_AFTER.match(m.string, m.end("y")):
        return None  # "a boy 7 pounds", "she is 6 kg now": a weight, no age
    if kind == "preg_months":
        n = int(g.get("n") or g.get("n2") or g.get("n3") or g["n4"])
        if not 1 <= n <= 10:
            return None
        return made(
            add_months(today, 9 - n).replace(day=1), "month", "pregnancy", approx=True, months=n
        )
    if kind == "due_in":
        n = int(g.get("n") or g.get("n2") or g["n3"])
        unit = g.get("unit") or g.get("unit2") or g["unit3"]
        if unit.startswith("week") or "周" in unit or "星期" in unit or "礼拜" in unit:
            due = today + timedelta(weeks=n)
        else:
            due = add_months(today, n)
        return made(due.replace(day=1), "month", "pregnancy", approx=True)
    if kind == "preg_along":
        n = int(g.get("n") or g["n2"])
        if (g.get("unit") or g["unit2"]).startswith("w"):
            if not 1 <= n <= 42:
                return None
            due = today + timedelta(weeks=40 - n)
            return made(
                due.replace(day=1), "month", "pregnancy", approx=True, months=max(n // 4, 1)
            )
        if not 1 <= n <= 10:
            return None
        return made(
            add_months(today, 9 - n).replace(day=1), "month", "pregnancy", approx=True, months=n
        )
    if kind == "preg_weeks":
        n = int(g.get("n") or g["n2"])
        if not 1 <= n <= 42:
            return None
        due = today + timedelta(weeks=40 - n)
        return made(due.replace(day=1), "month", "pregnancy", approx=True, months=max(n // 4, 1))
    if kind == "turned_rel_month":
        months = int(g.get("y") or g["y2"]) * 12
        back = 1 if g.get("rel") == "last" or g.get("zrel", "").startswith("上") else 0
        return made(_age(today, months + back), "month", "age", approx=True, months=months)
    if kind == "birthday_on_day":
        said = g.get("y") or g.get("y2") or g["zy"]
        years = int(said) if said.isdigit() else _ORDINAL_WORDS.split("|").index(said) + 1
        named = g.get("d") or g.get("d2") or g["zd"]
        on = today - timedelta(days=1) if named[:1] in ("y", "昨") else today
        born = _safe(on.year - years, on.month, on.day) or _safe(
            on.year - years, on.month, on.day - 1
        )  # a 29 February birthday: the 28th in a year without it
        return made(born, "day")
    if kind in ("turned_lately", "en_turned_lately"):  # "just turned one last week": the birthday
        return aged(int(g["y"]) * 12)
    if kind == "birthday_passed":
        months = int(g.get("y") or g["y2"]) * 12
        return aged(months)
    if kind == "ymd":
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        if (
            y < 100
            and 2000 + y > today.year + 1
            and 13 <= y <= 31
            and 2000 + d <= today.year
            and "年" not in m.group(0)  # 28年5月20 says its year: 2028, never the 28th
        ):
            # "born 30.12.22": no year 2030 for a birth; the day first, as English writes it
            return made(_safe(2000 + d, mo, y), "day")
        return made(_safe(y, mo, d), "day")
    if kind == "slash_dmy":  # "born 2/14/25", "14/2/2025" in English: the day and month first
        if _HAN.search(m.string):
            return None
        first_said, second_said = int(g["a"]), int(g["b"])
        if (first_said > 12) == (second_said > 12):
            return None  # no month among them, or either could be (read as a year first, ymd)
        said_year = int(g["c"]) + (2000 if len(g["c"]) == 2 else 0)
        if said_year > today.year + 1:
            return None
        said_month, on_day = (
            (first_said, second_said) if second_said > 12 else (second_said, first_said)
        )
        return made(_safe(said_year, said_month, on_day), "day")
    if kind == "ym":
        if "y4" in g:
            return _short_dotted(m, today)
        year = g.get("y") or g.get("y2") or g.get("y3") or g["y5"]
        month = g.get("m") or g.get("m2") or g.get("m3") or g["m5"]
        return made(_safe(int(year), int(month)), "month")
    if kind == "rel_ymd":
        year = today.year + RELATIVE_YEARS[g["rel"]]
        if "nd" in g:
            month, day_ = next(v for k, v in HOLIDAYS.items() if g["nd"].startswith(k))
            return made(_shifted(_safe(year, month, day_), g), "day")
        if "m" in g:
            day = int(g.get("d", 1))
            return made(_safe(year, int(g["m"]), day), "day" if "d" in g else "month")
        return made(_safe(year, 1), "year")
    if kind == "rel_month":
        step = (
            -2
            if g["rel"].startswith(("上上", "大上"))
            else {"上": -1, "这": 0, "本": 0, "下": 1}[g["rel"][0]]
        )
        first = add_months(today.replace(day=1), step)
        if "d" in g:
            return made(_safe(first.year, first.month, int(g["d"])), "day")
        return made(first, "month")
    if kind == "day_word":
        word = g["w"]
        back = (
            3
            if word == "大前天"
            else 2
            if word in ("前天", "day before yesterday")
            else 1
            if word in ("昨天", "昨儿", "yesterday", "last night")
            else 0
        )
        return made(today - timedelta(days=back), "day")
    if kind == "last_weekday":
        said = g.get("wd") or g.get("wd2") or g.get("wd3") or g["wd4"]
        wd = WEEKDAYS[said.rstrip(".")]
        weeks = 2 if (g.get("two") or "上") != "上" else 1  # 上上周五, 大上周五: a week earlier
        monday = today - timedelta(days=today.weekday() + 7 * weeks)
        return made(monday + timedelta(days=wd), "day")
    if kind == "en_weekday":  # "born on saturday": the latest such day before today
        if not re.search(
            r"(?:born|arriv\w*|came|deliver\w*|birth|had (?:him|her|them|the baby|twins|triplets))"
            r"\s*(?:\w+\s+){0,2}$",
            m.string[: m.start()],
        ):
            return None
        back = (today.weekday() - WEEKDAYS[g["wd"].rstrip(".")]) % 7 or 7
        return made(today - timedelta(days=back), "day")
    if kind == "lunar":
        return _lunar(m, g, today)
    if kind == "holiday_fixed":
        h = g["h"]
        month, day_ = next(v for k, v in HOLIDAYS.items() if h.startswith(k))
        if "y" in g:
            return made(_shifted(_safe(int(g["y"]), month, day_), g), "day")
        if h.isascii() and not re.search(r"\bon\s*$", m.string[: m.start()]):
            return None  # "born on valentine's day", not a holiday only named
        return made(_shifted(_latest(month, day_, today), g), "day", floating=True)
    if kind == "day_only":
        d = int(g.get("d") or g.get("d2") or g["d3"])
        found = _safe(today.year, today.month, d) if d <= 31 else None
        if found is None or found > today:
            prev = add_months(today.replace(day=1), -1)
            found = _safe(prev.year, prev.month, d)
        return made(found, "day", floating=True, day_alone=True)
    if kind == "md":
        month = int(g["m"])
        if not 1 <= month <= 12:
            return None
        if "d" in g:
            return made(_latest(month, int(g["d"]), today), "day", floating=True)
        return made(_latest(month, 1, today), "month", floating=True)
    if kind in ("en_ydm", "en_ymd"):
        said_day = _english_day(m)
        if said_day is None:
            return None
        return made(_safe(int(g["y"]), MONTHS[g["mon"]], said_day), "day")
    if kind in ("en_dmy", "en_mdy"):
        told = _english_day(m)
        month = MONTHS[g["mon"]]
        if told is None:
            return None
        if (
            kind == "en_mdy"
            and not set(g) & {"y", "yy", "rel", "mrel"}
            and MONTH_YY_BORN.search(m.string, 0, m.start())
            and m.group(0).split()[-1].isdigit()
            and len(m.group(0).split()[-1]) == 2
            and 2016 <= 2000 + told <= today.year
        ):  # "our daughter was born in oct 22", "our second (aug 22)": October 2022, no day
            return made(_safe(2000 + told, month), "month")
        if "y" in g:
            return made(_safe(int(g["y"]), month, told), "day")
        if "yy" in g and 2000 + int(g["yy"]) <= today.year + 1:
            return made(_safe(2000 + int(g["yy"]), month, told), "day")
        if "yy" in g:  # "march 5 30": no year after next, the day alone
            return made(_latest(month, told, today), "day", floating=True)
        if "rel" in g:
            return made(_safe(today.year + RELATIVE_YEARS[g["rel"]], month, told), "day")
        if g.get("mrel") == "this":  # "the 2nd of this june"
            return made(_safe(today.year, month, told), "day")
        if "mrel" in g:  # "the 2nd of this past june", "the 3rd of last december"
            return made(_latest(month, told, today), "day")
        return made(_latest(month, told, today), "day", floating=True)
    if kind == "en_my":
        month = MONTHS[g["mon"]]
        told_day = _day_told_after(m)
        if "y" in g or "yy" in g:
            year = int(g.get("y") or g["yy"])
            return made(_safe(year, month, told_day or 1), "day" if told_day else "month")
        rel = g.get("rel") or g.get("rel2")
        if rel == "last" and "rel2" not in g and month == today.month:
            # "twins born last dec" said in December: last year's, not this month (tester 111
            # c7 had them born this month)
            return made(_safe(today.year - 1, month, told_day or 1), "day" if told_day else "month")
        if rel == "this past" or (rel == "last" and "rel2" not in g):
            return made(_latest(month, told_day or 1, today), "day" if told_day else "month")
        if rel:
            year = today.year + RELATIVE_YEARS[rel]
            return made(_safe(year, month, told_day or 1), "day" if told_day else "month")
        if (
            g["mon"] == "may"
            # "end of may", "late may" (the words before it in the match too)
            and not re.search(
                r"\b(?:in|due|born|early|late|mid|of)\s*$", m.string[: m.start("mon")]
            )
            and not (  # "may!", "end of may.", "may i think": the month alone, no verb after it
                re.match(
                    r"\s*(?:[!.,;:)?~]|$|(?:i think|i guess|i believe|i reckon|we think|probably"
                    r"|maybe|hopefully|or so|roughly|apparently)\b\s*[!.?~]*\s*$)",
                    m.string[m.end() :],
                )
                and not re.search(
                    r"\b(?:we|i|you|they|she|he|it|that|this|which|who|there)\s*$",
                    m.string[: m.start()],
                )
            )
        ):
            return None  # "may" the verb
        return made(_latest(month, 1, today), "month", floating=True)
    if kind == "en_years_ago_month":  # "2 years ago in june": the june of two years back
        back = 2 if "two" in g else int(g["n"])
        return made(_safe(today.year - back, MONTHS[g["mon"]]), "month")
    if kind == "year_before_last":  # "the month before last": two months back, its month
        if g["unit"] == "month":
            return made(add_months(today.replace(day=1), -2), "month")
        return made(_safe(today.year - 2, 1), "year")
    if kind == "rel_en":
        step = RELATIVE_YEARS[g["rel"]]
        if g["unit"] == "year":
            return made(_safe(today.year + step, 1), "year")
        return made(add_months(today.replace(day=1), step), "month")
    if kind == "y4":
        return made(_safe(int(g["y"]), 1), "year")
    if kind == "y2":
        return made(_safe(int(g.get("y") or g["y2"]), 1), "year")
    if kind == "y2_born":
        year = 2000 + int(g["y"])
        return made(_safe(year, 1), "year") if year <= today.year + 1 else None
    if kind == "age_ym":
        return aged(int(g["y"]) * 12 + int(g["m"]))
    if kind == "age_y" and AGE_GAP.search(m.string, 0, m.start("y")):
        return None  # 跟老三差一岁, 比老大小两岁: years between two children, no age
    if kind == "age_y":
        years = int(g["y"])
        pre = g.get("pre", "")
        if not pre and not g.get("half") and JUST_TURNED_AFTER.match(m.string, m.end()):
            pre = "刚满"  # 是九岁 刚满的: just turned nine
        months = years * 12 + (
            5
            if g.get("half") == "半" and (pre.startswith("快") or pre == "将近")
            else 6
            if g.get("half")
            == "半"  # 刚一岁半, 满三岁半: the half year counts whatever comes before
            else 0
            if pre in ("刚满", "刚", "满")
            else -1
            if pre.startswith("快") or pre in ("将近",)
            else 6
        )
        return aged(months)
    if kind == "turning":
        months = int(g.get("y") or g.get("y2") or g.get("y4") or 1) * 12 - 1
        return aged(months)
    if kind == "just_born":
        return made(today.replace(day=1), "month", "age", approx=True, months=0)
    if kind == "born_years":
        years, pre = int(g["y"]), g.get("pre", "")
        if pre.startswith("快") or pre in ("将近", "差不多"):
            return aged(years * 12 - 1)
        return aged(years * 12 + (6 if g.get("half") else 0))
    if kind == "zh_ago":
        if "half" in g:
            return aged(6)
        if "y" in g:
            return aged(int(g["y"]) * 12)
        n = int(g["n"])
        days = n if g["unit"] == "天" else n * 7
        return made(today - timedelta(days=days), "day", "age", approx=True)
    if kind == "half_month":
        return made(today - timedelta(days=15), "day", "age", approx=True)
    if kind == "whole_year":
        return aged(12)
    if kind == "almost_year":
        return aged(11)
    if kind == "half_year":
        return aged(6)
    if kind == "full_month":
        return aged(1)
    if kind in ("age_m", "en_age_m"):
        n = int(g["n"])
        if "半" in m.group(0):  # 两个半月: two and a half months
            value = (add_months(today, -n) - timedelta(days=15)).replace(day=1)
            return made(value, "month", "age", approx=True, months=n)
        return aged(n)
    if kind in ("age_days", "en_age_w"):
        n = int(g.get("n") or g.get("n2") or g["n3"])
        unit = g.get("unit") or g.get("unit2") or g["unit3"]
        if kind == "age_days" and not (
            g.get("born") or g.get("big") or "kid" in g or "full" in g or "only" in g
        ):
            return None
        days = n * 7 if unit.startswith(("周", "星期", "礼拜", "w")) else n
        days -= 1 if m.group(0).endswith("tomorrow") else 0  # reached tomorrow: a day short
        return made(today - timedelta(days=days), "day", "age", approx=True)
    if kind == "en_year_half":  # "a year and a half": 18 months
        return aged(18)
    if kind == "en_age_ym":
        if _TWO_AGES_COUNTED.search(m.string, 0, m.start()) and " and " in m.group(0):
            return None  # "2 kids, 5 yr and 9 mo": the two children's ages, one each
        months = (1 if g["y"] == "a" else int(g["y"])) * 12 + int(g["m"])
        return aged(months)
    if kind == "en_of_age":
        n = int(g["y"])
        months = n if (g.get("unit") or "").strip().startswith("month") else n * 12 + 6
        return aged(months)
    if kind == "zh_turned_in":
        # 外孙女明年2月就满3岁了: the birthday ahead, the birth N years before it
        year = today.year - {"明年": -1, "今年": 0, "去年": 1, "前年": 2}[g["rel"]] - int(g["y"])
        return made(_safe(year, int(g["m"])), "month", "age", months=int(g["y"]) * 12)
    if kind in ("en_turned_in", "en_turning_in"):
        month = MONTHS[g["mon"]]
        latest = _latest(month, 1, today)
        if latest is None:
            return None
        if kind == "en_turning_in" and (latest.year, latest.month) != (today.year, today.month):
            latest = latest.replace(year=latest.year + 1)  # the birthday ahead
        return made(
            _safe(latest.year - int(g["y"]), month),
            "month",
            "age",
            approx=True,
            months=int(g["y"]) * 12,
        )
    if kind == "holiday_en":
        day = 24 if "eve" in g else 25
        if "y" in g:
            return made(_safe(int(g["y"]), 12, day), "day")
        if "rel" in g:
            return made(_safe(today.year + RELATIVE_YEARS[g["rel"]], 12, day), "day")
        return made(_latest(12, day, today), "day", floating=True)
    if kind in ("md_slash", "dm_slash"):  # "due 3/15": month first, as both languages write it
        return made(_latest(int(g["m"]), int(g["d"]), today), "day", floating=True)
    if kind == "en_rel_month_day":
        first = add_months(today.replace(day=1), RELATIVE_YEARS[g.get("rel") or g["rel2"]])
        if "h" in g:
            month, day_ = (
                (1, 1) if g["h"].startswith("new") else (12, 24 if "eve" in g["h"] else 25)
            )
            return made(_safe(first.year, month, day_), "day")
        return made(_safe(first.year, first.month, int(g.get("d") or g["d2"])), "day")
    if kind == "md_dotted":
        return _dotted_day(m, today)
    if kind == "my_slash":
        return made(_safe(int(g["y"]), int(g["m"])), "month")
    if kind == "born_yy":
        s = m.start("y")
        return made(_safe(int(g["y"]), 1), "year")
    if kind == "dmy_slash":
        a, b = int(g["a"]), int(g["b"])
        day_, month = (b, a) if a <= 12 < b else (a, b)  # day first unless that cannot be
        return made(_safe(int(g["y"]), month, day_), "day")
    if kind == "week_before_last":
        return made(today - timedelta(days=14), "day", "age", approx=True)
    if kind == "last_week":
        return made(today - timedelta(days=7), "day", "age", approx=True)
    if kind == "en_ago" and g["unit"].startswith("year"):
        return aged(int(g["n"]) * 12)
    if kind == "en_year_half_ago":
        return aged(int(g.get("n", 1)) * 12 + 6)
    if kind == "en_ago" and g["unit"].startswith("month"):
        n = int(g["n"])
        return aged(n)
    if kind == "en_almost":  # "one boy nearly 3": three years less a month
        return None if int(g["y"]) > ADULT_YEARS else aged(int(g["y"]) * 12 - 1)
    if kind == "en_age_after_order":
        s = m.start("y")
        if g.get("yrs") and (
            re.match(r"(?:kids|children|pair)\s", m[0])
            or (
                re.match(r"(?:first|second|third|fourth|1st|2nd|3rd|4th)\s*\d", m[0])
                and re.search(r"\bthe\s*$", m.string[: m.start()])
            )
        ):  # "the first 2 years": a span of time; "girl 6 years", "first child 5 years",
            return None  # "eldest 7, 2nd 4 years": an age
        if int(g["y"]) > ADULT_YEARS:
            return None  # "youngest 96": a height, not an age
        return aged(int(g["y"]) * 12 + 6)
    if kind == "age_bare" and "y2" in g and not AGE_UNIT.search(m.string):
        return None  # "老大12 老二8岁", 最大的十一 最小的才七个月: a bare number is an age only among ages
    if kind in ("en_half", "age_bare"):
        group = next(k for k in ("y", "y2", "y3") if k in g)
        s = m.start(group)  # "she's 3ish": the age, not "'s"
        months = int(g[group]) * 12 + 6
        return aged(months)
    if kind == "en_yo_mo":
        if _TWO_AGES_COUNTED.search(m.string, 0, m.start()) and " and " in m.group(0):
            return None  # "2 kids, 5 yr and 9 mo": the two children's ages, one each
        months = int(g["y"]) * 12 + int(g["m"])
        return aged(months)
    if kind == "new_year":
        if "y" in g:
            return made(_safe(int(g["y"]), 1, 1), "day")
        # no year: the last one, floating like any day said alone (a due date takes the next;
        # "born 2023.1.1 exactly, new years day" is that day named again, tester 105 h2)
        return made(_latest(1, 1, today), "day", floating=True)
    if kind == "en_ago":
        n = int(g["n"])
        return made(
            today - timedelta(days=n * (7 if g["unit"].startswith("week") else 1)),
            "day",
            "age",
            approx=True,
        )
    if kind == "en_ym":
        return made(_safe(int(g["y"]), MONTHS[g["mon"]]), "month")
    if kind == "en_age_after_height":
        s = m.start("y")
        return None if int(g["y"]) > ADULT_YEARS else aged(int(g["y"]) * 12 + 6)
    if kind == "en_only":
        s = m.start("y")
        return None if int(g["y"]) > ADULT_YEARS else aged(int(g["y"]) * 12 + 6)
    if kind in ("en_age_yo", "en_age_clause") and int(g["y"]) > ADULT_YEARS:
        return None  # "i am 72 years old": a grandparent, not a child
    if kind in ("en_age_yo", "en_age_clause"):
        months = int(g["y"]) * 12 + 6
        return aged(months)
    if kind == "en_this_month":
        step = -2 if "before" in g else RELATIVE_YEARS[g["rel"]]
        first = add_months(today.replace(day=1), step)
        return made(_safe(first.year, first.month, int(g["d"])), "day")
    if kind == "en_birthday":
        return aged(12)
    if kind == "en_age_y":
        s = m.start("pre") if g.get("pre") else m.start("y")  # "she's 5": the age, not "'s"
        years = int(g["y"])
        if years > ADULT_YEARS:
            return None  # "i am 72", "he's 98 not 89": no child's age
        if re.match(r"\s*(?:米|m\b|\.\d|cm|meters?|metres?)", m.string[m.end("y") :]):
            return None  # "my son is 1米25 tall", "she's 1.2m": a height
        pre = g.get("pre", "")
        months = years * 12 + (
            0
            if pre == "just turned" or "turned" in g or "after" in g
            else -1
            if pre in ("almost", "nearly")
            else 6
        )
        return aged(months)
    return None


SHARED_UNIT = re.compile(
    r"(?<![\d.])(?<!between )(?<!from )(?<!\d )(?<!\d, )(?<!\d,)(?P<a>\d{1,2})(?:\s*,\s*(?P<b>\d{1,2}))?(?:\s*,?\s+and\s+|\s*,\s*)(?P<c>\d{1,2})\s+"
    r"(?P<unit>years?|yrs?|months?|mos)(?: old)?\b"
    # "the kids are 5 and 1 year 9 months": the last age in years and months, its own unit
    r"(?!\s*,?\s*(?:and\s+)?\d{1,2}\s*(?:months?|mos?|mths?)\b)"
)


def _shared_unit(text: str, today: date, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "2 and 4 years old", "3, 5 and 8 years old": the unit said once for every age listed."""
    found: list[Mention] = []
    for m in SHARED_UNIT.finditer(text):
        if any(m.start() < b and a < m.end() for a, b in taken):
            continue
        in_months = m.group("unit").startswith("mo")
        said = {int(m.group(k)) for k in ("a", "b", "c") if m.group(k) is not None}
        if (
            in_months
            and len(said) > 1
            and min(b - a for a, b in itertools.pairwise(sorted(said))) < 9
        ):
            continue  # "5 and 10 months": no two siblings are born 5 months apart; 5 is in years
        listed = [int(m.group(k)) for k in ("a", "b", "c") if m.group(k) is not None]
        if in_months and any(a < b for a, b in itertools.pairwise(listed)):
            continue  # "two daughters, 5 and 18 months": listed eldest first, so 5 is in years
        for key in ("a", "b", "c"):
            if m.group(key) is None:
                continue
            n = int(m.group(key))
            if not in_months and n > ADULT_YEARS:
                return []
            months = n if in_months else n * 12 + 6
            end = m.end() if key == "c" else m.end(key)
            found.append(
                Mention(m.start(key), end, _age(today, months), "month", "age", True, months=months)
            )
        taken.append((m.start(), m.end()))
    return found


# An age ahead (以后俩小的2岁能上托班吗, 将来孩子3岁了能不能…): the time of a question, no age now.
AGE_ASKED_AHEAD = re.compile(r"(?:以后|将来|到时候|等到?)[^，,。!！?？]{0,8}$")
ASKED_AFTER = re.compile(r"[^，,。!！]{0,16}?(?:吗|么|[?？]|能不能|可不可以|行不行)")
# The time an age marks, asked about right after (孩子2岁多的时候能送托班吗, 3岁以后还发吗).
AGE_TIME_ASKED = re.compile(r"\s*(?:多|半)?\s*(?:的时候|那会儿?|以后|之后)")
# A figure put back just before "N个月" (一共21600对吧 36个月, 600一个月 36个月): the months paid.
FIGURE_CHECKED_BEFORE = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,6}\s*(?:元|块)?\s*(?:对吧|是吧|对不对|是不是|吧)?[\s,，]*$"
)
# An age an institution's admission is asked of (幼儿园两岁收不收, 托班几岁能上 两岁行吗, "does
# kindergarten take 2 year olds"): the rule asked about, no child's age (tester 138 p6 was read a
# second grandchild from 幼儿园两岁收不收).
AGE_OF_ADMISSION_BEFORE = re.compile(
    r"(?<![上进在读])(?:幼儿园|托班|托育|托儿所|早教)(?:要|收|是|能)?$"
    r"|\b(?:kindergartens?|nurser(?:y|ies)|daycares?|preschools?)\s+(?:take|accept|admit)\s+$"
)
AGE_OF_ADMISSION_AFTER = re.compile(
    r"\s*(?:的)?\s*(?:收不收|收吗|能收吗|能上吗|能不能上|可以上吗|行吗|行不行|可以吗|就能上|才能上|才收|就收)"
    r"|s\b"
)
# An event that is no birth right before an English date ("we r moving to beijing next month",
# "starting work in march"): its time (tester 138 p8 was read a due date from a move).
EN_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:mov(?:e|ing)|relocat\w*|retir\w*|(?:start|back)(?:ing)? (?:at )?(?:work|a (?:new )?job|school)"
    r"|surgery|operation|wedding)\b"
    r"(?:(?!\b(?:and|but|due|born|baby|expect\w*|pregnant|arriv\w*)\b)[^.,;!?\d]){0,30}$"
)
# An event that is no birth right after a date (我妈下个月做手术, 明年三月退休): its time.
OTHER_EVENT_AFTER = re.compile(
    r"(?:就|要|得|准备|打算|该|去|在)?(?:做手术|动手术|手术|开刀|退休|搬家|结婚|出差|出国)"
)


# The end of a payment or the day a child turns an age, told right before a date (满三岁应该是28年5月20,
# 补贴领到2028年5月20号): that day, no birth (tester 112 c2); a benefit's own end (失业金领到去年十月)
# dates the benefit and stays.
END_DAY_BEFORE = re.compile(
    r"(?:满\s*\d\s*周?岁|\d\s*周岁)(?:的那天|那天|的日子)?\s*(?:应该|就|大概)?\s*(?:是|在|到)\s*$"
    r"|(?:补贴|补助|钱|\d00)[^，,。!！?？\s\d]{0,4}(?:领|发|给)到[^，,。!！?？\d]{0,6}$"
)


# "Wait until" right before an age (等双胞胎满月了, 等到孩子3岁): a time ahead, not how old a child is.
WAITED_FOR = re.compile(r"等(?:到)?(?:着)?(?!了|过)[^，,。！？!?\s]{0,8}$")


# An age the child reaches at a time still to come, more than a month off (老大6岁 过年就7岁了,
# 明年就满5岁, 年底就3岁了, 开学就4岁): not the child's age now, and no second child.
AGE_TO_COME = re.compile(
    r"(?:过年|过完年|过了年|年后|明年|年底|年末|春节|开春|开年|暑假|寒假|开学|秋天|春天|夏天)"
    r"(?:后|以后|之后)?\s*(?:就|就要|就该|该|要|都|就能)?\s*$"
)


# An age told as the time something happened (一直领到孩子满月, 老二过了周岁才批的, 一岁以后才领的):
# a point in the child's life, not how old the child is now.
AGE_AS_A_TIME_AFTER = re.compile(
    r"\s*(?:(?:以|之)?后|(?:以|之)前|那(?:会儿?|阵子?|年|天)?)?\s*才\s*(?:给|被)?\s*"
    r"(?:批|办|领|吃|开始|评|申请|拿|享受|停|断)"
    # 老三满月以后低保就停了: the benefit's end dated by the child's age (probe zh-9326)
    r"|\s*(?:以|之)?后\s*(?:低保|特困|失业金|补贴)?\s*(?:就|也)?\s*(?:停|断|没了|退了|批下来)"
    # 满三岁应该是28年5月20, 满3岁那天是哪天: the day the child turns that age, told or asked
    r"|\s*(?:的那天|那天|那一天|的日子)?\s*(?:应该|就|大概)?\s*(?:是|在)\s*(?:\d{2,4}\s*年|哪)"
)  # not 闺女三岁了 才过完生日 (an age, then the birthday just had)
AGE_AS_A_TIME_BEFORE = re.compile(
    r"(?:领|吃|拿|一直|直)到[^，,。！？!?\s]{0,4}$"
    # 是几月满3岁, 啥时候满三周岁, 哪天满3岁: when the child turns that age, asked (tester 105 p4)
    r"|(?:几月|几号|几时|哪天|哪一天|哪个月|哪月|哪年|啥时候?|什么时候|多会儿?|几月份)(?:才|能|就)?$"
)


def _age_as_a_time(text: str, m: re.Match[str]) -> bool:
    """The age `m` dates an event (领到孩子满月, 过了周岁才批的), not the child."""
    return bool(
        AGE_AS_A_TIME_AFTER.match(text, m.end()) or AGE_AS_A_TIME_BEFORE.search(text, 0, m.start())
    )


# A year said as a bound (2023年以后的, 2022年之前): not a birth year.
YEAR_BOUND = re.compile(
    r"\s*(?:以|之)(?:后|前)"
    # "misses the 2023 cutoff", "the 2023 rule": the plan's date, no birth year
    r"|\s+(?:cut-?off|deadline|rule|policy|start date|threshold)\b"
)
# The same said before the year in English: "born after 2023", "born since 2023": a bound.
YEAR_BOUND_BEFORE = re.compile(
    r"\b(?:born|births?|kids|children|babies)\s+(?:(?:just|right|well|only|shortly)\s+)?"
    r"(?:after|before|since|from|post|pre|prior to)\s+(?:the\s+)?(?:(?:start|end|beginning) of\s+)?$"
)


# A day given only roughly: "around christmas", "about the 20th of may", 春节前后, 5号左右.
ABOUT_BEFORE = re.compile(
    r"\b(?:around|about|round about|near|close to|roughly|approximately|sometime around)\s+(?:the\s+)?$"
)
# "born just before christmas", "a few days after valentine's": a day near the holiday named
NEAR_A_HOLIDAY = re.compile(
    r"\b(?:(?:just|right|shortly|a (?:few|couple of) days|a week|days) )?(?:before|after)\s+$"
)
HOLIDAY_KINDS = ("holiday_en", "holiday_fixed")
ABOUT_AFTER = re.compile(r"\s*(?:前后|左右)")


def _about_a_day(text: str, m: re.Match[str], mention: Mention, kind: str) -> bool:
    """A date to the day said roughly (around christmas, 春节前后, just before christmas): the
    month is what is told."""
    return (
        mention.kind == "date"
        and mention.precision == "day"
        and bool(
            ABOUT_BEFORE.search(text, 0, m.start())
            or ABOUT_AFTER.match(text, m.end())
            or (kind in HOLIDAY_KINDS and NEAR_A_HOLIDAY.search(text, 0, m.start()))
        )
    )


# An age said as the slip's size (多说了一岁, 少算了半岁, 写多了两个月): no child's age.
AGE_MISSAID = re.compile(
    r"(?:多|少)(?:说|写|算|报|打|填)了?\s*$|(?:说|写|算|报|打|填)(?:多|少)了?\s*$"
)


# A count of two children just before "N yr and M mo" ("2 kids, 5 yr and 9 mo", "two kids: 5y and
# 9mo"): the years and the months are one age each, not one child's age.
_TWO_AGES_COUNTED = re.compile(
    r"\b(?:2|two)\s+(?:kids?|children|boys|girls|daughters|sons|babies|grandkids)\s*[,:;(-]?\s*$"
    # "kids 5y and 8mo", "our kids: 5 yrs and 9 mo": children, plural, before the two ages
    r"|\b(?:kids|children)\s*(?:are\s+)?[,:;(-]?\s*$"
)


def find_mentions(text: str, today: date, end_days: bool = False) -> list[Mention]:
    """Every date and age in normalised `text`, in reading order, without overlaps. The day a
    payment ends or a child turns an age, told or asked (补贴领到2028年5月, 满三岁是28年5月20吧),
    is no birth and left out, unless `end_days` (an answer checking an end put back)."""
    taken: list[tuple[int, int]] = []
    found: list[Mention] = []
    just: list[Mention] = []  # the "just born" ones (刚生, 刚出生)
    if " and " in text or "," in text:
        found += _shared_unit(text, today, taken)
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if m.end() == m.start() or any(m.start() < b and a < m.end() for a, b in taken):
                continue
            mention = _from(kind, m, today)
            if mention is None:
                continue
            if mention.kind == "age" and WAITED_FOR.search(text, 0, m.start()):
                taken.append((m.start(), m.end()))
                continue  # 等双胞胎满月了再来问, 等孩子满三岁再办: an age still to come, not the child's
            if mention.kind == "age" and _age_as_a_time(text, m):
                taken.append((m.start(), m.end()))
                continue  # 一直领到孩子满月, 过了周岁才批的: a time in the child's life, no age
            if mention.kind == "age" and AGE_MISSAID.search(text, max(0, m.start() - 6), m.start()):
                taken.append((m.start(), m.end()))
                continue  # 刚才多说了一岁: the year said too many, no child's age (probe zh-13056)
            if mention.kind == "age" and AGE_TO_COME.search(text, 0, m.start()):
                taken.append((m.start(), m.end()))
                continue  # 过年就7岁了: the age at the new year, not now
            if (
                mention.kind == "age"
                and AGE_ASKED_AHEAD.search(text, 0, m.start())
                and (ASKED_AFTER.match(text, m.end()))
            ):
                taken.append((m.start(), m.end()))
                continue  # 以后俩小的2岁能上托班吗: an age ahead, asked about; no child's age
            if mention.kind == "age" and (
                (ahead := AGE_TIME_ASKED.match(text, m.end()))
                and (q := ASKED_AFTER.match(text, ahead.end()))
                and not re.search(r"生|领过|吃过|拿过", q.group(0))
            ):
                taken.append((m.start(), m.end()))
                continue  # 孩子2岁多的时候能送托班吗: a time in the child's life, asked (tester 99)
            if (
                mention.kind == "age"
                and re.search(r"个月|months?", m.group(0))
                and FIGURE_CHECKED_BEFORE.search(text, 0, m.start())
            ):
                taken.append((m.start(), m.end()))
                continue  # 一共21600对吧 36个月: the months the money is paid, no child's age
            if (
                not end_days
                and mention.kind == "date"
                and END_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
            ):
                taken.append((m.start(), m.end()))
                continue  # 满三岁应该是28年5月20吧: the day the money ends, asked; no birth
            if mention.kind == "age" and (
                AGE_OF_ADMISSION_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or (
                    re.search(r"几岁|多大", text[: m.start()])
                    and AGE_OF_ADMISSION_AFTER.match(text, m.end())
                )
                or (m.group(0).endswith("old") and re.match(r"s\b", text[m.end() :]))
            ):
                taken.append((m.start(), m.end()))
                continue  # 幼儿园两岁收不收: the age admission is asked of, no child's age
            if mention.kind == "date" and EN_OTHER_EVENT_BEFORE.search(
                text, max(0, m.start() - 40), m.start()
            ):
                taken.append((m.start(), m.end()))
                continue  # "moving to beijing next month": the time of a move, no birth
            if mention.kind == "date" and OTHER_EVENT_AFTER.match(text, m.end()):
                taken.append((m.start(), m.end()))
                continue  # 我妈下个月做手术: the time of something else, no birth (tester 66 c7)
            if (
                mention.kind == "date"
                and mention.precision == "year"
                and (
                    YEAR_BOUND.match(text, m.end())
                    or YEAR_BOUND_BEFORE.search(text, max(0, m.start() - 40), m.start())
                )
            ):
                taken.append((m.start(), m.end()))
                continue  # 小的是今年生的 2023年以后的: a bound, the rule's date, no birth year
            if _about_a_day(text, m, mention, kind):
                mention = replace(mention, precision="month")  # "around christmas": that month
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            trail = len(m.group(0)) - len(m.group(0).rstrip())
            mention = replace(
                mention, start=max(mention.start, m.start() + lead), end=m.end() - trail
            )
            taken.append((m.start(), m.end()))
            found.append(mention)
            if kind in ("en_age_y", "age_y", "en_age_after_order", "en_half"):
                found += _listed_ages(text, mention, today, taken)
            elif kind in ("y4", "y2", "y2_born") and mention.precision == "year":
                found += _listed_years(text, mention, today, taken)
            if kind == "just_born":
                just.append(mention)
    found.sort(key=lambda x: x.start)
    found = [_year_by_the_age(text, m, found) for m in found]
    found = _day_after_its_year(text, found)
    # 今天出生一百天, "today she's 3 months": the day the age is told on, no birth that day
    found = [
        m
        for i, m in enumerate(found)
        if not (
            TODAY_WORD.fullmatch(text, m.start, m.end)
            and i + 1 < len(found)
            and found[i + 1].kind == "age"
            and re.search(r"\d|满月", text[found[i + 1].start : found[i + 1].end]) is not None
            and not text[m.end : found[i + 1].start].strip(" 就才刚已经都满正好整")
        )
    ]
    # "上礼拜刚生", "昨天刚出生", "3天前刚生的": the time of that birth, then "just born" of it;
    # one birth, not a second child born this month (tester 33's grandmother had two)
    return [
        m
        for i, m in enumerate(found)
        if not (m in just and i > 0 and _times_the_birth(found[i - 1], m, text))
    ]


TODAY_WORD = re.compile(r"今天|今儿|今日|today")
# A month and a two-digit number, no year: "jan 24", "march 23" (a day, or a year typed short).
MONTH_AND_TWO_DIGITS = re.compile(r"[a-z]+\.? (?P<n>\d{2})")


def _year_by_the_age(text: str, mention: Mention, found: list[Mention]) -> Mention:
    """`mention`, or, for a month and a two-digit number read as a day of the latest such month
    ("born in jan 24, she's almost 3"), that month of the year 20NN when an age the message tells
    agrees with it (within six months) and not with the day (two years or more apart)."""
    said = MONTH_AND_TWO_DIGITS.fullmatch(text, mention.start, mention.end)
    if said is None or mention.kind != "date" or mention.precision != "day" or not mention.floating:
        return mention
    year = _safe(2000 + int(said.group("n")), mention.value.month)
    if year is None or year > mention.value:
        return mention

    def months(a: date, b: date) -> int:
        return abs((a.year - b.year) * 12 + a.month - b.month)

    # the age of the same child: said in the same sentence, right after the date
    ages = [
        m
        for m in found
        if m.kind == "age"
        and 0 <= m.start - mention.end <= 40
        and not re.search(r"[.!?;。！？；]", text[mention.end : m.start])
    ]
    if any(months(m.value, year) <= 6 and months(m.value, mention.value) >= 24 for m in ages):
        return replace(mention, value=year, precision="month", floating=False)
    return mention


# Between a year and the day told after it of the same birth: 23年底生的 12月30号, 23年的 具体是12月30.
DAY_AFTER_ITS_YEAR = re.compile(
    r"(?P<part>底|末|初|年底|年末|年初)?\s*(?:的|生的?|出生的?)?\s*[，,、\s]\s*(?:具体(?:是|日子是)?|就是|是)?\s*"
)


ANOTHER_BIRTH_AFTER = re.compile(
    r"\s*(?:又|再|还|另|也)|\s*(?:添了|生了|出生了|来了|落地|降生)|\s*(?:and|then|another|had|we had)\b"
)


def _day_after_its_year(text: str, found: list[Mention]) -> list[Mention]:
    """A year, then a day of a month said with no year right after it of the same birth
    (老二23年底生的 12月30号): that day of that year, one date (tester 112 c5: the day was read
    as another child born last December). 年底/年初 take only a day of the year's end or start.
    A month said again with its day (12月 12月30号) is that one day."""
    merged: list[Mention] = []
    for m in found:
        before = merged[-1] if merged else None
        between = DAY_AFTER_ITS_YEAR.fullmatch(text, before.end, m.start) if before else None
        if (
            before is not None
            and between is not None
            and before.kind == "date"
            and before.precision == "year"
            and m.kind == "date"
            and m.precision == "day"
            and m.floating
            and not m.day_alone
            and not ANOTHER_BIRTH_AFTER.match(text, m.end)  # 六月十八又添了对双胞胎: a new birth
            and not (between.group("part") in ("底", "末", "年底", "年末") and m.value.month < 10)
            and not (between.group("part") in ("初", "年初") and m.value.month > 3)
            and (day := _safe(before.value.year, m.value.month, m.value.day)) is not None
        ):
            merged[-1] = replace(before, end=m.end, value=day, precision="day", approx=False)
            continue
        if (
            before is not None
            and before.kind == m.kind == "date"
            and before.precision == "month"
            and m.precision == "day"
            and before.floating
            and m.floating
            and before.value.month == m.value.month
            and not text[before.end : m.start].strip(" ，,、")
        ):
            merged[-1] = m  # 12月 12月30号: the month, then its day said in full; one date
            continue
        merged.append(m)
    return merged


# The one who gave birth, said between its time and "刚生" (上礼拜媳妇刚生了老三).
MOTHER_BETWEEN = re.compile(
    r"\s*(?:我|俺|咱)?(?:家)?(?:的)?(?:媳妇儿?|老婆|爱人|对象|闺女|女儿|儿媳妇?|她|我|俺|孩子(?:他|她)?妈)?\s*"
)


def _times_the_birth(before: Mention, just_born: Mention, text: str = "") -> bool:
    """A time (a date, or N days or weeks ago) written right before "刚生", or before the mother
    and "刚生" (上礼拜媳妇刚生了老三, tester 120 p6 got a fourth child): when it was."""
    near = before.end == just_born.start or bool(
        text and MOTHER_BETWEEN.fullmatch(text, before.end, just_born.start)
    )
    return near and (before.kind == "date" or before.precision == "day")


LISTED_AGE = re.compile(
    r"(?:\s*,\s*|\s*,?\s*(?:and|then|and then)\s+|\s*、\s*|\s*和\s*"
    r"|\s+(?=\d{1,2}(?:\s*,|\s+and\b)))"  # "16 14 and 2 months": phone typing, no comma
    # "9, 6 and 20 days": the last of the list in its own unit, a baby's age
    r"(?:(?P<n>\d{1,3})\s*(?P<unit>months?|mos?\b|weeks?|wks?|days?)(?:[- ]old)?(?! ago| pregnant)"
    r"|(?P<y>\d{1,2})(?:\s*岁)?"
    # not 二宝, 二胎 after a comma: the next child by its order (大宝5岁，二宝十个月)
    r"(?!\d|\.\d|\s*(?:cm|m\b|m\d|米|met(?:er|re)s?\b|个|月|宝|胎|娃|号|日|年|\u2060|kids?|children|boys?|girls?|sons?|daughters?"
    r"|st\b|nd\b|rd\b|th\b|months?|mos?\b|weeks?|wks?|days?|more\b|others?\b)))"
)  # "laoda 8, laoer 3 and 1 more in the oven": a child more, no age


LISTED_YEAR = re.compile(
    r"(?:\s*,\s*|\s*,?\s*and\s+|\s*、\s*|\s*和\s*|\s*&\s*)(?P<y>[0-2]\d)(?:\s*年)?(?![\d:/%]|\.\d)"
    + _NOT_A_UNIT
)


def _listed_years(
    text: str, first: Mention, today: date, taken: list[tuple[int, int]]
) -> list[Mention]:
    """ "born 2020 and 23", "born 19 and 23": two-digit years listed after a year (none of them
    after next year)."""
    found: list[Mention] = []
    end = first.end
    while (m := LISTED_YEAR.match(text, end)) is not None:
        year = 2000 + int(m.group("y"))
        if year > today.year + 1:
            break
        found.append(Mention(m.start("y"), m.end(), date(year, 1, 1), "year", "date", False))
        taken.append((m.start("y"), m.end()))
        end = m.end()
    return found


def _listed_ages(
    text: str, first: Mention, today: date, taken: list[tuple[int, int]]
) -> list[Mention]:
    """ "his kids are 9, 6 and 1", "3岁、1岁": the ages listed after the first."""
    found: list[Mention] = []
    end = first.end
    while (m := LISTED_AGE.match(text, end)) is not None:
        start = m.start("y") if m.group("y") else m.start("n")
        if any(start < b and a < m.end() for a, b in taken):
            break  # "5 and 1 year 9 months": the next age is read already, in its own units
        if m.group("y"):
            months = int(m.group("y")) * 12 + 6
            found.append(
                Mention(start, m.end(), _age(today, months), "month", "age", True, months=months)
            )
        elif m.group("unit").startswith("mo"):
            months = int(m.group("n"))
            found.append(
                Mention(start, m.end(), _age(today, months), "month", "age", True, months=months)
            )
        else:
            days = int(m.group("n")) * (7 if m.group("unit").startswith("w") else 1)
            found.append(Mention(start, m.end(), today - timedelta(days=days), "day", "age", True))
        taken.append((start, m.end()))
        end = m.end()
        if m.group("unit"):
            break  # the youngest, in its own unit, ends the list
    return found


@dataclass(frozen=True)
class DateReading:
    """A date read from a message, for benchmarks: ISO text at its precision, and whether it is
    worked out from an age."""

    value: str
    approx: bool


def read_dates(text: str, today: date) -> list[DateReading]:
    """The dates in a raw message (normalised here), as ISO text."""
    from understanding.text import normalise

    return [DateReading(m.iso, m.approx) for m in find_mentions(normalise(text), today)]
