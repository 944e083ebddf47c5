"""Input real archives contain: huge texts, broken encodings, special files, bad JSON Lines records.

Each test reproduces one way the reader used to crash, hang, read wrong or
double-store, on text written like Hindi news.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import CORPUS, run
from test_ledger_hostile import summary_count

from factcheck.documents import decode, iter_documents, replace_surrogates
from factcheck.ledger import Ledger
from factcheck.model import Document, ReadError
from factcheck.pipeline import MAX_PIECE, extract, make_nlp, piece_spans

ARTICLE = ("नई दिल्ली, 18 जून (भाषा)। रक्षा मंत्रालय ने मंगलवार को बताया कि उत्तर कोरिया ने रूस को लगभग 10,000 सैनिक"
           " भेजे हैं। अधिकारियों के मुताबिक हमले में 12 लोग मारे गए और 40 घायल हुए।\n\n"
           "सरकार ने राहत के लिए 500 करोड़ रुपये जारी किए। महंगाई दर 5.2 प्रतिशत रही।\n")


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return make_nlp()


def read_all(*paths: str, **kw: object) -> list[Document | ReadError]:
    return list(iter_documents([str(p) for p in paths], **kw))  # type: ignore[arg-type]


# -- 1. texts longer than spaCy's 1,000,000 characters ------------------------------------
@pytest.mark.parametrize(("text", "limit"), [
    ("पहला अनुच्छेद।\n\nदूसरा अनुच्छेद।\n\nतीसरा।", 20),
    ("एक पंक्ति\nदूसरी पंक्ति\nतीसरी पंक्ति\n", 15),
    ("बिना अनुच्छेद के लंबा वाक्य। और एक वाक्य। फिर एक।", 20),
    ("क" * 50, 16),  # no break at all: a hard cut
    ("छोटा पाठ।", 100),
])
def test_pieces_cover_the_text_and_cut_at_breaks(text: str, limit: int) -> None:
    spans = piece_spans(text, limit)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(b - a <= limit for a, b in spans)
    for a, b in spans[:-1]:
        assert text[b - 1] in "\n " or b - a == limit


def test_a_text_over_a_million_characters_is_read_whole_with_true_offsets(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = ARTICLE * (1_050_000 // len(ARTICLE) + 1)
    assert len(text) > 1_000_000 > MAX_PIECE
    ((document, sentences, claims),) = extract(nlp, [Document(source="big.txt", text=text, sha256="h")])
    assert len(claims) >= 6 * (len(text) // len(ARTICLE))
    assert all(text[c.start:c.end] == c.text for c in claims)
    assert all(sentences[c.sentence_index][0] <= c.start < c.end <= sentences[c.sentence_index][1] for c in claims)
    assert all(a < b <= c for (a, b), (c, _) in zip(sentences, sentences[1:], strict=False))
    troops = [c for c in claims if c.kind == "troops"]
    assert {c.value_low for c in troops} == {10000} and len(troops) == len(text) // len(ARTICLE)
    with Ledger(tmp_path / "l.db") as ledger:
        ledger.store(document, sentences, claims)
        assert ledger.check() == []


def test_extract_reads_the_files_after_a_huge_one(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_big.txt").write_text(ARTICLE * (1_010_000 // len(ARTICLE) + 1), encoding="utf-8")
    shutil.copy(next(CORPUS.glob("001_*.txt")), folder / "b_next.txt")
    db = tmp_path / "fc.db"
    run("extract", str(folder), "--db", str(db))
    with Ledger(db, readonly=True) as ledger:
        assert sorted(Path(d.source).name for d in ledger.documents()) == ["a_big.txt", "b_next.txt"]


def test_a_fault_on_one_document_names_it_and_the_rest_are_stored(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A fault in factcheck on one article (an IndexError met on a real one) is one line naming it;
    the articles after it are read, and it leaves nothing half-written. ``--debug`` raises it."""
    from factcheck.components import Profiler

    folder = tmp_path / "in"
    folder.mkdir()
    article = next(CORPUS.glob("001_*.txt")).read_text(encoding="utf-8")
    (folder / "a_first.txt").write_text(article, encoding="utf-8")
    (folder / "b_fault.txt").write_text(article + "\nदोषपूर्ण", encoding="utf-8")
    (folder / "c_after.txt").write_text(article + "\nअंत", encoding="utf-8")
    real = Profiler.__call__

    def faulty(self: Profiler, doc: Any) -> Any:
        if "दोषपूर्ण" in doc.text:
            raise IndexError("list assignment index out of range")
        return real(self, doc)

    monkeypatch.setattr(Profiler, "__call__", faulty)
    monkeypatch.setenv("FACTCHECK_DEBUG", "")  # restored after the test: --debug below sets it
    db = tmp_path / "fc.db"
    result = run("extract", str(folder), "--db", str(db), "--jobs", "1", ok=False)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "b_fault.txt" in line]
    assert len(lines) == 1 and "not extracted: IndexError: list assignment index out of range" in lines[0]
    assert "Traceback" not in result.output
    with Ledger(db, readonly=True) as ledger:
        assert sorted(Path(d.source).name for d in ledger.documents()) == ["a_first.txt", "c_after.txt"]
        assert ledger.check() == []
    with pytest.raises(IndexError):
        run("--debug", "extract", str(folder), "--db", str(db), "--jobs", "1", ok=False)


