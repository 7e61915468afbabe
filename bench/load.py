"""Load generator: N simulated citizens, each holding full eligibility conversations (Chinese and
English, with a correction and a side question mid-form) over Rasa's REST channel, waiting a
think time after each reply (closed loop). Prints per profile the latency per message
(p50/p95/p99), messages per second and errors (non-200, timeouts, replies missing or wrong), then
checks in the tracker store that every conversation holds exactly the turns said, in order, each
answered. The conversations and what they must end with: bench/conversations/eligibility.yaml.

    python -m bench.load --profile embedded --citizens 50 --think 1 --duration 120
    python -m bench.load --profile both --citizens 50            # the ratio production/embedded
    python -m bench.load --profile both --find-capacity          # most citizens at p95 < 1 s
    python -m bench.load --profile both --soak-minutes 20 --warmup 60   # RSS growth
    python -m bench.load --url http://127.0.0.1:5005 --tracker-store var/tracker.sqlite3
    python -m bench.load --smoke     # seconds: 3 citizens for 5 s on the embedded profile

`--smoke` (run by `make test` through `make bench-smoke`) replaces the load options with a few
citizens for a few seconds on the embedded profile, every phase and the tracker store check
included, so a load generator that no longer runs fails CI; its figures are not the benchmark's.

Exit code 0 when there was no error and no finding in the tracker store, 1 otherwise, 2 when the
run could not be made (bad option, a stack that does not start)."""

import argparse
import asyncio
import json
import math
import secrets
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.load_check import (
    StoreError,
    check_run,
    count_by_kind,
    read_events,
)
from bench.load_profiles import PROFILES, Target, started
from bench.load_rss import total_memory
from bench.load_run import Conversation, LoadPlan, RunResult, run_load
from bench.load_scripts import (
    DEFAULT_SCRIPTS,
    Script,
    ScriptError,
    load_scripts,
    service_apologies,
)
from stack.processes import StartError

DEFAULT_DURATION = 60.0
SMOKE_DURATION = 5.0  # --smoke: seconds of load
DEFAULT_CAPACITY_STEPS = (25, 50, 100, 200, 400, 800)
# What the Rasa log says when the tracker store fails a turn: SQLite's own words, and the class
# of the exception (bot/channels/rest.py logs a failed turn by its class, not its message).
STORE_TROUBLE = ("database is locked", "OperationalError")


def _say(line: str) -> None:
    print(f"[load] {line}", file=sys.stderr, flush=True)


# Options ------------------------------------------------------------------------------------


