"""A single child and a multiple birth told together, in either order (tests/corpus/README.md,
child_count): the elder child then the twins, or the twins then a younger child, state the count,
the child and the multiple, in both languages; an order naming the twins or another child, a baby
on the way or children already known do not."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading

TODAY = date(2026, 3, 10)  # a Tuesday

said = reading(TODAY)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("twin boys of 4 and a baby girl of 6 months", 3),
        ("the twins are 6, their little sister is 2", 3),
        ("identical twins born 2019, our youngest born 2023", 3),
        ("twin girls 5, little brother just turned 1", 3),
        ("the triplets are 7 and the baby is 10 weeks", 4),
        ("双胞胎儿子五岁 小闺女八个月", 3),
        ("龙凤胎一八年的 小儿子二二年的", 3),
        ("双胞胎七岁了 老三两岁", 3),
        ("三胞胎六岁 小的刚满月", 4),
        ("一对双胞胎闺女四岁半 还有个小儿子十个月", 3),
        ("双胞胎姐妹八岁 妹妹三岁", 3),
        ("大的俩是双胞胎 九岁 小的五岁", 3),  # the elder two said to be the twins
        ("大的两个是龙凤胎 六岁了 小的才八个月", 3),
    ],
)
def test_a_younger_child_told_after_a_multiple_birth_is_counted_with_it(
    text: str, count: int
) -> None:
    """ "twins of 4 and a baby of 6 months": the multiple birth and the one younger child, the
    count the README gives the elder child and the twins, read the other way round."""
    assert said(text)[("child_count", None)] == count


@pytest.mark.parametrize(
    "text",
    [
        "our son is 8 and the twins are 2",
        "twins born last year and our girl, she's 6",
        "大闺女十岁 双胞胎三岁",
    ],
)
def test_an_elder_child_told_beside_a_multiple_birth_is_counted_with_it(text: str) -> None:
    """ "twins born last year and our girl, she's 6": the elder child, told after the twins or
    before them, and the twins: three."""
    assert said(text)[("child_count", None)] == 3


@pytest.mark.parametrize(
    "text",
    [
        "老大十岁 老二老三双胞胎五岁",  # every child named by an order: no count
        "双胞胎四岁 老二两岁",  # 老二 beside twins: another child untold
        "the twins are 4, our 2nd is 1",
        "the twins are 4 and the baby is due in may",  # a baby on the way is no child born
        "twins 3 months, our eldest is 6 and the middle one 4",  # two single children
        "大的俩是一对双胞胎 九岁 老三五岁 老四一岁",
        "大的俩一个九岁一个六岁 小的两岁",  # the elder two, no twins: order naming
    ],
)
def test_no_count_when_an_order_or_a_pregnancy_says_otherwise(text: str) -> None:
    """Children named by order, a pregnancy, or more than one single child: no child_count."""
    assert ("child_count", None) not in said(text)


def test_no_count_of_twins_known_beside_a_younger_one_told() -> None:
    """The twins already known and their little sister told: the count is not read from them."""
    got = said(
        "the twins are 6, their little sister is 2", {"children": kids("2020-01", "2020-01")}
    )
    assert ("child_count", None) not in got
