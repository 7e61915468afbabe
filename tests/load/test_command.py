"""`python -m bench.load` end to end against the running assistant: four citizens each hold one
full conversation of every kind; the figures come out as JSON, every conversation ends with
its expected amounts and dates, and the tracker store holds exactly the turns said. Bad options
are refused with a line naming the problem."""

import json
from pathlib import Path

import pytest

from bench.load import main
from bench.load_scripts import load_scripts
from stack.services import Stack


def test_the_command_prints_figures_and_finds_every_turn_in_the_store(
    running_stack: Stack, capsys: pytest.CaptureFixture[str]
) -> None:
    kinds = len(load_scripts().conversations)
    code = main(
        [
            "--url", running_stack.rasa_url,
            "--tracker-store", str(running_stack.config.tracker_db),
            "--citizens", str(kinds),
            "--think", "0.1",
            "--conversations-per-citizen", "1",
            "--warmup", "0",
            "--json",
        ]
    )  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    (profile,) = report["profiles"]
    run, tracker = profile["run"], profile["tracker"]
    assert code == 0, run["error_examples"] + tracker.get("finding_examples", [])
    assert run["errors"] == 0 and run["conversations_finished"] == kinds
    assert run["messages"] >= kinds * 6 and run["messages_per_s"] > 0  # each script: 7+ steps
    assert 0 < run["p50_ms"] <= run["p95_ms"] <= run["p99_ms"] <= run["max_ms"]
    assert tracker["turns_stored"] == tracker["turns_acknowledged"] == run["messages"]
    assert set(tracker["findings"].values()) == {0}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--citizens", "0"], "--citizens: must be at least 1"),
        (["--think", "soon"], "--think: not a number of seconds"),
        (["--duration", "0"], "--duration must be more than 0 seconds"),
        (["--capacity-steps", "50,25"], "steps must be increasing"),
        (["--tracker-store", "x.sqlite3"], "--tracker-store and --pid go with --url"),
        (["--url", "http://127.0.0.1:9", "--pid", "rasa"], "expected rasa:PID or actions:PID"),
        (["--find-capacity", "--soak-minutes", "5"], "not allowed with argument"),
        (["--duration", "5", "--conversations-per-citizen", "2"], "not allowed with argument"),
    ],
)
def test_bad_options_are_refused_naming_the_problem(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_a_bad_conversations_file_is_refused_before_any_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "conversations.yaml"
    bad.write_text('today: "2025-06-01"\nconversations: []\n')
    assert main(["--url", "http://127.0.0.1:9", "--scripts", str(bad)]) == 2
    assert "conversations: Tuple should have at least 1 item" in capsys.readouterr().err
