# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
export SEEDS_DIR ?= $(CURDIR)/seeds
export WAREHOUSE_DIR ?= $(CURDIR)/warehouse
DAGSTER_PORT ?= 3000

.PHONY: install run test ui eval lint bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements-baseline.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-baseline.txt
	@mkdir -p $(DAGSTER_HOME) && cp -n dagster.yaml $(DAGSTER_HOME)/dagster.yaml 2>/dev/null || true
	touch $@

run: install
	$(VENV)/bin/pipelines run

test: install
	$(PY) -m pytest -q -n 2

ui: install
	$(VENV)/bin/dagster dev -m pipelines.defs -h 127.0.0.1 -p $(DAGSTER_PORT)

eval: install
	$(VENV)/bin/pipelines eval --seeds ../shared/corpus/docs --gold ../shared/corpus/gold.json

lint: install
	$(VENV)/bin/ruff check pipelines tests benchmarks
	$(VENV)/bin/ruff format --check pipelines tests benchmarks

clean:
	rm -rf $(VENV) .dagster_home warehouse/*/ warehouse/warehouse.duckdb
