"""The lead's fixes of stop 33: a number of housing-fund accounts said of the family (家里俩公积金),
a baby's hukou registration asked about (双胞胎户口能分开落吗), and a day said of a child whose
birth month is known (孩子是10月18号生的): a household, what the citizen wrote, and the facts the
assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

facts = facts_on(date(2026, 12, 1))


# 家里俩公积金: two accounts in the family are two payers (Jinan clause 14's ceiling counts payers).
@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("俺是济南户口 家里俩公积金 闺女刚满三岁", 2),
        ("家里两个公积金", 2),
        ("我们家两份公积金", 2),
        ("我们有两个人的公积金", 2),
        ("家里就一个公积金", 1),
        ("俺家仨公积金 老公 我 还有婆婆", 3),
    ],
)
def test_the_familys_fund_accounts_counted(text: str, payers: int) -> None:
    assert ("housing_fund_contributors", None, payers, "statement") in facts(text, {})


@pytest.mark.parametrize("text", ["交了2年公积金", "我们家两个公积金贷款能贷多少"])
def test_a_length_or_a_loan_counts_no_payer(text: str) -> None:
    assert not {f for f in facts(text, {}) if f[0] == "housing_fund_contributors"}


# 双胞胎户口能分开落吗: how the babies' hukou is registered, asked; nothing about the family's.
@pytest.mark.parametrize(
    "text", ["双胞胎户口能分开落吗", "孩子户口怎么落", "孩子户口落在哪边好", "宝宝的户口能落济南吗"]
)
def test_a_babys_registration_asked_states_no_hukou(text: str) -> None:
    assert not {f for f in facts(text, {}) if f[0] == "hukou_in_city"}


def test_the_familys_hukou_told_before_the_babys_asked() -> None:
    assert ("hukou_in_city", None, True, "statement") in facts("我们是济南户口 孩子户口怎么落", {})


def test_a_babys_hukou_registered_here_is_told() -> None:
    assert ("hukou_in_city", None, True, "statement") in facts(
        "娃的户口落济南了", family("2026-03")
    )


# 老二 known born October 2025, then 孩子是10月18号生的: the day of that birth, in its year (tester
# 33 c01 had it as a third child born 18 Oct 2026, its subsidy ending a year late).
@pytest.mark.parametrize(
    "text",
    [
        "没有 都没领 孩子是10月18号生的",
        "老二是10月18号生的",
        "10月18号生的",
        "老二10月18号",
        "she was born on oct 18",
    ],
)
def test_a_day_without_a_year_dates_the_known_birth_of_that_month(text: str) -> None:
    got = facts(text, family("2021-06", "2025-10"))
    assert ("child.birth_date", 2, "2025-10-18", "statement") in got
    assert not {f for f in got if f[0] == "child.birth_date" and f[1] != 2}


# "the twins were born march 14th" of twins known born March 2025: both twins, not two more.
@pytest.mark.parametrize("text", ["the twins were born march 14th", "双胞胎是3月14号生的"])
def test_the_day_of_the_known_twins(text: str) -> None:
    assert facts(text, family("2021-06", "2025-03", "2025-03")) == {
        ("child.birth_date", 2, "2025-03-14", "statement"),
        ("child.birth_date", 3, "2025-03-14", "statement"),
    }


def test_a_day_of_another_month_is_read_as_said() -> None:
    """老三 named, none known: a new birth on the latest such day."""
    got = facts("老三是10月18号生的", family("2021-06", "2025-10"))
    assert ("child.birth_date", 3, "2026-10-18", "statement") in got


# "she went back to work in august": a parent's working life, no birth (tester 33 c03 got a
# fourth child born August 2026, with leave and housing area for it).
@pytest.mark.parametrize(
    "text",
    [
        "she went back to work in august",
        "she went to work in august",
        "he quit his job in may",
        "她8月份回去上班了",
        "她10月份复工了",
    ],
)
def test_a_month_of_work_is_no_birth(text: str) -> None:
    assert not {f for f in facts(text, family("2021-06")) if f[0] == "child.birth_date"}


def test_a_birth_told_beside_the_return_to_work() -> None:
    got = facts("she was born in may, i went back to work in october", family("2021-06"))
    assert {f for f in got if f[0] == "child.birth_date"} == {
        ("child.birth_date", 2, "2026-05", "statement")
    }


# 外孙女最小 24年9月生的: the child named by a kinship word and said to be the youngest is the
# last of the children counted (tester 33 c02 had her as the eldest).
@pytest.mark.parametrize(
    ("text", "child", "born"),
    [
        ("她家三个孩子 外孙女最小 24年9月生的", 3, "2024-09"),
        ("三个孩子 儿子是最小的 今年3月生的", 3, "2026-03"),
        ("俩孩子 闺女最小 24年5月的", 2, "2024-05"),
    ],
)
def test_a_kinship_word_said_to_be_the_youngest(text: str, child: int, born: str) -> None:
    assert ("child.birth_date", child, born, "statement") in facts(text, {})


# "she had her 3rd baby last October, she was on dibao then. The other two are 8 and 5": she is
# the mother both times, so the benefit was had at the 3rd birth (tester 33 c07 had it at the
# eldest's).
def test_the_mother_as_she_names_no_daughter() -> None:
    got = facts(
        "she had her 3rd baby last October, she was on dibao then. The other two are 8 and 5.", {}
    )
    assert {f for f in got if "hardship" in f[0]} == {
        ("child.hardship_at_birth", 3, True, "statement")
    }


def test_she_said_of_the_daughter_named_before() -> None:
    got = facts("my son is 6 and my daughter is 1. when she was born we were on dibao", {})
    assert {f for f in got if "hardship" in f[0]} == {
        ("child.hardship_at_birth", 2, True, "statement")
    }
