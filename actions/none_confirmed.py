"""'So we get nothing at all, right?' of a family whose monthly money was just worked out, in a
city whose plan sets a figure (Jinan clause 12: 600 yuan a month for a second or third child
born on or after 1 January 2023 with Jinan hukou, until the child is 3).

The family's own answer, with the yes or no to what was put back said first: "对，没有。" and each
child's reason when nothing is paid, "不是，有：" and the money when something is. Tester 47 c8
got "不是这个数：每孩每月600元" to "就是说2022年11月生的老三 一分钱都没有是吧" (the 一 of 一分钱
read as a figure put back). A city whose plan names no
amount (Beijing's clause (12)) is answered by actions.no_cash instead."""

import re
from typing import Any

from actions.no_cash import NONE_PUT_BACK, no_figure_cash
from policy_kb.text import Lang
from understanding.text import normalise
from wording.language import t

# Nothing at all put back in other words ("啥都领不了是吧", "那就是领不了呗", "so we get nothing?"):
# the family's yes or no, never a figure. A miss put as a protest ("差两个月都不行啊") is the
# cut-off's (actions.cutoffs).
NOTHING_FOR_US = re.compile(
    r"(?:啥|什么)(?:都|也)(?:没有|没得|领不了|领不到|拿不到|不给|不能领)"
    # (not 能不能领, a question, nor 那个 naming a thing: tester 67 c5 heard "不是，有：")
    r"|(?:就是说?|那就是|所以|也就是说|那(?![个些边里]))[^，,。?？]{0,8}"
    r"(?:领不了|领不到|拿不到|(?<!能)不能领|没得领|没有份)"
    r"|(?:领不了|领不到|拿不到|(?<!能)不能领|没得领)[^，,。]{0,4}(?:是吧|对吧|呗|是不是|对不对|是吗|对吗)"
    r"|\b(?:so |then |and )?(?:we|i|they|she|he|the (?:kids?|baby|child)) (?:get|gets|getting|are "
    r"getting|will get) (?:nothing|zero|no money|not a (?:cent|penny|yuan))\b"
    r"|\bnothing at all\b|\bnot (?:even )?(?:a|one|1) (?:cent|penny|yuan)\b",
    re.I,
)

# A child named by kin or place in the family ("the older one", 大的, 双胞胎): that child's own.
CHILD_NAMED = re.compile(
    r"\b(?:older|oldest|eldest|younger|youngest|middle|first|second|third|1st|2nd|3rd|twins?)\b"
    r"|大的|小的|双胞胎|龙凤胎|[大二小\d]宝",
    re.I,
)
# One child named by its order (老大, 老二): the family's money may be another child's.
ORDER_NAMED = re.compile(r"老[大小幺\d]")
# A condition put ("if late no subsidy?", "要是晚了就没补贴了吧"): asked of, not told.
SUPPOSED = re.compile(r"\bif\b|\bunless\b|如果|要是|假如|万一|晚了|过期", re.I)

_YES_NONE = ("对，没有。", "Yes, that's right: none. ")
_NONE_OPENING = ("没有。", "No. ")


def nothing_put_back(text: str) -> bool:
    """Whether `text` puts back "no money for us" for a yes or no ("一分钱都没有是吧", "差两个月都不
    行啊", "so we get nothing?")."""
    said = normalise(text)
    return bool(NONE_PUT_BACK.search(said) or NOTHING_FOR_US.search(said))


def none_put_to_family(slots: dict[str, Any], text: str, lang: Lang) -> str | None:
    """The family's answer to "so we get nothing, right?": the monthly money worked out from
    `slots` (str, lines), opened with 对/不是 to what was put back; None when the message puts
    back no "nothing", the city's plan names no cash figure (actions.no_cash answers that), or
    the family's children are not known well enough to work the money out."""
    city = slots.get("city")
    if not city or no_figure_cash(city) or not nothing_put_back(text):
        return None
    if SUPPOSED.search(text):
        return None  # "if late no subsidy?": a condition asked of, not the family's nothing
    from actions.of_the_topic import ANYMORE  # what has ended: of_the_topic's answer
    from understanding.reader import birth_orders_named

    said = normalise(text)
    if ANYMORE.search(said) or re.search(r"没(?:有)?了|不发了|停了", said):
        return None  # "so they get nothing anymore?": the end of what they had (of_the_topic)
    if len(birth_orders_named(said)) > 1 or CHILD_NAMED.search(said):
        return None  # "老大老二是不是都没有育儿补贴": each child's answer, not the family's
    from actions.focus import asked_measure, is_monthly_money  # focus imports our callers
    from actions.results import monthly_total_for  # results imports the answers this feeds

    named = asked_measure(text, city, lang)
    if named is not None and not is_monthly_money(named):
        return None  # "when do we sign up for medical insurance? … no subsidy?": that measure's

    money = monthly_total_for(slots, "一个月一共多少", lang)
    if money is None:
        return None
    head, _, rest = money.partition("\n")
    for none in _NONE_OPENING:
        if head.startswith(none):  # nothing paid and nothing ended: yes, none, and why
            return t(lang, *_YES_NONE) + head[len(none) :].lstrip() + ("\n" + rest if rest else "")
    one_named = ORDER_NAMED.search(said)
    if head.startswith(("每月合计", "Nothing is paid monthly yet")) or head.endswith(
        "a month in total:"
    ):  # money paid now, or from a birth to come: not nothing
        if one_named:  # 老大不能领是吧 while 老二 is paid: the eldest's own answer (tester 138 p1)
            return None
        return t(lang, "不是，有：", "No, there is money:") + "\n" + money
    if head.startswith(
        ("按您家的情况，现在没有按月发放的补贴；已经结束的", "For your family, no money")
    ):
        return t(lang, "对，现在没有了。", "Yes, none now.") + "\n" + money  # it has ended
    if head.startswith("现在还没有按月发的钱"):
        return t(lang, "不是，有：", "No, there is money:") + "\n" + money
    return money  # not decided yet (the hukou, the benefits at the birth): what it turns on
