"""The false-alarm and miss classes of the comparison pass, one table each.

Every row is a pair of figures and whether a fact-checker should see a conflict. The pairs run
through ``find_conflicts`` twice: as hand-built ``Claim``s (the rule alone) and as short articles
through the pipeline (``factcheck.pipeline.analyze`` per article, then one story).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from factcheck.compare import find_conflicts
from factcheck.model import Claim
from factcheck.pipeline import analyze, make_nlp

DAY = "2025-07-12"


def fig(kind: str, value: float, *, source: str, subject: str = "", object: str = "", thing: str = "",
        status: str = "actual", published: str = DAY, story: str = "s1", unit: str = "",
        qualifier: str = "exact", sentence: str = "", inferred: str = "", furniture: bool = False,
        text: str = "") -> Claim:
    """A figure as the pipeline stores it (``sentence`` defaults to a plain report of it)."""
    text = text or f"{value:g}"
    sentence = sentence or f"अधिकारियों के मुताबिक {text} दर्ज किए गए।"
    return Claim(start=sentence.find(text) if text in sentence else 0,
                 end=(sentence.find(text) if text in sentence else 0) + len(text), text=text, kind=kind,
                 value_low=value, value_high=value, qualifier=qualifier, unit=unit, subject=subject,
                 object=object, thing=thing, status=status, source=source, published=published, story=story,
                 sentence=sentence, inferred=inferred, furniture=furniture)


def conflicts(a: Claim, b: Claim) -> bool:
    return bool(find_conflicts([a, b]))


def table(rows: list[tuple[str, Claim, Claim, bool]], xfail: dict[str, str] | None = None) -> list[Any]:
    xfail = xfail or {}
    return [pytest.param(a, b, want, id=name,
                         marks=[pytest.mark.xfail(strict=True, reason=xfail[name])] if name in xfail else [])
            for name, a, b, want in rows]


# --- false alarm: a different thing counted ------------------------------------------------------
MH = "Maharashtra"
THING_ROWS = [
    ("house total vs seats won", fig("seats", 288, source="a", subject=MH, thing="total"),
     fig("seats", 231, source="b", subject="Mahayuti", object=MH), False),
    ("seats polled vs the house's total", fig("seats", 224, source="a", subject="Karnataka", thing="total"),
     fig("seats", 222, source="b", subject="Karnataka", thing="polled"), False),
    ("house total vs won, one subject", fig("seats", 288, source="a", subject=MH, thing="total"),
     fig("seats", 231, source="b", subject=MH), False),
    ("majority mark vs won", fig("seats", 145, source="a", subject=MH, thing="majority"),
     fig("seats", 132, source="b", subject=MH), False),
    ("contested vs won", fig("seats", 101, source="a", subject="JDU", object="Bihar", thing="contested"),
     fig("seats", 85, source="b", subject="JDU", object="Bihar"), False),
    ("leading vs won", fig("seats", 15, source="a", subject="Congress", object=MH, thing="leading"),
     fig("seats", 16, source="b", subject="Congress", object=MH), False),
    ("a batch vs the total sent",
     fig("troops", 2000, source="a", subject="North Korea", object="Russia", thing="batch", text="2,000 और सैनिक"),
     fig("troops", 11000, source="b", subject="North Korea", object="Russia"), False),
    ("two batches", fig("troops", 2000, source="a", subject="North Korea", object="Russia", thing="batch"),
     fig("troops", 3000, source="b", subject="North Korea", object="Russia", thing="batch"), False),
    ("houses vs people injured", fig("count", 1400, source="a", subject="Nepal", thing="houses"),
     fig("wounded", 200, source="b", subject="Nepal"), False),
    ("houses vs villages", fig("count", 1400, source="a", subject="Nepal", thing="houses"),
     fig("count", 300, source="b", subject="Nepal", thing="villages"), False),
    ("turnout vs vote share", fig("percent", 66, source="a", subject="Bihar", thing="turnout", unit="percent"),
     fig("percent", 39, source="b", subject="Bihar", thing="vote_share", unit="percent"), False),
    ("vote share read as seats", fig("percent", 39, source="a", subject="BJP", object=MH, thing="vote_share"),
     fig("seats", 132, source="b", subject="BJP", object=MH), False),
    ("on board vs on the ground", fig("killed", 241, source="a", subject="Ahmedabad", thing="on_board"),
     fig("killed", 19, source="b", subject="Ahmedabad", thing="on_ground"), False),
    ("critical vs all wounded", fig("wounded", 12, source="a", subject="Odisha", thing="critical"),
     fig("wounded", 100, source="b", subject="Odisha"), False),
    ("houses destroyed vs damaged", fig("count", 24, source="a", subject="Thunag", thing="houses destroyed"),
     fig("count", 61, source="b", subject="Thunag", thing="houses damaged"), False),
    ("one phase's turnout vs the whole poll's", fig("percent", 68.45, source="a", subject="Jharkhand",
                                                   thing="turnout in phase 2", unit="percent"),
     fig("percent", 67.74, source="b", subject="Jharkhand", thing="turnout", unit="percent"), False),
    ("a date of one of several phases",
     replace(fig("date", 0, source="a", subject="Jharkhand", thing="one of several phases"), when="2024-11-13",
             event="election"),
     replace(fig("date", 0, source="b", subject="Jharkhand", thing="one of several phases"), when="2024-11-20",
             event="election"), False),
    ("the poll's date", replace(fig("date", 0, source="a", subject="Jharkhand"), when="2024-11-13", event="election"),
     replace(fig("date", 0, source="b", subject="Jharkhand"), when="2024-11-20", event="election"), True),
    # the same thing still meets
    ("houses destroyed, two counts", fig("count", 30, source="a", subject="Thunag", thing="houses destroyed",
                                         published="2025-07-01"),
     fig("count", 24, source="b", subject="Thunag", thing="houses destroyed", published="2025-07-03"), True),
    ("seats won, one party", fig("seats", 132, source="a", subject="BJP", object=MH),
     fig("seats", 125, source="b", subject="BJP", object=MH), True),
    ("house totals", fig("seats", 288, source="a", subject=MH, thing="total"),
     fig("seats", 289, source="b", subject=MH, thing="total"), True),
    ("turnouts", fig("percent", 66, source="a", subject="Bihar", thing="turnout", unit="percent"),
     fig("percent", 61, source="b", subject="Bihar", thing="turnout", unit="percent"), True),
]

# --- false alarm: a different event (story, period) ---------------------------------------------
EVENT_ROWS = [
    ("two quakes, two stories", fig("killed", 157, source="a", subject="Nepal", story="quake-2023"),
     fig("killed", 128, source="b", subject="Nepal", story="quake-2025"), False),
    ("a stampede's toll vs an air crash's", fig("killed", 30, source="a", subject="Prayagraj", story="kumbh"),
     fig("killed", 241, source="b", subject="Prayagraj", story="crash"), False),
    ("2020 result vs 2025 result, one story",
     fig("seats", 125, source="a", subject="NDA", object="Bihar", published="2020-11-11"),
     fig("seats", 202, source="b", subject="NDA", object="Bihar", published="2025-11-14"), False),
    ("one quake, one story", fig("killed", 157, source="a", subject="Nepal", story="quake-2025"),
     fig("killed", 128, source="b", subject="Nepal", story="quake-2025"), True),
    # an earlier round's figure meets only another earlier round's, never this round's
    ("the last election vs this one", fig("seats", 34, source="a", subject="Congress", object="Nagpur"),
     fig("seats", 28, source="b", subject="Congress", object="Nagpur", text="28",
         sentence="पिछले चुनाव में कांग्रेस को 28 सीटें मिली थीं।"), False),
    ("the outgoing parliament vs this one", fig("seats", 159, source="a", subject="NPP", object="Sri Lanka"),
     fig("seats", 3, source="b", subject="NPP", object="Sri Lanka", text="3",
         sentence="पिछली संसद में एनपीपी के पास केवल 3 सीटें थीं।"), False),
    ("the last election in two reports", fig("seats", 29, source="a", subject="Congress", object="Nagpur",
                                             text="29", sentence="पिछले चुनाव में कांग्रेस को 29 सीटें मिली थीं।"),
     fig("seats", 28, source="b", subject="Congress", object="Nagpur", text="28",
         sentence="पिछली बार कांग्रेस ने 28 सीटें जीती थीं।"), True),
]

# an earlier round a figure is measured against is no period of its own ("पिछली बार के मुकाबले"); a gain
# over it stays apart from the seats won
EVENT_ROWS += [
    ("seats won, measured against last time", fig("seats", 14, source="a", subject="Congress", object="Odisha",
                                                  text="14", sentence="कांग्रेस ने 14 सीटें जीतीं।"),
     fig("seats", 15, source="b", subject="Congress", object="Odisha", text="15",
         sentence="कांग्रेस ने पिछली बार के मुकाबले प्रदर्शन सुधारते हुए 15 सीटें जीतीं।"), True),
    ("a gain over last time", fig("seats", 163, source="a", subject="BJP", object="Odisha", text="163",
                                  sentence="भाजपा ने 163 सीटें जीतीं।"),
     fig("seats", 54, source="b", subject="BJP", object="Odisha", text="54",
         sentence="भाजपा ने 163 सीटों पर जीत दर्ज की है, जो पिछली बार से 54 सीटें ज्यादा है।"), False),
]

# one night's attack against the next night's: reports of different days each counting "the night"
EVENT_ROWS += [
    ("two nights' drones", fig("drones", 145, source="a", subject="Russia", object="Ukraine", text="145",
                                sentence="यूक्रेनी वायुसेना के मुताबिक रूस ने रातभर में 145 ड्रोन दागे।"),
     fig("drones", 103, source="b", subject="Russia", object="Ukraine", published="2025-07-13", text="103",
         sentence="गुरुवार-शुक्रवार की रात रूस ने 103 ड्रोन दागे।"), False),
    ("one night's drones in two reports of a day", fig("drones", 145, source="a", subject="Russia",
                                                       object="Ukraine", text="145",
                                                       sentence="रूस ने रातभर में 145 ड्रोन दागे।"),
     fig("drones", 130, source="b", subject="Russia", object="Ukraine", text="130",
         sentence="गुरुवार रात रूस ने 130 ड्रोन दागे।"), True),
    ("a night's toll told smaller the next day", fig("killed", 9, source="a", subject="Ukraine", text="9",
                                                     sentence="रातभर हुए हमले में 9 लोगों की मौत हो गई।"),
     fig("killed", 7, source="b", subject="Ukraine", published="2025-07-13", text="7",
         sentence="बुधवार रात के हमले में 7 लोगों की मौत हुई।"), True),
]


@pytest.mark.parametrize(("before", "figure", "other", "want"), [
    # the sentence before counts the kind over the night: the figure right after is of that night
    ("रूस ने रातभर में 66 मिसाइलें और 145 ड्रोन दागे।", "वायु रक्षा ने 64 ड्रोन मार गिराए।",
     "गुरुवार-शुक्रवार की रात 57 ड्रोन मार गिराए गए।", False),
    # … and of the days it names, against another report of that night
    ("शनिवार रात रूस ने 145 ड्रोन दागे।", "वायु रक्षा ने 64 ड्रोन मार गिराए।", "शनिवार रात 57 ड्रोन मार गिराए गए।", True),
    # a sentence before that names no night leaves the figure's period open
    ("रूस ने हमले में 66 मिसाइलें और 145 ड्रोन दागे।", "वायु रक्षा ने 64 ड्रोन मार गिराए।",
     "गुरुवार-शुक्रवार की रात 57 ड्रोन मार गिराए गए।", True),
])
def test_a_figure_after_a_nights_count_is_of_that_night(before: str, figure: str, other: str, want: bool) -> None:
    first = replace(fig("drones", 145, source="a", subject="Russia", object="Ukraine", text="145", sentence=before),
                    sentence_index=3)
    after = replace(fig("drones", 64, source="a", subject="Russia", object="Ukraine", thing="shot_down", text="64",
                        sentence=figure), sentence_index=4)
    later = fig("drones", 57, source="b", subject="Russia", object="Ukraine", thing="shot_down", text="57",
                published="2025-07-13", sentence=other)
    days = [replace(c, kind="date", text="शनिवार", start=c.sentence.find("शनिवार"), end=c.sentence.find("शनिवार") + 6,
                    when="2025-07-12", value_low=0, value_high=0, thing="")
            for c in (first, later) if "शनिवार" in c.sentence]  # the day a sentence names, as extract stores it
    found = find_conflicts([first, after, later, *days])
    assert any({x.a.source, x.b.source} == {"a", "b"} and x.a.kind == "drones" and "64" in (x.a.text, x.b.text)
               for x in found) is want


# --- false alarm: a different side ---------------------------------------------------------------
SIDE_ROWS = [
    ("Russian vs Ukrainian soldiers killed", fig("killed", 380, source="a", subject="Russia", object="Ukraine"),
     fig("killed", 120, source="b", subject="Ukraine", object="Russia"), False),
    ("one party's seats vs another's", fig("seats", 132, source="a", subject="BJP", object=MH),
     fig("seats", 57, source="b", subject="Shiv Sena", object=MH), False),
    ("jets of no named side vs India's aircraft", fig("aircraft", 5, source="a"),
     fig("aircraft", 6, source="b", subject="India", object="Pakistan"), False),
    ("troops of no named side", fig("troops", 10000, source="a"),
     fig("troops", 12000, source="b"), False),
    ("the same side", fig("killed", 380, source="a", subject="Russia", object="Ukraine"),
     fig("killed", 450, source="b", subject="Russia", object="Ukraine"), True),
    ("the same side, the other party unsaid", fig("aircraft", 5, source="a", subject="India"),
     fig("aircraft", 6, source="b", subject="India", object="Pakistan"), True),
]

# --- false alarm: not a claim -------------------------------------------------------------------
NOT_CLAIM_ROWS = [
    ("a linked headline", fig("killed", 28, source="a", subject="Odisha", furniture=True),
     fig("killed", 40, source="b", subject="Odisha"), False),
    ("an increment", fig("killed", 9, source="a", subject="Nepal", text="9 और शव",
                         sentence="मलबे से 9 और शव निकाले गए।"),
     fig("killed", 128, source="b", subject="Nepal"), False),
    ("a denial vs a claim", fig("aircraft", 5, source="a", subject="India", status="claimed_false"),
     fig("aircraft", 6, source="b", subject="India"), False),
    ("planned vs actual", fig("troops", 30000, source="a", subject="North Korea", object="Russia",
                              status="planned"),
     fig("troops", 11000, source="b", subject="North Korea", object="Russia"), False),
]

# --- false alarm: updates shown by the text ------------------------------------------------------
MM = "Myanmar"
UPDATE_ROWS = [
    ("toll rose, same day", fig("killed", 870, source="a", subject=MM),
     fig("killed", 2719, source="b", subject=MM, text="2,719",
         sentence="म्यांमार में भूकंप से मरने वालों की संख्या बढ़कर 2,719 हो गई है।"), False),
    ("toll rose, undated", fig("killed", 870, source="a", subject=MM, published=""),
     fig("killed", 2719, source="b", subject=MM, published="", text="2,719",
         sentence="मरने वालों की संख्या बढ़कर 2,719 हो गई है।"), False),
    ("latest figures", fig("killed", 870, source="a", subject=MM),
     fig("killed", 1644, source="b", subject=MM, text="1,644",
         sentence="नवीनतम आंकड़ों के अनुसार भूकंप में 1,644 लोगों की मौत हुई है।"), False),
    ("later and larger", fig("killed", 870, source="a", subject=MM, published="2025-03-28"),
     fig("killed", 1644, source="b", subject=MM, published="2025-03-30"), False),
    ("provisional turnout revised", fig("percent", 60.1, source="a", subject="Bihar", thing="turnout",
                                        unit="percent", text="60.1 प्रतिशत",
                                        sentence="शाम 5 बजे तक 60.1 प्रतिशत मतदान हुआ।"),
     fig("percent", 64.7, source="b", subject="Bihar", thing="turnout", unit="percent", text="64.7 प्रतिशत",
         sentence="चुनाव आयोग के अंतिम आंकड़ों के अनुसार 64.7 प्रतिशत मतदान हुआ।"), False),
    ("a revised official toll against eyewitnesses' larger one", fig("killed", 37, source="a", subject="Prayagraj",
                                                                  sentence="मेला प्रशासन ने संशोधित आंकड़े जारी कर 37 "
                                                                           "लोगों की मौत की पुष्टि की।",
                                                                  text="37"),
     fig("killed", 50, source="b", subject="Prayagraj", qualifier="more_than", text="50",
         sentence="चश्मदीदों के मुताबिक 50 से अधिक लोगों की मौत हुई।"), True),
    ("the rise is another figure's", fig("killed", 3, source="a", subject="Sitamarhi", published="2025-02-22",
                                         text="3", sentence="नेपाल भूकंप: मरने वालों की संख्या बढ़कर 148 हुई, "
                                                            "बिहार में 3 की मौत"),
     fig("killed", 2, source="b", subject="Sitamarhi", published="2025-02-23", text="दो",
         sentence="बिहार के सीतामढ़ी में दीवार गिरने से दो लोगों की मौत हुई थी।"), True),
    ("later and smaller", fig("killed", 1644, source="a", subject=MM, published="2025-03-28"),
     fig("killed", 870, source="b", subject=MM, published="2025-03-30"), True),
    ("larger with no update words, same day", fig("killed", 870, source="a", subject=MM),
     fig("killed", 1644, source="b", subject=MM), True),
]

# a part of a figure given before is no rival of the whole
UPDATE_ROWS.append(("a subset of the figure before", fig("count", 11, source="a", subject="Jajpur", thing="coaches"),
                    fig("count", 4, source="b", subject="Jajpur", thing="coaches", text="चार",
                        sentence="ट्रेन के 12 डिब्बे पटरी से उतर गए थे और उनमें से चार डिब्बे पूरी तरह क्षतिग्रस्त "
                                 "हो गए।"), False))

# a figure the sentence then adds to a total is an increment, not a rival of the total
UPDATE_ROWS.append(("an increment the sentence adds to a total", fig("killed", 47, source="a", subject="Israel",
                                                                     thing="soldiers"),
                    fig("killed", 1, source="b", subject="Israel", thing="soldiers", text="एक",
                        sentence="लड़ाई में एक इज़राइली सैनिक मारा गया, जिससे जमीनी अभियान में मारे गए सैनिकों की "
                                 "संख्या 48 हो गई है।"), False))

UPDATE_ROWS.append(("an increment, the total said further on", fig("killed", 100, source="a", subject="Israel",
                                                                    thing="soldiers", qualifier="more_than"),
                    fig("killed", 1, source="b", subject="Israel", thing="soldiers", text="एक",
                        sentence="सेना के अनुसार दक्षिणी लेबनान में लड़ाई के दौरान एक इज़राइली सैनिक मारा गया, जिससे "
                                 "अक्टूबर की शुरुआत में जमीनी अभियान शुरू होने के बाद से मारे गए इज़राइली सैनिकों की "
                                 "संख्या 47 हो गई है।"), False))

# a war "going on for two years" is counted from its start: its toll is not one attack's
UPDATE_ROWS += [
    ("a war's toll since it began vs one attack's", fig("killed", 150000, source="a", subject="Sudan", qualifier="approx",
                                                      text="अनुमानित 1.5 लाख लोगों",
                                                      sentence="सूडान में दो साल से चल रही लड़ाई में अनुमानित 1.5 लाख "
                                                               "लोगों की जान जा चुकी है।"),
     fig("killed", 400, source="b", subject="Sudan", qualifier="approx", text="करीब 400 लोगों",
         sentence="शिविर पर हमले में करीब 400 लोगों की मौत हो गई।"), False),
    ("a duty in force, three weeks apart", fig("percent", 25, source="a", subject="United States", object="India",
                                               thing="tariff", published="2025-08-07"),
     fig("percent", 50, source="b", subject="United States", object="India", thing="tariff", published="2025-08-28"),
     False),
    ("a duty in force, one day", fig("percent", 25, source="a", subject="United States", object="India", thing="tariff"),
     fig("percent", 50, source="b", subject="United States", object="India", thing="tariff"), True),
]

# relief sent is counted so far: the later, larger weight is an update
UPDATE_ROWS.append(("relief sent, later and larger", fig("weight", 20, source="a", subject="Myanmar", unit="kg",
                                                         published="2025-03-29"),
                    fig("weight", 45, source="b", subject="Myanmar", unit="kg", published="2025-03-30"), False))

# a live story's reports of one day are ordered by the time of day their metadata gives
UPDATE_ROWS += [
    ("toll rose between the morning and the noon report", fig("killed", 15, source="a", subject="New Delhi",
                                                              published="2025-02-16T07:45"),
     fig("killed", 18, source="b", subject="New Delhi", published="2025-02-16T12:10"), False),
    ("toll fell between the morning and the noon report", fig("killed", 18, source="a", subject="New Delhi",
                                                              published="2025-02-16T07:45"),
     fig("killed", 15, source="b", subject="New Delhi", published="2025-02-16T12:10"), True),
    ("one day, no time of day: no order", fig("killed", 15, source="a", subject="New Delhi", published="2025-02-16"),
     fig("killed", 18, source="b", subject="New Delhi", published="2025-02-16T12:10"), True),
]

# a side's tanks lost are counted so far through a war: the later, larger figure is an update;
# two figures of one day still meet
UPDATE_ROWS += [
    ("tanks lost, later and larger", fig("tanks", 45, source="a", subject="Russia", object="Ukraine",
                                         published="2022-02-27"),
     fig("tanks", 251, source="b", subject="Russia", object="Ukraine", published="2022-03-04"), False),
    ("tanks lost, one day", fig("tanks", 45, source="a", subject="Russia", object="Ukraine"),
     fig("tanks", 80, source="b", subject="Russia", object="Ukraine"), True),
]

# people rescued are counted so far, though people are not
UPDATE_ROWS.append(("people rescued, later and larger", fig("people", 52, source="a", subject="Thunag",
                                                            thing="rescued", published="2025-07-01"),
                    fig("people", 80, source="b", subject="Thunag", thing="rescued", qualifier="more_than",
                        published="2025-07-03"), False))

# a figure given as final revises an earlier one not so marked; published the same day, it meets it
UPDATE_ROWS += [
    ("an air force's final report after its first", fig("drones", 145, source="a", subject="Russia", object="Ukraine",
                                                         text="145", sentence="रूस ने रातभर में 145 ड्रोन दागे।"),
     fig("drones", 147, source="b", subject="Russia", object="Ukraine", published="2025-07-13", text="147",
         sentence="यूक्रेनी वायुसेना ने अपनी अंतिम रिपोर्ट में कहा कि रूस ने उस रात कुल 147 ड्रोन दागे थे।"), False),
    ("a final turnout after the polling day's", fig("percent", 61.4, source="a", subject="Indore", thing="turnout",
                                                   unit="percent", published="2025-07-14",
                                                   sentence="मतदान में 61.4 फीसदी वोटिंग दर्ज की गई।", text="61.4 फीसदी"),
     fig("percent", 62.1, source="b", subject="Indore", thing="turnout", unit="percent", published="2025-07-17",
         sentence="अंतिम आंकड़ों के अनुसार मतदान 62.1 प्रतिशत रहा।", text="62.1 प्रतिशत"), False),
    ("a final turnout after the polling day's, one article", fig("percent", 74.06, source="a", subject="Kerala",
                                                                 thing="turnout", unit="percent",
                                                                 sentence="आयोग के अंतिम आंकड़ों के अनुसार इस बार "
                                                                          "74.06 प्रतिशत मतदान हुआ।",
                                                                 text="74.06 प्रतिशत"),
     fig("percent", 74.02, source="b", subject="Kerala", thing="turnout", unit="percent",
         sentence="मतदान के दिन देर शाम तक 74.02 फीसदी मतदान दर्ज किया गया था।", text="74.02 फीसदी"), False),
    ("a final turnout after the polling day's estimate", fig("percent", 65, source="a", subject="Sri Lanka",
                                                            thing="turnout", unit="percent", qualifier="approx",
                                                            published="2024-11-15", text="करीब 65 प्रतिशत",
                                                            sentence="गुरुवार को करीब 65 प्रतिशत मतदान हुआ।"),
     fig("percent", 68.93, source="b", subject="Sri Lanka", thing="turnout", unit="percent", published="2024-11-16",
         text="68.93", sentence="चुनाव आयोग ने अंतिम मतदान प्रतिशत 68.93 बताया है।"), False),
    ("a final turnout the same day", fig("percent", 69.69, source="a", subject="J&K", thing="turnout", unit="percent",
                                         sentence="तीसरे चरण में 69.69 फीसदी वोट पड़े।", text="69.69 फीसदी"),
     fig("percent", 69.65, source="b", subject="J&K", thing="turnout", unit="percent",
         sentence="अंतिम आंकड़ों के अनुसार 69.65% वोटिंग हुई।", text="69.65%"), True),
]

# a figure given as revised replaces an earlier report's, either way; a report of no known date is
# not earlier
UPDATE_ROWS += [
    ("a revised toll after the first one", fig("killed", 2053, source="a", subject="Herat", published="2023-10-08",
                                               text="2,053", sentence="अब तक 2,053 लोगों की मौत हो चुकी है।"),
     fig("killed", 1000, source="b", subject="Herat", qualifier="approx", published="2023-10-11", text="क़रीब 1,000",
         sentence="संशोधित आंकड़ों के मुताबिक़ क़रीब 1,000 लोगों की मौत हुई है।"), False),
    ("a revised toll against an undated report", fig("killed", 52, source="a", subject="Prayagraj", published="",
                                                     text="52", sentence="चश्मदीदों के मुताबिक 52 लोगों की मौत हुई।"),
     fig("killed", 37, source="b", subject="Prayagraj", published="2025-01-31", text="37",
         sentence="मेला प्रशासन ने जारी किया संशोधित आंकड़ा, मृतकों की संख्या 37 हुई"), True),
]

# a count at a moment (people still missing) on two days is two moments, in either direction;
# on one day the figures meet
UPDATE_ROWS += [
    ("missing, fewer on a later day", fig("missing", 9, source="a", subject="Kullu", published="2025-07-01"),
     fig("missing", 3, source="b", subject="Kullu", published="2025-07-03"), False),
    ("missing, more on a later day", fig("missing", 9, source="a", subject="Kullu", published="2025-07-01"),
     fig("missing", 21, source="b", subject="Kullu", published="2025-07-03"), False),
    ("missing, one day", fig("missing", 12, source="a", subject="Kullu"),
     fig("missing", 21, source="b", subject="Kullu"), True),
    ("in hospital, two days", fig("people", 100, source="a", subject="Kallakurichi", thing="hospitalised",
                                  qualifier="more_than", published="2024-06-20"),
     fig("people", 90, source="b", subject="Kallakurichi", thing="hospitalised", published="2024-06-22"), False),
]

# the text saying a count rose makes the larger figure an update whatever its kind; a number
# (in words too) or a clause end between the words and the figure makes them another figure's
UPDATE_ROWS += [
    ("animals lost, the later text says the count rose", fig("count", 17, source="a", subject="Bihar",
                                                           thing="animals"),
     fig("count", 31, source="b", subject="Bihar", thing="animals", text="31",
         sentence="ठनका से मरे मवेशियों का आंकड़ा भी बढ़कर 31 पहुंच गया है।"), False),
    ("animals lost, no words of a rise", fig("count", 17, source="a", subject="Bihar", thing="animals"),
     fig("count", 31, source="b", subject="Bihar", thing="animals", text="31",
         sentence="ठनका से 31 मवेशियों की भी मौत हो गई।"), True),
    ("the rise is a number word's, not the speed's", fig("count", 110, source="a", subject="Odisha", thing="speed",
                                                         unit="km/h"),
     fig("count", 130, source="b", subject="Odisha", thing="speed", unit="km/h", text="130 किमी",
         sentence="चक्रवात: मृतकों की संख्या बढ़कर चार, बंगाल में तीन की मौत; 130 किमी की रफ्तार से आया था "
                  "तूफान"), True),
    ("people displaced grow as the water spreads", fig("people", 400, source="a", subject="Rasuwa",
                                                       thing="displaced", published="2025-07-09"),
     fig("people", 1200, source="b", subject="Rasuwa", thing="displaced", published="2025-07-10"), False),
    ("people in relief camps are a count at a moment", fig("people", 1200, source="a", subject="Rasuwa",
                                                           thing="in_camps", published="2025-07-09"),
     fig("people", 400, source="b", subject="Rasuwa", thing="in_camps", published="2025-07-10"), False),
]

# things counted among others named just before ("डिब्बों में चार एसी कोच शामिल हैं"), the strongest of
# several ("जिनमें सबसे तेज 5.2"): parts, not the whole; a loss among the dead keeps its own measure
UPDATE_ROWS += [
    ("AC coaches among the derailed", fig("count", 12, source="a", subject="Gonda", thing="coaches"),
     fig("count", 4, source="b", subject="Gonda", thing="coaches", text="चार",
         sentence="पटरी से उतरे डिब्बों में चार एसी कोच शामिल हैं।"), False),
    ("the strongest of the aftershocks", fig("magnitude", 6.3, source="a", subject="Kunar"),
     fig("magnitude", 5.2, source="b", subject="Kunar", text="5.2",
         sentence="मुख्य भूकंप के बाद कम से कम तीन झटके महसूस किए गए, जिनमें सबसे तेज 5.2 तीव्रता का था।"), False),
    ("British among the dead, two reports", fig("killed", 53, source="a", subject="Ahmedabad",
                                                thing="of United Kingdom"),
     fig("killed", 52, source="b", subject="Ahmedabad", thing="of United Kingdom", text="52",
         sentence="मृतकों में 52 ब्रिटिश नागरिक शामिल हैं।"), True),
]

# the rest of a toll is a part of it ("शेष"), but "विशेष" (special) is no such word
UPDATE_ROWS += [
    ("the rest of the toll", fig("killed", 20, source="a", subject="Bihar"),
     fig("killed", 8, source="b", subject="Bihar", text="आठ",
         sentence="शेष आठ मौतें छह अन्य जिलों में हुई हैं।"), False),
    ("a special commissioner's figure is whole", fig("count", 110, source="a", subject="Odisha", thing="speed",
                                                     unit="km/h"),
     fig("count", 130, source="b", subject="Odisha", thing="speed", unit="km/h", text="130 किलोमीटर",
         sentence="विशेष राहत आयुक्त कार्यालय के अनुसार हवा की रफ्तार 130 किलोमीटर प्रति घंटा दर्ज की गई।"),
     True),
]

# a part of the toll, the toll in another city of a side, a speed limit: other measures
THING_ROWS += [
    ("women among the dead vs the toll", fig("killed", 5, source="a", subject="Tirupati", thing="of women"),
     fig("killed", 6, source="b", subject="Tirupati"), False),
    ("a side's loss in another city vs its toll", fig("killed", 31, source="a", subject="Ukraine", object="Russia"),
     fig("killed", 11, source="b", subject="Ukraine", object="Russia", thing="in Kryvyi Rih"), False),
    ("a daily rate vs the event's count", fig("count", 4, source="a", subject="Vadodara", thing="vehicles",
                                              text="4 वाहन", sentence="पुल टूटने से 4 वाहन नदी में गिर गए।"),
     fig("count", 15000, source="b", subject="Vadodara", thing="vehicles", qualifier="approx", text="15,000",
         sentence="इस पुल से रोजाना करीब 15,000 वाहन गुजरते थे।"), False),
    ("a yearly rate vs the event's weight", fig("weight", 1000, source="a", subject="Bandar Abbas", unit="tonne",
                                                qualifier="approx", text="करीब 1,000 टन",
                                                sentence="बंदरगाह पर करीब 1,000 टन रसायन रखा था।"),
     fig("weight", 80000000, source="b", subject="Bandar Abbas", unit="tonne", qualifier="approx",
         text="करीब 8 करोड़ टन", sentence="यहां सालाना करीब 8 करोड़ टन माल की आवाजाही होती है।"), False),
    ("five years' toll vs the accident's", fig("killed", 11, source="a", subject="Ramgarh"),
     fig("killed", 112, source="b", subject="Ramgarh", text="112",
         sentence="पिछले पांच साल में झारखंड में 38 खदान हादसों में 112 मजदूरों की मौत हुई है।"), False),
    # a count run from a bare year is years' toll; one run from the day a war began is the war's own
    ("the toll since a year vs the crash's", fig("killed", 68, source="a", subject="Nepal", text="68 शव",
                                                  sentence="मलबे से अब तक 68 शव निकाले जा चुके हैं।"),
     fig("killed", 350, source="b", subject="Nepal", qualifier="more_than", text="350",
         sentence="नेपाल में 2010 के बाद से अब तक विमान हादसों में 350 से ज्यादा लोगों की मौत हो चुकी है।"), False),
    ("the war's toll since the day it began", fig("killed", 41000, source="a", subject="Gaza",
                                                  text="41,000", sentence="गाजा में युद्ध में अब तक 41,000 लोगों की मौत हो चुकी है।"),
     fig("killed", 35000, source="b", subject="Gaza", text="35,000",
         sentence="गाजा में 7 अक्टूबर 2023 के बाद से अब तक 35,000 लोगों की मौत हो चुकी है।"), True),
    ("this year's toll vs the clash's", fig("killed", 23, source="a", subject="Pakistan", thing="soldiers"),
     fig("killed", 500, source="b", subject="Pakistan", thing="soldiers", qualifier="more_than", text="500",
         sentence="इस साल ख़ैबर पख़्तूनख़्वा में 500 से ज़्यादा सुरक्षाकर्मी मारे जा चुके हैं।"), False),
    ("the past year's supplies vs those since a month a year ago", fig("shells", 8000000, source="a",
                                                                       subject="North Korea", object="Russia",
                                                                       qualifier="more_than"),
     fig("shells", 5000000, source="b", subject="North Korea", object="Russia", qualifier="approx", text="50 लाख",
         sentence="उत्तर कोरिया ने पिछले एक साल में रूस को लगभग 50 लाख तोप के गोले दिए हैं।"), True),
    ("a speed vs the limit", fig("count", 78, source="a", subject="Rangapani", thing="speed", unit="km/h"),
     fig("count", 10, source="b", subject="Rangapani", thing="speed_limit", unit="km/h"), False),
    # those shot down "of these" are a measure of their own, compared with another report's
    ("drones shot down of those fired", fig("drones", 386, source="a", subject="Russia", object="Ukraine",
                                            thing="shot_down", text="386 ड्रोन",
                                            sentence="वायुसेना ने बताया कि इनमें से 386 ड्रोन मार गिराए गए।"),
     fig("drones", 371, source="b", subject="Russia", object="Ukraine", thing="shot_down", text="371 ड्रोन",
         sentence="रूस ने 397 ड्रोन दागे, जिनमें से 371 ड्रोन को नष्ट कर दिया गया।"), True),
    ("children of the dead, of these", fig("killed", 5, source="a", subject="Gaza", thing="of children",
                                           text="5 बच्चे", sentence="इनमें से 5 बच्चे थे।"),
     fig("killed", 8, source="b", subject="Gaza", thing="of children", text="8 बच्चे",
         sentence="मारे गए लोगों में से 8 बच्चे थे।"), False),
]

# another event of the same kind told in passing is not the story's event
UPDATE_ROWS.append(("another stampede in passing", fig("killed", 30, source="a", subject="Prayagraj"),
                    fig("killed", 3, source="b", subject="Prayagraj", text="3",
                        sentence="जबकि झूंसी क्षेत्र में हुई एक अन्य भगदड़ में 3 लोगों की मौत की पुष्टि हुई है।"), False))

# an earlier accident recalled as "that" one ("उस हादसे में"), a quake told as "another" ("एक और
# भूकंप", its date too): not the story's event
UPDATE_ROWS += [
    ("that accident, years before", fig("killed", 9, source="a", subject="Gonda"),
     fig("killed", 25, source="b", subject="Gonda", qualifier="more_than", text="25",
         sentence="उस हादसे में 25 से अधिक लोगों की मौत हुई थी।"), False),
    # a month earlier in the year, or the record till then: another night's attack
    ("a month earlier this year", fig("drones", 810, source="a", subject="Russia", object="Ukraine"),
     fig("drones", 728, source="b", subject="Russia", object="Ukraine", text="728 ड्रोन",
         sentence="रूस ने इसी साल जुलाई में एक रात में 728 ड्रोन दागे थे, जो तब तक का रिकॉर्ड था।"), False),
    ("the record till then", fig("drones", 810, source="a", subject="Russia", object="Ukraine"),
     fig("drones", 728, source="b", subject="Russia", object="Ukraine", text="728 ड्रोन",
         sentence="जुलाई में 728 ड्रोन से हुआ हमला तब तक का सबसे बड़ा हमला था।"), False),
    ("this night's attack", fig("drones", 810, source="a", subject="Russia", object="Ukraine"),
     fig("drones", 728, source="b", subject="Russia", object="Ukraine", text="728 ड्रोन",
         sentence="रूस ने शनिवार रात 728 ड्रोन दागे, जो अब तक का सबसे बड़ा हमला है।"), True),
    ("this accident", fig("killed", 19, source="a", subject="Gonda"),
     fig("killed", 25, source="b", subject="Gonda", qualifier="more_than", text="25",
         sentence="इस हादसे में 25 से अधिक लोगों की मौत हुई है।"), True),
    ("another quake's date", replace(fig("date", 0, source="a", subject="Kunar", text="31 अगस्त",
                                         sentence="रविवार (31 अगस्त) की रात आए भूकंप ने भारी तबाही मचाई।"),
                                     when="2025-08-31", event="disaster"),
     replace(fig("date", 0, source="b", subject="Kunar", text="2 सितंबर",
                 sentence="मंगलवार (2 सितंबर) शाम को इसी इलाके में एक और भूकंप आया।"),
             when="2025-09-02", event="disaster"), False),
    ("the quake's date, two outlets", replace(fig("date", 0, source="a", subject="Kunar", text="31 अगस्त",
                                                  sentence="रविवार (31 अगस्त) की रात आए भूकंप ने तबाही मचाई।"),
                                              when="2025-08-31", event="disaster"),
     replace(fig("date", 0, source="b", subject="Kunar", text="2 सितंबर",
                 sentence="मंगलवार (2 सितंबर) को आए भूकंप ने तबाही मचाई।"),
             when="2025-09-02", event="disaster"), True),
    # a figure its own sentence revises is superseded by its text; the figure it is revised to stands
    ("an agency's first estimate, revised in the sentence", fig("magnitude", 8.6, source="a", subject="Kamchatka"),
     fig("magnitude", 8.0, source="b", subject="Kamchatka", text="8.0",
         sentence="मौसम एजेंसी ने पहले इसे 8.0 आंका था, जिसे बाद में संशोधित करके 8.6 कर दिया गया।"), False),
    ("the revised figure", fig("magnitude", 8.8, source="a", subject="Kamchatka"),
     fig("magnitude", 8.6, source="b", subject="Kamchatka", text="8.6",
         sentence="मौसम एजेंसी ने पहले इसे 8.0 आंका था, जिसे बाद में संशोधित करके 8.6 कर दिया गया।"), True),
    # the count a toll rose or fell from ("288 से घटकर 275") is the one the sentence revises
    ("a toll fallen from", fig("killed", 278, source="a", subject="Balasore"),
     fig("killed", 288, source="b", subject="Balasore", text="288",
         sentence="बालासोर रेल हादसा: मृतकों का आंकड़ा 288 से घटकर 275 हुआ"), False),
    ("a toll risen from", fig("killed", 152, source="a", subject="Balasore"),
     fig("killed", 148, source="b", subject="Balasore", text="148",
         sentence="मृतकों की संख्या 148 से बढ़कर 160 हो गई है।"), False),
    ("a toll come from a place", fig("killed", 7, source="a", subject="Balasore"),
     fig("killed", 5, source="b", subject="Balasore", text="5 लोग",
         sentence="हादसे में पटना से आए 5 लोग मारे गए।"), True),
    ("aid raised from", fig("money", 400000, source="a", subject="Bihar", thing="to_dead", unit="INR"),
     fig("money", 200000, source="b", subject="Bihar", thing="to_dead", unit="INR", text="2 लाख रुपये",
         sentence="सरकार ने मृतकों के परिजनों की सहायता राशि 2 लाख रुपये से बढ़ाकर 4 लाख रुपये कर दी।"), False),
    ("a toll beside a raised aid", fig("killed", 14, source="a", subject="Bihar"),
     fig("killed", 10, source="b", subject="Bihar", text="10 लोगों",
         sentence="हादसे में 10 लोगों की मौत हुई, सरकार ने सहायता बढ़ाकर 4 लाख रुपये कर दी।"), True),
    # a count the text says fell (the missing, as bodies are found) is its latest figure; bodies found
    # before the fall are no part of it
    ("missing fell", fig("missing", 9, source="a", subject="Kullu"),
     fig("missing", 6, source="b", subject="Kullu", text="छह",
         sentence="दो और शव मिलने के बाद लापता लोगों की संख्या घटकर छह रह गई है।"), False),
    ("missing, no fall said", fig("missing", 9, source="a", subject="Kullu"),
     fig("missing", 6, source="b", subject="Kullu", text="छह",
         sentence="प्रशासन के मुताबिक छह लोग अब भी लापता हैं।"), True),
    # a figure someone lowered is the latest too (one merely revised: "the revised figure" above)
    ("a magnitude lowered", fig("magnitude", 7.9, source="a", subject="Nepal"),
     fig("magnitude", 7.8, source="b", subject="Nepal", text="7.8", sentence="यूएसजीएस ने तीव्रता घटाकर 7.8 की।"), False),
    ("a magnitude of another agency", fig("magnitude", 7.9, source="a", subject="Nepal"),
     fig("magnitude", 7.6, source="b", subject="Nepal", text="7.6",
         sentence="नेपाल के भूकंप मापन केंद्र ने तीव्रता 7.6 दर्ज की।"), True),
    ("bodies before the fall", fig("killed", 5, source="a", subject="Kullu"),
     fig("killed", 3, source="b", subject="Kullu", text="तीन शव",
         sentence="शुक्रवार को तीन शव निकाले गए, जिसके बाद लापता लोगों की संख्या घटकर छह रह गई।"), True),
    # a quake of "that year" the report recalls is not the story's quake
    ("that year's quake", fig("magnitude", 8.6, source="a", subject="Kamchatka"),
     fig("magnitude", 9, source="b", subject="Kamchatka", text="9 तीव्रता",
         sentence="उस साल आए 9 तीव्रता के भूकंप में पूरा कस्बा तबाह हो गया था।"), False),
    ("this quake, two agencies", fig("magnitude", 8.6, source="a", subject="Kamchatka"),
     fig("magnitude", 9, source="b", subject="Kamchatka", text="9 तीव्रता",
         sentence="अमेरिकी एजेंसी ने इस भूकंप की तीव्रता 9 बताई।"), True),
]

# a month recalled months before the story's day is another event ("इससे पहले मई में चक्रवात …"); a
# month next to the day, or a year against a year, is a disagreement
def _day(text: str, when: str, source: str) -> Claim:
    return replace(fig("date", 0, source=source, subject="Odisha", text=text,
                       sentence=f"{text} को चक्रवात तट से टकराया।"), when=when, event="disaster")


def _exam(text: str, when: str, source: str, subject: str) -> Claim:
    return replace(fig("date", 0, source=source, subject=subject, text=text,
                       sentence=f"भर्ती परीक्षा {text} को हुई थी।"), when=when, event="exam")


# an event's date filed under a city by one report and under its state by another is one measure;
# not a country (too wide) and not a year named against a day
NESTED_ROWS = [
    ("an exam's day under the city and under its state", _exam("12 अक्टूबर", "2025-10-12", "a", "Jaipur"),
     _exam("शनिवार, 11 अक्टूबर", "2025-10-11", "b", "Rajasthan"), True),
    ("a day under a town and under the country", _exam("12 अक्टूबर", "2025-10-12", "a", "Jaipur"),
     _exam("11 अक्टूबर", "2025-10-11", "b", "India"), False),
    ("a year under the state against a day under the city", _exam("12 अक्टूबर", "2025-10-12", "a", "Jaipur"),
     _exam("2024", "2024", "b", "Rajasthan"), False),
]

UPDATE_ROWS += [
    ("a month recalled five months before", _day("मई", "2024-05", "a"), _day("24 अक्टूबर", "2024-10-24", "b"), False),
    ("a month against a day two weeks after it", _day("सितंबर", "2024-09", "a"), _day("12 अक्टूबर", "2024-10-12", "b"),
     True),
    ("a month recalled six weeks before", _day("सितंबर", "2024-09", "a"), _day("14 नवंबर", "2024-11-14", "b"), False),
    ("two days a week apart", _day("17 अक्टूबर", "2024-10-17", "a"), _day("24 अक्टूबर", "2024-10-24", "b"), True),
    ("a year against the next", _day("2022", "2022", "a"), _day("2023", "2023", "b"), True),
]

# forest burnt grows through a fire season: a later, larger figure is an update; an area that does
# not grow (a fairground's) disagrees
UPDATE_ROWS += [
    ("forest burnt, later and larger", fig("area", 620, source="a", subject="Kumaon", unit="hectare", thing="burnt",
                                           published="2026-05-03"),
     fig("area", 1700, source="b", subject="Kumaon", unit="acre", thing="burnt", qualifier="approx",
         published="2026-05-05"), False),
    ("a fairground, later and larger", fig("area", 620, source="a", subject="Prayagraj", unit="hectare",
                                           published="2026-05-03"),
     fig("area", 1700, source="b", subject="Prayagraj", unit="acre", qualifier="approx", published="2026-05-05"), True),
]

# anything a disaster destroyed adds up ("11 पुल बहे", then "14 पुल बह गए"); a count the text gives as
# counted so far ("अब तक घोषित नतीजों के मुताबिक") is revised by a later one
UPDATE_ROWS += [
    ("bridges washed away, later and larger", fig("count", 11, source="a", subject="Sikkim", thing="पुल destroyed",
                                                  published="2023-10-05"),
     fig("count", 14, source="b", subject="Sikkim", thing="पुल destroyed", published="2023-10-07"), False),
    ("bridges standing, later and larger", fig("count", 11, source="a", subject="Sikkim", thing="पुल",
                                               published="2023-10-05"),
     fig("count", 14, source="b", subject="Sikkim", thing="पुल", published="2023-10-07"), True),
    ("electoral votes counted so far", fig("votes", 295, source="a", subject="Donald Trump", thing="electoral",
                                           text="295", published="2024-11-06",
                                           sentence="अब तक घोषित नतीजों के मुताबिक ट्रंप को 295 इलेक्टोरल वोट मिल चुके हैं।"),
     fig("votes", 312, source="b", subject="Donald Trump", thing="electoral", text="312", published="2024-11-10",
         sentence="ट्रंप को कुल 312 इलेक्टोरल वोट मिले।"), False),
]

# trains cancelled add up as the days go by; cancelled and diverted are two measures
UPDATE_ROWS += [
    ("trains cancelled, later and larger", fig("count", 8, source="a", subject="Indian Railways",
                                               thing="trains cancelled", published="2024-07-18"),
     fig("count", 14, source="b", subject="Indian Railways", thing="trains cancelled", published="2024-07-20"),
     False),
    ("trains cancelled, later and smaller", fig("count", 14, source="a", subject="Indian Railways",
                                                thing="trains cancelled", published="2024-07-18"),
     fig("count", 8, source="b", subject="Indian Railways", thing="trains cancelled", published="2024-07-20"),
     True),
]

# --- false alarm: a different place ---------------------------------------------------------------
PLACE_ROWS = [
    ("a neighbour's capital vs the epicentre country",
     fig("killed", 3, source="a", subject="New Delhi"), fig("killed", 128, source="b", subject="Nepal"), False),
    ("a neighbouring state vs the epicentre country",
     fig("killed", 3, source="a", subject="Bihar"), fig("killed", 128, source="b", subject="Nepal"), False),
]
PLACE_ROWS += NESTED_ROWS

# --- misses: the same measure under a soft place or no subject ------------------------------------
SOFT_ROWS = [
    ("people of a state, the other state only guessed", fig("people", 10, source="a", subject="India",
                                                              object="Russia", inferred="object"),
     fig("people", 50, source="b", subject="India", object="Russia", inferred="object"), False),
    ("people of a state, the other state said", fig("people", 35, source="a", subject="India", object="Russia"),
     fig("people", 50, source="b", subject="India", object="Russia"), True),
    ("a duration of one named event, no object", fig("duration", 26, source="a", subject="BJP", unit="year",
                                                     text="26 साल", sentence="भाजपा का 26 साल का वनवास खत्म हुआ।"),
     fig("duration", 27, source="b", subject="BJP", unit="year", text="27 साल",
         sentence="भाजपा का 27 साल का वनवास खत्म हुआ।"), True),
    ("durations of two events, no object", fig("duration", 26, source="a", subject="BJP", unit="year",
                                               text="26 साल", sentence="भाजपा का 26 साल का वनवास खत्म हुआ।"),
     fig("duration", 5, source="b", subject="BJP", unit="year", text="5 साल",
         sentence="भाजपा का 5 साल का कार्यकाल पूरा हुआ।"), False),
    ("country in one, city in the other (soft)",
     fig("killed", 128, source="a", subject="Nepal", inferred="place"),
     fig("killed", 150, source="b", subject="Kathmandu"), True),
    ("city soft, country named", fig("killed", 128, source="a", subject="Nepal"),
     fig("killed", 150, source="b", subject="Kathmandu", inferred="place"), True),
    ("a soft district vs a district across the border", fig("people", 65, source="a", subject="Chitwan",
                                                                 thing="on_board", inferred="place"),
     fig("people", 40, source="b", subject="Bihar", thing="on_board", qualifier="approx"), False),
    ("a soft district vs another district of its country: the document's place may be guessed wrong",
     fig("people", 65, source="a", subject="Chitwan", thing="on_board", inferred="place"),
     fig("people", 50, source="b", subject="Rautahat", thing="on_board"), True),
    ("a soft place vs another country's crash recalled", fig("killed", 28, source="a", subject="South Korea",
                                                              inferred="place"),
     fig("killed", 38, source="b", subject="Kazakhstan"), False),
    ("a soft place vs a carrier named: no place to set apart",
     fig("people", 181, source="a", subject="Muan", thing="on_board", inferred="place"),
     fig("people", 175, source="b", subject="Jeju Air", thing="on_board"), True),
    ("a storm's wind at a soft place vs another place named: the event's own figure",
     fig("count", 110, source="a", subject="Odisha", thing="speed", unit="km/h", inferred="place"),
     fig("count", 130, source="b", subject="West Bengal", thing="speed", unit="km/h"), True),
    ("soft place agrees", fig("killed", 128, source="a", subject="Nepal", inferred="place"),
     fig("killed", 128, source="b", subject="Kathmandu"), False),
    ("soft place outside a story", fig("killed", 128, source="a", subject="Nepal", inferred="place", story=""),
     fig("killed", 150, source="b", subject="Kathmandu", story=""), False),
    ("flood deaths, neither naming the state",
     fig("killed", 45, source="a"), fig("killed", 52, source="b"), True),
    ("a quake's magnitude with no place", fig("magnitude", 6.8, source="a"),
     fig("magnitude", 7.1, source="b", subject="Nepal"), True),
]
SOFT_XFAIL: dict[str, str] = {}

# --- misses: magnitudes and distances with units -----------------------------------------------------
UNIT_ROWS = [
    ("magnitudes 6.8 vs 7.1", fig("magnitude", 6.8, source="a", subject="Nepal"),
     fig("magnitude", 7.1, source="b", subject="Nepal"), True),
    ("magnitudes agree", fig("magnitude", 6.8, source="a", subject="Nepal"),
     fig("magnitude", 6.8, source="b", subject="Nepal"), False),
    ("distances 20 km vs 28 km", fig("distance", 20, source="a", subject="Nepal", unit="km"),
     fig("distance", 28, source="b", subject="Nepal", unit="km"), True),
    ("snow 12 ft vs about 3.6 m", fig("distance", 12, source="a", subject="Keylong", unit="ft"),
     fig("distance", 3.6, source="b", subject="Keylong", unit="m", qualifier="approx"), False),
    ("snow 10 ft vs 2 m", fig("distance", 10, source="a", subject="Keylong", unit="ft"),
     fig("distance", 2, source="b", subject="Keylong", unit="m"), True),
    # one figure rounded in two units is one figure; in one unit the same gap is a disagreement
    ("a dam's level in metres and in feet", fig("distance", 422.76, source="a", subject="Jabalpur", unit="m"),
     fig("distance", 1387, source="b", subject="Jabalpur", unit="ft"), False),
    ("two tolls 0.05% apart", fig("killed", 47283, source="a", subject="Gaza"),
     fig("killed", 47306, source="b", subject="Gaza"), True),
    ("a share with and without its sign", fig("percent", 96.54, source="a", subject="Rajasthan", unit="percent",
                                              thing="pass_rate"),
     fig("percent", 96.45, source="b", subject="Rajasthan", thing="pass_rate"), True),
    ("24 nautical miles vs about 44 km", fig("distance", 24, source="a", subject="Taiwan", unit="nmi"),
     fig("distance", 44, source="b", subject="Taiwan", unit="km", qualifier="approx"), False),
    ("24 nautical miles vs about 24 km", fig("distance", 24, source="a", subject="Taiwan", unit="nmi"),
     fig("distance", 24, source="b", subject="Taiwan", unit="km", qualifier="approx"), True),
    ("depth 10 km vs 10,000 m", fig("distance", 10, source="a", subject="Nepal", unit="km", thing="depth"),
     fig("distance", 10000, source="b", subject="Nepal", unit="m", thing="depth"), False),
    ("depth 10 km vs 15 km", fig("distance", 10, source="a", subject="Nepal", unit="km", thing="depth"),
     fig("distance", 15, source="b", subject="Nepal", unit="km", thing="depth"), True),
    ("depth vs how far", fig("distance", 10, source="a", subject="Nepal", unit="km", thing="depth"),
     fig("distance", 20, source="b", subject="Nepal", unit="km"), False),
    ("about 4,000 hectares vs about 9,884 acres",
     fig("area", 4000, source="a", subject="Wayanad", unit="hectare", qualifier="approx"),
     fig("area", 9884, source="b", subject="Wayanad", unit="acre", qualifier="approx"), False),
    ("4,000 hectares vs 6,000 acres", fig("area", 4000, source="a", subject="Wayanad", unit="hectare"),
     fig("area", 6000, source="b", subject="Wayanad", unit="acre"), True),
    ("weight in tonnes vs kg", fig("weight", 2, source="a", subject="Odisha", unit="tonne"),
     fig("weight", 3000, source="b", subject="Odisha", unit="kg"), True),
    # a count in a unit of measure is never a count of things ("13.2 मेगावाट की परियोजना" vs "13 गांवों")
    ("a plant's megawatts vs villages cut off",
     fig("count", 13.2, source="a", subject="Chamoli", unit="MW", thing="villages", text="13.2 मेगावाट"),
     fig("count", 13, source="b", subject="Chamoli", thing="villages", text="13 गांवों"), False),
    ("one plant's megawatts in two reports",
     fig("count", 520, source="a", subject="Chamoli", unit="MW", thing="~परियोजना", text="520 मेगावाट"),
     fig("count", 480, source="b", subject="Chamoli", unit="MW", thing="~परियोजना", text="480 मेगावाट"), True),
    ("wind speeds in km/h", fig("count", 120, source="a", subject="Odisha", unit="km/h", thing="speed"),
     fig("count", 150, source="b", subject="Odisha", unit="km/h", thing="speed"), True),
    # a count in a unit says by its unit what it measures: it needs no thing counted to be compared
    ("litres seized", fig("count", 200, source="a", subject="Kallakurichi", unit="litre", text="200 लीटर"),
     fig("count", 250, source="b", subject="Kallakurichi", unit="litre", text="250 लीटर"), True),
    ("a bare count of nothing named", fig("count", 200, source="a", subject="Kallakurichi"),
     fig("count", 250, source="b", subject="Kallakurichi"), False),
]


@pytest.mark.parametrize("a, b, want", table(THING_ROWS))
def test_different_thing_counted(a: Claim, b: Claim, want: bool) -> None:
    assert conflicts(a, b) is want


@pytest.mark.parametrize("a, b, want", table(EVENT_ROWS))
def test_different_event(a: Claim, b: Claim, want: bool) -> None:
    assert conflicts(a, b) is want


@pytest.mark.parametrize("a, b, want", table(SIDE_ROWS))
def test_different_side(a: Claim, b: Claim, want: bool) -> None:
    assert conflicts(a, b) is want


@pytest.mark.parametrize("a, b, want", table(NOT_CLAIM_ROWS))
def test_not_a_claim(a: Claim, b: Claim, want: bool) -> None:
    assert conflicts(a, b) is want


@pytest.mark.parametrize("a, b, want", table(UPDATE_ROWS))
def test_updates_shown_by_text(a: Claim, b: Claim, want: bool) -> None:
    assert conflicts(a, b) is want


@pytest.mark.parametrize("a, b, want", table(PLACE_ROWS))
def test_different_place(a: Claim, b: Claim, want: bool) -> None:
    assert conflicts(a, b) is want


@pytest.mark.parametrize("a, b, want", table(SOFT_ROWS, SOFT_XFAIL))
def test_soft_place_and_no_subject(a: Claim, b: Claim, want: bool) -> None:
    assert conflicts(a, b) is want


@pytest.mark.parametrize("a, b, want", table(UNIT_ROWS))
def test_magnitudes_and_distances(a: Claim, b: Claim, want: bool) -> None:
    assert conflicts(a, b) is want


# --- false alarm: figures too far apart to be one figure disputed ---------------------------------
HERAT = "Herat"
FAR_ROWS = [
    ("a quake's toll vs one death in a later tremor",
     fig("killed", 2000, source="a", subject=HERAT, qualifier="more_than", text="2000 से ज्यादा लोगों"),
     fig("killed", 1, source="b", subject=HERAT, text="एक व्यक्ति"), False),
    ("all the injured vs those one hospital took in", fig("wounded", 9240, source="a", subject=HERAT),
     fig("wounded", 130, source="b", subject=HERAT, qualifier="approx", text="क़रीब 130 लोग"), False),
    ("a candidate's margin vs a party's lead over the state",
     fig("votes", 9723, source="a", subject="BJP", object="Madhya Pradesh"),
     fig("votes", 3600000, source="b", subject="BJP", object="Madhya Pradesh", qualifier="approx"), False),
    ("4,000 m vs 0.5 km: the ratio is taken after units convert",
     fig("distance", 4000, source="a", subject="Ramgarh", unit="m"),
     fig("distance", 0.5, source="b", subject="Ramgarh", unit="km"), False),
    ("tolls under twice apart still conflict", fig("killed", 41, source="a", subject=HERAT),
     fig("killed", 24, source="b", subject=HERAT), True),
    ("a toll over twice another is taken for another event's", fig("killed", 41, source="a", subject=HERAT),
     fig("killed", 14, source="b", subject=HERAT), False),
    ("each side's claim of the other's soldiers killed",
     fig("killed", 50, source="a", subject="Pakistan", object="Afghanistan", thing="soldiers",
         text="50 पाकिस्तानी सैनिकों"),
     fig("killed", 4, source="b", subject="Pakistan", object="Afghanistan", thing="soldiers",
         text="चार जवानों"), True),
    ("fighters killed, claimed by the other side",
     fig("killed", 200, source="a", subject="Afghanistan", object="Pakistan", thing="fighters",
         qualifier="more_than", text="200 से अधिक लड़ाके"),
     fig("killed", 9, source="b", subject="Afghanistan", object="Pakistan", thing="fighters",
         text="नौ लड़ाके"), True),
    ("two agencies' depths of one quake", fig("distance", 10, source="a", subject="Tingri", unit="km",
                                              thing="depth"),
     fig("distance", 35, source="b", subject="Tingri", unit="km", thing="depth"), True),
]


# a fraction of a scale in words is a round figure ("ढाई हजार जवानों" is about 2,500)
FAR_ROWS += [
    ("2,547 soldiers vs ढाई हजार", fig("troops", 2547, source="a", subject="India", text="2,547 जवानों"),
     fig("troops", 2500, source="b", subject="India", text="ढाई हजार जवानों"), False),
    ("डेढ़ हजार vs 1,200", fig("killed", 1500, source="a", subject="Odisha", text="डेढ़ हजार लोगों"),
     fig("killed", 1200, source="b", subject="Odisha", text="1,200 लोगों"), True),
    ("2,500 in digits is as exact as it says", fig("troops", 2547, source="a", subject="India", text="2,547 जवानों"),
     fig("troops", 2500, source="b", subject="India", text="2,500 जवानों"), True),
]


@pytest.mark.parametrize("a, b, want", table(FAR_ROWS))
def test_figures_far_apart(a: Claim, b: Claim, want: bool) -> None:
    assert conflicts(a, b) is want


@pytest.mark.parametrize("ratio, want", [(0, True), (None, False), (2, False), (14, False), (15, True)])
def test_max_ratio_sets_how_far_apart_figures_are_compared(ratio: float | None, want: bool) -> None:
    a, b = fig("wounded", 150, source="a", subject=HERAT), fig("wounded", 10, source="b", subject=HERAT)
    assert bool(find_conflicts([a, b], max_ratio=ratio)) is want


# --- the same classes through the pipeline ------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def pipeline_conflicts(nlp: Any, articles: list[tuple[str, str]]) -> set[frozenset[float]]:
    """Conflicting value pairs among ``(text, published)`` articles of one story, each analysed alone."""
    claims: list[Claim] = []
    for i, (text, published) in enumerate(articles):
        _, found = analyze(text, published=published or None, nlp=nlp)
        for c in found:
            c.source, c.published, c.story = f"article{i}.txt", published, "story"
        claims += found
    return {frozenset((c.a.value, c.b.value)) for c in find_conflicts(claims)}


# (case, articles, the conflicting value pairs expected)
PIPELINE = [
    ("seats: total, majority mark and won",
     [("महाराष्ट्र विधानसभा की कुल 288 सीटों के नतीजे घोषित हो गए। भाजपा ने 132 सीटें जीतीं।", DAY),
      ("महायुति गठबंधन ने 230 सीटें जीतीं, जबकि बहुमत का आंकड़ा 145 है।", DAY),
      ("चुनाव आयोग के मुताबिक भाजपा ने 125 सीटें जीतीं।", DAY)],
     {frozenset({132.0, 125.0})}),
    ("troops: a batch and the total",
     [("उत्तर कोरिया ने रूस में 11,000 सैनिक भेजे हैं।", DAY),
      ("उत्तर कोरिया ने रूस में 2,000 और सैनिक भेजे हैं।", DAY),
      ("दक्षिण कोरिया के अनुसार उत्तर कोरिया ने रूस में 12,000 सैनिक भेजे हैं।", DAY)],
     {frozenset({11000.0, 12000.0})}),
    ("sides: Russian and Ukrainian soldiers",
     [("यूक्रेन ने 380 रूसी सैनिकों को मार गिराया।", DAY),
      ("रूस ने हमले में 120 यूक्रेनी सैनिकों को मार गिराया।", DAY),
      ("यूक्रेनी सेना के अनुसार 450 रूसी सैनिक मारे गए।", DAY)],
     {frozenset({380.0, 450.0})}),
    ("updates: the toll rose",
     [("म्यांमार में आए भूकंप में 870 लोगों की मौत हो गई है।", "2025-03-28"),
      ("म्यांमार में आए भूकंप में मरने वालों की संख्या बढ़कर 2,719 हो गई है।", "2025-03-28"),
      ("म्यांमार में आए भूकंप में 1,200 लोगों की मौत हुई है।", "2025-03-28")],
     {frozenset({870.0, 1200.0})}),
    # a side's losses in two cities struck on two nights are two measures; two reports of one city's
    # toll are one
    ("places: a side's toll in the city struck",
     [("रूस और यूक्रेन के बीच युद्ध जारी है। रूस ने रात में कीव पर मिसाइलें दागीं। कीव में हमले में 9 लोगों की मौत हो गई।",
       DAY),
      ("रूस और यूक्रेन के बीच युद्ध जारी है। रूस ने रात में कीव पर मिसाइलें दागीं। कीव में हमले में 12 लोगों की मौत हो गई।",
       DAY),
      ("रूस और यूक्रेन के बीच युद्ध जारी है। रूस ने खारकीव पर ड्रोन दागे। खारकीव में हमले में 2 लोगों की मौत हो गई।",
       DAY)],
     {frozenset({9.0, 12.0})}),
    ("places: a neighbouring state's deaths",
     [("नेपाल में आए भूकंप में 128 लोगों की मौत हो गई।", DAY),
      ("भूकंप के झटके बिहार में भी महसूस किए गए, जहां 3 लोगों की मौत हो गई।", DAY)],
     set()),
    ("turnout: a figure the next sentence calls provisional, revised",
     [("इंदौर नगर निगम चुनाव के मतदान में 61.4 फीसदी वोटिंग दर्ज की गई थी। यह अनंतिम आंकड़ा है।",
       DAY),
      ("इंदौर नगर निगम चुनाव में इस बार 62.1 प्रतिशत मतदान हुआ।", DAY),
      ("इंदौर नगर निगम चुनाव में 60.2 प्रतिशत मतदान हुआ।", DAY)],
     {frozenset({62.1, 60.2})}),
    ("turnout: a year written as another figure's own",
     [("नागपुर नगर निगम चुनाव में अंतिम आंकड़ों के मुताबिक इस बार 52.14 फीसदी मतदान हुआ, जो 2017 के 53.7 फीसदी से "
       "कम है।", DAY),
      ("नागपुर नगर निगम चुनाव में अंतिम आंकड़ों के अनुसार 52.41 प्रतिशत मतदान हुआ।", DAY),
      ("नागपुर नगर निगम चुनाव में 2017 में 53.7 प्रतिशत मतदान हुआ था।", DAY)],
     {frozenset({52.14, 52.41})}),
    ("magnitudes and depths",
     [("नेपाल में रिक्टर स्केल पर 6.8 तीव्रता का भूकंप आया। भूकंप का केंद्र जमीन से 10 किलोमीटर की गहराई में था।",
       DAY),
      ("नेपाल में 7.1 तीव्रता का भूकंप आया। भूकंप का केंद्र जमीन से 10 किलोमीटर की गहराई में था।", DAY)],
     {frozenset({6.8, 7.1})}),
    ("distances from the capital",
     [("नेपाल में आए भूकंप का केंद्र काठमांडू से 20 किलोमीटर दूर था।", DAY),
      ("नेपाल में आए भूकंप का केंद्र काठमांडू से 28 किलोमीटर दूर था।", DAY)],
     {frozenset({20.0, 28.0})}),
    ("flood deaths under the state named elsewhere in the report",
     [("असम में बाढ़ से हालात गंभीर हैं। ब्रह्मपुत्र खतरे के निशान से ऊपर बह रही है। बाढ़ में अब तक 45 लोगों की मौत हो "
       "चुकी है।", DAY),
      ("असम में बाढ़ का कहर जारी है। गुवाहाटी समेत कई इलाकों में पानी भर गया है। प्रशासन के मुताबिक बाढ़ से 52 लोगों की "
       "जान जा चुकी है।", DAY)],
     {frozenset({45.0, 52.0})}),
    ("districts: all of the state's vs those the flood reached, and a spreading flood",
     [("बिहार में बाढ़ से हालात बिगड़े। राज्य के 38 में से 12 जिलों में बाढ़ का असर है।", "2024-09-30"),
      ("बिहार में बाढ़ का दायरा बढ़ा, अब 18 जिलों की आबादी प्रभावित है।", "2024-10-02"),
      ("बिहार में बाढ़ से अब 14 जिले प्रभावित हैं।", "2024-10-02")],
     {frozenset({18.0, 14.0})}),
    ("people affected grow as the reports come in",
     [("अफगानिस्तान के कुनार में भूकंप से भारी तबाही हुई। करीब 12,000 लोग प्रभावित हुए हैं।", "2025-09-02"),
      ("अफगानिस्तान के कुनार में भूकंप से तबाही। संयुक्त राष्ट्र के अनुसार करीब पांच लाख लोग प्रभावित हैं।",
       "2025-09-03")],
     set()),
    ("a total run from a date the war began against another running total",
     [("यूक्रेन के जनरल स्टाफ का दावा है कि फरवरी 2022 में युद्ध शुरू होने के बाद से अब तक करीब 7 लाख रूसी "
       "सैनिक मारे जा चुके हैं।", "2024-11-05"),
      ("ब्रिटेन के रक्षा मंत्रालय का आकलन है कि युद्ध में अब तक लगभग 5 लाख रूसी सैनिक मारे गए हैं।", "2024-11-05")],
     {frozenset({700000.0, 500000.0})}),
    ("a total run from a date against one strike's toll",
     [("लेबनान के स्वास्थ्य मंत्रालय के अनुसार अक्टूबर 2023 से अब तक इजरायली हमलों में 3,754 लोगों की मौत हो चुकी है।",
       "2024-11-25"),
      ("लेबनान के स्वास्थ्य मंत्रालय के अनुसार बेरूत में इजरायली हमले में 29 लोगों की मौत हो गई।", "2024-11-25")],
     set()),
    ("a total run from the war's start (no date) against one night's salvo",
     [("इसराइली अधिकारियों का कहना है कि संघर्ष शुरू होने के बाद से ईरान अब तक लगभग 270 मिसाइलें दाग चुका है।",
       "2025-06-15"),
      ("इसराइली मीडिया के अनुसार शनिवार रात ईरान ने 80 मिसाइलें दागी थीं।", "2025-06-16")],
     set()),
    ("two running totals from the war's start",
     [("इसराइली अधिकारियों का कहना है कि संघर्ष शुरू होने के बाद से ईरान अब तक लगभग 270 मिसाइलें दाग चुका है।",
       "2025-06-15"),
      ("आईडीएफ के मुताबिक युद्ध की शुरुआत से अब तक ईरान ने 370 मिसाइलें दागी हैं।", "2025-06-15")],
     {frozenset({270.0, 370.0})}),
    ("an earlier count its clause dates ('इससे पहले … तक') is overtaken, not disputed",
     [("बीजापुर में सुरक्षाबलों और नक्सलियों के बीच मुठभेड़ हुई। पुलिस के अनुसार मुठभेड़ में 31 नक्सली मारे गए। इससे पहले रविवार शाम तक 12 शव मिले थे।", "2025-02-10"),
      ("बीजापुर में सुरक्षाबलों और नक्सलियों के बीच मुठभेड़ हुई। मुठभेड़ में 30 नक्सली मारे गए।", "2025-02-10")],
     {frozenset({31.0, 30.0})}),
    ("an earlier official figure still disputes another outlet's",
     [("महाकुंभ में भगदड़। मरने वालों की संख्या बढ़कर 37 हो गई है। इससे पहले डीआईजी ने 30 लोगों की मौत की जानकारी दी थी।",
       "2025-01-31"),
      ("महाकुंभ में भगदड़। चश्मदीदों के मुताबिक भगदड़ में 50 से अधिक लोगों की मौत हुई।", "2025-01-31")],
     {frozenset({30.0, 50.0}), frozenset({37.0, 50.0})}),
    ("the year's toll so far ('साल 2025 में अब तक') against one encounter's",
     [("बीजापुर में सुरक्षाबलों और नक्सलियों के बीच मुठभेड़ हुई। मुठभेड़ में 31 नक्सली मारे गए। साल 2025 में अब तक राज्य में 80 से अधिक नक्सली मारे जा चुके हैं।",
       "2025-02-10"),
      ("बीजापुर में सुरक्षाबलों और नक्सलियों के बीच मुठभेड़ हुई। मुठभेड़ में 30 नक्सली मारे गए।", "2025-02-11")],
     {frozenset({30.0, 31.0})}),
    ("arms recovered grow as the search goes on",
     [("बीजापुर में सुरक्षाबलों और नक्सलियों के बीच मुठभेड़ हुई। मौके से 3 इंसास राइफल बरामद की गईं।", "2025-02-09"),
      ("बीजापुर में सुरक्षाबलों और नक्सलियों के बीच मुठभेड़ हुई। मौके से 5 इंसास राइफल और 2 एके-47 राइफल बरामद की गईं।", "2025-02-10")],
     set()),
    ("a count so far its clause gives, after a smaller first figure, is its update",
     [("ईरान ने शुक्रवार रात इजरायल पर लगभग 150 बैलिस्टिक मिसाइलें दागीं।", "2025-06-14"),
      ("IRGC ने दावा किया है कि उसने अब तक इजरायल पर 200 से ज्यादा बैलिस्टिक मिसाइलें दागी हैं।", "2025-06-15")],
     set()),
    ("two counts so far of the same day are rivals",
     [("यूक्रेन के मुताबिक युद्ध में अब तक करीब 7 लाख रूसी सैनिक मारे जा चुके हैं।", "2024-11-05"),
      ("ब्रिटेन के रक्षा मंत्रालय का आकलन है कि युद्ध में अब तक लगभग 5 लाख रूसी सैनिक मारे गए हैं।", "2024-11-05")],
     {frozenset({700000.0, 500000.0})}),
    ("the last election's tally ('बीते चुनाव में') is not this one's",
     [("लोकसभा चुनाव में एनडीए ने 293 सीटें जीतीं। बीते चुनाव में एनडीए ने 352 सीटें जीती थीं।", "2024-06-05"),
      ("लोकसभा चुनाव में एनडीए ने 292 सीटें जीतीं।", "2024-06-05")],
     {frozenset({293.0, 292.0})}),
    ("an agency's revised magnitude is its update; the other agency's still disputes the first",
     [("जापान मौसम विज्ञान एजेंसी के मुताबिक इवाते में आए भूकंप की तीव्रता 7.4 थी।", "2025-11-15"),
      ("जापान मौसम विज्ञान एजेंसी ने इवाते में आए भूकंप की तीव्रता 7.4 से संशोधित कर 7.5 कर दी। अमेरिकी एजेंसी के मुताबिक "
       "इवाते का भूकंप 7.3 तीव्रता का था।", "2025-11-15")],
     {frozenset({7.4, 7.3})}),
    ("one night's drones against the week's",
     [("यूक्रेन पर रूस का बड़ा हमला: रातभर में 496 ड्रोन दागे गए।", "2025-10-05"),
      ("जेलेंस्की ने कहा कि रूस ने इस हफ्ते 1,500 से अधिक ड्रोन दागे हैं।", "2025-10-05"),
      ("यूक्रेन की वायुसेना के अनुसार रूस ने रातभर में करीब 560 ड्रोन दागे।", "2025-10-05")],
     {frozenset({496.0, 560.0})}),
    ("a rise the headline tells though a larger number stands before it",
     [("ल्वीव के पास एक घर पर ड्रोन गिरने से चार लोगों की मौत हो गई।", "2025-10-05"),
      ("रूस ने यूक्रेन पर दागे करीब 500 ड्रोन, ल्वीव में मरने वालों की संख्या बढ़कर 5", "2025-10-05")],
     set()),
    ("seats lost since the last election and the last election's tally are not this one's",
     [("उत्तराखंड विधानसभा चुनाव में भाजपा ने 47 और कांग्रेस ने 19 सीटें जीतीं।", "2022-03-11"),
      ("पिछले चुनाव (2017) में भाजपा ने 57 और कांग्रेस ने 11 सीटें जीती थीं।", "2022-03-11"),
      ("उत्तराखंड में भाजपा को इस बार 10 सीटों का नुकसान हुआ।", "2022-03-11")],
     set()),
    ("relief camps open on two days are two counts",
     [("बिहार में बाढ़ से हालात गंभीर। राज्य में 152 राहत शिविर चल रहे हैं।", "2024-09-30"),
      ("बिहार में बाढ़ का पानी उतरने लगा। राज्य में 140 राहत शिविर चल रहे हैं।", "2024-10-02")],
     set()),
    ("a river over its danger mark on two days is two readings",
     [("बिहार में बाढ़ से हालात गंभीर। कोसी नदी खगड़िया में खतरे के निशान से 1.2 मीटर ऊपर बह रही है।", "2024-09-30"),
      ("बिहार में बाढ़ का कहर। कोसी नदी खगड़िया में खतरे के निशान से 1.4 मीटर ऊपर बह रही है।", "2024-10-02")],
     set()),
    ("the previous round of what the story counts is not this one's",
     [("यूपी पुलिस भर्ती: सिपाही के 32,679 पदों पर भर्ती का नोटिफिकेशन जारी।", "2026-01-20"),
      ("यूपी पुलिस भर्ती का नोटिफिकेशन आया। पिछली भर्ती (2024) में 60,244 पदों के लिए 48 लाख युवाओं ने आवेदन किया था।",
       "2026-01-21"),
      ("एशियाई खेलों में भारत ने 107 पदक जीते।", "2023-10-08"),
      ("एशियाई खेलों में पिछले संस्करण में भारत ने 70 पदक जीते थे।", "2023-10-08")],
     set()),
    ("a window back from now is no previous round",
     [("असम में बाढ़ का कहर: पिछले 24 घंटों में 12 लोगों की मौत।", "2024-07-05"),
      ("असम में बाढ़: पिछले 24 घंटों में 15 लोगों की मौत हुई।", "2024-07-05")],
     {frozenset({12.0, 15.0})}),
    ("a dam's level read at two hours of one day, and its full level, are three figures",
     [("बरगी बांध के गेट खुले। सुबह आठ बजे बांध का जलस्तर 422.10 मीटर दर्ज किया गया, जबकि इसका पूर्ण जलस्तर"
       " 422.76 मीटर है।", "2025-08-17"),
      ("बरगी बांध से पानी छोड़ा गया। शाम छह बजे बांध का जलस्तर 422.30 मीटर था।", "2025-08-17")],
     set()),
    ("a dam's level at one hour from two reports is one reading",
     [("बरगी बांध के गेट खुले। सुबह आठ बजे बांध का जलस्तर 422.10 मीटर दर्ज किया गया।", "2025-08-17"),
      ("बरगी बांध से पानी छोड़ा गया। सुबह आठ बजे बांध का जलस्तर 421.90 मीटर था।", "2025-08-17")],
     {frozenset({422.1, 421.9})}),
    ("distances of different objects: a pipe, the section that caved in, the tunnel",
     [("रामबन में सुरंग हादसा: मलबे में अब तक 22 मीटर पाइप डाला जा चुका है। सुरंग की कुल लंबाई 2.4 किलोमीटर है।",
       DAY),
      ("रामबन में सुरंग हादसा: छत का 45 मीटर लंबा हिस्सा ढह गया। करीब 2.6 किमी लंबी इस सुरंग में काम चल रहा था।",
       DAY)],
     {frozenset({2.4, 2.6})}),
    ("a sentence that points back to the year named before it is of that year",
     [("तिब्बत में 7.1 तीव्रता का भूकंप। यह 2015 के बाद इस क्षेत्र का सबसे शक्तिशाली भूकंप है। तब नेपाल में आए 7.8"
       " तीव्रता के भूकंप में करीब 9,000 लोग मारे गए थे।", "2025-01-07"),
      ("तिब्बत में भूकंप की तीव्रता 6.8 मापी गई।", "2025-01-07")],
     {frozenset({7.1, 6.8})}),
    ("a sentence that points back to this event's day is of its year",
     [("अहमदाबाद में 12 जून को विमान हादसा हुआ। उस समय विमान में 242 लोग सवार थे।", "2025-06-13"),
      ("अहमदाबाद विमान हादसा: विमान में 230 लोग सवार थे।", "2025-06-13")],
     {frozenset({242.0, 230.0})}),
    ("a figure told as this time's after a year its clause names is this year's",
     [("लोकसभा चुनाव नतीजे: 2019 में 303 सीटें जीतने वाली भाजपा इस बार 240 सीटों पर सिमट गई।", "2024-06-05"),
      ("लोकसभा चुनाव नतीजे: भाजपा को 242 सीटें मिलीं।", "2024-06-05")],
     {frozenset({240.0, 242.0})}),
    ("a number too large to be a magnitude is no magnitude",
     [("तिब्बत भूकंप: 4 से 5 तीव्रता के कम से कम छह आफ्टरशॉक दर्ज किए गए। डिंगरी काउंटी की आबादी करीब 62,000 है।",
       "2025-01-07"),
      ("तिब्बत में भूकंप की तीव्रता 7.1 मापी गई।", "2025-01-07")],
     set()),
    ("a side's stockpile vs what it fired",
     [("ईरान ने इजरायल पर 150 से ज्यादा मिसाइलें दागीं।", "2025-06-14"),
      ("एक अनुमान के मुताबिक ईरान के पास करीब 2,000 बैलिस्टिक मिसाइलों का जखीरा है।", "2025-06-14")],
     set()),
    ("missiles at a side's base vs those at the war's other side",
     [("ईरान ने इजरायल पर 150 से ज्यादा मिसाइलें दागीं।", "2025-06-23"),
      ("जवाब में ईरान ने क़तर स्थित अमेरिकी अल-उदैद एयरबेस पर 14 मिसाइलें दागीं।", "2025-06-23")],
     set()),
    ("soldiers missing vs people missing",
     [("धराली में सैलाब: 50 से अधिक लोग लापता बताए जा रहे हैं।", "2025-08-06"),
      ("धराली में सैलाब: सेना के 9 जवान लापता हो गए।", "2025-08-06")],
     set()),
    ("the evening's turnout by the clock vs the commission's figure days later",
     [("असम में शाम 8 बजे तक 75.26% वोटिंग हुई।", "2024-05-07"),
      ("आयोग के अनुसार असम में 85.45 फीसद मतदान हुआ।", "2024-05-11")],
     set()),
    ("two outlets' turnouts by the same evening",
     [("महाराष्ट्र में शाम 5 बजे तक 54.09 फीसदी मतदान हुआ।", "2024-05-07"),
      ("महाराष्ट्र में शाम पांच बजे तक 58.3 फीसदी मतदान हुआ।", "2024-05-07")],
     {frozenset({54.09, 58.3})}),
    ("two outlets' minimum of one night",
     [("सिक्किम: नाथुला में शुक्रवार रात पारा शून्य से 12 डिग्री नीचे चला गया।", "2025-12-13"),
      ("सिक्किम: नाथुला में शुक्रवार रात न्यूनतम तापमान माइनस 10 डिग्री सेल्सियस दर्ज किया गया।", "2025-12-13")],
     {frozenset({-12.0, -10.0})}),
    ("a day's maximum vs the night's minimum",
     [("दिल्ली में बुधवार को अधिकतम तापमान 45.2 डिग्री सेल्सियस दर्ज किया गया।", "2025-05-29"),
      ("दिल्ली में बुधवार को न्यूनतम तापमान 30.1 डिग्री सेल्सियस दर्ज किया गया।", "2025-05-29")],
     set()),
    ("one city's temperature on two days",
     [("दिल्ली में तापमान 45.2 डिग्री सेल्सियस दर्ज किया गया।", "2025-05-29"),
      ("दिल्ली में तापमान 47.1 डिग्री सेल्सियस दर्ज किया गया।", "2025-05-31")],
     set()),
    ("bodies found out of the soldiers swept away vs the toll",
     [("सिक्किम में बाढ़ से भारी तबाही। मरने वालों की संख्या 14 हो गई है।", "2023-10-05"),
      ("सेना ने बताया कि सिंगताम के पास बह गए जवानों में से सात के शव बरामद कर लिए गए हैं।", "2023-10-07")],
     set()),
    ("a toll told as risen in the earlier report vs a smaller one the next day",
     [("कीव पर हमले में मृतकों की संख्या बढ़कर तीन हो गई है।", "2025-07-10"),
      ("कीव पर हमले में दो लोगों की मौत हुई है।", "2025-07-11")],
     {frozenset({3.0, 2.0})}),
    ("a toll told as risen vs the earlier day's smaller one",
     [("कीव पर हमले में दो लोगों की मौत हुई है।", "2025-07-10"),
      ("कीव पर हमले में मृतकों की संख्या बढ़कर तीन हो गई है।", "2025-07-11")],
     set()),
    ("a region's seats vs the party's total",
     [("मध्य प्रदेश चुनाव: भाजपा ने 230 में से 163 सीटें जीतीं।", "2023-12-03"),
      ("मध्य प्रदेश चुनाव: ग्वालियर-चंबल अंचल की 34 सीटों में से भाजपा ने 18 सीटें जीतीं।", "2023-12-04")],
     set()),
    ("seats out of those directly elected vs the party's total with a national list's",
     [("श्रीलंका चुनाव: एनपीपी ने 225 सदस्यीय संसद में 159 सीटें जीतीं।", "2024-11-15"),
      ("श्रीलंका चुनाव: सीधे चुनाव वाली 196 सीटों में से 141 पर एनपीपी ने जीत हासिल की है।", "2024-11-15")],
     set()),
    ("seats reserved for tribes vs last election's total named in the next clause",
     [("मध्य प्रदेश चुनाव: 2018 में भाजपा को 109 सीटें मिली थीं।", "2023-12-03"),
      ("मध्य प्रदेश चुनाव: आदिवासियों के लिए आरक्षित 47 सीटों में से भाजपा के खाते में 24 सीटें आईं, जबकि 2018 में वह "
       "इनमें से सिर्फ 16 जीत पाई थी।", "2023-12-04")],
     set()),
    ("this year's share vs last election's, named in a later clause",
     [("मध्य प्रदेश चुनाव: 2018 में भाजपा का वोट शेयर 41.02% था।", "2023-12-03"),
      ("मध्य प्रदेश चुनाव: भाजपा को 48.55 फीसदी वोट मिले, जो 2018 के मुकाबले ज्यादा है।", "2023-12-04")],
     set()),
    ("one family's dead vs the toll",
     [("मोरबी पुल हादसा: मौत का आंकड़ा 91 पहुंचा।", "2022-10-31"),
      ("मोरबी पुल हादसा: भाजपा सांसद के परिवार के 12 सदस्यों की मौत हो गई।", "2022-10-31")],
     set()),
    ("last year's count to this date vs last year's whole season",
     [("लखनऊ में डेंगू: पिछले साल इसी अवधि तक 890 मामले सामने आए थे।", "2025-10-15"),
      ("लखनऊ में डेंगू: पिछले साल पूरे सीजन में 1,650 मामले दर्ज हुए थे।", "2025-10-16")],
     set()),
    ("a city's seats vs the alliance's total",
     [("महाराष्ट्र चुनाव: महायुति ने 288 में से 230 सीटें जीतीं।", "2024-11-23"),
      ("महाराष्ट्र चुनाव: मुंबई की 36 सीटों में से महायुति ने 22 सीटें जीतीं।", "2024-11-24")],
     set()),
    ("one party's seats in a city, after another's, vs its total",
     [("महाराष्ट्र चुनाव: महा विकास आघाडी 46 सीटों पर सिमट गई।", "2024-11-23"),
      ("महाराष्ट्र चुनाव: मुंबई की 36 सीटों में से महायुति ने 22 और MVA ने 14 सीटें जीतीं।", "2024-11-24")],
     set()),
    ("the state's seats counted out of vs another outlet's total",
     [("महाराष्ट्र चुनाव: महाराष्ट्र की 288 सीटों में से महायुति ने 230 सीटें जीतीं।", "2024-11-23"),
      ("महाराष्ट्र चुनाव: महायुति ने 235 सीटें जीतीं।", "2024-11-24")],
     {frozenset({230.0, 235.0})}),
    ("an earlier event recalled with its day vs the story's own toll",
     [("पटना जंक्शन पर भगदड़ में 14 लोगों की मौत हो गई।", "2025-03-10"),
      ("पटना जंक्शन पर भगदड़ में 12 लोगों की मौत हुई है। 12 फरवरी को पटना जंक्शन पर मची भगदड़ में 9 लोगों की "
       "मौत हुई थी।", "2025-03-11")],
     {frozenset({12.0, 14.0})}),
    ("an earlier attack recalled by its month alone vs the story's own count",
     [("ईरान ने मंगलवार रात इजरायल पर 180 बैलिस्टिक मिसाइलें दागीं।", "2024-10-02"),
      ("ईरान ने इजरायल पर 200 बैलिस्टिक मिसाइलें दागीं। अप्रैल में ईरान ने इजरायल पर 110 बैलिस्टिक मिसाइलें दागी "
       "थीं।", "2024-10-02")],
     {frozenset({180.0, 200.0})}),
    ("a month named of the story's own time is no earlier event",
     [("ईरान ने अक्टूबर में इजरायल पर 180 बैलिस्टिक मिसाइलें दागीं।", "2024-10-02"),
      ("ईरान ने इजरायल पर 200 बैलिस्टिक मिसाइलें दागीं।", "2024-10-03")],
     {frozenset({180.0, 200.0})}),
    ("a toll the other report gives as told before, beside its revised one",
     [("करमान धमाकों में 103 लोगों की मौत हो गई।", "2024-01-03"),
      ("अधिकारियों ने करमान धमाकों में मरने वालों की संख्या संशोधित करके 84 कर दी है। इससे पहले सरकारी "
       "मीडिया ने करमान धमाकों में 103 लोगों के मारे जाने की जानकारी दी थी।", "2024-01-04")],
     set()),
    ("a toll the other report does not know",
     [("करमान धमाकों में 103 लोगों की मौत हो गई।", "2024-01-03"),
      ("अधिकारियों ने करमान धमाकों में मरने वालों की संख्या संशोधित करके 84 कर दी है।", "2024-01-04")],
     {frozenset({103.0, 84.0})}),
    ("an earlier figure told by an official is still disputed by another outlet's",
     [("करमान धमाकों में 50 से अधिक लोगों की मौत हो गई।", "2024-01-03"),
      ("करमान धमाकों में 84 लोगों की मौत हुई है। इससे पहले डीआईजी ने करमान धमाकों में 30 लोगों की मौत की "
       "जानकारी दी थी।", "2024-01-04")],
     {frozenset({50.0, 30.0})}),
    ("a toll a report says had been given, beside the one now confirmed",
     [("कोझिकोड विमान हादसे में 19 लोगों की मौत हो गई।", "2020-08-07"),
      ("कोझिकोड विमान हादसे वाली रात कई रिपोर्टों में मृतकों की संख्या 19 बताई गई थी, लेकिन शनिवार को प्रशासन ने "
       "कोझिकोड विमान हादसे में 18 लोगों की मौत की पुष्टि की।", "2020-08-09")],
     set()),
    ("a toll given once, not told as superseded",
     [("कोझिकोड विमान हादसे में 19 लोगों की मौत हो गई।", "2020-08-07"),
      ("प्रशासन ने कोझिकोड विमान हादसे में 18 लोगों की मौत की पुष्टि की।", "2020-08-09")],
     {frozenset({19.0, 18.0})}),
    ("a count by a time of day its own report has told past",
     [("कल्लाकुरिची में जहरीली शराब पीने से 29 लोगों की मौत हो गई।", "2024-06-19"),
      ("कल्लाकुरिची में जहरीली शराब पीने से अब तक 40 लोगों की मौत हो चुकी है। बुधवार शाम तक 25 लोगों की मौत की खबर "
       "आई।", "2024-06-20")],
     set()),
    ("a count by a time of day its report gives as its latest",
     [("कल्लाकुरिची में जहरीली शराब पीने से 29 लोगों की मौत हो गई।", "2024-06-20"),
      ("कल्लाकुरिची में जहरीली शराब पीने से बुधवार शाम तक 25 लोगों की मौत की खबर आई।", "2024-06-20")],
     {frozenset({29.0, 25.0})}),
    ("a count standing now since a day long before vs another outlet's",
     [("हमास की कैद में अब भी 94 बंधक हैं।", "2024-11-20"),
      ("7 अक्टूबर को अगवा किए गए लोगों में से अब भी 90 बंधक हमास की कैद में हैं।", "2024-11-20")],
     {frozenset({94.0, 90.0})}),
    ("a margin in a clause set against another's",
     [("शिवराज सिंह चौहान ने बुधनी से 1,04,974 वोटों से जीत हासिल की, जबकि कमलनाथ छिंदवाड़ा से लगभग 30 हज़ार "
       "वोटों से जीते।", "2023-12-04"),
      ("मुख्यमंत्री शिवराज सिंह चौहान ने बुधनी सीट 1.04 लाख से ज्यादा वोटों के अंतर से जीती है।", "2023-12-04")],
     set()),
    ("a past tale goes on from the earlier year the sentence before named",
     [("2019 के चुनाव में कांग्रेस ने 50 सीटें जीती थीं। भाजपा महज 22 सीटों पर सिमट गई थी।", "2024-10-08"),
      ("हरियाणा चुनाव: भाजपा ने 48 सीटें जीतीं।", "2024-10-08"),
      ("हरियाणा चुनाव नतीजे: भाजपा ने 46 सीटें जीतीं।", "2024-10-09")],
     {frozenset({48.0, 46.0})}),
    ("a year the sentence before measures against is no past tale",
     [("अंतिम आंकड़ों के मुताबिक महाराष्ट्र में इस बार 66.05 प्रतिशत मतदान हुआ, जो 1995 के बाद सबसे अधिक है। मतदान वाली रात 65.02 प्रतिशत मतदान का आंकड़ा जारी "
       "किया था।", "2024-11-24"),
      ("चुनाव आयोग के मुताबिक महाराष्ट्र में 65.11 प्रतिशत मतदान हुआ।", "2024-11-23")],
     {frozenset({65.02, 65.11})}),
    ("a sentence opening on उस <event> में is of the year the sentence before named",
     [("वालेंसिया में बाढ़ 14 अक्टूबर 1957 की बाढ़ के बाद सबसे भीषण आपदा है। उस बाढ़ में वालेंसिया में 81 लोगों की "
       "मौत हुई थी।", "2024-11-01"),
      ("वालेंसिया में बाढ़ से 45 लोगों की जान गई है।", "2024-11-01")],
     set()),
    ("seats that went to the polls are neither a party's nor the majority mark",
     [("200 सदस्यीय विधानसभा की 199 सीटों पर हुए चुनाव में बहुमत का आंकड़ा 100 था।", "2023-12-03"),
      ("राजस्थान चुनाव: 199 सीटों के नतीजे घोषित हुए, जिनमें भाजपा ने 115 सीटें जीतीं।", "2023-12-03"),
      ("राजस्थान चुनाव: भाजपा ने 112 सीटें जीतीं।", "2023-12-03")],
     {frozenset({115.0, 112.0})}),
    ("a report cannot give the magnitude of a quake after it came out",
     [("हेरात में आए भूकंप की तीव्रता 5.9 थी।", "2023-10-08"),
      ("हेरात में बुधवार सुबह फिर 6.3 तीव्रता का भूकंप आया।", "2023-10-11")],
     set()),
    ("one quake's magnitude, a report after it",
     [("हेरात में आए भूकंप की तीव्रता 5.9 थी।", "2023-10-08"),
      ("हेरात में शनिवार को आए भूकंप की तीव्रता 6.3 थी।", "2023-10-09")],
     {frozenset({5.9, 6.3})}),
    ("a later clause's party is not the earlier tally's",
     [("Election Result: छत्तीसगढ़ में भाजपा की धमाकेदार वापसी, 54 सीटें जीतीं; कांग्रेस 35 पर सिमटी", "2023-12-03"),
      ("छत्तीसगढ़ चुनाव: कांग्रेस ने 38 सीटें जीतीं।", "2023-12-03")],
     {frozenset({35.0, 38.0})}),
    ("a rate per day (a bare रोज) vs a day's count",
     [("संयुक्त राष्ट्र के मुताबिक गाजा में रोज 600 ट्रक राहत सामग्री पहुंच रही है।", DAY),
      ("संयुक्त राष्ट्र के मुताबिक गाजा में 630 ट्रक राहत सामग्री पहुंची।", DAY),
      ("संयुक्त राष्ट्र के मुताबिक गाजा में 660 ट्रक राहत सामग्री पहुंची।", DAY)],
     {frozenset({630.0, 660.0})}),
    ("a quake's toll vs a later tremor's single death; two tolls of the quake conflict",
     [("अफगानिस्तान के हेरात में आए भूकंप में 2,000 से ज्यादा लोगों की मौत हो गई है।", DAY),
      ("हेरात में आए भूकंप में 1,500 लोगों की मौत हुई है।", DAY),
      ("हेरात में भूकंप के झटकों से एक व्यक्ति की मौत हो गई।", DAY)],
     {frozenset({2000.0, 1500.0})}),
    ("people still missing are counted on the report's day, not the day the bridge fell",
     [("वियतनाम के फू थो प्रांत में सोमवार को पुल ढहने के हादसे में 13 लोग लापता हैं।", "2024-09-09"),
      ("वियतनाम के फू थो प्रांत में सोमवार को पुल ढहने के हादसे में 8 लोग अब भी लापता हैं।", "2024-09-12")],
     set()),
    ("a sentence pointing back (तब) to an earlier round told just before is of that round",
     [("हिमाचल चुनाव नतीजे। पिछले विधानसभा चुनाव में भाजपा ने 44 सीटें जीती थीं। तब भाजपा का वोट शेयर 48.8 फीसदी था।",
       "2022-12-09"),
      ("हिमाचल चुनाव नतीजे। इस चुनाव में भाजपा को 43 फीसदी वोट मिले।", "2022-12-09")],
     set()),
    ("an earlier round said and one named by its year meet",
     [("नागपुर नगर निगम चुनाव के नतीजे। पिछली बार कांग्रेस को 29 सीटें मिली थीं।", "2026-01-17"),
      ("नागपुर नगर निगम चुनाव के नतीजे। वर्ष 2017 के चुनाव में कांग्रेस ने 28 सीटें जीती थीं।", "2026-01-17")],
     {frozenset({29.0, 28.0})}),
    ("a year a record is measured against is no period of the figure",
     [("कर्नाटक चुनाव नतीजे। कांग्रेस ने 224 में से 135 सीटें जीतीं।", "2023-05-13"),
      ("कर्नाटक चुनाव नतीजे। कांग्रेस ने 224 में से 136 सीटें जीतकर 1989 के बाद की अपनी सबसे बड़ी जीत दर्ज की।",
       "2023-05-14")],
     {frozenset({135.0, 136.0})}),
    ("a record's year the sentence goes on to tell (जब …) is that figure's year",
     [("हांगकांग की इमारत में आग। आग में मरने वालों की संख्या बढ़कर 128 हो गई है।", "2025-11-28"),
      ("हांगकांग की इमारत में आग। यह 1948 के बाद की सबसे घातक आग है, जब एक गोदाम में लगी आग में 176 लोग मारे गए थे।",
       "2025-11-28")],
     set()),
    ("one place's share (अकेले X से) is a part of the whole",
     [("वियतनाम में तूफान आने से पहले 50,000 से ज्यादा लोगों को सुरक्षित निकाला गया।", DAY),
      ("वियतनाम में तूफान का कहर। अकेले हाई फोंग शहर से करीब 30 हजार लोगों को सुरक्षित निकाला गया।", DAY)],
     set()),
    ("a place named with अकेले is its own measure",
     [("मध्य प्रदेश में ओलावृष्टि। अकेले विदिशा जिले में 18 हजार हेक्टेयर की फसल बर्बाद हुई है।", DAY),
      ("मध्य प्रदेश में ओलावृष्टि। विदिशा जिले में 15,400 हेक्टेयर की फसल बर्बाद हुई है।", DAY)],
     {frozenset({18000.0, 15400.0})}),
    ("durations compare in one unit: 45 days against 3 months (84 to 93 days)",
     [("नेपाल सरकार ने विमान हादसे की जांच आयोग को रिपोर्ट के लिए 45 दिन का समय दिया है।", DAY),
      ("नेपाल सरकार ने विमान हादसे की जांच आयोग को रिपोर्ट के लिए 3 महीने का समय दिया है।", DAY)],
     {frozenset({45.0, 3.0})}),
    ("durations compare in one unit: a month is 30 days",
     [("नेपाल सरकार ने विमान हादसे की जांच आयोग को रिपोर्ट के लिए एक महीने का समय दिया है।", DAY),
      ("नेपाल सरकार ने विमान हादसे की जांच आयोग को रिपोर्ट के लिए 30 दिन का समय दिया है।", DAY)],
     set()),
    ("a speaker's jets of no side vs India's aircraft",
     [("पाकिस्तान के रक्षा मंत्री ने दावा किया कि उन्होंने 5 जेट गिराए।", DAY),
      ("पाकिस्तान ने भारत के 6 विमान गिराने का दावा किया।", DAY)],
     set()),
]


@pytest.mark.parametrize("articles, expected", [pytest.param(a, e, id=c) for c, a, e in PIPELINE])
def test_pipeline_classes(nlp: Any, articles: list[tuple[str, str]], expected: set[frozenset[float]]) -> None:
    assert pipeline_conflicts(nlp, articles) == expected


def test_a_page_stamp_is_not_a_claim(nlp: Any) -> None:
    _, claims = analyze("नई दिल्ली | 02-11 | 10:45 AM\nउत्तर कोरिया ने रूस में 11,000 सैनिक भेजे हैं।",
                        published=DAY, nlp=nlp)
    assert [(c.kind, c.value) for c in claims if not c.furniture] == [("troops", 11000.0)]


@pytest.mark.parametrize("text", [
    "रूस ने इतने ड्रोन पहले कभी नहीं देखे थे।",
    "इतने सैनिक मोर्चे पर पहले कभी नहीं भेजे गए।",
])
def test_a_word_for_how_many_is_not_a_count(nlp: Any, text: str) -> None:
    _, claims = analyze(text, published=DAY, nlp=nlp)
    assert not [c for c in claims if c.kind != "date"]


def test_figures_of_days_the_sentences_name_apart_are_not_compared() -> None:
    """"रविवार को 250 रॉकेट" against "सोमवार को 340 रॉकेट": two days, two figures; the same day
    named in both is one measure that disagrees."""
    def said(value: float, source: str, when: str, day_word: str) -> list[Claim]:
        sentence = f"हिजबुल्ला ने {day_word} को इजराइल पर {value:g} रॉकेट दागे।"
        figure = fig("missiles", value, source=source, subject="Hezbollah", object="Israel", sentence=sentence,
                     text=f"{value:g} रॉकेट")
        date = replace(fig("date", 0, source=source, sentence=sentence, text=day_word), kind="date", when=when,
                       event="attack", value_low=None, value_high=None)
        return [figure, date]

    apart = said(250, "a", "2024-11-24", "रविवार") + said(340, "b", "2024-11-25", "सोमवार")
    same = said(250, "a", "2024-11-24", "रविवार") + said(340, "b", "2024-11-24", "रविवार")
    assert not [c for c in find_conflicts(apart) if c.a.kind == "missiles"]
    assert [c for c in find_conflicts(same) if c.a.kind == "missiles"]


def test_a_day_named_in_a_later_clause_is_not_the_figures() -> None:
    """"अक्टूबर 2024 में ईरान ने 200 मिसाइलें दागी थीं, जिसके जवाब में इजरायल ने 26 अक्टूबर को …": the
    26th is the reply's day; the figure is October's, and meets another outlet's "1 अक्टूबर को … 180
    मिसाइलें". A day named before the figure, in its own clause, stays its day."""
    def said(value: float, source: str, sentence: str, dates: list[tuple[str, str]]) -> list[Claim]:
        figure = fig("missiles", value, source=source, subject="Iran", object="Israel", sentence=sentence,
                     text=f"{value:g} मिसाइलें", qualifier="approx")
        return [figure, *(replace(fig("date", 0, source=source, sentence=sentence, text=word), kind="date",
                                  when=when, event="attack", value_low=None, value_high=None)
                          for word, when in dates)]

    first = said(180, "a", "1 अक्टूबर को ईरान ने इजरायल पर करीब 180 मिसाइलें दागी थीं।", [("1 अक्टूबर", "2024-10-01")])
    reply = said(200, "b", "अक्टूबर 2024 में ईरान ने इजरायल पर करीब 200 मिसाइलें दागी थीं, जिसके जवाब में इजरायल ने 26 "
                 "अक्टूबर को हमले किए।", [("अक्टूबर 2024", "2024-10"), ("26 अक्टूबर", "2024-10-26")])
    other_day = said(200, "b", "26 अक्टूबर को ईरान ने इजरायल पर करीब 200 मिसाइलें दागीं।", [("26 अक्टूबर", "2024-10-26")])
    assert [c for c in find_conflicts(first + reply) if c.a.kind == "missiles"]
    assert not [c for c in find_conflicts(first + other_day) if c.a.kind == "missiles"]


