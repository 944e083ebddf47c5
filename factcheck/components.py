"""spaCy components: thin wrappers that run ``factcheck.lang`` over a ``Doc``.

Each component reads the folded text the sentence component leaves in
``doc._.fc_fold`` and stores plain records (``model`` types, offsets in
folded-text coordinates) on ``Doc`` extensions; ``factcheck_claims`` turns them
into ``Claim``s with offsets into the original text. Entities also go to
``doc.ents`` and quantities and dates to ``doc.spans`` for spaCy-native use.

Every extension is declared once, in :data:`EXTENSIONS`, with who assigns it;
each factory declares what it ``assigns`` and ``requires`` (see
``nlp.analyze_pipes()``). The caller sets the inputs before the pipeline runs
(:func:`factcheck.pipeline.process`): ``fc_text``, ``fc_published``, ``fc_furniture``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .claims import body_text, build_claims
from .kinds import REGISTRY
from .lang import dates, numerals, roles
from .lang.gazetteer import Gazetteer, default_gazetteer
from .lang.published import stamp_spans
from .lang.sentences import split_sentences
from .model import DateMention, EntityMention, Quantity
from .normalize import OffsetMap, fold
from .stories import profile

#: The ``Doc`` extensions of the factcheck pipeline -> who assigns them and what they hold.
EXTENSIONS = {
    # inputs, set by the caller before the pipeline runs
    "fc_text": "caller (else factcheck_sentences, from Doc.text): the original text, str",
    "fc_published": "caller: the date relative dates resolve against, datetime.date or None",
    "fc_furniture": "caller: (start, end) spans of page furniture in the original text",
    # set by the components, in pipeline order
    "fc_fold": "factcheck_sentences: (folded text, OffsetMap to the original)",
    "fc_sents": "factcheck_sentences: (start, end) of each sentence in the folded text",
    "fc_dates": "factcheck_dates: DateMentions, folded-text offsets",
    "fc_stamps": "factcheck_dates: (start, end) of the page's own date stamps (byline, dateline), folded text",
    "fc_quantities": "factcheck_quantities: Quantities, folded-text offsets",
    "fc_entities": "factcheck_entities: EntityMentions, folded-text offsets",
    "fc_sentence_entities": "factcheck_entities: sentence index -> its EntityMentions, sentence offsets",
    "fc_claims": "factcheck_claims: Claims, original-text offsets",
    "fc_profile": "factcheck_profile: what the document is about (events, names, years), dict",
}
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

#: Kinds for which a bare "एक <noun>" is a count ("एक सैनिक की मौत"), not an article.
ONE_COUNT_KINDS = REGISTRY.with_trait("one_count")
_LOSS_KINDS = REGISTRY.with_trait("casualty")
_BARE_ONE = re.compile(r"(?<!\S)एक(?=\s)")
#: Figures kept per sentence window (``lang.sentences.MAX_SENTENCE`` characters at most).
MAX_FIGURES = 48


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Sentences of ``doc`` in folded-text coordinates."""
    return doc._.fc_sents


def folded(doc: Doc) -> tuple[str, OffsetMap]:
    """The folded text of ``doc`` and its map back to the original."""
    return doc._.fc_fold


class SentenceSegmenter:
    """Folds the text once and sets sentence starts (keeps a backend's own sentences)."""

    def __call__(self, doc: Doc) -> Doc:
        original = doc._.fc_text or doc.text  # Doc.text is rebuilt on each access
        text, offsets = fold(original)
        doc._.fc_fold = (text, offsets)
        doc._.fc_text = original
        if doc.has_annotation("SENT_START") and len(doc):
            spans = [(offsets.folded(s.start_char), offsets.folded(s.end_char)) for s in doc.sents]
        else:
            spans = split_sentences(text)
            if len(doc):
                token_starts = doc.to_array("IDX")
                flags = numpy.zeros((len(doc), 1), dtype="uint64")
                for s, _ in spans:
                    flags[max(int(token_starts.searchsorted(offsets.start(s), side="right")) - 1, 0), 0] = 1
                flags[0, 0] = 1
                doc.from_array([SENT_START], flags)
        doc._.fc_sents = spans
        return doc


