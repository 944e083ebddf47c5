"""Stanza backend: run Stanza's Hindi pipeline and convert its output to a spaCy ``Doc``.

We do not use spacy-stanza (it pins stanza < 1.7 and cannot load Hindi NER);
``stanza_to_doc`` is our own adapter. The spaCy tokens are Stanza's *tokens*
(surface units), so ``doc.text == document.text`` exactly; lemma, POS, morph
and head come from each token's syntactic head *word* (Hindi rarely has
multi-word tokens). Whitespace that a single trailing space cannot express
(newlines, double spaces) becomes its own ``SPACE`` token, as in spaCy.

Stanza and torch are optional (``pip install -e '.[stanza]'``): this module
imports them only inside the functions that need them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

if TYPE_CHECKING:  # pragma: no cover
    import stanza

LANG = "hi"
PROCESSORS = "tokenize,pos,lemma,depparse,ner"
INSTALL_HINT = "pip install -e '.[stanza]'"

#: Stanza NER labels -> spaCy-style labels. Stanza's Hindi NER (IL-NER) uses
#: NEP/NEL/NEO/NETI/NEN/NEM/NEAR...; CoNLL-style PER/LOC/ORG/MISC are mapped too.
#: NEL covers countries, cities and other places; we call it GPE because in news
#: it is nearly always a state or city. Unknown labels pass through unchanged.
NER_LABELS: dict[str, str] = {
    "PER": "PERSON", "PERSON": "PERSON", "NEP": "PERSON",
    "LOC": "LOC", "LOCATION": "LOC", "NEL": "GPE", "GPE": "GPE",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "NEO": "ORG",
    "NETI": "DATE", "NEN": "CARDINAL", "NEM": "QUANTITY", "NEAR": "PRODUCT",
    "MISC": "MISC",
}

#: Processor -> model sub-directory that must exist under ``<dir>/hi/``.
_REQUIRED_DIRS = ("tokenize", "pos", "lemma", "depparse", "ner")

#: Dependents kept in a role's span (besides the noun itself); case markers,
#: punctuation and clauses are left out.
_SPAN_DEPS = ("compound", "flat", "amod", "nmod", "det", "nummod", "conj", "cc", "appos", "fixed")
#: Relations climbed from a number to the noun it counts.
_NUMBER_DEPS = ("nummod", "compound", "flat", "fixed", "det", "amod", "advmod", "dep")
#: Markers of an agent and of a recipient/target (case dependents of the noun).
_AGENT_MARKERS = ("ने", "द्वारा")
_RECIPIENT_MARKERS = ("को", "के लिए", "लिए")
_TARGET_MARKERS = ("पर",)


class StanzaModelsMissing(RuntimeError):
    """Stanza (or its Hindi models) is not available on this machine."""


def models_dir(resources_dir: str | None = None) -> Path:
    """The Stanza model directory: the argument, ``STANZA_RESOURCES_DIR``, or Stanza's default."""
    if resources_dir:
        return Path(resources_dir)
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    try:
        from stanza.resources.common import DEFAULT_MODEL_DIR
    except ImportError:  # pragma: no cover - stanza missing is reported by load_pipeline
        return Path.home() / "stanza_resources"
    return Path(DEFAULT_MODEL_DIR)


def missing_models(directory: Path) -> list[str]:
    """What a Hindi pipeline needs that ``directory`` lacks, as paths relative to it."""
    missing: list[str] = []
    if not (directory / "resources.json").is_file():
        missing.append("resources.json")
    for sub in _REQUIRED_DIRS:
        path = directory / LANG / sub
        if not path.is_dir() or not any(path.glob("*.pt")):
            missing.append(f"{LANG}/{sub}/*.pt")
    return missing


def _missing_error(directory: Path, detail: str) -> StanzaModelsMissing:
    return StanzaModelsMissing(
        f"Stanza Hindi models not found in {directory} ({detail}). On a machine with network "
        f"access run: python -c \"import stanza; stanza.download('hi', model_dir='{directory}')\" "
        "(or stanza.download('hi') for the default directory), or point STANZA_RESOURCES_DIR "
        "at a directory that has them."
    )


def load_pipeline(resources_dir: str | None = None) -> stanza.Pipeline:
    """Load Stanza's Hindi pipeline (tokenize, pos, lemma, depparse, ner) without touching the network.

    Raises ``StanzaModelsMissing`` when stanza is not installed or the model files
    are not in the directory (argument, ``STANZA_RESOURCES_DIR`` or Stanza's default).
    """
    try:
        import stanza
    except ImportError as exc:
        raise StanzaModelsMissing(
            f"The stanza backend needs the optional stanza extra: {INSTALL_HINT}"
        ) from exc
    directory = models_dir(resources_dir)
    missing = missing_models(directory)
    if missing:
        raise _missing_error(directory, "missing: " + ", ".join(missing))
    try:
        return stanza.Pipeline(
            lang=LANG, processors=PROCESSORS, dir=str(directory),
            download_method=None, logging_level="WARN",
        )
    except Exception as exc:  # incomplete or unreadable model files, unknown resources.json
        raise _missing_error(directory, f"{type(exc).__name__}: {exc}") from exc


