"""The HTML report: one self-contained page per ledger, for the desk and its readers.

ledger -> ``collect`` (overview, stories, conflicts side by side, facts, timelines)
-> ``render`` (Jinja2 template in ``factcheck/templates``; charts drawn with
Vega-Lite through altair and rendered offline to inline SVG by ``vl-convert``).
The page makes no request to any server: styles, scripts and charts are inline.

Two reads are kept in one small function each, so that a richer source can replace
either in one place: ``review`` (a conflict's review state and note) and
``explanation`` (the comparison pass's decision, step by step, from ``explain``).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePath
from typing import Any

from .compare import Conflict, describe, find_conflicts
from .ledger import Ledger
from .measure import MeasureKey
from .model import Claim, Story
from .reviews import Review, host_of, review
from .tracking import Fact, TimelineEntry, facts, timeline

#: Conflicts shown per story before "show more".
PAGE_SIZE = 20
#: Charts drawn at most (measures with the most conflicts first); each costs a render.
MAX_CHARTS = 60
#: Points of a chart labelled with their text; more would overlap.
MAX_LABELS = 12
ALL_DOCUMENTS = "All documents"
OTHER_DOCUMENTS = "Other documents"
FONT = "Noto Sans, Noto Sans Devanagari, DejaVu Sans, sans-serif"
#: Where Debian keeps fonts; vl-convert is told about them so Devanagari text is shaped.
FONT_DIRS = ("/usr/share/fonts",)


class ReportError(RuntimeError):
    """The report cannot be made (a missing optional package): one line for the user."""


def explanation(conflict: Conflict, context: Iterable[Claim] = (), *, window_days: int = 30,
                within_document: bool = False, max_ratio: float | None = None) -> list[str]:
    """The comparison pass's decision for a conflict, step by step, ending in its verdict (``explain``).

    ``context`` needs only the claims of the two documents: the rules it feeds
    (years named in a sentence, counting still going on) are read per document.
    """
    from .explain import explain

    found = explain(conflict.a, conflict.b, context, window_days=window_days, within_document=within_document,
                    max_ratio=max_ratio)
    return [*found.steps, f"→ {found.verdict}"]


@dataclass
class Side:
    """One side of a conflict as the page shows it."""

    claim: Claim
    before: str
    figure: str
    after: str
    outlet: str
    url: str
    title: str
    file: str


@dataclass
class ConflictView:
    id: int
    conflict: Conflict
    review: Review
    steps: list[str]
    a: Side
    b: Side
    story: str

    @property
    def measure(self) -> str:
        return measure_label(self.conflict.measure)


@dataclass
class Chart:
    title: str
    svg: str
    hidden: int = 0  # figures without a publication date, not drawn


@dataclass
class StoryView:
    id: str
    label: str
    outlets: list[str]
    first: str
    last: str
    documents: int
    conflicts: list[ConflictView] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)


@dataclass
class Report:
    title: str
    generated: str
    overview: dict[str, Any]
    stories: list[StoryView]
    kinds: list[str]
    severities: dict[str, int]
    states: dict[str, int]
    outlets: dict[str, str] = field(default_factory=dict)  # source -> outlet (or host, or file name)
    charts_capped: bool = False
    page_size: int = PAGE_SIZE
    claim_reviews: str = ""  # JSON-LD of the resolved conflicts, embedded when an organisation is named


def measure_label(measure: MeasureKey) -> str:
    """``troops: North Korea → Russia``; the thing counted, a date's event and a status other than actual follow."""
    kind = f"{measure.kind} ({measure.thing})" if measure.thing else measure.kind
    label = f"{kind}: {measure.subject or '(no subject)'}" + (f" → {measure.object}" if measure.object else "")
    extra = [x for x in (measure.event, "" if measure.status == "actual" else measure.status) if x]
    return f"{label} ({', '.join(extra)})" if extra else label