def test_one_night_both_reports_name() -> None:
    """"शनिवार रात … 100 से अधिक मिसाइलें" on Sunday and "शनिवार रात … 80 मिसाइलें" on Monday: the night
    both reports name is one, so the figures disagree; a night each counts without naming it is its
    report's own night."""
    def night(value: float, source: str, published: str, named: bool) -> list[Claim]:
        when = "शनिवार रात" if named else "रातभर में"
        sentence = f"ईरान ने {when} इसराइल पर {value:g} मिसाइलें दागीं।"
        figure = fig("missiles", value, source=source, subject="Iran", object="Israel", sentence=sentence,
                     text=f"{value:g} मिसाइलें", published=published)
        date = replace(fig("date", 0, source=source, sentence=sentence, text="शनिवार", published=published),
                       kind="date", when="2025-06-14", event="attack", value_low=None, value_high=None)
        return [figure, date] if named else [figure]

    assert [c for c in find_conflicts(night(100, "a", "2025-06-15", True) + night(80, "b", "2025-06-16", True))
            if c.a.kind == "missiles"]
    assert not [c for c in find_conflicts(night(100, "a", "2025-06-15", False) + night(80, "b", "2025-06-16", False))
                if c.a.kind == "missiles"]


def test_a_past_events_toll_does_not_run() -> None:
    """"21 सितंबर 2020 को … 38 लोगों की मौत हुई थी" in one report and "2020 में … 39 जानें गई थीं" in a
    later one: a recalled event's toll is settled, so the later, larger figure disagrees; this
    year's toll told the same way is an update."""
    def recalled(value: float, source: str, year: str, published: str) -> list[Claim]:
        sentence = f"{year} में इसी इलाके में इमारत गिरने से {value:g} लोगों की मौत हुई थी।"
        figure = fig("killed", value, source=source, subject="Bhiwandi", sentence=sentence, text=f"{value:g} लोगों",
                     published=published)
        date = replace(fig("date", 0, source=source, sentence=sentence, text=f"{year} में", published=published),
                       kind="date", when=year, event="accident", value_low=None, value_high=None)
        return [figure, date]

    past = recalled(38, "a", "2020", "2025-08-23") + recalled(39, "b", "2020", "2025-08-25")
    this_year = recalled(38, "a", "2025", "2025-08-23") + recalled(39, "b", "2025", "2025-08-25")
    found = [c for c in find_conflicts(past) if c.a.kind == "killed"]
    assert found and "settled before either report" in found[0].reason and "smaller" not in found[0].reason
    assert not [c for c in find_conflicts(this_year) if c.a.kind == "killed"]


