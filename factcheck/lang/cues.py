"""The word lists the role rules read: the kind registry (``factcheck.kinds``) and ``data/cues.yaml``.

Loaded once into :class:`Cues` (folded words, phrase :class:`Lexicon` s), so each
rule module works on plain sets and lookups.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..datafile import read_yaml
from ..kinds import REGISTRY
from ..normalize import fold, fold_word
from .tokens import TOKEN

DATA_DIR = Path(__file__).parent / "data"


def _words(entry: str) -> tuple[str, ...]:
    return tuple(m.group() for m in TOKEN.finditer(fold_word(str(entry))))


class Lexicon:
    """Phrases (token tuples) -> value, matched longest first at a token index."""

    def __init__(self, pairs: Sequence[tuple[str, Any]]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for entry, value in pairs:
            ws = _words(entry)
            if ws:
                self.by_first.setdefault(ws[0], []).append((ws, value))
        for lst in self.by_first.values():
            lst.sort(key=lambda p: -len(p[0]))

    def match(self, words: Sequence[str], i: int) -> tuple[Any, int] | None:
        """(value, number of tokens) of the longest phrase starting at ``words[i]``."""
        if i >= len(words):
            return None
        for ws, value in self.by_first.get(words[i], ()):
            n = len(ws)
            if tuple(words[i:i + n]) == ws:
                return value, n
        return None

    def __contains__(self, word: str) -> bool:
        return word in self.by_first


def _set(items: Sequence[str]) -> frozenset[str]:
    return frozenset(fold_word(str(w)) for w in items)


@dataclass
class Cues:
    nouns: Lexicon
    outcomes: dict[str, str]
    fillers: frozenset[str]
    nationals: frozenset[str]
    wounded_died: frozenset[str]
    negation: frozenset[str]
    not_negation_after: frozenset[str]
    not_negation_before: frozenset[str]  # "पता नहीं चला": not found, no denial
    denial: frozenset[str]
    denial_anaphors: frozenset[str]
    denial_verbs: frozenset[str]
    negated_other: frozenset[str]
    possible: frozenset[str]
    forecast: frozenset[str]
    announce: frozenset[str]
    planned_strong: frozenset[str]
    planned_weak: frozenset[str]
    actual: frozenset[str]
    future: tuple[str, ...]
    future_words: frozenset[str]
    polls: tuple[str, ...]  # "एग्जिट पोल": a poll's report, whose seats and votes are projections
    polls_wrong: tuple[str, ...]  # "गलत साबित": a headline on polls that failed heads a result's report
    matrix_possible: frozenset[str]
    finite: frozenset[str]
    aux: frozenset[str]
    acquire: tuple[str, ...]
    send: tuple[str, ...]
    go: frozenset[str]
    meet: tuple[str, ...]
    agent: frozenset[str]
    dative: frozenset[str]
    source: frozenset[str]
    locative: frozenset[str]
    target: frozenset[str]
    extent: frozenset[str]
    place_words: frozenset[str]  # "शहर", "जिले": what sort of place the entity before is
    institutions: Lexicon  # "सरकार", "स्वास्थ्य विभाग": a state named before one is no place of an event
    trains: Lexicon  # "एक्सप्रेस" -> Express: the word that ends a train's name
    named_after: frozenset[str]  # "एक्सप्रेस", "नदी": a train or river named by the place before it
    genitive: frozenset[str]
    conj: frozenset[str]
    beneficiary: frozenset[str]
    behalf: frozenset[str]
    pronoun_agents: frozenset[str]
    pronoun_subjects: frozenset[str]  # "लेकिन वह …": after a contrast, the actor named before
    anaphoric_agents: frozenset[str]  # "पार्टी ने": the actor named before
    alliance_words: frozenset[str]  # "गठबंधन को 56 सीटें": the alliance of the party named
    contrast: frozenset[str]  # "जबकि", "लेकिन": a clause set against the one before
    place_pronouns: frozenset[str]  # "वहां": the place named before
    target_heads: frozenset[str]
    facilities: frozenset[str]  # "ठिकानों", "एयरबेस": a side's places struck ("अमेरिकी … एयरबेस पर")
    between: frozenset[str]
    around: frozenset[str]  # "X के आसपास": near X, a place
    ignore: frozenset[str]
    visit: frozenset[str]
    act: frozenset[str]
    titles: Lexicon
    events: Lexicon
    attribution: Lexicon
    generic: frozenset[str]
    gloss: Lexicon
    demonyms: dict[str, str]
    state_acts: Lexicon
    targeted_acts: Lexicon
    struck_markers: Lexicon  # after a counted noun: the places counted may be struck ("पर", "की ओर")
    strikes: frozenset[str]  # words of a strike ("हमला", "निशाना", "दागीं")
    own_pronouns: frozenset[str]  # "उसके 11 सैनिक": the speaker's side
    defeat: frozenset[str]  # "हारे": a margin of defeat, the winner's
    beat: frozenset[str]  # "हराया": a margin of a win, the agent's
    seat_words: Lexicon  # "सीट": the place before is a constituency
    both: frozenset[str]
    both_states: frozenset[str]
    side_nouns: dict[str, str]  # folded noun -> the side it names ("आतंकियों" -> terrorists)
    security_forces: tuple[str, frozenset[str]]  # the side facing an armed group, and its nouns
    civil_groups: frozenset[str]  # groups never a state's side (protesters)
    attacker_groups: frozenset[str]  # groups whose reports are of their attacks (terrorists)
    named_groups: dict[str, str]  # organisation -> the group it is (The Resistance Front -> terrorists)
    forces: dict[str, str]  # an armed force -> its state ("Indian Army" -> India)
    generic_forces: frozenset[str]  # forces named without a state ("Army")
    loss_places: dict[str, str]  # a side -> the place its losses are counted under (Palestine -> Gaza)
    state_bodies: frozenset[str]  # bodies every Indian state has ("Police" -> "Bihar Police")
    kin: frozenset[str]  # "परिजनों": "20 मृतकों के परिजनों को" counts families, not the dead
    national_bodies: dict[str, str]  # "Supreme Court of India" -> "Supreme Court": another country's own
    generic_bodies: frozenset[str]  # bodies named only generically ("Police")
    several_vehicles: frozenset[str]  # "दोनों बसों": a count aboard them is everyone aboard all
    vehicles: frozenset[str]  # "विमान", "बस": an organisation named with one carries its people; its seats
    # are its capacity ("32 सीटों वाली बस")
    capacity: frozenset[str]  # "क्षमता": a vehicle's seats follow
    houses: frozenset[str]  # "विधानसभा": seats called its capacity are a house's, no vehicle's
    among_these: frozenset[str]  # "इनमें … शामिल": a part of the figure of the sentence before
    included: frozenset[str]
    carried: frozenset[str]  # things of people counted aboard (on_board, passengers, crew)
    crew_before: re.Pattern[str]  # "पायलट समेत" right before a count aboard: it includes its crew
    crew_after: re.Pattern[str]  # "…, जिनमें चालक … शामिल" after it in its sentence: the same
    crew_beside: re.Pattern[str]  # "… और पायलट की मौत" after a loss's noun: the figure counts the others
    cases_before: frozenset[str]  # "मामले तीन लाख के पार": a bare number after them counts the cases
    bounty: frozenset[str]  # "25 हजार का इनामी बदमाश": the figure before is the reward on his head
    own_losses: frozenset[str]  # "खोने": a side losing its own things, not shooting down another's
    duty_forces: Lexicon  # -> "army" / "rescue": whose men on duty at a disaster are
    civic_bodies: tuple[str, ...]  # "नगर निगम": an election to one fills the city's house
    national_houses: tuple[str, ...]  # "लोकसभा": an election to it fills India's house
    the_country: frozenset[str]  # "देश": the country the report is about
    election_only_nouns: frozenset[str]  # "वार्ड": seats in an election, areas elsewhere
    state_houses: tuple[str, ...]  # "विधानसभा": a state's house
    recipients: dict[str, str]  # a payment's thing -> whom it goes to ("to_dead" -> victims' families)


def _with_crew(raw: dict) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Three patterns over folded text: a crew member before "समेत" ending the text before a figure,
    "जिनमें … <crew member> … शामिल" in the text of its sentence after it, and "और <crew member> की
    मौत" right after a loss's number and counted noun, read from the number (the figure counts the others:
    "6 यात्रियों और पायलट की मौत")."""
    spec = raw.get("with_crew") or {}

    def alt(words: object) -> str:
        return "|".join(re.escape(fold(str(w))[0]) for w in words or ())

    crew = alt(raw.get("crew_members"))
    return (re.compile(rf"(?:{crew})\s+(?:{alt(spec.get('before'))})\s*$"),
            re.compile(rf"^\S+(?:\s+\S+){{0,2}}?\s+(?:और|तथा|व)\s+(?:{crew})(?:\s+की)?\s+(?:{alt(spec.get('beside'))})"),
            re.compile(rf"^[^।]*?(?:{alt(spec.get('after_opening'))})\s[^।]*?(?<![\w\u0900-\u097f])(?:{crew})"
                       rf"(?![\w\u0900-\u097f])[^।]*?(?:{alt(spec.get('after_closing'))})"))


