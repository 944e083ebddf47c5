"""Kind, subject, object, status, event and attribution of a claim in a Hindi sentence.

Rules over plain data (``data/kinds.yaml``, ``data/cues.yaml``), no model:

- *kind* from the noun the number counts ("10,000 सैनिक" -> troops), skipping
  qualifiers and adjectives, following genitive heads ("तोप और टैंक के गोले" ->
  shells, "25 लोगों की मौत" -> killed) and outcome words ("10 लोग घायल").
- *subject*/*object* from Hindi case marking after each entity: ने/द्वारा agent,
  को recipient, से source, पर/के खिलाफ target, की मदद के लिए beneficiary,
  genitive owner right before the number, a leading nominative, a visit's
  genitive ("उत्तर कोरिया की यात्रा" -> destination), falling back to the topic.
- *status* from the verb group that governs the number (the nearest following
  finite verb in its clause): negation/denial, सकता/संभावना, तैयारी/future, else actual.
- *event* of a date: the nearest event cue in the date's clause.
- *attributed_to*: "<source> के अनुसार", "<source> का अनुमान है कि", "X ने कहा कि".

All functions take text folded by :func:`factcheck.normalize.fold`; offsets index it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..kinds import REGISTRY
from ..model import EntityMention
from ..normalize import fold_word

_DATA = Path(__file__).parent / "data"
_W = "\u0900-\u0963\u0971-\u097fA-Za-z_0-9"
_TOKEN = re.compile(rf"\d+(?:[.,:]\d+)*|[{_W}]+(?:-[{_W}]+)*|\S")
_DIGIT = re.compile(r"\d")


def _wordset(text: str) -> frozenset[str]:
    return frozenset(fold_word(w) for w in text.split())


_PUNCT_BOUNDARY = frozenset(",;:।॥.!?()[]{}\"'|")
_CLAUSE_WORDS = _wordset(
    "कि लेकिन परंतु किंतु मगर जबकि क्योंकि बल्कि तो जो जिसने जिसमें जिसके जिसकी जिसका जिन्होंने "
    "जिनमें जिनके जहां जब तब वहीं हालांकि ताकि यदि अगर इसलिए जिससे जिसे",
)
_STOP_SCAN = _wordset(
    "ने को में पर द्वारा है हैं था थे थी थीं हो कि जो तथा व एवं या",
)
_STRONG_TYPES = frozenset({"state", "person", "party", "organisation", "organization", "institution"})
_CASUALTY_KINDS = frozenset({"killed", "wounded", "missing", "casualties", "captured", "people"})
_HEAD_KINDS = frozenset({"shells", "missiles", "rockets", "killed", "wounded", "missing", "captured",
                         "casualties"})
_OWN_KINDS = frozenset({"seats", "votes"})
_OUTCOME_FROM = frozenset({"people", "troops", "workers", "count"})
_TIME_UNITS = frozenset({"day", "week", "month", "year", "decade", "hour", "minute", "century"})
_ATTR_HEADS = _wordset("अनुसार मुताबिक हवाले अनुमान दावा दावे दावों कहना मानना मानें")
_SPEECH = _wordset(
    "कहा बताया दावा आरोप कहना अनुमान मानना कहते कहती बोले बोली लिखा जताई जताया चेताया",
)
_FILL_BEFORE_VISIT = 3
_HEAD_OF = _wordset("राष्ट्रपति प्रधानमंत्री मुख्यमंत्री नेता राजा चांसलर तानाशाह पीएम सीएम")
_ADVERBIAL_HEADS = _wordset("दौरान कारण वजह चलते मद्देनजर बावजूद बीच")
_RELATIVE = _wordset("जो जिसे जिसकी जिसका जिसके जिसमें जिसने जिन्होंने जिनमें जिनके जिन्हें")
_ELLIPTIC_KINDS = frozenset({"seats", "votes", "killed", "wounded", "missing", "captured",
                             "casualties", "troops"})
_ADVERBS = _wordset("अब अभी फिलहाल वहां यहां भी ही तक आज कल शामिल")
_PERSONS = frozenset({"people", "workers", "troops", "count"})
_TARGET_TYPES = frozenset({"state", "place", "organisation", "organization"})


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


# ------------------------------------------------------------------ data


def _words(entry: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _TOKEN.finditer(fold_word(str(entry))))


class _Lexicon:
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
class _Data:
    nouns: _Lexicon
    outcomes: dict[str, str]
    fillers: frozenset[str]
    nationals: frozenset[str]
    wounded_died: frozenset[str]
    negation: frozenset[str]
    not_negation_after: frozenset[str]
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
    matrix_possible: frozenset[str]
    finite: frozenset[str]
    aux: frozenset[str]
    acquire: tuple[str, ...]
    send: tuple[str, ...]
    meet: tuple[str, ...]
    agent: frozenset[str]
    dative: frozenset[str]
    source: frozenset[str]
    locative: frozenset[str]
    target: frozenset[str]
    genitive: frozenset[str]
    conj: frozenset[str]
    beneficiary: frozenset[str]
    target_heads: frozenset[str]
    between: frozenset[str]
    ignore: frozenset[str]
    visit: frozenset[str]
    act: frozenset[str]
    titles: _Lexicon
    events: _Lexicon
    attribution: _Lexicon
    generic: frozenset[str]
    gloss: _Lexicon
    demonyms: dict[str, str]
    state_acts: _Lexicon
    targeted_acts: _Lexicon
    both: frozenset[str]
    both_states: frozenset[str]


@lru_cache(maxsize=1)
def _data() -> _Data:
    kinds = REGISTRY.extra
    cues = yaml.safe_load((_DATA / "cues.yaml").read_text(encoding="utf-8"))
    st, vb, ro, at = cues["status"], cues["verbs"], cues["roles"], cues["attribution"]
    return _Data(
        nouns=_Lexicon([(w, k.name) for k in REGISTRY.values() for w in k.nouns]),
        outcomes={fold_word(w): k.name for k in REGISTRY.values() for w in k.outcomes},
        fillers=_set(kinds["fillers"]),
        nationals=_set(kinds["nationals"]),
        wounded_died=_set(kinds["wounded_died"]),
        negation=_set(st["negation"]),
        not_negation_after=_set(st["not_negation_after"]),
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
        matrix_possible=_set(st["matrix_possible"]),
        finite=_set(vb["finite"]),
        aux=_set(vb["aux"]),
        acquire=tuple(fold_word(s) for s in vb["acquire_stems"]),
        send=tuple(fold_word(s) for s in vb["send_stems"]),
        meet=tuple(fold_word(s) for s in vb["meet_stems"]),
        agent=_set(ro["agent"]),
        dative=_set(ro["dative"]),
        source=_set(ro["source"]),
        locative=_set(ro["locative"]),
        target=_set(ro["target"]),
        genitive=_set(ro["genitive"]),
        conj=_set(ro["conjunction"]),
        beneficiary=_set(ro["beneficiary_heads"]),
        target_heads=_set(ro["target_heads"]),
        between=_set(ro["between_heads"]),
        ignore=_set(ro["ignore_heads"]),
        visit=_set(ro["visit_nouns"]),
        act=_set(ro["act_nouns"]),
        titles=_Lexicon([(w, w) for w in ro["titles"]]),
        events=_Lexicon([(w, e) for e, ws in cues["events"].items() for w in ws]),
        attribution=_Lexicon([(w, w) for w in at["after_source"]]),
        generic=_set(at["generic"]),
        gloss=_Lexicon([(k, v) for k, v in at["gloss"].items()]),
        demonyms=dict(cues["demonyms"]),
        state_acts=_Lexicon([(w, e) for e, ws in ro["state_acts"].items() for w in ws]),
        targeted_acts=_Lexicon([(w, w) for w in ro["targeted_acts"]]),
        both=_set(ro["both"]),
        both_states=_set(ro["both_states"]),
    )


# ------------------------------------------------------------------ tokens


@dataclass(frozen=True)
class _Sent:
    """A tokenised sentence: word starts/ends/texts and each token's clause number."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]
    clause: tuple[int, ...]


