"""Messages of stop 71: tester 112's families. A household, what the citizen wrote, and the
facts taken."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading, reading_kinds

said = reading(date(2026, 12, 7))

TWINS_AFTER_A_GIRL = {
    "city": "jinan",
    "child_count": 3,
    "children": kids("2020-06", "2023", "2023"),
}


def test_twins_as_the_second_birth_told_with_their_day_after_the_year() -> None:
    """ "头胎闺女六岁 二胎是双胞胎小子23年底生的 12月30号": three children, the twins born on 30
    December 2023 (clause 12 pays each 600 a month until 30 December 2026); tester 112 c5 got
    a fourth child born last December."""
    assert said("头胎闺女六岁 二胎是双胞胎小子23年底生的 12月30号") == {
        ("child_count", None): 3,
        ("child.birth_date", 1): "2020-06",
        ("child.birth_date", 2): "2023-12-30",
        ("child.birth_date", 3): "2023-12-30",
    }


@pytest.mark.parametrize(
    ("message", "born"),
    [
        ("老二23年底生的 12月30号", "2023-12-30"),
        ("老二是23年的 具体是12月30", "2023-12-30"),
        ("老二23年初生的 2月3号", "2023-02-03"),
    ],
)
def test_a_day_told_after_its_year_is_that_years_day(message: str, born: str) -> None:
    """The year first, then the day of the month with no year: one birth, that day of that
    year."""
    assert said(message) == {("child.birth_date", 2): born}


def test_a_day_told_after_another_childs_year_is_that_childs() -> None:
    """ "老大19年生的 老二3月5号生的": the 老二's day has a birth of its own, not 老大's year."""
    got = said("老大19年生的 老二3月5号生的")
    assert got[("child.birth_date", 1)] == "2019"
    assert got[("child.birth_date", 2)] == "2026-03-05"


@pytest.mark.parametrize(
    "message", ["12月30号 双胞胎俩都是", "12月 12月30号 双胞胎俩都是", "双胞胎都是12月30号"]
)
def test_the_known_twins_day_is_theirs_not_two_more_children(message: str) -> None:
    """Twins known born in 2023 as 老二 and 老三, asked their month: the day told of both is
    theirs, in their year (tester 112 c5 was noted two pregnancies due on 30 December)."""
    assert said(message, TWINS_AFTER_A_GIRL, "children") == {
        ("child.birth_date", 2): "2023-12-30",
        ("child.birth_date", 3): "2023-12-30",
    }


def test_no_fourth_child_leaves_the_twins_dates() -> None:
    """A fourth child made by mistake: "一共仨孩子 没有老四 老二老三是双胞胎 都是2023年12月30号生的"
    puts the count right and dates both twins; the space before 老二 is no list of more
    children denied."""
    known = {
        "city": "jinan",
        "child_count": 4,
        "children": kids("2020-06", "2023", "2023", "2025-12-30"),
    }
    got = said("一共仨孩子 没有老四 老二老三是双胞胎 都是2023年12月30号生的", known)
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 2)] == "2023-12-30"
    assert got[("child.birth_date", 3)] == "2023-12-30"


def test_the_whole_count_said_with_yigong_is_the_count() -> None:
    """ "一共仨孩子" of four known children: the count put right, not three of them."""
    known = {"city": "jinan", "child_count": 4, "children": kids("2020", "2023", "2023", "2025")}
    assert said("一共仨孩子", known) == {("child_count", None): 3}


SHORT_DATES = {
    "city": "jinan",
    "hukou_in_city": True,
    "child_count": 2,
    "children": kids("2019", "2025-05-20"),
}


@pytest.mark.parametrize(
    "message",
    [
        "那到底领到哪天 五月二十号生的满三岁应该是28年5月20吧",
        "满三岁是28年5月20号吧",
        "补贴领到2028年5月20号对吧",
        "老大满3岁是哪天",
    ],
)
def test_the_day_the_money_ends_is_no_birth(message: str) -> None:
    """老二 born 20 May 2025: "满三岁应该是28年5月20吧" asks the day the 600 ends (clause 12:
    until the third birthday). Tester 112 c2 had 老大 noted born 28 May 2020."""
    assert said(message, SHORT_DATES) == {}


def test_a_two_digit_year_with_nian_is_never_a_day() -> None:
    """ "28年5月20" says its year: 2028, a birth to come, never the 28th of May 2020."""
    assert said("老二28年5月20生的", SHORT_DATES) == {("child.due_date", 2): "2028-05-20"}


@pytest.mark.parametrize(
    "message",
    [
        "等下 你说老大2020年5月28号生的？我没说过啊 老大是19年的 你把我家记的都说一遍",
        "我没说过老大2020年5月28号生的 老大是19年的",
        "you said my eldest was born in may 2020? i never said that. she was born in 2019",
    ],
)
def test_a_date_disowned_is_not_the_writers(message: str) -> None:
    """老大 wrongly noted born 28 May 2020: the writer quotes it, disowns it and gives 2019.
    The quoted date is no fact of theirs; 2019 is the eldest's, never 老二's (tester 112 c2
    lost 老二's real date)."""
    known = {**SHORT_DATES, "children": kids("2020-05-28", "2025-05-20")}
    assert said(message, known) == {("child.birth_date", 1): "2019"}


# --- fresh probes p74A (Chinese) and p74B (English), written in the development half's style ---


def test_orders_born_together_then_the_word_twins_is_one_pair() -> None:
    """A Jinan family with a daughter born in 2017: "老二老三是一块来的 双胞胎 去年十月生的" tells
    of one pair, 老二 and 老三 born October 2025; never a 4th and 5th child."""
    said_then = reading(date(2026, 4, 1))
    got = said_then("老二老三是一块来的 双胞胎 去年十月生的", {"children": kids("2017-02")})
    assert got == {("child.birth_date", 2): "2025-10", ("child.birth_date", 3): "2025-10"}


def test_a_pregnancy_counted_then_called_twins_is_one_pregnancy() -> None:
    """Beijing, one child born 2023: "这胎是俩 b超查的双胞胎 五个月了" is twins due in about four
    months (July 2027), not twins born five months ago and two more due."""
    said_then = reading(date(2027, 3, 9))
    got = said_then(
        "这胎是俩 b超查的双胞胎 五个月了", {"city": "beijing", "children": kids("2023-08")}
    )
    assert got == {("child.due_date", 2): "2027-07", ("child.due_date", 3): "2027-07"}


@pytest.mark.parametrize(
    ("message", "today", "count"),
    [
        ("双胞胎是二胎 前年生的 老大是个丫头 十二岁了", date(2025, 2, 13), 3),
        ("三胞胎小子 今天满一百天 家里就他们仨", date(2025, 8, 12), 3),
        ("家里俩大的都上小学了 这不媳妇又怀上了 还是双胞胎 四个月", date(2026, 1, 20), 2),
    ],
)
def test_the_children_counted_beside_multiples(message: str, today: date, count: int) -> None:
    """The twins as the second birth beside 老大 are three children; triplets "就他们仨" are all
    the children; "家里俩大的" beside twins due counts the two born."""
    assert reading(today)(message)[("child_count", None)] == count


def test_may_day_after_a_year_dates_the_birth() -> None:
    """ "老大2019年五一生的": born 1 May 2019."""
    assert said("老大2019年五一生的") == {("child.birth_date", 1): "2019-05-01"}


def test_the_benefit_long_finished_at_a_birth_is_none_then() -> None:
    """Children born 2010 and 2014: "生老二那年失业金早领完了 生老大时候正领着" is no benefit at
    the second birth (no 200 a month, clause 12) and the benefit at the first."""
    known = {"city": "jinan", "children": kids("2010-04", "2014-08")}
    got = said("生老二那年失业金早领完了 生老大时候正领着", known)
    assert got[("child.hardship_at_birth", 2)] is False
    assert got[("child.hardship_at_birth", 1)] is True
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    "message",
    [
        "my son born 2023.11 when we still on tekun, now not anymore becuz i find job",
        "son born last october during the time my husband was getting unemployment insurance",
    ],
)
def test_an_english_birth_told_with_the_benefit_of_its_time(message: str) -> None:
    """The son was born while the family held special hardship support or unemployment benefit:
    that birth's benefit (clause 12's 200 a month), not only now."""
    got = reading(date(2025, 6, 1))(message)
    assert got[("child.hardship_at_birth", 1)] is True
    assert got.get(("hardship_now", None)) is not True


