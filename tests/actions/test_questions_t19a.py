"""Questions fresh testers (18 and 19) asked that got the wrong measure or a reply missing its
point: each as a citizen might say it, the family known so far, and what the plan lets the reply
say. "Today" is 1 December 2026, as in tester 19's run."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.results import ActionNextSteps, ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.test_follow_up_questions import ask


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def child(born: str, precision: str = "day", **facts: object) -> dict[str, object]:
    """One child as the household form keeps it."""
    return {"birth_date": born, "precision": precision, "height_cm": None, **facts}


def lang_of(text: str) -> str:
    return "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"


# A Beijing family: a son of 2 and a baby due in May 2027 (tester 19, c07).
BEIJING_SON_AND_DUE = {
    "city": "beijing",
    "children": [child("2024-06-01", "year"), child("2027-05-01", "month")],
}


# --- 5. "去哪办 电话多少": the plan has no phone number, said in Chinese too -------------------


@pytest.mark.parametrize(
    "text",
    ["去哪办 电话多少", "打啥电话", "电话号码是多少 给我个电话", "what's the phone number to call"],
)
async def test_a_phone_number_asked_with_where_to_apply_says_the_plan_gives_none(
    text: str,
) -> None:
    """Clause 12's subsidy discussed; the citizen asks where to go and which number to call: the
    plan gives no number (never one made up), and the lead department is named."""
    lang = lang_of(text)
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        text, intent="ask_how", language=lang, city="jinan", topic_entry="jinan.childcare_subsidy"
    )
    await ActionNextSteps().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    if lang == "zh":
        assert "没有写" in reply and "电话" in reply, reply
        assert "济南市卫生健康委员会" in reply
    else:
        assert "no phone number" in reply, reply
        assert "Municipal Health Commission" in reply
    assert "12345" not in reply


# --- 9. Beijing: a nursery-fee subsidy is no measure of the plan --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "那老三上托儿所有补贴吗",
        "送托儿所有没有补贴",
        "any nursery fee subsidy?",
        "is daycare subsidised for us",
    ],
)
async def test_a_beijing_nursery_subsidy_question_hears_the_plan_pays_families_none(
    text: str,
) -> None:
    """Beijing (10) promotes inclusive childcare places and funds the institutions; it pays
    families no nursery fee. Said so, not '不符合条件' of the upbringing-subsidy announcement."""
    lang = lang_of(text)
    slots = {
        "city": "beijing",
        "children": [child("2016-01-01"), child("2020-01-01"), child("2025-01-01")],
    }
    reply, _ = await ask(text, lang, **slots)
    assert reply.startswith(
        ("北京方案没有给家庭的这类补贴", "The Beijing plan gives families no such")
    ), reply
    assert "(10)" in reply
    assert "不符合条件" not in reply and "not eligible" not in reply


@pytest.mark.parametrize(
    ("text", "lang"), [("北京有育儿补贴吗", "zh"), ("does beijing pay a monthly subsidy", "en")]
)
async def test_a_subsidy_the_plan_only_announces_rejects_no_family(text: str, lang: str) -> None:
    """'Gradually establish a family upbringing subsidy system' (Beijing (12)) names no
    recipient or amount: the family is told there is nothing to claim yet, not that it fails."""
    reply, _ = await ask(text, lang, **BEIJING_SON_AND_DUE)
    assert "不符合条件" not in reply and "not eligible" not in reply, reply
    assert any(
        w in reply
        for w in ("尚无可申领", "nothing to claim", "不能据此申领", "nothing can be claimed")
    ), reply


# --- 11. "how many kids do you have down for us": the household as noted ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "why does it say child 3?",
        "how many kids do you have down for us",
        "why do you have 3 kids for us, we have 2",
        "你记的我家几个孩子",
        "为啥有老三 我们就俩孩子",
        "怎么说我家有3个孩子",
    ],
)
async def test_a_question_about_what_is_recorded_gets_the_household_not_a_measure(
    text: str,
) -> None:
    """The recap in the citizen's language, with the children and their dates, and an invitation
    to correct it; no policy block."""
    lang = lang_of(text)
    reply, _ = await ask(text, lang, **BEIJING_SON_AND_DUE)
    if lang == "zh":
        assert reply.startswith("目前记下的是"), reply
        assert "2027年5月" in reply and "不对" in reply
    else:
        assert reply.startswith("What I have noted"), reply
        assert "May 2027" in reply and "wrong" in reply
    assert "依据" not in reply and "Source" not in reply


@pytest.mark.parametrize("text", ["为什么老三没有补贴", "why does it say my child cannot get it"])
async def test_a_why_question_about_a_childs_benefit_is_still_a_policy_question(text: str) -> None:
    reply, _ = await ask(text, lang_of(text), **BEIJING_SON_AND_DUE)
    assert not reply.startswith(("目前记下的是", "What I have noted")), reply


# --- 1. A short follow-up stays with the measure just answered, or moves to the one it names -----


async def show(text: str, lang: str = "zh", **slots: object) -> str:
    """The form's result for a message that completed the household form."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# A hotline worker's talk: the first question (clause 15's delivery costs) still kept in the
# focus, the loan ceilings of clause 14 answered last, the "family" switched to Beijing by a
# question about Beijing.
HOTLINE_AFTER_THE_LOAN = {
    "city": "beijing",
    "focus_entry": "jinan.childbirth_medical_insurance",
    "focus_question": "居民医保住院分娩定额多少",
    "topic_entry": "jinan.housing_fund_loan_limit",
    "housing_fund_contributors": 2,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("二孩呢 两人缴存", "zh"),
        ("三孩呢 一人缴存", "zh"),
        ("what about 2 kids, both of us paying in", "en"),
    ],
)
async def test_a_short_follow_up_after_the_loan_answer_gets_the_loan_not_the_first_question(
    text: str, lang: str
) -> None:
    reply = await show(text, lang, **HOTLINE_AFTER_THE_LOAN)
    assert "90万元" in reply or "900,000" in reply, reply
    assert "第14条" in reply or "clause 14" in reply
    assert "住院分娩" not in reply and "childbirth" not in reply.lower()