def _token_span(token: Any, text: str, cursor: int, trust_offsets: bool = True) -> tuple[int, int]:
    """Character span of a Stanza token in ``text``: its offsets, or a search from ``cursor``.

    Offsets are used when trusted and in order (the Doc takes the raw substring,
    so a token Stanza normalised keeps the original characters).
    """
    start, end = token.start_char, token.end_char
    sane = start is not None and end is not None and cursor <= start < end <= len(text)
    if trust_offsets and sane:
        return start, end
    found = text.find(token.text, cursor)
    if found >= 0:
        return found, found + len(token.text)
    if sane:
        return start, end
    raise ValueError(f"Stanza token {token.text!r} not found in the document text after offset {cursor}")


def _head_word(token: Any) -> Any:
    """The word of a (multi-word) token that carries its syntax: the one headed outside the token."""
    words = list(token.words)
    if len(words) == 1:
        return words[0]
    ids = {w.id for w in words}
    outside = [w for w in words if w.head not in ids]
    content = [w for w in outside if (w.deprel or "").split(":")[0] not in
               ("case", "det", "aux", "mark", "cc", "punct", "cop")]
    return (content or outside or words)[-1]


def _document_text(document: Any) -> str:
    """``document.text``, rebuilt from tokens and their whitespace when Stanza has none."""
    if document.text is not None:
        return document.text
    pieces: list[str] = []
    for sentence in document.sentences:
        for token in sentence.tokens:
            pieces.append((token.spaces_before or "") + token.text + (token.spaces_after or ""))
    return "".join(pieces)


def stanza_to_doc(document: stanza.Document, vocab: Vocab, text: str | None = None) -> Doc:
    """Convert an annotated Stanza ``Document`` into a spaCy ``Doc`` over the same text.

    Carries tokens (with ``doc.text == document.text``, or ``== text`` when given:
    the input Stanza was run on, for modes that rewrite ``document.text``), lemmas,
    UPOS, XPOS (tag), feats (morph), heads and deps (root labelled ``ROOT``),
    sentence starts and NER entities (labels via ``NER_LABELS``). Annotation layers
    Stanza did not produce are left unset.
    """
    own = _document_text(document)
    trust = text is None or text == own
    text = own if text is None else text
    words: list[str] = []
    spaces: list[bool] = []
    # per spaCy token: (stanza word or None for filler, sentence index)
    units: list[tuple[Any, int]] = []
    token_index: dict[tuple[int, int], int] = {}  # (sentence, word id) -> spaCy index
    position: dict[int, int] = {}  # id(stanza token) -> spaCy index
    cursor = 0

    def add_gap(gap: str, sent_idx: int) -> None:
        if not gap:
            return
        if words and not spaces[-1] and gap[0] == " ":
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
            units.append((None, sent_idx))

    for s_idx, sentence in enumerate(document.sentences):
        for token in sentence.tokens:
            start, end = _token_span(token, text, cursor, trust)
            # whitespace between sentences stays with the sentence before it
            add_gap(text[cursor:start], s_idx - 1 if words and token is sentence.tokens[0] else s_idx)
            words.append(text[start:end])
            spaces.append(False)
            units.append((_head_word(token), s_idx))
            position[id(token)] = len(words) - 1
            for word in token.words:
                token_index[(s_idx, word.id)] = len(words) - 1
            cursor = end
    add_gap(text[cursor:], units[-1][1] if units else 0)

    all_words = [w for w, _ in units if w is not None]
    has = {
        "pos": any(w.upos for w in all_words),
        "tag": any(w.xpos for w in all_words),
        "lemma": any(w.lemma for w in all_words),
        "morph": any(w.feats for w in all_words),
        "dep": bool(all_words) and all(w.head is not None and w.deprel for w in all_words),
    }

    pos: list[str] = []
    tags: list[str] = []
    lemmas: list[str] = []
    morphs: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    sent_starts: list[bool] = []
    first_real: dict[int, int] = {}
    for i, (word, s_idx) in enumerate(units):
        if word is not None:
            first_real.setdefault(s_idx, i)
    last_real: int | None = None
    for i, (word, s_idx) in enumerate(units):
        sent_starts.append(i == 0 or units[i - 1][1] != s_idx)
        if word is None:  # whitespace (or text Stanza skipped): attach within its sentence
            filler = not words[i].strip()
            pos.append("SPACE" if filler else "X")
            tags.append("_SP" if filler else "")
            lemmas.append(words[i])
            morphs.append("")
            heads.append(last_real if last_real is not None and units[last_real][1] == s_idx
                         else first_real.get(s_idx, i))
            deps.append("dep")
            continue
        last_real = i
        pos.append(word.upos or "X")
        tags.append(word.xpos or "")
        lemmas.append(word.lemma or words[i])
        morphs.append(word.feats or "")
        if not has["dep"]:
            heads.append(i)
            deps.append("")
        elif word.head == 0:
            heads.append(i)
            deps.append("ROOT")
        else:
            head = token_index.get((s_idx, word.head))
            heads.append(i if head is None else head)
            deps.append("ROOT" if head is None else word.deprel)

    doc = Doc(
        vocab, words=words, spaces=spaces,
        pos=pos if has["pos"] else None,
        tags=tags if has["tag"] else None,
        lemmas=lemmas if has["lemma"] else None,
        morphs=morphs if has["morph"] else None,
        heads=heads if has["dep"] else None,
        deps=deps if has["dep"] else None,
        sent_starts=None if has["dep"] else sent_starts,
    )
    if doc.text != text:  # pragma: no cover - guarded by construction
        raise AssertionError("stanza_to_doc lost the document text")
    _set_ents(doc, document, position)
    return doc


