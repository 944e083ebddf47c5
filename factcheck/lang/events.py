"""Events: the event a date marks, and the events a text is about.

:func:`event_of`: the nearest event cue in a date's clause ("24 फरवरी को रूस ने
हमला किया" -> attack; a cue that is only the backdrop, "यूक्रेन युद्ध के बीच",
loses to one that is not). :func:`story_events`: the event nouns of
``data/stories.yaml`` a text names (भूकंप, भगदड़, चुनाव), which group documents
into stories and tell a disaster from a war.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from ..datafile import read_yaml
from ..normalize import WORD_END, WORD_START, fold, fold_word
from .cues import DATA_DIR, Cues
from .tokens import Sent, wordset

_ADVERBIAL_HEADS = wordset("दौरान कारण वजह चलते मद्देनजर बावजूद बीच")


def event_of(s: Sent, first: int, ti: int, d: Cues) -> tuple[str, str, int]:
    """(event, cue, token) nearest to the date, its clause first."""
    best: tuple[int, str, str, int] | None = None
    starts = d.events.by_first  # most words start no cue: one dict probe skips them
    for k in range(len(s.words)):
        hit = d.events.match(s.words, k) if s.words[k] in starts else None
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


@lru_cache(maxsize=1)
def _story_events() -> tuple[tuple[str, str, re.Pattern[str], tuple[str, ...]], ...]:
    """(label, its word, its pattern, needles): a text holding none of the needles (the
    lower-cased first word of each phrase) cannot match, so its pattern is not run."""
    raw = read_yaml(DATA_DIR / "stories.yaml")["events"]
    out = []
    for label, words in raw.items():
        folded = sorted({fold(str(w))[0] for w in words}, key=len, reverse=True)
        alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in folded)
        needles = tuple(sorted({w.split()[0].lower() for w in folded if w.split()}))
        out.append((label, str(words[0]), re.compile(rf"{WORD_START}(?:{alternation}){WORD_END}", re.I), needles))
    return tuple(out)


_NO_WORD_BEFORE = WORD_START


@lru_cache(maxsize=64)
def _scanner(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` without its leading lookbehind: every place ``rx`` matches, this matches too, and the
    regex engine searches for it much faster (a leading lookbehind is tried at every position)."""
    return re.compile(rx.pattern.removeprefix(_NO_WORD_BEFORE), rx.flags)


def _count(rx: re.Pattern[str], text: str, first_only: bool = False) -> int:
    """``len(rx.findall(text))`` (at most 1 with ``first_only``), trying ``rx`` only where its
    :func:`_scanner` matches."""
    scan, n, pos = _scanner(rx), 0, 0
    while pos <= len(text) and (m := scan.search(text, pos)) is not None:
        hit = rx.match(text, m.start())
        if hit is None:
            pos = m.start() + 1
            continue
        if hit.end() == hit.start():  # an empty phrase: findall's own rules
            return min(len(rx.findall(text)), 1 if first_only else len(text) + 1)
        n += 1
        if first_only:
            break
        pos = hit.end()
    return n


@lru_cache(maxsize=1)
def _any_needle() -> re.Pattern[str]:
    """Any label's needle (see :func:`_story_events`)."""
    needles = {w for *_, ns in _story_events() for w in ns}
    return re.compile("|".join(map(re.escape, sorted(needles, key=len, reverse=True))))


@lru_cache(maxsize=1)
def disaster_events() -> frozenset[str]:
    """Event labels of events without two sides (quake, flood, stampede, air crash ...)."""
    raw = read_yaml(DATA_DIR / "stories.yaml")
    return frozenset(raw.get("disasters") or ())


@lru_cache(maxsize=1)
def two_sided_events() -> frozenset[str]:
    """Events with two sides (a war, a clash): the only ones whose people held are a side's captured."""
    return frozenset(read_yaml(DATA_DIR / "stories.yaml").get("two_sided") or ())


@lru_cache(maxsize=1)
def placed_date_events() -> frozenset[str]:
    """Date events (an accident, a disaster) whose date, in a disaster's document, is the place's."""
    return frozenset(read_yaml(DATA_DIR / "stories.yaml").get("placed_date_events") or ())


@lru_cache(maxsize=1)
def duty_events() -> frozenset[str]:
    """Events whose soldiers and policemen are on duty, not a side's troops: every disaster, and
    the events ``on_duty`` in ``data/stories.yaml`` (an election's count)."""
    return disaster_events() | frozenset(read_yaml(DATA_DIR / "stories.yaml").get("on_duty") or ())


@lru_cache(maxsize=1)
def widespread_events() -> frozenset[str]:
    """Disaster labels that spread over a region (``widespread`` in ``data/stories.yaml``)."""
    return frozenset(read_yaml(DATA_DIR / "stories.yaml").get("widespread") or ())


@lru_cache(maxsize=1)
def _spreading() -> re.Pattern[str]:
    words = sorted((fold_word(str(w)) for w in read_yaml(DATA_DIR / "stories.yaml").get("spreading") or ()),
                   key=len, reverse=True)
    return re.compile("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)")


def spreads(folded: str) -> bool:
    """Whether a document's text says its disaster's toll is the rain's over a region (``spreading`` in
    ``data/stories.yaml``: "बारिश का कहर"), whatever event it names."""
    return _spreading().search(folded) is not None


#: A consequence (fire, blast, gas leak) named more than this many times as often as the disaster or
#: war it could follow is the event itself (a port's blast that mentions "हमला" twice; a fuel depot's
#: blast in a war, named only twice as often as the fighting, stays the war's).
CONSEQUENCE_LEADS = 3


