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
    # a place's people are its state's side in a conflict between states (not in a disaster)
    ("भारत और पाकिस्तान के बीच संघर्ष जारी है। पाकिस्तानी गोलाबारी में पुंछ में 15 लोगों की मौत हो गई।",
     "15 लोगों की मौत", "India", "Pakistan"),
    # a side names the losses it suffers; its spokesman's phrase is the attribution, not an actor
    ("भारत और पाकिस्तान के बीच संघर्ष जारी है।\nपाकिस्तान का दावा: 26 नागरिकों की मौत", "26 नागरिकों की मौत",
     "Pakistan", "India"),
    ("भारत और पाकिस्तान के बीच संघर्ष जारी है। पाकिस्तानी सेना के प्रवक्ता लेफ्टिनेंट जनरल अहमद शरीफ चौधरी ने दावा "
     "किया कि हमलों में 26 नागरिक मारे गए।", "26 नागरिक", "Pakistan", "India"),
    # a date's actor: the adjective on its event noun
    ("ईरान ने कहा कि यह कार्रवाई 1 अप्रैल को दमिश्क में हुए इजरायली हमले का जवाब है।", "1 अप्रैल", "Israel", "Iran"),
    # a bracketed short name belongs to the name before it: the speaker is a source, never an actor
    ("दक्षिण कोरिया के ज्वाइंट चीफ्स ऑफ स्टाफ (जेसीएस) ने कहा कि उत्तर कोरिया ने रूस में करीब 11,000 सैनिक भेजे हैं।",
     "करीब 11,000 सैनिक", "North Korea", "Russia"),
    # a party named with its leader in brackets is the party
    ("महाराष्ट्र चुनाव के नतीजे आए। शिवसेना (शिंदे) का वोट शेयर 12.8 फीसदी रहा।", "12.8 फीसदी", "Shiv Sena",
     "Maharashtra"),
    # "दोनों देश/नेता": the document's two states, the press's own first
    ("प्रधानमंत्री मोदी रूस पहुंचे। रूस और भारत के रिश्ते पुराने हैं। रूस ने स्वागत किया। दोनों देशों के बीच "
     "व्यापार 65 अरब डॉलर का है।", "65 अरब डॉलर", "India", "Russia"),
    ("प्रधानमंत्री मोदी रूस पहुंचे। रूस और भारत के रिश्ते पुराने हैं। रूस ने स्वागत किया। दोनों नेताओं ने 9 "
     "समझौतों पर हस्ताक्षर किए।", "9 समझौतों", "India", "Russia"),
    # a body named only generically is the one named in full before
    ("बिहार पुलिस की आर्थिक अपराध इकाई ने गिरोह का भंडाफोड़ किया। पुलिस ने आरोपियों के पास से 86 मोबाइल फोन बरामद "
     "किए।", "86", "Bihar Police", ""),
    # a head's figure is his state's, as subject and as object, when the sentence names only him or an
    # earlier one does
    ("रूस के राष्ट्रपति व्लादिमीर पुतिन ने मोदी का स्वागत किया। मोदी ने पुतिन के साथ सात समझौतों पर हस्ताक्षर "
     "किए।", "सात समझौतों", "India", "Russia"),
    # a dateline's bracketed agency is where the report came from, never an actor
    ("बेरूत, 26 नवंबर (एपी) इजराइल के लड़ाकू विमानों ने बेरूत पर हमले किए, जिनमें कम से कम 10 लोगों की मौत हो गई।",
     "कम से कम 10 लोगों की मौत", "Lebanon", "Israel"),
    # people named by their side
    ("सुरक्षा बलों ने मुठभेड़ में 5 नक्सलियों को ढेर कर दिया।", "5 नक्सलियों", "Maoists", "security forces"),
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
    # the headline names only the country; the body says where: the more specific place wins
    ("नेपाल में 6.4 तीव्रता का भूकंप, 157 की मौत\n\nभूकंप का केंद्र जाजरकोट जिले में था। जाजरकोट में सबसे ज्यादा तबाही हुई।",
     "157 की मौत", "Jajarkot", ""),
    ("ओडिशा ट्रेन हादसा: 52 की मौत\n\nओडिशा के जाजपुर में रविवार शाम हुए हादसे में कई डिब्बे पलट गए। घायलों को "
     "भुवनेश्वर के अस्पताल भेजा गया। बाकी शव भुवनेश्वर एम्स में रखे गए हैं।", "52 की मौत", "Jajpur", ""),
    # ... but a sentence naming a year tells an earlier event: it keeps the country it names
    ("नेपाल में भूकंप से 157 की मौत\n\nभूकंप का केंद्र जाजरकोट जिले में था। गौरतलब है कि 2015 में नेपाल में आए "
     "भूकंप में करीब 9,000 लोगों की मौत हुई थी।", "करीब 9,000 लोगों की मौत", "Nepal", ""),
    # a credit line's city ("जागरण न्यूज नेटवर्क, काठमांडू।") and a place the tremors reached are not where
    ("नेपाल में भूकंप से 212 की मौत\n\nजागरण न्यूज नेटवर्क, काठमांडू। भूकंप का केंद्र सिंधुपालचोक जिले में था। "
     "झटके काठमांडू तक महसूस किए गए। काठमांडू में लोग घरों से बाहर निकल आए।", "212 की मौत", "Sindhupalchok", ""),
    # two places in one conjunct: the document's own place, not merely the nearer one
    ("नेपाल में भूकंप, 157 की मौत\n\nभूकंप का केंद्र जाजरकोट जिले में था। नेपाल के जाजरकोट और रुकुम पश्चिम "
     "ज़िलों में कुल 157 लोगों की मौत हुई।", "157 लोगों की मौत", "Jajarkot", ""),
    # where a train was going is not where it derailed
    ("ओडिशा के जाजपुर में रेल हादसा हुआ। अधिकारियों के अनुसार, हावड़ा से चेन्नई जा रही ट्रेन के 12 डिब्बे पटरी से उतर "
     "गए थे।", "12 डिब्बे", "Jajpur", ""),
    # a place-by-place list: each figure its own place
    ("नेपाल में भूकंप\n\nभूकंप का केंद्र जाजरकोट जिले में था। जाजरकोट में 92 और पड़ोसी रुकुम पश्चिम में 36 लोगों "
     "की मौत हुई।", "36 लोगों की मौत", "Rukum West", ""),
    # elections: the poll's date, turnout and electorate are the state's, not the party named last
    ("बिहार में एनडीए की जीत। भाजपा ने 89 सीटें जीतीं। 6 और 11 नवंबर को दो चरणों में हुए मतदान में बिहार में "
     "रिकॉर्ड वोटिंग हुई।", "11 नवंबर", "Bihar", ""),
    ("बिहार में एनडीए की जीत। राजद ने 25 सीटें जीतीं। 2020 में 57.29 प्रतिशत वोट पड़े थे।", "57.29 प्रतिशत",
     "Bihar", ""),
    ("बिहार में एनडीए की जीत। राजद ने 25 सीटें जीतीं। कुल 7.4 करोड़ मतदाताओं में से करीब 4.9 करोड़ ने वोट डाले।",
     "7.4 करोड़ मतदाताओं", "Bihar", ""),
    # a year with a past tally is the state's election
    ("महाराष्ट्र में महायुति जीती। 2019 में भाजपा ने 105 सीटें जीती थीं।", "2019 में", "Maharashtra", ""),
    # a share owned through its noun phrase: "X का (कुल) वोट शेयर … N प्रतिशत"
    ("बिहार में एनडीए जीता। महागठबंधन का कुल वोट शेयर करीब 37 प्रतिशत रहा।", "करीब 37 प्रतिशत",
     "Mahagathbandhan", "Bihar"),
    ("दिल्ली में भाजपा जीती। कांग्रेस का वोट शेयर गिरकर 4.26 प्रतिशत पर आ गया।", "4.26 प्रतिशत", "Congress", "Delhi"),
    # a headline's tally already knows the state the body names (the house's object)
    ("महायुति को 235 सीटें, विपक्ष का सूपड़ा साफ\n\nमहाराष्ट्र विधानसभा चुनाव में महायुति ने प्रचंड जीत दर्ज की।",
     "235 सीटें", "Mahayuti", "Maharashtra"),
    # independents are one actor of a tally list
    ("हरियाणा में भाजपा जीती। कांग्रेस को 37 सीटें मिलीं, जबकि इनेलो ने 2 और निर्दलीयों ने 3 सीटें जीतीं।",
     "3 सीटें", "Independents", "Haryana"),
    # the majority mark is the house's
    ("दिल्ली में भाजपा की जीत। आप ने 22 सीटें जीतीं। सरकार बनाने के लिए 36 सीटों की जरूरत थी।", "36 सीटों",
     "Delhi", ""),
    # a disaster's count that is no loss: the body it belongs to, or the gathering it was counted at
    ("असम में बाढ़ से 45 की मौत। राहत और बचाव कार्य के लिए एनडीआरएफ की 12 टीमें लगाई गई हैं।", "12 टीमें", "NDRF",
     ""),
    ("प्रयागराज में महाकुंभ के दौरान भगदड़ मच गई। महाकुंभ में गुरुवार तक 27 करोड़ श्रद्धालु स्नान कर चुके हैं।",
     "27 करोड़ श्रद्धालु", "Maha Kumbh", ""),
    ("प्रयागराज में महाकुंभ के दौरान भगदड़ मच गई। भगदड़ में 30 श्रद्धालुओं की मौत हो गई। मौनी अमावस्या पर 7 करोड़ "
     "श्रद्धालुओं ने स्नान किया।", "7 करोड़ श्रद्धालुओं", "Maha Kumbh", ""),
    # ... while its losses stay the place's
    ("प्रयागराज में महाकुंभ के दौरान भगदड़ मच गई। भगदड़ में 30 श्रद्धालुओं की मौत हो गई।", "30 श्रद्धालुओं की मौत",
     "Prayagraj", ""),
    # people on board are the carrier's (an airline named with its aircraft); the dead stay the place's
    ("अहमदाबाद में एयर इंडिया का विमान हादसे का शिकार हो गया। विमान में 242 लोग सवार थे। हादसे में 241 लोगों "
     "की मौत हो गई।", "242 लोग", "Air India", ""),
    ("अहमदाबाद में एयर इंडिया का विमान हादसे का शिकार हो गया। विमान में 242 लोग सवार थे। हादसे में 241 लोगों "
     "की मौत हो गई।", "241 लोगों की मौत", "Ahmedabad", ""),
    # ... and what is in the aircraft
    ("अहमदाबाद में एयर इंडिया का विमान हादसे का शिकार हो गया। विमान में करीब 100 टन ईंधन भरा हुआ था।",
     "करीब 100 टन", "Air India", ""),
    # a village of the document's district is the district's (the district is where it happened) ...
    ("उत्तराखंड के चमोली जिले में बादल फटा। चमोली में 5 लोगों की मौत हो गई। चमोली में राहत कार्य जारी है। "
     "चमोली जिले के थराली में 30 मकान ढह गए।", "30 मकान", "Chamoli", ""),
    # ... but a district of the document's state keeps its own name
    ("ओडिशा में चक्रवात से भारी तबाही हुई। ओडिशा में 4 लोगों की मौत हो गई। ओडिशा के केंद्रपाड़ा में 2 लोगों "
     "की मौत हुई।", "2 लोगों की मौत", "Kendrapara", ""),
    # the lede says where the story happened: its places weigh more than a neighbour's told later
    ("ओडिशा में चार की मौत, बंगाल में तीन की मौत\nओडिशा के तटीय इलाकों में चक्रवात ने भारी तबाही मचाई। "
     "पश्चिम बंगाल में तूफान से तीन लोगों की जान गई।\nकरीब 6 लाख लोग शिविरों में हैं।", "करीब 6 लाख लोग", "Odisha", ""),
    # money: who pays. An office's holder pays for its institution; a chief minister for his state
    ("ओडिशा में रेल हादसा। रेल मंत्री अश्विनी वैष्णव ने मृतकों के परिजनों को 5 लाख रुपये देने की घोषणा की।",
     "5 लाख रुपये", "Indian Railways", "victims' families"),
    ("ओडिशा के बालासोर में रेल हादसा हुआ। मुख्यमंत्री मोहन चरण माझी ने मृतकों के परिजनों को 4 लाख रुपये देने का "
     "ऐलान किया।", "4 लाख रुपये", "Odisha", "victims' families"),
    # ... an initial between the office and the name changes nothing
    ("कर्नाटक के मैसूर में फैक्ट्री में धमाका हुआ। मुख्यमंत्री एस. रमेश गौड़ा ने मृतकों के परिजनों को 3 लाख रुपये "
     "देने की घोषणा की।", "3 लाख रुपये", "Karnataka", "victims' families"),
    ("तमिलनाडु के सलेम में जहरीली शराब से 12 की मौत हुई। मुख्यमंत्री एम.के. सेल्वन ने मृतकों के परिजनों को 10 लाख "
     "रुपये देने की घोषणा की।", "10 लाख रुपये", "Tamil Nadu", "victims' families"),
    # ... a pronoun agent is the earlier sentence's actor, not the document's main one
    ("ओडिशा के जाजपुर में रेल हादसा हुआ। ओडिशा में शोक है। रेल मंत्री अश्विनी वैष्णव घटनास्थल पर पहुंचे। उन्होंने "
     "मृतकों के परिजनों को 10 लाख रुपये देने की घोषणा की।", "10 लाख रुपये", "Indian Railways", "victims' families"),
    # ... "X की ओर से" is on X's behalf: X pays
    ("अहमदाबाद में विमान हादसा हुआ। मृतकों के परिजनों को टाटा समूह की ओर से 1 करोड़ रुपये की सहायता दी जाएगी।",
     "1 करोड़ रुपये", "Tata Group", "victims' families"),
    # ... but a ने-agent acts itself: the side fought for is the one helped
    ("प्योंगयांग ने अब तक रूस की ओर से लड़ने के लिए करीब 8,000 सैनिक भेजे हैं।", "करीब 8,000 सैनिक", "North Korea",
     "Russia"),
    # a margin is the winner's in the seat named with it
    ("हरियाणा विधानसभा चुनाव के नतीजे आए। करनाल सीट पर मुख्यमंत्री नायब सिंह सैनी ने कांग्रेस उम्मीदवार को "
     "34,000 वोटों से हराया।", "34,000 वोटों", "", "Karnal"),
    # "पार्टी ने" is the party named before, not one of another clause
    ("महाराष्ट्र में भाजपा ने बड़ी जीत दर्ज की। पार्टी ने 132 सीटें जीतीं, जबकि कांग्रेस 16 सीटों पर सिमट गई।",
     "132 सीटें", "BJP", "Maharashtra"),
    # the owner before a list's first figure owns each figure of the list
    ("यूक्रेन की सेना ने खारकीव में जवाबी हमला किया। यूक्रेनी जनरल स्टाफ ने बताया कि अब तक रूस के 320 टैंक, 910 "
     "बख्तरबंद वाहन, 41 विमान और 38 हेलीकॉप्टर तबाह किए जा चुके हैं।", "38 हेलीकॉप्टर", "Russia", "Ukraine"),
    ("इजरायल के मुताबिक हिजबुल्लाह के 120 रॉकेट लॉन्चर, 60 ड्रोन और 15 टैंक-रोधी ठिकाने तबाह किए गए।", "60 ड्रोन",
     "Hezbollah", ""),
    # "none of the above" takes its own share of the vote
    ("राजस्थान चुनाव के नतीजे आए। भाजपा को 41.7 फीसदी वोट मिले। नोटा को 1.2 फीसदी वोट मिले।", "1.2 फीसदी", "NOTA",
     "Rajasthan"),
    # AAP's weak spelling "आप" before a tally
    ("दिल्ली में भाजपा को 45.56 प्रतिशत वोट मिले, जबकि आप को 43.57 प्रतिशत वोट मिले।", "43.57 प्रतिशत",
     "AAP", "Delhi"),
    # a place named as an official's ("मलप्पुरम के पुलिस अधीक्षक") is the office's seat, not where it happened
    ("कोझिकोड विमान हादसा\n\nकेरल के कोझिकोड एयरपोर्ट पर शुक्रवार शाम विमान हादसा हुआ। मलप्पुरम के पुलिस अधीक्षक "
     "अब्दुल करीम ने बताया कि हादसे में 19 लोगों की मौत हो गई है।", "19 लोगों की मौत", "Kozhikode", ""),
    # a pronoun agent after "और" points back to the actor of the clause before it, not the earlier
    # sentence's topic
    ("त्रिपुरा चुनाव नतीजे\n\nत्रिपुरा में भाजपा को 32 सीटें मिलीं। टिपरा मोथा को करीब 21 फीसदी वोट मिले और उसने "
     "42 सीटों पर लड़कर 13 सीटें जीतीं।", "13 सीटें", "TIPRA Motha", "Tripura"),
    ("त्रिपुरा चुनाव नतीजे\n\nत्रिपुरा में भाजपा को 32 सीटें मिलीं। उसने सहयोगी के साथ मिलकर 33 सीटें हासिल कीं।",
     "33 सीटें", "BJP", "Tripura"),
    # an outlet's name in a credit line is no place, and the credit line's city is where it was filed
    ("नाव हादसा\nलाइव हिन्दुस्तान टीम, पटना\n\nपटना जिले के बाढ़ अनुमंडल में रविवार सुबह गंगा नदी में एक नाव पलट गई। "
     "नाव पर 17 लोग सवार थे।", "17 लोग", "Barh", ""),
    ("ब्राजील में बाढ़\n\nपंजाब केसरी डेस्क\nनई दिल्ली, १४ मई\n\nब्राजील के रियो ग्रांडे डो सुल राज्य में बाढ़ से भारी "
     "तबाही हुई है। राज्य की सिविल डिफेंस एजेंसी के मुताबिक १२७ लोग अब भी लापता हैं।", "१२७ लोग", "Brazil", ""),
    # a genitive whose noun a case marker closes owns nothing after it, and a person is nobody's dead
    ("ईरान में जनरल सुलेमानी की बरसी पर दो बम धमाके, 103 लोगों की मौत, 211 घायल\n\nप्रांत के डिप्टी गवर्नर ने इसे "
     "'आतंकी हमला' करार दिया।", "103 लोगों की मौत", "Iran", None),
    ("पाकिस्तान ने भारत के 4 विमान गिराने का दावा किया।", "4 विमान", "India", "Pakistan"),
    # a place someone was caught at is no place of the dead
    ("शराब कांड: मौतों का आंकड़ा 17 हुआ, मुख्य आरोपी उदयपुर से गिरफ्तार", "17", "", None),
    # the bare word "गठबंधन" holding a tally is the alliance of the party named, not the party
    ("चुनाव आयोग के आंकड़े बताते हैं कि भाजपा का वोट शेयर करीब 39 फीसदी रहा, जबकि आईपीएफटी के साथ मिलाकर गठबंधन को "
     "40.23 फीसदी वोट मिले।", "40.23 फीसदी", "BJP alliance", None),
    ("त्रिपुरा चुनाव नतीजे\n\nचुनाव आयोग के आंकड़े बताते हैं कि भाजपा का वोट शेयर करीब 39 फीसदी रहा।", "करीब 39 फीसदी",
     "BJP", None),
    ("झारखंड चुनाव नतीजे\n\nइंडिया गठबंधन को 56 सीटें मिलीं।", "56 सीटें", "INDIA bloc", None),
    # a pronoun subject after a contrast ("लेकिन वह") points back to the actor named before it
    ("झारखंड चुनाव नतीजे\n\nझामुमो ने 34 सीटें जीतीं। आयोग के मुताबिक, भाजपा को सबसे ज्यादा 33.18% वोट मिले, लेकिन वह "
     "सिर्फ 21 सीटें ही जीत पाई।", "21 सीटें", "BJP", "Jharkhand"),
    # the party its own clause names is the tally's, not an agent of another clause
    ("झारखंड में हेमंत का जादू: झामुमो ने 34 सीटें जीतकर रचा इतिहास, भाजपा को 33% से ज्यादा वोट मिले फिर भी 21 सीटों "
     "पर अटकी", "21 सीटों", "BJP", "Jharkhand"),
]


