"""Messages of stop 55: tester 67's mother of a son and triplets on the way (c10) and the
child numbered in a question. A household, what the citizen wrote, and the facts taken."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, reading
from understanding.text import normalise

said = reading(date(2026, 12, 5))

# A son about 3, and the babies due in February 2027 (two, then put right to three).
TWINS_DUE = {
    "city": "jinan",
    "children": [{"birth_date": "2023-06"}, {"due_date": "2027-02"}, {"due_date": "2027-02"}],
}
TRIPLETS_DUE = {
    "city": "jinan",
    "children": [
        {"birth_date": "2023-06"},
        {"due_date": "2027-02"},
        {"due_date": "2027-02"},
        {"due_date": "2027-02"},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "so we will have 4 kids, the triplets are child 2 3 and 4. does child 4 get nothing?",
        "the twins are our 2nd and 3rd",
    ],
)
def test_the_orders_of_twins_or_triplets_are_no_answer_about_dibao(text: str) -> None:
    """Which children the triplets are, told while the dibao question waits, is no yes to it
    (tester 67 c10 was read back as on dibao at three births)."""
    assert at_births(said(text, TRIPLETS_DUE, "hardship_at_birth")) == {}


def test_triplets_put_right_keep_the_no_to_dibao_said_before() -> None:
    """ "no dibao. oh wait … its actually triplets not twins": no dibao at the birth, and a
    third baby due the same month; the "not" of "not twins" is no answer of its own."""
    got = said(
        "no dibao. oh wait doctor said its actually triplets not twins lol so 1800 a month right",
        TWINS_DUE,
        "hardship_at_birth",
    )
    assert got == {("hardship_at_birth", None): False, ("child.due_date", 4): "2027-02"}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("does child 4 get nothing?", "does the 4th get nothing?"),
        ("what benefits do you have for child 4", "what benefits do you have for the 4th"),
        ("i have a child 4", "i have a child 4"),
        ("my child 4 years old", "my child 4 years old"),
    ],
)
def test_a_child_numbered_in_a_question_is_that_birth(text: str, read: str) -> None:
    """ "child 4" asked about is the 4th child; "a child 4" told is a child aged four."""
    assert normalise(text) == read


@pytest.mark.parametrize(
    "text",
    ["Beijing caller, 2 kids (5y and 8 months)", "kids 5y and 8mo", "2 kids, 5 years and 8 months"],
)
def test_two_children_counted_before_years_and_months_are_two_ages(text: str) -> None:
    """Children counted (or "kids") before "5y and 8 months": one 5, the other 8 months old
    (tester 67 c9's hotline case was read as one child of 5 years 8 months)."""
    got = said(text)
    assert got[("child.birth_date", 1)] == "2021-06"
    assert got[("child.birth_date", 2)] == "2026-04"


def test_one_childs_years_and_months_are_one_age() -> None:
    assert said("my son is 5 years and 8 months") == {("child.birth_date", 1): "2021-04"}


def test_the_twins_money_summed_is_no_count_of_the_family() -> None:
    """ "俩孩子加起来1600对不对" of a family of three whose eldest has no date yet: the two in
    talk, not the family put down to two (tester 66 c8)."""
    known = {
        "city": "jinan",
        "children": [{}, {"birth_date": "2025-01"}, {"birth_date": "2025-01"}],
    }
    assert said("俩孩子加起来1600对不对", known) == {}


def test_a_mothers_operation_next_month_is_no_birth() -> None:
    """我妈下个月做手术 beside the child's birth: her surgery's time, no baby due (tester 66 c7);
    老二预产期下个月 住院能报多少 is still a due date."""
    known = {"city": "beijing", "children": [{"birth_date": "2024-06"}]}
    got = said("孩子是24年9月15生的 另外我是独生女 我妈下个月做手术 北京有护理假吗 几天", known)
    assert got == {("child.birth_date", 1): "2024-09-15"}
    assert said("老二预产期下个月 住院能报多少", known) == {("child.due_date", 2): "2027-01"}


def test_births_fine_then_and_a_benefit_taken_up_before_the_third() -> None:
    """老大老二生的时候家里条件还行 (no benefits then) 老三出生前半年…办的低保 一直到现在: dibao
    at the 3rd birth only, and now (Jinan clause 12's 200 for the 3rd only)."""
    got = said("老大老二生的时候家里条件还行 老三出生前半年他爸出了事 办的低保 一直到现在")
    assert at_births(got) == {1: False, 2: False, 3: True}
    assert got[("hardship_now", None)] is True


def test_a_grandparents_own_dibao_is_not_the_familys() -> None:
    """我是姥爷 我们老两口吃低保 闺女家不是低保户: the daughter's family holds none."""
    got = said("我是姥爷 我们老两口吃低保 闺女家不是低保户 生孩子时候也不是")
    assert got[("hardship_now", None)] is False


def test_the_third_named_by_its_order_is_the_third_listed() -> None:
    """三个子女，分别为2013年、2019年、2024年出生 … 生育第三孩时在特困供养范围内: the 2024
    child is the 3rd (not a 4th after the one named)."""
    got = said(
        "工单备注：市民张先生（济南），三个子女，分别为2013年、2019年、2024年出生。2021年起纳入"
        "特困供养至今。生育第三孩时在特困供养范围内，前两孩出生时均不在。"
    )
    assert got[("child.birth_date", 3)] == "2024" and ("child.birth_date", 4) not in got
    assert at_births(got) == {1: False, 2: False, 3: True}


@pytest.mark.parametrize(
    ("text", "today", "births"),
    [
        # the twins named in turn: both born in April
        (
            "生了对双胞胎 大的叫豆豆小的叫丁丁 今年4月份生的",
            date(2026, 11, 11),
            {1: "2026-04", 2: "2026-04"},
        ),
        # the elder named beside twins on the way: still the elder's age
        ("双胞胎预产期下个月 济南 这是二胎 大的叫乐乐 刚满四岁", date(2026, 4, 6), {1: "2022-04"}),
        # births listed in brackets as two-digit years and months
        (
            "市民咨询：户籍济南，子女3人（17.3/20.11/24.6），第三孩出生时领失业金",
            date(2026, 10, 14),
            {1: "2017-03", 2: "2020-11", 3: "2024-06"},
        ),
        # a date told beside the age counted the old way (虚岁): the date
        ("孩子虚岁三岁 其实是2024年11月生的 还不到两岁呢", date(2026, 2, 10), {1: "2024-11"}),
    ],
)
def test_names_listed_dates_and_a_date_over_an_age(
    text: str, today: date, births: dict[int, str]
) -> None:
    got = reading(today)(text)
    assert {c: v for (f, c), v in got.items() if f == "child.birth_date"} == births


def test_children_registered_in_the_city_have_its_hukou() -> None:
    got = said("老大十二岁 老二七岁 老三两岁 都在北京上户口了")
    assert got[("hukou_in_city", None)] is True and got[("city", None)] == "beijing"


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "Granddad here. my son got laid off 2023 and got 失业金 for about a year, the twin "
            "girls were born dec 2023 during that. their brother was born after, in 2025, son had "
            "a new job by then and no benefit",
            {1: True, 2: True, 3: False},
        ),
        ("we applied dibao after the twins were born, approved 2025.", {1: False, 2: False}),
        ("老二出生以后才申请的低保", {2: False}),
    ],
)
def test_a_benefit_begun_after_a_birth_or_a_job_by_then_is_no_at_it(
    text: str, births: dict[int, bool]
) -> None:
    """Jinan clause 12's 200 goes to a birth while on the benefit: born during it, yes; born
    after it ended (a job by then), or before it was applied for, no."""
    assert at_births(said(text)) == births


