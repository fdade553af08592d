# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
export SEEDS_DIR ?= $(CURDIR)/seeds
export WAREHOUSE_DIR ?= $(CURDIR)/warehouse
DAGSTER_PORT ?= 3000

.PHONY: install install-cluster run test test-cluster cluster-demo ui eval eval-invented bench freshness lint clean

install: $(VENV)/.installed $(DAGSTER_HOME)/dagster.yaml

$(VENV)/.installed: pyproject.toml requirements-baseline.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-baseline.txt
	touch $@

# The project's dagster.yaml, or its PostgreSQL variant when DAGSTER_PG_URL / DAGSTER_PG_HOST is set.
$(DAGSTER_HOME)/dagster.yaml: dagster.yaml FORCE
	$(PY) -m pipelines.instance $(DAGSTER_HOME) >/dev/null

FORCE:

# Scaling out: dask[distributed] and dagster-postgres (README "Scaling out").
install-cluster: $(VENV)/.installed-cluster

$(VENV)/.installed-cluster: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[dev,cluster]'
	touch $@

run: install
	$(VENV)/bin/pipelines run

test: install
	bash scripts/install_browser.sh
	$(PY) -m pytest -q -n 2 -m 'not cluster'

# Real S3 (moto), Dask and PostgreSQL servers on 127.0.0.1, started and stopped by the tests' fixtures.
test-cluster: install install-cluster
	$(PY) -m pytest -q -m cluster

# moto S3 + Dask scheduler + 2 workers on 127.0.0.1, SEEDS_DIR built onto s3:// through them, a
# summary read by DuckDB from s3://; everything started is stopped.
cluster-demo: install install-cluster
	$(PY) scripts/cluster_demo.py

ui: install
	$(VENV)/bin/dagster dev -m pipelines.defs -h 127.0.0.1 -p $(DAGSTER_PORT)

eval: install
	$(VENV)/bin/pipelines eval --seeds ../shared/corpus/docs --gold ../shared/corpus/gold.json

# 14 + 14 + 12 + 10 + 4 x 12 + 8 + 290 x 10 invented releases (3,006) labelled by the corpus rules by helpers that never saw the extraction
# rules (README "Accuracy"): a second opinion beside the real corpus.
eval-invented: install
	$(VENV)/bin/pipelines eval --seeds tests/data/invented/docs --gold tests/data/invented/gold.json --no-baseline
	$(VENV)/bin/pipelines eval --seeds tests/data/invented2/docs --gold tests/data/invented2/gold.json --no-baseline
	$(VENV)/bin/pipelines eval --seeds tests/data/invented3/docs --gold tests/data/invented3/gold.json --no-baseline
	$(VENV)/bin/pipelines eval --seeds tests/data/invented4/docs --gold tests/data/invented4/gold.json --no-baseline
	for n in 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119 120 121 122 123 124 125 126 127 128 129 130 131 132 133 134 135 136 137 138 139 140 141 142 143 144 145 146 147 148 149 150 151 152 153 154 155 156 157 158 159 160 161 162 163 164 165 166 167 168 169 170 171 172 173 174 175 176 177 178 179 180 181 182 183 184 185 186 187 188 189 190 191 192 193 194 195 196 197 198 199 200 201 202 203 204 205 206 207 208 209 210 211 212 213 214 215 216 217 218 219 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258 259 260 261 262 263 264 265 266 267 268 269 270 271 272 273 274 275 276 277 278 279 280 281 282 283 284 285 286 287 288 289 290 291 292 293 294 295 296 297 298 299; do $(VENV)/bin/pipelines eval --seeds tests/data/invented$$n/docs --gold tests/data/invented$$n/gold.json --no-baseline; done

bench: install
	$(PY) -m benchmarks.run --sizes 1000,10000

freshness: install
	$(PY) -m benchmarks.freshness --sizes 10,10000 --repeats 5

lint: install
	$(VENV)/bin/ruff check pipelines tests benchmarks
	$(VENV)/bin/ruff format --check pipelines tests benchmarks

clean:
	rm -rf $(VENV) $(DAGSTER_HOME) warehouse/*/ warehouse/warehouse.duckdb
