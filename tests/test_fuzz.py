"""Fuzzing the CLI: random Hindi-ish text and random bytes never crash it, and every offset it reports is true.

``analyze --format json`` must exit 0 and each reported sentence, entity,
quantity, date and claim must quote the input exactly at its offsets.
``extract`` on a file of random bytes must exit 0 (or 1 with a one-line
message when nothing could be read), never with a traceback, and leave a
ledger whose ``check()`` finds nothing (offsets inside and quoting the text).
"""

from __future__ import annotations

import gc
import json
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import CORPUS
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import pipeline
from factcheck.cli import main
from factcheck.ledger import Ledger
from factcheck.model import Document

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)

DEVANAGARI = "".join(chr(c) for c in range(0x0900, 0x0980))
ALPHABET = (
    DEVANAGARI + "abcXYZ" + "0123456789" + "०१२३४५६७८९"
    + " \n\t,.:;/%₹$-–—()'\"?!" + "\u0964\u0965\u093c\u200d\u200c\u00a0\ufeff"
)
WORDS = [
    "10,000", "1,50,000", "2.5", "३,०००", "करोड़", "लाख", "हज़ार", "हजार", "सौ", "डेढ़", "ढाई", "सैनिक",
    "लोग", "मारे गए", "घायल", "लगभग", "करीब", "से अधिक", "कम से कम", "₹", "रुपये", "%", "प्रतिशत",
    "जून", "मंगलवार", "2024", "कल", "पिछले साल", "भारत", "रूस", "यूक्रेन", "ने", "कहा", "।", "-", "–",
    "\u200d", "क़", "1990 के दशक", "12-13", "5-6 हजार", "दो", "तीन सौ", "आधा", "1/2", "18 जून 2024",
]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(ALPHABET, max_size=6)), max_size=25).map(" ".join) | \
    st.text(ALPHABET, max_size=80)


@pytest.fixture(scope="module", autouse=True)
def one_pipeline() -> Iterator[None]:
    """Build the pipeline once for the whole module (each CLI call would otherwise build its own)."""
    real = pipeline.make_nlp
    cache: dict[Any, Any] = {}

    def cached(backend: str = "blank", *, stanza_dir: str | None = None, entity_files: Any = ()) -> Any:
        key = (backend, stanza_dir, tuple(entity_files))
        if key not in cache:
            cache[key] = real(backend, stanza_dir=stanza_dir, entity_files=entity_files)
        return cache[key]

    pipeline.make_nlp = cached  # type: ignore[assignment]
    yield
    pipeline.make_nlp = real  # type: ignore[assignment]


def analyze(text: str) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["analyze", "--format", "json", "--published", "2024-06-18", "--", text])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(text)
    assert result.exit_code == 0, (text, result.output)
    return json.loads(result.stdout)


def assert_offsets_quote(text: str, data: dict[str, Any]) -> None:
    for section in ("sentences", "entities", "quantities", "dates", "claims"):
        for item in data[section]:
            start, end = item["start"], item["end"]
            assert 0 <= start <= end <= len(text), (section, item, text)
            assert text[start:end] == item["text"], (section, item, text)


@FUZZ
@given(texts)
def test_analyze_never_crashes_and_quotes_the_input(text: str) -> None:
    assert_offsets_quote(text, analyze(text))


def test_analyze_fuzz_alphabet_reaches_the_claim_stage() -> None:
    """The generated texts are close enough to news for claims to come out (else the fuzzing proves little)."""
    text = "भारत ने लगभग 10,000 सैनिक भेजे। 18 जून 2024 को ५-६ हजार लोग मारे गए।"
    data = analyze(text)
    assert data["claims"] and data["quantities"] and data["dates"]
    assert_offsets_quote(text, data)


@contextmanager
def extract_bytes(raw: bytes, name: str = "a.txt") -> Iterator[tuple[Any, Path]]:
    """Run ``extract`` on one file holding ``raw``; the result and the ledger path (in a temp folder)."""
    with tempfile.TemporaryDirectory(prefix="fuzz") as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        (folder / "in" / name).write_bytes(raw)
        db = folder / "fc.db"
        yield CliRunner().invoke(main, ["extract", str(folder / "in"), "--db", str(db), "--glob", "*"]), db


def check_extract(raw: bytes, name: str = "a.txt") -> None:
    with extract_bytes(raw, name) as (result, db):
        check_extract_result(raw, result, db)


def check_extract_result(raw: bytes, result: Any, db: Path) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), (raw, result.exc_info)
    assert "Traceback" not in result.output
    if result.exit_code != 0:
        assert result.exit_code == 1, (raw, result.output)
        assert "skipped" in result.output and "nothing could be read" in result.output, (raw, result.output)
    with Ledger(db) as ledger:
        assert ledger.check() == []
        counts = ledger.counts()
        for claim in ledger.claims(include_furniture=True):
            assert claim.text in claim.sentence, (raw, claim)
    assert counts["documents"] == (1 if result.exit_code == 0 else 0)


@FUZZ
@given(st.binary(max_size=400))
def test_extract_random_bytes(raw: bytes) -> None:
    check_extract(raw)


@FUZZ
@given(texts, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]),
       st.sampled_from(["", "\r\n", "\x00", "<html><body><p>", "---\npublished: 2024-06-18\n---\n"]))
def test_extract_encoded_text(text: str, encoding: str, prefix: str) -> None:
    raw = (prefix + text).encode(encoding, errors="replace")
    check_extract(raw, "a.html" if prefix.startswith("<") else "a.txt")


