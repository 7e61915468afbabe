"""The pages and their assets: served by the app itself (no CDN), no policy figure typed into them,
and the API docs without any outside host."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from policy_kb.kb import catalogue

WEB = Path(__file__).resolve().parents[2] / "web"
PAGE_FILES = sorted(
    path
    for folder, pattern in [
        ("static", "*.js"),
        ("static", "*.html"),
        ("static", "*.css"),
        ("templates", "*.j2"),
    ]
    for path in (WEB / folder).rglob(pattern)
)
FIGURE_WITH_UNIT = re.compile(r"\d[\d,.]*\s*(?:元|yuan|天|days?\b|平方米|m²|个月|months?\b)", re.I)


class Assets(HTMLParser):
    """The src and href values of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [v for k, v in attrs if k in ("src", "href") and v and not v.startswith("#")]


def assets(html: str) -> list[str]:
    parser = Assets()
    parser.feed(html)
    return parser.urls


@pytest.mark.parametrize("path", ["/", "/console", "/docs"])
def test_every_asset_of_a_page_is_served_by_the_app(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    urls = assets(response.text)
    assert urls, "the page references no script or style"
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), f"{path} loads {url}"
        assert client.get(url).status_code == 200, url


def test_the_docs_name_no_outside_host(client: TestClient) -> None:
    html = client.get("/docs").text
    assert not re.findall(r"https?://", html)
    assert '"validatorUrl": null' in html  # Swagger UI would otherwise call its online validator
    assert client.get("/openapi.json").json()["paths"]["/api/v1/entitlements"]


@pytest.mark.parametrize("path", ["/", "/console"])
def test_pages_allow_scripts_from_the_app_only(client: TestClient, path: str) -> None:
    policy = client.get(path).headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-eval" not in policy


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: str(p.relative_to(WEB)))
def test_no_policy_figure_is_typed_into_a_page(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    figures = {
        int(p.value)
        for e in catalogue().entries.values()
        for p in e.parameters.values()
        if isinstance(p.value, int | float) and p.value >= 100
    }
    numbers = {int(n) for n in re.findall(r"(?<![\w.#-])(\d{3,})(?![\w.])", text)}
    assert not figures & numbers, f"{path.name} holds the policy figure(s) {figures & numbers}"
    assert not FIGURE_WITH_UNIT.findall(text), f"{path.name} words a figure itself"


def test_the_chat_page_is_labelled_and_announces_new_messages(client: TestClient) -> None:
    html = client.get("/").text
    assert '<label for="message"' in html
    assert 'aria-live="polite"' in html
    assert '<html lang="zh-CN">' in html
