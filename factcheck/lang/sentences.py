"""Sentence boundaries for Hindi news text.

spaCy's rule-based ``sentencizer`` knows ``।`` but glues a headline line to the
paragraph after it and splits inside "डॉ. सिंह"; news pages need both handled,
so the rules are here: a sentence ends at ``।``, ``॥``, ``.``, ``?`` or ``!``
(with any closing quotes or brackets after it) followed by white space, and
always at a line break, so a headline without final punctuation stands alone.

A run-on "sentence" longer than ``MAX_SENTENCE`` characters (a page with no
sentence ends, a list of figures) is cut into windows at the last clause break
(``;``, ``,``, ``:``) or space before the limit, so no rule ever reads more than
one window: the work per claim stays bounded and the whole text linear.
"""

from __future__ import annotations

import re

#: Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    ["डॉ", "प्रो", "श्री", "श्रीमती", "सुश्री", "मो", "मि", "ले", "जन", "कर्नल", "मेजर", "कै", "सं", "पृ", "क्र", "नं", "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "No", "Jr", "Sr", "Lt", "Gen", "Col", "Capt", "Sgt", "Fri", "Mon", "Tue", "Wed", "Thu", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "etc"]
)

_CLOSE = "\"'”’)\\]"
#: English letters as Hindi writes them, an initial before a name ("ए. रेवंत रेड्डी", "एस. जयशंकर").
INITIALS = frozenset(["ए", "बी", "सी", "डी", "एफ", "जी", "एच", "जे", "एल", "एम", "एन", "पी", "क्यू", "आर", "एस",
                      "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड"])
_END = re.compile(rf"[।॥?!]+[{_CLOSE}]*(?=\s|$)|(?<=\S)\.[{_CLOSE}]*(?=\s|$)|\n")
#: The longest span any later rule looks at (real news sentences are well under it).
MAX_SENTENCE = 800
_CLAUSE_BREAK = re.compile(r"[;,:](?=\s)|\s")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"']))([^\s(\"']+)\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, stripped of surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group() != "\n" and m.group()[0] == ".":
            word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1)
            if word and (word.group(1) in ABBREVIATIONS or word.group(1) in INITIALS or len(word.group(1)) == 1
                         or "." in word.group(1)):
                continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _window_end(text, start, start + MAX_SENTENCE)
        _add(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def _window_end(text: str, start: int, limit: int) -> int:
    """Where a window from ``start`` ends: after the last clause break before ``limit``, else at it."""
    half = start + MAX_SENTENCE // 2
    best = weak = 0
    for m in _CLAUSE_BREAK.finditer(text, half, limit):
        if m.group().isspace():
            weak = m.start()
        else:
            best = m.end()
    return best or weak or limit
