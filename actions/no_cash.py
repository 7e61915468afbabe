"""'So there is no monthly money here, right?' in a city whose plan sets no cash amount: yes,
said plainly, with what the plan does say and its clause. Beijing's clause (12) only says a
family upbringing subsidy system will gradually be established; tester 33 c06 got "北京的方案
没有写这方面的规定，无法据此回答能不能" to "就是说北京没有每个月发钱的那种是吧"."""

import re

from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.text import Lang
from wording.cities import city_name
from wording.language import t

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
    rf"|\b(?:there'?s|there is|there are|it has|they have|has|have|gives?|pays?) no {_CASH_EN}\b"
    rf"|\bno {_CASH_EN}\b[^.]{{0,30}}(?:\bright\b|\?)"
    rf"|\b(?:doesn'?t|does not) (?:have|give|pay)\b[^.?]{{0,20}}{_CASH_EN}\b",
    re.I,
)


def _no_figure_cash(city: str) -> list[Entry]:
    """`city`'s cash measures when none of them carries a figure; [] when one does (Jinan's
    600 a month, clause 12) or the city has none."""
    cash = [e for e in catalogue().entries.values() if e.city == city and e.kind == "cash"]
    return cash if cash and not any(e.parameters for e in cash) else []


def no_cash_confirmed(text: str, city: str | None, lang: Lang) -> tuple[str, Entry] | None:
    """The answer to "no monthly money here, right?" for a family of `city` whose plan sets no
    cash amount, with the measure it rests on; None for any other question or city."""
    if not city or not NONE_PUT_BACK.search(text):
        return None
    found = _no_figure_cash(city)
    if not found:
        return None
    entry = found[0]
    document = catalogue().documents[entry.document].title.get(lang)
    name = city_name(city, lang)
    quote = entry.sources[0].quote
    unsaid = entry.silent_on.get(lang) if entry.silent_on else ""
    lines = [
        t(
            lang,
            f"对，{name}的方案没有按月发钱的补贴，也没有写任何金额。第{entry.clause}条只写了"
            f"“{entry.title.zh}”：{entry.summary.zh}",
            f"Yes, that's right: the {name} plan has no monthly cash payment and names no amount. "
            f'Clause {entry.clause} only says: "{quote}" {entry.summary.en}',
        ),
        t(
            lang,
            f"依据：《{document}》第{entry.clause}条",
            f"Source: {document}, clause {entry.clause}",
        ),
    ]
    if unsaid:
        lines.append(unsaid)
    return "\n".join(lines), entry
