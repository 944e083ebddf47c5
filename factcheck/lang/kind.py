"""Kind of a claim: what the number counts.

From the noun the number counts ("10,000 सैनिक" -> troops), skipping qualifiers and
adjectives, following genitive heads ("तोप और टैंक के गोले" -> shells, "25 लोगों की
मौत" -> killed) and outcome words ("10 लोग घायल"); else a unit (percent, money,
duration), the group the count is drawn from ("मृतकों में 5 बच्चे"), the measure
named before ("मृतकों की संख्या बढ़कर 50") or the next figure of a list.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from ..kinds import REGISTRY
from ..normalize import fold_word
from .cues import Cues, Lexicon, cues
from .numerals import multiplier_words, number_words
from .status import is_future
from .tokens import TOKEN, Sent, clause_span, is_boundary, is_number, wordset

_STOP_SCAN = wordset(
    "ने को में पर द्वारा है हैं था थे थी थीं हो कि जो तथा व एवं या",
)
# Kind sets by trait, from the registry (``factcheck.kinds``).
CASUALTY_KINDS = REGISTRY.with_trait("casualty") | {"people"}
#: Losses of life and limb (killed, wounded, missing ...): in a disaster, always the place's.
LOSS_KINDS = REGISTRY.with_trait("casualty")
_HEAD_KINDS = REGISTRY.with_trait("genitive_head")
OWN_KINDS = REGISTRY.with_trait("tally")
LISTED_KINDS = REGISTRY.with_trait("listed")
#: Figures a head of state or an office holder gives for the state or institution (money, counts, percentages).
STATE_FIGURES = REGISTRY.with_trait("state_figure")
SIDE_KINDS = REGISTRY.with_trait("side")
#: Kinds whose subject, in a disaster, is where it happened (tolls, magnitude, distance ...).
PLACE_KINDS = REGISTRY.with_trait("place_subject")
_OUTCOME_FROM = REGISTRY.with_trait("counts_people")
ELLIPTIC_KINDS = REGISTRY.with_trait("elliptic")
#: Kinds that count people (workers, troops, people ...).
PERSON_KINDS = _OUTCOME_FROM
#: A side's arms (missiles, drones, aircraft ...), not its people: fired or flown at the other side.
ARMS_KINDS = SIDE_KINDS - PERSON_KINDS - LOSS_KINDS
_TIME_UNITS = frozenset({"day", "week", "month", "year", "decade", "hour", "minute", "century"})
_ADVERBS = wordset("अब अभी फिलहाल वहां यहां भी ही तक आज कल शामिल")
#: How far before a figure's end its vehicle is looked for ("बस की क्षमता 32 सीटों").
_BEFORE_CHARS = 60
#: How many words before a number may name its kind ("रिक्टर स्केल पर 6.8").
_BEFORE_WINDOW = 4


def reason_noun(why_kind: str) -> str:
    """The counted noun named in a kind's reason ("घरों → count" -> "घरों", "पुलिसकर्मियों … हत्या →
    killed" -> "पुलिसकर्मियों"), or "" when the kind came from no noun (a unit, a bare number, a date)."""
    if why_kind.startswith(("no measure noun", "unit ", "bare number", "date")):
        return ""
    return why_kind.split(" → ")[0].split(" … ")[0]


def counted_noun(text: str, pos: int) -> tuple[str, int, str] | None:
    """Kind, end offset and cue word of the noun counted by a number ending at ``pos``.

    Skips qualifiers and adjectives (a few words at most), follows genitive heads
    ("तोप और टैंक के गोले" -> shells) and outcome words after people ("10 लोग घायल").
    """
    d = cues()
    toks = []
    for m in TOKEN.finditer(text, pos):
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
            before = [m.group() for m in TOKEN.finditer(text, max(0, pos - _BEFORE_CHARS), pos)] \
                if kind == "seats" else []
            kind, j, cue = _refine(words, i, j, kind, d, before)
            return kind, toks[j - 1].end(), cue
        if w in d.nationals and not unknown and (i + 1 >= len(words) or ends_noun_phrase(words, i + 1, d)):
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
        if (is_number(w) and i > 0) or is_boundary(w) or (w in _STOP_SCAN) or w in d.finite:
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


