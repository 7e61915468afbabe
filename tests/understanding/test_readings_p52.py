"""Messages of stop 52's probes: dotted dates beside birth orders, a day or month put right of a
known birth, the children had beside the housing fund, school years before ages, the youngest
named again. A household, what the citizen wrote, and the facts the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading, reading_kinds

said = reading(date(2026, 6, 10))


@pytest.mark.parametrize(
    "text",
    [
        "头胎男孩 2018.7 二胎女孩 2021.3",
        "头胎 2018.7 二胎 2021.3",
        "大宝 2018.7 二宝 2021.3",
    ],
)
def test_a_dotted_date_belongs_to_the_order_before_it(text: str) -> None:
    """The first born July 2018, the second March 2021; the second's order opens its own part."""
    assert said(text) == {("child.birth_date", 1): "2018-07", ("child.birth_date", 2): "2021-03"}


@pytest.mark.parametrize(
    "text", ["我们有俩孩子 公积金能贷多少", "we have 2 kids, how much fund loan"]
)
def test_the_children_had_are_no_fund_payer(text: str) -> None:
    """A loan asked with the children counted: two children, no one said to pay the fund."""
    assert said(text) == {("child_count", None): 2}


@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("she and her husband each pay gongjijin", 2),
        ("he and his wife pay gongjijin", 2),
        ("she and her husband have 2 kids, she pays gongjijin", 1),
        ("me and my wife have 2 kids, i pay gongjijin", 1),
        ("my husband, his dad and I all pay gongjijin", 3),
    ],
)
def test_the_couple_asked_for_pay_the_fund_together(text: str, payers: int) -> None:
    """Jinan clause 14's loan ceiling depends on how many pay the housing provident fund."""
    assert said(text)[("housing_fund_contributors", None)] == payers


kinds = reading_kinds(date(2026, 7, 30))


@pytest.mark.parametrize(
    ("known", "text", "today", "put_right"),
    [
        (kids("2021-04-12"), "啊写反了 孩子是4月21号 不是12号", date(2026, 7, 30), "2021-04-21"),
        (kids("2025-12-26"), "不是上个月26号 是28号 我记岔了", date(2026, 1, 13), "2025-12-28"),
        (kids("2025-12-26"), "是28号 不是26号", date(2026, 1, 13), "2025-12-28"),
    ],
)
def test_a_day_put_right_keeps_the_known_year(
    known: list[dict[str, object]], text: str, today: date, put_right: str
) -> None:
    """Only the day is corrected; the birth does not move to this year."""
    got = reading_kinds(today)(text, {"children": known})
    assert got == {("child.birth_date", 1): (put_right, "correction")}


def test_a_month_put_right_keeps_the_known_year() -> None:
    """老二 known born October 2020: November 2020, the eldest untouched."""
    got = reading_kinds(date(2026, 4, 21))(
        "不对 老二不是十月 是十一月 二零年十一月", {"children": kids("2016-03", "2020-10")}
    )
    assert got == {("child.birth_date", 2): ("2020-11", "correction")}


def test_a_month_put_right_across_new_year_takes_the_nearer_year() -> None:
    """Twins known born December 2025, put right to January: January 2026, not 2025."""
    got = reading_kinds(date(2026, 2, 2))(
        "打错了 双胞胎是一月份生的 不是十二月",
        {"children": kids("2021-06", "2025-12", "2025-12")},
    )
    assert got == {
        ("child.birth_date", 2): ("2026-01", "correction"),
        ("child.birth_date", 3): ("2026-01", "correction"),
    }


def test_the_same_month_as_a_sibling_is_no_age() -> None:
    """跟老大一个月过生日 is the month of the birthday, not a child one month old."""
    got = reading_kinds(date(2026, 11, 30))(
        "老二月份打错了 是22年6月 跟老大一个月过生日",
        {"children": kids("2019-06", "2022-09")},
        "children",
    )
    assert got == {("child.birth_date", 2): ("2022-06", "correction")}


@pytest.mark.parametrize("text", ["医生说是10.26", "预产期10.26", "预产期是10.26号"])
def test_a_due_date_written_with_a_dot(text: str) -> None:
    """The due date asked, answered as month.day: 26 October this year."""
    got = reading(date(2026, 4, 13))(text, {"children": [{"due_date": None}]}, "due_date")
    assert got == {("child.due_date", 1): "2026-10-26"}


