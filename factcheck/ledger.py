"""The claim ledger: one SQLite file holding documents, sentences, claims and conflicts.

Every document is written in one transaction (its old sentences and claims
replaced), so an interrupted run leaves only whole documents behind. The file
is opened in WAL mode with a busy timeout so two runs can share it. The schema
carries a version in ``PRAGMA user_version``; older ledgers are migrated in
place, newer ones refused. ``check()`` is what ``factcheck doctor`` reports.

Version history:

1. documents, sentences, claims, conflicts, resolutions.
2. ``documents.n_sentences`` / ``documents.n_claims``: how many rows ``store``
   wrote with the document, so ``check()`` can prove every document is whole;
   indexes on ``conflicts(a_claim_id)`` / ``conflicts(b_claim_id)`` so
   re-storing a document can drop the conflicts that named its old claims.
3. ``documents.profile`` (what the document is about, JSON) and
    ``documents.story``; table ``stories``: documents grouped into stories;
    ``claims.thing``: which figure of its kind a claim is (seats won vs total);
    ``claims.inferred``: fields taken from earlier sentences, not the claim's own.
4. ``documents.canonical`` (the resolved path: one document however its path
   was spelt), ``documents.copy_of`` (the canonical path of the document it is
   a copy or near-copy of, "" when none) and ``documents.minhash`` (its MinHash
   signature, so later runs find copies without re-reading old documents).
5. The desk: ``documents.knowledge`` (which rules and gazetteer produced the
   document's claims); ``claims.key`` (stable across edits of the file) and
   ``claims."when"`` renamed ``when_date``; ``conflicts`` gain foreign keys to
   ``claims`` (a reviewed conflict outlives its claims with NULL ids); table
   ``reviews`` (append-only history of conflict verdicts, replacing
   ``resolutions``) and ``claim_reviews`` (claims marked wrong or corrected);
   view ``claims_in_context``.

A migration runs in one transaction, with a copy of the file kept beside it
(``NAME.bak-vN``) until the migrated ledger has been checked.

The same ledger can live in PostgreSQL (``Ledger("postgresql://…")``), so
several people and machines share it: the SQL below is written once, and
``factcheck/stores.py`` holds what differs (types, the version table, the
writers' lock). A PostgreSQL ledger starts at the current version: the
migrations from versions 1-4 (and the backup copy) are SQLite-only.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .model import Claim, Document, Story
from .stores import POSTGRES, SQLITE, LedgerError, connect_postgres, first_line, is_url, masked

SCHEMA_VERSION = 5

_CONFLICTS_TABLE = """CREATE TABLE IF NOT EXISTS {name} (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    a_claim_id INTEGER REFERENCES claims(id) ON DELETE SET NULL,
    b_claim_id INTEGER REFERENCES claims(id) ON DELETE SET NULL,
    type TEXT NOT NULL,
    severity TEXT NOT NULL,
    gap REAL,
    reason TEXT NOT NULL,
    found_at TEXT NOT NULL
);"""
_REVIEWS_TABLE = """CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    conflict_key TEXT NOT NULL REFERENCES conflicts(key),
    verdict TEXT NOT NULL CHECK (verdict IN ('open', 'confirmed', 'dismissed')),
    note TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    reviewed_at TEXT NOT NULL
);"""
#: Each claim beside its sentence, document, outlet and publication date (for people browsing the file).
_CLAIMS_VIEW = """CREATE VIEW IF NOT EXISTS claims_in_context AS
SELECT c.id AS claim_id, c.key AS claim_key, c.kind, c.text, c.value_low, c.value_high, c.qualifier,
    c.unit, c.subject, c.object, c.status, c.when_date, c.event, c.attributed_to,
    substr(d.text, s.start + 1, s.end - s.start) AS sentence,
    d.source, d.outlet, d.published, d.story, c.furniture
FROM claims c JOIN documents d ON d.id = c.document_id
LEFT JOIN sentences s ON s.document_id = c.document_id AND s.idx = c.sentence_index;"""

SCHEMA = """CREATE TABLE IF NOT EXISTS documents (
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
    extracted_at TEXT NOT NULL,
    n_sentences INTEGER,
    n_claims INTEGER,
    profile TEXT NOT NULL DEFAULT '{}',
    story TEXT NOT NULL DEFAULT '',
    knowledge TEXT NOT NULL DEFAULT '',
    canonical TEXT NOT NULL DEFAULT '',
    copy_of TEXT NOT NULL DEFAULT '',
    minhash BLOB
);
CREATE TABLE IF NOT EXISTS sentences (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (document_id, idx)
);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    value_low REAL,
    value_high REAL,
    qualifier TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    object TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'actual',
    when_date TEXT NOT NULL DEFAULT '',
    event TEXT NOT NULL DEFAULT '',
    attributed_to TEXT NOT NULL DEFAULT '',
    furniture INTEGER NOT NULL DEFAULT 0,
    reasons TEXT NOT NULL DEFAULT '{}',
    thing TEXT NOT NULL DEFAULT '',
    inferred TEXT NOT NULL DEFAULT '',
    key TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS claims_document ON claims(document_id);
