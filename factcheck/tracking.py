"""Figures of one measure across sources: consensus facts and timelines.

Both views take quantity claims that ``compare.comparable`` accepts (known
subject, not furniture; generic kinds need an object); date claims are left out.
A claim without an object joins the measure of its kind/subject/status when
exactly one object is given there, else it forms its own measure with object "".
Increments ("9 और शव") and leads ("2 सीटों पर आगे") are not totals and are left
out (``comparable``). On a timeline, election tallies from a report written
while counting goes on are running totals, as in ``find_conflicts``.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from factcheck.compare import (
    comparable,
    describe,
    provisional_sources,
    published_day,
    running_total,
)
from factcheck.kinds import REGISTRY
from factcheck.measure import MeasureKey, interval, measure_key, stated_interval
from factcheck.model import Claim

Measure = MeasureKey

LABELS: tuple[str, ...] = ("first", "update", "consistent", "contradiction")
_STYLES = {"first": "cyan", "update": "green", "consistent": "blue", "contradiction": "bold red"}


@dataclass
class Figure:
    """One reported figure (same interval and qualifier) and the claims that state it."""

    value_low: float | None
    value_high: float | None
    qualifier: str
    unit: str
    text: str  # in words: "about 10,000"
    interval: tuple[float, float]
    claims: list[Claim] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        """The documents behind this figure, each once."""
        return list(dict.fromkeys(c.origin or c.source for c in self.claims))


@dataclass
class Fact:
    """Every figure reported for a measure, and the interval most independent sources allow.

    ``support`` counts the independent sources (voices) whose figures contain
    the consensus; ``voices`` counts them all. ``consensus`` is None when no
    interval is backed by more than one voice, or when the voices split evenly.
    """

    measure: Measure
    unit: str
    figures: list[Figure]
    consensus: tuple[float, float] | None
    support: int
    voices: int
    note: str = ""


@dataclass
class TimelineEntry:
    """One claim on a measure's timeline, labelled against the entry before it."""

    claim: Claim
    measure: Measure
    published: str  # ISO date, "" when unknown
    interval: tuple[float, float]
    label: str  # one of LABELS
    note: str = ""


