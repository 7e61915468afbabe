"""POST /api/v1/calendar (.ics) and POST /api/v1/summary (printable HTML): both computed from the
household by policy_kb, with the deadline to act by, the end dates, the amounts and the clauses."""

from datetime import date
from html import unescape
from typing import Any

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar

from policy_kb import evaluate, get_entry, parse_household
from policy_kb import format as fmt
from policy_kb.dates import add_months
from policy_kb.kb import catalogue
from tests.web.households import jinan_family

SECOND_BIRTH = date(2025, 1, 10)


def events(ics: bytes) -> dict[str, Any]:
    """The calendar's events by UID."""
    calendar = Calendar.from_ical(ics)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def event_on(found: dict[str, Any], entry_id: str, child: int, what: str) -> Any:
    matches = [e for uid, e in found.items() if uid.startswith(f"{entry_id}.{child}.{what}.")]
    assert len(matches) == 1, f"{entry_id} child {child} {what}: {sorted(found)}"
    return matches[0]


def test_the_calendar_has_the_deadline_to_enrol_the_newborn_in_resident_medical_insurance(
    client: TestClient,
) -> None:
    response = client.post("/api/v1/calendar?lang=zh", json=jinan_family(as_of="2025-06-01"))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and '.ics"' in disposition
    found = events(response.content)
    months = int(
        get_entry("jinan.newborn_medical_insurance_subsidy").param("enrol_within_months").value
    )
    deadline = event_on(found, "jinan.newborn_medical_insurance_subsidy", 2, "apply_by")
    assert deadline.decoded("DTSTART") == add_months(SECOND_BIRTH, months) == date(2025, 7, 10)
    assert deadline.decoded("DTEND") == date(2025, 7, 11)  # an all-day event
    assert str(deadline["SUMMARY"]).startswith("办理截止：")
    assert "第15条" in str(deadline["DESCRIPTION"])


def test_the_calendar_has_the_end_dates_with_amount_and_clause(client: TestClient) -> None:
    household = jinan_family(as_of="2025-06-01")
    found = events(client.post("/api/v1/calendar?lang=en", json=household).content)
    report = evaluate(parse_household(household))
    with_end = [e for e in report.entitlements if e.status == "eligible" and e.end]
    assert with_end
    for item in with_end:
        event = event_on(found, item.id, item.child or 0, "end")
        assert event.decoded("DTSTART") == item.end
    subsidy = event_on(found, "jinan.childcare_subsidy", 2, "end")
    assert str(subsidy["SUMMARY"]) == "Childcare subsidy (child 2) ends"
    description = str(subsidy["DESCRIPTION"])
    [item] = report.find("jinan.childcare_subsidy", child=2)
    assert fmt.figures(item, "en")[0] in description  # "600 yuan/month"
    document = catalogue().documents["jinan-2022"].title.en
    assert f"{document}, clause 12" in description
    assert report.notice.en in description


def test_only_eligible_items_make_events(client: TestClient) -> None:
    found = events(client.post("/api/v1/calendar", json=jinan_family()).content)
    assert not [uid for uid in found if uid.startswith("jinan.childcare_subsidy.1.")]


def test_a_household_without_any_date_gets_a_clear_422(client: TestClient) -> None:
    response = client.post("/api/v1/calendar", json={"city": "beijing"})
    assert response.status_code == 422
    assert "no deadline or end date" in response.json()["detail"][0]["msg"]


def test_a_report_sent_by_the_client_is_refused(client: TestClient) -> None:
    forged = jinan_family(report={"entitlements": []})
    response = client.post("/api/v1/calendar", json=forged)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "report"]


@pytest.mark.parametrize("path", ["/api/v1/calendar", "/api/v1/summary"])
def test_files_take_only_zh_or_en(client: TestClient, path: str) -> None:
    response = client.post(f"{path}?lang=fr", json=jinan_family())
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "lang"]


def test_the_summary_has_the_deadline_first_amounts_clauses_and_quotes(client: TestClient) -> None:
    household = jinan_family(as_of="2025-06-01")
    response = client.post("/api/v1/summary?lang=zh", json=household)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = unescape(response.text)
    report = evaluate(parse_household(household))
    [subsidy] = report.find("jinan.childcare_subsidy", child=2)
    [enrol] = report.find("jinan.newborn_medical_insurance_subsidy", child=2)

    assert '<html lang="zh-CN">' in response.text
    assert "@media print" in response.text
    assert enrol.apply_by is not None
    deadline = f"须在{fmt.day(enrol.apply_by, 'zh')}前办理"
    assert page.index(deadline) < page.index("育儿补贴（第2个孩子）")  # deadlines come first
    for phrase in fmt.figures(subsidy, "zh"):  # "每月600元", "共21,600元"
        assert phrase in page
    assert subsidy.end is not None and fmt.day(subsidy.end, "zh") in page
    assert "第12条" in page
    assert subsidy.sources[0].quote in page  # the verbatim sentence of the plan
    assert report.notice.zh in page


def test_the_summary_names_the_facts_still_needed(client: TestClient) -> None:
    page = unescape(client.post("/api/v1/summary?lang=en", json=jinan_family()).text)
    assert "Items that need one more fact" in page
    assert catalogue().fact_labels["housing_fund_contributors"].en in page
    assert "not an official decision" in page


def test_the_summary_page_may_run_no_script(client: TestClient) -> None:
    response = client.post("/api/v1/summary?lang=en", json=jinan_family())
    assert "<script" not in response.text
    assert "default-src 'none'" in response.headers["content-security-policy"]