def _is_boundary(w: str) -> bool:
    return w in _CLAUSE_WORDS or (len(w) == 1 and w in _PUNCT_BOUNDARY)


@lru_cache(maxsize=256)
def _tokenise(sentence: str) -> _Sent:
    starts, ends, words, clause = [], [], [], []
    c = 0
    for m in _TOKEN.finditer(sentence):
        w = m.group()
        if _is_boundary(w):
            c += 1
        starts.append(m.start())
        ends.append(m.end())
        words.append(w)
        clause.append(c)
    return _Sent(tuple(starts), tuple(ends), tuple(words), tuple(clause))


def _is_number(w: str) -> bool:
    return bool(_DIGIT.match(w))


# ------------------------------------------------------------------ kind


def counted_noun(text: str, pos: int) -> tuple[str, int, str] | None:
    """Kind, end offset and cue word of the noun counted by a number ending at ``pos``.

    Skips qualifiers and adjectives (a few words at most), follows genitive heads
    ("तोप और टैंक के गोले" -> shells) and outcome words after people ("10 लोग घायल").
    """
    d = _data()
    toks = []
    for m in _TOKEN.finditer(text, pos):
        toks.append(m)
        if len(toks) >= 12:
            break
    words = [m.group() for m in toks]
    unknown = 0
    i = 0
    while i < len(words) and i < 7:
        w = words[i]
        hit = d.nouns.match(words, i)
        if hit:
            kind, n = hit
            j = i + n
            kind, j, cue = _refine(words, i, j, kind, d)
            return kind, toks[j - 1].end(), cue
        if w in d.nationals and not unknown and (i + 1 >= len(words) or _ends_noun_phrase(words, i + 1, d)):
            # "करीब 50 भारतीय फंसे हैं": a nationality standing for its people
            kind, j, cue = _refine(words, i, i + 1, "people", d)
            return kind, toks[j - 1].end(), cue
        if w in d.genitive:
            nxt = d.nouns.match(words, i + 1)
            if (i + 1 < len(words) and words[i + 1] in d.fillers) or (nxt and nxt[0] in _HEAD_KINDS):
                i += 1
                continue
            if nxt and i > 0 and unknown:  # "5 तोप के गोले" style chains after an unknown modifier
                i += 1
                continue
            return None
        if w in d.outcomes and i == 0:  # "12 मारे गए", "3 लापता"
            return d.outcomes[w], pos, w
        if (_is_number(w) and i > 0) or _is_boundary(w) or (w in _STOP_SCAN) or w in d.finite:
            return None
        if w in d.source and not (i + 1 < len(words) and words[i + 1] in d.fillers):
            return None
        if w in d.fillers or w in d.conj and w != ",":
            i += 1
            continue
        if len(w) == 1 and not w.isalnum():
            return None
        unknown += 1
        if unknown > 2:
            return None
        i += 1
    return None


def _ends_noun_phrase(words: Sequence[str], k: int, d: _Data) -> bool:
    """Whether ``words[k]`` cannot continue a noun phrase: a boundary, case marker or verb."""
    w = words[k]
    return (_is_boundary(w) or w in _STOP_SCAN or w in d.finite or w in d.outcomes or w in d.conj
            or w in d.genitive or w in d.source or w in d.aux or _is_future(w, d)
            or w in _ADVERBS or w.startswith(("रह", "फंस", "बस", "लौट", "निकाल", "पहुंच")))


