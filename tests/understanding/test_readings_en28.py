"""Durations, now against the time of the birth, and ages listed (batch en 28): a household,
what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2025, 7, 17)


def said(
    text: str, known: dict[str, object] | None = None, asked: str | None = None
) -> dict[tuple[str, int | None], object]:
    return {(u.fact, u.child): u.value for u in understand(text, known or {}, asked, TODAY)}


@pytest.mark.parametrize(
    "text",
    [
        "we only had gongjijin 6 months before the company went bust, so nobody in the family"
        " pays it now",
        "paid gongjijin 6 months only, then the company closed. my wife never had it. so nobody now",
        "we both paid gongjijin before but not now",
        "i had the housing fund for 2 years at my old job, no one pays it any more",
    ],
)
def test_the_fund_paid_once_and_nobody_now_is_no_payer(text: str) -> None:
    """A family in Beijing with a child: the fund paid in the past, no one paying it today."""
    got = said(text, {"city": "beijing", "children": [{"birth_date": "2023-03"}]})
    assert got[("housing_fund_contributors", None)] == 0


def test_not_now_said_of_the_fund_is_not_the_benefit() -> None:
    """On unemployment money now; the "not now" that follows the fund is the fund's."""
    got = said("husband on 失业金 since may. we both paid gongjijin before but not now")
    assert got[("hardship_now", None)] is True
    assert got[("housing_fund_contributors", None)] == 0


@pytest.mark.parametrize(
    "text",
    [
        "hubby been paying gongjijin 10 yrs, me only since last summer",
        "my husband has worked 5 years in jinan and paid gongjijin the whole time, i've been"
        " paying just 1 year",
        "i've paid gongjijin for 8 years, wife only since march",
    ],
)
def test_only_of_a_time_paid_is_not_only_one_payer(text: str) -> None:
    """Two people paying, the second for a shorter time: "only" is of the time."""
    assert said(text, {"city": "jinan"})[("housing_fund_contributors", None)] == 2


def test_just_one_of_us_is_still_one_payer() -> None:
    assert (
        said("just one of us", {"city": "jinan"}, "housing_fund_contributors")[
            ("housing_fund_contributors", None)
        ]
        == 1
    )
