"""The ledger on its own: whole-document writes, interrupts, schema versions, migration, health checks.

Tests taking ``db`` run twice, on an SQLite file and on a PostgreSQL database
(conftest.py); those marked ``sqlite`` are about the SQLite file itself
(its pragmas, migrations from the versions before PostgreSQL was supported, a
file that is not a database).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from ledger_helpers import at_once, execute, foreign_keys_off, is_pg, make_newer, query

from factcheck.cli import main
from factcheck.ledger import SCHEMA_VERSION, Ledger, LedgerError
from factcheck.model import Claim, Document

TEXT = "सेना ने 10,000 सैनिक भेजे। बाद में 500 और आए।"

#: The version-1 schema exactly as released (frozen here: the migration test builds old ledgers from it).
SCHEMA_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, text TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '', outlet TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '', published_origin TEXT NOT NULL DEFAULT 'unknown',
    format TEXT NOT NULL DEFAULT 'text', meta TEXT NOT NULL DEFAULT '{}', extracted_at TEXT NOT NULL
);
CREATE TABLE sentences (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY (document_id, idx)
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    kind TEXT NOT NULL, value_low REAL, value_high REAL, qualifier TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '', object TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'actual', "when" TEXT NOT NULL DEFAULT '', event TEXT NOT NULL DEFAULT '',
    attributed_to TEXT NOT NULL DEFAULT '', furniture INTEGER NOT NULL DEFAULT 0,
    reasons TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX claims_measure ON claims(kind, subject);
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, a_claim_id INTEGER NOT NULL,
    b_claim_id INTEGER NOT NULL, type TEXT NOT NULL, severity TEXT NOT NULL, gap REAL,
    reason TEXT NOT NULL, found_at TEXT NOT NULL
);
CREATE TABLE resolutions (
    key TEXT PRIMARY KEY, state TEXT NOT NULL CHECK (state IN ('resolved', 'dismissed')),
    note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL
);
PRAGMA user_version = 1;
"""


def document(source: str = "a.txt", text: str = TEXT, sha: str = "h1") -> Document:
    return Document(source=source, text=text, sha256=sha, outlet="X", published="2024-06-18",
                    meta={"encoding": "utf-8"})


def claims_of(text: str = TEXT) -> list[Claim]:
    first, second = "10,000 सैनिक", "500"
    s1, s2 = text.index(first), text.index(second)
    return [
        Claim(start=s1, end=s1 + len(first), text=first, kind="troops", value_low=10000, subject="India",
              sentence_index=0, reasons={"kind": "सैनिक -> troops"}),
        Claim(start=s2, end=s2 + len(second), text=second, kind="troops", value_low=500, sentence_index=1),
    ]


def sentences_of(text: str = TEXT) -> list[tuple[int, int]]:
    cut = text.index("।") + 1
    return [(0, cut), (cut + 1, len(text))]


def store(ledger: Ledger, source: str = "a.txt", sha: str = "h1") -> int:
    return ledger.store(document(source, sha=sha), sentences_of(), claims_of())


def doctor(path: Path | str) -> tuple[int, str]:
    """Exit code and output (rich's line wrapping undone) of ``factcheck doctor``."""
    result = CliRunner().invoke(main, ["doctor", "--db", str(path)])
    return result.exit_code, " ".join(result.output.split())


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# -- writing ---------------------------------------------------------------
def test_store_round_trips_and_is_healthy(db: str) -> None:
    with Ledger(db) as ledger:
        store(ledger)
        got = list(ledger.claims())
        assert [(c.text, c.value_low, c.source) for c in got] == [("10,000 सैनिक", 10000, "a.txt"),
                                                                   ("500", 500, "a.txt")]
        assert got[0].reasons == {"kind": "सैनिक -> troops"}
        assert got[0].sentence == TEXT[:TEXT.index("।") + 1]
        assert ledger.check() == []
        assert ledger.counts() == {"documents": 1, "sentences": 2, "claims": 2, "conflicts": 0,
                                   "reviews": 0, "claim_reviews": 0, "stories": 0}
    if not is_pg(db):
        assert rows(Path(db), "PRAGMA journal_mode") == [("wal",)]


