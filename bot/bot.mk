# The Rasa assistant's checks. Included by the main Makefile (`include bot/bot.mk`) and usable on
# its own from the repo root: `make -f bot/bot.mk bot-env bot-train bot-validate bot-test-nlu`.
# Every name here starts with BOT_ / bot- so it cannot clash with the including Makefile.

BOT_PYTHON310 ?= $(shell pyenv prefix 3.10 2>/dev/null)/bin/python
BOT_UV ?= $(shell command -v uv 2>/dev/null || echo python3 -m uv)
BOT_VENV ?= .venv-bot
BOT_PY := $(BOT_VENV)/bin/python
BOT_RASA := $(BOT_VENV)/bin/rasa
BOT_STAMPS ?= .stamps
BOT_MODEL_DIR ?= models
BOT_MODEL_NAME ?= assistant
BOT_MODEL := $(BOT_MODEL_DIR)/$(BOT_MODEL_NAME).tar.gz
BOT_RESULTS ?= results
BOT_RASA_ARGS := --config bot/config.yml --domain bot/domain --data data
# Training inputs: a change to any of these (content, not mtime) retrains.
BOT_TRAIN_INPUTS = bot/config.yml $(shell find bot/domain data bot/jieba bot/components -type f \
	\( -name '*.yml' -o -name '*.txt' -o -name '*.py' \) 2>/dev/null | LC_ALL=C sort)
# Quiet TensorFlow and Rasa's telemetry; no network at run time.
BOT_RUN_ENV := PYTHONWARNINGS=ignore::DeprecationWarning TF_CPP_MIN_LOG_LEVEL=2 RASA_TELEMETRY_ENABLED=false SQLALCHEMY_SILENCE_UBER_WARNING=1

.PHONY: bot-env bot-dev-env bot-typecheck bot-pytest bot-train bot-validate bot-test-nlu \
	bot-test-stories bot-test bot-clean

bot-env: $(BOT_STAMPS)/bot-env

$(BOT_STAMPS)/bot-env: bot/requirements.txt
	@test -x "$(BOT_PYTHON310)" || { echo "bot-env: Python 3.10 not found (pyenv prefix 3.10); set BOT_PYTHON310" >&2; exit 1; }
	@test -x $(BOT_PY) || $(BOT_UV) venv --quiet --python $(BOT_PYTHON310) $(BOT_VENV)
	@echo "bot-env: installing Rasa 3.6 into $(BOT_VENV) (about a minute, once)"
	@$(BOT_UV) pip install --quiet --python $(BOT_PY) -r bot/requirements.txt
	@mkdir -p $(BOT_STAMPS) && touch $@

# mypy and pytest in the same environment, constrained to Rasa's locked versions
# (bot/requirements-dev.in; installing them changes nothing Rasa runs with).
bot-dev-env: $(BOT_STAMPS)/bot-dev-env

$(BOT_STAMPS)/bot-dev-env: bot/requirements-dev.txt $(BOT_STAMPS)/bot-env
	@$(BOT_UV) pip install --quiet --python $(BOT_PY) -r bot/requirements-dev.txt
	@mkdir -p $(BOT_STAMPS) && touch $@

# bot/ (and its tests) type-checked strictly; Rasa and other untyped libraries are Any.
bot-typecheck: bot-dev-env
	$(BOT_PY) -m mypy --config-file bot/mypy.ini bot tests/bot

# The tests that need Rasa, as plain pytest files (tests/bot/), in this environment.
bot-pytest: bot-dev-env
	$(BOT_RUN_ENV) $(BOT_PY) -m pytest -c tests/bot/pytest.ini --rootdir=. tests/bot

# Retrain only when the hash of config, domain and training data differs from the last model's.
bot-train: bot-env
	@mkdir -p $(BOT_STAMPS)
	@hash=$$(cat $(BOT_TRAIN_INPUTS) | sha256sum | cut -d' ' -f1); \
	if [ -f $(BOT_MODEL) ] && [ "$$(cat $(BOT_STAMPS)/bot-train.sha 2>/dev/null)" = "$$hash" ]; then \
		echo "bot-train: $(BOT_MODEL) is up to date"; \
	else \
		echo "bot-train: data or config changed; training $(BOT_MODEL) (about a minute)"; \
		start=$$(date +%s); \
		$(BOT_RUN_ENV) $(BOT_RASA) train $(BOT_RASA_ARGS) --out $(BOT_MODEL_DIR) \
			--fixed-model-name $(BOT_MODEL_NAME) && \
		echo "$$hash" > $(BOT_STAMPS)/bot-train.sha && \
		echo "bot-train: trained $(BOT_MODEL) in $$(( $$(date +%s) - start )) s"; \
	fi

# `rasa data validate --fail-on-warnings`, counting the form's utter_ask_* questions and the
# responses uttered by custom actions as used (Rasa cannot see those); any other warning fails.
bot-validate: bot-env
	$(BOT_RUN_ENV) $(BOT_PY) bot/scripts/validate.py $(BOT_RASA_ARGS)

# The held-out set must stay held out (no near-duplicates of training examples), then the bars.
bot-test-nlu: bot-train
	$(BOT_RUN_ENV) $(BOT_PY) bot/scripts/nlu_overlap.py --train data/nlu --test tests/nlu
	@rm -rf $(BOT_RESULTS)/nlu
	$(BOT_RUN_ENV) $(BOT_RASA) test nlu --model $(BOT_MODEL) --nlu tests/nlu \
		--out $(BOT_RESULTS)/nlu --successes --no-plot
	$(BOT_PY) bot/scripts/nlu_report.py --results $(BOT_RESULTS)/nlu --tests tests/nlu

bot-test-stories: bot-train
	$(BOT_RUN_ENV) $(BOT_RASA) test core --model $(BOT_MODEL) --stories tests/stories \
		--out $(BOT_RESULTS)/core --fail-on-prediction-errors --no-plot

bot-test: bot-validate bot-test-nlu bot-test-stories

bot-clean:
	rm -rf $(BOT_MODEL) $(BOT_RESULTS) $(BOT_STAMPS)/bot-train.sha
