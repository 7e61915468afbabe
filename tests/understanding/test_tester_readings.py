"""Messages a fresh tester sent to the running assistant that it read wrongly: the household,
what the citizen wrote, and the facts it states (no more)."""

from datetime import date

import pytest

from tests.understanding.readings import reading
from understanding import understand

TODAY = date(2026, 11, 30)


said = reading(TODAY)


@pytest.mark.parametrize(
    "text", ["we rent, no own house", "no own flat, we are renting", "we rent, not own home"]
)
def test_no_own_house_is_no_home(text: str) -> None:
    got = said(text, {"city": "jinan"})
    assert got[("owns_home_in_city", None)] is False
    assert got[("renting", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "my wife is from Shandong, Jinan hukou",
        "老婆是济南户口",
        "我爱人是济南的户口 我们在北京上班",
    ],
)
def test_a_hukou_of_another_city_than_the_familys_is_no_local_hukou_and_no_move(text: str) -> None:
    """The family lives in Beijing: a Jinan hukou does not move it to Jinan."""
    got = said(text, {"city": "beijing"})
    assert got.get(("hukou_in_city", None)) is False
    assert ("city", None) not in got


@pytest.mark.parametrize("text", ["我们是农村户口", "家里都是农业户口", "we have a rural hukou"])
def test_a_rural_hukou_is_a_kind_not_a_place(text: str) -> None:
    """农村户口 says nothing of the city the hukou is in: the bot asks, rather than assume it
    is held elsewhere (a Jinan village hukou is a Jinan hukou)."""
    assert ("hukou_in_city", None) not in said(text, {"city": "jinan"})


def test_a_rural_hukou_of_the_city_is_local() -> None:
    assert said("济南章丘的农村户口", {"city": "jinan"})[("hukou_in_city", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "我问的是老二的居民医保 去哪办",
        "孩子的居民医保怎么交",
        "the baby's resident insurance, where?",
    ],
)
def test_a_childs_own_insurance_asked_about_is_not_the_birth_insurance(text: str) -> None:
    known = {"city": "jinan", "birth_insurance": "employee_maternity"}
    assert ("birth_insurance", None) not in said(text, known)


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("老公去年失业了 生孩子那会在领失业金 老二今年2月出生", {2: "2026-02"}),
        ("我前年下岗了 老大是今年生的", {1: "2026"}),
        ("he lost his job last year, our baby was born in march", {1: "2026-03"}),
    ],
)
def test_a_parents_job_lost_on_a_date_is_no_birth(text: str, born: dict[int, str]) -> None:
    got = said(text)
    dates = {child: v for (fact, child), v in got.items() if fact == "child.birth_date"}
    assert dates == born


def test_a_date_corrected_while_the_hardship_question_waits_is_no_yes() -> None:
    """The load conversation: asked about dibao at the birth, the citizen corrects a date."""
    known = {
        "city": "jinan",
        "children": [{"birth_date": "2018-05-05"}, {"birth_date": "2024-10-11"}],
    }
    got = understand(
        "sorry, the second one was born on 2024-11-11", known, "hardship_at_birth", TODAY
    )
    assert [(u.fact, u.child, u.value) for u in got] == [("child.birth_date", 2, "2024-11-11")]


# --- a question in reply to the bot's question is no answer to it (tester, stop 20) ----------

DIBAO_ASKED_FAMILY = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{"birth_date": "2023-05"}, {"birth_date": "2025-10"}],
}


@pytest.mark.parametrize("text", ["那老大有补贴吗", "有没有补贴啊", "老大能领多少钱"])
def test_a_question_about_a_measure_is_no_yes_to_the_dibao_question(text: str) -> None:
    """The bot asked about dibao at the birth; the user asks about the subsidy instead."""
    got = said(text, DIBAO_ASKED_FAMILY, asked="hardship_at_birth")
    assert not any(fact in ("hardship_at_birth", "child.hardship_at_birth") for fact, _ in got)


def test_a_yes_followed_by_a_question_is_still_a_yes() -> None:
    got = said("有的 能领多少钱", DIBAO_ASKED_FAMILY, asked="hardship_at_birth")
    assert got[("hardship_at_birth", None)] is True


@pytest.mark.parametrize(
    "text", ["公积金贷款买房能贷多少 老公一个人交", "how much mortgage can we get from the fund?"]
)
def test_a_loan_asked_about_is_no_home_owned(text: str) -> None:
    assert ("owns_home_in_city", None) not in said(text, DIBAO_ASKED_FAMILY)


def test_both_of_the_twins_are_not_two_fund_payers() -> None:
    family = {"city": "jinan", "children": [{"birth_date": "2022-05"}, {"birth_date": "2024-03"},
                                            {"birth_date": "2024-03"}]}  # fmt: skip
    got = said(
        "the twins, both of them, born March 2023", family, asked="housing_fund_contributors"
    )
    assert ("housing_fund_contributors", None) not in got
    assert (
        said("both of us", family, asked="housing_fund_contributors")[
            ("housing_fund_contributors", None)
        ]
        == 2
    )


@pytest.mark.parametrize("text", ["还没买 想买的话也行", "not yet, but we want to buy one"])
def test_not_bought_yet_but_wanting_to_is_a_yes_to_buying_a_first_home(text: str) -> None:
    got = said(text, DIBAO_ASKED_FAMILY, asked="buying_first_home")
    assert got[("buying_first_home", None)] is True


