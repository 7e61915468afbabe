"""Where to apply for the monthly money named by its figure ("那我们去哪申请那600", "where do they
apply for the 800 a month?", "600的育儿补贴去哪申请 不是陪产假"): the city's monthly subsidy (Jinan
clause 12; the 800 is its 600 and the 200 paid with it), never the measure discussed before
(tester 41 c01 got the paternity leave's steps, then the subsidy with the paternity card again;
tester 40 r02 heard the amounts once more). The plan gives no application procedure for it:
that is said first, then whom to ask, the lead department from policy_kb."""

import re

from actions import render
from actions.focus import (
    NUMBER,
    OTHER_TOPIC,
    QUESTION,
    YEAR,
    child_enrolment_asked,
    figures_checked,
    is_monthly_money,
    monthly_subsidy,
    paid_together_group,
    topic_named_measure,
)
from actions.side_questions import asks_back_pay, named_measure
from policy_kb.kb import department_names
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import clauses, normalise
from wording.entitlements import clause_name
from wording.language import t

# Where or how to apply or claim is asked: 去哪申请, 怎么领, 在哪办, 找谁申请, "where do we apply",
# "how do I claim", "who do we apply to".
APPLY_ASKED = re.compile(
    r"(?:去哪|在哪|哪里|哪儿|到哪|怎么|如何|咋|找谁|找哪|哪个部门)\S{0,6}(?:申请|申领|领|办|报)"
    r"|(?:申请|申领|办理)\S{0,4}(?:去哪|在哪|哪里|找谁|流程|手续)"
    r"|\b(?:where|how|who|which (?:office|department))\b[^.?!]{0,40}\b(?:apply|claim|sign up"
    r"|register)\b|\bapplication\b|\bapply for\b",
    re.I,
)
# Something else asked beside the application (a deadline, an amount, until when): answered by
# the answers that take each part.
MORE_ASKED = re.compile(
    r"截止|期限|最晚|到期|多久|几[天年月岁]|多少|什么时候|啥时候|到哪天"
    r"|\b(?:deadline|how long|how much|by when|until when|time limit)\b",
    re.I,
)
# Another measure set aside ("不是陪产假", "not the paternity leave"): not what is asked.
NEGATED = re.compile(
    r"不是[^\s，,。？?！!]{0,10}|\bnot (?:about |asking about )?(?:the |my |our )?[a-z]+"
    r"(?: leave| insurance| loan| fund)?",
    re.I,
)
# The measure's silence that says the plan gives no way to claim it (Jinan clause 12's subsidy:
# "方案未写申领流程…", "The plan does not state how to claim…").
NO_PROCEDURE = re.compile(
    r"未写申领|未写申请|未写办理|没有写申领|申领流程|how to claim|how to apply", re.I
)


