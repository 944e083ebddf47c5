"""Build factcheck/lang/data/gazetteer.jsonl (and the common-word list used by the name rules).

Every state and territory comes from CLDR through Babel (Hindi and English
names); a curated section below adds the spellings the Hindi press uses,
adjectives, capitals and seats of power as metonyms, people, parties,
organisations, Indian states, cities, districts and institutions. Curated
lines with the same ``name`` as a CLDR entry merge into it.

Places (Indian states, UTs, every district and major city; the provinces,
districts and cities of the neighbours and of quake- and war-prone countries;
major world cities) and the institutions behind disaster, election and war
figures live in ``scripts/gazetteer_places.txt`` in the same line format.

Curated line format (``|``-separated, ``;`` between list items)::

    name | type | qid | aliases | adjectives | stands_for | context_aliases | part_of

``context_aliases`` are spellings that are also common words (आप, गया, भाषा):
they match only next to a context word or in brackets. ``part_of`` is the
canonical name of the one place that contains this one (Ujjain -> Madhya
Pradesh -> India; "" for sovereign states, or when a name is shared by places
in different states). A line ``@part_of NAME`` sets the ``part_of`` of the
lines after it that leave the field empty (``@part_of`` alone clears it);
a trailing field may be omitted.

Run: ``.venv/bin/python scripts/build_gazetteer.py`` (``--common`` also
rebuilds ``gazetteer_common.txt`` from wordfreq, which is needed only then).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import babel

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "factcheck" / "lang" / "data"
PLACES_FILE = Path(__file__).resolve().parent / "gazetteer_places.txt"

#: CLDR codes that are not territories of the world, or that curated entries replace.
SKIP_CODES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "UM", "CQ"}
#: Territories that are not sovereign states.
NON_SOVEREIGN = {
    "AC", "AI", "AQ", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CP", "CW", "CX",
    "DG", "EA", "EH", "FK", "FO", "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IC",
    "IM", "IO", "JE", "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN",
    "PR", "RE", "SH", "SJ", "SX", "TA", "TC", "TF", "TK", "VG", "VI", "WF", "YT",
}
#: English short names the press uses where CLDR's differ.
PRESS_NAMES = {
    "CZ": "Czech Republic", "MM": "Myanmar", "TR": "Turkey", "HK": "Hong Kong", "MO": "Macau",
    "PS": "Palestine", "CD": "DR Congo", "CG": "Republic of the Congo", "CI": "Ivory Coast",
    "SZ": "Eswatini", "BA": "Bosnia and Herzegovina", "AG": "Antigua and Barbuda",
    "TT": "Trinidad and Tobago", "KN": "Saint Kitts and Nevis", "VC": "Saint Vincent and the Grenadines",
    "LC": "Saint Lucia", "ST": "São Tomé and Príncipe", "VA": "Vatican City",
}
#: Containing state of CLDR territories that are not sovereign (only where undisputed in the press).
TERRITORY_OF = {
    "HK": "China", "MO": "China", "PR": "United States", "GU": "United States", "VI": "United States",
    "AS": "United States", "MP": "United States", "GL": "Denmark", "FO": "Denmark", "RE": "France",
    "GP": "France", "MQ": "France", "GF": "France", "YT": "France", "NC": "France", "PF": "France",
    "BL": "France", "MF": "France", "PM": "France", "WF": "France", "IC": "Spain", "EA": "Spain",
    "AW": "Netherlands", "CW": "Netherlands", "SX": "Netherlands", "BQ": "Netherlands",
    "GI": "United Kingdom", "BM": "United Kingdom", "KY": "United Kingdom", "FK": "United Kingdom",
    "VG": "United Kingdom", "AI": "United Kingdom", "MS": "United Kingdom", "TC": "United Kingdom",
    "SH": "United Kingdom", "PN": "United Kingdom", "IM": "United Kingdom", "JE": "United Kingdom",
    "GG": "United Kingdom", "CX": "Australia", "CC": "Australia", "NF": "Australia", "AX": "Finland",
    "SJ": "Norway", "BV": "Norway", "TK": "New Zealand", "NU": "New Zealand", "CK": "New Zealand",
}
#: CLDR Hindi names that are also common Hindi words: only matched in context.
AMBIGUOUS_CLDR = {"माली", "गिनी", "जर्सी", "चिली", "नाइजर", "चाड", "टोगो", "रियूनियन"}

#: Wikidata QIDs of states (only ones known for certain).
STATE_QIDS = {
    "IN": "Q668", "US": "Q30", "RU": "Q159", "UA": "Q212", "CN": "Q148", "KP": "Q423",
    "KR": "Q884", "JP": "Q17", "PK": "Q843", "IR": "Q794", "IL": "Q801", "GB": "Q145",
    "FR": "Q142", "DE": "Q183", "BY": "Q184", "BD": "Q902", "NP": "Q837", "LK": "Q854",
    "AF": "Q889", "CA": "Q16", "AU": "Q408", "BR": "Q155", "IT": "Q38", "ES": "Q29",
    "TR": "Q43", "SA": "Q851", "EG": "Q79", "ZA": "Q258", "TW": "Q865", "SY": "Q858",
    "IQ": "Q796", "MM": "Q836", "BT": "Q917", "MV": "Q826", "MX": "Q96", "PL": "Q36",
    "NL": "Q55", "SE": "Q34", "NO": "Q20", "FI": "Q33", "CH": "Q39", "VN": "Q881",
    "ID": "Q252", "QA": "Q846", "AE": "Q878", "LB": "Q822", "JO": "Q810", "YE": "Q805",
    "AR": "Q414", "NG": "Q1033", "KE": "Q114", "ET": "Q115", "SG": "Q334", "MY": "Q833",
    "TH": "Q869", "PH": "Q928", "NZ": "Q664", "GR": "Q41", "PT": "Q45", "AT": "Q40",
    "BE": "Q31", "DK": "Q35", "IE": "Q27", "HU": "Q28", "CZ": "Q213", "RO": "Q218",
    "GE": "Q230", "AM": "Q399", "AZ": "Q227", "KZ": "Q232", "UZ": "Q265", "MN": "Q711",
    "CU": "Q241", "VE": "Q717", "CO": "Q739", "CL": "Q298", "PE": "Q419", "LY": "Q1016",
    "SD": "Q1049", "DZ": "Q262", "MA": "Q1028", "TN": "Q948", "OM": "Q842", "KW": "Q817",
    "BH": "Q398",
}

CURATED = """
# --- states: press spellings, Latin forms, adjectives -------------------------------------
North Korea | state | | उत्तर कोरिया; उत्तरी कोरिया; नॉर्थ कोरिया; नार्थ कोरिया; डीपीआरके; डेमोक्रेटिक पीपुल्स रिपब्लिक ऑफ कोरिया; कोरिया लोकतांत्रिक जनवादी गणराज्य; North Korea; DPRK | उत्तर कोरियाई; उत्तरी कोरियाई; नॉर्थ कोरियाई; North Korean; North Koreans | |
South Korea | state | | दक्षिण कोरिया; दक्षिणी कोरिया; साउथ कोरिया; कोरिया गणराज्य; South Korea; ROK | दक्षिण कोरियाई; दक्षिणी कोरियाई; साउथ कोरियाई; South Korean; South Koreans | |
Korea | place | | कोरिया; कोरियाई प्रायद्वीप; Korea | कोरियाई; Korean | |
United States | state | | अमेरिका; अमरीका; अमेरीका; अमेरिका संयुक्त राज्य; संयुक्त राज्य अमेरिका; संयुक्त राज्य अमरीका; यूएसए; यूएस; यू.एस.; यूनाइटेड स्टेट्स; United States; USA; US; U.S.; America | अमेरिकी; अमरीकी; अमेरीकी; अमेरिकन; अमेरिकावासी; American; Americans | |
Russia | state | | रूस; रशिया; रसिया; रूसी संघ; रूसी फेडरेशन; Russia; Russian Federation | रूसी; Russian; Russians | |
Ukraine | state | | यूक्रेन; युक्रेन; उक्रेन; Ukraine | यूक्रेनी; यूक्रेनियाई; युक्रेनी; यूक्रेनियन; Ukrainian; Ukrainians | |
Israel | state | | इजरायल; इजराइल; इस्राइल; इस्रायल; इसराइल; इस्राएल; Israel | इजरायली; इजराइली; इस्राइली; इसराइली; इस्रायली; Israeli; Israelis | |
China | state | | चीन; चाइना; जनवादी गणराज्य चीन; पीपुल्स रिपब्लिक ऑफ चाइना; China; PRC | चीनी; चाइनीज; Chinese | |
India | state | | भारत; हिंदुस्तान; हिन्दुस्तान; इंडिया; भारतवर्ष; India | भारतीय; हिंदुस्तानी; हिन्दुस्तानी; Indian; Indians | |
Pakistan | state | | पाकिस्तान; पाक; Pakistan | पाकिस्तानी; Pakistani; Pakistanis | |
Iran | state | | ईरान; इरान; Iran | ईरानी; Iranian; Iranians | |
Japan | state | | जापान; Japan | जापानी; Japanese | |
United Kingdom | state | | ब्रिटेन; यूके; ग्रेट ब्रिटेन; यूनाइटेड किंगडम; UK; U.K.; Britain; United Kingdom | ब्रिटिश; ब्रितानी; British | |
France | state | | फ्रांस; France | फ्रांसीसी; फ्रेंच; French | |
Germany | state | | जर्मनी; Germany | जर्मन; German; Germans | |
Belarus | state | | बेलारूस; बेलरूस; Belarus | बेलारूसी; Belarusian | |
Afghanistan | state | | अफगानिस्तान; अफ़ग़ानिस्तान; Afghanistan | अफगानी; अफगान; Afghan; Afghans | |
Bangladesh | state | | बांग्लादेश; बांगलादेश; बंगलादेश; Bangladesh | बांग्लादेशी; बंगलादेशी; Bangladeshi; Bangladeshis | |
Nepal | state | | नेपाल; Nepal | नेपाली; Nepali; Nepalese | |
Sri Lanka | state | | श्रीलंका; श्री लंका; Sri Lanka | श्रीलंकाई; Sri Lankan | |
Bhutan | state | | भूटान; Bhutan | भूटानी | |
Myanmar | state | | म्यांमार; म्यांमा; बर्मा; Myanmar; Burma | म्यांमारी; बर्मी | |
Maldives | state | | मालदीव; मालदीव्स; Maldives | मालदीवी | |
China | state | | | | |
Taiwan | state | | ताइवान; ताईवान; Taiwan | ताइवानी; Taiwanese | |
Syria | state | | सीरिया; Syria | सीरियाई; Syrian | |
Iraq | state | | इराक; ईराक; Iraq | इराकी; Iraqi | |
Saudi Arabia | state | | सऊदी अरब; सउदी अरब; सऊदी अरबिया; Saudi Arabia | सऊदी; Saudi | |
United Arab Emirates | state | | संयुक्त अरब अमीरात; यूएई; UAE | अमीराती; Emirati | |
Qatar | state | | कतर; क़तर; Qatar | कतरी | |
Turkey | state | | तुर्की; तुर्किये; तुर्किए; टर्की; Turkey; Türkiye | तुर्क; Turkish | |
Egypt | state | | मिस्र; इजिप्ट; Egypt | मिस्री; Egyptian | |
Palestine | state | | फिलिस्तीन; फलस्तीन; फ़िलिस्तीनी क्षेत्र; Palestine | फिलिस्तीनी; फलस्तीनी; Palestinian; Palestinians | |
Lebanon | state | | लेबनान; Lebanon | लेबनानी; Lebanese | |
Yemen | state | | यमन; Yemen | यमनी; Yemeni | |
Jordan | state | | जॉर्डन; जार्डन; Jordan | जॉर्डनी | |
Canada | state | | कनाडा; Canada | कनाडाई; Canadian; Canadians | |
Australia | state | | ऑस्ट्रेलिया; आस्ट्रेलिया; Australia | ऑस्ट्रेलियाई; आस्ट्रेलियाई; Australian | |
New Zealand | state | | न्यूजीलैंड; न्यूज़ीलैंड; New Zealand | न्यूजीलैंडी | |
Brazil | state | | ब्राजील; Brazil | ब्राजीली; ब्राजीलियाई; Brazilian | |
Italy | state | | इटली; Italy | इतालवी; इटालियन; Italian | |
Spain | state | | स्पेन; Spain | स्पेनिश; स्पेनी; Spanish | |
Poland | state | | पोलैंड; Poland | पोलिश; Polish | |
Netherlands | state | | नीदरलैंड; नीदरलैंड्स; हॉलैंड; Netherlands | डच; Dutch | |
Sweden | state | | स्वीडन; Sweden | स्वीडिश; Swedish | |
Finland | state | | फिनलैंड; Finland | फिनिश; Finnish | |
Norway | state | | नॉर्वे; नार्वे; Norway | नॉर्वेजियन | |
Greece | state | | यूनान; ग्रीस; Greece | यूनानी; ग्रीक; Greek | |
Mexico | state | | मैक्सिको; मेक्सिको; Mexico | मैक्सिकन; मेक्सिकन; Mexican | |
Indonesia | state | | इंडोनेशिया; Indonesia | इंडोनेशियाई; Indonesian | |
Malaysia | state | | मलेशिया; Malaysia | मलेशियाई; Malaysian | |
Vietnam | state | | वियतनाम; Vietnam | वियतनामी; Vietnamese | |
Thailand | state | | थाईलैंड; थाइलैंड; Thailand | थाई; Thai | |
Philippines | state | | फिलीपींस; फिलिपींस; फिलीपीन्स; Philippines | फिलीपीनी; Filipino | |
Singapore | state | | सिंगापुर; Singapore | सिंगापुरी | |
South Africa | state | | दक्षिण अफ्रीका; दक्षिणी अफ्रीका; साउथ अफ्रीका; South Africa | दक्षिण अफ्रीकी; South African | |
Nigeria | state | | नाइजीरिया; Nigeria | नाइजीरियाई; Nigerian | |
Kenya | state | | केन्या; कीनिया; Kenya | केन्याई; Kenyan | |
Ethiopia | state | | इथियोपिया; Ethiopia | इथियोपियाई; Ethiopian | |
Sudan | state | | सूडान; Sudan | सूडानी; Sudanese | |
Libya | state | | लीबिया; Libya | लीबियाई; Libyan | |
Argentina | state | | अर्जेंटीना; अर्जेन्टीना; Argentina | अर्जेंटीनी; Argentine | |
Venezuela | state | | वेनेजुएला; Venezuela | वेनेजुएलाई; Venezuelan | |
Cuba | state | | क्यूबा; Cuba | क्यूबाई; Cuban | |
Georgia | state | | जॉर्जिया; जार्जिया | जॉर्जियाई | |
Armenia | state | | आर्मेनिया; अर्मेनिया; Armenia | आर्मेनियाई; Armenian | |
Azerbaijan | state | | अजरबैजान; Azerbaijan | अजरबैजानी; Azerbaijani | |
Kazakhstan | state | | कजाखस्तान; कजाकिस्तान; Kazakhstan | कजाख | |
Mongolia | state | | मंगोलिया; Mongolia | मंगोलियाई; मंगोल | |
Hungary | state | | हंगरी; Hungary | हंगेरियन; Hungarian | |
Switzerland | state | | स्विट्जरलैंड; स्विटजरलैंड; Switzerland | स्विस; Swiss | |
Czech Republic | state | | चेक गणराज्य; चेक रिपब्लिक; चेकिया; Czech Republic | Czech | |
Ireland | state | | आयरलैंड; Ireland | आयरिश; Irish | |
Belgium | state | | बेल्जियम; Belgium | बेल्जियाई | |
Austria | state | | ऑस्ट्रिया; आस्ट्रिया; Austria | ऑस्ट्रियाई | |
Denmark | state | | डेनमार्क; Denmark | डेनिश; Danish | |
Portugal | state | | पुर्तगाल; Portugal | पुर्तगाली; Portuguese | |
Romania | state | | रोमानिया; Romania | रोमानियाई | |
Serbia | state | | सर्बिया; Serbia | सर्बियाई; सर्ब | |
Lithuania | state | | लिथुआनिया; Lithuania | लिथुआनियाई | |
Estonia | state | | एस्टोनिया; Estonia | एस्टोनियाई | |
Latvia | state | | लातविया; Latvia | लातवियाई | |
Moldova | state | | मोल्दोवा; मॉल्डोवा; Moldova | | |
Chile | state | | Chile | चिलियन | | चिली
Mali | state | | Mali | | | माली
Guinea | state | | Guinea | | | गिनी
Kuwait | state | | कुवैत; Kuwait | कुवैती | |
Oman | state | | ओमान; Oman | ओमानी | |
Bahrain | state | | बहरीन; Bahrain | बहरीनी | |
Uzbekistan | state | | उज्बेकिस्तान; Uzbekistan | उज्बेक | |
Tajikistan | state | | ताजिकिस्तान; Tajikistan | ताजिक | |
Kyrgyzstan | state | | किर्गिस्तान; किर्गिजस्तान; Kyrgyzstan | किर्गिज | |
Turkmenistan | state | | तुर्कमेनिस्तान; Turkmenistan | तुर्कमेन | |
Cambodia | state | | कंबोडिया; कम्बोडिया; Cambodia | कंबोडियाई | |
Laos | state | | लाओस; Laos | | |
Mauritius | state | | मॉरीशस; मारीशस; Mauritius | मॉरीशसी | |
Fiji | state | | फिजी; Fiji | फिजियन | |
Hong Kong | place | | हांगकांग; हॉन्गकॉन्ग; हॉन्ग कॉन्ग; हाँग काँग; Hong Kong | | |
Gaza | place | | गाजा; गाज़ा; ग़ज़ा; गाजा पट्टी; ग़ज़ा पट्टी; Gaza; Gaza Strip | गाजावासी | |
West Bank | place | | वेस्ट बैंक; पश्चिमी तट; West Bank | | |
Crimea | place | | क्रीमिया; Crimea | | |
Donbas | place | | डोनबास; डोनबास क्षेत्र; Donbas | | |
Kursk | place | | कुर्स्क; Kursk | | |
Kharkiv | place | | खारकीव; खारकिव; Kharkiv | | |
Odesa | place | | ओडेसा; Odesa | | |
Europe | place | | यूरोप; Europe | यूरोपीय; यूरोपियन; European | |
Asia | place | | एशिया; Asia | एशियाई; Asian | |
Africa | place | | अफ्रीका; Africa | अफ्रीकी; African | |
Middle East | place | | मध्य पूर्व; मध्य-पूर्व; पश्चिम एशिया; मिडिल ईस्ट; Middle East | | |
England | place | | इंग्लैंड; England |  | |
Kashmir | place | | कश्मीर; Kashmir | कश्मीरी; Kashmiri | |
Pakistan-administered Kashmir | place | | पाक अधिकृत कश्मीर; पीओके; पाकिस्तान अधिकृत कश्मीर; पाक के कब्जे वाला कश्मीर; PoK | | |