def test_an_age_is_not_of_the_year_it_began() -> None:
    """"करीब 40 साल पुरानी इमारत" against "35 साल पुरानी इमारत 1990 में बनी थी": the year is when the
    building went up, not the age's period; a duration of another year stays apart."""
    def said(value: float, source: str, sentence: str, text: str, year: str = "") -> list[Claim]:
        figure = fig("duration", value, source=source, subject="Bhiwandi", unit="year", sentence=sentence, text=text)
        dates = [replace(fig("date", 0, source=source, sentence=sentence, text=f"{year} में"), kind="date", when=year,
                         value_low=None, value_high=None)] if year else []
        return [figure, *dates]

    a = said(40, "a", "ढही इमारत करीब 40 साल पुरानी थी।", "40 साल")
    b = said(35, "b", "इमारत 35 साल पुरानी थी और 1990 में बनी थी।", "35 साल", "1990")
    other = said(35, "b", "इमारत 1990 में 35 साल बाद खाली कराई गई थी।", "35 साल", "1990")
    assert [c for c in find_conflicts(a + b) if c.a.kind == "duration"]
    assert not [c for c in find_conflicts(a + other) if c.a.kind == "duration"]


def test_a_headline_figure_is_of_the_day_its_body_names() -> None:
    """The headline "250 रॉकेट दागे" repeats the body's "रविवार को … 250 रॉकेट": it is Sunday's figure,
    not one to set against another outlet's Monday figure."""
    body = "हिजबुल्ला ने रविवार को इजराइल पर 250 रॉकेट दागे।"
    head = "हिजबुल्ला ने इजराइल पर 250 रॉकेट दागे"
    monday = "हिजबुल्ला ने सोमवार को इजराइल पर 140 रॉकेट दागे।"

    def rockets(value: float, source: str, sentence: str, index: int) -> Claim:
        return replace(fig("missiles", value, source=source, subject="Hezbollah", object="Israel",
                           sentence=sentence, text=f"{value:g} रॉकेट", published="2025-07-15"), sentence_index=index)

    def day(source: str, sentence: str, index: int, word: str, when: str) -> Claim:
        return replace(fig("date", 0, source=source, sentence=sentence, text=word, published="2025-07-15"),
                       kind="date", when=when,
                       event="attack", value_low=None, value_high=None, sentence_index=index)

    claims = [rockets(250, "a", head, 0), rockets(250, "a", body, 2), day("a", body, 2, "रविवार", "2025-07-13"),
              rockets(140, "b", monday, 1), day("b", monday, 1, "सोमवार", "2025-07-14")]
    assert not [c for c in find_conflicts(claims) if c.a.kind == "missiles"]
    # the same headline with no body figure is compared
    assert [c for c in find_conflicts([claims[0], *claims[3:]]) if c.a.kind == "missiles"]


