"""Attribution of a claim: who the sentence says it comes from.

"<source> के अनुसार", "<source> का अनुमान है कि", "X ने कहा कि": the source phrase
becomes a canonical name: a person, an entity, or a state with a glossed source noun
("रूस की खुफिया एजेंसी" -> "Russian intelligence").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..model import EntityMention
from .actors import Attribution, Role, entity_roles
from .cues import Cues, cues
from .tokens import Sent, is_boundary, tokenise, wordset

_SPEECH = wordset(
    "कहा बताया दावा आरोप कहना अनुमान मानना कहते कहती बोले बोली लिखा जताई जताया चेताया",
)


def _demonym(name: str, d: Cues) -> str:
    if name in d.demonyms:
        return d.demonyms[name]
    for key, adj in d.demonyms.items():
        if name.endswith(" " + key):
            return name[: -len(key)] + adj
    if name.endswith("a"):
        return name + "n"
    return name


def _source(sentence: str, s: Sent, i: int, j: int, roles: Sequence[Role], d: Cues) -> tuple[str, tuple]:
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


def _phrase_start(s: Sent, k: int, d: Cues) -> int:
    """First token of the source phrase ending before token ``k``: back over its words (titles,
    possessors: "पाकिस्तानी सेना के प्रवक्ता") to a boundary or a case marker, at most 10 words."""
    b = k
    while b > 0 and k - b < 10:
        w = s.words[b - 1]
        if (is_boundary(w) and w not in "()") or w in d.agent or w in d.dative or w in d.locative \
                or w in d.target or (w in d.source and b - 1 > 0):
            break  # a bracketed short name stays inside: "ज्वाइंट चीफ्स ऑफ स्टाफ (जेसीएस)"
        b -= 1
    return b


@lru_cache(maxsize=256)
def attributions(sentence: str, entities: tuple[EntityMention, ...]) -> tuple[Attribution, ...]:
    """Every attribution of ``sentence``: source phrases before a cue, speakers of a कि clause."""
    d = cues()
    s = tokenise(sentence)
    roles = entity_roles(sentence, entities)
    out: list[Attribution] = []
    n = len(s.words)
    k = 0
    starts = d.attribution.by_first  # most words start no cue: one dict probe skips them
    while k < n:
        hit = d.attribution.match(s.words, k) if s.words[k] in starts else None
        if not hit:
            k += 1
            continue
        b = _phrase_start(s, k, d)
        src, ents = _source(sentence, s, b, k, roles, d)
        out.append(Attribution(b, k + hit[1], s.clause[k], src, ents))
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
                # the speaker's whole phrase: "पाकिस्तानी सेना के प्रवक्ता … चौधरी ने दावा किया कि"
                first = _phrase_start(s, r.first, d)
                out.append(Attribution(first, c, s.clause[c - 1] if c else 0, r.ent.name, (r.ent,)))
    return tuple(out)