# --- capitals and seats of power (metonyms) -----------------------------------------------
Pyongyang | place | Q18808 | प्योंगयांग; प्योंगयोंग; प्यौंगयांग; Pyongyang | | North Korea |
Seoul | place | Q8684 | सियोल; सोल; Seoul | | South Korea |
Kremlin | institution | | क्रेमलिन; Kremlin | | Russia |
Moscow | place | Q649 | मॉस्को; मास्को; मोस्को; Moscow | | Russia |
Kyiv | place | Q1899 | कीव; कीएव; किएव; कीयेव; Kyiv; Kiev | | Ukraine |
Washington, D.C. | place | Q61 | वाशिंगटन; वॉशिंगटन; वाशिंगटन डीसी; Washington | | United States |
White House | institution | | व्हाइट हाउस; ह्वाइट हाउस; वाइट हाउस; White House | | United States |
Beijing | place | Q956 | बीजिंग; पेइचिंग; Beijing | | China |
Tehran | place | Q3616 | तेहरान; Tehran | | Iran |
Islamabad | place | Q1362 | इस्लामाबाद; Islamabad | | Pakistan |
Tokyo | place | Q1490 | टोक्यो; तोक्यो; Tokyo | | Japan |
Minsk | place | Q2280 | मिन्स्क; Minsk | | Belarus |
London | place | Q84 | लंदन; London | | United Kingdom |
Downing Street | institution | | डाउनिंग स्ट्रीट; Downing Street | | United Kingdom |
Paris | place | Q90 | पेरिस; Paris | | France |
Berlin | place | Q64 | बर्लिन; Berlin | | Germany |
Jerusalem | place | | यरूशलम; यरुशलम; जेरूसलम; Jerusalem | | Israel |
Tel Aviv | place | | तेल अवीव; Tel Aviv | | Israel |
Kabul | place | | काबुल; Kabul | | Afghanistan |
Dhaka | place | | ढाका; Dhaka | | Bangladesh |
Kathmandu | place | | काठमांडू; काठमांडु; Kathmandu | | Nepal |
Colombo | place | | कोलंबो; Colombo | | Sri Lanka |
Damascus | place | | दमिश्क; Damascus | | Syria |
Baghdad | place | | बगदाद; Baghdad | | Iraq |
Riyadh | place | | रियाद; Riyadh | | Saudi Arabia |
Ankara | place | | अंकारा; Ankara | | Turkey |
Taipei | place | | ताइपे; Taipei | | Taiwan |
Ottawa | place | | ओटावा; Ottawa | | Canada |
Canberra | place | | कैनबरा; Canberra | | Australia |
Rawalpindi | place | | रावलपिंडी; Rawalpindi | | |
Pentagon | institution | | पेंटागन; पेंटागॉन; Pentagon | | |
New York | place | Q60 | न्यूयॉर्क; न्यूयार्क; New York | | |
Karachi | place | | कराची; Karachi | | |
Lahore | place | | लाहौर; Lahore | | |
Dubai | place | | दुबई; Dubai | | |