def test_a_reading_at_a_moment_is_of_the_day_its_sentence_names() -> None:
    """A river's level is a reading at a moment: Thursday's paper giving "बुधवार रात 10 बजे जलस्तर 207.71
    मीटर था" reads Wednesday's level, which meets Wednesday's paper's 207.55; a level of another day
    it names, or of its own publication day, does not."""
    def level(value: float, source: str, published: str, day: tuple[str, str] | None) -> list[Claim]:
        word = day[0] if day else ""
        sentence = f"{word} रात 10 बजे गंगा का जलस्तर {value:g} मीटर था।".strip()
        figure = fig("distance", value, source=source, subject="Patna", thing="water_level", unit="m",
                     published=published, sentence=sentence, text=f"{value:g} मीटर")
        if day is None:
            return [figure]
        date = replace(fig("date", 0, source=source, sentence=sentence, text=word, published=published),
                       kind="date", when=day[1], value_low=None, value_high=None)
        return [figure, date]

    wednesday = level(51.55, "a", "2025-07-09", None)
    assert [c for c in find_conflicts(wednesday + level(51.71, "b", "2025-07-10", ("बुधवार", "2025-07-09")))
            if c.a.kind == "distance"]
    assert not [c for c in find_conflicts(wednesday + level(52.48, "b", "2025-07-10", ("गुरुवार", "2025-07-10")))
                if c.a.kind == "distance"]
    assert not [c for c in find_conflicts(wednesday + level(52.48, "b", "2025-07-10", None))
                if c.a.kind == "distance"]


