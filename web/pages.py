"""The pages: the citizen chat (/), the hotline console (/console) and the API docs (/docs),
every script and style served by the app itself (no CDN)."""

from html import escape
from pathlib import Path

import fastapi_offline
from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from wording.cities import CITIES

STATIC_DIR = Path(__file__).parent / "static"
SWAGGER_DIR = Path(fastapi_offline.__file__).parent / "static"
SWAGGER_PREFIX = "/docs-assets"

# Scripts only from this app; no inline script; nothing loaded from another host.
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
# The printable summary is a document of its own: its inline style and nothing else.
SUMMARY_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'"

router = APIRouter(include_in_schema=False)


def _page(path: Path) -> FileResponse:
    return FileResponse(
        path,
        media_type="text/html; charset=utf-8",
        headers={"Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-cache"},
    )


@router.get("/")
def chat_page() -> FileResponse:
    return _page(STATIC_DIR / "chat" / "index.html")


# Where the console's page takes the cities' <option>s, named from wording/cities.yaml in both
# languages (console.js shows the page's language).
CITY_OPTIONS = "<!-- city options: web/pages.py, from wording/cities.yaml -->"


def city_options() -> str:
    return "".join(
        f'<option value="{c.id}" data-zh="{escape(c.zh)}" data-en="{escape(c.en)}">'
        f"{escape(c.zh)}</option>"
        for c in CITIES.values()
    )


@router.get("/console")
def console_page() -> HTMLResponse:
    page = (STATIC_DIR / "console" / "index.html").read_text(encoding="utf-8")
    return HTMLResponse(
        page.replace(CITY_OPTIONS, city_options()),
        headers={"Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-cache"},
    )


@router.get("/docs")
def docs_page() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="Family benefits assistant API",
        swagger_js_url=f"{SWAGGER_PREFIX}/swagger-ui-bundle.js",
        swagger_css_url=f"{SWAGGER_PREFIX}/swagger-ui.css",
        swagger_favicon_url=f"{SWAGGER_PREFIX}/favicon.png",
        swagger_ui_parameters={"validatorUrl": None},
    )
