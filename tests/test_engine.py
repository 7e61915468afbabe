"""The engine's contract: determinism, the report's shape, the notice, the question ranking."""

from datetime import date

import pytest

from policy_kb import InputError, evaluate, missing_facts_ranking, parse_household

FAMILY = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{"birth_date": "2019-03-10"}, {"birth_date": "2023-01-02"}],
}


def test_evaluate_is_deterministic_for_a_date() -> None:
    day = date(2024, 6, 1)
    assert evaluate(FAMILY, as_of=day) == evaluate(FAMILY, as_of=day)


def test_the_household_date_is_used_when_no_date_is_given() -> None:
    """Without a date, today in China (not the server's zone: from 16:00 UTC they differ)."""
    from policy_kb.clock import today

    assert evaluate({**FAMILY, "as_of": "2024-06-01"}).as_of == date(2024, 6, 1)
    assert evaluate(FAMILY).as_of == today()


def test_the_report_carries_the_documents_date_and_the_notice() -> None:
    report = evaluate({"city": "beijing"}, as_of=date(2024, 1, 1))
    assert [d.issued for d in report.documents] == ["2022-01-21"]
    assert "not an official decision" in report.notice.en and "不是官方决定" in report.notice.zh


def test_every_entitlement_cites_a_clause_and_gives_next_steps() -> None:
    for city in ("jinan", "beijing"):
        for e in evaluate({"city": city}, as_of=date(2024, 1, 1)).entitlements:
            assert e.sources and e.next_steps.zh and e.next_steps.en
            assert e.reasons.zh and e.reasons.en


def test_a_not_eligible_result_says_what_would_change_it() -> None:
    report = evaluate({**FAMILY, "hukou_in_city": False}, as_of=date(2024, 6, 1))
    subsidy = report.find("jinan.childcare_subsidy", child=2)[0]
    assert subsidy.status == "not_eligible"
    assert any("with it you would meet" in r for r in subsidy.reasons.en)
    second_born_2022 = {
        **FAMILY,
        "children": [{"birth_date": "2019-03-10"}, {"birth_date": "2022-12-31"}],
    }
    e = evaluate(second_born_2022, as_of=date(2024, 6, 1)).find("jinan.childcare_subsidy", 2)[0]
    assert any("born on or after 1 January 2023" in r for r in e.reasons.en)


def test_the_ranking_asks_the_fact_that_decides_most_first() -> None:
    assert missing_facts_ranking({"city": "jinan"}, as_of=date(2024, 6, 1))[0] == "children"
    known_children = {"city": "jinan", "children": FAMILY["children"]}
    ranking = missing_facts_ranking(known_children, as_of=date(2024, 6, 1))
    assert ranking[0] == "hukou_in_city"
    assert "children" not in ranking


def test_the_ranking_drops_facts_that_cannot_change_anything() -> None:
    one_child_no_fund = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [{"birth_date": "2024-01-01"}],
        "birth_insurance": "employee_maternity",
    }
    ranking = missing_facts_ranking(one_child_no_fund, as_of=date(2024, 6, 1))
    assert "housing_fund_contributors" not in ranking and "hardship_at_birth" not in ranking


def test_the_ranking_is_in_the_report() -> None:
    report = evaluate({"city": "jinan"}, as_of=date(2024, 6, 1))
    assert report.missing_facts == missing_facts_ranking({"city": "jinan"}, as_of=date(2024, 6, 1))


