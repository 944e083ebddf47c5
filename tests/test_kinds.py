"""The kind registry against GUIDE.md's vocabulary, its traits and units, and a kind added as data."""

from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path

import pytest

from factcheck import compare, measure
from factcheck.kinds import DATA, REGISTRY, TRAITS, load
from factcheck.measure import interval, measure_key
from factcheck.model import KINDS, Claim
from factcheck.normalize import fold_word
from factcheck.pipeline import analyze

ROOT = Path(__file__).resolve().parent.parent


def _guide() -> Path | None:
    """GUIDE.md of the shared gold set: beside the clone (CI, main checkout) or beside its worktree folder."""
    candidates = [Path(os.environ["FACTCHECK_SHARED"]) / "gold" / "GUIDE.md"] if "FACTCHECK_SHARED" in os.environ \
        else []
    candidates += [ROOT.parent / "shared" / "gold" / "GUIDE.md", ROOT.parent.parent / "shared" / "gold" / "GUIDE.md"]
    return next((p for p in candidates if p.exists()), None)


GUIDE = _guide()
needs_guide = pytest.mark.skipif(GUIDE is None, reason="shared/gold/GUIDE.md is not beside this clone")

#: GUIDE.md's kind vocabulary, written out here too so the test holds without the shared folder.
GUIDE_KINDS = (
    "troops", "workers", "casualties", "killed", "wounded", "captured", "missing", "shells", "missiles",
    "rockets", "drones", "aircraft", "tanks", "ships", "weapons", "people", "money", "percent", "votes",
    "seats", "duration", "magnitude", "distance", "area", "weight", "date", "count",
)
#: Units converted to a base unit, by the kind they belong to.
CONVERTED_UNITS = {"km": "distance", "m": "distance", "km2": "area", "hectare": "area", "acre": "area",
                   "kg": "weight", "tonne": "weight", "minute": "duration", "hour": "duration", "day": "duration",
                   "week": "duration", "month": "duration", "year": "duration", "decade": "duration"}
#: Kinds whose unit is part of the measure (currency), not converted.
UNIT_IN_MEASURE = {"money"}
SIDE_KINDS = {"troops", "workers", "casualties", "killed", "wounded", "captured", "missing", "shells",
              "missiles", "rockets", "drones", "aircraft", "tanks", "ships", "weapons"}


def _guide_field(name: str) -> list[str]:
    """The backticked words of GUIDE.md's ``- `name` —`` field line (the name itself left out)."""
    assert GUIDE is not None
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"- `{name}`"):
            return [w for w in re.findall(r"`([^`]+)`", line) if w != name]
    raise AssertionError(f"GUIDE.md has no `{name}` field line")


@needs_guide
def test_registry_has_exactly_guides_kinds() -> None:
    guide = _guide_field("kind")
    assert set(guide) == set(REGISTRY), (
        f"GUIDE only: {sorted(set(guide) - set(REGISTRY))}; registry only: {sorted(set(REGISTRY) - set(guide))}")


@needs_guide
def test_guide_units_are_known() -> None:
    units = {u for w in _guide_field("unit") for u in w.split("/")}
    converted = {u for u in units if REGISTRY.by_unit(u)}
    # everything else GUIDE lists is a currency, part of the measure
    rest = units - converted
    assert rest <= {"INR", "USD"}, rest
    assert {u: REGISTRY.by_unit(u) for u in converted} == {u: CONVERTED_UNITS[u] for u in converted}


def test_registry_matches_the_list_in_this_test() -> None:
    assert set(REGISTRY) == set(GUIDE_KINDS)
    assert tuple(REGISTRY) == KINDS


@pytest.mark.parametrize("name", GUIDE_KINDS)
def test_every_kind_says_what_it_counts(name: str) -> None:
    assert REGISTRY[name].about.strip(), f"{name} has no `about` (explain shows it)"


@pytest.mark.parametrize("name", GUIDE_KINDS)
def test_traits_are_known(name: str) -> None:
    assert REGISTRY[name].traits <= TRAITS
    for trait in REGISTRY[name].traits:
        assert REGISTRY[name].has(trait)


def test_an_unknown_trait_is_refused() -> None:
    with pytest.raises(KeyError):
        REGISTRY["troops"].has("heavy")
    with pytest.raises(KeyError):
        REGISTRY.with_trait("heavy")


def test_side_kinds_are_the_guides_sides() -> None:
    """GUIDE "Who a figure is about": these belong to a side; people and disasters' places do not."""
    assert REGISTRY.with_trait("side") == SIDE_KINDS