def test_a_relative_year_or_a_recalled_year_is_no_disputed_day() -> None:
    """"पिछले साल" is last year's edition or the same year, never a disputed day; a bare past year
    recalled beside a day of the report's own year ("वर्ष 2024 में" beside "22 मई") is last year's
    result, not this year's; two days of one year apart are still disputed."""
    def dated(text: str, when: str, source: str, published: str = "2025-05-22") -> Claim:
        return replace(fig("date", 0, source=source, subject="RBSE", text=text, published=published,
                           sentence=f"बोर्ड का परिणाम {text} को जारी हुआ।"),
                       kind="date", when=when, event="counting", value_low=None, value_high=None)

    assert not find_conflicts([dated("गुरुवार (22 मई)", "2025-05-22", "a"), dated("पिछले साल", "2024", "b")])
    assert not find_conflicts([dated("22 मई", "2025-05-22", "a"), dated("वर्ष 2024", "2024", "b")])
    assert find_conflicts([dated("22 मई", "2025-05-22", "a"), dated("20 मई", "2025-05-20", "b")])


@pytest.mark.parametrize(("last", "this", "apart"), [
    # last year's toll against this year's: two periods, though neither sentence names a date claim
    ("पिछले साल इसी अवधि में लू से 140 लोगों की मौत हुई थी।", "इस साल अब तक लू से 110 लोगों की मौत हुई है।", True),
    ("पिछले साल के मेले में 140 लोगों की मौत हुई थी, जिनमें ज्यादातर बुजुर्ग थे।", "मेले में 110 लोगों की मौत हुई।", True),
    # the same year named twice is one period
    ("इस साल अब तक लू से 140 लोगों की मौत हुई है।", "इस वर्ष लू से 110 लोगों की मौत हुई है।", False),
])
def test_a_year_named_relative_to_the_report_is_its_figures_period(last: str, this: str, apart: bool) -> None:
    a = fig("killed", 140, source="a", subject="Bihar", published="2026-05-20", sentence=last, text="140 लोगों")
    b = fig("killed", 110, source="b", subject="Bihar", published="2026-05-21", sentence=this, text="110 लोगों")
    assert bool(find_conflicts([a, b])) is not apart