# When the money starts is asked ("从啥时候开始发", "哪个月开始领", "when does it start"): the
# plan's silence on the start month, said with the application (Jinan clause 12).
START_ASKED = re.compile(
    r"(?:从|打)?(?:啥时候|什么时候|哪个月|哪一个月|几月份?|哪天)(?:开始|起)?(?:发|领|给|算|打钱|到账|拿)"
    r"|(?:开始|起)(?:发|领|给)(?:放)?(?:是)?(?:啥时候|什么时候|哪个月)"
    r"|\bwhen (?:does|do|will|would) (?:it|they|the (?:money|subsidy|payments?|600|800))"
    r"(?: \w+){0,2} (?:start|begin|come|be paid|arrive)\b"
    r"|\bwhen (?:does|do|will) (?:it|payment|the payment) start\b|\bstart(?:ing)? (?:date|month)\b"
    r"|\bfrom (?:which|what) month\b",
    re.I,
)
# Whether it is paid as soon as the child is born ("生完能不能马上领钱", "can we get the money right
# after the birth?"): the start month asked, which the plan does not give (Jinan clause 12).
RIGHT_AFTER_BIRTH = re.compile(
    r"(?:生完|生了|生下来|出生后?|落地)\S{0,4}(?:马上|立刻|立即|立马|就)\S{0,4}(?:领|发|拿|给|到账)"
    r"|(?:马上|立刻|立即|立马)(?:就)?(?:能|可以)?(?:领|发|拿|到账)"
    r"|\b(?:right|straight|immediately|as soon as)\b[^.?!]{0,25}\b(?:birth|born)\b",
    re.I,
)
# Whether it is paid without applying ("要自己申请吗 还是自动发", "is it automatic?").
AUTOMATIC_ASKED = re.compile(
    r"自动|直接(?:发|打)|不用(?:去)?申请|(?:要不要|需不需要|用不用|需要|要|得)(?:自己)?(?:去)?申请"
    r"|\bautomatic(?:ally)?\b|\b(?:have|need) to apply\b|\bapply (?:for it )?or (?:is|does)\b",
    re.I,
)
# Whether the money is paid by itself, said of money ("自动发不发", "是直接打卡上吗", "is it paid
# automatically"): only money is paid, so the city's monthly money is meant whatever measure was
# discussed before (tester 48 c02 got the housing-fund loan's steps, then "没太明白").
PAID_BY_ITSELF = re.compile(
    r"自动(?:发|打|到账|给|拨|领|发放)|发不发|(?:直接|主动)(?:发|打|给)(?:到|钱)?"
    r"|\b(?:paid|pays?|sent|deposited|comes?|given) (?:out )?automatically\b"
    r"|\bautomatic(?:ally)? (?:paid|payments?|deposits?|transfers?)\b",
    re.I,
)
# Where to go, whom to ask or what to bring ("去哪办 要带啥", "which office", "what documents").
OFFICE_ASKED = re.compile(
    r"(?:带|准备|要|需要)(?:啥|什么|哪些)(?:材料|证件|东西)?|(?:什么|啥|哪些)材料|找(?:哪个|什么)部门"
    r"|哪个部门|\bwhich (?:office|department|bureau|agency)\b|\bwhat documents?\b"
    r"|\bwhat (?:do|should) (?:i|we) bring\b",
    re.I,
)


# Whether it is too late to apply ("现在去申请还来得及吗", "is it too late to apply now?"): the
# plan sets no deadline for the application, said with its silence on the procedure (Jinan
# clause 12). A deadline asked by name (期限, "deadline") has its own answer (MORE_ASKED), and
# "还能领吗", "can we still claim it" ask whether it is still paid or paid back.
LATE_ASKED = re.compile(
    r"来得及|来不及|晚不晚|(?:申请|申领)\S{0,4}(?:晚了|过期)|\btoo late\b",
    re.I,
)


# Whether it can be claimed already, before the birth ("can I apply now? the baby isn't born
# yet", "还没生 现在能申请吗"): the answer that says not yet, not where to apply.
BEFORE_BIRTH = re.compile(
    r"\b(?:not|isn't|isnt|hasn't|hasnt) (?:been )?born\b|\bbefore (?:the |she's |he's )?birth\b"
    r"|\b(?:now|yet|already)\b|还没(?:生|出生)|没出生|生之前|出生前|现在就?(?:能|可以)",
    re.I,
)


# The birth's own registration ("出生登记在哪办", "where do we register?", 上户口): the "birth one
# thing" joint office (Jinan clause 2), another measure than the money's application.
BIRTH_REGISTRATION = re.compile(
    r"\S{0,4}(?:登记|上户口|报户口|落户|出生证)(?:呢|啊|吗)?"
    r"|\bregist(?:er|ering|ration)\b(?! (?:for|to get) )",
    re.I,
)


