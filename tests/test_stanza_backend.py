"""Stanza backend: real Stanza Documents (read from CoNLL-U) converted to spaCy Docs."""

from __future__ import annotations

from pathlib import Path

import pytest

stanza = pytest.importorskip("stanza")

import spacy  # noqa: E402
from stanza.utils.conll import CoNLL  # noqa: E402

from factcheck.backends.stanza import (  # noqa: E402
    NER_LABELS,
    StanzaModelsMissing,
    StanzaTokenizer,
    dependency_roles,
    load_pipeline,
    stanza_to_doc,
)

DATA = Path(__file__).parent / "data"
SENT1 = "उत्तर कोरिया ने रूस को 10,000 सैनिक भेजे हैं ।"


@pytest.fixture(scope="module")
def document():
    return CoNLL.conll2doc(str(DATA / "hi_claims.conllu"), reconstruct_text=True)


@pytest.fixture(scope="module")
def doc(document):
    return stanza_to_doc(document, spacy.blank("hi").vocab)


def _span(doc, needle):
    start = doc.text.index(needle)
    return start, start + len(needle)


def _text(doc, span):
    return None if span is None else doc.text[span[0]:span[1]]


def test_text_round_trips_exactly(document, doc):
    assert document.text.startswith(SENT1 + "\n\n")
    assert "दागी  गईं" in document.text  # a double space inside a sentence
    assert doc.text == document.text
    # every Stanza token is a spaCy token at the same offsets
    stanza_spans = [(t.start_char, t.end_char) for s in document.sentences for t in s.tokens]
    spacy_spans = [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]
    assert spacy_spans == stanza_spans


def test_whitespace_becomes_space_tokens(doc):
    spaces = [t for t in doc if t.is_space]
    assert [t.text for t in spaces] == ["\n\n", " ", "\n"]
    assert all(t.pos_ == "SPACE" for t in spaces)


def test_annotations_carried_over(doc):
    words = [t for t in doc if not t.is_space]
    bheje = next(t for t in words if t.text == "भेजे")
    assert bheje.lemma_ == "भेज"
    assert bheje.pos_ == "VERB" and bheje.tag_ == "VM"
    assert bheje.morph.get("Aspect") == ["Perf"]
    assert bheje.dep_ == "ROOT" and bheje.head == bheje
    korea = doc[1]
    assert korea.text == "कोरिया" and korea.dep_ == "nsubj" and korea.head == bheje
    assert doc[0].dep_ == "compound" and doc[0].head == korea
    number = next(t for t in words if t.text == "10,000")
    assert number.dep_ == "nummod" and number.head.text == "सैनिक" and number.pos_ == "NUM"
    gayin = next(t for t in words if t.text == "गईं")
    assert gayin.lemma_ == "जा" and gayin.dep_ == "aux:pass" and gayin.head.text == "दागी"


def test_sentences_follow_stanza(document, doc):
    sents = list(doc.sents)
    assert len(sents) == len(document.sentences) == 3
    assert [s.text.strip() for s in sents] == [s.text for s in document.sentences]
    assert sents[0].text == SENT1 + "\n\n"  # whitespace stays with the sentence before it


def test_entities_converted(document, doc):
    assert {e.type for e in document.ents} == {"NEL", "NEO"}
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ents == [
        ("उत्तर कोरिया", "GPE"), ("रूस", "GPE"), ("रूस", "GPE"), ("यूक्रेन", "GPE"),
        ("केंद्र सरकार", "ORG"), ("बिहार", "GPE"),
    ]
    assert doc[2].ent_iob_ == "O"  # NER ran: the rest is outside, not unset
    assert NER_LABELS["NEP"] == "PERSON"


def test_roles_ergative_subject_and_ko_recipient(doc):
    subject, obj, reason = dependency_roles(doc, *_span(doc, "10,000"))
    assert _text(doc, subject) == "उत्तर कोरिया"
    assert _text(doc, obj) == "रूस"
    assert reason == "nsubj of भेजे; iobj+को of भेजे"


def test_roles_from_the_whole_claim_text(doc):
    subject, obj, _ = dependency_roles(doc, *_span(doc, "10,000 सैनिक"))
    assert (_text(doc, subject), _text(doc, obj)) == ("उत्तर कोरिया", "रूस")


def test_roles_passive_agent_and_target(doc):
    subject, obj, reason = dependency_roles(doc, *_span(doc, "120"))
    assert _text(doc, subject) == "रूस"
    assert _text(doc, obj) == "यूक्रेन"
    assert "obl+द्वारा of दागी" in reason


def test_roles_multiword_number_and_ke_liye(doc):
    subject, obj, reason = dependency_roles(doc, *_span(doc, "1.2 करोड़"))
    assert _text(doc, subject) == "केंद्र सरकार"
    assert _text(doc, obj) == "बिहार"
    assert reason.endswith("obl+के लिए of किए")


def test_roles_need_a_parse():
    doc = spacy.blank("hi")(SENT1)
    assert dependency_roles(doc, *_span(doc, "10,000")) == (None, None, "")


def test_document_without_text_is_rebuilt():
    document = CoNLL.conll2doc(str(DATA / "hi_claims.conllu"))  # no reconstruct: text is None
    assert document.text is None
    doc = stanza_to_doc(document, spacy.blank("hi").vocab)
    assert doc.text.startswith(SENT1)
    assert doc.has_annotation("DEP") and len(list(doc.sents)) == 3


