"""Logging without what citizens say: access lines carry the path but never the query string,
and nothing at INFO holds a household's facts or a message's text (sender ids only).

uvicorn's own access log prints the request line with its query (`/api/v1/search?q=...`), so it
is switched off and AccessLog below writes method, path, status and milliseconds instead."""

import logging
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("web.access")

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_config(level: str = "INFO") -> dict[str, Any]:
    """uvicorn's log_config: one stderr handler; uvicorn's access logger silenced."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": LOG_FORMAT}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            "web": {"handlers": ["stderr"], "level": level, "propagate": False},
            # httpx logs each request's full URL at INFO; the Rasa URL is ours, but keep it quiet.
            "httpx": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
        },
    }


class AccessLog:
    """ASGI middleware: one INFO line per request with the path only (no query string)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_with_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_with_status)
        finally:
            elapsed_ms = (time.perf_counter() - started) * 1000
            access_log.info("%s %s %d %.0fms", scope["method"], scope["path"], status, elapsed_ms)
