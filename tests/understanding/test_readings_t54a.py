"""Tester 53 (fix-t54a): a day told of "the child" belongs to the birth of that month; a month
told beside a day of the same month is that day's year, no other child. Today is 1 December 2026
in China."""

from datetime import date

from understanding import understand

TODAY = date(2026, 12, 1)

# c02: a grandmother; 老大 in primary school (no date told), 老二 (外孙女) born October 2025.
ELDEST_UNDATED = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{}, {"birth_date": "2025-10"}],
}


def births(text: str, known: dict[str, object]) -> list[tuple[int | None, object]]:
    return [
        (u.child, u.value)
        for u in understand(text, known, None, TODAY)
        if u.fact == "child.birth_date"
    ]


def test_a_day_of_the_child_refines_the_birth_of_that_month_not_the_undated_eldest() -> None:
    for text in (
        "孩子是10月18号生的 另外听说我们当姥姥姥爷的也有啥保险补贴 真的假的",
        "孩子10月18号生的",
        "the kid was born on the 18th of october",
        "she was born oct 18",
    ):
        assert births(text, ELDEST_UNDATED) == [(2, "2025-10-18")], text


def test_a_month_beside_the_day_of_a_named_child_is_its_year_not_a_third_child() -> None:
    put_wrong = {
        "city": "jinan",
        "children": [{"birth_date": "2026-10-18"}, {"birth_date": "2025-10"}],
    }
    for text in (
        "不对不对 10月18号是老二 外孙女 去年10月 2025年的 老大都8岁了",
        "no wait, oct 18 is the 2nd, last october, 2025. the eldest is 8",
    ):
        read = births(text, put_wrong)
        assert (2, "2025-10-18") in read, (text, read)
        assert all(child in (1, 2) for child, _ in read), (text, read)  # no 3rd child
        assert (1, "2018-06") in read, (text, read)  # 老大都8岁了: the eldest's age
    # a month named for another child by its order stays that child's
    assert births("老大10月5号 老二去年10月", {}) == [(1, "2026-10-05"), (2, "2025-10")]


def test_i_pay_beside_a_question_about_the_wife_is_one_payer() -> None:
    # c03: "does my wife's …" asks; only "I pay" tells a payer (the spouse is not said to pay)
    for text in (
        "great. does my wife's maternity leave double since it was twins? and we rent, no flat "
        "of our own, I pay housing fund",
        "does my wife get more leave? we rent, only I pay gongjijin",
        "我媳妇产假能翻倍吗 我们租房 我交公积金",
    ):
        read = [
            u.value
            for u in understand(text, {"city": "jinan"}, None, TODAY)
            if u.fact == "housing_fund_contributors"
        ]
        assert read == [1], (text, read)
    read = [
        u.value
        for u in understand("my wife does, I pay too. housing fund", {"city": "jinan"}, None, TODAY)
        if u.fact == "housing_fund_contributors"
    ]
    assert read == [2]  # the spouse said to pay too


def test_a_benefit_held_now_ending_in_a_month_to_come_is_held_now() -> None:
    due = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2024-06", "approx": "2岁多"},
            {"birth_date": "2027-04", "expected": True},
        ],
    }
    for text in (
        "我老公现在在领失业金 不过到明年2月就停了 那还能加200吗",
        "我现在领着失业金 但是到明年3月底就到期了",
        "my husband is on unemployment benefit now but it stops next february",
    ):
        read = understand(text, due, "hardship_at_birth", TODAY)
        assert [u.value for u in read if u.fact == "hardship_now"] == [True], (text, read)
        assert [(u.child, u.value) for u in read if u.fact == "child.hardship_at_birth"] == [
            (2, False)
        ], (
            text,
            read,
        )


def test_the_city_told_as_here_or_from_is_the_familys() -> None:
    for text in (
        "hi, jinan here, one daughter she's 5",
        "we're jinan",
        "from jinan, two kids",
        "beijing here",
    ):
        read = [u.value for u in understand(text, {}, None, TODAY) if u.fact == "city"]
        assert len(read) == 1, (text, read)