def story_events(text: str) -> dict[str, int]:
    """Event labels (``data/stories.yaml``) named in ``text`` -> how often, most first."""
    return dict(_story_events_in(text))


@lru_cache(maxsize=16)  # a document's text is read by the discourse and again by its profile
def _story_events_in(text: str) -> tuple[tuple[str, int], ...]:
    folded = fold(text)[0]
    lower = folded.lower()
    if not _any_needle().search(lower):  # most sentences name no event: one search says so
        return ()
    found = {label: n for label, _, rx, needles in _story_events()
             if any(map(lower.__contains__, needles)) and (n := _count(rx, folded))}
    causes = [n for k, n in found.items() if k not in _consequences() and (k in disaster_events() or k in war_events())]
    if causes:
        # "विमान हादसे के बाद आग": the fire follows the crash (but a blast the minister visited is the blast);
        # a fire named far more often than the heat it burned in ("भीषण गर्मी" once) is the event itself
        found = {k: n for k, n in found.items()
                 if k not in _consequences() or n > CONSEQUENCE_LEADS * max(causes)} or found
    # on a tie the event the headline names first leads ("बादल फटा: …", "बादल फटा, … सैलाब में" over the
    # flood its body names as often)
    headline = folded.split("\n", 1)[0]
    rxs = {label: rx for label, _, rx, _ in _story_events()}

    def first_in_headline(label: str) -> int:
        m = rxs[label].search(headline)
        return m.start() if m else len(headline)

    return tuple(sorted(found.items(), key=lambda kv: (-kv[1], first_in_headline(kv[0]))))


@lru_cache(maxsize=1)
def _consequences() -> frozenset[str]:
    """Event labels that follow another (``consequences`` in ``data/stories.yaml``)."""
    return frozenset(read_yaml(DATA_DIR / "stories.yaml").get("consequences") or ())


@lru_cache(maxsize=1)
def _happened() -> re.Pattern[str]:
    words = [fold(str(w))[0] for w in read_yaml(DATA_DIR / "stories.yaml").get("happened") or ()]
    return re.compile(rf"{WORD_START}(?:{'|'.join(map(re.escape, words))}){WORD_END}")


def tells_event(sentence: str) -> bool:
    """Whether ``sentence`` says an event happened: an event noun (भूकंप, भगदड़) or a generic
    one (हादसा, घटना; ``happened`` in ``data/stories.yaml``)."""
    folded = fold(sentence)[0]
    return _names_event(folded) or bool(_happened().search(folded))


def _names_event(folded: str) -> bool:
    """``bool(story_events(folded))``, stopping at the first event noun found."""
    lower = folded.lower()
    if not _any_needle().search(lower):
        return False
    return any(any(map(lower.__contains__, needles)) and _count(rx, folded, first_only=True)
               for _, _, rx, needles in _story_events())


def event_word(label: str) -> str:
    """The Hindi noun that names an event label (quake -> भूकंप)."""
    return next((word for lab, word, _, _ in _story_events() if lab == label), label)


@lru_cache(maxsize=1)
def _span_days() -> dict[str, int]:
    raw = read_yaml(DATA_DIR / "stories.yaml")
    return {str(k): int(v) for k, v in (raw.get("span_days") or {}).items()}


def span_days(label: str) -> int:
    """How many days apart two reports of one ``label`` event may be published."""
    days = _span_days()
    return days.get(label, days.get("default", 10))


@lru_cache(maxsize=1)
def war_events() -> frozenset[str]:
    """Event labels of a war between two sides (``wars`` in ``data/stories.yaml``)."""
    return frozenset(read_yaml(DATA_DIR / "stories.yaml").get("wars") or ())


@lru_cache(maxsize=1)
def part_of_disasters() -> frozenset[str]:
    """Event labels told as a part of a disaster's coverage (``part_of_disasters`` in
    ``data/stories.yaml``): a visit to the site, arrests after a hooch tragedy."""
    return frozenset(read_yaml(DATA_DIR / "stories.yaml").get("part_of_disasters") or ())


def leading_event(events: Mapping[str, int]) -> str:
    """The event label ``events`` (label -> mentions) names most, "" for none; a visit or arrests
    yield to a disaster named beside them (a minister at the site of a blast, arrests after a
    hooch tragedy, a crash on a pilgrims' "यात्रा")."""
    if any(k in disaster_events() for k in events):
        events = {k: n for k, n in events.items() if k not in part_of_disasters()}
    events = {k: n for k, n in events.items() if not _yields_to().get(k, frozenset()) & events.keys()}
    events = {k: n for k, n in events.items()
              if not any(events.get(o, 0) >= YIELD_SHARE * n for o in _yields_to("yields_to_much").get(k, ()))}
    return max(events, key=lambda k: events[k]) if events else ""


#: A label of ``yields_to_much`` yields to one named at least this share as often as it ("रूसी मंत्री
#: का प्योंगयांग दौरा" told through the troops sent to the war: the war's story).
YIELD_SHARE = 0.5


@lru_cache(maxsize=2)
def _yields_to(key: str = "yields_to") -> dict[str, frozenset[str]]:
    """Event label -> the labels it yields to when named beside them (``yields_to`` in
    ``data/stories.yaml``: a pilgrimage's "यात्रा" is no visit), or named that often (``yields_to_much``)."""
    raw = read_yaml(DATA_DIR / "stories.yaml").get(key) or {}
    return {str(k): frozenset(map(str, v)) for k, v in raw.items()}
