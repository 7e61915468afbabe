"""Generated requests against every operation of the OpenAPI schema (schemathesis): whatever
the input, the answer is documented, matches its schema, and is never a server error.

Left out, with the reason:
- every schema-valid value accepted: some rules the schema cannot state give a 422 naming the
  problem (a blank search, a calendar for a household with no date to save);
- the Allow header of a 405: Starlette names the methods of the first route of the path only.
The tests beside this one check those 422s and the fields they name."""

import atexit
import shutil
import tempfile
from pathlib import Path

import httpx
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from web.app import create_app
from web.settings import Settings

DATA_DIR = Path(tempfile.mkdtemp(prefix="web-fuzz-"))  # the schema is loaded at import time
atexit.register(shutil.rmtree, DATA_DIR, ignore_errors=True)


def quiet_rasa(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=[{"recipient_id": "fuzz", "text": "好的"}])


app = create_app(Settings(data_dir=DATA_DIR), rasa_transport=httpx.MockTransport(quiet_rasa))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)

LEFT_OUT = [
    checks.positive_data_acceptance,
    checks.allow_header_conformance,
]


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_answers_within_its_contract(case: schemathesis.Case) -> None:
    case.call_and_validate(excluded_checks=LEFT_OUT)