def test_multiword_tokens_use_token_surface_and_head_word():
    conllu = (
        "# text = Voy al mercado .\n"
        "1\tVoy\tir\tVERB\t_\t_\t0\troot\t_\t_\n"
        "2-3\tal\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\ta\ta\tADP\t_\t_\t4\tcase\t_\t_\n"
        "3\tel\tel\tDET\t_\t_\t4\tdet\t_\t_\n"
        "4\tmercado\tmercado\tNOUN\t_\t_\t1\tobl\t_\t_\n"
        "5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n"
    )
    document = CoNLL.conll2doc(input_str=conllu, reconstruct_text=True)
    doc = stanza_to_doc(document, spacy.blank("hi").vocab)
    assert doc.text == document.text == "Voy al mercado ."
    assert [t.text for t in doc] == ["Voy", "al", "mercado", "."]
    assert doc[1].head.text == "mercado" and doc[2].head.text == "Voy" and doc[2].dep_ == "obl"


def test_load_pipeline_without_models_names_download(tmp_path):
    with pytest.raises(StanzaModelsMissing) as err:
        load_pipeline(str(tmp_path))
    message = str(err.value)
    assert "stanza.download('hi'" in message
    assert str(tmp_path) in message


def test_load_pipeline_with_broken_models_does_not_go_online(tmp_path):
    (tmp_path / "resources.json").write_text("{}", encoding="utf-8")
    for sub in ("tokenize", "pos", "lemma", "depparse", "ner"):
        (tmp_path / "hi" / sub).mkdir(parents=True)
        (tmp_path / "hi" / sub / "hdtb.pt").write_bytes(b"not a model")
    with pytest.raises(StanzaModelsMissing, match=r"stanza\.download\('hi'"):
        load_pipeline(str(tmp_path))


def test_load_pipeline_reads_env_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "elsewhere"))
    with pytest.raises(StanzaModelsMissing, match="elsewhere"):
        load_pipeline()


@pytest.fixture(scope="module")
def whitespace_pipeline(tmp_path_factory):
    """A real Stanza pipeline that needs no model: pretokenized (whitespace) tokenisation."""
    directory = tmp_path_factory.mktemp("stanza")
    (directory / "resources.json").write_text("{}", encoding="utf-8")
    return stanza.Pipeline(
        lang="hi", processors="tokenize", tokenize_pretokenized=True, dir=str(directory),
        download_method=None, allow_unknown_language=True, logging_level="WARN",
    )


def test_tokenizer_call_and_pipe(whitespace_pipeline):
    nlp = spacy.blank("hi")
    nlp.tokenizer = StanzaTokenizer(whitespace_pipeline, nlp.vocab)
    texts = [SENT1 + "\nदूसरा  वाक्य", "", "  ", "एक"]
    doc = nlp(texts[0])
    assert doc.text == texts[0]
    assert len(list(doc.sents)) == 2
    assert not doc.has_annotation("DEP")
    assert dependency_roles(doc, *_span(doc, "10,000")) == (None, None, "")
    batched = list(nlp.tokenizer.pipe(texts, batch_size=2))
    assert [d.text for d in batched] == texts
    assert [d.text for d in nlp.pipe(texts)] == texts


def test_factcheck_components_run_on_converted_doc(doc):
    from factcheck.pipeline import make_nlp

    nlp = make_nlp()
    converted = stanza_to_doc(CoNLL.conll2doc(str(DATA / "hi_claims.conllu"), reconstruct_text=True), nlp.vocab)
    for _, proc in nlp.pipeline:
        converted = proc(converted)
    assert converted.text == doc.text
    claims = converted._.fc_claims
    assert claims
    for claim in claims:
        assert converted.text[claim.start:claim.end] == claim.text
    assert any(c.text.startswith("10,000") for c in claims)
    # the dependency tree, where present, decides subject and object
    troops = next(c for c in claims if c.kind == "troops")
    assert (troops.subject, troops.object) == ("North Korea", "Russia")
    assert troops.reasons["subject"].startswith("dependency parse: nsubj of भेजे")
    missiles = next(c for c in claims if c.kind == "missiles")
    assert (missiles.subject, missiles.object) == ("Russia", "Ukraine")
    assert "dependency parse" in missiles.reasons["object"]


def test_converted_doc_runs_through_a_spacy_pipeline():
    """Independent of factcheck.pipeline: spaCy components see lemmas, ents and the parse."""
    from spacy.language import Language

    if "test_stanza_roles" not in Language.factories:

        @Language.factory("test_stanza_roles")
        def _make_roles(nlp, name):
            def component(doc):
                for span in doc.spans.get("quantities", []):
                    doc.user_data.setdefault("roles", []).append(
                        dependency_roles(doc, span.start_char, span.end_char))
                return doc
            return component

    nlp = spacy.blank("hi")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "SEND", "pattern": [{"LEMMA": "भेज", "POS": "VERB"}]},
        {"label": "TROOPS", "pattern": [{"DEP": "nummod"}, {"TEXT": "सैनिक"}]},
    ])
    nlp.add_pipe("test_stanza_roles")
    converted = stanza_to_doc(CoNLL.conll2doc(str(DATA / "hi_claims.conllu"), reconstruct_text=True), nlp.vocab)
    converted.spans["quantities"] = [converted.char_span(*_span(converted, "10,000"))]
    doc = nlp(converted)
    labels = {(e.text, e.label_) for e in doc.ents}
    assert {("भेजे", "SEND"), ("10,000 सैनिक", "TROOPS"), ("उत्तर कोरिया", "GPE")} <= labels
    (subject, obj, _), = doc.user_data["roles"]
    assert (_text(doc, subject), _text(doc, obj)) == ("उत्तर कोरिया", "रूस")
