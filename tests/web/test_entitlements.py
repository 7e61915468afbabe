"""POST /api/v1/entitlements: the Report of a household, and a 422 naming the field for bad input."""

from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient

from policy_kb import get_entry
from policy_kb.dates import add_years, months_between
from tests.web.households import jinan_family


def item(report: dict[str, Any], entry_id: str, child: int | None = None) -> dict[str, Any]:
    found = [e for e in report["entitlements"] if e["id"] == entry_id and e["child"] == child]
    assert len(found) == 1, f"{entry_id} child {child}: {len(found)} items"
    return found[0]


def test_a_second_child_born_in_2025_gets_the_jinan_childcare_subsidy(client: TestClient) -> None:
    response = client.post("/api/v1/entitlements", json=jinan_family(as_of="2025-06-01"))
    assert response.status_code == 200
    report = response.json()
    entry = get_entry("jinan.childcare_subsidy")
    monthly = entry.param("monthly_amount_cny").value
    third_birthday = add_years(date(2025, 1, 10), int(entry.param("age_limit_years").value))

    second = item(report, "jinan.childcare_subsidy", child=2)
    assert second["status"] == "eligible"
    assert second["monthly_amount_cny"] == monthly == 600  # clause 12: "600 yuan per month"
    assert second["start"] == "2025-01-10"
    assert second["end"] == third_birthday.isoformat() == "2028-01-10"
    assert second["total_amount_cny"] == monthly * months_between(date(2025, 1, 10), third_birthday)
    assert {s["clause"] for s in second["sources"]} == {"12"}
    assert "600 yuan per month per child" in second["sources"][0]["quote"]

    first = item(report, "jinan.childcare_subsidy", child=1)
    assert first["status"] == "not_eligible"
    assert first["monthly_amount_cny"] is None


def test_the_report_carries_the_notice_that_it_is_guidance(client: TestClient) -> None:
    report = client.post("/api/v1/entitlements", json=jinan_family()).json()
    assert "not an official decision" in report["notice"]["en"]
    assert report["documents"][0]["id"] == "jinan-2022"


def test_without_as_of_the_report_is_for_today(client: TestClient, fixed_today: date) -> None:
    report = client.post("/api/v1/entitlements", json=jinan_family()).json()
    assert report["as_of"] == fixed_today.isoformat()


def test_as_of_in_the_body_wins_over_today(client: TestClient) -> None:
    report = client.post("/api/v1/entitlements", json=jinan_family(as_of="2031-01-01")).json()
    assert report["as_of"] == "2031-01-01"
    # the second child turned 3 on 10 January 2028: the subsidy has ended
    assert item(report, "jinan.childcare_subsidy", child=2)["status"] == "not_eligible"


def test_unknown_facts_are_listed_most_decisive_first(client: TestClient) -> None:
    report = client.post("/api/v1/entitlements", json={"city": "beijing"}).json()
    assert report["missing_facts"][0] == "children"
    assert any(e["status"] == "needs_info" for e in report["entitlements"])


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"city": "shanghai"}, ["body", "city"]),
        ({}, ["body", "city"]),
        ({"city": "jinan", "as_of": "2025-13-01"}, ["body", "as_of"]),
        ({"city": "jinan", "children": [{"birth_date": "last May"}]}, ["body", "children", 0, "birth_date"]),
        ({"city": "jinan", "children": [{"birth_date": "2024-01-01", "height_cm": -80}]}, ["body", "children", 0, "height_cm"]),
        ({"city": "jinan", "housing_fund_contributors": -1}, ["body", "housing_fund_contributors"]),
        ({"city": "jinan", "birth_insurance": "private"}, ["body", "birth_insurance"]),
        ({"city": "jinan", "hukou_in_city": "maybe"}, ["body", "hukou_in_city"]),
        ({"city": "jinan", "income": 5000}, ["body", "income"]),
        ([{"city": "jinan"}], ["body"]),
    ],
    ids=[
        "wrong city", "no city", "bad date", "bad birth date", "negative height",
        "negative count", "unknown insurance", "not a yes/no", "unknown field", "not an object",
    ],
)  # fmt: skip
def test_bad_household_is_a_422_naming_the_field(
    client: TestClient, body: Any, field: list[Any]
) -> None:
    response = client.post("/api/v1/entitlements", json=body)
    assert response.status_code == 422
    assert field in [d["loc"] for d in response.json()["detail"]]


def test_an_unknown_field_is_called_so(client: TestClient) -> None:
    detail = client.post("/api/v1/entitlements", json={"city": "jinan", "income": 1}).json()
    assert detail["detail"][0]["type"] == "extra_forbidden"


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b'{"city": "jinan",', "application/json"),
        (b"city=jinan", "application/x-www-form-urlencoded"),
        (b'{"city": "\xc3\x28"}', "application/json"),
        (b"", "application/json"),
        (b"jinan", "text/plain"),
    ],
    ids=["cut-off JSON", "a form", "not UTF-8", "empty", "plain text"],
)
def test_a_body_that_is_not_a_json_household_is_a_422_never_a_500(
    client: TestClient, content: bytes, content_type: str
) -> None:
    response = client.post(
        "/api/v1/entitlements", content=content, headers={"Content-Type": content_type}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "body"
