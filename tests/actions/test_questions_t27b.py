"""Tester 26's conversations that were answered with a rule block, a question that could not
change the answer, or a "不能" that was not meant: the family known so far (the slots), what the
citizen wrote, and what the reply must and must not say."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.conversation import ActionAskChildren
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.test_follow_up_questions import ask

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}
ON_THE_WAY = {**UNDATED, "expected": True}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# --- 1. the asked child's money while the elder children's dates are unknown -------------

# Tester 26 c05: a grandfather for his daughter in Jinan (Jinan hukou): 老三 born March 2026
# while she drew unemployment benefits; 老大's and 老二's dates never said.
GRANDFATHER = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": False,
    "children_partial": [
        UNDATED,
        UNDATED,
        {**UNDATED, "birth_date": "2026-03-01", "precision": "month", "hardship_at_birth": True},
    ],
    "requested_slot": "children",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("一个月多少钱 领到啥时候", "zh"),  # tester 26 c05
        ("老三每个月能拿多少钱", "zh"),
        ("每月给多少 发到几岁", "zh"),
        ("how much a month and until when?", "en"),
    ],
)
async def test_the_third_childs_800_is_answered_without_the_elders_dates(
    text: str, lang: str
) -> None:
    """Jinan clause 12: a third child born while on unemployment benefits gets 600+200 = 800 a
    month until 3, however old the elder two are. Tester 26 c05 got the two rules and "还需要
    知道：孩子的人数和出生日期…"."""
    reply, _ = await ask(text, lang, **GRANDFATHER)
    if lang == "zh":
        assert "第3个孩子：600+200=800元/月，至2029年3月1日" in reply, reply
        assert "第2个孩子的出生日期" in reply, reply  # the 2nd child's own money stays open
        assert "还需要知道" not in reply and "孩子的人数和出生日期" not in reply, reply
    else:
        assert "600+200=800 yuan/month" in reply and "1 Mar 2029" in reply, reply
    assert "第12条" in reply or "clause 12" in reply, reply


async def test_after_the_answer_the_date_asked_is_the_one_that_changes_the_money() -> None:
    """The eldest is never paid (clause 12: second and third children), so after the monthly
    money the children question asks 老二's date, not 老大's (asked twice in c05)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("x", language="zh", topic_entry="jinan.childcare_subsidy", **GRANDFATHER)
    events = await ActionAskChildren().run(dispatcher, tracker, DOMAIN)
    assert texts(dispatcher) == "第2个孩子是哪年哪月出生的？"
    assert {"event": "slot", "timestamp": None, "name": "child_in_talk", "value": 2} in events


# --- 2. twins on the way beside one born child: the 2nd and 3rd, whatever its date ---------

# Tester 26 r05: "济南的 怀了双胞胎 家里已经有一个了": no dates, hukou not said.
TWINS_BESIDE_ONE = {
    "city": "jinan",
    "children_partial": [UNDATED, ON_THE_WAY, ON_THE_WAY],
    "requested_slot": "children",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("这俩生下来有补贴没", "zh"),  # tester 26 r05
        ("双胞胎生了每个月能领多少钱", "zh"),
        ("will the twins get the monthly subsidy?", "en"),
    ],
)
async def test_twins_on_the_way_beside_one_child_get_600_each_whatever_its_date(
    text: str, lang: str
) -> None:
    """Jinan clause 12 pays second and third children 600 a month to 3; twins after one child
    are both, whatever the eldest's date. The hukou is still open: the figure on it."""
    reply, _ = await ask(text, lang, **TWINS_BESIDE_ONE)
    if lang == "zh":
        assert reply.startswith("如果是济南户口：第2个孩子、第3个孩子每人每月600元"), reply
        assert "1,200元" in reply and "满3周岁" in reply, reply
        assert "还需要知道" not in reply, reply
    else:
        assert reply.startswith("If you have Jinan hukou (not known yet):"), reply
        assert "600 yuan a month each" in reply and "1,200 yuan" in reply, reply
    assert "第12条" in reply or "clause 12" in reply, reply