class EntityTagger:
    """Gazetteer entities in every sentence -> ``doc._.fc_entities`` and ``doc.ents``.

    Every sentence is tagged, not only those with numbers: the discourse that
    fills a clause's missing subject (the topic, a visit's destination, the
    states a text is about) is built from all of them. The lookup is one pass of
    dictionary probes per sentence.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        text, offsets = folded(doc)
        found: list[EntityMention] = []
        local: dict[int, list[EntityMention]] = {}
        self.gazetteer.forget()  # places learnt from the document before are not this one's
        sentences = list(sentence_spans(doc))
        for i, (start, end) in enumerate(sentences):
            local[i] = self.gazetteer.find(text[start:end])
        learned = self.gazetteer.learned
        if learned:  # a place learnt further down ("मंडी जिले के थुनाग में") is one in the headline too
            firsts = {k[0] for k in learned}
            for i, (start, end) in enumerate(sentences):
                if any(w in firsts for w in text[start:end].split()):
                    local[i] = self.gazetteer.find(text[start:end])
        for i, (start, _end) in enumerate(sentences):
            found += [replace(e, start=e.start + start, end=e.end + start) for e in local[i]]
        doc._.fc_entities = found
        doc._.fc_sentence_entities = local
        spans = []
        for e in found:
            span = doc.char_span(*offsets.span(e.start, e.end), label=e.type.upper() or "ENTITY",
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = filter_spans(list(doc.ents) + spans) if doc.has_annotation("ENT_IOB") else filter_spans(spans)
        return doc


class DateTagger:
    """Calendar dates per sentence, resolved against ``doc._.fc_published``."""

    def __call__(self, doc: Doc) -> Doc:
        text, offsets = folded(doc)
        published: date | None = doc._.fc_published
        found: list[DateMention] = []
        year = dates.document_year(text) if published is None else None
        for start, end in sentence_spans(doc):
            here = sorted(dates.find_dates(text[start:end], published, year), key=lambda d: d.start)
            for d in here[:MAX_FIGURES]:  # as for figures: a degenerate window keeps its first ones
                found.append(replace(d, start=d.start + start, end=d.end + start))
        # the page's own stamps (byline, update line, dateline) set ``published``; they are no claims
        stamps = doc._.fc_stamps = stamp_spans(text)
        found = [d for d in found if not any(s < d.end and d.start < e for s, e in stamps)]
        doc._.fc_dates = found
        doc.spans["dates"] = _spans(doc, offsets, found, "DATE")
        return doc


class QuantityTagger:
    """Numbers with their interval, qualifier and unit, in sentences that have any."""

    def __call__(self, doc: Doc) -> Doc:
        text, offsets = folded(doc)
        taken = [(d.start, d.end) for d in doc._.fc_dates or ()] + (doc._.fc_stamps or [])
        found: list[Quantity] = []
        for start, end in sentence_spans(doc):
            sentence = text[start:end]
            if not numerals.has_number(sentence):
                continue
            skip = [(s - start, e - start) for s, e in taken if s < end and e > start]
            here = numerals.find_quantities(sentence, skip)
            here += _one_counts(sentence, here, skip)
            # a window holding more figures than any real sentence ("1 1 1 …", a pasted table) keeps
            # its first MAX_FIGURES: each figure's roles read its window, so this bounds the work
            here = sorted(here, key=lambda q: q.start)[:MAX_FIGURES]
            found += [replace(q, start=q.start + start, end=q.end + start) for q in here]
        found.sort(key=lambda q: q.start)
        doc._.fc_quantities = found
        doc.spans["quantities"] = _spans(doc, offsets, found, "QUANTITY")
        return doc


def _one_counts(sentence: str, found: list[Quantity], skip: list[tuple[int, int]]) -> list[Quantity]:
    """"एक सैनिक की मौत": a bare एक counts only when a specific counted noun follows, and
    not when that noun is the first half of a compound ("एक यात्री विमान": a passenger plane)."""
    out = []
    busy = [(q.start, q.end) for q in found] + skip
    for m in _BARE_ONE.finditer(sentence):
        if any(s < m.end() and m.start() < e for s, e in busy):
            continue
        noun = roles.counted_noun(sentence, m.end())
        if not noun or noun[0] not in ONE_COUNT_KINDS:
            continue
        head = roles.counted_noun(sentence, noun[1])
        if head and head[0] != noun[0] and head[0] not in _LOSS_KINDS and head[1] - noun[1] < 12:
            continue  # "एक यात्री विमान": a compound noun, एक its article
        out.append(Quantity(m.start(), m.end(), m.group(), 1.0, 1.0, "exact", ""))
    return out


class ClaimBuilder:
    """Typed claims from the mentions -> ``doc._.fc_claims``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.fc_claims = build_claims(doc)
        return doc


