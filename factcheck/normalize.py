"""Unicode normalisation for matching, with a map back to original offsets.

Hindi text arrives with the same word spelt in several code-point sequences:
precomposed or decomposed nukta letters (ज़ / ज़), chandrabindu or anusvara
(पाँच / पांच), zero-width (non-)joiners inside conjuncts (अगस्‍त), Devanagari
or ASCII digits, curly or straight quotes. ``fold`` maps all of them to one
spelling so word lists match, and returns an ``OffsetMap`` so spans found on
the folded text point into the original. Nothing in Unicode's NFC/NFKC does this for Hindi (NFC keeps
nukta letters decomposed and leaves the joiners), so it is written here.

The folding is the one every word list in ``factcheck/lang/data`` goes through
when it is loaded (``fold_word``), so data files keep natural spellings.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

#: Characters that continue a word: Devanagari letters, vowel signs and digits, Latin letters, digits.
#: (``\w`` alone misses Devanagari's vowel signs: "(?<!\w)शेष" would match inside "विशेष".)
WORD_CHARS = r"0-9A-Za-z_\u0900-\u0963\u0966-\u096f\u0971-\u097f"
#: Regex lookarounds: a word starts here / a word ends here.
WORD_START = rf"(?<![{WORD_CHARS}])"
WORD_END = rf"(?![{WORD_CHARS}])"

NUKTA = "\u093c"
_DROPPED = "\u200b\u200c\u200d\u2060\ufeff\u00ad" + NUKTA
_MAP: dict[str, str] = {
    # precomposed nukta letters -> base letter (the nukta itself is dropped)
    "\u0958": "क", "\u0959": "ख", "\u095a": "ग", "\u095b": "ज",
    "\u095c": "ड", "\u095d": "ढ", "\u095e": "फ", "\u095f": "य",
    "\u0929": "न", "\u0931": "र", "\u0934": "ळ",
    "\u0901": "\u0902",  # chandrabindu -> anusvara: पाँच == पांच
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u0970": ".",  # Devanagari abbreviation sign
}
_MAP.update({chr(0x0966 + d): str(d) for d in range(10)})  # ०-९ -> 0-9
_TABLE = str.maketrans({**_MAP, **{ch: None for ch in _DROPPED}})
_DROP = re.compile(f"[{_DROPPED}]")
#: Any character folding changes: text without one (most of it, and all text folded once) is kept as is.
_FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _TABLE))) + "]")
_FOLDED = {chr(k): v or "" for k, v in _TABLE.items()}  # maketrans keeps the str values, None drops


def _fold_chars(text: str) -> str:
    """``text.translate(_TABLE)``: where few characters change (most text) only those are replaced,
    which is many times faster than translating every character."""
    if len(_FOLDABLE.findall(text)) * 16 > len(text):
        return text.translate(_TABLE)
    return _FOLDABLE.sub(lambda m: _FOLDED[m.group()], text)


class OffsetMap:
    """Maps offsets in folded text back to the original string.

    Folding replaces characters one for one except the dropped ones, so the map
    only needs where those were: ``shifts[k]`` is the folded offset at which the
    k-th dropped character stood. A lookup is a binary search, with no
    per-character table.
    """

    __slots__ = ("shifts",)

    def __init__(self, shifts: list[int] | None = None) -> None:
        self.shifts = shifts or []

    def start(self, i: int) -> int:
        """Original offset of folded character ``i``."""
        return i + bisect_right(self.shifts, i) if self.shifts else i

    def end(self, j: int) -> int:
        """Original end offset for a folded end ``j`` (exclusive).

        Dropped characters right after the span (a trailing nukta) stay inside it.
        """
        return j + bisect_right(self.shifts, j) if self.shifts else j

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.start(i), self.end(j)

    def folded(self, o: int) -> int:
        """Folded offset of original offset ``o`` (the inverse of ``start``)."""
        if not self.shifts:
            return o
        dropped_before = bisect_left(range(len(self.shifts)), o, key=lambda k: self.shifts[k] + k)
        return o - dropped_before


def fold(text: str) -> tuple[str, OffsetMap]:
    """Fold ``text`` for matching; return it with the map back to original offsets."""
    if not _FOLDABLE.search(text):
        return text, OffsetMap()
    folded = _fold_chars(text)
    if len(folded) == len(text):
        return folded, OffsetMap()
    return folded, OffsetMap([m.start() - k for k, m in enumerate(_DROP.finditer(text))])


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """The folded spelling of a word-list entry (lower-cased for Latin script)."""
    return word.translate(_TABLE).lower()
