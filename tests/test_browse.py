"""The ledger in Datasette: read-only, labelled, with canned queries; served for real on a free port."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from cli_helpers import run
from test_desk import write_articles

from factcheck.browse import QUERIES, database_name, metadata

datasette_app = pytest.importorskip("datasette.app")


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("browse")
    db = tmp / "desk.db"
    run("extract", str(write_articles(tmp / "news")), "--db", str(db))
    run("conflicts", "resolve", "1", "--note", "पुष्टि हुई", "--reviewer", "asha", "--db", str(db))
    from factcheck.browse import checkpoint

    checkpoint(db)
    return db


def get(db: Path, path: str) -> tuple[int, str]:
    ds = datasette_app.Datasette(immutables=[str(db)], metadata=metadata(db))

    async def fetch() -> tuple[int, str]:
        response = await ds.client.get(path)
        return response.status_code, response.text

    return asyncio.run(fetch())


def test_tables_and_columns_are_labelled(ledger: Path) -> None:
    status, page = get(ledger, f"/{database_name(ledger)}/conflicts")
    assert status == 200 and "Pairs of claims from different sources that disagree" in page
    status, page = get(ledger, f"/{database_name(ledger)}")
    assert status == 200 and all(q["title"] in page for q in QUERIES.values())


def test_claims_in_context_over_the_json_api(ledger: Path) -> None:
    status, body = get(ledger, f"/{database_name(ledger)}/claims_in_context.json?_shape=array&kind=troops")
    rows = json.loads(body)
    assert status == 200 and {r["text"] for r in rows} == {"12,000 सैनिक", "लगभग 10,000 सैनिक"}
    assert all(r["text"] in r["sentence"] and r["source"].endswith(".txt") for r in rows)


def test_canned_queries(ledger: Path) -> None:
    name = database_name(ledger)
    status, body = get(ledger, f"/{name}/conflicts_awaiting_review.json?_shape=array")
    waiting = json.loads(body)
    assert status == 200 and len(waiting) == 2  # three conflicts, one confirmed
    assert {r["kind"] for r in waiting} <= {"killed", "wounded", "troops"}
    status, body = get(ledger, f"/{name}/figures_for_one_measure_over_time.json?_shape=array"
                               "&kind=killed&subject=nepal")
    assert status == 200 and sorted(r["value_low"] for r in json.loads(body)) == [95, 120]
    status, body = get(ledger, f"/{name}/claims_of_one_story.json?_shape=array&story=none")
    assert status == 200 and json.loads(body) == []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_factcheck_browse_serves_the_ledger(ledger: Path) -> None:
    port = free_port()
    factcheck = Path(sys.executable).parent / "factcheck"
    proc = subprocess.Popen([str(factcheck), "browse", "--db", str(ledger),
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/{database_name(ledger)}/conflicts_awaiting_review.json?_shape=array"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    rows = json.loads(response.read())
                break
            except OSError as exc:
                if proc.poll() is not None or time.monotonic() > deadline:
                    said = proc.stderr.read().decode() if proc.poll() is not None else "no answer"
                    raise AssertionError(said) from exc
                time.sleep(0.3)
        assert len(rows) == 2
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
            assert "factcheck ledger" in response.read().decode()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/databases.json", timeout=5) as response:
            databases = json.loads(response.read())
        assert [(d["name"], d["is_mutable"]) for d in databases] == [(database_name(ledger), False)]
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_browse_without_a_ledger_says_so(tmp_path: Path) -> None:
    result = run("browse", "--db", str(tmp_path / "none.db"), ok=False)
    assert result.exit_code != 0 and "no ledger at" in result.output