def test_restoring_a_document_replaces_it_and_drops_conflicts_on_its_old_claims(db: str) -> None:
    with Ledger(db) as ledger:
        store(ledger, "a.txt")
        store(ledger, "b.txt")
        a_claim = next(c.claim_id for c in ledger.claims(source="a.txt"))
        b_claim = next(c.claim_id for c in ledger.claims(source="b.txt"))
        ledger.db.execute("INSERT INTO conflicts (key, a_claim_id, b_claim_id, type, severity, reason,"
                          " found_at) VALUES ('k', ?, ?, 'value', 'high', 'r', 'now')", (a_claim, b_claim))
        ledger.resolve_conflict(1, note="checked")
        store(ledger, "a.txt", sha="h2")
        assert ledger.counts()["documents"] == 2
        assert ledger.counts()["claims"] == 4
        # the reviewed conflict row stays (its claims gone) so its review history keeps naming it
        assert [tuple(r) for r in ledger.db.execute("SELECT a_claim_id, b_claim_id FROM conflicts")] == [
            (None, b_claim)]
        assert ledger.resolution("k") == ("confirmed", "checked")  # kept for when the conflict returns
        assert ledger.document_hash("a.txt") == "h2"
        assert ledger.check() == []


class Interrupting:
    """Stands in for the connection and raises KeyboardInterrupt at the n-th statement (or just after it)."""

    def __init__(self, db: sqlite3.Connection, at: int, after: bool) -> None:
        self.db, self.at, self.after, self.calls = db, at, after, 0

    def _maybe(self, method: str, *args: Any) -> Any:
        self.calls += 1
        if self.calls == self.at and not self.after:
            raise KeyboardInterrupt
        result = getattr(self.db, method)(*args)
        if self.calls == self.at:
            raise KeyboardInterrupt
        return result

    def execute(self, *args: Any) -> Any:
        return self._maybe("execute", *args)

    def executemany(self, *args: Any) -> Any:
        return self._maybe("executemany", *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.db, name)


def statements_in_store(db: str) -> int:
    with Ledger(db) as ledger:
        store(ledger)
        counter = Interrupting(ledger.db, at=0, after=False)
        ledger.db = counter  # type: ignore[assignment]
        store(ledger, sha="h2")
        ledger.db = counter.db
        return counter.calls


def test_ctrl_c_anywhere_in_store_leaves_the_old_document_or_the_new_one_never_half(new_db: Any) -> None:
    n = statements_in_store(new_db())
    assert n >= 5
    for at in range(1, n + 1):
        for after in (False, True):
            with Ledger(new_db()) as ledger:
                store(ledger)
                real = ledger.db
                ledger.db = Interrupting(real, at, after)  # type: ignore[assignment]
                with pytest.raises(KeyboardInterrupt):
                    ledger.store(document(sha="h2", text=TEXT + " नया"), sentences_of(), claims_of()[:1])
                ledger.db = real
                assert not real.in_transaction
                assert ledger.check() == []
                sha = ledger.document_hash("a.txt")
                expected = {"h1": (2, 2), "h2": (2, 1)}[sha or ""]
                assert (ledger.counts()["sentences"], ledger.counts()["claims"]) == expected
                store(ledger, "b.txt")  # still usable
                assert ledger.counts()["documents"] == 2


def test_a_nul_in_the_text_does_not_cut_the_claims_sentence(db: str) -> None:
    text = "a\x00b " + TEXT
    with Ledger(db) as ledger:
        ledger.store(document(text=text), [(0, text.index("।") + 1)], claims_of(text)[:1])
        (claim,) = ledger.claims()
        # PostgreSQL text cannot hold NUL: it is stored as U+FFFD, one character for one, offsets unchanged
        nul = "\ufffd" if is_pg(db) else "\x00"
        assert claim.sentence == f"a{nul}b सेना ने 10,000 सैनिक भेजे।"
        assert ledger.claim(claim.claim_id or 0) == claim
        assert ledger.check() == []


def test_failed_store_rolls_back(db: str) -> None:
    with Ledger(db) as ledger:
        store(ledger)
        with pytest.raises(ledger.dialect.integrity_error):
            ledger.store(document(sha="h2"), [(0, 5), (None, 5)], claims_of())  # type: ignore[list-item]
        bad = Claim(start=0, end=1, text="x", kind=None)  # type: ignore[arg-type]
        with pytest.raises(ledger.dialect.integrity_error):
            ledger.store(document(sha="h3"), sentences_of(), [bad])
        assert ledger.document_hash("a.txt") == "h1"
        assert ledger.counts()["claims"] == 2
        assert ledger.check() == []


