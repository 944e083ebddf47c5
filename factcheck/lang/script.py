"""Is a text Hindi? The share of Devanagari words among its words."""

from __future__ import annotations

import re

#: Below this share of Devanagari words (among Devanagari and Latin-script words) a text is not Hindi.
MIN_DEVANAGARI_SHARE = 0.4
#: Texts with fewer words than this are not judged (a headline-only file, a table of figures).
MIN_WORDS = 8

_DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f\ua8e0-\ua8ff]+")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}")


def devanagari_share(text: str) -> float | None:
    """Devanagari words / (Devanagari + Latin words); None when the text has too few words to say."""
    deva = len(_DEVANAGARI_WORD.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    if deva + latin < MIN_WORDS:
        return None
    return deva / (deva + latin)


def is_hindi(text: str) -> bool:
    """True unless the text is clearly in a Latin-script language (English news, say)."""
    share = devanagari_share(text)
    return share is None or share >= MIN_DEVANAGARI_SHARE
