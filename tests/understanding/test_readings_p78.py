"""Messages of stop 73: tester 117's and 118's families, read again on 7 December 2026. A
household, what the citizen wrote, and the facts taken."""

from datetime import date

from tests.understanding.readings import at_births, kids, reading

said = reading(date(2026, 12, 7))

AN_ELDEST_AND_TRIPLETS = {
    "city": "beijing",
    "children": kids("2019-06", "2025-10", "2025-10", "2025-10"),
}


def test_the_day_dibao_began_is_no_birth() -> None:
    """生老二的时候没吃 今年8月才开始吃的: August 2026 is when dibao began, not 老二's birth;
    老二 was not on it at the birth (clause 12's 200 not paid), 老三 on the way will be."""
    got = said(
        "生老二的时候没吃 今年8月才开始吃的 老三生的时候肯定还吃着",
        {
            "city": "jinan",
            "hardship_now": True,
            "children": [*kids("2023-06", "2024-06"), {"due_date": "2027-04"}],
        },
        "hardship_at_birth",
    )
    assert ("child.birth_date", 2) not in got
    assert at_births(got) == {2: False, 3: True}


def test_the_three_little_ones_are_the_triplets() -> None:
    """仨小的是去年9月28生的 不是十月: the date put right for all three triplets, not the 4th
    alone (tester 117 p4's read-back had them born on two days)."""
    got = said(
        "哦说错了 仨小的是去年9月28生的 不是十月 还有我媳妇现在领失业金呢", AN_ELDEST_AND_TRIPLETS
    )
    assert {c: got.get(("child.birth_date", c)) for c in (2, 3, 4)} == {
        2: "2025-09-28",
        3: "2025-09-28",
        4: "2025-09-28",
    }
    assert got[("hardship_now", None)] is True
    english = said(
        "the three little ones were born sept 28 last year not october", AN_ELDEST_AND_TRIPLETS
    )
    assert [english.get(("child.birth_date", c)) for c in (1, 2, 3, 4)] == [
        None,
        "2025-09-28",
        "2025-09-28",
        "2025-09-28",
    ]


def test_the_three_little_ones_after_the_eldest() -> None:
    """老大7岁 仨小的是去年9月28生的: four children, the three youngest born together."""
    got = said("老大7岁 仨小的是去年9月28生的三胞胎")
    assert got[("child.birth_date", 1)] == "2019-06"
    assert [got.get(("child.birth_date", c)) for c in (2, 3, 4)] == ["2025-09-28"] * 3
    assert ("child.birth_date", 5) not in got


TWINS_IN_MARCH = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": kids("2018", "2026-03", "2026-03"),
}


def test_the_twins_own_insurance_is_no_cover_of_the_birth() -> None:
    """七月份给她俩办的居民医保: the twins' own enrolment in July, neither the mother's cover at
    the birth nor a birth in July (tester 119 p3)."""
    got = said("俩闺女是3月12生的 七月份给她俩办的居民医保 这个钱能给报回来吗", TWINS_IN_MARCH)
    assert ("birth_insurance", None) not in got
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2026-03-12"
    paid = said(
        "不是我生孩子的医保 是俩孩子自己的医保 七月交的那个个人缴费能不能财政给出", TWINS_IN_MARCH
    )
    assert paid == {}


def test_twins_on_the_scan_then_months_pregnant_are_the_twins_due() -> None:
    """ "ultrasound today: twins!!! im 3 months pregnant. our daughter gonna be big sis to 2":
    the 2nd and 3rd children due in about six months (June 2027), an estimate."""
    got = said(
        "ultrasound today: twins!!! im 3 months pregnant. our daughter gonna be big sis to 2",
        {"city": "jinan", "children": kids("2023-02")},
    )
    assert got == {("child.due_date", 2): "2027-06", ("child.due_date", 3): "2027-06"}


def test_a_benefit_said_by_it_at_the_birth() -> None:
    """ "失业金 started april, so we already had it when she was born. still getting it": held at
    the birth (clause 12's 200) and now."""
    got = said(
        "my man lost his job in march, 失业金 started april, so we already had it when she was "
        "born. still getting it",
        {"city": "beijing", "children": kids("2026-05")},
    )
    assert got[("hardship_at_birth", None)] is True
    assert got[("hardship_now", None)] is True


