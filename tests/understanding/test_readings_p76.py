"""Messages of stop 72: tester 116's families and the probes written in the development half's
style. A household, what the citizen wrote, and the facts taken."""

from datetime import date

from tests.understanding.readings import kids, reading, reading_kinds

said = reading(date(2026, 12, 7))
kinds = reading_kinds(date(2026, 12, 7))

TWINS_AND_AN_ELDEST = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": kids("2020", "2024-05-15", "2024-05-15"),
}


def test_only_one_payer_leaves_the_twins_two() -> None:
    """ "no, I pay gongjijin! only one person pay, me": one housing-fund payer (clause 14's
    table); "only one" is a person, not the twins made one baby (tester 116 p8 lost a twin)."""
    assert said("no, I pay gongjijin! only one person pay, me.", TWINS_AND_AN_ELDEST) == {
        ("housing_fund_contributors", None): 1,
    }


def test_the_one_who_found_a_job_pays_the_fund() -> None:
    """ "I find job, pay gongjijin, my wife not pay": one payer, not none (tester 116 p8)."""
    got = said(
        "And now we are not dibao anymore, I find job, pay gongjijin, my wife not pay.",
        TWINS_AND_AN_ELDEST,
    )
    assert got[("housing_fund_contributors", None)] == 1
    assert got[("hardship_now", None)] is False


def test_a_daughters_age_after_man_is_the_childs() -> None:
    """俺闺女满１０个月了 (full-width digits): the child born about ten months ago."""
    got = said("俺闺女满１０个月了 身高７２厘米", {"city": "jinan"})
    assert got[("child.birth_date", 1)] == "2026-02"
    assert got[("child.height_cm", 1)] == 72


def test_benefits_listed_then_their_no_in_a_clause_of_its_own() -> None:
    """ "低保特困失业金 俺家一样都没沾过": none of the three at the births (clause 12's 200 is not
    paid), and none now."""
    got = said(
        "仨孩子出生那几年 低保特困失业金 俺家一样都没沾过 眼下也没有",
        {"city": "jinan", "children": kids("2017-03", "2020-06", "2024-10")},
    )
    assert got[("hardship_at_birth", None)] is False
    assert got[("hardship_now", None)] is False


def test_a_collective_hukou_is_the_citys() -> None:
    """北京的 集体户: a hukou of the city (collective registration)."""
    got = said("我们北京的 集体户 孩子三月二号生的")
    assert got[("city", None)] == "beijing"
    assert got[("hukou_in_city", None)] is True
    assert said("北京集体户口")[("hukou_in_city", None)] is True


def test_maternity_insurance_typed_by_sound() -> None:
    """升育险 for 生育险: the employee's maternity insurance."""
    got = said("我们单位每月扣着升育险 是职工那种", {"city": "jinan"}, "birth_insurance")
    assert got == {("birth_insurance", None): "employee_maternity"}


def test_a_benefit_known_only_as_a_word_is_not_held() -> None:
    """ "what is tekun exactly? we only know dibao", 啥叫特困 我们只知道低保: the words asked or
    known of; no benefit held now."""
    assert said("what is tekun exactly? we only know dibao") == {}
    assert said("啥叫特困 我们只知道低保") == {}
    assert said("生老二时领低保", {"city": "jinan"}) == {("child.hardship_at_birth", 2): True}


def test_the_buying_part_scratched() -> None:
    """ "scratch the buying part, we decided not to buy this year": no first home bought, put
    right (clause 14's loan ceilings are for a first home)."""
    known = {"city": "jinan", "buying_first_home": True, "renting": True}
    got = kinds("scratch the buying part, we decided not to buy this year, we keep renting", known)
    assert got == {("buying_first_home", None): (False, "correction")}


def test_the_hukou_put_right_as_ours() -> None:
    """ "sorry, i was wrong about the hukou, ours is still back in heze, not jinan": no Jinan
    hukou (clause 12's 600 needs it)."""
    known = {"city": "jinan", "hukou_in_city": True, "children": kids("2024-01")}
    got = kinds("sorry, i was wrong about the hukou, ours is still back in heze, not jinan", known)
    assert got == {("hukou_in_city", None): (False, "correction")}


def test_the_twins_elder_brother_is_the_eldest() -> None:
    """双胞胎的哥哥三岁 双胞胎六个月: three children, the brother first (clause 12 pays the twins
    as the 2nd and 3rd)."""
    got = reading(date(2025, 6, 19))("双胞胎的哥哥三岁 双胞胎六个月 户口都在济南 俺们租的房")
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 1)] == "2021-12"
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2024-12"


def test_two_pairs_of_twins_named_big_and_little() -> None:
    """两对双胞胎 大的6岁 小的10个月, "2 sets of twins, big ones 6 and the little ones 10
    months": four children, each pair with its age (not five or six)."""
    on = reading(date(2025, 1, 6))
    for message in (
        "我家两对双胞胎 大的6岁 小的10个月",
        "2 sets of twins lol, big ones 6 and the little ones 10 months",
    ):
        got = on(message)
        assert got[("child_count", None)] == 4, message
        assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == "2018-07"
        assert got[("child.birth_date", 3)] == got[("child.birth_date", 4)] == "2024-03"


def test_all_three_of_my_kids_and_a_hukou_got_last_year() -> None:
    """ "all three of my kids have beijing hukou, the twins got theirs last year": a count of
    the three known children; the twins' hukou registered last year is no birth."""
    known = {"city": "beijing", "children": kids("2018-02", "2022-10", "2022-10")}
    got = reading(date(2025, 6, 30))(
        "all three of my kids have beijing hukou, the twins got theirs last year", known
    )
    assert got == {("hukou_in_city", None): True, ("child_count", None): 3}


def test_a_husband_with_a_job_who_pays_is_one_payer() -> None:
    """ "my husband has a job and pays gongjijin", 老公有工作 交公积金: one payer (clause 14's
    ceiling with one contributor), not him and the writer (tester 117 p7 got 2 and 900,000)."""
    for message in (
        "my husband has a job and pays gongjijin",
        "my husband got shiye jin when she was born, now he has a job. my husband pays gongjijin",
        "老公有工作 交公积金",
    ):
        assert said(message)[("housing_fund_contributors", None)] == 1, message
    assert said("I work and pay gongjijin, my wife too")[("housing_fund_contributors", None)] == 2


def test_last_year_april_is_april_of_last_year() -> None:
    """ "son 4 years old and daughter born last year april": two children, the daughter born
    April 2025 (tester 117 p7 got a third child born this April)."""
    got = said("son 4 years old and daughter born last year april, what money every month?")
    assert got[("child.birth_date", 2)] == "2025-04"
    assert ("child.birth_date", 3) not in got
