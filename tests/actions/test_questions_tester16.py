"""Questions a fresh tester (16) asked that were answered wrongly: each as the citizen said it,
the family known so far, and what the plan lets the reply say."""

import pytest

from tests.actions.test_follow_up_questions import ask

TWO_CHILDREN = [{"birth_date": "2019-05-01"}, {"birth_date": "2025-05-01"}]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my friend in jinan said husband gets 15 days, so its 15 days here too right?", "en"),
        ("我朋友在济南 说老公有15天陪产假 我们这边也是15天吧", "zh"),
    ],
)
async def test_a_beijing_family_told_jinans_paternity_days_hears_beijing_gives_none(
    text: str, lang: str
) -> None:
    """Jinan's 15 days heard from a friend, put back for 'here' by a Beijing family: Beijing's
    plan (12) gives no number of days; the 15 days are Jinan's clause 11."""
    reply, events = await ask(text, lang, city="beijing")
    assert reply.startswith(("The Beijing plan gives no such figure", "北京方案没有写这个数")), (
        reply
    )
    assert {"event": "slot", "name": "topic_entry", "value": "beijing.leave_entitlements"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("someone said theres a tax deduction 1000 a month for kids under 3, true?", "en"),
        ("听说个税每个月能扣1000 真的吗", "zh"),
    ],
)
async def test_an_amount_heard_for_the_tax_deduction_is_no_figure_of_the_plan(
    text: str, lang: str
) -> None:
    """Clause 12 applies the national under-3 deduction and states no amount: 1,000 a month
    is no figure of the plan (and not the 1,000 of the elderly care-home subsidy)."""
    reply, _ = await ask(text, lang, city="jinan", children=TWO_CHILDREN)
    assert reply.startswith(("The Jinan plan gives no such figure", "济南方案没有写这个数")), reply
    assert "income-tax" in reply.lower() or "个税" in reply or "个人所得税" in reply


@pytest.mark.parametrize(
    ("text", "city", "cover"),
    [
        ("is maternity allowance her full salary?", "beijing", "employee_maternity"),
        ("is the 15 days paid?", "beijing", None),
        ("产假期间工资是全额发吗", "beijing", "employee_maternity"),
        ("我问的是个税专项附加扣除 北京方案里有没有写金额", "beijing", None),
        ("does the plan say how much the tax deduction is?", "jinan", None),
    ],
)
async def test_a_question_about_pay_or_the_plans_wording_gets_no_yes_from_eligibility(
    text: str, city: str, cover: str | None
) -> None:
    """Beijing's plan pays maternity allowances 'in full' but states no rate: whether it is a
    full salary, or whether a plan writes an amount, is not a yes the family's eligibility can
    give."""
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    reply, _ = await ask(text, lang, city=city, children=TWO_CHILDREN, birth_insurance=cover)
    assert not reply.startswith(("Yes", "No", "能", "不能")), reply


async def test_a_beijing_question_about_siblings_in_one_school_says_beijing_is_silent() -> None:
    """大的上学能不能跟二宝一个学校 in Beijing: its plan has no same-school rule; Jinan clause 13
    has one, for Jinan only."""
    reply, _ = await ask("大的上学能不能跟二宝一个学校", city="beijing", children=TWO_CHILDREN)
    assert reply.startswith("北京的方案没有写"), reply
    assert "第13条" in reply and "只适用于济南" in reply


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("孩子的居民医保是生下来俩月就办了 那个钱也是国家出吗", "居民医保个人缴费"),
        ("小的能上幼儿园的托班吗 2岁半", "托育"),
        ("个税每月能扣多少", "个人所得税"),
    ],
)
async def test_a_question_naming_a_measure_in_other_words_gets_that_measure(
    text: str, measure: str
) -> None:
    """The child's resident insurance (clause 15's newborn subsidy, not the delivery costs), a
    kindergarten's nursery class (Beijing (10)), the income-tax deduction (not the 600)."""
    city = "beijing" if "托班" in text else "jinan"
    reply, events = await ask(text, city=city, children=TWO_CHILDREN, hukou_in_city=True)
    if not reply:  # the facts that decide it are asked first: the measure is the form's focus
        focus = next(e["value"] for e in events if e.get("name") == "focus_entry")
        assert focus == "beijing.inclusive_childcare_services"
        return
    assert measure in "\n".join(reply.split("\n")[:2]), reply


