"""Event of a date: the nearest event cue in the date's clause.

"24 फरवरी को रूस ने हमला किया" -> attack; a cue that is only the backdrop
("यूक्रेन युद्ध के बीच") loses to one that is not.
"""

from __future__ import annotations

from .cues import Cues
from .tokens import Sent, wordset

_ADVERBIAL_HEADS = wordset("दौरान कारण वजह चलते मद्देनजर बावजूद बीच")


def event_of(s: Sent, first: int, ti: int, d: Cues) -> tuple[str, str, int]:
    """(event, cue, token) nearest to the date, its clause first."""
    best: tuple[int, str, str, int] | None = None
    for k in range(len(s.words)):
        hit = d.events.match(s.words, k)
        if not hit:
            continue
        dist = first - k if k < first else k - ti
        if k >= first and k < ti:
            continue
        if s.clause[k] != s.clause[first]:
            dist += 100
        if k < first:
            dist += 1  # following cues win ties
        after = k + hit[1]
        if after + 1 < len(s.words) and s.words[after] in d.genitive \
                and s.words[after + 1] in _ADVERBIAL_HEADS | d.between | d.ignore:
            dist += 50  # "यूक्रेन युद्ध के बीच … मुलाकात": the backdrop, not the event
        key = (dist, hit[0], " ".join(s.words[k:k + hit[1]]), k)
        if best is None or key < best:
            best = key
    if best is None:
        return "", "", -1
    return best[1], best[2], best[3]