async def test_a_jinan_familys_follow_up_after_the_loan_gets_its_own_ceiling() -> None:
    """Two children, two payers, buying a first home: 900,000 (clause 14)."""
    family = {
        **HOTLINE_AFTER_THE_LOAN,
        "city": "jinan",
        "buying_first_home": True,
        "children": [child("2020-01-01"), child("2024-01-01")],
    }
    reply = await show("二孩呢 两人缴存", **family)
    assert "最高900,000元" in reply, reply
    assert "住院分娩" not in reply


async def test_a_kept_question_of_another_city_is_not_answered_again_after_a_new_one() -> None:
    """ "北京有没有育儿补贴金额" completed the form: no second "不能。住院分娩…是济南的政策"."""
    slots = {**HOTLINE_AFTER_THE_LOAN, "topic_entry": "beijing.family_upbringing_subsidy_system"}
    reply = await show("北京有没有育儿补贴金额", **slots)
    assert "住院分娩" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("低保家庭加多少 第几条", "zh"),
        ("and for dibao families how much extra? which clause", "en"),
    ],
)
async def test_a_follow_up_naming_another_measure_leaves_the_last_one(text: str, lang: str) -> None:
    """Right after Jinan's maternity leave (clause 11), a hotline worker asks about the dibao
    supplement: clause 12's 200 a month, not the leave again."""
    reply, _ = await ask(
        text, lang, city="jinan", topic_entry="jinan.maternity_leave", reply_brief=True
    )
    assert "200" in reply and ("第12条" in reply or "clause 12" in reply), reply
    assert "158" not in reply


# --- 2. A figure of a measure asked for the twins / each child: that measure, per child ---------

# Jinan, hukou there: a girl of 5 and twins born last month (tester 18, c04); the form still asks
# about hardship at the birth.
JINAN_TWINS_NEWBORN = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        child("2021-06-01", "year"),
        child("2026-11-01", "month"),
        child("2026-11-01", "month"),
    ],
    "requested_slot": "hardship_at_birth",
}


