"""Tester 41's dodged questions (fix-t42d). Each test: the family or the hotline case known so
far (the slots), what the citizen or worker wrote, what the reply must and must not say, and
the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from tests.actions.conftest import DOMAIN, make_tracker, texts

UNDATED: dict[str, Any] = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def tracker(text: str, intent: str, **slots: Any) -> Tracker:
    return make_tracker(text, intent, **slots)


async def answer(text: str, intent: str = "ask_policy", **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker(text, intent, **slots), DOMAIN)
    return texts(dispatcher)


# ---------------------------------------------------------------------------------------------
# D10. Tester 41 c02: a 12345 worker asked the money of a 3rd child born while on dibao (600 +
# 200), then whether the 200 is added when the dibao began only after the birth; twice she got
# the same +200 card. Jinan clause 12 pays it to "those who gave birth during" the benefits.

HOTLINE_CASE: dict[str, Any] = {
    "hotline_city": "any",
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "reply_brief": True,
    "hotline_case": {
        "children_partial": [UNDATED, UNDATED, {**UNDATED, "hardship_at_birth": True}],
    },
}
DURING = {
    "zh": (
        "不能",
        "在享受低保、特困供养或领取失业保险金期间生育的",
        "第12条",
        "济南市卫生健康委员会",
    ),
    "en": ("No", "given birth during", "clause 12", "Municipal Health Commission"),
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那要是生老三时候没领低保 是生完之后才开始领的 还能加200吗", "zh"),  # tester 41 c02 t2
        ("你没回答我 她是生完孩子以后才办下来低保的 算不算", "zh"),  # c02 t3
        ("孩子出生后才开始领失业金的 那200还给不给", "zh"),
        ("低保是孩子生完以后才批下来的 能多领200吗", "zh"),
        ("we only got dibao after the baby was born, do we still get the extra 200?", "en"),
        (
            "caller started receiving unemployment benefits after giving birth. does the 200 apply?",
            "en",
        ),
        ("her dibao was approved after the birth, does that count for the extra 200?", "en"),
    ],
)
async def test_benefits_begun_after_the_birth_get_no_200_under_the_plans_words(
    text: str, lang: str
) -> None:
    """Jinan clause 12: the 200 more a month is for a birth *during* dibao, special hardship
    support or unemployment benefit; benefits that began after the birth do not meet that
    wording, and the lead department decides a case at the edge. The answer opens with the no,
    never the supplement's card alone again."""
    reply = await answer(text, language=lang, **HOTLINE_CASE)
    _, words, clause, lead = DURING[lang]
    assert reply.startswith(("不能。按方案原文", "No, not under the plan's wording")), reply
    for said in (words, clause, lead):
        assert said in reply, reply
    assert "直至孩子3周岁" not in reply and "until the child reaches" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we only got dibao after the baby was born, do we still get the extra 200?", "en"),
        ("生完孩子以后才开始领低保 还能加200吗", "zh"),
    ],
)
async def test_a_citizen_asking_so_without_a_family_told_gets_the_same_no(
    text: str, lang: str
) -> None:
    """The same question from a citizen who has told nothing else: Jinan is the one city whose
    plan pays such a supplement (clause 12), and the answer is its no, with the clause."""
    reply = await answer(text, language=lang)
    verdict, _, clause, lead = DURING[lang]
    assert verdict in reply.split("\n")[0] and clause in reply and lead in reply, reply


async def test_a_family_whose_dibao_began_after_the_birth_hears_no_for_their_child() -> None:
    """A Jinan family, the 2nd child born March 2025, the results shown: "生老二的时候没领低保
    是生完之后才开始领的 还能加200吗" opens with 不能 for the 2nd child (clause 12), then the
    600 a month alone."""
    dispatcher = CollectingDispatcher()
    family = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": True,
        "result_shown": True,
        "children": [
            {**UNDATED, "birth_date": "2020-05-01", "precision": "month"},
            {**UNDATED, "birth_date": "2025-03-01", "precision": "month"},
        ],
    }
    text = "生老二的时候没领低保 是生完之后才开始领的 还能加200吗"
    await ActionHandleCorrection().run(dispatcher, tracker(text, "inform", **family), DOMAIN)
    reply = texts(dispatcher)
    assert "不能" in reply and "第12条" in reply and "600元/月" in reply, reply
    assert "800" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "行吧 那失业金呢 老三出生那个月她正好在领失业保险金 算吧",
        "we got our hukou after the baby was born",
        "孩子生完以后再去申请加发的200可以吗 我们生的时候在领低保",
        "can we apply for the extra 200 after the baby is born? we were on dibao then",
    ],
)
async def test_a_birth_during_the_benefits_or_another_fact_after_it_is_no_refusal(
    text: str,
) -> None:
    """Benefits held at the birth (c02 t4), a hukou registered after it, or the 200 claimed
    after a birth on dibao: no "not under the plan's wording" of the 200."""
    lang = "en" if text.isascii() else "zh"
    reply = await answer(text, language=lang, **HOTLINE_CASE)
    assert "按方案原文" not in reply and "not under the plan's wording" not in reply, reply


