"""What the pipeline made of a snippet: sentences, entities, quantities, dates, claims."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from spacy.tokens import Doc

from .display import claims_table, rows_table
from .export import json_value
from .model import EXPORT_COLUMNS, Claim
from .pipeline import sentence_offsets


def analysis_json(doc: Doc, claims: list[Claim]) -> dict[str, Any]:
    """One JSON-ready object; every offset indexes the original text."""
    _, offsets = doc._.fc_fold
    text = doc._.fc_text

    def place(m: Any) -> dict[str, Any]:
        start, end = offsets.span(m.start, m.end)
        return {"start": start, "end": end, "text": text[start:end]}

    return {
        "sentences": [{"start": s, "end": e, "text": text[s:e]} for s, e in sentence_offsets(doc)],
        "entities": [{**place(e), "name": e.name, "type": e.type, "known": e.known}
                     for e in doc._.fc_entities or []],
        "quantities": [{**place(q), "value_low": json_value(q.value_low), "value_high": json_value(q.value_high),
                        "qualifier": q.qualifier, "unit": q.unit} for q in doc._.fc_quantities or []],
        "dates": [{**place(d), "when": d.when, "relative": d.relative} for d in doc._.fc_dates or []],
        "claims": [{k: json_value(v) for k, v in c.as_row().items() if k in EXPORT_COLUMNS or k == "reasons"}
                   for c in claims],
    }


def print_analysis(console: Console, doc: Doc, claims: list[Claim], *, verbose: bool = False) -> None:
    """The claims found; with ``verbose`` first every layer that led to them."""
    if not verbose:
        console.print(claims_table(claims, title=f"{len(claims)} claims"))
        return
    data = analysis_json(doc, claims)
    console.print(rows_table(data["sentences"], ["start", "end", "text"], "sentences"))
    console.print(rows_table(data["entities"], ["start", "end", "text", "name", "type"], "entities"))
    console.print(rows_table(data["quantities"], ["start", "end", "text", "value_low", "value_high",
                                                  "qualifier", "unit"], "quantities"))
    console.print(rows_table(data["dates"], ["start", "end", "text", "when"], "dates"))
    console.print(claims_table(claims))
