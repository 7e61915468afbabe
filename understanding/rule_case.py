"""The case a question about a table rule states, as opposed to the family's own facts: the
housing-fund payers and the children of the row asked ("and one payer?" after Jinan's loan
ceiling, "jinan 3rd child, both parents pay housing fund, first home. max HPF loan?", 三孩 两人缴存
额度多少). The household reading (`understanding.household.contributors`) leaves such rule
questions out on purpose (they are not the family's payers); the answer still needs the cell."""

import re

# A number of payers that picks a row of a rule asked about (两人缴存上限多少, 一人缴存最高贷多少,
# "the max loan for 2 contributors?"): the rule's figure, not the family's payers.
RULE_PAYERS = re.compile(
    r"[1-4]\s*(?:个)?人(?:及以上|以上)?\s*(?:缴存|缴|交)?(?:的)?\s*"
    r"(?:(?:贷款)?上限|(?:贷款)?额度|最高|封顶|限额|能贷|可贷|贷多少)"
    r"|\b(?:with|for) [1-4] (?:contributors?|payers?|people paying)\b"
    # "jinan 3rd child gongjijin loan max, 2 payers": a hotline's question, the ceiling's row
    r"|(?=.*\b(?:max|maximum|ceiling|limit|cap)\b)(?=.*\bloan\b).*\b[1-4] (?:contributors?|payers?)\b"
    # 三孩的公积金贷款上限 一人缴存的 条款号: the ceiling named first, the payers' row after it
    r"|(?:上限|额度|最高|封顶|限额|能贷|可贷|贷多少).*[1-4]\s*个?人(?:及以上|以上)?\s*(?:缴存|缴|交)"
    # 二孩呢 两人缴存, 三孩家庭 一人缴存的: a kind of family by its children's number, and a row
    r"|(?<![老第\d])[2-4]\s*孩(?:家庭|的|呢)?[^我俺咱]*[1-4]\s*个?人(?:及以上|以上)?\s*(?:缴存|缴|交)"
    r"|[1-4]\s*个?人(?:及以上|以上)?\s*(?:缴存|缴|交)(?:的)?[^我俺咱]*(?<![老第\d])[2-4]\s*孩(?:家庭|呢)"
)

# The payers a question states: one ("and one payer?", "ONE parent pays", 一个人交) or two and
# more ("both parents pay", "two payers", 俩人都交, 两人缴存).
ONE_PAYER = re.compile(
    r"(?:\bone\b|\b1\b|\bsingle\b|\bonly\b|一个?人|一方|只有?一个)[^,.;，。?？]{0,14}?"
    r"(?:payer|contributor|pays|paying|交|缴)",
    re.I,
)
TWO_PAYERS = re.compile(
    r"(?:\btwo\b|\b2\b|\bboth\b|两个?人|俩人?|双方|夫妻|双职工)[^,.;，。?？]{0,14}?"
    r"(?:payer|contributor|pay|交|缴)",
    re.I,
)
# The children a question states: "3rd child", "3 kids", "three children", "a three-child
# family", 三孩, 二胎, 仨孩子.
CHILDREN_SAID = re.compile(
    r"\b([23])(?:rd|nd)? (?:child|kid|baby)\b|\b(two|three|[23]) (?:kids|children)\b"
    # "a three-child family", "for 2-kid households": a kind of family by its children's number
    r"|\b(two|three|[23])[- ](?:child|kid)(?= famil| household| home)"
    r"|\b(second|third) (?:child|kid|baby)\b|([二三两俩仨])(?:孩|胎|个孩子|个娃)|(老三)",
    re.I,
)
NUMBER_WORDS = {
    "2": 2, "3": 3, "two": 2, "three": 3, "second": 2, "third": 3,
    "二": 2, "两": 2, "俩": 2, "三": 3, "仨": 3, "老三": 3,
}  # fmt: skip


def payers_said(text: str) -> int | None:
    """1 or 2 when the text states that many housing-fund payers, else None."""
    one, two = ONE_PAYER.search(text), TWO_PAYERS.search(text)
    if one and not two:
        return 1
    if two and not one:
        return 2
    return None


# The child named is on the way: 怀孕8个月 第三胎, 怀三胎, "pregnant with our 3rd", "expecting
# a second child"; clause 14 counts the children a family "has given birth to".
ON_THE_WAY = re.compile(
    r"怀(?:孕|上|着|了)?[^,.;，。?？]{0,8}$|(?:pregnant|expecting)[^,.;?]{0,16}$", re.I
)
ON_THE_WAY_AFTER = re.compile(r"^[^,.;，。?？]{0,6}(?:怀|预产期|\bdue\b|on the way)", re.I)


def children_said(text: str) -> int | None:
    """The number of children the text states ("3rd child": 3), or None; None too when the
    child named is on the way (怀孕8个月 第三胎: the case's own children count, clause 14)."""
    found = CHILDREN_SAID.search(text)
    if found is None:
        return None
    if ON_THE_WAY.search(text[: found.start()]) or ON_THE_WAY_AFTER.search(text[found.end() :]):
        return None
    word = next(g for g in found.groups() if g)
    return NUMBER_WORDS.get(word.lower())
