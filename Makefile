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

.PHONY: help run test uv app-env lint typecheck pytest e2e bench bench-bot search-eval validate-kb

help:
	@echo "make run   - the hotline lookup demo (policy-kb CLI)"
	@echo "make test  - lint, type checks and all tests"
	@echo "make bench - knowledge-base speed figures; make search-eval - search accuracy"
	@echo "make bench-bot - Rasa train time, model load, REST latency beside a rasa init bot"

uv:
	@$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet --disable-pip-version-check uv

app-env: uv
	@$(UV) sync --frozen --quiet

run: app-env
	@$(RUN) policy-kb demo

lint: app-env
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) yamllint -s -c .yamllint policy_kb/data tests/scenarios tests/search

typecheck: app-env
	$(RUN) mypy policy_kb actions web stack

validate-kb: app-env
	$(RUN) policy-kb validate

pytest: app-env
	$(RUN) pytest --ignore=tests/e2e

# Full conversations over REST with the real Rasa and action servers (needs the trained model).
e2e: app-env bot-train
	$(RUN) pytest tests/e2e

test: lint typecheck validate-kb pytest bot-validate bot-test-stories bot-test-nlu e2e

bench: app-env
	$(RUN) python bench/kb_speed.py

bench-bot: app-env bot-env
	$(RUN) python bench/bot_speed.py

search-eval: app-env
	$(RUN) python bench/search_accuracy.py
