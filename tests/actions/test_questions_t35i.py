"""Tester 35 (1 December 2026) played citizens; these are the answers that answered the wrong
thing, buried the answer or missed a fact (fix-t35i). Each test is a conversation: the family
known before the turn, what the citizen wrote, what the reply must and must not say, the clause.
"""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.results import ActionNextSteps, ActionWhatIf, focused_reply
from policy_kb.kb import catalogue
from tests.actions.conftest import make_tracker
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str | None, precision: str | None = "month") -> dict[str, Any]:
    return {"birth_date": born, "precision": precision if born else None, "height_cm": None}


# --- 1. the loan ceiling of a family expecting its third (Jinan clause 14) ---------------------

# Tester 35 c09: Jinan hukou, pregnant with the third (due May 2027), the elder two's dates not
# told yet; renting with no home; the rent withdrawal was the last answer.
EXPECTING_THIRD = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [child(None), child(None), child("2027-05-01")],
    "renting": True,
    "owns_home_in_city": False,
    "result_shown": True,
    "topic_entry": "jinan.housing_fund_rent_withdrawal",
}


def says_loan_now_and_after(reply: str, lang: str) -> None:
    """Two children born and two payers: 900,000 now; once the third is born, 1,000,000."""
    assert "900,000" in reply and "1,000,000" in reply, reply
    assert reply.index("900,000") < reply.index("1,000,000"), reply
    assert ("2027" in reply) and (("clause 14" in reply) if lang == "en" else ("第14条" in reply))
    assert "depends on the children" not in reply and "要看孩子" not in reply, reply


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("if we buy a first home later, both of us pay into the fund, what's the max loan", "en"),
        ("what if we buy our first home, we both pay into the housing fund, how much loan", "en"),
        ("以后要是买首套房 我们俩都交公积金 最多能贷多少", "zh"),
        ("如果买首套房的话 两口子都交公积金 公积金能贷多少", "zh"),
    ],
)
async def test_the_loan_ceiling_imagined_while_the_elder_dates_are_unknown(
    asked: str, lang: str
) -> None:
    """Clause 14 counts the children born, not their dates: 900,000 for two children and two
    payers now, 1,000,000 once the third is born (May 2027); never "depends on the children"."""
    reply = await says(ActionWhatIf(), asked, "what_if", {**EXPECTING_THIRD, "language": lang})
    says_loan_now_and_after(reply, lang)


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        (
            "we both pay into the housing fund and want to buy a first home, how much can we borrow",
            "en",
        ),
        ("我们俩都交公积金 买首套房 公积金最多贷多少", "zh"),
    ],
)
def test_the_loan_ceiling_told_for_the_family_gives_the_figure_after_the_birth(
    asked: str, lang: str
) -> None:
    """The family's answer (the facts told): 900,000 today, and the 1,000,000 of a three-child
    family with the due month, not the 900,000 alone (clause 14)."""
    slots = {
        **EXPECTING_THIRD,
        "language": lang,
        "housing_fund_contributors": 2,
        "buying_first_home": True,
    }
    entry = catalogue().entries["jinan.housing_fund_loan_limit"]
    reply = focused_reply(make_tracker(asked, **slots), slots, entry, lang, question=asked)
    says_loan_now_and_after(reply, lang)


def test_the_loan_ceiling_of_a_family_with_no_baby_coming_has_no_after_line() -> None:
    """Two children born, none on the way: 900,000 and nothing said of a later birth."""
    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [child("2019-03-01"), child("2021-03-01")],
        "housing_fund_contributors": 2,
        "buying_first_home": True,
        "language": "en",
    }
    entry = catalogue().entries["jinan.housing_fund_loan_limit"]
    reply = focused_reply(make_tracker("max loan?", **slots), slots, entry, "en", "max loan?")
    assert "900,000" in reply and "1,000,000" not in reply and "Once child" not in reply, reply


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("两个人都交公积金呢", "zh"),
        ("两个人都交 能贷多少", "zh"),
        ("and if both of us pay in?", "en"),
        ("what if we both pay into the fund", "en"),
    ],
)
async def test_two_payers_asked_after_the_loan_ceiling_is_the_familys_figure(
    asked: str, lang: str
) -> None:
    """Tester 35 c02, c09: "两个人都交公积金呢" after the loan ceiling got the whole table
    again. The family's own: two children and two payers 900,000, 1,000,000 once the third is
    born (clause 14); the table's other rows are not repeated."""
    slots = {**EXPECTING_THIRD, "topic_entry": "jinan.housing_fund_loan_limit", "language": lang}
    reply = await says(ActionAnswerPolicyQuestion(), asked, "ask_policy", slots)
    says_loan_now_and_after(reply, lang)
    assert "600,000" not in reply and "60万" not in reply, reply


