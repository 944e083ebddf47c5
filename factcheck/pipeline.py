"""Documents -> processed spaCy ``Doc``s -> claims.

``make_nlp`` builds the pipeline: ``spacy.blank("hi")`` (or Stanza's Hindi
tokens, POS and parse through our adapter) followed by the factcheck
components. ``process`` streams documents through ``nlp.pipe`` in batches,
so an archive is never held in memory.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the factories)
from .model import DEBUG_ENV, Claim, Document, ReadError

#: A run of non-space characters longer than this ("।।।…", "((((…", a pasted blob) is
#: tokenised in pieces of this size: spaCy's prefix/suffix search is quadratic in a run.
MAX_RUN = 64
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


class BoundedTokenizer:
    """spaCy's tokenizer, with long runs of non-space characters cut into pieces first.

    The ``Doc`` text is the input unchanged (offsets kept); only where a token
    may end inside a degenerate run differs.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        if not _LONG_RUN.search(text):
            return self.inner(text)
        docs, pos = [], 0
        for m in _LONG_RUN.finditer(text):
            if m.start() > pos:
                docs.append(self.inner(text[pos:m.start()]))
            docs += [self.inner(text[i:min(i + MAX_RUN, m.end())]) for i in range(m.start(), m.end(), MAX_RUN)]
            pos = m.end()
        if pos < len(text):
            docs.append(self.inner(text[pos:]))
        tokens = [t for d in docs for t in d]  # a plain Doc: Doc.from_docs would mark sentence starts
        return Doc(self.inner.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])

    def __getattr__(self, name: str) -> Any:  # to_disk, explain, rules ...: the wrapped tokenizer's
        return getattr(self.inner, name)

COMPONENTS = (
    "factcheck_sentences", "factcheck_dates", "factcheck_quantities",
    "factcheck_entities", "factcheck_claims", "factcheck_profile",
)


def make_nlp(
    backend: str = "blank", *, stanza_dir: str | None = None, entity_files: Sequence[str] = ()
) -> Language:
    """The factcheck pipeline. ``backend="stanza"`` needs the ``stanza`` extra and its Hindi models."""
    nlp = spacy.blank("hi")
    if backend == "stanza":
        from .backends.stanza import StanzaTokenizer, load_pipeline

        nlp.tokenizer = StanzaTokenizer(load_pipeline(stanza_dir), nlp.vocab)
    elif backend != "blank":
        raise ValueError(f"unknown NLP backend {backend!r} (choose blank or stanza)")
    else:
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    nlp.max_length = MAX_TEXT  # extract feeds pieces of MAX_PIECE; analyze may take a whole text
    for name in COMPONENTS:
        config = {"entity_files": list(entity_files)} if name == "factcheck_entities" else {}
        nlp.add_pipe(name, config=config)
    return nlp


def parse_date(value: str | None) -> date | None:
    """``2024-06-18`` (or a longer ISO timestamp) -> date; None when absent or unreadable."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


#: Publication-date origins too weak to resolve "मंगलवार" or "इस साल" against: a date
#: header at the top of a page is often the site's current date, not the article's.
WEAK_ORIGINS = frozenset({"header"})


def anchor_date(document: Document) -> str:
    """The publication date relative dates in ``document`` are resolved against ("" if none)."""
    return "" if document.published_origin in WEAK_ORIGINS else document.published


def process(nlp: Language, documents: Iterable[Document], batch_size: int = 16) -> Iterator[tuple[Document, Doc]]:
    """Each document with its processed ``Doc``, streamed through ``nlp.pipe``."""

    def docs() -> Iterator[Doc]:
        for document in documents:
            doc = nlp.make_doc(document.text)
            doc.user_data["document"] = document  # carried through nlp.pipe; no component reads it
            doc._.fc_text = document.text
            doc._.fc_published = parse_date(anchor_date(document))
            doc._.fc_furniture = list(document.furniture)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        document = doc.user_data.pop("document")
        document.profile = doc._.fc_profile or {}
        yield document, doc


#: The longest text one ``Doc`` may hold (spaCy's own default limit is 1,000,000).
MAX_TEXT = 50_000_000
#: Longer texts are processed in paragraph-aligned pieces of at most this many characters
#: (spaCy refuses texts over ``nlp.max_length``; the discourse rules need no more).
MAX_PIECE = 100_000


def piece_spans(text: str, limit: int = MAX_PIECE) -> list[tuple[int, int]]:
    """``(start, end)`` pieces covering ``text``, each at most ``limit`` long, cut at a paragraph
    break if there is one in the second half of the piece, else a line break, a sentence end, a space."""
    spans, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        cut = -1
        for sep in ("\n\n", "\n", "। ", ". ", " "):
            cut = text.rfind(sep, start + limit // 2, end)
            if cut >= 0:
                cut += len(sep)
                break
        cut = cut if cut > start else end
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


def extract(nlp: Language, documents: Iterable[Document],
            ) -> Iterator[tuple[Document, list[tuple[int, int]], list[Claim]] | ReadError]:
    """Each document with its sentences and claims, offsets into its own text.

    A text longer than ``MAX_PIECE`` goes through the pipeline in pieces
    (``piece_spans``) whose sentences and claims are joined back, shifted. A
    document the pipeline fails on (a fault in factcheck, not in the file) comes
    back as a ``ReadError`` naming it, and the documents after it are still read;
    with ``FACTCHECK_DEBUG`` set (``factcheck --debug``) the error is raised.
    """
    for document in documents:
        try:
            yield _extract_one(nlp, document)
        except Exception as exc:  # one document's fault must not stop an archive's run
            if os.environ.get(DEBUG_ENV):
                raise
            yield ReadError(document.source, f"not extracted: {type(exc).__name__}: {exc} (a fault in factcheck;"
                                             " `factcheck --debug extract …` shows the traceback)")


def _extract_one(nlp: Language, document: Document) -> tuple[Document, list[tuple[int, int]], list[Claim]]:
    sentences: list[tuple[int, int]] = []
    claims: list[Claim] = []
    cuts = piece_spans(document.text)
    for k, (a, b) in enumerate(cuts):
        text = document.text[a:b]
        doc = nlp.make_doc(text)
        doc._.fc_text = text
        doc._.fc_published = parse_date(anchor_date(document))
        doc._.fc_furniture = [(max(s, a) - a, min(e, b) - a) for s, e in document.furniture if s < b and e > a]
        doc = nlp(doc)
        if k == 0:  # what the document is about: its first piece says (a piece holds 100k characters)
            document.profile = doc._.fc_profile or {}
        n = len(sentences)
        sentences += [(s + a, e + a) for s, e in sentence_offsets(doc)]
        claims += [replace(c, start=c.start + a, end=c.end + a, sentence_index=c.sentence_index + n)
                   if a else c for c in doc._.fc_claims]
    return document, sentences, claims


def sentence_offsets(doc: Doc) -> list[tuple[int, int]]:
    """The sentences of a processed ``Doc`` as offsets into its original text."""
    _, offsets = doc._.fc_fold
    return [offsets.span(s, e) for s, e in doc._.fc_sents]


def analyze(text: str, *, published: str | None = None, nlp: Language | None = None) -> tuple[Doc, list[Claim]]:
    """Run the pipeline on one snippet; no ledger involved."""
    nlp = nlp or make_nlp()
    doc = nlp.make_doc(text)
    doc._.fc_text = text
    doc._.fc_published = parse_date(published)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc, doc._.fc_claims
