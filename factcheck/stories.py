"""Stories: the documents that report one event, from several outlets and days.

Each document gets a *profile* when it is extracted (``profile``): the event
nouns it uses (भूकंप, भगदड़, चुनाव; ``lang/data/stories.yaml``), the actors and
places it names most, the years its event dates name, and its content words
(``lang/terms.py``). ``form_stories`` groups documents whose profiles agree — a
shared main actor or place, publication dates close together (or, for undated
documents, the same years), and either the same event noun or, where the event
data has no noun for what happened (a ropeway, a drought), the same rare
content words — into ``Story`` records. Two earthquakes in one country two
years apart, or two elections of one house, are two stories: their dates or
years differ. The comparison pass looks for conflicts only inside a story.

The grouping is one pass over the documents in publication order; a document
is compared only with the stories indexed under one of its main names together
with one of its most telling content words, whose reports are recent, so the cost
grows with the number of documents, not with their pairs (20,000 reports that all
name India, a year of them: 10 s).
Hand-written: an event-grouping of Hindi news that no library offers offline.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .lang.events import event_word, leading_event, span_days, story_events, war_events
from .lang.terms import content_terms, rarity, similarity
from .model import Claim, EntityMention, Story

_DATA = Path(__file__).parent / "lang" / "data" / "stories.yaml"
#: How many of a document's most-named actors and places take part in matching.
TOP_NAMES = 6
#: Entity types that say where or who a story is about.
_NAME_TYPES = frozenset({"state", "place", "person", "party", "organisation", "organization", "institution", ""})
#: How alike (:func:`lang.terms.similarity`) the words of two reports must be to be one story:
#: when neither names an event noun the data knows (a ropeway, a drought); when their event nouns
#: differ (an outlet calling a ropeway's stall an accident, another a rescue); when they are the same.
SAME_WORDS = 0.3
OTHER_EVENT_WORDS = 0.5
SAME_EVENT_WORDS = 0.2
#: How many of a report's most telling content words index it for the stories it may join.
KEY_TERMS = 10


def profile(text: str, entities: Sequence[EntityMention], claims: Sequence[Claim] = (),
            words: Iterable[tuple[str, bool]] = ()) -> dict[str, Any]:
    """What a document is about: ``events`` (label -> mentions), ``names`` (most named actors and
    places -> mentions), ``years`` (years its event dates name -> mentions), ``yearless``
    (how many of its event dates name no year: "29 जनवरी को", a report of a current event),
    ``terms`` (its content words from ``words``, ``(word, in_headline)`` pairs -> weight)."""
    events = story_events(text)
    names = Counter(e.name for e in entities if e.type in _NAME_TYPES and e.name)
    dated = [c for c in claims if c.kind == "date" and c.event and not c.furniture]
    years = Counter(int(c.when[:4]) for c in dated if c.when[:4].isdigit())
    return {
        "events": events,
        "names": dict(names.most_common(TOP_NAMES)),
        "years": {str(y): n for y, n in years.most_common()},
        "yearless": sum(c.when.startswith("--") for c in dated),
        "terms": content_terms(words),
    }


def main_event(prof: dict[str, Any]) -> str:
    """The event label a profile names most ("" when none); a visit or arrests yield to a disaster
    the document names (a minister at the site of a blast, arrests after a hooch tragedy)."""
    return leading_event(prof.get("events") or {})


def _day(published: str) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


@dataclass
class _Group:
    """A story being formed."""

    id: str
    events: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    terms: Counter[str] = field(default_factory=Counter)
    years: Counter[int] = field(default_factory=Counter)
    days: list[date] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    last: date | None = None  # its latest report's day
    _top: list[str] | None = None

    @property
    def event(self) -> str:
        """The event its reports name most ("" when none names one)."""
        return self.events.most_common(1)[0][0] if self.events else ""

    def add(self, source: str, event: str, prof: dict[str, Any], day: date | None) -> None:
        self.sources.append(source)
        if event:
            self.events[event] += 1
        self.names.update(prof.get("names") or {})
        self._top = None
        self.terms.update(prof.get("terms") or {})
        self.years.update({int(y): n for y, n in (prof.get("years") or {}).items()})
        if day is not None:
            self.days.append(day)
            self.last = day if self.last is None else max(self.last, day)

    def top(self) -> list[str]:
        """Its :data:`TOP_NAMES` most named actors and places (worked out once per report added)."""
        if self._top is None:
            self._top = [n for n, _ in self.names.most_common(TOP_NAMES)]
        return self._top

    def done(self, day: date) -> bool:
        """Whether a report of ``day`` comes too long after its latest one to be of it (its event's
        span, ``span_days``): reports come in date order, so it takes no more dated reports."""
        return self.last is not None and (day - self.last).days > span_days(self.event)


def _fits(group: _Group, event: str, prof: dict[str, Any], day: date | None, idf: dict[str, float]) -> float:
    """How well a document fits a story (0 = not at all)."""
    if day is not None and group.last is not None and (day - group.last).days > span_days(event or group.event):
        return 0.0  # reports come in date order: its latest report is the nearest
    names = list((prof.get("names") or {}).keys())
    shared = set(names) & set(group.top())
    if not shared:
        return 0.0
    years = {int(y) for y in (prof.get("years") or {})}
    if day is None and prof.get("yearless"):
        years = set()  # an undated report of a current event: the years it names are its background
    known = set(group.years) | {d.year for d in group.days}
    if day is not None:
        years.add(day.year)
        if group.last is not None:  # within the story's span (above): a report of 1 January joins 31 December's
            known.add(day.year)
    if years and known and not years & known:
        return 0.0
    worded = "terms" in prof and bool(group.terms)
    words = similarity(prof["terms"], group.terms, idf) if worded else 0.0
    if event and (event == group.event or _names_often(prof, group.event)):
        one_war = event in war_events() and len(names) > 1 and set(names[:2]) <= set(group.top()[:2])
        if worded and words < SAME_EVENT_WORDS and not one_war:
            return 0.0  # two train accidents a day apart are told in other words (their places, trains)
    elif not worded:
        return 0.0  # a profile stored before content words: only its event noun says what happened
    elif words < (OTHER_EVENT_WORDS if event and group.event else SAME_WORDS):
        return 0.0
    weight = len(shared) / max(1, min(len(names), TOP_NAMES))
    return weight + (0.5 if names and names[0] in group.top()[:2] else 0.0)


def _names_often(prof: dict[str, Any], event: str) -> bool:
    """Whether a document names ``event`` at least half as often as its own leading event (a typhoon's
    report that names the floods it brought a little more often is of the typhoon's story)."""
    events = prof.get("events") or {}
    return bool(event) and 2 * events.get(event, 0) >= max(events.values(), default=0) > 0


def _story_id(source: str) -> str:
    return "s" + hashlib.sha1(source.encode("utf-8")).hexdigest()[:7]


def form_stories(documents: Iterable[tuple[str, str, dict[str, Any]]]) -> list[Story]:
    """Group ``(source, published, profile)`` triples into stories, earliest first.

    A document joins the story it fits best (:func:`_fits`), else starts one.
    Story ids come from the story's first document, so they stay the same while
    that document does.
    """
    docs = sorted(documents, key=lambda d: (_day(d[1]) is None, d[1][:10], d[0]))
    idf = rarity((d[2].get("terms") or {}).keys() for d in docs)
    groups: list[_Group] = []
    index: dict[tuple[str, str], list[int]] = {}
    for source, published, prof in docs:
        event, day = main_event(prof), _day(published)
        keys = _keys(event, prof, idf)
        candidates: set[int] = set()
        for key in keys:
            listed = index.get(key)
            if listed and day is not None:  # reports come in date order: a story quiet for longer is done
                listed[:] = [g for g in listed if not groups[g].done(day)]
            candidates.update(listed or ())
        best, best_score = None, 0.0
        for gi in sorted(candidates):
            score = _fits(groups[gi], event, prof, day, idf)
            if score >= best_score and score > 0:  # a tie goes to the latest story: news is current
                best, best_score = gi, score
        if best is None:
            groups.append(_Group(_story_id(source)))
            best = len(groups) - 1
        groups[best].add(source, event, prof, day)
        for key in keys:
            listed = index.setdefault(key, [])
            if best not in listed[-3:]:  # a story is listed once per key (its latest reports are last)
                listed.append(best)
    return [_story(g) for g in groups]


def _keys(event: str, prof: dict[str, Any], idf: dict[str, float]) -> set[tuple[str, str]]:
    """Where a report looks for the stories it may join, and is found by the reports after it: each
    of its main names with each of its :data:`KEY_TERMS` most telling content words (words alike
    enough to be one story share some of them; a profile stored before content words: with its event
    noun). Stories of other names or words are never scored."""
    terms = prof.get("terms") or {}
    telling = sorted(terms, key=lambda t: (-terms[t] * idf.get(t, 0.0), t))[:KEY_TERMS]
    # a profile stored before content words is found by its event noun alone
    tags = [f"word:{t}" for t in telling] or ([f"event:{event}"] if event else [])
    return {(name, tag) for name in (prof.get("names") or {}) for tag in tags}


def _story(g: _Group) -> Story:
    first = min(g.days).isoformat() if g.days else ""
    last = max(g.days).isoformat() if g.days else ""
    span = first if first == last else f"{first}..{last}"
    parts = [event_word(g.event) if g.event else "—", *g.top()[:2]]
    if span:
        parts.append(span)
    elif g.years:
        parts.append(str(g.years.most_common(1)[0][0]))
    return Story(g.id, " · ".join(parts), tuple(sorted(g.sources)), first, last)
