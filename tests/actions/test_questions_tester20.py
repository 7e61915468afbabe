"""Questions tester 20 put to the running assistant that went to the wrong measure or got a
wrong yes/no, and other wordings of the same kind."""

import pytest

from actions.focus import asked_measure
from actions.headline import verdict
from policy_kb import evaluate, parse_household


@pytest.mark.parametrize(
    ("text", "city", "lang", "measure"),
    [
        # 生孩子住院 is the delivery, not a child's own hospital stay (clause 15, both)
        ("灵活就业参加职工医保的 生孩子住院报销多少 条款", "jinan", "zh", "jinan.childbirth_medical_insurance"),
        ("生育住院报销比例多少", "jinan", "zh", "jinan.childbirth_medical_insurance"),
        # a loan ceiling asked as 贷款最高 (clause 14's table), not the rent withdrawal
        ("二孩 两人缴存公积金 贷款最高多少", "jinan", "zh", "jinan.housing_fund_loan_limit"),
        ("三孩家庭最高能贷多少", "jinan", "zh", "jinan.housing_fund_loan_limit"),
        # Beijing's public rental priority is clause (12)'s, not the special families' of (16)
        ("we rent, can we get public rental housing priority", "beijing", "en", "beijing.public_rental_priority"),
        ("is there priority for public rental housing?", "beijing", "en", "beijing.public_rental_priority"),
        # Beijing (12) pays maternity medical costs through maternity insurance (no rate given)
        ("北京生孩子医保报销多少", "beijing", "zh", "beijing.maternity_insurance"),
        ("how much of the delivery costs are covered in beijing", "beijing", "en", "beijing.maternity_insurance"),
    ],
)  # fmt: skip
def test_the_measure_a_question_names(text: str, city: str, lang: str, measure: str) -> None:
    found = asked_measure(text, city, lang)
    assert found is not None and found.id == measure, found


@pytest.mark.parametrize(
    "question",
    ["i asked how much we can withdraw for rent, is there a max", "公积金租房提取有上限吗"],
)
def test_whether_there_is_a_ceiling_gets_no_yes_from_eligibility(question: str) -> None:
    """Jinan clause 14 withdraws 'according to the actual rental expenses' and sets no cap:
    "Yes." had read as "yes, there is a max"."""
    household = parse_household(
        {
            "city": "jinan",
            "children": [{"birth_date": "2020-05-01"}, {"birth_date": "2023-05-01"}],
            "renting": True,
            "owns_home_in_city": False,
            "housing_fund_contributors": 1,
        }
    )
    report = evaluate(household)
    items = [e for e in report.entitlements if e.id == "jinan.housing_fund_rent_withdrawal"]
    assert items and items[0].status == "eligible"
    assert verdict(question, items, "en") is None


@pytest.mark.parametrize("text", ["老三能拿多少", "老二一个月能领多少", "那老三出生了能拿多少啊"])
def test_an_amount_asked_of_a_child_is_its_monthly_money(text: str) -> None:
    """'老三能拿多少' after a leave answer had got the paternity leave again (tester 20 c06)."""
    from actions.focus import child_money_asked

    found = child_money_asked(text, "jinan")
    assert found is not None and found.id == "jinan.childcare_subsidy"


def test_days_asked_of_a_child_are_no_money() -> None:
    from actions.focus import child_money_asked

    assert child_money_asked("老三出生能休多少天", "jinan") is None


def test_a_first_child_without_the_hukou_is_told_first_that_only_2nd_and_3rd_qualify() -> None:
    """Jinan clause 12, a family with Beijing hukou and twins born 2024: the first child's
    subsidy is refused first for its order (nothing changes that), not "with the hukou you
    would meet this condition" (tester 20 c10)."""
    household = parse_household(
        {
            "city": "jinan",
            "hukou_in_city": False,
            "children": [{"birth_date": "2024-08-01"}, {"birth_date": "2024-08-01"}],
        }
    )
    first = next(
        e
        for e in evaluate(household).entitlements
        if e.id == "jinan.childcare_subsidy" and e.child == 1
    )
    assert first.status == "not_eligible"
    assert "2nd or 3rd" in first.reasons.en[0], first.reasons.en


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("does the younger twin count as second child", "en", "your 1st and 2nd child"),
        ("ok and the twins, both of them count as first child?", "en", "say nothing about twins"),
        ("双胞胎算二孩还是三孩", "zh", "第1个和第2个孩子"),
    ],
)
async def test_how_twins_count_is_answered_with_the_reading_and_who_decides(
    text: str, lang: str, said: str
) -> None:
    """Jinan, twins born August 2024: the plan counts children by order and is silent on twins;
    the answer says so, gives the twins' orders as read here and the lead department. It had
    been "No." and the newborn insurance subsidy (tester 20 c10)."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.answers import ActionAnswerPolicyQuestion
    from tests.actions.conftest import DOMAIN, make_tracker, texts

    tracker = make_tracker(
        text,
        intent="ask_policy",
        language=lang,
        city="jinan",
        hukou_in_city=True,
        result_shown=True,
        children=[
            {"birth_date": "2024-08-01", "precision": "month"},
            {"birth_date": "2024-08-01", "precision": "month"},
        ],
    )
    dispatcher = CollectingDispatcher()
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert said in reply and not reply.startswith(("No.", "不能")), reply
    assert "Health Commission" in reply or "卫生健康委员会" in reply