# -- 2. lone surrogates ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected", "n"), [
    ("रूस ने \ud800 10,000 सैनिक भेजे", "रूस ने \ufffd 10,000 सैनिक भेजे", 1),
    ("\udc80\udcff", "\ufffd\ufffd", 2),
    ("😀 ठीक", "😀 ठीक", 0),
])
def test_lone_surrogates_are_replaced(text: str, expected: str, n: int) -> None:
    assert replace_surrogates(text) == (expected, n)


def test_a_jsonl_record_with_lone_surrogates_is_kept_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        '{"id": "a\\ud800", "text": "रूस ने \\ud800 लगभग 10,000 सैनिक भेजे।", "outlet": "x\\udfff"}',
        json.dumps({"id": "b", "text": "हमले में 12 लोग मारे गए।"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "fc.db"
    result = run("extract", str(path), "--db", str(db))
    assert "lone surrogate" in result.stderr
    with Ledger(db, readonly=True) as ledger:
        sources = sorted(d.source for d in ledger.documents())
        assert sources == [f"{path}#a\ufffd", f"{path}#b"]
        assert {c.value_low for c in ledger.claims()} >= {10000, 12}


def test_analyze_with_a_lone_surrogate_argument_says_so() -> None:
    result = run("analyze", "हमले में \udc8012 लोग मारे गए।", "--format", "json")
    assert "replaced" in result.stderr
    assert any(c["value_low"] == 12 for c in json.loads(result.stdout)["claims"])


def test_analyze_reads_undecodable_standard_input() -> None:
    from click.testing import CliRunner

    from factcheck.cli import main

    data = "हमले में 12 लोग मारे गए।".encode() + b"\xff\xfe"
    result = CliRunner().invoke(main, ["analyze", "--format", "json"], input=data, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "undecodable" in result.stderr


# -- 4. special files named *.txt -------------------------------------------------------------
def test_a_fifo_is_skipped_not_waited_for(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "real.txt").write_text(ARTICLE, encoding="utf-8")
    code = "from factcheck.cli import main; main()"
    for target in (folder, folder / "pipe.txt"):
        proc = subprocess.run([sys.executable, "-c", code, "extract", str(target), "--db", str(tmp_path / "fc.db"),
                               "--keep-going"], capture_output=True, text=True, timeout=120)
        assert "pipe.txt: not a regular file (a FIFO)" in " ".join(proc.stderr.split()), proc.stderr
        assert "Traceback" not in proc.stderr
    with Ledger(tmp_path / "fc.db", readonly=True) as ledger:
        assert [Path(d.source).name for d in ledger.documents()] == ["real.txt"]


# -- 5. an enormous JSON Lines line --------------------------------------------------------------
def test_an_over_long_jsonl_line_is_skipped_while_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "huge", "text": "सैनिक " * 3_000_000}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False) + "\n")
    assert path.stat().st_size > 30_000_000
    tracemalloc.start()
    try:
        items = read_all(path, max_bytes=1_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(items[0], ReadError) and "limit" in items[0].reason and items[0].source.endswith(":1")
    assert isinstance(items[1], Document) and items[1].source.endswith("#ok")
    assert peak < 8_000_000


# -- 6. decoding ------------------------------------------------------------------------------------
FRENCH = "Le café était très réputé à Genève ; l'armée a déployé 10 000 soldats. " * 4
GERMAN = "Die Bundesregierung hat 500 Millionen Euro für Flüchtlinge bewilligt, sagte ein Sprecher. ÄÖÜß " * 3
HINDI = "रक्षा मंत्रालय ने बताया कि उत्तर कोरिया ने रूस को लगभग 10,000 सैनिक भेजे हैं। "


@pytest.mark.parametrize(("raw", "text", "encoding", "replaced"), [
    ((HINDI * 3).encode() + b"\xff" + HINDI.encode(), HINDI * 3 + "\ufffd" + HINDI, "utf-8", 1),
    ((HINDI * 3).encode()[:-2], (HINDI * 3)[:-2] + "\ufffd", "utf-8", 1),  # last character cut off
    ("नमस्ते ".encode() * 20 + b"\x96", "नमस्ते " * 20 + "\ufffd", "utf-8", 1),  # a cp1252 dash
    ((HINDI * 2).encode("utf-16-le"), HINDI * 2, "utf-16-le", 0),
    ((HINDI * 2).encode("utf-16-be"), HINDI * 2, "utf-16-be", 0),
    ("Reuters report: 10,000 troops".encode("utf-16-le"), "Reuters report: 10,000 troops", "utf-16-le", 0),
    (FRENCH.encode("latin-1"), FRENCH, "cp1252", 0),
    (GERMAN.encode("cp1252"), GERMAN, "cp1252", 0),
])
def test_decode(raw: bytes, text: str, encoding: str, replaced: int) -> None:
    assert decode(raw) == (text, encoding, replaced)


def test_replaced_bytes_are_reported_and_the_article_stored(tmp_path: Path) -> None:
    path = tmp_path / "stray.txt"
    path.write_bytes(ARTICLE.encode() + b"\xff" + "अंत।".encode())
    result = run("extract", str(path), "--db", str(tmp_path / "fc.db"))
    assert "1 undecodable byte replaced" in " ".join(result.stderr.split())
    with Ledger(tmp_path / "fc.db", readonly=True) as ledger:
        assert any(c.value_low == 10000 for c in ledger.claims())


# -- 7. duplicate JSON Lines ids ------------------------------------------------------------------
def test_duplicate_jsonl_ids_are_kept_apart_and_rereads_change_nothing(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [{"id": 1, "text": "हमले में 12 लोग मारे गए।"}, {"id": 2, "text": "बाढ़ में 30 लोग मारे गए।"},
               {"id": 1, "text": "दुर्घटना में 7 लोग घायल हुए।"}, {"id": 3, "text": "सरकार ने 500 करोड़ रुपये दिए।"}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "fc.db"
    first = run("extract", str(path), "--db", str(db))
    assert "duplicate id (first on line 1)" in " ".join(first.stderr.split())
    with Ledger(db, readonly=True) as ledger:
        assert sorted(d.source for d in ledger.documents()) == [f"{path}#1", f"{path}#1@3", f"{path}#2", f"{path}#3"]
        assert sorted(c.value_low for c in ledger.claims()) == [7, 12, 30, 5_000_000_000]
    again = run("extract", str(path), "--db", str(db))
    assert summary_count(again.stdout, "skipped as unchanged") == 4
    assert summary_count(again.stdout, "documents stored") == 0


# -- 9. --format jsonl on a folder -------------------------------------------------------------------
def test_format_jsonl_on_a_folder_reads_jsonl_files(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"id": "x", "text": ARTICLE}, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    run("extract", str(folder), "--format", "jsonl", "--db", str(tmp_path / "fc.db"))
    with Ledger(tmp_path / "fc.db", readonly=True) as ledger:
        assert [d.source for d in ledger.documents()] == [f"{folder / 'a.jsonl'}#x"]


def test_nothing_matching_names_the_glob_and_suggests_options(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "a.ndjson.gz").write_bytes(b"\x1f\x8b")
    result = run("extract", str(folder), "--db", str(tmp_path / "fc.db"), ok=False)
    assert result.exit_code == 1
    line = " ".join(result.stderr.split())
    assert "no files matched --glob '*.txt'" in line and "--glob" in line and "--format" in line
