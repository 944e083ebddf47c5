"""The fact-checking desk: reviews, knowledge versions, filters, names, ids, languages, spreadsheets."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from cli_helpers import csv_rows, run
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.compare import conflict_key, find_conflicts
from factcheck.ledger import Ledger

#: Four short reports of two events, in the phrasing of Hindi wire copy: an earthquake toll that
#: outlets give differently, and North Korean troop numbers from two sources.
ARTICLES = {
    "nepal_a.txt": "काठमांडू। नेपाल में शुक्रवार को आए भूकंप में कम से कम 120 लोगों की मौत हो गई और 300 लोग घायल"
                   " हुए, अधिकारियों ने बताया।\n",
    "nepal_b.txt": "नेपाल में आए भूकंप में 95 लोगों की मौत हो गई है और 310 लोग घायल हुए हैं। राहत कार्य जारी है।\n",
    "korea_a.txt": "सियोल। दक्षिण कोरिया की खुफिया एजेंसी के अनुसार उत्तर कोरिया ने यूक्रेन युद्ध में रूस की मदद के"
                   " लिए 12,000 सैनिक भेजे हैं।\n",
    "korea_b.txt": "वॉशिंगटन। अमेरिकी अधिकारियों ने कहा कि उत्तर कोरिया ने यूक्रेन युद्ध में रूस की मदद के लिए लगभग"
                   " 10,000 सैनिक भेजे हैं।\n",
}


def write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def desk(tmp_path: Path) -> tuple[Path, str]:
    folder = write_articles(tmp_path / "news")
    db = str(tmp_path / "desk.db")
    run("extract", str(folder), "--db", db)
    return folder, db


@pytest.fixture(scope="module")
def read_only_desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One ledger shared by the tests that only read it (listing runs the comparison, which is idempotent)."""
    tmp = tmp_path_factory.mktemp("desk")
    folder = write_articles(tmp / "news")
    db = str(tmp / "desk.db")
    run("extract", str(folder), "--db", db)
    return folder, db


def conflicts_json(db: str, *extra: str) -> list[dict]:
    return json.loads(run("conflicts", "--db", db, "--format", "json", *extra).stdout)


def by_kind(rows: list[dict]) -> dict[str, dict]:
    return {r["kind"]: r for r in rows}


# -- 1. reviews ------------------------------------------------------------------------------
def test_resolve_works_on_a_fresh_ledger_and_keeps_a_history(desk: tuple[Path, str]) -> None:
    _, db = desk
    # no `conflicts` run yet: resolve finds them on demand
    run("conflicts", "resolve", "1", "--note", "दोनों आंकड़े अलग समय के", "--reviewer", "asha", "--db", db)
    killed = by_kind(conflicts_json(db))["killed"]
    assert (killed["state"], killed["note"], killed["reviewer"]) == ("confirmed", "दोनों आंकड़े अलग समय के", "asha")
    run("conflicts", "resolve", killed["key"], "--dismiss", "--db", db, "--reviewer", "ravi")
    assert "killed" not in by_kind(conflicts_json(db))
    dismissed = by_kind(conflicts_json(db, "--state", "dismissed"))["killed"]
    assert (dismissed["state"], dismissed["reviewer"], dismissed["note"]) == ("dismissed", "ravi", "")
    run("conflicts", "resolve", "1", "--reopen", "--note", "नई रिपोर्ट आई", "--db", db)
    assert by_kind(conflicts_json(db, "--state", "open"))["killed"]["note"] == "नई रिपोर्ट आई"
    with sqlite3.connect(db) as con:
        history = con.execute("SELECT verdict, reviewer FROM reviews ORDER BY id").fetchall()
    assert [v for v, _ in history] == ["confirmed", "dismissed", "open"]
    assert history[1][1] == "ravi"


