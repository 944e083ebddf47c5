"""Doc -> claims: one typed ``Claim`` per quantity or event date in a processed ``Doc``.

The mentions on the ``Doc`` (folded-text offsets) are taken sentence by
sentence; :func:`factcheck.lang.roles.describe` decides kind, subject, object,
status, event and attribution; offsets are mapped back to the original text.
What earlier sentences established (``discourse.Discourse``: the topic, its
object, who holds which office) fills in clauses that omit it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc

from .kinds import REGISTRY
from .lang import comparison, roles
from .lang.discourse import Discourse
from .lang.sides import arms_of_one_side
from .model import Claim, DateMention, EntityMention, Quantity
from .normalize import OffsetMap


def furniture_sentences(doc: Doc) -> frozenset[int]:
    """Indices of ``doc``'s sentences that lie wholly in page furniture (a linked headline, a menu)."""
    furniture: Sequence[tuple[int, int]] = doc._.fc_furniture or ()
    if not furniture:
        return frozenset()
    _, offsets = doc._.fc_fold
    spans = ((si, offsets.span(a, b)) for si, (a, b) in enumerate(doc._.fc_sents))
    return frozenset(si for si, (o_a, o_b) in spans if any(fs <= o_a and o_b <= fe for fs, fe in furniture))


def body_text(doc: Doc, furniture: frozenset[int] | None = None) -> str:
    """The folded text of ``doc`` with its furniture sentences (``furniture``, else found) blanked, same
    length and offsets: a linked headline ("यह भी पढ़ें: मॉस्को कॉन्सर्ट हॉल हमले में …") names no event of
    the article."""
    text, _ = doc._.fc_fold
    furniture = furniture_sentences(doc) if furniture is None else furniture
    if not furniture:
        return text
    out = list(text)
    for si in furniture:
        a, b = doc._.fc_sents[si]
        out[a:b] = " " * (b - a)
    return "".join(out)


def build_claims(doc: Doc) -> list[Claim]:
    """The claims of a ``Doc`` processed by the factcheck components."""
    text, offsets = doc._.fc_fold
    original = doc._.fc_text or doc.text  # Doc.text is rebuilt on every access
    sentences: list[tuple[int, int]] = doc._.fc_sents
    furniture: Sequence[tuple[int, int]] = doc._.fc_furniture or ()
    entities: dict[int, list[EntityMention]] = doc._.fc_sentence_entities or {}
    mentions = _by_sentence(sentences, [*(doc._.fc_quantities or []), *(doc._.fc_dates or [])])
    claims: list[Claim] = []
    parsed = doc.has_annotation("DEP")
    discourse = Discourse()

    in_furniture = furniture_sentences(doc)
    # a linked headline ("ये भी पढ़ें: महाकुंभ 2025 …") names no place, gathering or event of this document
    discourse.preview([(text[a:b], [] if si in in_furniture else entities.get(si, []))
                       for si, (a, b) in enumerate(sentences)], body_text(doc, in_furniture),
                      year=doc._.fc_published.year if doc._.fc_published else None)
    previous: list[Claim] = []  # the claims of the sentence before, which this one may deny
    for si, (s_start, s_end) in enumerate(sentences):
        sentence = text[s_start:s_end]
        ents = entities.get(si, [])
        here: list[Claim] = []
        if mentions[si]:
            o_start, o_end = offsets.span(s_start, s_end)
            sentence_text = original[o_start:o_end]
            for m in sorted(mentions[si], key=lambda m: m.start):
                if isinstance(m, DateMention) and comparison.relative_year(text[m.start:m.end]):
                    continue  # "इस साल", "पिछले साल" alone: the period of the sentence's figures, no claim
                claim = _claim(sentence, m, s_start, ents, discourse)
                claim.start, claim.end = offsets.span(claim.start, claim.end)
                claim.text = original[claim.start:claim.end]
                claim.sentence_index, claim.sentence = si, sentence_text
                claim.furniture = any(fs < claim.end and claim.start < fe for fs, fe in furniture)
                if parsed:
                    _roles_from_parse(doc, claim, ents, offsets, s_start)
                here.append(claim)
        if previous or here:
            _apply_denial(sentence, s_start, offsets, here, previous)
        remark = comparison.provisional_remark(sentence) if previous and not here else ""
        for claim in previous if remark else ():  # "यह अनंतिम आंकड़ा है": the figures before are provisional
            claim.reasons["provisional"] = f"next sentence: {remark}"
        claims += here
        previous = here
        discourse.update(sentence, ents)
    _deny_repeats(claims)
    arms_of_one_side(claims, discourse.doc_states)
    return claims


