"""What exactly a figure counts: seats won vs a house's total, a batch of troops vs all sent.

The kind says what sort of thing a figure is about (seats, troops, percent); the
*thing* says which figure of that sort it is, so that the comparison pass never
sets a party's seats won against the assembly's total or the majority mark, or
turnout against vote share. Cue words are data (``things`` in each record of
``data/kinds.yaml``); this module only decides where to look for them:

- in the figure's own clause, no further than the next or previous figure (the
  words there belong to that figure), and at most ``WINDOW`` words away;
- a cue written ``=word`` counts only touching the figure: inside its text or
  the word right before it ("2,000 और सैनिक", "अतिरिक्त 2,000 सैनिक"); one
  written ``>word`` only right after it ("288 में से 230");
- the cue nearest the figure wins (the first listed on a tie); ``plain`` is the
  kind's ordinary measure, and its cues overrule the things listed after it
  unless those are nearer ("कुल 230 सीटें जीतीं" is seats won, not the house's
  total; "288 सदस्यीय विधानसभा में … जीत" is the house's total);
- kinds with the ``noun_is_thing`` trait take the counted noun itself (houses
  vs villages), through the ``things`` table when the noun is listed there,
  else the noun's stem; without a noun ("130 किमी प्रति घंटे") the cues around
  the figure (wind vs gusts).

Hand-written: no library marks what a Hindi count refers to.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache, wraps

from ..kinds import REGISTRY
from ..normalize import fold_word
from .cues import cues as language_cues
from .kind import COUNT_WORDS
from .numerals import multiplier_words, number_words, unit_word

#: How many words on each side of the figure may hold a cue.
WINDOW = 12
PLAIN = "plain"
_TOKEN = re.compile(r"[\u0900-\u0963\u0971-\u097fA-Za-z_0-9]+(?:[.,:][\d\u0966-\u096f]+)*|[^\s]")
_DIGIT = re.compile(r"[\d\u0966-\u096f]")
_LETTERS = re.compile(r"[\u0900-\u0963\u0971-\u097fA-Za-z]")
_BOUNDARY = frozenset({",", ";", "।", "॥", "?", "!", "|", ":", "(", ")", "\"", "“", "”"})
_CLAUSE_WORDS = frozenset(fold_word(w) for w in ["जबकि", "लेकिन", "परंतु", "किंतु", "मगर", "वहीं", "हालांकि"])
_GENITIVE = frozenset({"का", "की", "के"})
#: "86 मीटर में से 45 मीटर": a part counted out of a whole, not a distance "from" anything.
_OUT_OF = [fold_word("में"), fold_word("से")]
#: A cue after one of these words belongs to the figure the conjunction adds ("… और घायलों को 50,000").
_CONJ = frozenset(fold_word(w) for w in ["और", "तथा", "एवं", "व"])
#: "X यानी Y": the figure restated (as a share, in other units); the words after a share restating
#: it are still X's, and the words before X are Y's too.
_APPOSITION = frozenset(fold_word(w) for w in ["यानी", "यानि", "अर्थात"])
_RESTATED_UNITS = frozenset(fold_word(w) for w in ["फीसदी", "प्रतिशत", "%", "फीसद"])
#: A conjunction, then the next figure of a list and its noun ("… और 14 मिसाइलों"), maybe after the
#: place it is counted in ("63 फीसद और उत्तर प्रदेश में 57 फीसद मतदान").
_NEXT_IN_LIST = re.compile(rf"\s*(?:{'|'.join(map(re.escape, sorted(_CONJ)))}|,)\s*"
                           r"(?:(?:[^\s\d\u0966-\u096f,;।]+\s+){1,3}?में\s+)?"
                           r"([\d\u0966-\u096f][\d\u0966-\u096f,.]*\s+[^\s,;।]+)")
#: Plural and oblique endings stripped to name a counted noun ("घरों" -> "घर").
_ENDINGS = ("ियों", "ाओं", "ों", "ें", "ां", "ीं", "यों", "एं")


@dataclass(frozen=True)
class _Cues:
    touching: tuple[tuple[str, tuple[str, ...]], ...]  # (thing, words) that must touch the figure
    after: tuple[tuple[str, tuple[str, ...]], ...]  # (thing, words) right after the figure
    near: tuple[tuple[str, tuple[str, ...]], ...]  # (thing, words) anywhere in the window
    order: tuple[str, ...]


def _words(text: str) -> list[str]:
    return [fold_word(m.group()) for m in _TOKEN.finditer(text)]


@cache
def _cues(kind: str) -> _Cues:
    touching, after, near = [], [], []
    things = REGISTRY[kind].things if kind in REGISTRY else {}
    for thing, cues in things.items():
        for cue in cues:
            target = touching if cue.startswith("=") else after if cue.startswith(">") else near
            target.append((thing, tuple(_words(cue.lstrip("=>")))))
    return _Cues(tuple(touching), tuple(after), tuple(near), tuple(things))


def _stem(word: str) -> str:
    for end in _ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 1:
            return word[: -len(end)]
    return word


def _find(words: list[str], phrase: tuple[str, ...]) -> list[int]:
    n, head = len(phrase), phrase[0]
    if head not in words:  # most phrases are absent: one scan in C says so
        return []
    return [i for i in range(len(words) - n + 1) if words[i] == head and tuple(words[i:i + n]) == phrase]


@lru_cache(maxsize=64)
def _tokens(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
    """(starts, ends, folded words) of ``sentence``, shared by every figure in it."""
    matches = list(_TOKEN.finditer(sentence))
    return (tuple(map(re.Match.start, matches)), tuple(map(re.Match.end, matches)),
            tuple(map(fold_word, map(re.Match.group, matches))))


def _split(sentence: str, start: int, end: int) -> tuple[list[str], list[str], list[str]] | None:
    """The sentence's words before, inside and after ``start:end``; None when a word straddles a cut
    (its pieces then tokenise differently and are split afresh)."""
    starts, ends, words = _tokens(sentence)
    i, j = bisect_left(ends, start + 1), bisect_left(ends, end + 1)
    if (i < len(starts) and starts[i] < start) or (j < len(starts) and starts[j] < end):
        return None
    k = bisect_left(starts, end)
    return list(words[:i]), list(words[i:k]), list(words[k:])


def _shared(fn):  # type: ignore[no-untyped-def]
    """Memoise ``fn`` (a pure function of a sentence returning lists) for the figures of a sentence,
    handing each caller fresh lists (the counted thing, group, condition and phase read the same window)."""
    kept = lru_cache(maxsize=64)(lambda *args, **kw: tuple(map(tuple, fn(*args, **kw))))
    return wraps(fn)(lambda *args, **kw: tuple(map(list, kept(*args, **kw))))


#: Characters after a figure read for a list of what it counts together (">, क्रूज" in kinds.yaml).
_LIST_REACH = 24


@_shared
def _window(sentence: str, start: int, end: int) -> tuple[list[str], list[str], list[str]]:
    """(words before, the figure's own words, words after), cut at clause ends and other figures."""
    split = _split(sentence, start, end)
    if split is None:
        split = _words(sentence[:start]), _words(sentence[start:end]), _words(sentence[end:])
    head, own, tail = split
    before: list[str] = []
    restating = False
    for w in reversed(head):
        if _DIGIT.search(w) and not restating and _APPOSITION.intersection(before[:2]) and len(before) <= 4:
            restating = True  # "रकबा बढ़कर 1.1 लाख हेक्टेयर यानी करीब 2.7 लाख एकड़": the same figure
            continue
        if _DIGIT.search(w) and before and len(before) < WINDOW:
            before.pop()  # "81 सदस्यीय विधानसभा में … 49 से 59 सीटें": the word after a figure is its own
        if w in _BOUNDARY or w in _CLAUSE_WORDS or _DIGIT.search(w) or len(before) >= WINDOW:
            break
        before.append(w)
    before.reverse()
    after: list[str] = []
    finite = language_cues().finite
    i = 0
    while i < len(tail):
        w = tail[i]
        if w in _BOUNDARY or w in _CLAUSE_WORDS or _DIGIT.search(w) or len(after) >= WINDOW:
            break
        if w in _CONJ and after and after[-1] in finite:
            break  # "करीब 160 मजदूर रहते थे और … कुछ ड्यूटी पर थे": the figure's clause ended with its verb
        after.append(w)
        if w in _APPOSITION and tail[i + 1:i + 2] and _DIGIT.search(tail[i + 1]) and \
                tail[i + 2:i + 3] and tail[i + 2] in _RESTATED_UNITS:
            i += 2  # "2,914 अंक यानी 3.6 फीसदी गिरकर": the same figure as a share, read past it
        i += 1
    return before, own, after


def thing_before_count(phrase: str, kind: str) -> tuple[str, str]:
    """(thing, cue) of a figure whose people are named before "की संख्या"/"का आंकड़ा" ("मारे गए थाई
    सैनिकों की संख्या बढ़कर 8", "सैनिकों की मौत का आंकड़ा": soldiers, as "8 थाई सैनिक" are): the noun
    before the genitive (and the loss) is read as if it touched the figure; ("", "") when it is no cue
    of ``kind``."""
    words = _words(phrase)
    outcomes = language_cues().outcomes
    while words and (words[-1] in COUNT_WORDS or words[-1] in _GENITIVE or words[-1] in outcomes):
        words.pop()  # "थाई सैनिकों की मौत का आंकड़ा": past the death to the people
    for thing, cue in _cues(kind).touching:
        if tuple(words[-len(cue):]) == cue:
            return thing, f"{' '.join(cue)} (named before the count)"
    return "", ""


def counted_thing(sentence: str, start: int, end: int, kind: str, noun: str = "",
                  unit: str = "", shared: bool = False) -> tuple[str, str]:
    """(thing, cue) for the figure at ``sentence[start:end]`` of ``kind``; ("", "") for the plain measure.

    ``noun`` is the counted noun the kind came from, used by ``noun_is_thing`` kinds; such a
    kind without a noun is read by its cues only when it has a ``unit`` (a speed in km/h).
    A figure with no cue of its own, joined to the next by a conjunction ("386 ड्रोन और 14
    मिसाइलों को मार गिराया"), takes the words the list's verb says of both (``shared``: only
    cues that need not touch the figure, read around the next one).
    """
    if kind not in REGISTRY:
        return "", ""
    record = REGISTRY[kind]
    if "noun_is_thing" in record.traits and not noun and not unit:
        return "", ""
    if "noun_is_thing" in record.traits and noun:
        words = tuple(fold_word(w) for w in noun.split())
        while len(words) > 1 and (words[-1] in COUNT_WORDS or words[-1] in _GENITIVE):
            words = words[:-1]  # "राहत शिविरों की संख्या": the camps are counted, not the number
        found = next((thing for thing, cues in _cues(kind).near  # the whole noun ("आतंकी ठिकानों"), its head
                      if words == cues or words[-1:] == cues), _stem(words[-1]))
        condition, cue = _condition(sentence, start, end) if found in _conditioned() else ("", "")
        return (f"{found} {condition}", f"{noun} … {cue}") if condition else (found, noun)
    cues = _cues(kind)
    if not cues.order:
        return "", ""
    before, own, after = _window(sentence, start, end)
    found: dict[str, tuple[int, str]] = {}  # thing -> (distance from the figure, cue)

    def note(thing: str, distance: int, phrase: tuple[str, ...]) -> None:
        if thing not in found or distance < found[thing][0]:
            found[thing] = (distance, " ".join(phrase))

    # "14 आम नागरिक और छह सैनिक": a conjunction before the figure joins it to the one before, it
    # says nothing of it (a batch's "और" comes after the number: "2,000 और सैनिक")
    touching = (before[-1:] if before[-1:] and before[-1] not in _CONJ and before[-2:] != _OUT_OF else []) + own
    for thing, phrase in () if shared else cues.touching:
        if phrase[0] in touching and _find(touching, phrase):
            note(thing, 0, phrase)
    listed = None  # the words right after the figure, past a list's comma ("200 ड्रोन, क्रूज मिसाइलें और …")
    for thing, phrase in () if shared else cues.after:
        if phrase[0] == ",":
            listed = _words(sentence[end:end + _LIST_REACH]) if listed is None else listed
            if listed[:len(phrase)] == list(phrase):
                note(thing, 0, phrase)
        elif after[:1] == [phrase[0]] and _find(after[:len(phrase)], phrase):
            note(thing, 0, phrase)
    context = before + own + after
    lo, hi = len(before), len(before) + len(own)
    own_cued: set[str] = set()
    present = frozenset(context)  # most cues' first word is not in the window: skip them cheaply
    for thing, phrase in cues.near:
        if phrase[0] not in present:
            continue
        for i in _find(context, phrase):
            if i + len(phrase) <= lo:  # before the figure; a genitive between is no distance ("दल के 12")
                gap = sum(w not in _GENITIVE for w in context[i + len(phrase):lo])
                if any(w in _CONJ for w in context[i + len(phrase):lo]):
                    gap += WINDOW  # "… को संक्रमित क्षेत्र और 10 किलोमीटर के दायरे को …": the figure before's
            elif any(w in _CONJ for w in context[hi:i]):
                gap = WINDOW + i - hi  # "10 लाख रुपये और गंभीर रूप से घायलों को 2 लाख": the next figure's
            else:
                gap = max(0, i - hi)
                if lo <= i and i + len(phrase) < hi:
                    own_cued.add(thing)  # the figure's own words before its noun ("288 सदस्यीय विधानसभा")
            note(thing, gap, phrase)
    if PLAIN in found:  # the plain measure's cue overrules the things after it that are no nearer, but not
        # one the figure's own words name ("जीतकर 288 सदस्यीय विधानसभा में" is the house's size)
        plain = found[PLAIN][0]
        found = {t: v for t, v in found.items()
                 if (cues.order.index(t) <= cues.order.index(PLAIN) or v[0] < plain or t in own_cued)
                 and not (t == PLAIN and own_cued)}
    record = REGISTRY[kind]
    if unit and "noun_is_thing" in record.traits:
        # a figure in a unit of measure counts no noun before it ("घर से 200 लीटर शराब जब्त", "रैणी गांव के
        # पास बनी 13.2 मेगावाट की परियोजना"): only what the unit measures (a speed, a temperature) is its thing
        counted = _counted_nouns(kind)
        found = {t: v for t, v in found.items() if not set(v[1].split()) & counted}
    others = [t for t in found if t not in record.fallback_things and t != PLAIN]
    said = [t for t in others if not set(found[t][1].split()) <= set(own)]  # not the counted noun itself
    if record.fallback_things and (any(record.cumulative(t) for t in others) or said and not any(
            t in record.fallback_things and phrase[0] in present and _find(context, phrase)
            for t, phrase in cues.near)):
        # "अब तक … सुरक्षित निकाला": rescued, itself counted so far (devotees "अब तक" stay a running
        # total); "कुल 440 यात्री सवार थे": "in all" says nothing of a running count, the thing does
        found = {t: v for t, v in found.items() if t not in record.fallback_things}
    if not found:
        joined = None if shared else _NEXT_IN_LIST.match(sentence, end)
        return counted_thing(sentence, joined.start(1), joined.end(1), kind, shared=True) if joined else ("", "")
    thing = min(found, key=lambda t: (found[t][0], cues.order.index(t)))
    return ("" if thing == PLAIN else thing), found[thing][1]


@cache
def _counted_nouns(kind: str) -> frozenset[str]:
    """The kind's counted nouns, folded, word by word."""
    return frozenset(fold_word(w) for noun in REGISTRY[kind].nouns for w in noun.split())


#: Words after a distance that name no object it measures: postpositions, places relative to a
#: point, demonstratives and common verbs ("260 मीटर अंदर", "12 मीटर तक है", "2.4 किमी लंबी इस सुरंग").
_NOT_MEASURED = frozenset(fold_word(w) for w in [
    "का", "की", "के", "को", "में", "से", "पर", "तक", "ने", "और", "या", "भी", "ही", "तो", "अंदर", "भीतर",
    "बाहर", "ऊपर", "नीचे", "दूर", "आगे", "पीछे", "पहले", "बाद", "पास", "नजदीक", "उत्तर", "दक्षिण", "पूर्व",
    "पश्चिम", "इस", "यह", "उस", "वह", "इन", "उन", "ये", "वे", "एक", "कुल", "है", "हैं", "था", "थी", "थे",
    "हो", "होगा", "होगी", "गया", "गई", "गए", "रहा", "रही", "रहे", "प्रति", "घंटे", "घंटा",
    # verbs a reading is given with ("208.48 मीटर दर्ज किया गया", "… तक जा सकता है")
    "दर्ज", "जा", "पहुंच", "पहुंचा", "पहुंची", "पहुंचे",
    # an attribution before the figure ("अधिकारियों के मुताबिक 375 मीटर लंबा …") names no object
    "मुताबिक", "अनुसार", "मुताबिक़"])
#: Words between a distance and the object it measures: a dimension, a demonstrative ("2.4 किमी लंबी
#: इस सुरंग").
#: Dimension adjectives: before the object a distance measures ("40 मीटर लंबा हिस्सा"), or after it, said
#: of the noun before the figure ("खदान 120 मीटर गहरी है").
_DIMENSION_ADJECTIVES = frozenset(fold_word(w) for w in [
    "लंबा", "लंबी", "लंबे", "ऊंचा", "ऊंची", "ऊंचे", "गहरा", "गहरी", "गहरे", "चौड़ा", "चौड़ी", "चौड़े"])
_BEFORE_MEASURED = _DIMENSION_ADJECTIVES | frozenset(fold_word(w) for w in [
    "इस", "उस", "इन", "उन", "यह", "वह", "ये", "वे", "कुल"])
#: Words that qualify a figure, standing between it and what comes before ("पटना से करीब 75 किलोमीटर",
#: "खदान करीब 120 मीटर").
QUALIFYING_WORDS = frozenset(fold_word(w) for w in [
    "करीब", "लगभग", "तकरीबन", "करीबन", "कोई", "महज", "सिर्फ", "केवल", "मात्र"])
#: Words of a figure's qualifier that may stand between its number and its noun ("4,000 से ज्यादा
#: हथियार", "20 से अधिक राइफलें"): they name no type.
_QUALIFIER_WORDS = QUALIFYING_WORDS | frozenset(fold_word(w) for w in [
    "से", "ज्यादा", "ज़्यादा", "अधिक", "कम", "ऊपर", "तक", "के", "कुल", "भी", "और"])
#: Dimension nouns a distance may be the value of ("सुरंग की लंबाई 2.4 किलोमीटर").
_DIMENSIONS = frozenset(fold_word(w) for w in ["लंबाई", "ऊंचाई", "ऊँचाई", "गहराई", "चौड़ाई"])


def measured_object(sentence: str, start: int, end: int) -> str:
    """The stem of the object a distance measures: the noun right after it, past a dimension
    adjective and a demonstrative ("22 मीटर पाइप" -> पाइप, "40 मीटर लंबा हिस्सा" -> हिस्सा, "2.4 किमी
    लंबी इस सुरंग" -> सुरंग), the head of a genitive there ("4 मीटर ऊंचे कंक्रीट के तटबंध" -> तटबंध), else the owner of a dimension noun before it ("सुरंग की कुल लंबाई 2.4
    किलोमीटर" -> सुरंग); "" when neither is named. Two distances of different objects (a pipe pushed
    in, the section that caved in, the whole tunnel) are different measures."""
    before, _, after = _window(sentence, start, end)
    if after and after[-1] == "और" and after[0] in _DIMENSION_ADJECTIVES:
        # the window stops at the next figure: "233 मीटर लंबा और 1.25 मीटर चौड़ा यह पुल" names one object
        split = _split(sentence, start, end)
        after = list(split[2][:WINDOW]) if split else after
    k = 0
    while k < len(after):
        w = after[k]
        if w in _BEFORE_MEASURED or unit_word(w) or (
                # "233 मीटर लंबा और 1.25 मीटर चौड़ा यह पुल": a second dimension of the same object
                k and (w == "और" and after[k - 1] in _DIMENSION_ADJECTIVES or after[k - 1] == "और" and _DIGIT.search(w))):
            k += 1
            continue
        break
    if k < len(after) and after[k] not in _NOT_MEASURED and not _DIGIT.search(after[k]):
        if k and k + 2 < len(after) and after[k + 1] in _GENITIVE and after[k + 2] not in _NOT_MEASURED \
                and not _DIGIT.search(after[k + 2]):
            return _direct(after[k + 2])  # "375 मीटर लंबा यह स्टील का पुल": the bridge, not its steel
        return _direct(after[k])
    if k and after[0] in _DIMENSION_ADJECTIVES and (k == len(after) or after[k] in _NOT_MEASURED):
        # "खदान करीब 120 मीटर गहरी है": the noun the figure is said of, before it
        j = len(before) - 1
        while j >= 0 and before[j] in QUALIFYING_WORDS:
            j -= 1
        if j >= 0 and before[j] not in _NOT_MEASURED and not _DIGIT.search(before[j]):
            return _direct(before[j])
    for i in range(len(before) - 1, 1, -1):
        if before[i] in _DIMENSIONS and before[i - 1] in _GENITIVE or (
                before[i] in _DIMENSIONS and i >= 3 and before[i - 1] == "कुल" and before[i - 2] in _GENITIVE):
            owner = before[i - 2] if before[i - 1] in _GENITIVE else before[i - 3]
            return "" if owner in _NOT_MEASURED else _direct(owner)
    return ""


def names_thing(kind: str, thing: str, noun: str) -> bool:
    """True when ``noun`` is one of the cue words of ``thing`` ("315 मिमी बारिश": rain is the thing
    measured, not an object whose length it is)."""
    record = REGISTRY.get(kind)
    if record is None or not noun:
        return False
    return any(_direct(fold_word(cue.lstrip("=>").split(" ", 1)[0])) == noun
               for cue in record.things.get(thing.split(" ", 1)[0], ()))


def _direct(word: str) -> str:
    """A noun in its direct singular form: plural and oblique endings off, "-े" back to "-ा" ("मलबे"
    -> "मलबा", "हिस्से" -> "हिस्सा"), so that outlets' case forms name one object."""
    word = _stem(word)
    return word[:-1] + "ा" if word.endswith("े") and len(word) > 2 else word


#: How many words before a figure a limiting group may stand ("महिलाओं का मतदान प्रतिशत 71.6").
GROUP_REACH = 5


@cache
def _groups() -> dict[str, str]:
    return {fold_word(w): group for group, words in (REGISTRY.extra.get("groups") or {}).items()
            for w in words}


def counted_group(sentence: str, start: int) -> tuple[str, str]:
    """(group, cue) the figure at ``start`` is limited to — a group word and a genitive in its
    clause just before it ("पुरुषों का 62.8 प्रतिशत" -> men) — else ("", "")."""
    before = _window(sentence, start, start)[0][-GROUP_REACH:]
    groups = _groups()
    for i in range(len(before) - 1):
        if before[i] in groups and before[i + 1] in _GENITIVE:
            return groups[before[i]], f"{before[i]} {before[i + 1]}"
    return "", ""


@cache
def _sectors() -> dict[str, str]:
    return {fold_word(w): sector for sector, words in (REGISTRY.extra.get("sectors") or {}).items()
            for w in words}


@cache
def _sector_nouns() -> frozenset[str]:
    return frozenset(fold_word(w) for w in REGISTRY.extra.get("sector_nouns") or ())


def counted_sector(sentence: str, start: int) -> tuple[str, str]:
    """(sector, cue) the figure at ``start`` is limited to — a sector word and its noun in its clause
    just before it ("विनिर्माण क्षेत्र की वृद्धि दर 8.9 प्रतिशत" -> manufacturing, "असिंचित फसल के लिए
    17,000 रुपये" -> unirrigated) — else ("", "")."""
    before = _window(sentence, start, start)[0][-GROUP_REACH:]
    sectors, nouns = _sectors(), _sector_nouns()
    for i in range(len(before) - 1):
        if before[i] in sectors and before[i + 1] in nouns:
            return sectors[before[i]], f"{before[i]} {before[i + 1]}"
    return "", ""


@cache
def _payees() -> list[tuple[tuple[str, ...], str]]:
    """(folded phrase, whom it names) for every payee: money's recipient things (cues.yaml
    ``recipients``: "मृतकों के परिजनों" -> victims' families) and the groups ("महिलाओं" -> women);
    longest first."""
    money = REGISTRY["money"].things if "money" in REGISTRY else {}
    pairs = [(tuple(fold_word(w) for w in phrase.split()), name)
             for thing, name in language_cues().recipients.items() for phrase in money.get(thing, ())]
    pairs += [((w,), group) for w, group in _groups().items()]
    return sorted(pairs, key=lambda p: -len(p[0]))


def payee(sentence: str, start: int) -> tuple[str, str]:
    """(whom, cue) a payment at ``start`` goes to, named as a dative in its clause before it
    ("मृतकों के परिजनों को दी जाने वाली सहायता राशि 6 लाख रुपये" -> victims' families, "महिलाओं को हर
    महीने 1,500 रुपये" -> women), else ("", "")."""
    before = _window(sentence, start, start)[0]
    for i in range(len(before) - 1, -1, -1):
        if before[i] != "को":
            continue
        for phrase, name in _payees():
            n = len(phrase)
            if i >= n and tuple(before[i - n:i]) == phrase:
                return name, " ".join(before[i - n:i + 1])
    return "", ""


def base_thing(thing: str) -> str:
    """The thing without the group or victims it is limited to ("turnout of women" -> "turnout")."""
    return thing.split("of ")[0].strip()


@cache
def _conditions() -> tuple[tuple[str, tuple[str, ...]], ...]:
    raw = REGISTRY.extra.get("conditions") or {}
    return tuple((c, tuple(_words(w))) for c, words in raw.items() if c != "of" for w in words)


@cache
def _conditioned() -> frozenset[str]:
    """Things that can be destroyed or damaged (``conditions.of``)."""
    return frozenset(fold_word(str(w)) for w in (REGISTRY.extra.get("conditions") or {}).get("of") or ())


def _condition(sentence: str, start: int, end: int) -> tuple[str, str]:
    """(condition, cue): what became of the things counted, from the words after the figure in its
    clause ("24 मकान पूरी तरह ध्वस्त" -> destroyed, "61 मकानों को आंशिक नुकसान" -> damaged), else ("", "")."""
    after = _window(sentence, start, end)[2]
    best: tuple[int, int, str, str] | None = None
    for rank, (condition, phrase) in enumerate(_conditions()):
        hits = _find(after, phrase)
        if hits and (best is None or (hits[0], rank) < best[:2]):
            best = (hits[0], rank, condition, " ".join(phrase))
    return (best[2], best[3]) if best else ("", "")


#: Words on each side of a figure that may name its phase ("13 नवंबर को पहले चरण में").
PHASE_REACH = 8
#: The phase of a date given as one of several ("13 और 20 नवंबर को दो चरणों में").
SEVERAL_PHASES = "several"


@cache
def _phases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    raw = REGISTRY.extra.get("phases") or {}
    return tuple((p, tuple(_words(w))) for p, words in raw.items() for w in words)


def counted_phase(sentence: str, start: int, end: int, listed: bool = False) -> tuple[str, str]:
    """(phase, cue) of the poll the figure at ``start:end`` belongs to ("पहले चरण में 66.65 प्रतिशत"
    -> "phase 1"; "13 और 20 नवंबर को दो चरणों में" -> ``SEVERAL_PHASES``), the nearest in its clause
    before the next figure; ``listed``: a date may be the first of a list, read past the dates after
    it ("13 नवंबर और 20 नवंबर को दो चरणों में"). ("", "") when none is named."""
    before, own, after = _window(sentence, start, end)
    if listed:
        split = _split(sentence, start, end)
        tail = split[2] if split is not None else _words(sentence[end:])
        after = []
        for w in tail:
            if w in _BOUNDARY or w in _CLAUSE_WORDS:
                break
            after.append(w)
    before, after = before[-PHASE_REACH:], after[:PHASE_REACH + 4 * listed]
    best: tuple[int, str, str] | None = None
    present = {*before, *after}  # most phrases' first word is not there: skip them cheaply
    for phase, phrase in _phases():
        if phrase[0] not in present:
            continue
        for i in _find(before, phrase):
            gap = len(before) - i - len(phrase)
            if best is None or gap < best[0]:
                best = (gap, phase, " ".join(phrase))
        for i in _find(after, phrase)[:1]:
            if not listed and any(w in _CONJ for w in after[:i]):
                continue  # "7.8 प्रतिशत और एक साल पहले … 5.6 प्रतिशत": the next figure's
            if best is None or i < best[0]:
                best = (i, phase, " ".join(phrase))
    return (best[1], best[2]) if best else ("", "")


def designated_type(text: str, noun: str) -> str:
    """The type a figure's text names between its number and its noun ("2 एके-47 राइफल" -> "एके-47",
    "6 बीजीएल लॉन्चर" -> "बीजीएल"), folded; "" when nothing stands between ("कुल 26 हथियार")."""
    words = [fold_word(w) for w in text.split()]
    tail = [fold_word(w) for w in noun.split()]
    if not tail or words[-len(tail):] != tail:
        return ""
    words = words[:-len(tail)]
    numbers = number_words().keys() | multiplier_words().keys()
    last = max((i for i, w in enumerate(words) if _DIGIT.search(w) and not _LETTERS.search(w) or w in numbers),
               default=-1)
    typed = [w for w in words[last + 1:] if w not in _QUALIFIER_WORDS]  # "4,000 से ज्यादा हथियार": no type
    return " ".join(typed) if last >= 0 else ""


def named_group(noun: str) -> str:
    """The group a counted noun names ("महिलाएं" -> women), else the noun's stem ("बच्चों" -> बच्च)."""
    words = [fold_word(w) for w in noun.split()]
    if not words:
        return ""
    return _groups().get(words[-1], _stem(words[-1]))
