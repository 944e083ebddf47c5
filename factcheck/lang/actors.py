"""Actors of a claim: its subject and object, from Hindi case marking.

Each entity takes a role from the markers after it: ने/द्वारा agent, को recipient,
से source, पर/के खिलाफ target, की मदद के लिए beneficiary, genitive owner right
before the number, a leading nominative, a visit's genitive ("उत्तर कोरिया की यात्रा"
-> destination). :func:`choose_actors` picks subject and object from those roles;
the state rules (:func:`state_of`, :func:`state_act`, :func:`both_states`) turn a
head of state into the state whose act a date marks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..model import EntityMention
from ..normalize import fold_word
from .cues import Cues, cues, india_states, scope_words
from .events import placed_date_events
from .gazetteer import default_gazetteer, division_words
from .kind import ARMS_KINDS, CASUALTY_KINDS, LISTED_KINDS, LOSS_KINDS, OWN_KINDS, PLACE_KINDS, SIDE_KINDS
from .numerals import number_words
from .tokens import Sent, clause_span, is_boundary, is_number, token_span, tokenise, wordset

_STRONG_TYPES = frozenset({"state", "person", "party", "organisation", "organization", "institution"})
_ATTR_HEADS = wordset("अनुसार मुताबिक हवाले अनुमान दावा दावे दावों कहना मानना मानें")
#: A headline's speaker: "ताइवान बोला- 153 विमान …" (the name, a speech verb, then a dash or colon).
_SAID = wordset("बोला बोले बोली बोलीं")
_SAID_MARKS = frozenset({"-", ":", "—", "–"})
_FILL_BEFORE_VISIT = 3
#: Titles of whoever heads a state, a province or a party ("रूस के राष्ट्रपति", "कांग्रेस नेता").
HEAD_TITLES = wordset("राष्ट्रपति प्रधानमंत्री मुख्यमंत्री नेता राजा चांसलर तानाशाह पीएम सीएम")
_RELATIVE = wordset("जो जिसे जिसकी जिसका जिसके जिसमें जिसने जिन्होंने जिनमें जिनके जिन्हें")
_TARGET_TYPES = frozenset({"state", "place", "organisation", "organization"})
#: Bodies a count can belong to ("एनडीआरएफ की 12 टीमें"), unlike a place it happened in.
_HOLDER_TYPES = frozenset({"organisation", "organization", "institution", "party", "person", "event"})
#: Reasons of a subject taken from earlier sentences, not from the claim's own sentence.
TOPIC_REASON = "topic of earlier sentence"
DOC_PLACE_REASON = "place the document names most (place of the event)"
INFERRED_REASONS = (TOPIC_REASON, DOC_PLACE_REASON, "main topic of the document")


@dataclass(frozen=True)
class Attribution:
    """A source phrase and the cue after it ("… के अनुसार", "X ने कहा कि")."""

    first: int  # first token of the source phrase
    cue_end: int
    clause: int
    source: str
    entities: tuple[EntityMention, ...]


@dataclass(frozen=True)
class Role:
    """An entity of a sentence and the role its case marker gives it."""

    ent: EntityMention
    role: str
    first: int  # first token of the entity
    last: int  # token after the entity
    head: int  # token after the marker (for genitives: the possessed word)
    cue: str
    title: str = ""
    gfirst: int = 0  # first token of its conjunct group


def _strip_titles(words: Sequence[str], k: int, d: Cues) -> tuple[int, str]:
    title = ""
    for _ in range(4):
        hit = d.titles.match(words, k)
        if not hit:
            break
        if not title and hit[0] != "एक":
            title = fold_word(hit[0])
        k += hit[1]
    return k, title


#: How many words may name a base between its side and the base ("अमेरिकी अल-उदैद एयरबेस पर").
_BASE_NAME = 2


def _struck_base(words: Sequence[str], k: int, d: Cues) -> tuple[int, str] | None:
    """(token after the marker, cue) when ``words[k:]`` is a base or post struck: a facility noun
    after at most ``_BASE_NAME`` words of its name, then पर ("अल-उदैद एयरबेस पर"), else None."""
    for f in range(k, min(k + _BASE_NAME + 1, len(words) - 1)):
        if words[f] in d.facilities and words[f + 1] in d.target:
            return f + 2, f"{words[f]} {words[f + 1]}"
        if is_boundary(words[f]) or is_number(words[f]):
            return None  # "पाकिस्तान के 9 ठिकानों पर": the bases are the figure's own noun (see struck_markers)
    return None


def _marker(words: Sequence[str], j: int, ent: EntityMention, person_at: frozenset[int],
            d: Cues) -> tuple[str, int, str, str]:
    """(role, head token, cue, title) from the words after an entity (group) ending at ``j``."""
    n = len(words)

    def at(k: int) -> str:
        return words[k] if 0 <= k < n else ""

    title = ""
    k = j
    if at(k) == ")":  # "(जेसीएस) ने": the bracketed short name takes the marker after it
        k += 1
    elif at(k) == "(":  # "ज्वाइंट चीफ्स ऑफ स्टाफ (जेसीएस) ने": skip a short bracket after the name
        close = next((x for x in range(k + 1, min(k + 6, n)) if at(x) == ")"), -1)
        if close > 0:
            k = close + 1
    if (ent.place or ent.type == "place") and at(k) in d.named_after:
        # "चंडीगढ़-डिब्रूगढ़ एक्सप्रेस के 12 डिब्बे", "महिसागर नदी में गिरे": a train's or a river's name
        return "ignore", k + 1, at(k), ""
    if at(k) in _SAID and at(k + 1) in _SAID_MARKS:
        return "attribution", k + 2, f"{at(k)}{at(k + 1)}", ""  # "ताइवान बोला- 153 विमान …": who says it
    if (ent.place or ent.type == "place") and at(k) in d.place_words:
        k += 1  # "मांडले शहर से", "मंडी जिले में": the marker after the kind of place
    if ent.adjectival or (at(k) in d.genitive and ent.type != "person"):
        base = _struck_base(words, k if ent.adjectival else k + 1, d)
        if base:  # "अमेरिकी अल-उदैद एयरबेस पर", "अमेरिका के ठिकानों पर": the side whose base is struck
            return "target", base[0], base[1], ""
        k2, title = _strip_titles(words, k if ent.adjectival else k + 1, d)
        if k2 in person_at:
            return "affiliation", k2, f"{' '.join(words[j:k2])} + name", title
        if k2 > (k if ent.adjectival else k + 1):
            k = k2
        elif ent.adjectival:
            # "रूसी एजेंसियों ने", "ईरानी ड्रोन ने": one noun, then the marker
            if at(k + 1) in d.agent:
                k += 1
            else:
                return "modifier", k, at(k), ""
    elif ent.type != "person" and at(k) in d.titles:
        # "कांग्रेस नेता राहुल गांधी", "भाजपा सांसद …": an office without के
        k2, t2 = _strip_titles(words, k, d)
        if k2 in person_at and t2:
            return "affiliation", k2, f"{' '.join(words[j:k2])} + name", t2
    w = at(k)
    for role, markers in (("agent", d.agent), ("dative", d.dative), ("source", d.source),
                          ("locative", d.locative), ("target", d.target)):
        if w in markers:
            return role, k + 1, w, title
    if w in d.genitive:
        h = at(k + 1)
        cue = f"{w} {h}"
        if h in d.behalf and at(k + 2) in d.source:
            # "टाटा समूह की ओर से घोषित 1 करोड़ रुपये": on the group's behalf (the payer when
            # no ने-agent acts; "प्योंगयांग ने रूस की ओर से लड़ने … सैनिक भेजे": the one helped)
            return "behalf", k + 3, f"{cue} {at(k + 2)}", title
        for role, heads in (("agent", d.agent), ("target", d.target_heads), ("between", d.between),
                            ("locative", d.around),
                            ("ignore", d.ignore), ("beneficiary", d.beneficiary)):
            if h in heads:
                return role, k + 2, cue, title
        if h in _ATTR_HEADS:
            return "attribution", k + 2, cue, title
        for f in range(1, _FILL_BEFORE_VISIT + 2):
            x = at(k + f)
            if x in d.visit:
                return ("visitor" if ent.type == "person" else "visit_dest"), k + f + 1, \
                    f"{w} … {x}", title
            if x in d.act:
                return "act_agent", k + f + 1, f"{w} … {x}", title
            if not x or is_boundary(x) or x in d.genitive or x in d.agent or x in d.dative:
                break
        return "genitive", k + 1, w, title
    if w in d.visit:
        return "visit_dest", k + 1, w, title
    if w and (w.startswith(d.send) or w in d.go):
        return "destination", k, w, title
    return "nominative", k, w or "(end)", title


#: A credit line is short: "जागरण न्यूज नेटवर्क, काठमांडू।", "एजेंसी, नई दिल्ली:".
_CREDIT_WORDS = 8


def _credit_line_end(s: Sent, spans: Sequence[tuple[int, int]]) -> int:
    """Token index after the place closing a credit line ("जागरण न्यूज नेटवर्क, काठमांडू।"):
    a short sentence of a few words, a comma, then place names up to its end; else 0."""
    words = [w for w in s.words if w not in ("।", ":")]
    if len(words) > _CREDIT_WORDS or any(is_number(w) for w in words):
        return 0
    ends = {j: i for i, j in spans}
    k = len(words)
    while k in ends and ends[k] > 0:
        k = ends[k]
        if s.words[k - 1] == ",":
            return len(words)
        if s.words[k - 1] != "/":
            return 0
        k -= 1
    return 0


_BYLINE_JOINS = frozenset({"/", "|"})


def _between_bars(words: Sequence[str], span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a name is a byline's place: alone between two "|" ("जनसत्ता ऑनलाइन | नई दिल्ली |
    Updated"), or one of a bureau's places joined by "/" after a "|" ("आजतक ब्यूरो | टोक्यो/नई
    दिल्ली, 15 नवंबर 2025")."""
    by_end = {j: i for i, j in spans}
    by_start = dict(spans)
    i, j = span
    while i > 0 and words[i - 1] == "/" and (i - 1) in by_end:
        i = by_end[i - 1]  # back over "टोक्यो/" to the first place
    while j < len(words) and words[j] == "/" and (j + 1) in by_start:
        j = by_start[j + 1]  # on over "/नई दिल्ली" to the last place
    if i == 0 or words[i - 1] != "|":
        return False
    if (i, j) != span:
        return j == len(words) or words[j] in _BYLINE_JOINS | {",", ":"}  # a bureau's places
    # one place: only between two bars (a local paper's "दैनिक भास्कर | पटना" is where it happened)
    return j < len(words) and words[j] == "|"


