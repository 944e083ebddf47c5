"""`factcheck extract` killed, interrupted or run twice at once: the ledger stays whole and re-running completes it.

Each test starts real ``extract`` processes on ~40 Hindi articles generated from
corpus/ (numbers varied per copy) and compares what they stored, document by
document, with a clean run. A FIFO named like an article makes a run block at
a known point (after the first batch is stored), so the kill needs no timing.
Every test runs on an SQLite file and on a PostgreSQL database (``db``, conftest.py).
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from ledger_helpers import is_pg, query, scalar

from factcheck.cli import main
from factcheck.ledger import Ledger

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
N_ARTICLES = 40
BLOCK_AT = 20  # the article that becomes a FIFO; the first batch (16) is stored before it is reached
CLI = [sys.executable, "-c", "from factcheck.cli import main; main()"]
CLAIM_COLUMNS = ('sentence_index, start, "end", text, kind, value_low, value_high, qualifier, unit, subject,'
                 ' object, status, when_date, event, attributed_to, furniture, reasons')
#: Runs ``factcheck extract`` with the N-th store stalled just before COMMIT (all its rows written).
STALL_DRIVER = """
import signal, sys
from pathlib import Path
import factcheck.cli as cli
from factcheck.ledger import Ledger

STALL_AT, MARKER = int(sys.argv.pop(1)), Path(sys.argv.pop(1))

class StallAtCommit:
    def __init__(self, db):
        self.db = db
    def execute(self, sql, *args):
        if sql == "COMMIT":
            MARKER.write_text("stalled")
            while True:
                signal.pause()
        return self.db.execute(sql, *args)
    def __getattr__(self, name):
        return getattr(self.db, name)

class Stalling(Ledger):
    stores = 0
    def store(self, *args, **kwargs):
        Stalling.stores += 1
        if Stalling.stores == STALL_AT:
            self.db = StallAtCommit(self.db)
        return super().store(*args, **kwargs)

cli.Ledger = Stalling
cli.main()
"""


def vary(text: str, i: int) -> str:
    """Article ``i``: every number of two or more digits shifted by ``i``, same width."""
    return re.sub(r"\d{2,}", lambda m: f"{(int(m[0]) + i) % 10 ** len(m[0]):0{len(m[0])}d}", text)


@pytest.fixture(scope="module")
def articles() -> dict[str, str]:
    bases = sorted(CORPUS.glob("*.txt"))
    assert bases, "corpus/ has no articles"
    out = {}
    for i in range(N_ARTICLES):
        base = bases[i % len(bases)].read_text(encoding="utf-8")[:4000]
        out[f"{i:03}_{bases[i % len(bases)].stem[4:]}.txt"] = vary(base, i)
    return out


def write(folder: Path, articles: dict[str, str], names: list[str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names if names is not None else articles:
        (folder / name).write_text(articles[name], encoding="utf-8")
    return folder


def snapshot(db: Path | str) -> dict[str, tuple[Any, ...]]:
    """Stored documents by file name: (sha256, text, sentences, claims); each name must appear once."""
    docs: dict[str, tuple[Any, ...]] = {}
    for doc_id, source, sha, text in query(db, "SELECT id, source, sha256, text FROM documents"):
        sentences = query(db, 'SELECT idx, start, "end" FROM sentences WHERE document_id = ? ORDER BY idx', (doc_id,))
        claims = query(db, f"SELECT {CLAIM_COLUMNS} FROM claims WHERE document_id = ? ORDER BY id", (doc_id,))
        name = Path(source).name
        assert name not in docs, f"{name} stored twice"
        docs[name] = (sha, text, sentences, claims)
    return docs


@pytest.fixture(scope="module")
def clean(articles: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Any, ...]]:
    """What an uninterrupted run stores (run in-process)."""
    root = tmp_path_factory.mktemp("clean")
    folder = write(root / "articles", articles)
    result = CliRunner().invoke(main, ["extract", str(folder), "--db", str(root / "clean.db")])
    assert result.exit_code == 0, result.output
    docs = snapshot(root / "clean.db")
    assert sorted(docs) == sorted(articles)
    assert sum(len(d[3]) for d in docs.values()) >= N_ARTICLES, "too few claims for the comparison to mean much"
    return docs


def stored(db: Path | str) -> int:
    """Documents committed so far, read without creating or locking anything (0 before the schema exists)."""
    if is_pg(db):
        if not scalar(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'documents'"
                      " AND schemaname = current_schema()"):
            return 0
        return int(scalar(db, "SELECT count(*) FROM documents"))
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@contextmanager
def started(*args: str, driver: list[str] | None = None) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([*(driver or CLI), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True, encoding="utf-8")
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


def wait_until(condition: Any, proc: subprocess.Popen[str], what: str, limit: float = 180) -> None:
    """Poll until ``condition()``; fail if the process ends first (or, as a safety net, after ``limit`` s)."""
    deadline = time.monotonic() + limit
    while not condition():
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"extract ended (exit {proc.returncode}) before {what}:\n{out}\n{err}")
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, encoding="utf-8", stdin=subprocess.DEVNULL)


def assert_whole_and_healthy(db: Path | str, clean: dict[str, tuple[Any, ...]]) -> dict[str, tuple[Any, ...]]:
    """The ledger opens, passes integrity checks, and every stored document equals the clean (SQLite) run's."""
    if not is_pg(db):
        assert query(db, "PRAGMA integrity_check") == [("ok",)]
        assert query(db, "PRAGMA foreign_key_check") == []
    with Ledger(db) as ledger:
        assert ledger.check() == []
    docs = snapshot(db)
    for name, doc in docs.items():
        assert doc == clean[name], f"{name} is not stored whole"
    return docs