def _asks_application(text: str) -> bool:
    """Whether `text` asks how or where the money is claimed, or whether without applying, and
    nothing else that MORE_ASKED names (a deadline, an amount); the start month asked with it
    is part of the application, not asked alone. Registering the birth is no application for
    the money (tester 45 c05: "from which month is the subsidy paid, and where do we
    register?" asks the start month and the registration)."""
    text = BIRTH_REGISTRATION.sub(" ", text)
    if LATE_ASKED.search(text):
        return True  # "现在去申请还来得及吗": no deadline and no procedure in the plan
    if RIGHT_AFTER_BIRTH.search(text) and not MORE_ASKED.search(text):
        return True  # "生完能不能马上领钱": no start month and no procedure in the plan
    if not (APPLY_ASKED.search(text) or AUTOMATIC_ASKED.search(text) or OFFICE_ASKED.search(text)):
        return False  # "when does it start and when does it stop": the subsidy's own dates
    return not MORE_ASKED.search(START_ASKED.sub(" ", text))


def money_to_apply_for(text: str, city: str | None, current: Entry | None = None) -> Entry | None:
    """The city's monthly money when the message asks where or how to apply for it by its
    figure (600, or the 800 of 600 and 200 together), or, with that money or the money paid
    with it under discussion (`current`: Jinan clause 12's 600 or its 200 supplement), asks
    how, where or from when it is claimed with no measure named ("咋申请 去哪办 要带啥", "do I
    have to apply or is it automatic?"): the subsidy the rest is paid with. None when no
    application is asked, or neither such a figure nor such a topic is there."""
    if city is None:
        return None
    said = normalise(text)
    base = monthly_subsidy(city)
    group = (paid_together_group(base) or [base]) if base is not None else []
    named = named_measure(NEGATED.sub(" ", said), city, "en" if said.isascii() else "zh")
    # "育儿补贴那800 自动发还是要申请", "所以到底自动发不发": whether the money named, or the
    # payment of no other measure named, comes without applying, whatever was discussed before
    meant = (
        (named in group and AUTOMATIC_ASKED.search(said) is not None)
        or (named is None and PAID_BY_ITSELF.search(said) is not None)
        or (named in (*group, None) and RIGHT_AFTER_BIRTH.search(said) is not None)
    )
    in_talk = meant or (current is not None and current.city == city and is_monthly_money(current))
    if in_talk:
        if not _asks_application(text) or (
            BEFORE_BIRTH.search(text) and not LATE_ASKED.search(text)
        ):
            return None  # "can I apply now? the baby isn't born yet": not yet, its own answer
    elif not (
        APPLY_ASKED.search(BIRTH_REGISTRATION.sub(" ", text)) or AUTOMATIC_ASKED.search(said)
    ) or MORE_ASKED.search(text):
        # "…and is there a deadline", "800是吧 怎么申请": the answers that say both; "is the
        # 800 automatic or do we have to apply somewhere?": the money named by its figure
        return None
    if figures_checked(text)[0] and not in_talk:
        return None
    other = named or topic_named_measure(said, city) or child_enrolment_asked(said, city)
    if not meant and other is not None and other not in group:
        # "we haven't signed the baby up for medical insurance yet, is it too late … where do
        # we go" after the 600: the newborn's insurance (Jinan 15), never the 600's (t88 c7)
        return None  # "the rent thing, how do we withdraw? automatic?" after the 600: the rent
        # withdrawal's own way (Jinan 14), not the 600's again (tester 50 e09)
    if base is None or OTHER_TOPIC.search(NEGATED.sub(" ", _asking_clauses(said))):
        return None  # "公积金那600怎么申请": another measure's words
    if meant or (in_talk and current in group):
        return base  # "你还没说咋申请呢 去哪办 要带啥" after the 600: its application
    amounts = {
        float(v)
        for e in group
        for key, p in e.parameters.items()
        if key == "monthly_amount_cny"
        for v in p.values.values()
        if isinstance(v, int | float)
    }
    quoted = {float(n) for n in NUMBER.findall(YEAR.sub(" ", said))}
    if not quoted & family_sums({*amounts, sum(amounts)}, base):
        return None
    return base