def test_reviewer_defaults_to_the_login_name(desk: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    _, db = desk
    monkeypatch.setenv("USER", "meera")
    run("conflicts", "resolve", "1", "--db", db)
    assert conflicts_json(db, "--state", "confirmed")[0]["reviewer"] == "meera"


def test_review_notes_show_in_table_and_csv(desk: tuple[Path, str]) -> None:
    _, db = desk
    run("conflicts", "resolve", "1", "--note", "स्थानीय प्रशासन से पुष्टि", "--reviewer", "asha", "--db", db)
    assert "स्थानीय प्रशासन से पुष्टि" in run("conflicts", "--db", db).stdout
    rows = csv_rows("conflicts", "--db", db, "--format", "csv")
    assert {"state", "note", "reviewer", "reviewed_at"} <= set(rows[0])
    assert any(r["note"] == "स्थानीय प्रशासन से पुष्टि" and r["state"] == "confirmed" for r in rows)


def test_conflict_reviews_survive_reextraction(desk: tuple[Path, str]) -> None:
    folder, db = desk
    key = by_kind(conflicts_json(db))["troops"]["key"]
    run("conflicts", "resolve", key, "--note", "एक ही रिपोर्ट", "--db", db)
    for p in folder.glob("*.txt"):  # an edit elsewhere in every file: all claims re-extracted with new ids
        p.write_text("ताज़ा अपडेट\n" + p.read_text(encoding="utf-8"), encoding="utf-8")
    run("extract", str(folder), "--db", db)
    troops = by_kind(conflicts_json(db))["troops"]
    assert (troops["key"], troops["state"], troops["note"]) == (key, "confirmed", "एक ही रिपोर्ट")
    assert "healthy" in run("doctor", "--db", db).stdout


def test_resolve_names_an_unknown_conflict_in_one_line(desk: tuple[Path, str]) -> None:
    _, db = desk
    result = run("conflicts", "resolve", "999", "--db", db, ok=False)
    assert result.exit_code != 0 and "no conflict 999" in result.output and "Traceback" not in result.output


def claim_row(db: str, text: str) -> dict[str, str]:
    return next(r for r in csv_rows("claims", "--db", db, "--format", "csv") if r["text"] == text)


def test_a_claim_marked_wrong_leaves_listings_exports_and_comparison(desk: tuple[Path, str]) -> None:
    folder, db = desk
    claim = claim_row(db, "95 लोगों की मौत")
    run("review", claim["claim_id"], "--wrong", "--note", "आंकड़ा पुराना है", "--db", db)
    assert "95 लोगों की मौत" not in {r["text"] for r in csv_rows("claims", "--db", db, "--format", "csv")}
    assert "95 लोगों की मौत" not in {r["text"] for r in csv_rows("export", "--db", db)}
    assert "killed" not in by_kind(conflicts_json(db))
    # kept by its stable key: an edited file keeps the verdict
    (folder / "nepal_b.txt").write_text("ब्रेकिंग।\n" + ARTICLES["nepal_b.txt"], encoding="utf-8")
    run("extract", str(folder), "--db", db)
    assert "killed" not in by_kind(conflicts_json(db))
    with_wrong = csv_rows("claims", "--db", db, "--format", "csv", "--include-wrong")
    assert claim["key"] in {r["key"] for r in with_wrong}
    run("review", claim["key"], "--right", "--db", db)
    assert "killed" in by_kind(conflicts_json(db))


def test_a_corrected_subject_is_what_the_comparison_pass_sees(desk: tuple[Path, str]) -> None:
    _, db = desk
    claim = claim_row(db, "12,000 सैनिक")
    assert claim["subject"] == "North Korea"
    assert "troops" in by_kind(conflicts_json(db))
    run("review", claim["key"], "--subject", "दक्षिण कोरिया", "--note", "गलत देश", "--db", db)
    corrected = claim_row(db, "12,000 सैनिक")
    assert corrected["subject"] == "South Korea"  # the alias is resolved to the canonical name
    assert "troops" not in by_kind(conflicts_json(db))
    assert "corrected" in run("show", claim["key"], "--db", db).stdout
    run("review", claim["key"], "--kind", "workers", "--db", db)
    assert claim_row(db, "12,000 सैनिक")["kind"] == "workers"
    assert claim_row(db, "12,000 सैनिक")["subject"] == "South Korea"  # earlier corrections stay


def test_review_without_a_verdict_is_a_usage_error(desk: tuple[Path, str]) -> None:
    _, db = desk
    result = run("review", "1", "--db", db, ok=False)
    assert result.exit_code == 2 and "--wrong" in result.output


# -- 2. knowledge versions ------------------------------------------------------------------------
def test_new_entities_reach_stored_documents(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("रायगढ़ा जिले के भीलवाड़ी गांव में बाढ़ से 14 लोगों की मौत हो गई।\n", encoding="utf-8")
    db = str(tmp_path / "k.db")
    run("extract", str(folder), "--db", db)
    before = csv_rows("export", "--db", db)[0]["subject"]
    run("entities", "add", "Bhilwadi", "--alias", "भीलवाड़ी", "--type", "place", "--db", db)
    out = run("extract", str(folder), "--db", db).stdout
    assert "re-processed for new rules or names │     1" in out
    after = csv_rows("export", "--db", db)[0]["subject"]
    assert before != "Bhilwadi" and after == "Bhilwadi"
    again = run("extract", str(folder), "--db", db).stdout
    assert "skipped as unchanged                │     1" in again
    forced = run("extract", str(folder), "--db", db, "--force").stdout
    assert "documents stored                    │     1" in forced


def test_knowledge_version_follows_data_and_entity_files(tmp_path: Path) -> None:
    from factcheck.knowledge import knowledge_version

    data = tmp_path / "data"
    data.mkdir()
    (data / "kinds.yaml").write_text("troops: [सैनिक]\n", encoding="utf-8")
    base = knowledge_version(data_dir=data, package="1.0")
    assert knowledge_version(data_dir=data, package="1.0") == base
    assert knowledge_version(data_dir=data, package="1.1") != base
    (data / "kinds.yaml").write_text("troops: [सैनिक, जवान]\n", encoding="utf-8")
    changed = knowledge_version(data_dir=data, package="1.0")
    assert changed != base
    mine = tmp_path / "mine.jsonl"
    mine.write_text('{"name": "X", "aliases": ["क्ष"]}\n', encoding="utf-8")
    assert knowledge_version([mine], data_dir=data, package="1.0") != changed


# -- 3. filters, formats, summary -----------------------------------------------------------------
def test_conflict_filters(read_only_desk: tuple[Path, str]) -> None:
    _, db = read_only_desk
    everything = conflicts_json(db)
    assert {r["kind"] for r in everything} == {"killed", "wounded", "troops"}
    assert {r["kind"] for r in conflicts_json(db, "--severity", "minor")} == {"wounded"}
    assert {r["severity"] for r in conflicts_json(db, "--severity", "major")} == {"major"}
    assert {r["kind"] for r in conflicts_json(db, "--kind", "troops")} == {"troops"}
    assert {r["subject"] for r in conflicts_json(db, "--subject", "नेपाल")} == {"Nepal"}
    assert len(conflicts_json(db, "--limit", "1")) == 1
    assert conflicts_json(db, "--state", "confirmed") == []
    assert conflicts_json(db, "--story", "no-such-story") == []


def test_conflicts_table_opens_with_counts_per_story_and_severity(read_only_desk: tuple[Path, str]) -> None:
    _, db = read_only_desk
    out = run("conflicts", "--db", db).stdout
    head = out[:out.index("╭")]  # the summary comes before the first panel
    assert "3 conflicts" in head and "major" in head and "minor" in head and "open" in head


def test_claims_filters_and_formats(read_only_desk: tuple[Path, str]) -> None:
    _, db = read_only_desk
    rows = csv_rows("claims", "--db", db, "--format", "csv")
    assert {"claim_id", "key", "text", "kind", "subject"} <= set(rows[0])
    assert len(csv_rows("claims", "--db", db, "--format", "csv", "--limit", "2")) == 2
    actual = json.loads(run("claims", "--db", db, "--format", "json", "--status", "actual").stdout)
    assert actual and {r["status"] for r in actual} == {"actual"}
    assert json.loads(run("claims", "--db", db, "--format", "json", "--status", "planned").stdout) == []
    assert json.loads(run("claims", "--db", db, "--format", "json", "--story", "nothing").stdout) == []


def test_export_takes_the_claim_filters(read_only_desk: tuple[Path, str]) -> None:
    _, db = read_only_desk
    troops = csv_rows("export", "--db", db, "--kind", "troops", "--subject", "north korea")
    assert {r["text"] for r in troops} == {"12,000 सैनिक", "लगभग 10,000 सैनिक"}
    assert len(csv_rows("export", "--db", db, "--limit", "1")) == 1


@pytest.mark.parametrize("command", [["claims"], ["sources"], ["entities"], ["facts"],
                                     ["timeline", "--kind", "killed"], ["conflicts"]])
def test_every_listing_speaks_table_csv_and_json(read_only_desk: tuple[Path, str], command: list[str]) -> None:
    _, db = read_only_desk
    as_json = json.loads(run(*command, "--db", db, "--format", "json").stdout)
    as_csv = csv_rows(*command, "--db", db, "--format", "csv")
    assert isinstance(as_json, list) and as_json and len(as_csv) == len(as_json)
    assert run(*command, "--db", db, "--format", "table").stdout.strip()


def test_entities_can_be_limited(tmp_path: Path) -> None:
    rows = json.loads(run("entities", "--db", str(tmp_path / "x.db"), "--format", "json", "--limit", "5").stdout)
    assert len(rows) == 5 and {"name", "type", "aliases"} <= set(rows[0])


def test_long_output_is_not_paged_when_not_a_terminal(desk: tuple[Path, str]) -> None:
    from factcheck.cli import print_long

    out = io.StringIO()
    print_long(out, "\n".join(f"पंक्ति {i}" for i in range(500)))
    assert out.getvalue().count("\n") == 500


# -- 4. names, and one type for numbers ----------------------------------------------------------------
@pytest.mark.parametrize("name", ["उत्तर कोरिया", "उत्तरी कोरिया", "north korea", "NORTH KOREA", "North Korea"])
def test_subject_accepts_any_alias_in_every_command(read_only_desk: tuple[Path, str], name: str) -> None:
    _, db = read_only_desk
    claims = csv_rows("claims", "--db", db, "--format", "csv", "--subject", name)
    assert {r["text"] for r in claims} == {"12,000 सैनिक", "लगभग 10,000 सैनिक"}
    assert len(csv_rows("export", "--db", db, "--subject", name)) == 2
    timeline = json.loads(run("timeline", "--db", db, "--kind", "troops", "--subject", name,
                              "--format", "json").stdout)
    assert len(timeline) == 2
    assert {r["kind"] for r in conflicts_json(db, "--subject", name)} == {"troops"}
    facts = json.loads(run("facts", "--db", db, "--subject", name, "--format", "json").stdout)
    assert facts and all("North Korea" in json.dumps(f, ensure_ascii=False) for f in facts)
    objects = csv_rows("claims", "--db", db, "--format", "csv", "--object", "रूस")
    assert {r["object"] for r in objects} == {"Russia"}


def test_resolve_name_table() -> None:
    from factcheck.names import name_resolver, resolve_name

    gazetteer = name_resolver()
    for typed, canonical in [("उत्तर कोरिया", "North Korea"), ("north korea", "North Korea"),
                             ("रूस", "Russia"), ("रूसी", "Russia"), ("भारत", "India"),
                             ("  नेपाल ", "Nepal"), ("Atlantis Republic", "Atlantis Republic")]:
        assert resolve_name(typed, gazetteer) == canonical, typed
    assert resolve_name("", gazetteer) is None and resolve_name(None, gazetteer) is None


def test_json_numbers_have_one_type_in_export_and_conflicts(read_only_desk: tuple[Path, str]) -> None:
    _, db = read_only_desk
    exported = [json.loads(line) for line in run("export", "--db", db, "--format", "jsonl").stdout.splitlines()]
    twelve = next(r for r in exported if r["text"] == "12,000 सैनिक")
    troops = by_kind(conflicts_json(db))["troops"]
    side = "a" if troops["a_text"] == "12,000 सैनिक" else "b"
    assert twelve["value_low"] == troops[f"{side}_value_low"] == 12000
    assert type(twelve["value_low"]) is type(troops[f"{side}_value_low"]) is int
    claims = json.loads(run("claims", "--db", db, "--format", "json").stdout)
    assert all(type(c["value_low"]) is int for c in claims if c["value_low"] is not None)


# -- 6. analyze ------------------------------------------------------------------------------------
SNIPPET = "नेपाल में आए भूकंप में 95 लोगों की मौत हो गई है।"


def test_analyze_shows_claims_first_and_layers_when_verbose() -> None:
    plain = run("analyze", SNIPPET).stdout
    assert "95 लोगों की मौत" in plain and "killed" in plain
    assert "quantities" not in plain and "sentences" not in plain
    verbose = run("analyze", SNIPPET, "--verbose").stdout
    assert "quantities" in verbose and "sentences" in verbose and "killed" in verbose


def test_analyze_dash_reads_standard_input() -> None:
    result = CliRunner().invoke(main, ["analyze", "-", "--format", "json"], input=SNIPPET)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"sentences", "entities", "quantities", "dates", "claims"}
    assert data["claims"][0]["value_low"] == 95


def test_analyze_uses_the_same_gazetteer_as_extract(tmp_path: Path) -> None:
    text = "भीलवाड़ी गांव में बाढ़ से 14 लोगों की मौत हो गई।"
    db = str(tmp_path / "g.db")
    before = json.loads(run("analyze", text, "--format", "json", "--db", db).stdout)["claims"][0]["subject"]
    run("entities", "add", "Bhilwadi", "--alias", "भीलवाड़ी", "--type", "place", "--db", db)
    after = json.loads(run("analyze", text, "--format", "json", "--db", db).stdout)["claims"][0]["subject"]
    assert before != "Bhilwadi" and after == "Bhilwadi"
    extra = tmp_path / "more.jsonl"
    extra.write_text('{"name": "Bhilwadi Village", "type": "place", "aliases": ["भीलवाड़ी"]}\n', encoding="utf-8")
    named = json.loads(run("analyze", text, "--format", "json", "--entities", str(extra)).stdout)
    assert named["claims"][0]["subject"] == "Bhilwadi Village"


# -- 7. languages ----------------------------------------------------------------------------------
ENGLISH = ("KATHMANDU: At least 120 people were killed when a 6.8 magnitude earthquake struck western Nepal"
           " late on Friday, officials said, and rescuers were still searching the rubble.\n")


@pytest.mark.parametrize("text, hindi", [
    (ARTICLES["nepal_a.txt"], True),
    (ENGLISH, False),
    ("रॉयटर्स के मुताबिक NATO ने कहा कि Ukraine को 40 ATACMS missiles मिलेंगी और 12 F-16 विमान भी।", True),
    ("Modi ने कहा", True),  # too short to judge: read it
    ("Government sources said the Centre had released Rs 1,200 crore for flood relief in Assam.", False),
])
def test_is_hindi_table(text: str, hindi: bool) -> None:
    from factcheck.lang.script import is_hindi

    assert is_hindi(text) is hindi


def test_english_documents_are_skipped_unless_any_language(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news")
    (folder / "reuters.txt").write_text(ENGLISH, encoding="utf-8")
    db = str(tmp_path / "l.db")
    result = run("extract", str(folder), "--db", db)
    assert "reuters.txt: not Hindi" in result.stderr
    assert "reuters.txt" not in {Path(r["source"]).name for r in csv_rows("sources", "--db", db, "--format", "csv")}
    run("extract", str(folder), "--db", db, "--any-language")
    assert "reuters.txt" in {Path(r["source"]).name for r in csv_rows("sources", "--db", db, "--format", "csv")}


# -- 8. stable keys --------------------------------------------------------------------------------
def test_claim_keys_survive_edits_and_name_claims(desk: tuple[Path, str]) -> None:
    folder, db = desk
    before = claim_row(db, "12,000 सैनिक")
    path = folder / "korea_a.txt"
    path.write_text("सियोल से संवाददाता।\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    run("extract", str(folder), "--db", db)
    after = claim_row(db, "12,000 सैनिक")
    assert after["claim_id"] != before["claim_id"] and after["start"] != before["start"]
    assert after["key"] == before["key"]
    shown = run("show", after["key"], "--db", db).stdout
    assert "12,000 सैनिक" in shown and after["key"] in shown
    assert after["key"] in run("claims", "--db", db).stdout


def test_claim_keys_tell_repeated_figures_apart() -> None:
    from factcheck.ledger import claim_keys
    from factcheck.model import Claim

    claims = [Claim(start=40, end=48, text="95 लोगों की मौत", kind="killed"),
              Claim(start=0, end=8, text="95 लोगों की मौत", kind="killed")]
    keys = claim_keys("a.txt", claims)
    assert len(set(keys)) == 2
    assert claim_keys("a.txt", claims[::-1]) == keys[::-1]  # by position in the text, not list order
    assert claim_keys("b.txt", claims) != keys


# -- 9. spreadsheets --------------------------------------------------------------------------------
@pytest.mark.parametrize("command", [["export"], ["claims", "--format", "csv"], ["conflicts", "--format", "csv"]])
def test_excel_csv_has_a_bom_and_crlf(read_only_desk: tuple[Path, str], tmp_path: Path, command: list[str]) -> None:
    _, db = read_only_desk
    out = tmp_path / "sheet.csv"
    run(*command, "--db", db, "--excel", "-o", str(out))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows and any("सैनिक" in v for r in rows for v in r.values())
    plain = tmp_path / "plain.csv"
    run(*command, "--db", db, "-o", str(plain))
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")


def test_excel_to_standard_output(read_only_desk: tuple[Path, str]) -> None:
    _, db = read_only_desk
    result = CliRunner().invoke(main, ["export", "--db", db, "--excel"], catch_exceptions=False)
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbf") and b"\r\n" in result.stdout_bytes


# -- the ledger as data ---------------------------------------------------------------------------
def test_schema_is_readable(desk: tuple[Path, str]) -> None:
    _, db = desk
    run("conflicts", "resolve", "1", "--db", db)
    with sqlite3.connect(db) as con:
        columns = {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")]
                   for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        fks = {t: {(r[2], r[3]) for r in con.execute(f"PRAGMA foreign_key_list({t})")} for t in columns}
        view = con.execute("SELECT claim_key, text, sentence, source, outlet, published FROM claims_in_context"
                           " WHERE text = '12,000 सैनिक'").fetchone()
    keywords = {"when", "order", "group", "select", "where", "from", "table", "index"}
    assert not [(t, c) for t, cs in columns.items() for c in cs if c.lower() in keywords]
    assert ("claims", "a_claim_id") in fks["conflicts"] and ("claims", "b_claim_id") in fks["conflicts"]
    assert ("conflicts", "conflict_key") in fks["reviews"]
    assert view[1] == "12,000 सैनिक" and "12,000 सैनिक" in view[2] and view[3].endswith("korea_a.txt")


def test_an_old_ledger_keeps_its_verdicts_as_review_history(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news")
    db = tmp_path / "old.db"
    run("extract", str(folder), "--db", str(db))
    key = by_kind(conflicts_json(str(db)))["troops"]["key"]
    with Ledger(db) as ledger:  # version 3 keyed a conflict by its claims' offsets
        (troops,) = [c for c in find_conflicts(ledger.claims()) if c.key == key]
        old_key = conflict_key(replace(troops.a, key=""), replace(troops.b, key=""))
    assert old_key != key
    with sqlite3.connect(db) as con:  # wind the file back to a version 3 ledger with a resolution
        con.executescript(
            "DROP VIEW claims_in_context; DROP TABLE reviews; DROP TABLE claim_reviews;"
            "DROP INDEX claims_key; ALTER TABLE claims RENAME COLUMN when_date TO \"when\";"
            "ALTER TABLE claims DROP COLUMN key;"
            "ALTER TABLE documents DROP COLUMN knowledge;"
            "DROP INDEX documents_canonical; ALTER TABLE documents DROP COLUMN canonical;"
            "ALTER TABLE documents DROP COLUMN copy_of; ALTER TABLE documents DROP COLUMN minhash;"
            "CREATE TABLE resolutions (key TEXT PRIMARY KEY, state TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
            " updated_at TEXT NOT NULL);"
            "DELETE FROM conflicts;"
            f"INSERT INTO resolutions VALUES ('{old_key}', 'resolved', 'checked by phone', '2024-06-20');"
            "PRAGMA user_version = 3;")
    shown = by_kind(conflicts_json(str(db)))["troops"]
    assert (shown["key"], shown["state"], shown["note"]) == (key, "confirmed", "checked by phone")
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM conflicts WHERE key = ?", (old_key,)).fetchone() == (0,)
    assert len({r["key"] for r in csv_rows("claims", "--db", str(db), "--format", "csv")}) > 1
    assert "healthy" in run("doctor", "--db", str(db)).stdout
    shutil.rmtree(folder)


def test_story_filters_and_the_summary_name_stories(read_only_desk: tuple[Path, str]) -> None:
    _, db = read_only_desk
    stories = json.loads(run("stories", "--db", db, "--format", "json").stdout)
    quake = next(s for s in stories if "Nepal" in s["label"])
    files = {Path(r["source"]).name for r in csv_rows("claims", "--db", db, "--format", "csv", "--story", quake["story"])}
    assert files == {"nepal_a.txt", "nepal_b.txt"}
    assert {Path(r["source"]).name for r in csv_rows("export", "--db", db, "--story", quake["story"])} == files
    assert {r["kind"] for r in conflicts_json(db, "--story", quake["story"])} == {"killed", "wounded"}
    out = run("conflicts", "--db", db).stdout
    assert quake["label"] in out[:out.index("╭")]
    assert len(json.loads(run("facts", "--db", db, "--story", quake["story"], "--format", "json").stdout)) >= 2
