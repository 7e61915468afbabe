"""What the answers say, as tester 23 (and 22) met them: each test is a family (the slots),
what the citizen wrote, and what the reply must and must not say."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionUnclearInForm
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.test_follow_up_questions import ask

# Jinan hukou, a 4-year-old and twins due February 2027 (today 2026-12-01), two fund payers
ELDER = {"birth_date": "2022-06-01", "precision": "month", "height_cm": None}
TWIN = {"birth_date": "2027-02-01", "precision": "month", "height_cm": None}
TWINS_BESIDE_AN_ELDER = {
    "city": "jinan",
    "hukou_in_city": True,
    "housing_fund_contributors": 2,
    "children": [ELDER, dict(TWIN), dict(TWIN)],
}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# --- 1. twins on the way beside an older child ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("and the housing fund loan, we want to buy our first flat. how much can we borrow", "en"),
        ("how much housing fund loan for our first home after the twins are born", "en"),
        ("公积金贷款买首套房能贷多少", "zh"),
        ("双胞胎生了以后公积金能贷多少", "zh"),
    ],
)
async def test_twins_beside_an_elder_make_three_children_for_the_loan(text: str, lang: str) -> None:
    """Clause 14: once the twins are born the family has three children; two payers: the
    three-child ceiling, 1,000,000 yuan (never "you will have 2")."""
    reply, _ = await ask(text, lang, buying_first_home=True, **TWINS_BESIDE_AN_ELDER)
    assert "1,000,000" in reply, reply
    if lang == "en":
        assert "you will have 3 children" in reply and "you will have 2" not in reply
    else:
        assert "您家有3个孩子" in reply and "达到2个" not in reply
    assert "第14条" in reply or "clause 14" in reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what do we get when the twins are born? each of them?", "en"),
        ("how much per child once they're born?", "en"),
        ("双胞胎生了每个孩子能领多少", "zh"),
        ("俩娃各能拿多少钱", "zh"),
    ],
)
async def test_what_each_twin_gets_is_each_ones_monthly_money_and_the_sum(
    text: str, lang: str
) -> None:
    """Asked while the form waits for the benefits at the birth (tester 23 c2 got "Sorry, I
    didn't quite get that"): clause 12, 600 a month for child 2 and child 3, together 1,200
    (1,600 if on benefits at the birth)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        text,
        intent="nlu_fallback",
        language=lang,
        requested_slot="hardship_at_birth",
        **TWINS_BESIDE_AN_ELDER,
    )
    await ActionUnclearInForm().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "600" in reply and "1,200" in reply, reply
    assert "didn't quite get" not in reply and "没太明白" not in reply


# --- 2. a question with a fact ---------------------------------------------------------------

BEIJING_SIX_AND_THREE = [
    {"birth_date": "2020-06-01", "precision": "month", "height_cm": None},
    {"birth_date": "2023-06-01", "precision": "month", "height_cm": None},
]


@pytest.mark.parametrize(
    ("text", "lang", "focus_entry"),
    [
        ("my 6 yo is 1.35m, still free?", "en", "beijing.public_rental_priority"),
        ("the eldest is 135 cm now, does he still go free?", "en", None),
        ("老大1米35了 还免费吗", "zh", "beijing.public_rental_priority"),
        ("大的一米三五了 还能不买票不", "zh", None),
    ],
)
async def test_a_height_told_as_a_question_is_noted_and_the_transit_answer_given(
    text: str, lang: str, focus_entry: str | None
) -> None:
    """Beijing clause (12): under 1.3 m rides free; at 135 cm the eldest needs a ticket. Tester
    23 c9, while the form asked the heights after another question, got only "Noted: 135 cm"."""
    from actions.household_form import ValidateHouseholdForm

    slots: dict[str, object] = {
        "city": "beijing",
        "children": BEIJING_SIX_AND_THREE,
        "children_partial": BEIJING_SIX_AND_THREE,
        "requested_slot": "children_heights",
    }
    if focus_entry is not None:
        slots["focus_entry"] = focus_entry
    else:
        slots["result_shown"] = True
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, language=lang, **slots)
    await ValidateHouseholdForm().get_extraction_events(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "135" in reply, reply
    assert "needs a ticket" in reply or "需要购票" in reply, reply
    assert "clause (12)" in reply or "第(12)条" in reply


# --- 3. a worry the plan is silent on --------------------------------------------------------

BEIJING_NEWBORN = {
    "city": "beijing",
    "children": [
        {"birth_date": "2019-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2026-11-10", "precision": "day", "height_cm": None},
    ],
    "birth_insurance": "employee_maternity",
}
JINAN_PREGNANT = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2022-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2027-02-01", "precision": "month", "height_cm": None},
    ],
    "birth_insurance": "employee_maternity",
}


