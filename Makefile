# Verifier — the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup demo test lint typecheck unit bench clean fixtures fixtures-full

setup: $(STAMP)

# Re-run when the dependency list changes; cheap no-op otherwise.
$(STAMP): pyproject.toml packaging/debian-packages.txt scripts/setup-system.sh
	@scripts/setup-system.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

demo: setup
	$(VENV)/bin/verifier demo

lint: setup
	$(VENV)/bin/ruff check verifier tests bench fixtures
	$(VENV)/bin/ruff format --check verifier tests bench fixtures
	$(VENV)/bin/mypy --strict verifier
	$(VENV)/bin/lint-imports

unit: setup
	$(VENV)/bin/coverage erase
	$(VENV)/bin/coverage run -m pytest
	$(VENV)/bin/coverage report --fail-under=90
	$(VENV)/bin/coverage report --include='verifier/mrz/*' --fail-under=100

test: lint unit

$(VENV)/.bench-installed: $(STAMP)
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	@touch $@

bench: $(VENV)/.bench-installed
	$(PY) bench/bench_mrz.py

# Sample documents (compact set, committed) and the Utopia reference library.
fixtures: setup
	$(PY) -m fixtures.generator

# Every capture variant (scanner 150/300/600 dpi, camera) into build/samples; not committed.
fixtures-full: setup
	$(PY) -m fixtures.generator --full

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .coverage build *.egg-info
