"""Helpers for the end-to-end tests: run the CLI in-process and read its CSV output."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner, Result

from factcheck.cli import main

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def run(*args: str, ok: bool = True) -> Result:
    """``factcheck ARGS``; with ``ok`` the exit status must be 0."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def csv_rows(*args: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(run(*args).stdout)))


def export_rows(db: Path | str) -> list[dict[str, str]]:
    return csv_rows("export", "--db", str(db), "--format", "csv")


def conflict_rows(db: Path | str, *extra: str) -> list[dict[str, str]]:
    return csv_rows("conflicts", "--db", str(db), "--format", "csv", *extra)