def test_a_job_lost_and_a_booked_caesarean_date_no_birth() -> None:
    """她爸四月份下的岗: April is the job lost; 二宝二月初剖 定好日子了: the 2nd child due."""
    got = said(
        "大的没赶上 小的赶上了 她爸四月份下的岗 到现在还领着失业金",
        {"city": "beijing", "children": kids("2017-03", "2026-09")},
        "hardship_at_birth",
    )
    assert ("child.birth_date", 2) not in got
    assert at_births(got) == {1: False, 2: True}
    booked = said("二宝二月初剖 定好日子了", {"city": "jinan", "children": kids("2022-03")})
    assert booked == {("child.due_date", 2): "2027-02"}


def test_small_three_is_the_third_and_a_lost_job_denies_no_benefit() -> None:
    """生小三那会儿他爹厂子黄了在家领失业金: 小三 is the 3rd child, born on unemployment benefits
    (clause 12's 200); 生双胞胎那年俺男人没了工作在领失业金: 没了工作 is the job lost, the twins
    born on the benefit."""
    got = said(
        "俺家仨孩子 老大十二了 老二七岁 小三才五个月 生小三那会儿他爹厂子黄了在家领失业金 "
        "前头俩生的时候日子还行 啥也没领",
        {"city": "jinan"},
    )
    assert at_births(got) == {1: False, 2: False, 3: True}
    twins = said(
        "家里一个大的十一岁 后来又生了对双胞胎 今年刚满四岁 生双胞胎那年俺男人没了工作在领失业金"
    )
    assert at_births(twins) == {2: True, 3: True}


def test_a_benefit_that_ended_after_or_before_a_birth() -> None:
    """老三满月以后低保就停了: dibao ended after that birth, so no "not at the birth", and 刚满周岁
    is a year old; 小的出生前半年就退出低保了: off dibao before that birth."""
    got = said(
        "老大一七年的 老二二一年的 老三刚满周岁 三个孩子都是吃低保那些年生的 老三满月以后低保就停了"
    )
    assert got[("child.birth_date", 3)] == "2025-12"
    assert got[("hardship_at_birth", None)] is True
    assert ("child.hardship_at_birth", 3) not in got
    before = said(
        "大的那会儿俺们是低保户 小的出生前半年就退出低保了 到现在也没再吃",
        {"city": "beijing", "children": kids("2019-05", "2024-01")},
        "hardship_at_birth",
    )
    assert at_births(before) == {1: True, 2: False}


def test_english_children_listed_around_twins() -> None:
    """ "we have a 9 yo and then twins, the twins are 5 months": three children; "just one set of
    twins so far, they're 2": two; "eldest and the baby no": the 1st and the youngest."""
    three = said("we have a 9 yo and then twins, the twins are 5 months", {"city": "beijing"})
    assert [three.get(("child.birth_date", c)) for c in (1, 2, 3, 4)] == [
        "2017-06",
        "2026-07",
        "2026-07",
        None,
    ]
    two = said("just one set of twins so far, they're 2", {"city": "beijing"}, "children")
    assert two[("child_count", None)] == 2
    answered = said(
        "twins yes tekun. eldest and the baby no",
        {"city": "jinan", "children": kids("2017-11", "2020-03", "2020-03", "2025-12")},
        "hardship_at_birth",
    )
    assert at_births(answered) == {1: False, 2: True, 3: True, 4: False}


def test_fund_and_hukou_questions_state_nothing() -> None:
    """How long one must pay into the fund, and whether the baby will get the hukou, are
    questions (clause 14, the plan's hukou condition), no payer and no hukou told."""
    assert said("how long do i have to pay gongjijin before i can use it for the house") == {}
    asked = said(
        "8 months pregnant with number 2, will the baby get jinan hukou automatically?",
        {"city": "jinan", "children": kids("2022-07")},
    )
    assert ("hukou_in_city", None) not in asked
    moved = said(
        "yes since last year, moved it from dezhou",
        {"city": "jinan", "children": kids("2025-01")},
        "hukou_in_city",
    )
    assert moved[("hukou_in_city", None)] is True


def test_last_week_the_wife_just_had_the_third() -> None:
    """上礼拜媳妇刚生了老三: one birth, the 3rd child's, last week (tester 120 p6 got a 4th)."""
    got = said("俺们济南户口 老大17年的 老二23年2月生的 上礼拜媳妇刚生了老三 补贴咋领")
    assert got[("child.birth_date", 3)] == "2026-11-30"
    assert ("child.birth_date", 4) not in got