async def test_a_first_message_with_facts_and_a_question_only_jinan_answers_hears_that_first() -> (
    None
):
    """A Beijing family's first message tells its facts and asks about more housing-fund loan
    for a second child: Beijing's plan has no such rule (Jinan clause 14 does), said before the
    form goes on with its questions."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from tests.actions.conftest import DOMAIN, make_tracker, texts

    said = "北京的 俩娃 大的7岁小的2岁半 两口子都交公积金 想买房 北京二孩公积金能多贷点不"
    dispatcher = CollectingDispatcher()
    await ValidateHouseholdForm().run(dispatcher, make_tracker(said, intent="inform"), DOMAIN)
    reply = texts(dispatcher)
    assert "北京的方案没有写这方面的规定" in reply and "第14条" in reply, reply


@pytest.mark.parametrize(
    "said",
    [
        "yes all jinan hukou. how much will the hospital birth be covered",
        "what does insurance pay for the delivery",
    ],
)
def test_a_question_about_the_hospital_birth_is_about_delivery_costs(said: str) -> None:
    """Clause 15's delivery costs, not clause 1's abolished birth approval (its 'hukou')."""
    from actions.focus import asked_measure

    asked = asked_measure(said, "jinan", "en")
    assert asked is not None and asked.id == "jinan.childbirth_medical_insurance"


@pytest.mark.parametrize(
    "said",
    ["那我们老两口呢 听说爷爷奶奶长护险不用交钱了", "听说姥姥姥爷长护险国家给交"],
)
def test_a_grandparents_question_with_hearsay_asks_about_their_care_insurance(said: str) -> None:
    """Something heard about the grandparents' care insurance is a question about clause 15's
    subsidy, not a message to fall back on."""
    from actions.focus import asked_measure

    asked = asked_measure(said, "jinan", "zh")
    assert asked is not None and asked.id == "jinan.grandparents_ltc_insurance_subsidy"


@pytest.mark.parametrize(
    ("said", "measures"),
    [
        (
            "is the 15 days paid? and can i take parental leave too",
            ["jinan.paternity_leave", "jinan.parental_leave"],
        ),
        (
            "you didnt answer, is paternity leave paid? also where do i apply for the 600",
            ["jinan.paternity_leave", "jinan.childcare_subsidy"],
        ),
        (
            "ok so baby gets 600 a month from may right? and wife 158 days off",
            ["jinan.childcare_subsidy", "jinan.maternity_leave"],
        ),
        (
            "陪产假那15天带薪吗 还有那600去哪领",
            ["jinan.paternity_leave", "jinan.childcare_subsidy"],
        ),
    ],
)
def test_each_part_of_a_two_part_question_is_asked_a_figure_names_its_measure(
    said: str, measures: list[str]
) -> None:
    """A part that names its measure only by a figure (the 15 days, the 600, 158 days off) is
    asked too, so neither part goes unanswered (tester 16's father asked three times)."""
    from actions.focus import measures_asked

    assert [e.id for e in measures_asked(said, "jinan")] == measures


def test_whats_without_an_apostrophe_asks() -> None:
    """'so whats the max housing fund loan for us' after telling the insurance: a question."""
    from actions.focus import asked_measure

    said = "she has employee maternity insurance thru her company. so whats the max housing fund loan for us"
    asked = asked_measure(said, "jinan", "en")
    assert asked is not None and asked.id == "jinan.housing_fund_loan_limit"


async def test_the_400_for_childcare_places_is_said_to_go_to_the_institution() -> None:
    """济南孩子上托育园 每月400补给家长吗: clause 12's 400 a month is paid to recorded
    institutions per child enrolled, not to parents; 补给家长 is no back-payment question."""
    reply, _ = await ask("济南孩子上托育园 每月400补给家长吗", city="jinan", children=TWO_CHILDREN)
    assert reply.startswith("不是。这项是给托育机构的"), reply
    assert "补发" not in reply


async def test_a_yes_to_the_full_check_with_a_question_gets_the_answer_then_the_check() -> None:
    """要 我们租房住 能排公租房吗, just after the offer to check everything: the public rental
    answer, then the full check, not the same offer again."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.results import ActionShowEntitlements
    from tests.actions.conftest import DOMAIN, make_tracker, texts

    said = "要 我们租房住 能排公租房吗"
    children = [
        {"birth_date": "2017-06-01"},
        {"birth_date": "2022-06-01"},
        {"birth_date": "2026-03-01"},
    ]
    tracker = make_tracker(
        said, intent="ask_policy", city="beijing", hukou_in_city=True, children=children,
        renting=True, offer="full_check", focus_entry="beijing.public_rental_priority",
        focus_question=said,
    )  # fmt: skip
    dispatcher = CollectingDispatcher()
    events = await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    assert "公租房" in texts(dispatcher)
    assert {"event": "followup", "name": "household_form", "timestamp": None} in events
    assert {"event": "slot", "name": "focus_entry", "value": None, "timestamp": None} in events


@pytest.mark.parametrize(
    ("question", "pays"),
    [
        ("can my husband take out his housing fund to pay rent?", False),
        ("do kids have to pay on the subway?", True),
        ("does my 2 year old need a ticket", True),
        ("小孩坐地铁要买票吗", True),
        ("does it cost anything to enrol the baby?", True),
        ("beijing, my girl is 118cm, does she pay on the subway", True),
    ],
)
def test_a_question_about_paying_is_one_about_paying_for_the_thing_asked(
    question: str, pays: bool
) -> None:
    """'to pay rent' is what the housing fund pays for, not a fare: the rent withdrawal's yes
    is 'Yes', not the 'No (no need to pay)' tester 16 heard for a family that qualifies."""
    from actions.headline import MUST_PAY

    assert bool(MUST_PAY.search(question)) is pays


@pytest.mark.parametrize(
    ("said", "city", "measure"),
    [
        ("你好 我济南的 想问问生二胎有啥补贴", "jinan", "jinan.childcare_subsidy"),
        ("北京生二胎有啥补贴", "beijing", "beijing.family_upbringing_subsidy_system"),
        ("我跟老头子那个护理保险是咋回事", "jinan", "jinan.grandparents_ltc_insurance_subsidy"),
        ("护理保险那个 我跟老头子要交钱吗", "jinan", "jinan.grandparents_ltc_insurance_subsidy"),
        ("我问的是上学 老大老二上学", "beijing", "beijing.education_resources"),
    ],
)
def test_tester_17s_questions_find_their_measure(said: str, city: str, measure: str) -> None:
    """The commonest opening (生二胎有啥补贴: the money for a second child), a grandmother's
    护理保险 (clause 15's care insurance, not the baby's medical insurance) and a question put
    again (我问的是上学: Beijing (13)) are each about one measure (tester 17)."""
    from actions.focus import asked_measure

    asked = asked_measure(said, city, "zh")
    assert asked is not None and asked.id == measure


async def test_a_figure_an_employer_gave_is_checked_against_the_plan() -> None:
    """我单位说128天 of Beijing's leave: the plan gives no number of days to check it with."""
    reply, _ = await ask(
        "那到底多少天啊 你就说个数 我单位说128天",
        city="beijing",
        topic_entry="beijing.leave_entitlements",
        children=[{"birth_date": "2026-10-01"}],
    )
    assert reply.startswith("北京方案没有写这个数"), reply


def test_an_english_possessive_without_its_apostrophe_still_names_the_measure() -> None:
    """'the babys medical insurance' is clause 15's newborn subsidy ("baby's medical insurance"),
    not the childcare subsidy under discussion (tester 17)."""
    from actions.focus import asked_measure

    asked = asked_measure(
        "do i have to pay for the babys medical insurance? deadline?", "jinan", "en"
    )
    assert asked is not None and asked.id == "jinan.newborn_medical_insurance_subsidy"


async def test_can_we_or_cant_we_withdraw_follows_the_withdrawal_under_discussion() -> None:
    """所以到底能不能提 after the rent withdrawal is about it, not the newborn insurance a search
    found (tester 17); 能不能提前 would be about something else."""
    reply, _ = await ask(
        "所以到底能不能提 我们没房 俩孩子",
        city="jinan",
        topic_entry="jinan.housing_fund_rent_withdrawal",
        children=TWO_CHILDREN,
        hukou_in_city=True,
        housing_fund_contributors=2,
    )
    answer = [line for line in reply.split("\n") if not line.startswith("记下了")]  # 我们没房: kept
    assert "提取" in answer[0], reply


@pytest.mark.parametrize(
    ("said", "city", "topic_entry", "starts"),
    [
        ("北京生三孩给多少钱奖励", "beijing", None, "济南、北京的方案里都没有一次性的生育奖励"),
        (
            "从哪个月开始算 补不补前面的",
            "jinan",
            "jinan.childcare_subsidy",
            "济南方案没有写“育儿补贴”能否补发",
        ),
        ("低保家庭加多少 第几条", "jinan", "jinan.maternity_leave", "育儿补贴"),
    ],
)
async def test_tester_18s_questions_get_their_answer(
    said: str, city: str, topic_entry: str | None, starts: str
) -> None:
    """A bonus for a third child (neither plan has one), when the 600 starts and whether missed
    months are paid (the plan says neither), the hardship supplement asked by a hotline worker
    after a maternity-leave question (the 600 and its 200, not the leave again)."""
    reply, _ = await ask(said, city=city, topic_entry=topic_entry, reply_brief=True)
    assert reply.startswith(starts), reply
    assert "产假" not in reply


def test_a_figure_asked_with_ma_for_twins_is_the_monthly_subsidy() -> None:
    """双胞胎俩都能领600吗 asks about clause 12's 600, not everything the family can get."""
    from actions.focus import asked_measure

    asked = asked_measure("双胞胎俩都能领600吗", "jinan", "zh")
    assert asked is not None and asked.id == "jinan.childcare_subsidy"
