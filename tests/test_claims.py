"""Claim assembly across sentences, through the whole default pipeline."""

from __future__ import annotations

import pytest

from factcheck.pipeline import analyze, make_nlp


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


@pytest.mark.parametrize(("text", "figure", "status"), [
    ("ईरानी मीडिया ने दावा किया कि हमले में 7 F-35 विमान नष्ट हो गए। इजरायल ने इन दावों का खंडन किया है।",
     "7 F-35 विमान", "claimed_false"),
    ("विपक्ष का आरोप है कि घोटाले में 500 करोड़ रुपये का नुकसान हुआ। सरकार ने इसे गलत बताया।",
     "500 करोड़ रुपये", "claimed_false"),
    ("विपक्ष का आरोप है कि घोटाले में 500 करोड़ रुपये का नुकसान हुआ। सरकार ने जांच के आदेश दिए।",
     "500 करोड़ रुपये", "actual"),
    ("हादसे में 12 लोगों की मौत हो गई। प्रशासन ने इससे इनकार नहीं किया।", "12 लोगों", "actual"),
])
def test_a_denial_in_the_next_sentence(nlp, text: str, figure: str, status: str) -> None:
    _, claims = analyze(text, nlp=nlp)
    claim = next(c for c in claims if c.text.startswith(figure))
    assert claim.status == status, claim.reasons


def test_claims_quote_the_original_text_despite_folding(nlp) -> None:
    text = "बाढ़ से अब तक ५८ लोगों की मौत हो चुकी है और क़रीब 15 लाख लोग प्रभावित हैं।"
    _, claims = analyze(text, nlp=nlp)
    assert [c.text for c in claims][:1] == ["५८ लोगों की मौत"]
    assert all(text[c.start:c.end] == c.text for c in claims)
    assert any(c.text.startswith("क़रीब 15 लाख") and c.qualifier == "approx" for c in claims)


def test_a_denial_later_in_the_same_sentence_hits_that_sentence(nlp) -> None:
    text = ("हमले में इजरायल में 12 लोग घायल हुए। ईरान के सरकारी मीडिया ने दावा किया कि हमले में 7 F-35 विमान "
            "नष्ट हो गए, लेकिन इजरायल ने इन दावों का खंडन किया।")
    _, claims = analyze(text, nlp=nlp)
    status = {c.text.split()[0]: c.status for c in claims}
    assert status == {"12": "actual", "7": "claimed_false"}


@pytest.mark.parametrize(("text", "ones"), [
    # एक before a compound noun is an article: "a passenger plane", "a soldiers' truck"
    ("जयपुर के पास एक यात्री विमान आपात स्थिति में उतारा गया।", []),
    ("घाटी में एक सैनिक ट्रक खाई में गिर गया।", []),
    # एक counting people who died or were hurt stays a count
    ("मुठभेड़ में एक जवान शहीद हो गया।", ["एक जवान"]),
    ("धमाके में एक व्यक्ति घायल हुआ है।", ["एक व्यक्ति"]),
    ("हमले में एक सैनिक की मौत हो गई।", ["एक सैनिक की मौत"]),
])
def test_bare_one_before_a_compound_noun_is_an_article(nlp, text: str, ones: list[str]) -> None:
    _, claims = analyze(text, nlp=nlp)
    assert [c.text for c in claims if c.value_low == 1] == ones


def test_a_denied_figure_is_denied_where_the_document_repeats_it(nlp) -> None:
    text = ("पाकिस्तान का दावा: भारत के 5 विमान मार गिराए\n"
            "पाकिस्तान के रक्षा मंत्री ने दावा किया कि उनकी वायुसेना ने भारत के 5 विमान मार गिराए हैं। "
            "भारत सरकार ने इन दावों को खारिज कर दिया। सीमा पर 12 नागरिक घायल हुए।")
    _, claims = analyze(text, nlp=nlp)
    status = [(c.text.split()[0], c.status) for c in claims]
    assert status == [("5", "claimed_false"), ("5", "claimed_false"), ("12", "actual")]


@pytest.mark.parametrize(("text", "dates"), [
    # a year named only relative to the report is the period of its sentence's figures, no claim
    ("इस साल अब तक लू से 110 लोगों की मौत हुई है।", []),
    ("पिछले साल इसी अवधि में 1,380 हेक्टेयर जंगल जला था।", []),
    ("पिछले वर्ष मेले में भगदड़ हुई थी।", []),
    # with a month or a day it places an event, and is one
    ("पिछले साल अक्टूबर में भी यहां भूस्खलन हुआ था।", ["पिछले साल अक्टूबर"]),
    ("इस साल 24 फरवरी को रूस ने हमला किया।", ["इस साल 24 फरवरी"]),
])
def test_a_bare_relative_year_is_no_date_claim(nlp, text: str, dates: list[str]) -> None:
    _, claims = analyze(text, published="2025-06-01", nlp=nlp)
    assert [c.text for c in claims if c.kind == "date"] == dates
