"""Readings fixed in session ucity, each as a class of wording, from testers 27 and 28 (today in
China 2026-12-01): which city is the family's (a parent's workplace or where one pays in, a city
named in passing), a hukou move only asked about, the fund drawn on, one child named twice, an
older sibling told after the known child, and another family's child."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading, reading_kinds

TODAY = date(2026, 12, 1)
said = reading(TODAY)
kinds = reading_kinds(TODAY)

# A Beijing-hukou family living in Jinan, renting, two children (2022 and February 2025).
IN_JINAN = {"city": "jinan", "hukou_in_city": False, "children": kids("2022-03", "2025-02")}
# The same family wrongly recorded in Beijing (the bot took the husband's workplace for theirs).
WRONGLY_IN_BEIJING = {"city": "beijing", "renting": True, "children": kids("2022-03", "2025-02")}
# A Beijing family with one daughter, 3, 1 m tall.
ONE_DAUGHTER = {"city": "beijing", "children": [{"birth_date": "2023-06", "height_cm": 100}]}


@pytest.mark.parametrize(
    "text",
    [
        "我老公在北京交的公积金",
        "我们租房 俩孩子 能用公积金交房租吗 我老公在北京交的公积金",
        "孩子他爸在北京上班 一个月回来一次",
        "我爱人在北京缴的社保",
        "my husband works in Beijing",
        "my wife pays into the housing fund in beijing",
    ],
)
def test_a_parents_workplace_is_not_the_familys_city(text: str) -> None:
    """Jinan's measures go by where the family lives; one parent's job or fund in Beijing does
    not move a Jinan family to Beijing (tester 27 c03)."""
    assert ("city", None) not in said(text, IN_JINAN)


@pytest.mark.parametrize("text", ["我老公在北京交的公积金", "孩子她爸在北京打工"])
def test_a_parents_workplace_tells_no_city_of_a_family_not_known(text: str) -> None:
    """With no city known, where one parent works is still not where the family lives."""
    assert ("city", None) not in said(text, {})


@pytest.mark.parametrize(
    "text",
    [
        "不对 我们住济南 不是北京 就我老公一个人交公积金 在北京交的",
        "不对 我们住济南 不是北京 我老公在北京交的",
        "搞错了 我们在济南 老公在北京上班",
    ],
)
def test_the_familys_city_put_right_beside_a_parents_workplace(text: str) -> None:
    """A correction to Jinan is read even when the message names Beijing as where the husband
    pays in."""
    assert kinds(text, WRONGLY_IN_BEIJING).get(("city", None)) == ("jinan", "correction")


@pytest.mark.parametrize(
    "text",
    [
        "孩子姥姥在北京 过年去北京",
        "老二在北京出生的",
        "we had the baby in beijing",
    ],
)
def test_a_city_named_in_passing_does_not_move_the_family(text: str) -> None:
    """A Jinan family naming Beijing (a grandmother there, a birth there) still lives in Jinan."""
    assert ("city", None) not in said(text, IN_JINAN)


@pytest.mark.parametrize(
    "text",
    [
        "我们搬到北京了",
        "we moved to beijing last month",
        "我们现在住北京",
        "we live in beijing now",
    ],
)
def test_a_move_or_the_family_living_there_changes_the_city(text: str) -> None:
    """A move told, or the family said to live in the other city, is the family's city."""
    assert said(text, IN_JINAN).get(("city", None)) == "beijing"


def test_the_city_answered_is_the_familys() -> None:
    """The answer to the city question is the city, whatever was known."""
    assert said("北京", IN_JINAN, "city").get(("city", None)) == "beijing"


@pytest.mark.parametrize(
    "text",
    [
        "那我们现在把户口迁过来 去年的二宝能补领吗",
        "现在把户口转过来 还能领吗",
        "我们要把户口迁过来 能补发吗",
    ],
)
def test_a_hukou_move_only_asked_about_holds_no_hukou(text: str) -> None:
    """Jinan's 600 needs the city's hukou; a move asked about is no hukou held (tester 27 c03)."""
    assert said(text, IN_JINAN).get(("hukou_in_city", None)) is not True


@pytest.mark.parametrize(
    "text",
    ["户口上个月迁过来了", "我们户口已经迁到济南了"],
)
def test_a_hukou_move_made_is_the_hukou_held(text: str) -> None:
    """A move told as done is a hukou in the city."""
    assert said(text, IN_JINAN).get(("hukou_in_city", None)) is True


