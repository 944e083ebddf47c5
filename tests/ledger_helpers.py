"""Raw access to a ledger's database, SQLite file or PostgreSQL URL, past the Ledger class (to inspect or damage it).

The SQL is written with ``?`` placeholders, as the tests write it for SQLite;
on PostgreSQL they become ``%s``. These helpers go through sqlite3 or psycopg
directly, never through factcheck's own connection layer, so they check it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from itertools import count
from typing import Any
from urllib.parse import quote

from factcheck.stores import is_url

_databases = count()
_databases_made = count()


def is_pg(db: object) -> bool:
    return is_url(db)


#: The one database the tests' ledgers live in, each in a schema of its own (a database each costs ~8 MB).
TEST_DATABASE = "factcheck_tests"


def new_database(server: Any) -> str:
    """A fresh, empty ledger location on the test server: the URL of a new schema in the test database."""
    import psycopg

    name = f"ledger_{next(_databases)}"
    if next(_databases_made) == 0:
        with psycopg.connect(server.get_uri(), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{TEST_DATABASE}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{TEST_DATABASE}"')
    url = str(server.get_uri(database=TEST_DATABASE))
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{name}"')
    return f"{url}{'&' if '?' in url else '?'}options={quote('-c search_path=' + name)}"


def query(db: object, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The rows of one query."""
    if is_pg(db):
        import psycopg

        with psycopg.connect(str(db), autocommit=True) as con:
            return [tuple(r) for r in con.execute(sql.replace("?", "%s"), args or None).fetchall()]
    con = sqlite3.connect(db)  # type: ignore[arg-type]
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def scalar(db: object, sql: str, args: tuple[Any, ...] = ()) -> Any:
    return query(db, sql, args)[0][0]


def execute(db: object, *statements: str | tuple[str, tuple[Any, ...]], foreign_keys: bool = True) -> None:
    """Run statements in one transaction; ``foreign_keys=False`` lets them break the ledger's foreign keys."""
    pairs = [(s, ()) if isinstance(s, str) else s for s in statements]
    if is_pg(db):
        import psycopg

        with psycopg.connect(str(db)) as con:
            if not foreign_keys:
                con.execute("SET session_replication_role = replica")  # foreign keys are triggers; off here
            for sql, args in pairs:
                con.execute(sql.replace("?", "%s"), args or None)
        return
    con = sqlite3.connect(db)  # type: ignore[arg-type]
    try:
        if not foreign_keys:
            con.execute("PRAGMA foreign_keys = OFF")
        for sql, args in pairs:
            con.execute(sql, args)
        con.commit()
    finally:
        con.close()


def foreign_keys_off(ledger: Any) -> None:
    """Let the ledger's own connection break foreign keys (to plant orphan rows)."""
    ledger.db.execute("SET session_replication_role = replica" if ledger.dialect.name == "PostgreSQL"
                      else "PRAGMA foreign_keys = OFF")


def make_newer(db: object, version: int) -> None:
    """Mark the ledger at ``db`` with a schema version this factcheck does not know."""
    if is_pg(db):
        execute(db, "CREATE TABLE documents (id INTEGER PRIMARY KEY, future TEXT)",
                "CREATE TABLE factcheck_schema_version (version INTEGER NOT NULL)",
                (("INSERT INTO factcheck_schema_version VALUES (?)"), (version,)))
    else:
        execute(db, "CREATE TABLE documents (id INTEGER PRIMARY KEY, future TEXT)", f"PRAGMA user_version = {version}")


def at_once(work: Callable[..., None], calls: Sequence[tuple[Any, ...]]) -> list[BaseException]:
    """Run ``work(*args)`` for each of ``calls`` in its own thread, all released together; what they raised."""
    failures: list[BaseException] = []
    start = threading.Barrier(len(calls))

    def run(*args: Any) -> None:
        try:
            start.wait()
            work(*args)
        except BaseException as exc:  # noqa: BLE001 - returned to the test
            failures.append(exc)

    threads = [threading.Thread(target=run, args=args) for args in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return failures
