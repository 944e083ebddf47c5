"""The pipeline's Doc extensions: declared once, assigned by the components that say so."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from factcheck.components import EXTENSIONS
from factcheck.model import Document
from factcheck.pipeline import COMPONENTS, analyze, make_nlp, process


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def test_every_requirement_is_assigned_by_an_earlier_component(nlp) -> None:
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    assigned = {a for name in COMPONENTS for a in analysis["summary"][name]["assigns"]}
    component_set = {f"doc._.{n}" for n, who in EXTENSIONS.items() if not who.startswith("caller:")}
    assert component_set <= assigned


def test_the_pipeline_leaves_no_undeclared_user_data(nlp) -> None:
    text = "मंत्रालय ने 18 जून को बयान दिया। सेना ने कहा कि सीमा पर 12 सैनिक घायल हुए। मंगलवार को रूस ने 5 ड्रोन दागे।"
    doc, claims = analyze(text, published="2024-06-18", nlp=nlp)
    assert claims
    # spaCy keeps extension values in user_data under ("._.", name, ...) keys; nothing else
    assert all(isinstance(k, tuple) and k[0] == "._." and k[1] in EXTENSIONS for k in doc.user_data)
    for name in EXTENSIONS:
        assert Doc.has_extension(name)
    assert doc._.fc_text == text
    _, offsets = doc._.fc_fold
    assert len(doc._.fc_sents) == 3
    assert set(doc._.fc_sentence_entities) == {0, 1, 2}
    russia = [e.name for e in doc._.fc_sentence_entities[2]]
    assert "Russia" in russia
    assert [text[slice(*offsets.span(d.start, d.end))] for d in doc._.fc_dates] == ["18 जून", "मंगलवार"]


@pytest.mark.parametrize(("published", "when"), [
    ("2024-06-20", "2024-06-18"),  # the Tuesday before a Thursday
    ("", ""),  # no anchor: a weekday stays unresolved
])
def test_publication_date_reaches_the_date_tagger(nlp, published: str, when: str) -> None:
    doc, claims = analyze("मंगलवार को रूस ने यूक्रेन पर 40 मिसाइलें दागीं।", published=published, nlp=nlp)
    assert doc._.fc_published is None if not published else str(doc._.fc_published) == published
    dates = [c for c in claims if c.kind == "date"]
    assert [c.when for c in dates if c.when] == ([when] if when else [])


def test_furniture_spans_mark_claims(nlp) -> None:
    text = "और पढ़ें: 18 जून 2024 को हुई बैठक\nसीमा पर 12 सैनिक घायल हुए।"
    furniture = [(0, text.index("\n"))]
    document = Document(source="a.txt", text=text, sha256="", furniture=furniture)
    (_, doc), = process(nlp, [document])
    assert doc._.fc_furniture == furniture
    by_text = {c.text: c.furniture for c in doc._.fc_claims}
    assert by_text["18 जून 2024"] is True
    assert by_text["12 सैनिक"] is False