def ends_noun_phrase(words: Sequence[str], k: int, d: Cues) -> bool:
    """Whether ``words[k]`` cannot continue a noun phrase: a boundary, case marker or verb."""
    w = words[k]
    return (is_boundary(w) or w in _STOP_SCAN or w in d.finite or w in d.outcomes or w in d.conj
            or w in d.genitive or w in d.source or w in d.aux or is_future(w, d)
            or w in _ADVERBS or w.startswith(("रह", "फंस", "बस", "लौट", "निकाल", "पहुंच"))
            # "40 से बढ़ाकर 52 कर दी गई", "7.4 से संशोधित कर 7.5 कर दी": the light verb after a figure
            or (w == "कर" and k + 1 < len(words) and words[k + 1].startswith(_LIGHT_VERB_AFTER)))


#: What follows "कर" when it is the light verb of a figure made so ("52 कर दी", "7.5 कर दिया").
_LIGHT_VERB_AFTER = ("दी", "दिय", "दिए", "दिये", "ली", "लिय", "लिए")


#: "X वाली/वाले Y": a Y having X.
_HAVING = frozenset({"वाली", "वाले", "वाला"})


#: How many words before a figure a vehicle or its capacity may stand ("बस की क्षमता 32 सीटों").
_VEHICLE_REACH = 3


def _vehicle_before(before: Sequence[str], d: Cues, having: bool) -> bool:
    """Whether the words ``before`` a figure (the figure's own words at their end) name a capacity
    that is no house's ("बस की क्षमता 32 सीटों", "उसकी क्षमता 43 सीटों"), or a vehicle having the seats
    ("बस 40 सीटों वाली थी"); a bare "बस 40 सीटों पर" is "just 40 seats"."""
    b = len(before) - 1
    while b >= 0 and (is_number(before[b]) or before[b] in number_words() or before[b] in multiplier_words()):
        b -= 1  # the figure itself
    near = before[max(0, b + 1 - _VEHICLE_REACH):b + 1]
    if any(w in d.capacity for w in near) and not any(w in d.houses for w in before):
        return True  # "उसकी क्षमता 43 सीटों की थी": a capacity no house's
    return having and any(w in d.vehicles for w in near)


def _refine(words: Sequence[str], i: int, j: int, kind: str, d: Cues,
            before: Sequence[str] = ()) -> tuple[str, int, str]:
    """Follow a genitive head or an outcome word after the noun ``words[i:j]``."""
    cue = " ".join(words[i:j])
    if kind == "seats" and j + 1 < len(words) and words[j] in _HAVING and words[j + 1] in d.vehicles:
        return "count", j + 2, " ".join(words[i:j + 1])  # "32 सीटों वाली बस": a vehicle's seats
    having = j < len(words) and words[j] in _HAVING
    if kind == "seats" and before and _vehicle_before(before, d, having):
        # "बस 40 सीटों वाली थी", "बस की क्षमता 32 सीटों की थी": the vehicle's seats, named before
        end = j + 1 if having else j
        return "count", end, " ".join(words[i:end])
    k = j
    if k + 2 < len(words) and words[k] in d.conj and words[k + 2] in d.genitive \
            and not (is_number(words[k + 1]) or words[k + 1] in number_words()):
        k += 2  # "तोप और टैंक के गोले" (not "1,245 मरीज, तीन की मौत": another figure's loss)
    if k < len(words) and words[k] in d.genitive:
        head = d.nouns.match(words, k + 1)
        if head and head[0] in _HEAD_KINDS:
            end = k + 1 + head[1]
            return head[0], end, " ".join(words[i:end])
    head = d.nouns.match(words, j) if j < len(words) else None
    if head and head[0] in _HEAD_KINDS and head[0] != kind and not kind_has(head[0], "casualty"):
        end = j + head[1]  # "दस हजार टैंक गोले": a compound noun counts its head
        return head[0], end, " ".join(words[i:end])
    if kind_has(kind, "casualty") and j + 2 < len(words) and words[j] in d.genitive and words[j + 1] in d.kin \
            and words[j + 2] in d.dative:
        # "20 मृतकों के परिजनों को चेक सौंपे": the families paid are counted, not the toll
        return "count", j, " ".join(words[i:j + 2])
    if kind == "wounded":  # "3 घायलों ने दम तोड़ दिया", "2 घायलों ने इलाज के दौरान दम तोड़ दिया"
        for k in range(j, min(j + 6, len(words))):
            if words[k] in d.wounded_died:
                return "killed", j, f"{cue} … {words[k]}"
            if is_boundary(words[k]) or is_number(words[k]) or words[k] == "और":
                break
    if kind in _OUTCOME_FROM and not (kind == "count" and j < len(words) and words[j] in d.locative):
        # "12 जिलों में लोगों की जान गई": the loss happened in the places counted, not to them
        for k in range(j, min(j + 4, len(words))):
            w = words[k]
            if w in d.outcomes:
                return d.outcomes[w], j, f"{cue} … {w}"
            if w == "ने" and k + 1 < len(words) and words[k + 1] in d.outcomes:
                continue
            if is_boundary(w) or is_number(w) or w in {"ने", "और"}:
                break
    return kind, j, cue


