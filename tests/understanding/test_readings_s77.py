"""Messages of stop 77, read on 8 December 2026 unless said: a household, what the citizen
wrote, and the facts taken (or not taken)."""

from datetime import date

import pytest

from tests.understanding.readings import reading

said = reading(date(2026, 12, 8))


@pytest.mark.parametrize(
    "text",
    [
        "孩子医保，居民医保，最晚哪天前得办上？过了还能免费不？",
        "老二医保之前在北京交的，现在转济南居民医保，个人那份政府出吗？",
        "小孙子的医保 居民医保 什么时候办",
        "the baby's insurance, resident one, deadline?",
    ],
)
def test_the_childs_own_resident_insurance_is_not_the_cover_at_the_birth(text: str) -> None:
    """The child's own resident insurance named (孩子医保 … 居民医保) is the child's enrolment
    (Jinan clause 15's six months), not the mother's cover at the birth: tester 134 p5's
    grandmother was read back 生育时参加城乡居民医保 and then told her daughter-in-law's delivery
    gets the fixed 3,000 yuan."""
    assert ("birth_insurance", None) not in said(text)


def test_the_births_cover_is_still_read_beside_the_childs() -> None:
    """孩子医保办了 我生的时候是居民医保: the mother's own cover at the birth is told too."""
    got = said("孩子医保办了 我生的时候是居民医保")
    assert got[("birth_insurance", None)] == "resident_medical"


@pytest.mark.parametrize(
    "text",
    [
        "户口去年8月从北京迁到济南，老二24年2月在北京生，现在能领济南每月600吗？",
        "户口从北京迁到济南，老二在北京生的",
        "our hukou moved from beijing to jinan last year, 2nd kid born in beijing feb 2024",
    ],
)
def test_a_hukou_moved_from_beijing_to_jinan_is_a_jinan_family(text: str) -> None:
    """A hukou moved from Beijing to Jinan, the child born in Beijing before: the family is in
    Jinan now (tester 134 p4 was asked which city after saying so)."""
    got = said(text)
    assert got[("city", None)] == "jinan"
    assert got[("hukou_in_city", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "现在去办居民医保 个人那份还给免吗",
        "现在去办居民医保能免吗",
        "户口已经迁过来了啊 我是问孙子医保 现在去办居民医保 个人那份还给免吗",
    ],
)
def test_enrolling_the_child_now_is_no_cover_at_the_birth(text: str) -> None:
    """Enrolling now in resident insurance is the child's enrolment (Jinan clause 15), never the
    cover the birth had (tester 135 p3's grandmother was read back 生育时参加城乡居民医保)."""
    assert ("birth_insurance", None) not in said(text)


def test_a_request_to_the_bot_names_no_payer() -> None:
    """ "just give me their exact loan ceiling, one number": no one paying into the housing fund
    is told (tester 135 p10's caller with two payers was given the one-payer 600,000)."""
    got = said(
        "back to caller 1: they currently rent and own no home in jinan. can they withdraw "
        "housing fund for rent? and just give me their exact loan ceiling, one number"
    )
    assert ("housing_fund_contributors", None) not in got
    assert got[("renting", None)] is True


def test_three_years_listed_in_order_are_the_three_births_in_order() -> None:
    """三个孩子 一二年 一六年 二一年生的 生老二那年家里在领低保: the 2nd child is the one born in 2016,
    and the dibao was at that birth (probe zh-13124 gave 老二 the year 2021)."""
    got = reading(date(2026, 11, 25))(
        "俺们济南的 三个孩子 一二年 一六年 二一年生的 生老二那年家里在领低保"
    )
    assert [got[("child.birth_date", n)] for n in (1, 2, 3)] == ["2012", "2016", "2021"]
    assert got[("child.hardship_at_birth", 2)] is True


def test_a_job_found_in_a_month_dates_no_birth_and_ends_the_benefit() -> None:
    """ "son found work in jan so no more benefits": no child born in January, and no benefit
    now; the grandson's birth, on unemployment benefit, keeps it (probe en-13503)."""
    got = reading(date(2026, 5, 27))(
        "my grandson was born while my son was on 失业金, he's 20 months now. son found work in "
        "jan so no more benefits"
    )
    assert ("child.birth_date", 2) not in got
    assert got[("hardship_now", None)] is False
    assert got[("child.hardship_at_birth", 1)] is True


def test_the_boy_born_on_a_benefit_beside_twins_due_is_the_boy() -> None:
    """ "my boy was born while we were on 特困" beside twins due in December: the boy's birth,
    not the twins' (probe en-13557)."""
    got = reading(date(2026, 7, 26))(
        "my boy is 1 and a half and we're expecting twins in december. my boy was born while we "
        "were on 特困"
    )
    assert got[("child.hardship_at_birth", 1)] is True
    assert ("child.hardship_at_birth", 2) not in got


def test_the_eldest_then_without_is_a_no_of_its_own() -> None:
    """Asked about the benefit at the births: 老二有 当时…领着失业金 老大那时候没有 is a yes for the
    2nd and a no for the eldest (probe zh-13002 gave the eldest a yes)."""
    got = reading(date(2025, 6, 21))(
        "老二有 当时俺对象刚下岗领着失业金 老大那时候没有",
        {"city": "jinan", "children": [{"birth_date": "2019-04"}, {"birth_date": "2025-05"}]},
        "hardship_at_birth",
    )
    assert got[("child.hardship_at_birth", 2)] is True
    assert got[("child.hardship_at_birth", 1)] is False