# ---------------------------------------------------------------------------------------------
# D11. Tester 41 c09: a hotline worker's case (Jinan, 2nd child born February 2024), then
# "paternity leave and if parental leave is per parent" (the paternity card alone came back)
# and "is it 10 days each for mom and dad or shared?" (the maternity and paternity cards).

LEAVE_CASE: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy",
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {**UNDATED, "birth_date": "2019-01-01", "precision": "year"},
            {**UNDATED, "birth_date": "2024-02-01", "precision": "month"},
        ],
    },
}
EACH_PARENT = {
    "zh": ("各自", "每人每年累计不少于10天", "第11条"),
    "en": ("ach parent", "at least 10 days", "clause 11", "are each entitled"),
}


@pytest.mark.parametrize(
    ("text", "lang", "hotline"),
    [
        ("and parental leave? is it 10 days each for mom and dad or shared?", "en", True),  # t5
        ("育儿假是夫妻各10天还是一共10天", "zh", True),
        ("is parental leave per parent or shared between us?", "en", False),
        ("育儿假是每人10天吗 我和我老公都有？", "zh", False),
        ("do both of us get parental leave, or is it one per couple?", "en", False),
        ("育儿假两口子分着休还是各休各的", "zh", False),
    ],
)
async def test_parental_leave_asked_each_or_shared_is_answered_each_parent(
    text: str, lang: str, hotline: bool
) -> None:
    """Jinan clause 11: each parent of a child under 3 gets at least 10 days of parental leave a
    year; the answer opens with that, not with the maternity and paternity cards."""
    slots = {**LEAVE_CASE} if hotline else {"city": "jinan"}
    reply = await answer(text, language=lang, **slots)
    for said in EACH_PARENT[lang]:
        assert said in reply, reply
    assert "158" not in reply, reply
    assert reply.split("\n")[0].startswith(
        ("是夫妻各自", "能，父母每人都有", "Each parent", "Yes, each parent")
    ), reply


async def test_paternity_leave_and_whether_parental_leave_is_per_parent_both_answered() -> None:
    """c09 t4: "paternity leave and if parental leave is per parent": paternity leave (at least
    15 days) and each parent's parental leave (at least 10 days), both under clause 11."""
    text = (
        "thanks. last one: caller's husband wants to know paternity leave and if parental leave "
        "is per parent"
    )
    reply = await answer(text, language="en", **LEAVE_CASE)
    assert "15 days" in reply and "Each parent" in reply and "10 days" in reply, reply
    assert "clause 11" in reply, reply


async def test_parental_leave_for_two_children_is_not_read_as_each_parent() -> None:
    """ "俩孩子育儿假一共多少天": whether the leave adds up per child, which the plan leaves open,
    not the couple's share."""
    reply = await answer("俩孩子都不到3岁 育儿假一共多少天", language="zh", city="jinan")
    assert "是夫妻各自享有" not in reply, reply


# ---------------------------------------------------------------------------------------------
# D12. Tester 41 c01: a Jinan father, the eldest 3 and a half, the 2nd a month old, both with
# Jinan hukou; the leave cards (paternity last) just shown. "那我们去哪申请那600" got the
# paternity leave's steps; "我问的是600的育儿补贴去哪申请 不是陪产假" the subsidy with the
# paternity card again. Tester 40 r02: "where do they apply for the 800 a month?" got the
# amounts again.

