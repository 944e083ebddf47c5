"""Sides that are not states: security forces against an armed group or protesters, and whose arms
a document's figures are.

GUIDE: a side's people and things take as subject the side they belong to, the other party as
object. Between states the actors' rules decide (``actors``, ``roles``); here, what a whole report
says decides: who the group is (Maoists, terrorists, protesters, or the organisation it names),
who faces it (the state's forces, a country's police, "security forces"), and which side owns every
figure of a kind of arms. The words are data (``cues.yaml``: ``side_nouns``, ``security_forces``).
Hand-written: no library tells a Hindi report's sides.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from ..model import Claim
from ..normalize import fold_word
from .actors import INFERRED_REASONS
from .cues import cues
from .kind import ARMS_KINDS, LOSS_KINDS, SIDE_KINDS, reason_noun

if TYPE_CHECKING:
    from .roles import ClaimFields

_INDIA = "India"
#: People an attack's toll names as its victims ("नौ पर्यटकों की मौत", "14 लोग घायल").
_VICTIM_NOUNS = frozenset(fold_word(w) for w in [
    "लोग", "लोगों", "पर्यटक", "पर्यटकों", "नागरिक", "नागरिकों", "श्रद्धालु", "श्रद्धालुओं", "यात्री", "यात्रियों",
    "मजदूर", "मजदूरों", "ग्रामीण", "ग्रामीणों"])


class Sides(NamedTuple):
    """What a report says of its sides: the group (``side_nouns``: Maoists, terrorists, protesters),
    the organisation it names as that group, the country it is about, and whether it names the police."""

    group: str
    group_name: str = ""
    home: str = ""
    police: bool = False


def _counted_head(f: ClaimFields) -> str:
    """The folded first word of the noun the figure counts ("DRG के दो जवान" -> जवान), or ""."""
    noun = reason_noun(f.reasons.get("kind", "")).split()
    return fold_word(noun[0]) if noun else ""


def against_group(f: ClaimFields, sides: Sides, places: Collection[str]) -> None:
    """Security forces against a group: a figure of a side's people or arms is the forces' when its
    noun names them ("DRG के दो जवान शहीद"), the group's when its noun names the group ("मारे गए
    नक्सलियों की संख्या बढ़कर 31") or, in an encounter, names nobody ("30 शवों", "कुल 26 हथियार"); in a
    report of an attack (cues ``attackers``: terrorists) a toll of people or of nobody named is the
    victims', the state's ("कम से कम नौ पर्यटकों की मौत"). The object is the other side. ``places``:
    the places and states the document names (a subject that is one names no side)."""
    d = cues()
    forces, force_nouns = d.security_forces
    attack = sides.group in d.attacker_groups
    if attack:
        forces = sides.home or _INDIA  # "सेना ने दो आतंकियों को मार गिराया": the state's forces
    elif sides.home and sides.home != _INDIA and sides.police:
        forces = f"{sides.home} Police"  # "पुलिस" in a report from Bangladesh: Bangladesh's police
    named = sides.group_name and d.named_groups.get(sides.group_name) == sides.group
    group = sides.group_name if named else sides.group
    if f.kind not in SIDE_KINDS and f.kind not in ("people", "count"):
        return
    head = _counted_head(f)
    the_group = f.subject in (group, sides.group)
    guessed = the_group and f.reasons.get("subject", "").startswith(INFERRED_REASONS)
    unnamed = f.kind in LOSS_KINDS | ARMS_KINDS and (not f.subject or f.subject in places or guessed)
    if head in force_nouns and f.kind in SIDE_KINDS:
        side = forces
    elif d.side_nouns.get(head) == sides.group:
        side = group
    elif attack and f.kind in LOSS_KINDS and (unnamed or head in _VICTIM_NOUNS or the_group):
        side = forces  # an attack's victims, whoever the clause says inflicted it: the state's people
    elif unnamed and head not in _VICTIM_NOUNS:
        side = group  # an encounter's bodies and arms ("30 शवों", "कुल 26 हथियार")
    else:
        return
    other = group if side == forces else forces
    if f.subject != side or f.object != other:
        f.subject, f.object = side, other
        f.reasons["subject"] = f"{f.reasons.get('subject', '')} → {side} ({forces} against {group})"
        f.reasons["object"] = f"the other side: {other}"


def arms_of_one_side(claims: Sequence[Claim], states: Mapping[str, int]) -> None:
    """A figure of a side's arms whose clause names no side takes the side the document names as the
    owner of every other figure of that kind ("ईरान ने 200 मिसाइलें दागीं … IRGC के मुताबिक शनिवार
    रात भी करीब 50 मिसाइलें दागी गईं": Iran's, not the topic's). Nothing changes when the document
    gives that kind to two sides (Iran's F-14s and Israel's F-35s), or to none. ``states``: the
    states the document names -> mentions (the other side is the object)."""
    owners: dict[str, set[str]] = {}
    for c in claims:
        if c.kind in ARMS_KINDS and c.subject and not c.reasons.get("subject", "").startswith(INFERRED_REASONS):
            owners.setdefault(c.kind, set()).add(c.subject)
    for c in claims:
        found = owners.get(c.kind, set())
        if len(found) != 1 or not c.reasons.get("subject", "").startswith(INFERRED_REASONS):
            continue
        (owner,) = found
        if owner == c.subject:
            continue
        other = next((n for n in sorted(states, key=lambda n: -states[n])[:2] if n != owner), "")
        c.subject, c.reasons["subject"] = owner, f"{owner} (whose {c.kind} every other figure of the document is)"
        c.object = other if c.object in ("", owner) else c.object
        if c.object:
            c.reasons["object"] = c.reasons.get("object") or "the other side the document is about"
