"""Who may apply, into whose account the money goes, and where it is done or paid, asked of a
measure: "钱打到谁卡上 我当姥姥的能替闺女去办吗", "政策上写了姥姥能代办吗", "can grandma apply
for her?", "护理保险补贴 去哪交", "where do we pay it?".

The plans give who gets a measure and how much, not who may claim it, whose account is paid or
whether a relative may act for the family (tester 42 c02 heard "能。" and "很可能可以" of the
grandparents' insurance). Such a question gets that silence with the clause and whom to ask,
the measure's lead department from policy_kb; never a yes. Where to pay or go for a measure is
its steps as policy_kb has them (the plan's silence on the procedure and the lead department),
not its card again."""

import re

from rasa_sdk import Tracker

from actions import render
from actions.apply_money import money_to_apply_for
from actions.focus import NUMBER, OTHER_TOPIC, QUESTION, YEAR, asked_measure, monthly_subsidy
from actions.side_questions import context_city, named_measure, topic
from policy_kb.kb import department_names
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import normalise
from wording.entitlements import clause_name
from wording.language import t

# A grandchild or the grandparents named before "是不是也给我们" (the payee asked by them).
_GRANDCHILD = r"(?:孙|老两口|老头|老伴|爷爷|奶奶|姥姥|姥爷|外公|外婆)"
# A relative of the family, or the one asking as one ("我当姥姥的", "grandma").
RELATIVE = r"(?:姥姥|姥爷|奶奶|爷爷|外婆|外公|老人|家人|亲属|亲戚|家里人|老两口|我们老两口)"
# A grown-up the claim is made for ("替闺女", "帮儿媳妇"); a parent doing it for a child
# ("给孩子办医保") is no one acting for another.
PERSON = r"(?:我?家?(?:闺女|儿媳妇?|媳妇|女婿|孩子妈|孩子他爸|孩子她妈|孩子爸|小两口|他们|她们))"
# Who may apply or into whose account it is paid, or a relative acting for the family.
ON_BEHALF = re.compile(
    r"(?:打|发|转|汇)(?:到|给)谁|谁的(?:卡|账户|账号|银行卡)|(?:打|发)到哪(?:张|个)?(?:卡|账户)"
    r"|代办|代领|代为|代(?:她|他|他们|她们)(?:办|申请|领)"
    rf"|替我?家?(?:女儿|儿子)\S{{0,3}}(?:去)?(?:办|申请|申领|领|跑)"
    rf"|(?:替|帮|给){PERSON}\S{{0,3}}(?:去)?(?:办|申请|申领|领|跑)"
    rf"|{RELATIVE}\S{{0,6}}(?:替|帮|给|代)\S{{0,6}}(?:办|申请|申领|领)"
    # "补贴是我们老人去领还是她妈妈领", "由谁来领", "who collects it, us or her mum?"
    rf"|(?:我们?|咱们?|{RELATIVE}|她|他|孩子)\S{{0,4}}(?:去|来)?(?:领|申请|办)还是\S{{0,8}}(?:领|申请|办)"
    r"|(?:由|该|是|应该)?谁(?:去|来)(?:领|申请|申领|办)|由谁(?:领|申请|申领|办)"
    # "俺儿子上班忙 俺去办行不": the one asking offers to go for the parents
    r"|(?:俺|我)(?:们)?(?:替他们|帮他们|替他|帮他|替她|帮她)?(?:去|来)(?:办|领|申请)(?:行不|行吗|行不行|中不|可以吗|能行吗|成吗)"
    r"|\bwho (?:collects|claims|picks up|applies for|should (?:apply|claim|collect)"
    r"|(?:is|are) (?:supposed|meant) to (?:apply|claim|collect))\b"
    r"|\bon (?:her|his|their|my \w+(?:'s)?) behalf\b|\bon behalf of\b"
    r"|\binstead of (?:her|him|them|my \w+)\b|\bwhose (?:bank )?account\b|\binto whose\b"
    r"|\bpaid (?:in)?to whom\b|\bwho (?:is|gets) (?:it )?paid\b"
    # "who gets the money, me or my wife?", "who receives it", "it goes to whom", "is it paid
    # to the mother or the father?" (tester 52 c10, tester 51 D2)
    r"|\bwho (?:actually |really |exactly )?(?:gets|receives|will (?:get|receive)|is (?:going to|"
    r"supposed to) (?:get|receive)|should (?:get|receive)) (?:it|the (?:money|subsidy|cash|"
    r"payments?|allowance|\d+))\b|\bwho (?:actually |really |exactly )?receives\b"
    r"|\b(?:goes|go|is paid|is sent|gets paid) to whom\b"
    r"|\b(?:paid|sent|given|go(?:es)?) to (?:the )?(?:mother|mom|mum|father|dad|me|my \w+)"
    r"(?:'s account)? or (?:to )?(?:the )?(?:mother|mom|mum|father|dad|me|my \w+)\b"
    r"|\bwhich (?:parent|one of us)\b[^.?!]{0,20}\b(?:gets|receives|is paid)\b"
    # "孙子一个月600是不是也给我们", "钱是给我们老两口的吗": the grandparents as payees (tester
    # 105 p4 heard "对")
    rf"|{_GRANDCHILD}[^。！？!?]{{0,20}}?(?:(?:是不是|是否)(?:也)?(?:给|发给|打给)(?:我们|俺们|咱们|老人)"
    r"|也(?:给|发给|打给)(?:我们|俺们|咱们)(?=吗|吧|不|呢|$|\s)|是(?:给|发给)(?:我们|俺们|咱们)的(?:吗|吧))"
    r"|(?:给|发给|打给)(?:我们|俺们|咱们)(?:老两口|老人|爷爷奶奶|姥姥姥爷)"
    r"|(?:钱|补贴|它)\S{0,3}(?:是)?(?:给|发给|打给)(?:妈妈|爸爸|孩子妈|孩子爸|我|我老婆|我老公|她|他)"
    r"\S{0,3}还是"
    r"|\b(?:grandma|grandmother|granny|grandpa|grandfather|grandparents?|relatives?"
    r"|family members?|someone else|nan|nana)\b[^.?!]{0,30}\b(?:apply|claim|do the paperwork"
    r"|handle|sign (?:up|for))\b"
    # "can my mum apply for it for us": a relative of the parents acting for them
    r"|\b(?:my|our|his|her) (?:mum|mom|mother|dad|father|parents|mother[- ]in[- ]law"
    r"|father[- ]in[- ]law|sister|brother)\b[^.?!]{0,20}\b(?:apply|claim|collect)\b"
    r"[^.?!]{0,20}\bfor (?:us|me|them|her|him)\b",
    re.I,
)
# Where to pay or go for a measure: 去哪交, 在哪办, "where do we pay".
WHERE_DONE = re.compile(
    r"(?:去|在|到)?(?:哪|哪里|哪儿|哪个地方)(?:交|缴|办|去办|去交|办理|缴费)"
    r"|\bwhere (?:do|can|should) (?:we|i|they|you) (?:pay|go|do it|sign up|enrol|enroll)\b"
    r"|\bwhere to (?:pay|go|sign up|enrol|enroll)\b|\bwhere is it (?:paid|done)\b",
    re.I,
)
# How to apply and whom to ask, of a measure the message names ("公租房那个 怎么申请 找谁", "the
# public rental housing thing, how do we apply and who do we ask"): the measure's steps and the
# plan's silence on its procedure and department. Of the measure under discussion or the money,
# the application answers take it ("800是吧 怎么申请", "where do we apply for the subsidy").
APPLY_WHO = re.compile(
    r"(?:怎么|如何|咋|去哪|在哪|到哪)\S{0,3}(?:申请|申领)|找谁|找哪个部门|问谁"
    r"|\b(?:how|where) (?:do|can|should|would) (?:we|i|they|you) apply\b|\bhow to apply\b"
    r"|\bwho (?:do|should|can|would) (?:we|i|they|you) (?:ask|go to|apply to)\b",
    re.I,
)
# Something else asked beside it (a deadline, an amount): the answers that take each part.
MORE_ASKED = re.compile(
    r"截止|期限|最晚|到期|多久|几[天年月岁]|多少|什么时候|啥时候|到哪天|能领吗|有没有"
    r"|\b(?:deadline|how long|how much|by when|until when|time limit)\b",
    re.I,
)
# Money paid into an account is asked about ("打到谁卡上", "whose account").
ACCOUNT = re.compile(r"卡|账户|账号|打到|发到|account|paid", re.I)
RELATIVE_WORDS = re.compile(
    rf"{RELATIVE}|外孙女?|孙女|孙子|\b(?:grandma|grandmother|granny|grandpa|grandfather"
    r"|grandparents?|nan|nana)\b",
    re.I,
)