async def test_the_children_question_asks_the_twins_due_date_not_the_eldests_birth() -> None:
    """The eldest's date cannot change the twins' money; their due date gives its dates."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "x", language="zh", topic_entry="jinan.childcare_subsidy", **TWINS_BESIDE_ONE
    )
    await ActionAskChildren().run(dispatcher, tracker, DOMAIN)
    assert texts(dispatcher) == "老二的预产期是哪年哪月？"


async def test_with_nothing_discussed_the_money_decides_which_date_is_asked() -> None:
    """No measure under discussion (the full check gives the money first): the date that
    decides the money is asked, the twins' due date, not the eldest's (changed in fix-t35j:
    "第1个孩子是哪年哪月出生的？" here was the question tester 34 c04 and 35 c09 found asked of
    a date no answer turned on)."""
    dispatcher = CollectingDispatcher()
    await ActionAskChildren().run(
        dispatcher, make_tracker("x", language="zh", **TWINS_BESIDE_ONE), DOMAIN
    )
    assert texts(dispatcher) == "老二的预产期是哪年哪月？"


async def test_with_everything_asked_the_first_missing_date_comes_in_order() -> None:
    """The rest of the check (scope "all"): the children in order, as before."""
    dispatcher = CollectingDispatcher()
    await ActionAskChildren().run(
        dispatcher,
        make_tracker("x", language="zh", check_scope="all", **TWINS_BESIDE_ONE),
        DOMAIN,
    )
    assert texts(dispatcher) == "第1个孩子是哪年哪月出生的？"


async def test_a_date_that_changes_the_money_is_still_needed() -> None:
    """Two children, the younger's date unknown: whether it was born from 2023 decides its 600
    (clause 12), so no figure is given for it as certain."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {**UNDATED, "birth_date": "2019-05-01", "precision": "month"},
            UNDATED,
        ],
    }
    reply, _ = await ask("二宝每月能领多少", "zh", **family)
    assert "每人每月600元" not in reply and "600元/月" not in reply, reply


# --- 3. one fact open: the answer on it, in one line, and that fact asked ------------------

# Tester 26 c12: Jinan hukou, on special hardship support now, 老大 about 5, 老二 born
# 2026-08-20; whether they were on it at that birth not said yet.
HARDSHIP_NOW = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": True,
    "children_partial": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month", "approx": "5岁"},
        {**UNDATED, "birth_date": "2026-08-20", "precision": "day"},
    ],
    "requested_slot": "hardship_at_birth",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("一个月800是吧 到哪年", "zh"),  # tester 26 c12
        ("那就是每月800块？", "zh"),
        ("so it's 800 a month? until when", "en"),
    ],
)
async def test_800_asked_while_the_benefit_at_the_birth_is_open_is_answered_on_it(
    text: str, lang: str
) -> None:
    """Jinan clause 12: 200 more a month for a birth while on dibao, special hardship support
    or unemployment benefits. With that the one fact open, "800?" is 800 on it, to the third
    birthday, else 600, and that fact is asked; not "还不一定" and the block."""
    reply, _ = await ask(text, lang, **HARDSHIP_NOW)
    if lang == "zh":
        assert reply.startswith("如果第2个孩子2026年8月出生时家里在领"), reply
        assert "600+200=800元/月，到2029年8月20日（满3周岁）；否则是600元/月。" in reply, reply
        assert reply.endswith("孩子出生时，家里已经在领其中一种了吗？"), reply
        assert "还不一定" not in reply and "每月合计" not in reply, reply
    else:
        assert reply.startswith("If the family was on"), reply
        assert "600+200=800 yuan a month until 20 Aug 2029 (turns 3); otherwise 600" in reply
        assert reply.endswith("Was the family on one of them at the birth?"), reply
    assert "第12条" in reply or "clause 12" in reply, reply


async def test_600_confirmed_is_still_a_plain_yes() -> None:
    reply, _ = await ask("一个月600是吧", "zh", **HARDSHIP_NOW)
    assert reply.startswith("对。"), reply


