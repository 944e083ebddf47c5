"""Terminal cell widths for Devanagari, so rich's tables and panels line up.

rich measures a spacing vowel sign (ा ि ो) as zero cells and each consonant of
a conjunct (त्त) as one, where terminals draw a grapheme cluster per cell:
"उत्तर कोरिया ने रूस को" is measured short and every border after it overruns.
``use_terminal_widths`` makes rich measure and split text by grapheme clusters
with ``wcwidth`` (the width terminals and ``wcswidth`` agree on).
"""

from __future__ import annotations

from functools import lru_cache

import rich.cells
import wcwidth

_original_cell_len = rich.cells._cell_len


def display_width(text: str) -> int:
    """Cells ``text`` takes on a terminal (grapheme clusters; control characters as rich counts them)."""
    if rich.cells._is_single_cell_widths(text):
        return len(text)
    width = wcwidth.wcswidth(text)
    return width if width >= 0 else _original_cell_len(text, "auto")


@lru_cache(maxsize=4096)
def _grapheme_spans(text: str) -> tuple[tuple[tuple[int, int, int], ...], int]:
    spans: list[tuple[int, int, int]] = []
    total = index = 0
    for cluster in wcwidth.iter_graphemes(text):
        width = max(wcwidth.wcswidth(cluster), 0)
        spans.append((index, index + len(cluster), width))
        index += len(cluster)
        total += width
    return tuple(spans), total


def _cell_len(text: str, unicode_version: str = "auto") -> int:
    return display_width(text)


def _split_graphemes(text: str, unicode_version: str = "auto") -> tuple[list[tuple[int, int, int]], int]:
    spans, total = _grapheme_spans(text)
    return list(spans), total


def use_terminal_widths() -> None:
    """Make rich measure text by grapheme clusters (idempotent)."""
    if rich.cells._cell_len is _cell_len:
        return
    rich.cells._cell_len = _cell_len
    rich.cells.split_graphemes = _split_graphemes
    rich.cells.cached_cell_len.cache_clear()