def test_for_the_second_we_had_just_started_it() -> None:
    """ "no dibao for the first. for the second we had just started it": on dibao at the second
    birth only."""
    got = reading(date(2025, 6, 1))("no dibao for the first. for the second we had just started it")
    assert got == {("child.hardship_at_birth", 1): False, ("child.hardship_at_birth", 2): True}


def test_the_bigger_one_and_the_smaller_ones_ages() -> None:
    """ "2 kids both born when we was on dibao, bigger one 6 smaller 2": two children aged 6 and
    2, dibao at both births."""
    got = reading(date(2024, 3, 19))(
        "2 kids both born when we was on dibao, bigger one 6 smaller 2"
    )
    assert got[("child.birth_date", 1)] == "2017-09"
    assert got[("child.birth_date", 2)] == "2021-09"
    assert got[("hardship_at_birth", None)] is True


def test_a_hundred_days_hit_today() -> None:
    """ "baby hit 100 days today": born 100 days ago."""
    assert reading(date(2026, 1, 20))("baby hit 100 days today") == {
        ("child.birth_date", 1): "2025-10-12"
    }


def test_dibao_at_the_last_birth_none_before_that() -> None:
    """Four children: "dibao at the last birth, none before that" is the youngest's birth only
    (200 a month beside its 600, clause 12), not every birth."""
    known = {"city": "jinan", "children": kids("2012-03", "2016-07", "2020-11", "2025-04")}
    got = reading(date(2025, 5, 27))("4 kids, dibao at the last birth, none before that", known)
    assert got[("child.hardship_at_birth", 4)] is True
    assert [got[("child.hardship_at_birth", n)] for n in (1, 2, 3)] == [False, False, False]
    assert ("hardship_at_birth", None) not in got


