# Two commands for a newcomer: `make run` and `make test`. Each installs what it needs first
# (uv, the app environment from uv.lock, later the Rasa environment) and is quick when done.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
UV := $(PYTHON) -m uv
RUN := $(UV) run --frozen

BOT_UV := $(UV)
-include bot/bot.mk
bot-env: uv

.PHONY: bench-load bench-capacity bench-soak bench-smoke production-deps production production-test
.PHONY: bench-console
.PHONY: help run test uv app-env browser-deps lint typecheck pytest e2e bench bench-bot search-eval corpus-eval corpus-variants \
	bench-conversations \
	validate-kb lookup

help:
	@echo "make run   - the whole assistant: chat http://127.0.0.1:8000/, console /console, API /docs"
	@echo "make test  - lint, type checks and all tests"
	@echo "make bench - knowledge-base speed figures; make search-eval - search accuracy"
	@echo "make corpus-eval - understanding on the held-out corpus; make corpus-variants - on variants of the development half"
	@echo "make bench-bot - Rasa train time, model load, REST latency beside a rasa init bot"
	@echo "make bench-conversations - questions before the first correct answer, citizen conversations"

uv:
	@$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet --disable-pip-version-check uv

app-env: uv
	@test -x .venv/bin/python || echo "app-env: creating the Python 3.11 environment from uv.lock (once)"
	@$(UV) sync --frozen --quiet

# Installs both environments, retrains the model only if data or config changed, then starts the
# action server, the Rasa server and the web app (stack/run.py) until Ctrl-C. Ports:
# ASSISTANT_RASA_PORT, ASSISTANT_ACTIONS_PORT, ASSISTANT_WEB_PORT or `make run ARGS="--web-port 8080"`.
run: app-env bot-train
	@$(RUN) python -m stack $(ARGS)

# The hotline lookup demo in the terminal (policy-kb CLI), without the servers.
lookup: app-env
	@$(RUN) policy-kb demo

# Debian's PostgreSQL, Redis and nginx for the production profile (issue 6).
production-deps:
	@if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v redis-server >/dev/null \
		|| ! test -x /usr/sbin/nginx; then \
		echo "production-deps: installing postgresql, redis-server and nginx from Debian"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			postgresql redis-server nginx >/dev/null; \
	fi

# The production profile until Ctrl-C (ARGS="--replicas 3", "--port 9090", "--spare-ports").
production: app-env bot-train production-deps
	@$(RUN) python -m stack.production $(ARGS)

# The production profile brought up, used, faulted and torn down (about 2 minutes).
production-test: app-env bot-train production-deps
	$(RUN) pytest tests/production

# Debian's chromium and CJK fonts for the browser tests (never a browser download).
browser-deps:
	@if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -q "Noto Sans CJK"; then \
		echo "browser-deps: installing chromium and fonts-noto-cjk from Debian"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			chromium fonts-noto-cjk >/dev/null; \
	fi

lint: app-env
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) yamllint -s -c .yamllint policy_kb/data tests/scenarios tests/search bench/conversations wording/cities.yaml tests/conversations
	$(RUN) vulture

typecheck: app-env
	$(RUN) mypy policy_kb actions web stack inputs wording understanding
	$(RUN) mypy --explicit-package-bases bench/load.py bench/load_*.py bench/citizens.py tests/load

validate-kb: app-env
	$(RUN) policy-kb validate

pytest: app-env
	$(RUN) pytest --ignore=tests/e2e --ignore=tests/browser --ignore=tests/load --ignore=tests/production \
		--ignore=tests/stores --ignore=tests/security --ignore=tests/hostile --ignore=tests/bot

# The running assistant (action server, Rasa server with the trained model, web app): full
# conversations over REST, persistence across a restart, and the pages in headless chromium.
# Two runs: Playwright's sync API keeps an event loop in the main thread, so the tests that
# call asyncio.run (the load generator) cannot share a process with the browser tests.
e2e: app-env bot-train browser-deps production-deps
	$(RUN) pytest tests/e2e tests/browser
	$(RUN) pytest tests/load tests/stores tests/security tests/hostile

test: lint typecheck validate-kb pytest bot-typecheck bot-pytest bot-validate bot-test-stories \
	bot-test-nlu e2e production-test bench-smoke

# Each benchmark takes ARGS; ARGS=--smoke runs it in seconds (what bench-smoke does).
bench: app-env
	$(RUN) python bench/kb_speed.py $(ARGS)

bench-bot: app-env bot-env
	$(RUN) python bench/bot_speed.py $(ARGS)

# The console for a worker on a live call (issue 14): actions from an empty screen to the answer
# with its clause in view, for four caller questions, in Debian's chromium at 1366x768.
# ARGS=--smoke for the first question only.
bench-console: app-env browser-deps
	$(RUN) python bench/console_actions.py $(ARGS)

# Load figures (issue 6): 50 citizens with 1 s think on the embedded default and the production
# profile; the most citizens at p95 < 1 s; RSS before and after a 20-minute soak.
# ARGS="--profile embedded" or ARGS=--json to vary.
bench-load: app-env bot-train production-deps
	$(RUN) python -m bench.load --profile both --citizens 50 --think 1 --duration 120 --warmup 30 $(ARGS)

bench-capacity: app-env bot-train production-deps
	$(RUN) python -m bench.load --profile both --find-capacity --think 1 --step-duration 60 --warmup 30 $(ARGS)

bench-soak: app-env bot-train production-deps
	$(RUN) python -m bench.load --profile both --soak-minutes 20 --citizens 50 --think 1 --warmup 120 --rest 15 $(ARGS)

search-eval: app-env
	$(RUN) python bench/search_accuracy.py $(ARGS)

# Issue 13: the citizen conversations (tests/conversations/citizens.yaml) over REST against the
# assistant it starts; prints per conversation the questions before the first correct answer,
# then their median and maximum. ARGS="--url http://127.0.0.1:5005" for a running one.
bench-conversations: app-env bot-train
	$(RUN) python -m bench.citizens $(ARGS)

# The understanding layer on the labelled citizen corpus: exact match per kind on the held-out
# half (ARGS=--half dev for the development half) and its speed per message.
corpus-eval: app-env
	$(RUN) python bench/corpus_accuracy.py $(ARGS)

# Label-preserving variants of the development half (never the held-out one): exact match per
# transformation and per kind, to find rules fitted to one phrasing (ARGS=--step 3 is quicker).
corpus-variants: app-env
	$(RUN) python bench/corpus_variants.py $(ARGS)

# Every benchmark command in its --smoke mode (about two minutes together): the real code path
# end to end with a few iterations, so a benchmark that no longer runs fails `make test`.
# The load generator: 3 citizens for 5 s on the embedded profile only.
bench-smoke: app-env bot-train
	$(RUN) python bench/kb_speed.py --smoke
	$(RUN) python bench/search_accuracy.py --smoke
	$(RUN) python bench/corpus_accuracy.py --smoke
	$(RUN) python -m bench.citizens --smoke
	$(RUN) python bench/bot_speed.py --smoke
	$(RUN) python -m bench.load --smoke