# --- 4. the benefits of the birth have ended since: does the 200 go on? --------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("现在不领失业金了还给那200吗", "zh"),  # tester 26 c05
        ("她现在不再领失业保险金了 加发的钱会停吗", "zh"),
        ("she's off unemployment benefits now, does the extra 200 stop?", "en"),
    ],
)
async def test_benefits_ended_after_the_birth_get_the_plain_answer_and_the_silence(
    text: str, lang: str
) -> None:
    """Jinan clause 12: the 200 more a month is for a birth while on dibao, special hardship
    support or unemployment benefits, paid until the child turns 3; whether ending the
    benefits later stops it the plan does not say. Tester 26 c05 got the rule block again."""
    reply, _ = await ask(text, lang, **GRANDFATHER)
    if lang == "zh":
        assert reply.startswith(
            "第3个孩子出生时在领，每月加发的200元按方案发到孩子满3周岁，也就是到2029年3月1日（第12条）。"
        ), reply
        assert "没写之后不再领取时加发是否停止" in reply and "济南市卫生健康委员会" in reply
        assert "直至孩子3周岁。\n依据" not in reply, reply  # no rule block
    else:
        assert reply.startswith("Child 3 was born while the family was on those benefits"), reply
        assert "until 1 Mar 2029 (clause 12)" in reply, reply
        assert "says nothing about stopping the supplement" in reply, reply
    assert reply.count("\n") == 1, reply  # two lines, fit for a phone


async def test_the_birth_not_on_benefits_still_gets_no() -> None:
    """A birth not on such benefits never had the 200: not "paid until 3"."""
    family = {**GRANDFATHER, "children_partial": [dict(c) for c in GRANDFATHER["children_partial"]]}
    family["children_partial"][2]["hardship_at_birth"] = False
    reply, _ = await ask("现在不领失业金了还给那200吗", "zh", **family)
    assert "按方案发到孩子满3周岁" not in reply, reply


# --- 5. "不能。" only for a yes/no question whose answer is no --------------------------

# Tester 26 r02: Jinan hukou, an eldest about 6, twins born March 2023 (3 in March 2026).
TWINS_NOW_THREE = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2020-06-01", "precision": "month", "approx": "6岁"},
        {**UNDATED, "birth_date": "2023-03-01", "precision": "month"},
        {**UNDATED, "birth_date": "2023-03-01", "precision": "month"},
    ],
    "requested_slot": "birth_insurance",
}


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        (
            "600是每个孩子都有吗",
            "zh",
            "第2个孩子、第3个孩子不发了（已于2026年3月1日停发）；第1个孩子没有。",
        ),
        ("双胞胎都能领600吗", "zh", "不发了（已于2026年3月1日停发）。"),
        ("do the twins get the 600?", "en", "No longer (stopped on 1 Mar 2026)."),
    ],
)
async def test_money_paid_that_has_ended_is_a_yes_that_stopped(
    text: str, lang: str, opening: str
) -> None:
    """Jinan clause 12: twins born March 2023 were second and third children with 600 a month
    each until 3, which ended in March 2026. "不能。" read as "you never qualified" (r02), and
    "有（已于…停发）" as "yes, paid now" (tester 39 c07): it stopped, said as such."""
    reply, _ = await ask(text, lang, **TWINS_NOW_THREE)
    assert reply.startswith(opening), reply
    assert not reply.startswith(("不能", "No.", "有", "Yes")), reply
    assert "第12条" in reply or "clause 12" in reply, reply


