"""Messages of stop 56: testers 72's housing-fund payer and researcher's question. A household,
what the citizen or worker wrote, and the facts taken."""

from datetime import date

from tests.understanding.readings import reading

said = reading(date(2026, 12, 6))


def test_the_husband_paying_in_is_one_payer_beside_his_leave_asked() -> None:
    """我老公交公积金 … 还有他陪产假几天: "还有" is "and also", not a second person who "has" the
    fund (tester 72 c4 was read back as two payers: 900,000 instead of 600,000)."""
    got = said("我老公交公积金 租房能提公积金付房租吗 还有他陪产假几天")
    assert got[("housing_fund_contributors", None)] == 1
    assert said("我交公积金 还有我老公也交")[("housing_fund_contributors", None)] == 2


def test_a_rule_of_pregnant_researchers_asked_is_no_pregnancy() -> None:
    """女科研人员怀孕哺乳期间 项目能延期多久 (Jinan clause 17) tells no one pregnant (tester 72 c7
    was asked the due date of a "first child")."""
    assert said("好 最后一个：女科研人员怀孕哺乳期间 项目能延期多久 哪条") == {}
    assert said("我怀孕期间被公司辞退了 现在孩子3个月") == {("child.birth_date", 1): "2026-09"}


def test_really_is_no_leave() -> None:
    """真的假的 ("really?") names no leave (假)."""
    assert said("奶奶说她的长护险也能免 真的假的") == {}


def test_a_due_date_before_the_pregnancy_said_is_no_conception_day() -> None:
    """预产期是3月10号 怀的二胎: the due date, not the day the baby was conceived."""
    got = said("预产期是3月10号 怀的二胎 第一个是16年的 单位有生育保险", {}, None)
    assert got[("child.due_date", 2)] == "2027-03-10"
    assert said("去年十月怀上的 老二") == {("child.due_date", 1): None}


def test_the_orders_said_after_the_twins_are_the_twins() -> None:
    """还有对双胞胎 去年7月生的 老二老三 beside one child known: the twins are the 2nd and 3rd."""
    known = {"city": "jinan", "children": [{"birth_date": "2018-03"}]}
    assert said("还有对双胞胎 去年7月生的 老二老三", known) == {
        ("child.birth_date", 2): "2025-07",
        ("child.birth_date", 3): "2025-07",
    }


def test_money_a_month_is_no_child_a_month_old() -> None:
    """生下来俩娃一个月一共1200是吧 (tester 73 c10): the twins' money, no 1-month-old 老二, nor
    two more children; 一月一共给1200 no birth in January; 幼儿园收不收两岁的 no child of 2."""
    got = said(
        "济南的 怀的双胞胎 预产期明年1月20 家里已经有个闺女4岁了 生下来俩娃一个月一共1200是吧 "
        "双胞胎产假能多休不"
    )
    assert got == {
        ("city", None): "jinan",
        ("child.birth_date", 1): "2022-06",
        ("child.due_date", 2): "2027-01-20",
        ("child.due_date", 3): "2027-01-20",
    }
    assert said("托班呢 孩子多大能上 幼儿园收不收两岁的") == {}
    assert said("老二一个月大") == {("child.birth_date", 2): "2026-11"}


def test_the_husbands_job_city_and_two_cities_asked_between_are_not_the_familys() -> None:
    """济南户口 … 老公在北京上班 陪产假按济南还是北京 (tester 73 c7): the family is Jinan's; 我住
    济南 puts a Beijing city right."""
    got = said(
        "怀二宝了 预产期明年3月15 老大5岁 济南户口 我是灵活就业自己交的职工医保 生孩子住院能报多少 "
        "老公在北京上班 陪产假按济南还是北京"
    )
    assert got[("city", None)] == "jinan" and got[("hukou_in_city", None)] is True
    put_right = said(
        "不是 我住济南 在济南生 是孩他爸在北京上班 我这灵活就业的职工医保 在济南生孩子住院能报百分之多少",
        {"city": "beijing", "hukou_in_city": False},
    )
    assert put_right[("city", None)] == "jinan"


def test_others_benefits_homes_and_visits() -> None:
    """Probe classes of stop 56: a mother-in-law's dibao is not the family's (俺们小家不是); 有一套
    在老家 北京没有 owns none in the city; 住的单位公租房 rents; 母子三个都平安 is twins and their
    mother; 医生说下个月再去看 is a visit, no due date; 低报 is 低保."""
    assert said("俺公公婆婆是低保户 俺们小家不是")[("hardship_now", None)] is False
    asked = said("有一套 在老家 北京没有", {"city": "beijing"}, "owns_home_in_city")
    assert asked == {("owns_home_in_city", None): False}
    assert said("没房 住的单位公租房")[("renting", None)] is True
    twins = said("今天早上刚生的 双胞胎 母子三个都平安 北京户口")
    assert ("child_count", None) not in twins and ("child.birth_date", 3) not in twins
    seen = said("刚查出来怀孕 医生说下个月再去看 上面有个儿子4岁")
    assert seen[("child.due_date", 2)] is None
    known = {
        "children": [
            {"birth_date": "2019-12"},
            {"birth_date": "2022-07"},
            {"birth_date": "2025-01"},
        ]
    }
    got = said("俩大的出生时候都是低报 小的时候没了", known)
    assert (got[("child.hardship_at_birth", 1)], got[("child.hardship_at_birth", 3)]) == (
        True,
        False,
    )


