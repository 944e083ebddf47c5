"""What a claim measures, and the values it allows: the one place both are decided.

``measure_key(claim)`` is read by the comparison pass, tracking (facts and
timelines) and ``explain``: two claims can only agree or disagree when their
keys are equal. The key is the kind, the thing counted (seats won vs a house's
total), who it is about and the other party, the status, the unit where the unit
is part of the measure (currency, time unit), and for dates the event; for a
duration, the event it measures. Units of distance, area and weight are not in
the key: their values are converted to the kind's base unit (5 km = 5,000 m).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .kinds import REGISTRY
from .lang import comparison
from .lang.cues import cues
from .lang.numerals import rounded_in_words
from .model import Claim
from .normalize import fold_word

APPROX = 0.05
_WORD = re.compile(r"[^\s,;:।.!?()\[\]\"'“”‘’-]+")
_POSTPOSITIONS = frozenset({"का", "की", "के", "को", "में", "पर", "से", "तक", "लिए", "of", "the", "a"})

Interval = tuple[float, float]


@dataclass(frozen=True, slots=True)
class MeasureKey:
    """Everything two figures must share to be compared."""

    kind: str
    thing: str = ""
    subject: str = ""
    object: str = ""
    status: str = "actual"
    unit: str = ""
    event: str = ""  # a date's event, or the event a duration measures

    @property
    def short(self) -> tuple[str, str, str, str]:
        """``(kind, subject, object, status)``: the measure as the GUIDE names it."""
        return self.kind, self.subject, self.object, self.status

    def describe(self) -> str:
        """``seats (total) · Maharashtra · actual``."""
        kind = f"{self.kind} ({self.thing})" if self.thing else self.kind
        parts = [kind, self.subject or "(no subject)"]
        if self.object:
            parts.append(f"→ {self.object}")
        if self.unit:
            parts.append(self.unit)
        if self.event:
            parts.append(f"event {self.event}")
        parts.append(self.status)
        return " · ".join(parts)


def measure_key(claim: Claim) -> MeasureKey:
    """The measure a claim states (see the module docstring)."""
    kind = REGISTRY.get(claim.kind)
    unit = claim.unit if kind is not None and "unit_in_measure" in kind.traits else ""
    event = claim.event if claim.kind == "date" else (duration_event(claim) if claim.kind == "duration" else "")
    thing = claim.thing or (_word_after(claim) if kind is not None and "noun_is_thing" in kind.traits else "")
    return MeasureKey(claim.kind, thing, claim.subject, claim.object, claim.status, unit, event)


def _word_after(claim: Claim) -> str:
    """What a bare count counts, by the word after it that no kind knows ("298 रन पर सात विकेट": runs
    are no wickets), marked ``~``; "" when that word is a postposition, a verb or a qualifier."""
    d = cues()
    for word in _WORD.findall(_after(claim))[:1]:
        w = fold_word(word.casefold())
        if w in _POSTPOSITIONS or w in _NOT_COUNTED or w in d.finite or w in d.aux or not _LETTERS.search(w) \
                or any(ch.isdigit() for ch in w):
            return ""
        return "~" + _stem(w)
    return ""


#: Words right after a bare number that name nothing counted: particles, conjunctions, qualifiers.
_NOT_COUNTED = frozenset(fold_word(w) for w in
                         ["ने", "ही", "भी", "तो", "और", "व", "एवं", "वाले", "वाली", "वाला", "करीब", "लगभग", "अधिक", "ज्यादा", "कम", "पार", "प्रति"])
_LETTERS = re.compile(r"[\u0900-\u0963\u0971-\u097fa-z]")


def _stem(word: str) -> str:
    for ending in ("ों", "ओं"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word[:-1] + "ा" if word.endswith("े") and len(word) > 2 else word


def _after(claim: Claim) -> str:
    """The sentence after the claim's text ("" when the text is not found in it)."""
    i = claim.sentence.find(claim.text)
    return "" if i < 0 else claim.sentence[i + len(claim.text):]


def duration_event(claim: Claim) -> str:
    """The event a duration measures: the one its clause names (the time a fire took to control:
    ``duration_events`` in comparison.yaml), else the first noun after the figure ("दो दिवसीय
    यात्रा" -> यात्रा).

    Postpositions are skipped ("दो दिन की यात्रा"); oblique forms are folded
    (दौरे -> दौरा). "" when the sentence names nothing after the figure.
    """
    named = comparison.duration_event(claim.sentence, claim.text)
    if named:
        return named
    verbs = cues().finite | cues().aux
    for word in _WORD.findall(_after(claim))[:3]:
        if word.casefold() not in _POSTPOSITIONS:
            # a verb is no event: "तीन दिवसीय भेजे" names nothing the days measure
            return "" if fold_word(word) in verbs else _stem(word.casefold())
    return ""


def stated_interval(claim: Claim) -> Interval | None:
    """The interval as written, in the kind's base unit (no ±5% for approx); None without a number."""
    lo, hi = claim.value_low, claim.value_high
    if lo is None and hi is None:
        return None
    kind = REGISTRY.get(claim.kind)
    if kind is not None and kind.units:
        lo, hi = kind.base_value(lo, claim.unit), kind.base_value(hi, claim.unit, high=True)
    q = claim.qualifier
    if q in ("more_than", "at_least", "vague"):
        return (lo if lo is not None else hi), math.inf  # type: ignore[return-value]
    if q in ("less_than", "at_most"):
        return -math.inf, (hi if hi is not None else lo)  # type: ignore[return-value]
    if lo is None:
        lo = hi
    if hi is None:
        hi = lo
    return (min(lo, hi), max(lo, hi))  # type: ignore[type-var]


def interval(claim: Claim) -> Interval:
    """The values a claim allows: approx ±5% (so is a fraction of a scale in words, "ढाई हजार"),
    open ends as ``-inf``/``inf``.

    ``more_than``/``at_least`` are open upward, ``less_than``/``at_most``
    downward, ``vague`` (हजारों -> 1000) is open upward from its low bound,
    ``range`` keeps both ends. A claim without a number gives ``(-inf, inf)``.
    """
    s = stated_interval(claim)
    if s is None:
        return -math.inf, math.inf
    lo, hi = s
    if claim.qualifier == "approx" or claim.qualifier == "exact" and rounded_in_words(claim.text):
        lo, hi = lo - abs(lo) * APPROX, hi + abs(hi) * APPROX
    return float(lo), float(hi)


def overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def relative_gap(a: Interval, b: Interval) -> float:
    """Distance between two intervals relative to the smaller of the facing ends (0 if they overlap)."""
    if overlap(a, b):
        return 0.0
    low, high = (a[1], b[0]) if a[1] < b[0] else (b[1], a[0])
    base = min(abs(low), abs(high)) or max(abs(low), abs(high))
    return (high - low) / base if base else 0.0
