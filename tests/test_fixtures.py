"""End to end on fixtures built in tmp_path from corpus/: publication dates, date
comparison, cumulative updates and HTML input, all through the CLI."""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import CORPUS, conflict_rows, export_rows, run

ARTICLES = sorted(CORPUS.glob("*.txt"))

#: Publication dates for the sample articles (000_… -> date). 004 speaks of a
#: war "more than 6 months" old that began "this year on 24 February": 2022.
PUBLISHED = {
    "000": "2024-10-20",
    "001": "2024-11-01",  # "लगभग 10,000 सैनिक"
    "002": "2024-11-10",  # "11000 सैनिक": later and larger
    "003": "2024-06-18",
    "004": "2022-08-26",
}
OUTLETS = {"000": "News Nation", "001": "Jansatta", "002": "India TV", "003": "Aaj Tak", "004": "ABP News"}

PUTIN_VISIT = "रूसी राष्ट्रपति व्लादिमीर पुतिन ने {} उत्तर कोरिया की यात्रा की।"
INVASION = "रूस ने {} यूक्रेन पर आक्रमण किया।"





def table_rows(out: str) -> tuple[list[str], list[list[str]]]:
    """Header cells and body rows of a rich table printed by the CLI."""
    header = next(line for line in out.splitlines() if "┃" in line and line.strip("┃ ━┏┓┳"))
    cells = [c.strip() for c in header.split("┃")[1:-1]]
    rows = [[c.strip() for c in line.split("│")[1:-1]] for line in out.splitlines() if line.startswith("│")]
    return cells, rows


