"""Headless Debian chromium through Playwright, and the web app alone for the console tests.

The chat tests use `running_stack` (tests/conftest.py): action server, Rasa server and web app."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from tests.web.server import web_server

CHROMIUM = Path("/usr/bin/chromium")
TODAY = "2025-06-01"
UNREACHABLE_RASA = "http://127.0.0.1:9"  # the console needs no Rasa; the chat then says sorry
TIMEOUT_MS = 30_000
# expect()'s own 5 s was too short for the API docs (Swagger UI's script) on a busy 2-core
# machine: the page still read "loading". Assertions wait as long as actions do.
expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser-deps` (Debian's chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="session")
def web_only_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python -m web` alone on a spare port (Rasa unreachable), stopped after the session."""
    work = tmp_path_factory.mktemp("web-only")
    env = {"ASSISTANT_TODAY": TODAY, "ASSISTANT_RASA_URL": UNREACHABLE_RASA}
    with web_server(work, env) as server:
        yield server.url


NewPage = Callable[..., Page]


@pytest.fixture
def js_errors() -> list[str]:
    """Script errors of the test's pages (an HTTP error status the page handles is not one)."""
    return []


@pytest.fixture
def new_page(browser: Browser, js_errors: list[str]) -> Iterator[NewPage]:
    """Pages in fresh browser contexts (own storage, a locale, a phone or a desk screen)."""
    contexts: list[BrowserContext] = []

    def console_error(text: str) -> None:
        if "Failed to load resource" not in text:
            js_errors.append(text)

    def make(locale: str = "zh-CN", width: int = 1280, height: int = 900) -> Page:
        context = browser.new_context(
            locale=locale, viewport={"width": width, "height": height}, accept_downloads=True
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda err: js_errors.append(str(err)))
        page.on("console", lambda m: console_error(m.text) if m.type == "error" else None)
        return page

    yield make
    for context in contexts:
        context.close()
