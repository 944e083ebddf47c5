"""Unicode normalisation for matching, with a map back to original offsets.

Hindi text arrives with the same word spelt in several code-point sequences:
precomposed or decomposed nukta letters (ज़ / ज़), chandrabindu or anusvara
(पाँच / पांच), zero-width (non-)joiners inside conjuncts (अगस्‍त), Devanagari
or ASCII digits, curly or straight quotes. ``fold`` maps all of them to one
spelling so word lists match, and returns for each output character the index
of the input character it came from, so spans found on the folded text point
into the original. Nothing in Unicode's NFC/NFKC does this for Hindi (NFC keeps
nukta letters decomposed and leaves the joiners), so it is written here.

The folding is the one every word list in ``factcheck/lang/data`` goes through
when it is loaded (``fold_word``), so data files keep natural spellings.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

NUKTA = "\u093c"
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad" + NUKTA)
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


def fold(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` for matching; return it with ``index[i]`` = original offset of char ``i``.

    ``index`` has one extra entry, ``len(text)``, so an end offset maps too.
    """
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        rep = _MAP.get(ch)
        if rep is None:
            if "\u0900" <= ch <= "\u097f" or ch.isascii():
                rep = ch
            else:
                rep = unicodedata.normalize("NFC", ch)
                if len(rep) != 1:
                    rep = ch
        out.append(rep)
        index.append(i)
    index.append(len(text))
    return "".join(out), index


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """The folded spelling of a word-list entry (lower-cased for Latin script)."""
    return fold(word)[0].lower()


class OffsetMap:
    """Maps spans on folded text back to the original string."""

    __slots__ = ("index",)

    def __init__(self, index: list[int]) -> None:
        self.index = index

    def start(self, i: int) -> int:
        return self.index[min(i, len(self.index) - 1)]

    def end(self, j: int) -> int:
        """Original end offset for a folded end ``j`` (exclusive).

        Dropped characters right after the span (a trailing nukta) stay inside it.
        """
        return self.index[min(j, len(self.index) - 1)]

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.start(i), self.end(j)