def highlight(sentence: str, text: str) -> tuple[str, str, str]:
    """``sentence`` split around the claim's ``text`` (before, figure, after); all before when absent."""
    at = sentence.find(text) if text else -1
    if at < 0:
        return sentence, "", ""
    return sentence[:at], text, sentence[at + len(text):]


def _side(claim: Claim, docs: dict[str, Any]) -> Side:
    doc = docs.get(claim.source)
    url = doc.url if doc else ""
    outlet = claim.outlet or (doc.outlet if doc else "") or host_of(url) or PurePath(claim.source).name
    before, figure, after = highlight(claim.sentence or claim.text, claim.text)
    return Side(claim, before, figure, after, outlet, url if _safe_url(url) else "", doc.title if doc else "",
                PurePath(claim.source).name)


def _safe_url(url: str) -> bool:
    """Only web links become links (never ``javascript:`` and the like)."""
    return bool(re.match(r"https?://", url or "", re.I))


def _groups(stories: list[Story], claims: list[Claim]) -> dict[str, tuple[str, list[Claim]]]:
    """story id -> (label, claims); one "All documents" group when there are no stories."""
    if not stories:
        return {"all": (ALL_DOCUMENTS, claims)}
    by_story: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_story[c.story].append(c)
    out = {s.id: (s.label, by_story.get(s.id, [])) for s in stories}
    if by_story.get(""):
        out[""] = (OTHER_DOCUMENTS, by_story[""])
    return out


def collect(ledger: Ledger, *, window_days: int = 30, within_document: bool = False,
            max_ratio: float | None = None, title: str = "", charts: bool = True) -> Report:
    """Everything the page shows, read from ``ledger`` (conflicts are stored as ``conflicts`` does)."""
    claims = list(ledger.claims())
    found = find_conflicts(claims, window_days=window_days, within_document=within_document, max_ratio=max_ratio)
    stored = ledger.save_conflicts(found)
    docs = {d.source: d for d in ledger.documents()}
    stories = ledger.stories()
    story_of = {s.id: s for s in stories}
    groups = _groups(stories, claims)
    views: dict[str, StoryView] = {}
    for sid, (label, members) in groups.items():
        sources = sorted({c.source for c in members} | set(story_of[sid].sources if sid in story_of else ()))
        days = sorted(docs[s].published[:10] for s in sources if s in docs and docs[s].published)
        outlets = sorted({outlet_of(docs.get(s), s) for s in sources})
        views[sid] = StoryView(sid, label, outlets, days[0] if days else "", days[-1] if days else "",
                               len(sources))
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_source[c.source].append(c)
    in_conflict: Counter[int] = Counter()
    per_measure: Counter[tuple[str, MeasureKey]] = Counter()
    for cid, conflict, _state in stored:
        sid = conflict.a.story if conflict.a.story in views else (conflict.b.story if conflict.b.story in views
                                                                   else next(iter(views)))
        r = review(ledger, conflict.key)
        steps = explanation(conflict, by_source[conflict.a.source] + by_source[conflict.b.source],
                            window_days=window_days, within_document=within_document, max_ratio=max_ratio)
        views[sid].conflicts.append(ConflictView(cid, conflict, r, steps,
                                                 _side(conflict.a, docs), _side(conflict.b, docs), sid))
        if r.state != "dismissed":
            in_conflict.update(c.claim_id for c in (conflict.a, conflict.b) if c.claim_id is not None)
            per_measure[(sid, conflict.measure)] += 1
    drawn = 0
    capped = False
    for sid, (_label, members) in groups.items():
        view = views[sid]
        view.facts = facts(members)
        if not charts:
            continue
        by_measure: dict[MeasureKey, list[TimelineEntry]] = defaultdict(list)
        for entry in timeline(members):
            by_measure[entry.measure].append(entry)
        several = [f for f in view.facts if len(f.figures) > 1 and len(by_measure.get(f.measure, ())) > 1]
        several.sort(key=lambda f: -per_measure[(sid, f.measure)])
        for fact in several:
            if drawn >= MAX_CHARTS:
                capped = True
                break
            chart = timeline_chart(by_measure[fact.measure], in_conflict, docs)
            if chart:
                view.charts.append(chart)
                drawn += 1
    shown = [v for v in views.values() if v.conflicts or v.facts]
    shown.sort(key=lambda v: (-len(v.conflicts), v.first or "9999", v.label))
    every = [cv for v in shown for cv in v.conflicts]
    live = [cv for cv in every if cv.review.state != "dismissed"]
    days = sorted(d.published[:10] for d in docs.values() if d.published)
    overview = {
        "documents": len(docs),
        "outlets": len({outlet_of(d, s) for s, d in docs.items()}),
        "first": days[0] if days else "", "last": days[-1] if days else "",
        "stories": len(stories),
        "claims": sum(not c.furniture for c in claims),
        "conflicts": len(live),
    }
    return Report(
        title=title or "Fact-check report", generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        overview=overview, stories=shown,
        kinds=sorted({cv.conflict.measure.kind for cv in every}),
        severities=dict(sorted(Counter(cv.conflict.severity for cv in every).items())),
        states=dict(sorted(Counter(cv.review.state for cv in every).items())),
        outlets={s: outlet_of(d, s) for s, d in docs.items()}, charts_capped=capped,
    )


