"""Stop 43 (issue #12): a year and a child's order split by a full stop ("june 2023. 3rd child"),
the bot's own reading quoted back ("why u say 2 june"), a sum of money named after its number
("2000 was the nursery fee"), two ages after a count ("2 kids, 5 yr and 9 mo"), and Chinese with
the commas dropped around a supposition (…租房住要是…吗还是…, …能领到几岁孩子一岁半). Labelled per
tests/corpus/README.md and compared as bench/corpus_accuracy.py compares the corpus. Today is
3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from bench.corpus_accuracy import read, score
from tests.understanding.readings import age, born, fact, stated

TODAY = date(2026, 12, 3)


def supposed(name: str, child: int | None, value: object) -> dict[str, Any]:
    return {"fact": name, "child": child, "value": value, "kind": "question", "approx": False}


CASES: list[tuple[str, dict[str, Any], list[dict[str, Any]]]] = [
    # a full stop and a space end the year; "3rd" opens the next child, not March
    (
        "2nd child born june 2023. 3rd child born august 2025. 1st child born 2016",
        {},
        [born(2, "2023-06"), born(3, "2025-08"), born(1, "2016")],
    ),
    (
        "laoer born may 2024. 2 of us pay the housing fund",
        {},
        [born(2, "2024-05"), fact("housing_fund_contributors", 2)],
    ),
    # the bot's reading quoted back is no fact, nor a 4th child
    (
        "1st child born 2016 (dont know why u say 2 june)",
        {},
        [born(1, "2016")],
    ),
    ("老大是2016年的 你写的6月2号", {}, [born(1, "2016")]),
    # a sum of money named after the number
    (
        "2000 was the nursery fee. 3rd child born august 2025",
        {},
        [born(3, "2025-08")],
    ),
    ("老三25年8月的 2000是托育费", {}, [born(3, "2025-08")]),
    # after a count of two, the years and the months are one age each
    (
        "2 kids, 5 yr and 9 mo",
        {},
        [fact("child_count", 2), age(1, "2021-06"), age(2, "2026-03")],
    ),
    ("my son is 5 years and 9 months", {}, [age(1, "2021-03")]),
    # English run on: the spouse's own words, the births' time after now, now opening a clause
    ("paid gongjijin 8 years by myself wife not", {}, [fact("housing_fund_contributors", 1)]),
    (
        "ive paid the housing fund for 5 years wife for 2",
        {},
        [fact("housing_fund_contributors", 2)],
    ),
    (
        "were on dibao these days wasnt the case at either birth",
        {},
        [fact("hardship_now", True), fact("hardship_at_birth", False)],
    ),
    # what is told before a supposition and after its question is a statement
    (
        "我们在北京俩孩子一个五岁一个两岁要是后年生老三育儿补贴能领到几岁",
        {},
        [
            fact("city", "beijing"),
            fact("child_count", 2),
            age(1, "2021-06"),
            age(2, "2024-06"),
            supposed("child.due_date", 3, "2028"),
        ],
    ),
    (
        "假如明年三月再生个老二那时候北京的补贴政策还有吗我们现在就一个儿子",
        {},
        [fact("child_count", 1), supposed("child.due_date", 2, "2027-03")],
    ),
    (
        "我们在济南租房住要是明年生老二能领多少孩子现在两岁",
        {},
        [
            fact("city", "jinan"),
            fact("renting", True),
            age(1, "2024-06"),
            supposed("child.due_date", 2, "2027"),
        ],
    ),
    # housing-fund payers told one after the other with nothing between them
    ("公积金我交了三年媳妇在私企没给交", {}, [fact("housing_fund_contributors", 1)]),
    ("俺的公积金断缴半年了俺老公倒是一直交着", {}, [fact("housing_fund_contributors", 1)]),
    ("公积金我交了五年老婆今年刚入职还没开始交", {}, [fact("housing_fund_contributors", 1)]),
    # a benefit's own time after it is no child's birth year
    (
        "生孩子那年领低保今年刚退出低保",
        {},
        [fact("hardship_at_birth", True), fact("hardship_now", False)],
    ),
    (
        "生娃那会儿没低保去年下半年才评上的",
        {},
        [fact("hardship_at_birth", False), fact("hardship_now", True)],
    ),
    ("是后来才领的低保现在还领着", {}, [fact("hardship_now", True)]),
    ("我现在就在领失业金这个还能多给点吗", {}, [fact("hardship_now", True)]),
    # a birth told with the child last, then the next child's birth run on
    (
        "前年生的老大去年十月生的老二",
        {},
        [born(1, "2024"), born(2, "2025-10")],
    ),
    ("大前年生的老大今年又生了老二才二十天", {}, [born(1, "2023"), age(2, "2026-11-13")]),
    (
        "前年生的老三老大老二是龙凤胎九岁了",
        {},
        [born(3, "2024"), age(1, "2017-06"), age(2, "2017-06")],
    ),
    (
        "现在在领特困供养生老大老二那几年都没有",
        {"city": "jinan", "children": [{"birth_date": "2019-03"}, {"birth_date": "2023-05"}]},
        [
            fact("hardship_now", True),
            stated("child.hardship_at_birth", 1, False),
            stated("child.hardship_at_birth", 2, False),
        ],
    ),
]


@pytest.mark.parametrize(("text", "known", "expect"), CASES, ids=[c[0] for c in CASES])
def test_each_fact_of_the_message_is_read_exactly(
    text: str, known: dict[str, Any], expect: list[dict[str, Any]]
) -> None:
    """Every fact the message states, with its child, value and kind; nothing extra."""
    message = {"text": text, "known": known, "asked": None, "today": TODAY, "expect": expect}
    ok, _right, _labelled = score(message)
    assert ok, sorted(read(message), key=str)


def test_the_bots_reading_quoted_in_a_correction_adds_no_child() -> None:
    """Three children known with two dates misread; the parent restates them and quotes the
    misreading: the three births are put right and no 4th child appears."""
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2016-06-02"},
            {"birth_date": "2023-08-03"},
            {"birth_date": "2025"},
        ],
    }
    message: dict[str, Any] = {
        "text": "no. 2nd child born june 2023. 3rd child born august 2025. 1st child born 2016 "
        "(dont know why u say 2 june)",
        "known": known,
        "asked": None,
        "today": TODAY,
        "expect": [],
    }
    got = read(message)
    children = {child for (_fact, child, *_rest) in got if child is not None}
    assert children <= {1, 2, 3}, got
    values = {(f, c): v for (f, c, v, *_rest) in got}
    assert values[("child.birth_date", 2)] == "2023-06"
    assert values[("child.birth_date", 3)] == "2025-08"
    assert values[("child.birth_date", 1)] == "2016"


ANSWERS: list[tuple[str, str, list[dict[str, Any]]]] = [
    # the count of the people just listed, last
    ("我老公我还有我小姑子三个", "housing_fund_contributors", [fact("housing_fund_contributors", 3)]),
    ("我跟我老公再加上我小叔子他跟我们一块住三个人", "housing_fund_contributors",
     [fact("housing_fund_contributors", 3)]),
    # the count, then the elder and the younger with their ages (not "the two elder ones")
    ("俩大的五岁多小的刚满月", "children", [fact("child_count", 2), age(1, "2021-06"), age(2, "2026-11")]),
    ("俩大的15年小的一岁零一个月", "children",
     [fact("child_count", 2), born(1, "2015"), age(2, "2025-11")]),
    # the count, then the elder two or the one child's birth; twins after another's age
    ("四个大的俩是双胞胎十岁老三六岁老四刚满月", "children",
     [fact("child_count", 4), age(1, "2016-06"), age(2, "2016-06"), age(3, "2020-06"),
      age(4, "2026-11")]),
    ("三个一个十岁一对双胞胎四岁", "children",
     [fact("child_count", 3), age(1, "2016-06"), age(2, "2022-06"), age(3, "2022-06")]),
    ("一个上周一刚生的闺女", "children", [fact("child_count", 1), born(1, "2026-11-23")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "asked", "expect"), ANSWERS, ids=[c[0] for c in ANSWERS])
def test_an_answer_run_together_is_read_exactly(
    text: str, asked: str, expect: list[dict[str, Any]]
) -> None:
    message = {"text": text, "known": {}, "asked": asked, "today": TODAY, "expect": expect}
    ok, _right, _labelled = score(message)
    assert ok, sorted(read(message), key=str)