def kind_has(kind: str, trait: str) -> bool:
    return kind in REGISTRY and trait in REGISTRY[kind].traits


def _named_before(s: Sent, ti: int) -> tuple[str, str] | None:
    """"रिक्टर स्केल पर 6.8", "तीव्रता 7.1", "मतदान प्रतिशत 71.6 रहा": a kind named by a word just
    before the number (not one that ends the figure before it)."""
    for k in range(ti - 1, max(ti - 1 - _BEFORE_WINDOW, -1), -1):
        w = s.words[k]
        if is_boundary(w) or is_number(w):
            return None
        for kind in REGISTRY.values():
            if kind.before and w in _before_words(kind.name):
                if k > 0 and is_number(s.words[k - 1]):
                    return None  # "20 प्रतिशत बढ़कर 500": the word is the figure before's
                return kind.name, w
    return None


@cache
def _before_words(kind: str) -> frozenset[str]:
    return frozenset(fold_word(w) for w in REGISTRY[kind].before)


#: Words for "the number of" (folded: आंकड़ा is written with a nukta the folded text drops).
COUNT_WORDS = frozenset(fold_word(w) for w in ("संख्या", "आंकड़ा", "आंकड़े", "तादाद", "गिनती"))
#: How far back a संख्या/आंकड़ा may stand ("मरने वालों की संख्या गुरुवार देर रात तक बढ़कर 47").
_COUNT_BEFORE_REACH = 8
#: How far before the people counted their outcome may stand: "मारे गए", then one adjective ("थाई").
_OUTCOME_REACH = 3


def _count_before(s: Sent, ti: int, d: Cues) -> tuple[str, str] | None:
    """"मृतकों की संख्या बढ़कर 50", "मौत का आंकड़ा 47 पहुंचा": the measure named before a संख्या/आंकड़ा
    (a counted noun, or a loss word such as मौत)."""
    for k in range(ti - 1, max(ti - 1 - _COUNT_BEFORE_REACH, 0), -1):
        if s.words[k] in COUNT_WORDS:
            g = k - 1
            if g > 0 and s.words[g] in d.genitive:
                for n in (1, 2, 3):
                    hit = d.nouns.match(s.words, g - n)
                    if hit and g - n >= 0 and hit[1] == n:
                        for b in range(g - n - 1, max(g - n - 1 - _OUTCOME_REACH, -1), -1):
                            if hit[0] in _OUTCOME_FROM and s.words[b] in d.outcomes:
                                # "मारे गए नक्सलियों की संख्या बढ़कर 31", "मारे गए थाई सैनिकों की संख्या":
                                # the people killed
                                return d.outcomes[s.words[b]], f"{' '.join(s.words[b:k + 1])}"
                        return hit[0], f"{' '.join(s.words[_owner(s, g - n, d):k + 1])}"
                if s.words[g - 1] in d.outcomes:
                    return d.outcomes[s.words[g - 1]], f"{' '.join(s.words[_owner(s, g - 1, d):k + 1])}"
            return None
        if is_boundary(s.words[k]) or is_number(s.words[k]):
            return None
    return None


def _owner(s: Sent, at: int, d: Cues) -> int:
    """Where the phrase of a loss word at ``at`` starts: at the people it is of ("थाई सैनिकों की मौत
    का आंकड़ा": their deaths are counted), else at the loss word itself."""
    if s.words[at] in d.outcomes and at >= 2 and s.words[at - 1] in d.genitive and d.nouns.match(s.words, at - 2):
        return at - 2
    return at