def test_two_connections_writing_at_once_store_every_document_once(db: str) -> None:
    Ledger(db).close()

    def work(names: list[str]) -> None:
        with Ledger(db) as ledger:
            for name in names:
                store(ledger, name)

    names = [f"d{i:02}.txt" for i in range(30)]
    assert at_once(work, [(names[:20],), (names[10:],)]) == []
    with Ledger(db) as ledger:
        assert [d.source for d in ledger.documents()] == names
        assert ledger.counts()["claims"] == 2 * len(names)
        assert ledger.check() == []


def test_two_writers_replacing_the_same_documents_at_once_leave_each_whole_and_once(db: str) -> None:
    Ledger(db).close()
    names = [f"d{i:02}.txt" for i in range(8)]

    def work(sha: str) -> None:
        with Ledger(db) as ledger:
            for _ in range(6):
                for name in names:  # the writers on the same document at the same moment
                    store(ledger, name, sha=sha)

    assert at_once(work, [("h1",), ("h2",), ("h3",)]) == []
    with Ledger(db) as ledger:
        assert [d.source for d in ledger.documents()] == names
        assert {ledger.document_hash(n) for n in names} <= {"h1", "h2", "h3"}
        assert ledger.counts()["claims"] == 2 * len(names)
        assert ledger.check() == []


# -- schema versions (migrations from versions 1-4 are SQLite-only: PostgreSQL ledgers start at 5) --------
def build_v1(path: Path) -> None:
    con = sqlite3.connect(path)
    con.executescript(SCHEMA_V1)
    con.execute("INSERT INTO documents (id, source, sha256, text, outlet, extracted_at)"
                " VALUES (7, 'old.txt', 'h0', ?, 'Old Outlet', '2024-01-01')", (TEXT,))
    cut = TEXT.index("।") + 1
    con.executemany("INSERT INTO sentences VALUES (7, ?, ?, ?)", [(0, 0, cut), (1, cut + 1, len(TEXT))])
    s = TEXT.index("500")
    con.execute("INSERT INTO claims (id, document_id, sentence_index, start, end, text, kind, value_low)"
                " VALUES (3, 7, 1, ?, ?, '500', 'troops', 500)", (s, s + 3))
    con.execute("INSERT INTO conflicts (key, a_claim_id, b_claim_id, type, severity, reason, found_at)"
                " VALUES ('k', 3, 3, 'value', 'low', 'r', 'then')")
    con.execute("INSERT INTO resolutions VALUES ('k', 'dismissed', 'fine', 'then')")
    con.commit()
    con.close()


