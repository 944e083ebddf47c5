"""Named actors and places: canonical entities, their Hindi aliases, and unknown names.

``data/gazetteer.jsonl`` holds one entity a line (built by ``scripts/build_gazetteer.py``
from CLDR plus curated press spellings)::

    {"name": "North Korea", "qid": "Q423", "type": "state",
     "aliases": ["उत्तर कोरिया", "नॉर्थ कोरिया", ...], "adjectives": ["उत्तर कोरियाई", ...],
     "stands_for": "", "context_aliases": [], "part_of": ""}

``stands_for`` makes a capital or seat of power a metonym (क्रेमलिन -> Russia); a
metonym that is a place keeps its literal place in ``EntityMention.place``
(काठमांडू: ``name`` Nepal, ``place`` Kathmandu), for texts that use it as a place.
``part_of`` is the canonical name of the one place that contains a place ("" for
sovereign states and places whose container is unknown or ambiguous): Ujjain ->
Madhya Pradesh -> India, Sindhupalchok -> Bagmati Province -> Nepal.
:meth:`Gazetteer.parent`, :meth:`Gazetteer.ancestors` and :meth:`Gazetteer.within`
read that hierarchy.
``context_aliases`` are spellings that are also common words (आप, गया, भाषा) and match
only before a context word of the entity's type (आप सरकार, गया जिले) or in brackets.

:meth:`Gazetteer.find` tokenises folded text once and looks each token n-gram up in a
dict keyed by folded token tuples, longest first, so matching is linear in the text.
Names the gazetteer does not know still become ``known=False`` mentions by three
conservative rules (``data/gazetteer_rules.yaml``): a title before a name
(एसपी राजेश कुमार ने), Latin-script capitalised names (John Kirby), and 2–3 uncommon
words before ने / के अनुसार / के मुताबिक / का कहना.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from factcheck.model import EntityMention
from factcheck.normalize import WORD_END, fold_word

from .numerals import number_words
from .script import romanise

DATA = Path(__file__).parent / "data"
GAZETTEER_FILE = DATA / "gazetteer.jsonl"
#: The type of a news agency or outlet (BBC, Reuters, PTI): who reports a figure, never whose it is.
OUTLET = "outlet"

#: A word on folded text: a Devanagari run (no dandas), a Latin run, or digits.
_TOKEN = re.compile(r"[\u0900-\u0963\u0966-\u097f]+|[A-Za-z\u00c0-\u024f]+|[0-9]+")
#: What may stand between the words of one multi-word name: "जम्मू-कश्मीर", "जद (यू)".
_GAP = re.compile(r"[ \t\-()'\"]*")
_GAP_INITIAL = re.compile(r"[ \t]*\.[ \t]*")  # "एस. जयशंकर", "U.S."


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    return frozenset(number_words())


def _is_number(key: str) -> bool:
    """A token that is a number: digits, or a number word ("पांच")."""
    return key[:1].isdigit() or key in _number_words()


def _past_number(keys: list[str], k: int) -> int:
    """The token after the number starting at ``k`` ("43.57", "4,089": the tokens drop the separator)."""
    k += 1
    while k < len(keys) and keys[k][:1].isdigit():
        k += 1
    return k


def _before_tally(keys: list[str], k: int) -> bool:
    """Whether a tally starts at token ``k``: an optional case marker and qualifier, then a number (digits
    or a word: "हम को पांच") followed by a seat/vote/percent word (or "पर"), or the tally word itself ("आप
    का वोट शेयर")."""
    rules = _rules()
    markers, words = rules["tally_markers"], rules["tally_words"]
    if k < len(keys) and keys[k] in markers:
        k += 1
        if k < len(keys) and keys[k] in words and keys[k] != "पर":
            # a win or defeat is a party's only with a tally after it ("आप की जीत: 250 में से 134 वार्ड")
            return keys[k] not in rules["tally_outcomes"] or any(w[:1].isdigit() for w in keys[k + 1:])
    if k < len(keys) and keys[k] in rules["tally_qualifiers"]:
        k += 1  # "आप को करीब 43.6 फीसदी"
    if k >= len(keys) or not _is_number(keys[k]):
        return False
    k = _past_number(keys, k)
    if k < len(keys) and keys[k] == "और":
        # "आप को 134 और भाजपा को 104 वार्डों में जीत": the next tally's word names this one's too
        nxt = next((j for j in range(k + 1, min(k + 5, len(keys))) if _is_number(keys[j])), None)
        if nxt is not None:
            k = _past_number(keys, nxt)
    return k < len(keys) and keys[k] in words


@dataclass(frozen=True)
class Entity:
    """A canonical actor or place with every spelling the press uses for it."""

    name: str
    type: str = ""
    qid: str = ""
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    stands_for: str = ""
    context_aliases: tuple[str, ...] = ()
    part_of: str = ""  # canonical name of the containing place; "" for sovereign states


class _Entry(NamedTuple):
    entity: Entity
    adjectival: bool
    weak: bool  # context alias: needs a context word or brackets
    acronym: bool  # Latin all-caps alias: the text must be upper-case too


def _tokens(folded: str) -> list[str]:
    return [m.group().lower() for m in _TOKEN.finditer(folded)]


def _inflections(alias: str, adjectival: bool, typ: str) -> list[tuple[str, bool]]:
    """Spellings generated from one alias: adjective plurals, -याई adjectives, -वासी demonyms."""
    out: list[tuple[str, bool]] = [(alias, adjectival)]
    if not alias or not ("\u0900" <= alias[-1] <= "\u097f"):
        return out
    if adjectival:
        if alias.endswith("ी"):  # अमेरिकी -> अमेरिकियों
            out += [(alias[:-1] + "ियों", True), (alias[:-1] + "ियो", True)]
        elif alias.endswith("ई"):  # कोरियाई -> कोरियाइयों, भाजपाई -> भाजपाइयों
            out += [(alias[:-1] + "इयों", True), (alias[:-1] + "इयो", True)]
        elif alias.endswith("य"):  # भारतीय -> भारतीयों
            out += [(alias + "ों", True)]
        return out
    if typ in ("state", "place"):
        if alias.endswith("या"):  # सीरिया -> सीरियाई (-> सीरियाइयों)
            out += [(alias + "ई", True), (alias + "इयों", True)]
        if " " not in alias and len(alias) >= 3:  # बिहारवासी, दिल्लीवासियों
            out += [(alias + "वासी", True), (alias + "वासियों", True)]
    return out


def _merge(records: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Merge records by ``name``: later lists are added, later scalars (when present) win."""
    by_name: dict[str, dict[str, Any]] = {}
    for rec in records:
        name = str(rec.get("name", "")).strip()
        if not name:
            continue
        cur = by_name.setdefault(name, {"name": name, "type": "", "qid": "", "stands_for": "",
                                        "part_of": "", "aliases": [], "adjectives": [],
                                        "context_aliases": []})
        for key in ("type", "qid", "stands_for", "part_of"):
            if key in rec and rec[key] is not None:
                cur[key] = str(rec[key])
        for key in ("aliases", "adjectives", "context_aliases"):
            for v in rec.get(key) or ():
                if v and v not in cur[key]:
                    cur[key].append(str(v))
    return by_name


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    out = []
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc}") from None
    return out


#: Plural endings no name word has ("ट्रेनें स्टेशन पर" is no station named ट्रेनें; "लोगों ने").
_PLURAL_ENDINGS = ("ों", "ओं", "ें", "एं")


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    raw = yaml.safe_load((DATA / "gazetteer_rules.yaml").read_text(encoding="utf-8"))

    def fset(words: Iterable[str]) -> frozenset[str]:
        return frozenset(fold_word(w) for w in words or ())

    common: set[str] = set()
    cpath = DATA / "gazetteer_common.txt"
    if cpath.exists():
        for line in cpath.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                common.add(fold_word(line.strip()))
    # the words that name what happened (भगदड़, भूकंप, हादसा: stories.yaml) name no place or person
    # ("… पुल पर मची भगदड़ ने …")
    stories = yaml.safe_load((DATA / "stories.yaml").read_text(encoding="utf-8"))
    for words in [*(stories.get("events") or {}).values(), stories.get("happened") or ()]:
        common.update(fold_word(w) for w in words if " " not in str(w))
    titles = {tuple(_tokens(fold_word(t))) for t in raw.get("titles") or ()}
    places = raw.get("places") or {}
    name_parts = fset(raw.get("name_parts"))
    return {
        "context": {k: fset(v) for k, v in (raw.get("context") or {}).items()},
        "tally_markers": fset((raw.get("tally_context") or {}).get("markers")),
        "tally_words": fset((raw.get("tally_context") or {}).get("words")),
        "tally_qualifiers": fset((raw.get("tally_context") or {}).get("qualifiers")),
        "tally_outcomes": fset((raw.get("tally_context") or {}).get("outcomes")),
        "titles": titles,
        "title_words": frozenset(w for t in titles for w in t),
        "title_max": max((len(t) for t in titles), default=0),
        "terminators": fset(raw.get("terminators")),
        "name_parts": name_parts,
        "common": frozenset(common - name_parts),
        "latin_noise": fset(raw.get("latin_noise")),
        "place_heads": {tuple(_tokens(fold_word(h))) for h in places.get("heads") or ()},
        "admin_heads": {tuple(_tokens(fold_word(h))) for h in places.get("admin_heads") or ()},
        "parent_heads": {tuple(_tokens(fold_word(h))) for h in places.get("parent_heads") or ()},
        "divisions": fset(places.get("divisions")),
        "not_place_names": fset(places.get("not_names")),
        "alliances": frozenset(raw.get("alliances") or ()),
    }


def is_alliance(name: str) -> bool:
    """Whether a party's name is an alliance's: listed in gazetteer_rules.yaml, or one made of parties
    ("JMM alliance", "NC-Congress alliance")."""
    return name in _rules()["alliances"] or name.endswith(" alliance")


def division_words() -> frozenset[str]:
    """Words naming an administrative unit after a place's name ("नंगरहार प्रांत", "गोंडा जिले")."""
    return _rules()["divisions"]


def tally_markers() -> frozenset[str]:
    """Case markers between a party and its tally ("आप को 43.57 प्रतिशत", "भाजपा ने 48")."""
    return _rules()["tally_markers"]


def _balance(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen a multi-word span over the bracket or quote it opens inside: "जद (यू)", "'इंडिया' गठबंधन"."""
    inner = text[s:e]
    if inner.count("(") > inner.count(")") and text[e:e + 1] == ")":
        e += 1
    for q in ("'", '"'):
        if inner.count(q) % 2 and text[s - 1:s] == q:
            s -= 1
    return s, e


class Gazetteer:
    """Canonical entities and a linear-time matcher over their folded aliases."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._entities: list[Entity] = list(entities)
        self._by_name: dict[str, Entity] = {e.name: e for e in self._entities}
        self._table: dict[tuple[str, ...], _Entry] = {}
        self._first_max: dict[str, int] = {}
        self._lookup: dict[str, Entity] = {}
        for e in self._entities:
            self._index(e)
        # places learnt from the document being read ("मंडी जिले के थुनाग में": Thunag in Mandi),
        # by name and by their spelling; :meth:`forget` clears them before the next document
        self._learned: dict[str, Entity] = {}
        self._learned_spellings: dict[tuple[str, ...], str] = {}
        self._surnames: dict[str, Entity] | None = None

    # ---- construction -------------------------------------------------------------------

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> Gazetteer:
        """The package gazetteer plus user JSONL files (later files extend or override by name)."""
        records = _read_jsonl(GAZETTEER_FILE)
        for path in extra:
            if Path(path).exists():
                records += _read_jsonl(Path(path))
        merged = _merge(records)
        return cls(
            Entity(name=r["name"], type=r["type"], qid=r["qid"], aliases=tuple(r["aliases"]),
                   adjectives=tuple(r["adjectives"]), stands_for=r["stands_for"],
                   context_aliases=tuple(r["context_aliases"]), part_of=r["part_of"])
            for r in merged.values()
        )

    def _index(self, e: Entity) -> None:
        spellings: list[tuple[str, bool, bool]] = [(e.name, False, False)]
        spellings += [(a, False, False) for a in e.aliases]
        spellings += [(a, True, False) for a in e.adjectives]
        spellings += [(a, False, True) for a in e.context_aliases]
        for raw, adjectival, weak in spellings:
            letters = [c for c in raw if c.isascii() and c.isalpha()]
            acronym = bool(letters) and len(letters) <= 6 and all(c.isupper() for c in letters)
            folded = fold_word(raw)
            self._lookup.setdefault(" ".join(_tokens(folded)), e)
            if raw == e.name and raw not in e.aliases:
                continue  # the English name is for lookup; Latin spellings the press uses are aliases
            for form, adj in _inflections(folded, adjectival, e.type):
                key = tuple(_tokens(form))
                if not key:
                    continue
                self._table[key] = _Entry(e, adj, weak, acronym)
                if len(key) > self._first_max.get(key[0], 0):
                    self._first_max[key[0]] = len(key)

    def surname(self, key: str) -> Entity | None:
        """The one known person whose name ends in the folded word ``key`` ("विजयन" -> Pinarayi
        Vijayan), for a name the press shortens to its last word; None when no known person or
        several share it."""
        if self._surnames is None:
            owners: dict[str, set[str]] = {}
            for e in self._entities:
                if e.type != "person":
                    continue
                for alias in e.aliases:
                    words = _tokens(fold_word(alias))
                    if len(words) >= 2 and len(words[-1]) > 2:
                        owners.setdefault(words[-1], set()).add(e.name)
            self._surnames = {k: self._by_name[next(iter(v))] for k, v in owners.items() if len(v) == 1}
        return self._surnames.get(key)

    # ---- queries ------------------------------------------------------------------------

    def entities(self) -> list[Entity]:
        """Every entity, in file order."""
        return list(self._entities)

    def lookup(self, text: str) -> Entity | None:
        """The entity with this alias, adjective or canonical name (case- and spelling-insensitive)."""
        key = " ".join(_tokens(fold_word(text.strip())))
        e = self._lookup.get(key)
        if e is None:
            return None
        return e

    def get(self, name: str) -> Entity | None:
        """The entity with this canonical name (or a place learnt from the document being read),
        else the one :meth:`lookup` finds for it."""
        return self._by_name.get(name) or self._learned.get(name) or self.lookup(name)

    def forget(self) -> None:
        """Drop the places learnt from the document read so far (call before the next one)."""
        self._learned.clear()
        self._learned_spellings.clear()

    @property
    def learned(self) -> dict[tuple[str, ...], str]:
        """Spellings (folded tokens) of the places learnt from the document being read -> their names."""
        return self._learned_spellings

    def parent(self, name: str) -> str:
        """The canonical name of the place containing ``name`` ("" if none or unknown)."""
        e = self.get(name)
        return e.part_of if e is not None else ""

    def ancestors(self, name: str) -> tuple[str, ...]:
        """Every place containing ``name``, nearest first: Ujjain -> (Madhya Pradesh, India)."""
        e = self.get(name)
        out: list[str] = []
        seen = {e.name} if e is not None else set()
        while e is not None and e.part_of and e.part_of not in seen:
            out.append(e.part_of)
            seen.add(e.part_of)
            e = self._by_name.get(e.part_of) or self._learned.get(e.part_of)
        return tuple(out)

    def enclosing(self, name: str, accept: Callable[[str], bool] | Container[str]) -> str:
        """The nearest place containing ``name`` that ``accept`` takes (a predicate, or a collection
        of names): Darbhanga, India's states -> Bihar; "" when none does."""
        ok = accept if callable(accept) else accept.__contains__
        return next((a for a in self.ancestors(name) if ok(a)), "")

    def within(self, a: str, b: str) -> bool:
        """True if place ``a`` is ``b`` or lies inside it (Bhuj within Gujarat, within India)."""
        ea, eb = self.get(a), self.get(b)
        if ea is None or eb is None:
            return False
        return ea.name == eb.name or eb.name in self.ancestors(ea.name)

    def resolve(self, e: Entity) -> Entity:
        """The entity a metonym stands for (क्रेमलिन -> Russia), else ``e`` itself."""
        return self._by_name.get(e.stands_for, e) if e.stands_for else e

    def find(self, text: str) -> list[EntityMention]:
        """Entity mentions in folded ``text``, in order, longest match first, no overlaps."""
        matches = list(_TOKEN.finditer(text))
        spans = list(map(re.Match.span, matches))
        keys = list(map(str.lower, map(re.Match.group, matches)))
        n = len(spans)
        rules = _rules()
        titles, title_max = rules["titles"], rules["title_max"]
        title_words = rules["title_words"]

        def linked(i: int) -> bool:  # may token i and i+1 belong to one name?
            gap = text[spans[i][1]:spans[i + 1][0]]
            if _GAP.fullmatch(gap):
                return True
            return len(keys[i]) <= 2 and _GAP_INITIAL.fullmatch(gap) is not None

        out: list[EntityMention] = []
        covered = [False] * n
        title_ends: list[int] = []  # token index right after each title
        i = 0
        while i < n:
            k = keys[i]
            m = self._first_max.get(k, 0)
            tmax = title_max if k in title_words else 0
            if not m and not tmax:  # most words start no name: skip them cheaply
                i += 1
                continue
            lim = 1
            while lim < max(m, tmax) and i + lim < n and linked(i + lim - 1):
                lim += 1
            found = None
            for length in range(min(lim, m), 0, -1):
                entry = self._table.get(tuple(keys[i:i + length]))
                if entry is not None and self._accept(entry, text, spans, keys, i, length):
                    found = (entry, length)
                    break
            tlen = 0
            for length in range(min(lim, tmax), 0, -1):
                if tuple(keys[i:i + length]) in titles:
                    tlen = length
                    break
            if tlen and (found is None or tlen > found[1]):
                for j in range(i, i + tlen):
                    covered[j] = True
                title_ends.append(i + tlen)
                i += tlen
                continue
            if found is None:
                i += 1
                continue
            entry, length = found
            target = self.resolve(entry.entity)
            s, e = _balance(text, spans[i][0], spans[i + length - 1][1])
            place = entry.entity.name if target is not entry.entity and entry.entity.type == "place" else ""
            out.append(EntityMention(s, e, text[s:e], target.name, target.type, target.qid,
                                     adjectival=entry.adjectival, place=place))
            for j in range(i, i + length):
                covered[j] = True
            i += length
        out += self._places(text, spans, keys, covered, out, linked)
        out += self._unknown(text, spans, keys, covered, title_ends, linked)
        out.sort(key=lambda m: m.start)
        return _alliances(text, out)

    # ---- unknown places -----------------------------------------------------------------

    def _places(self, text: str, spans: list[tuple[int, int]], keys: list[str], covered: list[bool],
                known: list[EntityMention], linked: Any) -> list[EntityMention]:
        """Places the gazetteer does not know, by the words around them (``places`` in
        gazetteer_rules.yaml), and every later spelling of one learnt so; each is learnt with
        the known place it lies in, so that it is the most specific place of its document."""
        rules = _rules()
        heads, admin, divisions = rules["place_heads"], rules["admin_heads"], rules["divisions"]
        parent_heads = rules["parent_heads"]
        common, terms, title_words = rules["common"], rules["terminators"], rules["title_words"]
        n = len(spans)
        token_at = {e: j for j, (_, e) in enumerate(spans)}
        place_end = {token_at[m.end]: m.place or m.name for m in known
                     if m.type in ("place", "state") and m.end in token_at and not m.adjectival}
        out: list[EntityMention] = []

        head_words = {h[0] for h in heads} | divisions | rules["not_place_names"]
        # whether each word could be part of a place's name were it not covered (asked once a word)
        nameable = [not (k.isascii() or k in terms or k in title_words or len(k) < 2
                         or k.endswith(_PLURAL_ENDINGS) or k in head_words or _has_digit(k)) for k in keys]
        learned_first = {k[0] for k in self._learned_spellings}  # most words start no learnt spelling

        def free(j: int) -> bool:  # could be a word of a place's name
            return not covered[j] and nameable[j]

        def head_at(j: int) -> tuple[str, ...] | None:
            for size in (2, 1):
                h = tuple(keys[j:j + size])
                if len(h) == size and h in heads:
                    return h
            return None

        def parent_before(a: int) -> str:  # "मंडी जिले के X", "मंडी के X"
            if a < 2 or keys[a - 1] != "के":
                return ""
            j = a - 2
            if keys[j] in divisions and j - 1 in place_end:
                return place_end[j - 1]
            return place_end.get(j, "")

        a = 0
        while a < n:
            spelt = next((size for size in (2, 1) if a + size <= n  # a one-word spelling at the end is no two-word one
                          and tuple(keys[a:a + size]) in self._learned_spellings
                          and not any(covered[a:a + size])), 0) if keys[a] in learned_first else 0
            if spelt:
                name = self._learned_spellings[tuple(keys[a:a + spelt])]
                out.append(self._place_mention(text, spans, covered, a, a + spelt, name))
                a += spelt
                continue
            if not free(a):
                a += 1
                continue
            parent = parent_before(a)
            done = False
            for b in (a + 2, a + 1):
                head = head_at(b) if b < n and keys[b] in head_words else None
                if head is None and not (parent and b < n and keys[b] == "में"):
                    continue  # neither a place word nor "में" after a known place follows: no place
                if b > n or not all(free(j) for j in range(a, b)) or (b == a + 2 and not linked(a)):
                    continue
                rare = all(keys[j] not in common for j in range(a, b))
                ok = (head is not None and (rare or (head in admin and parent)) and (parent or head not in parent_heads)) or \
                    (parent and rare and b < n and keys[b] == "में")
                if ok:
                    name = romanise(text[spans[a][0]:spans[b - 1][1]])
                    if name not in self._by_name and not (name in self._learned and self._learned[name].part_of):
                        self._learned[name] = Entity(name=name, type="place", part_of=parent)
                        if rare:
                            self._learned_spellings.setdefault(tuple(keys[a:b]), name)
                            learned_first.add(keys[a])
                    out.append(self._place_mention(text, spans, covered, a, b, name))
                    a, done = b, True
                    break
            if not done:
                a += 1
        return out

    @staticmethod
    def _place_mention(text: str, spans: list[tuple[int, int]], covered: list[bool], a: int, b: int,
                       name: str) -> EntityMention:
        for j in range(a, b):
            covered[j] = True
        s, e = spans[a][0], spans[b - 1][1]
        return EntityMention(s, e, text[s:e], name, "place", known=False)

    def _accept(self, entry: _Entry, text: str, spans: list[tuple[int, int]], keys: list[str],
                i: int, length: int) -> bool:
        first = text[spans[i][0]:spans[i][1]]
        if first.isascii() and first[:1].isalpha():
            if entry.acronym:
                if not all(text[s:e].isupper() for s, e in spans[i:i + length] if text[s].isascii() and text[s].isalpha()):
                    return False
            elif not first[0].isupper():
                return False
        if not entry.weak:
            return True
        s, e = spans[i][0], spans[i + length - 1][1]
        if text[:s].rstrip().endswith("(") and text[e:].lstrip().startswith(")"):
            return True
        nxt = i + length
        if nxt < len(keys) and not text[spans[nxt - 1][1]:spans[nxt][0]].strip():
            ctx = _rules()["context"].get(entry.entity.type, frozenset())
            return keys[nxt] in ctx or (entry.entity.type == "party" and _before_tally(keys, nxt))
        return False

    # ---- unknown names ------------------------------------------------------------------

    def _unknown(self, text: str, spans: list[tuple[int, int]], keys: list[str], covered: list[bool],
                 title_ends: list[int], linked: Any) -> list[EntityMention]:
        rules = _rules()
        common, parts, terms = rules["common"], rules["name_parts"], rules["terminators"]
        title_words, noise = rules["title_words"], rules["latin_noise"]
        n = len(spans)

        def word_ok(j: int) -> bool:  # could be a word of a name at all
            k = keys[j]
            return not (covered[j] or k.isascii() or k in terms or k in title_words or len(k) < 2
                        or k.endswith(_PLURAL_ENDINGS))

        def name_like(j: int) -> bool:  # a name part, or too rare to be an ordinary word
            return word_ok(j) and (keys[j] in parts or keys[j] not in common)

        def ends_name(j: int) -> bool:  # the token after a name (j may be n)
            if j >= n or not linked(j - 1):
                return True
            return keys[j] in terms

        def mention(a: int, b: int, typ: str) -> EntityMention:
            s, e = spans[a][0], spans[b - 1][1]
            for j in range(a, b):
                covered[j] = True
            known = self.surname(keys[a]) if b - a == 1 else None
            if known is not None:  # "मुख्यमंत्री विजयन": the known person of that surname
                return EntityMention(s, e, text[s:e], known.name, known.type)
            return EntityMention(s, e, text[s:e], romanise(text[s:e]), typ, known=False)

        out: list[EntityMention] = []
        # 1. title + 1-3 name words + a postposition or punctuation.
        #    After a title ordinary words may be names too (दिलीप कुमार) if one word is not.
        for t in title_ends:
            j = t
            while j < n and j - t < 4 and word_ok(j) and (j == t or linked(j - 1)):
                j += 1
            if (1 <= j - t <= 3 and (t >= n or linked(t - 1)) and ends_name(j)
                    and any(name_like(x) for x in range(t, j))):
                out.append(mention(t, j, "person"))
        # 2. 2-3 uncommon words before ने / के अनुसार / के मुताबिक / का कहना.
        for j in range(1, n) if _NAME_CUES.search(text) else ():
            k = keys[j]
            if k == "ने":
                end = j
            elif (k in ("अनुसार", "मुताबिक") and keys[j - 1] == "के") or (k == "कहना" and keys[j - 1] == "का"):
                end = j - 1
            else:
                continue
            a = end
            while a > 0 and end - a < 4 and name_like(a - 1) and linked(a - 1):
                a -= 1
            if end - a == 1 and a > 0 and word_ok(a - 1) and linked(a - 1) and self.surname(keys[a]) is not None:
                a -= 1  # "कल्पना सोरेन ने": a known family's name after an ordinary word that is a first name
            if 2 <= end - a <= 3 and (a == 0 or not linked(a - 1) or not name_like(a - 1)):
                if a > 0 and linked(a - 1) and not covered[a - 1] and keys[a - 1] not in common \
                        and keys[a - 1] not in terms:
                    continue
                out.append(mention(a, end, ""))
        # 3. Latin-script capitalised names of 2-4 words, single spaces between (not menus).
        j = 0 if _LATIN_CAPITAL.search(text) else n
        while j < n:
            run = j
            while run < n and self._latin_name_word(text, spans[run], keys[run], covered[run], noise) \
                    and (run == j or text[spans[run - 1][1]:spans[run][0]] == " "):
                run += 1
            if run - j >= 2 and run - j <= 4 and not text[:spans[j][0]].endswith("#") \
                    and not _KICKER_END.match(text, spans[run - 1][1]):
                out.append(mention(j, run, ""))
            j = max(run, j + 1)
        return out

    @staticmethod
    def _latin_name_word(text: str, span: tuple[int, int], key: str, covered: bool,
                         noise: frozenset[str]) -> bool:
        w = text[span[0]:span[1]]
        if covered or not w.isascii() or not w[:1].isupper() or key in noise:
            return False
        return len(w) > 1 and not w.isupper()


#: After a headline's English kicker ("Petrol Diesel Gold Rate Today: …", "Gold Price:"): Latin words
#: up to a colon. A kicker labels the story; it names nobody.
_KICKER_END = re.compile(r"(?:[ \t]+[A-Za-z][A-Za-z'-]*){0,3}[ \t]*:")


#: Between two parties of one alliance ("नेशनल कॉन्फ्रेंस और कांग्रेस", "झामुमो-कांग्रेस-राजद").
_ALLIANCE_JOIN = re.compile(r"\s*(?:-|,|और|व|तथा)\s*")
#: After the parties: the alliance they form ("… के गठबंधन ने", "… गठबंधन").
_ALLIANCE_WORD = re.compile(rf"\s*(?:(?:के|का|की)\s+)?(?:गठबंधन|गठजोड़|गठजोड|अलायंस){WORD_END}")
#: After one party: the alliance it leads ("झामुमो गठबंधन को 56 सीटें", "भाजपा नीत गठबंधन", "सपा के
#: नेतृत्व वाले गठबंधन").
_LED_ALLIANCE = re.compile(rf"\s*(?:नीत\s+|के\s+नेतृत्व\s+(?:वाले|वाला|वाली)\s+)?(?:गठबंधन|गठजोड़|गठजोड|अलायंस){WORD_END}")


def _alliances(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """Parties named together as one alliance ("नेशनल कॉन्फ्रेंस और कांग्रेस के गठबंधन ने 48 सीटें",
    "झामुमो-कांग्रेस-राजद गठबंधन", "NC-कांग्रेस को 49 सीटें") -> one party mention "NC-Congress
    alliance", not its first party."""
    out: list[EntityMention] = []
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and found[j].type == "party" == found[j + 1].type \
                and _ALLIANCE_JOIN.fullmatch(text[found[j].end:found[j + 1].start]):
            j += 1
        tail = _ALLIANCE_WORD.match(text, found[j].end) if j > i else None
        hyphened = j > i and all(text[found[k].end:found[k + 1].start].strip() == "-" for k in range(i, j))
        if tail is not None or hyphened:  # "सपा-बसपा", "NC-कांग्रेस को 49 सीटें": an alliance too
            names = list(dict.fromkeys(m.name for m in found[i:j + 1]))
            s, e = found[i].start, tail.end() if tail is not None else found[j].end
            out.append(EntityMention(s, e, text[s:e], "-".join(names) + " alliance", "party", known=False))
            i = j + 1
            continue
        led = _LED_ALLIANCE.match(text, found[i].end) if found[i].type == "party" else None
        if led is not None and not is_alliance(found[i].name):
            s, e = found[i].start, led.end()
            out.append(EntityMention(s, e, text[s:e], found[i].name + " alliance", "party", known=False))
        else:
            out.append(found[i])
        i += 1
    return out


_NAME_CUES = re.compile("ने|अनुसार|मुताबिक|कहना")
_DIGIT = re.compile(r"\d")


def _has_digit(word: str) -> bool:
    return _DIGIT.search(word) is not None
_LATIN_CAPITAL = re.compile("[A-Z]")


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The package gazetteer, loaded once."""
    return Gazetteer.load()


def add_user_entity(path: Path, name: str, aliases: list[str], type: str = "", qid: str = "",
                    part_of: str = "") -> Entity:
    """Append an entity (or more aliases for an existing name) to a user JSONL file.

    Only the fields given are written, so adding an alias to a known entity keeps its
    type, QID and metonymy. Load the file with ``Gazetteer.load([path])``.
    """
    rec: dict[str, Any] = {"name": name, "aliases": list(aliases)}
    if type:
        rec["type"] = type
    if qid:
        rec["qid"] = qid
    if part_of:
        rec["part_of"] = part_of
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return Entity(name=name, type=type, qid=qid, aliases=tuple(aliases), part_of=part_of)