@pytest.mark.parametrize(
    "text",
    [
        "那双胞胎俩都能领600吗",
        "双胞胎每个都有600是吧",
        "老二老三都能拿600吗",
        "do both twins get the 600?",
    ],
)
async def test_the_600_asked_for_the_twins_is_answered_for_each_twin(text: str) -> None:
    """Clause 12's 600 for each twin (2nd and 3rd child), verdict first; not the newborns'
    medical-insurance subsidy, and the eldest (not asked about) left out."""
    lang = lang_of(text)
    slots = {**JINAN_TWINS_NEWBORN, "children_partial": JINAN_TWINS_NEWBORN["children"]}
    reply, _ = await ask(text, lang, **slots)
    assert reply.startswith(("能。", "Yes.", "对。")), reply
    if lang == "zh":
        assert "第2个孩子" in reply and "第3个孩子" in reply and "600" in reply
        assert "第1个孩子" not in reply and "医保" not in reply
    else:
        assert "child 2" in reply and "child 3" in reply and "600" in reply
        assert "child 1" not in reply and "insurance" not in reply


async def test_each_child_asked_gets_each_childs_verdict() -> None:
    slots = {**JINAN_TWINS_NEWBORN, "children_partial": JINAN_TWINS_NEWBORN["children"]}
    reply, _ = await ask("每个孩子都能领600吗", **slots)
    assert reply.startswith("第1个孩子不能，第2个孩子能，第3个孩子能。"), reply


# --- 4. "那一共是800对吧": the family's monthly total, never a bare "不是这个数" ---------------------

# Jinan hukou; the 2nd child born August 2023 while the mother drew unemployment benefit: 600 + 200
# until its third birthday, August 2026 (tester 18, c06).
JINAN_800_ENDED = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2019-08-01", "year"), child("2023-08-01", "month", hardship_at_birth=True)],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那一共是800对吧", "zh"),
        ("总共800是吧", "zh"),
        ("so 800 total right?", "en"),
        ("800 in total, correct?", "en"),
    ],
)
async def test_800_in_total_put_back_gets_the_familys_own_total(text: str, lang: str) -> None:
    reply, _ = await ask(text, lang, **JINAN_800_ENDED)
    assert reply.startswith(("以前是，现在已停发。", "It was; it has stopped.")), reply
    assert "600+200=800" in reply
    assert "不是这个数" not in reply and "not the figure" not in reply


# --- 7. "did we miss the 600 for the twins? can we still claim the past months" -----------------

# Jinan hukou; a girl of 6 and twins born March 2023: the 600 ran until March 2026 (tester 19, c03).
JINAN_TWINS_2023 = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        child("2020-06-01", "year"),
        child("2023-03-01", "month"),
        child("2023-03-01", "month"),
    ],
    "result_shown": True,
    "offer": "next_questions",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("so did we miss the 600 for the twins?? can we still claim the past months", "en"),
        ("did we miss the 600 a month for the twins? can we still get the past months", "en"),
        ("双胞胎的600是不是错过了 前面几个月的还能补领吗", "zh"),
    ],
)
async def test_back_pay_for_the_twins_says_when_their_600_ran_and_that_the_plan_is_silent(
    text: str, lang: str
) -> None:
    reply, _ = await ask(text, lang, **JINAN_TWINS_2023)
    assert not reply.startswith(("No.", "不能。")), reply  # a bare no reads "you missed nothing"
    if lang == "en":
        assert "child 2" in reply and "child 3" in reply and "1 Mar 2026" in reply, reply
        assert "does not say whether" in reply and "Municipal Health Commission" in reply
    else:
        assert "第2个孩子" in reply and "第3个孩子" in reply and "2026年3月1日" in reply, reply
        assert "没有写" in reply and "济南市卫生健康委员会" in reply


