"""Ledgers for the report and ClaimReview tests: the sample corpus with its sources, and a generated one."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from cli_helpers import CORPUS, conflict_rows, run

from factcheck.ledger import Ledger
from factcheck.model import Claim, Document, Story

#: Outlet, URL and publication date of each sample article, as a desk's sources.csv gives them.
#: The 11,000 report comes first and the later one says about 10,000: a conflict, not an update.
SOURCES = """file,url,published,outlet
000_4a3731de332e2f86.txt,https://ina.example.in/world/russia-support,2024-10-14,आई एन ए
001_38c0ddfad77b82c6.txt,https://samachar.example.com/duniya/north-korea-troops,2024-10-25,समाचार दर्पण
002_51fa049b9e4d0dab.txt,https://khabar.example.org/international/11000-sainik,2024-10-18,खबर भारती
003_d52dbd3aa86ea457.txt,https://news.example.net/videsh/putin-kim,2024-11-02,
004_f88dc246bdc33cdf.txt,https://lokvani.example.in/world/ukraine-war,2024-11-06,लोकवाणी
"""
NOTE = "दक्षिण कोरियाई खुफिया एजेंसी का ताज़ा आकलन 11,000 सैनिकों का है; 10,000 पुराना अनुमान था"


def corpus_ledger(tmp: Path) -> tuple[Path, dict[str, str]]:
    """The samples with ``sources.csv`` extracted into a ledger, the troop conflict resolved.

    Returns the ledger and the troop conflict's CSV row.
    """
    docs = tmp / "corpus"
    docs.mkdir()
    for path in CORPUS.glob("*.txt"):
        shutil.copy(path, docs / path.name)
    (docs / "sources.csv").write_text(SOURCES, encoding="utf-8")
    db = tmp / "desk.db"
    run("extract", str(docs), "--db", str(db))
    troops = [r for r in conflict_rows(db) if r["kind"] == "troops"]
    assert len(troops) == 1, troops
    run("conflicts", "resolve", troops[0]["conflict_id"], "--note", NOTE, "--db", str(db))
    return db, troops[0]


_OUTLETS = ("दैनिक समाचार", "लोक खबर", "भारत वार्ता", "जन संवाद", "प्रादेशिक टाइम्स", "नगर दर्पण")


def _article(i: int, aircraft: int, drones: int, day: int) -> tuple[Document, list[tuple[int, int]], list[Claim]]:
    """One short report: Pakistan claims N Indian aircraft downed; India says it downed M Pakistani drones."""
    s1 = f"पाकिस्तान ने भारत के {aircraft} विमान गिराने का दावा किया है।"
    s2 = f"सेना के अनुसार भारत ने पाकिस्तान के {drones} ड्रोन मार गिराए।"
    text = f"{s1} {s2}"
    sentences = [(0, len(s1)), (len(s1) + 1, len(text))]
    a_text, k_text = f"{aircraft} विमान", f"{drones} ड्रोन"
    a_at, k_at = text.index(a_text), text.index(k_text)
    claims = [
        Claim(a_at, a_at + len(a_text), a_text, "aircraft", aircraft, aircraft, "exact", subject="India",
              object="Pakistan", attributed_to="Pakistan", sentence_index=0),
        Claim(k_at, k_at + len(k_text), k_text, "drones", drones, drones, "exact", subject="Pakistan",
              object="India", attributed_to="Indian Army", sentence_index=1),
    ]
    source = f"gen/{i:04d}.txt"
    doc = Document(source=source, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                   url=f"https://news{i % len(_OUTLETS)}.example.in/{i}", outlet=f"{_OUTLETS[i % len(_OUTLETS)]} {i}",
                   published=f"2025-05-{day:02d}", published_origin="metadata")
    return doc, sentences, claims


def generated_ledger(db: Path, n: int, *, stories: bool = False) -> int:
    """``n`` reports within four weeks, every figure different, two measures; returns how many conflicts.

    Every pair of reports conflicts on both measures: n*(n-1) conflicts. With
    ``stories`` the reports are split into two stories (even and odd), whose
    claims never meet: 2 * (n/2) * (n/2 - 1).
    """
    with Ledger(db) as ledger:
        for i in range(n):
            ledger.store(*_article(i, 40 + i, 100 + 3 * i, 1 + i % 28))
        if stories:
            sources = [f"gen/{i:04d}.txt" for i in range(n)]
            ledger.set_stories([
                Story("s-even", "हवाई हमले · India · मई 2025", tuple(sources[0::2]), "2025-05-01", "2025-05-27"),
                Story("s-odd", "ड्रोन हमले · Pakistan · मई 2025", tuple(sources[1::2]), "2025-05-02", "2025-05-28"),
            ])
    sizes = [len(range(0, n, 2)), len(range(1, n, 2))] if stories else [n]
    return sum(k * (k - 1) for k in sizes)
