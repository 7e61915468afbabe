"""`python -m stack.production`: its options, and bad ones named (no servers started)."""

import pytest

from stack.production import ProductionPorts, parse_args


def test_the_defaults_and_the_replica_count() -> None:
    config = parse_args(["--replicas", "3"])
    assert config.ports.entry == 8080
    assert config.ports.rasa == (5105, 5106, 5107)
    assert len(config.ports.actions) == 2
    assert config.data_dir.parts[-2:] == ("var", "production")


def test_spare_ports_keep_the_entry_port_and_differ() -> None:
    config = parse_args(["--spare-ports", "--port", "18181"])
    assert config.ports.entry == 18181
    values = list(config.ports.named().values())
    assert len(set(values)) == len(values)


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["--replicas", "two"], "--replicas must be a whole number, got 'two'"),
        (["--replicas", "0"], "--replicas must be between 1 and 16, got 0"),
        (["--port", "70000"], "--port must be between 1 and 65535, got 70000"),
        (["--redis-port", "x"], "--redis-port must be a port number, got 'x'"),
        (["--web-port", "8080"], "every server needs a port of its own"),
    ],
)
def test_a_bad_option_is_named(
    argv: list[str], problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_args(argv)
    assert exit_.value.code == 2
    assert problem in capsys.readouterr().err


def test_a_profile_needs_a_replica_and_an_action_server() -> None:
    with pytest.raises(ValueError, match="at least one Rasa replica"):
        ProductionPorts(rasa=()).check()
    with pytest.raises(ValueError, match="at least one action server"):
        ProductionPorts(actions=()).check()