async def test_one_payer_asked_after_the_loan_ceiling_stays_600000_after_the_birth() -> None:
    """One payer: 600,000 with two children and the same with three (clause 14), so nothing
    changes at the birth and no line says it does."""
    slots = {**EXPECTING_THIRD, "topic_entry": "jinan.housing_fund_loan_limit", "language": "zh"}
    reply = await says(ActionAnswerPolicyQuestion(), "那一个人交呢", "ask_policy", slots)
    assert "600,000" in reply and "1,000,000" not in reply and "第14条" in reply, reply


# --- 2. a window to act in that has already closed is said to have closed ----------------------

# Tester 35 c03: a grandmother; 老二 (a granddaughter) born October 2025 in Jinan, the parents'
# hukou in Jinan, 老大's date not told; the form still asks the mother's insurance.
GRANDMOTHER = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [child(None), child("2025-10-01")],
    "topic_entry": "jinan.grandparents_ltc_insurance_subsidy",
    "requested_slot": "birth_insurance",
}


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("孩子医保呢 要花钱吗", "zh"),
        ("小孩上医保要交钱吗", "zh"),
        ("那孩子的医保呢", "zh"),
        ("what about the baby's medical insurance, do we pay?", "en"),
        ("is the baby's medical insurance free?", "en"),
    ],
)
async def test_the_newborn_insurance_window_that_closed_is_said_to_have_closed_first(
    asked: str, lang: str
) -> None:
    """Jinan clause 15: joined within 6 months of birth, the year's contribution is paid in full.
    Born October 2025, the window ended around April 2026, before today (1 December 2026): the
    reply says so first, not only the rule "within 6 months of birth"."""
    reply = await says(
        ActionAnswerPolicyQuestion(), asked, "ask_policy", {**GRANDMOTHER, "language": lang}
    )
    first = reply.split("\n", 1)[0]
    if lang == "zh":
        assert "2026年4月" in first and "结束" in first, reply
        assert "第15条" in reply, reply
    else:
        assert "April 2026" in first and "ended" in first, reply
        assert "clause 15" in reply, reply


# --- 3. "a monthly cash subsidy like Jinan?" asked by a Beijing family --------------------------

# Tester 35 c07: Beijing, a son of 2 and a baby born last month; the results were shown.
BEIJING_TWO = {
    "city": "beijing",
    "children": [
        {**child("2024-06-01"), "approx": True},
        child("2026-11-01"),
    ],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("Is there a monthly cash subsidy like Jinan?", "en"),
        ("do they give monthly money here like in jinan", "en"),
        ("北京有没有像济南那样每月发钱的", "zh"),
        ("有没有像济南那样每个月给钱的", "zh"),
        ("这边有济南那种每月600的补贴吗", "zh"),
    ],
)
async def test_beijing_asked_for_jinans_monthly_money_is_told_no_with_both_clauses(
    asked: str, lang: str
) -> None:
    """No: Beijing's plan only says a family upbringing subsidy system is to be gradually
    established, with no amount (Beijing (12)); Jinan's 600 a month is for Jinan hukou
    (Jinan clause 12) and does not apply. Never "the Jinan plan says nothing" nor Jinan's
    institution or elderly subsidies (clauses 8, 20)."""
    reply = await says(
        ActionAnswerPolicyQuestion(), asked, "ask_policy", {**BEIJING_TWO, "language": lang}
    )
    if lang == "en":
        assert reply.startswith(("No.", "For your family, no money")), reply
        assert "gradually established" in reply and "clause (12)" in reply, reply
        assert "600" in reply and "Jinan plan, clause 12" in reply, reply
        assert "Jinan plan says nothing" not in reply and "50,000" not in reply, reply
    else:
        assert reply.startswith(("不能。", "没有。")), reply
        assert "逐步建立" in reply and "第(12)条" in reply, reply
        assert "600" in reply and "济南方案第12条" in reply and "济南户籍" in reply, reply
        assert "济南的方案没有写" not in reply and "5万" not in reply, reply