def fifo_in_place_of(folder: Path, name: str) -> None:
    (folder / name).unlink()
    os.mkfifo(folder / name)


def test_sigkill_halfway_leaves_whole_documents_and_rerun_completes(
        articles: dict[str, str], clean: dict[str, tuple[Any, ...]], tmp_path: Path, db: str) -> None:
    folder = write(tmp_path / "articles", articles)
    blocker = sorted(articles)[BLOCK_AT]
    fifo_in_place_of(folder, blocker)
    command = ("extract", str(folder), "--db", db)
    with started(*command) as proc:
        wait_until(lambda: stored(db) >= 1, proc, "the first documents were stored")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = assert_whole_and_healthy(db, clean)
    assert 1 <= len(partial) < N_ARTICLES
    assert blocker not in partial

    (folder / blocker).unlink()
    write(folder, articles, [blocker])
    result = run(*command)
    assert result.returncode == 0, result.stderr
    assert assert_whole_and_healthy(db, clean) == clean
    assert run(*command).returncode == 0  # and a third run finds nothing to do
    assert assert_whole_and_healthy(db, clean) == clean


def test_sigkill_inside_a_documents_transaction_loses_only_that_document(
        articles: dict[str, str], clean: dict[str, tuple[Any, ...]], tmp_path: Path, db: str) -> None:
    folder = write(tmp_path / "articles", articles)
    marker = tmp_path / "stalled"
    stall_at = 25
    driver = [sys.executable, "-c", STALL_DRIVER, str(stall_at), str(marker)]
    with started("extract", str(folder), "--db", db, driver=driver) as proc:
        wait_until(marker.exists, proc, "the store of document 25 was about to commit")
        assert proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    partial = assert_whole_and_healthy(db, clean)
    assert sorted(partial) == sorted(articles)[:stall_at - 1]

    result = run("extract", str(folder), "--db", db)
    assert result.returncode == 0, result.stderr
    assert assert_whole_and_healthy(db, clean) == clean


def test_ctrl_c_stops_cleanly_and_says_how_far_it_got(
        articles: dict[str, str], clean: dict[str, tuple[Any, ...]], tmp_path: Path, db: str) -> None:
    folder = write(tmp_path / "articles", articles)
    blocker = sorted(articles)[BLOCK_AT]
    fifo_in_place_of(folder, blocker)
    with started("extract", str(folder), "--db", db) as proc:
        wait_until(lambda: stored(db) >= 1, proc, "the first documents were stored")
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    partial = assert_whole_and_healthy(db, clean)
    assert f"interrupted: {len(partial)} documents stored; run the same command again to finish" in err


def test_two_extracts_at_once_on_overlapping_folders_store_every_document_once(
        articles: dict[str, str], clean: dict[str, tuple[Any, ...]], tmp_path: Path, db: str) -> None:
    names = sorted(articles)
    a = write(tmp_path / "a", articles, names[:10])
    b = write(tmp_path / "b", articles, names[10:20])
    shared = write(tmp_path / "shared", articles, names[20:])
    with started("extract", str(a), str(shared), "--db", db) as one, \
            started("extract", str(shared), str(b), "--db", db) as two:
        results = [(p, *p.communicate()) for p in (one, two)]
    for proc, _, err in results:
        assert proc.returncode == 0, err
        assert "locked" not in err.lower() and "Traceback" not in err
    assert assert_whole_and_healthy(db, clean) == clean
    assert stored(db) == N_ARTICLES