# --- people: international ---------------------------------------------------------------
Vladimir Putin | person | Q7747 | व्लादिमीर पुतिन; ब्लादिमीर पुतिन; ब्लादिमिर पुतिन; व्लादिमिर पुतिन; पुतिन; Vladimir Putin; Putin | | |
Kim Jong Un | person | Q56226 | किम जोंग उन; किम जोंग-उन; किम जोंग ऊन; किम जॉन्ग उन; किम जोंग; किम; Kim Jong Un; Kim Jong-un | | |
Kim Yo Jong | person | | किम यो जोंग; किम यो-जोंग; Kim Yo Jong | | |
Choe Son Hui | person | | चो सोन हुई; चोए सोन हुई; Choe Son Hui | | |
Sergey Lavrov | person | | सर्गेई लावरोव; सर्गेइ लावरोव; सेर्गेई लावरोव; लावरोव; Sergey Lavrov; Sergei Lavrov; Lavrov | | |
Volodymyr Zelensky | person | Q3874799 | वोलोडिमिर जेलेंस्की; वोलोदिमीर जेलेंस्की; वोलोदिमिर जेलेंस्की; वलोडिमिर जेलेंस्की; जेलेंस्की; जेलेन्स्की; जेलेंसकी; Volodymyr Zelensky; Zelensky; Zelenskyy | | |
Alexander Lukashenko | person | | अलेक्जेंडर लुकाशेंको; अलेक्जेंडर लुकाशेन्को; अलेक्जेंडर लुकाशेंको; लुकाशेंको; लुकाशेन्को; Alexander Lukashenko; Lukashenko | | |
Joe Biden | person | Q6279 | जो बाइडन; जो बाइडेन; जो बिडेन; बाइडन; बाइडेन; बिडेन; Joe Biden; Biden | | |
Donald Trump | person | Q22686 | डोनाल्ड ट्रंप; डोनाल्ड ट्रम्प; ट्रंप; ट्रम्प; Donald Trump; Trump | | |
Kamala Harris | person | | कमला हैरिस; Kamala Harris | | |
JD Vance | person | | जेडी वेंस; जेडी वांस; जे.डी. वेंस; JD Vance | | |
Marco Rubio | person | | मार्को रुबियो; रुबियो; Marco Rubio | | |
Antony Blinken | person | | एंटनी ब्लिंकन; ब्लिंकन; Antony Blinken | | |
Lloyd Austin | person | | लॉयड ऑस्टिन; लायड ऑस्टिन; Lloyd Austin | | |
Pete Hegseth | person | | पीट हेगसेथ; हेगसेथ; Pete Hegseth | | |
Elon Musk | person | | एलन मस्क; एलोन मस्क; मस्क; Elon Musk | | |
Xi Jinping | person | Q15031 | शी जिनपिंग; शी चिनफिंग; जिनपिंग; Xi Jinping | | |
Wang Yi | person | | वांग यी; Wang Yi | | |
Li Qiang | person | | ली कियांग; ली छ्यांग; Li Qiang | | |
Benjamin Netanyahu | person | | बेंजामिन नेतन्याहू; बेंजामिन नेतनयाहू; नेतन्याहू; नेतनयाहू; Benjamin Netanyahu; Netanyahu | | |
Shehbaz Sharif | person | | शहबाज शरीफ; शाहबाज शरीफ; शहबाज़ शरीफ़; Shehbaz Sharif | | |
Nawaz Sharif | person | | नवाज शरीफ; Nawaz Sharif | | |
Imran Khan | person | | इमरान खान; Imran Khan | | |
Asim Munir | person | | आसिम मुनीर; असीम मुनीर; Asim Munir | | |
Yuri Ushakov | person | | यूरी उशाकोव; उशाकोव; Yuri Ushakov | | |
Dmitry Peskov | person | | दमित्री पेस्कोव; दिमित्री पेस्कोव; पेस्कोव; Dmitry Peskov | | |
Sergei Shoigu | person | | सर्गेई शोइगु; सर्गेई शोइगू; शोइगु; Sergei Shoigu | | |
Andrei Belousov | person | | आंद्रेई बेलौसोव; आंद्रेई बेलोउसोव; बेलौसोव; Andrei Belousov | | |
Yoon Suk Yeol | person | | यून सुक योल; यून सुक-योल; Yoon Suk Yeol | | |
Lee Jae-myung | person | | ली जे-म्युंग; ली जे म्युंग; ली जे-म्योंग; Lee Jae-myung | | |
Shigeru Ishiba | person | | शिगेरु इशिबा; इशिबा; Shigeru Ishiba | | |
Fumio Kishida | person | | फुमियो किशिदा; किशिदा; Fumio Kishida | | |
Sanae Takaichi | person | | साने ताकाइची; सनाए ताकाइची; ताकाइची; Sanae Takaichi | | |
Emmanuel Macron | person | | इमैनुएल मैक्रों; इमैनुएल मैक्रॉन; मैक्रों; मैक्रॉन; Emmanuel Macron; Macron | | |
Keir Starmer | person | | कीर स्टार्मर; स्टार्मर; Keir Starmer | | |
Rishi Sunak | person | | ऋषि सुनक; Rishi Sunak | | |
Olaf Scholz | person | | ओलाफ शोल्ज; ओलाफ स्कोल्ज; Olaf Scholz | | |
Friedrich Merz | person | | फ्रेडरिक मर्ज; फ्रेडरिक मेर्ज; Friedrich Merz | | |
Recep Tayyip Erdogan | person | | रेसेप तैयप एर्दोगन; रेचेप तैयप एर्दोगान; एर्दोगन; एर्दोआन; Erdogan | | |
Ali Khamenei | person | | अयातुल्ला अली खामेनेई; अयातुल्ला खामेनेई; अली खामेनेई; खामेनेई; Khamenei | | |
Masoud Pezeshkian | person | | मसूद पेजेशकियान; मसूद पेजेश्कियन; पेजेशकियान; Pezeshkian | | |
Mohammed bin Salman | person | | मोहम्मद बिन सलमान; Mohammed bin Salman | | |
Antonio Guterres | person | | एंटोनियो गुटेरेस; एंटोनियो गुतारेस; गुटेरेस; गुतारेस; Antonio Guterres | | |
Mark Rutte | person | | मार्क रुटे; Mark Rutte | | |
Jens Stoltenberg | person | | जेन्स स्टोलटेनबर्ग; स्टोलटेनबर्ग; Jens Stoltenberg | | |
Muhammad Yunus | person | | मोहम्मद यूनुस; मुहम्मद यूनुस; Muhammad Yunus | | |
Sheikh Hasina | person | | शेख हसीना; Sheikh Hasina | | |
K. P. Sharma Oli | person | | केपी शर्मा ओली; के.पी. शर्मा ओली; KP Sharma Oli | | |
Justin Trudeau | person | | जस्टिन ट्रूडो; ट्रूडो; Justin Trudeau | | |
Mark Carney | person | | मार्क कार्नी; Mark Carney | | |
Bashar al-Assad | person | | बशर अल-असद; बशर अल असद; Bashar al-Assad | | |
Volodymyr Zelensky | person | | ज़ेलेंस्की; जेलेन्सकी | | |

