"""Why two claims do or do not conflict: the comparison pass's decision, step by step.

``explain(a, b, context)`` walks the same rules as :func:`factcheck.compare.find_conflicts`
(it calls the same functions) for one pair: each claim's measure key and the
words that decided it, whether each takes part at all, the stories, the
parties, the periods, the publication window, both intervals and the update
rule; it ends in ``conflict``, ``no conflict: <reason>`` or ``not compared:
<reason>``. ``context`` is the rest of the ledger's claims, which two of the
rules read (reports written while counting goes on; years named in a sentence).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .compare import (
    FAR_APART,
    _check,
    _latest_counts,
    _other_period,
    _overtaken,
    _top,
    both_days,
    counted_lead,
    describe,
    nested_dates,
    not_comparable,
    parties_meet,
    party_key,
    period_items,
    provisional_sources,
    rounded_twice,
    same_source,
    told_before,
    told_by,
    too_far_apart,
    update_between,
)
from .measure import MeasureKey, interval, measure_key, overlap
from .model import Claim


@dataclass
class Explanation:
    """The steps of one pair's decision and the verdict they lead to."""

    a: Claim
    b: Claim
    steps: list[str] = field(default_factory=list)
    verdict: str = ""

    @property
    def conflict(self) -> bool:
        return self.verdict == "conflict"

    def text(self) -> str:
        return "\n".join([*(f"{i}. {s}" for i, s in enumerate(self.steps, 1)), f"→ {self.verdict}"])


def _side(label: str, c: Claim, key: MeasureKey) -> str:
    why = "; ".join(f"{f}: {c.reasons[f]}" for f in ("kind", "thing", "subject", "object", "status")
                    if c.reasons.get(f))
    where = f"{c.source}:{c.start}"
    return f"{label} #{c.claim_id} {c.text!r} ({where}, published {c.published[:10] or 'unknown'}): " \
           f"{key.describe()}" + (f" — {why}" if why else "")


def explain(a: Claim, b: Claim, context: Iterable[Claim] = (), *, window_days: int = 30,
            within_document: bool = False, max_ratio: float | None = None) -> Explanation:
    """The decision for the pair ``a``, ``b`` (see the module docstring)."""
    out = Explanation(a, b)
    ka, kb = measure_key(a), measure_key(b)
    out.steps += [_side("A", a, ka), _side("B", b, kb)]

    def stop(verdict: str) -> Explanation:
        out.verdict = verdict
        return out

    if same_source(a, b) and not (within_document and a.source == b.source and a.start != b.start):
        return stop("not compared: both come from one document (or copies of one text)")
    for label, c in (("A", a), ("B", b)):
        why = not_comparable(c)
        if why:
            return stop(f"not compared: {label} takes no part in comparisons ({why})")
    out.steps.append(f"stories: A {a.story or '(none)'}, B {b.story or '(none)'}")
    if a.story != b.story:
        return stop("not compared: the claims belong to different stories (different events)")
    for field_ in ("kind", "thing", "unit", "event", "status"):
        if getattr(ka, field_) != getattr(kb, field_):
            return stop(f"not compared: different {field_} ({getattr(ka, field_) or '—'} vs "
                        f"{getattr(kb, field_) or '—'})")
    if not parties_meet(party_key(a), party_key(b)):
        return stop(f"not compared: different parties ({ka.subject} → {ka.object or '—'} vs "
                    f"{kb.subject} → {kb.object or '—'})")
    if nested_dates(party_key(a), party_key(b)) and not both_days(a, b):
        return stop(f"not compared: dates filed under nested places ({ka.subject}, {kb.subject}) meet only "
                    "when both name a day")
    out.steps.append("same measure: " + ka.describe() if ka == kb else
                     f"same measure once unsaid parties are filled: {ka.describe()} ~ {kb.describe()}")
    claims = [*context, a, b]
    provisional = provisional_sources(claims)
    for label, c in (("A", a), ("B", b)):
        if counted_lead(c, provisional):
            return stop(f"not compared: {label} is a lead in a report written while counting goes on")
    latest = _latest_counts(claims)
    for label, c in (("A", a), ("B", b)):
        if _overtaken(c, party_key(c), latest):
            return stop(f"not compared: {label} is a count by a time of day below the one its own report "
                        "gives as the latest: a moment the report has told past")
    item_of = period_items(claims)
    x, y = item_of(a), item_of(b)
    if x is None or y is None:
        return stop("not compared: a claim without a value or a calendar date")
    if x.years or y.years:
        out.steps.append(f"periods: A {sorted(x.years) or '?'}, B {sorted(y.years) or '?'}")
    if x.days and y.days:
        out.steps.append(f"days named: A {sorted(x.days)}, B {sorted(y.days)}")
    if x.window or y.window:
        out.steps.append(f"spans: A {x.window or '—'}, B {y.window or '—'}")
    if _other_period(x, y):
        return stop("not compared: the figures are about different periods (years or days named, a span "
                    "such as one night or an earlier round, or a count at a moment published on different days)")
    told = told_before(claims, item_of)
    top = _top(a, ka)
    if told_by(told, top, ka.status, b, x) or told_by(told, top, ka.status, a, y):
        return stop("no conflict: one report gives the other's figure as one told before, since superseded")
    if a.kind != "date" and x.day is not None and y.day is not None:
        days = abs(x.day - y.day)
        out.steps.append(f"published {days} days apart (window {window_days})")
        if days > window_days:
            return stop(f"not compared: published more than {window_days} days apart")
    elif a.kind != "date":
        out.steps.append("a publication date is unknown: compared, and the reason will say so")
    ia, ib = (x.iv, y.iv) if a.kind == "date" else (interval(a), interval(b))
    out.steps.append(f"intervals: A {describe(a) if a.kind != 'date' else a.when} → {ia}, "
                     f"B {describe(b) if b.kind != 'date' else b.when} → {ib}")
    if overlap(ia, ib):
        return stop("no conflict: the intervals overlap")
    if a.kind != "date" and rounded_twice(x, y):
        return stop("no conflict: one figure rounded in two units")
    update = update_between(*sorted((x, y), key=lambda i: (i.day is None, i.day or 0)), provisional)
    if update:
        return stop(f"no conflict: an update — {update}")
    if too_far_apart(x, y, max_ratio):
        return stop(f"not compared: one figure is more than {max_ratio or FAR_APART:g} times the other, as figures of two "
                    "things or events are")
    found = _check(x, y, ka if ka == kb else kb, provisional, max_ratio)
    if found is None:
        return stop("no conflict: a provisional figure revised by a final one")
    out.steps.append(f"{found.severity}: {found.reason}")
    return stop("conflict")