CREATE INDEX IF NOT EXISTS claims_measure ON claims(kind, subject);
CREATE INDEX IF NOT EXISTS claims_key ON claims(key);
{conflicts}
CREATE INDEX IF NOT EXISTS conflicts_a ON conflicts(a_claim_id);
CREATE INDEX IF NOT EXISTS conflicts_b ON conflicts(b_claim_id);
{reviews}
CREATE INDEX IF NOT EXISTS reviews_conflict ON reviews(conflict_key);
CREATE TABLE IF NOT EXISTS claim_reviews (
    id INTEGER PRIMARY KEY,
    claim_key TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('wrong', 'right', 'corrected')),
    kind TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    object TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    reviewed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claim_reviews_claim ON claim_reviews(claim_key);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    first TEXT NOT NULL DEFAULT '',
    last TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS documents_story ON documents(story);
CREATE INDEX IF NOT EXISTS documents_canonical ON documents(canonical);
{view}
""".replace("{conflicts}", _CONFLICTS_TABLE.replace("{name}", "conflicts")).replace(
    "{reviews}", _REVIEWS_TABLE).replace("{view}", _CLAIMS_VIEW)

#: Statements taking a ledger from version N-1 to N, applied in order inside one
#: transaction (then ``SCHEMA`` adds any missing table or index).
MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: (
        "ALTER TABLE documents ADD COLUMN n_sentences INTEGER",
        "ALTER TABLE documents ADD COLUMN n_claims INTEGER",
        # Counts the rows a document was written with: a v1 document wrote its sentences
        # 0..n-1 and its claims under consecutive ids in one transaction, so a gap (or a
        # missing last sentence index) is a lost row, and check() reports the document.
        "UPDATE documents SET"
        " n_sentences = (SELECT coalesce(max(idx) + 1, 0) FROM sentences s WHERE s.document_id = documents.id),"
        " n_claims = (SELECT coalesce(max(id) - min(id) + 1, 0) FROM claims c WHERE c.document_id = documents.id)",
    ),
    3: (
        "ALTER TABLE documents ADD COLUMN profile TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE documents ADD COLUMN story TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE claims ADD COLUMN thing TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE claims ADD COLUMN inferred TEXT NOT NULL DEFAULT ''",
    ),
    4: (
        "ALTER TABLE documents ADD COLUMN canonical TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE documents ADD COLUMN copy_of TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE documents ADD COLUMN minhash BLOB",
    ),
    5: (
        "ALTER TABLE documents ADD COLUMN knowledge TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE claims ADD COLUMN key TEXT NOT NULL DEFAULT ''",
        'ALTER TABLE claims RENAME COLUMN "when" TO when_date',
        "UPDATE claims SET key = fc_claim_key((SELECT source FROM documents d WHERE d.id = claims.document_id),"
        " text, (SELECT count(*) FROM claims o WHERE o.document_id = claims.document_id"
        " AND o.text = claims.text AND o.start < claims.start))",
        _CONFLICTS_TABLE.replace("{name}", "conflicts_v5"),
        "INSERT INTO conflicts_v5 SELECT id, key,"
        " (SELECT id FROM claims WHERE id = a_claim_id), (SELECT id FROM claims WHERE id = b_claim_id),"
        " type, severity, gap, reason, found_at FROM conflicts",
        "DROP TABLE conflicts",
        "ALTER TABLE conflicts_v5 RENAME TO conflicts",
        _REVIEWS_TABLE,
        # A verdict on a conflict no longer stored keeps a row naming no claims, so its history stays linked.
        "INSERT OR IGNORE INTO conflicts (key, type, severity, reason, found_at)"
        " SELECT key, 'conflict', '', '', updated_at FROM resolutions",
        "INSERT INTO reviews (conflict_key, verdict, note, reviewed_at) SELECT key,"
        " CASE state WHEN 'resolved' THEN 'confirmed' ELSE state END, note, updated_at FROM resolutions",
        "DROP TABLE resolutions",
    ),
}
#: The tables of a factcheck ledger.
TABLES = ("documents", "sentences", "claims", "conflicts", "reviews", "claim_reviews", "stories")

_CLAIM_FIELDS = (
    "sentence_index", "start", "end", "text", "kind", "value_low", "value_high", "qualifier",
    "unit", "subject", "object", "status", "when", "event", "attributed_to", "furniture", "thing", "inferred",
)
#: The column of each ``_CLAIM_FIELDS`` field (``when`` is an SQL keyword, so the column is ``when_date``).
_CLAIM_COLUMNS = tuple("when_date" if f == "when" else f for f in _CLAIM_FIELDS)
#: A conflict's review verdicts; ``open`` reopens it.
VERDICTS = ("open", "confirmed", "dismissed")
#: A claim's review verdicts.
CLAIM_VERDICTS = ("wrong", "right", "corrected")


def claim_key(source: str, text: str, occurrence: int) -> str:
    """A claim's stable key: its document, its text and which occurrence of that text it is.

    Unlike the row id (and the offsets), it survives re-extraction and edits
    elsewhere in the file.
    """
    raw = f"{source}\n{text}\n{occurrence}".encode()
    return "c" + hashlib.sha1(raw).hexdigest()[:10]


def claim_keys(source: str, claims: Sequence[Claim]) -> list[str]:
    """``claim_key`` of each claim of one document (occurrences counted in text order)."""
    seen: dict[str, int] = {}
    keys: dict[int, str] = {}
    for i in sorted(range(len(claims)), key=lambda i: (claims[i].start, claims[i].end)):
        text = claims[i].text
        keys[i] = claim_key(source, text, seen.get(text, 0))
        seen[text] = seen.get(text, 0) + 1
    return [keys[i] for i in range(len(claims))]


def migrate_step(db: sqlite3.Connection, step: int) -> None:
    """Take a ledger from version ``step - 1`` to ``step`` (inside the caller's transaction)."""
    for statement in MIGRATIONS.get(step, ()):
        db.execute(statement)


def like_pattern(text: str) -> str:
    """``%text%`` for ``LIKE ... ESCAPE '\\'`` with ``%``, ``_`` and ``\\`` in ``text`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


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


#: Seconds between tries when a new ledger's switch to WAL finds another process switching it.
_LOCKED_RETRY = 0.05


class Ledger:
    """A claim ledger at ``path``, an SQLite file or a ``postgresql://`` URL (created if missing).

    ``version`` is the schema version the file had when opened (0 for a new
    file); ``migrated_from`` is that version when opening migrated it, else None.
    ``create=False`` refuses a missing ledger instead of creating it.
    ``readonly`` opens an existing ledger without writing to it (SQLite
    ``mode=ro``, or ``immutable=1`` where the WAL index cannot be created; a
    read-only PostgreSQL session): an older ledger is still migrated when its
    file can be written. ``where`` names the ledger in messages (a URL's
    password masked); ``dialect`` is what its database spells differently.
    """

    def __init__(self, path: str | Path, *, timeout: float = 60.0, readonly: bool = False,
                 create: bool = True) -> None:
        self.path = Path(path)
        self.where = masked(str(path)) if is_url(path) else str(path)
        self.dialect = POSTGRES if is_url(path) else SQLITE
        self.migrated_from: int | None = None
        self.readonly = readonly
        #: The copy of an older ledger taken before migrating it; removed once the migration succeeded.
        self.backup: Path | None = None
        if self.dialect is POSTGRES:
            self._open_postgres(str(path), timeout, readonly, create)
            return
        if not create and not self.path.exists():
            raise LedgerError(f"{self.where}: no ledger here: run `factcheck extract PATH --db {self.where}` first")
        if readonly and self._open_readonly(timeout):
            return
        try:
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise LedgerError(f"{self.path}: cannot open the ledger ({exc})") from exc
        self.readonly = False
        try:
            self.db.row_factory = sqlite3.Row
            self.db.create_function("fc_claim_key", 3, claim_key, deterministic=True)
            self.db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self.version = self._user_version()
            self._refuse_newer(self.version)
            self._use_wal(timeout)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            if "readonly" in str(exc) or "read-only" in str(exc) or not self._writable():
                raise LedgerError(f"{self.path}: the ledger is read-only ({exc}): this command writes to it;"
                                  " copy it somewhere writable") from exc
            kept = f"; the ledger before migrating is kept in {self.backup}" if self.backup else ""
            raise LedgerError(f"{self.path}: not a factcheck ledger ({exc}){kept}") from exc
        except BaseException:
            self.db.close()
            raise

    def _use_wal(self, timeout: float) -> None:
        """Switch a new ledger to WAL. Two processes creating one ledger at once race for the switch,
        and SQLite answers the loser "database is locked" at once, without its busy handler: wait and
        retry (the winner's switch is seen on the next try), up to ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                if self.db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(_LOCKED_RETRY)

    def _open_postgres(self, url: str, timeout: float, readonly: bool, create: bool) -> None:
        """Connect to a PostgreSQL ledger, creating its tables in an empty database when ``create``."""
        self.db = connect_postgres(url, timeout=timeout, readonly=readonly)  # type: ignore[assignment]
        try:
            self.version = self._user_version()
            self._refuse_newer(self.version)
            if (readonly or not create) and self.version == 0 and not self.dialect.tables(self.db):
                raise LedgerError(f"{self.where}: no factcheck ledger in this database: run"
                                  f" `factcheck extract PATH --db {self.where}` first")
            if not readonly and self.version == SCHEMA_VERSION and not self.dialect.may_write(self.db):
                raise LedgerError(f"{self.where}: the ledger is read-only (this role may only read it):"
                                  " this command writes to it; ask for write access")
            self._migrate()
        except self.dialect.error as exc:
            self.db.close()
            raise LedgerError(f"{self.where}: not a usable factcheck ledger ({first_line(exc)})") from exc
        except BaseException:
            self.db.close()
            raise

    def _writable(self) -> bool:
        """Whether the file and its folder (where SQLite puts the WAL) can be written."""
        return os.access(self.path, os.W_OK) and os.access(self.path.resolve().parent, os.W_OK)

    def _open_readonly(self, timeout: float) -> bool:
        """Open without writing; False when the ledger is older and must be migrated (opened writable)."""
        base = "file:" + quote(str(self.path.resolve()))
        for flags in ("?mode=ro", "?immutable=1"):
            try:
                db = sqlite3.connect(base + flags, uri=True, timeout=timeout, isolation_level=None)
            except sqlite3.Error as exc:
                raise LedgerError(f"{self.path}: cannot open the ledger ({exc})") from exc
            try:
                db.row_factory = sqlite3.Row
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                break
            except sqlite3.OperationalError:
                db.close()  # no -shm in a read-only folder: read the file as it is
            except sqlite3.DatabaseError as exc:
                db.close()
                raise LedgerError(f"{self.path}: not a factcheck ledger ({exc})") from exc
        else:
            raise LedgerError(f"{self.path}: cannot open the ledger read-only")
        self.db, self.version = db, version
        self._refuse_newer(version)
        if version == SCHEMA_VERSION:
            return True
        db.close()
        if not self._writable():
            raise LedgerError(f"{self.path}: ledger schema version {version} must be migrated to"
                              f" {SCHEMA_VERSION}, but it is read-only: copy it somewhere writable")
        return False

    # -- lifecycle -------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _user_version(self) -> int:
        return self.dialect.version(self.db)

    def _refuse_newer(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise LedgerError(
                f"{self.where}: ledger schema version {version} is newer than this factcheck "
                f"understands ({SCHEMA_VERSION}); upgrade factcheck to open it"
            )

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction: committed whole, or rolled back on any exception (Ctrl-C too)."""
        try:
            if self.db.in_transaction:  # left open by an interrupted caller: never build on it
                self.db.execute("ROLLBACK")
            for statement in self.dialect.begin:  # takes the writers' lock
                self.db.execute(statement)
            yield
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    def _migrate(self) -> None:
        """Create the schema, or bring an older ledger up to ``SCHEMA_VERSION`` in place."""
        if self.version == SCHEMA_VERSION:
            return
        if self.dialect is SQLITE and (self.version or "documents" in self.dialect.tables(self.db)):
            self.backup = self._backup(self.version)  # before the write lock: a backup cannot run under it
        with self._write():
            version = self._user_version()  # another process may have migrated meanwhile
            self._refuse_newer(version)
            if version != SCHEMA_VERSION:
                self._migrate_from(version)
        if self.backup and (self.migrated_from is None
                            or self.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"):
            self.backup.unlink(missing_ok=True)  # migrated and sound: the copy has done its job
            self.backup = None

    def _migrate_from(self, version: int) -> None:
        """The migration itself, inside the caller's write transaction."""
        names = self.dialect.tables(self.db)
        if "documents" in names and self.dialect is not SQLITE:
            raise LedgerError(f"{self.where}: a {self.dialect.name} database with a ledger of schema version"
                              f" {version}: only SQLite ledgers migrate from older versions")
        if "documents" in names:
            for step in range(max(version, 1) + 1, SCHEMA_VERSION + 1):
                migrate_step(self.db, step)
            self.migrated_from = version
        elif names:
            raise LedgerError(
                f"{self.where}: {'an' if self.dialect is SQLITE else 'a'} {self.dialect.name} database"
                " but not a factcheck ledger "
                f"(tables: {', '.join(sorted(names))})"
            )
        for statement in filter(str.strip, self.dialect.ddl(SCHEMA).split(";")):
            self.db.execute(statement)
        self.dialect.set_version(self.db, SCHEMA_VERSION)

    def _backup(self, version: int) -> Path:
        """A copy of the ledger as it is before migrating (SQLite's backup, so the WAL is in it)."""
        target = self.path.with_name(f"{self.path.name}.bak-v{version}")
        tmp = target.with_name(target.name + ".tmp")
        dest = sqlite3.connect(tmp)
        try:
            self.db.backup(dest)
        finally:
            dest.close()
        os.replace(tmp, target)
        return target

    # -- writing ---------------------------------------------------------
    def document_hash(self, source: str, canonical: str = "") -> str | None:
        """The stored hash of the document at ``canonical`` (however spelt), else at ``source``."""
        if canonical:
            row = self.db.execute("SELECT sha256 FROM documents WHERE canonical = ?", (canonical,)).fetchone()
            if row:
                return row[0]
        row = self.db.execute("SELECT sha256 FROM documents WHERE source = ?", (source,)).fetchone()
        return row[0] if row else None

    def document_knowledge(self, source: str, canonical: str = "") -> str | None:
        """The knowledge version that produced the stored document (None when not stored)."""
        row = self.db.execute("SELECT knowledge FROM documents WHERE canonical = ?", (canonical,)).fetchone() \
            if canonical else None
        row = row or self.db.execute("SELECT knowledge FROM documents WHERE source = ?", (source,)).fetchone()
        return row[0] if row else None

    def signatures(self) -> list[tuple[str, str, bytes]]:
        """``(canonical, copy_of, minhash)`` of every document that has a signature."""
        return [tuple(r) for r in self.db.execute(  # type: ignore[misc]
            "SELECT canonical, copy_of, minhash FROM documents WHERE minhash IS NOT NULL AND canonical != ''")]

    def store(self, doc: Document, sentences: Sequence[tuple[int, int]], claims: Iterable[Claim], *,
              knowledge: str = "", copy_of: str = "", minhash: bytes | None = None) -> int:
        """Replace ``doc`` and everything extracted from it, in one transaction; return its id.

        The stored document replaces the one with the same ``source`` or the same
        ``doc.canonical`` path; ``copy_of`` names the canonical path of the
        document it copies, ``minhash`` is its signature.

        Conflicts naming the document's old claims go too (``factcheck conflicts``
        finds them again; resolutions are kept by key). An exception or Ctrl-C
        anywhere inside leaves the ledger as it was before the call.
        """
        sentence_rows = [(i, s, e) for i, (s, e) in enumerate(sentences)]
        claims = list(claims)
        claim_rows = [(*(getattr(c, f) for f in _CLAIM_FIELDS), json.dumps(c.reasons, ensure_ascii=False), key)
                      for c, key in zip(claims, claim_keys(doc.source, claims), strict=True)]
        meta = json.dumps(doc.meta, ensure_ascii=False, default=str)
        with self._write():
            for old in self.db.execute(
                    "SELECT id FROM documents WHERE source = ? OR (canonical != '' AND canonical = ?)",
                    (doc.source, doc.canonical)).fetchall():
                self.db.execute(
                    "DELETE FROM conflicts WHERE (a_claim_id IN (SELECT id FROM claims WHERE document_id = ?)"
                    " OR b_claim_id IN (SELECT id FROM claims WHERE document_id = ?))"
                    " AND key NOT IN (SELECT conflict_key FROM reviews)", (old[0], old[0]))
                self.db.execute("DELETE FROM documents WHERE id = ?", (old[0],))
            doc_id = self.dialect.insert_id(
                self.db,
                "INSERT INTO documents (source, sha256, text, url, outlet, title, published,"
                " published_origin, format, meta, extracted_at, n_sentences, n_claims, profile, knowledge)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc.source, doc.sha256, doc.text, doc.url, doc.outlet, doc.title, doc.published,
                 doc.published_origin, doc.format, meta, _now(), len(sentence_rows), len(claim_rows),
                 json.dumps(doc.profile, ensure_ascii=False, default=str), knowledge),
            )
            self.db.execute("UPDATE documents SET canonical = ?, copy_of = ?, minhash = ? WHERE id = ?",
                            (doc.canonical, copy_of, minhash, doc_id))
            self.db.executemany(
                "INSERT INTO sentences (document_id, idx, start, \"end\") VALUES (?,?,?,?)",
                [(doc_id, *row) for row in sentence_rows],
            )
            self.db.executemany(
                "INSERT INTO claims (document_id, sentence_index, start, \"end\", text, kind, value_low,"
                " value_high, qualifier, unit, subject, object, status, when_date, event, attributed_to,"
                " furniture, thing, inferred, reasons, key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(doc_id, *row) for row in claim_rows],
            )
        return doc_id

    # -- reading ---------------------------------------------------------
    _CLAIM_SELECT = (
        "SELECT c.*, d.source, d.published, d.outlet, d.story,"
        " substr(d.text, s.start + 1, s.end - s.start) AS sentence, s.start AS s_start, s.end AS s_end,"
        " (SELECT o.source FROM documents o WHERE d.copy_of != '' AND o.canonical = d.copy_of) AS origin"
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
        status: str | None = None,
        story: str | None = None,
        obj: str | None = None,
        include_wrong: bool = False,
    ) -> Iterator[Claim]:
        """Stored claims in document order, filtered, with the desk's reviews applied.

        A claim marked wrong is left out (unless ``include_wrong``); a corrected
        subject, object or kind replaces the extracted one, and the filters see
        the corrected value. Page furniture is left out unless asked for.
        """
        reviews = self.claim_reviews()
        where, args = [], []
        # Filters on fields a review may correct also let reviewed claims through, checked after correction.
        reviewed = " OR c.key IN (SELECT claim_key FROM claim_reviews)" if reviews else ""
        for column, value in (("kind", kind), ("subject", subject), ("object", obj)):
            if value:
                where.append(f"(lower(c.{column}) = lower(?){reviewed})")
                args.append(value)
        if status:
            where.append("c.status = ?")
            args.append(status)
        if story:
            where.append("d.story = ?")
            args.append(story)
        if source:
            where.append(f"(d.source = ? OR d.source {self.dialect.like} ? ESCAPE '\\')")
            args += [source, like_pattern(source)]
        if min_value is not None:
            where.append("coalesce(c.value_low, c.value_high) >= ?")
            args.append(min_value)
        if not include_furniture:
            where.append("c.furniture = 0")
        sql = self._CLAIM_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        wanted = {"kind": kind, "subject": subject, "object": obj}
        for row in self.db.execute(sql + " ORDER BY d.source, c.start", args):
            claim = self._claim(row, reviews)
            if claim.reasons.get("review", "").startswith("wrong") and not include_wrong:
                continue
            if any(v and getattr(claim, f).casefold() != v.casefold() for f, v in wanted.items()):
                continue
            yield claim

    def claim(self, claim_id: int | str) -> Claim | None:
        """One claim by row id or stable key (reviews applied)."""
        where = "c.id = ?" if isinstance(claim_id, int) else "c.key = ?"
        row = self.db.execute(self._CLAIM_SELECT + f" WHERE {where}", (claim_id,)).fetchone()
        return self._claim(row, self.claim_reviews()) if row else None

    def documents(self) -> list[DocumentRow]:
        rows = self.db.execute(
            "SELECT d.id, d.source, d.sha256, d.url, d.outlet, d.title, d.published, d.published_origin,"
            " d.format, (SELECT count(*) FROM claims c WHERE c.document_id = d.id AND c.furniture = 0)"
            " AS claims, d.extracted_at FROM documents d ORDER BY d.source"
        )
        return [DocumentRow(**dict(r)) for r in rows]

    def _claim(self, row: sqlite3.Row, reviews: dict[str, dict[str, str]] | None = None) -> Claim:
        sentence = row["sentence"] or ""
        if row["s_end"] is not None and len(sentence) != row["s_end"] - row["s_start"]:
            # SQLite's substr stops at a NUL character (JSON Lines text may hold one): cut in Python.
            text = self.db.execute("SELECT text FROM documents WHERE id = ?", (row["document_id"],)).fetchone()[0]
            sentence = text[row["s_start"]:row["s_end"]]
        claim = Claim(
            **{f: row[col] for f, col in zip(_CLAIM_FIELDS, _CLAIM_COLUMNS, strict=True) if f != "furniture"},
            furniture=bool(row["furniture"]),
            sentence=sentence,
            reasons=json.loads(row["reasons"] or "{}"),
            claim_id=row["id"],
            source=row["source"],
            published=row["published"],
            outlet=row["outlet"],
            story=row["story"],
            key=row["key"],
            origin=row["origin"] or row["source"],
        )
        review = (reviews or {}).get(claim.key)
        if review:
            for f in ("kind", "subject", "object"):
                if review[f]:
                    claim.reasons[f] = f"corrected from {getattr(claim, f) or '(none)'!r} by a reviewer"
                    setattr(claim, f, review[f])
            claim.reasons["review"] = review["summary"]
        return claim

    # -- claim reviews ---------------------------------------------------
    def review_claim(self, key: str, verdict: str, *, kind: str = "", subject: str = "", obj: str = "",
                     note: str = "", reviewer: str = "") -> None:
        """Append a review of the claim with stable ``key``: ``wrong``, ``right`` or ``corrected``."""
        if verdict not in CLAIM_VERDICTS:
            raise ValueError(f"unknown claim verdict {verdict!r}")
        with self._write():
            self.db.execute(
                "INSERT INTO claim_reviews (claim_key, verdict, kind, subject, object, note, reviewer, reviewed_at)"
                " VALUES (?,?,?,?,?,?,?,?)", (key, verdict, kind, subject, obj, note, reviewer, _now()))

    def claim_reviews(self) -> dict[str, dict[str, str]]:
        """Per claim key, the reviews folded in order: the latest value of each corrected field,
        and a ``summary`` starting with ``wrong`` when the latest wrong/right verdict is wrong."""
        out: dict[str, dict[str, str]] = {}
        for r in self.db.execute("SELECT * FROM claim_reviews ORDER BY id"):
            cur = out.setdefault(r["claim_key"], {"kind": "", "subject": "", "object": "", "summary": ""})
            for f in ("kind", "subject", "object"):
                if r[f]:
                    cur[f] = r[f]
            who = f" by {r['reviewer']}" if r["reviewer"] else ""
            note = f": {r['note']}" if r["note"] else ""
            if r["verdict"] == "wrong":
                cur["summary"] = f"wrong (marked{who} {r['reviewed_at']}{note})"
            elif r["verdict"] == "right" or not cur["summary"].startswith("wrong"):
                cur["summary"] = f"{r['verdict']}{who} {r['reviewed_at']}{note}"
        return out

    # -- stories ---------------------------------------------------------
    def profiles(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """``(source, published, profile)`` of every document, in source order."""
        for row in self.db.execute("SELECT source, published, profile FROM documents ORDER BY source"):
            yield row[0], row[1], json.loads(row[2] or "{}")

    def set_stories(self, stories: Iterable[Story]) -> None:
        """Replace the stories and every document's story, in one transaction."""
        stories = list(stories)
        with self._write():
            self.db.execute("DELETE FROM stories")
            self.db.execute("UPDATE documents SET story = ''")
            self.db.executemany("INSERT INTO stories (id, label, first, last) VALUES (?,?,?,?)",
                                [(s.id, s.label, s.first, s.last) for s in stories])
            self.db.executemany("UPDATE documents SET story = ? WHERE source = ?",
                                [(s.id, src) for s in stories for src in s.sources])

    def stories(self) -> list[Story]:
        """Stored stories, earliest first, each with its documents' sources."""
        members: dict[str, list[str]] = {}
        for story, source in self.db.execute("SELECT story, source FROM documents WHERE story != '' ORDER BY source"):
            members.setdefault(story, []).append(source)
        rows = self.db.execute("SELECT id, label, first, last FROM stories ORDER BY first, id")
        return [Story(r[0], r[1], tuple(members.get(r[0], ())), r[2], r[3]) for r in rows]

    # -- conflicts -------------------------------------------------------
    def save_conflicts(self, found: Iterable[Any]) -> list[tuple[int, Any, str]]:
        """Store the comparison pass's conflicts; return (id, conflict, state) for each.

        Rows are keyed by the conflict's stable ``key``, so an id stays the same
        while the conflict persists, and a review survives re-extraction. A
        conflict no longer found is dropped unless it has been reviewed.
        """
        found = list(found)
        with self._write():
            keys = [c.key for c in found]
            self.db.execute(self.dialect.ddl("CREATE TEMP TABLE IF NOT EXISTS live_keys (key TEXT PRIMARY KEY)"))
            self.db.execute("DELETE FROM live_keys")
            self.db.executemany("INSERT INTO live_keys VALUES (?) ON CONFLICT DO NOTHING", [(k,) for k in keys])
            self.db.execute("DELETE FROM conflicts WHERE key NOT IN (SELECT key FROM live_keys)"
                            " AND key NOT IN (SELECT conflict_key FROM reviews)")
            for c in found:
                self.db.execute(
                    "INSERT INTO conflicts (key, a_claim_id, b_claim_id, type, severity, gap, reason, found_at)"
                    " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET a_claim_id = excluded.a_claim_id,"
                    " b_claim_id = excluded.b_claim_id, type = excluded.type, severity = excluded.severity,"
                    " gap = excluded.gap, reason = excluded.reason",
                    (c.key, c.a.claim_id, c.b.claim_id, c.type, c.severity, c.gap, c.reason, _now()),
                )
            ids = dict(self.db.execute("SELECT key, id FROM conflicts").fetchall())
        states = self.latest_reviews()
        return [(ids[c.key], c, states[c.key]["verdict"] if c.key in states else "open") for c in found]

    def known_conflicts(self, found: Iterable[Any]) -> list[tuple[int, Any, str]]:
        """``save_conflicts`` without writing (a read-only ledger): stored ids and states, 0 for new ones."""
        ids = dict(self.db.execute("SELECT key, id FROM conflicts").fetchall())
        states = self.latest_reviews()
        return [(ids.get(c.key, 0), c, states[c.key]["verdict"] if c.key in states else "open") for c in found]

    def rekey_reviews(self, renamed: dict[str, str]) -> int:
        """Move review histories from old conflict keys to new ones (``{old: new}``); return how many moved.

        Only histories whose new key has none of its own move; the old conflict row goes with them.
        """
        moved = 0
        with self._write():
            for old, new in renamed.items():
                if old == new or not self.db.execute(
                        "SELECT 1 FROM reviews WHERE conflict_key = ? LIMIT 1", (old,)).fetchone():
                    continue
                if self.db.execute("SELECT 1 FROM reviews WHERE conflict_key = ? LIMIT 1", (new,)).fetchone():
                    continue
                self.db.execute(  # the new key's row first: reviews must always name a conflict
                    "INSERT INTO conflicts (key, a_claim_id, b_claim_id, type, severity, gap, reason,"
                    " found_at) SELECT ?, a_claim_id, b_claim_id, type, severity, gap, reason, found_at"
                    " FROM conflicts WHERE key = ? ON CONFLICT DO NOTHING", (new, old))
                self.db.execute("UPDATE reviews SET conflict_key = ? WHERE conflict_key = ?", (new, old))
                self.db.execute("DELETE FROM conflicts WHERE key = ?", (old,))
                moved += 1
        return moved

    def conflict_key_of(self, ref: int | str) -> str | None:
        """The stable key of the stored conflict with this id or key (None when there is none)."""
        if isinstance(ref, int) or str(ref).isdigit():
            row = self.db.execute("SELECT key FROM conflicts WHERE id = ?", (int(ref),)).fetchone()
        else:
            row = self.db.execute("SELECT key FROM conflicts WHERE key = ?", (ref,)).fetchone()
        return row[0] if row else None

    def review_conflict(self, key: str, verdict: str, *, note: str = "", reviewer: str = "") -> None:
        """Append a verdict (``open`` reopens) to the review history of the stored conflict ``key``."""
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r} (one of {', '.join(VERDICTS)})")
        with self._write():
            self.db.execute(
                "INSERT INTO reviews (conflict_key, verdict, note, reviewer, reviewed_at) VALUES (?,?,?,?,?)",
                (key, verdict, note, reviewer, _now()))

    def conflict_history(self, key: str) -> list[dict[str, str]]:
        """Every review of one conflict, oldest first."""
        rows = self.db.execute("SELECT verdict, note, reviewer, reviewed_at FROM reviews"
                               " WHERE conflict_key = ? ORDER BY id", (key,))
        return [dict(r) for r in rows]

    def latest_reviews(self) -> dict[str, dict[str, str]]:
        """Per conflict key, its latest review (verdict, note, reviewer, reviewed_at)."""
        rows = self.db.execute(
            "SELECT conflict_key, verdict, note, reviewer, reviewed_at FROM reviews r"
            " WHERE id = (SELECT max(id) FROM reviews o WHERE o.conflict_key = r.conflict_key)")
        return {r[0]: dict(r) for r in rows}

    def resolve_conflict(self, conflict_id: int, *, note: str = "", dismiss: bool = False,
                         reviewer: str = "") -> bool:
        """Confirm (or dismiss) a stored conflict; False when no such conflict."""
        key = self.conflict_key_of(conflict_id)
        if key is None:
            return False
        self.review_conflict(key, "dismissed" if dismiss else "confirmed", note=note, reviewer=reviewer)
        return True

    def resolution(self, key: str) -> tuple[str, str] | None:
        """The latest (verdict, note) of conflict ``key``, None when never reviewed."""
        latest = self.latest_reviews().get(key)
        return (latest["verdict"], latest["note"]) if latest else None

    # -- health ----------------------------------------------------------
    def check(self, *, limit: int = 5) -> list[str]:
        """Problems found in the ledger, one line each (empty when healthy).

        Looks at: SQLite's ``integrity_check`` and ``foreign_key_check``; the
        schema version; sentences, claims and conflicts pointing at rows that
        do not exist; documents missing some of the sentences or claims stored
        with them; and sentences or claims whose offsets fall outside their
        document's text or whose text differs from the text at their offsets.
        At most ``limit`` examples are named per kind of problem. A check that
        SQLite cannot finish on a damaged file is named with the error, and the
        later checks are not run.
        """
        problems: list[str] = []
        stage = ["reading the schema version"]
        try:
            self._check(problems, stage, limit)
        except self.dialect.error as exc:
            problems.append(f"{stage[0]} failed: {first_line(exc)} ({self.dialect.damaged})")
        return problems

    def _check(self, problems: list[str], stage: list[str], limit: int) -> None:
        version = self._user_version()
        if version != SCHEMA_VERSION:
            problems.append(f"schema version {version}, expected {SCHEMA_VERSION}")
        stage[0] = f"{self.dialect.name}'s integrity check"
        integrity = self.dialect.integrity(self.db)
        if integrity != ["ok"]:
            problems += [f"integrity check: {msg}" for msg in integrity[:limit]]
            if len(integrity) > limit:
                problems.append(f"integrity check: {len(integrity) - limit} more messages")
            return  # the rest would read a damaged file
        stage[0] = "the foreign key check"
        fk = self.dialect.foreign_key_tables(self.db)
        if fk:
            tables = sorted(set(fk))
            problems.append(f"{len(fk)} foreign key violations (in {', '.join(tables)})")
        for count, what in (
            ("SELECT count(*) FROM sentences WHERE document_id NOT IN (SELECT id FROM documents)",
             "sentences belong to no document"),
            ("SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)",
             "claims belong to no document"),
            ("SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM sentences s"
             " WHERE s.document_id = c.document_id AND s.idx = c.sentence_index)"
             " AND c.document_id IN (SELECT id FROM documents)",
             "claims point at a sentence their document does not have"),
            ("SELECT count(*) FROM conflicts WHERE a_claim_id NOT IN (SELECT id FROM claims)"
             " OR b_claim_id NOT IN (SELECT id FROM claims)",
             "conflicts point at missing claims"),
        ):
            stage[0] = f"the orphan-row check ({what})"
            n = self.db.execute(count).fetchone()[0]
            if n:
                problems.append(f"{n} {what}")
        stage[0] = "the check that every document is whole"
        problems += self._check_documents(limit)

    def _check_documents(self, limit: int) -> list[str]:
        """Documents that are not whole, or whose rows point outside (or misquote) their text."""
        partial: list[str] = []
        outside: list[str] = []
        n_partial = n_outside = 0
        docs = self.db.execute(
            "SELECT d.id, d.source, d.n_sentences, d.n_claims,"
            " (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS has_sentences,"
            " (SELECT count(*) FROM claims c WHERE c.document_id = d.id) AS has_claims"
            " FROM documents d ORDER BY d.id"
        ).fetchall()
        for d in docs:
            if (d["n_sentences"] is not None and d["n_sentences"] != d["has_sentences"]) or (
                    d["n_claims"] is not None and d["n_claims"] != d["has_claims"]):
                n_partial += 1
                if len(partial) < limit:
                    partial.append(f"{d['source']} ({d['has_sentences']}/{d['n_sentences']} sentences,"
                                   f" {d['has_claims']}/{d['n_claims']} claims)")
            bad = self._bad_offsets(d["id"])
            if bad:
                n_outside += 1
                if len(outside) < limit:
                    outside.append(f"{d['source']} ({bad})")
        problems = []
        if n_partial:
            problems.append(f"{n_partial} documents are not whole: " + "; ".join(partial))
        if n_outside:
            problems.append(f"{n_outside} documents have sentences or claims outside their text: "
                            + "; ".join(outside))
        return problems

    def _bad_offsets(self, doc_id: int) -> str:
        """What is wrong with one document's offsets ("" when nothing)."""
        text = self.db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
        n = len(text)
        bad_sentences = sum(
            not (0 <= s <= e <= n) for s, e in self.db.execute(
                'SELECT start, "end" FROM sentences WHERE document_id = ?', (doc_id,)))
        bad_claims = []
        for cid, s, e, quoted in self.db.execute(
                'SELECT id, start, "end", text FROM claims WHERE document_id = ?', (doc_id,)):
            if not (0 <= s <= e <= n):
                bad_claims.append(f"claim {cid} at {s}-{e} past the end ({n})")
            elif text[s:e] != quoted:
                bad_claims.append(f"claim {cid} at {s}-{e} is not {quoted!r}")
        parts = [f"{bad_sentences} sentences past the end ({n})"] if bad_sentences else []
        if bad_claims:
            parts.append(", ".join(bad_claims[:3]) + (f" and {len(bad_claims) - 3} more" if len(bad_claims) > 3 else ""))
        return "; ".join(parts)

    def counts(self) -> dict[str, int]:
        """Rows in each table."""
        return {table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