@lru_cache(maxsize=1)
def cues() -> Cues:
    kinds = REGISTRY.extra
    raw = read_yaml(DATA_DIR / "cues.yaml")
    st, vb, ro, at = raw["status"], raw["verbs"], raw["roles"], raw["attribution"]
    crew_before, crew_beside, crew_after = _with_crew(raw)
    return Cues(
        nouns=Lexicon([(w, k.name) for k in REGISTRY.values() for w in k.nouns]),
        outcomes={fold_word(w): k.name for k in REGISTRY.values() for w in k.outcomes},
        fillers=_set(kinds["fillers"]),
        nationals=_set(kinds["nationals"]),
        wounded_died=_set(kinds["wounded_died"]),
        negation=_set(st["negation"]),
        not_negation_after=_set(st["not_negation_after"]),
        not_negation_before=_set(st.get("not_negation_before") or ()),
        denial=_set(st["denial"]),
        denial_anaphors=_set(st["denial_anaphors"]),
        denial_verbs=_set(st["denial_verbs"]),
        negated_other=_set(st["negated_other"]),
        possible=_set(st["possible"]),
        forecast=_set(st["forecast"]),
        announce=_set(st["announce"]),
        planned_strong=_set(st["planned_strong"]),
        planned_weak=_set(st["planned_weak"]),
        actual=_set(st["actual"]),
        future=tuple(fold_word(s) for s in st["future_suffixes"]),
        future_words=_set(st["future_words"]),
        polls=tuple(fold(str(w))[0] for w in st.get("polls") or ()),
        polls_wrong=tuple(fold(str(w))[0].lower() for w in st.get("polls_wrong") or ()),
        matrix_possible=_set(st["matrix_possible"]),
        finite=_set(vb["finite"]),
        aux=_set(vb["aux"]),
        acquire=tuple(fold_word(s) for s in vb["acquire_stems"]),
        send=tuple(fold_word(s) for s in vb["send_stems"]),
        go=_set(vb.get("go_words") or ()),
        meet=tuple(fold_word(s) for s in vb["meet_stems"]),
        agent=_set(ro["agent"]),
        dative=_set(ro["dative"]),
        source=_set(ro["source"]),
        locative=_set(ro["locative"]),
        target=_set(ro["target"]),
        facilities=_set(ro.get("facilities") or ()),
        extent=_set(ro.get("extent") or ()),
        place_words=_set(ro.get("place_words") or ()),
        named_after=_set([*(ro.get("named_after") or ()), *(ro.get("trains") or {})]),
        trains=Lexicon([(w, name) for w, name in (ro.get("trains") or {}).items()]),
        institutions=Lexicon([(w, w) for w in ro.get("institutions") or ()]),
        genitive=_set(ro["genitive"]),
        conj=_set(ro["conjunction"]),
        beneficiary=_set(ro["beneficiary_heads"]),
        behalf=_set(ro.get("behalf_heads") or ()),
        pronoun_agents=_set(ro.get("pronoun_agents") or ()),
        pronoun_subjects=_set(ro.get("pronoun_subjects") or ()),
        anaphoric_agents=_set(ro.get("anaphoric_agents") or ()),
        alliance_words=_set(ro.get("alliance_words") or ()),
        contrast=_set(ro.get("contrast") or ()),
        place_pronouns=_set(ro.get("place_pronouns") or ()),
        target_heads=_set(ro["target_heads"]),
        between=_set(ro["between_heads"]),
        around=_set(ro["around_heads"]),
        ignore=_set(ro["ignore_heads"]),
        visit=_set(ro["visit_nouns"]),
        act=_set(ro["act_nouns"]),
        titles=Lexicon([(w, w) for w in ro["titles"]]),
        events=Lexicon([(w, e) for e, ws in raw["events"].items() for w in ws]),
        attribution=Lexicon([(w, w) for w in at["after_source"]]),
        generic=_set(at["generic"]),
        gloss=Lexicon([(k, v) for k, v in at["gloss"].items()]),
        demonyms=dict(raw["demonyms"]),
        state_acts=Lexicon([(w, e) for e, ws in ro["state_acts"].items() for w in ws]),
        targeted_acts=Lexicon([(w, w) for w in ro["targeted_acts"]]),
        struck_markers=Lexicon([(w, w) for w in ro.get("struck_markers") or ()]),
        strikes=_set(ro.get("strikes") or ()),
        own_pronouns=_set(ro.get("own_pronouns") or ()),
        defeat=_set(ro.get("defeat") or ()),
        beat=_set(ro.get("beat") or ()),
        seat_words=Lexicon([(w, w) for w in ro.get("seat_words") or ()]),
        both=_set(ro["both"]),
        both_states=_set(ro["both_states"]),
        side_nouns={fold_word(w): side for side, ws in (raw.get("side_nouns") or {}).items() for w in ws},
        security_forces=(raw["security_forces"]["name"],
                         frozenset(fold_word(w.split()[0]) for w in raw["security_forces"]["nouns"])),
        civil_groups=frozenset(raw["security_forces"].get("civil") or ()),
        attacker_groups=frozenset(raw["security_forces"].get("attackers") or ()),
        named_groups=dict(raw["security_forces"].get("named") or {}),
        forces=dict(raw.get("forces") or {}),
        loss_places=dict(raw.get("loss_places") or {}),
        generic_forces=frozenset(raw.get("generic_forces") or ()),
        state_bodies=frozenset(raw.get("state_bodies") or ()),
        generic_bodies=frozenset(raw.get("generic_bodies") or ()),
        vehicles=_set(raw.get("vehicles") or ()),
        several_vehicles=_set(raw.get("several_vehicles") or ()),
        kin=_set(raw.get("kin") or ()),
        national_bodies={str(k): str(v) for k, v in (raw.get("national_bodies") or {}).items()},
        capacity=_set(raw.get("capacity") or ()),
        houses=_set(raw.get("houses") or ()),
        among_these=_set(raw.get("among_these") or ()),
        included=_set(raw.get("included") or ()),
        carried=frozenset(raw.get("carried") or ()),
        crew_before=crew_before,
        crew_after=crew_after,
        crew_beside=crew_beside,
        cases_before=_set(raw.get("cases_before") or ()),
        bounty=_set(raw.get("bounty") or ()),
        own_losses=_set(raw.get("own_losses") or ()),
        duty_forces=Lexicon([(w, side) for side, ws in (raw.get("duty_forces") or {}).items() for w in ws]),
        civic_bodies=tuple(fold(w)[0] for w in raw.get("civic_bodies") or ()),
        national_houses=tuple(fold(w)[0] for w in raw.get("national_houses") or ()),
        the_country=frozenset(fold_word(w.split()[0]) for w in raw.get("the_country") or ()),
        election_only_nouns=frozenset(fold_word(w) for w in raw.get("election_only_nouns") or ()),
        state_houses=tuple(fold(w)[0] for w in raw.get("state_houses") or ()),
        recipients={str(k): str(v) for k, v in (raw.get("recipients") or {}).items()},
    )


@lru_cache(maxsize=1)
def india() -> dict[str, frozenset[str]]:
    """The India section of ``cues.yaml``: its states, names, and the words of a bare government."""
    raw = read_yaml(DATA_DIR / "cues.yaml")["india"]
    return {k: frozenset(fold_word(w) if k not in ("states", "names", "heads", "home") else w for w in v)
            for k, v in raw.items()}


@lru_cache(maxsize=1)
def offices() -> dict[str, str]:
    """Office title (folded) -> the institution its holder pays or announces for ("state": the
    Indian state the office heads); ``offices`` in ``cues.yaml``."""
    raw = read_yaml(DATA_DIR / "cues.yaml").get("offices") or {}
    return {fold_word(str(k)): str(v) for k, v in raw.items()}


def scope_words() -> frozenset[str]:
    """Common nouns that name a figure's state ("राज्य", "प्रदेश"; india.state_scope): an explicit
    scope, which no more specific place of the document replaces."""
    return india()["state_scope"] | india()["country_scope"]


def india_states() -> frozenset[str]:
    """Canonical names of India's states and union territories."""
    return india()["states"]
