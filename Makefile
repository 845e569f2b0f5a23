# `make run` and `make test` set everything up on a fresh machine: a .venv, then the app.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
PACKAGE_STAMP := $(VENV)/.installed-package
STANDALONE := dist/holdfast/holdfast

.PHONY: run test lint bench translations package package-check clean

# The window's words in each language: resources/translations/holdfast_<code>.ts, compiled into
# the .qm files the window and the commands read. English has only its plural forms ("1 urge",
# "%n urges"); its other words are the sources themselves.
LANGUAGES := en de es
TRANSLATIONS := resources/translations
CATALOGUES := $(LANGUAGES:%=$(TRANSLATIONS)/holdfast_%.qm)
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations relative app

run: $(APP_STAMP) $(CATALOGUES)
	$(BIN)/holdfast

test: $(TEST_STAMP) $(CATALOGUES) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(TEST_STAMP)
	$(BIN)/python -m tests.benchmarks.run

# Brings every .ts up to date with the words in app/, for translators; the .qm follow by themselves.
translations: $(APP_STAMP)
	$(LUPDATE) -ts $(filter-out %_en.ts,$(LANGUAGES:%=$(TRANSLATIONS)/holdfast_%.ts))
	$(LUPDATE) -pluralonly -ts $(TRANSLATIONS)/holdfast_en.ts

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts | $(APP_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The standalone build: dist/holdfast/, one folder with the program and all it needs.
package: $(PACKAGE_STAMP) $(CATALOGUES)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/holdfast.spec

# Builds it, then runs the built program as a person would: status, the window, the launcher.
package-check: package $(TEST_STAMP)
	HOLDFAST_STANDALONE=$(STANDALONE) QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -m standalone tests/packaging/test_standalone.py

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "Holdfast needs Python 3.11 or newer as '$(PYTHON)' (set PYTHON=... to choose another)."; \
	  exit 1; }
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { \
	  echo "Python's venv module is missing; on Debian or Ubuntu: sudo apt install python3-venv"; \
	  exit 1; }
	$(PYTHON) -m venv $(VENV)

# The first install downloads Qt, a large download: pip shows its progress as it goes.
$(APP_STAMP): pyproject.toml setup.py | $(BIN)/python
	@echo "Installing Holdfast and its dependencies into $(VENV); the first time takes a minute or two."
	$(BIN)/python -m pip install --progress-bar on --editable .
	@echo "Installed. From now on the command is $(BIN)/holdfast (see the README to put it on PATH)."
	touch $@

$(TEST_STAMP): pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $@ $(APP_STAMP)

$(PACKAGE_STAMP): pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable '.[package]'
	touch $@ $(APP_STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache .hypothesis