def test_the_flat_sold_is_no_home_of_their_own() -> None:
    """ "no wait, we sold the flat last year, we rent now" of a family noted owning its home."""
    known = {"city": "jinan", "owns_home_in_city": True, "renting": False}
    got = reading_kinds(date(2025, 6, 1))("no wait, we sold the flat last year, we rent now", known)
    assert got[("owns_home_in_city", None)] == (False, "correction")
    assert got[("renting", None)] == (True, "correction")


def test_an_age_just_reached_then_a_birth_the_day_before_yesterday() -> None:
    """ "老大刚满两岁 前天又生了对双胞胎": the twins born two days ago; 满两岁 is the eldest's age,
    not the day a child turns two."""
    got = reading(date(2026, 2, 6))("老大刚满两岁 前天又生了对双胞胎！！", {"city": "jinan"})
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2026-02-04"


def test_the_older_two_is_no_age() -> None:
    """ "not the older 2" counts the two elder children; it is no child aged 2."""
    known = {"city": "beijing", "children": kids("2010-03", "2014-07", "2016-11")}
    got = reading(date(2023, 8, 1))(
        "we got dibao back when the youngest was born, not the older 2. nothing now", known
    )
    assert not any(fact == "child.birth_date" for fact, _ in got)
    assert got[("child.hardship_at_birth", 3)] is True


@pytest.mark.parametrize(
    "message",
    [
        "Back to my own family. Sorry, correction: it's three kids actually - my wife is "
        "pregnant again, due May 2027. Does the third one get the 600 too?",
        "不对 是三个孩子 我老婆又怀上了 预产期明年5月",
    ],
)
def test_three_kids_with_the_baby_due_makes_the_baby_the_third(message: str) -> None:
    """Two children born (2021 and August 2025), "it's three kids actually - my wife is pregnant
    again, due May 2027": the baby due is the third child (600 a month from its birth, clause
    12), not a fourth beside a third never told (tester 114 c7)."""
    known = {"city": "jinan", "hukou_in_city": True, "children": kids("2021-05", "2025-08-15")}
    assert said(message, known) == {("child.due_date", 3): "2027-05"}


@pytest.mark.parametrize(
    ("message", "known_cover", "cover"),
    [
        ("我生二闺女时候已经辞职了 交的是居民医保不是生育保险 那住院生孩子能报多少",
         "employee_maternity", "resident_medical"),
        ("好 说回我自己家 改一下 我上个月换了工作 现在单位给交职工生育保险了 不是灵活就业了",
         "flexible_employment", "employee_maternity"),
    ],
)  # fmt: skip
def test_the_cover_said_instead_of_another_is_the_cover(
    message: str, known_cover: str, cover: str
) -> None:
    """ "居民医保不是生育保险" is resident insurance (3,000 fixed, clause 15), never the employee
    maternity insurance denied; "单位给交职工生育保险了 不是灵活就业了" is the employee cover, never
    "no insurance" (testers 112 c4 and 114 c3 were told the old rate)."""
    known = {
        "city": "jinan",
        "birth_insurance": known_cover,
        "children": kids("2019-05", "2024-03"),
    }
    assert said(message, known)[("birth_insurance", None)] == cover


def test_a_relatives_family_said_not_to_be_the_writers_is_read_as_theirs() -> None:
    """ "now for my biaomei family, not my family. jinan hukou, she got shuangbaotai (twins) born
    2023 jan 5": the cousin's twins are read (to be answered apart); "not my family" is no
    hotline worker's "no family here" (tester 114 c8 was answered with her own 800)."""
    got = said(
        "ok. now for my biaomei family, not my family. jinan hukou, she got shuangbaotai (twins) "
        "born 2023 jan 5, they are first babies. she get 600?"
    )
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == "2023-01-05"


def test_no_no_this_is_my_cousins_family_answers_no_cover() -> None:
    """Asked the mother's cover at the birth: "no no, this is my cousin family, other family …"
    says whose family it is; no "no insurance" for the writer's own (tester 114 c8)."""
    known = {"city": "jinan", "hukou_in_city": True, "children": kids("2020-06", "2024-02")}
    got = said(
        "no no, this is my cousin family, other family. cousin twins born 5 jan 2023, jinan "
        "hukou, no older kids. can the second twin get 600 a month?",
        known,
        "birth_insurance",
    )
    assert ("birth_insurance", None) not in got
