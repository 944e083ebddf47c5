"""Which knowledge produced a document's claims: rules, word lists, gazetteer and the user's entities."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "lang" / "data"


def package_version() -> str:
    try:
        return version("factcheck")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def knowledge_version(entity_files: Iterable[str | Path] = (), *, data_dir: Path = DATA_DIR,
                      package: str | None = None) -> str:
    """A short hash of the package version, every language data file and the user's entity files.

    Documents extracted under another hash were read with other rules or names
    and are re-processed by ``extract``.
    """
    h = hashlib.sha256()
    h.update(f"factcheck {package if package is not None else package_version()}\n".encode())
    for path in sorted(p for p in data_dir.iterdir() if p.is_file()):
        h.update(f"data {path.name}\n".encode())
        h.update(path.read_bytes())
    for path in sorted(str(p) for p in entity_files):
        p = Path(path)
        h.update(f"entities {p.name}\n".encode())
        h.update(p.read_bytes() if p.exists() else b"")
    return h.hexdigest()[:16]