@pytest.mark.parametrize(
    "text, payers",
    [
        ("我们租房 俩孩子 能用公积金交房租吗 我老公在北京交的公积金", 1),
        ("拿公积金还房贷行吗 就我老婆交", 1),
        ("能用公积金付房租吗 我和老公都交", 2),
    ],
)
def test_the_fund_drawn_on_is_no_payer(text: str, payers: int) -> None:
    """Paying rent with the fund (能用公积金交房租吗) is its use; only the ones paying in count."""
    assert said(text, IN_JINAN).get(("housing_fund_contributors", None)) == payers


@pytest.mark.parametrize(
    "text, eldest",
    [
        ("济南户口 老大5岁 二宝2024年8月生的 老大今年7岁上一年级了", "2019-06"),
        ("the eldest is 5, sorry the eldest is 7", "2019-06"),
        ("老大3岁 不对 老大今年4岁了", "2022-06"),
        ("our oldest is 9, no wait, our oldest is 10", "2016-06"),
    ],
)
def test_one_child_named_twice_with_two_ages_is_one_child(text: str, eldest: str) -> None:
    """The same order said twice with two ages is that child, the later age a self-correction,
    never a child more (tester 28 r1)."""
    got = said(text)
    assert got.get(("child.birth_date", 1)) == eldest, got
    assert ("child.birth_date", 3) not in got, got


@pytest.mark.parametrize(
    "text, elder",
    [
        ("那她哥哥呢 8岁 1米35", "2018-06"),
        ("闺女她姐姐10岁", "2016-06"),
        ("and her big brother is 8", "2018-06"),
    ],
)
def test_an_older_sibling_told_after_the_known_child_is_the_eldest(text: str, elder: str) -> None:
    """The known daughter's older brother is child 1; she, keeping her date and height, is child 2
    (tester 28 x3), not an elder stored as the younger 老二."""
    got = said(text, ONE_DAUGHTER)
    assert got.get(("child.birth_date", 1)) == elder, got
    assert got.get(("child.birth_date", 2)) == "2023-06", got
    assert got.get(("child.height_cm", 2)) == 100, got


def test_an_older_siblings_height_is_his() -> None:
    """The height told with the brother is the brother's."""
    assert said("那她哥哥呢 8岁 1米35", ONE_DAUGHTER).get(("child.height_cm", 1)) == 135


@pytest.mark.parametrize(
    "text",
    [
        "邻居家是老大 2023年生的",
        "我邻居家孩子5岁 人家就领了",
        "我妹妹家的老大2023年生的 她领了",
        "my sister's kid is 5 and she got the 600",
        "the neighbours' boy is 2, they get it",
    ],
)
def test_another_familys_child_is_not_the_callers(text: str) -> None:
    """A neighbour's or relative's child, told beside the caller's own known children, is not
    hers (tester 27 c08)."""
    got = said(text, IN_JINAN)
    assert not [k for k in got if k[0].startswith("child")], got


def test_a_child_asked_for_a_relative_is_the_household_asked_about() -> None:
    """Asking for a sister's family, her children are the household (corpus convention)."""
    assert said("我姐家娃刚满四岁 她让我帮问问能领啥").get(("child.birth_date", 1)) == "2022-12"


def test_a_reminder_restates_renting() -> None:
    """ "我第一句就说了租房子": the fact reminded of is stated (tester 27 c03)."""
    known = {"city": "jinan", "children": kids("2019-05", "2025-02")}
    assert (
        said("我第一句就说了租房子 你咋又问", known, "owns_home_in_city").get(("renting", None))
        is True
    )


@pytest.mark.parametrize("text", ["那大孙女呢", "那老大呢 她有没有", "what about the older girl?"])
def test_a_question_about_a_known_child_states_nothing(text: str) -> None:
    """ "那大孙女呢": a question about a child, no fact (tester 27 c01)."""
    known = {"city": "jinan", "children": kids("2021-03", "2024-05")}
    assert said(text, known) == {}


@pytest.mark.parametrize(
    "text, held",
    [
        ("俺儿子是22年生的 那年家里正吃低保", True),
        ("闺女是前年出生的 当时没领低保", False),
        ("孙子是23年生的 那会儿他爸在领失业金", True),
    ],
)
def test_a_benefit_of_that_year_after_a_kin_birth_is_that_childs(text: str, held: bool) -> None:
    """The only child's birth told by a kinship word, then the benefit "that year" (那年, 当时):
    that child's birth (corpus README, "Children and orders")."""
    got = said(text)
    assert got.get(("child.hardship_at_birth", 1)) is held, got
    assert ("hardship_at_birth", None) not in got, got


def test_a_benefit_of_that_year_after_a_childs_birth_is_every_births() -> None:
    """Told of 孩子, it stays the birth's, no child named."""
    assert said("孩子是22年生的 那年家里正吃低保").get(("hardship_at_birth", None)) is True
