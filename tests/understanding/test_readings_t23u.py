"""Facts tester 23 (and 22) saw misread in live conversations, each read as a class of wording:
二孩 / 三孩 with that child's birth, a grandparent's own hukou, "what about" another insurance, a
short gap in the cover, public rental housing asked about, the elliptic "were" of a benefit at the
birth, and an age put right beside a question."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading, reading_kinds

TODAY = date(2026, 12, 1)  # the day in China during testers 22 and 23's runs
said = reading(TODAY)
kinds = reading_kinds(TODAY)
JINAN = {"city": "jinan"}


# --- 二孩 / 三孩 told with its birth: that child, not a count ----------------------------------


@pytest.mark.parametrize(
    ("text", "order", "born"),
    [
        ("济南 三孩 2023年2月10日生的 出生时领低保 济南户口", 3, "2023-02-10"),
        ("三孩是2023年2月10日生的", 3, "2023-02-10"),
        ("我们二孩 去年5月生的", 2, "2025-05"),
        ("二孩，今年三月出生的", 2, "2026-03"),
        ("二孩 2024年生的 老大6岁", 2, "2024"),
        ("我家二孩2024年出生", 2, "2024"),
        ("三孩今年3月出生 老大10岁", 3, "2026-03"),
        ("our 3rd kid born feb 10 2023", 3, "2023-02-10"),
        ("the second child was born last may", 2, "2026-05"),
    ],
)
def test_second_or_third_child_with_its_birth_names_that_child(
    text: str, order: int, born: str
) -> None:
    got = said(text, JINAN)
    assert str(got[("child.birth_date", order)]) == born
    assert str(got.get(("child.birth_date", 1))) != born
    assert ("child_count", None) not in got


@pytest.mark.parametrize(
    ("text", "order", "born"),
    [
        ("三孩刚满月", 3, "2026-11"),
        ("二孩 8个月", 2, "2026-04"),
        ("我们二孩已经2岁了", 2, "2024-06"),
    ],
)
def test_second_or_third_child_with_its_age_names_that_child(
    text: str, order: int, born: str
) -> None:
    assert said(text, JINAN) == {("child.birth_date", order): born}


@pytest.mark.parametrize("text", ["家里三孩 8岁 5岁 2岁", "家里三孩 8岁、5岁和2岁"])
def test_three_children_with_their_ages_are_counted(text: str) -> None:
    got = said(text, JINAN)
    assert got[("child_count", None)] == 3
    assert [str(got[("child.birth_date", n)]) for n in (1, 2, 3)] == [
        "2018-06",
        "2021-06",
        "2024-06",
    ]


def test_the_third_childs_birth_keeps_its_hardship_with_it() -> None:
    got = said("济南 三孩 2023年2月10日生的 出生时领低保 济南户口")
    assert got[("child.hardship_at_birth", 3)] is True
    assert got[("hukou_in_city", None)] is True


@pytest.mark.parametrize(
    "text", ["三孩的公积金贷款上限是多少", "二孩能领多少", "二孩三孩都能领吗", "二孩3岁以下能领吗"]
)
def test_second_or_third_child_in_a_policy_question_states_nothing(text: str) -> None:
    assert said(text, JINAN) == {}


@pytest.mark.parametrize("text", ["二孩2023年1月1日以后出生的才能领吗", "三孩出生后能领多少"])
def test_a_birth_in_the_rule_asked_names_no_child(text: str) -> None:
    got = said(text, JINAN)
    assert not any(fact == "child.birth_date" for fact, _ in got)


def test_three_children_without_a_birth_is_still_a_count() -> None:
    assert said("我家三孩", JINAN) == {("child_count", None): 3}


# --- a grandparent's own hukou is not the family's -------------------------------------------

LOCAL = {"city": "jinan", "hukou_in_city": True, "children": kids("2018-06", "2026-03")}


@pytest.mark.parametrize(
    "text",
    [
        "我户口在德州 也能免吗",
        "我们老人是外地户口 长护险也免吗",
        "老人户口在老家 能参加长护险吗",
        "孩子奶奶户口在聊城 能参保吗",
        "my own hukou is in Dezhou, can I still get it free?",
        "grandma's hukou is in Liaocheng, does she qualify?",
    ],
)
def test_a_relatives_own_hukou_leaves_the_familys_alone(text: str) -> None:
    assert ("hukou_in_city", None) not in said(text, LOCAL)


@pytest.mark.parametrize(
    "text",
    [
        "我是孩子奶奶 我户口在德州 我们老人交长护险能免吗",
        "grandma here, my own hukou is in dezhou, is the care insurance free for me?",
    ],
)
def test_a_grandparent_speaking_of_her_own_hukou_states_none(text: str) -> None:
    assert ("hukou_in_city", None) not in said(text, JINAN)


def test_a_grandparent_telling_the_familys_hukou_is_still_read() -> None:
    got = said("我是孩子姥姥 帮我闺女问问 她在济南 户口也是济南的 二宝今年3月生的 老大8岁")
    assert got[("hukou_in_city", None)] is True


@pytest.mark.parametrize(
    "text", ["不对 我们是外地户口", "sorry, our hukou is not jinan, still in linyi"]
)
def test_the_familys_hukou_put_right_is_still_read(text: str) -> None:
    assert kinds(text, LOCAL)[("hukou_in_city", None)] == (False, "correction")


def test_ones_own_hukou_elsewhere_put_right_is_read() -> None:
    assert kinds("不对 我户口在德州", LOCAL)[("hukou_in_city", None)] == (False, "correction")


# --- "what about" another insurance: a question, not the family's cover ---------------------

FLEXIBLE = {"city": "jinan", "birth_insurance": "flexible_employment", "children": kids("2022-12")}


@pytest.mark.parametrize(
    "text",
    [
        "那居民医保呢 生孩子给多少",
        "居民的呢",
        "那职工医保的话呢 能报多少",
        "what about resident insurance?",
        "how about employee maternity insurance, how much is paid?",
        "and for the resident one? how much",
        "and for flexible employment?",
    ],
)
def test_another_insurance_asked_about_leaves_the_birth_insurance(text: str) -> None:
    assert ("birth_insurance", None) not in said(text, FLEXIBLE)


@pytest.mark.parametrize("text", ["如果是职工医保呢", "要是参加的是居民医保呢 能报多少"])
def test_another_insurance_supposed_is_a_question(text: str) -> None:
    assert kinds(text, FLEXIBLE)[("birth_insurance", None)][1] == "question"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("那居民医保呢 我们交的就是居民医保", "resident_medical"),
        ("what about maternity insurance, my company pays it", "employee_maternity"),
    ],
)
def test_the_cover_held_beside_a_what_about_is_read(text: str, value: str) -> None:
    assert said(text, {"city": "jinan"})[("birth_insurance", None)] == value


# --- a short gap in the cover is not "no insurance at the birth" -----------------------------

TWO_BORN = {"city": "beijing", "children": kids("2021-06", "2025-12")}


@pytest.mark.parametrize(
    "text",
    [
        "那产假多少天 我老婆刚换了工作 社保断了一个月",
        "刚换了工作 社保断了",
        "社保断了两个月 有影响吗",
        "社保断了",
        "my insurance lapsed for a month when I changed jobs",
        "she had a gap in her insurance between jobs",
    ],
)
def test_a_gap_in_the_cover_says_nothing_of_the_birth(text: str) -> None:
    assert ("birth_insurance", None) not in said(text, TWO_BORN)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("生孩子的时候社保断了", None),
        ("her insurance lapsed when she gave birth", None),
        ("没有 啥保险都没交 失业以后就断了", "birth_insurance"),
        ("社保断了", "birth_insurance"),
    ],
)
def test_a_lapse_at_the_birth_is_no_cover(text: str, asked: str | None) -> None:
    assert said(text, TWO_BORN, asked)[("birth_insurance", None)] == "none"


# --- public rental housing asked about is no housing fact ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi, Beijing family, 2 kids (6 and 3). Can we get priority for public rental housing?",
        "can we apply for public rental housing?",
        "is there priority for big families in rental housing allocation?",
        "能申请公租房吗",
    ],
)
def test_public_rental_housing_asked_about_is_not_renting(text: str) -> None:
    assert ("renting", None) not in said(text, {"city": "beijing"})


@pytest.mark.parametrize(
    "text",
    ["we live in public rental housing", "we are in a rental flat", "住的公租房", "我们租房住"],
)
def test_living_in_a_rental_is_renting(text: str) -> None:
    assert said(text, {"city": "beijing"})[("renting", None)] is True


# --- an age put right beside a question ------------------------------------------------------

ELDER_AND_SECOND = {"city": "jinan", "hukou_in_city": True, "children": kids("2023-06", "2025-10")}


@pytest.mark.parametrize(
    "text",
    [
        "不对 老大是6岁 不是三岁半 有影响吗",
        "老大6岁 不是3岁半",
        "说错了 老大6岁了 那补贴会变吗",
        "no the eldest is 6 not 3 and a half, does that change anything",
        "sorry, my eldest is actually 6, does it matter?",
    ],
)
def test_the_eldests_age_put_right_with_a_question_is_read(text: str) -> None:
    got = kinds(text, ELDER_AND_SECOND)
    assert got == {("child.birth_date", 1): ("2020-06", "correction")}


# --- a benefit held at the birth, told short after "not now" --------------------------------

ONE_GIRL = {"city": "jinan", "children": kids("2025-08")}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("we aint on dibao now but were when she was born", None),
        ("not on dibao now, but we were when she was born", None),
        ("no unemployment money now, but we did when the baby was born", None),
        ("现在没有了 生她那会儿有", "hardship_at_birth"),
        ("目前不领了 生的时候领着", "hardship_at_birth"),
        ("not anymore, but yes back then", "hardship_at_birth"),
    ],
)
def test_held_at_the_birth_after_not_now(text: str, asked: str | None) -> None:
    got = said(text, ONE_GIRL, asked)
    assert got[("hardship_now", None)] is False
    assert got[("hardship_at_birth", None)] is True


def test_a_no_of_now_to_the_births_question_is_only_now() -> None:
    got = said("现在没有", ONE_GIRL, "hardship_at_birth")
    assert got == {("hardship_now", None): False}


def test_a_bare_no_to_the_births_question_is_still_a_no() -> None:
    assert kinds("没有", ONE_GIRL, "hardship_at_birth") == {
        ("hardship_at_birth", None): (False, "confirmation")
    }


# --- "what about" a kind of hukou or of housing: the rule asked, not the family's ------------


@pytest.mark.parametrize(
    "text",
    ["那外地户口呢 能领吗", "外地户口呢", "what about non-local hukou?", "how about rural hukou?"],
)
def test_a_kind_of_hukou_asked_about_leaves_the_familys(text: str) -> None:
    assert ("hukou_in_city", None) not in said(text, LOCAL)


@pytest.mark.parametrize("text", ["那租房的呢", "租房子的呢 能提公积金吗", "what about renters?"])
def test_renters_asked_about_is_not_renting(text: str) -> None:
    assert ("renting", None) not in said(text, JINAN)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("我们是外地户口呢", "hukou_in_city", False),
        ("户口在济南呢", "hukou_in_city", True),
        ("还租着呢", "renting", True),
        ("what about us, we rent", "renting", True),
    ],
)
def test_a_fact_said_with_ne_is_still_read(text: str, fact: str, value: bool) -> None:
    assert said(text, JINAN)[(fact, None)] is value