def _asking_clauses(said: str) -> str:
    """The clauses of `said` that ask something (the application, whether it is paid by
    itself, another question), or all of it when none does alone: a fact told beside the
    question ("is the 800 automatic or do we have to apply somewhere? we rent btw no house",
    "800的是自动发还是要自己申请 我们租房住 没房") names no other measure asked about."""
    asking = [
        c
        for sentence in re.split(r"(?<=[?？!！。;；])", said)
        for _, c in clauses(sentence)
        if APPLY_ASKED.search(c)
        or AUTOMATIC_ASKED.search(c)
        or PAID_BY_ITSELF.search(c)
        or QUESTION.search(c)
    ]
    return " ".join(asking) if asking else said


def family_sums(per_child: set[float], base: Entry) -> set[float]:
    """The monthly sums a family may be paid for all its children paid (each child's 600 or 800,
    for as many children as the plan's birth orders pay: Jinan clause 12's 2nd and 3rd): "the
    1200" of twins is the subsidy of both (tester 46 c03 got public rental housing)."""
    orders = base.parameters.get("birth_orders")
    paid = max(
        (len(v) for v in orders.values.values() if isinstance(v, list)) if orders else [1],
        default=1,
    )
    sums = set(per_child)
    for _ in range(paid - 1):
        sums |= {a + b for a in sums for b in per_child}
    return sums


def apply_answer(entry: Entry, lang: Lang, question: str = "") -> str:
    """Where to apply for `entry`: that the plan gives no procedure, where its silence says so,
    with the clause, and, when `question` asks them, that it says neither the start month nor
    whether it is paid without applying; then whom to ask (its lead department). Else its
    steps as policy_kb has them."""
    silent = entry.silent_on.get(lang) if entry.silent_on is not None else ""
    if not NO_PROCEDURE.search(silent):
        return render.follow_up(entry, "", lang)
    title = entry.title.get(lang)
    clause = clause_name(entry.clause, lang)
    names = t(lang, "、", ", ").join(d.get(lang) for d in department_names(entry.departments.lead))
    ask = (
        t(
            lang,
            f"请向牵头部门{names}咨询申领方式。",
            f"Ask the lead department, the {names}, where and how to apply.",
        )
        if names
        else t(lang, "方案也没有指明负责部门。", "The plan names no responsible department either.")
    )
    also = []
    if LATE_ASKED.search(question):
        also.append(
            t(
                lang,
                "申领期限（没有规定要在什么时候之前申请）",
                "whether there is a deadline for applying",
            )
        )
    if START_ASKED.search(question) or RIGHT_AFTER_BIRTH.search(question):
        also.append(t(lang, "从哪个月开始发", "from which month it is paid"))
    if question and asks_back_pay(question, entry):  # "she never applied, can she get back
        # pay for all the months? and where does she apply" (tester 79 c2)
        also.append(t(lang, "能否补发前面没领的月份", "whether months not claimed are paid back"))
    if AUTOMATIC_ASKED.search(question):
        also.append(
            t(
                lang,
                "是自动发放还是要自己申请",
                "whether it is paid automatically or must be applied for",
            )
        )
    unwritten = (
        t(lang, f"也没有写{'、'.join(also)}。", f". Nor does it say {' or '.join(also)}.")
        if also
        else t(lang, "。", ".")
    )
    return t(
        lang,
        f"{title}：方案（{clause}）只规定了发给谁、发多少，没有写申领流程（去哪申请、要什么材料、"
        f"怎么发放）{'，' if also else ''}{unwritten}{ask}",
        f"{title}: the plan ({clause}) says who gets it and how much, but gives no "
        f"application procedure: it does not say where to apply, which documents are needed or "
        f"how it is paid{unwritten} {ask}",
    )
