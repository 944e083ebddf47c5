"""Claims and conflicts as CSV, JSON Lines or JSON, streamed row by row.

Every CSV cell is made safe to open in a spreadsheet: text starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return is prefixed with ``'`` (OWASP's
rule against formula injection) and control characters are removed. Numbers
are written as numbers.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any

from .model import EXPORT_COLUMNS, Claim

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


#: Values that start like a formula but are data the export contract fixes: a signed number,
#: a year-less ISO date (``--06``, ``--06-18``).
_PLAIN_VALUE = re.compile(r"[-+]?\d[\d.,]*|--\d\d(?:-\d\d)?")


def safe_text(text: str) -> str:
    """``text`` as a spreadsheet shows it and never runs it: no control characters, no formula."""
    text = _CONTROL.sub("", text)
    if text.startswith(FORMULA_START) and not _PLAIN_VALUE.fullmatch(text):
        return "'" + text
    return text


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (int, float)):
        return value
    return safe_text(value if isinstance(value, str) else str(value))


def json_value(value: Any) -> Any:
    """A JSON-ready value: whole floats as integers (10000.0 -> 10000)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def write_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: IO[str]) -> int:
    """Write ``rows`` with exactly ``columns``; return how many were written."""
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
        n += 1
    return n


def write_jsonl(rows: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps({k: json_value(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
        n += 1
    return n


def claim_rows(claims: Iterable[Claim]) -> Iterable[dict[str, Any]]:
    for claim in claims:
        yield claim.as_row()


def write_claims(claims: Iterable[Claim], fmt: str, out: IO[str]) -> int:
    """Export claims as ``csv`` (the GUIDE.md columns) or ``jsonl`` (every field)."""
    if fmt == "csv":
        return write_csv(claim_rows(claims), EXPORT_COLUMNS, out)
    if fmt == "jsonl":
        return write_jsonl(claim_rows(claims), out)
    raise ValueError(f"unknown export format {fmt!r}")