def outlet_of(doc: Any, source: str) -> str:
    """Who published ``source``: the outlet, else the URL's host, else the file name."""
    if doc is None:
        return PurePath(source).name
    return doc.outlet or host_of(doc.url) or PurePath(source).name


def _figure_value(entry: TimelineEntry) -> float | None:
    """Where a figure sits on the chart: the middle of a closed interval, else the number written."""
    lo, hi = entry.interval
    if entry.claim.qualifier in ("approx", "exact", "range", "") and math.isfinite(lo) and math.isfinite(hi):
        return (lo + hi) / 2
    return entry.claim.value


def chart_rows(entries: Iterable[TimelineEntry], in_conflict: Counter[int] | set[int],
               docs: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per dated figure: date, value, source, its text and whether it is in a conflict."""
    rows = []
    for e in entries:
        value = _figure_value(e)
        if not e.published or value is None:
            continue
        rows.append({
            "published": e.published, "value": value, "figure": describe(e.claim), "text": e.claim.text,
            "source": outlet_of(docs.get(e.claim.source), e.claim.source),
            "state": "conflict" if e.claim.claim_id in in_conflict else e.label,
            "joined": e.label in ("first", "update"),
        })
    return rows


def chart_spec(title: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The Vega-Lite spec (via altair) of one measure's figures over publication date.

    One point per figure coloured by source; figures in a conflict are drawn as
    red-ringed diamonds; the first figure and its updates are joined by a line;
    each point carries its text as written (Hindi) when there are few.
    """
    import altair as alt

    base = alt.Chart(alt.Data(values=rows)).encode(
        x=alt.X("published:T", title="प्रकाशन तिथि · published", axis=alt.Axis(format="%d %b %Y", labelAngle=-30)),
        y=alt.Y("value:Q", title="आंकड़ा · figure", scale=alt.Scale(zero=False)),
    )
    line = base.transform_filter("datum.joined").mark_line(color="#888", strokeDash=[4, 3])
    points = base.mark_point(size=120, filled=True, opacity=0.9).encode(
        color=alt.Color("source:N", title="स्रोत · source",
                        legend=alt.Legend(orient="bottom", columns=3, columnPadding=18, labelLimit=180)),
        shape=alt.Shape("state:N", title="", scale=alt.Scale(
            domain=["conflict", "first", "update", "consistent", "contradiction"],
            range=["diamond", "circle", "triangle-up", "circle", "square"]), legend=alt.Legend(orient="top", offset=16, title=None)),
        tooltip=["published:T", "figure:N", "source:N", "text:N"],
    )
    rings = base.transform_filter("datum.state == 'conflict'").mark_point(
        size=320, color="#c0392b", strokeWidth=2, filled=False)
    layers = [line, points, rings]
    if len(rows) <= MAX_LABELS:
        layers.append(base.mark_text(align="left", dx=9, dy=-8, fontSize=12).encode(text="text:N"))
    chart = alt.layer(*layers).properties(title=title, width=440, height=200)
    return (chart.configure(font=FONT)
            .configure_axis(labelFontSize=12, titleFontSize=13, tickCount=6)
            .configure_title(fontSize=15)
            .configure_legend(labelFontSize=12, titleFontSize=13)
            .to_dict())


_ID = re.compile(r'\bid="([^"]+)"')


def _prefix_ids(svg: str, prefix: str) -> str:
    """Make the ids inside one SVG unique on the page (several charts share one document)."""
    ids = set(_ID.findall(svg))
    if not ids:
        return svg
    pattern = re.compile(r'(\bid="|url\(#|href="#)(' + "|".join(map(re.escape, sorted(ids, key=len, reverse=True)))
                         + r')(?=[")])')
    return pattern.sub(lambda m: m.group(1) + prefix + m.group(2), svg)


_FONTS_REGISTERED = False


def render_svg(spec: dict[str, Any]) -> str:
    """A Vega-Lite spec rendered to SVG offline (no browser, no network)."""
    global _FONTS_REGISTERED
    import vl_convert as vlc

    if not _FONTS_REGISTERED:
        for d in FONT_DIRS:
            if Path(d).is_dir():
                vlc.register_font_directory(d)
        _FONTS_REGISTERED = True
    return vlc.vegalite_to_svg(spec)


_charts_made = 0


def timeline_chart(entries: list[TimelineEntry], in_conflict: Counter[int] | set[int],
                   docs: dict[str, Any]) -> Chart | None:
    """The chart of one measure, or None when fewer than two figures carry a date."""
    global _charts_made
    rows = chart_rows(entries, in_conflict, docs)
    if len(rows) < 2:
        return None
    title = measure_label(entries[0].measure)
    _charts_made += 1
    svg = _prefix_ids(render_svg(chart_spec(title, rows)), f"c{_charts_made}-")
    return Chart(title, svg, hidden=len(entries) - len(rows))


def render(report: Report) -> str:
    """The page: one HTML string with everything inline."""
    try:
        from jinja2 import Environment, PackageLoader, select_autoescape
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ReportError(missing_extra(exc)) from exc
    env = Environment(loader=PackageLoader("factcheck", "templates"), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["span"] = _span
    env.filters["outlet"] = lambda source: report.outlets.get(source) or PurePath(source).name
    return env.get_template("report.html.j2").render(r=report, measure_label=measure_label)


def _span(iv: tuple[float, float] | None) -> str:
    from .tracking import _span as span

    return span(iv) if iv else "none"


def missing_extra(exc: ImportError) -> str:
    return (f"the report needs the optional 'report' packages ({exc.name or exc}): "
            "pip install 'factcheck[report]'")


def build(ledger: Ledger, **options: Any) -> str:
    """``collect`` then ``render``; a missing optional package is a ``ReportError``."""
    try:
        import altair  # noqa: F401
        import jinja2  # noqa: F401
        import vl_convert  # noqa: F401
    except ImportError as exc:
        raise ReportError(missing_extra(exc)) from exc
    organisation, url = options.pop("organisation", ""), options.pop("url", "")
    report = collect(ledger, **options)
    if organisation:
        report.claim_reviews = _claim_reviews_json(ledger, organisation, url, options)
    return render(report)


def _claim_reviews_json(ledger: Ledger, organisation: str, url: str, options: dict[str, Any]) -> str:
    """The page's ClaimReview markup, safe inside a ``<script>`` element."""
    import json

    from .claimreview import claim_reviews

    items = claim_reviews(ledger, organisation=organisation, url=url, window_days=options.get("window_days", 30),
                          within_document=options.get("within_document", False),
                          max_ratio=options.get("max_ratio"))
    if not items:
        return ""
    text = json.dumps(items, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