@pytest.mark.parametrize(("text", "figure", "subject", "obj"), CASES)
def test_who_a_figure_is_about(nlp, text: str, figure: str, subject: str, obj: str) -> None:
    _, claims = analyze(text, nlp=nlp)
    claim = next(c for c in claims if c.text == figure)
    got = (claim.subject, claim.object) if subject else (claim.object,)
    want = (subject, obj) if subject else (obj,)
    if obj is None:  # only the subject is asked ("" when no one is the figure's)
        got, want = (claim.subject,), (subject,)
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


def test_a_sentence_shared_by_two_documents_is_read_the_same(nlp) -> None:
    """Roles are cached by sentence; a second document repeating a sentence (a syndicated line)
    must still see which of its own places a distance or a tremor's reach names."""
    from factcheck.lang.actors import entity_roles

    shared = "झटके काठमांडू तक महसूस किए गए।"
    first = f"नेपाल में भूकंप, 128 की मौत\n\n{shared} नेपाल में 128 लोगों की मौत हो गई।"
    second = f"नेपाल भूकंप: 150 की मौत\n\n{shared} नेपाल में 150 लोगों की मौत हो गई।"
    entity_roles.cache_clear()
    alone = [(c.text, c.subject) for c in analyze(second, nlp=nlp)[1]]
    entity_roles.cache_clear()
    analyze(first, nlp=nlp)
    after = [(c.text, c.subject) for c in analyze(second, nlp=nlp)[1]]
    assert after == alone
    assert ("150 लोगों की मौत", "Nepal") in alone


