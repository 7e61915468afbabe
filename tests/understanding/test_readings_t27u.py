"""Readings fixed in session t27u, each as a class of wording: a hardship at the birth of a
family's only child, named by an order or kinship word (生孙子那时候, "when our son was born") is
that child's; named by 孩子, "the baby", a pronoun (生他那阵, "when he was born") or the act (生的时候,
"when she gave birth") it is the birth's (corpus README, "Children and orders")."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading, reading_kinds

TODAY = date(2026, 12, 1)
said = reading(TODAY)
kinds = reading_kinds(TODAY)

# A Jinan family with one child, born in spring 2024.
ONE_CHILD = {"city": "jinan", "children": kids("2024-04")}
# A Beijing family the bot knows nothing of the children of yet.
NO_CHILD_KNOWN = {"city": "beijing"}


@pytest.mark.parametrize(
    "text, held",
    [
        ("生孙女那会儿儿子在领失业金", True),
        ("生外孙那阵子俺闺女没吃低保", False),
        ("闺女出生那年家里是特困户", True),
        ("儿子落地那会儿俺们还没领低保", False),
        ("we were on dibao when our daughter was born", True),
        ("when my granddaughter was born her parents had no benefits at all", False),
        ("they got unemployment money when their little boy was born", True),
        ("my son had dibao at the birth of his daughter", True),
    ],
)
def test_a_birth_named_by_a_kinship_word_is_that_childs(text: str, held: bool) -> None:
    """Jinan's extra birth allowance looks at the benefit at each child's birth; the one known
    child's birth named by a kinship word answers for that child."""
    got = said(text, ONE_CHILD)
    assert got.get(("child.hardship_at_birth", 1)) is held, got
    assert ("hardship_at_birth", None) not in got, got


@pytest.mark.parametrize(
    "text, held",
    [
        ("生孩子那会儿在领低保", True),
        ("生娃的时候没领失业金", False),
        ("生他那阵子家里吃着低保", True),
        ("她出生那会儿俺们没领啥", False),
        ("we were on dibao when he was born", True),
        ("no dibao when the baby came", False),
        ("she was getting unemployment money when she gave birth", True),
        ("we had no benefits at the birth", False),
    ],
)
def test_a_birth_named_by_a_pronoun_the_baby_or_the_act_is_the_birth(text: str, held: bool) -> None:
    """The same family: a birth named by 孩子, the baby, a pronoun or the act is "the birth",
    said of every birth, not of a child by order."""
    got = said(text, ONE_CHILD)
    assert got.get(("hardship_at_birth", None)) is held, got
    assert not any(fact == "child.hardship_at_birth" for fact, _ in got), got


@pytest.mark.parametrize(
    "text, held",
    [
        ("外孙女一岁半 生她那阵子闺女在领失业金", True),
        ("孙子三岁了 生他的时候没吃低保", False),
        ("my grandson is 3, when he was born his dad was on unemployment money", True),
    ],
)
def test_the_one_child_told_then_its_birth_by_a_pronoun_is_the_birth(text: str, held: bool) -> None:
    """No child known: the one child told by its kinship word and age, then its birth by a
    pronoun, is "the birth" (the pronoun names no child)."""
    got = said(text, NO_CHILD_KNOWN)
    assert got.get(("hardship_at_birth", None)) is held, got
    assert not any(fact == "child.hardship_at_birth" for fact, _ in got), got


def test_the_one_child_named_by_order_then_its_birth_by_a_pronoun_is_the_birth() -> None:
    """孙女是儿子家头一个: the child named by order, then 生她那年: still the birth."""
    got = said("孙女是儿子家头一个 生她那年儿子儿媳都领着低保", ONE_CHILD)
    assert got.get(("hardship_at_birth", None)) is True, got
    assert not any(fact == "child.hardship_at_birth" for fact, _ in got), got


@pytest.mark.parametrize(
    "text, held",
    [
        ("my nephew and his wife were on tekun when their son was born in 2022", True),
        ("when my grandson was born in 2023 they had no dibao", False),
        ("生孙子那时候儿子在领失业金", True),
    ],
)
def test_a_kinship_birth_with_no_child_known_is_the_first_childs(text: str, held: bool) -> None:
    """No child known: a birth named by a kinship word is child 1's, the one child there is."""
    got = said(text, NO_CHILD_KNOWN)
    assert got.get(("child.hardship_at_birth", 1)) is held, got
    assert ("hardship_at_birth", None) not in got, got