# Tester 26 c05 after the grandfather told the elder two's ages.
THREE_CHILDREN_THIRD_ON_BENEFITS = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": False,
    "children": [
        {**UNDATED, "birth_date": "2018-06-01", "precision": "month", "approx": "8岁"},
        {**UNDATED, "birth_date": "2022-06-01", "precision": "month", "approx": "4岁"},
        {**UNDATED, "birth_date": "2026-03-01", "precision": "month", "hardship_at_birth": True},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "他们家老大老二多大了要不要说 老大8岁 老二4岁",  # tester 26 c05
        "老大老二有什么补贴吗",
        "what do the older two get?",
    ],
)
async def test_a_question_that_is_not_yes_or_no_opens_with_no_no(text: str) -> None:
    """A question asking what or how old ("有什么…吗", "多大了要不要说") is no yes/no
    question: no bare 不能 before the answer (tester 26 c05, c07)."""
    lang = "en" if text.isascii() else "zh"
    reply, _ = await ask(text, lang, **THREE_CHILDREN_THIRD_ON_BENEFITS)
    assert not reply.startswith(("不能", "No.")), reply


async def test_a_yes_no_question_whose_answer_is_no_still_opens_with_no() -> None:
    """Jinan clause 15's newborn insurance subsidy is for second and third children born from
    2023: 老大 and 老二 (born 2018 and 2022) get none, and "能领吗" is told so first."""
    reply, _ = await ask("老大老二能领医保补贴吗", "zh", **THREE_CHILDREN_THIRD_ON_BENEFITS)
    assert reply.startswith("不能。"), reply


def test_what_and_whether_questions_are_told_apart() -> None:
    from actions.headline import asks_what

    assert asks_what("有什么补贴吗 一次性的或者每个月的")  # tester 26 c07
    assert asks_what("what subsidies are there?")
    assert not asks_what("what about the older one, does she get it?")
    assert not asks_what("老大有没有补贴")
    assert not asks_what("双胞胎都能领600吗")


# --- 6. "why not" after a yes: it is a yes, said again in brief -----------------------------

# Tester 26 c02: Jinan hukou, employee maternity insurance, 老大 about 6, 老二 born October
# 2025; the bot had just said 600 a month for 老二.
SECOND_BORN_OCTOBER_2025 = {
    "city": "jinan",
    "hukou_in_city": True,
    "birth_insurance": "employee_maternity",
    "children": [
        {**UNDATED, "birth_date": "2020-06-01", "precision": "month", "approx": "6岁"},
        {**UNDATED, "birth_date": "2025-10-01", "precision": "month"},
    ],
    "requested_slot": "hardship_at_birth",
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("为什么没有 我二宝不是2023年以后生的吗", "zh", "ask_policy"),  # tester 26 c02
        ("为什么没有 我二宝不是2023年以后生的吗", "zh", "nlu_fallback"),  # c02b: a fallback
        ("怎么没有啊 老二是去年生的", "zh", "ask_policy"),
        ("why don't we get it? my second was born after 2023", "en", "nlu_fallback"),
    ],
)
async def test_why_not_after_the_600_was_given_says_it_is_paid(
    text: str, lang: str, intent: str
) -> None:
    """Jinan clause 12: a second child born October 2025 gets 600 a month until October 2028.
    The citizen misread the answer: yes, and the figures again; not a fallback or an
    unrelated measure."""
    from actions.answers import ActionAnswerPolicyQuestion, ActionUnclearInForm

    action = ActionAnswerPolicyQuestion() if intent == "ask_policy" else ActionUnclearInForm()
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **SECOND_BORN_OCTOBER_2025)
    await action.run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    if lang == "zh":
        assert reply.startswith("有的，"), reply
        assert "第2个孩子：600元/月，至2028年10月1日" in reply, reply
        assert "没太明白" not in reply and "第15条" not in reply, reply
    else:
        assert reply.startswith("You do get it:"), reply
        assert "child 2: 600 yuan/month, until 1 Oct 2028" in reply, reply
    assert "第12条" in reply or "clause 12" in reply, reply


async def test_why_not_after_a_real_no_is_not_told_yes() -> None:
    """The eldest alone (no second child): nothing paid, so no "有的"."""
    family = {**SECOND_BORN_OCTOBER_2025, "children": SECOND_BORN_OCTOBER_2025["children"][:1]}
    reply, _ = await ask("为什么没有", "zh", **family)
    assert not reply.startswith("有的"), reply
