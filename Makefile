# Verifier — the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export QT_QPA_PLATFORM ?= offscreen


.PHONY: setup demo test soak lint typecheck unit bench bench-images bench-inspection bench-library bench-alignment bench-chip bench-watchlist hub-demo hub-screenshots bench-hub clean fixtures fixtures-full train-mrz train-patch screenshots translations dist dist-test

setup: $(STAMP)

# Re-run when the dependency list changes; cheap no-op otherwise.
$(STAMP): pyproject.toml packaging/debian-packages.txt scripts/setup-system.sh
	@scripts/setup-system.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[gui,dev,chip,hub]'
	@touch $(STAMP)

# With a display: the desktop application on the sample documents, in a demo data dir
# (build/demo-home) so that a first look creates no account on the real workstation;
# without a display (CI, SSH): the verdict table.
demo: setup
ifdef DISPLAY
	env -u QT_QPA_PLATFORM VERIFIER_HOME=$${VERIFIER_HOME:-$(CURDIR)/build/demo-home} \
		VERIFIER_ENROLMENT=$${VERIFIER_ENROLMENT:-$(CURDIR)/build/demo-enrolment.json} \
		$(VENV)/bin/verifier demo --gui
else
	$(VENV)/bin/verifier demo
endif

lint: setup
	$(VENV)/bin/ruff check verifier hub tests bench fixtures scripts packaging
	$(VENV)/bin/ruff format --check verifier hub tests bench fixtures scripts packaging
	$(VENV)/bin/mypy --strict verifier hub
	$(VENV)/bin/lint-imports

# The core (everything but verifier/gui) is tested in an environment without PySide6
# (.venv-core), so that nothing outside the GUI can come to need Qt; the GUI's tests run in
# .venv. One coverage report over both runs.
CORE_VENV := .venv-core
CORE_STAMP := $(CORE_VENV)/.installed
$(CORE_STAMP): pyproject.toml $(STAMP)
	@test -x $(CORE_VENV)/bin/python || $(PYTHON) -m venv $(CORE_VENV)
	@$(CORE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(CORE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test,chip,hub]'
	@touch $@

unit: setup $(CORE_STAMP)
	@scripts/test-pcsc.sh
	$(VENV)/bin/coverage erase
	$(CORE_VENV)/bin/coverage run -p -m pytest --ignore=tests/gui --ignore=tests/soak --ignore=verifier/gui
	$(VENV)/bin/coverage run -p -m pytest tests/gui verifier/gui
	$(VENV)/bin/coverage combine --quiet
	$(VENV)/bin/coverage report --fail-under=90
	$(VENV)/bin/coverage report --include='verifier/mrz/*' --fail-under=100

test: lint unit

# An officer's day: 1,000 inspections in one application session (SOAK_INSPECTIONS=N for fewer)
soak: setup
	$(VENV)/bin/pytest -m soak -s -p no:cacheprovider tests/soak

$(VENV)/.bench-installed: $(STAMP)
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[gui,dev,bench]'
	@touch $@

bench: $(VENV)/.bench-installed
	$(PY) bench/bench_mrz.py

# A full inspection per stage; a national-size library (1,000 generated templates: ~3 minutes
# to draw into build/bench-library the first time, ~20 minutes to measure)
bench-inspection: setup
	$(PY) bench/bench_inspection.py

bench-library: setup
	$(PY) bench/bench_library.py

# Alignment against the generator's known capture geometry (build/samples: ~3 minutes to draw
# the first time, ~4 to measure)
bench-alignment: setup
	test -d build/samples || $(PY) -m fixtures.generator --full
	$(PY) bench/bench_alignment.py

# The chip: access, reading, Passive Authentication; the BSI master list's import
bench-chip: setup
	$(PY) bench/bench_chip.py

# The regional hub at 5 million records: ingest and every dashboard query, PostgreSQL and SQLite
# (~15 minutes)
bench-hub: setup
	$(PY) bench/bench_hub.py

# The regional hub on generated data (six states, sixty points of entry, two years; SQLite in
# build/hub-demo): prints the address to open and the demo account
hub-demo: setup
	$(PY) -m hub.demo --folder build/hub-demo

# The hub's pages on the generated region, drawn by headless Chromium into docs/screenshots/
hub-screenshots: setup
	$(PY) scripts/hub_screenshots.py

# Watch lists of 10 million entries against an indexed SQLite table (~2 minutes)
bench-watchlist: setup
	$(PY) bench/bench_watchlist.py

bench-images: $(VENV)/.bench-installed
	test -d build/samples || $(PY) -m fixtures.generator --full
	$(PY) bench/bench_mrz_images.py

# Sample documents (compact set, committed) and the Utopia reference library.
fixtures: setup
	$(PY) -m fixtures.generator

# Every capture variant (scanner 150/300/600 dpi, camera) into build/samples; not committed.
fixtures-full: setup
	$(PY) -m fixtures.generator --full

# Retrain the models (CPU PyTorch in its own venv, with Verifier itself for the shared code
# and the sample generator): MRZ recogniser ~10 minutes, patch comparator ~15 on 2 cores.
.venv-train/.installed: pyproject.toml
	$(PYTHON) -m venv .venv-train
	.venv-train/bin/pip install --quiet torch==2.13.0 onnx -e .
	@touch $@

train-mrz: .venv-train/.installed
	.venv-train/bin/python models/train/train_mrz_ocr.py

train-patch: .venv-train/.installed
	.venv-train/bin/python models/train/train_patch_siamese.py

clean:
	rm -rf $(VENV) $(CORE_VENV) $(DIST_VENV) .mypy_cache .ruff_cache .pytest_cache .coverage build *.egg-info

# The desktop application's screenshots (docs/screenshots/) and translations (ui/translations/).
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

translations: setup
	$(PY) scripts/translations.py

# Installers (docs/install.md): PyInstaller bundle, .deb, AppDir, MSI; and their smoke test.
# The installers, from a fresh machine too: their build tools are installed first, like
# `make test`'s (packaging/debian-packages-dist.txt). They are built in their own environment
# (.venv-dist) with what the workstation runs (no hub, no test tools), an OpenCV with only the
# modules Verifier calls and a NumPy without OpenBLAS, both built from PyPI's source
# (packaging/build_wheels.py: once, ~20 minutes on 2 cores); the development environment keeps
# PyPI's wheels.
DIST_VENV := .venv-dist
DIST_STAMP := $(DIST_VENV)/.installed
$(DIST_STAMP): $(STAMP) pyproject.toml packaging/debian-packages-dist.txt packaging/build_wheels.py
	@scripts/setup-system.sh packaging/debian-packages-dist.txt
	@$(PY) packaging/build_wheels.py
	@rm -rf $(DIST_VENV) && $(PYTHON) -m venv $(DIST_VENV)
	@$(DIST_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(DIST_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		build/wheels/*.whl -e '.[gui,chip,dist]'
	@touch $@

dist: $(DIST_STAMP)
	$(DIST_VENV)/bin/pyinstaller --noconfirm --distpath build/dist --workpath build/pyinstaller packaging/verifier.spec
	$(DIST_VENV)/bin/python packaging/build_dist.py

dist-test: $(DIST_STAMP)
	bash packaging/dist_test.sh build/dist
