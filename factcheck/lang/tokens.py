"""Sentence tokens and clause boundaries shared by every decision in :mod:`roles`.

A sentence (text folded by :func:`factcheck.normalize.fold`) becomes a :class:`Sent`:
its words with their offsets and the clause each word belongs to (a new clause starts
at punctuation or a clause word such as कि, लेकिन, जो).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from re import Match

from ..normalize import fold_word

_W = "\u0900-\u0963\u0971-\u097fA-Za-z_0-9"
TOKEN = re.compile(rf"\d+(?:[.,:]\d+)*|[{_W}]+(?:-[{_W}]+)*|\S")
DIGIT = re.compile(r"\d")


def wordset(text: str) -> frozenset[str]:
    """The folded words of a space-separated list."""
    return frozenset(fold_word(w) for w in text.split())


_PUNCT_BOUNDARY = frozenset(",;:।॥.!?[]{}\"'|")
_CLAUSE_WORDS = wordset(
    "कि लेकिन परंतु किंतु मगर जबकि क्योंकि बल्कि तो जो जिसने जिसमें जिसके जिसकी जिसका जिन्होंने "
    "जिनमें जिनके जहां जब तब वहीं हालांकि ताकि यदि अगर इसलिए जिससे जिसे",
)


@dataclass(frozen=True)
class Sent:
    """A tokenised sentence: word starts/ends/texts and each token's clause number."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]
    clause: tuple[int, ...]


#: A correlative pair: "तब" starts a clause only after "जब" has.
_WHEN, _THEN = "जब", "तब"

#: Every token that starts a clause: the clause words and the punctuation marks.
_BOUNDARIES = _CLAUSE_WORDS | _PUNCT_BOUNDARY


def is_boundary(w: str) -> bool:
    """Whether a token starts a new clause (punctuation or a clause word)."""
    return w in _BOUNDARIES


@lru_cache(maxsize=256)
def tokenise(sentence: str) -> Sent:
    """Tokens of ``sentence`` with their offsets and clause numbers."""
    matches = list(TOKEN.finditer(sentence))
    words = tuple(map(Match.group, matches))
    opened = False  # "जब … तब": "तब" opens a clause only after a "जब" ("बाइडेन को तब 306 वोट": "then")
    starts = []
    for w in words:
        opened = opened or w == _WHEN
        starts.append(w in _BOUNDARIES and (w != _THEN or opened))
    clause = tuple(accumulate(starts, initial=0))[1:]
    return Sent(tuple(map(Match.start, matches)), tuple(map(Match.end, matches)), words, clause)


def is_number(w: str) -> bool:
    """Whether a token is a number."""
    return bool(DIGIT.match(w))


def token_span(s: Sent, start: int, end: int) -> tuple[int, int]:
    """(first token, token after the last) covering the offsets ``start:end``."""
    i = bisect_left(s.ends, start + 1)
    j = bisect_left(s.starts, end)
    return i, max(j, i + 1)


def clause_span(s: Sent, c: int) -> range:
    """Token indices of clause ``c`` (clauses are contiguous)."""
    lo = bisect_left(s.clause, c)
    return range(lo, bisect_left(s.clause, c + 1))
