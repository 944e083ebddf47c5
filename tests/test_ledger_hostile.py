"""A ledger that survives its users: path spellings, copies, damage, -o mistakes, read-only media, migrations.

Tests taking ``db`` (or ``corpus_ledger``) run on an SQLite file and on a
PostgreSQL database; those marked ``sqlite`` are about the file itself (damaged
pages, ``-o`` onto its ``-wal``, read-only media, old-version migrations).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import CORPUS, conflict_rows, csv_rows, run
from click.testing import CliRunner
from ledger_helpers import new_database, query, scalar

from factcheck.cli import main
from factcheck.export import safe_text
from factcheck.ledger import Ledger, LedgerError

ARTICLES = sorted(CORPUS.glob("*.txt"))


@pytest.fixture
def corpus_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``t/cor`` holding five corpus articles, with the working folder at ``tmp_path``."""
    folder = tmp_path / "t" / "cor"
    folder.mkdir(parents=True)
    for p in ARTICLES[:5]:
        shutil.copy(p, folder / p.name)
    monkeypatch.chdir(tmp_path)
    return folder


def summary_count(stdout: str, label: str) -> int:
    """The number on the ``label`` row of extract's summary table."""
    row = next(line for line in stdout.splitlines() if label in line)
    return int(row.split("│")[-2])


def count(db: Path | str, sql: str) -> int:
    return int(scalar(db, sql))


# -- 8. one document, many paths; syndicated copies -------------------------------------------
def test_spellings_of_one_path_store_each_document_once(corpus_copy: Path, db: str) -> None:
    run("extract", "t/cor", "--db", db)
    conflicts = conflict_rows(db)
    facts = csv_rows("facts", "--db", db, "--format", "csv")
    for spelling in ("./t/cor", str(corpus_copy), "t//cor", "t/cor/../cor"):
        result = run("extract", spelling, "--db", db)
        assert summary_count(result.stdout, "documents stored") == 0, spelling
    assert count(db, "SELECT count(*) FROM documents") == 5
    assert conflict_rows(db) == conflicts
    assert csv_rows("facts", "--db", db, "--format", "csv") == facts
    with Ledger(db, readonly=True) as ledger:
        assert {d.source for d in ledger.documents()} == {f"t/cor/{p.name}" for p in ARTICLES[:5]}


def test_a_changed_file_under_another_spelling_replaces_its_row(corpus_copy: Path, db: str) -> None:
    run("extract", "t/cor", "--db", db)
    target = sorted(corpus_copy.iterdir())[0]
    target.write_text(target.read_text(encoding="utf-8") + "\nसेना ने 300 टैंक भेजे।\n", encoding="utf-8")
    run("extract", "./t/cor", "--db", db)
    assert count(db, "SELECT count(*) FROM documents") == 5
    assert count(db, f"SELECT count(*) FROM documents WHERE source = './t/cor/{target.name}'") == 1


def syndicate(src: Path, dest: Path, outlet: str) -> None:
    """An agency story as another site runs it: its own front matter, and a trailing link block."""
    dest.write_text(f"---\noutlet: {outlet}\n---\n" + src.read_text(encoding="utf-8")
                    + "\nयह भी पढ़ें: मौसम विभाग ने जारी किया अलर्ट\n", encoding="utf-8")


def test_syndicated_copies_are_linked_and_counted_once(corpus_copy: Path, db: str) -> None:
    run("extract", "t/cor", "--db", db)
    conflicts = conflict_rows(db)
    voices = {(r["kind"], r["subject"], r["object"]): r["voices"] for r in
              csv_rows("facts", "--db", db, "--format", "csv")}
    originals = sorted(corpus_copy.iterdir())
    shutil.copy(originals[1], corpus_copy / "z_exact_copy.txt")
    syndicate(originals[2], corpus_copy / "z_near_copy.txt", "दूसरा समाचार")
    run("extract", "t/cor", "--db", db)
    links = dict(query(db, "SELECT source, copy_of FROM documents WHERE copy_of != ''"))
    assert links == {"t/cor/z_exact_copy.txt": str(originals[1].resolve()),
                     "t/cor/z_near_copy.txt": str(originals[2].resolve())}
    with Ledger(db, readonly=True) as ledger:
        copied = [c for c in ledger.claims() if c.source.endswith("copy.txt")]
        assert copied and {c.origin for c in copied} == {f"t/cor/{originals[1].name}", f"t/cor/{originals[2].name}"}
    assert len(conflict_rows(db)) == len(conflicts)
    after = {(r["kind"], r["subject"], r["object"]): r["voices"] for r in
             csv_rows("facts", "--db", db, "--format", "csv")}
    assert after == voices


