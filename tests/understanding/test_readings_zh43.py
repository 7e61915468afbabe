"""Hardship at each birth set against now: time still left on a benefit (还有俩月领完), a start told
after 这不 ("you see"), a benefit held up to a year already past (低保从22年领到24年), a birth before
the benefit began (大的那个生在领低保以前), the births counted after 生 (生俩娃时) and the years of the
benefit (领低保那些年生的): a household, what the citizen wrote, and the facts the assistant takes
from it (the wordings of corpus batch zh_43 and others like them)."""

from datetime import date

import pytest

from understanding import understand

Fact = tuple[str, int | None, object, str]
TODAY = date(2026, 5, 14)
TWO = {"city": "jinan", "children": [{"birth_date": "2019-11"}, {"birth_date": "2024-11"}]}
ONE = {"city": "beijing", "children": [{"birth_date": "2025-06"}]}


def facts(text: str, known: dict[str, object], today: date = TODAY) -> set[Fact]:
    """(fact, child, value, kind) read from one message."""
    return {(u.fact, u.child, u.value, u.kind) for u in understand(text, known, None, today)}


def hardship(text: str, known: dict[str, object], today: date = TODAY) -> set[Fact]:
    """Only the hardship facts read from one message."""
    return {f for f in facts(text, known, today) if "hardship" in f[0]}


# 失业金还有俩月领完, 还剩三个月到期: time left on the benefit, so it is held now (no 就 needed).
@pytest.mark.parametrize(
    "text",
    [
        "失业金还有俩月领完 孩子出生那时候还没失业 啥也没领",
        "失业金还剩三个月到期 生娃那会儿没领",
        "低保还有半年到期 孩子出生时没吃低保",
    ],
)
def test_time_left_on_a_benefit_is_held_now(text: str) -> None:
    assert hardship(text, ONE) == {
        ("hardship_now", None, True, "statement"),
        ("hardship_at_birth", None, False, "statement"),
    }


def test_time_left_put_right_is_a_correction() -> None:
    known = {**ONE, "hardship_now": False}
    assert hardship("不对 俺现在还领着失业金呢 还有俩月领完", known) == {
        ("hardship_now", None, True, "correction")
    }


# 这不上个月刚批下来: 这不 opens the clause as "you see", the start is told, no "no".
@pytest.mark.parametrize(
    "text",
    [
        "生娃的时候没吃低保 这不上个月刚批下来",
        "孩子出生那会儿没领特困 这不前几天才办下来",
    ],
)
def test_a_start_told_after_zhebu_is_held_now(text: str) -> None:
    assert hardship(text, ONE) == {
        ("hardship_at_birth", None, False, "statement"),
        ("hardship_now", None, True, "statement"),
    }


def test_zhebushi_before_a_benefit_is_still_a_no() -> None:
    got = hardship("这不是低保 是特困 现在还领着", ONE)
    assert ("hardship_now", None, True, "statement") in got


# 低保从22年领到24年, 一直领到去年: held up to a time already past, not held now.
@pytest.mark.parametrize(
    ("text", "known", "today"),
    [
        (
            "低保从二二年领到二四年 老大二三年生的 生的时候在领",
            {"city": "jinan"},
            date(2026, 2, 26),
        ),
        ("失业金从2023年领到2024年底 老大那会儿领着", {"city": "jinan"}, date(2026, 2, 26)),
    ],
)
def test_a_benefit_held_to_a_past_year_is_not_held_now(
    text: str, known: dict[str, object], today: date
) -> None:
    assert hardship(text, known, today) == {
        ("hardship_now", None, False, "statement"),
        ("child.hardship_at_birth", 1, True, "statement"),
    }


def test_a_benefit_held_up_to_last_year_ended() -> None:
    assert hardship("低保从22年开始领的 一直领到去年", TWO) == {
        ("hardship_now", None, False, "statement")
    }


def test_a_benefit_held_to_next_year_is_still_held() -> None:
    got = hardship("低保能领到明年 生老二那会儿也领着", TWO)
    assert ("hardship_now", None, False, "statement") not in got