async def test_the_question_taken_for_a_yes_to_the_offer_is_answered_not_replaced() -> None:
    """Read as a yes to "shall I go on?": the answer comes; the form's next question may follow."""
    from actions.results import ActionOfferAccepted

    dispatcher = CollectingDispatcher()
    text = "so did we miss the 600 for the twins?? can we still claim the past months"
    tracker = make_tracker(text, intent="affirm", language="en", **JINAN_TWINS_2023)
    await ActionOfferAccepted().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "1 Mar 2026" in reply and "does not say whether" in reply, reply


async def test_a_plain_yes_to_the_offer_still_goes_on_with_the_questions() -> None:
    from actions.results import ActionOfferAccepted

    dispatcher = CollectingDispatcher()
    tracker = make_tracker("yes please", intent="affirm", language="en", **JINAN_TWINS_2023)
    events = await ActionOfferAccepted().run(dispatcher, tracker, DOMAIN)
    assert {"event": "followup", "name": "household_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]


# --- 8. Clause 15's delivery payment is not tied to the 158 days of leave -----------------------

# Jinan, resident medical insurance; the 2nd child born March 2026, nine months ago (tester 19, c10).
JINAN_BORN_MARCH_2026 = {
    "city": "jinan",
    "hukou_in_city": True,
    "birth_insurance": "resident_medical",
    "children": [child("2022-01-01"), child("2026-03-01", "month")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("生孩子住院医保给报多少", "zh"), ("how much does insurance pay for the delivery", "en")],
)
async def test_the_delivery_payment_of_a_birth_months_ago_is_not_refused(
    text: str, lang: str
) -> None:
    reply, _ = await ask(text, lang, **JINAN_BORN_MARCH_2026)
    assert "3,000" in reply or "3000" in reply, reply
    assert "不符合条件" not in reply and "not eligible" not in reply
    assert "158" not in reply.split("第15条")[-1] and "maternity leave ago" not in reply


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("老二没满半年吧 医保还能办免费的吗", "zh", "老二是2026年3月出生的，现在已经9个月了。"),
        (
            "the 2nd child is under 6 months right? can we still get the free insurance",
            "en",
            "was born in March 2026, so is 9 months old now",
        ),
    ],
)
async def test_a_wrong_age_premise_is_corrected_before_the_six_month_window(
    text: str, lang: str, said: str
) -> None:
    reply, _ = await ask(text, lang, **JINAN_BORN_MARCH_2026)
    assert said in reply, reply
    assert "6个月" in reply or "6-month" in reply or "six months" in reply


async def test_a_premise_that_holds_is_not_corrected() -> None:
    young = {
        **JINAN_BORN_MARCH_2026,
        "children": [child("2022-01-01"), child("2026-09-01", "month")],
    }
    reply, _ = await ask("老二没满半年吧 医保还能办免费的吗", **young)
    assert "现在已经" not in reply, reply


# --- 10. Benefits now: the at-birth note only where a measure reads it (Jinan clause 12) ---------


@pytest.mark.parametrize(
    ("city", "said", "noted"),
    [
        ("beijing", "我们家是特困", "现在在领特困供养"),
        ("beijing", "we're on dibao now", "on dibao now"),
        ("jinan", "我们家是特困", "现在在领特困供养（政策看的是孩子出生时，这一点还要再问）"),
    ],
)
def test_benefits_now_get_the_at_birth_note_only_in_jinan(city: str, said: str, noted: str) -> None:
    """Only Jinan clause 12's supplement turns on the benefits at a birth: a Beijing family on
    特困 is not told "the rules look at the time of the birth" (nothing of Beijing's does)."""
    from understanding.updates import FactUpdate
    from wording.understood import readback

    lang = lang_of(said)
    line = readback([FactUpdate("hardship_now", True, span=said)], city, lang)
    assert noted in line, line
    if city == "beijing":
        assert "出生时" not in line and "time of the birth" not in line


async def test_a_phone_number_asked_mid_form_with_no_measure_discussed_names_no_number() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "去哪办 电话多少",
        intent="ask_how",
        language="zh",
        city="jinan",
        hukou_in_city=True,
        children=[child("2018-01-01", "year"), child("2025-10-01", "month")],
    )
    await ActionNextSteps().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "没有写咨询电话" in reply and "济南市卫生健康委员会" in reply, reply
