""" "Today" is China's date, whatever the server's clock zone. At 17:00 UTC on 29 November it is
01:00 on 30 November in China: the API, the CLI and a chat turn all count from 30 November.
(The test machine's own zone is UTC, where date.today() still says the 29th.)"""

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
import time_machine
from fastapi.testclient import TestClient
from rasa_sdk.executor import CollectingDispatcher
from typer.testing import CliRunner

from actions.household_form import ValidateHouseholdForm
from actions.results import ActionShowEntitlements
from policy_kb import clock
from policy_kb.cli import app as cli
from tests.actions.conftest import DOMAIN, make_tracker, slot_events
from web.app import create_app
from web.settings import Settings

FIVE_PM_UTC = datetime(2026, 11, 29, 17, 0, tzinfo=UTC)
CHINA_TODAY = date(2026, 11, 30)


@pytest.fixture(autouse=True)
def at_five_pm_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(clock.TODAY_VARIABLE, raising=False)
    monkeypatch.delenv(clock.TIMEZONE_VARIABLE, raising=False)
    with time_machine.travel(FIVE_PM_UTC, tick=False):
        yield


def test_the_servers_zone_says_the_29th_but_china_is_already_on_the_30th() -> None:
    assert datetime.now(UTC).date() == date(2026, 11, 29)
    assert clock.today() == CHINA_TODAY


def test_the_zone_can_be_set_for_a_deployment_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.TIMEZONE_VARIABLE, "UTC")
    assert clock.today() == date(2026, 11, 29)


def test_the_api_evaluates_a_household_on_chinas_date(tmp_path: object) -> None:
    client = TestClient(create_app(Settings(data_dir=tmp_path)))  # type: ignore[arg-type]
    household = {"city": "jinan", "hukou_in_city": True, "children": [{"birth_date": "2023-11-30"}]}
    report = client.post("/api/v1/entitlements", json=household).json()
    assert report["as_of"] == "2026-11-30"
    # On China's 30 November the child of 30 November 2023 has turned 3: parental leave is over.
    leave = next(e for e in report["entitlements"] if e["id"] == "jinan.parental_leave")
    assert leave["status"] == "not_eligible"


def test_the_cli_evaluates_a_household_on_chinas_date() -> None:
    household = json.dumps({"city": "beijing", "children": [{"birth_date": "2020-01-01"}]})
    result = CliRunner().invoke(cli, ["entitlements", "-", "--json"], input=household)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["as_of"] == "2026-11-30"


async def test_a_chat_turn_counts_three_days_old_from_chinas_date() -> None:
    tracker = make_tracker("济南的 孩子3天大", requested_slot="children")
    dispatcher = CollectingDispatcher()
    events = await ValidateHouseholdForm().get_extraction_events(dispatcher, tracker, DOMAIN)
    children = slot_events([dict(e) for e in events])["children_partial"]
    assert children[0]["birth_date"] == "2026-11-27"


async def test_a_chat_result_is_computed_on_chinas_date() -> None:
    tracker = make_tracker(
        "好的",
        city="jinan",
        hukou_in_city=True,
        children=[{"birth_date": "2023-11-30", "precision": "day"}],
    )
    dispatcher = CollectingDispatcher()
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    report = next(m["custom"]["report"] for m in dispatcher.messages if m.get("custom"))
    assert report["as_of"] == "2026-11-30"


@pytest.mark.parametrize(
    ("value", "problem"),
    [("notadate", "not a date in YYYY-MM-DD form"), ("1800-01-01", "must be between 1900-01-01")],
)
def test_a_bad_fixed_day_is_refused_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, value: str, problem: str
) -> None:
    """A worker's CLI run with a mistyped ASSISTANT_TODAY is told which setting is wrong."""
    from policy_kb.errors import InputError

    monkeypatch.setenv(clock.TODAY_VARIABLE, value)
    clock.reload()
    with pytest.raises(InputError, match=f"ASSISTANT_TODAY: {problem}"):
        clock.today()
    clock.reload()
