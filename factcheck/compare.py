"""The comparison pass: find claims from different sources that disagree.

Two claims are compared only when they state the same measure
(``factcheck.measure.measure_key``: kind, thing counted, subject, object,
status, unit where it is part of the measure, a date's event) within the same
story (``factcheck.stories``). Claims are grouped by measure first, so the pass
costs one walk over the claims plus the pairs inside a group (dated pairs
further limited by the time window). Kind traits come from the registry
(``factcheck.kinds``); the Hindi wording it reads is in ``lang/comparison.py``.

Rules (GUIDE.md "Conflicts"):

* Page-furniture claims are never compared (linked headlines belong to other
  stories), nor increments ("9 और शव"), leads ("2 सीटों पर आगे चल रहे"), or
  durations whose event is not named.
* Claims of two stories never meet; without stories (an old ledger) every
  claim is in one.
* Subject: a claim with an empty subject is compared only inside a known story:
  there it meets any subject of the measure, except for a side's people and
  things (troops, killed, missiles ...), where it meets only another claim that
  names no side either (45 vs 52 flood deaths, neither naming the place).
* Object: a claim with an empty object compares with claims that give one.
  ``generic`` kinds (count, money, percent, duration) need a subject and an
  object or the thing counted.
* Statuses never meet: ``planned``, ``possible``, ``actual`` and ``claimed_false``
  (a denied figure) are compared only with figures of the same status, and two
  denials are not compared at all (GUIDE: a conflict needs the same status).
* Two figures conflict when their intervals (``measure.interval``: approx
  ±5%, open ends, units converted to the kind's base unit) do not overlap,
  unless one is more than ``max_ratio`` times the other (``FAR_APART``): two
  reports of one figure rarely differ that much, two figures of different
  things or events often do ("2000 से ज्यादा लोगों की मौत" against "एक
  व्यक्ति की मौत"). Things whose figures sources give far apart by nature
  (``far_apart_things``: each side's claim of the other's soldiers killed,
  agencies' quake depths) are compared however far apart.
* Figures are placed at their document's ``published`` date. Dated figures
  more than ``window_days`` apart are not compared; figures with an unknown
  date are, and the reason says so.
* Updates: for ``cumulative`` kinds a later, larger figure is an update; so is
  a larger figure whose sentence says it is the latest ("बढ़कर … हो गई", "अब
  तक"), whatever the dates. Election ``tally`` kinds are running totals in a
  report written while counting goes on. A figure marked provisional
  ("अनंतिम आंकड़ों") against one that is not is a revision, not a conflict.
* Date claims conflict when their calendar intervals do not overlap, for the
  same event and subject; year-less dates and claims without an event are
  never compared. The window does not apply to them.
* Period: a figure whose sentence names a year (a date claim in the same
  sentence) is about those years, else about its publication year; figures
  whose periods are known and disjoint are not compared.
* Every occurrence pair is reported (a headline repeating the body's figure
  disagrees too); with ``distinct``, one pair per figure: the pairs with the
  same values from the same two documents are reported once, preferring body
  sentences (ending in ।/.), then the longer sentences.
"""

from __future__ import annotations

import hashlib
import json
import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from factcheck.kinds import REGISTRY
from factcheck.lang import comparison
from factcheck.measure import (
    Interval,
    MeasureKey,
    duration_event,
    interval,
    measure_key,
    overlap,
    relative_gap,
    stated_interval,
)
from factcheck.model import Claim, when_interval

__all__ = [
    "CONFLICT_COLUMNS", "Conflict", "comparable", "conflict_key", "conflict_row", "describe",
    "duration_event", "find_conflicts", "interval", "is_increment", "is_lead", "relative_gap",
    "stated_interval",
]

_TERMINAL = ("।", ".", "?", "!", "|", "॥")
#: Relative gap from which a conflict is ``major``.
MAJOR_GAP = 0.15
#: How many times another a figure may be and still be a disagreement about one figure: the pairs
#: further apart are figures of two things or events in nine cases out of ten (measured on the
#: forty-eight read held-out gold sets: precision 0.11 above twice, 0.9 below; on two sets written
#: after it, every pair further apart than twice was a false alarm).
FAR_APART = 2.0
#: Figures written in different units that differ by less than this share are one figure rounded in
#: each unit ("422.76 मीटर" and "1,387 फीट", 422.7576 m).
CONVERSION_NOISE = 0.002
#: Date conflicts at most this many days apart are ``minor``.
MINOR_DATE_DAYS = 2
#: Two dates of one event further apart than this are two events (this year's quake and the
#: one a story recalls from 2015), not a disagreement about one: 45 days between two days, a month
#: (``_MONTH_DAYS``) from a month's end ("सितंबर में" recalled in a story of 14 November), 400
#: between the middles when either date names only a year ("2022 vs 2023" is a disagreement).
MAX_DATE_GAP_DAYS = 45
MAX_COARSE_DATE_GAP_DAYS = 400
#: Longest interval of a date that names a month (a longer one names a year or a season), and how
#: far from it another date of the same event may fall.
_MONTH_DAYS = 31

#: ``conflict_row`` keys, in order: GUIDE.md's scored columns, then the rest.
CONFLICT_COLUMNS: tuple[str, ...] = (
    "conflict_id", "kind", "subject", "object",
    "a_claim_id", "a_source", "a_start", "a_end", "a_text", "a_value_low", "a_value_high",
    "b_claim_id", "b_source", "b_start", "b_end", "b_text", "b_value_low", "b_value_high",
    "severity", "reason", "type", "status", "gap", "key", "thing", "story",
    "a_published", "b_published", "a_when", "b_when", "a_sentence", "b_sentence",
)

Measure = MeasureKey


@dataclass
class Conflict:
    """Two claims of one measure that disagree.

    ``type`` is ``"conflict"`` (intervals apart) or ``"date"`` (an event placed
    on different days). ``gap`` is the relative gap between the
    figures as written (0.10 for 10%); for ``"date"`` it is the number of days
    between the midpoints of the two calendar intervals. ``key`` survives re-extraction.
    """

    a: Claim
    b: Claim
    type: str
    severity: str
    gap: float
    reason: str
    key: str
    measure: MeasureKey