@pytest.mark.sqlite
def test_version_1_ledger_is_migrated_in_place_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    build_v1(path)
    with Ledger(path) as ledger:
        assert (ledger.version, ledger.migrated_from) == (1, 1)
        assert [(c.claim_id, c.text, c.value_low, c.source, c.outlet) for c in ledger.claims()] == [
            (3, "500", 500, "old.txt", "Old Outlet")]
        assert ledger.resolution("k") == ("dismissed", "fine")
        assert ledger.check() == []
        store(ledger, "new.txt")
        assert ledger.check() == []
    assert rows(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert rows(path, "SELECT n_sentences, n_claims FROM documents WHERE source = 'old.txt'") == [(2, 1)]
    indexes = {r[0] for r in rows(path, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"conflicts_a", "conflicts_b", "claims_document", "claims_measure"} <= indexes
    with Ledger(path) as again:  # a second open finds nothing to do
        assert (again.version, again.migrated_from) == (SCHEMA_VERSION, None)


@pytest.mark.sqlite
def test_migration_makes_partial_old_documents_visible(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    build_v1(path)
    with Ledger(path) as ledger:
        ledger.db.execute("DELETE FROM claims")  # claims lost after the migration counted them
        assert any("not whole" in p and "old.txt (2/2 sentences, 0/1 claims)" in p for p in ledger.check())


@pytest.mark.sqlite
def test_unversioned_ledger_with_tables_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "v0.db"
    build_v1(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 0")
    con.close()
    with Ledger(path) as ledger:
        assert ledger.migrated_from == 0
        assert ledger.counts()["claims"] == 1
        assert ledger.check() == []


def test_newer_ledger_is_refused_untouched(db: str) -> None:
    path = db
    make_newer(db, SCHEMA_VERSION + 1)
    before = Path(db).read_bytes() if not is_pg(db) else None
    with pytest.raises(LedgerError, match=rf"schema version {SCHEMA_VERSION + 1} is newer .*upgrade factcheck"):
        Ledger(path)
    if is_pg(db):
        assert query(db, "SELECT version FROM factcheck_schema_version") == [(SCHEMA_VERSION + 1,)]
        assert query(db, "SELECT to_regclass('claims')") == [(None,)]
    else:
        assert Path(db).read_bytes() == before
        assert not Path(f"{path}-wal").exists()
    code, output = doctor(path)
    assert code == 1
    assert "is newer than this factcheck understands" in output
    assert "Traceback" not in output


@pytest.mark.sqlite
@pytest.mark.parametrize("content", [b"just some text, not a database" * 10, b"SQLite format 3\x00" + b"\x01" * 200])
def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(LedgerError, match="not a factcheck ledger"):
        Ledger(path)
    assert path.read_bytes() == content


@pytest.mark.sqlite
def test_a_ledger_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="cannot open the ledger"):
        Ledger(tmp_path / "no" / "such" / "fc.db")


def test_another_programs_database_is_refused(db: str) -> None:
    execute(db, "CREATE TABLE recipes (name TEXT)")
    with pytest.raises(LedgerError, match="not a factcheck ledger.*recipes"):
        Ledger(db)
    if is_pg(db):
        assert query(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()") == [
            ("recipes",)]
    else:
        assert rows(Path(db), "SELECT name FROM sqlite_master") == [("recipes",)]


# -- health ----------------------------------------------------------------
def test_check_reports_each_kind_of_damage(db: str) -> None:
    path = db
    with Ledger(path) as ledger:
        store(ledger, "a.txt")
        store(ledger, "b.txt")
        store(ledger, "c.txt")
        foreign_keys_off(ledger)
        db = ledger.db  # type: ignore[assignment]
        db.execute('INSERT INTO claims (document_id, sentence_index, start, "end", text, kind)'
                   " VALUES (999, 0, 0, 1, 'x', 'troops')")
        db.execute("INSERT INTO sentences VALUES (998, 0, 0, 1)")
        db.execute("INSERT INTO conflicts (key, a_claim_id, b_claim_id, type, severity, reason, found_at)"
                   " VALUES ('gone', 12345, 1, 'value', 'high', 'r', 'now')")
        a, b, c = (r[0] for r in db.execute("SELECT id FROM documents ORDER BY source"))
        db.execute("DELETE FROM claims WHERE id = (SELECT max(id) FROM claims WHERE document_id = ?)", (a,))
        db.execute('UPDATE claims SET "end" = 10000 WHERE document_id = ? AND value_low = 500', (b,))
        db.execute("UPDATE claims SET start = start + 1 WHERE document_id = ? AND value_low = 10000", (c,))
        db.execute("UPDATE claims SET sentence_index = 5 WHERE document_id = ? AND value_low = 500", (c,))
        problems = ledger.check()
    text = "\n".join(problems)
    if not is_pg(path):  # PostgreSQL enforces foreign keys itself: only the orphan-row checks look
        assert "foreign key violations (in claims, conflicts, sentences)" in text
    assert "1 claims belong to no document" in text
    assert "1 sentences belong to no document" in text
    assert "1 conflicts point at missing claims" in text
    assert "1 claims point at a sentence their document does not have" in text
    assert "1 documents are not whole: a.txt (2/2 sentences, 1/2 claims)" in text
    assert "2 documents have sentences or claims outside their text" in text
    assert "past the end" in text and "is not '10,000 सैनिक'" in text


def test_check_reports_an_old_schema_version(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.dialect.set_version(ledger.db, 1)
        assert ledger.check() == [f"schema version 1, expected {SCHEMA_VERSION}"]


def test_doctor_on_a_healthy_ledger(db: str) -> None:
    path = db
    with Ledger(path) as ledger:
        store(ledger)
    code, output = doctor(path)
    assert code == 0, output
    assert f"schema version {SCHEMA_VERSION}" in output
    assert "1 documents" in output and "2 claims" in output
    assert "healthy" in output


def test_doctor_reports_an_orphan_claim_and_exits_1(db: str) -> None:
    path = db
    with Ledger(path) as ledger:
        store(ledger)
    execute(db, 'INSERT INTO claims (document_id, sentence_index, start, "end", text, kind)'
            " VALUES (42, 0, 0, 3, 'abc', 'killed')", foreign_keys=False)
    code, output = doctor(path)
    assert code == 1
    assert "1 claims belong to no document" in output
    assert is_pg(db) or "foreign key violations" in output
    assert "healthy" not in output


@pytest.mark.sqlite
def test_doctor_on_a_missing_ledger_does_not_create_one(tmp_path: Path) -> None:
    path = tmp_path / "none.db"
    code, output = doctor(path)
    assert code == 1
    assert "no ledger at" in output
    assert not path.exists()