#: Words after a dateline's known places that may still be its last place, up to its colon.
_DATELINE_TAIL = 3


def _dateline_end(s: Sent, spans: Sequence[tuple[int, int]]) -> int:
    """Token index after a dateline's place names ("पटना, 12 जुलाई (भाषा)।", "यरूशलम/तेहरान:"),
    or 0 when the sentence does not open with one."""
    k = 0
    starts = {i: j for i, j in spans}
    while k in starts or (k > 0 and k < len(s.words) and s.words[k] == "/"):
        k = starts.get(k, k + 1)
    if k == 0:
        return _credit_line_end(s, spans)
    nxt = s.words[k] if k < len(s.words) else ""
    after = s.words[k + 1] if k + 1 < len(s.words) else ""
    if nxt in ("", "।", ":"):
        return k
    if s.words[-1] == ":" and len(s.words) - k <= _DATELINE_TAIL:
        return len(s.words)  # "नई दिल्ली/कुवैत सिटी:": a last place the gazetteer does not know
    if nxt == "," and is_number(after):
        # "बेरूत, 26 नवंबर (एपी)": the agency in the dateline's bracket is no actor either
        close = next((j for j in range(k + 2, min(k + 8, len(s.words))) if s.words[j] == ")"), -1)
        return close + 1 if close > 0 and "(" in s.words[k + 2:close] else k
    return _credit_line_end(s, spans)  # "लाइव हिन्दुस्तान टीम, पटना": an outlet's name opens a credit line


