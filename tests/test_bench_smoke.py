"""The benchmarks' --smoke modes (run by `make bench-smoke` in `make test`) ask for seconds of
work whatever else the command line says, and still go through the benchmark's own code."""

import pytest

from bench.load import SMOKE_DURATION, parse_args
from bench.search_accuracy import SMOKE_QUESTIONS, load_questions, smoke_sample


def test_the_load_smoke_is_a_few_citizens_for_a_few_seconds_on_the_embedded_profile() -> None:
    args = parse_args(["--profile", "both", "--citizens", "50", "--duration", "120", "--smoke"])
    assert (args.profile, args.citizens, args.duration, args.warmup) == (
        "embedded", 3, SMOKE_DURATION, 0.0,
    )  # fmt: skip
    assert not args.find_capacity and args.soak_minutes is None


def test_the_load_smoke_starts_its_own_stack(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(["--smoke", "--url", "http://127.0.0.1:9"])
    assert exited.value.code == 2
    assert "--smoke starts the embedded profile" in capsys.readouterr().err


def test_the_search_smoke_asks_the_first_questions_of_each_language() -> None:
    questions = load_questions()
    sample = smoke_sample(questions)
    assert [q["lang"] for q in sample].count("zh") == SMOKE_QUESTIONS
    assert [q["lang"] for q in sample].count("en") == SMOKE_QUESTIONS
    assert all(q in questions for q in sample)