def test_a_birthday_with_a_dot_has_no_year() -> None:
    """生日是5.1 tells the day, not the year: the age says the year."""
    got = reading(date(2026, 4, 13))("老大生日是5.1 今年6岁")
    assert got == {("child.birth_date", 1): "2019-10"}


@pytest.mark.parametrize(
    "text", ["我们是外地户口 没在济南买房 租房住着", "还没在济南买房子 一直租房"]
)
def test_no_home_bought_in_the_city(text: str) -> None:
    """No home owned in Jinan, renting (clause 14's rent withdrawal)."""
    got = said(text)
    assert got[("owns_home_in_city", None)] is False
    assert got[("renting", None)] is True


def test_a_school_year_before_an_age() -> None:
    """读高一十五了 is a pupil in the first year of senior high, fifteen; not 高15."""
    got = reading(date(2026, 10, 28))(
        "就我老公一个人交 家里大的读高一十五了 中间的十岁 最小的两岁",
        {},
        "housing_fund_contributors",
    )
    assert got == {
        ("housing_fund_contributors", None): 1,
        ("child.birth_date", 1): "2011-04",
        ("child.birth_date", 2): "2016-04",
        ("child.birth_date", 3): "2024-04",
    }


@pytest.mark.parametrize(
    "text", ["孩子们一个13一个10一个7 最小的七岁了", "老大13 老二10 老三7岁 最小的七岁了"]
)
def test_the_youngest_at_the_last_age_is_the_last_child(text: str) -> None:
    """Three children, 13, 10 and 7; the youngest said again is no fourth."""
    got = reading(date(2026, 1, 7))(text, {}, "children")
    assert got == {
        ("child.birth_date", 1): "2012-07",
        ("child.birth_date", 2): "2015-07",
        ("child.birth_date", 3): "2018-07",
    }


def test_a_younger_youngest_is_a_child_of_its_own() -> None:
    got = reading(date(2026, 1, 7))("老大13 老二10 最小的才2岁")
    assert got[("child.birth_date", 3)] == "2023-07"


def test_the_elder_sister_of_the_child_told_comes_first() -> None:
    """儿子 born August 2025 and 他姐姐 in first grade: the son is the second child."""
    got = reading(date(2026, 7, 8))("儿子是去年八月生的 他姐姐今年上一年级 家里就俩孩子")
    assert got == {("child_count", None): 2, ("child.birth_date", 2): "2025-08"}


def test_kinds_of_a_correction() -> None:
    assert kinds("孩子是4月21号 不是12号", {"children": kids("2021-04-12")}) == {
        ("child.birth_date", 1): ("2021-04-21", "correction")
    }


@pytest.mark.parametrize(
    "text",
    [
        "2 sets of twins 😅 the big ones are 6 and the small ones just turned 1",
        "两对双胞胎 大的那对6岁 另一对刚满1岁",
    ],
)
def test_two_sets_of_twins_named_by_their_place(text: str) -> None:
    """Four children: twins of 6, then twins just turned 1; never six children."""
    got = reading(date(2026, 2, 11))(text, {}, "children")
    assert got == {
        ("child_count", None): 4,
        ("child.birth_date", 1): "2019-08",
        ("child.birth_date", 2): "2019-08",
        ("child.birth_date", 3): "2025-02",
        ("child.birth_date", 4): "2025-02",
    }


@pytest.mark.parametrize(
    "text",
    [
        "hmm my mom was on dibao when my son was born but we werent, does that count",
        "孩子出生的时候我妈在吃低保 我们家没有",
    ],
)
def test_a_grandparents_benefit_is_not_the_familys(text: str) -> None:
    """Jinan clause 12 reads the family's own dibao at the birth: the family said no."""
    got = reading(date(2026, 11, 2))(text, {"children": kids("2022-01-01")}, "hardship_at_birth")
    assert set(got.values()) == {False}
    assert len(got) == 1


def test_the_family_and_a_grandparent_both_on_dibao() -> None:
    got = reading(date(2026, 11, 2))(
        "生孩子的时候我们在吃低保 我妈也吃", {"children": kids("2022-01-01")}, "hardship_at_birth"
    )
    assert set(got.values()) == {True}


def test_the_daughters_birth_named_beside_a_son() -> None:
    """The girl of 3 and the son of 20 days, both born while on special hardship support."""
    got = reading(date(2026, 3, 30))(
        "我们家是特困户 生闺女那会儿就是 闺女现在上幼儿园了 三岁 儿子才生了二十天 也是特困期间生的",
        {},
        "hardship_at_birth",
    )
    assert got[("child.hardship_at_birth", 1)] is True
    assert got[("child.hardship_at_birth", 2)] is True


