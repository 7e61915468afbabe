"""POST /api/v1/feedback and GET /api/v1/feedback: yes/no per measure, and nothing personal kept."""

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from policy_kb import get_entry
from web.app import create_app
from web.settings import Settings


def answer(measure_id: str | None, helpful: bool, **other: Any) -> dict[str, Any]:
    return {"measure_id": measure_id, "helpful": helpful, "lang": "zh", "source": "chat", **other}


def test_answers_are_counted_per_measure(client: TestClient) -> None:
    for helpful in (True, True, False):
        response = client.post("/api/v1/feedback", json=answer("jinan.childcare_subsidy", helpful))
        assert response.status_code == 201
    client.post("/api/v1/feedback", json=answer(None, True, source="console", lang="en"))
    counts = client.get("/api/v1/feedback").json()
    by_id = {m["measure_id"]: m for m in counts["measures"]}
    subsidy = by_id["jinan.childcare_subsidy"]
    assert (subsidy["helpful"], subsidy["not_helpful"]) == (2, 1)
    assert subsidy["title"] == get_entry("jinan.childcare_subsidy").title.model_dump()
    assert (by_id[None]["helpful"], by_id[None]["title"]) == (1, None)
    assert counts["total"] == 4


def test_a_row_holds_no_personal_data(
    client: TestClient, settings: Settings, fixed_today: date
) -> None:
    client.post(
        "/api/v1/feedback",
        json=answer("jinan.paternity_leave", False),
        headers={"X-Forwarded-For": "203.0.113.7", "User-Agent": "pytest-citizen"},
    )
    connection = sqlite3.connect(settings.feedback_db)
    try:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(feedback)")]
        rows = connection.execute("SELECT * FROM feedback").fetchall()
        journal = connection.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        connection.close()
    assert columns == ["id", "day", "measure_id", "helpful", "lang", "source"]
    assert rows == [(1, fixed_today.isoformat(), "jinan.paternity_leave", 0, "zh", "chat")]
    assert journal == "wal"


def test_the_data_directory_is_created_when_missing(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "new" / "var")
    create_app(settings)
    assert settings.feedback_db.is_file()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (answer("jinan.free_money", True), "measure_id"),
        (answer("jinan.childcare_subsidy", "very"), "helpful"),
        (answer("jinan.childcare_subsidy", True, lang="fr"), "lang"),
        (answer("jinan.childcare_subsidy", True, source="email"), "source"),
        (answer("jinan.childcare_subsidy", True, sender="web-123"), "sender"),
        (answer("jinan.childcare_subsidy", True, message="我家老二…"), "message"),
    ],
    ids=["unknown measure", "not yes/no", "lang", "source", "a sender id", "a message"],
)
def test_bad_or_personal_feedback_is_a_422_naming_the_field(
    client: TestClient, body: dict[str, Any], field: str
) -> None:
    response = client.post("/api/v1/feedback", json=body)
    assert response.status_code == 422
    assert ["body", field] in [d["loc"] for d in response.json()["detail"]]
    assert client.get("/api/v1/feedback").json()["total"] == 0


def test_an_unknown_measure_is_named_in_the_message(client: TestClient) -> None:
    response = client.post("/api/v1/feedback", json=answer("jinan.free_money", True))
    assert "unknown measure id 'jinan.free_money'" in response.json()["detail"][0]["msg"]