@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("俩人就老公有公积金 交了十年", 1),
        ("夫妻一方缴存公积金 首套 济南户籍 二孩2024.08出生", 1),
        ("京籍，双职工均缴公积金，已有一套住房，再购房非首套", 2),
        ("公积金一个月扣两千三 老婆的扣一千多 能贷多少", 2),
    ],
)
def test_housing_fund_payers_as_notes_write_them(text: str, payers: int) -> None:
    """Jinan clause 14's ceiling turns on one payer or two and more: 一方缴存 / 就老公有 is one,
    双职工均缴 / both salaries docked is two."""
    assert said(text)[("housing_fund_contributors", None)] == payers


def test_housing_fund_payers_now_after_one_stopped() -> None:
    """之前俩人都交 去年我辞职就断了 现在只有他: one payer now."""
    got = said("之前俩人都交 去年我辞职就断了 现在只有他", asked="housing_fund_contributors")
    assert got[("housing_fund_contributors", None)] == 1


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("夫妻一方缴存公积金 首套 济南户籍", True),
        ("京籍，双职工均缴公积金，已有一套住房，再购房非首套", False),
    ],
)
def test_a_first_home_as_a_note_writes_it(text: str, first: bool) -> None:
    assert said(text)[("buying_first_home", None)] is first


