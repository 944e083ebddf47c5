"""Documents -> processed spaCy ``Doc``s -> claims.

``make_nlp`` builds the pipeline: ``spacy.blank("hi")`` (or Stanza's Hindi
tokens, POS and parse through our adapter) followed by the factcheck
components. ``process`` streams documents through ``nlp.pipe`` in batches,
so an archive is never held in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the factories)
from .model import Claim, Document

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
