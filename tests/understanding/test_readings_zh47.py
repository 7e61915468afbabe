"""Hardship at each birth told by kinship words, counts of births, times and years (生孙子那时候,
闺女出生那会, 俩孙子出生的时候, 两回都是吃低保的时候, 失业金是19年到21年领的, 领失业金是24年那会儿),
the one child's birth told by a pronoun (生他那阵), and benefits denied, ended or asked about
(低保还没批下来, 生之前低保就停了, 也不是低保户, 啥也没领): a household, what the citizen wrote,
and the facts the assistant takes from it (the wordings of corpus batch zh_47 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import Fact, facts_on, family

JINAN = {"city": "jinan"}
TODAY = date(2026, 8, 5)


facts = facts_on(TODAY)


def hardship(
    text: str, known: dict[str, object] | None, today: date = TODAY, asked: str | None = None
) -> set[Fact]:
    """Only the hardship facts read from one message."""
    return {f for f in facts(text, known, today, asked) if "hardship" in f[0]}


# The family's one child, its birth named by the writer's own kinship word (生俺家小子那阵, 生我们家
# 闺女的时候): that child's hardship at birth (README), whether the child is known or not.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("生俺家小子那阵 他爹领着失业金", True),
        ("生我们家闺女的时候没领低保", False),
        ("生咱家孙子那年儿子家吃着低保", True),
        ("生我家丫头的时候没领低保", False),
    ],
)
def test_the_one_childs_birth_named_by_own_kinship(text: str, held: bool) -> None:
    for known in (family("2024-03"), JINAN):
        assert hardship(text, known) == {("child.hardship_at_birth", 1, held, "statement")}


# Births counted by a kinship word (俩孙子出生的时候, 两个闺女出生时, 生俩孙子那几年): each of those
# children, when the count is all of the family's children.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("俩孙子出生的时候 儿子家都吃着低保", True),
        ("两个闺女出生的时候都没领过低保", False),
        ("生俩孙子那几年儿子家吃着低保", True),
        ("两个外孙出生时都在领失业金", True),
    ],
)
def test_births_counted_by_kinship(text: str, held: bool) -> None:
    got = hardship(text, family("2019-02", "2022-07"))
    assert got == {
        ("child.hardship_at_birth", 1, held, "statement"),
        ("child.hardship_at_birth", 2, held, "statement"),
    }


def test_births_counted_by_a_plain_word_are_every_birth() -> None:
    got = hardship("生俩孩子那几年家里吃着低保", family("2019-02", "2022-07"))
    assert got == {("hardship_at_birth", None, True, "statement")}


# The births named by order, then counted as times (两回都, 这两次都没, 两次生孩子都): each of them.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("二〇一七年生老大 二〇二二年生老二 两回都是吃低保的时候", True),
        ("老大2017年的 老二2022年的 这两回都没领低保", False),
        ("18年生的老大 21年生的老二 两次生孩子都在领失业金", True),
        ("老大老二 俩回都吃着低保", True),
    ],
)
def test_births_named_then_counted_as_times(text: str, held: bool) -> None:
    assert hardship(text, JINAN) == {
        ("child.hardship_at_birth", 1, held, "statement"),
        ("child.hardship_at_birth", 2, held, "statement"),
    }


# A benefit held from one year to another, in Chinese (失业金是19年到21年领的, 19年到21年领的失业金,
# 特困是20年一直领到现在): yes at the births inside, no at those before or after.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("失业金是一九年到二一年领的 老大一八年生 老二二〇年生", {1: False, 2: True}),
        (
            "低保从2018年吃到2021年 老大17年生的 老二19年生的 老三22年的",
            {1: False, 2: True, 3: False},
        ),
        ("19年到21年领的失业金 闺女2020年生的", {1: True}),
        ("特困是20年一直领到现在 老大19年 老二22年", {1: False, 2: True}),
    ],
)
def test_births_against_the_years_of_a_benefit(text: str, expected: dict[int, bool]) -> None:
    got = {
        (f[1], f[2]) for f in facts(text, JINAN, date(2026, 10, 29))
        if f[0] == "child.hardship_at_birth"
    }  # fmt: skip
    assert got == set(expected.items())


# The benefit's time told as one year (领失业金是24年那会儿, 吃低保是22年那阵): yes at the births of
# that year, no word of now.
@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("老大二〇年的 老二二四年的 领失业金是二四年那会儿", 2),
        ("吃低保是22年那阵 老大22年生的 老二24年生的", 1),
        ("老大19年生的 老二23年生的 低保是23年的时候吃的", 2),
    ],
)
def test_a_birth_in_the_year_of_the_benefit(text: str, order: int) -> None:
    assert hardship(text, JINAN, date(2025, 8, 20)) == {
        ("child.hardship_at_birth", order, True, "statement")
    }


# A benefit not yet granted at a birth (低保还没批下来, 特困还没办下来, 失业金都没申请上): no at it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生的时候 低保还没批下来", ("hardship_at_birth", None, False, "statement")),
        ("生老二那会儿特困还没办下来", ("child.hardship_at_birth", 2, False, "statement")),
        ("孩子出生时失业金都没申请上", ("hardship_at_birth", None, False, "statement")),
    ],
)
def test_a_benefit_not_yet_granted_at_a_birth(text: str, expected: Fact) -> None:
    assert hardship(text, family("2021-06", "2026-03")) == {expected}


# The family's standing told with 是 and no time (也不是低保户, 我们家不是特困户): now, though the bot
# asked about the births.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("没领过 也不是低保户", False),
        ("没有 现在也不是特困户", False),
        ("领过 现在也还是低保户", True),
    ],
)
def test_a_standing_told_is_now(text: str, held: bool) -> None:
    got = hardship(text, family("2026-03"), asked="hardship_at_birth")
    assert ("hardship_now", None, held, "statement") in got
    assert ("hardship_at_birth", None, held, "confirmation") in got


def test_a_standing_said_again_after_yes_is_the_answer() -> None:
    got = hardship("嗯 是特困户", family("2025-07"), date(2026, 1, 15), "hardship_at_birth")
    assert got == {("hardship_at_birth", None, True, "confirmation")}


# A benefit ended before a birth of the last months (生之前低保就停了): not held now either; a stop
# before a birth years ago says nothing of now.
@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("上上个月生的二宝 生之前低保就停了", False),
        ("老二上个月生的 出生前失业金就领完了", False),
        ("上上个月生的二宝 生之前低保就停了 现在又领上了", True),
    ],
)
def test_a_benefit_ended_before_a_recent_birth(text: str, now: bool) -> None:
    got = hardship(text, family("2021-06"), date(2026, 11, 23))
    assert ("child.hardship_at_birth", 2, False, "statement") in got
    assert ("hardship_now", None, now, "statement") in got


def test_a_stop_before_an_old_birth_says_nothing_of_now() -> None:
    got = hardship("生二胎之前低保就停了 头胎那会儿还吃着", family("2016-09", "2022-09"))
    assert got == {
        ("child.hardship_at_birth", 1, True, "statement"),
        ("child.hardship_at_birth", 2, False, "statement"),
    }


# 领 told of a birth just named, the benefit not named (宝宝出生的时候 家里啥也没领): that birth.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宝宝出生的时候 家里啥也没领", ("hardship_at_birth", None, False, "statement")),
        ("孩子出生那会儿 俺们啥也没领过", ("hardship_at_birth", None, False, "statement")),
        ("生老二的时候 啥都没领", ("child.hardship_at_birth", 2, False, "statement")),
    ],
)
def test_nothing_drawn_at_a_birth(text: str, expected: Fact) -> None:
    assert hardship(text, family("2021-06", "2025-06")) == {expected}


# A case put to the rules (低保停了以后 补贴会不会也给停了, 特困人员生的孩子 北京这边有啥政策): no one's
# benefit told, nor the family's city.
@pytest.mark.parametrize(
    "text",
    [
        "低保停了以后 补贴会不会也给停了",
        "失业金领完了以后 生育津贴还能不能领",
        "特困人员生的孩子 北京这边有啥政策",
        "低保户生孩子 北京有什么补贴",
        "领失业金的家庭生的娃 济南有补贴吗",
    ],
)
def test_a_case_put_to_the_rules(text: str) -> None:
    assert facts(text, {}) == set()


def test_the_familys_own_standing_beside_a_rule_question() -> None:
    got = facts("我们是低保户 生孩子 济南有啥补贴", {})
    assert ("hardship_now", None, True, "statement") in got


# Whether a cover may be taken up, the kind named before it (能不能交灵活就业的生育险): asked, held by
# no one.
@pytest.mark.parametrize(
    "text", ["领失业金期间能不能交灵活就业的生育险", "可不可以买灵活就业的医保", "能不能交居民医保"]
)
def test_a_cover_asked_about(text: str) -> None:
    assert facts(text, JINAN) == set()


# A benefit held now since a start told by its date (特困今年一月份批下来的 一直领着): the births after
# the start the message gives no answer of their own had it.
@pytest.mark.parametrize(
    ("text", "known"),
    [
        (
            "特困今年一月份批下来的 一直领着 老大出生那会儿还没有 老二四月生的",
            family("2023-06", "2026-04"),
        ),
        (
            "低保去年3月批下来的 现在还领着 老大出生时没有 老二今年1月生的",
            family("2020-06", "2026-01"),
        ),
    ],
)
def test_births_after_the_start_of_a_benefit_held(text: str, known: dict[str, object]) -> None:
    assert hardship(text, known, date(2026, 5, 26)) == {
        ("hardship_now", None, True, "statement"),
        ("child.hardship_at_birth", 1, False, "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
    }


# Births counted as times with no child named (三回生孩子都没领过, to the births question 俩回都没领):
# every birth.
@pytest.mark.parametrize(
    ("text", "held"),
    [("俩回都没领", False), ("两次都领着", True), ("两回生孩子都没领过", False)],
)
def test_every_birth_counted_as_times(text: str, held: bool) -> None:
    got = hardship(text, family("2019-02", "2022-07"), asked="hardship_at_birth")
    assert got == {("hardship_at_birth", None, held, "statement")}


# A benefit ended before the birth named in the same words (孩子出生前就领完了, 生之前低保就停了): none
# at that birth; not held now either when the birth was in the last months.
@pytest.mark.parametrize(
    ("text", "known", "now"),
    [
        ("失业金领了八个月 孩子出生前就领完了", family("2026-03"), False),
        ("生之前低保就停了", family("2026-03"), False),
        ("生之前低保就停了", family("2020-03"), None),
        ("出生前失业金就领完了 现在又领上了", family("2026-03"), True),
    ],
)
def test_a_benefit_ended_before_the_birth_named(
    text: str, known: dict[str, object], now: bool | None
) -> None:
    expected: set[Fact] = {("hardship_at_birth", None, False, "statement")}
    if now is not None:
        expected.add(("hardship_now", None, now, "statement"))
    assert hardship(text, known) == expected


# Got on a benefit after the baby's first month or hundred days (低保是孩子满月以后才批的): none at
# the birth.
def test_a_benefit_granted_after_the_first_month() -> None:
    got = hardship("低保是孩子满月以后才批的", family("2026-03"))
    assert got == {("hardship_at_birth", None, False, "statement")}