# --- people: India --------------------------------------------------------------------------
Narendra Modi | person | Q1058 | नरेंद्र मोदी; नरेन्द्र मोदी; नरेंद्र दामोदरदास मोदी; मोदी; Narendra Modi; Modi | | |
Amit Shah | person | | अमित शाह; Amit Shah | | |
Rajnath Singh | person | | राजनाथ सिंह; Rajnath Singh | | |
Nirmala Sitharaman | person | | निर्मला सीतारमण; निर्मला सीतारामन; सीतारमण; Nirmala Sitharaman | | |
S. Jaishankar | person | | एस जयशंकर; एस. जयशंकर; जयशंकर; S Jaishankar; Jaishankar | | |
Rahul Gandhi | person | | राहुल गांधी; राहुल गाँधी; Rahul Gandhi | | |
Sonia Gandhi | person | | सोनिया गांधी; Sonia Gandhi | | |
Priyanka Gandhi | person | | प्रियंका गांधी; प्रियंका गांधी वाड्रा; Priyanka Gandhi | | |
Mallikarjun Kharge | person | | मल्लिकार्जुन खरगे; मल्लिकार्जुन खड़गे; खरगे; खड़गे; Mallikarjun Kharge | | |
Nitish Kumar | person | | नीतीश कुमार; नितीश कुमार; नीतीश; Nitish Kumar | | |
Tejashwi Yadav | person | | तेजस्वी यादव; तेजस्वी; Tejashwi Yadav | | |
Tej Pratap Yadav | person | | तेज प्रताप यादव; तेजप्रताप यादव; तेजप्रताप | | |
Lalu Prasad Yadav | person | | लालू प्रसाद यादव; लालू प्रसाद; लालू यादव; लालू; Lalu Prasad | | |
Rabri Devi | person | | राबड़ी देवी; Rabri Devi | | |
Mamata Banerjee | person | | ममता बनर्जी; ममता; Mamata Banerjee | | |
Abhishek Banerjee | person | | अभिषेक बनर्जी | | |
Yogi Adityanath | person | | योगी आदित्यनाथ; योगी; आदित्यनाथ; Yogi Adityanath | | |
Arvind Kejriwal | person | | अरविंद केजरीवाल; अरविन्द केजरीवाल; केजरीवाल; Arvind Kejriwal; Kejriwal | | |
Akhilesh Yadav | person | | अखिलेश यादव; अखिलेश; Akhilesh Yadav | | |
Mayawati | person | | मायावती; Mayawati | | |
J. P. Nadda | person | | जेपी नड्डा; जे.पी. नड्डा; जगत प्रकाश नड्डा; नड्डा; JP Nadda | | |
Droupadi Murmu | person | | द्रौपदी मुर्मू; द्रोपदी मुर्मू; मुर्मू; Droupadi Murmu | | |
Jagdeep Dhankhar | person | | जगदीप धनखड़; धनखड़; Jagdeep Dhankhar | | |
C. P. Radhakrishnan | person | | सीपी राधाकृष्णन; सी.पी. राधाकृष्णन | | |
Om Birla | person | | ओम बिरला; Om Birla | | |
Chirag Paswan | person | | चिराग पासवान; Chirag Paswan | | |
Jitan Ram Manjhi | person | | जीतन राम मांझी; जीतनराम मांझी; मांझी | | |
Samrat Choudhary | person | | सम्राट चौधरी | | |
Vijay Kumar Sinha | person | | विजय कुमार सिन्हा; विजय सिन्हा | | |
Prashant Kishor | person | | प्रशांत किशोर; Prashant Kishor | | |
Devendra Fadnavis | person | | देवेंद्र फडणवीस; देवेन्द्र फडणवीस; फडणवीस; Devendra Fadnavis | | |
Eknath Shinde | person | | एकनाथ शिंदे; शिंदे; Eknath Shinde | | |
Uddhav Thackeray | person | | उद्धव ठाकरे; Uddhav Thackeray | | |
Raj Thackeray | person | | राज ठाकरे | | |
Sharad Pawar | person | | शरद पवार; Sharad Pawar | | |
Ajit Pawar | person | | अजित पवार; अजीत पवार; Ajit Pawar | | |
Siddaramaiah | person | | सिद्धारमैया; सिद्दारमैया; Siddaramaiah | | |
D. K. Shivakumar | person | | डीके शिवकुमार; डी.के. शिवकुमार; शिवकुमार | | |
M. K. Stalin | person | | एमके स्टालिन; एम.के. स्टालिन; स्टालिन | | |
Revanth Reddy | person | | रेवंत रेड्डी; Revanth Reddy | | |
Chandrababu Naidu | person | | चंद्रबाबू नायडू; एन चंद्रबाबू नायडू; Chandrababu Naidu | | |
Pinarayi Vijayan | person | | पिनराई विजयन; Pinarayi Vijayan | | |
Hemant Soren | person | | हेमंत सोरेन; Hemant Soren | | |
Bhupendra Patel | person | | भूपेंद्र पटेल | | |
Bhajan Lal Sharma | person | | भजनलाल शर्मा; भजन लाल शर्मा | | |
Mohan Yadav | person | | मोहन यादव | | |
Vishnu Deo Sai | person | | विष्णुदेव साय; विष्णु देव साय | | |
Pushkar Singh Dhami | person | | पुष्कर सिंह धामी; पुष्कर धामी; धामी | | |
Himanta Biswa Sarma | person | | हिमंत बिस्वा सरमा; हिमंता बिस्वा सरमा; हिमंत सरमा | | |
Omar Abdullah | person | | उमर अब्दुल्ला; Omar Abdullah | | |
Farooq Abdullah | person | | फारूक अब्दुल्ला | | |
Mehbooba Mufti | person | | महबूबा मुफ्ती | | |
Rekha Gupta | person | | रेखा गुप्ता | | |
Bhagwant Mann | person | | भगवंत मान | | |
Nayab Singh Saini | person | | नायब सिंह सैनी; नायब सैनी | | |
Sukhvinder Singh Sukhu | person | | सुखविंदर सिंह सुक्खू; सुक्खू | | |
Mohan Charan Majhi | person | | मोहन चरण माझी; मोहन माझी | | |
Shivraj Singh Chouhan | person | | शिवराज सिंह चौहान; शिवराज | | |
Nitin Gadkari | person | | नितिन गडकरी; गडकरी; Nitin Gadkari | | |
Piyush Goyal | person | | पीयूष गोयल | | |
Ashwini Vaishnaw | person | | अश्विनी वैष्णव | | |
Asaduddin Owaisi | person | | असदुद्दीन ओवैसी; ओवैसी; Owaisi | | |
Ashok Gehlot | person | | अशोक गहलोत; गहलोत | | |
Sachin Pilot | person | | सचिन पायलट | | |
Manmohan Singh | person | | मनमोहन सिंह; Manmohan Singh | | |
Atal Bihari Vajpayee | person | | अटल बिहारी वाजपेयी; अटल वाजपेयी; वाजपेयी | | |
Indira Gandhi | person | | इंदिरा गांधी; इंदिरा गाँधी | | |
Rajiv Gandhi | person | | राजीव गांधी; राजीव गाँधी | | |
Lal Bahadur Shastri | person | | लाल बहादुर शास्त्री | | |
P. V. Narasimha Rao | person | | पी.वी. नरसिम्हा राव; पीवी नरसिम्हा राव; नरसिम्हा राव | | |
Mahatma Gandhi | person | | महात्मा गांधी; बापू; गांधी जी; गांधीजी | | |
Jawaharlal Nehru | person | | जवाहरलाल नेहरू; पंडित नेहरू; नेहरू | | |
B. R. Ambedkar | person | | भीमराव अंबेडकर; बाबा साहेब अंबेडकर; डॉ. अंबेडकर; अंबेडकर | | |
Gyanesh Kumar | person | | ज्ञानेश कुमार | | |
Sanjiv Khanna | person | | संजीव खन्ना | | |
B. R. Gavai | person | | बीआर गवई; बी.आर. गवई; भूषण रामकृष्ण गवई | | |
Surya Kant | person | | सूर्यकांत; सूर्य कांत | | |
D. Y. Chandrachud | person | | डीवाई चंद्रचूड़; डी.वाई. चंद्रचूड़; चंद्रचूड़ | | |
Sanjay Malhotra | person | | संजय मल्होत्रा | | |
Shaktikanta Das | person | | शक्तिकांत दास | | |
Ajit Doval | person | | अजीत डोभाल; अजित डोभाल; डोभाल | | |
Upendra Dwivedi | person | | उपेंद्र द्विवेदी | | |
Anil Chauhan | person | | अनिल चौहान | | |
Keshav Prasad Maurya | person | | केशव प्रसाद मौर्य | | |
Brajesh Pathak | person | | ब्रजेश पाठक | | |
Kiren Rijiju | person | | किरेन रिजिजू | | |
Anurag Thakur | person | | अनुराग ठाकुर | | |
Smriti Irani | person | | स्मृति ईरानी | | |
Pawan Khera | person | | पवन खेड़ा | | |
Jairam Ramesh | person | | जयराम रमेश | | |
Sambit Patra | person | | संबित पात्रा | | |
Shashi Tharoor | person | | शशि थरूर; थरूर | | |
Suvendu Adhikari | person | | शुभेंदु अधिकारी; सुवेंदु अधिकारी | | |
Mohan Bhagwat | person | | मोहन भागवत | | |