def test_dibao_granted_only_now() -> None:
    """No dibao at the birth; approved just now."""
    got = reading(date(2026, 1, 28))(
        "宝宝生下来那会我们没有低保 现在刚申请下来 能补吗",
        {"city": "jinan", "children": kids("2023-12")},
        "hardship_at_birth",
    )
    assert got == {("hardship_now", None): True, ("hardship_at_birth", None): False}


def test_the_benefit_named_only_in_the_question() -> None:
    """领没领低保 asks; 我们领着呢 … 二宝出生前就开始领了 answers: dibao now and at the 2nd birth."""
    got = reading(date(2026, 12, 28))(
        "生二宝那时候领没领低保会影响补贴吗？我们领着呢 二宝出生前就开始领了",
        {"children": kids("2019-06", "2026-11")},
    )
    assert got == {("hardship_now", None): True, ("child.hardship_at_birth", 2): True}


def test_the_due_date_asked_beside_an_elder_sister() -> None:
    """The twins due next April come after the sister of 3."""
    got = reading(date(2026, 10, 29))("预产期明年4月 怀的双胞胎 上面还有个姐姐3岁", {}, "due_date")
    assert got == {
        ("child.birth_date", 1): "2023-04",
        ("child.due_date", 2): "2027-04",
        ("child.due_date", 3): "2027-04",
    }


@pytest.mark.parametrize(
    "text", ["不对 我家不是一个孩子 是双胞胎 俩都是2020年6月的", "not one kid, twins"]
)
def test_the_one_child_was_twins(text: str) -> None:
    """One child known; the family puts it right: twins, two children (never "1")."""
    got = reading_kinds(date(2026, 8, 27))(text, {"children": kids("2020-06")})
    assert got[("child_count", None)] == (2, "correction")


def test_a_known_day_is_not_lost_to_its_month() -> None:
    """The child known born 2 November 2026; "上个月刚停" is when the benefit stopped, and no
    birth month replaces the known day."""
    got = reading_kinds(date(2026, 12, 17))(
        "前面说错了 孩子出生的时候我正领着失业金呢 上个月刚停",
        {"city": "jinan", "children": kids("2026-11-02"), "hardship_at_birth": False},
    )
    assert ("child.birth_date", 1) not in got
    assert got[("hardship_at_birth", None)] == (True, "correction")


def test_one_child_each_year_counted_by_relative_years() -> None:
    """Three children, born in 2023, 2024 and 2025 (today January 2026)."""
    got = reading(date(2026, 1, 15))(
        "三个 大前年一个 前年一个 去年又添了一个 连着生的", {}, "children"
    )
    assert got == {
        ("child_count", None): 3,
        ("child.birth_date", 1): "2023",
        ("child.birth_date", 2): "2024",
        ("child.birth_date", 3): "2025",
    }


def test_the_childrens_age_now_is_no_benefit_now() -> None:
    """Dibao at the twins' birth; "they are 2 now" is their age, not dibao today."""
    got = reading(date(2026, 7, 28))("we were on dibao when the twins were born. they are 2 now.")
    assert ("hardship_now", None) not in got
    assert got[("child.hardship_at_birth", 1)] is True
    assert got[("child.hardship_at_birth", 2)] is True


def test_the_one_birth_on_dibao_named_after() -> None:
    """Only the second of three was born while on dibao; the first and third were not."""
    got = reading(date(2026, 10, 1))(
        "有没有人知道 三个孩子里只有一个是低保期间生的 能加吗 我家是老二 老大老三都不是 老三今年五月生的"
    )
    assert got == {
        ("child_count", None): 3,
        ("child.birth_date", 3): "2026-05",
        ("child.hardship_at_birth", 1): False,
        ("child.hardship_at_birth", 2): True,
        ("child.hardship_at_birth", 3): False,
    }


@pytest.mark.parametrize(
    "text",
    ["闺女是低保期间生的 儿子不是 儿子是老大 闺女小", "儿子是老大 闺女是低保期间生的 儿子不是"],
)
def test_the_birth_named_by_kin_placed_by_the_elder_said(text: str) -> None:
    """The son is the elder: his birth not on dibao, the daughter's (the second) on it."""
    got = reading(date(2026, 3, 9))(text, {"city": "jinan"}, "hardship_at_birth")
    assert got == {("child.hardship_at_birth", 1): False, ("child.hardship_at_birth", 2): True}


