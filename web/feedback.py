"""'Was this helpful?' answers, counted per measure in SQLite.

A row holds the measure id, yes or no, the language, where it was given (chat or console) and
the day: no sender id, no message text, no address, nothing that points to a person."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator

from policy_kb import clock
from policy_kb.kb import catalogue
from policy_kb.text import Lang, Text

BUSY_TIMEOUT_MS = 5000
SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    measure_id TEXT,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
    source TEXT NOT NULL CHECK (source IN ('chat', 'console'))
)
"""


class FeedbackIn(BaseModel):
    """One answer to 'was this helpful?'; measure_id null for the conversation as a whole."""

    model_config = ConfigDict(extra="forbid", strict=True)

    measure_id: str | None = Field(
        description="a knowledge-base entry id, or null for the conversation as a whole",
        json_schema_extra={"enum": [*sorted(catalogue().entries), None]},
    )
    helpful: bool
    lang: Lang
    source: Literal["chat", "console"]

    @field_validator("measure_id")
    @classmethod
    def known_measure(cls, value: str | None) -> str | None:
        if value is not None and value not in catalogue().entries:
            raise ValueError(f"unknown measure id {value!r}")
        return value


class MeasureCount(BaseModel):
    measure_id: str | None
    title: Text | None = Field(description="the measure's title; null for the whole conversation")
    helpful: int
    not_helpful: int


class FeedbackCounts(BaseModel):
    measures: list[MeasureCount]
    total: int


class FeedbackStore:
    """The feedback table in one SQLite file (WAL mode: the console reads while the chat writes)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            with connection:
                yield connection
        finally:
            connection.close()

    def create(self) -> None:
        """Create the directory, the file and the table if missing."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as connection:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute(SCHEMA)

    def add(self, answer: FeedbackIn, day: date) -> None:
        with self._connect() as connection:
            connection.execute(
                "INSERT INTO feedback (day, measure_id, helpful, lang, source)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    day.isoformat(),
                    answer.measure_id,
                    int(answer.helpful),
                    answer.lang,
                    answer.source,
                ),
            )

    def counts(self) -> FeedbackCounts:
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT measure_id, SUM(helpful), SUM(1 - helpful) FROM feedback"
                " GROUP BY measure_id ORDER BY COUNT(*) DESC, measure_id"
            ).fetchall()
        entries = catalogue().entries
        measures = [
            MeasureCount(
                measure_id=m,
                title=entries[m].title if m in entries else None,
                helpful=y,
                not_helpful=n,
            )
            for m, y, n in rows
        ]
        return FeedbackCounts(
            measures=measures, total=sum(m.helpful + m.not_helpful for m in measures)
        )


router = APIRouter(tags=["feedback"])


def store(request: Request) -> FeedbackStore:
    chosen: FeedbackStore = request.app.state.feedback
    return chosen


@router.post("/api/v1/feedback", status_code=201, summary="Record 'was this helpful?'")
def add_feedback(answer: FeedbackIn, request: Request) -> dict[str, str]:
    store(request).add(answer, clock.today())
    return {"status": "recorded"}


@router.get("/api/v1/feedback", summary="Helpful / not helpful counts per measure")
def feedback_counts(request: Request) -> FeedbackCounts:
    return store(request).counts()