def _monthly_amounts(entry: Entry) -> set[float]:
    return {
        float(v)
        for key, p in entry.parameters.items()
        if key == "monthly_amount_cny"
        for v in p.values.values()
        if isinstance(v, int | float)
    }


def measure_meant(tracker: Tracker, text: str, lang: Lang) -> Entry | None:
    """The measure a who-or-where question is about: the city's monthly money when its figure
    is quoted, else the one named (a relative's words are no measure: "姥姥" is not the
    grandparents' insurance), else the one under discussion, else the city's monthly money."""
    city = context_city(tracker)
    money = monthly_subsidy(city)
    said = normalise(text)
    quoted = {float(n) for n in NUMBER.findall(YEAR.sub(" ", said))}
    if money is not None and quoted & _monthly_amounts(money):
        return money
    named = named_measure(RELATIVE_WORDS.sub(" ", text), city, lang)
    current = topic(tracker)
    paid = ACCOUNT.search(said) or re.search(r"钱|\bmoney\b|\bcash\b", said)
    if named is None and money is not None and current is not None and current.kind != "cash":
        # "钱是打到谁卡上" after the grandparents' insurance (no money paid to anyone's card): the
        # family's monthly money (tester 97 j10 got the insurance's silence)
        current = money if paid else current
    return named or current or money


