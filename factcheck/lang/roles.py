"""Kind, subject, object, status, event and attribution of a claim in a Hindi sentence.

Rules over plain data (``data/kinds.yaml``, ``data/cues.yaml``), no model. Each
decision lives in its own module; :func:`describe` composes them for one claim:

- :mod:`.kind` — what the number counts;
- :mod:`.actors` — subject/object from case markers;
- :mod:`.status` — actual/planned/possible/claimed_false from the governing verb group;
- :mod:`.events` — the event a date marks;
- :mod:`.attribution` — who the claim is attributed to;
- :mod:`.discourse` — what earlier sentences of the document supply.

All functions take text folded by :func:`factcheck.normalize.fold`; offsets index it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..kinds import REGISTRY
from ..model import EntityMention
from .actors import (
    DOC_PLACE_REASON,
    INFERRED_REASONS,
    TOPIC_REASON,
    both_states,
    choose_actors,
    entity_roles,
    headed_state,
    is_visit,
    state_act,
    state_of,
    struck,
)
from .attribution import attributions
from .cues import Cues, cues, india, india_states
from .events import event_of
from .gazetteer import OUTLET, default_gazetteer, tally_markers
from .kind import (
    ARMS_KINDS,
    COUNT_WORDS,
    LOSS_KINDS,
    OWN_KINDS,
    PERSON_KINDS,
    PLACE_KINDS,
    SIDE_KINDS,
    STATE_FIGURES,
    among_those_before,
    counted_noun,
    elliptic,
    ends_noun_phrase,
    implied_kind,
    kind_of,
    not_found,
    part_of_another,
    reason_noun,
)
from .numerals import number_words
from .status import denies_previous, status_of, verb_window
from .things import (
    QUALIFYING_WORDS,
    SEVERAL_PHASES,
    base_thing,
    counted_group,
    counted_phase,
    counted_sector,
    counted_thing,
    designated_type,
    measured_object,
    named_group,
    names_thing,
    payee,
    thing_before_count,
)
from .tokens import Sent, clause_span, is_boundary, is_number, token_span, tokenise

__all__ = ["ClaimFields", "counted_noun", "denies_previous", "describe"]


@dataclass
class ClaimFields:
    """What :func:`describe` decides about one claim; ``reasons`` says why."""

    kind: str
    end: int
    subject: str = ""
    object: str = ""
    status: str = "actual"
    event: str = ""
    attributed_to: str = ""
    reasons: dict[str, str] = field(default_factory=dict)
    thing: str = ""

    @property
    def inferred(self) -> str:
        """Which roles the claim's own words do not settle, comma-separated: "place" (the subject is
        the place the document names most, for an event without two sides), "subject" (an
        earlier sentence's topic), "object" (an actor merely named nearby or earlier)."""
        why = self.reasons.get("subject", "")
        found = ["place"] if why == DOC_PLACE_REASON else ["subject"] if why.startswith(INFERRED_REASONS) else []
        if self.reasons.get("object", "").endswith(WEAK_OBJECT_REASONS):
            found.append("object")
        return ",".join(found)


_PEOPLE = REGISTRY.with_trait("counts_people") - REGISTRY.with_trait("casualty")
#: What a clause may say of a bare number's people, so it is no repeat of the figure before.
_SAID_OF_PEOPLE = frozenset({"rescued", "survivors", "present", "displaced"})
#: Kinds whose figure may be limited to a group named before it (women's turnout).
_GROUPED = REGISTRY.with_trait("listed")
#: A margin whose seat the sentence does not name ("केजरीवाल 4,089 वोटों से हारे"): the house's, a guess.
NO_SEAT_REASON = "the house the election fills (no seat named)"
#: Object reasons that only guess (an actor merely named nearby or earlier): they never keep
#: two figures apart in the comparison pass.
WEAK_OBJECT_REASONS = ("(other actor in the clause)", "(other actor in the sentence)",
                       "object of an earlier sentence", "the other side the document is about", NO_SEAT_REASON)
#: Things counted of a whole house (its total seats, the majority mark, seats reserved, turnout,
#: its electorate, the seats a by-election is held for): the state's, not a party's.
HOUSE_THINGS = frozenset({"total", "majority", "required", "reserved", "turnout", "voters", "bypoll", "polled"})
#: The thing of a count given as the whole a part is taken of ("38 में से 16 जिले"): never cumulative.
TOTAL = "total"
#: Figures that are election results: vote share and strike rate (a party's); turnout and the
#: electorate (the state's).
ELECTION_THINGS = frozenset({"vote_share", "strike_rate", "turnout", "voters"})


#: The thing of animals counted (``count``'s things in kinds.yaml): their deaths are no toll.
ANIMALS = "animals"
#: The thing of a person's age.
AGE = "age"
#: Ages a bare number in brackets may be ("(51)"); larger numbers are no age.
_AGES = range(1, 111)


def _bracketed_age(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is a bare number in brackets right after a word
    ("बी. भास्कर (51)"): how old the person named is."""
    text = sentence[start:end]
    if not text.isdigit() or int(text) not in _AGES:
        return False
    if sentence[start - 1:start] != "(" or sentence[end:end + 1] != ")":
        return False
    before = sentence[:start - 1].split()
    last = before[-1][-1] if before else ""
    wordy = last.isalpha() or ("\u0900" <= last <= "\u097f" and not last.isdigit())  # "गुप्ता": a vowel sign
    return wordy and before[-1] not in COUNT_WORDS


def _list_outcome(s: Any, k: int, d: Any) -> tuple[str, str] | None:
    """(kind, word) of a loss word ending the list that starts at token ``k`` ("…, 7 नागरिकों और
    एक नागरिक की भी मौत हुई"), before its verb or the clause's end; None when there is none."""
    for j in range(k, min(len(s.words), k + 25)):
        w = s.words[j]
        if w in d.outcomes and d.outcomes[w] in LOSS_KINDS:
            before = [x for x in s.words[max(k, j - 2):j] if x not in d.genitive]
            if before and (is_number(before[-1]) or before[-1] in number_words()):
                # "2,000 अतिरिक्त सैनिक, करीब 1,100 हताहत", "1,245 मरीज, तीन की मौत": that figure's own loss
                return None
            return d.outcomes[w], w
        if w in d.finite or (is_boundary(w) and w != ","):
            return None
    return None


def _indian_heads() -> frozenset[str]:
    """India's heads of government and state named in ``cues.yaml`` (india.heads)."""
    return india().get("heads", frozenset())


def _force_state(name: str, why: str, d: Any, lead: str) -> tuple[str, str]:
    """(state, reason) for an armed force ("Indian Army" -> India; a bare "Army" -> ``lead``)."""
    if name in d.forces:
        return d.forces[name], f"{why} → {d.forces[name]} (its state)"
    if name in d.generic_forces and lead:
        return lead, f"{why} → {lead} (the state the document is most about)"
    return name, why


def _side_of_place(name: str, why: str, states: Mapping[str, int]) -> tuple[str, str]:
    """(side, reason) for a place in a conflict between states: the state it lies in, when that
    state is one the document is about (Poonch -> India, Kharkiv -> Ukraine); else ``name``."""
    if not name or name in states:
        return name, why
    state = default_gazetteer().enclosing(name, states)
    return (state, f"{why} → {state} (the side the place belongs to)") if state else (name, why)


def _distance_from(s: Any, first: int, roles: Sequence[Any], d: Any) -> str:
    """The named place a distance is measured from, written "X से" just before it ("पटना से 75
    किलोमीटर दूर" -> Patna, "मांडले शहर से लगभग 17 किलोमीटर" -> Mandalay); "" for none or a common
    noun ("हवाई अड्डे से", "हवाई अड्डे के रनवे से": outlets word one point differently)."""
    k = first - 1
    while k >= 0 and s.words[k] in QUALIFYING_WORDS:
        k -= 1
    if k < 1 or s.words[k] not in d.source:
        return ""
    end = k - 1 if s.words[k - 1] in d.place_words else k
    named = next((r for r in roles if r.last == end), None)
    return (named.ent.place or named.ent.name) if named is not None else ""


def _lead_state(states: Mapping[str, int]) -> str:
    """The state a bare force or place of the story belongs to: the press's own state when it is
    one of the two the document names most (not when a story of two others mentions it), else the
    state it names most; "" for none."""
    top = sorted(states, key=lambda n: -states[n])[:2]
    home = next((h for h in india().get("home", ()) if h in top), "")
    return home or (top[0] if top else "")


def _place_of_loss(obj: str, roles: Sequence[Any], states: Mapping[str, int]) -> tuple[str, str] | None:
    """(side, place) when the object ``obj`` is a place the clause names (Tel Aviv, standing for
    Israel, is Israel's), else None."""
    ent = next((r.ent for r in roles if obj and r.ent.name == obj and (r.ent.type == "place" or r.ent.place)),
               None)
    if ent is None:
        return None
    side = obj if ent.place else _side_of_place(obj, "", states)[0]
    return (side, ent.place or ent.name) if side else None


def _adjective_before(name: str, roles: Sequence[Any]) -> str:
    """The state of a nationality adjective right before the force ``name`` ("यूक्रेनी वायुसेना ने"
    -> Ukraine), else ""."""
    force = next((r for r in roles if r.ent.name == name and not r.ent.adjectival), None)
    if force is None:
        return ""
    return next((r.ent.name for r in roles if r.ent.adjectival and r.ent.type == "state"
                 and r.last == force.first), "")


def _other_side(states: Mapping[str, int], name: str) -> str:
    """Of the two states the document names most, the one that is not ``name``; "" when it names
    fewer than two."""
    if len(states) < 2:
        return ""
    return next((n for n in sorted(states, key=lambda n: -states[n])[:2] if n != name), "")


def _constituency(s: Any, roles: Sequence[Any], d: Any) -> str:
    """A place the sentence names as a seat ("नई दिल्ली सीट पर") -> its name, else ""."""
    for r in roles:
        if (r.ent.place or r.ent.type == "place") and d.seat_words.match(s.words, r.last):
            return r.ent.place or r.ent.name
    return ""


#: The word after a genitive that says a tally went to its owner ("निर्दलीयों के खाते में").
_ACCOUNT = frozenset({"खाते", "झोली"})
#: How many words after a tally its owner's account may be named.
_ACCOUNT_REACH = 4


def _account_of(s: Any, first: int, tail: int, roles: Sequence[Any]) -> Any:
    """The party whose account a tally went to, named by a genitive on "खाते"/"झोली" in the
    figure's clause just after it ("पांच वार्ड निर्दलीयों के खाते में गए") or just before it ("भाकपा
    के खाते में 16 सीटें आईं"); None when there is none."""
    clause = s.clause[first]
    for r in roles:
        near = tail <= r.first <= tail + _ACCOUNT_REACH or 0 < first - r.head <= _ACCOUNT_REACH
        if r.role == "genitive" and near and r.head < len(s.words) and s.clause[r.first] == clause \
                and s.words[r.head] in _ACCOUNT and r.ent.type not in ("place", "state"):
            return r
    return None


#: The thing of a loss counted beside the crew named after it ("6 यात्रियों और पायलट की मौत"): a part of the toll.
BESIDE_CREW = "besides the crew"
#: The thing of arms brought down ("मार गिराए"), and of a side's own it admits losing.
SHOT_DOWN = "shot_down"
#: Things of the voters of a place, not of a house: a state's or a seat's own turnout.
_PLACE_THINGS = frozenset({"turnout", "voters"})


def _polling_place(s: Any, first: int, roles: Sequence[Any]) -> Any | None:
    """The place named with "में" nearest before the figure in its clause ("उत्तर प्रदेश में 57 फीसद"), or
    right before it ("राज्यों में असम 85.45 फीसद मतदान के साथ सबसे आगे"), or None."""
    clause = s.clause[first] if first < len(s.clause) else None
    before = [r for r in roles if r.ent.type in ("place", "state") and s.clause[r.first] == clause and (
        r.role == "locative" and r.last <= first or r.role == "nominative" and r.last == first)]
    return before[-1] if before else None


def _house(roles: Sequence[Any], region: str) -> str:
    """The state whose house an election fills: one named in the sentence as a place, else ``region``
    (a city's council stays the city's though its state is named: "मध्य प्रदेश के इंदौर नगर निगम")."""
    for r in roles:
        if r.role in ("locative", "genitive") and r.ent.name in india_states():
            if region and region != r.ent.name and default_gazetteer().within(region, r.ent.name):
                return region
            return r.ent.name
    return region


#: The dimension of an object's size when none is named.
LENGTH = "length"


#: Things a carrier runs: counted at one place named in their clause, they are that place's.
_CARRIED_THINGS = frozenset({"flights", "trains"})
#: Words right after a date that make it a bound of a period ("15 दिसंबर तक", "10 दिसंबर से").
_PERIOD_BOUNDS = frozenset({"तक", "से"})


def _after_semicolon(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` stands after a semicolon of its sentence: no list of losses
    runs across one, so a bare number there takes no loss from the figures before."""
    return ";" in sentence[:start]


def _party_before(sentence: str, start: int, ents: Sequence[EntityMention], d: Cues) -> str:
    """The party named right before a bare figure, a tally marker between at most ("भाजपा 48", "कांग्रेस
    को 36"; not a genitive: "भाजपा के 13" are the party's something), or ""."""
    for e in ents:
        if e.type == "party" and e.end <= start:
            gap = sentence[e.end:start].split()
            if not gap or (len(gap) == 1 and gap[0] in tally_markers() and gap[0] not in d.genitive):
                return e.text
    return ""


def _in_the_attacks(s: Sent, first: int, d: Cues) -> bool:
    """Whether the clause of token ``first`` says its figure came "in the attacks" ("हमलों में",
    "बमबारी में"), naming no one's."""
    span = clause_span(s, s.clause[min(first, len(s.clause) - 1)])
    return any(d.targeted_acts.match(s.words, i) is not None and i + 1 < len(s.words) and s.words[i + 1] in d.locative
               for i in span if i < first)


def describe(sentence: str, start: int, end: int, entities: Sequence[EntityMention], *,
             unit: str = "", is_date: bool = False, topic: str = "",
             topic_object: str = "",
             affiliations: Mapping[str, tuple[str, str]] | None = None,
             states: Mapping[str, int] | None = None, visit_dest: str = "",
             prev_kind: str = "", disaster: bool = False, doc_place: str = "",
             region: str = "", gathering: str = "",
             doc_places: Mapping[str, int] | None = None,
             prev_thing: tuple[str, str] = ("", ""), widespread: bool = False,
             election: bool = False) -> ClaimFields:
    """Everything about the claim whose number (or date) occupies ``sentence[start:end]``.

    ``topic``/``topic_object`` (see :func:`topic_pair`) fill a subject/object the
    sentence leaves out; ``affiliations`` (person -> (state, title), learnt by
    :func:`topic_of` from earlier sentences of the same document) lets
    "रूस के राष्ट्रपति" stand for the person named so before. ``states`` (state ->
    mentions so far) gives "दोनों देश" its two states; ``visit_dest`` is where the last
    visit named went ("यह तीन दिवसीय दौरा" -> there); ``prev_kind`` is the measure of the
    figure before, which a bare number ("जदयू को 76") repeats. ``disaster`` says the
    document is about an event without two sides (a quake, a stampede), whose tolls,
    magnitudes and distances take the most specific place named (else ``doc_place``,
    the city or district the document names most) as subject. ``region`` is the
    state the document names most: an election's house, for seats and votes. ``gathering`` is
    the gathering a disaster struck (a Kumbh): its crowds and counts are the gathering's;
    ``doc_places`` (place -> mentions) lets a state or country yield to a place inside it.
    ``widespread``: the disaster spreads over a region (a flood), so a toll named for a state stays
    the state's. ``prev_thing`` is (kind, thing) of the figure before in a parallel clause of the sentence
    ("महिलाओं का मतदान प्रतिशत 71.6 रहा, जबकि पुरुषों का 62.8 प्रतिशत"), which a figure with no
    cue of its own repeats. ``election``: the document reports an election, where a bare figure right
    after a party is its seats ("भाजपा 48, कांग्रेस 36 पर सिमटी").
    """
    d = cues()
    s = tokenise(sentence)
    if not s.words:
        return ClaimFields("date" if is_date else "count", end, reasons={"kind": "empty sentence"})
    ents = tuple(entities)
    first, ti = token_span(s, start, end)
    first = min(first, max(len(s.words) - 1, 0))
    kind, kend, why_k = kind_of(sentence, s, first, end, unit, is_date, d)
    listed: tuple[int, int] | None = None  # the figure of the list a bare number belongs to
    lost = not_found(s, first, d) if kind in PERSON_KINDS else ""
    if lost:  # "दो मजदूरों का अब भी पता नहीं चल सका": the people not found are missing
        kind, why_k = "missing", f"{why_k}; {lost} → missing"
    if kind in PERSON_KINDS and prev_kind in LOSS_KINDS and among_those_before(s, first, d):
        # "पांच लोगों की मौत हो चुकी है। इनमें … चार वनकर्मी शामिल हैं": a part of that toll
        kind, why_k = prev_kind, f"{why_k}; इनमें … शामिल → {prev_kind} (a part of the figure before)"
    implied = implied_kind(s, first, bisect_left(s.starts, end)) \
        if kind == "count" and not unit and why_k.startswith("no measure noun") else None
    if implied:  # "सरकार देगी चार-चार लाख": an amount given is money, its unit implied
        kind, why_k = implied[0], f"{why_k}; {implied[1]} → {implied[0]} (unit implied)"
    elif kind == "count" and not unit and why_k.startswith("no measure noun") and first > 0 \
            and s.words[first - 1] in d.cases_before:
        # "कुत्तों के काटने के मामले तीन लाख के पार, … 22 मौतें": the cases counted, not the list's deaths
        why_k = f"{s.words[first - 1]} (the cases named before it) → count"
    elif kind == "count" and not unit and why_k.startswith("no measure noun"):
        tail0 = bisect_left(s.starts, end)
        if tail0 >= len(s.words) or ends_noun_phrase(s.words, tail0, d):
            # "10 में से 8 मंत्री": a total of the count after it, never the figure before's measure
            of_next = tail0 + 1 < len(s.words) and s.words[tail0] in d.locative and s.words[tail0 + 1] in d.source
            rescued = counted_thing(sentence, start, end, "people")
            ell = elliptic(sentence, s, tail0, d) or (
                ("", "", -1, -1) if of_next else
                # "7 मरीजों की मौत, 40 से ज्यादा को सुरक्षित निकाला गया": the people its verb says, not the dead
                ("people", rescued[1], -1, -1) if rescued[0] in _SAID_OF_PEOPLE else
                # "116 लोगों की मौत; 80 हजार की अनुमति थी": a semicolon ends a list of losses (a
                # headline's tallies run on across one: "भाजपा 29 पर अटकी; महबूबा की पार्टी 4 पर सिमटी")
                ("", "", -1, -1) if prev_kind in LOSS_KINDS and _after_semicolon(sentence, start) else
                (prev_kind, "kind of the figure before", -1, -1))
            if ell[0] and ell[0] not in ("count", "date"):
                kind, why_k = ell[0], f"bare number: {ell[1]} → {ell[0]}"
                listed = (ell[2], ell[3]) if ell[2] >= 0 else None
            party = _party_before(sentence, start, ents, d) if election and kind == "count" else ""
            if party:  # "भाजपा 48, कांग्रेस 36 पर सिमटी": a party's tally in an election's report
                kind, why_k = "seats", f"{party} <number> → seats (a party's tally in an election report)"
    if kind in LOSS_KINDS and reason_noun(why_k) and counted_thing(sentence, start, kend, "count", reason_noun(why_k))[0] == ANIMALS:
        # "17 मवेशियों की भी मौत हो गई": animals lost are counted, they are no toll of people
        kind, why_k = "count", f"{why_k} → count (animals, not people)"
    aged = _bracketed_age(sentence, start, end) and not unit
    if aged:  # "मृतकों में बी. भास्कर (51), रॉबिन सिंह (45)": an age after a name, no figure of the toll
        kind, why_k, listed = "count", "a number in brackets after a name → an age", None
    tail = bisect_left(s.starts, kend)
    if kind in _PEOPLE and not listed and tail < len(s.words) and (s.words[tail] == "," or s.words[tail] in d.conj):
        # "सवार 53 ब्रिटिश नागरिकों, 7 पुर्तगाली नागरिकों और एक कनाडाई नागरिक की भी मौत हुई":
        # people opening a list take the loss the list ends in
        loss = _list_outcome(s, tail, d)
        if loss:
            kind, why_k = loss[0], f"{why_k}; the list ends in {loss[1]} → {loss[0]}"
    reasons = {"kind": why_k}
    status, why_st = status_of(s, first, tail, d)
    reasons["status"] = f"{why_st} → {status}"
    event, ev_at = "", -1
    if is_date:
        event, cue, ev_at = event_of(s, first, ti, d)
        if event == "statement" and ti < len(s.words) and s.words[ti] in _PERIOD_BOUNDS:
            # "15 दिसंबर तक परिचालन सामान्य हो जाएगा, कंपनी ने कहा": a day things run until or from,
            # not the day anything was said
            event, cue = "", ""
        if event:
            reasons["event"] = f"{cue} → {event}"
    # a news outlet ("सूत्रों ने बीबीसी को बताया") says who reports a figure, never whose it is
    roles = entity_roles(sentence, tuple(e for e in ents if e.type != OUTLET))
    attrs = attributions(sentence, ents)
    affiliations = affiliations or {}
    states = states or {}
    subject, obj, why_s, why_o = choose_actors(sentence, s, first, ti, tail, kind, verb_window(s, tail, d),
                                               roles, attrs, topic, event, d, affiliations,
                                               disaster=disaster, doc_place=doc_place, gathering=gathering,
                                               doc_places=doc_places, widespread=widespread)
    clause = s.clause[first]
    bare = not any(s.clause[r.first] == clause and r.role not in ("affiliation", "ignore", "attribution")
                   for r in roles)
    if bare and len(states) >= 2 and both_states(s, first, d):
        # "दोनों देशों के बीच …": the document's two most-mentioned states, the press's own state
        # first, else its topic's
        a, b = sorted(states, key=lambda n: -states[n])[:2]
        home = next((h for h in india().get("home", ()) if h in (a, b)), "")
        lead = home or (topic if topic in states else state_of(topic, roles, affiliations, states))
        if lead == b:
            a, b = b, a
        subject, obj, why_s, why_o = a, b, "दोनों देश (the document's states)", "दोनों देश (the other)"
    actor = None
    if is_date and ev_at > 0:
        actor = next((r for r in roles if r.ent.adjectival and r.last == ev_at), None)
        if actor is None and ev_at > ti and s.words[ev_at - 1] in d.genitive:
            # "हमास के 7 अक्टूबर के हमले में": the owner before the date, the event after it
            actor = next((r for r in roles if r.role == "genitive" and r.head == first
                          and r.ent.type != "place"), None)
    if actor is not None and actor.ent.name != subject:
        # "1 अप्रैल को दमिश्क में हुए इजरायली हमले": the adjective on the event noun names its actor
        if obj == actor.ent.name:
            obj, why_o = "", ""
        subject, why_s = actor.ent.name, f"{actor.ent.text} (actor of the {event})"
    elif is_date and subject and ev_at >= 0:
        act, act_event = state_act(s, first, event, ev_at, roles, d)
        state = state_of(subject, roles, affiliations, states) if act else ""
        if state:
            subject, why_s = state, f"{subject} → {state} (a state's {act_event})"
            if act_event != event:
                event, reasons["event"] = act_event, f"{reasons['event']} ← {act_event}"
            if obj == subject:
                obj, why_o = "", ""
    if is_visit(s, tail, event, d):
        own = state_of(subject, roles, affiliations, states)
        if obj and obj == own:
            obj, why_o = "", ""
        if not obj and visit_dest and visit_dest not in (subject, own):
            obj, why_o = visit_dest, "destination of the visit named earlier"
        if topic_object == own:
            topic_object = ""
    if not obj and topic_object and topic_object != subject and kind not in OWN_KINDS \
            and not (disaster and kind in PLACE_KINDS):  # an event without two sides has no other party
        obj, why_o = topic_object, "object of an earlier sentence"
    headed = headed_state(subject, roles, affiliations) if kind in STATE_FIGURES and subject else ""
    if headed:
        # "रूस के राष्ट्रपति पुतिन ने 100 अरब डॉलर …": a head's figure is his state's (his visit stays his)
        subject, why_s = headed, f"{why_s} → {headed} (the state he heads)"
        if obj == subject:
            obj, why_o = "", ""
    elif kind in STATE_FIGURES and subject in _indian_heads():
        subject, why_s = "India", f"{why_s} → India (the state he heads)"
        if obj == subject:
            obj, why_o = "", ""
    loss_place = ""
    if kind in ARMS_KINDS and not subject and obj and why_o.endswith("(target)") and _other_side(states, obj):
        # "ईरान का दावा- इजरायल पर 200 मिसाइलें दागीं": fired at one side, by the other
        subject, why_s = _other_side(states, obj), f"the other side of {obj} (the target)"
    if kind in SIDE_KINDS:
        # "सेना ने 24 मिसाइलें दागीं": an armed force stands for its state (a bare one in a story
        # the press's own state is part of: that state's); "पुंछ में 15 की मौत": a place's people
        # are its state's side
        lead = _lead_state(states)
        subject, why_s = _force_state(subject, why_s, d, _adjective_before(subject, roles) or lead)
        obj, why_o = _force_state(obj, why_o, d, lead)
        where = _place_of_loss(obj, roles, states) \
            if kind in LOSS_KINDS and not disaster and why_s.startswith(INFERRED_REASONS) else None
        if where is not None and where[0] == _other_side(states, subject):
            # "ईरान ने इजरायल पर मिसाइलें दागीं। तेल अवीव के दक्षिण में … छह लोगों की मौत": the clause
            # names where the loss happened, the earlier sentence who inflicted it; the loss is the
            # other side's when the place is its own (not a third state's: Iran's officers killed in
            # Damascus), and the place's, not the side's whole toll
            side, at = where
            subject, obj, why_s, why_o = side, subject, f"{why_o} → {side} (where the loss happened)", \
                f"{why_s} (who inflicted the loss)"
            loss_place = "" if doc_place and default_gazetteer().within(at, doc_place) else at
        if not disaster:
            place = subject
            subject, why_s = _side_of_place(subject, why_s, states)
            obj, why_o = _side_of_place(obj, why_o, states)
            if subject != place and kind in LOSS_KINDS:
                # "क्रिवी रीह में 11 की मौत" in a story about Kyiv: the side's loss in that city, not
                # its whole toll; so is the loss where the document's event happened ("कीव में 9 की मौत"),
                # which another report of the next night's strike on Kharkiv does not share
                loss_place = place
        if obj == subject:
            obj, why_o = "", ""
    if kind == "count" and tail < len(s.words) and struck(s, tail, d):
        # GUIDE: other counts are the actor's: places struck are the attacker's count, and whose
        # places they are ("पाकिस्तान के 4 ठिकानों पर हमला") is the object
        if why_s.endswith("(owner)"):
            owner, why_owner = subject, f"{why_s} → whose places were struck"
            subject, why_s = (obj, f"{why_o} → the attacker") if obj else ("", "")
            obj, why_o = owner, why_owner
        agent = next((r for r in roles if r.role == "agent" and r.ent.type != "place"), None)
        if agent is not None and agent.ent.name != obj and (
                not subject or any(r.ent.name == subject and r.ent.type == "place" for r in roles)):
            # "पाकिस्तान ने … लुधियाना समेत 15 शहरों में … निशाना": a place struck is no attacker
            subject, why_s = agent.ent.name, f"{agent.ent.text} {agent.cue} (the attacker)"
        lead = _lead_state(states)
        subject, why_s = _force_state(subject, why_s, d, lead)
        obj, why_o = _force_state(obj, why_o, d, lead)
        attacker = _other_side(states, obj) if not subject and obj in states else ""
        if attacker:
            subject, why_s = attacker, "the other side the document is about (the attacker)"
        if obj == subject:
            obj, why_o = "", ""
    claimant = next((r.ent.name for r in roles if r.ent.name in states and (
        r.role == "attribution" or any(a.first <= r.first < a.cue_end for a in attrs))), "")
    if kind in LOSS_KINDS and claimant and why_s.startswith(INFERRED_REASONS) \
            and len(states) >= 2:
        # "पाकिस्तान का दावा: 26 नागरिकों की मौत", "पाकिस्तानी सेना के प्रवक्ता ने दावा किया कि … 26
        # नागरिक मारे गए": a side names the losses it suffered
        subject, why_s = claimant, f"{claimant} (the side that claims its own losses)"
        if obj == subject:
            obj, why_o = "", ""
    speaker = next((_force_state(r.ent.name, "", d, "")[0] for r in roles
                    if any(a.first <= r.first < a.cue_end for a in attrs)), "")
    if kind in SIDE_KINDS and speaker in states and first > 0 and s.words[first - 1] in d.own_pronouns:
        # "पाकिस्तानी सेना के प्रवक्ता ने कहा कि भारत के हमलों में उसके 11 सैनिक मारे गए": the
        # speaker's own side; the actor named is the one that inflicted the loss
        if subject and subject != speaker:
            obj, why_o = subject, f"{why_s} (who inflicted the loss)"
        subject, why_s = speaker, f"{s.words[first - 1]} → {speaker} (the speaker's own side)"
    elif kind in LOSS_KINDS and any(r.role == "act_agent" and r.ent.name == subject for r in roles):
        # "भारत के हमलों में 40 नागरिक मारे गए": whose attack inflicted the loss, not whose people
        # died; they are the speaker's side, else the other side the document is about
        side = speaker if speaker in states and speaker != subject else _other_side(states, subject)
        if side:
            obj, why_o = subject, f"{why_s} (who inflicted the loss)"
            subject, why_s = side, f"{side} (the side that suffered the attack)"
    elif kind in LOSS_KINDS and why_s == TOPIC_REASON and why_o == "object of an earlier sentence" \
            and _in_the_attacks(s, first, d):
        # "इजरायल ने यमन पर हमला किया। … हमलों में कम से कम 4 लोगों की मौत हुई": the losses of the
        # attacks are the side attacked, the earlier sentence's object
        subject, obj, why_s, why_o = obj, subject, f"{obj} (the side attacked, named earlier)", \
            f"{subject} (the attacker, named earlier)"
    noun = reason_noun(why_k)
    side = d.side_nouns.get(noun.split()[0]) if noun and kind in SIDE_KINDS else None
    if side and "adjective" not in why_s and "owner" not in why_s:
        # "सेना ने 70 से अधिक आतंकियों को मार गिराया": the counted people are the terrorists' side
        if subject and subject != side:
            obj, why_o = subject, f"{why_s} (who acted on the {side})"
        subject, why_s = side, f"{noun} → {side} (the side the counted people belong to)"
    thing, thing_cue = counted_thing(sentence, start, kend, kind, noun, unit)
    if kind in LOSS_KINDS and not thing and d.crew_beside.match(sentence[start:]):
        # "6 यात्रियों और पायलट की मौत": the dead besides the crew, a part of the toll
        thing, thing_cue = BESIDE_CREW, "और <crew> (the crew named beside them)"
    after_noun = bisect_left(s.starts, kend)
    if thing == SHOT_DOWN and after_noun < len(s.words) and s.words[after_noun] in d.agent:
        # "12 मिराज-2000 विमानों ने … बम गिराए": the aircraft dropped the bombs, nobody shot them down
        thing, thing_cue = "", f"{thing_cue} (said of what the counted things did)"
    if not thing_cue and noun and noun.split()[-1] in COUNT_WORDS:
        thing, thing_cue = thing_before_count(noun, kind)
    typed = designated_type(sentence[start:kend], noun) if noun and "typed" in REGISTRY[kind].traits else ""
    if typed:
        # "2 एके-47 राइफल" against "5 इंसास राइफल": rifles of different types
        thing, thing_cue = f"{typed} {thing}".strip(), f"{typed} (the type named) {thing_cue}".strip()
    if thing == SHOT_DOWN and kind in SIDE_KINDS and subject and "(agent)" in why_s \
            and not d.own_losses.intersection(thing_cue.split()):
        # "यूक्रेनी वायुसेना ने 439 ड्रोन मार गिराए": the drones shot down are the attacker's; the side
        # that shot them down is the object
        other = obj or _other_side(states, subject)
        if other and other != subject:
            subject, obj, why_s, why_o = other, subject, f"{why_o or 'the other side'} (whose were shot down)", \
                f"{why_s} (who shot them down)"
    if thing == "intercepted" and kind == "percent" and obj and why_o.endswith("(target)"):
        # "ईरान ने इजरायल पर 300 ड्रोन दागे, 99 प्रतिशत को मार गिराया": the share intercepted is the
        # target's, which shot them down
        subject, obj, why_s, why_o = obj, subject, f"{why_o} (who intercepted)", f"{why_s} (who fired)"
    if aged:
        thing, thing_cue = AGE, "(…) after a name"
        named = next((r for r in roles if r.ent.type == "person" and r.last <= first), None)
        if named is not None:
            subject, obj, why_s, why_o = named.ent.name, "", f"{named.ent.text} (whose age)", ""
    if kind == "count" and tail + 1 < len(s.words) and s.words[tail] in d.locative and s.words[tail + 1] in d.source:
        # "राज्य के 38 में से 16 जिले", "11 जिलों में से 9": the whole the part is counted of
        thing, thing_cue = f"{TOTAL} {thing}".strip(), f"{thing_cue} {s.words[tail]} {s.words[tail + 1]}".strip()
    if kind == "count" and thing.split(" ")[0] in _CARRIED_THINGS:
        here = next((r for r in roles if r.role == "locative" and r.last <= first and s.clause[r.first] == s.clause[first]
                     and (r.ent.place or r.ent.type in ("place", "state"))), None)
        if here is not None:
            # "हैदराबाद में 92 उड़ानें रद्द" against the airline's 550 in all: one airport's flights
            thing, thing_cue = f"{thing} at {here.ent.place or here.ent.name}", f"{thing_cue}; {here.ent.text} में"
    whole = part_of_another(s, first, kind) if kind in LOSS_KINDS else ""
    if whole:
        # "लापता 19 लोगों में से चार के शव मिल गए": bodies found among the missing, not the toll
        thing, thing_cue = f"among {whole}", f"{whole} … में से"
    if not thing_cue and listed:  # "कांग्रेस 21, शिवसेना (यूबीटी) 20 और एनसीपी 14 सीटों पर आगे": the list's
        thing, thing_cue = counted_thing(sentence, listed[0], listed[1], kind, noun)
    if not thing_cue and prev_thing[1] and prev_thing[0] == kind and "listed" in REGISTRY[kind].traits \
            and base_thing(prev_thing[1]) not in REGISTRY[kind].single_things:
        thing, thing_cue = base_thing(prev_thing[1]), "the figure before, in a parallel clause"
    if thing == "leading" and status == "actual":
        # "रुझानों में भाजपा 125 सीटों पर आगे": a lead while votes are counted is no result yet
        status, reasons["status"] = "possible", f"{thing_cue} → possible (a lead, not a win)"
    account = _account_of(s, first, tail, roles) if kind in OWN_KINDS else None
    if account is not None and account.ent.name != subject:
        # "जबकि पांच वार्ड निर्दलीयों के खाते में गए": the seats went to whose account
        subject, why_s = account.ent.name, f"{account.ent.text} {account.cue} खाते (whose account they went to)"
    house = _house(roles, region)
    if house and kind == "percent" and not thing_cue and any(
            r.ent.name == subject and r.ent.type == "party" for r in roles):
        # "राजद को 23.1 प्रतिशत वोट मिले, जबकि भाजपा को 20.9 प्रतिशत": a party's bare share in an
        # election is its vote share
        thing, thing_cue = "vote_share", f"{subject}'s share in the election"
    seat = _constituency(s, roles, d) if kind == "votes" else ""
    if house and is_date and event in ("election", "counting"):
        # "20 नवंबर को हुए मतदान में", "2020 के चुनाव में": the state's election
        subject, why_s = house, "the house the election fills"
        if obj == subject:
            obj, why_o = "", ""
    elif kind == "votes" and (house or seat):
        # "नई दिल्ली सीट पर केजरीवाल प्रवेश वर्मा से 4,089 वोटों से हार गए": the winner's margin in the seat
        winner = next((r for r in roles if r.role == "source" and r.ent.type == "person" and r.ent.name != subject
                       and r.last <= first), None)
        if winner is not None and any(w in d.defeat for w in s.words[tail:tail + 5]):
            subject, why_s = winner.ent.name, f"{winner.ent.text} {winner.cue} (the winner of a defeat)"
        elif winner is None and any(w in d.beat for w in s.words[tail:tail + 5]):
            # "प्रवेश वर्मा ने अरविंद केजरीवाल को 4,099 वोटों से हराया": the margin is the one who beat
            beater = next((r for r in roles if r.role == "agent" and r.ent.type in ("person", "party")
                           and r.last <= first), None)
            if beater is not None:
                subject, why_s = beater.ent.name, f"{beater.ent.text} {beater.cue} (who beat the other)"
        obj, why_o = (seat, "the seat the margin is in") if seat else (house, NO_SEAT_REASON)
        if obj == subject:
            obj, why_o = "", ""
    elif house and (kind in OWN_KINDS or thing in ELECTION_THINGS):
        # GUIDE: seats and votes won -> the party, object the state; a house's total -> the state
        local = _polling_place(s, first, roles) if thing in _PLACE_THINGS else None
        if local is not None:
            # "महाराष्ट्र में 63 फीसद और उत्तर प्रदेश में 57 फीसद मतदान": each place's own turnout
            subject, obj, why_s, why_o = local.ent.name, "", f"{local.ent.text} {local.cue} (where the votes were cast)", ""
        elif thing in HOUSE_THINGS:
            subject, obj, why_s, why_o = house, "", "the house the election fills", ""
        elif subject != house:
            obj, why_o = house, "the house the election fills"
    elif not obj and subject in states and not disaster and kind not in OWN_KINDS:
        # in a story between two states, a state's figure with no other party named is about the other
        other = _other_side(states, subject)
        if other:
            obj, why_o = other, "the other side the document is about"
    if why_s:
        reasons["subject"] = why_s
    if why_o:
        reasons["object"] = why_o
    attributed = ""
    best = None
    for a in attrs:
        if a.first <= first < a.cue_end:
            continue
        dist = first - a.cue_end if a.cue_end <= first else 1000 + a.first - first
        if best is None or dist < best[0]:
            best = (dist, a)
    if best is not None:
        attributed = best[1].source
        a = best[1]
        reasons["attributed_to"] = " ".join(s.words[a.first:a.cue_end])
    victims = [r for r in roles if r.ent.adjectival and first <= r.first < tail]
    if disaster and victims and kind in PLACE_KINDS:
        # "52 ब्रिटिश नागरिकों की मौत" in a crash: the toll's British share, not the toll
        thing, thing_cue = f"of {victims[0].ent.name}", victims[0].ent.text
    if loss_place:
        thing, thing_cue = f"{thing} in {loss_place}".strip(), f"{thing_cue}; the loss in {loss_place}".strip("; ")
    region = next((r for r in roles if r.role == "genitive" and r.head == first and (r.ent.place or r.ent.type == "place")
                   and not r.ent.adjectival), None) if kind == "votes" else None
    if region is not None:  # "नेवादा के छह इलेक्टोरल वोट": one state's votes, not the winner's total
        thing, thing_cue = f"{thing} of {region.ent.name}".strip(), f"{thing_cue} {region.ent.text} के".strip()
    measured = measured_object(sentence, start, kend) if kind == "distance" else ""
    if measured and names_thing(kind, thing, measured):
        measured = ""  # "315 मिमी बारिश": the rain's own noun, no object it is the length of
    if measured:  # "22 मीटर पाइप" and "छत का 45 मीटर हिस्सा" measure different things; an object's
        # size with no dimension named is its length ("45 मीटर हिस्सा" = "40 मीटर लंबा हिस्सा")
        thing, thing_cue = f"{thing or LENGTH} of {measured}", f"{thing_cue}; of {measured}".strip("; ")
    station = next((r for r in reversed(roles) if r.role == "locative" and r.last <= first
                    and s.clause[r.first] == s.clause[first] and (r.ent.place or r.ent.type == "place")),
                   None) if kind in REGISTRY and thing in REGISTRY[kind].station_things else None
    if station is not None:  # "सांताक्रूज में 315 मिमी": the rain its own station read, not the city's
        subject, why_s = station.ent.place or station.ent.name, f"{station.ent.text} में (the station that read it)"
    origin = _distance_from(s, first, roles, d) if kind == "distance" and thing != "depth" else ""
    if origin:  # "पटना से 75 किलोमीटर" and "घाट से 200 मीटर" are distances of different things
        thing, thing_cue = f"{thing} from {origin}".strip(), f"{thing_cue}; measured from {origin}".strip("; ")
    phase, phase_cue = counted_phase(sentence, start, kend, listed=is_date)
    if phase == SEVERAL_PHASES and is_date:  # "13 और 20 नवंबर को दो चरणों में": one of the poll's dates
        thing, thing_cue = "one of several phases", phase_cue
    elif phase and phase != SEVERAL_PHASES:  # "पहले चरण में 66.65 प्रतिशत": that phase's turnout
        thing, thing_cue = f"{thing} in {phase}".strip(), f"{thing_cue} {phase_cue}".strip()
    among = why_k.split(" → ")[0].endswith(" में …") and kind in LOSS_KINDS and not (disaster and victims)
    if among:  # "मरने वालों में पांच महिलाएं": a part of the toll, not the toll
        counted = counted_noun(sentence, end)
        part = named_group(counted[2]) if counted else ""
        if thing != part:  # "इनमें 112 महिलाएं" and "मरने वालों में 112 महिलाएं" are one part: women
            thing = f"{thing} of {part or 'them'}".strip()
        thing_cue = f"{thing_cue} {why_k.split(' → ')[0]}".strip()
    sector, sector_cue = counted_sector(sentence, start) if kind in _GROUPED | {"money"} else ("", "")
    if sector:  # "विनिर्माण क्षेत्र की वृद्धि दर 8.9 प्रतिशत": manufacturing's growth, not the economy's
        thing, thing_cue = f"{thing} of {sector}".strip(), f"{thing_cue} {sector_cue}".strip()
    group, group_cue = counted_group(sentence, start) if kind in _GROUPED else ("", "")
    if group:  # "महिलाओं का मतदान प्रतिशत 71.6": women's turnout, not all voters'
        thing, thing_cue = f"{thing} of {group}" if thing else f"of {group}", f"{thing_cue} {group_cue}".strip()
    recipient, paid_cue = (d.recipients.get(thing), thing_cue) if kind == "money" else (None, "")
    if kind == "money" and not recipient:
        recipient, paid_cue = payee(sentence, start)
    if recipient and not obj and recipient != subject:  # "मृतकों के परिजनों को 4 लाख रुपये", "महिलाओं को"
        obj, reasons["object"] = recipient, f"{paid_cue} (whom it is paid to)"
    if thing_cue:
        reasons["thing"] = f"{thing_cue} → {thing or 'the plain measure'}"
    return ClaimFields(kind, kend, subject, obj, status, event, attributed, reasons, thing)
