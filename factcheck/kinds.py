"""The claim-kind registry: every kind of GUIDE.md's vocabulary as one typed record.

Each kind is one block of ``lang/data/kinds.yaml`` (its counted nouns, units,
cue words for the thing counted, and its traits); every stage — the Hindi
rules in ``factcheck.lang``, the comparison pass, tracking, ``explain`` — reads
kinds through :data:`REGISTRY` instead of keeping sets of its own. Adding a kind
is adding a block of data (and test rows).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .datafile import read_yaml

DATA = Path(__file__).parent / "lang" / "data" / "kinds.yaml"

#: Traits a kind may have (see the header of ``kinds.yaml`` for their meaning).
TRAITS: frozenset[str] = frozenset({
    "side", "cumulative", "tally", "generic", "unit_in_measure", "counts_people", "casualty",
    "place_subject", "genitive_head", "one_count", "elliptic", "noun_is_thing", "typed", "of_event", "state_figure",
    "listed", "stock", "local",
})


@dataclass(frozen=True)
class Kind:
    """One claim kind and what every stage needs to know about it."""

    name: str
    about: str = ""
    nouns: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    #: measure unit -> factor to the kind's base unit (km -> 1000 for metres)
    units: Mapping[str, float] = field(default_factory=dict)
    #: units whose size varies (a month is 28 to 31 days) -> the largest factor; ``units`` has the smallest
    units_high: Mapping[str, float] = field(default_factory=dict)
    #: thing counted -> cue words in the figure's clause
    things: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    traits: frozenset[str] = frozenset()
    #: things counted at a moment of a kind that is not (people in hospital): see ``stock``
    stock_things: frozenset[str] = frozenset()
    #: the units GUIDE reports the kind in (km and m for distances); others convert to one of them
    reported_units: tuple[str, ...] = ()
    #: things counted "so far" of a kind that is not (people rescued): a later, larger figure updates
    cumulative_things: frozenset[str] = frozenset()
    #: things an event has one figure of (a house's total, its majority mark): a figure in a parallel
    #: clause never repeats them ("बहुमत के 71 के आंकड़े को पार किया, जबकि यूडीएफ 41 सीटों पर अटक गया")
    single_things: frozenset[str] = frozenset()
    #: things that yield to another its clause names that is itself counted so far ("अब तक 20 लोगों को
    #: सुरक्षित निकाला": the running words say the count runs; the rescue says what it counts)
    fallback_things: frozenset[str] = frozenset()
    #: things that are by nature a part of a figure named before them ("जिनमें से 371 ड्रोन मार गिराए":
    #: those shot down of those fired): the subset words say what they are, and they are compared
    part_things: frozenset[str] = frozenset()
    #: things whose figures sources give far apart by nature (the warring sides' soldiers killed, two
    #: agencies' depths of one quake): compared however far apart (see ``compare.FAR_APART``)
    far_apart_things: frozenset[str] = frozenset()
    #: things read at a station (rain): the place its clause names with में before the figure holds it,
    #: not the city or district that holds the station ("सांताक्रूज में 301 मिमी और कोलाबा में 270 मिमी")
    station_things: frozenset[str] = frozenset()
    #: the unit a figure of this kind has when the text names none (a lakh given as ex gratia: rupees)
    implied_unit: str = ""
    #: words in a bare scaled figure's clause that make it this kind ("परिजनों को चार-चार लाख", "5 लाख
    #: का मुआवजा", "सरकार देगी 2 लाख")
    implied_by: tuple[str, ...] = ()
    #: the largest figure of this kind there is (a quake's magnitude is under 10): a larger one is a count
    most: float | None = None

    def has(self, trait: str) -> bool:
        if trait not in TRAITS:
            raise KeyError(f"unknown kind trait {trait!r}")
        return trait in self.traits

    def cumulative(self, thing: str = "") -> bool:
        """Whether figures of ``thing`` of this kind are counted so far (a later, larger one updates):
        its first word's ("houses destroyed" as houses are), or its condition's (anything destroyed or
        damaged by a disaster adds up: "पुल destroyed")."""
        words = thing.split()
        return "cumulative" in self.traits or bool(words) and (
            words[0] in self.cumulative_things or (len(words) > 1 and words[-1] in self.cumulative_things))

    def reported_unit(self, unit: str) -> str:
        """The unit GUIDE reports a figure in ``unit`` in: the largest of ``reported_units`` no bigger
        than ``unit``, else the smallest (cm -> m, mile -> km); ``unit`` itself when it is reported
        or not a unit of the kind."""
        if not self.reported_units or unit in self.reported_units or unit not in self.units:
            return unit
        size = self.units[unit]
        fits = [u for u in self.reported_units if self.units[u] <= size]
        return max(fits, key=self.units.__getitem__) if fits else min(self.reported_units, key=self.units.__getitem__)

    def reported(self, value: float | None, unit: str) -> tuple[float | None, str]:
        """``value`` in :meth:`reported_unit` (5 cm -> 0.05 m, 10 miles -> 16.09 km)."""
        target = self.reported_unit(unit)
        if target == unit or value is None:
            return value, target
        return round(value * self.units[unit] / self.units[target], 9), target

    def stock(self, thing: str = "") -> bool:
        """Whether figures of ``thing`` of this kind are counts at a moment (figures of two days
        are of two moments)."""
        return "stock" in self.traits or thing.split(" ", 1)[0] in self.stock_things

    def far_apart(self, thing: str = "") -> bool:
        """Whether sources give figures of ``thing`` of this kind far apart by nature (each side
        claims the other's losses; agencies read a quake's depth their own way)."""
        return thing.split(" ", 1)[0] in self.far_apart_things

    def base_value(self, value: float | None, unit: str, high: bool = False) -> float | None:
        """``value`` in the kind's base unit (5 km -> 5000 m); unchanged without a factor. A unit of
        varying size gives its smallest factor, or with ``high`` its largest (3 months: 84 to 93 days)."""
        if value is None:
            return None
        if high and unit in self.units_high:
            return value * self.units_high[unit]
        return value * self.units.get(unit, 1.0)


class Registry(Mapping[str, Kind]):
    """Kinds by name, in the order of the data file."""

    def __init__(self, kinds: list[Kind], extra: Mapping[str, Any]) -> None:
        self._kinds = {k.name: k for k in kinds}
        self.extra = extra  # the word lists that belong to no single kind (fillers, nationals ...)
        self._traits: dict[str, frozenset[str]] = {}  # asked per claim by the comparison pass

    def __getitem__(self, name: str) -> Kind:
        return self._kinds[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._kinds)

    def __len__(self) -> int:
        return len(self._kinds)

    def with_trait(self, trait: str) -> frozenset[str]:
        """Names of the kinds that have ``trait``."""
        if trait not in self._traits:
            if trait not in TRAITS:
                raise KeyError(f"unknown kind trait {trait!r}")
            self._traits[trait] = frozenset(k.name for k in self._kinds.values() if trait in k.traits)
        return self._traits[trait]

    def by_unit(self, unit: str) -> str:
        """The kind a measure unit belongs to ("km" -> "distance"), or ""."""
        for k in self._kinds.values():
            if unit in k.units:
                return k.name
        return ""


def _kind(name: str, raw: Mapping[str, Any], conditions: frozenset[str] = frozenset()) -> Kind:
    unknown = set(raw) - {"about", "nouns", "outcomes", "before", "units", "reported_units", "things", "traits",
                          "cumulative_things", "stock_things", "single_things", "implied_unit", "implied_by",
                          "fallback_things", "part_things", "far_apart_things", "station_things", "most"}
    if unknown:
        raise ValueError(f"kinds.yaml: {name}: unknown field(s) {sorted(unknown)}")
    traits = frozenset(raw.get("traits") or ())
    if traits - TRAITS:
        raise ValueError(f"kinds.yaml: {name}: unknown trait(s) {sorted(traits - TRAITS)}")
    if set(raw.get("reported_units") or ()) - set(raw.get("units") or {}):
        raise ValueError(f"kinds.yaml: {name}: reported_units not among its units")
    listed = ("cumulative_things", "stock_things", "single_things", "fallback_things", "part_things",
              "far_apart_things", "station_things")
    stray = set().union(*(raw.get(key) or () for key in listed)) - set(raw.get("things") or {}) - conditions
    if stray:
        raise ValueError(f"kinds.yaml: {name}: {'/'.join(listed)} not among its things: {sorted(stray)}")
    return Kind(
        name=name,
        about=str(raw.get("about", "")),
        nouns=tuple(str(w) for w in raw.get("nouns") or ()),
        outcomes=tuple(str(w) for w in raw.get("outcomes") or ()),
        before=tuple(str(w) for w in raw.get("before") or ()),
        units={str(u): float(f[0] if isinstance(f, list) else f) for u, f in (raw.get("units") or {}).items()},
        units_high={str(u): float(f[1]) for u, f in (raw.get("units") or {}).items() if isinstance(f, list)},
        things={str(t): tuple(str(w) for w in ws) for t, ws in (raw.get("things") or {}).items()},
        traits=traits,
        cumulative_things=frozenset(str(x) for x in raw.get("cumulative_things") or ()),
        stock_things=frozenset(str(x) for x in raw.get("stock_things") or ()),
        single_things=frozenset(str(x) for x in raw.get("single_things") or ()),
        reported_units=tuple(str(u) for u in raw.get("reported_units") or ()),
        fallback_things=frozenset(str(x) for x in raw.get("fallback_things") or ()),
        part_things=frozenset(str(x) for x in raw.get("part_things") or ()),
        far_apart_things=frozenset(str(x) for x in raw.get("far_apart_things") or ()),
        station_things=frozenset(str(x) for x in raw.get("station_things") or ()),
        implied_unit=str(raw.get("implied_unit") or ""),
        implied_by=tuple(str(w) for w in raw.get("implied_by") or ()),
        most=float(raw["most"]) if raw.get("most") is not None else None,
    )


@lru_cache(maxsize=1)
def load(path: Path = DATA) -> Registry:
    """Read the registry from ``kinds.yaml``."""
    raw = read_yaml(path)
    conditions = frozenset(k for k in raw.get("conditions") or {} if k != "of")
    kinds = [_kind(name, rec or {}, conditions) for name, rec in raw["kinds"].items()]
    return Registry(kinds, {k: v for k, v in raw.items() if k != "kinds"})


REGISTRY: Registry = load()
#: The kind names, in registry order (GUIDE.md's vocabulary).
NAMES: tuple[str, ...] = tuple(REGISTRY)
