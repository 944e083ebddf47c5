"""extract --scheduler: real Dask clusters (worker processes), real ledgers, against a one-process run."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import sys
from collections import Counter
from functools import partial
from pathlib import Path

import pytest
from cli_helpers import CORPUS, conflict_rows, csv_rows, export_rows, run
from dask_helpers import MARKER, Dying

from factcheck import cli
from factcheck.documents import iter_documents
from factcheck.ledger import Ledger

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
pytestmark = pytest.mark.slow  # worker processes
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from gen_corpus import generate  # noqa: E402

DEV = Path(__file__).resolve().parent / "data" / "dev" / "docs"


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, one thread each, as ``--scheduler local`` runs them; a task fails once
    two workers died running it."""
    import dask

    from factcheck.cluster import LOCAL_CONFIG

    with dask.config.set({**LOCAL_CONFIG, "distributed.scheduler.allowed-failures": 1}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                     silence_logs=logging.ERROR) as local:
        yield local


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """60 articles: the samples and the dev set with figures scaled, states swapped, dates spread."""
    folder = tmp_path_factory.mktemp("generated")
    generate(folder, 60, [CORPUS, DEV])
    return folder


@pytest.fixture(scope="module")
def reference(generated, tmp_path_factory) -> dict[str, object]:
    """The generated corpus's ledger as one process stores it."""
    return _one_process(generated, tmp_path_factory.mktemp("reference") / "one.db")


def _ledger(db: Path) -> dict[str, object]:
    """Everything a reader of the ledger sees: claims with their stable keys, conflicts, documents, stories."""
    with Ledger(db) as ledger:
        documents = [(d.id, d.source, d.sha256, d.published, d.claims) for d in ledger.documents()]
        stories = sorted(map(repr, ledger.stories()))
        copies = sorted(ledger.signatures())  # which document copies which, and the MinHash signatures
    return {"claims": csv_rows("claims", "--db", str(db), "--format", "csv", "--limit", "100000"),
            "export": export_rows(db), "conflicts": conflict_rows(db), "documents": documents,
            "stories": stories, "copies": copies}


def _one_process(folder: Path, db: Path) -> dict[str, object]:
    run("extract", str(folder), "--db", str(db), "--jobs", "1")
    return _ledger(db)


def test_samples_on_a_local_cluster_store_the_one_process_ledger(tmp_path):
    folder = tmp_path / "samples"
    shutil.copytree(CORPUS, folder)
    expected = _one_process(folder, tmp_path / "one.db")
    out = run("extract", str(folder), "--db", str(tmp_path / "dask.db"), "--scheduler", "local", "--jobs", "2")
    assert "documents stored" in out.stdout
    got = _ledger(tmp_path / "dask.db")
    assert len(got["claims"]) > 20 and got["conflicts"]
    assert got == expected


def test_generated_corpus_on_two_workers_stores_the_one_process_ledger(cluster, generated, reference, tmp_path):
    expected = reference
    run("extract", str(generated), "--db", str(tmp_path / "dask.db"), "--scheduler", cluster.scheduler_address)
    got = _ledger(tmp_path / "dask.db")
    assert len(got["documents"]) == 60 and len(got["claims"]) > 500
    assert got == expected
    # unchanged files are skipped before anything is sent: no scheduler is even reached
    again = run("extract", str(generated), "--db", str(tmp_path / "dask.db"), "--scheduler", "tcp://127.0.0.1:9")
    assert "skipped as unchanged" in again.stdout
    assert _ledger(tmp_path / "dask.db") == expected


def _marked(generated: Path, tmp_path: Path, name: str) -> Path:
    """The generated corpus with ``MARKER`` in the middle of one article."""
    folder = tmp_path / "marked"
    shutil.copytree(generated, folder)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    cut = text.index("\n", len(text) // 2)
    path.write_text(text[:cut] + "\n" + MARKER + text[cut:], encoding="utf-8")
    return folder


def _extract(folder: Path, db: Path, build, scheduler: str) -> Counter[str]:
    """The extract command's own loop, with the pipeline ``build`` makes on each worker."""
    stats: Counter[str] = Counter()
    with Ledger(db) as ledger:
        cli._extract_into(ledger, build, stats, False, iter_documents([str(folder)]), scheduler=scheduler)
        cli._form_stories(ledger)
    return stats


def _pids(client) -> set[int]:
    return set(client.run(os.getpid).values())


def test_a_worker_that_dies_mid_run_loses_nothing(cluster, generated, tmp_path):
    folder = _marked(generated, tmp_path, "000031.txt")
    expected = _one_process(folder, tmp_path / "one.db")
    died = tmp_path / "died"
    with distributed.Client(cluster) as client:
        before = _pids(client)
        stats = _extract(folder, tmp_path / "dask.db", partial(Dying, once=str(died)), cluster.scheduler_address)
        client.wait_for_workers(2, timeout=60)
        after = _pids(client)
    assert died.exists()  # a worker process really ended while extracting the marked article
    assert after != before  # ... and the cluster replaced it
    assert stats["stored"] == 60 and stats["failed"] == 0
    assert _ledger(tmp_path / "dask.db") == expected  # the article was extracted again, whole, in its place


def test_a_document_that_always_kills_its_worker_is_named_and_the_rest_stored(cluster, generated, reference,
                                                                               tmp_path, capsys):
    folder = _marked(generated, tmp_path, "000017.txt")
    stats = _extract(folder, tmp_path / "dask.db", partial(Dying), cluster.scheduler_address)
    assert stats["stored"] == 59 and stats["failed"] == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if "000017.txt" in line]
    assert len(lines) == 1 and "worker died" in lines[0]
    with Ledger(tmp_path / "dask.db") as ledger:
        sources = [Path(d.source).name for d in ledger.documents()]
    assert len(sources) == 59 and "000017.txt" not in sources
    # the ledger holds whole documents: every other article's claims as a one-process run stores them
    assert _by_file(_ledger(tmp_path / "dask.db")) == [r for r in _by_file(reference) if r["source"] != "000017.txt"]


def _by_file(ledger: dict[str, object]) -> list[dict[str, str]]:
    """The claims by file name, without ids, keys and stories (they depend on the folder and the other
    documents stored)."""
    rows = [{**{k: v for k, v in r.items() if k not in ("claim_id", "key", "story")},
             "source": Path(r["source"]).name} for r in ledger["claims"]]
    return sorted(rows, key=lambda r: (r["source"], int(r["start"]), int(r["end"])))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    from factcheck import cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1)
    address = f"tcp://127.0.0.1:{_free_port()}"
    result = run("extract", str(CORPUS), "--db", str(tmp_path / "l.db"), "--scheduler", address, ok=False)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: cannot reach the Dask scheduler at {address}: ")
    assert "Traceback" not in result.output


def test_without_the_extra_scheduler_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed: import fails
    result = run("extract", str(CORPUS), "--db", str(tmp_path / "l.db"), "--scheduler", "local", ok=False)
    assert result.exit_code == 1
    assert result.output.strip() == "Error: --scheduler needs Dask distributed: pip install 'factcheck[dask]'"
    assert not (tmp_path / "l.db").exists()  # refused before anything was read or stored
