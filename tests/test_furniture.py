"""furniture_spans on realistic plain-text pages: furniture marked, article text never."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.furniture import furniture_spans

P1 = ("रूस के विदेश मंत्री इस समय उत्तर कोरिया के दौरे पर हैं। दक्षिण कोरिया के अनुसार उत्तर कोरिया ने "
      "अब तक लगभग 10,000 सैनिक यूक्रेन भेजे हैं।")
P2 = ("दक्षिण कोरिया का अनुमान है कि उत्तर कोरिया अभी तक रूस को एक करोड़ 20 लाख से अधिक तोप और टैंक के "
      "गोले मुहैया करा चुका है।")
P4 = "रूस और यूक्रेन में लंबे समय से युद्ध चल रहा है। उत्तरी कोरिया 30000 के लगभग सैनिक भेजने की तैयारी कर रहा है।"
P3 = "पुतिन ने 19 जून 2024 को उत्तर कोरिया की यात्रा की थी. इस दौरान एक रक्षा समझौता हुआ."
SUB = "रक्षा समझौते से मजबूत हुई दोस्ती"
H1 = "चीन का ताइवान को अल्टीमेटम, सैन्य अभ्यास में रिकॉर्ड 125 युद्धक विमानों की तैनाती"
H2 = "म्यांमार 40% टैरिफ लगाने के बावजूद ट्रंप के फैसले से खुश"
H3 = "रोनित राय का दावा- सैफ के बाद करीना कपूर पर भी हुआ था हमला"
H4 = "टेनिस प्लेयर की हत्या करने वाले पिता बोले- मुझसे हुआ पाप"
TITLE = "उत्तर कोरिया यात्रा से पहले पुतिन ने यूक्रेन युद्ध के लिए प्योंगयांग के समर्थन की सराहना की"


def marked(text: str) -> list[str]:
    """The lines covered by furniture spans; fails if a span cuts a line."""
    spans = furniture_spans(text)
    assert spans == sorted(spans)
    out = []
    for start, end in spans:
        chunk = text[start:end]
        assert chunk == chunk.strip(), chunk
        assert start == 0 or text[start - 1] in "\n\r \t", chunk
        assert end == len(text) or text[end] in "\n\r \t", chunk
        out.extend(line.strip() for line in chunk.splitlines() if line.strip())
    return out


CASES = {
    "teaser between paragraphs": ([P1, "", "यह भी पढ़ें : " + H1, "", P2], ["यह भी पढ़ें : " + H1]),
    "teaser variants": (
        [P1, "ये भी पढ़ें- " + H2, P2, "इसे भी पढ़ें: " + H3, P3, "» यह भी पढ़ें " + H4, P4],
        ["ये भी पढ़ें- " + H2, "इसे भी पढ़ें: " + H3, "» यह भी पढ़ें " + H4]),
    "teaser with decomposed nukta": ([P1, "यह भी पढ\u093cें: " + H1, P2], ["यह भी पढ\u093cें: " + H1]),
    "english teasers any case": (
        [P1, "Also Read | " + H1, P2, "READ ALSO: " + H2, P3, "Pls read:Russia: " + H3],
        ["Also Read | " + H1, "READ ALSO: " + H2, "Pls read:Russia: " + H3]),
    "comment form and footer": (
        [P1, "", P2, "", "Related Post", "", "Leave a Reply", "",
         "Your email address will not be published. Required fields are marked *", "Back to top button"],
        ["Related Post", "Leave a Reply",
         "Your email address will not be published. Required fields are marked *", "Back to top button"]),
    "share, follow, disclaimer, hashtags": (
        [P1, "Share this:", "Follow us on Google News", P2, "", "#INA #INA_NEWS #INANEWSAGENCY",
         "डिस्क्लेमरः यह खबर न्यूज फीड से सीधे पब्लिश हुई है. इसमें 0 एडिटिंग की गई है."],
        ["Share this:", "Follow us on Google News", "#INA #INA_NEWS #INANEWSAGENCY",
         "डिस्क्लेमरः यह खबर न्यूज फीड से सीधे पब्लिश हुई है. इसमें 0 एडिटिंग की गई है."]),
    "menu block at the end": (
        [P1, "", P2, "", "Crime", "Social/Other", "Business", "Political", "Tach-Science", "Eng News"],
        ["Crime", "Social/Other", "Business", "Political", "Tach-Science", "Eng News"]),
    "menu block with a year label": (
        [P1, "", P2, "", "राष्ट्रीय", "राज्य", "दुनिया", "लोकसभा चुनाव 2024", "खेल", "मनोरंजन"],
        ["राष्ट्रीय", "राज्य", "दुनिया", "लोकसभा चुनाव 2024", "खेल", "मनोरंजन"]),
    "menu bar on one line": (
        [P1, "", P2, "", "होम | देश | राज्य | IPL 2024 | मनोरंजन | ई-पेपर"],
        ["होम | देश | राज्य | IPL 2024 | मनोरंजन | ई-पेपर"]),
    "menu bar with bullets": ([P1, "देश • विदेश • बजट 2024-25 • खेल • वीडियो", P2],
                              ["देश • विदेश • बजट 2024-25 • खेल • वीडियो"]),
    "copyright lines": (
        [P1, "", P2, "", "© 2024 सर्वाधिकार सुरक्षित", "Copyright 2023 Example Media Pvt Ltd. All rights reserved."],
        ["© 2024 सर्वाधिकार सुरक्षित", "Copyright 2023 Example Media Pvt Ltd. All rights reserved."]),
    "menu block at the top": (
        ["होम", "देश", "विदेश", "खेल", "मनोरंजन", "", TITLE, "", P1],
        ["होम", "देश", "विदेश", "खेल", "मनोरंजन"]),
    "linked headlines at the end": ([P1, "", P2, "", H1, "", H2, "", H3], [H1, H2, H3]),
    "linked headlines then a subheading": (
        [P1, "", H1, "", H2, "", H3, "", H4, "", SUB, "", P2], [H1, H2, H3, H4]),
    "bare teaser takes its headline": ([P1, "", "यह भी पढ़ें:", "", H1, "", P2], ["यह भी पढ़ें:", H1]),
    "bare teaser leaves a body paragraph": ([P1, "", "Also Read", "", P2, "", P3], ["Also Read"]),
    "bare teaser with an ellipsis takes its headline": ([P1, "", "ये खबर भी पढ़ें...", H1, "", P2],
                                                        ["ये खबर भी पढ़ें...", H1]),
    "copied headline at the end": ([TITLE, "", P1, "", P2, "", TITLE], [TITLE]),
    "copied summary with other spacing": (
        [P1, "", P2, "", P1.replace(" ", "\u00a0\u00a0", 1)], [P1.replace(" ", "\u00a0\u00a0", 1)]),
    "breaking-news label keeps the title": (
        ["Breaking News", "", TITLE, "", P1], ["Breaking News"]),
    # a breadcrumb trail names the page's sections, not where the story happened, and its title no claim
    "breadcrumb trail": (["होम › विदेश › एशिया", TITLE, "", P1], ["होम › विदेश › एशिया"]),
    "breadcrumb ending in the story's title": (
        ["Hindi News › World › Afghanistan Earthquake Herat Again Hit By 6.3 Magnitude Quake", "", P1],
        ["Hindi News › World › Afghanistan Earthquake Herat Again Hit By 6.3 Magnitude Quake"]),
    "breadcrumb with > and »": (["होम > देश > ओडिशा ट्रेन हादसा", P1, "NBT » न्यूज » विदेश", P2],
                                ["होम > देश > ओडिशा ट्रेन हादसा", "NBT » न्यूज » विदेश"]),
    # --- never furniture ---
    "subheading between paragraphs": ([P1, "", SUB, "", P2, "", "पड़ोसियों को चेतावनी", "", P3], []),
    "subheadings without blank lines": ([P1, SUB, P2, "उत्तर कोरिया की चेतावनी", P3], []),
    "title, standfirst and date above the body": (
        ["Fri. Nov 22nd, 2024", "", TITLE, "", "उत्तर कोरिया के 10,000 सैनिक रूस में तैनात किए गए", "", P1], []),
    "two linked headlines are not a list": ([P1, "", H1, "", H2, "", P2], []),
    "bullet list of figures": (
        [P1, "", "- उत्तर कोरिया ने 10,000 सैनिक भेजे", "- रूस को 1.2 करोड़ गोले दिए गए",
         "- 2024 में रक्षा समझौता हुआ", "- 11000 सैनिक पहले भेजे जा चुके", "", P2], []),
    "list announced with a colon": (
        [P1, "", "अब तक की मुख्य बातें:", "", "उत्तर कोरिया ने रूस को 10,000 सैनिक भेजे",
         "", "दक्षिण कोरिया के अनुसार 1.2 करोड़ गोले दिए गए", "", "रूस और उत्तर कोरिया में 2024 में समझौता हुआ"], []),
    "table of figures as short lines": (
        [P1, "", "राज्य", "सीटें", "बिहार", "40", "उत्तर प्रदेश", "80", "", P2], []),
    "marker words inside a sentence": (
        [P1, "उन्होंने कहा कि यह भी पढ़ें तो 5 लोग मरे थे।", "We also read that 300 people fled.", P2], []),
    "hashtag inside a sentence": (["#INA रूस ने 500 ड्रोन दागे।", P1], []),
    "year labels without a menu": ([P1, "", "चुनाव 2025", "", P2, "", "बजट 2024", "", P3], []),
    "table with pipes and figures": (
        [P1, "भाजपा | 82 | 20.9% | 12", "राजद | 25 | 23.1% | 3", "जदयू | 2025 | 19% | 4", P2], []),
    "sentence with a copyright word": ([P1, "अदालत ने कहा कि कॉपीराइट कानून 1957 में बना था।", P2], []),
    "pipe in a headline-like sentence": ([P1, "बिहार | नीतीश दसवीं बार मुख्यमंत्री, 20 नवंबर को शपथ", P2], []),
    "short repeated lines": ([P1, "", "निष्कर्ष", "", P2, "", "निष्कर्ष", "", P3], []),
    "comparisons with > in a sentence": ([P1, "तापमान > 40 डिग्री > सामान्य से अधिक रहा।", P2], []),
    "two sections only": ([P1, "होम » महाराष्ट्र", P2], []),
    "long unpunctuated paragraph": (
        [P1, "", " ".join(["उत्तर कोरिया ने रूस को 10,000 सैनिक भेजे"] * 4), "",
         " ".join(["दक्षिण कोरिया के अनुसार 1.2 करोड़ गोले दिए गए"] * 3), "",
         " ".join(["रूस और उत्तर कोरिया ने 2024 में समझौता किया"] * 3)], []),
}


@pytest.mark.parametrize("lines,expected", CASES.values(), ids=CASES.keys())
def test_furniture_lines(lines, expected):
    assert marked("\n".join(lines)) == expected


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_spans_index_the_text_as_given(newline):
    text = newline.join([P1, "", "  यह भी पढ़ें : " + H1 + "  ", "", P2, "Back to top"]) + newline
    spans = furniture_spans(text)
    assert [text[s:e] for s, e in spans] == ["यह भी पढ़ें : " + H1, "Back to top"]


def test_adjacent_furniture_lines_merge_into_one_span():
    text = "\n".join([P1, "", "Leave a Reply", "", "Back to top button"])
    (span,) = furniture_spans(text)
    assert text[span[0]:span[1]] == "Leave a Reply\n\nBack to top button"


@pytest.mark.parametrize("text", ["", "\n\n", "  ", P1, P1 + "\n" + P2])
def test_no_furniture(text):
    assert furniture_spans(text) == []


_LINES = st.sampled_from([P1, P2, SUB, H1, H2, "", "Back to top", "यह भी पढ़ें:", "#INA", "Crime", "  ", "40"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=25), st.sampled_from(["\n", "\r\n"]))
def test_spans_are_sorted_disjoint_and_cover_whole_lines(lines, newline):
    text = newline.join(lines)
    spans = furniture_spans(text)
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        assert e1 < s2
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
    body = [line for line in lines if line in (P1, P2)]
    covered = "".join(text[s:e] for s, e in spans)
    # a body paragraph is only ever marked as a repeated copy
    for line in set(body):
        assert covered.count(line) <= max(0, body.count(line) - 1)