FATHER_OF_TWO: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "topic_entry": "jinan.paternity_leave",
    "children": [
        {**UNDATED, "birth_date": "2023-06-01", "precision": "month", "approx": "3岁半"},
        {**UNDATED, "birth_date": "2026-11-01", "precision": "month", "approx": "刚满月"},
    ],
}
NO_PROCEDURE = {
    "zh": ("没有写申领流程", "济南市卫生健康委员会", "第12条"),
    "en": ("no application procedure", "Municipal Health Commission", "clause 12"),
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("知道了 那我们去哪申请那600", "zh"),  # tester 41 c01 t5
        ("我问的是600的育儿补贴去哪申请 不是陪产假", "zh"),  # c01 t6
        ("那800去哪里申请啊", "zh"),
        ("where do they apply for the 800 a month?", "en"),  # tester 40 r02
        ("ok so how do we claim the 600?", "en"),
        ("who do I apply to for that 600 a month", "en"),
    ],
)
@pytest.mark.parametrize("action", ["next_steps", "policy_question"])
async def test_where_to_apply_for_the_money_named_by_its_figure(
    text: str, lang: str, action: str
) -> None:
    """Jinan clause 12 gives the 600 a month (800 with the hardship 200) but no application
    procedure: the reply says so and names the lead department, the Municipal Health
    Commission; never the paternity leave discussed before, nor the amounts alone again."""
    from actions.results import ActionNextSteps

    slots = {**FATHER_OF_TWO, "language": lang}
    dispatcher = CollectingDispatcher()
    if action == "next_steps":
        run = ActionNextSteps().run(dispatcher, tracker(text, "ask_next_steps", **slots), DOMAIN)
    else:
        run = ActionAnswerPolicyQuestion().run(
            dispatcher, tracker(text, "ask_policy", **slots), DOMAIN
        )
    await run
    reply = texts(dispatcher)
    for said in NO_PROCEDURE[lang]:
        assert said in reply, reply
    assert "陪产假" not in reply and "aternity" not in reply, reply
    assert "21,600" not in reply and "28,800" not in reply, reply


@pytest.mark.parametrize(
    "text", ["does the 600 apply to our eldest?", "能领600吗", "公积金那600怎么申请"]
)
async def test_a_question_whether_the_money_applies_is_no_application_question(text: str) -> None:
    """ "does the 600 apply", 能领600吗, or another measure's 600: not the how-to-apply answer."""
    from actions.apply_money import money_to_apply_for

    assert money_to_apply_for(text, "jinan") is None


# ---------------------------------------------------------------------------------------------
# D15. Tester 41 c10: Jinan hukou moved in last month, the 2nd child about a year old; the form
# asked about benefits at the birth. "so does she get the 600 or not? and from when, the hukou
# month or birth?" heard only that the plan gives no starting month.

HUKOU_NEW: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        UNDATED,
        {**UNDATED, "birth_date": "2025-06-01", "precision": "month", "approx": "1 year old"},
    ],
}
BIRTH_OR_HUKOU = {
    "zh": (
        "从孩子出生起算，还是从户口落户起算",
        "第12条只要求具有本市户籍",
        "济南市卫生健康委员会",
    ),
    "en": (
        "from the birth or from when the hukou was registered",
        "clause 12 only requires the city's household registration",
        "Municipal Health Commission",
    ),
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "no, none of that. so does she get the 600 or not? and from when, the hukou month or birth?",
            "en",
        ),
        ("没有 都没领。那600是从出生开始算还是从落户开始算", "zh"),
    ],
)
async def test_from_the_birth_or_the_hukou_asked_in_the_form_is_said_open(
    text: str, lang: str
) -> None:
    """Jinan clause 12 requires the city's household registration and says nothing of whether
    the subsidy counts from the birth or from the hukou's registration: said, with the lead
    department, in the turn that answers the 600 (the form done, after the answer: fix-t53d
    moved a worry of a form that ends from before the answer to after it)."""
    from tests.actions.test_questions_t53d import turn

    slots = {
        **HUKOU_NEW,
        "requested_slot": "hardship_at_birth",
        "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
    }
    slots.pop("language", None)
    bubbles, _ = await turn(text, lang, **slots)
    reply = "\n".join(bubbles)
    for said in BIRTH_OR_HUKOU[lang]:
        assert said in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("is the 600 paid from her birth or only since the hukou moved?", "en"),  # c10 t5
        ("600是从孩子出生开始算还是从落户那个月开始算", "zh"),
        ("补贴从哪个月开始发 按户口迁过来的时间还是出生时间", "zh"),
        ("does the subsidy start from the hukou registration or from the birthday?", "en"),
    ],
)
async def test_from_the_birth_or_the_hukou_asked_after_the_result(text: str, lang: str) -> None:
    """The same question once the 600 was given (clause 12): open in the plan, whom to ask."""
    slots = {**HUKOU_NEW, "children": HUKOU_NEW["children_partial"], "result_shown": True}
    reply = await answer(text, language=lang, **slots)
    for said in BIRTH_OR_HUKOU[lang]:
        assert said in reply, reply