def paid_to_whom(entry: Entry, theirs: str, lang: Lang) -> str:
    """Who receives money the plan gives to others than families: its text names them (Jinan
    clause 12: "Recorded child-care service organizations that enroll infants and toddlers
    under the age of 3 … will be given subsidies for child-care fees based on the actual number
    of enrolments, at a rate of 400 yuan per person per month"), so the answer is theirs, not
    the plan's silence on who may claim (tester 57 c08)."""
    return "\n".join(
        [theirs, render.entry_brief(entry, lang), render.lead_departments(entry, lang)]
    )


def on_behalf_answer(entry: Entry, text: str, lang: Lang) -> str:
    """The plan's silence on who may claim `entry`, whose account is paid and whether a
    relative may act for the family, with the clause; then whom to ask."""
    title = entry.title.get(lang)
    clause = clause_name(entry.clause, lang)
    money = bool(_monthly_amounts(entry)) or bool(ACCOUNT.search(text))
    names = t(lang, "、", ", ").join(d.get(lang) for d in department_names(entry.departments.lead))
    ask = (
        t(lang, f"请向牵头部门{names}咨询。", f"Ask the lead department, the {names}.")
        if names
        else t(lang, "方案也没有指明负责部门。", "The plan names no responsible department either.")
    )
    account = t(lang, "钱发到谁的账户、", "into whose account the money is paid, ") if money else ""
    return t(
        lang,
        f"方案（{clause}）没有写{title}由谁申领、怎么申领、{account}能否由家人代为办理，"
        f"所以我不能说可以或不可以。{ask}",
        f"The plan ({clause}) does not say who may claim the {title}, how it is claimed, "
        f"{account}or whether a relative may apply on the family's behalf, so I cannot say yes "
        f"or no. {ask}",
    )


def who_or_where_answer(tracker: Tracker, text: str, lang: Lang) -> tuple[str, Entry] | None:
    """The answer to who may apply for a measure, into whose account, or whether a relative may
    do it (the plan's silence and the lead department); or to where it is paid or done (its
    steps); with the measure it is about. None for any other message."""
    # an enrolment told ("25年10月给他们办的医保"): a thing done, no one's claim asked
    if ON_BEHALF.search(text) and (
        QUESTION.search(normalise(text)) or re.search(r"谁|还是|哪|\bwho\b", text, re.I)
    ):
        entry = measure_meant(tracker, text, lang)
        if entry is None:
            return None
        theirs = render.paid_to_others(entry, lang)
        if theirs is not None:  # "the 400 nursery subsidy, who receives it, me or nursery?"
            return paid_to_whom(entry, theirs, lang), entry
        return on_behalf_answer(entry, text, lang), entry
    if MORE_ASKED.search(text):
        return None
    if not WHERE_DONE.search(text):
        city = context_city(tracker)
        if not APPLY_WHO.search(text) or named_measure(text, city, lang) is None:
            return None
    if money_to_apply_for(text, context_city(tracker), topic(tracker)) is not None:
        return None  # "去哪办那600": the application answer of the monthly money
    city = context_city(tracker)
    current = topic(tracker)
    # a measure's words ("the grandparents' care insurance") find it; "where do we pay it" is
    # the one under discussion
    asked = asked_measure(text, city, lang) if current is None or OTHER_TOPIC.search(text) else None
    entry = named_measure(text, city, lang) or asked or current
    if entry is None:
        return None
    steps = render.follow_up(entry, text, lang)
    clause = clause_name(entry.clause, lang)
    if clause not in steps:  # the silence on its procedure is the plan's, with its clause
        steps += t(lang, f"（{clause}）", f" ({clause})")
    return steps, entry