def test_a_correction_of_the_kinship_birth_is_that_childs() -> None:
    """The household said on dibao at the birth; 说错了 生闺女那会儿没领 puts right that child's."""
    family = {**ONE_CHILD, "hardship_at_birth": True}
    got = kinds("说错了 生闺女那会儿没领低保 是今年才领的", family)
    assert got.get(("child.hardship_at_birth", 1)) == (False, "correction"), got
    assert ("hardship_at_birth", None) not in got, got


@pytest.mark.parametrize(
    "text, held",
    [
        ("no, we were both working when our son was born", False),
        ("yes, we were on dibao when our girl was born", True),
    ],
)
def test_an_answer_naming_the_childs_birth_is_that_childs(text: str, held: bool) -> None:
    """Asked about the benefit at the birth, a yes or no restated of the child by its kinship
    word is that child's, a statement, and no second answer for every birth."""
    got = kinds(text, ONE_CHILD, "hardship_at_birth")
    assert got.get(("child.hardship_at_birth", 1)) == (held, "statement"), got
    assert ("hardship_at_birth", None) not in got, got


def test_a_bare_answer_stays_the_births() -> None:
    """Asked about the benefit at the birth, a bare no is the birth's, a confirmation."""
    got = kinds("no, nothing like that back then", ONE_CHILD, "hardship_at_birth")
    assert got.get(("hardship_at_birth", None)) == (False, "confirmation"), got


def test_a_childs_birth_told_apart_from_the_act_is_the_birth() -> None:
    """ "our girl was born in may. when i gave birth …": the birth named by the act."""
    got = said("our girl was born in may. when i gave birth we were on dibao", NO_CHILD_KNOWN)
    assert got.get(("hardship_at_birth", None)) is True, got
    assert not any(fact == "child.hardship_at_birth" for fact, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "my son is born in 2022, at that time we were getting dibao",
        "our daughter-in-law had our grandson on 3 march, she and my son were on tekun then",
    ],
)
def test_a_kinship_birth_told_then_that_time_is_that_childs(text: str) -> None:
    """The one child's birth told by its kinship word, then "at that time" / "then": that
    child's birth."""
    got = said(text, NO_CHILD_KNOWN)
    assert got.get(("child.hardship_at_birth", 1)) is True, got
    assert ("hardship_at_birth", None) not in got, got


# A Jinan family of three: the eldest and two younger ones (not twins).
THREE_CHILDREN = {"city": "jinan", "children": kids("2018-03", "2021-05", "2024-05")}
# A Jinan family of an eldest and twins.
ELDEST_AND_TWINS = {"city": "jinan", "children": kids("2018-03", "2024-05", "2024-05")}


@pytest.mark.parametrize(
    "text, family, expected",
    [
        ("那俩出世时在领低保 老大那会儿没有", THREE_CHILDREN, {1: False, 2: True, 3: True}),
        ("这俩出生时没领低保 老大那会儿领着", ELDEST_AND_TWINS, {1: True, 2: False, 3: False}),
        ("那俩落地那阵吃着低保 大的那时候没吃", ELDEST_AND_TWINS, {1: False, 2: True, 3: True}),
    ],
)
def test_these_two_at_their_births_are_the_two_beside_the_eldest(
    text: str, family: dict[str, object], expected: dict[int, bool]
) -> None:
    """这俩 / 那俩 at their births, none told here: the known twins, or of three children the two
    youngest, the eldest being named apart."""
    got = said(text, family)
    assert {c: v for (f, c), v in got.items() if f == "child.hardship_at_birth"} == expected, got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("外孙女五岁 出生那会儿她妈领着失业金 外孙八个月 生他时候没领", {1: True, 2: False}),
        ("大孙子六岁 生的时候没领低保 小孙女两岁 生的时候在领", {1: False, 2: True}),
    ],
)
def test_a_child_told_by_age_then_a_bare_birth_time_is_that_childs(
    text: str, expected: dict[int, bool]
) -> None:
    """Two children told, each by its age, then 出生那会儿 / 生的时候 with no child named: the birth
    of the child just told."""
    got = said(text, NO_CHILD_KNOWN)
    assert {c: v for (f, c), v in got.items() if f == "child.hardship_at_birth"} == expected, got
    assert ("hardship_at_birth", None) not in got, got