def _among(s: Sent, ti: int, d: Cues) -> tuple[str, str] | None:
    """"मृतकों में 5 बच्चे", "मृतकों में मुंबई के चार श्रद्धालु": the casualty group a count of people
    is drawn from; "मृतकों की संख्या 20 हो गई, जिनमें 14 आम नागरिक": the loss the relative refers to."""
    m = ti - 1
    while m >= 1 and (s.words[m] in d.conj or s.words[m] == ","):
        # "जिनमें 14 आम नागरिक और छह सैनिक", "मृतकों में 11 महिलाएं, 5 बच्चे और 2 पुरुष": the list's
        # first figure's
        prev = next((k for k in range(m - 1, max(-1, m - 6), -1)
                     if is_number(s.words[k]) or s.words[k] in number_words()), -1)
        if prev < 1:
            return None
        loss = d.nouns.match(s.words, prev + 1)
        if s.words[m] == "," and loss and loss[0] in CASUALTY_KINDS - {"people"} \
                and any(w in d.included for w in s.words[ti:]):
            # "18 मौतें, 11 महिलाएं और 5 बच्चे शामिल": the parts of the toll the list opens with
            return loss[0], f"{s.words[prev + 1]} … {next(w for w in s.words[ti:] if w in d.included)}"
        m = prev - 1
    if m >= 2 and s.words[m] in _GENITIVES and s.words[m - 2] == "में":
        m -= 2  # a place or group between: "मृतकों में मुंबई के चार श्रद्धालु"
    elif m >= 3 and s.words[m] in _GENITIVES and s.words[m - 3] == "में":
        m -= 3  # "मृतकों में उत्तर प्रदेश के 12 लोग"
    if m >= 1 and s.words[m] in _RELATIVES:
        for k in range(m - 1, max(-1, m - _RELATIVE_REACH), -1):  # the loss noun of the clause before
            hit = d.nouns.match(s.words, k)
            if hit and hit[0] in CASUALTY_KINDS - {"people"}:
                return hit[0], f"{s.words[k]} … {s.words[m]}"
        return None
    if m < 1 or s.words[m] != "में":
        return None
    for n in (1, 2, 3):
        if m - n < 0:
            break
        hit = d.nouns.match(s.words, m - n)
        if hit and hit[1] == n and hit[0] in CASUALTY_KINDS - {"people"}:
            return hit[0], " ".join(s.words[m - n:m])
    return None


def not_found(s: Sent, ti: int, d: Cues) -> str:
    """The words by which the clause after the figure at token ``ti`` says its people are not found
    ("दो मजदूरों का अब भी पता नहीं चल सका"), else ""."""
    clause = s.clause[min(ti, len(s.clause) - 1)]
    for k in range(ti, len(s.words) - 1):
        if s.clause[k] != clause:
            break
        if s.words[k] in d.locative and s.words[k + 1] in d.source:
            return ""  # "13 फंसे मजदूरों में से दो का पता नहीं": the two are missing, not the 13
        if s.words[k] in d.not_negation_before and s.words[k + 1] in d.negation:
            return f"{s.words[k]} {s.words[k + 1]}"
    return ""


def among_those_before(s: Sent, ti: int, d: Cues) -> bool:
    """Whether the figure at token ``ti`` is drawn from the figure of the sentence before: the
    sentence opens with "इनमें"/"उनमें" and says the part is included ("शामिल") after it."""
    return bool(s.words) and s.words[0] in d.among_these and any(w in d.included for w in s.words[ti:])


#: How many words before "में से" the whole a figure is drawn from may be named ("लापता 19 लोगों में से").
_WHOLE_REACH = 4


def part_of_another(s: Sent, first: int, kind: str) -> str:
    """The loss kind of the whole a figure at token ``first`` is drawn from with "में से", when it is
    another than ``kind`` ("लापता 19 लोगों में से चार के शव मिल गए": bodies found among the missing),
    else ""."""
    if first < 2 or tuple(s.words[first - 2:first]) != ("में", "से"):
        return ""
    before = s.words[max(0, first - 2 - _WHOLE_REACH):first - 2]
    for other in sorted(LOSS_KINDS):
        record = REGISTRY[other]
        if other != kind and any(w in record.outcomes or w in record.nouns for w in before):
            return other
    return ""


_GENITIVES = frozenset({"का", "की", "के"})
#: Relatives that draw a part from the figure before ("…, जिनमें 14 आम नागरिक शामिल हैं").
_RELATIVES = frozenset({"जिनमें", "जिसमें"})
#: How far back a relative's loss noun may stand.
_RELATIVE_REACH = 12


#: Smallest multiplier that makes a bare figure an amount (a lakh): "5 हजार" alone stays a count.
_AMOUNT_SCALE = 1e5


@cache
def _implying() -> list[tuple[str, Lexicon]]:
    """(kind, words that imply it) for every kind with ``implied_by`` words."""
    return [(k.name, Lexicon([(w, w) for w in k.implied_by])) for k in REGISTRY.values() if k.implied_by]


