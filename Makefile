# Two commands a newcomer needs: `make run` and `make test`.
# Every install comes from the lock (requirements/*.txt: exact versions with hashes);
# `make lock` updates it in one command.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements/dev.txt
UV_COMPILE = $(BIN)/uv pip compile --universal --python-version 3.11 --generate-hashes --quiet

.PHONY: run test lint typecheck pytest translations bench lock wheel bundle clean

$(STAMP): $(LOCK) pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		--require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		--no-deps --no-build-isolation -e .
	touch $(STAMP)

translations: $(STAMP)
	$(BIN)/python -m ui.translations build

run: $(STAMP) translations
	$(BIN)/python main.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

# The store, services and a few windows run on SQLite and on PostgreSQL: the server is
# installed if missing (Debian's package) and a throw-away cluster runs for the suite.
pytest: $(STAMP) translations
	$(BIN)/python -m tests.pg.server install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.pg.server run -- \
		$(BIN)/python -m pytest -n 2 -q

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py

# Newest versions that satisfy pyproject.toml, for everything (`make lock`) or one package
# (`make lock UPGRADE="--upgrade-package babel"`); the office installs requirements/app.txt.
UPGRADE ?= --upgrade
lock: $(STAMP)
	$(UV_COMPILE) $(UPGRADE) pyproject.toml requirements/build.in --extra test --extra dev \
		--extra postgres \
		-o requirements/dev.txt
	$(UV_COMPILE) $(UPGRADE) pyproject.toml -c requirements/dev.txt -o requirements/app.txt

# The installable wheel (with compiled translations) in dist/.
wheel: $(STAMP) translations
	$(BIN)/python -m packaging_tools.wheel dist

# The desktop bundle (one folder, PyInstaller) in dist/Delegations/.
bundle: $(STAMP) translations
	$(BIN)/python -m packaging_tools.bundle dist

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