# 大的那个生在领低保以前, 老大是吃低保之前生的: that birth came before the benefit, no at it.
@pytest.mark.parametrize(
    "text",
    [
        "大的那个生在领低保以前 小的那个是领着低保生的",
        "老大是吃低保之前生的 老二那会儿领着",
        "老大出生在领特困以前 老二出生的时候在领",
    ],
)
def test_a_birth_before_the_benefit_began(text: str) -> None:
    assert hardship(text, TWO) == {
        ("child.hardship_at_birth", 1, False, "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
    }


# 生俩娃时家里都吃特困, 生这仨孩子的时候: the births counted after 生 are every birth.
@pytest.mark.parametrize(
    "text",
    [
        "大孙子七岁 小孙女三岁 生俩娃时家里都吃特困",
        "老大八岁 老二五岁 生两个孩子的时候都领着低保",
    ],
)
def test_births_counted_after_sheng_are_every_birth(text: str) -> None:
    assert hardship(text, {"city": "jinan"}) == {("hardship_at_birth", None, True, "statement")}


# 都是俺领低保那些年生的: born in the years the benefit was held, every birth.
@pytest.mark.parametrize(
    "text",
    [
        "俩孩子 十二岁和九岁 都是俺领低保那些年生的",
        "两个娃都是家里吃特困那些年生的",
    ],
)
def test_born_in_the_years_of_the_benefit(text: str) -> None:
    got = hardship(text, {"city": "jinan"})
    assert got == {("hardship_at_birth", None, True, "statement")}


# 刚才说反了 领低保那会生的是老二: the benefit known of one birth moved to another, put right.
def test_a_benefit_moved_to_another_birth_is_a_correction() -> None:
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2019-08", "hardship_at_birth": True},
            {"birth_date": "2023-08"},
        ],
    }
    assert hardship("刚才说反了 领低保那会生的是老二 老大出生的时候没领", known) == {
        ("child.hardship_at_birth", 2, True, "correction"),
        ("child.hardship_at_birth", 1, False, "correction"),
    }


# 要是我俩都交上公积金 | 买首套房能便宜点不: the clause after the case asks what the case would get
# (naming no one), so it is no part of the case: no buying_first_home.
@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("要是我俩都交上公积金 买首套房能便宜点不", 2),
        ("如果俩人都交公积金 买首套能贷多少", 2),
        ("要是就我一个人交公积金 买首套房有啥优惠吗", 1),
    ],
)
def test_a_rule_asked_of_a_case_is_no_part_of_it(text: str, payers: int) -> None:
    assert facts(text, {}) == {("housing_fund_contributors", None, payers, "question")}


def test_buying_in_the_case_itself_is_still_supposed() -> None:
    assert ("buying_first_home", None, True, "question") in facts(
        "如果买首套房 公积金能多贷多少", {}
    )


# 俺外孙子出生那年… 外孙女出生时候…: two known children, the births told in turn by a relation
# word of each sex and no age: the first told is the elder.
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("俺外孙子出生那年他家里吃低保 外孙女出生时候没吃", True, False),
        ("生闺女那会儿没领低保 生儿子的时候领着", False, True),
        ("儿子出生那会儿领着失业金 闺女出生的时候没领", True, False),
    ],
)
def test_births_told_in_turn_by_relation_words(text: str, first: bool, second: bool) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2017-08"}, {"birth_date": "2023-03"}]}
    assert hardship(text, known) == {
        ("child.hardship_at_birth", 1, first, "statement"),
        ("child.hardship_at_birth", 2, second, "statement"),
    }


def test_births_in_turn_name_the_benefit_last() -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2017-08"}, {"birth_date": "2023-03"}]}
    assert hardship("孙女出生那年没领 孙子生的时候领着特困", known) == {
        ("child.hardship_at_birth", 1, False, "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
    }


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("特困是从20年吃到23年的 老大出生那会儿在吃", 1),
        ("低保一直吃到上个月 生老二那会儿也吃着", 2),
    ],
)
def test_a_benefit_eaten_up_to_a_past_time_ended(text: str, order: int) -> None:
    assert hardship(text, TWO) == {
        ("hardship_now", None, False, "statement"),
        ("child.hardship_at_birth", order, True, "statement"),
    }