# --- parties and alliances ---------------------------------------------------------------
BJP | party | Q10230 | भाजपा; बीजेपी; भारतीय जनता पार्टी; BJP | भाजपाई | |
Congress | party | Q10225 | कांग्रेस; भारतीय राष्ट्रीय कांग्रेस; इंडियन नेशनल कांग्रेस; कांग्रेस पार्टी; इंका; Congress; INC | कांग्रेसी | |
AAP | party | | आम आदमी पार्टी; आप पार्टी; एएपी; AAP | | | आप
Samajwadi Party | party | | समाजवादी पार्टी; सपा; एसपी पार्टी; Samajwadi Party | सपाई | |
BSP | party | | बहुजन समाज पार्टी; बसपा; बीएसपी; BSP | | |
RJD | party | | राष्ट्रीय जनता दल; राजद; आरजेडी; RJD | | |
JD(U) | party | | जनता दल यूनाइटेड; जनता दल (यूनाइटेड); जदयू; जद यू; जद (यू); जेडीयू; जेडी(यू); JDU; JD(U) | | |
JD(S) | party | | जनता दल सेक्युलर; जनता दल (सेक्युलर); जदएस; जद (एस); जेडीएस; JD(S) | | |
TMC | party | | तृणमूल कांग्रेस; अखिल भारतीय तृणमूल कांग्रेस; तृणमूल; टीएमसी; एआईटीसी; TMC | | |
NDA | party | | एनडीए; राजग; राष्ट्रीय जनतांत्रिक गठबंधन; NDA | | |
INDIA bloc | party | | इंडिया गठबंधन; इंडिया ब्लॉक; इंडिया अलायंस; 'इंडिया' गठबंधन; INDIA ब्लॉक; INDIA गठबंधन; INDIA bloc; INDIA alliance | | |
Mahagathbandhan | party | | महागठबंधन; महा गठबंधन | | |
Mahayuti | party | | महायुति | | |
MVA | party | | महा विकास अघाड़ी; महाविकास अघाड़ी; एमवीए; महा विकास आघाडी; महाविकास आघाडी; महा विकास आघाड़ी; महा विकास अघाडी; Maha Vikas Aghadi; MVA | | |
Independents | party | | निर्दलीय; निर्दलीयों; निर्दलीय उम्मीदवारों; निर्दलीय प्रत्याशियों; Independents | | |
NOTA | party | | नोटा; नोटा (इनमें से कोई नहीं); NOTA; None of the above | | |
UPA | party | | यूपीए; संप्रग; संयुक्त प्रगतिशील गठबंधन; UPA | | |
CPI(M) | party | | माकपा; सीपीआई(एम); सीपीआई (एम); सीपीएम; मार्क्सवादी कम्युनिस्ट पार्टी; CPI(M); CPM | | |
CPI | party | | भाकपा; सीपीआई; भारतीय कम्युनिस्ट पार्टी; CPI | | |
CPI(ML) Liberation | party | | भाकपा-माले; भाकपा माले; भाकपा (माले); सीपीआई (एमएल); सीपीआई-एमएल | | |
Shiv Sena | party | | शिवसेना; शिव सेना; Shiv Sena; शिवसेना (शिंदे); शिवसेना (एकनाथ शिंदे); शिवसेना (शिंदे गुट) | शिवसैनिक | |
Shiv Sena (UBT) | party | | शिवसेना (यूबीटी); शिवसेना यूबीटी; शिवसेना-यूबीटी; शिवसेना (उद्धव बालासाहेब ठाकरे); शिवसेना (उद्धव ठाकरे); शिवसेना (उद्धव); शिवसेना (ठाकरे); Shiv Sena (UBT); शिवसेना (UBT); शिवसेना UBT; शिवसेना-UBT; Shiv Sena UBT; Shiv Sena-UBT | | |
NCP | party | | एनसीपी; राकांपा; राष्ट्रवादी कांग्रेस पार्टी; NCP; एनसीपी (अजित पवार); राकांपा (अजित पवार); एनसीपी (अजित) | | |
NCP (SP) | party | | एनसीपी (एसपी); एनसीपी (शरदचंद्र पवार); राकांपा (एसपी); राकांपा (शरदचंद्र पवार); एनसीपी (शरद पवार); राकांपा (शरद पवार); एनसीपी-एसपी; एनसीपी (शरद गुट); एनसीपी-शरद पवार; NCP (SP); NCP-SP; NCP (शरद पवार); NCP (शरदचंद्र पवार); NCP(SP) | | |
DMK | party | | द्रमुक; डीएमके; द्रविड़ मुनेत्र कड़गम; DMK | | |
AIADMK | party | | अन्नाद्रमुक; एआईएडीएमके; अन्ना द्रमुक; AIADMK | | |
BJD | party | | बीजद; बीजेडी; बीजू जनता दल; BJD | | |
BRS | party | | बीआरएस; भारत राष्ट्र समिति; टीआरएस; तेलंगाना राष्ट्र समिति; BRS | | |
YSRCP | party | | वाईएसआरसीपी; वाईएसआर कांग्रेस; वाईएसआर कांग्रेस पार्टी; YSRCP | | |
TDP | party | | टीडीपी; तेदेपा; तेलुगु देशम पार्टी; तेलुगू देशम पार्टी; TDP | | |
JMM | party | | झामुमो; जेएमएम; झारखंड मुक्ति मोर्चा; JMM | | |
AIMIM | party | | एआईएमआईएम; एमआईएम; ऑल इंडिया मजलिस-ए-इत्तेहादुल मुस्लिमीन; AIMIM | | |
RLD | party | | रालोद; आरएलडी; राष्ट्रीय लोक दल; RLD | | |
LJP (Ram Vilas) | party | | लोजपा (रामविलास); लोजपा (आर); लोजपा-आर; लोजपा (रा); लोक जनशक्ति पार्टी (रामविलास) | | |
LJP | party | | लोजपा; लोक जनशक्ति पार्टी; एलजेपी; LJP | | |
HAM | party | | हिंदुस्तानी आवाम मोर्चा; हिंदुस्तानी अवाम मोर्चा; हम (सेक्युलर); हम पार्टी | | | हम
RLM | party | | रालोमो; राष्ट्रीय लोक मोर्चा; आरएलएम | | |
BNP | party | | बीएनपी; बांग्लादेश नेशनलिस्ट पार्टी; BNP | | |
Jamaat-e-Islami | party | | जमात-ए-इस्लामी; जमात ए इस्लामी; जमात-ए-इस्लामी बांग्लादेश; जमात | | |
Awami League | party | | अवामी लीग; आवामी लीग; Awami League | | |
Left | party | | वाम दल; वाम दलों; वामदल; वामदलों; वामपंथी दल; वामपंथी दलों | | |
VIP | party | | विकासशील इंसान पार्टी; वीआईपी पार्टी | | |
Jan Suraaj | party | | जन सुराज; जन सुराज पार्टी; जनसुराज | | |
Shiromani Akali Dal | party | | शिरोमणि अकाली दल; अकाली दल; शिअद | अकाली | |
INLD | party | | इनेलो; इंडियन नेशनल लोकदल | | |
JJP | party | | जजपा; जननायक जनता पार्टी | | |
Bay of Bengal | sea | | बंगाल की खाड़ी; Bay of Bengal | | |
Arabian Sea | sea | | अरब सागर; Arabian Sea | | |
Indian Ocean | sea | | हिंद महासागर; हिन्द महासागर; Indian Ocean | | |
NC | party | | नेशनल कॉन्फ्रेंस; नेशनल कांफ्रेंस; नेकां; National Conference; एनसी; नेशनल कान्फ्रेंस; जेकेएनसी; NC; JKNC | | |
PDP | party | | पीडीपी; पीपुल्स डेमोक्रेटिक पार्टी; PDP | | |
AGP | party | | असम गण परिषद; अगप | | |
AIUDF | party | | एआईयूडीएफ; AIUDF | | |
MNS | party | | मनसे; महाराष्ट्र नवनिर्माण सेना; MNS | | |
Apna Dal | party | | अपना दल; अपना दल (एस); अपना दल (सोनेलाल) | | |
SBSP | party | | सुभासपा; सुहेलदेव भारतीय समाज पार्टी | | |
Nishad Party | party | | निषाद पार्टी | | |
AJSU | party | | आजसू; आजसू पार्टी; AJSU | | |
RSS | organisation | | आरएसएस; राष्ट्रीय स्वयंसेवक संघ; RSS | | |
Republican Party | party | | रिपब्लिकन पार्टी; रिपब्लिकन; Republican Party; Republicans | | |
Democratic Party | party | | डेमोक्रेटिक पार्टी; डेमोक्रेट्स; डेमोक्रेट; Democratic Party; Democrats | | |
Workers' Party of Korea | party | | वर्कर्स पार्टी ऑफ कोरिया; कोरियाई वर्कर्स पार्टी; सत्तारूढ़ वर्कर्स पार्टी | | |
Pakistan Tehreek-e-Insaf | party | | पाकिस्तान तहरीक-ए-इंसाफ; तहरीक-ए-इंसाफ | | |
PML-N | party | | पीएमएल-एन; पीएमएल (एन); पाकिस्तान मुस्लिम लीग-नवाज; PML-N | | |

# --- organisations, agencies, media (news agencies and outlets: type outlet, who reports a figure,
# never what it is about) ------------------------------------------------------------------------
United Nations | organisation | Q1065 | संयुक्त राष्ट्र; संयुक्त राष्ट्र संघ; यूएन; यू.एन.; संरा; UN; United Nations | | |
UN Security Council | organisation | | संयुक्त राष्ट्र सुरक्षा परिषद; सुरक्षा परिषद; यूएनएससी; UNSC | | |
UN General Assembly | organisation | | संयुक्त राष्ट्र महासभा; यूएनजीए; UNGA | | |
NATO | organisation | Q7184 | नाटो; उत्तर अटलांटिक संधि संगठन; NATO | | |
European Union | organisation | Q458 | यूरोपीय संघ; यूरोपियन यूनियन; ईयू; EU | | |
KCNA | outlet | | केसीएनए; कोरियन सेंट्रल न्यूज एजेंसी; कोरियाई केंद्रीय समाचार एजेंसी; KCNA | | |
AFP | outlet | | एएफपी; एजेंस फ्रांस-प्रेस; एजेंसी फ्रांस प्रेस; AFP | | |
Reuters | outlet | | रॉयटर्स; रायटर्स; रायटर; रॉयटर; Reuters | | |
Associated Press | outlet | | एसोसिएटेड प्रेस; एपी; AP | | |
PTI | outlet | | पीटीआई; प्रेस ट्रस्ट ऑफ इंडिया; PTI | | |
ANI | outlet | | एएनआई; ANI | | |
IANS | outlet | | आईएएनएस; IANS | | |
UNI | outlet | | यूएनआई; UNI | | |
Bhasha | outlet | | पीटीआई-भाषा; पीटीआई भाषा | | | भाषा
Yonhap | outlet | | योनहाप; योन्हाप; Yonhap | | |
Xinhua | outlet | | शिन्हुआ; सिन्हुआ; Xinhua | | |
Kyodo | outlet | | क्योदो; क्योडो; Kyodo | | |
TASS | outlet | | टास; TASS | | | तास
RIA Novosti | outlet | | आरआईए नोवोस्ती; रिया नोवोस्ती; RIA Novosti | | |
BBC | outlet | | बीबीसी; BBC | | |
CNN | outlet | | सीएनएन; CNN | | |
New York Times | outlet | | न्यूयॉर्क टाइम्स; न्यूयार्क टाइम्स; New York Times | | |
Washington Post | outlet | | वाशिंगटन पोस्ट; वॉशिंगटन पोस्ट; Washington Post | | |
Wall Street Journal | outlet | | वॉल स्ट्रीट जर्नल; वाल स्ट्रीट जर्नल; Wall Street Journal | | |
Al Jazeera | outlet | | अल जजीरा; अल-जजीरा; Al Jazeera | | |
Axis My India | outlet | | एक्सिस माई इंडिया; एक्सिस-माई इंडिया; Axis My India | | |
C-Voter | outlet | | सी-वोटर; सीवोटर; सी वोटर; C-Voter; CVoter | | |
Today's Chanakya | outlet | | टुडेज चाणक्य; Today's Chanakya | | |
Matrize | outlet | | मैट्रिज; मैट्रिज़; Matrize | | |
P-MARQ | outlet | | पी-मार्क; पी मार्क; P-MARQ | | |
Jan Ki Baat | outlet | | जन की बात; Jan Ki Baat | | |
People's Pulse | outlet | | पीपल्स पल्स; People's Pulse | | |
CNX | outlet | | सीएनएक्स; CNX | | |
Punjab Kesari | outlet | | पंजाब केसरी; Punjab Kesari | | |
Rajasthan Patrika | outlet | | राजस्थान पत्रिका; Rajasthan Patrika | | |
Dainik Bhaskar | outlet | | दैनिक भास्कर; Dainik Bhaskar | | |
Dainik Jagran | outlet | | दैनिक जागरण; Dainik Jagran | | |
Amar Ujala | outlet | | अमर उजाला; Amar Ujala | | |
Navbharat Times | outlet | | नवभारत टाइम्स; Navbharat Times | | |
Live Hindustan | outlet | | लाइव हिंदुस्तान; लाइव हिन्दुस्तान; Live Hindustan | | |
Prabhat Khabar | outlet | | प्रभात खबर; प्रभात ख़बर; Prabhat Khabar | | |
Jansatta | outlet | | जनसत्ता; Jansatta | | |
NDTV | outlet | | एनडीटीवी; NDTV | | |
Zee News | outlet | | ज़ी न्यूज़; जी न्यूज; ज़ी न्यूज; Zee News | | |
ABP News | outlet | | एबीपी न्यूज; एबीपी न्यूज़; ABP News | | |
TV9 Bharatvarsh | outlet | | टीवी9 भारतवर्ष; TV9 Bharatvarsh | | |
Haribhoomi | outlet | | हरिभूमि; Haribhoomi | | |
World Health Organization | organisation | | विश्व स्वास्थ्य संगठन; डब्ल्यूएचओ; WHO | | |
IMF | organisation | | अंतरराष्ट्रीय मुद्रा कोष; अंतर्राष्ट्रीय मुद्रा कोष; आईएमएफ; IMF | | |
World Bank | organisation | | विश्व बैंक; वर्ल्ड बैंक; World Bank | | |
IAEA | organisation | | अंतरराष्ट्रीय परमाणु ऊर्जा एजेंसी; आईएईए; IAEA | | |
WTO | organisation | | विश्व व्यापार संगठन; डब्ल्यूटीओ; WTO | | |
BRICS | organisation | | ब्रिक्स; BRICS | | |
G20 | organisation | | जी20; जी-20; जी 20; G20 | | |
G7 | organisation | | जी7; जी-7; G7 | | |
SCO | organisation | | शंघाई सहयोग संगठन; एससीओ; SCO | | |
ASEAN | organisation | | आसियान; ASEAN | | |
SAARC | organisation | | सार्क; SAARC | | |
Quad | organisation | | क्वाड; Quad | | |
OPEC | organisation | | ओपेक; OPEC | | |
ICC | organisation | | अंतरराष्ट्रीय क्रिकेट परिषद; आईसीसी; ICC | | |
BCCI | organisation | | बीसीसीआई; भारतीय क्रिकेट कंट्रोल बोर्ड; BCCI | | |
Hamas | organisation | | हमास; Hamas | | |
Hezbollah | organisation | | हिजबुल्लाह; हिज्बुल्लाह; हिजबुल्ला; Hezbollah | | |
Taliban | organisation | | तालिबान; Taliban | तालिबानी | Afghanistan |
Islamic State | organisation | | इस्लामिक स्टेट; आईएसआईएस; आईएसआईएल; ISIS; ISIL | | |
Houthis | organisation | | हूती; हौथी; हूथी; हूती विद्रोही; Houthis | | |
Wagner Group | organisation | | वैगनर; वैगनर ग्रुप; वागनर; Wagner | | |
Lashkar-e-Taiba | organisation | | लश्कर-ए-तैयबा; लश्कर ए तैयबा; LeT | | |
Jaish-e-Mohammed | organisation | | जैश-ए-मोहम्मद; जैश ए मोहम्मद; जैश-ए-मुहम्मद; जैश ए मुहम्मद; जैश; JeM | | |
The Resistance Front | organisation | | द रेजिस्टेंस फ्रंट; रेजिस्टेंस फ्रंट; टीआरएफ; TRF; The Resistance Front | | |
Hizbul Mujahideen | organisation | | हिजबुल मुजाहिदीन; हिज्बुल मुजाहिदीन; Hizbul Mujahideen | | |
BLA | organisation | | बलूच लिबरेशन आर्मी; बलूचिस्तान लिबरेशन आर्मी; बलोच लिबरेशन आर्मी; बीएलए; BLA; Balochistan Liberation Army | | |
TTP | organisation | | तहरीक-ए-तालिबान पाकिस्तान; तहरीक ए तालिबान पाकिस्तान; टीटीपी; TTP; Tehrik-i-Taliban Pakistan | | |
CIA | organisation | | सीआईए; CIA | | |
FBI | organisation | | एफबीआई; FBI | | |
Mossad | organisation | | मोसाद; Mossad | | |
ISI | organisation | | आईएसआई; ISI | | |
National Intelligence Service | institution | | राष्ट्रीय खुफिया सेवा; एनआईएस; NIS | | |
US Congress | institution | | अमेरिकी कांग्रेस; अमेरिकी संसद | | |

