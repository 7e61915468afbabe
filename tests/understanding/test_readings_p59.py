"""Messages of stop 59: tester 87's and 88's families. A household, what the citizen (or the
hotline worker) wrote, and the facts taken."""

from datetime import date

from tests.understanding.readings import at_births, kids, reading

said = reading(date(2026, 12, 6))


def test_a_birth_said_again_in_other_words_is_one_child() -> None:
    """老二是去年十月生的，就是2025年10月: one second child born October 2025 (Jinan clause 12 pays
    it 600 a month), never a 老三 born the same month (tester 87 c1 was told 1,200 a month)."""
    got = said(
        "我们家是济南户口，老大已经5岁了，老二是去年十月生的，就是2025年10月，能领育儿补贴吗"
    )
    assert got[("child.birth_date", 2)] == "2025-10"
    assert ("child.birth_date", 3) not in got
    assert said("my second was born last october, that's october 2025") == {
        ("child.birth_date", 2): "2025-10"
    }
    assert said("老二去年三月生的 也就是25年3月 老三今年5月") == {
        ("child.birth_date", 2): "2025-03",
        ("child.birth_date", 3): "2026-05",
    }


def test_the_month_a_benefit_is_still_paid_in_is_no_birth() -> None:
    """这个月还能不能领？如果孩子是12月20号出生的呢, of a second child born December 2023: the
    month of the subsidy asked, and the day of that birth supposed (2023-12-20, paid until
    20 December 2026); never a child born this month (tester 87 h1 heard 2022-12-20)."""
    known = {"city": "jinan", "hukou_in_city": True, "children": kids("2023-12")}
    got = said("来电人追问：那已经到期了吗？这个月还能不能领？如果孩子是12月20号出生的呢", known)
    assert got == {("child.birth_date", 1): "2023-12-20"}
    assert said("这个月生的") == {("child.birth_date", 1): "2026-12"}


def test_the_benefit_at_the_birth_of_twins_on_the_way_is_theirs() -> None:
    """俺家老大5岁 这回怀的双胞胎 预产期明年2月 生的时候俺对象在领失业金: the twins to come are
    the 2nd and 3rd children, and the unemployment benefit at their birth is theirs (Jinan clause
    12's 200 more each), never the eldest's (tester 88 c3)."""
    got = said("济南的 俺家老大5岁 这回怀的双胞胎 预产期明年2月 生的时候俺对象在领失业金 能给多少")
    assert at_births(got) == {2: True, 3: True}
    assert got[("child.due_date", 2)] == got[("child.due_date", 3)] == "2027-02"
    told_first = said("老大5岁 生的时候在领失业金 怀了双胞胎 预产期明年2月")
    assert at_births(told_first) == {1: True}  # the eldest's, told before the twins


def test_a_child_not_yet_enrolled_is_no_cover_for_the_birth() -> None:
    """孩子到现在还没上医保 现在办还能免个人缴费吗: the child's own enrolment (Jinan clause 15's
    window of six months), never the mother's cover at the birth taken as none (tester 88 c9's
    case read back 生育时没有参保)."""
    assert said("来电人还问 孩子到现在还没上医保 现在办还能免个人缴费吗 一句话回答 带条款") == {}
    assert said("生孩子的时候没交医保") == {("birth_insurance", None): "none"}


def test_a_callers_whole_date_of_a_known_month_puts_that_childs_day_right() -> None:
    """A caller's 2nd child born 2023-12-06, the 1st undated. "生日是2023年12月16日。这个月12月的还
    能领吗": the 2nd child's day put right (paid until 16 December 2026, Jinan clause 12) and the
    month the money is asked of; never a child born this December (tester 89 c9's read-out said
    2029)."""
    known = {"children": [{"birth_date": None}, {"birth_date": "2023-12-06"}]}
    got = said(
        "群众确认当时领的是失业金，生日是2023年12月16日。这个月12月的还能领吗，一句话口径", known
    )
    assert got[("child.birth_date", 2)] == "2023-12-16"
    assert ("child.birth_date", 1) not in got and ("child.birth_date", 3) not in got