def _positive_int(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {raw!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _seconds(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {raw!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be zero or more seconds, got {raw}")
    return value


def _steps(raw: str) -> tuple[int, ...]:
    try:
        steps = tuple(int(part) for part in raw.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a comma-separated list of numbers: {raw!r}"
        ) from None
    if not steps or any(s < 1 for s in steps) or list(steps) != sorted(set(steps)):
        raise argparse.ArgumentTypeError(f"steps must be increasing whole numbers, got {raw!r}")
    return steps


def _pid(raw: str) -> tuple[str, int]:
    role, _, number = raw.partition(":")
    if role not in ("rasa", "actions") or not number.isdigit():
        raise argparse.ArgumentTypeError(f"expected rasa:PID or actions:PID, got {raw!r}")
    return role, int(number)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.load",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--profile",
        choices=(*PROFILES, "both"),
        help="start this stack on spare ports (default embedded); both: one after the other",
    )
    where.add_argument("--url", help="a running Rasa server or load balancer instead")
    parser.add_argument(
        "--tracker-store",
        help="with --url: its SQLite file or postgresql:// URL, for the check afterwards",
    )
    parser.add_argument(
        "--pid",
        type=_pid,
        action="append",
        default=[],
        help="with --url and --soak-minutes: rasa:PID or actions:PID whose memory to follow",
    )
    parser.add_argument(
        "--replicas", type=_positive_int, default=2, help="production: Rasa replicas, default 2"
    )
    parser.add_argument(
        "--action-servers",
        type=_positive_int,
        default=2,
        help="production: action servers, default 2",
    )
    parser.add_argument("--citizens", type=_positive_int, default=50, help="default 50")
    parser.add_argument("--think", type=_seconds, default=1.0, help="seconds, default 1")
    length = parser.add_mutually_exclusive_group()
    length.add_argument(
        "--duration", type=_seconds, help=f"seconds of load (default {DEFAULT_DURATION:.0f})"
    )
    length.add_argument(
        "--conversations-per-citizen", type=_positive_int, help="instead of a duration"
    )
    parser.add_argument(
        "--warmup", type=_seconds, default=10.0, help="seconds of the same load first, default 10"
    )
    parser.add_argument("--timeout", type=_seconds, default=10.0, help="per message, default 10")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--find-capacity",
        action="store_true",
        help="ramp citizens up (--capacity-steps) to the most with p95 under --p95-limit",
    )
    mode.add_argument(
        "--soak-minutes",
        type=_seconds,
        help="RSS of the Rasa and action servers at rest and after this long under load",
    )
    parser.add_argument(
        "--capacity-steps",
        type=_steps,
        default=DEFAULT_CAPACITY_STEPS,
        help="default " + ",".join(map(str, DEFAULT_CAPACITY_STEPS)),
    )
    parser.add_argument(
        "--step-duration", type=_seconds, default=60.0, help="seconds per capacity step"
    )
    parser.add_argument(
        "--refine", type=int, default=2, help="bisections between the last good and first bad step"
    )
    parser.add_argument("--p95-limit", type=_seconds, default=1.0, help="seconds, default 1")
    parser.add_argument(
        "--rest",
        type=_seconds,
        default=10.0,
        help="seconds idle before each RSS reading and between capacity steps, default 10",
    )
    parser.add_argument("--scripts", type=Path, default=DEFAULT_SCRIPTS, help="conversations")
    parser.add_argument("--keep-data", type=Path, help="keep the stacks' data dirs and logs here")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="3 citizens for 5 s on the embedded profile, whatever the other load options say",
    )
    args = parser.parse_args(argv)
    if args.smoke:
        if args.url is not None:
            parser.error("--smoke starts the embedded profile; leave --url out")
        args.profile, args.citizens, args.think, args.warmup = "embedded", 3, 0.2, 0.0
        args.duration, args.conversations_per_citizen = SMOKE_DURATION, None
        args.find_capacity, args.soak_minutes = False, None
    if args.url is None and args.profile is None:
        args.profile = "embedded"
    if args.url is None and (args.tracker_store or args.pid):
        parser.error("--tracker-store and --pid go with --url (a profile knows its own)")
    if args.duration is not None and args.duration <= 0:
        parser.error("--duration must be more than 0 seconds")
    if args.duration is None and args.conversations_per_citizen is None:
        args.duration = DEFAULT_DURATION
    if args.soak_minutes is not None and args.soak_minutes <= 0:
        parser.error("--soak-minutes must be more than 0")
    if args.timeout <= 0:
        parser.error("--timeout must be more than 0 seconds")
    if args.find_capacity and args.step_duration <= 0:
        parser.error("--step-duration must be more than 0 seconds")
    if args.refine < 0:
        parser.error("--refine must be 0 or more")
    return args


# Phases of a run against one target -------------------------------------------------------


@dataclass
class Session:
    """One target's run: every conversation held against it, for the tracker check."""

    target: Target
    scripts: Sequence[Script]
    args: argparse.Namespace
    prefix: str
    conversations: list[Conversation]
    phase: int = 0

    def run(
        self, label: str, citizens: int, duration: float | None, per_citizen: int | None
    ) -> RunResult:
        self.phase += 1
        plan = LoadPlan(
            citizens=citizens,
            think=self.args.think,
            duration=duration,
            conversations_per_citizen=per_citizen,
            timeout=self.args.timeout,
            seed=self.phase,
            apologies=service_apologies(),
        )
        how = f"{duration:.0f} s" if duration is not None else f"{per_citizen} conversation(s) each"
        _say(f"{self.target.name}: {label}: {citizens} citizens, think {plan.think:g} s, {how}")
        prefix = f"{self.prefix}{self.phase}-"
        result = asyncio.run(run_load(self.target.url, self.scripts, plan, prefix, label))
        self.conversations += result.conversations
        _say(
            f"{self.target.name}: {label}: {result.messages} messages, "
            f"p95 {_fmt_ms(result.percentile(95))} ms, {result.error_count} errors"
        )
        return result

    def measure(self) -> RunResult:
        return self.run(
            "measure", self.args.citizens, self.args.duration, self.args.conversations_per_citizen
        )


def find_capacity(session: Session) -> dict[str, Any]:
    """Citizens up the steps while p95 stays under the limit with no error, then bisect."""
    args = session.args
    limit: float = args.p95_limit
    steps: list[dict[str, Any]] = []

    def holds(citizens: int) -> bool:
        if steps:  # let the servers finish what the last step left (timed-out turns) first
            time.sleep(args.rest)
        result = session.run(f"capacity {citizens}", citizens, args.step_duration, None)
        ok = result.percentile(95) < limit and result.error_count == 0
        steps.append({**result.summary(), "holds": ok})
        return ok

    best, first_bad = 0, None
    for citizens in args.capacity_steps:
        if holds(citizens):
            best = citizens
        else:
            first_bad = citizens
            break
    for _ in range(args.refine):
        if first_bad is None or first_bad - best <= max(1, best // 10):
            break
        middle = (best + first_bad) // 2
        if holds(middle):
            best = middle
        else:
            first_bad = middle
    held = [step for step in steps if step["holds"] and step["citizens"] == best]
    return {
        "p95_limit_ms": round(limit * 1000),
        "most_citizens": best,
        "messages_per_s_at_most": held[-1]["messages_per_s"] if held else None,
        "first_failing": first_bad,
        "steps": steps,
    }


def memory(target: Target) -> dict[str, Any]:
    rasa = total_memory(target.rasa_pids)
    actions = total_memory(target.action_pids)
    return {
        "rasa_kib": rasa.rss_kib,
        "rasa_processes": len(rasa.pids),
        "actions_kib": actions.rss_kib,
        "actions_processes": len(actions.pids),
    }


def soak(session: Session, minutes: float) -> tuple[RunResult, dict[str, Any]]:
    target, rest = session.target, session.args.rest
    if not target.rasa_pids and not target.action_pids:
        raise StartError("--soak-minutes needs the servers' pids: --pid rasa:PID --pid actions:PID")
    _say(f"{target.name}: {rest:g} s at rest, then the servers' memory")
    time.sleep(rest)
    before = memory(target)
    result = session.run(f"soak {minutes:g} min", session.args.citizens, minutes * 60, None)
    _say(f"{target.name}: {rest:g} s at rest, then the servers' memory again")
    time.sleep(rest)
    after = memory(target)
    report = {"minutes": minutes, "at_rest": before, "after": after}
    for role in ("rasa", "actions"):
        if before[f"{role}_kib"]:
            growth = (after[f"{role}_kib"] - before[f"{role}_kib"]) / before[f"{role}_kib"] * 100
            report[f"{role}_growth_pct"] = round(growth, 2)
    return result, report


def tracker_check(session: Session) -> dict[str, Any]:
    store = session.target.store
    said = {c.sender: c.turns for c in session.conversations if c.turns}
    report: dict[str, Any] = {"conversations": len(said)}
    report["turns_said"] = sum(len(turns) for turns in said.values())
    report["turns_acknowledged"] = sum(t.acknowledged for ts in said.values() for t in ts)
    if store is None:
        report["skipped"] = "no tracker store given (--tracker-store)"
        return report
    try:
        stored = read_events(store, session.prefix)
    except StoreError as err:
        report["skipped"] = str(err)
        return report
    findings = check_run(said, stored)
    report["turns_stored"] = sum(
        1 for events in stored.values() for e in events if e.type_name == "user"
    )
    report["findings"] = count_by_kind(findings)
    report["finding_examples"] = [str(f) for f in findings[:10]]
    return report


def log_check(target: Target) -> dict[str, Any]:
    counts = dict.fromkeys(STORE_TROUBLE, 0)
    for log in target.rasa_logs:
        try:
            text = log.read_text(errors="replace")
        except OSError:
            continue
        for words in STORE_TROUBLE:
            counts[words] += text.count(words)
    return {"logs": [str(log) for log in target.rasa_logs], "counts": counts}


def run_target(
    target: Target, scripts: Sequence[Script], args: argparse.Namespace, run_id: str
) -> dict[str, Any]:
    session = Session(target, scripts, args, f"load-{run_id}-{target.name}-", [])
    report: dict[str, Any] = {"profile": target.name, "url": target.url}
    if args.warmup > 0:
        # Capacity steps start small: warm up at the first step's load.
        citizens = args.capacity_steps[0] if args.find_capacity else args.citizens
        report["warmup"] = session.run("warm-up", citizens, args.warmup, None).summary()
    if args.find_capacity:
        report["capacity"] = find_capacity(session)
    elif args.soak_minutes is not None:
        result, report["soak"] = soak(session, args.soak_minutes)
        report["run"] = result.summary()
    else:
        report["run"] = session.measure().summary()
    report["tracker"] = tracker_check(session)
    if target.rasa_logs:
        report["rasa_log"] = log_check(target)
    return report


# Output ---------------------------------------------------------------------------------------


def _fmt_ms(seconds: float) -> str:
    return "-" if math.isnan(seconds) else f"{seconds * 1000:.0f}"


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


RUN_COLUMNS = (
    ("label", "run", 16),
    ("citizens", "citizens", 8),
    ("think_s", "think s", 7),
    ("messages", "messages", 8),
    ("messages_per_s", "msg/s", 7),
    ("p50_ms", "p50 ms", 7),
    ("p95_ms", "p95 ms", 7),
    ("p99_ms", "p99 ms", 7),
    ("errors", "errors", 6),
    ("conversations_finished", "finished", 8),
)


def _run_rows(runs: Sequence[dict[str, Any]]) -> list[str]:
    header = "  ".join(f"{title:<{width}}" for _, title, width in RUN_COLUMNS)
    lines = [header]
    for run in runs:
        lines.append("  ".join(f"{_cell(run.get(key)):<{width}}" for key, _, width in RUN_COLUMNS))
    for run in runs:
        if run["errors"]:
            kinds = ", ".join(f"{k} {n}" for k, n in run["errors_by_kind"].items())
            lines.append(f"{run['label']}: errors: {kinds}")
            lines += [f"    e.g. {example}" for example in run["error_examples"][:3]]
    return lines


def _mib(kib: int) -> str:
    return f"{kib / 1024:.1f} MiB"


def render(report: dict[str, Any]) -> str:
    lines: list[str] = []
    for profile in report["profiles"]:
        lines += ["", f"== {profile['profile']} ({profile['url']}) =="]
        runs = [r for r in (profile.get("warmup"), profile.get("run")) if r is not None]
        runs += profile.get("capacity", {}).get("steps", [])
        lines += _run_rows(runs)
        capacity = profile.get("capacity")
        if capacity is not None:
            lines.append(
                f"most citizens at p95 under {capacity['p95_limit_ms']} ms with no error: "
                f"{capacity['most_citizens']} ({_cell(capacity['messages_per_s_at_most'])} msg/s)"
                + (
                    f" (fails at {capacity['first_failing']})"
                    if capacity["first_failing"]
                    else " (held at every step: add larger --capacity-steps)"
                )
            )
        soaked = profile.get("soak")
        if soaked is not None:
            rest, after = soaked["at_rest"], soaked["after"]
            for role, name in (("rasa", "Rasa server(s)"), ("actions", "action server(s)")):
                growth = soaked.get(f"{role}_growth_pct")
                lines.append(
                    f"RSS {name}: at rest {_mib(rest[role + '_kib'])} "
                    f"({rest[role + '_processes']} process(es)), after {soaked['minutes']:g} min "
                    f"{_mib(after[role + '_kib'])} ({after[role + '_processes']} process(es)): "
                    + ("-" if growth is None else f"{growth:+.1f} %")
                )
        tracker = profile["tracker"]
        if "skipped" in tracker:
            lines.append(f"tracker store: not checked: {tracker['skipped']}")
        else:
            found = ", ".join(f"{k} {n}" for k, n in tracker["findings"].items())
            lines.append(
                f"tracker store: {tracker['conversations']} conversations, "
                f"{tracker['turns_acknowledged']} acknowledged turns of {tracker['turns_said']} "
                f"said, {tracker['turns_stored']} stored: {found}"
            )
            lines += [f"    {example}" for example in tracker["finding_examples"][:5]]
        if "rasa_log" in profile:
            counts = profile["rasa_log"]["counts"]
            lines.append("Rasa log: " + ", ".join(f'"{w}" {n} times' for w, n in counts.items()))
    ratio = report.get("ratio")
    if ratio:
        lines += ["", "production / embedded: " + ", ".join(f"{k} {v}" for k, v in ratio.items())]
    return "\n".join(lines)


def ratios(profiles: Sequence[dict[str, Any]]) -> dict[str, str]:
    by_name = {p["profile"]: p for p in profiles}
    if not {"embedded", "production"} <= set(by_name):
        return {}
    emb, prod = by_name["embedded"], by_name["production"]
    out: dict[str, str] = {}

    def ratio(a: float | None, b: float | None) -> str:
        return "-" if not a or b is None else f"{b / a:.2f}x"

    if "run" in emb and "run" in prod:
        for key, name in (("messages_per_s", "msg/s"), ("p50_ms", "p50"), ("p95_ms", "p95")):
            out[name] = ratio(emb["run"][key], prod["run"][key])
    if "capacity" in emb and "capacity" in prod:
        out["msg/s at capacity"] = ratio(
            emb["capacity"]["messages_per_s_at_most"], prod["capacity"]["messages_per_s_at_most"]
        )
        out["capacity"] = ratio(emb["capacity"]["most_citizens"], prod["capacity"]["most_citizens"])
        if emb["capacity"]["most_citizens"] == 0:
            out["capacity"] = f"{prod['capacity']['most_citizens']} vs 0 citizens"
    return out


def failed(report: dict[str, Any]) -> bool:
    for profile in report["profiles"]:
        if any(profile["tracker"].get("findings", {}).values()):
            return True
        if profile.get("run", {}).get("errors") or profile.get("warmup", {}).get("errors"):
            return True
        if any(profile.get("rasa_log", {}).get("counts", {}).values()):
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        script_file = load_scripts(args.scripts)
    except ScriptError as err:
        _say(f"error: {err}")
        return 2
    run_id = secrets.token_hex(4)
    report: dict[str, Any] = {
        "run_id": run_id,
        "scripts": str(args.scripts),
        "today": script_file.today,
        "citizens": args.citizens,
        "think_s": args.think,
        "profiles": [],
    }
    scripts = script_file.conversations
    try:
        if args.url is not None:
            pids: dict[str, list[int]] = {"rasa": [], "actions": []}
            for role, pid in args.pid:
                pids[role].append(pid)
            target = Target(
                "url", args.url, args.tracker_store, tuple(pids["rasa"]), tuple(pids["actions"])
            )
            _say(
                f"talking to {args.url}; its servers must run with ASSISTANT_TODAY={script_file.today}"
            )
            report["profiles"].append(run_target(target, scripts, args, run_id))
        else:
            names = PROFILES if args.profile == "both" else (args.profile,)
            for name in names:
                with started(
                    name, script_file.today, args.keep_data, args.replicas, args.action_servers
                ) as target:
                    report["profiles"].append(run_target(target, scripts, args, run_id))
    except (StartError, RuntimeError) as err:
        _say(f"error: {err}")
        return 2
    except KeyboardInterrupt:
        _say("interrupted")
        return 2
    report["ratio"] = ratios(report["profiles"])
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(render(report))
    return 1 if failed(report) else 0


if __name__ == "__main__":
    sys.exit(main())
