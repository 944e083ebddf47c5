"""The claim ledger: one SQLite file holding documents, sentences, claims and conflicts.

Every document is written in one transaction (its old sentences and claims
replaced), so an interrupted run leaves only whole documents behind. The file
is opened in WAL mode with a busy timeout so two runs can share it. The schema
carries a version in ``PRAGMA user_version``; older ledgers are migrated in
place, newer ones refused.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .model import Claim, Document

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    text TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    published_origin TEXT NOT NULL DEFAULT 'unknown',
    format TEXT NOT NULL DEFAULT 'text',
    meta TEXT NOT NULL DEFAULT '{}',
    extracted_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sentences (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (document_id, idx)
);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    value_low REAL,
    value_high REAL,
    qualifier TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    object TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'actual',
    "when" TEXT NOT NULL DEFAULT '',
    event TEXT NOT NULL DEFAULT '',
    attributed_to TEXT NOT NULL DEFAULT '',
    furniture INTEGER NOT NULL DEFAULT 0,
    reasons TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS claims_document ON claims(document_id);
CREATE INDEX IF NOT EXISTS claims_measure ON claims(kind, subject);
CREATE TABLE IF NOT EXISTS conflicts (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    a_claim_id INTEGER NOT NULL,
    b_claim_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    severity TEXT NOT NULL,
    gap REAL,
    reason TEXT NOT NULL,
    found_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS resolutions (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('resolved', 'dismissed')),
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
"""

#: Migrations from version N-1 to N, applied in order inside one transaction.
MIGRATIONS: dict[int, str] = {}

_CLAIM_FIELDS = (
    "sentence_index", "start", "end", "text", "kind", "value_low", "value_high", "qualifier",
    "unit", "subject", "object", "status", "when", "event", "attributed_to", "furniture",
)