# --- Indian institutions ---------------------------------------------------------------------
Government of India | institution | | केंद्र सरकार; भारत सरकार; केंद्रीय सरकार; केंद्र की सरकार; मोदी सरकार; केंद्र की मोदी सरकार | | India |
Election Commission of India | institution | | चुनाव आयोग; निर्वाचन आयोग; भारत निर्वाचन आयोग; केंद्रीय चुनाव आयोग; भारतीय चुनाव आयोग; ईसीआई; ECI | | |
State Election Commission | institution | | राज्य निर्वाचन आयोग; राज्य चुनाव आयोग | | |
NDRF | institution | | एनडीआरएफ; राष्ट्रीय आपदा मोचन बल; NDRF | | |
SDRF | institution | | एसडीआरएफ; राज्य आपदा मोचन बल; SDRF | | |
Police | institution | | पुलिस; पुलिसकर्मी; Police | | |
Indian Army | institution | | भारतीय सेना; इंडियन आर्मी; भारतीय थलसेना; Indian Army | | |
Army | institution | | सेना; थलसेना; आर्मी | | |
Indian Air Force | institution | | भारतीय वायुसेना; भारतीय वायु सेना; आईएएफ; IAF | | |
Air Force | institution | | वायुसेना; वायु सेना; एयरफोर्स | | |
Indian Navy | institution | | भारतीय नौसेना; इंडियन नेवी | | |
Navy | institution | | नौसेना; नेवी | | |
RBI | institution | | भारतीय रिजर्व बैंक; रिजर्व बैंक; आरबीआई; RBI | | |
SBI | institution | | भारतीय स्टेट बैंक; स्टेट बैंक ऑफ इंडिया; एसबीआई; SBI | | |
Supreme Court of India | institution | | सुप्रीम कोर्ट; सर्वोच्च न्यायालय; उच्चतम न्यायालय; शीर्ष अदालत; शीर्ष न्यायालय; Supreme Court | | |
High Court | institution | | हाईकोर्ट; हाई कोर्ट; उच्च न्यायालय; High Court | | |
Indian Railways | institution | | रेलवे; भारतीय रेल; भारतीय रेलवे; Indian Railways; रेल मंत्रालय; रेलवे बोर्ड | | |
Health Ministry | institution | | स्वास्थ्य मंत्रालय; केंद्रीय स्वास्थ्य मंत्रालय; स्वास्थ्य एवं परिवार कल्याण मंत्रालय; स्वास्थ्य और परिवार कल्याण मंत्रालय | | |
Foreign Ministry | institution | | विदेश मंत्रालय | | |
Defence Ministry | institution | | रक्षा मंत्रालय | | |
Home Ministry | institution | | गृह मंत्रालय; केंद्रीय गृह मंत्रालय | | |
Finance Ministry | institution | | वित्त मंत्रालय | | |
Ministry of External Affairs | institution | | भारतीय विदेश मंत्रालय; एमईए; MEA | | |
PMO | institution | | प्रधानमंत्री कार्यालय; पीएमओ; PMO | | |
Parliament of India | institution | | भारतीय संसद | | |
Parliament | institution | | संसद | | |
Lok Sabha | institution | | लोकसभा; लोक सभा; Lok Sabha | | |
Rajya Sabha | institution | | राज्यसभा; राज्य सभा; Rajya Sabha | | |
NITI Aayog | institution | | नीति आयोग; NITI Aayog | | |
CBI | institution | | सीबीआई; केंद्रीय जांच ब्यूरो; CBI | | |
Enforcement Directorate | institution | | प्रवर्तन निदेशालय; ईडी; ED | | |
NIA | institution | | एनआईए; राष्ट्रीय जांच एजेंसी; NIA | | |
ISRO | institution | | इसरो; भारतीय अंतरिक्ष अनुसंधान संगठन; ISRO | | |
DRDO | institution | | डीआरडीओ; रक्षा अनुसंधान एवं विकास संगठन; DRDO | | |
BSF | institution | | बीएसएफ; सीमा सुरक्षा बल; BSF | | |
CRPF | institution | | सीआरपीएफ; केंद्रीय रिजर्व पुलिस बल; CRPF | | |
CISF | institution | | सीआईएसएफ; CISF | | |
ITBP | institution | | आईटीबीपी; भारत-तिब्बत सीमा पुलिस; ITBP | | |
SSB | institution | | एसएसबी; सशस्त्र सीमा बल; SSB | | |
IMD | institution | | मौसम विभाग; भारतीय मौसम विज्ञान विभाग; भारत मौसम विज्ञान विभाग; आईएमडी; IMD; India Meteorological Department | | |
NHAI | institution | | एनएचएआई; भारतीय राष्ट्रीय राजमार्ग प्राधिकरण; NHAI | | |
AIIMS | institution | | एम्स; अखिल भारतीय आयुर्विज्ञान संस्थान; AIIMS | | |
SEBI | institution | | सेबी; भारतीय प्रतिभूति और विनिमय बोर्ड; SEBI | | |
Sensex | institution | | सेंसेक्स; Sensex | | |
Nifty | institution | | निफ्टी; Nifty | | |
UIDAI | institution | | यूआईडीएआई; UIDAI | | |
UPSC | institution | | यूपीएससी; संघ लोक सेवा आयोग; UPSC | | |
SIT | institution | | एसआईटी; विशेष जांच दल; SIT | | |
Delhi Police | institution | | दिल्ली पुलिस | | |
Border Roads Organisation | institution | | सीमा सड़क संगठन; बीआरओ | | |