def test_a_birthday_told_by_its_month_dates_the_birth() -> None:
    """大孙子去年十月满的三岁 (today December 2026): born October 2022, not October 2025
    (tester 70 c6)."""
    got = said("大孙子去年十月满的三岁 小孙女今年五月生的")
    assert got[("child.birth_date", 1)] == "2022-10" and got[("child.birth_date", 2)] == "2026-05"


@pytest.mark.parametrize(
    "text",
    [
        "不是假设 真的是双胞胎 帮我记上。 以后俩小的2岁能上幼儿园托班吗",
        "户口是济南的 那二胎一共21600对吧 36个月",
    ],
)
def test_an_age_ahead_or_the_months_paid_are_no_child(text: str) -> None:
    """An age asked of a time ahead, and the 36 months the money is paid, add no child (tester
    70 c3 and c10 were left with a child they could not remove)."""
    got = said(text)
    assert not any(f == "child.birth_date" for f, _ in got)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("start with kid 1", "start with the 1st"),
        ("ok kid 2 now, born 2023-02-15", "ok the 2nd now, born 2023-02-15"),
        ("a kid 3 now", "a kid is 3 now"),
    ],
)
def test_a_worker_going_child_by_child(text: str, read: str) -> None:
    assert normalise(text) == read


def test_a_childs_enrolment_is_not_the_mothers_cover() -> None:
    """ "kid 3 not enrolled in resident medical insurance yet": the child's insurance, no cover of
    the birth (Jinan clause 15's delivery costs turn on the mother's)."""
    assert (
        said("kid 3 not enrolled in resident medical insurance yet, can they still get it free?")
        == {}
    )


def test_the_housing_fund_named_by_its_abbreviation() -> None:
    """ "me & husband both contribute to HPF": two payers (Jinan clause 14's ceiling)."""
    got = said(
        "Q: me & husband both contribute to HPF, 3 kids, no apartment yet. how much loan could we get?",
        {"city": "jinan"},
    )
    assert got[("housing_fund_contributors", None)] == 2


def test_a_day_first_date_and_the_rules_year() -> None:
    """ "my girl born 30.12.22 -- so she just misses the 2023 cutoff": born 30 December 2022
    (no year 2030 for a birth); the 2023 of the cutoff is clause 12's date, no child."""
    got = reading(date(2026, 10, 14))(
        "my girl born 30.12.22 -- so she just misses the 2023 cutoff?? ugh"
    )
    assert got == {("child.birth_date", 1): "2022-12-30"}


@pytest.mark.parametrize(
    "text",
    [
        "孙子参加居民医保 6个月内 截止到哪天",
        "the babies are not insured yet",
        "the babies aren't insured yet",
    ],
)
def test_the_childrens_own_insurance_is_no_cover_of_the_birth(text: str) -> None:
    """The grandson's or the babies' insurance is no cover of the birth (tester 71 c3 was noted
    "生育时参加城乡居民医保" and given the 3,000 yuan of clause 15 that nobody asked about)."""
    assert ("birth_insurance", None) not in said(text)