def _measures(claims: Iterable[Claim]) -> dict[tuple[Measure, str], list[Claim]]:
    """Quantity claims grouped by (measure, story), object-less claims merged where unambiguous."""
    groups: dict[tuple[MeasureKey, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        if c.kind == "date" or not comparable(c) or stated_interval(c) is None:
            continue
        key = measure_key(c)
        groups[(replace(key, object=""), c.story)][key.object].append(c)
    out: dict[tuple[Measure, str], list[Claim]] = {}
    for (key, story), by_object in groups.items():
        named = [o for o in by_object if o]
        if len(named) == 1 and "" in by_object:
            by_object[named[0]].extend(by_object.pop(""))
        for obj, members in by_object.items():
            out[(replace(key, object=obj), story)] = members
    return dict(sorted(out.items(), key=lambda kv: (kv[0][1], _order(kv[0][0]))))


def _order(key: MeasureKey) -> tuple[str, ...]:
    return (key.kind, key.thing, key.subject, key.object, key.status, key.unit, key.event)


def _voices(claims: list[Claim]) -> list[list[Claim]]:
    """Claims partitioned into independent voices: same document, outlet or attribution join."""
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, c in enumerate(claims):
        keys = [f"source:{c.origin or c.source}"] if c.source else [f"claim:{i}"]
        if c.outlet.strip():
            keys.append(f"outlet:{c.outlet.strip().casefold()}")
        if c.attributed_to.strip():
            keys.append(f"by:{c.attributed_to.strip().casefold()}")
        for k in keys:
            if k in first:
                parent[find(i)] = find(first[k])
            else:
                first[k] = i
    out: dict[int, list[Claim]] = defaultdict(list)
    for i, c in enumerate(claims):
        out[find(i)].append(c)
    return list(out.values())


def _union(ivs: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for lo, hi in sorted(ivs):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def consensus(voices: list[list[tuple[float, float]]]) -> tuple[list[tuple[float, float]], int]:
    """The intervals covered by the most voices (each voice counted once), and that count.

    Ties between regions are broken by the number of claims (intervals) covering
    them, so one voice's overlapping figures narrow its own range.
    Points and the open gaps between the finite ends are swept once: O(n log n).
    """
    unions = [_union(v) for v in voices]
    points = sorted({x for v in voices for iv in v for x in iv if math.isfinite(x)})
    k = len(points)

    def slot(x: float) -> int:  # -inf -> 0; points[i] -> 2i+1; inf -> 2k
        if x == -math.inf:
            return 0
        if x == math.inf:
            return 2 * k
        return 2 * bisect_left(points, x) + 1

    def sweep(intervals: Iterable[tuple[float, float]]) -> list[int]:
        diff = [0] * (2 * k + 2)
        for lo, hi in intervals:
            diff[slot(lo)] += 1
            diff[slot(hi) + 1] -= 1
        counts, run = [], 0
        for d in diff[:-1]:
            run += d
            counts.append(run)
        return counts

    scores = list(zip(sweep(iv for u in unions for iv in u), sweep(iv for v in voices for iv in v), strict=True))
    best = max(scores, default=(0, 0))

    def low(s: int) -> float:  # a run starts at -inf or at a point
        return -math.inf if s == 0 else points[(s - 1) // 2]

    def high(e: int) -> float:  # and ends at a point or at inf
        return math.inf if e == 2 * k else points[(e - 1) // 2]

    regions: list[tuple[float, float]] = []
    s = 0
    while s < len(scores):
        if scores[s] == best and best[0]:
            e = s
            while e + 1 < len(scores) and scores[e + 1] == best:
                e += 1
            regions.append((low(s), high(e)))
            s = e + 1
        else:
            s += 1
    return regions, best[0]


def _span(iv: tuple[float, float]) -> str:
    lo, hi = iv

    def n(x: float) -> str:
        return f"{int(x):,}" if float(x).is_integer() else f"{x:,.2f}"

    if lo == hi:
        return n(lo)
    if hi == math.inf:
        return f"{n(lo)} or more"
    if lo == -math.inf:
        return f"up to {n(hi)}"
    return f"{n(lo)}–{n(hi)}"


def facts(claims: Iterable[Claim]) -> list[Fact]:
    """One ``Fact`` per measure: its figures, their sources, and the consensus interval."""
    out: list[Fact] = []
    for (measure, _story), members in _measures(claims).items():
        unit = measure.unit
        figures: dict[tuple[object, ...], Figure] = {}
        for c in members:
            key = (c.value_low, c.value_high, c.qualifier)
            if key not in figures:
                figures[key] = Figure(c.value_low, c.value_high, c.qualifier, unit, describe(c), interval(c))
            figures[key].claims.append(c)
        voices = _voices(members)
        regions, support = consensus([[interval(c) for c in v] for v in voices])
        agreed: tuple[float, float] | None = None
        if support < 2 and len(voices) > 1:
            note = "no two independent sources agree"
        elif len(regions) > 1:
            note = "independent sources split between " + " and ".join(_span(r) for r in regions)
        else:
            agreed = regions[0]
            note = ("a single independent source" if len(voices) == 1
                    else f"{support} of {len(voices)} independent sources agree")
        if agreed is None and measure.kind in REGISTRY and REGISTRY[measure.kind].cumulative(measure.thing):
            note += "; a running total: later figures may be updates (see the timeline)"
        ordered = sorted(figures.values(), key=lambda f: (f.interval, f.qualifier))
        out.append(Fact(measure, unit, ordered, agreed, support if agreed else 0, len(voices), note))
    return out


def _label(prev: TimelineEntry | None, claim: Claim, iv: tuple[float, float], day: str,
           provisional: set[str] = frozenset()) -> tuple[str, str]:  # type: ignore[assignment]
    if prev is None:
        return "first", ""
    if prev.interval[0] <= iv[1] and iv[0] <= prev.interval[1]:
        return "consistent", ""
    later = bool(day and prev.published and day > prev.published)
    if later and running_total(claim.kind, prev.claim.source, provisional, claim.thing) and claim.status == "actual" \
            and iv[0] > prev.interval[1]:
        return "update", f"up from {describe(prev.claim)}"
    direction = "above" if iv[0] > prev.interval[1] else "below"
    return "contradiction", f"{direction} {describe(prev.claim)} ({PurePath(prev.claim.source).name})"


def timeline(claims: Iterable[Claim], *, kind: str | None = None, subject: str | None = None,
             object: str | None = None, status: str | None = None) -> list[TimelineEntry]:
    """The figures of each matching measure in publication order, labelled.

    Filters left as None match anything; ``object`` also matches claims that
    give none. Each entry is compared with the one before it: ``first``,
    ``consistent`` (intervals overlap), ``update`` (a later, larger running
    total), or ``contradiction``. Entries without a date come last.
    """
    def wanted(c: Claim) -> bool:
        return ((kind is None or c.kind == kind) and (subject is None or c.subject == subject)
                and (status is None or c.status == status)
                and (object is None or c.object in (object, "")))

    claims = list(claims)
    provisional = provisional_sources(claims)
    out: list[TimelineEntry] = []
    for (measure, _unit), members in _measures(c for c in claims if wanted(c)).items():
        if object is not None and measure.object not in (object, ""):
            continue
        dated = []
        for c in members:
            day = published_day(c)
            dated.append((day is None, day.isoformat() if day else "", c.source, c.start, c))
        prev: TimelineEntry | None = None
        for _, day_s, _, _, c in sorted(dated, key=lambda t: t[:4]):
            iv = interval(c)
            label, note = _label(prev, c, iv, day_s, provisional)
            if not day_s:
                note = "; ".join(filter(None, [note, "date unknown"]))
            prev = TimelineEntry(c, measure, day_s, iv, label, note)
            out.append(prev)
    return out


def _bar_value(entry: TimelineEntry) -> float:
    lo, hi = entry.interval
    if entry.claim.qualifier in ("approx", "exact", "range", "") and math.isfinite(lo) and math.isfinite(hi):
        return abs((lo + hi) / 2)
    v = entry.claim.value
    return abs(v) if v is not None else 0.0


def _table(entries: list[TimelineEntry], top: float, width: int) -> Table:
    m = entries[0].measure
    kind, subject, obj, status = m.kind, m.subject, m.object, m.status
    title = f"{kind}: {subject}" + (f" → {obj}" if obj else "") + f" ({status})"
    table = Table(title=title, title_justify="left", box=box.SIMPLE, show_edge=False)
    for name in ("published", "figure", "bar", "label", "source"):
        table.add_column(name, no_wrap=name in ("published", "figure", "bar"), ratio=2 if name == "label" else None,
                         overflow="fold")
    for e in entries:
        style = _STYLES.get(e.label, "")
        bar = Text("█" * max(1, round(_bar_value(e) / top * width)), style=style)
        if e.interval[1] == math.inf:
            bar.append("▶", style=style)
        label = Text(e.label, style=style)
        if e.note:
            label.append(f" ({e.note})", style="dim")
        table.add_row(e.published or "?", describe(e.claim), bar, label, PurePath(e.claim.source).name)
    return table


def render_bars(entries: list[TimelineEntry], width: int = 24) -> Group:
    """One rich table per measure, a value-proportional bar per entry (``▶``: open upward).

    Bars share one scale within a measure; the longest is ``width`` cells.
    """
    by_measure: dict[Measure, list[TimelineEntry]] = defaultdict(list)
    for e in entries:
        by_measure[e.measure].append(e)
    tables = []
    for members in by_measure.values():
        top = max(_bar_value(e) for e in members) or 1.0
        tables.append(_table(members, top, width))
    return Group(*tables)


def _end(x: float) -> float | None:
    return x if math.isfinite(x) else None


def fact_rows(found: list[Fact]) -> list[dict[str, object]]:
    """CSV/JSON rows for ``facts``: one per measure; open consensus ends are None."""
    rows: list[dict[str, object]] = []
    for f in found:
        m = f.measure
        rows.append({
            "kind": m.kind, "thing": m.thing, "subject": m.subject, "object": m.object, "status": m.status,
            "unit": f.unit,
            "figures": "; ".join(f"{g.text} ({', '.join(g.sources)})" for g in f.figures),
            "consensus_low": _end(f.consensus[0]) if f.consensus else None,
            "consensus_high": _end(f.consensus[1]) if f.consensus else None,
            "consensus": _span(f.consensus) if f.consensus else "",
            "support": f.support, "voices": f.voices, "note": f.note,
        })
    return rows


def render_facts(found: list[Fact]) -> Table:
    """A rich table: measure, figures with their sources, consensus and note."""
    table = Table(title=f"{len(found)} measures", box=box.SIMPLE, show_edge=False)
    for name in ("measure", "figures", "consensus", "note"):
        table.add_column(name)
    for f in found:
        kind, subject, obj, status = f.measure.kind, f.measure.subject, f.measure.object, f.measure.status
        measure = f"{kind}: {subject}" + (f" → {obj}" if obj else "") + f" ({status})"
        figures = Text()
        for g in f.figures:
            if figures:
                figures.append("\n")
            figures.append(g.text, style="bold")
            figures.append(f"  {len(g.sources)} source{'s' if len(g.sources) != 1 else ''}", style="dim")
        agreed = Text(_span(f.consensus), style="green") if f.consensus else Text("none", style="red")
        table.add_row(measure, figures, agreed, f.note)
    return table


def timeline_rows(entries: list[TimelineEntry]) -> list[dict[str, object]]:
    """CSV/JSON rows for ``timeline``: one per entry, in order."""
    return [{
        "kind": e.measure.kind, "thing": e.measure.thing, "subject": e.measure.subject,
        "object": e.measure.object, "status": e.measure.status,
        "published": e.published, "claim_id": e.claim.claim_id, "source": e.claim.source,
        "text": e.claim.text, "value_low": e.claim.value_low, "value_high": e.claim.value_high,
        "qualifier": e.claim.qualifier, "figure": describe(e.claim), "label": e.label, "note": e.note,
    } for e in entries]