@pytest.mark.parametrize(
    ("text", "lang", "family", "department"),
    [
        (
            "I changed jobs in August so my maternity insurance at the new company only started "
            "then. Will insurance still pay my delivery costs?",
            "en",
            BEIJING_NEWBORN,
            "the plan names no responsible department",
        ),
        (
            "my insurance lapsed for a month between jobs, does maternity insurance still pay?",
            "en",
            BEIJING_NEWBORN,
            "the plan names no responsible department",
        ),
        ("我刚换了工作 社保才交了三个月 生孩子还能报销吗", "zh", JINAN_PREGNANT, "医疗保障局"),
        ("生育保险断缴了两个月 还报吗", "zh", JINAN_PREGNANT, "医疗保障局"),
    ],
)
async def test_a_job_change_or_a_gap_hears_the_plan_sets_no_contribution_period(
    text: str, lang: str, family: dict[str, object], department: str
) -> None:
    """Neither Jinan clause 15 nor Beijing clause (12) sets a minimum contribution period or
    says what a job change does: the reply says so and names the lead department (Beijing's plan
    names none, and no office is made up). Tester 23 c5 heard nothing of the worry."""
    reply, _ = await ask(text, lang, **family)
    assert "minimum contribution period" in reply or "缴费须满多久" in reply, reply
    assert department in reply
    assert "human resources" not in reply and "insurance office" not in reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("户口上个月刚从泰安迁过来的 育儿补贴能领吗", "zh"),
        ("我们才落户济南两个月 老二的600能拿吗", "zh"),
        (
            "we only just moved our hukou to Jinan last month, can we get the childcare subsidy?",
            "en",
        ),
    ],
)
async def test_a_hukou_moved_lately_hears_the_plan_sets_no_period(text: str, lang: str) -> None:
    """Jinan clause 12 asks for Jinan hukou and says nothing of how long it must have been held
    (tester 23 c8 got no word on it): said, with the lead department, the Health Commission."""
    reply, _ = await ask(text, lang, **JINAN_PREGNANT)
    assert "落户多久" in reply or "how long the hukou must have been held" in reply, reply
    assert "卫生健康委员会" in reply or "Health Commission" in reply, reply


async def test_no_worry_no_note() -> None:
    """A plain question gets no such line."""
    reply, _ = await ask("生孩子能报销多少", "zh", **JINAN_PREGNANT)
    assert "缴费须满多久" not in reply and "落户多久" not in reply


# --- 4. direct answers that agree with the text -----------------------------------------------

JINAN_SECOND_BORN_MARCH = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2018-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2026-03-01", "precision": "month", "height_cm": None,
         "hardship_at_birth": True},
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("二宝的医保要交钱吗 还有我们老人交长护险是不是也免", "zh"),
        ("老二的居民医保是不是要交钱", "zh"),
        ("那二宝的医保交不交钱", "zh"),
    ],
)
async def test_the_newborn_insurance_past_its_window_gets_no_bare_yes_or_no(
    text: str, lang: str
) -> None:
    """Jinan clause 15: free the year of enrolment if enrolled within 6 months of birth; for a
    child born in March the window has passed, and whether it was enrolled in time is not known:
    no "要。" before "当年不用交", no stray "不是这个数。" (二宝 is no figure), no apply-by date."""
    reply, _ = await ask(text, lang, result_shown=True, **JINAN_SECOND_BORN_MARCH)
    assert "不是这个数" not in reply and "not the figure" not in reply, reply
    assert not reply.startswith(("要。", "Yes.")), reply
    assert "要。二孩" not in reply and "须在2026年9月1日前办理" not in reply
    assert "期限内参保" in reply or "enrolled in time" in reply


# --- 5. no lines about a child the measure cannot concern -------------------------------------

JINAN_SECOND_DUE_ON_BENEFITS = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2022-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2027-02-01", "precision": "month", "height_cm": None,
         "hardship_at_birth": True},
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang", "family"),
    [
        ("能多拿200吗", "zh", JINAN_SECOND_DUE_ON_BENEFITS),
        ("领失业金的话育儿补贴能多给吗", "zh", JINAN_SECOND_DUE_ON_BENEFITS),
        (
            "is there extra for families on unemployment benefits?",
            "en",
            JINAN_SECOND_DUE_ON_BENEFITS,
        ),
        (
            "是800吧 那能拿到孩子几岁",
            "zh",
            {**JINAN_SECOND_BORN_MARCH, "topic_entry": "jinan.childcare_subsidy"},
        ),
    ],
)
async def test_the_eldest_is_left_out_of_the_second_childs_subsidy(
    text: str, lang: str, family: dict[str, object]
) -> None:
    """Jinan clause 12 is for second and third children: the answer is the second child's
    600 + 200, without "第1个孩子不能" or the eldest's refusal line nobody asked for."""
    reply, _ = await ask(text, lang, result_shown=True, **family)
    assert "800" in reply, reply
    assert "第1个孩子" not in reply and "child 1" not in reply, reply