def _set_ents(doc: Doc, document: Any, position: dict[int, int]) -> None:
    """Copy Stanza's entity spans onto ``doc`` (skipping misaligned or overlapping ones).

    ``position`` maps ``id(stanza token)`` to its spaCy token index.
    """
    if not any(t.ner for s in document.sentences for t in s.tokens):
        return
    spans: list[Span] = []
    for ent in document.ents or []:
        label = NER_LABELS.get(ent.type.upper(), ent.type.upper()) if ent.type else ""
        if not label or not ent.tokens:
            continue
        first, last = position.get(id(ent.tokens[0])), position.get(id(ent.tokens[-1]))
        if first is None or last is None or last < first:
            continue
        spans.append(Span(doc, first, last + 1, label=label))
    doc.set_ents(filter_spans(spans), default="outside")


class StanzaTokenizer:
    """A spaCy tokenizer replacement: text -> Stanza analysis -> ``Doc``.

    ``nlp.tokenizer = StanzaTokenizer(load_pipeline(), nlp.vocab)`` makes every
    ``nlp(text)`` / ``nlp.pipe(texts)`` run Stanza first. For batching through
    Stanza use ``nlp.pipe(nlp.tokenizer.pipe(texts))``.
    """

    def __init__(self, pipeline: stanza.Pipeline, vocab: Vocab) -> None:
        self.vocab = vocab
        self.pipeline = pipeline

    def __call__(self, text: str) -> Doc:
        if not text.strip():
            return _blank_doc(self.vocab, text)
        return stanza_to_doc(self.pipeline(text), self.vocab, text)

    def pipe(self, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
        """Yield one ``Doc`` per text, sending texts to Stanza in batches."""
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, texts: list[str]) -> Iterator[Doc]:
        todo = [t for t in texts if t.strip()]
        analysed = iter(self.pipeline.bulk_process(todo) if todo else [])
        for text in texts:
            if text.strip():
                yield stanza_to_doc(next(analysed), self.vocab, text)
            else:
                yield _blank_doc(self.vocab, text)

    # spaCy calls these when saving/loading an nlp; the pipeline itself is not serialised.
    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **__: Any) -> StanzaTokenizer:
        return self

    def to_disk(self, _path: Any, **__: Any) -> None:
        return None

    def from_disk(self, _path: Any, **__: Any) -> StanzaTokenizer:
        return self


def _blank_doc(vocab: Vocab, text: str) -> Doc:
    """A Doc for empty or whitespace-only text (Stanza is not asked)."""
    if not text:
        return Doc(vocab, words=[])
    return Doc(vocab, words=[text], spaces=[False])


def use_stanza(nlp: Any, resources_dir: str | None = None) -> Any:
    """Make ``nlp`` run Stanza as its tokenizer; returns ``nlp``. Raises ``StanzaModelsMissing``."""
    nlp.tokenizer = StanzaTokenizer(load_pipeline(resources_dir), nlp.vocab)
    return nlp


# ---------------------------------------------------------------- roles


def _base(dep: str) -> str:
    return dep.split(":")[0].lower()


def _markers(noun: Token) -> list[str]:
    """The case markers of a noun, single and joined ("के लिए")."""
    case = [c.text for c in noun.children if _base(c.dep_) == "case"]
    return [*case, " ".join(case)] if len(case) > 1 else case


