"""The records that flow between stages: documents, mentions, claims.

files -> ``Document`` -> spaCy ``Doc`` (``Quantity``/``DateMention``/``EntityMention``
found by ``factcheck.lang``) -> ``Claim`` -> ledger -> ``Conflict``.

All offsets are Python ``str`` indices. Mentions found on normalised text are
mapped back by the pipeline, so a ``Claim``'s ``start``/``end`` always index the
document's original ``text``.
"""

from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from .kinds import NAMES

#: The claim vocabulary of ``shared/gold/GUIDE.md`` (one record each in ``factcheck.kinds``).
KINDS: tuple[str, ...] = NAMES
QUALIFIERS: tuple[str, ...] = (
    "exact", "approx", "more_than", "at_least", "less_than", "at_most", "range", "vague",
)
STATUSES: tuple[str, ...] = ("actual", "planned", "possible", "claimed_false")

#: Export columns, in order (GUIDE.md lists the scored ones; the rest follow).
EXPORT_COLUMNS: tuple[str, ...] = (
    "claim_id", "source", "sentence_index", "start", "end", "text", "value",
    "value_low", "value_high", "qualifier", "kind", "unit", "subject", "object",
    "status", "when", "event", "attributed_to", "sentence", "published", "outlet",
    "furniture", "thing", "story", "inferred",
)


def written_value(qualifier: str, low: float | None, high: float | None) -> float | None:
    """The number as written: the upper end for ``less_than``/``at_most``, else the lower."""
    if qualifier in ("less_than", "at_most"):
        return high if high is not None else low
    return low if low is not None else high


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in text, with the interval it states.

    ``value_low``/``value_high`` follow GUIDE.md: a point value has low == high;
    ``more_than``/``at_least``/``vague`` leave ``value_high`` None;
    ``less_than``/``at_most`` leave ``value_low`` None; ``range`` has both ends.
    ``unit`` is a currency code (``INR``, ``USD``, ...), ``percent``, or a time
    unit (``day``, ``week``, ``month``, ``year``, ``decade``) when the number
    carries one; empty otherwise.
    """

    start: int
    end: int
    text: str
    value_low: float | None
    value_high: float | None
    qualifier: str = "exact"
    unit: str = ""

    @property
    def value(self) -> float | None:
        return written_value(self.qualifier, self.value_low, self.value_high)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A calendar reference.

    ``when`` is ISO 8601 at the precision written or resolved: ``2024-06-19``,
    ``2024-06``, ``2024``, a decade as ``1990s``;
    ``--06`` / ``--02-24`` when the year is unknown; ``""`` when nothing on the
    calendar is known (a bare weekday without a publication date).
    ``relative`` is True when the text was relative (इस साल, कल, रविवार).
    """

    start: int
    end: int
    text: str
    when: str
    relative: bool = False


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named actor or place, resolved to its canonical (English) name when known."""

    start: int
    end: int
    text: str
    name: str
    type: str = ""  # state, person, organisation, place, party, ...
    qid: str = ""
    adjectival: bool = False  # रूसी -> Russia
    known: bool = True  # False for names recognised only by their shape or a title
    place: str = ""  # the place itself when ``name`` is what it stands for (काठमांडू -> Nepal; place Kathmandu)


@dataclass(slots=True)
class Claim:
    """One checkable statement: a quantity or an event date, with its roles."""

    start: int
    end: int
    text: str
    kind: str
    value_low: float | None = None
    value_high: float | None = None
    qualifier: str = ""
    unit: str = ""
    subject: str = ""
    object: str = ""
    status: str = "actual"
    when: str = ""
    event: str = ""
    attributed_to: str = ""
    #: which figure of its kind it is ("total", "majority", "batch", "turnout"; "" = the plain measure)
    thing: str = ""
    #: roles the claim's own words do not settle, comma-separated: "place" (the subject is the
    #: place the document names most, in a disaster), "subject" (an earlier sentence's topic),
    #: "object" (an actor merely named nearby or earlier)
    inferred: str = ""
    sentence_index: int = 0
    sentence: str = ""
    furniture: bool = False
    #: field name -> the words that decided it ("kind": "सैनिक -> troops").
    reasons: dict[str, str] = field(default_factory=dict)
    # Filled in by the ledger.
    claim_id: int | None = None
    source: str = ""
    published: str = ""
    outlet: str = ""
    story: str = ""  # id of the document's story (see ``Story``), "" until stories are formed
    key: str = ""  # stable key (document, text, occurrence): survives re-extraction, unlike claim_id
    origin: str = ""  # source of the document this one's is a copy of, else its own source

    @property
    def value(self) -> float | None:
        return written_value(self.qualifier, self.value_low, self.value_high)

    def as_row(self) -> dict[str, Any]:
        """The export row: every ``EXPORT_COLUMNS`` field plus ``reasons``."""
        row = asdict(self)
        row["value"] = self.value
        return row


@dataclass(slots=True)
class Document:
    """A decoded input file (or JSONL record) with its metadata.

    ``text`` is exactly what offsets index: the file as decoded (BOM removed),
    or the main text extracted from HTML. ``furniture`` lists spans of page
    furniture (menus, "यह भी पढ़ें", linked headlines) whose claims are flagged.
    """

    source: str
    text: str
    sha256: str
    url: str = ""
    outlet: str = ""
    title: str = ""
    published: str = ""  # ISO date or ""
    published_origin: str = "unknown"  # metadata / dateline / header / url / unknown
    format: str = "text"  # text / html / jsonl
    furniture: list[tuple[int, int]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    #: What the document is about, for grouping into stories: salient entities,
    #: places, event nouns and dates (filled by the pipeline).
    profile: dict[str, Any] = field(default_factory=dict)
    #: The document's identity: its resolved path (``path#id`` for a JSON Lines record),
    #: the same however ``source`` spelt the path.
    canonical: str = ""


@dataclass(frozen=True, slots=True)
class Story:
    """One event as reported by several documents (outlets, copies, follow-ups).

    ``id`` is stable while the story keeps its earliest document; ``label`` reads
    like "भूकंप · Nepal · 2025-03-28..2025-03-30"; ``first``/``last`` are the
    publication dates it spans (ISO, "" when unknown).
    """

    id: str
    label: str
    sources: tuple[str, ...] = ()
    first: str = ""
    last: str = ""


#: Set (by ``factcheck --debug``) to raise a fault in the pipeline instead of reporting the document.
DEBUG_ENV = "FACTCHECK_DEBUG"


@dataclass(frozen=True, slots=True)
class ReadError:
    """A file that could not be turned into a ``Document``: one line for the user."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def when_interval(when: str) -> tuple[date, date] | None:
    """The first and last day a ``when`` value covers, or None when it names no year.

    ``2024-06-19`` -> that day; ``2024-06`` -> June 2024; ``2024`` -> the year;
    ``1990s`` -> 1990-01-01..1999-12-31. Year-less values (``--06``) give None:
    they cannot be placed on the calendar.
    """
    w = (when or "").strip()
    if not w or w.startswith("--"):
        return None
    try:
        if w.endswith("s") and len(w) == 5:
            start = int(w[:4])
            return date(start, 1, 1), date(start + 9, 12, 31)
        parts = [int(p) for p in w.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            y, m = parts
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        day = date(parts[0], parts[1], parts[2])
        return day, day
    except ValueError:
        return None
