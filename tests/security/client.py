"""A plain HTTP client for the REST channel that keeps every status (urllib raises on 4xx/5xx)."""

import json
import sqlite3
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

WEBHOOK = "/webhooks/rest/webhook"


def request(
    url: str,
    body: bytes | None = None,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    timeout: float = 30,
) -> tuple[int, dict[str, str], bytes]:
    """Status, headers (lower-case names) and body of one request, whatever the status."""
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, _headers(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, _headers(err.headers), err.read()


def _headers(headers: Any) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def post_raw(base: str, body: bytes, query: str = "", timeout: float = 30) -> tuple[int, Any]:
    """POST bytes to the webhook; the status and the JSON answer."""
    status, _, raw = request(
        f"{base}{WEBHOOK}{query}", body, "POST", {"Content-Type": "application/json"}, timeout
    )
    return status, json.loads(raw)


def post(base: str, payload: Any, query: str = "", timeout: float = 30) -> tuple[int, Any]:
    return post_raw(base, json.dumps(payload).encode(), query, timeout)


def say(base: str, sender: str, text: str) -> str:
    """One turn that must succeed; the replies' texts joined."""
    status, replies = post(base, {"sender": sender, "message": text})
    assert status == 200, (status, replies)
    return "\n".join(r.get("text", "") for r in replies)


def stored_events(tracker_db: Path, sender: str) -> int:
    with sqlite3.connect(tracker_db) as db:
        (count,) = db.execute(
            "SELECT count(*) FROM events WHERE sender_id = ?", (sender,)
        ).fetchone()
    return int(count)
