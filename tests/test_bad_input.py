"""Bad input of every kind gets one clear error, never a traceback or a 500 (property tests).

The kinds: JSON nested 100,000 levels deep, a 5,000-digit integer, dates in year 1 or from 9997
on, a lone surrogate escape, a key given twice, NaN and Infinity, a height typed in metres.
Each is put in place of a random field of a valid household. The CLI answers one line on stderr
with exit code 2; the API a 422 whose `loc` names the field."""

import json
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from policy_kb.cli import app as cli
from web.app import create_app

VALID: dict[str, Any] = {
    "city": "jinan",
    "as_of": "2026-11-29",
    "hukou_in_city": True,
    "children": [{"birth_date": "2020-05-01", "height_cm": 110}],
    "birth_insurance": "resident_medical",
    "housing_fund_contributors": 1,
}
FIELDS = [
    ("city",),
    ("as_of",),
    ("hukou_in_city",),
    ("birth_insurance",),
    ("housing_fund_contributors",),
    ("children", 0, "birth_date"),
    ("children", 0, "height_cm"),
]
MARK = "__BAD__"

bad_tokens = st.one_of(
    st.sampled_from(["NaN", "Infinity", "-Infinity", '"\\ud83d"', '"a\\udfff b"']),
    st.integers(min_value=4_000, max_value=6_000).map(lambda n: "9" * n),
    st.integers(min_value=1, max_value=9).map(lambda y: f'"000{y}-01-01"'),
    st.integers(min_value=9997, max_value=9999).map(lambda y: f'"{y}-12-31"'),
    st.floats(min_value=0.3, max_value=2.2).map(lambda m: f"{m:.2f}"),  # metres, not cm
    st.just("[" * 100_000 + "]" * 100_000),
)


def _with(field: tuple[str | int, ...], token: str) -> str:
    household = json.loads(json.dumps(VALID))
    place = household
    for part in field[:-1]:
        place = place[part]
    place[field[-1]] = MARK
    return json.dumps(household).replace(f'"{MARK}"', token)


def _twice(field: tuple[str | int, ...]) -> str:
    """The field's key given twice, the second time with another value."""
    text = json.dumps(VALID)
    key = str(field[-1])
    first = text.index(f'"{key}":')
    return text[:first] + f'"{key}": null, ' + text[first:]


bodies = st.one_of(
    st.tuples(st.sampled_from(FIELDS), bad_tokens).map(lambda p: (p[0], _with(*p))),
    st.sampled_from(FIELDS).map(lambda f: (f, _twice(f))),
)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(case=bodies)
def test_the_cli_answers_bad_input_with_one_line_and_exit_2(
    case: tuple[tuple[str | int, ...], str],
) -> None:
    _field, body = case
    result = CliRunner().invoke(cli, ["entitlements", "-", "--json"], input=body)
    assert result.exit_code == 2, (body[:120], result.stdout[:200], result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr[:300]
    assert "Traceback" not in result.stderr


CLIENT = TestClient(create_app(), raise_server_exceptions=False)


@SETTINGS
@given(case=bodies, route=st.sampled_from(["entitlements", "calendar", "summary"]))
def test_the_api_answers_bad_input_with_a_422_naming_the_field(
    case: tuple[tuple[str | int, ...], str], route: str
) -> None:
    field, body = case
    response = CLIENT.post(
        f"/api/v1/{route}",
        content=body.encode("utf-8"),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422, (body[:120], response.status_code, response.text[:200])
    detail = response.json()["detail"]
    named = [error["loc"] for error in detail]
    assert any(str(field[-1]) in [str(part) for part in loc] for loc in named), (field, detail)


def test_a_due_date_too_far_ahead_is_a_422_whose_loc_names_the_child() -> None:
    household = {"city": "jinan", "as_of": "2026-11-29", "children": [
        {"birth_date": "2020-01-01"}, {"birth_date": "2027-12-01"}]}  # fmt: skip
    response = CLIENT.post("/api/v1/entitlements", json=household)
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "children", 1, "birth_date"], error
    assert "more than 10 months" in error["msg"]
