"""python -m web --host 127.0.0.1 --port 8000: the web app under uvicorn.

Configuration from the environment (web.settings.Settings and policy_kb.clock): ASSISTANT_RASA_URL,
ASSISTANT_DATA_DIR, ASSISTANT_TODAY, ASSISTANT_TIMEZONE."""

import argparse

import uvicorn

from web.logs import log_config


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m web", description="The family benefits assistant's web app and API."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on")
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])
    args = parser.parse_args(argv)
    uvicorn.run(
        "web.app:make_app",
        factory=True,
        host=args.host,
        port=args.port,
        access_log=False,
        log_config=log_config(args.log_level.upper()),
        proxy_headers=False,
    )


if __name__ == "__main__":
    main()