@FUZZ
@given(st.lists(texts.map(lambda t: t.replace("\u0964", "\u0964\x00")), min_size=1, max_size=3))
def test_extract_json_lines(records: list[str]) -> None:
    """JSON Lines may carry characters a text file cannot (NUL): offsets and sentences still hold."""
    raw = "".join(json.dumps({"text": t, "url": f"https://example.com/{i}"}) + "\n" for i, t in enumerate(records))
    with extract_bytes(raw.encode("utf-8"), "a.jsonl") as (result, db):
        assert result.exception is None or isinstance(result.exception, SystemExit), (raw, result.exc_info)
        assert "Traceback" not in result.output
        with Ledger(db) as ledger:
            assert ledger.check() == []
            for claim in ledger.claims(include_furniture=True):
                assert claim.text in claim.sentence, (raw, claim)


def test_extract_stores_claims_that_quote_the_file() -> None:
    """The ledger check used above does look at claims: a real article stores some, all quoting its text."""
    text = "भारत ने लगभग 10,000 सैनिक भेजे। 18 जून 2024 को ५-६ हजार लोग मारे गए।"
    with extract_bytes(text.encode("utf-8")) as (result, db), Ledger(db) as ledger:
        assert result.exit_code == 0, result.output
        found = list(ledger.claims(include_furniture=True))
        assert found and ledger.check() == []
    assert all(text[c.start:c.end] == c.text for c in found)


# -- adversarial text: every stage linear ----------------------------------------------------------
#: Degenerate pieces real archives contain: runs of punctuation and currency signs, digits and
#: number words without nouns, date words, and text with no sentence end at all.
UNITS = ["।", "₹", "(", ")", "1 ", "12345", "1,", "-", "%", "...", "\u200d", "कल परसों ", "दस हजार ",
         "पांच सौ करोड़ ", "18 जून 2024 को ", "मंगलवार ", "रूस ने 10 सैनिक भेजे और ", "लगभग 10,000 सैनिक ",
         "भारत", " ", "\n"]
adversarial = st.lists(st.tuples(st.sampled_from(UNITS), st.integers(1, 6000)), min_size=1, max_size=4).map(
    lambda parts: "".join(unit * n for unit, n in parts))
#: Seconds allowed for a text: 2 s per 100 KB, and never less than 2 s.
SECONDS_PER_100KB = 2.0


WARMED: list[bool] = []


def budget(text: str) -> float:
    return SECONDS_PER_100KB * max(1.0, len(text.encode("utf-8")) / 100_000)


def timed_extract(text: str) -> tuple[float, list[Any]]:
    nlp = pipeline.make_nlp()
    if not WARMED:  # word lists and date parsers load on first use: not part of the budget
        list(pipeline.extract(nlp, [Document(source="w.txt", text="".join(UNITS) * 3, sha256="h")]))
        WARMED.append(True)
    # CPU time of this process: other work on a shared machine does not eat the budget, nor does
    # collecting the garbage earlier tests of the session left behind
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        ((_, sentences, claims),) = pipeline.extract(nlp, [Document(source="x.txt", text=text, sha256="h")])
        elapsed = time.process_time() - started
    finally:
        gc.enable()
    assert all(text[c.start:c.end] == c.text for c in claims)
    assert all(0 <= s < e <= len(text) for s, e in sentences)
    return elapsed, claims


@settings(max_examples=int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "10")), deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(adversarial)
def test_adversarial_text_is_processed_in_linear_time(text: str) -> None:
    elapsed, _ = timed_extract(text)
    assert elapsed <= budget(text), (len(text), round(elapsed, 2), text[:80])


@pytest.mark.parametrize("text", [
    "।" * 8000, "₹" * 8000, "(" * 8000, "(" * 20000, "1 " * 8000, "कल परसों " * 2000,
    ("रूस ने 10 सैनिक भेजे और उत्तर कोरिया के 12,000 सैनिक वहां पहुंचे, " * 900)[:53000],
], ids=["dandas", "rupees", "brackets", "brackets-20k", "ones", "date-words", "clause-53k"])
def test_reported_slow_inputs_stay_within_budget(text: str) -> None:
    elapsed, _ = timed_extract(text)
    assert elapsed <= budget(text), round(elapsed, 2)


def test_a_run_on_article_of_750kb_stays_within_budget() -> None:
    """A real article with its sentence ends and line breaks stripped, repeated to 750 KB."""
    body = " ".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    text = (body.replace("।", " ").replace("\n", " ") * 40)[:750_000 // 3]
    elapsed, claims = timed_extract(text)
    assert claims and elapsed <= budget(text), round(elapsed, 2)


# -- JSON Lines records of any shape ---------------------------------------------------------------
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                       max_size=3), max_leaves=6)
records = st.fixed_dictionaries({"text": texts}, optional={"id": json_values, "published": json_values,
                                                          "outlet": json_values, "title": json_values})


@FUZZ
@given(st.lists(records, min_size=1, max_size=4), st.booleans())
def test_jsonl_records_of_any_shape_never_crash(items: list[dict[str, Any]], surrogate: bool) -> None:
    lines = [json.dumps(r) for r in items]
    if surrogate:  # an escaped lone surrogate, as broken exporters write
        lines[0] = lines[0].replace('"text": "', '"text": "\\ud800', 1)
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    with extract_bytes(raw, "a.jsonl") as (result, db):
        assert result.exception is None or isinstance(result.exception, SystemExit), (raw, result.exc_info)
        assert "Traceback" not in result.output
        with Ledger(db) as ledger:
            assert ledger.check() == []