# ---------------------------------------------------------------------------------------------
# D16. Tester 41 c01 t2: Jinan, the eldest 3 and a half, the 2nd a month old; the form asked
# the hukou. "在 俩孩子户口都在济南 一个月600是吧 老大没有？" got the 2nd child's card alone,
# no word of the eldest.

TWO_CHILDREN = [
    {**UNDATED, "birth_date": "2023-06-01", "precision": "month", "approx": "3岁半"},
    {**UNDATED, "birth_date": "2026-11-01", "precision": "month", "approx": "刚满月"},
]
ELDEST_NONE = {
    # the eldest answered as the eldest, first (tester 46 c01: "老大没有：…"); was "育儿补贴（第1个
    # 孩子）：" after the 600
    "zh": ("对。", "老大没有：育儿补贴", "第1个孩子不在此列", "第12条"),
    "en": (
        "Yes.",
        "No, not the eldest: the childcare subsidy",
        "this is the 1st child",
        "clause 12",
    ),
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("在 俩孩子户口都在济南 一个月600是吧 老大没有？", "zh"),  # tester 41 c01 t2
        ("是济南户口 每月600对吧 大的没有?", "zh"),
        ("yes both have jinan hukou. so 600 a month right? nothing for the eldest?", "en"),
    ],
)
async def test_the_600_confirmed_and_the_eldest_asked_in_the_form(text: str, lang: str) -> None:
    """Jinan clause 12: yes, 600 a month for the 2nd child; the eldest gets none (2nd and 3rd
    children only), said in the same answer."""
    from tests.actions.test_questions_t40j import whole_turn

    slots = {
        "city": "jinan",
        "children_partial": TWO_CHILDREN,
        "children": TWO_CHILDREN,
        "topic_entry": "jinan.childcare_subsidy",
        "requested_slot": "hukou_in_city",
        "pending_question": {"slot": "hukou_in_city", "side_answers": 0},
    }
    reply = await whole_turn(text, lang, **slots)
    for said in ELDEST_NONE[lang]:
        assert said in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("一个月600是吧 老大没有？", "zh"),
        ("so it's 600 a month? and the older one gets nothing?", "en"),
    ],
)
async def test_the_600_confirmed_and_the_eldest_asked_after_the_result(
    text: str, lang: str
) -> None:
    """The same after the results: 对 / Yes first, then that the eldest gets none (clause 12)."""
    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": TWO_CHILDREN,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await answer(text, language=lang, **slots)
    # the eldest asked of answered first, then the yes (tester 46 c01); was the yes first
    assert reply.startswith(ELDEST_NONE[lang][1]), reply
    for said in ELDEST_NONE[lang]:
        assert said in reply, reply


# ---------------------------------------------------------------------------------------------
# The same questions while the form asks the hukou (a Jinan family, the eldest born 2023 and the
# 2nd in November 2026): answered as side questions, never "didn't get that".

ASKING_HUKOU: dict[str, Any] = {
    "city": "jinan",
    "children_partial": TWO_CHILDREN,
    "children": TWO_CHILDREN,
    "requested_slot": "hukou_in_city",
    "pending_question": {"slot": "hukou_in_city", "side_answers": 0},
}


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("育儿假是夫妻各10天还是一共10天", "zh", "每人每年累计不少于10天"),  # D11
        ("is parental leave 10 days each for mom and dad or shared?", "en", "Each parent"),
        ("那我们去哪申请那600", "zh", "没有写申领流程"),  # D12
        ("where do we apply for the 800?", "en", "no application procedure"),
    ],
)
@pytest.mark.parametrize("unclear", [False, True])
async def test_the_questions_asked_while_the_form_waits_are_answered(
    text: str, lang: str, said: str, unclear: bool
) -> None:
    """Clause 11's each-parent leave and clause 12's missing procedure, by the form's side
    answer or, when the classifier placed nothing, by the unclear-in-form action."""
    from actions.answers import ActionUnclearInForm
    from actions.household_form import ValidateHouseholdForm

    slots = {**ASKING_HUKOU, "language": lang}
    dispatcher = CollectingDispatcher()
    if unclear:
        run = ActionUnclearInForm().run(dispatcher, tracker(text, "nlu_fallback", **slots), DOMAIN)
    else:
        run = ValidateHouseholdForm().run(dispatcher, tracker(text, "inform", **slots), DOMAIN)
    await run
    reply = texts(dispatcher)
    assert said in reply, reply
