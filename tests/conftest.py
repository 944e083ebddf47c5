"""Shared test settings: hypothesis runs derandomised under CI, so a red build can be replayed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def desk_ledger(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The samples with a sources.csv, extracted, the troop conflict resolved (report and ClaimReview tests)."""
    from report_data import corpus_ledger

    return corpus_ledger(tmp_path_factory.mktemp("desk"))
