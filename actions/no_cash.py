"""'So there is no monthly money here, right?' in a city whose plan sets no cash amount: yes,
said plainly, with what the plan does say and its clause. Beijing's clause (12) only says a
family upbringing subsidy system will gradually be established; tester 33 c06 got "北京的方案
没有写这方面的规定，无法据此回答能不能" to "就是说北京没有每个月发钱的那种是吧"."""

import re

from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.text import Lang
from wording.cities import city_name
from wording.language import lower_first, t

# "没有每个月发钱的那种是吧", "是不是没有育儿补贴", "so there's no monthly cash, right?": a
# "no money" put back to be confirmed (not 租房补贴, the rental subsidy, nor "没有…还能贷吗").
_CASH_ZH = r"(?:发钱|给钱|发的钱|现金|(?<!租赁)(?<!租房)(?<!房租)(?:育儿|养育)?补贴|补助|津贴)"
_CASH_EN = (
    r"(?:(?:monthly|child(?:care)?|upbringing|cash) ){0,2}"
    r"(?:cash|money|subsidy|allowance|payments?)"
)
NONE_PUT_BACK = re.compile(
    rf"没有[^，,。？?]{{0,12}}{_CASH_ZH}[^，,。]{{0,8}}(?:是吧|对吧|吧|是不是|对不对|是吗|对吗)"
    rf"|(?:是不是|就是说|也就是说|所以)[^，,。]{{0,6}}没有[^，,。？?]{{0,12}}{_CASH_ZH}"
    # "北京就是一分钱都没有？", "钱都不给吗": none at all, put back as a question
    rf"|(?:一分钱|分文|钱)都?(?:没有|不给|不发)[^，,。]{{0,4}}(?:[？?]|吗|吧|$)"
    # "现在没有钱领对吧", "北京现在没钱领 对不对": no money to claim, put back
    rf"|没有?(?:什么|啥|任何)?钱(?:可以|能)?(?:领|拿|发|给)[^，,。]{{0,8}}"
    rf"(?:是吧|对吧|吧|是不是|对不对|是吗|对吗)"
    rf"|\b(?:there'?s|there is|there are|it has|they have|has|have|gives?|pays?) no {_CASH_EN}\b"
    rf"|\bno {_CASH_EN}\b[^.]{{0,30}}(?:\bright\b|\?)"
    # "so in beijing we get 0 yuan cash, right?", "一个月0元对吧": nothing, as a figure of zero
    rf"|\b(?:0|zero) (?:yuan|rmb|cny)?\s*(?:{_CASH_EN})?\b[^.]{{0,30}}(?:\bright\b|\?)"
    rf"|(?<![\d.])(?:0|零)\s*(?:元|块)[^，,。]{{0,8}}(?:是吧|对吧|吧|是不是|对不对|是吗|对吗|[？?])"
    rf"|\b(?:doesn'?t|does not) (?:have|give|pay)\b[^.?]{{0,20}}{_CASH_EN}\b",
    re.I,
)


def no_figure_cash(city: str) -> list[Entry]:
    """`city`'s cash measures when none of them carries a figure; [] when one does (Jinan's
    600 a month, clause 12) or the city has none."""
    cash = [e for e in catalogue().entries.values() if e.city == city and e.kind == "cash"]
    return cash if cash and not any(e.parameters for e in cash) else []


def no_cash_confirmed(text: str, city: str | None, lang: Lang) -> tuple[str, Entry] | None:
    """The answer to "no monthly money here, right?" for a family of `city` whose plan sets no
    cash amount, with the measure it rests on; None for any other question or city."""
    if not city or not NONE_PUT_BACK.search(text):
        return None
    found = no_figure_cash(city)
    if not found:
        return None
    entry = found[0]
    name = city_name(city, lang)
    title_en = lower_first(entry.title.en)
    # "So no cash at all in Beijing?": No; "…no money, right?": Yes, that's right. One line,
    # the point said once (tester 50 P24 read "names no amount" three times in four lines).
    opener = "Yes, that's right" if CONFIRM_TAG.search(text) else "No"
    said = t(
        lang,
        f"对，{name}的方案没有按月发钱的补贴，也没有写任何金额；只写了“{entry.title.zh}”"
        f"（第{entry.clause}条）。",
        f"{opener}: the {name} plan has no cash payment and names no amount; it only has "
        f"{title_en} (clause {entry.clause}).",
    )
    return said, entry


# A question put back with a tag asking to confirm ("…, right?", "correct?", "is that so?").
CONFIRM_TAG = re.compile(
    r"\b(?:right|correct|yes|true|isn'?t it|is that so|is that right)\s*\??\s*$"
    r"|\bright\s*\?",
    re.I,
)


