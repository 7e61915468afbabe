"""Facts in the citizens' own words: several per message, dates in common forms, corrections."""

from datetime import date

import pytest

from actions.fact_phrases import read_facts

TODAY = date(2025, 6, 1)


def dates_of(text: str, requested: str | None = None) -> list[tuple[str, str, int | None]]:
    facts = read_facts(text, TODAY, requested)
    return [
        (d.phrase.value.isoformat(), d.phrase.precision, d.ordinal) for d in facts.dated_children
    ]


def test_several_facts_in_one_chinese_message() -> None:
    facts = read_facts("济南户口，两个孩子，老大2019年，老二去年5月出生", TODAY)
    assert facts.city == "jinan" and facts.hukou_in_city is True and facts.child_count == 2
    assert dates_of("济南户口，两个孩子，老大2019年，老二去年5月出生") == [
        ("2019-01-01", "year", 1),
        ("2024-05-01", "month", 2),
    ]


def test_several_facts_in_one_english_message() -> None:
    text = (
        "We live in Jinan but our hukou is elsewhere; two kids born March 3rd 2018 and 2023-01-02"
    )
    facts = read_facts(text, TODAY)
    assert facts.city == "jinan" and facts.hukou_in_city is False and facts.child_count == 2
    assert dates_of(text) == [("2018-03-03", "day", None), ("2023-01-02", "day", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二〇二三年三月十五日出生", ("2023-03-15", "day")),
        ("2022年12月31号", ("2022-12-31", "day")),
        ("2019.5.3", ("2019-05-03", "day")),
        ("born 12 June 2024", ("2024-06-12", "day")),
        ("June 3rd, 2022", ("2022-06-03", "day")),
        ("May 2023", ("2023-05-01", "month")),
        ("last May", ("2024-05-01", "month")),
        ("去年5月", ("2024-05-01", "month")),
        ("上个月", ("2025-05-01", "month")),
        ("宝宝8个月大", ("2024-10-01", "month")),
        ("she is 8 months old", ("2024-10-01", "month")),
        ("3 weeks old", ("2025-05-11", "day")),
        ("刚出生", ("2025-06-01", "month")),
    ],
)
def test_date_forms(text: str, expected: tuple[str, str]) -> None:
    assert [d[:2] for d in dates_of(text)] == [expected]


def test_a_correction_names_the_child() -> None:
    assert dates_of("actually the second one was born in March 2022") == [
        ("2022-03-01", "month", 2)
    ]
    assert dates_of("说错了，老三是2024年1月生的") == [("2024-01-01", "month", 3)]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("居民医保", "birth_insurance", "resident_medical"),
        ("她单位交生育保险", "birth_insurance", "employee_maternity"),
        ("灵活就业参保的", "birth_insurance", "flexible_employment"),
        ("没有任何保险", "birth_insurance", "none"),
        (
            "she has employee maternity insurance through her job",
            "birth_insurance",
            "employee_maternity",
        ),
        ("生孩子的时候在领低保", "hardship_at_birth", True),
        ("没有低保", "hardship_at_birth", False),
        ("we were on unemployment benefits then", "hardship_at_birth", True),
        ("我们俩都交公积金", "housing_fund_contributors", 2),
        ("只有我老公交公积金", "housing_fund_contributors", 1),
        ("都没交公积金", "housing_fund_contributors", 0),
        ("both of us pay into the housing fund", "housing_fund_contributors", 2),
        ("打算买首套房", "buying_first_home", True),
        ("we are renting a flat", "renting", True),
        ("在济南没有房，租房住", "owns_home_in_city", False),
        ("不是济南户口", "hukou_in_city", False),
        ("户口在北京", "hukou_in_city", True),
    ],
)
def test_facts(text: str, field: str, value: object) -> None:
    assert getattr(read_facts(text, TODAY), field) == value


@pytest.mark.parametrize(
    ("text", "requested", "field", "value"),
    [
        ("是的", "hukou_in_city", "hukou_in_city", True),
        ("no", "renting", "renting", False),
        ("2", "housing_fund_contributors", "housing_fund_contributors", 2),
        ("我们俩都交", "housing_fund_contributors", "housing_fund_contributors", 2),
        ("just me", "housing_fund_contributors", "housing_fund_contributors", 1),
        ("都没交", "housing_fund_contributors", "housing_fund_contributors", 0),
        ("没有", "buying_first_home", "buying_first_home", False),
        ("3", "children", "child_count", 3),
    ],
)
def test_short_answers_answer_the_question_asked(
    text: str, requested: str, field: str, value: object
) -> None:
    assert getattr(read_facts(text, TODAY, requested), field) == value


@pytest.mark.parametrize("text", ["不知道", "跳过", "skip", "I don't know", "not sure"])
def test_dont_know(text: str) -> None:
    assert read_facts(text, TODAY, "hardship_at_birth").dont_know


def test_heights_by_child() -> None:
    assert read_facts("老大1米25，老二95厘米", TODAY).heights == [(1, 125.0), (2, 95.0)]


def test_hardship_at_one_birth_belongs_to_that_child_only() -> None:
    facts = read_facts("生老三的时候在领低保", TODAY)
    assert facts.child_hardship == [(3, True)] and facts.hardship_at_birth is None


def test_hardship_now_says_nothing_about_a_birth() -> None:
    facts = read_facts("我现在失业在领失业金", TODAY)
    assert facts.hardship_at_birth is None and not facts.child_hardship


def test_hardship_at_every_birth_stays_the_households() -> None:
    assert read_facts("我们生孩子的时候都在领低保", TODAY).hardship_at_birth is True


async def test_dibao_at_the_second_birth_gives_the_third_child_no_supplement() -> None:
    """The tester's family: dibao when 二宝 was born, not now, 老三 on the way."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import fact_updates
    from actions.results import ActionShowEntitlements
    from tests.actions.conftest import DOMAIN, make_tracker

    text = "济南户口 大宝2020年3月 二宝2024年6月生的 生二宝那会儿我们家吃低保 现在不吃了 老三预产期2026年1月"
    slots = fact_updates(text, {"city": "jinan"}, TODAY)
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("好", city="jinan", **slots)
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    report = next(m["custom"]["report"] for m in dispatcher.messages if m.get("custom"))
    supplement = {
        e["child"]: e["status"]
        for e in report["entitlements"]
        if e["id"] == "jinan.childcare_subsidy_hardship_supplement"
    }
    assert supplement[2] == "eligible" and supplement[3] != "eligible", supplement