def test_different_articles_are_not_copies(corpus_copy: Path, db: str) -> None:
    run("extract", "t/cor", "--db", db)
    assert count(db, "SELECT count(*) FROM documents WHERE copy_of != ''") == 0
    assert count(db, "SELECT count(*) FROM documents WHERE minhash IS NULL") == 0


# -- 10. a damaged ledger ------------------------------------------------------------------------
def damage(db: Path) -> None:
    """Overwrite every page after the first with junk, as a failing disk or a stray write would."""
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.seek(4096)
        fh.write(b"\x5a\xa5" * ((size - 4096) // 2))


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    db = tmp_path / "fc.db"
    run("extract", str(ARTICLES[1]), str(ARTICLES[2]), "--db", str(db))
    assert count(db, "SELECT count(*) FROM claims") > 0 and not (tmp_path / "fc.db-wal").exists()
    damage(db)
    return db


@pytest.mark.sqlite
@pytest.mark.parametrize("command", [
    ["claims"], ["show", "1"], ["conflicts"], ["export"], ["sources"], ["facts"], ["timeline", "--kind", "troops"],
    ["extract", str(ARTICLES[3])],
])
def test_a_damaged_ledger_is_one_line_for_every_command(damaged: Path, command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--db", str(damaged)])
    assert result.exit_code == 1, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.output and len(lines) <= 2, result.output
    assert "damaged" in result.stderr or "not a factcheck ledger" in result.stderr


@pytest.mark.sqlite
def test_doctor_names_the_failing_check_and_how_to_recover(damaged: Path) -> None:
    result = CliRunner().invoke(main, ["doctor", "--db", str(damaged)])
    assert result.exit_code == 1
    text = " ".join(result.output.split())
    assert "Traceback" not in text
    assert "integrity check" in text or "failed" in text
    assert f"sqlite3 {damaged} .recover | sqlite3 recovered.db" in text and "extract" in text


@pytest.mark.sqlite
def test_debug_shows_the_traceback(damaged: Path) -> None:
    quiet = CliRunner().invoke(main, ["claims", "--db", str(damaged)])
    assert isinstance(quiet.exception, SystemExit) and "--debug" not in quiet.output or "damaged" in quiet.output
    loud = CliRunner().invoke(main, ["--debug", "claims", "--db", str(damaged)])
    assert isinstance(loud.exception, (sqlite3.DatabaseError, LedgerError))
    assert isinstance(loud.exception.__cause__ or loud.exception, sqlite3.DatabaseError)


# -- 11. -o must never destroy the ledger ---------------------------------------------------------
@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("ledger") / "fc.db"
    run("extract", *map(str, ARTICLES[:5]), "--db", str(db))
    return db


@pytest.mark.sqlite
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
@pytest.mark.parametrize("command", [["export"], ["conflicts", "--format", "csv"], ["facts", "--format", "csv"],
                                     ["timeline", "--kind", "troops", "--format", "csv"]])
def test_output_onto_the_ledger_is_refused(ledger_db: Path, command: list[str], suffix: str) -> None:
    before = ledger_db.read_bytes()
    target = f"{ledger_db}{suffix}"
    result = run(*command, "--db", str(ledger_db), "-o", target, ok=False)
    assert result.exit_code == 1 and "is the ledger itself" in result.stderr
    assert ledger_db.read_bytes() == before
    assert count(ledger_db, "SELECT count(*) FROM claims") > 0


@pytest.mark.sqlite
def test_output_into_a_missing_folder_or_onto_a_folder_is_one_line(ledger_db: Path, tmp_path: Path) -> None:
    missing = run("export", "--db", str(ledger_db), "-o", str(tmp_path / "nope" / "c.csv"), ok=False)
    assert missing.exit_code == 1 and f"{tmp_path / 'nope' / 'c.csv'}: the folder" in missing.stderr
    assert "does not exist" in missing.stderr and "Traceback" not in missing.output
    folder = run("export", "--db", str(ledger_db), "-o", str(tmp_path), ok=False)
    assert folder.exit_code == 2 and "is a directory" in folder.stderr and "Traceback" not in folder.output


@pytest.mark.sqlite
def test_output_is_written_whole_and_leaves_no_temporary_file(ledger_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    out.write_text("old contents\n")
    run("export", "--db", str(ledger_db), "-o", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and rows[0]["claim_id"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv"]


# -- 12. CSV formula injection ------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "safe"), [
    ("=1+1", "'=1+1"), ("+91 98765", "'+91 98765"), ("-5 डिग्री", "'-5 डिग्री"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=cmd", "'\t=cmd"), ("रूस ने\x00 कहा\x07", "रूस ने कहा"), ("10,000 सैनिक", "10,000 सैनिक"),
    ("a=b", "a=b"), ("पंक्ति\nदूसरी", "पंक्ति\nदूसरी"),
    ("--06", "--06"), ("--06-18", "--06-18"), ("-5", "-5"), ("-1,200.5", "-1,200.5"),  # data, not formulas
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"), ("--06+1", "'--06+1"),
])
def test_safe_text(cell: str, safe: str) -> None:
    assert safe_text(cell) == safe


def test_csv_exports_never_start_a_cell_with_a_formula(tmp_path: Path, db: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "=1+1.txt").write_text(
        "---\noutlet: =HYPERLINK(\"http://x\",\"y\")\n---\n- रक्षा मंत्रालय ने कहा कि रूस ने लगभग 10,000 सैनिक भेजे।\n",
        encoding="utf-8")
    (folder / "@b.txt").write_text("+ अधिकारियों के अनुसार रूस ने 11000 सैनिक भेजे।\x00\n", encoding="utf-8")
    run("extract", str(folder), "--db", db, "--keep-going")
    outputs = [run("export", "--db", db).stdout, run("conflicts", "--db", db, "--format", "csv").stdout,
               run("facts", "--db", db, "--format", "csv").stdout]
    cells = [cell for out in outputs for row in csv.reader(io.StringIO(out)) for cell in row]
    assert any(cell.startswith("'") for cell in cells)
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@")) or "\x00" in c]


# -- 13. read-only ledgers ----------------------------------------------------------------------------
@pytest.fixture
def readonly_ledger(tmp_path: Path) -> Iterator[Path]:
    """A ledger on a read-only medium: a tmpfs remounted read-only as root (root writes through
    file modes), a folder and file without write permission otherwise."""
    made = tmp_path / "made.db"
    run("extract", *map(str, ARTICLES[1:3]), "--db", str(made))
    if os.geteuid() != 0:
        folder = tmp_path / "ro"
        folder.mkdir()
        shutil.copy(made, folder / "fc.db")
        os.chmod(folder / "fc.db", 0o444)
        os.chmod(folder, 0o555)
        try:
            yield folder / "fc.db"
        finally:
            os.chmod(folder, 0o755)
        return
    mount = tmp_path / "medium"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "factcheck-test", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here to make a read-only medium")
    try:
        shutil.copy(made, mount / "fc.db")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True, capture_output=True)
        yield mount / "fc.db"
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


@pytest.mark.sqlite
def test_reading_commands_work_on_a_read_only_ledger(readonly_ledger: Path) -> None:
    db = str(readonly_ledger)
    for command in (["claims"], ["export"], ["sources"], ["facts"], ["conflicts"], ["doctor"],
                    ["timeline", "--kind", "troops"], ["show", "1"]):
        result = run(*command, "--db", db)
        assert "Traceback" not in result.output
    assert "10,000" in run("export", "--db", db).stdout
    assert not Path(db + "-wal").exists()


@pytest.mark.sqlite
def test_writing_commands_say_the_ledger_is_read_only(readonly_ledger: Path) -> None:
    result = run("extract", str(ARTICLES[3]), "--db", str(readonly_ledger), ok=False)
    assert result.exit_code == 1 and "read-only" in result.stderr and "Traceback" not in result.output
    resolve = run("conflicts", "resolve", "1", "--db", str(readonly_ledger), ok=False)
    assert resolve.exit_code == 1 and "read-only" in resolve.stderr


# -- 14. LIKE wildcards ------------------------------------------------------------------------------
@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def corpus_ledger(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """Five corpus articles extracted into an SQLite file, or into a PostgreSQL database."""
    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("ledger") / "fc.db")
    else:
        db = new_database(request.getfixturevalue("postgres_server"))
    run("extract", *map(str, ARTICLES[:5]), "--db", db)
    return db


@pytest.mark.parametrize("pattern", ["%", "%%", "\\", "0%4"])
def test_source_filter_takes_wildcards_literally(corpus_ledger: str, pattern: str) -> None:
    with Ledger(corpus_ledger, readonly=True) as ledger:
        assert list(ledger.claims(source=pattern)) == []
        assert list(ledger.claims(source=ARTICLES[1].name[:3]))


def test_source_filter_ignores_ascii_case_on_either_backend(corpus_ledger: str) -> None:
    with Ledger(corpus_ledger, readonly=True) as ledger:
        assert len(list(ledger.claims(source="CORPUS/"))) == len(list(ledger.claims())) > 0


def test_source_filter_matches_a_literal_underscore(tmp_path: Path, db: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ARTICLES[1], folder / "a_b.txt")
    shutil.copy(ARTICLES[2], folder / "axb.txt")
    run("extract", str(folder), "--db", db)
    with Ledger(db, readonly=True) as ledger:
        assert {Path(c.source).name for c in ledger.claims(source="a_b")} == {"a_b.txt"}


# -- 15. migrating a half-written old ledger --------------------------------------------------------
@pytest.mark.sqlite
def test_a_v1_document_that_lost_claims_is_reported_after_migration(tmp_path: Path) -> None:
    from test_ledger import SCHEMA_V1, TEXT

    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.executescript(SCHEMA_V1)
    con.execute("INSERT INTO documents (id, source, sha256, text, extracted_at) VALUES (1, 'a.txt', 'h', ?, 'then')",
                (TEXT,))
    cut = TEXT.index("।") + 1
    con.executemany("INSERT INTO sentences VALUES (1, ?, ?, ?)", [(0, 0, cut), (1, cut + 1, len(TEXT))])
    s1, s2 = TEXT.index("10,000 सैनिक"), TEXT.index("500")
    con.execute("INSERT INTO claims (id, document_id, sentence_index, start, end, text, kind) VALUES"
                " (4, 1, 0, ?, ?, '10,000 सैनिक', 'troops')", (s1, s1 + len("10,000 सैनिक")))
    # claim 5 was lost; claim 6 survived
    con.execute("INSERT INTO claims (id, document_id, sentence_index, start, end, text, kind) VALUES"
                " (6, 1, 1, ?, ?, '500', 'troops')", (s2, s2 + 3))
    con.commit()
    con.close()
    code, out = doctor_output(path)
    assert code == 1 and "a.txt (2/2 sentences, 2/3 claims)" in out and "not whole" in out
    assert not list(tmp_path.glob("*.bak-v*"))  # migrated and checked: the backup is gone


def doctor_output(path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["doctor", "--db", str(path)])
    return result.exit_code, " ".join(result.output.split())


@pytest.mark.sqlite
def test_a_failed_migration_keeps_the_ledger_and_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    run("extract", str(ARTICLES[1]), "--db", str(path))
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 3")  # a v3 ledger that a stray build already gave one v4 column
    con.execute("ALTER TABLE documents DROP COLUMN copy_of")
    con.execute("ALTER TABLE documents DROP COLUMN minhash")
    con.commit()
    con.close()
    before = count(path, "SELECT count(*) FROM claims")
    result = run("claims", "--db", str(path), ok=False)
    assert result.exit_code == 1 and "duplicate column" in result.stderr and ".bak-v3" in result.stderr
    assert count(path, "PRAGMA user_version") == 3
    backup = tmp_path / "v3.db.bak-v3"
    assert backup.exists() and count(backup, "SELECT count(*) FROM claims") == before