class Profiler:
    """What the document is about, for grouping documents into stories -> ``doc._.fc_profile``."""

    def __call__(self, doc: Doc) -> Doc:
        text = body_text(doc)
        original = doc._.fc_text or doc.text
        headline = original.find("\n") % (len(original) + 1)  # the first line; all of a one-line text
        words = ((t.text, t.idx < headline) for t in doc if not (t.is_punct or t.is_digit or t.is_stop))
        doc._.fc_profile = profile(text, doc._.fc_entities or [], doc._.fc_claims or [], words)
        return doc


def _spans(doc: Doc, offsets: OffsetMap, mentions: list, label: str) -> list:
    spans = []
    for m in mentions:
        span = doc.char_span(*offsets.span(m.start, m.end), label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


@Language.factory("factcheck_sentences", assigns=["doc._.fc_fold", "doc._.fc_sents", "doc._.fc_text",
                                                 "token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> SentenceSegmenter:
    return SentenceSegmenter()


@Language.factory("factcheck_entities", default_config={"entity_files": []},
                  assigns=["doc._.fc_entities", "doc._.fc_sentence_entities", "doc.ents"],
                  requires=["doc._.fc_fold", "doc._.fc_sents"])
def make_entities(nlp: Language, name: str, entity_files: list[str]) -> EntityTagger:
    gazetteer = Gazetteer.load(entity_files) if entity_files else default_gazetteer()
    return EntityTagger(gazetteer)


@Language.factory("factcheck_dates", assigns=["doc._.fc_dates", "doc._.fc_stamps", "doc.spans"],
                  requires=["doc._.fc_fold", "doc._.fc_sents"])
def make_dates(nlp: Language, name: str) -> DateTagger:
    return DateTagger()


@Language.factory("factcheck_quantities", assigns=["doc._.fc_quantities", "doc.spans"],
                  requires=["doc._.fc_fold", "doc._.fc_sents", "doc._.fc_dates"])
def make_quantities(nlp: Language, name: str) -> QuantityTagger:
    return QuantityTagger()


@Language.factory("factcheck_claims", assigns=["doc._.fc_claims"],
                  requires=["doc._.fc_fold", "doc._.fc_sents", "doc._.fc_dates", "doc._.fc_quantities",
                            "doc._.fc_entities", "doc._.fc_sentence_entities"])
def make_claims(nlp: Language, name: str) -> ClaimBuilder:
    return ClaimBuilder()


@Language.factory("factcheck_profile", assigns=["doc._.fc_profile"],
                  requires=["doc._.fc_fold", "doc._.fc_entities", "doc._.fc_claims"])
def make_profile(nlp: Language, name: str) -> Profiler:
    return Profiler()