# --- the last tester's citizens (stop 20) ---------------------------------------------------

HEIGHT_ASKED_FAMILY = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{"birth_date": "2020-05"}, {"birth_date": "2026-03"}],
}


@pytest.mark.parametrize("text", ["要带什么材料", "去哪办", "where do we apply?"])
def test_a_question_of_the_users_own_is_no_answer_to_the_dibao_question(text: str) -> None:
    got = said(text, HEIGHT_ASKED_FAMILY, asked="hardship_at_birth")
    assert not any(fact in ("hardship_at_birth", "child.hardship_at_birth") for fact, _ in got)


def test_mei_cuo_is_no_no() -> None:
    """老二是今年三月生的没错: 'that's right', said of a date; the dibao question stays open."""
    got = said("老二是今年三月生的没错", HEIGHT_ASKED_FAMILY, asked="hardship_at_birth")
    assert not any(fact in ("hardship_at_birth", "child.hardship_at_birth") for fact, _ in got)


def test_the_one_child_certificate_asked_about_is_no_count_of_children() -> None:
    assert ("child_count", None) not in said("济南能给孩子办独生子女证吗", HEIGHT_ASKED_FAMILY)
    assert said("我们就一个独生女", {"city": "jinan"})[("child_count", None)] == 1


def test_a_height_in_mi_after_is_is_no_age() -> None:
    got = said("My son is 1米25 tall", HEIGHT_ASKED_FAMILY)
    assert 125.0 in got.values()
    assert not any(fact == "child.birth_date" for fact, _ in got)


# --- the tester's citizens of stop 23 ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("孩子是今年三月生的老二", 2),
        ("这孩子是去年生的老三", 3),
        ("娃是今年三月出生的二胎", 2),
        ("宝宝是5月份生下的老二", 2),
    ],
)
def test_the_child_named_by_the_order_after_the_verb_is_that_child(text: str, order: int) -> None:
    """孩子是今年三月生的老二: one child, the second; a dibao family with it is owed the second
    child's subsidy, not the first's nothing."""
    got = said(text, {"city": "jinan"})
    assert [child for fact, child in got if fact == "child.birth_date"] == [order]


TWINS_DATED_LAST_MONTH = {
    "city": "jinan",
    "children": [{"birth_date": "2026-11"}, {"birth_date": "2026-11"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "the twins were born in October not last month",
        "no, the twins were born in october, not in november",
        "双胞胎是10月生的 不是上个月",
    ],
)
def test_a_date_put_right_is_no_answer_to_the_dibao_question(text: str) -> None:
    """Asked about dibao at the births, "not last month" says no to a date, not to the dibao."""
    got = said(text, TWINS_DATED_LAST_MONTH, asked="hardship_at_birth")
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == "2026-10"
    assert not any(fact in ("hardship_at_birth", "child.hardship_at_birth") for fact, _ in got)


# --- a hotline worker's questions about the rules (stop 24) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "三孩公积金贷款两人缴存上限多少 条款号",
        "一人缴存最高贷多少",
        "what's the max loan for 2 contributors?",
        "居民医保住院分娩定额多少",
        "职工生育险报销比例多少",
        "公租房呢 多给多少平",
    ],
)
def test_a_question_about_a_rules_figure_tells_no_fact_of_the_family(text: str) -> None:
    """Jinan clause 14's loan ceilings by payers, clause 15's delivery payment by cover, public
    rental: asked of the rule by a hotline worker, no family's payers, cover or renting."""
    assert said(text) == {}


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("我俩交公积金 2人缴存的上限多少", "housing_fund_contributors", 2),
        ("我是居民医保 住院分娩定额多少", "birth_insurance", "resident_medical"),
        ("我们住公租房", "renting", True),
    ],
)
def test_the_family_named_in_such_a_question_still_tells_its_fact(
    text: str, fact: str, value: object
) -> None:
    assert said(text)[(fact, None)] == value


def test_shi_bu_shi_asks_and_corrects_no_count() -> None:
    """双胞胎是不是两个都给 asks whether both twins are paid; 是不是 is no 不是, and the family of
    three keeps its three children (tester 12: '已更新：2个孩子' dropped a twin)."""
    family = {
        "city": "jinan",
        "children": [
            {"birth_date": "2020-05"},
            {"birth_date": "2026-03"},
            {"birth_date": "2026-03"},
        ],
    }
    assert said("双胞胎是不是两个都给", family) == {}
    assert said("不是2个 是3个孩子", {"city": "jinan"})[("child_count", None)] == 3


def test_a_benefit_put_right_keeps_the_time_it_was_said_of() -> None:
    """她生的时候在领失业金 不对 是在领低保: the dibao was at the birth, not now (tester 12)."""
    got = said(
        "她生的时候在领失业金 不对 是在领低保",
        {"city": "jinan", "children": [{"birth_date": "2026-05"}]},
    )
    assert got == {("hardship_at_birth", None): True}


def test_whether_a_city_has_a_fund_measure_tells_no_payers() -> None:
    assert said("北京有没有公积金贷款多孩提额度", {"city": "beijing"}) == {}
    assert said("我们没有公积金", {"city": "beijing"})[("housing_fund_contributors", None)] == 0