def test_a_total_of_the_count_after_it_takes_no_earlier_measure(nlp) -> None:
    """"10 में से 8 मंत्री" after a seat tally: ten ministers, not ten seats."""
    _, claims = analyze("हरियाणा में तीसरी बार भाजपा सरकार: 48 सीटें, कांग्रेस को 36; सैनी सरकार के 10 में से 8 मंत्री हारे",
                        nlp=nlp)
    assert {c.text: c.kind for c in claims}["10"] == "count"


DATE_ACTORS = [
    # the owner before a date whose event follows it is the event's actor
    ("ईरान और इजरायल में तनाव है। हमास के 7 अक्टूबर के हमले में इजरायल में करीब 1,200 लोग मारे गए थे।", "7 अक्टूबर",
     "Hamas"),
    # ... but a place before it is where, not who
    ("दिल्ली के 5 फरवरी के मतदान में 60 प्रतिशत वोट पड़े।", "5 फरवरी", "Delhi"),
]


@pytest.mark.parametrize(("text", "figure", "subject"), DATE_ACTORS)
def test_the_actor_of_a_dates_event(nlp, text: str, figure: str, subject: str) -> None:
    _, claims = analyze(text, nlp=nlp)
    claim = next(c for c in claims if c.text.startswith(figure))
    assert claim.subject == subject, claim.reasons


def test_a_linked_headline_names_no_place_of_the_document(tmp_path) -> None:
    """"ये भी पढ़ें: महाकुंभ 2025 …" below a stampede at Tirupati: the Kumbh is not where it happened."""
    from cli_helpers import export_rows, run

    page = ("तिरुपति में भगदड़, छह की मौत\n\n"
            "आंध्र प्रदेश के तिरुपति में टोकन काउंटर पर भगदड़ मच गई। भगदड़ में छह श्रद्धालुओं की मौत हो गई। "
            "मंदिर ट्रस्ट ने 91 काउंटर बनाए थे।\n\n"
            "ये भी पढ़ें: महाकुंभ 2025: मेले के लिए रेलवे चलाएगा 3,000 स्पेशल ट्रेनें\n"
            "ये भी पढ़ें: महाकुंभ में स्नान के लिए उमड़े श्रद्धालु\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(page, encoding="utf-8")
    run("extract", str(tmp_path / "docs"), "--db", str(tmp_path / "x.db"))
    rows = {r["text"]: r for r in export_rows(tmp_path / "x.db")}
    assert rows["91"]["subject"] == "Tirupati"
