"""The web app under FastAPI's TestClient, with a fixed "today", a fresh data directory and,
where a test needs one, a stand-in for the Rasa server."""

import warnings
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from web.app import create_app
from web.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about its httpx-based client
    from fastapi.testclient import TestClient

TODAY = date(2025, 6, 1)
UNREACHABLE_RASA = "http://127.0.0.1:9"  # the discard port: nothing listens there


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setenv("ASSISTANT_TODAY", TODAY.isoformat())
    return TODAY


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(rasa_url=UNREACHABLE_RASA, data_dir=tmp_path / "data")


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


RasaHandler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def app_with_rasa(settings: Settings) -> Callable[[RasaHandler], FastAPI]:
    """An app whose Rasa server is `handler` (an httpx MockTransport)."""

    def make(handler: RasaHandler) -> FastAPI:
        return create_app(settings, rasa_transport=httpx.MockTransport(handler))

    return make