def _deny_repeats(claims: list[Claim]) -> None:
    """A figure the document denies is denied wherever it repeats it: the headline "भारत के 5
    विमान गिराए" that the body reports as a claim India rejected is the same claim."""
    denied = {(c.kind, c.value_low, c.value_high) for c in claims if c.status == "claimed_false"}
    for c in claims:
        if c.status == "actual" and c.kind != "date" and (c.kind, c.value_low, c.value_high) in denied:
            c.status = "claimed_false"
            c.reasons["status"] = "the document denies this figure where it repeats it → claimed_false"


def _claim(
    sentence: str, m: Quantity | DateMention, s_start: int, ents: list[EntityMention],
    discourse: Discourse,
) -> Claim:
    start, end = m.start - s_start, m.end - s_start
    is_date = isinstance(m, DateMention)
    fields = discourse.describe(sentence, start, end, ents, unit="" if is_date else m.unit, is_date=is_date)
    claim = Claim(
        start=start + s_start,
        end=max(end, fields.end) + s_start,
        text="",
        kind="date" if is_date else fields.kind,
        subject=fields.subject,
        object=fields.object,
        status=fields.status,
        event=fields.event,
        attributed_to=fields.attributed_to,
        thing=fields.thing,
        inferred=fields.inferred,
        reasons=dict(fields.reasons),
    )
    if is_date:
        claim.when = m.when
        return claim
    claim.value_low, claim.value_high = m.value_low, m.value_high
    claim.qualifier, claim.unit = m.qualifier, m.unit
    kind = REGISTRY.get(claim.kind)
    if kind is not None and kind.most is not None and (claim.value_low or 0) > kind.most:
        # "डिंगरी काउंटी की आबादी करीब 62,000 है" after a magnitude: too large to be one
        claim.reasons["kind"] = f"{claim.reasons.get('kind', '')}; above {kind.most:g} → count"
        claim.kind, kind = "count", REGISTRY["count"]
    if kind is not None and not claim.unit and kind.implied_unit:
        claim.unit = kind.implied_unit  # "सरकार देगी चार-चार लाख": rupees
    if kind is not None and kind.reported_units and m.unit in kind.units:
        # GUIDE reports distances in km or m: "223.6 मिमी" is 0.2236 m
        claim.value_low, claim.unit = kind.reported(m.value_low, m.unit)
        claim.value_high = kind.reported(m.value_high, m.unit)[0]
    return claim


def _apply_denial(sentence: str, s_start: int, offsets: OffsetMap, here: list[Claim],
                  previous: list[Claim]) -> None:
    """"… इजरायल ने इन दावों का खंडन किया": the figures denied become claimed_false.

    Those are the ones stated earlier in the same sentence ("X ने दावा किया कि … 7
    विमान नष्ट हुए, लेकिन Y ने इन दावों का खंडन किया"), else those of the sentence before.
    """
    cue = roles.denies_previous(sentence)
    if not cue:
        return
    at = sentence.find(cue)
    cue_start = offsets.start(s_start + (at if at >= 0 else len(sentence)))
    denied = [c for c in here if c.end <= cue_start] or previous
    where = "this sentence" if denied is not previous else "next sentence"
    for claim in denied:
        if claim.kind != "date" and claim.status == "actual":
            claim.status = "claimed_false"
            claim.reasons["status"] = f"{where}: {cue} → claimed_false"


def _roles_from_parse(doc: Doc, claim: Claim, ents: list[EntityMention], offsets: OffsetMap, s_start: int) -> None:
    """Where a backend parsed the sentence, its dependency tree decides subject and object.

    A role is taken from the tree only when the word it points at is a known entity;
    otherwise the case-marker rules' answer stands.
    """
    from .backends.stanza import dependency_roles

    subject, obj, why = dependency_roles(doc, claim.start, claim.end)
    for span, field in ((subject, "subject"), (obj, "object")):
        if span is None:
            continue
        fs, fe = offsets.folded(span[0]) - s_start, offsets.folded(span[1]) - s_start
        name = next((e.name for e in ents if e.start < fe and fs < e.end), "")
        if name:
            setattr(claim, field, name)
            claim.reasons[field] = f"dependency parse: {why}"


def _by_sentence(sentences: list[tuple[int, int]], mentions: list) -> list[list]:
    """Mentions bucketed by the sentence they start in (sentences are sorted, disjoint)."""
    starts = [s for s, _ in sentences]
    buckets: list[list] = [[] for _ in sentences]
    for m in mentions:
        i = bisect_left(starts, m.start + 1) - 1
        if 0 <= i < len(sentences) and m.end <= sentences[i][1]:
            buckets[i].append(m)
    return buckets