async def test_the_eldest_named_is_still_answered() -> None:
    """老大能领吗: the eldest asked about gets the rule's answer for him."""
    reply, _ = await ask(
        "老大能领育儿补贴吗", "zh", result_shown=True, **JINAN_SECOND_DUE_ON_BENEFITS
    )
    assert "第1个孩子" in reply or "老大" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "lead"),
    [
        ("是800吧 那能拿到孩子几岁", "zh", "对。"),
        ("800对吧 发到几岁", "zh", "对。"),
        ("so 800 right? until what age?", "en", "Yes."),
    ],
)
async def test_a_bare_amount_confirmed_of_the_subsidy_discussed_gets_yes_and_the_end(
    text: str, lang: str, lead: str
) -> None:
    """Jinan clause 12: 600 + 200 for a birth on dibao = 800 a month until the third birthday
    (1 March 2029); the confirmation is answered first (tester 23 c6 got no "对")."""
    family = {**JINAN_SECOND_BORN_MARCH, "topic_entry": "jinan.childcare_subsidy"}
    reply, _ = await ask(text, lang, result_shown=True, **family)
    assert reply.startswith(lead), reply
    assert "2029" in reply and "800" in reply


@pytest.mark.parametrize(
    ("text", "lang", "figure", "not_said"),
    [
        (
            "flexible employment mother on employee medical insurance - reimbursement rate?",
            "en",
            "50%",
            "3,000",
        ),
        ("灵活就业参加职工医保的 生孩子报销比例多少", "zh", "50%", "3000"),
        ("居民医保住院分娩给多少", "zh", "3,000元", "100%"),
        ("rate for employee maternity insurance, hospital delivery?", "en", "100%", "3,000"),
    ],
)
async def test_a_hotline_delivery_question_with_a_cover_gets_that_covers_figure(
    text: str, lang: str, figure: str, not_said: str
) -> None:
    """Jinan clause 15 for the cover the worker names (tester 23 c7 got the three schemes):
    the one figure, its clause, the lead department."""
    reply, _ = await ask(text, lang, hotline_city="jinan")
    assert figure in reply and ("第15条" in reply or "clause 15" in reply), reply
    assert not_said not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("育儿假呢 一年几天 两个人都有吗", "zh"),
        ("育儿假爸爸妈妈都能休吗", "zh"),
        ("parental leave, do we both get it?", "en"),
    ],
)
async def test_parental_leave_asked_for_both_parents_is_each_parents(text: str, lang: str) -> None:
    """Jinan clause 11: the parents of a child under 3 are each entitled to no less than 10 days
    a year (tester 23 c10 got a bare "能。")."""
    reply, _ = await ask(text, lang, result_shown=True, **JINAN_PREGNANT)
    assert reply.startswith(("能，父母每人都有", "Yes, each parent has it")), reply
    assert "10" in reply and ("第11条" in reply or "clause 11" in reply)


# --- 8. said once -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("is there any cash subsidy for having the kids in beijing", "en"),
        ("北京生娃有现金补贴吗", "zh"),
        ("how do we apply for the upbringing subsidy?", "en"),
    ],
)
async def test_the_plan_naming_no_department_is_said_once(text: str, lang: str) -> None:
    """Beijing (12) names no amount and no department: said once per reply, not twice."""
    for shown in (False, True):
        family = {"city": "beijing", "children": BEIJING_SIX_AND_THREE, "result_shown": shown}
        reply, _ = await ask(text, lang, **family)
        said = reply.count("no responsible department") + reply.count("未指明负责部门")
        assert said <= 1, reply


# --- 7. two questions in one message --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how much will delivery be reimbursed? and is there monthly money", "en"),
        ("is there any money each month? also what does insurance pay for the delivery", "en"),
        ("生孩子能报多少 还有每个月有钱领吗", "zh"),
    ],
)
async def test_the_delivery_and_the_monthly_money_asked_together_get_both(
    text: str, lang: str
) -> None:
    """Jinan clause 15 (employee maternity insurance: 100%) and clause 12 (600 a month for the
    second child from its birth): both answered (tester 22 got one answer in English)."""
    reply, _ = await ask(text, lang, result_shown=True, **JINAN_PREGNANT)
    assert "100%" in reply and "600" in reply, reply
    assert ("第15条" in reply and "第12条" in reply) or (
        "clause 15" in reply and "clause 12" in reply
    )
