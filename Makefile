# Détente: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLES := src/detente/samples
CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: setup demo test lint compat bench eval clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e '.[dev]'
	$(BIN)/pip check
	touch $@

DEMO_DB := out/demo.db

demo: setup
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/detente ingest $(SAMPLES) --db $(DEMO_DB)
	$(BIN)/detente relations --db $(DEMO_DB) --top 5
	$(BIN)/detente relations Greece Turkey --db $(DEMO_DB) --explain --top 3 --plot out/greece_turkey.png
	$(BIN)/detente quotes --db $(DEMO_DB) --about Venezuela --search border --limit 5

test: setup $(CHROMEDRIVER)
	$(BIN)/pytest

# The browser tests drive Debian's chromium; installed here when missing (CI runs as root on a clean machine).
$(CHROMEDRIVER):
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	else echo "note: the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"; fi

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

# Détente from its ranges in a fresh environment beside the latest pandas, FastAPI, Dask and Jupyter, then its
# Python API and web API tests there.
COMPAT := .venv-compat
compat:
	rm -rf $(COMPAT)
	$(PYTHON) -m venv $(COMPAT)
	$(COMPAT)/bin/pip install --quiet --upgrade pip
	$(COMPAT)/bin/pip install --quiet '.[pandas]' fastapi dask jupyter pytest hypothesis httpx2
	$(COMPAT)/bin/pip check
	$(COMPAT)/bin/python -m pytest -p no:cacheprovider tests/test_python_api.py tests/test_web_api.py

bench: setup
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

eval: setup
	@for s in quotes time events; do $(BIN)/python ../shared/eval/score.py $$s; done

clean:
	rm -rf $(VENV) $(COMPAT) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