@lru_cache(maxsize=256)
def entity_roles(sentence: str, entities: tuple[EntityMention, ...]) -> tuple[Role, ...]:
    """The role of each entity of ``sentence``; a conjunct group shares its last member's marker."""
    d = cues()
    s = tokenise(sentence)
    ents = sorted(entities, key=lambda e: (e.start, -e.end))
    spans = [token_span(s, e.start, e.end) for e in ents]
    person_at = frozenset(sp[0] for e, sp in zip(ents, spans, strict=True) if e.type == "person")
    # conjunct groups: "रूस और उत्तर कोरिया के बीच", "अमेरिका, जापान और दक्षिण कोरिया द्वारा"
    groups: list[list[int]] = []
    for idx, (e, (i, _)) in enumerate(zip(ents, spans, strict=True)):
        if groups and not e.adjectival and not ents[groups[-1][-1]].adjectival:
            pj = spans[groups[-1][-1]][1]
            between = s.words[pj:i]
            if 1 <= len(between) <= 2 and all(w in d.conj for w in between):
                groups[-1].append(idx)
                continue
        groups.append([idx])
    dateline = _dateline_end(s, spans)
    out: list[Role] = []
    for g in groups:
        last = g[-1]
        role, head, cue, title = _marker(s.words, spans[last][1], ents[last], person_at, d)
        for pos, idx in enumerate(g):
            r = role
            if role == "between":
                r = "between_first" if pos == 0 else "between_other"
            elif len(g) > 1 and pos < len(g) - 1 and role == "affiliation":
                r = "nominative"
            if spans[idx][1] <= dateline:
                r = "ignore"  # "भुवनेश्वर, 3 जून (भाषा)।", "नई दिल्ली:": where the report was filed
            elif _between_bars(s.words, spans[idx], spans):
                r = "ignore"  # "जनसत्ता ऑनलाइन | नई दिल्ली | Updated: …": a byline's place
            out.append(Role(ents[idx], r, spans[idx][0], spans[idx][1], head, cue, title,
                             spans[g[0]][0]))
    return tuple(out)


def rank(r: Role) -> int:
    """0 for a strong actor (state, person, party...), 1 for other entities, 2 for an adjective."""
    if r.ent.adjectival:
        return 2
    return 0 if r.ent.type in _STRONG_TYPES or not r.ent.type else 1


#: "के लिए": what money is for, not where it is.
_PURPOSE = "लिए"


#: Words that join a pronoun's clause to the one before it.
_JOINS = frozenset({"और", "तथा", "एवं", ","})


def _pronoun_antecedent(s: Sent, clause: int, cands: Sequence[Role], d: Cues) -> Role | None:
    """The actor (no place) named last before the pronoun agent (उसने, उन्होंने) of ``clause`` in a clause
    the pronoun's joins ("X को … मिले और उसने …"); None when none is."""
    k = next((i for i in range(len(s.words)) if s.clause[i] == clause and s.words[i] in d.pronoun_agents), None)
    if k is None:
        return None
    before = [r for r in cands if r.last < k and rank(r) != 1 and not _JOINS.isdisjoint(s.words[r.last + 1:k])]
    return before[-1] if before else None


def _contrasted_pronoun(s: Sent, clause: int, first: int, cands: Sequence[Role], d: Cues) -> Role | None:
    """The actor (no place) named last before a pronoun subject that opens a contrasted clause before
    the figure ("भाजपा को सबसे ज्यादा वोट मिले, लेकिन वह सिर्फ 21 सीटें ही जीत पाई"); None when none is."""
    k = next((i for i in range(1, min(first, len(s.words))) if s.clause[i] == clause
              and s.words[i] in d.pronoun_subjects and s.words[i - 1] in d.contrast), None)
    if k is None:
        return None
    before = [r for r in cands if r.last < k - 1 and rank(r) != 1]
    return before[-1] if before else None


def _pick(cands: Sequence[Role], roles: set[str] | frozenset[str], ti: int,
          clause: int | None, s: Sent, exclude: str = "", places: bool = True,
          earliest: bool = False) -> Role | None:
    """The best candidate in ``roles``: strong types first, then nearest before ``ti``
    (a conjunct group counts from its first member), or the earliest when asked."""
    best = None
    for r in cands:
        if r.role not in roles or (exclude and r.ent.name == exclude):
            continue
        if clause is not None and s.clause[min(r.first, len(s.clause) - 1)] != clause:
            continue
        if not places and rank(r) == 1:
            continue
        dist = ti - r.gfirst if r.gfirst <= ti else (r.gfirst - ti) + 50
        key = (rank(r), r.first if earliest else dist, r.first)
        if best is None or key < best[0]:
            best = (key, r)
    return best[1] if best else None


#: Roles of a place named as where something happened ("नेपाल में", "नेपाल के जाजरकोट"), not of
#: an actor ("केंद्र ने") that a more specific place of the document would wrongly replace.
_WHERE_ROLES = frozenset({"locative", "genitive", "nominative", "modifier"})


