"""The ledger in Datasette: read-only, with labelled tables and columns and the desk's canned queries."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

#: Plain-language descriptions of each table and view, and of the columns people ask about.
TABLES: dict[str, dict[str, Any]] = {
    "documents": {
        "description": "One row per article read: where it came from, outlet, publication date, story.",
        "columns": {
            "source": "The file (or file#record) the article was read from",
            "sha256": "Content hash: an unchanged file is not read again",
            "published": "Publication date (ISO), from metadata, the dateline or --published",
            "published_origin": "Where the publication date came from",
            "story": "The story (event) the article belongs to",
            "knowledge": "Version of the rules and gazetteer that extracted its claims",
        },
    },
    "sentences": {"description": "Sentence boundaries of each document (character offsets)."},
    "claims": {
        "description": "Checkable claims as extracted (before reviews): figures and dates with their actors.",
        "columns": {
            "key": "Stable key (document, text, occurrence): survives re-extraction",
            "start": "Offset of the claim's text in the document",
            "kind": "What is counted: troops, killed, money, date, ...",
            "value_low": "Lower end of the stated figure",
            "value_high": "Upper end of the stated figure",
            "qualifier": "exact, approx, more_than, at_least, less_than, at_most, range, vague",
            "subject": "Who does or has it (canonical name)",
            "object": "To or against whom (canonical name)",
            "status": "actual, planned, possible, claimed_false",
            "when_date": "The date the claim is about (ISO, at the precision written)",
            "attributed_to": "Who says so",
            "furniture": "1 when found in page furniture (menus, linked headlines)",
            "reasons": "The words that decided each field (JSON)",
        },
    },
    "claims_in_context": {
        "description": "Each claim beside its sentence, document, outlet and publication date.",
    },
    "conflicts": {
        "description": "Pairs of claims from different sources that disagree; a reviewed conflict stays"
                       " (with empty claim ids) after its claims are gone.",
        "columns": {
            "key": "Stable key of the pair: reviews are kept by it",
            "a_claim_id": "One side of the disagreement",
            "b_claim_id": "The other side",
            "severity": "major or minor",
            "gap": "Relative gap between the figures (days for dates)",
            "reason": "Why the two figures conflict",
        },
    },
    "reviews": {
        "description": "Append-only history of verdicts on conflicts (the latest one counts).",
        "columns": {"verdict": "open, confirmed or dismissed", "reviewer": "Who reviewed",
                    "reviewed_at": "When (UTC)", "note": "The reviewer's note"},
    },
    "claim_reviews": {
        "description": "Claims marked wrong or corrected by a reviewer, kept by the claim's stable key.",
    },
    "stories": {"description": "Articles grouped into stories (one event as several outlets report it)."},
}

#: A conflict's latest verdict ("open" when never reviewed).
_LATEST_VERDICT = ("coalesce((SELECT r.verdict FROM reviews r WHERE r.conflict_key = k.key"
                   " ORDER BY r.id DESC LIMIT 1), 'open')")

#: The desk's canned queries.
QUERIES: dict[str, dict[str, str]] = {
    "conflicts_awaiting_review": {
        "title": "Conflicts awaiting review",
        "description": "Conflicts with no verdict yet, or reopened: major first.",
        "sql": (
            "SELECT k.id, k.severity, a.kind, a.subject, a.object, a.text AS a_text, da.source AS a_source,"
            " b.text AS b_text, db.source AS b_source, k.reason, k.key"
            " FROM conflicts k JOIN claims a ON a.id = k.a_claim_id JOIN claims b ON b.id = k.b_claim_id"
            " JOIN documents da ON da.id = a.document_id JOIN documents db ON db.id = b.document_id"
            f" WHERE {_LATEST_VERDICT} = 'open'"
            " ORDER BY k.severity = 'major' DESC, a.kind, a.subject"
        ),
    },
    "claims_of_one_story": {
        "title": "Claims of one story",
        "description": "Every claim of the articles in one story (its id from the stories table).",
        "sql": ("SELECT claim_id, kind, text, value_low, value_high, subject, object, status, source, outlet,"
                " published, sentence FROM claims_in_context WHERE story = :story AND furniture = 0"
                " ORDER BY published, source"),
    },
    "figures_for_one_measure_over_time": {
        "title": "Figures for one measure over time",
        "description": "One kind of figure about one actor (e.g. killed, Nepal) in publication order.",
        "sql": ("SELECT published, value_low, value_high, qualifier, status, text, source, outlet, sentence"
                " FROM claims_in_context WHERE kind = :kind AND lower(subject) = lower(:subject)"
                " AND furniture = 0 ORDER BY published, source"),
    },
}


def database_name(path: str | Path) -> str:
    """The name Datasette gives the ledger file (its stem)."""
    return Path(path).stem


def metadata(path: str | Path) -> dict[str, Any]:
    """Datasette metadata for the ledger at ``path``: titles, table and column labels, canned queries."""
    return {
        "title": "factcheck ledger",
        "description": "Claims extracted from Hindi news, where sources disagree, and the desk's reviews.",
        "databases": {
            database_name(path): {
                "description": "Read-only view of the ledger.",
                "tables": TABLES,
                "queries": QUERIES,
            },
        },
    }


def checkpoint(path: str | Path) -> None:
    """Fold the write-ahead log into the file, so a read-only (immutable) open sees every row."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def serve_command(path: str | Path, metadata_file: str | Path, *, host: str, port: int,
                  open_browser: bool) -> list[str]:
    """The ``datasette serve`` arguments: the ledger immutable (read-only), with our metadata."""
    args = ["serve", "-i", str(path), "--metadata", str(metadata_file), "--host", host, "--port", str(port),
            "--setting", "sql_time_limit_ms", "5000"]
    return args + (["--open"] if open_browser else [])


def write_metadata(path: str | Path, out: Path) -> Path:
    out.write_text(json.dumps(metadata(path), ensure_ascii=False, indent=2), encoding="utf-8")
    return out