# --- Indian states and union territories -------------------------------------------------------
Uttar Pradesh | place | Q1498 | उत्तर प्रदेश; उत्तरप्रदेश; यूपी; यू.पी.; Uttar Pradesh; UP | | |
Bihar | place | Q1165 | बिहार; Bihar | | |
Maharashtra | place | Q1191 | महाराष्ट्र; Maharashtra | महाराष्ट्रीय | |
West Bengal | place | Q1356 | पश्चिम बंगाल; प. बंगाल; बंगाल; West Bengal; Bengal | | |
Tamil Nadu | place | Q1445 | तमिलनाडु; नाडु; Tamil Nadu | | |
Kerala | place | Q1186 | केरल; केरला; Kerala | केरलवासी | |
Karnataka | place | Q1185 | कर्नाटक; Karnataka | | |
Gujarat | place | Q1061 | गुजरात; Gujarat | | |
Rajasthan | place | Q1437 | राजस्थान; Rajasthan | राजस्थानी | |
Madhya Pradesh | place | Q1188 | मध्य प्रदेश; मध्यप्रदेश; एमपी; Madhya Pradesh | | |
Punjab | place | Q22424 | पंजाब; Punjab | | |
Haryana | place | Q1174 | हरियाणा; हरियाना; Haryana | हरियाणवी | |
Delhi | place | Q1353 | दिल्ली; राष्ट्रीय राजधानी; राष्ट्रीय राजधानी क्षेत्र; Delhi | दिल्लीवासी | |
New Delhi | place | | नई दिल्ली; New Delhi | | |
NCR | place | | एनसीआर; दिल्ली-एनसीआर; NCR | | |
Jharkhand | place | Q1184 | झारखंड; झारखण्ड; Jharkhand | | |
Odisha | place | Q22048 | ओडिशा; उड़ीसा; ओड़िशा; Odisha; Orissa | | |
Assam | place | Q1164 | असम; Assam | | |
Andhra Pradesh | place | Q1159 | आंध्र प्रदेश; आंध्रप्रदेश; आंध्र; Andhra Pradesh | | |
Telangana | place | Q677037 | तेलंगाना; तेलंगाणा; Telangana | | |
Chhattisgarh | place | Q1168 | छत्तीसगढ़; छतीसगढ़; Chhattisgarh | छत्तीसगढ़ी | |
Uttarakhand | place | Q1499 | उत्तराखंड; उत्तराखण्ड; Uttarakhand | | |
Himachal Pradesh | place | Q1177 | हिमाचल प्रदेश; हिमाचल; Himachal Pradesh | | |
Jammu and Kashmir | place | | जम्मू-कश्मीर; जम्मू कश्मीर; जम्मू और कश्मीर; जम्मू व कश्मीर; जम्मू एवं कश्मीर; Jammu and Kashmir | | |
Ladakh | place | | लद्दाख; Ladakh | | |
Goa | place | Q1171 | गोवा; Goa | | |
Manipur | place | Q1193 | मणिपुर; Manipur | | |
Meghalaya | place | Q1195 | मेघालय; Meghalaya | | |
Mizoram | place | Q1502 | मिजोरम; Mizoram | | |
Nagaland | place | Q1599 | नगालैंड; नागालैंड; Nagaland | | |
Tripura | place | Q1363 | त्रिपुरा; Tripura | | |
Sikkim | place | Q1505 | सिक्किम; Sikkim | | |
Arunachal Pradesh | place | Q1162 | अरुणाचल प्रदेश; अरुणाचल; Arunachal Pradesh | | |
Puducherry | place | | पुडुचेरी; पांडिचेरी; Puducherry | | |
Chandigarh | place | | चंडीगढ़; Chandigarh | | |
Andaman and Nicobar Islands | place | | अंडमान और निकोबार; अंडमान-निकोबार; अंडमान निकोबार द्वीप समूह; अंडमान | | |
Lakshadweep | place | | लक्षद्वीप; Lakshadweep | | |
Dadra and Nagar Haveli and Daman and Diu | place | | दादरा और नगर हवेली और दमन और दीव; दादरा नगर हवेली; दमन और दीव | | |
Bundelkhand | place | | बुंदेलखंड | | |
Purvanchal | place | | पूर्वांचल | | |
Seemanchal | place | | सीमांचल | | |
Mithila | place | | मिथिला | मैथिल | |