# --- 4. "anything else?" after an answer -------------------------------------------------------

# Tester 35 c06: Jinan, 老二 born May 2022 (corrected from 2023), 老大's date not told; the
# subsidy was refused (born before 2023) and the form asks for 老大's date.
SECOND_BORN_2022 = {
    "city": "jinan",
    "children_partial": [child(None), child("2022-05-01")],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
    "requested_slot": "children",
}


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("那有别的啥吗", "zh"),
        ("还有没有别的政策", "zh"),
        ("其他福利呢", "zh"),
        ("any other help for us?", "en"),
        ("ok what else is there", "en"),
    ],
)
async def test_anything_else_after_an_answer_lists_the_familys_other_items(
    asked: str, lang: str
) -> None:
    """A two-child Jinan family still has the same-school-district arrangement (clause 13)
    and the housing measures of clause 14 (the loan ceiling, rent withdrawal, public rental
    priority, open until their facts are told): listed, never "not found"."""
    reply = await says(
        ActionAnswerPolicyQuestion(), asked, "ask_policy", {**SECOND_BORN_2022, "language": lang}
    )
    if lang == "zh":
        assert "同校" in reply and "公积金" in reply and "公租房" in reply, reply
        assert "没有找到" not in reply, reply
    else:
        assert "same school district" in reply and "housing fund" in reply, reply
        assert "could not find" not in reply, reply


# --- 5. "until when?" gets its answer first ------------------------------------------------------

# Tester 35 c01: Jinan, 老大 3½, 二宝 a month old (about November 2026); the form asks the hukou.
BABY_HUKOU_ASKED = {
    "city": "jinan",
    "children": [
        {**child("2023-06-01"), "approx": True},
        {**child("2026-11-01"), "approx": True},
    ],
    "requested_slot": "hukou_in_city",
    "topic_entry": "jinan.childcare_subsidy",
}
# Tester 35 c03: the grandmother's family (hukou in Jinan, 老二 born October 2025).
GRANDMOTHER_HUKOU = {**GRANDMOTHER, "topic_entry": "jinan.childcare_subsidy"}
# Tester 35 c04: 老大 5, twins born September 2024 while on dibao; hukou not told; the result
# was shown.
TWINS_ON_DIBAO = {
    "city": "jinan",
    "children": [
        {**child("2021-06-01"), "approx": True},
        child("2024-09-01"),
        child("2024-09-01"),
    ],
    "hardship_at_birth": True,
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("family", "asked", "lang", "end"),
    [
        (BABY_HUKOU_ASKED, "一个月600是吧 领到啥时候", "zh", "2029年11月1日"),
        (BABY_HUKOU_ASKED, "600 a month right? until when", "en", "1 Nov 2029"),
        (GRANDMOTHER_HUKOU, "发到几岁", "zh", "2028年10月1日"),
        (GRANDMOTHER_HUKOU, "until what age is it paid?", "en", "1 Oct 2028"),
        (TWINS_ON_DIBAO, "到什么时候停", "zh", "2027年9月1日"),
        (TWINS_ON_DIBAO, "when does it stop?", "en", "1 Sep 2027"),
    ],
)
async def test_until_when_is_answered_in_the_first_lines(
    family: dict[str, Any], asked: str, lang: str, end: str
) -> None:
    """Jinan clause 12 pays until the child turns 3: the end date comes first (after the yes or
    no to a figure put back), not after the whole block again; before the hukou is known, said
    as the end it would have with it."""
    reply = await says(
        ActionAnswerPolicyQuestion(), asked, "ask_policy", {**family, "language": lang}
    )
    head = "\n".join(reply.split("\n")[:2])
    assert end in head, reply
    assert ("满3周岁" in head) if lang == "zh" else ("turns 3" in head), reply
    assert ("第12条" in reply) if lang == "zh" else ("clause 12" in reply), reply
    if family.get("hukou_in_city") is None:
        assert ("如果是济南户口" in head) if lang == "zh" else ("hukou" in head), reply


