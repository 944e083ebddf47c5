"""Who a figure is about (GUIDE "Who a figure is about"), through the whole pipeline.

Each row is a short article written for the rule it pins, in the phrasing of Hindi
outlets: the figure (its text), and the subject and object it must get.
"""

from __future__ import annotations

import pytest

from factcheck.pipeline import analyze, make_nlp


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


CASES = [
    # a side's people and things: the side named on the counted noun, the agent as object
    ("यूक्रेन ने 380 रूसी सैनिकों को मार गिराया।", "380 रूसी सैनिकों", "Russia", "Ukraine"),
    ("पाकिस्तान ने नियंत्रण रेखा पर 3 भारतीय जवानों को मार दिया।", "3 भारतीय जवानों", "India", "Pakistan"),
    ("ईरान ने इजराइल पर 180 मिसाइलें दागीं।", "180 मिसाइलें", "Iran", "Israel"),
    # an armed force stands for its state; a bare "सेना" for the state the article is about
    ("भारतीय सेना ने सीमा पार 12 मिसाइलें दागीं।", "12 मिसाइलें", "India", ""),
    ("भारत और पाकिस्तान के बीच तनाव बढ़ा। सेना ने रात में 24 मिसाइलें दागीं।", "24 मिसाइलें", "India", "Pakistan"),
    # people named by their side
    ("सुरक्षा बलों ने मुठभेड़ में 5 नक्सलियों को ढेर कर दिया।", "5 नक्सलियों", "Maoists", ""),
    # the headline already knows the other side of the article's conflict
    ("भारत ने 15 मिसाइलें दागीं\nभारत और पाकिस्तान के बीच संघर्ष चौथे दिन भी जारी रहा। पाकिस्तान ने भी जवाब दिया।",
     "15 मिसाइलें", "India", "Pakistan"),
    # elections: a list of tallies, each to the name before it (a bracket and a case marker between)
    ("महाराष्ट्र में शिवसेना (शिंदे) को 57 और एनसीपी (अजित पवार) को 41 सीटें मिलीं।", "57", "Shiv Sena",
     "Maharashtra"),
    ("महाराष्ट्र में शिवसेना (शिंदे) को 57 और एनसीपी (अजित पवार) को 41 सीटें मिलीं।", "41 सीटें", "NCP",
     "Maharashtra"),
    # a disaster's figure: the place its own clause names, not a nationality, not the hospital's town
    ("गुजरात के भुज में बस हादसे में 12 लोगों की मौत हो गई।", "12 लोगों की मौत", "Bhuj", ""),
    ("अहमदाबाद में विमान हादसे में 41 ब्रिटिश नागरिकों की मौत हो गई।", "41 ब्रिटिश नागरिकों की मौत", "Ahmedabad",
     ""),
    ("जाजपुर में रेल हादसा हुआ। हादसे में करीब 80 लोग घायल हुए हैं, जिनका इलाज कटक के अस्पतालों में चल रहा है।",
     "करीब 80 लोग", "Jajpur", ""),
    # a place named earlier in the sentence, across जबकि, before the document's own place
    ("नेपाल में भूकंप से तबाही। बिहार के सीतामढ़ी जिले में दीवार गिरने से 3 लोगों की मौत हो गई, जबकि 11 लोग घायल हुए।",
     "11 लोग", "Sitamarhi", ""),
]


@pytest.mark.parametrize(("text", "figure", "subject", "obj"), CASES)
def test_who_a_figure_is_about(nlp, text: str, figure: str, subject: str, obj: str) -> None:
    _, claims = analyze(text, nlp=nlp)
    claim = next(c for c in claims if c.text == figure)
    got = (claim.subject, claim.object) if subject else (claim.object,)
    want = (subject, obj) if subject else (obj,)
    assert got == want, claim.reasons


HEADS = [
    # a head of state's money, percentages and counts are his state's; his visit's length stays his
    ("रूस के राष्ट्रपति व्लादिमीर पुतिन ने सेना के लिए 100 अरब डॉलर का बजट मंजूर किया।", "100 अरब डॉलर", "Russia"),
    ("प्रधानमंत्री नरेंद्र मोदी ने मॉस्को में 9 समझौतों पर हस्ताक्षर किए।", "9 समझौतों", "India"),
    ("प्रधानमंत्री नरेंद्र मोदी ने 2 दिन की यात्रा शुरू की।", "2 दिन", "Narendra Modi"),
]


@pytest.mark.parametrize(("text", "figure", "subject"), HEADS)
def test_a_heads_figures_are_his_states(nlp, text: str, figure: str, subject: str) -> None:
    _, claims = analyze(text, nlp=nlp)
    claim = next(c for c in claims if c.text.startswith(figure))
    assert claim.subject == subject, claim.reasons