def test_yesterday_typed_with_a_slip_is_yesterday() -> None:
    """ "baby boy born yesterdy": born the day before (probe en-13519 read no birth)."""
    got = reading(date(2026, 12, 19))("baby boy born yesterdy in beijing")
    assert got[("child.birth_date", 1)] == "2026-12-18"


def test_the_year_said_too_many_is_no_childs_age() -> None:
    """不对 大的才两岁半 刚才多说了一岁: the eldest is two and a half; 一岁 is the slip's size, no
    age of the younger (probe zh-13056 moved the baby to 2023)."""
    got = reading(date(2025, 1, 10))(
        "哎 不对 大的才两岁半 刚才多说了一岁",
        {"city": "jinan", "children": [{"birth_date": "2021-07"}, {"birth_date": "2024-10"}]},
    )
    assert got[("child.birth_date", 1)] == "2022-07"
    assert ("child.birth_date", 2) not in got


def test_a_yes_too_after_a_no_is_a_yes() -> None:
    """ "dibao was for laoda's birth, not laoer's. laosan yes too": the third's birth had it too
    (probe en-13505 read it as a no)."""
    got = reading(date(2026, 9, 6))(
        "sorry got it mixed up, dibao was for laoda's birth, not laoer's. laosan yes too",
        {
            "city": "beijing",
            "children": [
                {"birth_date": "2014-02", "hardship_at_birth": False},
                {"birth_date": "2019-07", "hardship_at_birth": True},
                {"birth_date": "2026-05"},
            ],
        },
    )
    assert got[("child.hardship_at_birth", 1)] is True
    assert got[("child.hardship_at_birth", 2)] is False
    assert got[("child.hardship_at_birth", 3)] is True


def test_asking_about_the_hukou_tells_no_hukou() -> None:
    """我问的是户口 外地户口行不行, of a Beijing family whose hukou is elsewhere: a question, no local
    hukou (tester 136 p5 was read back 北京户口)."""
    got = said(
        "我问的是户口 外地户口行不行",
        {"city": "beijing", "hukou_in_city": False, "children": [{"birth_date": "2020-09"}]},
    )
    assert ("hukou_in_city", None) not in got


def test_a_height_is_the_born_childs_not_an_unborn_twins() -> None:
    """The eldest born February 2024 and twins due April 2027: "my 2yo … she's like 95cm" is the
    eldest's height (tester 136 p7's unborn twin was given 95 cm)."""
    got = said(
        "u skipped the mat leave q - any extra days for twins? also can my 2yo ride the bus free "
        "in jinan, she's like 95cm",
        {
            "city": "jinan",
            "children": [
                {"birth_date": "2024-02"},
                {"due_date": "2027-04"},
                {"due_date": "2027-04"},
            ],
        },
    )
    assert got[("child.height_cm", 1)] == 95.0
    assert ("child.height_cm", 3) not in got


def test_still_off_the_benefit_now_is_none_now() -> None:
    """ "…by #3 we were off it, and still off it now": no benefit now (probe en-16074 read it as
    held now)."""
    got = reading(date(2026, 2, 21))(
        "dibao covered births 1 and 2, by #3 we were off it, and still off it now",
        {
            "city": "beijing",
            "children": [
                {"birth_date": "2015-06"},
                {"birth_date": "2018-09"},
                {"birth_date": "2022-12"},
            ],
        },
    )
    assert got[("hardship_now", None)] is False


def test_a_contract_ended_is_no_benefit_ended() -> None:
    """ "im on unemployment benefit since my contract ended in december": on it now, and at the
    birth last Friday (probe en-16049 read the contract's end as the benefit's)."""
    got = reading(date(2026, 2, 2))(
        "had our first last friday!! a girl. im on unemployment benefit since my contract ended "
        "in december, so yes i had it when she was born"
    )
    assert got[("hardship_now", None)] is True
    assert got[("hardship_at_birth", None)] is True


def test_also_is_no_yes_to_the_benefit_question() -> None:
    """Asked about the benefit at the births, 好 还有就是以后老二上小学 能不能跟老大上一个学校 is a
    question about school: 还有 ("also") is no 有 and 就是 no 就 (tester 137 p6 was read back
    老二出生时在领低保, and told 800 a month)."""
    got = said(
        "好 还有就是以后老二上小学 能不能跟老大上一个学校 买房子送学位有优惠吗",
        {"city": "jinan", "children": [{"birth_date": "2018-06"}, {"birth_date": "2024-09"}]},
        "hardship_at_birth",
    )
    assert ("child.hardship_at_birth", 2) not in got
    assert ("child.hardship_at_birth", 1) not in got


def test_the_grandsons_insurance_the_daughter_in_law_told_of_is_no_birth_cover() -> None:
    """那小孙子的医保呢 儿媳说五月份就给办了居民医保: the grandson's enrolment, told by his mother, not
    her cover at the birth (tester 137 p3)."""
    got = said(
        "那小孙子的医保呢 儿媳说五月份就给办了居民医保 钱还要自己掏吗 还有他们每个月那个600是不是也能领",
        {"city": "jinan", "children": [{"birth_date": "2016-09"}, {"birth_date": "2026-03"}]},
    )
    assert ("birth_insurance", None) not in got


def test_the_writer_an_only_child_is_no_count_of_the_children() -> None:
    """ "im an only child, my dad just had surgery": the writer, for Beijing's one-child
    parents' nursing leave, not a family of one child (tester 137 p8's three became one)."""
    got = said(
        "and the monthly cash?? also im an only child, my dad just had surgery - do i get any "
        "leave to look after him"
    )
    assert ("child_count", None) not in got
    assert said("our son is an only child")[("child_count", None)] == 1