# --- Indian cities (state capitals first) ------------------------------------------------------
Patna | place | | पटना; Patna | | |
Lucknow | place | | लखनऊ; Lucknow | | |
Mumbai | place | | मुंबई; मुम्बई; बंबई; बॉम्बे; Mumbai | मुंबईकर | |
Kolkata | place | | कोलकाता; कलकत्ता; Kolkata | | |
Chennai | place | | चेन्नई; मद्रास; Chennai | | |
Bengaluru | place | | बेंगलुरु; बेंगलूरु; बंगलुरु; बेंगलुरू; बंगलौर; बैंगलोर; Bengaluru; Bangalore | | |
Hyderabad | place | | हैदराबाद; Hyderabad | | |
Ahmedabad | place | | अहमदाबाद; Ahmedabad | | |
Gandhinagar | place | | गांधीनगर | | |
Jaipur | place | | जयपुर; Jaipur | | |
Bhopal | place | | भोपाल; Bhopal | | |
Ranchi | place | | रांची; राँची; Ranchi | | |
Raipur | place | | रायपुर; Raipur | | |
Bhubaneswar | place | | भुवनेश्वर; Bhubaneswar | | |
Guwahati | place | | गुवाहाटी; Guwahati | | |
Dehradun | place | | देहरादून; Dehradun | | |
Shimla | place | | शिमला; Shimla | | |
Srinagar | place | | श्रीनगर; Srinagar | | |
Jammu | place | | जम्मू; Jammu | | |
Thiruvananthapuram | place | | तिरुवनंतपुरम; Thiruvananthapuram | | |
Amaravati | place | | अमरावती | | |
Panaji | place | | पणजी | | |
Imphal | place | | इंफाल; इम्फाल | | |
Shillong | place | | शिलांग | | |
Aizawl | place | | आइजोल | | |
Kohima | place | | कोहिमा | | |
Agartala | place | | अगरतला | | |
Gangtok | place | | गंगटोक | | |
Itanagar | place | | ईटानगर | | |
Leh | place | | लेह | | |
Port Blair | place | | पोर्ट ब्लेयर; श्री विजयपुरम | | |
Pune | place | | पुणे; पूना; Pune | | |
Nagpur | place | | नागपुर | | |
Nashik | place | | नासिक | | |
Thane | place | | ठाणे | | |
Aurangabad | place | | औरंगाबाद | | |
Surat | place | | | | | सूरत
Vadodara | place | | वडोदरा; बड़ौदा | | |
Rajkot | place | | राजकोट | | |
Jodhpur | place | | जोधपुर | | |
Udaipur | place | | उदयपुर | | |
Kota | place | | | | | कोटा
Ajmer | place | | अजमेर | | |
Bikaner | place | | बीकानेर | | |
Indore | place | | इंदौर | | |
Gwalior | place | | ग्वालियर | | |
Jabalpur | place | | जबलपुर | | |
Ujjain | place | | उज्जैन | | |
Bilaspur | place | | बिलासपुर | | |
Jamshedpur | place | | जमशेदपुर | | |
Dhanbad | place | | धनबाद | | |
Bokaro | place | | बोकारो | | |
Cuttack | place | | कटक | | |
Puri | place | | जगन्नाथपुरी | | |
Haridwar | place | | हरिद्वार | | |
Rishikesh | place | | ऋषिकेश | | |
Nainital | place | | नैनीताल | | |
Amritsar | place | | अमृतसर | | |
Ludhiana | place | | लुधियाना | | |
Jalandhar | place | | जालंधर | | |
Patiala | place | | पटियाला | | |
Gurugram | place | | गुरुग्राम; गुड़गांव; गुरुग्राम; Gurugram; Gurgaon | | |
Faridabad | place | | फरीदाबाद | | |
Panipat | place | | पानीपत | | |
Rohtak | place | | रोहतक | | |
Hisar | place | | हिसार | | |
Ambala | place | | अंबाला | | |
Karnal | place | | करनाल | | |
Kochi | place | | कोच्चि; कोचीन | | |
Kozhikode | place | | कोझिकोड | | |
Wayanad | place | | वायनाड | | |
Madurai | place | | मदुरै | | |
Coimbatore | place | | कोयंबटूर | | |
Visakhapatnam | place | | विशाखापत्तनम; विशाखापट्टनम | | |
Vijayawada | place | | विजयवाड़ा | | |
Tirupati | place | | तिरुपति | | |
Pahalgam | place | | पहलगाम | | |
Pulwama | place | | पुलवामा | | |
Anantnag | place | | अनंतनाग | | |
Baramulla | place | | बारामूला | | |
Kupwara | place | | कुपवाड़ा | | |
Rajouri | place | | राजौरी | | |
Poonch | place | | पुंछ | | |
Kathua | place | | कठुआ | | |
Udhampur | place | | उधमपुर | | |
Kargil | place | | कारगिल | | |
Varanasi | place | | वाराणसी; बनारस; काशी; Varanasi | बनारसी | |
Prayagraj | place | | प्रयागराज; इलाहाबाद; Prayagraj | | |
Kanpur | place | | कानपुर; Kanpur | | |
Kanpur Dehat | place | | कानपुर देहात | | |
Gorakhpur | place | | गोरखपुर | | |
Meerut | place | | मेरठ | | |
Ghaziabad | place | | गाजियाबाद; ग़ाज़ियाबाद | | |
Noida | place | | नोएडा; गौतमबुद्ध नगर; गौतम बुद्ध नगर; Noida | | |
Agra | place | | आगरा | | |
Mathura | place | | मथुरा | | |
Vrindavan | place | | वृंदावन | | |
Aligarh | place | | अलीगढ़ | | |
Bareilly | place | | बरेली | | |
Moradabad | place | | मुरादाबाद | | |
Saharanpur | place | | सहारनपुर | | |
Muzaffarnagar | place | | मुजफ्फरनगर | | |
Jhansi | place | | झांसी | | |
Ayodhya | place | | अयोध्या; फैजाबाद | | |
Bahraich | place | | बहराइच | | |
Gonda | place | | गोंडा | | |
Sultanpur | place | | सुल्तानपुर | | |
Raebareli | place | | रायबरेली | | |
Amethi | place | | अमेठी | | |
Unnao | place | | उन्नाव | | |
Hardoi | place | | हरदोई | | |
Sitapur | place | | सीतापुर | | |
Lakhimpur Kheri | place | | लखीमपुर खीरी; लखीमपुर | | |
Shahjahanpur | place | | शाहजहांपुर | | |
Budaun | place | | बदायूं | | |
Rampur | place | | रामपुर | | |
Bijnor | place | | बिजनौर | | |
Hathras | place | | हाथरस | | |
Etah | place | | एटा | | |
Etawah | place | | इटावा | | |
Mainpuri | place | | मैनपुरी | | |
Firozabad | place | | फिरोजाबाद | | |
Kannauj | place | | कन्नौज | | |
Farrukhabad | place | | फर्रुखाबाद | | |
Banda | place | | बांदा | | |
Hamirpur | place | | हमीरपुर | | |
Mahoba | place | | महोबा | | |
Lalitpur | place | | ललितपुर | | |
Jalaun | place | | जालौन; उरई | | |
Chitrakoot | place | | चित्रकूट | | |
Kaushambi | place | | कौशांबी | | |
Pratapgarh | place | | प्रतापगढ़ | | |
Mirzapur | place | | मिर्जापुर | | |
Sonbhadra | place | | सोनभद्र | | |
Bhadohi | place | | भदोही | | |
Chandauli | place | | चंदौली | | |
Ghazipur | place | | गाजीपुर | | |
Ballia | place | | बलिया | | |
Mau | place | | मऊ | | |
Azamgarh | place | | आजमगढ़ | | |
Jaunpur | place | | जौनपुर | | |
Deoria | place | | देवरिया | | |
Kushinagar | place | | कुशीनगर | | |
Maharajganj | place | | महराजगंज; महाराजगंज | | |
Sant Kabir Nagar | place | | संत कबीर नगर; संतकबीरनगर | | |
Siddharthnagar | place | | सिद्धार्थनगर | | |
Balrampur | place | | बलरामपुर | | |
Shravasti | place | | श्रावस्ती | | |
Ambedkar Nagar | place | | अंबेडकरनगर; अंबेडकर नगर | | |
Barabanki | place | | बाराबंकी | | |
Baghpat | place | | बागपत | | |
Shamli | place | | शामली | | |
Hapur | place | | हापुड़ | | |
Bulandshahr | place | | बुलंदशहर | | |
Kasganj | place | | कासगंज | | |
Pilibhit | place | | पीलीभीत | | |
Sambhal | place | | | | | संभल
Amroha | place | | अमरोहा | | |
Auraiya | place | | औरैया | | |
Fatehpur | place | | फतेहपुर | | |
Gaya | place | | गयाजी; गया जी | | | गया
Bodh Gaya | place | | बोधगया; बोध गया | | |
Arrah | place | | | | | आरा
Bhojpur | place | | भोजपुर | | |
Muzaffarpur | place | | मुजफ्फरपुर; मुज़फ़्फ़रपुर | | |
Darbhanga | place | | दरभंगा | | |
Madhubani | place | | मधुबनी | | |
Samastipur | place | | समस्तीपुर | | |
Begusarai | place | | बेगूसराय | | |
Vaishali | place | | वैशाली; हाजीपुर | | |
Saran | place | | सारण; छपरा | | |
Siwan | place | | सीवान; सिवान | | |
Gopalganj | place | | गोपालगंज | | |
East Champaran | place | | पूर्वी चंपारण; मोतिहारी | | |
West Champaran | place | | पश्चिमी चंपारण; बेतिया | | |
Champaran | place | | चंपारण | | |
Sitamarhi | place | | सीतामढ़ी | | |
Sheohar | place | | शिवहर | | |
Nalanda | place | | नालंदा; बिहारशरीफ | | |
Nawada | place | | नवादा | | |
Jehanabad | place | | जहानाबाद | | |
Arwal | place | | अरवल | | |
Rohtas | place | | रोहतास; सासाराम | | |
Kaimur | place | | कैमूर; भभुआ | | |
Buxar | place | | बक्सर | | |
Bhagalpur | place | | भागलपुर | | |
Banka | place | | बांका | | |
Munger | place | | मुंगेर | | |
Jamui | place | | जमुई | | |
Lakhisarai | place | | लखीसराय | | |
Sheikhpura | place | | शेखपुरा | | |
Khagaria | place | | खगड़िया | | |
Saharsa | place | | सहरसा | | |
Supaul | place | | सुपौल | | |
Madhepura | place | | मधेपुरा | | |
Purnia | place | | पूर्णिया; पूर्णियां | | |
Katihar | place | | कटिहार | | |
Araria | place | | अररिया | | |
Kishanganj | place | | किशनगंज | | |
Hazaribagh | place | | हजारीबाग | | |
Deoghar | place | | देवघर | | |
Giridih | place | | गिरिडीह | | |
Dumka | place | | दुमका | | |
Palamu | place | | पलामू; मेदिनीनगर | | |
Darjeeling | place | | दार्जिलिंग | | |
Siliguri | place | | सिलीगुड़ी | | |
Howrah | place | | हावड़ा | | |
Asansol | place | | आसनसोल | | |
Murshidabad | place | | मुर्शिदाबाद | | |
Sandeshkhali | place | | संदेशखाली | | |
Balasore | place | | बालासोर; बालेश्वर | | |
Kedarnath | place | | केदारनाथ | | |
Badrinath | place | | बद्रीनाथ; बदरीनाथ | | |
Uttarkashi | place | | उत्तरकाशी | | |
Chamoli | place | | चमोली | | |
Joshimath | place | | जोशीमठ | | |
Kullu | place | | कुल्लू | | |
Manali | place | | मनाली | | |
Mandi | place | | | | | मंडी
Dharamshala | place | | | | | धर्मशाला
Sikar | place | | सीकर | | |
Alwar | place | | अलवर | | |
Bharatpur | place | | भरतपुर | | |
Barmer | place | | बाड़मेर | | |
Jaisalmer | place | | जैसलमेर | | |
Chittorgarh | place | | चित्तौड़गढ़ | | |
Sagar | place | | | | | सागर
Rewa | place | | रीवा | | |
Satna | place | | सतना | | |
Chhindwara | place | | छिंदवाड़ा | | |
Morena | place | | मुरैना | | |
Bastar | place | | बस्तर | | |
Dantewada | place | | दंतेवाड़ा | | |
Bijapur | place | | बीजापुर | | |
Sukma | place | | सुकमा | | |
Mangaluru | place | | मंगलुरु; मंगलौर | | |
Mysuru | place | | मैसूर; मैसूरु | | |
"""

#: Entries above that only exist to test merging or were left empty on purpose.
_EMPTY_OK = {"China"}


def _items(field: str) -> list[str]:
    return [x.strip() for x in field.split(";") if x.strip()]


def parse_curated(text: str, bare_ok: bool = False) -> list[dict]:
    """Parse the curated block into entity dicts (same shape as the JSONL lines).

    With ``bare_ok`` a line may give no spelling: it only adds fields (``part_of``)
    to an entity named elsewhere (checked after merging).
    """
    out: list[dict] = []
    default_parent = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@part_of"):
            default_parent = line[len("@part_of"):].strip()
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) > 8:
            raise ValueError(f"curated entry with more than 8 fields: {line}")
        parts += [""] * (8 - len(parts))
        name, typ, qid, aliases, adjectives, stands_for, weak, part_of = parts[:8]
        if not (aliases or adjectives or weak) and name not in _EMPTY_OK and not bare_ok:
            raise ValueError(f"curated entry without aliases: {line}")
        if not (aliases or adjectives or weak) and not bare_ok:
            continue
        out.append({
            "name": name, "qid": qid, "type": typ, "aliases": _items(aliases),
            "adjectives": _items(adjectives), "stands_for": stands_for,
            "context_aliases": _items(weak), "part_of": part_of or default_parent,
        })
    return out


def cldr_entries() -> list[dict]:
    """One entity per CLDR territory, with Hindi and English names."""
    hi = babel.Locale("hi").territories
    en = babel.Locale("en").territories
    out: list[dict] = []
    for code in sorted(hi):
        if len(code) != 2 or code in SKIP_CODES or code not in en:
            continue
        name = PRESS_NAMES.get(code, en[code])
        hi_name = hi[code].split("(")[0].strip()
        aliases, weak = [], []
        (weak if hi_name in AMBIGUOUS_CLDR else aliases).append(hi_name)
        if "&" not in en[code] and "(" not in en[code]:
            aliases.append(en[code])
        if name != en[code]:
            aliases.append(name)
        out.append({
            "name": name, "qid": STATE_QIDS.get(code, ""),
            "type": "place" if code in NON_SOVEREIGN else "state",
            "aliases": aliases, "adjectives": [], "stands_for": "", "context_aliases": weak,
            "part_of": TERRITORY_OF.get(code, ""),
        })
    return out


def merge(entries: list[dict]) -> list[dict]:
    """Merge entries with the same name: lists are unioned, scalars filled in."""
    by_name: dict[str, dict] = {}
    for e in entries:
        cur = by_name.get(e["name"])
        if cur is None:
            by_name[e["name"]] = {**e, "aliases": list(e["aliases"]), "adjectives": list(e["adjectives"]),
                                  "context_aliases": list(e["context_aliases"])}
            continue
        for key in ("aliases", "adjectives", "context_aliases"):
            for v in e[key]:
                if v not in cur[key]:
                    cur[key].append(v)
        for key in ("qid", "type", "stands_for", "part_of"):
            if e[key] and not cur[key]:
                cur[key] = e[key]
    # A spelling that is a context alias somewhere must not be a plain alias of the same entity.
    for e in by_name.values():
        e["aliases"] = [a for a in e["aliases"] if a not in e["context_aliases"]]
    return list(by_name.values())


def check(entities: list[dict]) -> None:
    """Fail on a ``part_of`` that names no entity or loops; warn on a spelling shared by two entities."""
    by_name = {e["name"]: e for e in entities}
    for e in entities:
        if not (e["aliases"] or e["adjectives"] or e["context_aliases"]):
            raise ValueError(f"{e['name']}: no spelling (a bare line must name a known entity)")
        seen, cur = {e["name"]}, e
        while cur["part_of"]:
            if cur["part_of"] not in by_name:
                raise ValueError(f"{cur['name']}: part_of {cur['part_of']!r} is not an entity")
            if cur["part_of"] in seen:
                raise ValueError(f"{e['name']}: part_of loops through {cur['part_of']!r}")
            seen.add(cur["part_of"])
            cur = by_name[cur["part_of"]]
    owner: dict[str, str] = {}
    for e in entities:
        for a in e["aliases"] + e["adjectives"] + e["context_aliases"]:
            if owner.setdefault(a, e["name"]) != e["name"]:
                print(f"warning: {a!r} is a spelling of both {owner[a]} and {e['name']}")


def build_common(n: int = 8000) -> list[str]:
    """The most frequent Hindi words (wordfreq), used to tell common words from names."""
    from spacy.lang.hi.stop_words import STOP_WORDS
    from wordfreq import top_n_list  # build-time only

    words = [w for w in top_n_list("hi", n) if any("\u0900" <= c <= "\u097f" for c in w)]
    return words + sorted(set(STOP_WORDS) - set(words))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--common", action="store_true", help="also rebuild gazetteer_common.txt (needs wordfreq)")
    args = ap.parse_args()
    places = parse_curated(PLACES_FILE.read_text(encoding="utf-8"), bare_ok=True)
    entities = merge(cldr_entries() + parse_curated(CURATED) + places)
    check(entities)
    path = DATA / "gazetteer.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for e in entities:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{path}: {len(entities)} entities")
    if args.common:
        words = build_common()
        cpath = DATA / "gazetteer_common.txt"
        cpath.write_text(
            "# Frequent Hindi words (wordfreq top list, spaCy hi stop words): never taken as parts of unknown names\n"
            "# unless listed in gazetteer_names.txt. Generated by scripts/build_gazetteer.py --common.\n"
            + "\n".join(words) + "\n", encoding="utf-8")
        print(f"{cpath}: {len(words)} words")


if __name__ == "__main__":
    main()
