"""The FastAPI application: create_app(settings) for tests, make_app() for uvicorn's factory."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from policy_kb import InputError
from policy_kb.kb import catalogue
from policy_kb.search import index
from web import api, chat_proxy, console, errors, feedback, pages
from web.feedback import FeedbackStore
from web.logs import AccessLog
from web.settings import Settings

log = logging.getLogger("web")

DESCRIPTION = (
    "What families get under the 2022 birth-support plans of Jinan and Beijing: a household's "
    "entitlements with reasons and clauses, search over the measures, the household's dates "
    "(.ics) and printable summary, and the chat proxy to the Rasa assistant."
)

BODY_PARSE_ERROR = "There was an error parsing the body"  # FastAPI's words for undecodable bytes
NOT_JSON_TEXT = "the body must be JSON text in UTF-8"


async def _rasa_status(rasa: chat_proxy.RasaConnection, timeout_seconds: float) -> str:
    try:
        response = await rasa.client.get("/", timeout=timeout_seconds)
    except httpx.HTTPError:
        return "unreachable"
    return "up" if response.status_code < 500 else f"error {response.status_code}"


def create_app(
    settings: Settings | None = None, rasa_transport: httpx.AsyncBaseTransport | None = None
) -> FastAPI:
    """The app; `rasa_transport` lets tests stand in for the Rasa server."""
    settings = settings or Settings()
    store = FeedbackStore(settings.feedback_db)
    store.create()
    rasa = chat_proxy.RasaConnection(
        settings.rasa_url, settings.rasa_timeout_seconds, rasa_transport
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        index()  # the search index takes about a second to build: build it before the first query
        log.info("ready: %d measures, Rasa at %s", len(catalogue().entries), settings.rasa_url)
        try:
            yield
        finally:
            await rasa.aclose()

    app = FastAPI(
        title="Family benefits assistant",
        description=DESCRIPTION,
        version="1",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.feedback = store
    app.state.rasa = rasa
    app.add_middleware(AccessLog)
    errors.install(app)

    @app.exception_handler(HTTPException)
    async def unreadable_body(request: Request, err: HTTPException) -> Response:
        """FastAPI answers 400 for a body it cannot decode (not UTF-8): a 422 like any bad body."""
        if err.status_code == 400 and err.detail == BODY_PARSE_ERROR:
            return JSONResponse(
                status_code=422,
                content={
                    "detail": [{"type": "json_invalid", "loc": ["body"], "msg": NOT_JSON_TEXT}]
                },
            )
        return await http_exception_handler(request, err)

    @app.exception_handler(InputError)
    async def input_error(request: Request, err: InputError) -> JSONResponse:
        return JSONResponse(
            status_code=422,
            content={
                "detail": [{"type": "value_error", "loc": ["body", *err.loc], "msg": str(err)}]
            },
        )

    @app.get("/healthz", tags=["health"], summary="Is the app up (and does Rasa answer)")
    async def healthz(request: Request) -> dict[str, Any]:
        return {
            "status": "ok",
            "measures": len(catalogue().entries),
            "rasa": await _rasa_status(rasa, settings.health_timeout_seconds),
        }

    app.include_router(api.router)
    app.include_router(console.router)
    app.include_router(chat_proxy.router)
    app.include_router(feedback.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=pages.STATIC_DIR), name="static")
    app.mount(pages.SWAGGER_PREFIX, StaticFiles(directory=pages.SWAGGER_DIR), name="swagger-assets")
    return app


def make_app() -> FastAPI:
    """The app configured from the environment (uvicorn web.app:make_app --factory)."""
    return create_app(Settings())
