"""GET /api/v1/search and GET /api/v1/measures/{id}: what a hotline worker looks up."""

import pytest
from fastapi.testclient import TestClient

from policy_kb import get_entry
from policy_kb.kb import catalogue
from policy_kb.search import MAX_QUERY_CHARS


def test_paternity_leave_in_jinan_is_found_with_its_clause(client: TestClient) -> None:
    response = client.get("/api/v1/search", params={"q": "陪产假", "city": "jinan"})
    assert response.status_code == 200
    result = response.json()
    top = result["hits"][0]
    entry = get_entry("jinan.paternity_leave")
    assert top["id"] == entry.id
    assert top["title"] == entry.title.zh
    assert top["summary"] == entry.summary.zh
    assert (top["document"], top["clause"]) == ("jinan-2022", entry.clause)
    assert top["document_title"] == catalogue().documents["jinan-2022"].title.zh
    assert result["lang"] == "zh"


def test_an_english_question_gets_english_titles(client: TestClient) -> None:
    hits = client.get("/api/v1/search", params={"q": "second child subsidy"}).json()["hits"]
    assert hits[0]["title"] == get_entry(hits[0]["id"]).title.en


def test_lang_picks_the_language_of_titles(client: TestClient) -> None:
    hits = client.get("/api/v1/search", params={"q": "陪产假", "lang": "en", "city": "jinan"})
    assert hits.json()["hits"][0]["title"] == get_entry("jinan.paternity_leave").title.en


def test_city_and_limit_narrow_the_hits(client: TestClient) -> None:
    hits = client.get("/api/v1/search", params={"q": "补贴", "city": "beijing", "limit": 2})
    found = hits.json()["hits"]
    assert 1 <= len(found) <= 2
    assert {h["city"] for h in found} == {"beijing"}


@pytest.mark.parametrize(
    ("params", "field", "words"),
    [
        ({"q": ""}, "q", "at least 1 character"),
        ({"q": "   "}, "q", "not only spaces"),
        ({"q": "产" * (MAX_QUERY_CHARS + 1)}, "q", f"at most {MAX_QUERY_CHARS} characters"),
        ({}, "q", "Field required"),
        ({"q": "产假", "city": "shanghai"}, "city", "'jinan' or 'beijing'"),
        ({"q": "产假", "lang": "fr"}, "lang", "'zh' or 'en'"),
        ({"q": "产假", "limit": 0}, "limit", "greater than or equal to 1"),
        ({"q": "产假", "limit": "ten"}, "limit", "valid integer"),
    ],
    ids=["empty", "blank", "too long", "missing", "wrong city", "wrong lang", "zero", "not a number"],
)  # fmt: skip
def test_a_bad_query_is_a_422_with_a_clear_message(
    client: TestClient, params: dict[str, object], field: str, words: str
) -> None:
    response = client.get("/api/v1/search", params=params)
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["query", field]
    assert words in detail["msg"]


def test_a_measure_in_full_has_its_figures_with_their_quotes(client: TestClient) -> None:
    response = client.get("/api/v1/measures/jinan.childcare_subsidy")
    assert response.status_code == 200
    measure = response.json()
    entry = get_entry("jinan.childcare_subsidy")
    monthly = measure["parameters"]["monthly_amount_cny"]
    assert monthly["value"] == entry.param("monthly_amount_cny").value
    assert str(monthly["value"]) in monthly["quote"]
    assert measure["clause"] == "12"
    assert measure["document"]["id"] == "jinan-2022"
    assert measure["sources"] == [s.model_dump() for s in entry.sources]
    assert measure["next_steps"]["zh"] == entry.next_steps.zh
    assert entry.silent_on is not None
    assert measure["silent_on"]["en"] == entry.silent_on.en
    kb = catalogue()
    lead = [kb.departments[d].name.model_dump() for d in entry.departments.lead]
    assert measure["departments"]["lead"] == lead
    assert set(measure["fact_labels"]) == set(entry.facts)


def test_an_unknown_measure_is_a_404_naming_the_id(client: TestClient) -> None:
    response = client.get("/api/v1/measures/jinan.free_money")
    assert response.status_code == 404
    assert "jinan.free_money" in response.json()["detail"]


def test_fact_labels_come_from_the_knowledge_base(client: TestClient) -> None:
    labels = client.get("/api/v1/facts").json()
    assert labels["hukou_in_city"] == catalogue().fact_labels["hukou_in_city"].model_dump()
