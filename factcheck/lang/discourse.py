"""Discourse: what earlier sentences of a document give the claims of later ones.

The topic of a sentence (its ने-agent, else its first state/person/party) and whom it
acts on fill a subject/object a later sentence leaves out; offices named with a person
("रूस के राष्ट्रपति व्लादिमीर पुतिन") resolve a later "रूस के राष्ट्रपति"; in a
document about India a bare "सरकार"/"केंद्र" is India's government.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from ..kinds import REGISTRY
from ..model import EntityMention
from ..normalize import fold, fold_word
from .actors import (
    INFERRED_REASONS,
    TOPIC_REASON,
    choose_actors,
    entity_roles,
    headed_state,
    is_train,
    named_as_origin,
    owns_institution,
    rank,
)
from .attribution import attributions
from .comparison import other_event
from .cues import cues, india, india_states, offices, scope_words
from .events import (
    disaster_events,
    duty_events,
    leading_event,
    spreads,
    story_events,
    tells_event,
    two_sided_events,
    widespread_events,
)
from .gazetteer import OUTLET, default_gazetteer
from .kind import (
    ELLIPTIC_KINDS,
    LOSS_KINDS,
    OWN_KINDS,
    PLACE_KINDS,
    SIDE_KINDS,
    STATE_FIGURES,
    reason_noun,
)
from .sides import Sides, against_group
from .tokens import Sent, is_number, token_span, tokenise

if TYPE_CHECKING:
    from .roles import ClaimFields


#: Losses of life and limb a side counts under the place they happen in (cues.yaml loss_places); the
#: people it holds captive stay its own.
_LIFE_AND_LIMB = LOSS_KINDS - {"captured"}


def topic_of(sentence: str, entities: Sequence[EntityMention],
             affiliations: dict[str, tuple[str, str]] | None = None) -> str:
    """The actor a sentence is about: its ने-agent, else its first state/person/party.

    Offices named with a person ("रूस के राष्ट्रपति व्लादिमीर पुतिन") are recorded
    in ``affiliations`` when given, for later sentences of the same document.
    """
    ents = tuple(entities)
    if not ents:
        return ""
    roles = entity_roles(sentence, ents)
    # remember "रूस के राष्ट्रपति व्लादिमीर पुतिन" so a later "रूस के राष्ट्रपति" finds him
    for r in roles if affiliations is not None else ():
        if r.role == "affiliation" and r.title:
            for p in roles:
                if p.ent.type == "person" and p.first == r.head:
                    affiliations[p.ent.name] = (r.ent.name, r.title)
    attrs = attributions(sentence, ents)
    # a quoted speaker ("X ने कहा कि …") or a source ("X के अनुसार") attributes the
    # sentence; it is not what the following sentences are about
    # (a sentence that only reports speech keeps the topic of the one before)
    quoted = {e for a in attrs for e in a.entities}
    s = tokenise(sentence)
    for r in roles:  # "मंत्री अश्विनी वैष्णव ने फैसलों की जानकारी दी।": a speaker, though no कि follows
        if r.role == "agent" and _speaks(s, r.last):
            quoted.add(r.ent)
    spoke = any(r.role == "agent" and r.ent in quoted for r in roles)
    roles = tuple(r for r in roles if r.ent not in quoted and r.role != "attribution")
    if spoke and not any(r.role in ("agent", "visitor") for r in roles):
        return ""
    order = [
        [r for r in roles if r.role in ("agent", "visitor")],
        [r for r in roles if r.role == "nominative" and rank(r) == 0],
        [r for r in roles if r.role not in ("affiliation", "ignore") and rank(r) == 0],
        [r for r in roles if r.role not in ("affiliation", "ignore")],
    ]
    for group in order:
        if group:
            return min(group, key=lambda x: x.first).ent.name
    return ""


#: A result told as such in an exit poll's report: a past perfect ("मिली थीं", "जीती थी"), a year,
#: an earlier round ("पिछले चुनाव में", "तब"), or the counting's outcome ("नतीजे", "परिणाम").
_RESULT_TOLD = re.compile(r"\s(?:थीं|थी|थे|था)[\s।.,]|\s(?:19|20)\d\d\s|पिछल|\sतब\s|नतीज|परिणाम")


#: A sentence that ends as told text does (a danda, a full stop): a subhead without one ("10 हजार की अनुमति,
#: पहुंचे 27 हजार") starts a new topic and takes no loss from the paragraph before it (an election's
#: "बहुमत का आंकड़ा 76" still counts its seats).
_TOLD = re.compile(r"[।.?!|॥]['\"”’)]*\s*$")


#: Where the clause before a figure begins: a danda, comma or semicolon, or a contrast ("लेकिन", "जबकि").
_CLAUSE_START = re.compile(r"[,;।|]|\s(?:लेकिन|जबकि|मगर|परंतु|वहीं)\s")


#: A poll giving the figures after it: "(एग्जिट पोल) के औसत में", "(सर्वे) ने", "(…) के मुताबिक".
_POLL_GIVES = re.compile(r"^\S*(?:\s+\S+){0,3}?\s+(?:में|ने|मुताबिक|अनुसार)\s")


def _poll_in_clause(sentence: str, start: int) -> str:
    """The poll (cues.yaml ``polls``) that gives the figure at ``start``: named before it in its clause
    and followed by "में"/"ने"/"के मुताबिक" ("एग्जिट पोल के औसत में कांग्रेस को 55"; not "एग्जिट पोल
    के अनुमानों को गलत साबित करते हुए भाजपा ने 48 सीटें जीतीं"), or ""."""
    clause = _CLAUSE_START.split(sentence[:start])[-1]
    for poll in cues().polls:
        at = clause.find(poll)
        if at >= 0 and _POLL_GIVES.match(clause[at + len(poll):] + " "):
            return poll
    return ""


#: Verbs of informing after an agent: the sentence reports what was said, its agent is a speaker.
_INFORMS = (("जानकारी", "दी"), ("जानकारी", "दे"), ("बताया",), ("कहा",), ("ऐलान", "किया"), ("घोषणा", "की"))


def _speaks(s: Sent, last: int) -> bool:
    """Whether the clause of the agent ending at token ``last`` ends in a verb of informing and holds
    no figure ("… ने फैसलों की जानकारी दी।")."""
    k = last + 1
    while k < len(s.words) and s.clause[k] == s.clause[last]:
        k += 1
    words = s.words[last + 1:k]  # the danda starts another clause
    if any(map(is_number, words)) or k < len(s.words) and s.words[k] == "कि":
        return False
    return any(words[-len(v):] == v for v in _INFORMS)


def topic_pair(sentence: str, entities: Sequence[EntityMention],
               affiliations: dict[str, tuple[str, str]] | None = None) -> tuple[str, str]:
    """(topic, object) of a sentence: who it is about and whom that actor acts on or helps."""
    topic = topic_of(sentence, entities, affiliations)
    if not topic:
        return "", ""
    return topic, _object_of(sentence, entities, topic)


def _object_of(sentence: str, entities: Sequence[EntityMention], topic: str) -> str:
    """Whom the sentence's topic acts on or helps (see :func:`topic_pair`)."""
    s = tokenise(sentence)
    ents = tuple(entities)
    roles = entity_roles(sentence, ents)
    attrs = attributions(sentence, ents)
    last = len(s.words) - 1
    _, obj, _, _ = choose_actors(sentence, s, last, last, last, "count", last, roles, attrs, "", "",
                           cues())
    return obj if obj != topic else ""


#: Words naming where an event struck (a quake's epicentre): the places named with them weigh more.
_EPICENTRE = re.compile(r"(?:भूकंप|झटकों|झटके)\s+(?:का|के)\s+(?:केंद्र|केन्द्र)|केंद्रबिंदु|केंद्र बिंदु|अधिकेंद्र"
                        r"|एपिसेंटर|epicent(?:re|er)")


@lru_cache(maxsize=1)
def _government_words() -> re.Pattern[str]:
    """Any word of a bare government ("सरकार", "केंद्र"): sentences without one skip the search."""
    ind = india()
    return re.compile("|".join(sorted(map(re.escape, ind["government"] | ind["centre"] | ind["cabinet"]),
                                      key=len, reverse=True)))


@lru_cache(maxsize=1)
def _scope_pattern() -> re.Pattern[str]:
    """Any word of :func:`scope_words`: sentences without one skip the search."""
    return re.compile("|".join(sorted(map(re.escape, scope_words()), key=len, reverse=True)))


def _count_indian_states(entities: Sequence[EntityMention], into: dict[str, int]) -> None:
    """Add the Indian states ``entities`` name to ``into``: a state counts its own mentions and
    those of places inside it (Prayagraj -> Uttar Pradesh)."""
    states = india()["states"]
    gaz = default_gazetteer()
    for e in entities:
        if e.name in states:
            state = e.name
        elif e.place or e.type == "place":
            state = gaz.enclosing(e.place or e.name, states)
        else:
            continue
        if state:
            into[state] = into.get(state, 0) + 1


def _in_vehicle(before: str) -> bool:
    """Whether the words before a figure put it in a vehicle ("विमान में करीब 100 टन ईंधन")."""
    words = before.split()
    return any(w in cues().vehicles and nxt == "में" for w, nxt in zip(words, words[1:], strict=False))


def _carriers_in(sentence: str, entities: Sequence[EntityMention]) -> list[str]:
    """Organisations named with a vehicle ("एयर इंडिया का विमान", "एयर इंडिया की फ्लाइट एआई171") and
    named trains ("कोरोमंडल एक्सप्रेस", "चंडीगढ़-डिब्रूगढ़ एक्सप्रेस")."""
    d = cues()
    found = []
    for e in entities:
        if e.type in ("organisation", "organization"):
            after = sentence[e.end:e.end + 30].split()[:2]
            if any(w in d.vehicles for w in after) or is_train(e):
                found.append(e.name)
    return found + _trains_named_after(sentence, entities)


def _trains_named_after(sentence: str, entities: Sequence[EntityMention]) -> list[str]:
    """Trains named after the places they run between: places joined by hyphens right before a
    train word ("चंडीगढ़-डिब्रूगढ़ एक्सप्रेस" -> Chandigarh-Dibrugarh Express)."""
    d = cues()
    places = sorted((e for e in entities if e.place or e.type == "place"), key=lambda e: e.start)
    found, chain = [], []
    for e in places:
        if chain and sentence[chain[-1].end:e.start].strip() != "-":
            chain = []
        chain.append(e)
        words = sentence[e.end:e.end + 30].split()
        hit = d.trains.match(words, 0)
        if hit is not None and len(chain) >= 2:
            found.append("-".join(x.name for x in chain) + f" {hit[0]}")
    return found


#: Initials before a name: "ए.", "एम.के.", "S."
_INITIALS = re.compile(r"(?:[^\s.]{1,3}\.)+")


def _offices_in(sentence: str, entities: Sequence[EntityMention]) -> dict[str, str]:
    """Person -> the office named right before them ("रेल मंत्री अश्विनी वैष्णव", "मुख्यमंत्री माझी");
    offices are ``offices`` in ``cues.yaml``."""
    table = offices()
    found: dict[str, str] = {}
    for e in entities:
        if e.type != "person" and (e.type or e.known):  # a name of unknown type may be a person's
            continue
        before = sentence[max(0, e.start - 40):e.start].split()
        while before and _INITIALS.fullmatch(before[-1]):
            before.pop()  # "मुख्यमंत्री ए. रेवंत रेड्डी": an initial the name was found without
        for n in (3, 2, 1):
            title = " ".join(before[-n:])
            if len(before) >= n and title in table:
                found[e.name] = title
                break
    return found


def _names_event(sentence: str, start: int, label: str) -> bool:
    """Whether the clause of the figure at ``start`` names event ``label`` (cues.yaml ``events``:
    "arrest" for "गिरफ्तार", "हिरासत")."""
    s = tokenise(sentence)
    clause = s.clause[min(token_span(s, start, start + 1)[0], len(s.clause) - 1)]
    events = cues().events
    return any(s.clause[k] == clause and (events.match(s.words, k) or ("",))[0] == label
               for k in range(len(s.words)))


def _army_alone(sentence: str, end: int) -> bool:
    """Whether the sentence up to a figure of troops names an army (or its soldiers) and no rescue
    force (cues.yaml ``duty_forces``): soldiers sent to a disaster stay troops."""
    s = tokenise(sentence)  # the sentence's tokens, read once for all its figures
    last = bisect_left(s.starts, end)
    named = {hit[0] for i in range(last) if (hit := cues().duty_forces.match(s.words[:last], i))}
    return named == {"army"}


def _bare_office(before: str) -> str:
    """The office whose holder, unnamed, is the agent in ``before`` ("मुख्यमंत्री ने", "उपराज्यपाल
    ने"), else ""."""
    words = before.split()
    table = offices()
    for k in range(len(words) - 1, 0, -1):
        if words[k] == "ने":
            return next((" ".join(words[k - n:k]) for n in (3, 2, 1)
                         if k >= n and " ".join(words[k - n:k]) in table), "")
    return ""


def _destinations(sentence: str, entities: Sequence[EntityMention]) -> set[tuple[int, int]]:
    """Spans of the entities ``sentence`` names as where someone was going ("महाकुंभ जाने वाली")."""
    return {(r.ent.start, r.ent.end) for r in entity_roles(sentence, tuple(entities)) if r.role == "destination"}


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _earlier_years_only(sentence: str, year: int) -> bool:
    """Whether the sentence names years, all before ``year``."""
    years = [int(y) for y in _YEAR.findall(sentence)]
    return bool(years) and max(years) < year


def _count_places(sentence: str, entities: Sequence[EntityMention], into: dict[str, int]) -> None:
    """Add the places ``sentence`` names to ``into``: not a dateline's place nor one a distance is
    measured from ("काठमांडू से 80 किमी") nor one an effect reached ("काठमांडू तक") nor another
    event's ("एक अन्य भगदड़ में"); the place an epicentre is named at counts thrice, one an event
    happened in ("जाजपुर में … हादसा") twice."""
    if not any(e.place or e.type == "place" for e in entities):
        return  # no place named: nothing to count
    centre = bool(_EPICENTRE.search(sentence))
    extent = cues().extent
    # keyed by span, not identity: entity_roles is cached, its entities may be equal copies
    s = tokenise(sentence)
    roles = {(r.ent.start, r.ent.end, r.ent.name): ("extent" if r.cue in extent else
                                                    "origin" if named_as_origin(s, r) else r.role)
             for r in entity_roles(sentence, tuple(entities))}
    eventful = tells_event(sentence)
    for e in entities:
        place = e.place or (e.name if e.type == "place" else "")
        role = roles.get((e.start, e.end, e.name), "")
        # "जबकि झूंसी क्षेत्र में हुई एक अन्य भगदड़ में": another event's place is not the document's
        if place and role not in ("source", "ignore", "attribution", "extent", "origin") \
                and not other_event(sentence, e.text) and not owns_institution(s, e, place):
            weight = 3 if centre else 2 if eventful and role == "locative" else 1
            into[place] = into.get(place, 0) + weight


#: How many characters before an ex gratia its payer's "ने" may stand ("कंपनी ने मृतकों के परिवारों को …").
_PAYER_REACH = 160

#: The thing of relief sent ("राहत सामग्री"): in a disaster it goes to where it happened.
_RELIEF = "relief"

#: The thing of arrests counted outside a war.
ARRESTED = "arrested"
#: The event label of an arrest (cues.yaml ``events``: "गिरफ्तार", "हिरासत").
_ARREST = "arrest"

#: A vehicle's passengers are everyone on board ("63 लोग सवार थे" against "66 यात्री") unless the
#: report counts its crew apart (an airliner's "230 यात्री और 12 क्रू सदस्य" are not its 242 on board).
_PASSENGERS, _ON_BOARD, _CREW = "passengers", "on_board", "crew"
#: A count aboard that says it includes the crew ("जिनमें चालक और परिचालक भी शामिल थे").
_EVERYONE_ABOARD = "everyone_aboard"
#: People aboard several vehicles together ("दोनों बसों में कुल 65 लोग").
_ABOARD_ALL = "aboard_all"

_INDIA = "India"
_ELECTION = "election"
_WARDS = "wards"
_POLICE = fold_word("पुलिस")

#: How often a report must name a second state for its fighting to be a war between states (a
#: protest report that mentions Indian students stranded is not one).
_WAR_MENTIONS = 3

#: Who makes arrests in an event without two sides (a ``generic_bodies`` name).
_ARRESTING_BODY = "Police"

#: How many sentences back a state named last is what "राज्य सरकार" means.
RECENT_STATE_SENTENCES = 2

#: What joins two parallel clauses of one sentence, the later repeating the earlier's measure.
_JOINS = re.compile(r"(?:^|\s|,)(?:जबकि|और|वहीं|तथा|,)(?:\s|$)")


@lru_cache(maxsize=1)
def _passenger_nouns() -> frozenset[str]:
    """The folded nouns that count passengers alone (kinds.yaml people's ``passengers`` cues that are
    no cue of ``on_board``): "यात्री", not "सवार"."""
    things = REGISTRY["people"].things
    return frozenset(fold_word(w) for w in things.get(_PASSENGERS, ())) - {
        fold_word(w) for w in things.get(_ON_BOARD, ())}


@lru_cache(maxsize=1)
def _crew_words() -> re.Pattern[str]:
    """The folded words that name a vehicle's crew (kinds.yaml, people's ``crew``), as whole words."""
    phrases = (" ".join(fold_word(w) for w in p.split()) for p in REGISTRY["people"].things[_CREW])
    return re.compile(r"(?<![\w\u0900-\u097f])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w\u0900-\u097f])")


@lru_cache(maxsize=1)
def _roles_describe():  # type: ignore[no-untyped-def]
    """:func:`roles.describe`, imported on first use (the façade imports this module)."""
    from .roles import describe

    return describe


@dataclass
class Discourse:
    """What the earlier sentences of one document established, for clauses that omit it."""

    topic: str = ""
    affiliations: dict[str, tuple[str, str]] = field(default_factory=dict)
    states: dict[str, int] = field(default_factory=dict)  # state -> mentions, first seen first
    # the sentence that set the topic: its object is worked out only when a claim asks
    _topic_source: tuple[str, tuple[EntityMention, ...]] | None = None
    _topic_object: str | None = ""
    visit_dest: str = ""
    kind: str = ""  # measure of the last figure of this or the previous sentence
    _kind_here: str = ""
    _loss_here: tuple[str, str, str] = ("", "", "")  # (sentence, subject, object) of its last loss
    _read: int = 0  # sentences read so far
    _recent_state: tuple[str, int] = ("", -9)  # the Indian state named last, and in which sentence
    _thing_here: tuple[str, int, str, str] = ("", 0, "", "")  # (sentence, end, kind, thing) of its last figure
    actors: dict[str, int] = field(default_factory=dict)  # topic -> weight (a state counts 2)
    indian: int = 0  # mentions of Indian places, parties, institutions
    foreign: int = 0  # mentions of other states
    indian_states: dict[str, int] = field(default_factory=dict)
    events: dict[str, int] = field(default_factory=dict)  # story event label -> mentions
    #: states the whole document names -> mentions (``preview``); the sides of its conflict
    doc_states: dict[str, int] = field(default_factory=dict)
    _previewed: bool = False
    civic: bool = False  # the document names a city's own council (its election fills the city's house)
    national: bool = False  # the document is about an election to India's parliament
    places: dict[str, int] = field(default_factory=dict)  # cities, districts (not states) -> mentions
    doc_places: dict[str, int] = field(default_factory=dict)  # the same, over the whole document
    offices: dict[str, str] = field(default_factory=dict)  # person -> office named with them
    gatherings: dict[str, int] = field(default_factory=dict)  # event entities (a Kumbh) -> mentions
    names: set[str] = field(default_factory=set)  # every entity name seen so far
    carriers: dict[str, int] = field(default_factory=dict)  # organisations named with a vehicle
    crew: bool = False  # the document counts a vehicle's crew apart from its passengers
    poll: bool = False  # the headline reports an exit or opinion poll: its seats are projections
    spreading: bool = False  # the text says its disaster's toll is the rain's over a region ("बारिश का कहर")
    group: str = ""  # the armed group (Maoists, terrorists) the document's security forces face
    police: bool = False  # the document names the police
    group_name: str = ""  # the organisation the document names as the group ("The Resistance Front")
    _place_cache: tuple[tuple, str] = ((), "")

    def preview(self, sentences: Sequence[tuple[str, Sequence[EntityMention]]], text: str = "",
                year: int | None = None) -> None:
        """Count the states, places and event nouns of the whole document before its first sentence
        is read: a headline's figure already knows the two sides, the disaster it is about, and
        where it happened (``sentences``: each sentence with its entities). ``year``, the year the
        document was published: a sentence dated only in earlier years tells an earlier event
        ("अक्टूबर 2023 में हेरात में आए भूकंप में"), whose places are not where the story happened."""
        for label, n in story_events(text).items() if text else ():
            self.events[label] = self.events.get(label, 0) + n
        self._previewed = bool(text)
        folded = fold(text)[0] if text else ""
        self.civic = any(w in folded for w in cues().civic_bodies)
        self.national = sum(folded.count(w) for w in cues().national_houses) > \
            sum(folded.count(w) for w in cues().state_houses)
        self.crew = _crew_words().search(folded) is not None
        self.spreading = spreads(folded)
        headline = folded.lstrip().split("\n", 1)[0].lower()
        # a result's report may recall the polls ("हरियाणा में क्यों गलत साबित हुए एग्जिट पोल")
        self.poll = any(w in headline for w in cues().polls) and not any(w in headline for w in cues().polls_wrong)
        groups: dict[str, int] = {}
        for word in folded.split():
            side = cues().side_nouns.get(word)
            if side:
                groups[side] = groups.get(side, 0) + 1
        self.group = max(groups, key=lambda g: groups[g]) if groups else ""
        self.police = _POLICE in folded.split()
        lede = next((i for i, (_, entities) in enumerate(sentences)
                     if i and any(e.place or e.type == "place" for e in entities)), -1)
        named: dict[str, int] = {}
        for _, entities in sentences:
            for e in entities:
                if cues().named_groups.get(e.name):
                    named[e.name] = named.get(e.name, 0) + 1
        self.group_name = max(named, key=lambda n: named[n]) if named else ""
        for i, (sentence, entities) in enumerate(sentences):
            if year is not None and _earlier_years_only(sentence, year):
                entities = [e for e in entities if not (e.place or e.type == "place")]
            _count_places(sentence, entities, self.doc_places)
            if i == lede:  # the lede says where the story happened: its places count twice
                _count_places(sentence, entities, self.doc_places)
            _count_indian_states(entities, self.indian_states)
            for name in _carriers_in(sentence, entities):
                self.carriers[name] = self.carriers.get(name, 0) + 1
            going = _destinations(sentence, entities) if any(e.type == "event" for e in entities) else set()
            for e in entities:
                if e.type == "event" and (e.start, e.end) not in going:
                    # "महाकुंभ जाने वाली भीड़": a gathering people were going to is not where it happened
                    self.gatherings[e.name] = self.gatherings.get(e.name, 0) + 1
                elif e.type == "state" and not e.place:
                    self.doc_states[e.name] = self.doc_states.get(e.name, 0) + 1
        second = sorted(self.doc_states.values(), reverse=True)[1:2]
        if second and second[0] >= _WAR_MENTIONS and self.group not in cues().civil_groups:
            self.group = ""  # a war between states: its armed groups are one state's side ("70 आतंकी")

    def _against_group(self, f: ClaimFields) -> None:
        """:func:`sides.against_group` with what this document names (its group, home country, police)."""
        home = self._home_country() or max(self.doc_states, key=lambda c: self.doc_states[c], default="")
        against_group(f, Sides(self.group, self.group_name, home, self.police), self._places_and_states())

    def _named_attackers(self, f: ClaimFields) -> None:
        """Terrorists or militants counted by that word in a report that names the organisation
        behind the attack ("जैश-ए-मोहम्मद"): the organisation's people, however an outlet words them
        (आतंकी in one, चरमपंथी in another)."""
        attackers = cues().attacker_groups
        if not (self.group_name and cues().named_groups.get(self.group_name) in attackers):
            return
        for role in ("subject", "object"):
            if getattr(f, role) in attackers:
                setattr(f, role, self.group_name)
                f.reasons[role] = f"{f.reasons.get(role, '')} → {self.group_name} (the organisation the report names)"

    def _home_country(self) -> str:
        """The one country the document is about: the only state it names, else India when it names
        none (the Hindi press's own country); "" when it names several."""
        named = set(self.doc_states or self.states)
        if len(named) == 1:
            return next(iter(named))
        return "" if named else _INDIA

    def _places_and_states(self) -> set[str]:
        return set(self.doc_places) | set(self.places) | set(self.indian_states) | {_INDIA}

    @property
    def disaster(self) -> bool:
        """Whether the document so far is about an event without two sides (a quake, a stampede)."""
        return leading_event(self.events) in disaster_events()

    def _state_headed_by(self, person: str) -> str:
        """The state ``person`` heads: India's heads (cues.yaml), else one learnt from the text
        ("रूस के राष्ट्रपति पुतिन"); "" for anyone else."""
        if not person:
            return ""
        if person in india().get("heads", ()):
            return "India"
        return headed_state(person, (), self.affiliations)

    def _named_fully(self, short: str) -> str:
        """The one entity seen so far whose name ends in the generic body ``short`` ("Police" ->
        "Bihar Police"; ``generic_bodies`` in cues.yaml), else, for a body each state has
        (``state_bodies``), the one of the Indian state the document is about, or of the foreign
        country it is about; else ""."""
        d = cues()
        if short not in d.generic_bodies and short not in d.national_bodies:
            return ""
        fuller = [n for n in self.names if n.endswith(" " + short)]
        if len(fuller) == 1:
            return fuller[0]
        if not fuller and short in d.state_bodies and self.indian > self.foreign and self.region():
            return f"{self.region()} {short}"  # a state's own body: the state the document is about
        states = self.doc_states or self.states
        if short in d.national_bodies and self.indian <= self.foreign and states:
            # "सुप्रीम कोर्ट ने … 5 प्रतिशत" in a report from Bangladesh: that country's court
            country = max(states, key=lambda n: states[n])
            return f"{country} {d.national_bodies[short]}" if country != "India" else ""
        if not fuller and short in d.state_bodies and self.indian <= self.foreign and states:
            # "पुलिस ने 532 लोगों को गिरफ्तार किया" in a report from Bangladesh: that country's police
            country = max(states, key=lambda n: states[n])
            return f"{country} {short}" if country != "India" else ""
        return ""

    def gathering(self) -> str:
        """The gathering (an event entity: a Kumbh, a rally) the document names most, else ""."""
        return max(self.gatherings, key=lambda g: self.gatherings[g]) if self.gatherings else ""

    def region(self) -> str:
        """The Indian state or territory the document names most (an election's house; the whole
        document once previewed), else ""."""
        return max(self.indian_states, key=lambda p: self.indian_states[p]) if self.indian_states else ""

    def house(self) -> str:
        """The house an election of this document fills: a city's council (``civic``) is the city's,
        India's parliament (``national``) India's, else the Indian state the document names most,
        else (another country's parliament: Sri Lanka's) the country it names most."""
        if self.civic and self.main_place():
            return self.main_place()
        if self.national:
            return _INDIA  # "543 सदस्यीय लोकसभा": India's parliament, whichever state the report names
        countries = self.doc_states or self.states
        top = max(countries, key=lambda c: countries[c]) if countries else ""
        region = self.region()
        if top and top != "India" and countries[top] >= self.indian_states.get(region, 0):
            return top  # Sri Lanka's parliament, though the report names Delhi's reaction
        return region or top

    def _is_person(self, name: str) -> bool:
        """Whether ``name`` is a person's: the gazetteer says so, or the document gave them an office."""
        entry = default_gazetteer().get(name) if name else None
        return bool(name) and (entry is not None and entry.type == "person" or name in self.affiliations)

    def main_place(self) -> str:
        """Where the document's event happened: of the country it names most (counting the places
        inside it), the place it names most; on a tie the more specific of nested places, else the
        one named first; "" if none."""
        if not (self.doc_places or self.places):
            return ""
        key = (tuple(self.places.items()), tuple(self.states.items()))
        if self._place_cache[0] != key:  # asked once per claim, changed only by a sentence's names
            self._place_cache = (key, self._main_place())
        return self._place_cache[1]

    def _main_place(self) -> str:
        gaz = default_gazetteer()
        places = self.doc_places or self.places
        countries: dict[str, int] = dict(self.doc_states or self.states)
        for place, n in places.items():
            top = (gaz.ancestors(place) or (place,))[-1]
            countries[top] = countries.get(top, 0) + n
        country = max(countries, key=lambda c: countries[c])
        inside = {p: n for p, n in places.items() if p == country or country in gaz.ancestors(p)}
        if not inside:
            return max(places, key=lambda p: places[p])
        top = max(inside.values())
        tied = [p for p, n in inside.items() if n == top]
        # on a tie the more specific of nested places (Jajpur over Odisha), else the first named
        return next(p for p in tied if not any(q != p and gaz.within(q, p) for q in tied))

    @property
    def topic_object(self) -> str:
        """Whom the topic acted on in the sentence that made it the topic."""
        if self._topic_object is None and self._topic_source is not None:
            self._topic_object = _object_of(*self._topic_source, self.topic)
        return self._topic_object or ""

    def main_topic(self) -> str:
        """The document's most frequent topic so far (first seen wins a tie)."""
        return max(self.actors, key=lambda a: self.actors[a]) if self.actors else ""

    def _named_state(self) -> str:
        """What "राज्य" means here: the Indian state named in the last two sentences, else the one
        the document names most; "" when it names none."""
        if not self.indian_states:
            return ""
        recent, at = self._recent_state
        return recent if recent and self._read - at < RECENT_STATE_SENTENCES else \
            max(self.indian_states, key=lambda n: self.indian_states[n])

    def _governing_state(self, entities: Sequence[EntityMention]) -> str:
        """Whose "राज्य सरकार" a sentence means: a state it names itself ("पश्चिम बंगाल में भी … राज्य
        सरकार ने"), else, in the document of a disaster in one place, the state where it happened (the
        pilgrims' home state named just before does not govern the Kumbh; a cyclone strikes several),
        else :meth:`_named_state`."""
        here: dict[str, int] = {}
        _count_indian_states(entities, here)
        if here:
            return max(here, key=lambda n: here[n])
        place = self.main_place() if self.disaster and leading_event(self.events) not in widespread_events() else ""
        states = india_states()
        where = place if place in states else default_gazetteer().enclosing(place, states) if place else ""
        return where or self._named_state()

    def governments(self, sentence: str, entities: Sequence[EntityMention]) -> list[EntityMention]:
        """``entities`` plus a bare government of a document about India: "सरकार"/"केंद्र ने"
        -> India, "राज्य/प्रदेश सरकार" -> the Indian state named in the last two sentences, else the
        one the document names most; and a state named by a common noun ("राज्य के 11 में से 8
        जिले", "प्रदेश में 246 सड़कें") -> that state too."""
        ind = india()
        if self.indian <= self.foreign or not (_government_words().search(sentence) or _scope_pattern().search(sentence)):
            return list(entities)
        s = tokenise(sentence)
        taken = [(e.start, e.end) for e in entities]
        extra = []
        for k, w in enumerate(s.words):
            nxt = s.words[k + 1] if k + 1 < len(s.words) else ""
            genitive = nxt in ("के", "की", "का")
            if w in scope_words() and (nxt in ind["scope_markers"] or w.endswith("भर")) \
                    and not (genitive and not any(map(is_number, s.words[k + 2:k + 5]))) \
                    and not any(a < s.ends[k] and s.starts[k] < b for a, b in taken):
                # "राज्य के 11 जिलों" names the figure's state; "राज्य के राहत आयुक्त" an official's
                country = w in ind["country_scope"]
                name = "India" if country else self._named_state()
                if name:
                    extra.append(EntityMention(s.starts[k], s.ends[k], sentence[s.starts[k]:s.ends[k]], name,
                                               "state" if country else "place"))
                continue
            gov = w in ind["government"]
            centre = w in ind["centre"] and k + 1 < len(s.words) and s.words[k + 1] == "ने" \
                or w in ind["cabinet"] and k and s.words[k - 1] in ind["union"]  # "केंद्रीय मंत्रिमंडल ने"
            if not (gov or centre):
                continue
            if any(a < s.ends[k] and s.starts[k] < b for a, b in taken):
                continue
            prev = s.words[k - 1] if k else ""
            if k and any(b == s.ends[k - 1] for _, b in taken):
                continue  # "एनडीए सरकार", "आप सरकार": that party's government
            if gov and prev in ind["state_government"]:
                # "पश्चिम बंगाल में भी … राज्य सरकार ने": the state just named, else the document's
                name = self._governing_state(entities)
                if not name:
                    continue
                extra.append(EntityMention(s.starts[k - 1], s.ends[k], sentence[s.starts[k - 1]:s.ends[k]],
                                           name, "place"))
            elif prev not in ("की", "के", "का"):
                local = gov and self.disaster and self.indian_states and self.foreign == 0
                if local:
                    # a disaster in one Indian state: "सरकार ने मृतकों के परिजनों को 10 लाख" is that state's
                    name = max(self.indian_states, key=lambda n: self.indian_states[n])
                    extra.append(EntityMention(s.starts[k], s.ends[k], w, name, "place"))
                else:
                    extra.append(EntityMention(s.starts[k], s.ends[k], w, "India", "state"))
        return sorted([*entities, *extra], key=lambda e: e.start) if extra else list(entities)

    def update(self, sentence: str, entities: Sequence[EntityMention]) -> None:
        ind = india()
        if not self.civic:
            self.civic = any(w in sentence for w in cues().civic_bodies)
        if not self._previewed:
            for label, n in story_events(sentence).items():
                self.events[label] = self.events.get(label, 0) + n
        if not self.doc_places:
            _count_places(sentence, entities, self.places)
        self.offices.update(_offices_in(sentence, entities))
        self.names.update(e.name for e in entities)
        if not self._previewed:
            _count_indian_states(entities, self.indian_states)
        self._read += 1
        named: dict[str, int] = {}
        _count_indian_states(entities, named)
        if named:
            self._recent_state = (max(named, key=lambda n: named[n]), self._read)
        for e in entities:
            if e.name in ind["states"] or e.name in ind["names"]:
                self.indian += 1
            elif e.type == "state":
                self.foreign += 1
        entities = [e for e in self.governments(sentence, entities) if e.type != OUTLET]  # reporters: no topic
        self.kind, self._kind_here = self._kind_here, ""
        topic = topic_of(sentence, entities, self.affiliations)
        if topic:
            self.topic, self._topic_source, self._topic_object = topic, (sentence, tuple(entities)), None
            weight = 2 if any(e.name == topic and e.type == "state" for e in entities) else 1
            self.actors[topic] = self.actors.get(topic, 0) + weight
        for e in entities:
            if e.type == "state":
                self.states[e.name] = self.states.get(e.name, 0) + 1
        if entities:
            for r in entity_roles(sentence, tuple(entities)):
                if r.role == "visit_dest" or (r.role == "destination" and r.cue.startswith("पहुंच")):
                    self.visit_dest = r.ent.name

    def describe(self, sentence: str, start: int, end: int, entities: Sequence[EntityMention], *,
                 unit: str = "", is_date: bool = False) -> ClaimFields:
        """:func:`roles.describe` with what this document established so far."""
        describe = _roles_describe()
        event = leading_event(self.events)  # the document's event, read once for the claim
        disaster = event in disaster_events()
        entities = self.governments(sentence, entities)
        said, after, kind, thing = self._thing_here
        parallel = said == sentence and after <= start and _JOINS.search(sentence[after:start]) is not None
        f = describe(sentence, start, end, entities, unit=unit, is_date=is_date, topic=self.topic,
                     topic_object=self.topic_object, affiliations=self.affiliations,
                     states=self.doc_states or self.states, visit_dest=self.visit_dest,
                     prev_kind=self._kind_here or (
                         self.kind if _TOLD.search(sentence) or self.kind not in LOSS_KINDS else ""),
                     disaster=disaster,
                     doc_place=self.main_place(), region=self.house(), gathering=self.gathering(),
                     doc_places=self.doc_places or self.places,
                     prev_thing=(kind, thing) if parallel else ("", ""),
                     widespread=disaster and (event in widespread_events() or self.spreading),
                     election=event == "election")
        self._thing_here = (sentence, f.end, f.kind, f.thing)
        if self.poll and (f.kind in OWN_KINDS or f.thing == "vote_share") and f.status == "actual" \
                and not _RESULT_TOLD.search(f" {sentence} "):
            # an exit poll's report: "पीपल्स पल्स ने एनडीए को 44 से 53 सीटें दी हैं" is a projection (the last
            # election's result, "… सीटें मिली थीं", "2019 के चुनाव में", stays one)
            f.status, f.reasons["status"] = "possible", "an exit poll's report (a projection) → possible"
        elif (f.kind in OWN_KINDS or f.thing == "vote_share") and f.status == "actual":
            poll = _poll_in_clause(sentence, start)
            if poll:
                # "एग्जिट पोल के औसत में कांग्रेस को 55 और भाजपा को 26 सीटें मिलती दिखाई गई थीं" in a result's
                # report: the poll's projection, not the result
                f.status, f.reasons["status"] = "possible", f"{poll} … (a poll's projection) → possible"
        main = self.main_topic()
        d = cues()
        words = sentence.split()
        # "उन्होंने", "राज्य ने", "पार्टी ने", "वहां": the actor or place just named, not the document's main one
        pronoun = not d.pronoun_agents.isdisjoint(words) or not d.place_pronouns.isdisjoint(words) or any(
            w in d.anaphoric_agents and nxt in d.agent for w, nxt in pairwise(words))
        if f.reasons.get("subject") == TOPIC_REASON and main and main != f.subject and not pronoun:
            # "… के लिए 1.52 लाख करोड़ रुपये रखे गए हैं": no actor of its own -> the
            # document's main actor, not one named in a side remark just before
            f.subject = main
            f.reasons["subject"] = "main topic of the document (no actor in the sentence)"
            if f.object == main:
                f.object = ""
                f.reasons.pop("object", None)
        place = self.main_place()
        if f.kind in PLACE_KINDS and place and f.reasons.get("subject", "").startswith(INFERRED_REASONS) \
                and self._is_person(f.subject) and not (f.kind in STATE_FIGURES and self._state_headed_by(f.subject)):
            # "करीब 1,500 घर जलाए गए हैं" in a report led by a minister's visit: the houses are the
            # place's, not the visitor's (a head of state's agreements stay his state's, below)
            f.subject, f.reasons["subject"] = place, f"{f.reasons['subject']} → {place} (a person holds no such figure)"
        d_forces = cues().forces
        if f.kind in SIDE_KINDS and f.subject in d_forces and f.reasons.get("subject", "").startswith(INFERRED_REASONS):
            # "18 मार्कोस कमांडो" after a report about the Indian Navy: a force's people are its state's
            f.subject, f.reasons["subject"] = d_forces[f.subject], f"{f.reasons['subject']} → {d_forces[f.subject]} (its state)"
        for role in ("subject", "object"):
            # "पुलिस ने …" after "बिहार पुलिस की आर्थिक अपराध इकाई …": the one named before
            short = getattr(f, role)
            full = self._named_fully(short) if short else ""
            if full:
                setattr(f, role, full)
                f.reasons[role] = f"{f.reasons.get(role, '')} → {full} (named so earlier)"
        if not f.subject and f.kind in STATE_FIGURES and self._home_country() \
                and not cues().the_country.isdisjoint(sentence[:start].split()):
            # "देश की आर्थिक वृद्धि दर … 8.2 प्रतिशत रही": the country the report is about
            f.subject, f.reasons["subject"] = self._home_country(), "देश → the country the report is about"
            if not self.topic:
                self.topic = f.subject  # the sentences after it go on about the country
        if self.group and event in two_sided_events():
            self._against_group(f)
        self._named_attackers(f)
        # after the sides are read: the strip is no state the sides logic knows
        place_of_loss = cues().loss_places.get(f.subject)
        if place_of_loss and f.kind in _LIFE_AND_LIMB and any(
                default_gazetteer().within(p, place_of_loss) for p in self.doc_places or self.places):
            # "कम से कम 31 फ़लस्तीनी मारे गए" in a report from Gaza: the strip's toll
            f.subject, f.reasons["subject"] = place_of_loss, \
                f"{f.reasons.get('subject', '')} → {place_of_loss} (where the side's losses are counted)"
        noun = reason_noun(f.reasons.get("kind", "")).split()
        if f.kind == "seats" and event != _ELECTION and noun and fold_word(noun[0]) in cues().election_only_nouns:
            # "18 वार्डों को निषिद्ध क्षेत्र घोषित" in an outbreak: wards are areas, not seats
            f.kind, f.thing = "count", _WARDS
            f.reasons["kind"] = f"{f.reasons['kind']} → count (wards outside an election)"
        if f.kind == "troops" and event in duty_events() and not _army_alone(sentence, f.end):
            # "एनडीआरएफ और सेना के 200 जवान बचाव में जुटे", "मतगणना केंद्र पर 1,200 पुलिसकर्मी तैनात": men on
            # duty at a disaster or a count, no side's troops
            f.kind, f.reasons["kind"] = "workers", f"{f.reasons.get('kind', '')} → workers (on duty, no side)"
        if f.kind == "captured" and event not in two_sided_events() and _names_event(sentence, start, _ARREST):
            # "छापेमारी में 6 गिरफ्तार" after a hooch tragedy, a fraud: arrests are counted, nobody's side
            f.kind, f.thing = "count", ARRESTED
            f.reasons["kind"] = f"{f.reasons['kind']} → count (arrests, no side's captured: not a war)"
        if disaster and (f.kind == "captured" or f.thing == ARRESTED) and f.subject and f.subject in self.doc_places | self.places \
                | self.indian_states:
            # "तीन गिरफ्तार" after a hooch tragedy: arrests are the police's, not the place's people
            police = self._named_fully(_ARRESTING_BODY)
            if police:
                f.subject, f.reasons["subject"] = police, f"{f.reasons.get('subject', '')} → {police} (who arrests)"
        if disaster and f.kind == "money" and f.subject in self.doc_places | self.places | self.gatherings \
                and not d.agent.intersection(sentence[max(0, start - _PAYER_REACH):start].split()):
            # "मृतकों के परिजनों को 4 लाख रुपये की सहायता दी जाएगी" after a fire in Lucknow: a city
            # pays no ex gratia, its state does (a payer the clause names, "कंपनी ने", pays its own)
            place = self.main_place() if f.subject in self.gatherings else f.subject  # a Kumbh: where it is held
            state = place if place in india_states() else default_gazetteer().enclosing(place, india_states())
            if state:
                f.subject, f.reasons["subject"] = state, f"{f.reasons.get('subject', '')} → {state} (the state that pays)"
        if disaster and f.kind == "weight" and f.thing == _RELIEF and not f.object and self.main_place() \
                and f.subject != self.main_place():
            # "राज्य सरकार ने अब तक 40 टन राहत सामग्री पहुंचाई": relief goes to where it happened
            f.object, f.reasons["object"] = self.main_place(), "where the disaster happened (relief sent there)"
        if f.thing in (_PASSENGERS, _ON_BOARD) and (
                cues().crew_before.search(sentence[:start]) or cues().crew_after.search(sentence[end:])):
            # "कुल ५४ लोग सवार थे, जिनमें चालक और परिचालक भी शामिल थे": everyone aboard, not the passengers
            f.thing = _EVERYONE_ABOARD
            f.reasons["thing"] = f"{f.reasons.get('thing', '')} → {_EVERYONE_ABOARD} (crew included)".strip()
        elif f.thing == _PASSENGERS and not self.crew:
            f.thing = _ON_BOARD
            f.reasons["thing"] = f"{f.reasons.get('thing', '')} → {_ON_BOARD} (no crew counted apart)".strip()
        elif f.thing == _ON_BOARD and self.crew and f.kind == "people" and noun \
                and fold_word(noun[0]) in _passenger_nouns():
            # "विमान में 184 यात्री सवार थे … इसके अलावा चालक दल के 6 सदस्य भी थे": the passengers, crew apart
            f.thing = _PASSENGERS
            f.reasons["thing"] = f"{f.reasons.get('thing', '')} → {_PASSENGERS} (the crew counted apart)".strip()
        if f.thing in (_PASSENGERS, _ON_BOARD, _EVERYONE_ABOARD):
            together = next((w for w in _JOINS.split(sentence[:start])[-1].split()
                             if fold_word(w) in cues().several_vehicles), "")
            if together:  # "दोनों बसों में कुल 65 लोग सवार थे": everyone aboard both, not one bus's count
                f.thing = _ABOARD_ALL
                f.reasons["thing"] = f"{f.reasons.get('thing', '')} → {_ABOARD_ALL} ({together})".strip()
        carrier = max(self.carriers, key=lambda c: self.carriers[c]) if self.carriers else ""
        aboard = f.thing in cues().carried or _in_vehicle(sentence[:start])
        if carrier and disaster and aboard and f.kind not in LOSS_KINDS:
            # "विमान में 242 लोग सवार थे": the airline's passengers (the dead stay the place's)
            f.subject, f.reasons["subject"] = carrier, f"{carrier} (the carrier of the people on board)"
        if f.kind in STATE_FIGURES:
            # "दोनों नेताओं ने 9 समझौतों पर …" after a sentence about Modi: a head's figure is his state's
            for role in ("subject", "object"):
                state = self._state_headed_by(getattr(f, role))
                if state and state != getattr(f, role):
                    setattr(f, role, state)
                    f.reasons[role] = f"{f.reasons.get(role, '')} → {state} (the state he heads)"
            if f.object and f.object == f.subject:
                f.object = ""
                f.reasons.pop("object", None)
        held = {**self.offices, **_offices_in(sentence, entities)}
        bare = _bare_office(sentence[max(0, start - _PAYER_REACH):start]) \
            if f.kind in STATE_FIGURES and f.reasons.get("subject", "").startswith(INFERRED_REASONS) else ""
        if f.kind in STATE_FIGURES and (f.subject in held or bare):
            # "रेल मंत्री अश्विनी वैष्णव ने 5 लाख रुपये …", "उपराज्यपाल ने … 5-5 लाख रुपये": the office's
            # institution pays
            title = held.get(f.subject, bare)
            payer = offices()[title]
            payer = self.region() if payer == "state" else payer
            if payer:
                f.subject, f.reasons["subject"] = payer, f"{f.reasons.get('subject', '')} → {payer} " \
                    f"(the {title}'s institution)"
                if f.object == payer:
                    f.object = ""
                    f.reasons.pop("object", None)
        if f.kind in LOSS_KINDS:
            said, subject, obj = self._loss_here
            if f.reasons.get("subject", "").startswith(INFERRED_REASONS) and said == sentence and subject:
                # "पुंछ में 15 लोगों की मौत हो चुकी है, … और 43 लोग घायल हुए हैं": the sentence's
                # losses are one side's
                f.subject, f.object = subject, obj
                f.reasons["subject"] = "the side of the loss named before in the sentence"
                if obj:
                    f.reasons["object"] = "the other party of the loss named before in the sentence"
                else:
                    f.reasons.pop("object", None)
            elif not f.reasons.get("subject", "").startswith(INFERRED_REASONS):
                self._loss_here = (sentence, f.subject, f.object)
        if f.kind in ELLIPTIC_KINDS:
            self._kind_here = f.kind
        elif f.kind != "count":
            self._kind_here = ""
        return f