def _names_year(s: Sent) -> bool:
    """Whether the sentence names a year ("25 अप्रैल 2015 को नेपाल में आए भूकंप"): an earlier
    event's figure keeps the place it names."""
    return any(len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") for w in s.words)


def _inner_place(name: str, doc_place: str, doc_places: Mapping[str, int]) -> str:
    """The more specific place the document names inside ``name``: its own place when that lies
    inside ("नेपाल में 95 की मौत", the quake centred in Sindhupalchok), else the only place it names
    inside ("बिहार में 3 की मौत", the body naming Sitamarhi); never below the document's own place
    (Wayanad's toll stays Wayanad's though the body names a village in it); "" if none."""
    gaz = default_gazetteer()
    if name == doc_place:
        return ""
    if doc_place and gaz.within(doc_place, name):
        return doc_place
    inner = [p for p in doc_places if p != name and gaz.within(p, name)]
    return inner[0] if len(inner) == 1 else ""


def is_local(place: str) -> bool:
    """A city or district: neither a country nor one of India's states."""
    e = default_gazetteer().get(place)
    return e is not None and e.type == "place" and place not in india_states()


#: Words after a place's genitive that make it where people come from ("पंजाब प्रांत और पीओके के रहने
#: वाले थे", "बिहार के निवासी"), not where anything happened.
_ORIGIN_HEADS = frozenset({"रहने", "निवासी", "मूल"})


def named_as_origin(s: Sent, r: Role) -> bool:
    """Whether the place of ``r`` is named as where people come from ("X के रहने वाले")."""
    return r.role == "genitive" and r.head < len(s.words) and s.words[r.head] in _ORIGIN_HEADS


def owns_institution(s: Sent, e: EntityMention, place: str) -> bool:
    """Whether ``e``, a state or country, is named as the owner of an institution ("गुजरात सरकार
    ने", "गुजरात के स्वास्थ्य विभाग के अनुसार"): the state acts or speaks, which does not say where
    the event happened (a district's "जिला प्रशासन" does, and counts)."""
    if is_local(place):
        return False
    j = token_span(s, e.start, e.end)[1]
    if j < len(s.words) and s.words[j] in cues().genitive:
        j += 1
    return cues().institutions.match(s.words, j) is not None


def _of_an_official(s: Sent, r: Role, first: int) -> bool:
    """Whether a place before the figure is named as an official's ("मलप्पुरम के पुलिस अधीक्षक ने बताया कि
    हादसे में 19 लोगों की मौत"): the office's seat, not where the event happened."""
    j = r.last
    if j >= first or j >= len(s.words) or s.words[j] not in cues().genitive:
        return False
    return cues().titles.match(s.words, j + 1) is not None


def _event_place(roles: Sequence[Role], attrs: Sequence[Attribution], first: int, s: Sent,
                 doc_place: str, doc_places: Mapping[str, int], widespread: bool = False) -> tuple[str, str] | None:
    """(place, reason): where an event without two sides happened, for a figure at token ``first``.

    The most specific place the figure's clause names where it happened (a city or
    district before a state, a state before a country; a place that holds one the document
    names, ``doc_places``, yields to it; not a place a distance is
    measured from, "काठमांडू से 65 किमी", nor where a train was going, nor a nationality, "ब्रिटिश"), else the
    document's main city or district, else a place named elsewhere in the sentence
    ("… घायल हुए, जिनका इलाज कटक के अस्पतालों में चल रहा है" is not where it happened).
    """
    quoted = {e for a in attrs for e in a.entities}
    places = [r for r in roles if r.ent not in quoted and r.role not in ("source", "ignore", "attribution", "destination")
              and not r.ent.adjectival and (r.ent.place or r.ent.type in ("place", "state"))
              and not named_as_origin(s, r) and not _of_an_official(s, r, first)]
    clause = s.clause[min(first, len(s.clause) - 1)]
    gaz = default_gazetteer()

    def key(r: Role) -> tuple[int, int, int, bool]:
        name = r.ent.place or r.ent.name
        specific = 0 if (r.ent.place or r.ent.type == "place") else 1
        return (specific, -len(gaz.ancestors(name)), abs(r.gfirst - first), name != doc_place)

    own = [r for r in places if s.clause[r.first] == clause]
    before = [r for r in places if r.last <= first]  # "X में 3 की मौत हो गई, जबकि 11 लोग घायल हुए"
    for pool in (own, before):
        if pool:
            # "बिहार में 32, ओडिशा में 28 और उत्तर प्रदेश में 25 लोगों की मौत": each figure's place is the one
            # named with में right before it
            adjacent = [r for r in pool if r.role == "locative" and r.head == first]
            best = adjacent[-1] if adjacent else min(pool, key=key)
            name = best.ent.place or best.ent.name
            # "नंगरहार प्रांत में 12 लोग मारे गए": a unit named as such is the whole unit's figure
            unit = best.last < len(s.words) and s.words[best.last] in division_words()
            inside = _inner_place(name, doc_place, doc_places) \
                if best.role in _WHERE_ROLES and not _names_year(s) and best.ent.text not in scope_words() \
                and not (widespread and not is_local(name) and not owns_institution(s, best.ent, name)) \
                and not unit else ""
            if inside:
                return inside, f"{best.ent.text} → {inside} (the more specific place the document names)"
            if doc_place and name != doc_place and gaz.within(name, doc_place) and is_local(doc_place):
                # "भूकंप का केंद्र सिंधुपालचोक जिले के बाहरबिसे में था": a village of the document's place
                return doc_place, f"{best.ent.text} → {doc_place} (the document's place, which holds it)"
            return name, f"{best.ent.text} (place of the event)"
    if doc_place and widespread and is_local(doc_place):
        # "ठनका गिरने से 25 लोगों की मौत" in a report that dwells on one district: a spreading
        # disaster's toll that names no place is the whole region's, never any district's
        # (an Indian state: abroad the country above a city is no region the toll is named for)
        region = gaz.enclosing(doc_place, lambda a: a in india_states())
        if region:
            return region, f"{doc_place} → {region} (the region a spreading disaster struck)"
    if doc_place:
        return doc_place, DOC_PLACE_REASON
    if places:
        best = min(places, key=key)
        return best.ent.place or best.ent.name, f"{best.ent.text} (place of the event)"
    return None


def is_train(ent: EntityMention) -> bool:
    """Whether ``ent`` names a train ("कोरोमंडल एक्सप्रेस"): it carries its passengers but its
    coaches and its dead are the accident's, where it happened."""
    return cues().trains.match(ent.text.split()[-1:], 0) is not None


def _holder(roles: Sequence[Role], attrs: Sequence[Attribution], first: int, s: Sent) -> tuple[str, str] | None:
    """(holder, reason) of a count in an event without two sides that is no loss of life: the body
    whose it is ("एनडीआरएफ की 12 टीमें" -> NDRF) or the gathering it was counted at ("महाकुंभ में
    27.58 करोड़ श्रद्धालु" -> Maha Kumbh), not the place of the event; None when neither is named."""
    quoted = {e for a in attrs for e in a.entities}
    clause = s.clause[min(first, len(s.clause) - 1)]
    for r in roles:
        if r.ent in quoted or r.ent.adjectival:
            continue
        owner = (r.role == "genitive" and 0 <= first - r.head <= 2) or (
            r.last == first - 1 and s.words[r.last] in cues().genitive)  # "एनडीआरएफ की दो टीमें …" whatever follows
        if owner and r.ent.type in _HOLDER_TYPES \
                and not is_train(r.ent):  # a train's coaches are the accident's, where it happened
            return r.ent.name, f"{r.ent.text} {r.cue} (whose it is)"
    for r in roles:
        if r.ent.type == "event" and r.ent not in quoted and s.clause[r.first] == clause and r.last <= first:
            return r.ent.name, f"{r.ent.text} (the gathering it was counted at)"
    return None


def _acting_body(roles: Sequence[Role], attrs: Sequence[Attribution], first: int, s: Sent) -> tuple[str, str] | None:
    """(body, reason): the institution the figure's clause says did it ("ईस्ट कोस्ट रेलवे ने 198
    ट्रेनें रद्द कीं", "पुलिस ने 21 आरोपियों को गिरफ्तार किया"): GUIDE's other counts are the
    actor's, not the place of the event; None when the agent is a place, a person or not named."""
    quoted = {e for a in attrs for e in a.entities}
    clause = s.clause[min(first, len(s.clause) - 1)]
    for r in roles:
        if r.role == "agent" and r.ent not in quoted and not r.ent.adjectival and s.clause[r.first] == clause \
                and r.ent.type in _BODY_TYPES and not r.ent.place:
            return r.ent.name, f"{r.ent.text} {r.cue} (the body that did it)"
    return None


#: Kinds a gathering a disaster struck holds: its crowds and its ground ("45 करोड़ श्रद्धालु",
#: "10,000 एकड़ में फैला मेला"); its distances, durations and other counts are the place's.
_GATHERING_KINDS = frozenset({"people", "area"})
#: Kinds a body's act counts in an event without two sides: trains it cancelled, people it arrested.
_BODY_COUNTS = frozenset({"count", "captured"})
#: Entity types of a body that acts (cancels trains, arrests, sets up camps).
_BODY_TYPES = frozenset({"organisation", "organization", "institution"})

#: How far a listed figure may stand from its owner's genitive ("X का वोट शेयर गिरकर N प्रतिशत").
_OWNER_REACH = 5


def _noun_phrase(s: Sent, a: int, b: int, cands: Sequence[Role], d: Cues) -> bool:
    """Whether tokens ``a:b`` are one plain noun phrase: no case marker but a genitive, no verb,
    no boundary and no other entity ("वोट शेयर गिरकर", not "रूस से कच्चे तेल का आयात")."""
    markers = d.agent | d.dative | d.source | d.locative | d.target
    if any(w in markers or w in d.finite or w in d.aux or is_boundary(w) for w in s.words[a:b]):
        return False
    return not any(a <= r.first < b for r in cands)


_LIST_MARKERS = frozenset({"को", "ने", "की", "का", "के", ":", "-", "अकेले", "केवल", "सिर्फ"})


def _name_before(s: Sent, first: int, cands: Sequence[Role]) -> Role | None:
    """The party or actor named right before token ``first``, skipping a case marker and a
    bracketed remark ("शिवसेना (शिंदे) को 57"); None when a place, another figure or more
    words stand between."""
    k = first - 1
    while k >= 0 and s.words[k] in _LIST_MARKERS:
        k -= 1
    whole = [r for r in cands if r.last == k + 1 and r.ent.type not in ("place", "state")
             and r.role not in ("locative", "source")]
    if whole:  # "शिवसेना (यूबीटी) 20": a name that takes its bracket along
        return max(whole, key=lambda r: r.ent.type == "party")
    if k >= 0 and s.words[k] == ")":
        depth = 0
        while k >= 0:
            depth += s.words[k] == ")"
            depth -= s.words[k] == "("
            k -= 1
            if depth == 0:
                break
    ends_here = [r for r in cands if r.last == k + 1 and r.ent.type not in ("place", "state")
                 and r.role not in ("locative", "source")]
    return max(ends_here, key=lambda r: r.ent.type == "party") if ends_here else None


#: What joins the items of a list of figures ("30 टैंक, 130 बख्तरबंद वाहन और सात विमान").
_LIST_JOINS = frozenset({",", "और", "तथा", "एवं"})
#: Words a list item may have after its number (the counted noun and its modifiers).
_ITEM_WORDS = 3


def _owners(s: Sent, first: int, cands: Sequence[Role], d: Cues) -> list[Role]:
    """The genitives whose head is the figure at ``first`` or a word or two before it ("भारत के 4
    विमान"), not a noun a case marker closes ("सुलेमानी की बरसी पर दो बम धमाके": the anniversary's,
    not Soleimani's bombs)."""
    cases = d.dative | d.source | d.locative | d.target | d.agent
    return [r for r in cands if r.role == "genitive" and 0 <= first - r.head <= 2
            and cases.isdisjoint(s.words[r.head + 1:first])]


def _list_owner(s: Sent, first: int, cands: Sequence[Role], d: Cues) -> Role | None:
    """The owner named before the first figure of a list the figure at ``first`` is an item of:
    "रूस के 198 टैंक, 846 बख्तरबंद वाहन, 29 विमान और 29 हेलीकॉप्टर नष्ट" -> रूस owns all four.

    Walks back item by item (a join, up to three noun words, a number) and stops at anything
    else: a verb, a case marker or a name between two figures ends the list. The owned item
    must count a side's people or things too ("तमिलनाडु के 14 मछुआरे, दो नावें": the
    fishermen are the state's, the boats not said to be).
    """
    k = first - 1
    if k < 0 or s.words[k] not in _LIST_JOINS:
        return None  # no list: spare building the number words
    numbers = number_words()
    while k >= 0 and s.words[k] in _LIST_JOINS:
        j = k - 1
        while j >= 0 and k - j <= _ITEM_WORDS + 1 and not (is_number(s.words[j]) or s.words[j] in numbers):
            if s.words[j] in _LIST_JOINS or s.words[j] in _LIST_MARKERS or any(r.first <= j < r.last for r in cands):
                return None
            j -= 1
        if j < 0 or not (is_number(s.words[j]) or s.words[j] in numbers) or j == k - 1:
            return None
        owner = _owners(s, j, cands, d)
        if owner:
            hit = d.nouns.match(s.words, j + 1)
            return owner[-1] if hit and hit[0] in SIDE_KINDS else None
        k = j - 1
    return None


#: Kinds whose figure in a purchase is the buyer's, not the supplier's: a share, a sum.
_BUYERS_KINDS = frozenset({"percent", "money"})


def choose_actors(sentence: str, s: Sent, first: int, noun_from: int, ti: int, kind: str,
            status_window: int,
            roles: Sequence[Role], attrs: Sequence[Attribution], topic: str, event: str,
            d: Cues, affiliations: Mapping[str, tuple[str, str]] | None = None, *,
            disaster: bool = False, doc_place: str = "", gathering: str = "",
            doc_places: Mapping[str, int] | None = None, widespread: bool = False) -> tuple[str, str, str, str]:
    """(subject, object, subject reason, object reason).

    GUIDE's rule for who a figure is about: a side's people and things (``side``
    kinds) belong to the side named on the counted noun (रूसी सैनिक, भारत के 4
    विमान), and the agent who sent, fired or inflicted is then the object; in a
    document about an event without two sides (``disaster``), tolls, magnitudes
    and distances (``place_subject`` kinds) belong to the most specific place named.
    """
    if disaster and (kind in PLACE_KINDS or (kind == "date" and event in placed_date_events())):
        holder = _holder(roles, attrs, first, s) if kind not in LOSS_KINDS else None
        if holder is None and kind in _BODY_COUNTS:
            holder = _acting_body(roles, attrs, first, s)
        if holder is None and gathering and kind in _GATHERING_KINDS:
            holder = gathering, "the gathering the document is about"
        if holder is not None:
            return holder[0], "", holder[1], ""
        placed = _event_place(roles, attrs, first, s, doc_place, doc_places or {doc_place: 1},
                              widespread and kind in LOSS_KINDS)
        if placed:
            return placed[0], "", placed[1], ""
    clause = s.clause[first] if first < len(s.clause) else 0
    barred = set()
    for a in attrs:
        if not (a.first <= first < a.cue_end):
            barred.update(a.entities)
            barred.update(r.ent for r in roles if a.first <= r.first < a.cue_end)
    cands = [r for r in roles if r.ent not in barred
             and r.role not in ("affiliation", "ignore", "attribution")]
    verbs = s.words[ti:status_window] if status_window > ti else s.words[ti:ti + 8]
    # "भारत ने रूस से S-400 खरीदे": things bought are the supplier's; a share or a sum is the buyer's
    # ("भारत करीब 40 प्रतिशत कच्चा तेल रूस से आयात करता है")
    acquire = kind != "date" and any(w.startswith(d.acquire) for w in verbs)
    meet = event == "meeting" or any(w.startswith(d.meet) for w in s.words[ti:status_window])
    subj: Role | None = None
    obj: Role | None = None
    why_s = why_o = ""
    agentive = {"agent", "visitor", "act_agent", "between_first"}
    # "…, जबकि कमलनाथ छिंदवाड़ा से 30 हज़ार वोटों से जीते": a tally in a contrasted clause is not
    # the earlier clause's actor's
    contrasted = kind in OWN_KINDS and any(
        s.clause[k] == clause and s.words[k] in d.contrast for k in range(min(first, len(s.words))))

    def named(r: Role) -> str:
        # "रूस के राष्ट्रपति के द्वारा …" after a sentence about Putin -> Putin
        if r.title in HEAD_TITLES and topic and (affiliations or {}).get(topic) == (r.ent.name, r.title):
            return topic
        return r.ent.name

    if acquire and kind not in _BUYERS_KINDS:
        src = _pick(cands, {"source"}, ti, clause, s)
        if src:
            subj, why_s = src, f"{src.ent.text} {src.cue} + {verbs[-1] if verbs else ''} (supplier)"
            buyer = _pick(cands, agentive | {"nominative", "dative"}, ti, clause, s, src.ent.name)
            if buyer:
                obj, why_o = buyer, f"{buyer.ent.text} {buyer.cue} (buyer)"
    if subj is None and kind == "money":
        # "प्रधानमंत्री राष्ट्रीय राहत कोष से मृतकों के परिजनों को 2 लाख रुपये": the fund pays
        fund = next((r for r in cands if r.role == "source" and r.ent.type in _BODY_TYPES and not r.ent.place
                     and s.clause[r.first] == clause and r.last <= first), None)
        if fund is not None:
            subj, why_s = fund, f"{fund.ent.text} {fund.cue} (the fund it is paid from)"
    if subj is None and kind in LISTED_KINDS:
        # "जदयू को 76, लोजपा को 22 …", "कांग्रेस 16, शिवसेना (यूबीटी) 20", "शिवसेना (शिंदे) को 57":
        # in a list of tallies each figure belongs to the name right before it
        listed = _name_before(s, first, cands)
        if listed is not None and listed.role == "dative" and any(
                r.role == "agent" and r.ent.name != listed.ent.name and s.clause[r.first] == clause for r in cands):
            listed = None  # "प्रवेश वर्मा ने केजरीवाल को 4,099 वोटों से हराया": the agent's margin
        if listed is not None:
            subj, why_s = listed, f"{listed.ent.text} (name right before the figure)"
    if subj is None:
        steps: list[tuple[set[str], bool, str]] = [(agentive, True, "agent"), ({"behalf"}, True, "on whose behalf")]
        if kind in CASUALTY_KINDS or event in ("accident", "disaster"):
            steps.append(({"locative"}, True, "place"))
        steps += [
            ({"dative"} if acquire else set(), True, "recipient of मिलना"),
            ({"nominative"}, True, "leading nominative"),
            (agentive, False, "agent in the sentence"),
            ({"nominative"}, False, "nominative in the sentence"),
        ]
        owner = _owners(s, first, cands, d)
        if not owner and kind in LISTED_KINDS:
            # "कांग्रेस का वोट शेयर गिरकर 4.26 प्रतिशत", "महागठबंधन का कुल वोट शेयर करीब 37 प्रतिशत"
            owner = [r for r in cands if r.role == "genitive" and 0 <= first - r.head <= _OWNER_REACH
                     and _noun_phrase(s, r.head, first, cands, d)]
        if owner and rank(owner[-1]) and _pick(cands, agentive, first, clause, s, places=False):
            owner = []  # "भाजपा ने उत्तर प्रदेश की 33 सीटें जीतीं": a place's share, the agent's win
        if not owner and kind in SIDE_KINDS:
            owner = [r for r in [_list_owner(s, first, cands, d)] if r is not None]
        if owner and kind != "date":
            subj, why_s = owner[-1], f"{owner[-1].ent.text} {owner[-1].cue} (owner)"
        inside = [r for r in cands if r.ent.adjectival and noun_from <= r.first < ti]
        if subj is None and inside and kind in SIDE_KINDS:
            # "यूक्रेन ने 380 रूसी सैनिकों को मार गिराया": the soldiers are Russia's
            subj, why_s = inside[0], f"{inside[0].ent.text} (whose {kind}: adjective of the counted noun)"
        if subj is not None and kind in SIDE_KINDS:
            doer = _pick(cands, agentive, first, clause, s, subj.ent.name) \
                or _pick(cands, agentive, first, None, s, subj.ent.name)
            if doer is not None and doer.ent.name != subj.ent.name:
                obj, why_o = doer, f"{doer.ent.text} {doer.cue} (who sent, fired or inflicted)"
        if inside and subj is None and kind != "date":
            steps.insert(1, ({inside[0].role}, True, "adjective of the counted noun"))
            cands_in = inside
        else:
            cands_in = cands
        # "पार्टी ने 48 सीटें जीतीं, जबकि कांग्रेस …": an agent the clause names only by pronoun or a bare
        # noun is the earlier sentence's actor, not one of another clause
        anaphor = bool(topic) and any(
            s.clause[k] == clause and (s.words[k] in d.pronoun_agents or (
                s.words[k] in d.anaphoric_agents and k + 1 < len(s.words) and s.words[k + 1] in d.agent))
            for k in range(len(s.words)))
        if anaphor and subj is None:
            # "टिपरा मोथा को 21 फीसदी वोट मिले और उसने 42 सीटों पर लड़कर 13 सीटें जीतीं": a pronoun after
            # an actor named in an earlier clause of the sentence points back to that actor
            back = _pronoun_antecedent(s, clause, cands, d)
            if back is not None:
                subj, why_s = back, f"{back.ent.text} {back.cue} (the actor the pronoun points back to)"
        if subj is None and kind in OWN_KINDS:
            back = _contrasted_pronoun(s, clause, first, cands, d)
            if back is not None:
                subj, why_s = back, f"{back.ent.text} {back.cue} (the actor the pronoun after the contrast points back to)"
        if kind in OWN_KINDS:
            # "झामुमो ने 34 सीटें जीतीं, भाजपा को 33% वोट मिले फिर भी 21 सीटों पर अटकी": the party its own
            # clause names is the tally's, before an agent of another clause
            steps.insert(len(steps) - 2, ({"dative"}, True, "party of its clause"))
        for roles_, in_clause, label in steps:
            if subj is not None or ((anaphor or contrasted) and not in_clause):
                break
            pool = cands_in if label == "adjective of the counted noun" else cands
            if kind in OWN_KINDS and not in_clause:
                # "भाजपा की वापसी, 54 सीटें जीतीं; कांग्रेस 35 पर सिमटी": a later clause's party has a tally of
                # its own
                pool = [r for r in pool if s.clause[r.first] <= clause]
            r = _pick(pool, roles_, first, clause if in_clause else None, s,
                      earliest="nominative" in roles_)
            if r is not None:
                subj, why_s = r, f"{r.ent.text} {r.cue} ({label})"
    if subj is None and kind not in SIDE_KINDS and kind != "date":
        # "हरियाणा में अब तक 50 लाख टन गेहूं खरीदा", "दिल्ली में पेट्रोल 94.72 रुपये": the place its own
        # clause names, before the figure, not the earlier sentence's topic (a side's troops "in" a
        # country are not that country's; money "बिहार में सड़कों के लिए" is the payer's; "दिल्ली, मुंबई
        # और लखनऊ में 21 स्थानों पर" is no one place's)
        here = _pick(cands, {"locative"}, first, clause, s)
        if here is not None and here.last < first and here.ent.type in ("place", "state") \
                and sum(r.gfirst == here.gfirst for r in cands) == 1 \
                and not (kind == "money" and _PURPOSE in s.words[here.last + 1:first]):
            subj, why_s = here, f"{here.ent.text} {here.cue} (place of its clause)"
    subject = named(subj) if subj else ""
    home = _body_place(attrs, first) if subj is None and kind in PLACE_KINDS else ""
    if home:
        # "गाजा के स्वास्थ्य मंत्रालय के मुताबिक युद्ध में अब तक 33,797 लोगों की मौत": the place the body
        # that counts it belongs to, not the earlier sentence's topic
        subject, why_s = home, f"{home} (the place of the body it is attributed to)"
    elif subj is None and topic:
        subject, why_s = topic, TOPIC_REASON
    if subj is None and not subject:
        # "ईरान का दावा- इजरायल पर 200 मिसाइलें दागीं": the side a side's arms were fired at is not whose
        # they are (the object, below)
        targets = {r.ent.name for r in cands if r.role == "target"} if kind in ARMS_KINDS else set()
        # a person is nobody's dead or wounded ("जनरल सुलेमानी की बरसी पर दो बम धमाके, 103 लोगों की मौत"),
        # nor is a place someone came from or was caught at ("मुख्य आरोपी उदयपुर से गिरफ्तार")
        pool = [r for r in cands if r.ent.name not in targets
                and not (kind in CASUALTY_KINDS and (r.ent.type == "person" or (
                    r.role == "source" and (r.ent.place or r.ent.type == "place"))))]
        any_r = _pick(pool, {r.role for r in pool}, first, clause if contrasted else None, s)
        if any_r is not None:
            subj, subject, why_s = any_r, named(any_r), f"{any_r.ent.text} (first actor)"
    victim = [r for r in cands if r.ent.adjectival and noun_from <= r.first < ti]
    if kind == "people" and not disaster and victim and (subj is None or victim[0].ent.name != subj.ent.name):
        # "मोदी ने इसे 140 करोड़ भारतीयों का सम्मान बताया": people named by their nationality are that
        # state's (in a disaster the victims' nationality does not change where it happened)
        subj, why_s = victim[0], f"{victim[0].ent.text} (nationality of the counted people)"
        subject = named(subj)
    elif obj is None and kind in CASUALTY_KINDS and victim and subj is not None \
            and victim[0].ent.name != subj.ent.name:
        # "पाकिस्तान ने 3 भारतीय जवानों को मार दिया": the side the counted people belong to
        obj, why_o = victim[0], f"{victim[0].ent.text} (side of the counted {kind})"
    # seats and votes have a winner but no recipient: look only at this clause's markers
    scopes = (True,) if kind in OWN_KINDS else (True, False)
    if obj is None:
        steps_o = [
            ({"beneficiary", "behalf"}, "helped"),
            ({"dative"}, "recipient"),
            ({"target"}, "target"),
            ({"visit_dest"}, "visited"),
            ({"between_other"}, "partner"),
            ({"source"} if meet else set(), "met"),
            ({"destination"}, "destination"),
        ]
        for in_clause in scopes:
            for roles_, label in steps_o:
                r = _pick(cands, roles_, first, clause if in_clause else None, s, subject)
                if r is not None:
                    obj, why_o = r, f"{r.ent.text} {r.cue} ({label})"
                    break
            if obj is not None:
                break
    if obj is None and kind not in OWN_KINDS:
        for in_clause in (True, False):
            # "लोकसभा चुनाव में": the name of an election is no actor
            r = _pick([c for c in cands if c.role not in ("locative", "modifier")
                       and (d.events.match(s.words, c.last) or ("",))[0] != "election"],
                      {c.role for c in cands}, first, clause if in_clause else None, s,
                      subject, places=False)
            if r is not None and r is not subj and rank(r) == 0:
                obj, why_o = r, f"{r.ent.text} (other actor in the {'clause' if in_clause else 'sentence'})"
                break
    if subject and kind in LISTED_KINDS:
        led = _bare_alliance(s, clause, first, roles, d)
        partner = next((r for r in roles if r.ent.name == subject and s.words[r.last:r.last + 2] == ("के", "साथ")), None)
        if led and partner is not None:
            # "भाजपा …, जबकि आईपीएफटी के साथ मिलाकर गठबंधन को": the partner's ally leads the alliance
            ally = [r for r in roles if r.ent.type == "party" and r.ent.name != subject and r.last <= partner.first]
            if ally:
                subject, why_s = ally[-1].ent.name, f"{ally[-1].ent.text} (the party allied with {partner.ent.text})"
        if led and _leads_an_alliance(subject):
            # "आईपीएफटी के साथ मिलाकर गठबंधन को 40.23 फीसदी वोट मिले": the party's alliance, not the party
            subject, why_s = subject + " alliance", f"{why_s} → its alliance ({led})"
    obj_name = named(obj) if obj else ""
    if obj_name == subject:
        obj_name, why_o = "", ""
    return subject, obj_name, why_s, why_o


def _bare_alliance(s: Sent, clause: int, first: int, roles: Sequence[Role], d: Cues) -> str:
    """The word "गठबंधन" standing alone before the figure in its clause, as its tally's holder
    ("… गठबंधन को 56 सीटें"), no name's part; "" when there is none."""
    for k in range(min(first, len(s.words))):
        if s.clause[k] == clause and s.words[k] in d.alliance_words and k + 1 < len(s.words) \
                and s.words[k + 1] in d.dative | d.agent and not any(r.first <= k < r.last for r in roles):
            return s.words[k]
    return ""


def _leads_an_alliance(name: str) -> bool:
    """Whether ``name`` is a party that is no alliance itself (an alliance's "गठबंधन" is itself)."""
    from .gazetteer import default_gazetteer, is_alliance

    entity = default_gazetteer().get(name)
    return entity is not None and entity.type == "party" and not is_alliance(name)


def _body_place(attrs: Sequence[Attribution], first: int) -> str:
    """The place named inside a body a figure is attributed to before it ("गाजा के स्वास्थ्य मंत्रालय के
    मुताबिक", "बिहार स्वास्थ्य विभाग के अनुसार"), or ""."""
    gaz = default_gazetteer()
    for a in attrs:
        if a.first >= first:
            continue
        for e in a.entities:
            if e.type != "institution":
                continue
            words = e.text.split()
            for n in range(len(words) - 1, 0, -1):  # the body's name less its head: "गाजा के स्वास्थ्य", "गाजा के", …
                places = [m for m in gaz.find(" ".join(words[:n])) if m.type in ("place", "state") and not m.adjectival]
                if places:
                    return places[0].place or places[0].name
    return ""


def headed_state(person: str, roles: Sequence[Role], affiliations: Mapping[str, tuple[str, str]]) -> str:
    """The state (or party) a person heads, named here ("रूस के राष्ट्रपति पुतिन") or earlier; ""."""
    heads = {r.first for r in roles if r.ent.name == person and r.ent.type == "person"}
    for r in roles:
        if r.role == "affiliation" and r.head in heads and r.title in HEAD_TITLES:
            return r.ent.name
    state, title = affiliations.get(person, ("", ""))
    return state if title in HEAD_TITLES else ""


def state_of(person: str, roles: Sequence[Role], affiliations: Mapping[str, tuple[str, str]],
              states: Mapping[str, int]) -> str:
    """The state a person holds office in: "रूसी राष्ट्रपति पुतिन" here or in an earlier sentence."""
    heads = {r.first for r in roles if r.ent.name == person and r.ent.type == "person"}
    for r in roles:
        if r.role == "affiliation" and r.ent.type == "state" and r.head in heads:
            return r.ent.name
    state = affiliations.get(person, ("", ""))[0]
    return state if state in states else ""


def _antecedent_clause(s: Sent, first: int) -> int | None:
    """The clause a relative clause ("…, जो फरवरी में शुरू हुआ") holding ``first`` hangs on."""
    k = clause_span(s, s.clause[first]).start
    if s.words[k] not in _RELATIVE:
        return None
    while k > 0 and is_boundary(s.words[k - 1]):
        k -= 1
    return s.clause[k - 1] if k > 0 else None


def state_act(s: Sent, first: int, event: str, ev_at: int, roles: Sequence[Role],
               d: Cues) -> tuple[bool, str]:
    """Whether a date's event is a state's act (war, invasion, a campaign against a state),
    and the event the act names when the date's own cue was only शुरू/खत्म."""

    def targeted(c: int) -> bool:
        return any(r.role == "target" and r.ent.type in _TARGET_TYPES and s.clause[r.first] == c
                   for r in roles)

    if event in ("invasion", "war"):
        return True, event
    if event == "attack":
        return targeted(s.clause[ev_at]), event
    if event not in ("start", "end"):
        return False, event
    clauses = [s.clause[first]]
    ante = _antecedent_clause(s, first)
    if ante is not None:
        clauses.append(ante)
    for c in clauses:
        for k in clause_span(s, c):
            hit = d.state_acts.match(s.words, k)
            if hit:
                return True, hit[0] if event == "start" else event
            if d.targeted_acts.match(s.words, k) and targeted(c):
                return True, event
    return False, event


def both_states(s: Sent, first: int, d: Cues) -> bool:
    """"दोनों देशों" in the claim's clause."""
    c = s.clause[first]
    span = clause_span(s, c)
    return any(s.words[k] in d.both and k + 1 < len(s.words) and s.words[k + 1] in d.both_states
               for k in span)


def is_visit(s: Sent, tail: int, event: str, d: Cues) -> bool:
    """A claim about a visit: its date's event, or a visit noun right after the figure."""
    return event == "visit" or any(w in d.visit for w in s.words[tail:tail + 2])


def struck(s: Sent, tail: int, d: Cues) -> bool:
    """Whether the places counted right before token ``tail`` are struck: a marker follows the
    counted noun and a strike comes later in its clause ("पाकिस्तान के 4 एयर डिफेंस ठिकानों पर हमला
    किया", "भारत के 26 ठिकानों की ओर 500 ड्रोन छोड़े", "15 शहरों में सैन्य ठिकानों को निशाना बनाया")."""
    m = d.struck_markers.match(s.words, tail)
    if m is None:
        return False
    c = s.clause[tail]
    return any(s.words[k] in d.strikes for k in range(tail + m[1], len(s.words)) if s.clause[k] == c)
