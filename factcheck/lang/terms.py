"""Content words: what a report is about, in its own words, for grouping reports into stories.

An event the story data has no noun for (a ropeway, a drought, a tariff) still
shows in the words every report of it repeats: रोपवे, ट्रॉली, पर्यटक, सूखा,
तहसील. :func:`content_terms` keeps a document's most used content words — its
spaCy tokens, with spaCy's Hindi stop words (``spacy.lang.hi.stop_words``) and
the generic words of news reporting (``data/news_words.txt``) dropped, plural
and oblique endings cut (ट्रॉलियों -> ट्रॉल, पर्यटकों -> पर्यटक), the
headline's words counted :data:`HEADLINE_WEIGHT` times. :func:`similarity`
weighs shared words by how rare they are among the documents being grouped.

Hand-written: the ending cutter is a light Hindi stemmer (no library offers one
offline); the rest is counting.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

from spacy.lang.hi.stop_words import STOP_WORDS

from ..normalize import fold_word
from .cues import DATA_DIR

#: How many content words a document keeps.
TOP_TERMS = 30
#: A headline word counts as this many words of the body.
HEADLINE_WEIGHT = 3
#: A word of letters: Devanagari letters and signs (no digits, no danda) or Latin letters.
_LETTERS = re.compile(r"[\u0900-\u0963\u0971-\u097f]+|[a-z]+")
#: Plural and oblique endings, longest first (ट्रॉलियों, महिलाओं, सैनिकों, घटनाएं).
_ENDINGS = ("ियों", "ियां", "ियाँ", "ाओं", "ाएं", "ाएँ", "ों", "ओं", "ें", "ीं", "े", "ी", "ा")


@lru_cache(maxsize=1)
def _dropped() -> frozenset[str]:
    """spaCy's Hindi stop words and the generic words of news (folded)."""
    news = (DATA_DIR / "news_words.txt").read_text(encoding="utf-8").split()
    return frozenset(fold_word(w) for w in (*STOP_WORDS, *news) if not w.startswith("#"))


def stem(word: str) -> str:
    """``word`` without a plural or oblique ending (at least two letters are kept)."""
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 2:
            return word[: -len(end)]
    return word


def content_terms(words: Iterable[tuple[str, bool]], top: int = TOP_TERMS) -> dict[str, int]:
    """The ``top`` most used content words of ``(word, in_headline)`` pairs -> weighted count.

    Words of one letter, numbers and words with a digit are not content words."""
    counts: Counter[str] = Counter()
    for word, headline in words:
        term = _term(word)
        if term:
            counts[term] += HEADLINE_WEIGHT if headline else 1
    return dict(counts.most_common(top))


@lru_cache(maxsize=65536)
def _term(word: str) -> str:
    """The content word ``word`` counts as ("" for a stop word, a number, a letter alone)."""
    folded = fold_word(word).lower()
    if len(folded) < 2 or folded in _dropped() or not _LETTERS.fullmatch(folded):
        return ""
    return stem(folded)


def rarity(document_terms: Iterable[Iterable[str]]) -> dict[str, float]:
    """Inverse document frequency of every term among ``document_terms`` (one iterable per document),
    smoothed as scikit-learn's ``TfidfTransformer`` does, so that a word every document uses still counts."""
    df: Counter[str] = Counter()
    n = 0
    for terms in document_terms:
        df.update(set(terms))
        n += 1
    return {t: math.log((n + 1) / (c + 1)) + 1 for t, c in df.items()}  # smoothed: two documents alone still share


def similarity(a: Mapping[str, float], b: Mapping[str, float], idf: Mapping[str, float]) -> float:
    """Cosine of two term counts weighted by ``idf`` (0 when they share no term)."""
    shared = a.keys() & b.keys()
    if not shared:
        return 0.0
    dot = sum(a[t] * b[t] * idf.get(t, 0.0) ** 2 for t in shared)
    na = math.sqrt(sum((v * idf.get(t, 0.0)) ** 2 for t, v in a.items()))
    nb = math.sqrt(sum((v * idf.get(t, 0.0)) ** 2 for t, v in b.items()))
    return dot / (na * nb) if na and nb else 0.0
