"""Scripts: is a text Hindi (the share of Devanagari words), and Devanagari names in Latin letters."""

from __future__ import annotations

import re
from functools import lru_cache

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


#: Anusvara as the nasal the press writes: n before dentals, sibilants and semivowels (झूंसी ->
#: Jhunsi), m before labials (कंपनी); before ह "ngh" (सिंह -> Singh).
_NASAL_N = re.compile("ं(?=[तथदधनसशषरलवय])")
_NASAL_M = re.compile("ं(?=[पफबभम])")


#: ढ after a vowel is ढ़ in Hindi ("बाढ़" -> Barh, "गढ़" -> Garh); folded text lost the dot.
_FLAPPED = re.compile("(?<=[\u0905-\u0939\u093e-\u094c])ढ(?!\u093c)")


@lru_cache(maxsize=4096)
def romanise(name: str) -> str:
    """A Devanagari name in Latin letters as the English press writes it ("थुनाग" -> "Thunag",
    "अनंत सिंह" -> "Anant Singh"); other text as it is.

    Aksharamukha's readable romanisation with Hindi's silent schwa dropped; on top, the
    anusvara is written as the nasal the press uses before the next consonant, and ढ after a
    vowel as the flap ढ़ that folding had merged with it.
    """
    if not _DEVANAGARI_WORD.search(name):
        return name
    from aksharamukha import transliterate  # loaded only when an unknown name needs it

    text = _NASAL_M.sub("म्", _NASAL_N.sub("न्", name.replace("ंह", "ंघ")))
    text = _FLAPPED.sub("ढ़", text)
    latin = transliterate.process("Devanagari", "RomanColloquial", text, pre_options=["RemoveSchwaHindi"])
    return " ".join(w[:1].upper() + w[1:] for w in latin.split())
