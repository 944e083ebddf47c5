"""extract --jobs N and "nothing to do costs nothing": real worker processes, real ledgers."""

from __future__ import annotations

import shutil
from functools import partial
from pathlib import Path

import pytest
from cli_helpers import CORPUS, export_rows, run

from factcheck import cli
from factcheck.documents import iter_documents
from factcheck.ledger import Ledger
from factcheck.model import Document
from factcheck.parallel import extracted
from factcheck.pipeline import make_nlp

DEV = Path(__file__).resolve().parent / "data" / "dev" / "docs"


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """The samples and the dev set in one folder, with the dev set's publication dates."""
    folder = tmp_path_factory.mktemp("articles")
    for src in [*CORPUS.glob("*.txt"), *DEV.glob("*.txt")]:
        shutil.copy(src, folder / src.name)
    shutil.copy(DEV / "sources.csv", folder / "sources.csv")
    return folder


def _ledger_rows(db: Path) -> tuple[list, list, list]:
    with Ledger(db) as ledger:
        docs = [(d.source, d.sha256, d.published, d.claims) for d in ledger.documents()]
        profiles = sorted(map(repr, ledger.profiles()))
        stories = sorted(map(repr, ledger.stories()))
    return docs, profiles, stories


def test_jobs_2_stores_the_same_ledger_as_jobs_1(articles, tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    run("extract", str(articles), "--db", str(one), "--jobs", "1")
    run("extract", str(articles), "--db", str(two), "--jobs", "2")
    rows = export_rows(one)
    assert len(rows) > 500
    assert export_rows(two) == rows  # same claims, same ids, same stories
    assert _ledger_rows(two) == _ledger_rows(one)
    assert run("conflicts", "--db", str(two), "--format", "csv").stdout == \
        run("conflicts", "--db", str(one), "--format", "csv").stdout


def test_pool_runs_in_worker_processes_and_keeps_input_order(articles):
    docs = [d for d in iter_documents([str(articles)]) if isinstance(d, Document)]
    results = list(extracted(docs, partial(make_nlp), jobs=2, batch=3))
    assert [r[0].source for r in results] == [d.source for d in docs]
    # documents came back from other processes (copies), each with its profile and claims
    assert all(r[0] is not d for r, d in zip(results, docs, strict=True))
    assert all(r[0].profile for r in results)
    assert sum(len(r[2]) for r in results) > 500


@pytest.mark.parametrize("n,jobs", [(0, 1), (0, 2), (3, 2), (15, 2)])
def test_short_streams_run_in_this_process(n, jobs):
    docs = [Document(source=f"d{i}.txt", text="उत्तर कोरिया ने रूस को 11000 सैनिक भेजे।", sha256=str(i))
            for i in range(n)]
    built = []

    def build():
        built.append(1)
        return make_nlp()

    results = list(extracted(docs, build, jobs=jobs))
    assert len(built) == (1 if n else 0)  # no document, no pipeline
    assert [r[0] for r in results] == docs  # the very objects: no worker was involved
    assert all(r[2][0].kind == "troops" for r in results)


def test_unchanged_rerun_never_builds_the_pipeline(articles, tmp_path, monkeypatch):
    db = tmp_path / "l.db"
    run("extract", str(articles), "--db", str(db), "--jobs", "1")
    before = export_rows(db)
    built = []
    real = cli._build_nlp

    def counted(*args):
        built.append(args)
        return real(*args)

    monkeypatch.setattr(cli, "_build_nlp", counted)
    out = run("extract", str(articles), "--db", str(db), "--jobs", "1").stdout
    assert "skipped as unchanged" in out
    assert built == []
    assert export_rows(db) == before
    # one changed file: now the pipeline is built, once
    changed = articles / "zz_changed.txt"
    changed.write_text("नेपाल में भूकंप से 12 लोगों की मौत हो गई।", encoding="utf-8")
    try:
        run("extract", str(articles), "--db", str(db), "--jobs", "1")
    finally:
        changed.unlink()
    assert len(built) == 1
    rows = export_rows(db)
    assert len(rows) == len(before) + 1
    assert any(r["source"].endswith("zz_changed.txt") and r["kind"] == "killed" for r in rows)


def test_unchanged_documents_skip_the_date_search(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("नई दिल्ली, 12 जुलाई 2024। सेना ने 300 सैनिक भेजे।\n", encoding="utf-8")
    full = next(iter_documents([str(path)]))
    seen = []
    known = next(iter_documents([str(path)], unchanged=lambda d: seen.append((d.source, d.sha256)) or True))
    assert isinstance(full, Document) and isinstance(known, Document)
    assert seen == [(str(path), full.sha256)]
    assert known.sha256 == full.sha256  # the same fingerprint decides
    assert full.published == "2024-07-12" and known.published == ""  # the dateline was not looked for
    fresh = next(iter_documents([str(path)], unchanged=lambda d: False))
    assert fresh == full


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(x) for x in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_workers_end_when_the_writer_is_killed(articles, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    proc = subprocess.Popen(
        [sys.executable, "-c", "from factcheck.cli import main; main()", "extract", str(articles),
         "--db", str(tmp_path / "k.db"), "--jobs", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while len(workers := _children(proc.pid)) < 2:
            assert proc.poll() is None, "extract ended before its workers started"
            assert time.monotonic() < deadline, "no worker processes appeared"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 30
        while any(_alive(w) for w in workers):
            assert time.monotonic() < deadline, "a worker outlived the killed writer"
            time.sleep(0.1)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_compute_gives_the_writer_the_signature_copy_detection_needs():
    from factcheck.copies import CopyIndex, signature, to_bytes
    from factcheck.parallel import compute

    wire = ("उत्तर कोरिया ने रूस को लगभग 10,000 सैनिक भेजे हैं, दक्षिण कोरिया की खुफिया एजेंसी ने"
            " बुधवार को यह जानकारी दी। एजेंसी के अनुसार सैनिक पूर्वी रूस के ठिकानों पर प्रशिक्षण ले रहे हैं"
            " और जल्द ही उन्हें यूक्रेन के मोर्चे पर भेजा जा सकता है। अमेरिका ने इस कदम की निंदा की है और"
            " कहा है कि इससे युद्ध और लंबा खिंचेगा। रूस ने इन खबरों पर अभी कोई टिप्पणी नहीं की है।")
    docs = [Document(source="a.txt", text="नई दिल्ली (एजेंसी)। " + wire, sha256="a", canonical="/n/a.txt"),
            Document(source="b.txt", text="सियोल, रॉयटर्स। " + wire, sha256="b", canonical="/n/b.txt"),
            Document(source="c.txt", text="।।। —", sha256="c", canonical="/n/c.txt")]
    results = list(compute(make_nlp(), docs))
    assert [r.document.source for r in results] == ["a.txt", "b.txt", "c.txt"]
    assert results[0].claims[0].kind == "troops" and results[0].sentences
    assert results[0].minhash == to_bytes(signature(docs[0]))
    assert results[2].minhash is None  # no words: nothing to compare
    index = CopyIndex()
    assert [index.original(r.document, r.minhash) for r in results] == ["", "/n/a.txt", ""]