# The money by the month asked ("一个月给多少钱", "每月有钱领吗", "how much a month?", "any monthly
# cash?"), however much else the message tells.
_MONTHLY = r"(?:一个月|每个?月|按月|月月|\bmonthly\b|\ba month\b|\bper month\b|\beach month\b)"
_MONEY = (
    r"(?:钱|补贴|补助|发|给|多少|\bcash\b|\bmoney\b|\bsubsid|\ballowance|\bhow much\b"
    r"|\bpays?\b|\bgives?\b)"
)
MONTHLY_CASH_ASKED = re.compile(
    rf"{_MONTHLY}[^，,。.;；]{{0,10}}{_MONEY}|{_MONEY}[^，,。.;；]{{0,16}}{_MONTHLY}", re.I
)
# A part of the message about another measure's money by the month (the housing fund paid in,
# a loan repaid, rent, leave days): not the monthly cash.
OTHER_MONTHLY = re.compile(
    r"公积金|贷款|还款|房租|租金|租房|假|工资|交|\bloan\b|\bfund\b|\brent\b|\bleave\b|\bdays?\b"
    r"|\bsalary\b|\bwages?\b|\bcontribut",
    re.I,
)
PART = re.compile(
    r"[，,。.?？!！;；]|还有|另外|\band\b|\balso\b|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", re.I
)


# What money the family gets, asked outright ("What money do we get?", "能领什么钱", "给多少钱").
WHAT_MONEY = re.compile(
    r"\bwhat (?:money|cash)\b|\bany (?:money|cash)\b"
    r"|(?:能|可以)?[领拿得](?:到)?(?:什么|啥)钱|有(?:什么|啥)钱|给(?:什么|啥)钱",
    re.I,
)
# "what" and "which", not "how much": "每个月能领多少补贴" gets a plain 没有 first (tester 42 e)
WH_ASKED = re.compile(r"\b(?:what|which)\b|什么|啥", re.I)


# The income-tax deduction asked by the month ("and the tax deduction for under 3s, how much is
# it per month?", 个税专项扣除每月能扣多少), no cash word beside it: that measure's amount, not
# a cash payment (tester 53 c9 heard "No. … no monthly cash" first).
TAX_ASKED = re.compile(r"\btax|deduct|扣除|抵扣|个税|所得税", re.I)
CASH_WORD = re.compile(r"subsid|allowance|cash|补贴|发钱|给钱|现金", re.I)


def monthly_cash_asked(text: str) -> bool:
    """Some part of `text` asks the money paid by the month, or what money the family gets,
    not another measure's."""
    if TAX_ASKED.search(text) and not CASH_WORD.search(text):
        return False
    return any(
        (MONTHLY_CASH_ASKED.search(p) or WHAT_MONEY.search(p)) and not OTHER_MONTHLY.search(p)
        for p in PART.split(text)
    )


def _what_asked(text: str) -> bool:
    """The money asked with what, not how much or yes or no: no "没有。" / "No." to open."""
    if re.search(r"多少|\bhow much\b", text, re.I):  # "有啥补贴 一个月给多少钱": 没有 first
        return False
    return bool(WHAT_MONEY.search(text)) or (
        bool(WH_ASKED.search(text)) and not re.search(r"有没有|吗|\b(?:is|are|do|does)\b", text)
    )


def no_monthly_cash(text: str, city: str | None, lang: Lang) -> str | None:
    """'没有。北京的方案只写了“逐步建立家庭养育补贴制度”，没有写金额（第(12)条）。' to the money by
    the month asked in a city whose plan sets no cash amount (Beijing clause (12)), said first
    even when the message also tells the family (tester 37 c09 got a list of 4 items and no
    没有); None for any other question or city."""
    if not city or not monthly_cash_asked(text):
        return None
    found = no_figure_cash(city)
    if not found:
        return None
    entry = found[0]
    name = city_name(city, lang)
    if _what_asked(text):  # "What money do we get?": the plain fact first, no "No."
        return t(
            lang,
            f"{name}的方案没有发钱的补贴，没有写任何金额，只写了“{entry.title.zh}”"
            f"（第{entry.clause}条）。",
            f"The {name} plan gives no cash amounts: it only has "
            f"{lower_first(entry.title.en)} (clause {entry.clause}).",
        )
    return t(
        lang,
        f"没有。{name}的方案没有按月发钱的补贴，只写了“{entry.title.zh}”，没有写金额"
        f"（第{entry.clause}条）。",
        f"No. The {name} plan has no monthly cash payment; it only says: "
        f"{lower_first(entry.title.en)}, with no amount (clause "
        f"{entry.clause}).",
    )


def no_before_its_card(said: str, text: str, city: str | None, lang: Lang) -> str | None:
    """`said` with the plain no ("没有。", "No.") put before the card of the measure it rests on,
    when the money by the month is asked in a city whose plan sets none and `said` holds that
    card: the answer said once (tester 41 c06 read "没有。…只写了“逐步建立家庭养育补贴制度”…"
    and then the same measure's card after the read-back); None when `said` holds no such card."""
    if not city or not monthly_cash_asked(text):
        return None
    found = no_figure_cash(city)
    if not found:
        return None
    title = found[0].title.get(lang)
    if _what_asked(text) and any(x.startswith(title) for x in said.split("\n")):
        return no_monthly_cash(text, city, lang)  # the card in one line: no amount, clause
    lines = said.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(title):
            lines[i] = t(lang, "没有。", "No. ") + line
            return "\n".join(lines)
    return None