def _refine(words: Sequence[str], i: int, j: int, kind: str, d: _Data) -> tuple[str, int, str]:
    """Follow a genitive head or an outcome word after the noun ``words[i:j]``."""
    cue = " ".join(words[i:j])
    k = j
    if k + 2 < len(words) and words[k] in d.conj and words[k + 2] in d.genitive:
        k += 2  # "तोप और टैंक के गोले"
    if k < len(words) and words[k] in d.genitive:
        head = d.nouns.match(words, k + 1)
        if head and head[0] in _HEAD_KINDS:
            end = k + 1 + head[1]
            return head[0], end, " ".join(words[i:end])
    if kind == "wounded":  # "3 घायलों ने दम तोड़ दिया", "2 घायलों की मौत"
        for k in range(j, min(j + 3, len(words))):
            if words[k] in d.wounded_died:
                return "killed", j, f"{cue} … {words[k]}"
            if _is_boundary(words[k]) or _is_number(words[k]):
                break
    if kind in _OUTCOME_FROM:
        for k in range(j, min(j + 4, len(words))):
            w = words[k]
            if w in d.outcomes:
                return d.outcomes[w], j, f"{cue} … {w}"
            if w == "ने" and k + 1 < len(words) and words[k + 1] in d.outcomes:
                continue
            if _is_boundary(w) or _is_number(w) or w in {"ने", "और"}:
                break
    return kind, j, cue


def _count_before(s: _Sent, ti: int, d: _Data) -> tuple[str, str] | None:
    """"मृतकों की संख्या बढ़कर 50": the measure named before a संख्या/आंकड़ा."""
    for k in range(ti - 1, max(ti - 5, 0), -1):
        if s.words[k] in {"संख्या", "आंकड़ा", "तादाद", "आंकड़े"}:
            g = k - 1
            if g > 0 and s.words[g] in d.genitive:
                for n in (1, 2, 3):
                    hit = d.nouns.match(s.words, g - n)
                    if hit and g - n >= 0 and hit[1] == n:
                        return hit[0], f"{' '.join(s.words[g - n:k + 1])}"
            return None
        if _is_boundary(s.words[k]):
            return None
    return None


def _among(s: _Sent, ti: int, d: _Data) -> tuple[str, str] | None:
    """"मृतकों में 5 बच्चे": the casualty group a count of people is drawn from."""
    m = ti - 1
    if m < 1 or s.words[m] != "में":
        return None
    for n in (1, 2, 3):
        if m - n < 0:
            break
        hit = d.nouns.match(s.words, m - n)
        if hit and hit[1] == n and hit[0] in _CASUALTY_KINDS - {"people"}:
            return hit[0], " ".join(s.words[m - n:m])
    return None


def _elliptic(sentence: str, s: _Sent, tail: int, d: _Data) -> tuple[str, str] | None:
    """"राजद को 34, कांग्रेस को 7 और वाम दलों को 5 सीटें मिलीं": a bare number takes the
    measure of the next figure of its list (up to the verb that ends it)."""
    n = len(s.words)
    for k in range(tail, min(n, tail + 20)):
        w = s.words[k]
        if w in d.finite or w in ("।", "?", "!", "कि", "लेकिन", "जबकि"):
            return None
        if _is_number(w) and (k + 1 >= n or not _is_number(s.words[k + 1])):
            noun = counted_noun(sentence, s.ends[k])
            if noun and noun[0] != "count":
                return noun[0], noun[2]
    return None


def _kind(sentence: str, s: _Sent, ti: int, end: int, unit: str, is_date: bool,
          d: _Data) -> tuple[str, int, str]:
    if is_date:
        return "date", end, "date"
    noun = counted_noun(sentence, end)
    by_unit = ""
    if unit == "percent":
        by_unit = "percent"
    elif unit in _TIME_UNITS:
        by_unit = "duration"
    elif unit and unit.isupper() and len(unit) == 3:
        by_unit = "money"
    if by_unit:
        if noun and noun[0] == by_unit:
            return by_unit, noun[1], f"{noun[2]} → {by_unit}"
        return by_unit, end, f"unit {unit} → {by_unit}"
    among = _among(s, ti, d) if not noun or noun[0] in _PERSONS else None
    if among:  # "मरने वालों में 13 मतदान कर्मी शामिल हैं"
        return among[0], noun[1] if noun else end, f"{among[1]} में … → {among[0]}"
    if noun and noun[0] != "count":
        return noun[0], noun[1], f"{noun[2]} → {noun[0]}"
    before = _count_before(s, ti, d)
    if before:
        return before[0], end, f"{before[1]} → {before[0]}"
    if noun:
        return "count", noun[1], f"{noun[2]} → count"
    return "count", end, "no measure noun → count"


# ------------------------------------------------------------------ roles


@dataclass(frozen=True)
class _Role:
    ent: EntityMention
    role: str
    first: int  # first token of the entity
    last: int  # token after the entity
    head: int  # token after the marker (for genitives: the possessed word)
    cue: str
    title: str = ""
    gfirst: int = 0  # first token of its conjunct group


def _token_span(s: _Sent, start: int, end: int) -> tuple[int, int]:
    i = bisect_left(s.ends, start + 1)
    j = bisect_left(s.starts, end)
    return i, max(j, i + 1)


def _strip_titles(words: Sequence[str], k: int, d: _Data) -> tuple[int, str]:
    title = ""
    for _ in range(4):
        hit = d.titles.match(words, k)
        if not hit:
            break
        if not title and hit[0] != "एक":
            title = fold_word(hit[0])
        k += hit[1]
    return k, title