def _role_span(noun: Token) -> tuple[int, int]:
    """Char span of a nominal with its modifiers, without case markers or punctuation."""
    keep = [noun]
    stack = [c for c in noun.children if _base(c.dep_) in _SPAN_DEPS]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(c for c in tok.children if _base(c.dep_) not in ("punct", "acl", "advcl"))
    start = min(t.idx for t in keep)
    end = max(t.idx + len(t.text) for t in keep)
    return start, end


def _number_root(doc: Doc, start_char: int, end_char: int) -> Token | None:
    """The token of [start_char, end_char) whose head lies outside the span."""
    toks = [t for t in doc if t.idx < end_char and t.idx + len(t.text) > start_char and not t.is_space]
    if not toks:
        return None
    inside = {t.i for t in toks}
    for t in toks:
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return toks[0]


def _is_predicate(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" or tok.head.i == tok.i


def dependency_roles(
    doc: Doc, start_char: int, end_char: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, str]:
    """Subject and object/recipient char spans for the number at [start_char, end_char).

    Climbs from the number to the noun it counts (nummod -> head) and on to the
    governing verb; the subject is its ``nsubj`` or a nominal marked ने/द्वारा, the
    object an ``iobj``/``obl``/``obj`` marked को or के लिए (or a proper noun marked
    पर, a target). UD Hindi (HDTB) conventions. The reason names the relations,
    e.g. ``"nsubj of भेजे; iobj+को of भेजे"``. Returns ``(None, None, "")`` when the
    doc has no dependency parse or nothing is found.
    """
    if not doc.has_annotation("DEP"):
        return None, None, ""
    tok = _number_root(doc, start_char, end_char)
    if tok is None:
        return None, None, ""
    chain = {tok.i}
    noun = tok
    while _base(noun.dep_) in _NUMBER_DEPS and noun.head.i != noun.i:
        noun = noun.head
        chain.add(noun.i)
    # from the noun up to the nearest predicate, through conj/nmod/compound links
    pred = noun
    while pred.head.i != pred.i and not (_is_predicate(pred) and pred.i not in chain):
        pred = pred.head
    # the counted noun's own clause first, then governing predicates (xcomp, conj, ...)
    subject: tuple[tuple[int, int], str] | None = None
    obj: tuple[tuple[int, int], str] | None = None
    current: Token | None = pred
    for _ in range(4):
        if current is None:
            break
        if subject is None:
            subject = _find_subject(current, chain)
        if obj is None:
            obj = _find_object(current, chain)
        if subject is not None and obj is not None:
            break
        if current.head.i == current.i or _base(current.dep_) in ("ccomp", "parataxis"):
            break
        nxt = current.head
        while not _is_predicate(nxt) and nxt.head.i != nxt.i:
            nxt = nxt.head
        current = nxt
    reasons = [r for _, r in (x for x in (subject, obj) if x is not None)]
    return (
        subject[0] if subject else None,
        obj[0] if obj else None,
        "; ".join(reasons),
    )


def _find_subject(pred: Token, chain: set[int]) -> tuple[tuple[int, int], str] | None:
    """``nsubj`` of ``pred`` (not the counted noun), else a dependent marked ने/द्वारा."""
    for child in pred.children:
        if child.i in chain:
            continue
        if child.dep_.lower() == "nsubj":
            return _role_span(child), f"nsubj of {pred.text}"
    for child in pred.children:
        if child.i in chain or _base(child.dep_) not in ("nsubj", "obl", "nmod"):
            continue
        marker = next((m for m in _markers(child) if m in _AGENT_MARKERS), None)
        if marker:
            return _role_span(child), f"{child.dep_}+{marker} of {pred.text}"
    return None


def _find_object(pred: Token, chain: set[int]) -> tuple[tuple[int, int], str] | None:
    """Recipient (iobj, or obl/obj marked को or के लिए) of ``pred``, else a proper-noun target marked पर."""
    found: list[tuple[int, tuple[tuple[int, int], str]]] = []
    for child in pred.children:
        if child.i in chain:
            continue
        base = _base(child.dep_)
        if base not in ("iobj", "obl", "obj"):
            continue
        markers = _markers(child)
        recipient = next((m for m in sorted(markers, key=len, reverse=True) if m in _RECIPIENT_MARKERS), None)
        if recipient:
            rank = {"iobj": 0, "obl": 1, "obj": 2}[base]
            found.append((rank, (_role_span(child), f"{child.dep_}+{recipient} of {pred.text}")))
        elif base == "iobj":
            found.append((0, (_role_span(child), f"iobj of {pred.text}")))
        elif child.pos_ == "PROPN" and any(m in _TARGET_MARKERS for m in markers):
            found.append((3, (_role_span(child), f"{child.dep_}+पर of {pred.text}")))
    if not found:
        return None
    return min(found, key=lambda x: x[0])[1]