@pytest.mark.parametrize("name", sorted(UNIT_IN_MEASURE))
def test_currency_units_are_part_of_the_measure(name: str) -> None:
    assert REGISTRY[name].has("unit_in_measure")
    a = Claim(0, 5, "10 रुपये", name, 10, 10, "exact", unit="INR", subject="X", object="Y")
    b = Claim(0, 5, "10 डॉलर", name, 10, 10, "exact", unit="USD", subject="X", object="Y")
    assert measure_key(a) != measure_key(b)


@pytest.mark.parametrize("unit, kind", sorted(CONVERTED_UNITS.items()))
def test_units_belong_to_one_kind(unit: str, kind: str) -> None:
    assert REGISTRY.by_unit(unit) == kind
    assert [k for k in REGISTRY if unit in REGISTRY[k].units] == [kind]


def _measure(kind: str, value: float, unit: str, *, source: str, qualifier: str = "exact") -> Claim:
    text = f"{value:g} {unit}"
    return Claim(0, len(text), text, kind, value, value, qualifier, unit=unit, subject="Nepal",
                 source=source, published="2025-03-28", story="s1", sentence=f"भूकंप का केंद्र {text} दूर था।")


# (kind, (value, unit), (value, unit), conflict?)
UNIT_CASES = [
    ("distance", (5, "km"), (5000, "m"), False),
    ("distance", (20, "km"), (28, "km"), True),
    ("distance", (2, "km"), (1500, "m"), True),
    ("distance", (1, "mile"), (1.609, "km"), False),
    ("area", (4000, "hectare"), (9884, "acre"), False),
    ("area", (4000, "hectare"), (40, "km2"), False),
    ("area", (4000, "hectare"), (6000, "acre"), True),
    ("area", (7000, "m2"), (0.7, "hectare"), False),
    ("area", (13000, "m2"), (0.7, "hectare"), True),
    ("area", (14400, "sqft"), (1338, "m2"), False),
    ("weight", (2, "tonne"), (2000, "kg"), False),
    ("weight", (2, "tonne"), (1500, "kg"), True),
    # a calendar unit's length varies: 3 months are 84 to 93 days, a year 365 or 366 days
    ("duration", (72, "hour"), (3, "day"), False),
    ("duration", (45, "day"), (3, "month"), True),
    ("duration", (90, "day"), (3, "month"), False),
    ("duration", (2, "year"), (24, "month"), False),
    ("duration", (2, "year"), (30, "month"), True),
    ("duration", (2, "week"), (14, "day"), False),
]


@pytest.mark.parametrize("kind, a, b, conflict", UNIT_CASES)
def test_units_convert_before_comparing(kind: str, a: tuple[float, str], b: tuple[float, str],
                                        conflict: bool) -> None:
    ca = _measure(kind, a[0], a[1], source="a.txt", qualifier="approx")
    cb = _measure(kind, b[0], b[1], source="b.txt", qualifier="approx")
    assert measure_key(ca) == measure_key(cb), "the unit of a converted kind is not part of its measure"
    assert bool(compare.find_conflicts([ca, cb])) is conflict


def test_hectares_are_acres_times_the_factor() -> None:
    ha = interval(_measure("area", 4000, "hectare", source="a"))
    acre = interval(_measure("area", 9884, "acre", source="b"))
    assert ha[0] == pytest.approx(acre[0], rel=1e-3)


def test_a_noun_gives_one_kind() -> None:
    """Every counted noun (folded as matched) belongs to one kind: no figure is two measures."""
    owners: dict[str, set[str]] = defaultdict(set)
    for name, kind in REGISTRY.items():
        for noun in kind.nouns:
            owners[" ".join(fold_word(w) for w in noun.split())].add(name)
    shared = {noun: sorted(kinds) for noun, kinds in owners.items() if len(kinds) > 1}
    assert not shared, f"nouns listed under more than one kind: {shared}"


@pytest.mark.parametrize("name", GUIDE_KINDS)
def test_things_have_cues(name: str) -> None:
    for thing, cues in REGISTRY[name].things.items():
        assert cues and all(c.strip("=>") for c in cues), f"{name}.{thing} has an empty cue"


# --- adding a kind is one block of data ----------------------------------------------------------

VOLUME = """
  volume:
    about: "volumes of liquid (water released, fuel spilt), compared in litres"
    units: {kl: 1000, litre: 1}
    traits: [place_subject]
"""


