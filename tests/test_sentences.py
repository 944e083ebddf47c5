"""Sentence boundaries on real news layout: dandas, quotes, headlines, abbreviations."""

from __future__ import annotations

import pytest

from factcheck.lang.sentences import split_sentences
from factcheck.normalize import fold

CASES = [
    ("रूस ने हमला किया। यूक्रेन ने जवाब दिया।", ["रूस ने हमला किया।", "यूक्रेन ने जवाब दिया।"]),
    ("पहला वाक्य॥ दूसरा वाक्य", ["पहला वाक्य॥", "दूसरा वाक्य"]),
    ("क्या यह सच है? हाँ! बिल्कुल.", ["क्या यह सच है?", "हाँ!", "बिल्कुल."]),
    ("सैन्य सहायता और गोला-बारूद की बड़ी खेप\nयह केवल एक बयान नहीं है।",
     ["सैन्य सहायता और गोला-बारूद की बड़ी खेप", "यह केवल एक बयान नहीं है।"]),
    ("उत्तर कोरिया का समर्थन\n\nबता दें कि रूस को मदद मिली.", ["उत्तर कोरिया का समर्थन", "बता दें कि रूस को मदद मिली."]),
    ("उन्होंने कहा, ”हम देख रहे हैं।” फिर वे चले गए।", ["उन्होंने कहा, ”हम देख रहे हैं।”", "फिर वे चले गए।"]),
    ("उन्होंने कहा, \"बहुत हुआ.\" बैठक खत्म हुई।", ["उन्होंने कहा, \"बहुत हुआ.\"", "बैठक खत्म हुई।"]),
    ("डॉ. सिंह ने 1.2 करोड़ रुपये दिए।", ["डॉ. सिंह ने 1.2 करोड़ रुपये दिए।"]),
    ("Fri. Nov 22nd, 2024", ["Fri. Nov 22nd, 2024"]),
    ("U.S. के अधिकारी ने कहा। ठीक है।", ["U.S. के अधिकारी ने कहा।", "ठीक है।"]),
    ("श्री. राम ने कहा।", ["श्री. राम ने कहा।"]),
    ("कीमत 40.5 प्रतिशत बढ़ी। अब?", ["कीमत 40.5 प्रतिशत बढ़ी।", "अब?"]),
    ("   \n\n  ", []),
    ("बिना विराम का शीर्षक", ["बिना विराम का शीर्षक"]),
    ("पहली पंक्ति\r\nदूसरी पंक्ति।", ["पहली पंक्ति", "दूसरी पंक्ति।"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences_on_folded_text(text: str, expected: list[str]) -> None:
    folded, _ = fold(text)
    assert [folded[s:e] for s, e in split_sentences(folded)] == [fold(x)[0] for x in expected]