class LedgerError(RuntimeError):
    """A ledger that cannot be used (newer schema, not a database)."""


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: int
    source: str
    sha256: str
    url: str
    outlet: str
    title: str
    published: str
    published_origin: str
    format: str
    claims: int
    extracted_at: str


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Ledger:
    """A claim ledger at ``path`` (created if missing)."""

    def __init__(self, path: str | Path, *, timeout: float = 60.0) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise LedgerError(f"{self.path}: not a factcheck ledger ({exc})") from exc

    # -- lifecycle -------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LedgerError(
                f"{self.path}: ledger schema version {version} is newer than this factcheck "
                f"understands ({SCHEMA_VERSION}); upgrade factcheck to open it"
            )
        if version == SCHEMA_VERSION:
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            has_tables = self.db.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'documents'"
            ).fetchone()[0]
            if has_tables and version < SCHEMA_VERSION:
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    for statement in filter(str.strip, MIGRATIONS.get(step, "").split(";")):
                        self.db.execute(statement)
            for statement in filter(str.strip, SCHEMA.split(";")):
                self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    # -- writing ---------------------------------------------------------
    def document_hash(self, source: str) -> str | None:
        row = self.db.execute("SELECT sha256 FROM documents WHERE source = ?", (source,)).fetchone()
        return row[0] if row else None

    def store(self, doc: Document, sentences: Sequence[tuple[int, int]], claims: Iterable[Claim]) -> int:
        """Replace ``doc`` and everything extracted from it, in one transaction; return its id."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("DELETE FROM documents WHERE source = ?", (doc.source,))
            cur = self.db.execute(
                "INSERT INTO documents (source, sha256, text, url, outlet, title, published,"
                " published_origin, format, meta, extracted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (doc.source, doc.sha256, doc.text, doc.url, doc.outlet, doc.title, doc.published,
                 doc.published_origin, doc.format, json.dumps(doc.meta, ensure_ascii=False), _now()),
            )
            doc_id = int(cur.lastrowid or 0)
            self.db.executemany(
                "INSERT INTO sentences (document_id, idx, start, end) VALUES (?,?,?,?)",
                [(doc_id, i, s, e) for i, (s, e) in enumerate(sentences)],
            )
            self.db.executemany(
                "INSERT INTO claims (document_id, sentence_index, start, end, text, kind, value_low,"
                ' value_high, qualifier, unit, subject, object, status, "when", event, attributed_to,'
                " furniture, reasons) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(doc_id, *(getattr(c, f) for f in _CLAIM_FIELDS),
                  json.dumps(c.reasons, ensure_ascii=False)) for c in claims],
            )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return doc_id

    # -- reading ---------------------------------------------------------
    _CLAIM_SELECT = (
        "SELECT c.*, d.source, d.published, d.outlet,"
        " substr(d.text, s.start + 1, s.end - s.start) AS sentence"
        " FROM claims c JOIN documents d ON d.id = c.document_id"
        " LEFT JOIN sentences s ON s.document_id = c.document_id AND s.idx = c.sentence_index"
    )

    def claims(
        self,
        *,
        kind: str | None = None,
        subject: str | None = None,
        source: str | None = None,
        min_value: float | None = None,
        include_furniture: bool = False,
    ) -> Iterator[Claim]:
        """Stored claims in document order, filtered; page furniture left out unless asked for."""
        where, args = [], []
        if kind:
            where.append("c.kind = ?")
            args.append(kind)
        if subject:
            where.append("lower(c.subject) = lower(?)")
            args.append(subject)
        if source:
            where.append("(d.source = ? OR d.source LIKE ?)")
            args += [source, f"%{source}%"]
        if min_value is not None:
            where.append("coalesce(c.value_low, c.value_high) >= ?")
            args.append(min_value)
        if not include_furniture:
            where.append("c.furniture = 0")
        sql = self._CLAIM_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        for row in self.db.execute(sql + " ORDER BY d.source, c.start", args):
            yield _claim(row)

    def claim(self, claim_id: int) -> Claim | None:
        row = self.db.execute(self._CLAIM_SELECT + " WHERE c.id = ?", (claim_id,)).fetchone()
        return _claim(row) if row else None

    def documents(self) -> list[DocumentRow]:
        rows = self.db.execute(
            "SELECT d.id, d.source, d.sha256, d.url, d.outlet, d.title, d.published, d.published_origin,"
            " d.format, (SELECT count(*) FROM claims c WHERE c.document_id = d.id AND c.furniture = 0)"
            " AS claims, d.extracted_at FROM documents d ORDER BY d.source"
        )
        return [DocumentRow(**dict(r)) for r in rows]

    def document_text(self, source: str) -> str | None:
        row = self.db.execute("SELECT text FROM documents WHERE source = ?", (source,)).fetchone()
        return row[0] if row else None

    # -- conflicts -------------------------------------------------------
    def save_conflicts(self, found: Iterable[Any]) -> list[tuple[int, Any, str]]:
        """Store the comparison pass's conflicts; return (id, conflict, state) for each.

        Rows are keyed by the conflict's stable ``key``, so an id stays the same
        while the conflict persists, and a user's resolution survives re-extraction.
        """
        found = list(found)
        out: list[tuple[int, Any, str]] = []
        self.db.execute("BEGIN IMMEDIATE")
        try:
            keys = [c.key for c in found]
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS live_keys (key TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM live_keys")
            self.db.executemany("INSERT OR IGNORE INTO live_keys VALUES (?)", [(k,) for k in keys])
            self.db.execute("DELETE FROM conflicts WHERE key NOT IN (SELECT key FROM live_keys)")
            for c in found:
                self.db.execute(
                    "INSERT INTO conflicts (key, a_claim_id, b_claim_id, type, severity, gap, reason, found_at)"
                    " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET a_claim_id = excluded.a_claim_id,"
                    " b_claim_id = excluded.b_claim_id, type = excluded.type, severity = excluded.severity,"
                    " gap = excluded.gap, reason = excluded.reason",
                    (c.key, c.a.claim_id, c.b.claim_id, c.type, c.severity, c.gap, c.reason, _now()),
                )
            states = dict(self.db.execute(
                "SELECT c.key, coalesce(r.state, 'open') FROM conflicts c LEFT JOIN resolutions r USING (key)"
            ).fetchall())
            ids = dict(self.db.execute("SELECT key, id FROM conflicts").fetchall())
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        for c in found:
            out.append((ids[c.key], c, states.get(c.key, "open")))
        return out

    def resolve_conflict(self, conflict_id: int, *, note: str = "", dismiss: bool = False) -> bool:
        """Mark a stored conflict resolved (or dismissed); False when no such conflict."""
        row = self.db.execute("SELECT key FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()
        if not row:
            return False
        state = "dismissed" if dismiss else "resolved"
        self.db.execute(
            "INSERT INTO resolutions (key, state, note, updated_at) VALUES (?,?,?,?)"
            " ON CONFLICT(key) DO UPDATE SET state = excluded.state, note = excluded.note,"
            " updated_at = excluded.updated_at",
            (row[0], state, note, _now()),
        )
        return True

    def resolution(self, key: str) -> tuple[str, str] | None:
        row = self.db.execute("SELECT state, note FROM resolutions WHERE key = ?", (key,)).fetchone()
        return (row[0], row[1]) if row else None

    # -- health ----------------------------------------------------------
    def check(self) -> list[str]:
        """Problems found in the ledger (empty when healthy)."""
        problems = []
        integrity = self.db.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity check: {integrity}")
        orphans = self.db.execute(
            "SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} claims belong to no document")
        orphan_sentences = self.db.execute(
            "SELECT count(*) FROM sentences WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        if orphan_sentences:
            problems.append(f"{orphan_sentences} sentences belong to no document")
        fk = self.db.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"{len(fk)} foreign key violations")
        return problems

    def counts(self) -> dict[str, int]:
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "sentences", "claims", "conflicts", "resolutions")
        }


def _claim(row: sqlite3.Row) -> Claim:
    return Claim(
        **{f: row[f] for f in _CLAIM_FIELDS if f != "furniture"},
        furniture=bool(row["furniture"]),
        sentence=row["sentence"] or "",
        reasons=json.loads(row["reasons"] or "{}"),
        claim_id=row["id"],
        source=row["source"],
        published=row["published"],
        outlet=row["outlet"],
    )
