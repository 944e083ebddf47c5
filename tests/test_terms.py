"""Content words (``lang/terms.py``): what a report is about, in the words it repeats."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from factcheck.lang.terms import HEADLINE_WEIGHT, content_terms, rarity, similarity, stem

_NLP = spacy.blank("hi")


def words_of(text: str) -> list[tuple[str, bool]]:
    """``(word, in_headline)`` of ``text`` as the profiler passes them: spaCy tokens, the first line the headline."""
    headline = text.find("\n") % (len(text) + 1)
    return [(t.text, t.idx < headline) for t in _NLP(text) if not (t.is_punct or t.is_digit or t.is_stop)]


@pytest.mark.parametrize("word, expected", [
    ("ट्रॉलियों", "ट्रॉल"),
    ("पर्यटकों", "पर्यटक"),
    ("महिलाओं", "महिल"),
    ("घटनाएं", "घटन"),
    ("तहसीलें", "तहसील"),
    ("रोपवे", "रोपव"),
    ("सूखा", "सूख"),
    ("सूखे", "सूख"),  # one stem for the direct and the oblique form
    ("को", "को"),  # two letters are kept
])
def test_stem(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize("text, kept, dropped", [
    ("देवघर रोपवे हादसा: ट्रॉलियों में फंसे पर्यटक\nअधिकारियों ने बताया कि 48 पर्यटक रोपवे की ट्रॉलियों में फंसे रहे।",
     ["रोपव", "ट्रॉल", "पर्यटक", "फंस"], ["अधिकार", "बताया", "48", "कि"]),
    ("कर्नाटक के 161 तालुके सूखाग्रस्त घोषित\nसरकार ने सोमवार को कहा कि बारिश में 26 प्रतिशत की कमी रही।",
     ["तालुक", "सूखाग्रस्त", "बारिश"], ["सरकार", "सोमवार", "कहा", "26"]),
    ("Gold Price Today: सोना 1,200 रुपये महंगा\nदिल्ली सर्राफा बाजार में सोना महंगा हुआ।",
     ["gold", "price", "सोन", "सर्राफ"], ["1,200", "today"]),
])
def test_content_terms_keep_what_happened(text: str, kept: list[str], dropped: list[str]) -> None:
    terms = content_terms(words_of(text))
    assert all(k in terms for k in kept), terms
    assert not any(d in terms for d in dropped), terms


def test_headline_words_count_more() -> None:
    terms = content_terms(words_of("रोपवे हादसा\nट्रॉली ट्रॉली"))
    assert terms["रोपव"] == HEADLINE_WEIGHT and terms["ट्रॉल"] == 2


def test_content_terms_keep_the_most_used() -> None:
    terms = content_terms([(f"शब्द{'क' * i}", False) for i in range(40)] + [("रोपवे", False)] * 5, top=3)
    assert len(terms) == 3 and next(iter(terms)) == "रोपव"


def test_rarity_weighs_rare_words_up_and_keeps_shared_ones() -> None:
    idf = rarity([{"रोपव", "पर्यटक"}, {"रोपव", "सूख"}, {"रोपव"}])
    assert idf["पर्यटक"] > idf["रोपव"] > 0


def test_similarity_of_two_reports_and_of_other_news() -> None:
    a = content_terms(words_of("रोपवे में फंसे पर्यटक\nत्रिकूट पर्वत पर रोपवे की ट्रॉलियों में पर्यटक फंसे, हेलीकॉप्टर से बचाव"))
    b = content_terms(words_of("त्रिकूट रोपवे हादसा\nट्रॉलियों में फंसे पर्यटकों को हेलीकॉप्टर से निकाला गया"))
    c = content_terms(words_of("सूखे से फसलें बर्बाद\nतहसीलों में बारिश कम, किसानों को राहत"))
    idf = rarity([a, b, c])
    assert similarity(a, b, idf) > 0.5 > similarity(a, c, idf)


_TERMS = st.dictionaries(st.sampled_from(["क", "ख", "ग", "घ", "च", "छ", "ज", "झ"]), st.integers(1, 9), max_size=8)


@given(_TERMS, _TERMS)
def test_similarity_is_a_cosine(a: dict[str, int], b: dict[str, int]) -> None:
    idf = rarity([a, b])
    value = similarity(a, b, idf)
    assert 0.0 <= value <= 1.0 + 1e-9
    assert value == pytest.approx(similarity(b, a, idf))
    if a:
        assert similarity(a, a, idf) == pytest.approx(1.0)