def test_the_childrens_enrolment_told_is_no_cover_at_the_birth() -> None:
    """三胞胎的医保要交钱吗 我们是25年10月才给他们办的居民医保: the triplets' own enrolment (Jinan
    clause 15's six months), never the mother's cover at the birth read as resident insurance
    (tester 89 c5's read-back said 生育时参加城乡居民医保)."""
    known = {"children": kids("2018-06", "2025-03", "2025-03", "2025-03")}
    assert said("三胞胎的医保要交钱吗 我们是25年10月才给他们办的居民医保", known) == {}
    assert said("生孩子的时候是居民医保") == {("birth_insurance", None): "resident_medical"}


def test_the_two_named_both_asked_of_are_no_count_of_the_family() -> None:
    """济南 我家老二是2022年12月生的 老三２０２５年６月生的 生老三的时候我是特困供养 俩孩子都能领
    补贴吗: 老二 and 老三 as named (an eldest besides), 特困 at the 3rd's birth; "俩孩子都" asks of
    the two named, never a family of two renumbered 老大 and 老二 (testers 87 c5, 90 c5)."""
    got = said(
        "济南 我家老二是2022年12月生的 老三２０２５年６月生的 生老三的时候我是特困供养 俩孩子都能领补贴吗 一共多少"
    )
    assert ("child_count", None) not in got
    assert got[("child.birth_date", 2)] == "2022-12" and got[("child.birth_date", 3)] == "2025-06"
    assert at_births(got) == {3: True}
    family = said("家里俩孩子 都是济南户口 老大2020年 老二2023年")
    assert family[("child_count", None)] == 2


def test_a_benefit_ended_the_month_before_the_twins_is_none_at_their_birth() -> None:
    """Twins born September 2024 as the 2nd and 3rd, unemployment benefit at their birth noted.
    "my unemployment benefits ended in august 2024, twins born september 2024": no benefit at
    their birth, so 600 each, not 800 (Jinan clause 12 looks at the time of the birth; tester 90
    c7 was still told 800)."""
    known = {"children": [{"birth_date": "2020-06"}, *kids("2024-09", "2024-09")]}
    got = said(
        "huh? i asked about the subsidy. my unemployment benefits ended in august 2024, "
        "twins born september 2024. do i still get the extra 200?",
        known,
    )
    assert at_births(got) == {2: False, 3: False}
    assert at_births(said("低保2024年8月就停了 双胞胎9月生的", known)) == {2: False, 3: False}


def test_a_pregnancys_order_put_right_at_once_is_the_order_said_last() -> None:
    """老大五岁多 老二十个月 生老二那会我们家吃低保 现在又怀二胎六个月了 不对是三胎: a third child
    due about March 2027, dibao at the 2nd's birth; "不对是三胎" puts the order right and tells
    nothing of benefits (tester 90 c1 read "老三出生时没有领低保" and no due date)."""
    got = said(
        "你好 我济南的 老大五岁多了 老二十个月 生老二那会我们家吃低保 现在又怀二胎六个月了 不对是三胎 想问问能领多少钱"
    )
    assert got[("child.due_date", 3)] == "2027-03"
    assert at_births(got) == {2: True}


def test_a_births_date_is_no_month_of_the_hukou_move() -> None:
    """孙女是２０２４年３月生的 … 户口今年刚从德州迁到济南: the move is this year, its month untold;
    never March 2024, the granddaughter's birth (tester 90 c2 was told the move came first)."""
    from understanding.hukou_move import move_month

    text = "我是孩子奶奶 帮儿子问问 大孙子今年七岁了 孙女是２０２４年３月生的 三宝刚出满月 户口今年刚从德州迁到济南 这俩小的能有补贴不"
    assert move_month(text, date(2026, 12, 6)) is None
    assert move_month("户口2024年3月迁到济南", date(2026, 12, 6)) == date(2024, 3, 1)