@pytest.fixture
def with_volume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The shipped registry plus one ``volume`` block, in place of the shipped one."""
    text = DATA.read_text(encoding="utf-8").replace("\nkinds:\n", "\nkinds:\n" + VOLUME.lstrip("\n"), 1)
    path = tmp_path / "kinds.yaml"
    path.write_text(text, encoding="utf-8")
    registry = load(path)
    for module in (measure, compare):
        monkeypatch.setattr(module, "REGISTRY", registry)
    return registry


def test_a_new_kind_is_one_block(with_volume) -> None:
    assert "volume" in with_volume and "volume" not in REGISTRY
    assert len(with_volume) == len(REGISTRY) + 1
    assert with_volume.by_unit("kl") == "volume"
    a = _measure("volume", 5, "kl", source="a.txt")
    b = _measure("volume", 5000, "litre", source="b.txt")
    c = _measure("volume", 7000, "litre", source="c.txt")
    assert interval(a) == interval(b) == (5000.0, 5000.0)
    assert measure_key(a) == measure_key(c)
    found = compare.find_conflicts([a, b, c])
    assert {frozenset((x.a.source, x.b.source)) for x in found} == {frozenset({"a.txt", "c.txt"}),
                                                                      frozenset({"b.txt", "c.txt"})}


def test_a_bad_block_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kinds.yaml"
    path.write_text("kinds:\n  volume:\n    traits: [liquid]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="volume.*liquid"):
        load(path)
    path.write_text("kinds:\n  volume:\n    colour: blue\n", encoding="utf-8")
    with pytest.raises(ValueError, match="volume.*colour"):
        load(path)
    path.write_text("kinds:\n  volume:\n    things: {tank: [टैंक]}\n    far_apart_things: [drum]\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match="volume.*drum"):
        load(path)


# GUIDE reports distances in km or m, areas in km2/hectare/acre, weights in tonne/kg
REPORTED = [
    ("distance", 223.6, "mm", 0.2236, "m"),
    ("distance", 10, "ft", 3.048, "m"),
    ("distance", 5, "cm", 0.05, "m"),
    ("distance", 10, "mile", 16.09344, "km"),
    ("distance", 75, "km", 75, "km"),
    ("weight", 5, "quintal", 500, "kg"),
    ("weight", 2, "tonne", 2, "tonne"),
    ("area", 40, "hectare", 40, "hectare"),
]


@pytest.mark.parametrize(("kind", "value", "unit", "want", "want_unit"), REPORTED)
def test_figures_are_reported_in_guide_units(kind: str, value: float, unit: str, want: float,
                                             want_unit: str) -> None:
    got, got_unit = REGISTRY[kind].reported(value, unit)
    assert (got_unit, got) == (want_unit, pytest.approx(want))


def test_rainfall_in_millimetres_is_stored_in_metres() -> None:
    _, claims = analyze("मंडी में 24 घंटे में 223.6 मिमी बारिश दर्ज की गई।")
    rain = next(c for c in claims if c.kind == "distance")
    assert (rain.value_low, rain.unit) == (pytest.approx(0.2236), "m")


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("आपात सेवा मंत्रालय ने बताया कि आग करीब 7 हजार वर्ग मीटर में फैली थी।", 1.7297, "acre"),
    ("होर्डिंग 14,400 वर्ग फुट का था।", 0.3308, "acre"),
    ("जंगल की आग 30 वर्ग किलोमीटर में फैली।", 30, "km2"),
])
def test_square_metres_and_feet_are_areas(sentence: str, value: float, unit: str) -> None:
    """A fire's or a hoarding's area in square metres or feet is an area, reported in GUIDE's units."""
    _, claims = analyze(sentence)
    area = next(c for c in claims if c.kind == "area")
    assert (area.value_low, area.unit) == (pytest.approx(value, rel=1e-3), unit)


# a bare count (its noun known to no kind) is told apart by the word after it
BARE_COUNT_CASES = [
    # (sentence a, figure a, sentence b, figure b, same measure)
    ("भारत ने 50 ओवर में सात विकेट पर 298 रन बनाए।", "298", "भारत ने सात विकेट पर 299 रन बनाए।", "299", True),
    ("भारत ने 50 ओवर में सात विकेट पर 298 रन बनाए।", "सात", "भारत ने 50 ओवर में सात विकेट पर 298 रन बनाए।", "298",
     False),
    ("जहाज पर 640 कंटेनर लदे थे।", "640", "जहाज पर 643 कंटेनरों में माल था।", "643", True),
    ("विभाग ने 8 नमूने जांच के लिए भेजे।", "8", "विभाग ने 12 टीमें लगाईं।", "12", False),
    # a word after it that counts nothing: no word in the measure
    ("कुल 52 को पकड़ा गया।", "52", "कुल 60 ही पकड़े गए।", "60", True),
]


@pytest.mark.parametrize("sa, fa, sb, fb, same", BARE_COUNT_CASES)
def test_a_bare_count_is_told_by_the_word_after_it(sa: str, fa: str, sb: str, fb: str, same: bool) -> None:
    a = Claim(0, len(fa), fa, "count", 1, 1, "exact", subject="India", object="South Africa", sentence=sa)
    b = Claim(0, len(fb), fb, "count", 2, 2, "exact", subject="India", object="South Africa", sentence=sb)
    assert (measure_key(a) == measure_key(b)) is same
