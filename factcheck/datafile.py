"""Reading the plain data files (``lang/data/*.yaml``) the Hindi rules are made of."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

#: libyaml's loader when PyYAML was built with it: the same documents, parsed ten times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """The YAML document in ``path`` (UTF-8), as plain data."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (a safe loader)