def _marker(words: Sequence[str], j: int, ent: EntityMention, person_at: frozenset[int],
            d: _Data) -> tuple[str, int, str, str]:
    """(role, head token, cue, title) from the words after an entity (group) ending at ``j``."""
    n = len(words)

    def at(k: int) -> str:
        return words[k] if 0 <= k < n else ""

    title = ""
    k = j
    if ent.adjectival or (at(k) in d.genitive and ent.type != "person"):
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
        for role, heads in (("agent", d.agent), ("target", d.target_heads), ("between", d.between),
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
            if not x or _is_boundary(x) or x in d.genitive or x in d.agent or x in d.dative:
                break
        return "genitive", k + 1, w, title
    if w in d.visit:
        return "visit_dest", k + 1, w, title
    if w and w.startswith(d.send):
        return "destination", k, w, title
    return "nominative", k, w or "(end)", title


def _dateline_end(s: _Sent, spans: Sequence[tuple[int, int]]) -> int:
    """Token index after a dateline's place names ("पटना, 12 जुलाई (भाषा)।", "यरूशलम/तेहरान:"),
    or 0 when the sentence does not open with one."""
    k = 0
    starts = {i: j for i, j in spans}
    while k in starts or (k > 0 and k < len(s.words) and s.words[k] == "/"):
        k = starts.get(k, k + 1)
    if k == 0:
        return 0
    nxt = s.words[k] if k < len(s.words) else ""
    after = s.words[k + 1] if k + 1 < len(s.words) else ""
    if nxt in ("", "।", ":") or (nxt == "," and _is_number(after)):
        return k
    return 0


@lru_cache(maxsize=256)
def _roles(sentence: str, entities: tuple[EntityMention, ...]) -> tuple[_Role, ...]:
    d = _data()
    s = _tokenise(sentence)
    ents = sorted(entities, key=lambda e: (e.start, -e.end))
    spans = [_token_span(s, e.start, e.end) for e in ents]
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
    out: list[_Role] = []
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
            out.append(_Role(ents[idx], r, spans[idx][0], spans[idx][1], head, cue, title,
                             spans[g[0]][0]))
    return tuple(out)


# ------------------------------------------------------------------ status


def _window(s: _Sent, ti: int, d: _Data) -> int:
    """Token index after the verb group that governs a number whose tail starts at ``ti``."""
    n = len(s.words)
    end = ti
    k = ti
    while k < n and k < ti + 16:
        w = s.words[k]
        if _is_boundary(w):
            break
        if _is_number(w) and k > ti and s.words[k - 1] in d.conj:
            return k - 1
        end = k + 1
        if w in d.finite or w in d.future_words or _is_future(w, d):
            while k + 1 < n and s.words[k + 1] in d.aux:
                k += 1
            nxt = s.words[k + 1] if k + 1 < n else ""
            # "मारे जाने के दावे को खारिज किया": a participle inside a noun phrase
            if not (nxt in d.genitive or nxt in d.dative or (nxt.endswith("ने") and len(nxt) > 2)):
                return k + 1
        k += 1
    return end


def _is_future(w: str, d: _Data) -> bool:
    return len(w) > 3 and w.endswith(d.future)


def _status(s: _Sent, first: int, ti: int, d: _Data) -> tuple[str, str]:
    """Status and the cue that decided it, from the verb group after the number."""
    stop = _window(s, ti, d)
    ws = s.words[ti:stop]
    other = False  # "… पर कोई कर नहीं": the negation is about another noun phrase
    for k, w in enumerate(ws):
        if w in d.negated_other:
            other = True
        if w in d.denial:
            return "claimed_false", w
        if w in d.negation and not (k + 1 < len(ws) and ws[k + 1] in d.not_negation_after) \
                and not other:
            return "claimed_false", w
    for k, w in enumerate(ws):
        if w in d.possible:
            return "possible", w
        if w in d.forecast and k > 0 and ws[k - 1] in d.genitive:
            return "possible", f"{ws[k - 1]} {w} (forecast)"
    for k, w in enumerate(ws):
        if w in d.planned_strong:
            return "planned", w
        if w in d.planned_weak and any(
            x.endswith(("ने", "ना")) and len(x) > 3 for x in ws[max(0, k - 3):k]
        ):
            return "planned", f"{' '.join(ws[max(0, k - 2):k + 1])}"
        if w in d.announce and k > 0 and ws[k - 1] in d.genitive:
            return "planned", f"{ws[k - 1]} {w} (announced)"
    for w in ws:
        if w in d.actual:
            return "actual", w
    for w in ws:
        if w in d.future_words or _is_future(w, d):
            return "planned", f"{w} (future)"
    for w in s.words[max(0, first - 2):first]:
        if w in d.possible:
            return "possible", w
        if w in d.planned_strong:
            return "planned", w
    # a matrix clause governing this one: "आशंका है कि 50 लोग ..."
    k = first
    while k > 0 and s.clause[k - 1] == s.clause[first]:
        k -= 1
    if s.words[k] == "कि":
        for w in s.words[max(0, k - 5):k]:
            if w in d.matrix_possible:
                return "possible", f"{w} … कि"
            if w in d.denial:
                return "claimed_false", f"{w} … कि"
    tail = " ".join(ws[-3:]) if ws else ""
    return "actual", tail or "no cue"


# ------------------------------------------------------------------ event


def _event(s: _Sent, first: int, ti: int, d: _Data) -> tuple[str, str, int]:
    """(event, cue, token) nearest to the date, its clause first."""
    best: tuple[int, str, str, int] | None = None
    for k in range(len(s.words)):
        hit = d.events.match(s.words, k)
        if not hit:
            continue
        dist = first - k if k < first else k - ti
        if k >= first and k < ti:
            continue
        if s.clause[k] != s.clause[first]:
            dist += 100
        if k < first:
            dist += 1  # following cues win ties
        after = k + hit[1]
        if after + 1 < len(s.words) and s.words[after] in d.genitive \
                and s.words[after + 1] in _ADVERBIAL_HEADS | d.between | d.ignore:
            dist += 50  # "यूक्रेन युद्ध के बीच … मुलाकात": the backdrop, not the event
        key = (dist, hit[0], " ".join(s.words[k:k + hit[1]]), k)
        if best is None or key < best:
            best = key
    if best is None:
        return "", "", -1
    return best[1], best[2], best[3]


# ------------------------------------------------------------------ attribution


@dataclass(frozen=True)
class _Attr:
    first: int  # first token of the source phrase
    cue_end: int
    clause: int
    source: str
    entities: tuple[EntityMention, ...]


def _demonym(name: str, d: _Data) -> str:
    if name in d.demonyms:
        return d.demonyms[name]
    for key, adj in d.demonyms.items():
        if name.endswith(" " + key):
            return name[: -len(key)] + adj
    if name.endswith("a"):
        return name + "n"
    return name


def _source(sentence: str, s: _Sent, i: int, j: int, roles: Sequence[_Role], d: _Data) -> tuple[str, tuple]:
    """Canonical source of the phrase ``s.words[i:j]``."""
    inside = [r for r in roles if r.first >= i and r.last <= j]
    words = s.words[i:j]
    if not inside:
        content = [w for w in words if w not in d.generic and w not in d.genitive]
        if not content or all(w in d.generic for w in words):
            return "", ()
        return sentence[s.starts[i]:s.ends[j - 1]], ()
    persons = [r for r in inside if r.ent.type == "person"]
    main = persons[-1] if persons else inside[0]
    if main.ent.type == "person":
        return main.ent.name, (main.ent,)
    k = main.last
    if k < j and s.words[k] in d.genitive:
        k += 1
    gloss = ""
    while k < j:
        hit = d.gloss.match(s.words, k)
        if hit and k + hit[1] <= j:
            gloss = hit[0]
            break
        k += 1
    if gloss:
        return f"{_demonym(main.ent.name, d)} {gloss}", (main.ent,)
    return main.ent.name, (main.ent,)


@lru_cache(maxsize=256)
def _attributions(sentence: str, entities: tuple[EntityMention, ...]) -> tuple[_Attr, ...]:
    d = _data()
    s = _tokenise(sentence)
    roles = _roles(sentence, entities)
    out: list[_Attr] = []
    n = len(s.words)
    k = 0
    while k < n:
        hit = d.attribution.match(s.words, k)
        if not hit:
            k += 1
            continue
        b = k
        while b > 0 and k - b < 7:
            w = s.words[b - 1]
            if _is_boundary(w) or w in d.agent or w in d.dative or w in d.locative or w in d.target \
                    or (w in d.source and b - 1 > 0):
                break
            b -= 1
        src, ents = _source(sentence, s, b, k, roles, d)
        out.append(_Attr(b, k + hit[1], s.clause[k], src, ents))
        k += hit[1]
    # "X ने (…) बताया कि …": the agent of a speech verb governing a कि clause
    for c, w in enumerate(s.words):
        if w != "कि":
            continue
        matrix = range(max(0, c - 12), c)
        if not any(s.words[m] in _SPEECH for m in matrix):
            continue
        agents = [r for r in roles if r.role in ("agent", "attribution") and r.first in matrix]
        if agents:
            r = agents[-1]
            if not any(a.first <= r.first < a.cue_end for a in out):
                out.append(_Attr(r.first, c, s.clause[c - 1] if c else 0, r.ent.name, (r.ent,)))
    return tuple(out)


# ------------------------------------------------------------------ choosing actors



def _name(r: _Role) -> str:
    return r.ent.name


def _rank(r: _Role) -> int:
    if r.ent.adjectival:
        return 2
    return 0 if r.ent.type in _STRONG_TYPES or not r.ent.type else 1


def _pick(cands: Sequence[_Role], roles: set[str] | frozenset[str], ti: int,
          clause: int | None, s: _Sent, exclude: str = "", places: bool = True,
          earliest: bool = False) -> _Role | None:
    """The best candidate in ``roles``: strong types first, then nearest before ``ti``
    (a conjunct group counts from its first member), or the earliest when asked."""
    best = None
    for r in cands:
        if r.role not in roles or (exclude and r.ent.name == exclude):
            continue
        if clause is not None and s.clause[min(r.first, len(s.clause) - 1)] != clause:
            continue
        if not places and _rank(r) == 1:
            continue
        dist = ti - r.gfirst if r.gfirst <= ti else (r.gfirst - ti) + 50
        key = (_rank(r), r.first if earliest else dist, r.first)
        if best is None or key < best[0]:
            best = (key, r)
    return best[1] if best else None


def _actors(sentence: str, s: _Sent, first: int, noun_from: int, ti: int, kind: str,
            status_window: int,
            roles: Sequence[_Role], attrs: Sequence[_Attr], topic: str, event: str,
            d: _Data, affiliations: Mapping[str, tuple[str, str]] | None = None) -> tuple[str, str, str, str]:
    """(subject, object, subject reason, object reason)."""
    clause = s.clause[first] if first < len(s.clause) else 0
    barred = set()
    for a in attrs:
        if not (a.first <= first < a.cue_end):
            barred.update(id(e) for e in a.entities)
            barred.update(id(r.ent) for r in roles if a.first <= r.first < a.cue_end)
    cands = [r for r in roles if id(r.ent) not in barred
             and r.role not in ("affiliation", "ignore", "attribution")]
    verbs = s.words[ti:status_window] if status_window > ti else s.words[ti:ti + 8]
    acquire = kind != "date" and any(w.startswith(d.acquire) for w in verbs)
    meet = event == "meeting" or any(w.startswith(d.meet) for w in s.words[ti:status_window])
    subj: _Role | None = None
    obj: _Role | None = None
    why_s = why_o = ""
    agentive = {"agent", "visitor", "act_agent", "between_first"}

    def named(r: _Role) -> str:
        # "रूस के राष्ट्रपति के द्वारा …" after a sentence about Putin -> Putin
        if r.title in _HEAD_OF and topic and (affiliations or {}).get(topic) == (r.ent.name, r.title):
            return topic
        return r.ent.name

    if acquire:
        src = _pick(cands, {"source"}, ti, clause, s)
        if src:
            subj, why_s = src, f"{src.ent.text} {src.cue} + {verbs[-1] if verbs else ''} (supplier)"
            buyer = _pick(cands, agentive | {"nominative", "dative"}, ti, clause, s, src.ent.name)
            if buyer:
                obj, why_o = buyer, f"{buyer.ent.text} {buyer.cue} (buyer)"
    if subj is None:
        steps: list[tuple[set[str], bool, str]] = [(agentive, True, "agent")]
        if kind in _CASUALTY_KINDS or event in ("accident", "disaster"):
            steps.append(({"locative"}, True, "place"))
        steps += [
            ({"dative"} if acquire else set(), True, "recipient of मिलना"),
            ({"nominative"}, True, "leading nominative"),
            (agentive, False, "agent in the sentence"),
            ({"nominative"}, False, "nominative in the sentence"),
        ]
        owner = [r for r in cands if r.role == "genitive" and 0 <= first - r.head <= 2]
        if owner and _rank(owner[-1]) and _pick(cands, agentive, first, clause, s, places=False):
            owner = []  # "भाजपा ने उत्तर प्रदेश की 33 सीटें जीतीं": a place's share, the agent's win
        if owner and kind != "date":
            subj, why_s = owner[-1], f"{owner[-1].ent.text} {owner[-1].cue} (owner)"
        inside = [r for r in cands if r.ent.adjectival and noun_from <= r.first < ti]
        if inside and subj is None and kind != "date":
            steps.insert(1, ({inside[0].role}, True, "adjective of the counted noun"))
            cands_in = inside
        else:
            cands_in = cands
        for roles_, in_clause, label in steps:
            if subj is not None:
                break
            pool = cands_in if label == "adjective of the counted noun" else cands
            r = _pick(pool, roles_, first, clause if in_clause else None, s,
                      earliest="nominative" in roles_)
            if r is not None:
                subj, why_s = r, f"{r.ent.text} {r.cue} ({label})"
    subject = named(subj) if subj else ""
    if subj is None and topic:
        subject, why_s = topic, "topic of earlier sentence"
    if subj is None and not subject:
        any_r = _pick(cands, {r.role for r in cands}, first, None, s)
        if any_r is not None:
            subj, subject, why_s = any_r, named(any_r), f"{any_r.ent.text} (first actor)"
    victim = [r for r in cands if r.ent.adjectival and noun_from <= r.first < ti]
    if obj is None and kind in _CASUALTY_KINDS and victim and subj is not None \
            and victim[0].ent.name != subj.ent.name:
        # "पाकिस्तान ने 3 भारतीय जवानों को मार दिया": the side the counted people belong to
        obj, why_o = victim[0], f"{victim[0].ent.text} (side of the counted {kind})"
    # seats and votes have a winner but no recipient: look only at this clause's markers
    scopes = (True,) if kind in _OWN_KINDS else (True, False)
    if obj is None:
        steps_o = [
            ({"beneficiary"}, "helped"),
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
    if obj is None and kind not in _OWN_KINDS:
        for in_clause in (True, False):
            # "लोकसभा चुनाव में": the name of an election is no actor
            r = _pick([c for c in cands if c.role not in ("locative", "modifier")
                       and (d.events.match(s.words, c.last) or ("",))[0] != "election"],
                      {c.role for c in cands}, first, clause if in_clause else None, s,
                      subject, places=False)
            if r is not None and r is not subj and _rank(r) == 0:
                obj, why_o = r, f"{r.ent.text} (other actor in the {'clause' if in_clause else 'sentence'})"
                break
    obj_name = named(obj) if obj else ""
    if obj_name == subject:
        obj_name, why_o = "", ""
    return subject, obj_name, why_s, why_o


# ------------------------------------------------------------------ discourse rules


def _state_of(person: str, roles: Sequence[_Role], affiliations: Mapping[str, tuple[str, str]],
              states: Mapping[str, int]) -> str:
    """The state a person holds office in: "रूसी राष्ट्रपति पुतिन" here or in an earlier sentence."""
    heads = {r.first for r in roles if r.ent.name == person and r.ent.type == "person"}
    for r in roles:
        if r.role == "affiliation" and r.ent.type == "state" and r.head in heads:
            return r.ent.name
    state = affiliations.get(person, ("", ""))[0]
    return state if state in states else ""


def _clause_span(s: _Sent, c: int) -> range:
    """Token indices of clause ``c`` (clauses are contiguous)."""
    lo = bisect_left(s.clause, c)
    return range(lo, bisect_left(s.clause, c + 1))


def _antecedent_clause(s: _Sent, first: int) -> int | None:
    """The clause a relative clause ("…, जो फरवरी में शुरू हुआ") holding ``first`` hangs on."""
    k = _clause_span(s, s.clause[first]).start
    if s.words[k] not in _RELATIVE:
        return None
    while k > 0 and _is_boundary(s.words[k - 1]):
        k -= 1
    return s.clause[k - 1] if k > 0 else None


def _state_act(s: _Sent, first: int, event: str, ev_at: int, roles: Sequence[_Role],
               d: _Data) -> tuple[bool, str]:
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
        for k in _clause_span(s, c):
            hit = d.state_acts.match(s.words, k)
            if hit:
                return True, hit[0] if event == "start" else event
            if d.targeted_acts.match(s.words, k) and targeted(c):
                return True, event
    return False, event


def _both_states(s: _Sent, first: int, d: _Data) -> bool:
    """"दोनों देशों" in the claim's clause."""
    c = s.clause[first]
    span = _clause_span(s, c)
    return any(s.words[k] in d.both and k + 1 < len(s.words) and s.words[k + 1] in d.both_states
               for k in span)


def _is_visit(s: _Sent, tail: int, event: str, d: _Data) -> bool:
    """A claim about a visit: its date's event, or a visit noun right after the figure."""
    return event == "visit" or any(w in d.visit for w in s.words[tail:tail + 2])


# ------------------------------------------------------------------ API


def describe(sentence: str, start: int, end: int, entities: Sequence[EntityMention], *,
             unit: str = "", is_date: bool = False, topic: str = "",
             topic_object: str = "",
             affiliations: Mapping[str, tuple[str, str]] | None = None,
             states: Mapping[str, int] | None = None, visit_dest: str = "",
             prev_kind: str = "") -> ClaimFields:
    """Everything about the claim whose number (or date) occupies ``sentence[start:end]``.

    ``topic``/``topic_object`` (see :func:`topic_pair`) fill a subject/object the
    sentence leaves out; ``affiliations`` (person -> (state, title), learnt by
    :func:`topic_of` from earlier sentences of the same document) lets
    "रूस के राष्ट्रपति" stand for the person named so before. ``states`` (state ->
    mentions so far) gives "दोनों देश" its two states; ``visit_dest`` is where the last
    visit named went ("यह तीन दिवसीय दौरा" -> there); ``prev_kind`` is the measure of the
    figure before, which a bare number ("जदयू को 76") repeats.
    """
    d = _data()
    s = _tokenise(sentence)
    if not s.words:
        return ClaimFields("date" if is_date else "count", end, reasons={"kind": "empty sentence"})
    ents = tuple(entities)
    first, ti = _token_span(s, start, end)
    first = min(first, max(len(s.words) - 1, 0))
    kind, kend, why_k = _kind(sentence, s, first, end, unit, is_date, d)
    if kind == "count" and not unit and why_k.startswith("no measure noun"):
        tail0 = bisect_left(s.starts, end)
        if tail0 >= len(s.words) or _ends_noun_phrase(s.words, tail0, d):
            ell = _elliptic(sentence, s, tail0, d) or (prev_kind, "kind of the figure before")
            if ell[0] and ell[0] not in ("count", "date"):
                kind, why_k = ell[0], f"bare number: {ell[1]} → {ell[0]}"
    tail = bisect_left(s.starts, kend)
    reasons = {"kind": why_k}
    status, why_st = _status(s, first, tail, d)
    reasons["status"] = f"{why_st} → {status}"
    event, ev_at = "", -1
    if is_date:
        event, cue, ev_at = _event(s, first, ti, d)
        if event:
            reasons["event"] = f"{cue} → {event}"
    roles = _roles(sentence, ents)
    attrs = _attributions(sentence, ents)
    affiliations = affiliations or {}
    states = states or {}
    subject, obj, why_s, why_o = _actors(sentence, s, first, ti, tail, kind, _window(s, tail, d),
                                         roles, attrs, topic, event, d, affiliations)
    clause = s.clause[first]
    bare = not any(s.clause[r.first] == clause and r.role not in ("affiliation", "ignore", "attribution")
                   for r in roles)
    if bare and len(states) >= 2 and _both_states(s, first, d):
        # "दोनों देशों के बीच …": the document's two most-mentioned states, its topic first
        a, b = sorted(states, key=lambda n: -states[n])[:2]
        lead = topic if topic in states else _state_of(topic, roles, affiliations, states)
        if lead == b:
            a, b = b, a
        subject, obj, why_s, why_o = a, b, "दोनों देश (the document's states)", "दोनों देश (the other)"
    elif is_date and subject and ev_at >= 0:
        act, act_event = _state_act(s, first, event, ev_at, roles, d)
        state = _state_of(subject, roles, affiliations, states) if act else ""
        if state:
            subject, why_s = state, f"{subject} → {state} (a state's {act_event})"
            if act_event != event:
                event, reasons["event"] = act_event, f"{reasons['event']} ← {act_event}"
            if obj == subject:
                obj, why_o = "", ""
    if _is_visit(s, tail, event, d):
        own = _state_of(subject, roles, affiliations, states)
        if obj and obj == own:
            obj, why_o = "", ""
        if not obj and visit_dest and visit_dest not in (subject, own):
            obj, why_o = visit_dest, "destination of the visit named earlier"
        if topic_object == own:
            topic_object = ""
    if not obj and topic_object and topic_object != subject and kind not in _OWN_KINDS:
        obj, why_o = topic_object, "object of an earlier sentence"
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
    return ClaimFields(kind, kend, subject, obj, status, event, attributed, reasons)


def denies_previous(sentence: str) -> str:
    """The cue ("इन दावों का खंडन", "इससे इनकार किया") when ``sentence`` denies what the
    sentence before it claimed, else "".

    A denial word counts when an anaphor points back within four words before it
    ("इन दावों का खंडन", "इसे गलत बताया"), or when the sentence states no figure of its
    own and the denial word is an act ("मंत्रालय ने इनकार किया"). A denial under
    negation ("इनकार नहीं किया") is no denial.
    """
    d = _data()
    s = _tokenise(sentence)
    words = s.words
    digits = any(_DIGIT.search(w) for w in words)
    for k, w in enumerate(words):
        if w not in d.denial:
            continue
        after = words[k + 1:k + 4]
        if any(x in d.negation for x in after) or (k and words[k - 1] in d.negation):
            continue
        verb = k + 1 < len(words) and words[k + 1] in d.denial_verbs
        lo = k
        for b in range(k - 1, max(-1, k - 5), -1):
            if _is_boundary(words[b]):
                break
            if words[b] in d.denial_anaphors:
                lo = b
        if lo == k and (digits or not verb):
            continue
        hi = k + 1
        while hi < len(words) and hi - k <= 2 and words[hi] in d.denial_verbs:
            hi += 1
        if "कि" in words[hi:hi + 2]:
            continue  # "यह गलत है कि …": denies what follows, not what came before
        return sentence[s.starts[lo]:s.ends[hi - 1]]
    return ""


def topic_of(sentence: str, entities: Sequence[EntityMention],
             affiliations: dict[str, tuple[str, str]] | None = None) -> str:
    """The actor a sentence is about: its ने-agent, else its first state/person/party.

    Offices named with a person ("रूस के राष्ट्रपति व्लादिमीर पुतिन") are recorded
    in ``affiliations`` when given, for later sentences of the same document.
    """
    ents = tuple(entities)
    if not ents:
        return ""
    roles = _roles(sentence, ents)
    # remember "रूस के राष्ट्रपति व्लादिमीर पुतिन" so a later "रूस के राष्ट्रपति" finds him
    for r in roles if affiliations is not None else ():
        if r.role == "affiliation" and r.title:
            for p in roles:
                if p.ent.type == "person" and p.first == r.head:
                    affiliations[p.ent.name] = (r.ent.name, r.title)
    attrs = _attributions(sentence, ents)
    # a quoted speaker ("X ने कहा कि …") or a source ("X के अनुसार") attributes the
    # sentence; it is not what the following sentences are about
    # (a sentence that only reports speech keeps the topic of the one before)
    quoted = {id(e) for a in attrs for e in a.entities}
    spoke = any(r.role == "agent" and id(r.ent) in quoted for r in roles)
    roles = tuple(r for r in roles if id(r.ent) not in quoted and r.role != "attribution")
    if spoke and not any(r.role in ("agent", "visitor") for r in roles):
        return ""
    order = [
        [r for r in roles if r.role in ("agent", "visitor")],
        [r for r in roles if r.role == "nominative" and _rank(r) == 0],
        [r for r in roles if r.role not in ("affiliation", "ignore") and _rank(r) == 0],
        [r for r in roles if r.role not in ("affiliation", "ignore")],
    ]
    for group in order:
        if group:
            return min(group, key=lambda x: x.first).ent.name
    return ""


def topic_pair(sentence: str, entities: Sequence[EntityMention],
               affiliations: dict[str, tuple[str, str]] | None = None) -> tuple[str, str]:
    """(topic, object) of a sentence: who it is about and whom that actor acts on or helps."""
    topic = topic_of(sentence, entities, affiliations)
    if not topic:
        return "", ""
    return topic, _object_of(sentence, entities, topic)


def _object_of(sentence: str, entities: Sequence[EntityMention], topic: str) -> str:
    """Whom the sentence's topic acts on or helps (see :func:`topic_pair`)."""
    s = _tokenise(sentence)
    ents = tuple(entities)
    roles = _roles(sentence, ents)
    attrs = _attributions(sentence, ents)
    last = len(s.words) - 1
    _, obj, _, _ = _actors(sentence, s, last, last, last, "count", last, roles, attrs, "", "",
                           _data())
    return obj if obj != topic else ""


@lru_cache(maxsize=1)
def _india() -> dict[str, frozenset[str]]:
    raw = yaml.safe_load((_DATA / "cues.yaml").read_text(encoding="utf-8"))["india"]
    return {k: frozenset(fold_word(w) if k not in ("states", "names") else w for w in v)
            for k, v in raw.items()}


@lru_cache(maxsize=1)
def _government_words() -> re.Pattern[str]:
    """Any word of a bare government ("सरकार", "केंद्र"): sentences without one skip the search."""
    ind = _india()
    return re.compile("|".join(sorted(map(re.escape, ind["government"] | ind["centre"]), key=len, reverse=True)))


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
    actors: dict[str, int] = field(default_factory=dict)  # topic -> weight (a state counts 2)
    indian: int = 0  # mentions of Indian places, parties, institutions
    foreign: int = 0  # mentions of other states
    indian_states: dict[str, int] = field(default_factory=dict)

    @property
    def topic_object(self) -> str:
        """Whom the topic acted on in the sentence that made it the topic."""
        if self._topic_object is None and self._topic_source is not None:
            self._topic_object = _object_of(*self._topic_source, self.topic)
        return self._topic_object or ""

    def main_topic(self) -> str:
        """The document's most frequent topic so far (first seen wins a tie)."""
        return max(self.actors, key=lambda a: self.actors[a]) if self.actors else ""

    def governments(self, sentence: str, entities: Sequence[EntityMention]) -> list[EntityMention]:
        """``entities`` plus a bare government of a document about India: "सरकार"/"केंद्र ने"
        -> India, "राज्य/प्रदेश सरकार" -> the Indian state the document names most."""
        ind = _india()
        if self.indian <= self.foreign or not _government_words().search(sentence):
            return list(entities)
        s = _tokenise(sentence)
        taken = [(e.start, e.end) for e in entities]
        extra = []
        for k, w in enumerate(s.words):
            gov = w in ind["government"]
            centre = w in ind["centre"] and k + 1 < len(s.words) and s.words[k + 1] == "ने"
            if not (gov or centre):
                continue
            if any(a < s.ends[k] and s.starts[k] < b for a, b in taken):
                continue
            prev = s.words[k - 1] if k else ""
            if k and any(b == s.ends[k - 1] for _, b in taken):
                continue  # "एनडीए सरकार", "आप सरकार": that party's government
            if gov and prev in ind["state_government"]:
                if not self.indian_states:
                    continue
                name = max(self.indian_states, key=lambda n: self.indian_states[n])
                extra.append(EntityMention(s.starts[k - 1], s.ends[k], sentence[s.starts[k - 1]:s.ends[k]],
                                           name, "place"))
            elif prev not in ("की", "के", "का"):
                extra.append(EntityMention(s.starts[k], s.ends[k], w, "India", "state"))
        return sorted([*entities, *extra], key=lambda e: e.start) if extra else list(entities)

    def update(self, sentence: str, entities: Sequence[EntityMention]) -> None:
        ind = _india()
        for e in entities:
            if e.name in ind["states"]:
                self.indian_states[e.name] = self.indian_states.get(e.name, 0) + 1
            if e.name in ind["states"] or e.name in ind["names"]:
                self.indian += 1
            elif e.type == "state":
                self.foreign += 1
        entities = self.governments(sentence, entities)
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
            for r in _roles(sentence, tuple(entities)):
                if r.role == "visit_dest" or (r.role == "destination" and r.cue.startswith("पहुंच")):
                    self.visit_dest = r.ent.name

    def describe(self, sentence: str, start: int, end: int, entities: Sequence[EntityMention], *,
                 unit: str = "", is_date: bool = False) -> ClaimFields:
        entities = self.governments(sentence, entities)
        f = describe(sentence, start, end, entities, unit=unit, is_date=is_date, topic=self.topic,
                     topic_object=self.topic_object, affiliations=self.affiliations,
                     states=self.states, visit_dest=self.visit_dest,
                     prev_kind=self._kind_here or self.kind)
        main = self.main_topic()
        if f.reasons.get("subject") == "topic of earlier sentence" and main and main != f.subject:
            # "… के लिए 1.52 लाख करोड़ रुपये रखे गए हैं": no actor of its own -> the
            # document's main actor, not one named in a side remark just before
            f.subject = main
            f.reasons["subject"] = "main topic of the document (no actor in the sentence)"
            if f.object == main:
                f.object = ""
                f.reasons.pop("object", None)
        if f.kind in _ELLIPTIC_KINDS:
            self._kind_here = f.kind
        elif f.kind != "count":
            self._kind_here = ""
        return f