# --- 6. childcare for a child, and the leave still running --------------------------------------


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("ok what about childcare for the older one", "en"),
        ("老大的托育呢", "zh"),
        ("那老大托儿所呢", "zh"),
    ],
)
async def test_childcare_for_the_older_child_in_beijing_is_beijing_10(
    asked: str, lang: str
) -> None:
    """Beijing (10): inclusive childcare, kindergartens may open nursery classes for children
    aged 2 to 3; the elder child is 2, so that range is said first. Not only the buses and the
    tax deduction (tester 35 c07)."""
    slots = {
        **BEIJING_TWO,
        "topic_entry": "beijing.birth_registration_joint_service",
        "language": lang,
    }
    reply = await says(ActionAnswerPolicyQuestion(), asked, "ask_policy", slots)
    if lang == "en":
        assert "nursery" in reply and "2 to 3" in reply and "clause (10)" in reply, reply
    else:
        assert "托班" in reply and "2至3岁" in reply and "第(10)条" in reply, reply


# Tester 35 c08: Jinan hukou, a daughter of 5 and a son born March 2024 while on unemployment
# benefits; the result was shown.
SON_MARCH_2024 = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{**child("2021-06-01"), "approx": True}, child("2024-03-01")],
    "hardship_at_birth": True,
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("asked", "lang"),
    [("and my wife's maternity leave?", "en"), ("我老婆产假呢", "zh"), ("产假还能休吗", "zh")],
)
async def test_maternity_leave_over_names_the_parental_leave_still_running(
    asked: str, lang: str
) -> None:
    """Jinan clause 11: the 158 days after a March 2024 birth are over, but each parent still has
    at least 10 days of parental leave a year until the child turns 3 (1 March 2027)."""
    reply = await says(
        ActionAnswerPolicyQuestion(), asked, "ask_policy", {**SON_MARCH_2024, "language": lang}
    )
    if lang == "en":
        assert "over" in reply and "Parental leave" in reply and "1 Mar 2027" in reply, reply
    else:
        assert "结束" in reply and "育儿假" in reply and "2027年3月1日" in reply, reply


# --- 7. tester 34's leftovers ---------------------------------------------------------------------

# Tester 34 c06: Jinan hukou, 老大 8, 老二 5, 老三 born October 2024 while on dibao; after the
# result, the supplement was discussed.
THREE_ON_DIBAO = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**child("2018-06-01"), "approx": True},
        {**child("2021-06-01"), "approx": True},
        child("2024-10-01"),
    ],
    "hardship_at_birth": True,
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
}


@pytest.mark.parametrize(
    ("asked", "lang"),
    [("老二呢 老二能领不", "zh"), ("and the second one? does she get it", "en")],
)
async def test_a_child_asked_about_read_as_a_what_if_gets_that_childs_verdict(
    asked: str, lang: str
) -> None:
    """The classifier took "老二呢 老二能领不" for a what-if; nothing is imagined, so the answer
    is child 2's: no, born about 2021, before 1 January 2023 (Jinan clause 12)."""
    reply = await says(ActionWhatIf(), asked, "what_if", {**THREE_ON_DIBAO, "language": lang})
    if lang == "zh":
        assert reply.startswith("不能") and "2023年1月1日" in reply and "第12条" in reply, reply
        assert "试算" not in reply, reply
    else:
        assert reply.startswith("No") and "1 January 2023" in reply, reply
        assert "clause 12" in reply, reply


# Tester 34 c03: Beijing, renting, the elder 5, the second due March 2027; public rental
# housing was the last answer.
BEIJING_EXPECTING = {
    "city": "beijing",
    "children": [
        {**child("2021-06-01"), "approx": True},
        {**child("2027-03-01"), "expected": True},
    ],
    "renting": True,
    "result_shown": True,
    "topic_entry": "beijing.public_rental_priority",
}


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("ok how do we register the baby after birth, where do we go", "en"),
        ("how do I register the newborn", "en"),
        ("宝宝出生后怎么登记 去哪里办", "zh"),
    ],
)
async def test_registering_the_baby_after_public_rental_housing_is_beijing_4(
    asked: str, lang: str
) -> None:
    """Beijing (4): one-stop birth registration and the joint handling of the birth
    certificate, vaccinations, hukou, insurance and social security card; the plan names no
    office. Not the public rental housing discussed before."""
    reply = await says(
        ActionNextSteps(), asked, "how_to_apply", {**BEIJING_EXPECTING, "language": lang}
    )
    if lang == "en":
        assert "One-stop birth registration" in reply and "public rental" not in reply, reply
    else:
        assert "一站式" in reply and "公租房" not in reply, reply