def test_then_after_each_childs_birth_is_that_birth() -> None:
    """The son born 2024 while on dibao; the daughter born March 2026 after it stopped."""
    got = reading(date(2026, 6, 18))(
        "儿子是前年生的 那时候在领低保 闺女今年3月生的 那会儿已经不领了 两个都能申请育儿补贴吗",
        {"city": "jinan", "hukou_in_city": True},
        "hardship_at_birth",
    )
    assert got[("child.hardship_at_birth", 1)] is True
    assert got[("child.hardship_at_birth", 2)] is False
    assert ("hardship_at_birth", None) not in got


def test_a_hotline_note_of_the_benefit_stopped_now() -> None:
    """A hotline worker's note: unemployment benefit at the 2nd birth, none at the 1st, stopped now."""
    got = reading(date(2026, 2, 5))(
        "市民来电 济南户口 育有两孩 二孩2025年4月出生 出生时母亲领取失业保险金 一孩出生时无 现已停领"
    )
    assert got[("hardship_now", None)] is False
    assert got[("child.hardship_at_birth", 2)] is True
    assert got[("child.hardship_at_birth", 1)] is False


@pytest.mark.parametrize(
    "text",
    [
        "北京户口 独生子女 我爸住院了 独生子女护理假有几天",
        "我是独生子女 我爸住院了",
        "独生子女护理假有几天",
    ],
)
def test_the_writer_as_an_only_child_is_no_count(text: str) -> None:
    """独生子女 of the writer (the parents' nursing leave, Beijing clause (15)): no child counted."""
    assert ("child_count", None) not in said(text)


@pytest.mark.parametrize("text", ["我们家是独生子女", "就一个孩子 独生女 5岁"])
def test_the_familys_only_child_counts_one(text: str) -> None:
    assert said(text)[("child_count", None)] == 1


@pytest.mark.parametrize(
    "text",
    [
        "hello im a grandma in beijing, my daughter had twin girls last month, her husband is from "
        "jinan hukou, she has beijing hukou",
        "我们在北京 老公是济南户口 我是北京户口",
    ],
)
def test_one_parents_hukou_in_the_city_is_the_familys(text: str) -> None:
    """A Beijing family where one parent holds Beijing hukou and the other Jinan's: held."""
    assert said(text)[("hukou_in_city", None)] is True


def test_neither_parents_hukou_in_the_city() -> None:
    assert said("我们在北京 老公是济南户口 我也不是北京户口")[("hukou_in_city", None)] is False


def test_a_benefit_ending_next_month_is_not_stopped_now() -> None:
    """失业金下个月就停了: still paid now, its end to come; never "not on it now"."""
    got = reading(date(2026, 12, 5))(
        "失业金下个月就停了 还能领吗",
        {"city": "jinan", "hukou_in_city": True, "children": kids("2021-06", "2026-03")},
        "hardship_at_birth",
    )
    assert got.get(("hardship_now", None)) is not False


@pytest.mark.parametrize("text", ["那老二出生以后呢 俩孩子能抵多少", "等老二生了 俩孩子能抵多少"])
def test_two_children_once_the_second_is_born_is_a_question(text: str) -> None:
    """One child known; "俩孩子" after the second's birth to come is asked of, not the family."""
    got = reading(date(2026, 12, 5))(text, {"city": "beijing", "children": kids("2025-06")})
    assert ("child_count", None) not in got


@pytest.mark.parametrize(
    "text", ["我是零活就业自己交的职工医保 生孩子住院能报多少", "我是自己交的职工医保"]
)
def test_employee_medical_insurance_paid_by_oneself_is_flexible_employment(text: str) -> None:
    """Jinan clause 15: flexibly employed women in the employees' basic medical insurance get
    50 %, not the 100 % of employee maternity insurance (tester 62 c8 was told 100 %)."""
    assert said(text)[("birth_insurance", None)] == "flexible_employment"


def test_the_babies_late_enrolment_is_not_the_cover_at_the_birth() -> None:
    """The twins were enrolled in resident medical insurance eight months after birth: the
    children's enrolment (clause 15's six months), not the mother's cover (tester 62 c2)."""
    got = said(
        "那俩孩子的医保呢 出生以后拖了差不多八个月才给办上居民医保 还给补贴不",
        {"city": "jinan", "hukou_in_city": True, "children": kids("2021-06", "2025-10", "2025-10")},
    )
    assert ("birth_insurance", None) not in got