@pytest.mark.parametrize(
    ("household", "field"),
    [
        ({}, "city"),
        (
            {"city": "jinan", "children": [{"birth_date": "2024-01-01", "height_cm": -3}]},
            "height_cm",
        ),
        ({"city": "jinan", "birth_insurance": "gold"}, "birth_insurance"),
        ({"city": "jinan", "renting": "maybe"}, "renting"),
        # Not guessed: a yes/no is true or false, a count a whole number, a date YYYY-MM-DD.
        ({"city": "jinan", "hukou_in_city": "true"}, "hukou_in_city"),
        ({"city": "jinan", "hukou_in_city": 1}, "hukou_in_city"),
        ({"city": "jinan", "housing_fund_contributors": "2"}, "housing_fund_contributors"),
        ({"city": "jinan", "children": [{"birth_date": 0}]}, "children.0.birth_date"),
        ({"city": "jinan", "as_of": 1700000000}, "as_of"),
    ],
)
def test_bad_households_name_the_field(household: dict[str, object], field: str) -> None:
    with pytest.raises(InputError, match=field):
        parse_household(household)


def test_a_new_hukou_counts_and_the_answer_says_the_plan_sets_no_length_of_registration() -> None:
    """Jinan §12 asks for "the city's household registration" and says nothing about since when:
    a family who just moved its hukou qualifies, and the reason says the text is silent."""
    report = evaluate(FAMILY, as_of=date(2025, 6, 1))
    subsidy = next(
        e
        for e in report.entitlements
        if e.child == 2 and "hukou" not in e.id and e.monthly_amount_cny
    )
    assert any("没有规定要落户多久" in r for r in subsidy.reasons.zh)
    assert any("does not say for how long" in r for r in subsidy.reasons.en)


def test_a_birth_said_to_the_year_or_month_is_shown_as_said() -> None:
    """Jinan §12 (born on or after 1 January 2023): "2022年生的老二" is counted from 1 January
    2022 but shown as 2022, and "老二2024年5月" as May 2024, never a day nobody said."""
    household = parse_household(
        {
            "city": "jinan",
            "hukou_in_city": True,
            "children": [
                {"birth_date": "2018-03-01", "birth_date_precision": "year"},
                {"birth_date": "2022-01-01", "birth_date_precision": "year"},
                {"birth_date": "2024-05-01", "birth_date_precision": "month"},
            ],
        }
    )
    report = evaluate(household, as_of=date(2026, 11, 30))
    subsidy = [e for e in report.entitlements if e.id == "jinan.childcare_subsidy"]
    second = next(e for e in subsidy if e.child == 2)
    third = next(e for e in subsidy if e.child == 3)
    assert "第2个孩子出生于2022年，这一项只给2023年1月1日或以后出生的孩子。" in second.reasons.zh
    assert (
        "The 2nd child was born in 2022; only a child born on or after 1 January 2023 qualifies."
        in second.reasons.en
    )
    assert "出生于2024年5月，在2023年1月1日以后。" in third.reasons.zh
    assert "Born in May 2024, on or after 1 January 2023." in third.reasons.en


def test_a_birth_precision_that_is_no_precision_is_refused() -> None:
    with pytest.raises(InputError, match="birth_date_precision"):
        parse_household(
            {
                "city": "jinan",
                "children": [{"birth_date": "2022-01-01", "birth_date_precision": "week"}],
            }
        )


def test_a_second_child_born_on_the_start_day_itself_is_read_in_and_said_so() -> None:
    """Jinan clause 12: "born after January 1, 2023". A second child born on 1 January 2023 is
    counted (the day read as included), and the reason says that reading and that the lead
    department decides; a day later carries no such note."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [{"birth_date": "2019-05-01"}, {"birth_date": "2023-01-01"}],
    }
    (second,) = [
        e
        for e in evaluate(family, as_of=date(2024, 5, 1)).entitlements
        if e.id == "jinan.childcare_subsidy" and e.child == 2
    ]
    assert second.status == "eligible"
    assert any("当天" in r and "以牵头部门认定为准" in r for r in second.reasons.zh)
    later = {**family, "children": [{"birth_date": "2019-05-01"}, {"birth_date": "2023-01-02"}]}
    (next_day,) = [
        e
        for e in evaluate(later, as_of=date(2024, 5, 1)).entitlements
        if e.id == "jinan.childcare_subsidy" and e.child == 2
    ]
    assert not any("当天" in r for r in next_day.reasons.zh)
