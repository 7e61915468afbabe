"""Bad input at the web app's edge: one 422 naming the field, never a 500.

- Every JSON body is read strictly first (inputs.strict_json): a key given twice, NaN or
  Infinity, a number of thousands of digits, nesting 100,000 levels deep or a lone surrogate
  escape is a 422 that names the problem and the key, before FastAPI parses the body (which
  would keep the last key, accept NaN, raise RecursionError or echo an unencodable string).
- A validation error echoes the input it refused; the echo is made safe to encode and short.
"""

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from inputs.strict_json import JSONInputError, loads, without_lone_surrogates

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_ECHO_CHARS = 80
BODY_METHODS = ("POST", "PUT", "PATCH")


def _is_json(scope: Scope) -> bool:
    headers = dict(scope.get("headers") or [])
    content_type = headers.get(b"content-type", b"").decode("latin-1").lower()
    return not content_type or "json" in content_type


class StrictJSONBodies:
    """ASGI middleware: a JSON body is read strictly before the route sees it (then replayed)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS or not _is_json(scope):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, receive, send)  # disconnected: let the app see it
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        if body.strip():
            try:
                loads(body)
            except JSONInputError as err:
                loc = ["body", *err.path]
                detail = [{"type": "json_invalid", "loc": loc, "msg": str(err)}]
                await JSONResponse(status_code=422, content={"detail": detail})(
                    scope, receive, send
                )
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _safe(value: Any) -> Any:
    """An echoed input that JSON can encode (no lone surrogate) and that stays short."""
    if isinstance(value, str):
        text = without_lone_surrogates(value)
        return text if len(text) <= MAX_ECHO_CHARS else text[: MAX_ECHO_CHARS - 3] + "..."
    if isinstance(value, int | float) and not isinstance(value, bool):
        shown = repr(value)
        return value if len(shown) <= MAX_ECHO_CHARS else shown[: MAX_ECHO_CHARS - 3] + "..."
    if isinstance(value, dict | list):
        return _safe(repr(value))
    return value


def _safe_errors(errors: list[Any]) -> list[dict[str, Any]]:
    safe = []
    for raw in errors:
        error = dict(raw)
        if "input" in error:
            error["input"] = _safe(error["input"])
        error["msg"] = without_lone_surrogates(str(error.get("msg", "")))
        error["loc"] = [_safe(part) if isinstance(part, str) else part for part in error["loc"]]
        safe.append(jsonable_encoder(error))
    return safe


def install(app: FastAPI) -> None:
    """Add the strict body reader and the safe validation-error answer to `app`."""
    app.add_middleware(StrictJSONBodies)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, err: RequestValidationError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": _safe_errors(list(err.errors()))})