def write_sources(folder: Path, published: dict[str, str], suffix: str = ".txt") -> None:
    with open(folder / "sources.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "url", "published", "outlet"])
        for p in ARTICLES:
            key = p.name[:3]
            if key in published:
                w.writerow([p.stem + suffix, f"https://example.in/{key}", published[key], OUTLETS[key]])


def dated_corpus(folder: Path, published: dict[str, str]) -> Path:
    """A copy of corpus/*.txt with a sources.csv giving ``published``."""
    folder.mkdir()
    for p in ARTICLES:
        shutil.copy(p, folder / p.name)
    write_sources(folder, published)
    return folder


def by_file(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        out.setdefault(Path(r["source"]).name[:3], []).append(r)
    return out


def one(rows: list[dict[str, str]], text: str) -> dict[str, str]:
    found = [r for r in rows if r["text"] == text]
    assert len(found) == 1, (text, [r["text"] for r in rows])
    return found[0]


# --- 1. publication dates from sources.csv resolve relative dates -------------------------------


def test_sources_csv_dates_resolve_this_years_months_and_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # short relative sources keep the tables on one line
    dated_corpus(tmp_path / "arts", PUBLISHED)
    db = tmp_path / "fc.db"
    run("extract", "arts", "--db", str(db))

    header, rows = table_rows(run("sources", "--db", str(db)).stdout)
    col = {name: i for i, name in enumerate(header)}
    shown = {Path(r[col["source"]]).name[:3]: (r[col["published"]], r[col["published_origin"]]) for r in rows}
    assert shown == {k: (v, "metadata") for k, v in PUBLISHED.items()}

    files = by_file(export_rows(db))
    june = one(files["000"], "इस साल जून")
    assert (june["kind"], june["when"], june["event"], june["published"]) == ("date", "2024-06", "visit", "2024-10-20")
    feb = one(files["004"], "इस साल 24 फरवरी")
    assert (feb["when"], feb["event"], feb["published"]) == ("2022-02-24", "invasion", "2022-08-26")
    assert one(files["004"], "इस साल 26 फरवरी")["when"] == "2022-02-26"
    # the export carries when, event and published on every date row, published from the sidecar
    for key, rows_ in files.items():
        for r in rows_:
            assert r["published"] == PUBLISHED[key]
            if r["kind"] == "date" and r["furniture"] in ("0", "False", ""):
                assert r["when"] and not r["when"].startswith("--"), r  # every year-less date got a year

    header, rows = table_rows(run("claims", "--db", str(db), "--kind", "date").stdout)
    i = header.index("when")
    assert header[i:i + 3] == ["when", "event", "published"]
    t = header.index("text")
    assert {(r[t], *r[i:i + 3]) for r in rows} >= {
        ("इस साल जून", "2024-06", "visit", "2024-10-20"),
        ("इस साल 24 फरवरी", "2022-02-24", "invasion", "2022-08-26"),
        ("19 जून 2024", "2024-06-19", "visit", "2024-11-10"),
    }
    assert not any("सैनिक" in r[t] for r in rows)  # --kind date: dates only


def test_publication_year_decides_this_year_and_unknown_stays_yearless(tmp_path: Path) -> None:
    folder = tmp_path / "arts"
    dated_corpus(folder, {"000": "2023-09-05", "004": "2024-03-01"})  # 001-003: no row, no date
    db = tmp_path / "fc.db"
    run("extract", str(folder), "--db", str(db))
    files = by_file(export_rows(db))
    assert one(files["000"], "इस साल जून")["when"] == "2023-06"
    assert one(files["004"], "इस साल 24 फरवरी")["when"] == "2024-02-24"
    # --published overrides the sidecar for every document
    db2 = tmp_path / "fc2.db"
    run("extract", str(folder), "--db", str(db2), "--published", "2021-12-31")
    files = by_file(export_rows(db2))
    assert one(files["000"], "इस साल जून")["when"] == "2021-06"
    assert {r["published"] for rows in files.values() for r in rows} == {"2021-12-31"}


def test_plain_corpus_leaves_this_years_june_without_a_year(tmp_path: Path) -> None:
    folder = tmp_path / "arts"
    folder.mkdir()
    shutil.copy(ARTICLES[0], folder / ARTICLES[0].name)
    db = tmp_path / "fc.db"
    run("extract", str(folder), "--db", str(db))
    june = one(export_rows(db), "इस साल जून")
    assert (june["when"], june["published"]) == ("--06", "")


def test_adding_or_changing_sources_csv_reextracts_unchanged_files(tmp_path: Path) -> None:
    """The content hash alone says "unchanged", but the publication date (and so
    every relative date) came from the sidecar: a new or edited sources.csv
    must be taken into account on the next run."""
    folder = tmp_path / "arts"
    folder.mkdir()
    shutil.copy(ARTICLES[0], folder / ARTICLES[0].name)
    db = tmp_path / "fc.db"
    run("extract", str(folder), "--db", str(db))
    assert one(export_rows(db), "इस साल जून")["when"] == "--06"

    write_sources(folder, {"000": "2024-10-20"})
    run("extract", str(folder), "--db", str(db))
    june = one(export_rows(db), "इस साल जून")
    assert (june["when"], june["published"]) == ("2024-06", "2024-10-20")

    write_sources(folder, {"000": "2023-10-20"})
    run("extract", str(folder), "--db", str(db))
    assert one(export_rows(db), "इस साल जून")["when"] == "2023-06"

    again = run("extract", str(folder), "--db", str(db))  # nothing changed now
    assert re.search(r"skipped as unchanged\s*│\s*1\s*│", again.stdout), again.stdout
    assert one(export_rows(db), "इस साल जून")["when"] == "2023-06"

    run("extract", str(folder), "--db", str(db), "--published", "2022-01-15")
    assert one(export_rows(db), "इस साल जून")["when"] == "2022-06"


# --- 2. date claims in the comparison pass ------------------------------------------------------


def write_articles(folder: Path, articles: dict[str, str], published: dict[str, str] | None = None) -> Path:
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    if published:
        with open(folder / "sources.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["file", "url", "published", "outlet"])
            w.writerows([name, "", day, name[:1].upper()] for name, day in published.items())
    return folder


def date_pairs(db: Path) -> list[tuple[frozenset[str], dict[str, str]]]:
    return [(frozenset((r["a_text"], r["b_text"])), r) for r in conflict_rows(db) if r["kind"] == "date"]


def test_dates_conflict_only_when_calendar_intervals_are_apart(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "arts", {
        "a.txt": PUTIN_VISIT.format("19 जून 2024 को"),
        "b.txt": PUTIN_VISIT.format("26 जून 2024 को"),
        "c.txt": PUTIN_VISIT.format("जून 2024 में"),  # contains both days
        "d.txt": INVASION.format("फरवरी 2022 में"),
        "e.txt": INVASION.format("24 फरवरी 2022 को"),
        "f.txt": INVASION.format("2022 में"),
        "g.txt": "रूस के राष्ट्रपति व्लादिमीर पुतिन ने 20 जून 2024 को उत्तर कोरिया के नेता से मुलाकात की।",
    })
    db = tmp_path / "fc.db"
    run("extract", str(folder), "--db", str(db))
    rows = export_rows(db)
    whens = {Path(r["source"]).name: (r["when"], r["event"], r["subject"]) for r in rows if r["kind"] == "date"}
    assert whens["a.txt"] == ("2024-06-19", "visit", "Vladimir Putin")
    assert whens["b.txt"] == ("2024-06-26", "visit", "Vladimir Putin")
    assert whens["c.txt"] == ("2024-06", "visit", "Vladimir Putin")
    assert whens["d.txt"] == ("2022-02", "invasion", "Russia")
    assert whens["e.txt"] == ("2022-02-24", "invasion", "Russia")

    pairs = date_pairs(db)
    assert [p for p, _ in pairs] == [frozenset(("19 जून 2024", "26 जून 2024"))]
    row = pairs[0][1]
    assert (row["subject"], row["severity"]) == ("Vladimir Putin", "major")
    assert "visit" in row["reason"] and "7 days" in row["reason"]
    # coarser dates containing finer ones never conflict: June 2024 ⊃ 19 and 26 June,
    # February 2022 ⊃ 24 February, 2022 ⊃ both; the meeting is another event
    texts = {t for p, _ in pairs for t in p}
    assert not texts & {"जून 2024", "फरवरी 2022", "24 फरवरी 2022", "2022", "20 जून 2024"}


def test_relative_dates_are_compared_once_the_year_is_known(tmp_path: Path) -> None:
    visit = PUTIN_VISIT.replace("ने {} ", "ने इस साल {} ")
    folder = write_articles(tmp_path / "arts", {
        "exact.txt": PUTIN_VISIT.format("19 जून 2024 को"),
        "same_year.txt": visit.format("जून में"),
        "july.txt": visit.format("जुलाई में"),
        "last_year.txt": visit.format("जून में"),
        "no_date.txt": visit.format("जून में"),
    }, {"exact.txt": "2024-11-10", "same_year.txt": "2024-11-08", "july.txt": "2024-11-09",
        "last_year.txt": "2023-10-20"})
    db = tmp_path / "fc.db"
    run("extract", str(folder), "--db", str(db))
    whens = {Path(r["source"]).name: r["when"] for r in export_rows(db) if r["kind"] == "date"}
    assert whens == {"exact.txt": "2024-06-19", "same_year.txt": "2024-06", "july.txt": "2024-07",
                     "last_year.txt": "2023-06", "no_date.txt": "--06"}
    conflicting = {frozenset((Path(r["a_source"]).name, Path(r["b_source"]).name))
                   for r in conflict_rows(db) if r["kind"] == "date"}
    # "इस साल जुलाई" read in 2024 is apart from June 2024; June 2024 contains 19 June; a visit
    # reported in 2023 is another story (another visit); a year-less June is never compared
    assert conflicting == {frozenset(("exact.txt", "july.txt")), frozenset(("same_year.txt", "july.txt"))}


# --- 3. cumulative figures: updates, contradictions and the window --------------------------------


def troop_timeline(db: Path) -> list[dict]:
    out = run("timeline", "--db", str(db), "--kind", "troops", "--subject", "North Korea", "--format", "json").stdout
    return [e for e in json.loads(out) if e["status"] == "actual"]


def troop_conflicts(db: Path, *extra: str) -> list[frozenset[str]]:
    return [frozenset((r["a_text"], r["b_text"])) for r in conflict_rows(db, *extra) if r["kind"] == "troops"]


TROOP_PAIR = frozenset(("लगभग 10,000 सैनिक", "11000 सैनिक"))


def test_later_larger_troop_figure_is_an_update_not_a_conflict(tmp_path: Path) -> None:
    db = tmp_path / "fc.db"
    run("extract", str(dated_corpus(tmp_path / "arts", PUBLISHED)), "--db", str(db))
    entries = troop_timeline(db)
    assert [(e["text"], e["published"], e["label"]) for e in entries] == [
        ("लगभग 10,000 सैनिक", "2024-11-01", "first"),
        ("11000 सैनिक", "2024-11-10", "update"),
    ]
    assert TROOP_PAIR not in troop_conflicts(db)
    assert TROOP_PAIR not in troop_conflicts(db, "--window", "365")


def test_later_smaller_troop_figure_is_a_conflict(tmp_path: Path) -> None:
    swapped = {**PUBLISHED, "001": "2024-11-10", "002": "2024-11-01"}
    db = tmp_path / "fc.db"
    run("extract", str(dated_corpus(tmp_path / "arts", swapped)), "--db", str(db))
    rows = [r for r in conflict_rows(db) if r["kind"] == "troops"]
    assert [frozenset((r["a_text"], r["b_text"])) for r in rows] == [TROOP_PAIR]
    row = rows[0]
    # earlier publication first; the reason names the cumulative decrease
    assert (row["a_text"], row["a_published"], row["b_published"]) == ("11000 सैनिक", "2024-11-01", "2024-11-10")
    assert (row["subject"], row["object"]) == ("North Korea", "Russia")
    assert "smaller" in row["reason"] and "cumulative" in row["reason"]
    entries = troop_timeline(db)
    assert [(e["text"], e["label"]) for e in entries] == [("11000 सैनिक", "first"),
                                                          ("लगभग 10,000 सैनिक", "contradiction")]


def test_figures_published_more_than_the_window_apart_are_not_compared(tmp_path: Path) -> None:
    far = {**PUBLISHED, "001": "2024-12-20", "002": "2024-11-01"}  # later smaller, 49 days apart
    db = tmp_path / "fc.db"
    run("extract", str(dated_corpus(tmp_path / "arts", far)), "--db", str(db))
    assert TROOP_PAIR not in troop_conflicts(db)
    assert TROOP_PAIR not in troop_conflicts(db, "--window", "48")
    assert TROOP_PAIR in troop_conflicts(db, "--window", "49")
    assert TROOP_PAIR in troop_conflicts(db, "--window", "60")


# --- 4. HTML pages ------------------------------------------------------------------------------

NAV = ('<nav><ul><li><a href="/">होम</a></li><li><a href="/world">दुनिया</a></li>'
       '<li><a href="/top">टॉप 10 खबरें</a></li><li><a href="/live">लाइव 24x7</a></li>'
       '<li><a href="/e">चुनाव 2024</a></li></ul></nav>')
COMMENTS = ('<div class="comments"><h3>5 comments</h3><p>Leave a Reply</p>'
            '<p>Your email address will not be published. 3 लोगों ने टिप्पणी की</p>'
            '<form><textarea name="comment"></textarea><button>Post Comment</button></form></div>')
FOOTER = "<footer><p>© 2024 समाचार मीडिया प्राइवेट लिमिटेड। संपर्क: 011-23456789</p></footer>"
#: Only on the page around the article ("Leave a Reply" is also inside some saved article texts).
FURNITURE_WORDS = ("टॉप 10", "24x7", "चुनाव 2024", "5 comments", "3 लोगों", "Post Comment", "©", "011-23456789")


def html_page(article: Path, published: str) -> str:
    lines = [line.strip() for line in article.read_text(encoding="utf-8").splitlines() if line.strip()]
    head, body = html.escape(lines[0]), "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    key = article.name[:3]
    return (f'<!DOCTYPE html>\n<html lang="hi"><head><meta charset="utf-8"><title>{head}</title>\n'
            f'<meta property="og:site_name" content="{OUTLETS[key]}">\n'
            f'<meta property="article:published_time" content="{published}T09:30:00+05:30">\n'
            f"</head><body>\n{NAV}\n<article><h1>{head}</h1>\n{body}\n</article>\n{COMMENTS}\n{FOOTER}\n"
            "</body></html>\n")


KEY_KINDS = {"troops", "shells", "duration", "date"}


def claim_keys(rows: list[dict[str, str]]) -> set[tuple[str, ...]]:
    return {(Path(r["source"]).name[:3], r["kind"], r["text"], r["value_low"], r["value_high"], r["qualifier"],
             r["status"], r["subject"], r["object"], r["when"], r["event"])
            for r in rows if r["kind"] in KEY_KINDS and r["furniture"] in ("0", "False", "")}


def test_html_pages_give_the_text_claims_and_nothing_from_the_furniture(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for p in ARTICLES:
        (pages / f"{p.stem}.html").write_text(html_page(p, PUBLISHED[p.name[:3]]), encoding="utf-8")
    db_html, db_text = tmp_path / "html.db", tmp_path / "text.db"
    run("extract", str(pages), "--glob", "*.html", "--db", str(db_html))
    run("extract", str(dated_corpus(tmp_path / "arts", PUBLISHED)), "--db", str(db_text))

    html_rows, text_rows = export_rows(db_html), export_rows(db_text)
    assert {r["published"] for r in html_rows} <= set(PUBLISHED.values())
    assert all(r["outlet"] == OUTLETS[Path(r["source"]).name[:3]] for r in html_rows)
    required = {
        ("001", "troops", "लगभग 10,000 सैनिक", "10000", "approx", "actual"),
        ("001", "shells", "12000000", "more_than", "actual"),
        ("002", "troops", "11000 सैनिक", "11000", "exact", "actual"),
        ("002", "troops", "30000", "approx", "planned"),
        ("002", "troops", "1000", "vague", "planned"),
        ("000", "date", "इस साल जून", "2024-06"),
        ("002", "date", "19 जून 2024", "2024-06-19"),
        ("003", "date", "फरवरी 2022", "2022-02"),
        ("004", "date", "इस साल 24 फरवरी", "2022-02-24"),
        ("004", "duration", "6", "more_than", "actual"),
    }
    html_keys, text_keys = claim_keys(html_rows), claim_keys(text_rows)
    for want in required:
        hit = [k for k in html_keys if k[:2] == want[:2] and all(w in k for w in want[2:])]
        assert hit, want
    assert html_keys == text_keys

    with sqlite3.connect(db_html) as con:
        stored = dict(con.execute("SELECT source, text FROM documents"))
    assert len(stored) == len(ARTICLES)
    for text in stored.values():
        assert "<p>" not in text and not any(w in text for w in FURNITURE_WORDS)
    article_text = {p.name[:3]: p.read_text(encoding="utf-8") for p in ARTICLES}
    for r in html_rows:
        doc = stored[r["source"]]
        assert doc[int(r["start"]):int(r["end"])] == r["text"], r
        assert r["text"] in r["sentence"]
        assert not any(w in r["sentence"] for w in FURNITURE_WORDS), r
        assert r["text"] in article_text[Path(r["source"]).name[:3]], r  # from the article, not the page around it
