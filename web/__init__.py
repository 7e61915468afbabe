"""The web app: citizen chat page, hotline staff console and the JSON API (FastAPI)."""
