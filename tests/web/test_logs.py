"""What citizens say stays out of the logs: no message text and no search words at INFO, only
the conversation (sender) id; access lines carry the path without the query string."""

import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import UNREACHABLE_RASA
from tests.web.server import web_server

MESSAGE = "济南户口，老二是2025年1月10日出生的，孩子他爸在失业"
QUERY = "低保户生孩子能多领多少"
SENDER = "web-logtest-0001"


def rasa_answers(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, json=[{"recipient_id": SENDER, "text": "家里有几个人在缴住房公积金？"}]
    )


def is_test_client(record: logging.LogRecord) -> bool:
    """The TestClient's own httpx lines (the test's side of the call, not the app's)."""
    return record.name == "httpx" and "http://testserver/" in record.getMessage()


def test_chat_and_search_leave_no_words_of_the_citizen_in_the_logs(
    app_with_rasa: Callable[[Callable[[httpx.Request], httpx.Response]], FastAPI],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    with TestClient(app_with_rasa(rasa_answers)) as client:
        assert client.post("/api/v1/chat", json={"sender": SENDER, "message": MESSAGE}).is_success
        assert client.get("/api/v1/search", params={"q": QUERY}).is_success
    logged = "\n".join(
        f"{r.name} {r.getMessage()}"
        for r in caplog.records
        if r.levelno >= logging.INFO and not is_test_client(r)
    )
    assert SENDER in logged  # the conversation id is there, so the lines were captured
    assert "GET /api/v1/search 200" in logged
    assert "POST /api/v1/chat 200" in logged
    for words in (MESSAGE, QUERY, "济南户口", "失业", urllib.parse.quote(QUERY)):
        assert words not in logged


def test_the_running_server_logs_paths_without_query_strings(tmp_path: Path) -> None:
    with web_server(tmp_path, {"ASSISTANT_RASA_URL": UNREACHABLE_RASA}) as server:
        query = urllib.parse.urlencode({"q": QUERY, "city": "jinan"})
        with urllib.request.urlopen(f"{server.url}/api/v1/search?{query}", timeout=10) as found:
            assert found.status == 200
        body = json.dumps({"sender": SENDER, "message": MESSAGE}).encode()
        request = urllib.request.Request(
            f"{server.url}/api/v1/chat", data=body, headers={"Content-Type": "application/json"}
        )
        with pytest.raises(urllib.error.HTTPError) as refused:  # Rasa is not running
            urllib.request.urlopen(request, timeout=20)
        assert refused.value.code == 503
    log = server.log_text()
    assert "GET /api/v1/search 200" in log
    assert "POST /api/v1/chat 503" in log
    assert SENDER in log
    for words in ("?q=", "city=jinan", QUERY, MESSAGE, urllib.parse.quote(QUERY)):
        assert words not in log
