"""One way to read a name the user types: any gazetteer alias, Hindi or English, to the canonical name."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .lang.gazetteer import Gazetteer


def resolve_name(name: str | None, gazetteer: Gazetteer) -> str | None:
    """The canonical name for ``name`` ("उत्तर कोरिया", "north korea" -> "North Korea").

    Case, spelling variants and metonyms (क्रेमलिन -> Russia) are resolved as
    in extraction; a name the gazetteer does not know is returned as typed
    (stripped), so a subject the tool recorded verbatim still matches.
    """
    if name is None or not name.strip():
        return None
    entity = gazetteer.lookup(name)
    if entity is None:
        return name.strip()
    return gazetteer.resolve(entity).name


def name_resolver(entity_files: Iterable[str | Path] = ()) -> Gazetteer:
    """The gazetteer names are resolved with: the package's plus the user's files."""
    return Gazetteer.load([Path(p) for p in entity_files])
