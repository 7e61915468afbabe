"""A child's weight in 斤 or 公斤 after the child's word (老大都五十来斤了, 大宝六十斤左右, 老二二十来公斤),
which is no height; a pregnancy told by a folk word (俺又揣上了 八个月了, 媳妇有喜了, 有身孕了), with the
months after it how far along; and insurance, social insurance, the fund or a hukou said missing at
a birth beside a benefit held now (生孩子那会儿啥保险也没有 现在吃低保), which is no answer about the
benefit at that birth: a household, what the citizen wrote, and the facts the assistant takes from
it (the wordings of corpus batch zh_56 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

facts = facts_on(date(2026, 6, 30))
TWO = family("2020-12", "2023-02")


# 老大都五十来斤了: a number of 斤 (or 公斤, kg), with or without 来/多/好几/出头/左右 around it, is the
# child's weight; the assistant reads no height from it.
@pytest.mark.parametrize(
    "text",
    [
        "老大都五十来斤了",
        "大宝六十斤左右",
        "小的快五十斤了",
        "老大五十斤出头 老二才三十几斤",
        "老大都50多斤重了",
        "老大有五十好几斤了",
        "老大55kg",
        "老二二十来公斤",
        "老大胖 快七十斤了",
        "老二都有六十斤了吧",
    ],
)
def test_a_weight_after_the_child_is_no_height(text: str) -> None:
    assert not any(f[0].startswith("child.height") for f in facts(text, TWO))


def test_a_birth_told_beside_the_eldest_weight_is_the_only_fact() -> None:
    got = facts("上周一生的老二 老大都五十来斤了", family("2020-12"))
    assert got == {("child.birth_date", 2, "2026-06-22", "statement")}


def test_a_height_beside_the_weight_is_still_read() -> None:
    assert facts("老大60多斤 一米二", TWO) == {("child.height_cm", 1, 120.0, "statement")}
    assert facts("老大七十斤了 一米三五", TWO) == {("child.height_cm", 1, 135.0, "statement")}


@pytest.mark.parametrize("text", ["双胞胎都五十来斤了", "双胞胎俩都六十来斤"])
def test_the_twins_weight_is_no_height(text: str) -> None:
    assert not any(f[0].startswith("child.height") for f in facts(text, TWO))


def test_a_height_after_the_child_is_still_a_height() -> None:
    assert facts("老大都120了", TWO) == {("child.height_cm", 1, 120.0, "statement")}
    assert ("child.height_cm", 1, 95.0, "statement") in facts("双胞胎俩都才95", TWO)
