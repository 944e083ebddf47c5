"""A pipeline whose Dask worker dies on a marked document: for the worker-death tests only.

Importable by the test cluster's worker processes (they are started with the
tests' ``sys.path``); nothing in the package can reach it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from factcheck.pipeline import make_nlp

#: Put in a document's text, it kills the worker process extracting it.
MARKER = "⟦worker-dies-here⟧"


class Dying:
    """The real pipeline, except that the process ends (as in a crash or the OOM killer) when it
    meets ``MARKER``; with ``once`` (a file path) only the first time, which the file records."""

    def __init__(self, once: str | None = None) -> None:
        self.nlp = make_nlp()
        self.once = once

    def make_doc(self, text: str) -> Any:
        if MARKER in text and not (self.once and Path(self.once).exists()):
            if self.once:
                Path(self.once).touch()
            os._exit(1)
        return self.nlp.make_doc(text)

    def pipe(self, *args: Any, **kwargs: Any) -> Any:
        return self.nlp.pipe(*args, **kwargs)

    def __call__(self, doc: Any) -> Any:
        return self.nlp(doc)