def test_the_supplement_named_by_its_benefit_is_no_benefit_now() -> None:
    """那个失业金加的200是一直加到3岁还是就加一阵 (tester 73 c9): the 200 named by the benefit it
    is paid for; nothing said of the family on unemployment benefits now."""
    assert said("那个失业金加的200是一直加到3岁还是就加一阵") == {}
    assert said("我现在在领失业金") == {("hardship_now", None): True}


def test_the_childs_insurance_not_done_is_no_cover_at_the_birth() -> None:
    """娃还没上医保 (tester 73 c4): the child's enrolment, not the mother's cover at the birth."""
    assert said("群众又问 娃还没上医保 现在去办个人缴费还能全免吗") == {}
    assert said("我生孩子的时候没上医保") == {("birth_insurance", None): "none"}


def test_english_probe_classes_of_stop_56() -> None:
    """A no said of the subject far from the benefit ("neither of us has ever been on dibao");
    the one paying named in the clause before ("husband works, has housing fund, I dont") or by
    a grandparent ("son has gjj from his company, she doesnt")."""
    assert said("Neither of us has ever been on dibao or unemployment benefit.") == {
        ("hardship_now", None): False
    }
    assert said("husband works, has housing fund, I dont") == {
        ("housing_fund_contributors", None): 1
    }
    assert said("son has gjj from his company, she doesnt") == {
        ("housing_fund_contributors", None): 1
    }


TWINS_FEB_2024 = {
    "city": "jinan",
    "children": [{"birth_date": "2019-06"}, {"birth_date": "2024-02"}, {"birth_date": "2024-02"}],
}


def test_a_day_told_of_the_twins_month_and_a_bound_asked_add_no_child() -> None:
    """Tester 74 c3, twins born February 2024 known to the month: "born feb 14" is their day
    (not a 4th child born 14 February 2026), and "after feb 2027 is there anything for them" is
    a time asked, no babies due."""
    assert said("yes jinan hukou. born feb 14. so 1200 total right?", TWINS_FEB_2024) == {
        ("hukou_in_city", None): True,
        ("child.birth_date", 2): "2024-02-14",
        ("child.birth_date", 3): "2024-02-14",
    }
    asked = (
        "the twins medical insurance, i heard the govt pays it for 2nd 3rd kids, can we still "
        "get that? and after feb 2027 is there anything for them, like kindergarten"
    )
    assert said(asked, TWINS_FEB_2024) == {}
    assert said("our third was born 10 days back", {"children": [{"birth_date": "2020-05"}]}) != {}


def test_the_grandparents_own_insurance_is_no_cover_of_the_birth() -> None:
    """我跟老伴都是济南的 交居民医保 (tester 74 c5's 姥姥): the grandparents' cover."""
    got = said("我是姥姥 外孙子的长期护理保险我交的钱也给补吗 我跟老伴都是济南的 交居民医保")
    assert ("birth_insurance", None) not in got
    assert said("闺女生孩子的时候交的居民医保") == {("birth_insurance", None): "resident_medical"}


def test_a_height_opened_by_she_is_the_daughters() -> None:
    """ "she's 1.15m. what about nursery for my 2 yo" with a daughter of 5 and a son of 2
    (tester 74 c7): the daughter's height, not the child named by age in the question after."""
    from understanding import understand
    from understanding.sexes import heights_placed_by_sex

    children: list[dict[str, object]] = [
        {"birth_date": "2021-06", "sex": "f"},
        {"birth_date": "2024-06", "sex": "m"},
    ]
    text = "she's 1.15m. what about nursery for my 2 yo, any public cheap daycare?"
    read = understand(text, {"children": children}, "child.height_cm", date(2026, 12, 6))
    placed = heights_placed_by_sex(text, read, children)
    assert [(u.fact, u.child) for u in placed] == [("child.height_cm", 1)]


def test_two_numerals_of_an_age_are_a_range_not_a_number() -> None:
    """老大两三岁 is two or three years old, not 23 (tester 76 c6 got a child born 2003); 三四个
    月 is three or four months; 老二三岁 is the 2nd child, 3; 刚前到济南 is 迁 typed wrong."""
    assert said("老大两三岁") == {("child.birth_date", 1): "2024-06"}
    assert said("三四个月大") == {("child.birth_date", 1): "2026-09"}
    assert said("老二三岁") == {("child.birth_date", 2): "2023-06"}
    twins = said("儿媳妇上个月生了双胞胎 加上大孙子5岁了 一共三个 儿子户口上个月刚前到济南")
    assert ("child.birth_date", 4) not in twins and twins[("hukou_in_city", None)] is True