def implied_kind(s: Sent, first: int, last: int) -> tuple[str, str] | None:
    """(kind, cue) of a bare figure in lakhs or crores (tokens ``first:last``) whose clause says it
    is paid or given ("सरकार देगी चार-चार लाख", "परिजनों को 2-2 लाख", "5 लाख का मुआवजा"), else None."""
    scales = multiplier_words()
    if not any(scales.get(w, 0) >= _AMOUNT_SCALE for w in s.words[first:last]):
        return None
    span = clause_span(s, s.clause[min(first, len(s.clause) - 1)])
    for kind, words in _implying():
        for i in span:
            hit = words.match(s.words, i)
            if hit is not None:
                return kind, hit[0]
    return None


def elliptic(sentence: str, s: Sent, tail: int, d: Cues) -> tuple[str, str, int, int] | None:
    """"राजद को 34, कांग्रेस को 7 और वाम दलों को 5 सीटें मिलीं": a bare number takes the
    measure of the next figure of its list (up to the verb that ends it).

    Returns (kind, cue, start, end): that figure's kind, its counted noun, and its span
    (the number through the noun), where what it counts can be read for the whole list.
    """
    n = len(s.words)
    for k in range(tail, min(n, tail + 20)):
        w = s.words[k]
        if w in d.finite or w in ("।", "?", "!", "कि", "लेकिन", "जबकि"):
            return None
        if is_number(w) and (k + 1 >= n or not is_number(s.words[k + 1])):
            noun = counted_noun(sentence, s.ends[k])
            if noun and noun[0] != "count":
                return noun[0], noun[2], s.starts[k], noun[1]
    return None


#: How many words after "घायल <people>" a death may be told ("दो घायल पर्यटकों ने अस्पताल में तोड़ा दम").
_DIED_REACH = 6


def _died_after(sentence: str, at: int, d: Cues) -> str:
    """The death word after "घायल" and the people it describes ("घायल पर्यटकों ने … तोड़ा दम"), or ""."""
    words = [fold_word(w.strip(",;।!?")) for w in sentence[at:].split()[:_DIED_REACH + 1]]
    hit = d.nouns.match(words, 0) if words else None
    if hit is None or hit[0] != "people":
        return ""
    for w in words[1:]:
        if w in ("", "और", "जबकि", "लेकिन") or is_number(w):
            return ""
        if d.outcomes.get(w) == "killed":
            return w
    return ""


def kind_of(sentence: str, s: Sent, ti: int, end: int, unit: str, is_date: bool,
          d: Cues) -> tuple[str, int, str]:
    """(kind, end of the counted noun, reason) of the number (or date) ending at ``end``."""
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
    elif REGISTRY.by_unit(unit):
        by_unit = REGISTRY.by_unit(unit)  # km -> distance, hectare -> area, tonne -> weight
    if by_unit:
        if noun and noun[0] == by_unit:
            return by_unit, noun[1], f"{noun[2]} → {by_unit}"
        return by_unit, end, f"unit {unit} → {by_unit}"
    if unit and noun and (noun[0] in PERSON_KINDS or noun[0] in REGISTRY.with_trait("casualty")):
        # "2000 लीटर से ज्यादा पेट्रोल बना मौत का सामान": a quantity in litres is nobody's toll
        return "count", end, f"unit {unit} → count"
    tail = bisect_left(s.starts, end)
    if tail + 1 < len(s.words) and s.words[tail] in d.genitive and s.words[tail + 1] in d.bounty:
        # "62 लाख के इनामी नक्सलियों के शव": the reward on their heads, not the dead
        return "money", end, f"{s.words[tail]} {s.words[tail + 1]} → money (a bounty)"
    among = _among(s, ti, d) if not noun or noun[0] in PERSON_KINDS else None
    if among:  # "मरने वालों में 13 मतदान कर्मी शामिल हैं"
        return among[0], noun[1] if noun else end, f"{among[1]} में … → {among[0]}"
    died = _died_after(sentence, noun[1], d) if noun and noun[0] == "wounded" else ""
    if died:  # "दो घायल पर्यटकों ने अस्पताल में तोड़ा दम": the injured who died are the dead
        return "killed", noun[1], f"{noun[2]} … {died} → killed"
    if noun and noun[0] != "count":
        return noun[0], noun[1], f"{noun[2]} → {noun[0]}"
    named = _named_before(s, ti)
    if named and not noun:
        return named[0], noun[1] if noun else end, f"{named[1]} … → {named[0]}"
    before = _count_before(s, ti, d)
    if before:
        return before[0], end, f"{before[1]} → {before[0]}"
    if noun:
        return "count", noun[1], f"{noun[2]} → count"
    return "count", end, "no measure noun → count"
