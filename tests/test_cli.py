"""End to end: the CLI on corpus/, asserting on the ledger and the exports."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import CORPUS, export_rows, run
from click.testing import CliRunner

from factcheck.cli import main

GUIDE_CLAIM_COLUMNS = ["claim_id", "source", "sentence_index", "start", "end", "text", "value", "value_low", "value_high", "qualifier", "kind", "unit", "subject", "object", "status", "when", "event", "attributed_to", "sentence"]
GUIDE_CONFLICT_COLUMNS = ["conflict_id", "kind", "subject", "object", "a_claim_id", "a_source", "a_start", "a_end", "a_text", "a_value_low", "a_value_high", "b_claim_id", "b_source", "b_start", "b_end", "b_text", "b_value_low", "b_value_high", "severity", "reason"]




@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("ledger") / "fc.db"
    run("extract", str(CORPUS), "--db", str(db))
    return db


def test_extract_stores_every_article(corpus_db: Path) -> None:
    with sqlite3.connect(corpus_db) as con:
        sources = [r[0] for r in con.execute("SELECT source FROM documents ORDER BY source")]
        n_claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert [Path(s).name for s in sources] == sorted(p.name for p in CORPUS.glob("*.txt"))
    assert n_claims >= 15


def test_export_csv_has_guide_columns_and_true_offsets(corpus_db: Path) -> None:
    rows = export_rows(corpus_db)
    assert rows and set(GUIDE_CLAIM_COLUMNS) <= set(rows[0])
    for row in rows:
        text = Path(row["source"]).read_text(encoding="utf-8")
        assert text[int(row["start"]):int(row["end"])] == row["text"]
        assert row["text"] in row["sentence"]


def test_export_reads_the_troop_figures(corpus_db: Path) -> None:
    rows = export_rows(corpus_db)
    troops = {(r["text"], r["value_low"], r["qualifier"], r["status"]) for r in rows if r["kind"] == "troops"}
    assert ("लगभग 10,000 सैनिक", "10000", "approx", "actual") in troops
    assert ("11000 सैनिक", "11000", "exact", "actual") in troops
    assert any(value == "30000" and status == "planned" for _, value, _, status in troops)
    assert not any("बी-52" in r["text"] for r in rows)


def test_export_jsonl_round_trips(corpus_db: Path) -> None:
    out = run("export", "--db", str(corpus_db), "--format", "jsonl").stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(export_rows(corpus_db))
    assert all("reasons" in r for r in records)


def test_conflicts_report_10000_against_11000_not_the_planned_30000(corpus_db: Path) -> None:
    out = run("conflicts", "--db", str(corpus_db), "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and set(GUIDE_CONFLICT_COLUMNS) <= set(rows[0])
    pairs = [{r["a_text"], r["b_text"]} for r in rows]
    assert {"लगभग 10,000 सैनिक", "11000 सैनिक"} in pairs
    assert not any("30000" in t for pair in pairs for t in pair)


def test_conflicts_table_and_json(corpus_db: Path) -> None:
    table = run("conflicts", "--db", str(corpus_db)).stdout
    assert "11000 सैनिक" in table and "troops" in table
    data = json.loads(run("conflicts", "--db", str(corpus_db), "--format", "json").stdout)
    assert data and {"a_text", "b_text", "reason", "severity"} <= set(data[0])


def test_resolve_and_dismiss_survive_reextraction(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    shutil.copytree(CORPUS, folder)
    db = str(tmp_path / "fc.db")
    run("extract", str(folder), "--db", db)
    first = json.loads(run("conflicts", "--db", db, "--format", "json").stdout)
    cid = first[0]["conflict_id"]
    run("conflicts", "resolve", str(cid), "--dismiss", "--note", "same report", "--db", db)
    # touch every file so all claims are re-extracted with new ids
    for p in folder.glob("*.txt"):
        p.write_text(p.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    run("extract", str(folder), "--db", db)
    after = json.loads(run("conflicts", "--db", db, "--format", "json").stdout)
    assert all(r["conflict_id"] != cid for r in after)
    shown_all = json.loads(run("conflicts", "--db", db, "--format", "json", "--all").stdout)
    assert any(r["state"] == "dismissed" for r in shown_all)
    assert run("conflicts", "resolve", "999999", "--db", db, ok=False).exit_code != 0


def test_reextraction_is_idempotent(tmp_path: Path) -> None:
    db = str(tmp_path / "fc.db")
    run("extract", str(CORPUS), "--db", db)
    before = export_rows(Path(db))
    second = run("extract", str(CORPUS), "--db", db)
    assert "skipped as unchanged" in second.stdout
    assert export_rows(Path(db)) == before


def test_changed_file_has_its_claims_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    shutil.copytree(CORPUS, folder)
    db = str(tmp_path / "fc.db")
    run("extract", str(folder), "--db", db)
    before = export_rows(Path(db))
    target = next(p for p in sorted(folder.glob("*.txt")) if "11000 सैनिक" in p.read_text(encoding="utf-8"))
    target.write_text(target.read_text(encoding="utf-8").replace("11000 सैनिक", "12500 सैनिक"), encoding="utf-8")
    run("extract", str(folder), "--db", db)
    after = export_rows(Path(db))
    texts = {r["text"] for r in after if r["source"] == str(target)}
    assert "12500 सैनिक" in texts and "11000 सैनिक" not in texts
    untouched = lambda rows: [r for r in rows if r["source"] != str(target)]  # noqa: E731
    assert untouched(after) == untouched(before)


def test_bad_files_are_named_and_the_rest_is_stored(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(next(CORPUS.glob("001_*.txt")), folder / "good.txt")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "legacy.txt").write_bytes("रूस ने कहा".encode("utf-16-be"))  # no BOM: not UTF-8
    db = str(tmp_path / "fc.db")
    result = run("extract", str(folder), "--db", db, ok=False)
    assert result.exit_code == 1 and "2 of 4 inputs could not be read" in result.stderr
    for name in ("binary.txt", "empty.txt"):
        assert name in result.stderr
    assert "failed" in result.stdout
    again = run("extract", str(folder), "--db", db, "--keep-going")
    assert "--keep-going" in again.stdout and "2 of 4" not in again.output
    with sqlite3.connect(db) as con:
        stored = [r[0] for r in con.execute("SELECT source FROM documents")]
    assert any(s.endswith("good.txt") for s in stored)
    assert not any(s.endswith(("binary.txt", "empty.txt")) for s in stored)


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00" * 100)
    result = run("extract", str(folder), "--db", str(tmp_path / "fc.db"), ok=False)
    assert result.exit_code != 0
    assert "nothing could be read" in result.output


def test_claims_filters(corpus_db: Path) -> None:
    out = run("claims", "--db", str(corpus_db), "--kind", "troops").stdout
    assert "11000" in out and "troops" in out
    assert "गोले" not in out
    big = run("claims", "--db", str(corpus_db), "--min-value", "1000000").stdout
    assert "करोड़" in big and "11000" not in big
    dates = run("claims", "--db", str(corpus_db), "--kind", "date").stdout
    assert "when" in dates and "2024-06-19" in dates


def test_show_prints_fields_and_reasons(corpus_db: Path) -> None:
    rows = export_rows(corpus_db)
    claim = next(r for r in rows if r["text"] == "11000 सैनिक")
    out = run("show", claim["claim_id"], "--db", str(corpus_db)).stdout
    assert "11000 सैनिक" in out and "troops" in out and "सैनिक" in out
    assert run("show", "999999", "--db", str(corpus_db), ok=False).exit_code != 0


def test_analyze_json_lists_quantities_with_intervals() -> None:
    text = "दक्षिण कोरिया के अनुसार उत्तर कोरिया ने रूस को लगभग 10,000 सैनिक भेजे हैं।"
    data = json.loads(run("analyze", text, "--format", "json").stdout)
    assert set(data) >= {"sentences", "entities", "quantities", "claims"}
    q = data["quantities"][0]
    assert text[q["start"]:q["end"]] == q["text"]
    assert (q["value_low"], q["value_high"], q["qualifier"]) == (10000, 10000, "approx")
    claim = data["claims"][0]
    assert (claim["kind"], claim["subject"], claim["object"]) == ("troops", "North Korea", "Russia")


def test_analyze_reads_stdin() -> None:
    result = CliRunner().invoke(main, ["analyze", "--format", "json"], input="हादसे में 12 लोगों की मौत हो गई।")
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)["claims"]
    assert claims and claims[0]["kind"] == "killed" and claims[0]["value_low"] == 12


def test_sources_and_doctor(corpus_db: Path) -> None:
    out = run("sources", "--db", str(corpus_db)).stdout
    assert "000_4a3731de332e2f86.txt" in out.replace("\n", "") or "5 documents" in out
    assert "healthy" in run("doctor", "--db", str(corpus_db)).stdout


def test_facts_and_timeline(corpus_db: Path) -> None:
    assert "troops" in run("facts", "--db", str(corpus_db)).stdout
    rows = json.loads(run("timeline", "--db", str(corpus_db), "--kind", "troops", "--subject", "North Korea",
                          "--format", "json").stdout)
    assert rows


def test_entities_add_and_list(tmp_path: Path) -> None:
    db = str(tmp_path / "fc.db")
    run("entities", "add", "Tejas Fighter Programme", "--alias", "तेजस कार्यक्रम", "--type", "organisation",
        "--db", db)
    out = run("entities", "--db", db, "--search", "Tejas").stdout
    assert "Tejas Fighter Programme" in out


def test_ctrl_c_during_a_documents_write_waits_for_the_write() -> None:
    from factcheck.cli import _WriteGuard

    guard = _WriteGuard()
    with pytest.raises(KeyboardInterrupt):
        guard.on_sigint(2, None)  # between documents: stop now
    written = []
    with pytest.raises(KeyboardInterrupt), guard:
        guard.on_sigint(2, None)  # mid-write: remembered, not raised
        written.append("document")
    assert written == ["document"]


@pytest.mark.parametrize("command", [["claims"], ["conflicts"], ["export"], ["sources"], ["doctor"], ["show", "1"]])
def test_reading_a_missing_ledger_says_so_and_creates_nothing(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "missing.db"
    result = run(*command, "--db", str(db), ok=False)
    assert result.exit_code != 0 and "no ledger at" in result.output
    assert not db.exists()


def test_output_to_a_device_or_pipe_is_written_not_replaced(corpus_db: Path, tmp_path: Path) -> None:
    """"-o /dev/null" or a named pipe: the output goes into it; renaming a file over it would
    turn the device into a plain file."""
    import os
    import stat
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_text(encoding="utf-8")))
    reader.start()
    run("export", "--db", str(corpus_db), "--format", "csv", "-o", str(pipe))
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert got and got[0].startswith("claim_id,")
    run("conflicts", "--db", str(corpus_db), "--format", "csv", "-o", os.devnull)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