def _num(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


_QUALIFIER_WORDS = {
    "approx": "about ", "more_than": "more than ", "at_least": "at least ",
    "less_than": "less than ", "at_most": "at most ",
}


def describe(claim: Claim) -> str:
    """A figure in words: ``about 10,000``, ``more than 12,000,000``, ``8,000–9,000``."""
    s = stated_interval(claim)
    if s is None:
        return claim.text
    lo, hi = s
    if claim.qualifier == "range" and lo != hi:
        text = f"{_num(lo)}–{_num(hi)}"
    elif claim.qualifier == "vague":
        text = f"{_num(lo)}+ (vague)"
    else:
        value = claim.value if claim.value is not None else lo
        text = _QUALIFIER_WORDS.get(claim.qualifier, "") + _num(value)
    if claim.kind == "percent":
        return text + "%"
    return f"{text} {claim.unit}" if claim.unit else text


def _percent(gap: float) -> str:
    pct = gap * 100
    return f"{pct:.0f}%" if pct >= 10 or pct.is_integer() else f"{pct:.1f}%"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def describe_when(when: str) -> str:
    """``2024-06-19`` -> ``19 June 2024``; ``2024-06`` -> ``June 2024``; others unchanged."""
    parts = when.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return when


def is_increment(claim: Claim) -> bool:
    """Whether a figure is an increment ("9 और शव": nine more bodies), not a total."""
    return claim.qualifier != "range" and (claim.thing == "batch" or comparison.is_increment(claim.text))


def is_lead(claim: Claim) -> bool:
    """Whether a seats/votes figure counts leads ("2 सीटों पर उसके उम्मीदवार आगे चल रहे हैं")."""
    if claim.kind not in REGISTRY.with_trait("tally"):
        return False
    return claim.thing == "leading" or comparison.is_lead(claim.sentence, claim.text)


def counted_lead(claim: Claim, provisional: set[str]) -> bool:
    """A seats/votes figure of a report written while counting goes on that no word marks as
    won ("एमवीए 55 पर सिमटी"): a lead, not a result."""
    return claim.kind in REGISTRY.with_trait("tally") and claim.source in provisional \
        and not claim.reasons.get("thing")


def provisional_sources(claims: Iterable[Claim]) -> set[str]:
    """Documents written while counting goes on: some sentence of theirs speaks of trends or leads,
    and none gives the final result."""
    claims = list(claims)
    done = {c.source for c in claims if comparison.counting_done(c.sentence)}
    return {c.source for c in claims if c.source not in done and comparison.counting_in_progress(c.sentence)}


def running_total(kind: str, earlier_source: str, provisional: set[str], thing: str = "") -> bool:
    """Whether a later, larger figure of this kind (and thing) updates an earlier one from
    ``earlier_source``."""
    if kind not in REGISTRY:
        return False
    record = REGISTRY[kind]
    return record.cumulative(thing) or ("tally" in record.traits and earlier_source in provisional)


def _is_body(claim: Claim) -> bool:
    """A full sentence (ends in ।/.), not a headline."""
    return claim.sentence.rstrip(" \"'”’").endswith(_TERMINAL)


def published_day(claim: Claim) -> date | None:
    """The claim's publication date (``published``, ISO date or datetime), or None."""
    try:
        return date.fromisoformat((claim.published or "")[:10])
    except ValueError:
        return None


def _ident(claim: Claim) -> str:
    def n(v: float | None) -> float | None:
        return None if v is None else float(v)

    # A ledger claim's stable key (document, text, occurrence) outlives edits elsewhere in the file.
    place: list[object] = [claim.key] if claim.key else [claim.start, claim.end]
    parts: list[object] = [claim.source, *place, claim.kind, n(claim.value_low), n(claim.value_high)]
    if claim.kind == "date":
        parts.append(claim.when)
    return json.dumps(parts, ensure_ascii=False)


def conflict_key(a: Claim, b: Claim) -> str:
    """Order-free identity of a pair, from (source, start, end, kind, value_low, value_high).

    A claim read from the ledger stands by its stable ``key`` instead of its
    offsets. Claim ids are left out: they change when a document is re-extracted, and
    the ledger keys user resolutions on this. Date claims add ``when``.
    """
    joined = "\n".join(sorted((_ident(a), _ident(b))))
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class _Item:
    claim: Claim
    day: int | None  # publication date as an ordinal
    iv: Interval  # widened interval (or calendar ordinals for dates)
    stated: Interval
    years: frozenset[int] = frozenset()  # the period: years named in the sentence, else published
    days: frozenset[str] = frozenset()  # days named in the sentence ("रविवार को", "12 जून को"), month-day
    since: bool = False  # a count the sentence runs from a date it names ("2022 में युद्ध शुरू होने के बाद से")
    window: str = ""  # the span the sentence counts over ("रातभर में" -> night, "इस हफ्ते" -> week)
    recalled: bool = False  # dated to a day well before its story's first report: an earlier event
    dated: tuple[int, ...] = ()  # the days named in the sentence, as ordinals


#: The period of a figure of an earlier round of the event ("पिछले चुनाव में"): compared only with
#: figures of an earlier round.
EARLIER_ROUND = "earlier round"


def _item(claim: Claim, years: frozenset[int] = frozenset(), days: frozenset[str] = frozenset(),
          since: bool = False, recalled: bool = False, dated: tuple[int, ...] = (),
          earlier_round: bool = False) -> _Item | None:
    if claim.kind == "date":
        cal = when_interval(claim.when)
        if cal is None:
            return None
        iv = (float(cal[0].toordinal()), float(cal[1].toordinal()))
        stated = iv
    else:
        s = stated_interval(claim)
        if s is None:
            return None
        iv, stated = interval(claim), s
    day = published_day(claim)
    earlier = claim.kind != "date" and (earlier_round or bool(comparison.earlier_round(claim.sentence, claim.text)))
    if not years and day is not None and not earlier:  # "पिछले चुनाव में" is no figure of the year it was written
        years = frozenset({day.year})
    window = EARLIER_ROUND if earlier else comparison.window(claim.sentence) if claim.kind != "date" else ""
    return _Item(claim, day.toordinal() if day else None, iv, stated, years, days, since, window, recalled, dated)


@dataclass(slots=True)
class _Split:
    """Items with their publication dates sorted for window look-ups."""

    items: list[_Item]
    dated: list[_Item]
    days: list[int]
    undated: list[_Item]

    @classmethod
    def of(cls, items: list[_Item]) -> _Split:
        dated = sorted((i for i in items if i.day is not None), key=lambda i: i.day or 0)
        return cls(items, dated, [i.day or 0 for i in dated], [i for i in items if i.day is None])


class _Bucket:
    """The claims of one (status, object), grouped by interval: equal intervals never conflict."""

    def __init__(self) -> None:
        self.items: list[_Item] = []
        self._by_iv: dict[tuple[float, float], list[_Item]] = defaultdict(list)
        self._splits: dict[tuple[float, float], _Split] = {}
        self._los: list[tuple[float, float]] | None = None
        self._his: list[tuple[float, float]] | None = None
        self._hi_ends: list[float] = []

    def add(self, item: _Item) -> None:
        self.items.append(item)
        self._by_iv[item.iv].append(item)

    def split(self, iv: tuple[float, float] | None = None) -> _Split:
        """The items of one interval (all items for None), split by date."""
        if iv not in self._splits:
            self._splits[iv] = _Split.of(self.items if iv is None else self._by_iv[iv])  # type: ignore[index]
        return self._splits[iv]  # type: ignore[index]

    def above(self, x: float) -> list[tuple[float, float]]:
        """Intervals starting above ``x``."""
        if self._los is None:
            self._los = sorted(self._by_iv)
        return self._los[bisect_right(self._los, (x, math.inf)):]

    def below(self, x: float) -> list[tuple[float, float]]:
        """Intervals ending below ``x``."""
        if self._his is None:
            self._his = sorted(self._by_iv, key=lambda iv: iv[1])
            self._hi_ends = [iv[1] for iv in self._his]
        return self._his[:bisect_left(self._hi_ends, x)]

    def intervals(self) -> list[tuple[float, float]]:
        return list(self._by_iv)


def _pairs_across(xs: list[_Item], ys: _Split, window: int | None) -> Iterator[tuple[_Item, _Item]]:
    """Every (x, y) pair at most ``window`` days apart (or with a date unknown)."""
    for x in xs:
        if window is None or x.day is None:
            yield from ((x, y) for y in ys.items)
            continue
        lo, hi = bisect_left(ys.days, x.day - window), bisect_right(ys.days, x.day + window)
        yield from ((x, y) for y in ys.dated[lo:hi])
        yield from ((x, y) for y in ys.undated)


def _apart_pairs(bx: _Bucket, by: _Bucket, window: int | None) -> Iterator[tuple[_Item, _Item]]:
    """Pairs of items, one from each bucket, whose intervals do not overlap (within the window).

    Works on distinct intervals first, so agreeing claims are never paired:
    the cost follows the number of disagreeing pairs, not the group's size.
    """
    for iv in bx.intervals():
        xs = bx.split(iv).items
        targets = by.above(iv[1]) if bx is by else by.above(iv[1]) + by.below(iv[0])
        for jv in targets:
            yield from _pairs_across(xs, by.split(jv), window)


def _clock(i: _Item) -> str:
    """The time of day its report came out ("14:10"), when its metadata gives one; else ""."""
    published = i.claim.published
    return published[11:16] if len(published) >= 16 and published[10] == "T" else ""


def _later(x: _Item, y: _Item) -> bool:
    """Whether ``y``'s report came out after ``x``'s: a later day, or later the same day by the clock
    both reports' metadata give (a live story's 15 dead at 07:45, 18 at 13:30)."""
    if x.day is None or y.day is None:
        return False
    return x.day < y.day or (x.day == y.day and "" < _clock(x) < _clock(y))


def _ordered(x: _Item, y: _Item) -> tuple[_Item, _Item]:
    """Earlier publication first (unknown last; by the clock within a day), then by source and offset."""
    def k(i: _Item) -> tuple[object, ...]:
        return (i.day is None, i.day or 0, _clock(i), i.claim.source, i.claim.start)

    return (x, y) if k(x) <= k(y) else (y, x)


def _dates_note(x: _Item, y: _Item) -> str:
    if x.day is None and y.day is None:
        return "; dates unknown (neither publication date is known)"
    if x.day is None or y.day is None:
        return "; dates unknown (one publication date is missing)"
    return ""


def _revision(a: Claim, b: Claim) -> str:
    """Why ``b`` revises ``a`` rather than contradicting it: one is marked provisional (or final),
    the other not."""
    pa, pb = (comparison.provisional(c.sentence) or c.reasons.get("provisional", "") for c in (a, b))
    if bool(pa) != bool(pb):
        return f"a provisional figure ({pa or pb}) revised by another"
    fa, fb = comparison.final(a.sentence), comparison.final(b.sentence)
    final, other = (a, b) if fa and not fb else (b, a) if fb and not fa else (None, None)
    if final is not None and other is not None and other.published and other.published[:10] < final.published[:10]:
        # "अंतिम आंकड़ों के अनुसार मतदान 62.1 प्रतिशत" a day after the polling day's 61.4
        return f"a final figure ({fa or fb}) revising an earlier one"
    return ""


def _settled(x: _Item, y: _Item) -> bool:
    """Whether both figures are of years before either was published ("2020 में … 38 लोगों की मौत
    हुई थी" recalled in 2025): a past event's count no longer runs, so a later report is no update."""
    published = [int(c.published[:4]) for c in (x.claim, y.claim) if c.published[:4].isdigit()]
    return bool(x.years and y.years and published) and max(x.years | y.years) < min(published)


def update_between(x: _Item, y: _Item, provisional: set[str]) -> str:
    """Why the two figures are one count at two moments (an update), or "".

    ``x`` is the earlier (see ``_ordered``). A later, larger figure of a running
    total is an update; so is the larger figure when its sentence says the count
    rose or is the latest ("बढ़कर … हो गई", "अब तक"), whatever the dates.
    """
    a, b = x.claim, y.claim
    if a.status != "actual" or b.status != "actual":
        return ""
    larger, smaller = (y, x) if y.iv[0] > x.iv[1] else (x, y) if x.iv[0] > y.iv[1] else (None, None)
    if larger is None or smaller is None:
        return ""
    # the text saying the count rose makes it one that grows, whatever its kind ("मवेशियों का आंकड़ा
    # बढ़कर 31 पहुंच गया"); the dates alone say so only for a kind counted so far
    words = comparison.shows_update(larger.claim.sentence, larger.claim.text)
    if words and not _later(larger, smaller):
        return f"the larger figure is given as the latest count ({words})"
    words = comparison.shows_fall(smaller.claim.sentence, smaller.claim.text)
    if words:  # "लापता लोगों की संख्या घटकर छह रह गई": the missing fall as bodies are found
        return f"the smaller figure is given as the latest count ({words})"
    words = comparison.so_far_in_clause(larger.claim.sentence, larger.claim.text)
    if words and not comparison.so_far_in_clause(smaller.claim.sentence, smaller.claim.text) \
            and larger.day is not None and smaller.day is not None and larger.day >= smaller.day:
        # "IRGC ने दावा किया कि उसने अब तक इजरायल पर 200 से ज्यादा मिसाइलें दागी हैं" after "लगभग 150":
        # the count so far, not a rival figure of the first salvo (two counts so far, "अब तक 7 लाख" and
        # "अब तक 5 लाख", are rivals)
        return f"the larger figure is the count so far ({words})"
    if not running_total(a.kind, a.source, provisional, a.thing) or _settled(x, y):
        return ""
    words = comparison.earlier_count(smaller.claim.sentence, smaller.claim.text)
    if words and not comparison.earlier_count(larger.claim.sentence, larger.claim.text):
        return f"the smaller figure is given as an earlier count ({words})"
    if larger is y and _later(x, y):
        return f"later ({b.published.replace('T', ' ')}) and larger: an update of a running total"
    return ""


def _recalled_year(a: Claim, b: Claim) -> bool:
    """Whether ``a`` is a bare year before its report's own year and ``b`` a day or month of its
    report's year: an earlier edition of a yearly event recalled beside this year's."""
    published_a, published_b = a.published[:4], b.published[:4]
    return (len(a.when) == 4 and a.when.isdigit() and published_a.isdigit() and int(a.when) < int(published_a)
            and len(b.when) > 4 and b.when[:4] == published_b)


def rounded_twice(x: _Item, y: _Item) -> bool:
    """Whether two figures are one figure rounded in two units of their kind ("422.76 मीटर" and "1,387
    फीट"): written in different units, less than ``CONVERSION_NOISE`` apart."""
    a, b = x.claim, y.claim
    units = REGISTRY[a.kind].units
    return a.unit != b.unit and a.unit in units and b.unit in units \
        and relative_gap(x.stated, y.stated) < CONVERSION_NOISE


def too_far_apart(x: _Item, y: _Item, max_ratio: float | None = None) -> bool:
    """Whether one figure is more than ``max_ratio`` times the other (None: ``FAR_APART``; 0: never)
    and of a thing sources do not by nature give far apart: figures of two things or events, not one
    disputed."""
    a = x.claim
    ratio = FAR_APART if max_ratio is None else max_ratio
    return bool(ratio) and a.kind != "date" and relative_gap(x.stated, y.stated) > ratio - 1 \
        and not REGISTRY[a.kind].far_apart(a.thing)


def _check(x: _Item, y: _Item, measure: MeasureKey, provisional: set[str] = frozenset(),  # type: ignore[assignment]
           max_ratio: float | None = None) -> Conflict | None:
    """The conflict between two comparable claims, or None when they agree or are more than
    ``max_ratio`` times apart (see ``FAR_APART``)."""
    x, y = _ordered(x, y)
    a, b = x.claim, y.claim
    if a.kind == "date":
        if overlap(x.iv, y.iv):
            return None
        days = abs(x.iv[0] + x.iv[1] - y.iv[0] - y.iv[1]) / 2  # between midpoints
        yearly = max(x.iv[1] - x.iv[0], y.iv[1] - y.iv[0]) > _MONTH_DAYS
        monthly = not yearly and (x.iv[0] != x.iv[1] or y.iv[0] != y.iv[1])
        apart = days if yearly else max(x.iv[0], y.iv[0]) - min(x.iv[1], y.iv[1])  # between the near ends
        if apart > (MAX_COARSE_DATE_GAP_DAYS if yearly else _MONTH_DAYS if monthly else MAX_DATE_GAP_DAYS):
            return None  # two events of one kind (a story recalls an earlier one), not one disputed
        if yearly and (_recalled_year(a, b) or _recalled_year(b, a)):
            return None  # "वर्ष 2024 में परिणाम 20 मई को आया था" beside this year's 22 May: last year's edition
        about = "" if x.iv[0] == x.iv[1] and y.iv[0] == y.iv[1] else "about "
        reason = (f"{a.event}: {describe_when(a.when)} vs {describe_when(b.when)}: "
                  f"{about}{days:.0f} days apart")
        severity = "minor" if days <= MINOR_DATE_DAYS else "major"
        return Conflict(a, b, "date", severity, days, reason, conflict_key(a, b), measure)
    gap = relative_gap(x.stated, y.stated)
    if overlap(x.iv, y.iv) or _revision(a, b) or update_between(x, y, provisional):
        return None
    if rounded_twice(x, y):
        return None
    if too_far_apart(x, y, max_ratio):
        return None
    reason = f"{describe(a)} vs {describe(b)}: {_percent(gap)} apart"
    if running_total(a.kind, a.source, provisional, a.thing) and a.status == "actual" and _later(x, y):
        what = "a cumulative count" if REGISTRY[a.kind].cumulative(a.thing) else "a count in progress"
        if _settled(x, y):
            reason += f"; a count of {'/'.join(map(str, sorted(x.years | y.years)))}, settled before either report"
        else:
            reason += (f"; the later figure ({b.published[:10]}) is smaller than the earlier "
                       f"({a.published[:10]}) for {what}")
    reason += _dates_note(x, y)
    severity = "minor" if gap < MAJOR_GAP else "major"
    return Conflict(a, b, "conflict", severity, gap, reason, conflict_key(a, b), measure)


#: "अकेले <place> में": one place's share; a part of the whole unless the place became the subject.
_ALONE = "अकेले"


def not_comparable(claim: Claim) -> str:
    """Why a claim takes no part in comparisons, or "" when it does."""
    if claim.furniture:
        return "page furniture (a linked headline, a menu)"
    kind = REGISTRY.get(claim.kind)
    if not claim.subject and not claim.story:
        return "no subject: whose figure it is is not known"
    if claim.kind == "date":
        if comparison.bare_weekday(claim.text):
            return "a bare weekday: placed on the calendar only through the publication date"
        if comparison.relative_year(claim.text):
            return "a year named relative to the publication (पिछले साल): another edition or the same year"
        if claim.thing == "one of several phases":
            return "one of several dates of a poll held in phases"
        other = comparison.other_event(claim.sentence, claim.text)
        if other:  # "मंगलवार (2 सितंबर) को इसी इलाके में एक और भूकंप आया": not the story's quake
            return f"the date of another event ({other})"
        return "" if claim.event else "a date without an event"
    if is_increment(claim):
        return "an increment or batch, not a total"
    revised = comparison.revised_after(claim.sentence, claim.text)
    if revised:
        return f"a figure its own sentence revises ({revised} …)"
    told = comparison.told_before(claim.sentence, claim.text) if claim.kind != "date" else ""
    if told:
        return f"a figure its report gives as told before ({told})"
    adds = comparison.adds_to_total(claim.sentence, claim.text)
    if adds:
        return f"an increment the sentence adds to a total ({adds} … संख्या)"
    if is_lead(claim):
        return "seats led, not won"
    part = (comparison.house_part(claim.sentence, claim.text) or _seats_of_a_part(claim)) \
        if claim.kind in REGISTRY.with_trait("tally") else ""
    if part:
        return f"seats out of a part of the house ({part} …)"
    if claim.kind == "duration" and not duration_event(claim):
        return "a duration of no named event"
    other = comparison.other_event(claim.sentence, claim.text)
    if other:
        return f"a figure of another event ({other})"
    # a loss among the dead ("मृतकों में 52 ब्रिटिश नागरिक शामिल हैं") is its own measure (the thing says
    # whose): only other counts among things named before are mere parts
    among = comparison.included_among(claim.sentence, claim.text) if claim.kind not in _CASUALTY \
        else comparison.out_of(claim.sentence, claim.text)
    own = kind is not None and claim.thing in kind.part_things  # "जिनमें से 371 ड्रोन मार गिराए"
    part = (comparison.subset(claim.sentence, claim.text) or among) if claim.unit != "percent" and not own else ""
    if part.startswith(_ALONE) and not {"place", "subject"} & set(claim.inferred.split(",")):
        part = ""  # "अकेले विदिशा जिले में 18 हजार हेक्टेयर": the place named is the subject, its own measure
    if part:  # "इनमें से 99 प्रतिशत" is a share, the measure itself
        return f"a part of a figure given before ({part})"
    # "27 साल का वनवास"; a count in a unit of measure ("250 लीटर शराब") says by its unit what it measures
    named = claim.thing or (claim.kind == "duration" and duration_event(claim)) \
        or (claim.unit and kind is not None and "noun_is_thing" in kind.traits)
    said = claim.object and "object" not in claim.inferred.split(",")  # an object merely guessed is none
    if kind is not None and "generic" in kind.traits and not (claim.subject and (said or named)):
        return f"{claim.kind} is compared only with a subject and an object or the thing counted"
    return ""


def _seats_of_a_part(claim: Claim) -> str:
    """The place below a state whose seats the figure counts ("मुंबई की 36 सीटों में से महायुति ने 22"),
    or "": a city's or region's seats are a part of the house, never a party's or the house's total."""
    from factcheck.lang.gazetteer import default_gazetteer  # only for seats of a named place

    word = comparison.seats_of_place(claim.sentence, claim.text)
    if not word:
        return ""
    gazetteer = default_gazetteer()
    place = gazetteer.lookup(word)
    if place is None or place.type != "place":
        return ""
    state = gazetteer.parent(place.name)
    return f"{word} की" if state and gazetteer.parent(state) else ""


def comparable(claim: Claim) -> bool:
    """Whether a claim takes part in comparisons (see ``not_comparable``)."""
    return not not_comparable(claim)


def _sentence_years(claims: list[Claim]) -> dict[tuple[str, int], tuple[tuple[str, int], ...]]:
    """(source, sentence_index) -> (the date's text, the year) of its date claims that name a year."""
    out: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for c in claims:
        if c.kind == "date" and c.when[:4].isdigit() and not comparison.starts_a_count(c.sentence, c.text) \
                and not comparison.names_a_figures_year(c.sentence, c.text) \
                and not comparison.marks_a_record(c.sentence, c.text):
            out[(c.source, c.sentence_index)].append((c.text, int(c.when[:4])))
    return {k: tuple(v) for k, v in out.items()}


def _years_of(claim: Claim, named: tuple[tuple[str, int], ...]) -> frozenset[int]:
    """The years of ``named`` that are ``claim``'s: not those of a clause after its own ("… 24 सीटें
    आईं, जबकि 2018 में वह सिर्फ 16 जीत पाई थी": 2018 is the 16's year, not the 24's)."""
    return frozenset(year for text, year in named
                     if claim.kind == "date" or not comparison.in_later_clause(claim.sentence, claim.text, text))


def _sentences_since(claims: list[Claim]) -> frozenset[tuple[str, int]]:
    """(source, sentence_index) of the sentences whose count runs from a date they name ("फरवरी
    2022 में युद्ध शुरू होने के बाद से अब तक …")."""
    return frozenset((c.source, c.sentence_index) for c in claims
                     if c.kind == "date" and comparison.starts_a_count(c.sentence, c.text))


def _sentence_days(claims: list[Claim]) -> dict[tuple[str, int], tuple[tuple[str, str, int], ...]]:
    """(source, sentence_index) -> (the date's text, month-day, the day as an ordinal) of its date
    claims that name a day."""
    out: dict[tuple[str, int], list[tuple[str, str, int]]] = defaultdict(list)
    for c in claims:
        if c.kind == "date" and len(c.when) == 10 and c.when[-3] == "-":
            try:
                ordinal = date.fromisoformat(c.when).toordinal()
            except ValueError:
                continue
            out[(c.source, c.sentence_index)].append((c.text, c.when[-5:], ordinal))
    return {k: tuple(v) for k, v in out.items()}


def _sentence_months(claims: list[Claim]) -> dict[tuple[str, int], tuple[tuple[str, int], ...]]:
    """(source, sentence_index) -> (the date's text, its month's last day as an ordinal) of its date
    claims that name a month but no day ("अप्रैल में")."""
    out: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for c in claims:
        if c.kind == "date" and len(c.when) == 7 and c.when[4] == "-" and c.when[:4].isdigit():
            year, month = int(c.when[:4]), int(c.when[5:])
            if 1 <= month <= 12:
                last = date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
                out[(c.source, c.sentence_index)].append((c.text, last))
    return {k: tuple(v) for k, v in out.items()}


def _named_days(claim: Claim, named: tuple[tuple[str, str, int], ...]) -> list[tuple[str, int]]:
    """(month-day, ordinal) of the days of ``named`` that are ``claim``'s: not those of a clause
    after its own."""
    return [(day, ordinal) for text, day, ordinal in named
            if claim.kind == "date" or not comparison.in_later_clause(claim.sentence, claim.text, text)]


#: A day named this many days or more before its story's first report is an earlier event's.
RECALLED_DAYS = 7


def _story_starts(claims: list[Claim]) -> dict[str, int]:
    """Story (else document) -> the day its first report came out, as an ordinal."""
    starts: dict[str, int] = {}
    for c in claims:
        day = published_day(c)
        if day is not None:
            key = c.story or c.source
            starts[key] = min(starts.get(key, day.toordinal()), day.toordinal())
    return starts


def period_items(claims: list[Claim]) -> Callable[[Claim], _Item | None]:
    """A function giving a claim's comparable item with its period: the years and days its
    sentence names among ``claims`` (read once for all of them)."""
    claims = list(claims)
    years, days, since = _sentence_years(claims), _sentence_days(claims), _sentences_since(claims)
    months = _sentence_months(claims)
    starts = _story_starts(claims)
    past_tales = {(c.source, c.sentence_index) for c in claims
                  if c.kind == "date" and comparison.told_in_past(c.sentence)}
    # sentences that open in an earlier round ("पिछले विधानसभा चुनाव में …"): the next one may point back
    earlier_rounds = {(c.source, c.sentence_index) for c in claims if comparison.opens_in_earlier_round(c.sentence)}
    # a headline's figure is the body's same figure, of the day the body names ("करीब 250 रॉकेट" in
    # the headline, "रविवार को … करीब 250 रॉकेट" below)
    same_figure: dict[tuple[object, ...], list[tuple[str, int]]] = {}
    for c in claims:
        own = _named_days(c, days.get((c.source, c.sentence_index), ()))
        if own and c.kind != "date":
            same_figure.setdefault((c.source, c.kind, c.value_low, c.value_high), own)
    # "रूस ने रातभर में 66 मिसाइलें और 145 ड्रोन दागे। वायु रक्षा ने 48 मिसाइलों और 64 ड्रोन को मार गिराया":
    # figures of a kind right after a sentence that counts that kind over one night are of that night
    # (and of the days it names: "शनिवार रात … 100 से अधिक मिसाइलें। … 150 मिसाइलें दागी गईं")
    nights = {(c.source, c.sentence_index, c.kind): _named_days(c, days.get((c.source, c.sentence_index), ()))
              for c in claims if c.kind != "date" and comparison.window(c.sentence) == NIGHT}

    def item(claim: Claim) -> _Item | None:
        here = (claim.source, claim.sentence_index)
        own_days = _named_days(claim, days.get(here, ()))
        dated = own_days or same_figure.get((claim.source, claim.kind, claim.value_low, claim.value_high), [])
        named = frozenset(day for day, _ in dated)
        own = comparison.year_of_figure(claim.sentence, claim.text) if claim.kind != "date" else None
        period = frozenset({own}) if own else _years_of(claim, years.get(here, ()))  # "जो 2017 के 53.7 फीसदी से कम"
        if period and claim.kind != "date" and claim.published[:4].isdigit() \
                and comparison.this_time(claim.sentence, claim.text):
            period = frozenset({int(claim.published[:4])})  # "2020 में 145 सीटें जीतने वाली … इस बार 2 सीटें"
        if not period and comparison.refers_back(claim.sentence):
            # "यह 2015 के बाद सबसे शक्तिशाली भूकंप है। तब … 9,000 लोग मारे गए थे": the time named before
            period = frozenset(year for _, year in years.get((claim.source, claim.sentence_index - 1), ()))
        if not period and claim.kind != "date" and claim.published[:4].isdigit() \
                and comparison.told_in_past(claim.sentence):
            # "2018 के चुनाव में कांग्रेस ने 68 सीटें जीती थीं। भाजपा महज 15 सीटों पर सिमट गई थी": a past tale
            # that goes on from an earlier year the sentence before named
            # (a past tale only when the sentence before is one too: "…, जो 1995 के बाद सबसे अधिक है" names a
            # year it is measured against, not its own)
            prior = (claim.source, claim.sentence_index - 1)
            before = frozenset(year for _, year in years.get(prior, ()))
            if before and max(before) < int(claim.published[:4]) and prior in past_tales:
                period = before
        if not period and claim.kind != "date" and claim.published[:4].isdigit():
            # "पिछले साल इसी अवधि में 1,380 हेक्टेयर": the year the sentence names relative to its report
            period = comparison.years_named_relative(claim.sentence, int(claim.published[:4]))
        if claim.kind == "duration" and comparison.is_age(claim.sentence, claim.text):
            period = frozenset()  # "35 साल पुरानी इमारत 1990 में बनी थी": the year is when it began
        runs = here in since or bool(comparison.counts_since_start(claim.sentence, claim.text))
        # "29 जनवरी को संगम पर मची उस भगदड़ में 30 की मौत" in a story first reported on 16 February
        # (only days its own sentence names; a count run from the day, or one the sentence gives as
        # standing now, "अब भी 94 बंधक", is of the story's time)
        start = starts.get(claim.story or claim.source)
        # a month named alone is recalled when it ended that long before ("अप्रैल में ईरान ने … 110
        # बैलिस्टिक मिसाइलें दागी थीं" in a story of October)
        own_months = [last for text, last in months.get(here, ())
                      if not comparison.in_later_clause(claim.sentence, claim.text, text)]
        latest = max(o for _, o in own_days) if own_days else max(own_months) if own_months else None
        recalled = claim.kind != "date" and latest is not None and start is not None and not runs \
            and latest <= start - RECALLED_DAYS and not comparison.standing_now(claim.sentence)
        # "पिछले विधानसभा चुनाव में भाजपा ने 44 सीटें जीती थीं। तब भाजपा का वोट शेयर 48.8 फीसदी था"
        back = (claim.source, claim.sentence_index - 1) in earlier_rounds and bool(comparison.refers_back(claim.sentence))
        found = _item(claim, period, named, runs and claim.kind != "date", recalled, tuple(o for _, o in dated), back)
        night = nights.get((claim.source, claim.sentence_index - 1, claim.kind))
        if found is not None and not found.window and night is not None:
            found.window = NIGHT
            if night and not found.days:
                found.days, found.dated = frozenset(d for d, _ in night), tuple(o for _, o in night)
        return found
    return item


#: The span of a figure counted over one night (``windows`` in comparison.yaml).
NIGHT = "night"


def _other_period(x: _Item, y: _Item) -> bool:
    """Both periods known and disjoint (dates carry their own): the years the sentences name, or
    the days ("रविवार को 250 रॉकेट" against "सोमवार को 340 रॉकेट"); a count at a moment (``stock``:
    "34 लोग अब भी लापता") published on different days is of different moments; a count run from a
    date ("… के बाद से") against a figure that is no running total ("अब तक", "कुल")."""
    if x.claim.kind == "date":
        return False
    wx, wy = x.window, y.window
    ex, ey = _earlier(x), _earlier(y)
    if ex is not None and ey is not None and ex != ey:
        # "पिछले चुनाव में 29 सीटें" against this election's: an earlier round meets only earlier rounds
        # (one named by its year, "वर्ष 2017 के चुनाव में", among them)
        return True
    if wx != wy and (wx and wy or (wx or wy) in comparison.long_windows()):
        # "रातभर में 496 ड्रोन" against "इस हफ्ते 1,500 से अधिक ड्रोन": one night's and one week's
        return True
    if wx == wy == NIGHT and x.day is not None and y.day is not None and x.day != y.day \
            and not (x.days and y.days) and not REGISTRY[x.claim.kind].cumulative(x.claim.thing):
        # "रातभर में 145 ड्रोन दागे" on the 24th against "गुरुवार-शुक्रवार की रात 103 ड्रोन" on the 25th: two
        # nights' attacks (a toll counted on runs on, and a later report of it is an update; two reports
        # that both date their night, "शनिवार रात", are compared by the days they name, below)
        return True
    if (x.since or y.since) and not (comparison.so_far(x.claim.sentence) and comparison.so_far(y.claim.sentence)):
        # "7 लाख since the war began" is a running total: only another running total ("अब तक 5 लाख")
        # is of its period, not one strike's toll
        return True
    if REGISTRY[x.claim.kind].stock(x.claim.thing):
        mx, my = _moment(x), _moment(y)
        if mx and my and mx != my:
            return True
        hx, hy = (comparison.clock_time(c.sentence, c.text) for c in (x.claim, y.claim))
        if hx and hy and hx != hy:
            return True  # "सुबह आठ बजे जलस्तर 422.10 मीटर" against "शाम छह बजे … 422.30 मीटर": two readings
    if x.years and y.years and not x.years & y.years:
        return True
    if x.recalled != y.recalled and not (x.days and y.days) and _of_its_time(y if x.recalled else x):
        return True  # an earlier event's figure recalled, against one of the story's own time
    if _after_report(x, y) or _after_report(y, x):
        return True
    return bool(x.days) and bool(y.days) and not x.days & y.days


def _earlier(x: _Item) -> bool | None:
    """Whether a figure is of an earlier round: said so ("पिछले चुनाव में"), or of years before its report's;
    None when it names years but its report's date is unknown."""
    if x.window == EARLIER_ROUND:
        return True
    if x.years and x.day is None:
        return None
    return bool(x.years) and x.day is not None and max(x.years) < date.fromordinal(x.day).year


def _after_report(x: _Item, y: _Item) -> bool:
    """Whether ``y`` is dated only to days after ``x``'s report came out while ``x`` names no day: a
    report cannot give the figures of what happened after it ("बुधवार सुबह फिर आया 6.3 तीव्रता का
    भूकंप" of the 11th against the 8th's report of the first quake). Counts that run on are left to
    the update rule: a later day's figure of them is the same count at a later moment."""
    if x.days or not y.dated or x.day is None or REGISTRY[x.claim.kind].cumulative(x.claim.thing):
        return False
    return min(y.dated) > x.day


def _of_its_time(x: _Item) -> bool:
    """Whether a figure is of its report's own year (not "पिछले साल अक्टूबर में …")."""
    return x.day is not None and date.fromordinal(x.day).year in x.years


def _moment(x: _Item) -> str:
    """The day (month-day) a count at a moment was taken: the one day its sentence names for it
    ("बुधवार रात 10 बजे जलस्तर 207.71 मीटर था" in Thursday's paper: Wednesday), else the day it was
    published; "" when neither is known. A count said to stand now ("सोमवार को ढहे पुल के हादसे में 8
    लोग अब भी लापता हैं") is of its report's day, whatever day the sentence names for the event."""
    if len(x.days) == 1 and not comparison.standing_now(x.claim.sentence):
        return next(iter(x.days))
    return date.fromordinal(x.day).strftime("%m-%d") if x.day is not None else ""


def _pair_rank(c: Conflict) -> tuple[int, int]:
    return (_is_body(c.a) + _is_body(c.b), len(c.a.sentence) + len(c.b.sentence))


def _copies_once(found: list[Conflict]) -> list[Conflict]:
    """A conflict that a syndicated copy repeats (a copy's claim standing for its original's) is
    kept once: the pairs with the fewest copies among those naming the same origins and figures."""
    def copies(c: Conflict) -> int:
        return sum(bool(x.origin) and x.origin != x.source for x in (c.a, c.b))

    def key(c: Conflict) -> tuple[object, ...]:
        sides = sorted(((x.origin or x.source, x.text, x.qualifier, x.value_low, x.value_high, x.when)
                        for x in (c.a, c.b)), key=repr)
        return (c.measure, c.type, *sides)

    fewest: dict[tuple[object, ...], int] = {}
    for c in found:
        fewest[key(c)] = min(fewest.get(key(c), 2), copies(c))
    return [c for c in found if copies(c) == fewest[key(c)]]


def _one_per_figure(found: list[Conflict]) -> list[Conflict]:
    """Pairs with the same values from the same two documents, once: body sentences first, then fuller."""
    best: dict[tuple[object, ...], Conflict] = {}
    for c in found:
        k = (c.measure, c.type, c.a.source, c.b.source, c.a.qualifier, c.b.qualifier,
             c.a.value_low, c.a.value_high, c.b.value_low, c.b.value_high, c.a.when, c.b.when)
        if k not in best or _pair_rank(c) > _pair_rank(best[k]):
            best[k] = c
    keep = {id(c) for c in best.values()}
    return [c for c in found if id(c) in keep]


#: Statuses whose figures are compared with each other (denials are not compared).
STATUSES = ("actual", "planned", "possible")


def _count_of(key: MeasureKey) -> MeasureKey:
    """A running total's key within one report: a place the report was taken for is the place it names."""
    return replace(key, subject=key.subject.removeprefix(ANY))


def _latest_counts(claims: list[Claim]) -> dict[tuple[str, MeasureKey], float]:
    """(document, measure) -> the least value of the running totals the document gives as the
    count so far or risen to ("अब तक 40 लोगों की मौत हो चुकी है", "बढ़कर 47")."""
    out: dict[tuple[str, MeasureKey], float] = {}
    for c in claims:
        if c.kind == "date" or c.value_low is None or not running_total(c.kind, c.source, set(), c.thing):
            continue
        if comparison.so_far_in_clause(c.sentence, c.text) or comparison.shows_update(c.sentence, c.text):
            k = (_origin(c), _count_of(party_key(c)))
            out[k] = min(out.get(k, c.value_low), c.value_low)
    return out


def _overtaken(claim: Claim, key: MeasureKey, latest: dict[tuple[str, MeasureKey], float]) -> bool:
    """Whether a running total counted by a time of day ("शाम तक 25 लोगों की मौत की खबर आई") is below
    the count its own report gives as the latest ("अब तक 40"): a moment the report has told past."""
    now = latest.get((_origin(claim), _count_of(key)))
    high = claim.value_high if claim.value_high is not None else claim.value_low
    return now is not None and high is not None and high < now \
        and bool(comparison.by_time_of_day(claim.sentence, claim.text))


def _origin(claim: Claim) -> str:
    """The document a claim stands for: its source, or the original of a syndicated copy."""
    return getattr(claim, "origin", "") or claim.source


def _top(claim: Claim, key: MeasureKey) -> tuple[str, ...]:
    """What two figures must share before their parties are looked at: story, kind, thing, unit, event."""
    return (claim.story, key.kind, key.thing, key.unit, key.event)


#: (``_top``, status, document) -> the intervals of the figures of that measure the document gives as
#: told before (of whichever place: "मृतकों की संख्या 19 बताई गई थी" is the toll it then files as
#: Malappuram's 18).
Told = dict[tuple[object, ...], list[tuple[float, float]]]


def told_before(claims: Iterable[Claim], item_of: Callable[[Claim], _Item | None]) -> Told:
    """The figures each document gives as told before (``comparison.earlier_figure``), compared or not."""
    told: Told = defaultdict(list)
    for claim in claims:
        if comparison.earlier_figure(claim.sentence, claim.text):
            item = item_of(claim)
            if item is not None:
                key = party_key(claim)
                told[(_top(claim, key), key.status, _origin(claim))].append(item.iv)
    return told


def told_by(told: Told, top: tuple[str, ...], status: str, reporter: Claim, item: _Item) -> bool:
    """Whether ``reporter``'s document gives ``item``'s figure as one told before ("इससे पहले सरकारी
    मीडिया ने 103 लोगों के मारे जाने की जानकारी दी थी", beside its revised 84): a report that knows
    that figure and gives another now does not dispute the report that gave it."""
    lo, hi = item.iv
    return any(a <= hi and lo <= b for a, b in told.get((top, status, _origin(reporter)), ()))


def same_source(a: Claim, b: Claim) -> bool:
    """One document, or copies of one text (a syndicated story counts once)."""
    return _origin(a) == _origin(b)


_PLACE_KINDS = REGISTRY.with_trait("place_subject")
#: Gazetteer types of places a figure can be placed at.
_PLACE_TYPES = frozenset({"place", "state", "sea"})
_CASUALTY = REGISTRY.with_trait("casualty")
#: Kinds whose figures are a place's people (its dead, injured, missing, passengers): a soft place
#: meets no place named in another country (``_may_be_at``).
_PEOPLE_OF_A_PLACE = REGISTRY.with_trait("local")
#: The subject of a ``party_key`` that meets any subject (a soft one: see ``soft_subject``); a soft
#: place is written after it ("*Chitwan"): for a place's people it meets no place of another country.
ANY = "*"


def soft_subject(claim: Claim) -> bool:
    """Inside a story, a subject that meets any subject of the story's measure: a place the claim's
    own sentence does not name (the place its document names most, for an event without two
    sides), or any place of a figure of the event itself (a quake's magnitude: ``of_event``)."""
    if not claim.story:
        return False
    kind = REGISTRY.get(claim.kind)
    return "place" in claim.inferred.split(",") or (kind is not None and "of_event" in kind.traits)


def party_key(claim: Claim) -> MeasureKey:
    """The measure key with what the claim's own words do not settle left unsaid: a soft
    subject (``soft_subject``), an object only guessed from an actor named nearby."""
    key = measure_key(claim)
    inferred = claim.inferred.split(",")
    if soft_subject(claim):
        kind = REGISTRY.get(claim.kind)
        of_event = kind is not None and "of_event" in kind.traits
        key = replace(key, subject=ANY if of_event else ANY + key.subject)
    if "object" in inferred:
        key = replace(key, object="")
    return key


def parties_meet(k1: MeasureKey, k2: MeasureKey) -> bool:
    """Whether two keys' parties can name the same measure: equal, or one side left unsaid.

    An empty object meets any object; an event's date filed under a place meets the same date
    filed under a place inside or around it. Claims reach here with an empty subject only
    inside a story: there it meets any subject, except for a side's people and things,
    which meet only another figure naming no side, and only for what a place can be
    the subject of (45 vs 52 flood deaths, neither naming the place, are compared;
    "five jets" of nobody said whose against "six Indian aircraft" are not, nor two
    troop figures naming no side).
    """
    side = k1.kind in REGISTRY.with_trait("side")
    subjects = {k1.subject, k2.subject}
    soft = [s for s in (k1.subject, k2.subject) if s.startswith(ANY)]
    if soft:  # a soft place meets any subject, but for people's figures no place of another country
        said = [s for s in (k1.subject, k2.subject) if not s.startswith(ANY)]
        meet = not said or not said[0] or k1.kind not in _PEOPLE_OF_A_PLACE \
            or _may_be_at(soft[0][len(ANY):], said[0])
    elif len(subjects) == 1 and (k1.subject or k1.kind in _PLACE_KINDS):
        meet = True
    elif k1.kind == "date" and "" not in subjects:
        meet = _nested_places(k1.subject, k2.subject)
    else:
        meet = "" in subjects and not side
    return meet and (k1.object == k2.object or "" in (k1.object, k2.object))


def _may_be_at(place: str, other: str) -> bool:
    """Whether a figure its document's place was taken for (``place``) may be one named ``other``'s:
    ``other`` is no place (a carrier, a gathering), or the two lie in one country (the document's
    place may be guessed too wide or too narrow inside it). Another country's crash recalled, a
    neighbouring country's toll are other places."""
    from factcheck.lang.gazetteer import default_gazetteer  # only when a soft place meets a named one

    gazetteer = default_gazetteer()
    ep, eo = gazetteer.get(place), gazetteer.get(other)
    if ep is None or eo is None or eo.type not in _PLACE_TYPES:
        return True
    return (gazetteer.ancestors(place) or (place,))[-1] == (gazetteer.ancestors(other) or (other,))[-1]


def _nested_places(a: str, b: str) -> bool:
    """Whether one place lies inside the other below a country (Jaipur in Rajasthan): one event's
    date filed under the city by one report and under its state by another is one measure, when
    both name a day (see ``find_conflicts``). Tolls are not: a city's toll is a part of its state's."""
    from factcheck.lang.gazetteer import default_gazetteer  # only when two places' dates meet

    gazetteer = default_gazetteer()
    ea, eb = gazetteer.get(a), gazetteer.get(b)
    if ea is None or eb is None or "state" in (ea.type, eb.type):
        return False  # a country is too wide: "22 अप्रैल" in Pahalgam and India's "7 मई" are two events
    return gazetteer.within(a, b) or gazetteer.within(b, a)


def nested_dates(k1: MeasureKey, k2: MeasureKey) -> bool:
    """Whether two date keys meet only because their places nest (``_nested_places``)."""
    subjects = (k1.subject, k2.subject)
    return k1.kind == "date" and k1.subject != k2.subject and "" not in subjects \
        and not any(s.startswith(ANY) for s in subjects)


def both_days(a: Claim, b: Claim) -> bool:
    """Whether both dates name a day (dates under nested places meet only then)."""
    return len(a.when) == len(b.when) == len("2025-01-01")


def _merged(k1: MeasureKey, k2: MeasureKey, status: str) -> MeasureKey:
    subject = next((x for x in (k1.subject, k2.subject) if x and not x.startswith(ANY)), "")
    return replace(k1, subject=subject, object=k1.object or k2.object, status=status)


def find_conflicts(claims: Iterable[Claim], *, window_days: int = 30, within_document: bool = False,
                   distinct: bool = False, max_ratio: float | None = None) -> list[Conflict]:
    """Every conflicting pair among ``claims`` (see the module docstring for the rules).

    Claims from the same ``source`` are compared only with ``within_document``.
    Figures more than ``max_ratio`` times apart are not reported (None: ``FAR_APART``; 0: all are).
    With ``distinct``, a figure a document repeats (headline and body) gives one pair.
    The result is sorted by measure, then by the two claims' positions.
    """
    claims = list(claims)
    provisional = provisional_sources(claims)
    item_of = period_items(claims)
    latest = _latest_counts(claims)
    told = told_before(claims, item_of)
    # (story, kind, thing, unit, event) -> (status, subject, object) -> bucket
    groups: dict[tuple[str, ...], dict[tuple[str, str, str], _Bucket]] = defaultdict(lambda: defaultdict(_Bucket))
    keys: dict[tuple[str, ...], MeasureKey] = {}
    for claim in claims:
        if not comparable(claim) or counted_lead(claim, provisional):
            continue
        item = item_of(claim)
        if item is None:
            continue
        key = party_key(claim)
        if _overtaken(claim, key, latest):
            continue
        top = _top(claim, key)
        keys.setdefault(top, replace(key, subject="", object="", status=""))
        groups[top][(key.status, key.subject, key.object)].add(item)

    out: list[Conflict] = []
    seen: set[str] = set()
    for top, buckets in groups.items():
        kind = top[1]
        base = keys[top]
        window = None if kind == "date" else window_days
        names = sorted(buckets)
        party = {n: replace(base, subject=n[1], object=n[2]) for n in names}  # once per bucket, not per pair
        for s1, s2 in ((st, st) for st in STATUSES):
            for b1 in (n for n in names if n[0] == s1):
                for b2 in (n for n in names if n[0] == s2):
                    if s1 == s2 and b1 > b2:
                        continue  # same-status bucket pairs once
                    k1, k2 = party[b1], party[b2]
                    if not parties_meet(k1, k2):
                        continue
                    pairs = _apart_pairs(buckets[b1], buckets[b2], window)
                    measure = _merged(k1, k2, s1)
                    nested = nested_dates(k1, k2)
                    for x, y in pairs:
                        if nested and not both_days(x.claim, y.claim):
                            continue  # nested places meet only on days named: "वर्ष 2024" is another event
                        if same_source(x.claim, y.claim) and (
                                not within_document or x.claim.start == y.claim.start
                                or x.claim.source != y.claim.source):
                            continue
                        if _other_period(x, y):
                            continue
                        if told_by(told, top, s2, y.claim, x) or told_by(told, top, s1, x.claim, y):
                            continue  # the other report gives this figure as one told before
                        c = _check(x, y, measure if measure.subject else
                                   replace(measure, subject=x.claim.subject or y.claim.subject), provisional,
                                   max_ratio)
                        if c is not None and c.key not in seen:
                            seen.add(c.key)
                            out.append(c)
    out = _copies_once(out)
    if distinct:
        out = _one_per_figure(out)
    out.sort(key=lambda c: (c.measure.kind, c.measure.subject, c.measure.object, c.measure.status,
                            c.a.source, c.a.start, c.b.source, c.b.start))
    return out


def conflict_row(conflict: Conflict, conflict_id: int | str) -> dict[str, object]:
    """One ``factcheck conflicts`` CSV row: ``CONFLICT_COLUMNS`` mapped to values."""
    m = conflict.measure
    kind, subject, obj, status = m.kind, m.subject, m.object, m.status
    row: dict[str, object] = {
        "conflict_id": conflict_id, "kind": kind, "subject": subject, "object": obj,
        "thing": m.thing, "story": conflict.a.story,
        "severity": conflict.severity, "reason": conflict.reason, "type": conflict.type,
        "status": status, "gap": round(conflict.gap, 4), "key": conflict.key,
    }
    for prefix, c in (("a_", conflict.a), ("b_", conflict.b)):
        row.update({
            prefix + "claim_id": c.claim_id, prefix + "source": c.source, prefix + "start": c.start,
            prefix + "end": c.end, prefix + "text": c.text, prefix + "value_low": c.value_low,
            prefix + "value_high": c.value_high, prefix + "published": c.published,
            prefix + "when": c.when, prefix + "sentence": c.sentence,
        })
    return {col: row[col] for col in CONFLICT_COLUMNS}
