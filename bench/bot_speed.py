"""Speed of the Rasa assistant (issue 4), printed, never asserted:

- full `rasa train` of this project from scratch (target under 90 s on this 2-core machine);
- model load time, through the HTTP API's PUT /model (target under 10 s);
- per-message latency over the REST channel for full conversations (p50, p95), beside a bare
  `rasa init` bot measured in the same run (target: within 2x).

Run with `make bench-bot` (needs the bot environment; takes a few minutes)."""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RASA = ROOT / ".venv-bot" / "bin" / "rasa"
# This project's server runs as in the stack: `rasa run` through bot/server.py.
OURS_RASA = [str(ROOT / ".venv-bot" / "bin" / "python"), "-m", "bot.server"]
ENV = {
    **os.environ,
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "ASSISTANT_TODAY": "2025-06-01",
}
ROUNDS = 5
OUR_CONVERSATIONS = [
    ["你好", "我想查一下能领哪些补贴", "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生",
     "居民医保", "不知道", "不知道", "不知道", "陪产假有几天？", "谢谢，再见"],
    ["hi", "what can we get?", "Jinan, we have Jinan hukou, kids born 2018-05-05 and 2024-11-11",
     "skip", "skip", "skip", "skip", "how long is paternity leave?", "thanks, bye"],
]  # fmt: skip
INIT_CONVERSATION = [
    "hello",
    "I am sad",
    "yes",
    "bye",
    "hi",
    "great",
    "are you a bot?",
    "goodbye",
    "hey",
]


def run(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def wait(url: str, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not come up")


def post(url: str, body: dict[str, object], method: str = "POST") -> bytes:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method=method,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return bytes(response.read())


def serve(
    rasa: list[str], model_dir: Path, cwd: Path, port: int, endpoints: Path | None
) -> tuple[subprocess.Popen[bytes], list[float]]:
    """Start Rasa without a model, then time PUT /model (the model load alone)."""
    cmd = [
        *rasa,
        "run",
        "--enable-api",
        "--port",
        str(port),
        "--interface",
        "127.0.0.1",
        "--credentials",
        str(ROOT / "bot" / "credentials.yml"),
    ]
    if endpoints:
        cmd += ["--endpoints", str(endpoints)]
    process = subprocess.Popen(
        cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait(f"http://127.0.0.1:{port}/")
    model = next(model_dir.glob("*.tar.gz"))
    loads = []
    for _ in range(2):  # the first load also imports TensorFlow and the pipeline's modules
        start = time.perf_counter()
        post(f"http://127.0.0.1:{port}/model", {"model_file": str(model)}, method="PUT")
        loads.append(time.perf_counter() - start)
    return process, loads


def latencies(port: int, conversations: list[list[str]]) -> list[float]:
    samples = []
    for _ in range(ROUNDS):
        for conversation in conversations:
            sender = f"bench-{uuid.uuid4()}"
            for text in conversation:
                start = time.perf_counter()
                post(
                    f"http://127.0.0.1:{port}/webhooks/rest/webhook",
                    {"sender": sender, "message": text},
                )
                samples.append((time.perf_counter() - start) * 1000)
    return samples


def p(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    if not RASA.exists():
        raise SystemExit("no bot environment: run `make bot-env` first")
    work = Path(tempfile.mkdtemp(prefix="bot-speed-"))
    ENV["RASA_CACHE_DIRECTORY"] = str(work / "cache")  # train from scratch, not from .rasa/cache
    ours = work / "ours"
    train_s = run(
        [
            str(RASA),
            "train",
            "--config",
            "bot/config.yml",
            "--domain",
            "bot/domain",
            "--data",
            "data",
            "--out",
            str(ours),
        ],
        ROOT,
    )
    print(f"rasa train (this project, from scratch): {train_s:6.1f} s   (target < 90 s)")
    init_dir = work / "init"
    init_dir.mkdir()
    run([str(RASA), "init", "--no-prompt", "--init-dir", str(init_dir)], work)
    actions = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", "5156"],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # The assistant as shipped: bot/endpoints.yml, with its SQLite tracker store.
    endpoints = ROOT / "bot" / "endpoints.yml"
    ENV["ACTION_ENDPOINT_URL"] = "http://127.0.0.1:5156/webhook"
    ENV["TRACKER_DB"] = str(work / "tracker.sqlite3")
    servers = []
    try:
        wait("http://127.0.0.1:5156/health")
        ours_server, ours_load = serve(OURS_RASA, ours, ROOT, 5106, endpoints)
        servers.append(ours_server)
        init_server, init_load = serve([str(RASA)], init_dir / "models", init_dir, 5107, None)
        servers.append(init_server)
        print(
            f"model load (PUT /model), first with imports / again: this project {ours_load[0]:5.1f} s / {ours_load[1]:5.1f} s, rasa init bot {init_load[0]:5.1f} s / {init_load[1]:5.1f} s   (target < 10 s)"
        )
        latencies(5106, OUR_CONVERSATIONS[:1])  # warm up both
        latencies(5107, [INIT_CONVERSATION])
        mine = latencies(5106, OUR_CONVERSATIONS)
        bare = latencies(5107, [INIT_CONVERSATION, INIT_CONVERSATION])
        print(
            f"per message over REST, {len(mine)} messages: p50 {statistics.median(mine):6.1f} ms  p95 {p(mine, 0.95):6.1f} ms"
        )
        print(
            f"rasa init bot,         {len(bare)} messages: p50 {statistics.median(bare):6.1f} ms  p95 {p(bare, 0.95):6.1f} ms"
        )
        print(
            f"ratio p50 {statistics.median(mine) / statistics.median(bare):4.2f}x, p95 {p(mine, 0.95) / p(bare, 0.95):4.2f}x   (target within 2x)"
        )
    finally:
        for process in [*servers, actions]:
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
