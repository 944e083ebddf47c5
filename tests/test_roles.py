"""Roles of a claim: kind, subject/object, status, event, attribution (factcheck.lang.roles).

Sentences are phrased as in Hindi news; entities are built by hand from a small
alias table (the gazetteer resolves them in the pipeline).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.lang import roles
from factcheck.lang.discourse import Discourse, topic_of, topic_pair
from factcheck.lang.gazetteer import default_gazetteer
from factcheck.lang.numerals import find_quantities
from factcheck.model import Claim, EntityMention
from factcheck.normalize import fold
from factcheck.pipeline import analyze

# surface -> (canonical name, type, adjectival)
ALIASES: dict[str, tuple[str, str, bool]] = {
    "उत्तर कोरियाई": ("North Korea", "state", True),
    "उत्तर कोरिया": ("North Korea", "state", False),
    "उत्तरी कोरिया": ("North Korea", "state", False),
    "नॉर्थ कोरिया": ("North Korea", "state", False),
    "प्योंगयांग": ("North Korea", "state", False),
    "दक्षिण कोरियाई": ("South Korea", "state", True),
    "दक्षिण कोरिया": ("South Korea", "state", False),
    "रूसी": ("Russia", "state", True),
    "रूस": ("Russia", "state", False),
    "मॉस्को": ("Russia", "state", False),
    "यूक्रेनी": ("Ukraine", "state", True),
    "यूक्रेन": ("Ukraine", "state", False),
    "अमेरिकी": ("United States", "state", True),
    "अमेरिका": ("United States", "state", False),
    "ईरान": ("Iran", "state", False),
    "इजराइल": ("Israel", "state", False),
    "इजरायली": ("Israel", "state", True),
    "हमास": ("Hamas", "organisation", False),
    "खान यूनिस": ("Khan Younis", "place", False),
    "फिलिस्तीनी": ("Palestine", "state", True),
    "चीन": ("China", "state", False),
    "ताइवान": ("Taiwan", "state", False),
    "भारत": ("India", "state", False),
    "भारतीय": ("India", "state", True),
    "पाकिस्तान": ("Pakistan", "state", False),
    "पाकिस्तानी": ("Pakistan", "state", True),
    "व्लादिमीर पुतिन": ("Vladimir Putin", "person", False),
    "पुतिन": ("Vladimir Putin", "person", False),
    "सर्गेई लावरोव": ("Sergey Lavrov", "person", False),
    "लावरोव": ("Sergey Lavrov", "person", False),
    "किम जोंग उन": ("Kim Jong Un", "person", False),
    "जेलेंस्की": ("Volodymyr Zelensky", "person", False),
    "नरेंद्र मोदी": ("Narendra Modi", "person", False),
    "निर्मला सीतारमण": ("Nirmala Sitharaman", "person", False),
    "नीतीश कुमार": ("Nitish Kumar", "person", False),
    "भाजपा": ("BJP", "party", False),
    "कांग्रेस": ("Congress", "party", False),
    "आम आदमी पार्टी": ("AAP", "party", False),
    "समाजवादी पार्टी": ("Samajwadi Party", "party", False),
    "बिहार": ("Bihar", "place", False),
    "उत्तराखंड": ("Uttarakhand", "place", False),
    "असम": ("Assam", "place", False),
    "केरल": ("Kerala", "place", False),
    "महाराष्ट्र": ("Maharashtra", "place", False),
    "उत्तर प्रदेश": ("Uttar Pradesh", "place", False),
    "दिल्ली": ("Delhi", "place", False),
    "वायनाड": ("Wayanad", "place", False),
    "हाथरस": ("Hathras", "place", False),
    "बालासोर": ("Balasore", "place", False),
    "केंद्र सरकार": ("India", "state", False),  # Government of India stands for India
    "चुनाव आयोग": ("Election Commission", "institution", False),
    # Indian states and towns are places in the gazetteer; countries are states
    "हरियाणा": ("Haryana", "place", False),
    "तमिलनाडु": ("Tamil Nadu", "place", False),
    "मध्य प्रदेश": ("Madhya Pradesh", "place", False),
    "ओडिशा": ("Odisha", "place", False),
    "हिमाचल प्रदेश": ("Himachal Pradesh", "place", False),
    "गुजरात": ("Gujarat", "place", False),
    "कर्नाटक": ("Karnataka", "place", False),
    "पंजाब": ("Punjab", "place", False),
    "सिक्किम": ("Sikkim", "place", False),
    "जम्मू-कश्मीर": ("Jammu and Kashmir", "place", False),
    "जयपुर": ("Jaipur", "place", False),
    "अमेठी": ("Amethi", "place", False),
    "लोकसभा": ("Lok Sabha", "institution", False),
    "रिजर्व बैंक": ("RBI", "institution", False),
    "सीबीआई": ("CBI", "institution", False),
    "एनआईए": ("NIA", "institution", False),
    "दिल्ली पुलिस": ("Delhi Police", "institution", False),
    "राजद": ("RJD", "party", False),
    "शिवसेना": ("Shiv Sena", "party", False),
    "झामुमो": ("JMM", "party", False),
    "राहुल गांधी": ("Rahul Gandhi", "person", False),
    "योगी आदित्यनाथ": ("Yogi Adityanath", "person", False),
    "मोदी": ("Narendra Modi", "person", False),
    "बांग्लादेश": ("Bangladesh", "state", False),
    "जापान": ("Japan", "state", False),
    "जर्मनी": ("Germany", "state", False),
    "फ्रांस": ("France", "state", False),
    "नाटो": ("NATO", "organisation", False),
    "नीति आयोग": ("NITI Aayog", "institution", False),
    "बीसीसीआई": ("BCCI", "organisation", False),
    "आईसीसी": ("ICC", "organisation", False),
    "मुंबई": ("Mumbai", "place", False),
    "चेन्नई": ("Chennai", "place", False),
    "इजरायल": ("Israel", "state", False),
    "गाजा": ("Gaza", "place", False),
    "बेंजामिन नेतन्याहू": ("Benjamin Netanyahu", "person", False),
    "नेतन्याहू": ("Benjamin Netanyahu", "person", False),
    "चीनी": ("China", "state", True),
    "शी जिनपिंग": ("Xi Jinping", "person", False),
    "एंटनी ब्लिंकन": ("Antony Blinken", "person", False),
    "ब्लिंकन": ("Antony Blinken", "person", False),
    "तुर्की": ("Turkey", "state", False),
    "एर्दोगन": ("Recep Tayyip Erdogan", "person", False),
    "राजौरी": ("Rajouri", "place", False),
    "सलेम": ("Salem", "place", False),
    "पश्चिम बंगाल": ("West Bengal", "place", False),
    "खारकीव": ("Kharkiv", "place", False),
    "भारतीय वायुसेना": ("Indian Air Force", "institution", False),
}


def figure_in(text: str, number: str, **kw: str) -> Claim:
    """The claim the whole pipeline reads from ``text`` whose words start with ``number``."""
    _, claims = analyze(text, **kw)
    return next(c for c in claims if c.text.startswith(number))


def parties(text: str, number: str) -> tuple[str, str]:
    """(subject, object) of the figure ``number`` the whole pipeline reads from ``text``."""
    claim = figure_in(text, number)
    return claim.subject, claim.object


def ents(sentence: str) -> list[EntityMention]:
    """Every alias occurrence (longest first, no overlaps), as the gazetteer would give."""
    out: list[EntityMention] = []
    taken: set[int] = set()
    for surface in sorted(ALIASES, key=len, reverse=True):
        f = fold(surface)[0]
        i = sentence.find(f)
        while i >= 0:
            after = sentence[i + len(f):i + len(f) + 1]
            whole = not after or not ("\u0900" <= after <= "\u097f")
            if whole and not taken & set(range(i, i + len(f))):
                name, typ, adj = ALIASES[surface]
                out.append(EntityMention(i, i + len(f), f, name, typ, adjectival=adj))
                taken.update(range(i, i + len(f)))
            i = sentence.find(f, i + len(f))
    return sorted(out, key=lambda e: e.start)


def run(sentence: str, number: str, **kw) -> roles.ClaimFields:
    s = fold(sentence)[0]
    n = fold(number)[0]
    i = s.index(n)
    return roles.describe(s, i, i + len(n), ents(s), **kw)


# ---------------------------------------------------------------- kind

KIND_CASES = [
    # people released in a swap were held; a city council's strength is seats; a bus's seats are a count
    ("हमास ने शनिवार को 4 महिला सैनिकों को रिहा किया।", "4", "", "captured"),
    ("बदले में इजराइल ने 200 फिलिस्तीनियों को रिहा किया।", "200", "", "captured"),
    ("151 सदस्यीय नगर निगम में बहुमत के लिए 76 सीटें चाहिए।", "151", "", "seats"),
    ("श्रीलंका की 225 सदस्यीय संसद में बहुमत के लिए 113 सीटें चाहिए।", "225", "", "seats"),
    # people not found ("का पता नहीं चल सका") are missing, not denied; the whole they are counted of stays
    # a life lost, however the words are ordered
    ("नालंदा में 7 लोगों ने गंवाई जान।", "7", "", "killed"),
    ("नालंदा में 7 लोगों ने जान गंवाई।", "7", "", "killed"),
    ("हमले में 44 जवान बलिदान हो गए, जबकि कई अन्य घायल हैं।", "44", "", "killed"),
    ("दो मजदूरों का अब भी पता नहीं चल सका है।", "दो", "", "missing"),
    ("खदान में 13 फंसे मजदूरों में से दो का अब भी पता नहीं चल सका है।", "13", "", "workers"),
    ("सुरंग में 41 मजदूर फंसे हैं।", "41", "", "workers"),
    # the families of the dead a payment is handed to are counted, not the toll
    ("जिला प्रशासन ने गुरुवार को 20 मृतकों के परिजनों को पांच-पांच लाख रुपये के चेक सौंपे।", "20", "", "count"),
    ("हादसे के 20 मृतकों के परिजनों ने प्रदर्शन किया।", "20", "", "killed"),
    ("नेपाल की 275 सदस्यीय प्रतिनिधि सभा के लिए मतदान हुआ।", "275", "", "seats"),
    ("32 सीटों वाली बस में 45 से ज्यादा सवारियां थीं।", "32", "", "count"),
    ("288 सीटों वाली विधानसभा में बहुमत का आंकड़ा 145 है।", "288", "", "seats"),
    # people, then another figure's loss after a comma: the people are no loss ("तोप और टैंक के गोले"
    # joins nouns, not figures; a list of people ends in its loss only when no figure names its own)
    ("लखनऊ में डेंगू का कहर: सीजन में अब तक 1,245 मरीज, तीन की मौत", "1,245", "", "people"),
    ("डेंगू के 890 मरीज, 12 की मौत", "890", "", "people"),
    ("सवार 53 ब्रिटिश नागरिकों, 7 पुर्तगाली नागरिकों और एक कनाडाई नागरिक की भी मौत हुई।", "53", "", "killed"),
    # a loss in the places counted is no loss of the places ("12 जिलों में लोगों की जान गई")
    ("आपदा प्रबंधन विभाग के अनुसार 12 जिलों में लोगों की जान गई है।", "12", "", "count"),
    # the measure named before "संख्या"/"आंकड़ा", a loss word too, a few words back
    ("कल्लाकुरिची में मौत का आंकड़ा 47 पहुंचा।", "47", "", "killed"),
    ("मरने वालों की संख्या गुरुवार देर रात तक बढ़कर 47 हो गई।", "47", "", "killed"),
    ("पुलिस ने 20 से 30 वाहनों की जांच की, आंकड़ा 50 पहुंचा।", "50", "", "count"),
    # an election's MLAs are seats; "आतंकी ठिकाने" are sites, not people; a figure's own loss word
    # after it does not make the figure before a loss
    ("दिल्ली में भाजपा के 48 विधायक जीतकर आए।", "48", "", "seats"),
    ("भारत ने नौ आतंकी ठिकानों को निशाना बनाया।", "नौ", "", "count"),
    ("उत्तर कोरिया ने रूस भेजे 2,000 अतिरिक्त सैनिक, करीब 1,100 हताहत", "2,000", "", "troops"),
    # troops
    ("प्योंगयांग ने अब तक लगभग 10,000 सैनिक यूक्रेन भेजे हैं।", "लगभग 10,000", "", "troops"),
    ("उत्तर कोरिया के 11000 सैनिकों को कुर्स्क में तैनात किया गया।", "11000", "", "troops"),
    ("मुठभेड़ में 5 जवान शामिल थे।", "5", "", "troops"),
    ("सीमा पर 50 हजार फौजी तैनात हैं।", "50 हजार", "", "troops"),
    ("रूस ने 2 लाख नए सैन्यकर्मी भर्ती किए।", "2 लाख", "", "troops"),
    ("भारत ने 3 सैन्य टुकड़ियां भेजी हैं।", "3", "", "troops"),
    ("30000 के लगभग सैनिक भेजने की तैयारी की जा रही है।", "30000", "", "troops"),
    ("करीब 1,500 प्रशिक्षित सैनिकों को मोर्चे पर भेजा गया।", "करीब 1,500", "", "troops"),
    ("कुल 12 हजार उत्तर कोरियाई सैनिक लड़ रहे हैं।", "12 हजार", "", "troops"),
    ("अमेरिका ने 3,000 अतिरिक्त सैनिक तैनात करने का फैसला किया।", "3,000", "", "troops"),
    # shells, missiles, rockets, drones
    ("रूस को एक करोड़ 20 लाख से अधिक तोप और टैंक के गोले मुहैया करा चुका है।",
     "एक करोड़ 20 लाख से अधिक", "", "shells"),
    ("सेना ने 10 लाख गोले खरीदे।", "10 लाख", "", "shells"),
    ("यूक्रेन को 50 हजार तोप के गोलों की खेप मिली।", "50 हजार", "", "shells"),
    ("ईरान ने इजराइल पर 180 बैलिस्टिक मिसाइलें दागीं।", "180", "", "missiles"),
    ("रूस ने रातभर में 40 मिसाइलों से हमला किया।", "40", "", "missiles"),
    ("हमास ने 5000 रॉकेट दागे।", "5000", "", "rockets"),
    ("हिजबुल्लाह की ओर से 100 से ज्यादा रॉकेट दागे गए।", "100 से ज्यादा", "", "rockets"),
    ("यूक्रेन ने 337 ड्रोन मार गिराए।", "337", "", "drones"),
    ("ईरान ने रूस को 1,000 ड्रोन की आपूर्ति की।", "1,000", "", "drones"),
    # aircraft, tanks, ships, weapons
    ("चीन ने ताइवान के पास 125 युद्धक विमानों को तैनात किया।", "125", "", "aircraft"),
    ("भारत 26 राफेल लड़ाकू विमान खरीदेगा।", "26", "", "aircraft"),
    ("अमेरिका 12 हेलीकॉप्टर भेजेगा।", "12", "", "aircraft"),
    ("जर्मनी ने 14 लेपर्ड टैंक देने का ऐलान किया।", "14", "", "tanks"),
    ("रूस के 3000 से अधिक टैंक नष्ट हुए।", "3000 से अधिक", "", "tanks"),
    ("चीन के 20 युद्धपोत ताइवान के पास दिखे।", "20", "", "ships"),
    ("नौसेना में 3 नई पनडुब्बी शामिल होंगी।", "3", "", "ships"),
    ("पुलिस ने 25 अवैध हथियार बरामद किए।", "25", "", "weapons"),
    ("सेना को 500 तोपें मिलीं।", "500", "", "weapons"),
    # killed, wounded, casualties, captured, missing
    ("बिहार में बाढ़ से 25 लोगों की मौत हो गई है।", "25", "", "killed"),
    ("सड़क हादसे में 12 की मौत, कई घायल।", "12", "", "killed"),
    ("हमले में 7 जवान शहीद हो गए।", "7", "", "killed"),
    ("गाजा में अब तक 40,000 से अधिक फिलिस्तीनी मारे गए हैं।", "40,000 से अधिक", "", "killed"),
    ("मुठभेड़ में 3 आतंकी ढेर हो गए।", "3", "", "killed"),
    ("मलबे से 15 शव निकाले गए।", "15", "", "killed"),
    ("भूस्खलन में 200 से ज्यादा लोगों ने जान गंवाई।", "200 से ज्यादा", "", "killed"),
    ("मृतकों की संख्या बढ़कर 121 हो गई है।", "121", "", "killed"),
    # the people counted are those an outcome before them names
    ("मुठभेड़ में मारे गए नक्सलियों की संख्या बढ़कर 31 हो गई है।", "31", "", "killed"),
    ("हिंसा में घायल हुए लोगों की संख्या बढ़कर 200 हो गई है।", "200", "", "wounded"),
    # a figure, a genitive and "इनामी": the reward on the head of the people after it, not them
    ("पुलिस ने 25 हजार के इनामी बदमाश को गिरफ्तार किया।", "25 हजार", "", "money"),
    ("मुठभेड़ में 8 लाख के इनामी दो नक्सली मारे गए।", "8 लाख", "", "money"),
    ("मुठभेड़ में 8 लाख के इनामी दो नक्सली मारे गए।", "दो", "", "killed"),
    # an adjective between the outcome and the people: "मारे गए <whose> सैनिकों की संख्या"
    ("झड़प में मारे गए पाकिस्तानी सैनिकों की संख्या बढ़कर 14 हो गई।", "14", "", "killed"),
    ("उपद्रवियों ने दो पुलिसकर्मियों की पीट-पीटकर हत्या कर दी।", "दो", "", "killed"),
    # the injured who died are the dead (a part of the toll); injured taken to hospital stay injured
    ("मृतकों की संख्या बढ़कर 11 हुई, दो घायल पर्यटकों ने अस्पताल में तोड़ा दम", "दो", "", "killed"),
    ("दो घायल पर्यटकों की अस्पताल में मौत हो गई।", "दो", "", "killed"),
    ("हादसे में 14 घायल लोगों को अस्पताल ले जाया गया और तीन की मौत हो गई।", "14", "", "wounded"),
    # pilgrims, spectators, sailors, volunteers and students are people; a scheme's beneficiaries are counted
    ("सावन में अब तक 45 लाख कांवड़िए हरिद्वार पहुंचे।", "45 लाख", "", "people"),
    ("फाइनल देखने स्टेडियम में 40 हजार दर्शक मौजूद थे।", "40 हजार", "", "people"),
    ("जहाज पर 6 नाविक सवार थे।", "6", "", "people"),
    ("कंपनी ने बताया कि जहाज के सभी 22 क्रू मेंबर भारतीय हैं।", "22", "", "people"),
    ("जांच में योजना के 83 फर्जी लाभार्थी मिले।", "83", "", "count"),
    # candidates of an exam and tourists are people
    ("भर्ती परीक्षा के लिए 16 लाख से अधिक अभ्यर्थियों ने आवेदन किया।", "16 लाख से अधिक", "", "people"),
    ("सोनमर्ग में हर दिन हजारों सैलानी पहुंचते हैं।", "हजारों", "", "people"),
    ("हादसे में 10 लोग घायल हो गए।", "10", "", "wounded"),
    ("धमाके में 30 से अधिक लोग जख्मी हुए।", "30 से अधिक", "", "wounded"),
    ("घायलों की संख्या 300 पहुंच गई है।", "300", "", "wounded"),
    ("रूस के 5 लाख सैनिक हताहत हुए हैं।", "5 लाख", "", "casualties"),
    ("यूक्रेन ने 2 उत्तर कोरियाई सैनिकों को बंदी बनाया।", "2", "", "captured"),
    ("दोनों देशों ने 95 युद्धबंदियों की अदला-बदली की।", "95", "", "captured"),
    ("पुलिस ने 8 आरोपियों को गिरफ्तार किया।", "8", "", "captured"),
    ("हमास के कब्जे में अब भी 100 बंधक हैं।", "100", "", "captured"),
    ("वायनाड में 130 लोग अब भी लापता हैं।", "130", "", "missing"),
    # workers, people
    ("उत्तर कोरिया ने मजदूर भेजने की इच्छा जताई, 5000 कामगार जा सकते हैं।", "5000", "", "workers"),
    ("सुरंग में 41 मजदूर फंसे हुए हैं।", "41", "", "workers"),
    ("फैक्टरी के 200 श्रमिकों को निकाल दिया गया।", "200", "", "workers"),
    ("महाकुंभ में 10 करोड़ श्रद्धालुओं ने स्नान किया।", "10 करोड़", "", "people"),
    ("राज्य में 7.6 करोड़ मतदाता हैं।", "7.6 करोड़", "", "people"),
    ("इस योजना से 9 करोड़ किसानों को लाभ मिलेगा।", "9 करोड़", "", "people"),
    ("बाढ़ से 20 लाख लोग प्रभावित हुए हैं।", "20 लाख", "", "people"),
    ("ट्रेन में करीब 1,200 यात्री सवार थे।", "करीब 1,200", "", "people"),
    ("रैली में हजारों लोग जुटे।", "हजारों", "", "people"),
    ("स्कूल के 300 बच्चे बीमार पड़े।", "300", "", "people"),
    # money, percent, votes, seats, duration, count
    ("वित्त मंत्री ने 48 लाख करोड़ रुपये का बजट पेश किया।", "48 लाख करोड़ रुपये", "INR", "money"),
    ("अमेरिका ने यूक्रेन को 60 अरब डॉलर की सहायता दी।", "60 अरब", "", "money"),
    ("सरकार ने किसानों के खाते में 2000 रुपये भेजे।", "2000", "", "money"),
    ("महंगाई दर 5.4 प्रतिशत रही।", "5.4 प्रतिशत", "percent", "percent"),
    ("इस बार 65 फीसदी मतदान हुआ।", "65", "", "percent"),
    ("भाजपा को 36.6% वोट मिले।", "36.6%", "percent", "percent"),
    ("उम्मीदवार ने 1.5 लाख वोटों से जीत दर्ज की।", "1.5 लाख", "", "votes"),
    ("उन्हें कुल 5,12,000 मत मिले।", "5,12,000", "", "votes"),
    ("भाजपा ने 240 सीटें जीतीं।", "240", "", "seats"),
    ("कांग्रेस को 99 सीटों पर जीत मिली।", "99", "", "seats"),
    ("गठबंधन 272 सीटों के बहुमत से पीछे रहा।", "272", "", "seats"),
    ("युद्ध को 6 महीने से अधिक समय हो चुका है।", "6 महीने से अधिक", "month", "duration"),
    ("रूसी विदेश मंत्री का यह तीन दिवसीय दौरा है।", "तीन", "day", "duration"),
    ("पिछले दो दशकों में पहली बार ऐसा हुआ।", "दो दशकों", "decade", "duration"),
    ("यूक्रेन के दो क्षेत्रों को स्वतंत्र घोषित किया।", "दो", "", "count"),
    ("आग में 50 घर जल गए।", "50", "", "count"),
    ("उन्होंने 3 बार प्रयास किया।", "3", "", "count"),
    ("उत्तर कोरिया ने रविवार को एक बयान जारी किया।", "रविवार", "", "date"),
    # a nationality standing for its people
    ("सूडान में करीब 300 भारतीय फंसे हुए हैं।", "300", "", "people"),
    ("जहाज पर 17 भारतीय और 4 श्रीलंकाई सवार थे।", "17", "", "people"),
    ("हमले में 12 फिलिस्तीनी मारे गए।", "12", "", "killed"),
    ("विदेश मंत्रालय 1,500 भारतीयों को वापस ला चुका है।", "1,500", "", "people"),
    ("उसने 3 भारतीय कंपनियों से करार किया।", "3", "", "count"),  # adjective of another noun
    # the wounded who died
    ("अस्पताल में 4 घायलों ने दम तोड़ दिया।", "4", "", "killed"),
    ("इलाज के दौरान 2 घायलों की मौत हो गई।", "2", "", "killed"),
    ("अस्पताल में भर्ती दो घायलों ने इलाज के दौरान दम तोड़ दिया।", "दो", "", "killed"),
    ("15 घायलों की हालत गंभीर बनी हुई है।", "15", "", "wounded"),
    ("20 घायलों का इलाज जारी है और मौत का आंकड़ा 12 है।", "20", "", "wounded"),
    # counted among the dead / wounded
    ("मृतकों में 9 बच्चे शामिल हैं।", "9", "", "killed"),
    ("मरने वालों में 6 सुरक्षाकर्मी भी हैं।", "6", "", "killed"),
    ("घायलों में 11 महिलाएं हैं।", "11", "", "wounded"),
    ("गांव में 40 परिवार रहते हैं।", "40", "", "count"),
    # a bare number takes the measure of the next figure of its list
    ("सपा को 37, कांग्रेस को 6 और अन्य दलों को 2 सीटें मिलीं।", "37", "", "seats"),
    ("महाराष्ट्र में 14, गुजरात में 9 और राजस्थान में 5 लोगों की मौत हुई।", "14", "", "killed"),
    ("पहले चरण में 21, दूसरे में 17 जवान घायल हुए।", "21", "", "wounded"),
    ("ट्रेन के 9 डिब्बे पलटे, जबकि 40 लोग घायल हुए।", "9", "", "count"),
    ("इस रूट पर 18 ट्रेनें रद्द की गईं और 5 लोग घायल हुए।", "18", "", "count"),
]


def test_bare_number_repeats_the_measure_before() -> None:
    d = Discourse()
    for sentence, number, kind in [
        ("भाजपा को 240 सीटें मिलीं।", "240", "seats"),
        ("कांग्रेस को 99, जबकि सपा को 37 मिलीं।", "37", "seats"),
        ("बाढ़ से असम में 30 लोगों की मौत हुई है।", "30", "killed"),
        ("इनमें धुबरी जिले में 12 शामिल हैं।", "12", "killed"),
        ("राज्य में 500 राहत शिविर खोले गए हैं।", "500", "count"),
        # a second agency's reading, its verb right after it: the magnitude before
        ("एक एजेंसी ने तीव्रता 6.2 बताई, जबकि दूसरी ने इसे 6.5 मापा।", "6.2", "magnitude"),
        ("एक एजेंसी ने तीव्रता 6.2 बताई, जबकि दूसरी ने इसे 6.5 मापा।", "6.5", "magnitude"),
    ]:
        s = fold(sentence)[0]
        i = s.index(number)
        f = d.describe(s, i, i + len(number), ents(s))
        assert f.kind == kind, (sentence, f.reasons)
        d.update(s, ents(s))


@pytest.mark.parametrize(("sentence", "number", "unit", "kind"), KIND_CASES)
def test_kind(sentence: str, number: str, unit: str, kind: str) -> None:
    f = run(sentence, number, unit=unit, is_date=(kind == "date"))
    assert f.kind == kind, f.reasons


@pytest.mark.parametrize(("sentence", "number", "kind"), [
    # a figure made so by a light verb ("… कर दी") is the measure of the figure it was made from
    ("जापान की एजेंसी ने भूकंप की तीव्रता 7.4 से संशोधित कर 7.5 कर दी।", "7.5", "magnitude"),
    ("प्रशासन ने मरने वालों की संख्या 40 से बढ़ाकर 52 कर दी।", "52", "killed"),
    ("एजेंसी ने तीव्रता पहले 8.0 बताई, फिर उसे 8.7 कर दिया।", "8.7", "magnitude"),
    # "कर" that is no light verb after the figure leaves it a count
    ("सरकार ने व्यापारियों के 5 कर माफ करने का फैसला किया।", "5", "count"),
])
def test_a_figure_made_so_takes_the_measure_it_was_made_from(sentence: str, number: str, kind: str) -> None:
    _, claims = analyze(sentence)
    assert next(c for c in claims if c.text.startswith(number)).kind == kind


COUNTED_NOUN_CASES = [
    ("लगभग 10,000 सैनिक यूक्रेन भेजे", "लगभग 10,000", ("troops", "लगभग 10,000 सैनिक")),
    ("एक करोड़ 20 लाख से अधिक तोप और टैंक के गोले मुहैया", "एक करोड़ 20 लाख",
     ("shells", "एक करोड़ 20 लाख से अधिक तोप और टैंक के गोले")),
    ("30000 के लगभग सैनिक भेजने", "30000", ("troops", "30000 के लगभग सैनिक")),
    ("125 युद्धक विमानों की तैनाती", "125", ("aircraft", "125 युद्धक विमानों")),
    ("एक सैनिक की मौत हो गई", "एक", ("killed", "एक सैनिक की मौत")),
    ("एक बैठक के दौरान", "एक", None),
    ("एक बड़ा और खुला समर्थन मिला", "एक", None),
    ("10 लोग घायल हुए", "10", ("wounded", "10 लोग")),
    ("5 ने कहा कि सैनिक", "5", None),
]


@pytest.mark.parametrize(("text", "number", "want"), COUNTED_NOUN_CASES)
def test_counted_noun(text: str, number: str, want: tuple[str, str] | None) -> None:
    t = fold(text)[0]
    n = fold(number)[0]
    got = roles.counted_noun(t, t.index(n) + len(n))
    if want is None:
        assert got is None
    else:
        assert got is not None
        assert (got[0], t[:got[1]]) == (want[0], fold(want[1])[0])


# ---------------------------------------------------------------- subject / object

ROLE_CASES = [
    # ने agent, की ओर से (object helped)
    ("जानकारी के मुताबिक, प्योंगयांग ने अब तक रूस की ओर से लड़ने के लिए लगभग 10,000 सैनिक यूक्रेन भेजे हैं।",
     "लगभग 10,000", {}, "North Korea", "Russia"),
    # leading nominative + को recipient, after an attribution clause
    ("दक्षिण कोरिया का अनुमान है कि उत्तर कोरिया अभी तक रूस को एक करोड़ 20 लाख से अधिक तोप और टैंक "
     "के गोले मुहैया करा चुका है।", "एक करोड़ 20 लाख से अधिक", {}, "North Korea", "Russia"),
    # के समर्थन में
    ("इससे पहले भी उत्तरी कोरिया रूस के समर्थन में 11000 सैनिक भेज चुका है।", "11000", {},
     "North Korea", "Russia"),
    # के द्वारा agent, object from another actor in the clause
    ("उत्तर कोरिया के द्वारा रूस के कब्जे वाले क्षेत्र में हजारों सैनिक भेजने का वादा किया गया था।",
     "हजारों", {}, "North Korea", "Russia"),
    # द्वारा without के
    ("अमेरिका द्वारा यूक्रेन को 31 अब्राम्स टैंक दिए गए।", "31", {}, "United States", "Ukraine"),
    # की मदद के लिए
    ("उत्तर कोरिया यूक्रेन युद्ध में रूस की मदद के लिए 12,000 सैनिक भेज रहा है।", "12,000", {},
     "North Korea", "Russia"),
    # genitive owner right before the number
    ("उत्तर कोरिया के 11000 सैनिक कुर्स्क में हैं।", "11000", {}, "North Korea", ""),
    ("रूस के करीब 600 सैनिक हर दिन हताहत हो रहे हैं।", "करीब 600", {}, "Russia", ""),
    # supply from a source: supplier subject, buyer object
    ("रूस उत्तर कोरिया से 10 लाख रॉकेट खरीदेगा।", "10 लाख", {}, "North Korea", "Russia"),
    ("रूस को ईरान से 1,000 ड्रोन मिले हैं।", "1,000", {}, "Iran", "Russia"),
    # पर target
    ("ईरान ने इजराइल पर 180 मिसाइलें दागीं।", "180", {}, "Iran", "Israel"),
    # a side's base struck: the side that owns it, not the country it stands in
    ("जवाब में ईरान ने क़तर स्थित अमेरिकी अल-उदैद एयरबेस पर 14 मिसाइलें दागीं।", "14", {}, "Iran",
     "United States"),
    ("ईरान ने इराक में अमेरिका के सैन्य ठिकानों पर 10 मिसाइलें दागीं।", "10", {}, "Iran", "United States"),
    ("पाकिस्तान ने भारतीय चौकियों पर 200 गोले दागे।", "200", {}, "Pakistan", "India"),
    # के खिलाफ
    ("रूस ने यूक्रेन के खिलाफ 90 ड्रोन का इस्तेमाल किया।", "90", {}, "Russia", "Ukraine"),
    # titled actor: state + title + ने
    ("अमेरिका के रक्षा मंत्रालय ने यूक्रेन को 500 मिसाइलें भेजने की घोषणा की।", "500", {},
     "United States", "Ukraine"),
    # adjectival state with a title and a name: the person is the actor
    ("रूसी राष्ट्रपति व्लादिमीर पुतिन ने 3 लाख सैनिकों की भर्ती का आदेश दिया।", "3 लाख", {},
     "Vladimir Putin", ""),
    # adjectival state as the only actor
    ("रूसी सेना ने 40 ड्रोन मार गिराए।", "40", {}, "Russia", ""),
    # the topic when the clause names no actor
    ("इसके अलावा 5000 सैनिक भेजने की तैयारी है।", "5000", {"topic": "North Korea"}, "North Korea", ""),
    # disasters: the place
    ("बिहार में बाढ़ से 25 लोगों की मौत हो गई है।", "25", {}, "Bihar", ""),
    ("वायनाड में भूस्खलन के बाद 130 लोग लापता हैं।", "130", {}, "Wayanad", ""),
    ("उत्तराखंड में बादल फटने से 12 लोगों की जान चली गई।", "12", {}, "Uttarakhand", ""),
    ("हाथरस में सत्संग के दौरान भगदड़ में 121 लोगों की मौत हो गई।", "121", {}, "Hathras", ""),
    # elections
    ("भाजपा ने 240 सीटें जीतीं।", "240", {}, "BJP", ""),
    ("कांग्रेस को 99 सीटें मिलीं।", "99", {}, "Congress", ""),
    ("आम आदमी पार्टी ने दिल्ली में 22 सीटें हासिल कीं।", "22", {}, "AAP", "Delhi"),
    # budget / money
    ("वित्त मंत्री निर्मला सीतारमण ने 48 लाख करोड़ रुपये का बजट पेश किया।", "48 लाख करोड़ रुपये",
     {"unit": "INR"}, "Nirmala Sitharaman", ""),
    ("केंद्र सरकार ने बिहार को 11,500 करोड़ रुपये की बाढ़ सहायता दी।", "11,500 करोड़ रुपये",
     {"unit": "INR"}, "India", "Bihar"),
    ("अमेरिका ने इजराइल को 14 अरब डॉलर की सैन्य मदद दी है।", "14 अरब डॉलर", {"unit": "USD"},
     "United States", "Israel"),
    # conjunct agents: first of the group
    ("अमेरिका और दक्षिण कोरिया ने 2 लाख सैनिकों के साथ अभ्यास किया।", "2 लाख", {},
     "United States", ""),
    # date claims: subject/object of the event
    ("इस साल जून में रूसी राष्ट्रपति व्लादिमीर पुतिन ने उत्तर कोरिया की ऐतिहासिक यात्रा की थी।",
     "इस साल जून", {"is_date": True}, "Vladimir Putin", "North Korea"),
    ("रूस के राष्ट्रपति व्लादिमीर पुतिन के द्वारा उत्तरी कोरिया की यात्रा 19 जून 2024 को की गई थी।",
     "19 जून 2024", {"is_date": True}, "Vladimir Putin", "North Korea"),
    ("आपको बता दें कि इस साल 24 फरवरी को रूस ने यूक्रेन पर आक्रमण किया था।", "इस साल 24 फरवरी",
     {"is_date": True}, "Russia", "Ukraine"),
    ("2023 में, उत्तर कोरियाई नेता किम जोंग उन ने रूसी अंतरिक्ष बंदरगाह पर पुतिन से मिलने के लिए "
     "एक दुर्लभ विदेश यात्रा की।", "2023", {"is_date": True}, "Kim Jong Un", "Vladimir Putin"),
    ("मंगलवार को उत्तर कोरिया की अपनी यात्रा से पहले, रूसी राष्ट्रपति व्लादिमीर पुतिन ने "
     "प्योंगयांग की प्रशंसा की।", "मंगलवार", {"is_date": True}, "Vladimir Putin", "North Korea"),
    # a visitor named by title and name: the person visits, the genitive place is visited
    ("माना जा रहा है कि रूसी विदेश मंत्री सर्गेई लावरोव का यह तीन दिवसीय दौरा अहम है।", "तीन",
     {"unit": "day"}, "Sergey Lavrov", ""),
    ("रूस के विदेश मंत्री सर्गेई लावरोव 3 दिन के उत्तर कोरिया दौरे पर हैं।", "3", {"unit": "day"},
     "Sergey Lavrov", "North Korea"),
    # the attribution source is not the subject
    ("यूक्रेनी राष्ट्रपति जेलेंस्की ने कहा कि उत्तर कोरिया ने रूस को 11,000 सैनिक दिए हैं।",
     "11,000", {}, "North Korea", "Russia"),
    ("दक्षिण कोरियाई खुफिया एजेंसी के अनुसार, रूस की ओर से 3,000 उत्तर कोरियाई सैनिक लड़ रहे हैं।",
     "3,000", {}, "North Korea", "Russia"),
    # relative clause: "जिसने" refers back to the nominative
    ("उत्तर कोरिया इकलौता देश था, जिसने जुलाई में दोनों क्षेत्रों की स्वतंत्रता को मान्यता दी थी।",
     "जुलाई", {"is_date": True}, "North Korea", ""),
]


@pytest.mark.parametrize(("sentence", "number", "kw", "subject", "obj"), ROLE_CASES)
def test_subject_object(sentence: str, number: str, kw: dict, subject: str, obj: str) -> None:
    f = run(sentence, number, **kw)
    assert f.subject == subject, f.reasons
    if obj:
        assert f.object == obj, f.reasons


def test_title_resolves_to_topic_person() -> None:
    first = fold("रूस के राष्ट्रपति व्लादिमीर पुतिन के द्वारा उत्तरी कोरिया की यात्रा 19 जून 2024 को की गई थी।")[0]
    discourse = Discourse()
    discourse.update(first, ents(first))
    assert discourse.topic == "Vladimir Putin"
    second = fold("रूस के राष्ट्रपति के द्वारा 2024 में की गई यह यात्रा उत्तरी कोरिया की पहली आधिकारिक यात्रा थी।")[0]
    start = second.index("2024")
    f = discourse.describe(second, start, start + 4, ents(second), is_date=True)
    assert (f.subject, f.object, f.event) == ("Vladimir Putin", "North Korea", "visit")
    # what one document learnt does not leak into another
    fresh = Discourse(topic="Vladimir Putin").describe(second, start, start + 4, ents(second), is_date=True)
    assert fresh.subject == "Russia"


TOPIC_CASES = [
    ("प्योंगयांग ने अब तक रूस की ओर से लड़ने के लिए सैनिक भेजे हैं।", "North Korea"),
    ("उत्तर कोरिया अभी तक रूस को गोले मुहैया करा चुका है।", "North Korea"),
    ("रूस के विदेश मंत्री के द्वारा जापान को चेतावनी जारी की गई।", "Russia"),
    ("रूसी राष्ट्रपति व्लादिमीर पुतिन ने उत्तर कोरिया की यात्रा की।", "Vladimir Putin"),
    ("दक्षिण कोरिया का अनुमान है कि उत्तर कोरिया ने सैनिक भेजे।", "North Korea"),
    ("बाढ़ से हालात बिगड़े हैं।", ""),
    # a quoted speaker or a named source attributes the sentence; it is not its topic
    ("कांग्रेस ने आरोप लगाया कि योजना में देरी हुई है।", ""),
    ("नीतीश कुमार ने बताया कि बांध का काम पूरा हो गया है।", ""),
    ("चुनाव आयोग के अनुसार, हरियाणा में मतदान शांतिपूर्ण रहा।", "Haryana"),
    # a speaker of what was decided ("… ने फैसलों की जानकारी दी।"), though no कि clause follows
    ("बैठक के बाद मंत्री नीतीश कुमार ने फैसलों की जानकारी दी।", ""),
    ("नीतीश कुमार ने पत्रकारों को यह बताया।", ""),
    # negatives: an agent who acts, and a speaker next to another agent; one who gives a figure
    ("नीतीश कुमार ने 5 लाख रुपये की घोषणा की।", "Nitish Kumar"),
    ("भाजपा ने केरल में नया दफ्तर खोला।", "BJP"),
    ("कांग्रेस ने कहा कि भाजपा ने वादे तोड़े।", "BJP"),
]


@pytest.mark.parametrize(("sentence", "topic"), TOPIC_CASES)
def test_topic_of(sentence: str, topic: str) -> None:
    s = fold(sentence)[0]
    assert topic_of(s, ents(s)) == topic


# ---------------------------------------------------------------- status

STATUS_CASES = [
    # a lead while votes are counted is no result yet; a win is
    ("रुझानों में भाजपा अकेले 125 सीटों पर आगे चल रही है।", "125", "possible"),
    ("भाजपा ने अकेले 132 सीटें जीतीं।", "132", "actual"),
    # actual: perfective, चुका
    ("प्योंगयांग ने लगभग 10,000 सैनिक यूक्रेन भेजे हैं।", "लगभग 10,000", "actual"),
    ("उत्तरी कोरिया रूस के समर्थन में 11000 सैनिक भेज चुका है।", "11000", "actual"),
    ("हादसे में 5 लोग मारे गए।", "5", "actual"),
    ("भाजपा ने 240 सीटें जीतीं।", "240", "actual"),
    ("सरकार ने 500 करोड़ रुपये जारी किए थे।", "500 करोड़ रुपये", "actual"),
    ("धमाके में 30 लोग घायल हुए।", "30", "actual"),
    # planned: तैयारी, योजना, वादा, फैसला, future tense
    ("उत्तरी कोरिया के द्वारा 30000 के लगभग सैनिक भेजने की तैयारी की जा रही है।", "30000", "planned"),
    ("उत्तर कोरिया के द्वारा हजारों सैनिक भेजने का वादा किया गया था।", "हजारों", "planned"),
    ("अमेरिका ने 3,000 अतिरिक्त सैनिक तैनात करने का फैसला किया है।", "3,000", "planned"),
    ("रूस 20,000 और सैनिक भेजने की योजना बना रहा है।", "20,000", "planned"),
    ("भारत 26 राफेल विमान खरीदेगा।", "26", "planned"),
    ("सरकार किसानों को 6000 रुपये देगी।", "6000 रुपये", "planned"),
    ("अगले साल 10 नई पनडुब्बियां नौसेना में शामिल होंगी।", "10", "planned"),
    ("कंपनी 5,000 करोड़ रुपये का निवेश करेगी।", "5,000 करोड़ रुपये", "planned"),
    ("सरकार ने 2030 तक 500 गीगावाट का लक्ष्य रखा है।", "500", "planned"),
    # possible: सकता, संभावना, आशंका, उम्मीद
    ("यूक्रेन जंग में उत्तरी कोरिया 30000 सैनिक उतार सकता है।", "30000", "possible"),
    ("मृतकों की संख्या 200 तक पहुंचने की आशंका है।", "200", "possible"),
    ("इस बार 70 प्रतिशत मतदान होने की संभावना है।", "70 प्रतिशत", "possible"),
    ("पार्टी को 50 सीटें मिलने की उम्मीद है।", "50", "possible"),
    ("आशंका है कि मलबे में 40 लोग दबे हैं।", "40", "possible"),
    ("रूस भविष्य में 100 और टैंक खरीद सकता है।", "100", "possible"),
    # claimed_false: negation, denial
    ("उत्तर कोरिया ने कहा कि उसने 10,000 सैनिक नहीं भेजे हैं।", "10,000", "claimed_false"),
    ("रूस ने 500 सैनिकों के मारे जाने के दावे को खारिज किया।", "500", "claimed_false"),
    ("मंत्रालय ने 100 मौतों की खबर का खंडन किया।", "100", "claimed_false"),
    ("सरकार ने इनकार किया कि 50 लोगों की मौत हुई।", "50", "claimed_false"),
    ("सेना ने 300 जवानों के शहीद होने की खबर को झूठा बताया।", "300", "claimed_false"),
    # scope: a cue in another clause does not change this number
    ("उत्तर कोरिया 11000 सैनिक भेज चुका है और अब 30000 सैनिक भेजने की तैयारी कर रहा है।", "11000", "actual"),
    ("उत्तर कोरिया 11000 सैनिक भेज चुका है और अब 30000 सैनिक भेजने की तैयारी कर रहा है।", "30000", "planned"),
    ("हादसे में 5 लोग मारे गए, जबकि मृतकों की संख्या बढ़ सकती है।", "5", "actual"),
    ("जेलेंस्की ने बताया कि 12,000 सैनिक आए हैं, लेकिन रूस नहीं मानता।", "12,000", "actual"),
    ("सरकार ने 2,000 करोड़ रुपये जारी किए हैं और 3,000 करोड़ रुपये अगले महीने देगी।",
     "2,000 करोड़ रुपये", "actual"),
    ("सरकार ने 2,000 करोड़ रुपये जारी किए हैं और 3,000 करोड़ रुपये अगले महीने देगी।",
     "3,000 करोड़ रुपये", "planned"),
    ("न केवल 5000 सैनिक भेजे गए बल्कि हथियार भी दिए गए।", "5000", "actual"),
    ("यह योजना पुरानी है, पर 10 लाख लोगों को लाभ मिला है।", "10 लाख", "actual"),
    # provisions, allocations and announced packages are planned
    ("रेल मंत्रालय के लिए 2.5 लाख करोड़ रुपये का प्रावधान किया गया है।", "2.5 लाख करोड़ रुपये", "planned"),
    ("स्वास्थ्य क्षेत्र को 90,000 करोड़ रुपये आवंटित किए गए हैं।", "90,000 करोड़ रुपये", "planned"),
    ("राज्य सरकार ने किसानों के लिए 500 करोड़ रुपये के राहत पैकेज की घोषणा की।", "500 करोड़ रुपये",
     "planned"),
    ("कंपनी ने 1,200 नई भर्तियों का ऐलान किया।", "1,200", "planned"),
    # forecasts: "<X> रहने का अनुमान", "वृद्धि का अनुमान"
    ("इस साल महंगाई दर 4.5 प्रतिशत रहने का अनुमान है।", "4.5 प्रतिशत", "possible"),
    ("विश्व बैंक ने 6.6 प्रतिशत की वृद्धि का अनुमान जताया है।", "6.6 प्रतिशत", "possible"),
    ("मौसम विभाग ने 106 प्रतिशत बारिश का पूर्वानुमान जारी किया है।", "106 प्रतिशत", "possible"),
    # an "X के अनुसार" after the figure is no forecast
    ("मृतकों की संख्या 40 हो गई है, पुलिस के अनुमान के मुताबिक और बढ़ेगी।", "40", "actual"),
    # a negation about another noun phrase ("कोई कर नहीं") does not deny the figure
    ("12 लाख रुपये तक की आय पर कोई टैक्स नहीं लगेगा।", "12 लाख रुपये तक", "planned"),
    ("5 साल से छोटे बच्चों को किसी टिकट की जरूरत नहीं होगी।", "5 साल", "planned"),
    ("200 यूनिट तक बिजली पर कोई शुल्क नहीं देना होगा।", "200", "planned"),
    ("सरकार ने 300 करोड़ रुपये नहीं दिए।", "300 करोड़ रुपये", "claimed_false"),
    # फर्जी (fake) describes the thing counted, it denies nothing
    ("पुलिस ने 45 फर्जी पासपोर्ट बरामद किए।", "45", "actual"),
    ("जांच में 1,500 फर्जी राशन कार्ड पकड़े गए।", "1,500", "actual"),
    ("ठगों ने 60 फर्जी वेबसाइटें बनाई थीं।", "60", "actual"),
    # a participle before a plural noun describes it: the clause's verb comes later
    ("बदले में सरकार 250 कैदियों और हिरासत में लिए गए लोगों को रिहा करेगी।", "250", "planned"),
    ("पुलिस 40 गिरफ्तार किए गए लोगों के खिलाफ आरोपपत्र दाखिल करेगी।", "40", "planned"),
    ("हादसे में मारे गए 12 लोगों के परिजनों को मुआवजा मिल गया।", "12", "actual"),
]


@pytest.mark.parametrize(("sentence", "number", "status"), STATUS_CASES)
def test_status(sentence: str, number: str, status: str) -> None:
    assert run(sentence, number).status == status, run(sentence, number).reasons


@pytest.mark.parametrize(("sentence", "number"), [
    ("गृह मंत्री ने कहा, \"हमारे 23 जवानों का बलिदान बेकार नहीं जाएगा।\"", "23"),
    ("उन्होंने कहा कि 40 जवानों की शहादत व्यर्थ नहीं जाएगी।", "40"),
])
def test_a_sacrifice_not_in_vain_denies_no_figure(sentence: str, number: str) -> None:
    assert run(sentence, number).status != "claimed_false", run(sentence, number).reasons


# ---------------------------------------------------------------- event

EVENT_CASES = [
    ("इस साल जून में पुतिन ने उत्तर कोरिया की ऐतिहासिक यात्रा की थी।", "इस साल जून", "visit"),
    ("रूस के विदेश मंत्री रविवार तक उत्तर कोरिया के दौरे पर रहेंगे।", "रविवार", "visit"),
    ("प्रधानमंत्री मोदी 15 अगस्त को अमेरिका पहुंचे।", "15 अगस्त", "visit"),
    ("इस साल 24 फरवरी को रूस ने यूक्रेन पर आक्रमण किया था।", "इस साल 24 फरवरी", "invasion"),
    ("7 अक्टूबर 2023 को हमास ने इजराइल पर हमला किया।", "7 अक्टूबर 2023", "attack"),
    ("दोनों देशों के बीच इसी साल 2024 में हुए एक रक्षा समझौते पर आधारित है।", "2024", "treaty"),
    ("दोनों देशों ने 1961 में एक संधि पर हस्ताक्षर किए थे।", "1961", "treaty"),
    ("2023 में किम जोंग उन ने पुतिन से मिलने के लिए यात्रा की।", "2023", "meeting"),
    ("दोनों नेताओं की बैठक सोमवार को वोनसान में हुई।", "सोमवार", "meeting"),
    ("जेलेंस्की ने रविवार को अपने वीडियो संदेश में बताया।", "रविवार", "statement"),
    ("रूसी एजेंसियों ने सोमवार को बताया कि नेता दस्तावेजों पर हस्ताक्षर करेंगे।", "सोमवार", "statement"),
    ("बिहार में विधानसभा चुनाव नवंबर 2025 में होंगे।", "नवंबर 2025", "election"),
    ("पहले चरण का मतदान 19 अप्रैल को होगा।", "19 अप्रैल", "election"),
    ("बालासोर में 2 जून 2023 को भीषण रेल हादसा हुआ था।", "2 जून 2023", "accident"),
    ("रूस ने मार्च में अपने वीटो का उपयोग किया।", "मार्च", "veto"),
    ("उत्तर कोरिया ने जुलाई में दोनेत्सक की स्वतंत्रता को मान्यता दी थी।", "जुलाई", "recognition"),
    ("पुतिन ने 21 फरवरी को दोनों क्षेत्रों को स्वतंत्र घोषित किया था।", "21 फरवरी", "recognition"),
    ("बाइडन प्रशासन ने अगस्त में इसकी पुष्टि की थी।", "अगस्त", "confirmation"),
    ("सैन्य अभियान फरवरी 2022 में शुरू किया गया था।", "फरवरी 2022", "start"),
    ("वायनाड में 30 जुलाई को भूस्खलन हुआ।", "30 जुलाई", "disaster"),
    # prisoners swapped between two sides
    ("इससे पहले 24 अगस्त को दोनों देशों ने 146-146 युद्धबंदियों की अदला-बदली की थी।", "24 अगस्त", "exchange"),
    # a day things run until or from is not the day something was said
    ("कंपनी ने कहा कि 15 दिसंबर तक परिचालन पूरी तरह सामान्य हो जाएगा।", "15 दिसंबर", ""),
    ("मंत्री ने 5 दिसंबर को कहा कि जांच होगी।", "5 दिसंबर", "statement"),
]


@pytest.mark.parametrize(("sentence", "date", "event"), EVENT_CASES)
def test_event(sentence: str, date: str, event: str) -> None:
    f = run(sentence, date, is_date=True)
    assert f.kind == "date"
    assert f.event == event, f.reasons


# ---------------------------------------------------------------- attribution

ATTRIBUTION_CASES = [
    ("दक्षिण कोरिया का अनुमान है कि उत्तर कोरिया ने रूस को 1 करोड़ गोले दिए हैं।", "1 करोड़", "South Korea"),
    ("दक्षिण कोरियाई खुफिया एजेंसी के दावों के अनुसार, उत्तर कोरिया ने 10,000 सैनिक भेजे हैं।",
     "10,000", "South Korean intelligence"),
    ("अमेरिकी खुफिया एजेंसियों के अनुसार, ईरान ने रूस को 400 ड्रोन दिए।", "400", "US intelligence"),
    ("जानकारी के मुताबिक, प्योंगयांग ने 10,000 सैनिक भेजे हैं।", "10,000", ""),
    ("सूत्रों के हवाले से खबर है कि 50 सैनिक मारे गए।", "50", ""),
    ("जेलेंस्की ने रविवार को बताया कि उत्तर कोरिया ने 11,000 सैनिक भेजे हैं।", "11,000", "Volodymyr Zelensky"),
    ("यूक्रेनी सेना के मुताबिक रूस के 1,200 सैनिक एक दिन में मारे गए।", "1,200", "Ukrainian military"),
    ("रूसी रक्षा मंत्रालय ने कहा कि 30 ड्रोन मार गिराए गए।", "30", "Russian defence ministry"),
    ("पुलिस के अनुसार हादसे में 8 लोगों की मौत हुई है।", "8", "पुलिस"),
    ("एएफपी की रिपोर्ट के अनुसार, 200 लोग घायल हुए हैं।", "200", "एएफपी"),
    ("चुनाव आयोग के अनुसार 66 प्रतिशत मतदान हुआ।", "66 प्रतिशत", "Election Commission"),
    ("भाजपा का दावा है कि उसे 400 सीटें मिलेंगी।", "400", "BJP"),
    ("अमेरिका के खुफिया अधिकारियों का मानना है कि रूस 100 टैंक खरीद सकता है।", "100",
     "US intelligence officials"),
    ("उत्तर कोरिया ने 5000 सैनिक भेजे हैं।", "5000", ""),
]


@pytest.mark.parametrize(("sentence", "number", "source"), ATTRIBUTION_CASES)
def test_attribution(sentence: str, number: str, source: str) -> None:
    f = run(sentence, number)
    assert f.attributed_to == fold(source)[0], f.reasons


def test_reasons_and_end() -> None:
    s = fold("उत्तरी कोरिया के द्वारा 30000 के लगभग सैनिक भेजने की तैयारी की जा रही है।")[0]
    i = s.index("30000")
    f = roles.describe(s, i, i + 5, ents(s))
    assert s[i:f.end] == "30000 के लगभग सैनिक"
    assert "सैनिक" in f.reasons["kind"]
    assert "तैयारी" in f.reasons["status"]
    assert "द्वारा" in f.reasons["subject"]


def test_no_entities_no_crash() -> None:
    f = roles.describe("", 0, 0, [])
    assert f.kind == "count"
    s = "कुल 5 लोग घायल हुए"
    f = roles.describe(s, 4, 5, [])
    assert (f.kind, f.subject, f.object) == ("wounded", "", "")


def test_topic_pair_carries_the_object() -> None:
    prev = fold("इसी बीच खबर है कि यूक्रेन में रूस का सहयोग करने के लिए उत्तरी कोरिया के द्वारा सैनिक भेजे जा सकते हैं।")[0]
    topic, obj = topic_pair(prev, ents(prev))
    assert (topic, obj) == ("North Korea", "Russia")
    f = run("उत्तरी कोरिया के द्वारा 30000 के लगभग सैनिक भेजने की तैयारी की जा रही है।", "30000",
            topic=topic, topic_object=obj)
    assert (f.subject, f.object, f.status) == ("North Korea", "Russia", "planned")
    f = run("उत्तरी कोरिया ने 500 सैनिक भेजे।", "500", topic_object="")
    assert f.object == ""


# ---------------------------------------------------------------- Indian news, end to end

# (sentence, number, describe kwargs, kind, subject, object, status)
NEWS_CASES = [
    # elections (GUIDE): seats won -> the party, object the state whose house it is
    ("हरियाणा विधानसभा चुनाव में भाजपा ने 48 सीटें जीतकर सरकार बनाई।", "48", {}, "seats", "BJP", "",
     "actual"),
    ("बिहार विधानसभा चुनाव में राजद को 75 सीटें मिली थीं।", "75", {}, "seats", "RJD", "", "actual"),
    ("लोकसभा चुनाव में समाजवादी पार्टी ने उत्तर प्रदेश की 37 सीटें जीतीं।", "37", {}, "seats",
     "Samajwadi Party", "Uttar Pradesh", "actual"),
    ("कांग्रेस ने हरियाणा में 37 सीटें जीतीं, जबकि भाजपा को 48 सीटें मिलीं।", "37", {}, "seats",
     "Congress", "Haryana", "actual"),
    ("कांग्रेस ने हरियाणा में 37 सीटें जीतीं, जबकि भाजपा को 48 सीटें मिलीं।", "48", {}, "seats", "BJP",
     "Haryana", "actual"),
    ("महाराष्ट्र में शिवसेना ने 57 सीटों पर जीत दर्ज की।", "57", {}, "seats", "Shiv Sena", "Maharashtra",
     "actual"),
    ("झामुमो इस बार 43 सीटों पर चुनाव लड़ेगा।", "43", {}, "seats", "JMM", "", "planned"),
    ("सर्वे के मुताबिक कांग्रेस को 30 सीटें मिल सकती हैं।", "30", {}, "seats", "Congress", "", "possible"),
    ("राहुल गांधी ने रायबरेली सीट 3.9 लाख वोटों से जीती।", "3.9 लाख", {}, "votes", "Rahul Gandhi", "",
     "actual"),
    ("कांग्रेस नेता राहुल गांधी 2019 में अमेठी से चुनाव हार गए थे।", "2019", {"is_date": True}, "date",
     "Rahul Gandhi", "", "actual"),
    # accidents and disasters: the place
    ("तमिलनाडु में बस और ट्रक की टक्कर में 9 लोगों की मौत हो गई।", "9", {}, "killed", "Tamil Nadu", "",
     "actual"),
    ("जयपुर में गैस टैंकर में विस्फोट से 20 लोगों की जान चली गई।", "20", {}, "killed", "Jaipur", "",
     "actual"),
    ("मध्य प्रदेश में सड़क हादसे में 15 यात्री घायल हो गए।", "15", {}, "wounded", "Madhya Pradesh", "",
     "actual"),
    ("असम में बाढ़ से 24 लाख लोग प्रभावित हुए हैं।", "24 लाख", {}, "people", "Assam", "", "actual"),
    ("हिमाचल प्रदेश में भूस्खलन के बाद 30 लोग लापता हैं।", "30", {}, "missing", "Himachal Pradesh", "",
     "actual"),
    ("सिक्किम में बादल फटने से 100 से ज्यादा लोग लापता हो गए।", "100 से ज्यादा", {}, "missing", "Sikkim",
     "", "actual"),
    ("ओडिशा में चक्रवात के कारण 10 लाख लोगों को सुरक्षित स्थानों पर पहुंचाया गया।", "10 लाख", {},
     "people", "Odisha", "", "actual"),
    ("जम्मू-कश्मीर में आतंकी हमले में 5 जवान शहीद हो गए।", "5", {}, "killed", "Jammu and Kashmir", "",
     "actual"),
    ("केरल में निपाह वायरस से 2 लोगों की मौत के बाद अलर्ट जारी किया गया।", "2", {}, "killed", "Kerala",
     "", "actual"),
    # budgets and money: the government or state
    ("केंद्र सरकार ने रेलवे के लिए 2.55 लाख करोड़ रुपये का प्रावधान किया है।", "2.55 लाख करोड़ रुपये",
     {"unit": "INR"}, "money", "India", "", "planned"),
    ("बिहार सरकार ने बाढ़ पीड़ितों को 7000 रुपये की सहायता देने का ऐलान किया।", "7000 रुपये",
     {"unit": "INR"}, "money", "Bihar", "", "planned"),
    ("उत्तर प्रदेश सरकार का बजट 7.36 लाख करोड़ रुपये का है।", "7.36 लाख करोड़ रुपये", {"unit": "INR"},
     "money", "Uttar Pradesh", "", "actual"),
    ("कर्नाटक सरकार ने गारंटी योजनाओं पर 52,000 करोड़ रुपये खर्च किए।", "52,000 करोड़ रुपये",
     {"unit": "INR"}, "money", "Karnataka", "", "actual"),
    ("मुख्यमंत्री योगी आदित्यनाथ ने 25 लाख युवाओं को टैबलेट देने की घोषणा की।", "25 लाख", {},
     "people", "Yogi Adityanath", "", "planned"),
    ("रिजर्व बैंक ने रेपो दर 6.5 प्रतिशत पर बरकरार रखी।", "6.5 प्रतिशत", {"unit": "percent"}, "percent",
     "RBI", "", "actual"),
    # police and investigators: who made the arrest
    ("दिल्ली पुलिस ने साइबर ठगी के मामले में 12 आरोपियों को गिरफ्तार किया।", "12", {}, "captured",
     "Delhi Police", "", "actual"),
    ("सीबीआई ने रिश्वत मामले में 2 अधिकारियों को गिरफ्तार किया।", "2", {}, "captured", "CBI", "",
     "actual"),
    ("एनआईए ने आतंकी साजिश के मामले में 6 संदिग्धों को हिरासत में लिया है।", "6", {}, "captured", "NIA",
     "", "actual"),
    ("दिल्ली पुलिस ने 4 बदमाशों को पकड़ा।", "4", {}, "captured", "Delhi Police", "", "actual"),
    # neighbours and war: the counted people belong to their side (GUIDE); who killed them is the object
    ("पाकिस्तान ने नियंत्रण रेखा पर 3 भारतीय जवानों को मार दिया।", "3", {}, "killed", "India", "Pakistan",
     "actual"),
    ("भारत ने बांग्लादेश को 50,000 टन चावल भेजा।", "50,000", {}, "count", "India", "Bangladesh", "actual"),
    ("चीन ने भारत से लगी सीमा पर 50,000 सैनिक तैनात किए हैं।", "50,000", {}, "troops", "China", "India",
     "actual"),
    ("अमेरिका ने भारत पर 25 प्रतिशत टैरिफ लगाया।", "25 प्रतिशत", {"unit": "percent"}, "percent",
     "United States", "India", "actual"),
    ("भारत और पाकिस्तान के बीच 1972 में शिमला समझौता हुआ था।", "1972", {"is_date": True}, "date", "India",
     "Pakistan", "actual"),
    # a war named as the backdrop is not the date's event
    ("उत्तर कोरियाई नेता किम जोंग उन ने 2023 में यूक्रेन युद्ध के बीच पुतिन से मुलाकात की।", "2023",
     {"is_date": True}, "date", "Kim Jong Un", "Vladimir Putin", "actual"),
]


@pytest.mark.parametrize(("sentence", "number", "kw", "kind", "subject", "obj", "status"), NEWS_CASES)
def test_indian_news(sentence: str, number: str, kw: dict, kind: str, subject: str, obj: str,
                     status: str) -> None:
    f = run(sentence, number, **kw)
    assert (f.kind, f.subject, f.object, f.status) == (kind, subject, obj, status), f.reasons


# ---------------------------------------------------------------- what the document established


def in_document(earlier: list[str], sentence: str, number: str, **kw) -> roles.ClaimFields:
    """Describe ``number`` in ``sentence`` after a Discourse has read ``earlier``."""
    d = Discourse()
    for x in earlier:
        x = fold(x)[0]
        d.update(x, ents(x))
    s = fold(sentence)[0]
    n = fold(number)[0]
    i = s.index(n)
    return d.describe(s, i, i + len(n), ents(s), **kw)


# a war, invasion or campaign against a state is the state's act: its leader stands for it
STATE_ACT_CASES = [
    (["इजरायल के प्रधानमंत्री बेंजामिन नेतन्याहू ने संसद को संबोधित किया।"],
     "नेतन्याहू गाजा के खिलाफ अपना अभियान जारी रखेंगे, जो अक्टूबर 2023 में शुरू हुआ था।", "अक्टूबर 2023",
     "Israel", "Gaza"),
    ([], "रूसी राष्ट्रपति व्लादिमीर पुतिन ने 24 फरवरी 2022 को यूक्रेन पर आक्रमण का आदेश दिया था।",
     "24 फरवरी 2022", "Russia", "Ukraine"),
    (["चीनी राष्ट्रपति शी जिनपिंग ने सेना को तैयार रहने को कहा।"],
     "शी जिनपिंग ने ताइवान के खिलाफ सैन्य अभियान की बात कही, जो 2027 तक शुरू हो सकता है।", "2027",
     "China", "Taiwan"),
    (["रूस के राष्ट्रपति व्लादिमीर पुतिन ने टीवी पर भाषण दिया।"],
     "पुतिन ने कहा कि यूक्रेन में युद्ध, जो 2022 में शुरू हुआ था, जल्द खत्म होगा।", "2022",
     "Russia", ""),
    # not a state's act: a campaign with no state target, a political attack, a meeting
    (["भारत के प्रधानमंत्री नरेंद्र मोदी ने देश को संबोधित किया।"],
     "नरेंद्र मोदी ने 2014 में स्वच्छता अभियान शुरू किया था।", "2014", "Narendra Modi", ""),
    (["कांग्रेस नेता राहुल गांधी ने रैली की।"],
     "राहुल गांधी ने 2019 में भाजपा पर हमला बोला था।", "2019", "Rahul Gandhi", "BJP"),
    (["उत्तर कोरिया के सर्वोच्च नेता किम जोंग उन ने मिसाइल परीक्षण देखा।"],
     "किम जोंग उन ने 2023 में यूक्रेन युद्ध के बीच पुतिन से मुलाकात की।", "2023", "Kim Jong Un",
     "Vladimir Putin"),
]


@pytest.mark.parametrize(("earlier", "sentence", "date", "subject", "obj"), STATE_ACT_CASES)
def test_state_act_date(earlier: list[str], sentence: str, date: str, subject: str, obj: str) -> None:
    f = in_document(earlier, sentence, date, is_date=True)
    assert (f.subject, f.object) == (subject, obj), f.reasons


# "दोनों देश": the document's two most-mentioned states, the topic's first
BOTH_STATES_CASES = [
    (["भारत ने पाकिस्तान पर आतंकवाद को बढ़ावा देने का आरोप लगाया।",
      "पाकिस्तान ने भारत के आरोपों को खारिज किया।", "अमेरिका ने संयम बरतने की अपील की।"],
     "दोनों देशों के बीच 1972 में शिमला समझौता हुआ था।", "1972", {"is_date": True}, "India", "Pakistan"),
    (["अमेरिका और चीन के बीच व्यापार युद्ध तेज हो गया है।", "चीन ने अमेरिकी सामान पर नए शुल्क लगाए।"],
     "दोनों देशों के बीच पिछले साल 575 अरब डॉलर का व्यापार हुआ।", "575 अरब डॉलर", {"unit": "USD"},
     "China", "United States"),
    (["रूस और यूक्रेन के बीच बातचीत फिर शुरू हुई।", "यूक्रेन ने रूस पर हमले तेज करने का आरोप लगाया।"],
     "दोनों देशों ने 95 युद्धबंदियों की अदला-बदली की।", "95", {}, "Ukraine", "Russia"),
    (["तुर्की के राष्ट्रपति एर्दोगन ने रूस से संबंध मजबूत करने की बात कही।",
      "एर्दोगन ने कहा कि रूस और तुर्की के रिश्ते अहम हैं।"],
     "दोनों देश 2030 तक व्यापार 100 अरब डॉलर तक ले जाएंगे।", "2030", {"is_date": True}, "Turkey", "Russia"),
    # one state only: nothing to pair
    (["भारत ने नई नीति बनाई।"], "दोनों देशों ने 95 युद्धबंदियों की अदला-बदली की।", "95", {}, "India", ""),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "kw", "subject", "obj"), BOTH_STATES_CASES)
def test_both_states(earlier: list[str], sentence: str, number: str, kw: dict, subject: str,
                     obj: str) -> None:
    f = in_document(earlier, sentence, number, **kw)
    assert (f.subject, f.object) == (subject, obj), f.reasons


# a visit's destination holds for later mentions of "the visit"; the visitor's state is never it
VISIT_CASES = [
    (["जापान के दौरे पर गए प्रधानमंत्री मोदी ने निवेशकों से मुलाकात की।"],
     "प्रधानमंत्री मोदी का यह दो दिवसीय दौरा शनिवार को खत्म होगा।", "दो", {"unit": "day"},
     "Narendra Modi", "Japan"),
    (["अमेरिकी विदेश मंत्री एंटनी ब्लिंकन इजरायल की यात्रा पर पहुंचे।",
      "ब्लिंकन ने अमेरिका के समर्थन का भरोसा दिलाया।"],
     "ब्लिंकन की यह तीन दिन की यात्रा अहम मानी जा रही है।", "तीन", {"unit": "day"}, "Antony Blinken",
     "Israel"),
    (["चीनी राष्ट्रपति शी जिनपिंग रूस के दौरे पर हैं।", "चीन ने रूस को समर्थन देने की बात कही।"],
     "शी जिनपिंग का यह दौरा सोमवार को शुरू हुआ।", "सोमवार", {"is_date": True}, "Xi Jinping", "Russia"),
    # no destination known: the visitor's own state is not the object
    ([], "रूसी विदेश मंत्री लावरोव का यह तीन दिवसीय दौरा अहम है।", "तीन", {"unit": "day"},
     "Sergey Lavrov", ""),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "kw", "subject", "obj"), VISIT_CASES)
def test_visit_destination(earlier: list[str], sentence: str, number: str, kw: dict, subject: str,
                           obj: str) -> None:
    f = in_document(earlier, sentence, number, **kw)
    assert (f.subject, f.object) == (subject, obj), f.reasons


def test_visit_destination_persists_through_sentences_without_entities() -> None:
    d = Discourse()
    first = fold("जापान के दौरे पर गए प्रधानमंत्री मोदी ने निवेशकों से मुलाकात की।")[0]
    d.update(first, ents(first))
    assert d.visit_dest == "Japan"
    d.update(fold("बैठक में कई मुद्दों पर बात हुई।")[0], [])
    assert d.visit_dest == "Japan"


DATELINE_CASES = [
    # the city a report was filed from is no actor, neither here nor as a later topic
    (["जयपुर, 14 अगस्त (भाषा)।"], "बाढ़ से अब तक 23 लोगों की मौत हो चुकी है।", "23", ""),
    (["दिल्ली:"], "भारी बारिश के बाद 7 लोग लापता हैं।", "7", ""),
    ([], "मॉस्को: नरेंद्र मोदी ने 2 दिन की यात्रा शुरू की।", "2", "Narendra Modi"),
    ([], "जयपुर, 3 मार्च। असम में बाढ़ से 12 लोगों की मौत हो गई।", "12", "Assam"),
    # a place opening an ordinary sentence is still one
    ([], "बिहार में 40 लोगों की मौत हो गई।", "40", "Bihar"),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "subject"), DATELINE_CASES)
def test_dateline_is_no_actor(earlier: list[str], sentence: str, number: str, subject: str) -> None:
    d = Discourse()
    for e in earlier:
        s = fold(e)[0]
        d.update(s, ents(s))
    s = fold(sentence)[0]
    i = s.index(number)
    f = d.describe(s, i, i + len(number), ents(s))
    assert f.subject == subject, f.reasons


DENIAL_CASES = [
    # an anaphor points back at the previous sentence's claim
    ("विश्व स्वास्थ्य संगठन ने इन दावों का खंडन किया है।", "इन दावों का खंडन किया है"),
    ("कंपनी के प्रवक्ता ने इसका खंडन किया।", "इसका खंडन किया"),
    ("बोर्ड ने ऐसी खबरों को झूठा करार दिया।", "ऐसी खबरों को झूठा करार दिया"),
    ("किसान संगठनों ने इसे गलत बताया।", "इसे गलत बताया"),
    ("पुलिस ने इन आरोपों को खारिज कर दिया।", "इन आरोपों को खारिज कर दिया"),
    # a figure-less sentence whose act is a denial
    ("चीनी विदेश मंत्रालय ने जहाज भेजने से इनकार किया।", "इनकार किया"),
    # negatives: negated denial, a denial of the sentence's own figure, a कि clause, an adverb
    ("क्लब ने इससे इनकार नहीं किया।", ""),
    ("संघ ने 40 खिलाड़ियों के निलंबन की खबर को गलत बताया।", ""),
    ("यह गलत है कि स्कूल बंद होंगे।", ""),
    ("गलत तरीके से 20 ट्रक रोके गए।", ""),
    ("राज्य सरकार ने 300 करोड़ रुपये का प्रावधान किया।", ""),
]


@pytest.mark.parametrize(("sentence", "cue"), DENIAL_CASES)
def test_denies_previous(sentence: str, cue: str) -> None:
    want = fold(cue)[0] if cue else ""
    assert roles.denies_previous(fold(sentence)[0]) == want


def test_quoted_speaker_does_not_replace_the_topic() -> None:
    d = Discourse()
    for e in ["केंद्र सरकार ने किसानों के लिए नई बीमा योजना शुरू की।",
              "कांग्रेस ने आरोप लगाया कि योजना अधूरी है।"]:
        s = fold(e)[0]
        d.update(s, ents(s))
    s = fold("योजना पर 8,000 करोड़ रुपये खर्च होंगे।")[0]
    i = s.index("8,000")
    assert d.describe(s, i, i + 5, ents(s), unit="INR").subject == "India"


# a sentence with no actor of its own takes the document's main actor, not the last one named
MAIN_TOPIC_CASES = [
    (["केंद्र सरकार ने नई शिक्षा नीति का मसौदा जारी किया।", "सरकार ने शिक्षकों की भर्ती पर जोर दिया।",
      "नीति आयोग ने इस पर रिपोर्ट तैयार की।"],
     "स्कूलों के लिए 9,400 करोड़ रुपये का प्रावधान किया गया है।", "9,400 करोड़ रुपये", "India"),
    (["जापान ने नई रक्षा नीति घोषित की।", "जापान ने अपनी सेना के आधुनिकीकरण पर जोर दिया।",
      "नाटो ने इस कदम का स्वागत किया।"],
     "इसके लिए 43 अरब डॉलर रखे गए हैं।", "43 अरब डॉलर", "Japan"),
    (["बीसीसीआई ने घरेलू सत्र का कार्यक्रम जारी किया।", "बीसीसीआई ने खिलाड़ियों के अनुबंध बढ़ाए।",
      "आईसीसी ने नियमों में बदलाव किया।"],
     "महिला खिलाड़ियों के लिए 120 नए अनुबंध तय किए गए हैं।", "120 नए अनुबंध", "BCCI"),
    # negatives: a sentence with an actor of its own keeps it
    (["जापान ने नई रक्षा नीति घोषित की।", "जापान ने सेना पर जोर दिया।"],
     "नाटो ने 12 अरब डॉलर की मदद दी।", "12 अरब डॉलर", "NATO"),
    (["केंद्र सरकार ने नई शिक्षा नीति का मसौदा जारी किया।"],
     "नीति आयोग ने 3 प्रतिशत वृद्धि का अनुमान लगाया।", "3 प्रतिशत", "NITI Aayog"),
]


# a place its own clause names before the figure, not the earlier sentence's topic
CLAUSE_PLACE_CASES = [
    # also in a document's first line, with no topic yet: not a place of a later clause
    ([], "असम में अब 27 गैंडे: 16 शावक भारत की धरती पर जन्मे", "27", "Assam"),
    (["पंजाब में गेहूं की सरकारी खरीद 65 लाख टन हो गई।"],
     "हरियाणा में अब तक लगभग 50 लाख टन गेहूं खरीदा जा चुका है।", "लगभग 50 लाख टन", "Haryana"),
    (["मुंबई में पेट्रोल 103.50 रुपये प्रति लीटर बिका।"],
     "दिल्ली में पेट्रोल 94.72 रुपये प्रति लीटर पर स्थिर रहा।", "94.72 रुपये", "Delhi", "INR"),
    (["कर्नाटक में बारिश 26 प्रतिशत कम रही।"],
     "तमिलनाडु में 1.2 लाख हेक्टेयर फसल प्रभावित हुई।", "1.2 लाख हेक्टेयर", "Tamil Nadu"),
    # the state just named and then called "राज्य ने" is that state, not the document's main one
    (["पंजाब में 62.5 लाख टन गेहूं खरीदा गया।", "पंजाब में 70 लाख टन की आवक हुई।", "पंजाब के किसान खुश हैं।",
      "हरियाणा में अब तक लगभग 50 लाख टन गेहूं खरीदा जा चुका है।"],
     "राज्य ने इस सीजन के लिए 72 लाख टन का लक्ष्य रखा है।", "72 लाख टन", "Haryana"),
    # "वहां" is the place just named
    (["पंजाब में 62.5 लाख टन गेहूं खरीदा गया।", "पंजाब में 70 लाख टन की आवक हुई।", "पंजाब के किसान खुश हैं।",
      "पड़ोसी राज्य हरियाणा में अब तक 62 लाख टन गेहूं की खरीद हुई है।"],
     "वहां का लक्ष्य 75 लाख टन है।", "75 लाख टन", "Haryana"),
    # "यहां" too, in a disaster's report: the district just named, not the state the report leads with
    (["केरल में भारी बारिश से अब तक 60 लोगों की मौत हो गई है।", "वायनाड में सबसे ज्यादा नुकसान हुआ है।"],
     "यहां अब तक 17 लोगों की मौत हुई है।", "17", "Wayanad"),
    # negatives: money for something in a place is the payer's; a list of places is no one place's;
    # a side's soldiers in a country are not that country's
    (["केंद्र सरकार ने बजट पेश किया।"],
     "बजट में बिहार में सड़क परियोजनाओं के लिए 26,000 करोड़ रुपये रखे गए।", "26,000 करोड़ रुपये", "India", "INR"),
    (["सीबीआई ने बैंक धोखाधड़ी में कंपनी के खिलाफ केस दर्ज किया।"],
     "अब तक दिल्ली और मुंबई में 21 स्थानों पर छापे मारे गए।", "21 स्थानों", "CBI"),
    (["उत्तर कोरिया ने रूस की मदद के लिए सेना भेजी।"],
     "कुर्स्क में 11,000 सैनिक तैनात किए गए हैं।", "11,000 सैनिक", "North Korea"),
]


@pytest.mark.parametrize("case", CLAUSE_PLACE_CASES)
def test_a_place_of_the_clause_before_the_topic(case: tuple[str, ...]) -> None:
    earlier, sentence, number, subject, *unit = case
    assert in_document(earlier, sentence, number, unit=unit[0] if unit else "").subject == subject


@pytest.mark.parametrize(("earlier", "sentence", "number", "subject"), MAIN_TOPIC_CASES)
def test_main_topic_for_sentences_without_actor(earlier: list[str], sentence: str, number: str,
                                               subject: str) -> None:
    assert in_document(earlier, sentence, number).subject == subject


# a bare government in a document about India is India; राज्य सरकार the Indian state named most
GOVERNMENT_CASES = [
    (["महाराष्ट्र में किसानों ने आंदोलन किया।", "मुंबई में भी प्रदर्शन हुए।"],
     "सरकार ने 6,000 करोड़ रुपये की कर्ज माफी की घोषणा की।", "6,000 करोड़ रुपये", "India"),
    (["कर्नाटक के कई जिलों में सूखा पड़ा है।", "कर्नाटक में फसलें बर्बाद हुईं।"],
     "राज्य सरकार ने 2,000 रुपये मुआवजा देने की घोषणा की।", "2,000 रुपये", "Karnataka"),
    (["तमिलनाडु में बाढ़ से भारी नुकसान हुआ।", "चेन्नई में स्कूल बंद रहे।"],
     "केंद्र ने 450 करोड़ रुपये की सहायता जारी की।", "450 करोड़ रुपये", "India"),
    (["उत्तर प्रदेश और बिहार में शीतलहर है।", "उत्तर प्रदेश में 12 लोगों की मौत हुई।"],
     "प्रदेश सरकार ने 800 अलाव जलवाने का आदेश दिया।", "800 अलाव", "Uttar Pradesh"),
    # the state named just before, though the document names another more
    (["ओडिशा में चक्रवात से भारी नुकसान हुआ।", "ओडिशा में 5 लोगों की मौत हुई।", "ओडिशा में स्कूल बंद हैं।",
      "पड़ोसी पश्चिम बंगाल में भी तेज बारिश हुई।"],
     "राज्य सरकार ने 1.2 लाख लोगों को सुरक्षित जगहों पर पहुंचाया।", "1.2 लाख", "West Bengal"),
    # a disaster in one Indian state: a bare "सरकार" pays for that state
    (["तमिलनाडु के सलेम में जहरीली शराब पीने से 20 लोगों की मौत हो गई।", "तमिलनाडु में शोक है।"],
     "सरकार ने मृतकों के परिजनों को 10 लाख रुपये देने की घोषणा की।", "10 लाख रुपये", "Tamil Nadu"),
    # the Union Cabinet is India's government; a state's cabinet is not
    (["महाराष्ट्र में किसानों ने आंदोलन किया।"],
     "केंद्रीय मंत्रिमंडल ने धान का एमएसपी 69 रुपये बढ़ा दिया।", "69 रुपये", "India"),
    (["महाराष्ट्र में किसानों ने आंदोलन किया।", "महाराष्ट्र में बारिश हुई।"],
     "राज्य मंत्रिमंडल ने 2,000 करोड़ रुपये के पैकेज को मंजूरी दी।", "2,000 करोड़ रुपये", "Maharashtra"),
    # negatives: a document about another country; केंद्र as "centre"
    (["जर्मनी में ऊर्जा संकट गहराया।", "जर्मनी और फ्रांस ने बैठक की।"],
     "सरकार ने 200 अरब यूरो के पैकेज की घोषणा की।", "200 अरब यूरो", "Germany"),  # not India
    (["महाराष्ट्र में किसानों ने आंदोलन किया।"],
     "स्वास्थ्य केंद्र में 40 बिस्तर जोड़े गए।", "40 बिस्तर", "Maharashtra"),
]


# a state named by a common noun ("राज्य के 9 जिले", "प्रदेश में 246 सड़कें") is the figure's scope,
# though the disaster happened in one district of it
STATE_SCOPE_CASES = [
    (["मिजोरम की राजधानी आइजोल में भूस्खलन से 21 लोगों की मौत हो गई।", "आइजोल में कई मकान ढह गए।"],
     "राज्य के 11 जिलों में से 9 जिले प्रभावित हैं।", "9 जिले", "Mizoram"),
    (["हिमाचल प्रदेश के मंडी जिले में बादल फटने से तबाही मची।", "मंडी में चार लोगों की मौत हो गई।"],
     "लोक निर्माण विभाग के मुताबिक प्रदेश में 246 सड़कें बंद हैं।", "246 सड़कें", "Himachal Pradesh"),
    (["असम के धेमाजी जिले में बाढ़ से हालात बिगड़े।", "धेमाजी में कई गांव डूब गए।"],
     "राज्य में अब तक 52 लोगों की मौत हो चुकी है।", "52 लोगों", "Assam"),
    (["ओडिशा के केंद्रपाड़ा में चक्रवात से भारी नुकसान हुआ।", "केंद्रपाड़ा में पेड़ उखड़ गए।"],
     "राज्यभर में 1.2 लाख लोगों को सुरक्षित जगहों पर पहुंचाया गया।", "1.2 लाख", "Odisha"),
    (["बिहार और उत्तर प्रदेश में भीषण लू चल रही है।", "पटना में पारा 45 डिग्री पहुंचा।"],
     "पिछले साल देश में लू से 110 लोगों की मौत दर्ज की गई थी।", "110 लोगों", "India"),
    # negatives: a state official's genitive is no scope; the district's own toll stays the district's
    (["मिजोरम की राजधानी आइजोल में भूस्खलन से भारी तबाही हुई।", "आइजोल में कई मकान ढह गए।"],
     "राज्य के आपदा प्रबंधन मंत्री ने बताया कि आइजोल में 21 लोगों की मौत हुई है।", "21", "Aizawl"),
    (["हिमाचल प्रदेश के मंडी जिले में बादल फटने से तबाही मची।", "मंडी में कई मकान बह गए।"],
     "मंडी में चार लोगों की मौत हो गई है।", "चार", "Mandi"),
]


def in_real_document(earlier: list[str], sentence: str, number: str) -> roles.ClaimFields:
    """:func:`in_document` with the entities the shipped gazetteer finds (places of every state)."""
    gaz = default_gazetteer()
    gaz.forget()
    d = Discourse()
    for x in earlier:
        x = fold(x)[0]
        d.update(x, gaz.find(x))
    s, n = fold(sentence)[0], fold(number)[0]
    q = next(q for q in find_quantities(s) if q.start <= s.index(n) < q.end)
    return d.describe(s, q.start, q.end, gaz.find(s), unit=q.unit)


@pytest.mark.parametrize(("earlier", "sentence", "number", "subject"), STATE_SCOPE_CASES)
def test_state_named_by_a_common_noun(earlier: list[str], sentence: str, number: str, subject: str) -> None:
    f = in_real_document(earlier, sentence, number)
    assert f.subject == subject, f.reasons


# in an event without two sides: a body's act is the body's count (GUIDE: other counts are the
# actor's); arrests are the police's; ex gratia no payer names is the state's, not the city's
BODY_CASES = [
    (["ओडिशा के बालासोर में ट्रेन हादसे में 40 लोगों की मौत हो गई।", "बालासोर में राहत कार्य जारी है।"],
     "ईस्ट कोस्ट रेलवे ने एहतियातन 58 ट्रेनें रद्द कर दीं।", "58 ट्रेनें", "East Coast Railway"),
    (["तमिलनाडु के सलेम में जहरीली शराब पीने से 20 लोगों की मौत हो गई।", "सलेम में मातम है।"],
     "पुलिस ने अब तक 14 आरोपियों को गिरफ्तार किया है।", "14 आरोपियों", "Tamil Nadu Police"),
    (["तमिलनाडु के सलेम में जहरीली शराब पीने से 20 लोगों की मौत हो गई।", "सलेम में मातम है।"],
     "मामले में अब तक 9 लोग गिरफ्तार किए गए हैं।", "9 लोग", "Tamil Nadu Police"),
    (["उत्तर प्रदेश के लखनऊ में एक अस्पताल में आग लगने से 6 मरीजों की मौत हो गई।", "लखनऊ में जांच शुरू हुई।"],
     "मृतकों के परिजनों को 4 लाख रुपये की आर्थिक सहायता दी जाएगी।", "4 लाख रुपये", "Uttar Pradesh"),
    # negatives: people rescued stay the place's; a payer the clause names pays its own
    (["ओडिशा के बालासोर में ट्रेन हादसे में 40 लोगों की मौत हो गई।", "बालासोर में राहत कार्य जारी है।"],
     "एनडीआरएफ ने 120 लोगों को सुरक्षित निकाला।", "120 लोगों", "Balasore"),
    (["उत्तर प्रदेश के लखनऊ में एक अस्पताल में आग लगने से 6 मरीजों की मौत हो गई।", "लखनऊ में जांच शुरू हुई।"],
     "प्रधानमंत्री राष्ट्रीय राहत कोष से मृतकों के परिजनों को 2 लाख रुपये दिए जाएंगे।", "2 लाख रुपये", "PMNRF"),
    (["गुजरात के वडोदरा में पुल गिरने से 9 लोगों की मौत हो गई।", "वडोदरा में बचाव कार्य जारी है।"],
     "राज्य सरकार की ओर से 4 लाख रुपये, वहीं प्रधानमंत्री राहत कोष से 2 लाख रुपये की अनुग्रह राशि दी जाएगी।",
     "2 लाख रुपये", "PMNRF"),
    # a bracketed short name is no clause of its own
    (["गुजरात के वडोदरा में पुल गिरने से 9 लोगों की मौत हो गई।", "वडोदरा में बचाव कार्य जारी है।"],
     "प्रधानमंत्री राष्ट्रीय राहत कोष (PMNRF) से भी मृतकों के परिजनों को 2 लाख रुपये दिए जाएंगे।", "2 लाख रुपये",
     "PMNRF"),
]


# a flood's toll named for the state is the state's; a quake's named for its country is the toll
# where it struck (the district the report is about)
WIDESPREAD_CASES = [
    (["बिहार के दरभंगा में कोसी का तटबंध टूटा, बाढ़ से कई गांव डूबे।", "दरभंगा में हालात गंभीर हैं।",
      "दरभंगा के किरतपुर में सेना बुलाई गई।"],
     "बिहार में बाढ़ से मरने वालों की संख्या बढ़कर 12 हो गई है।", "12", "Bihar"),
    (["ओडिशा के केंद्रपाड़ा में चक्रवात से भारी तबाही हुई।", "केंद्रपाड़ा में हजारों पेड़ उखड़ गए।"],
     "ओडिशा में चक्रवात से अब तक 4 लोगों की मौत हुई है।", "4", "Odisha"),
    (["नेपाल के सिंधुपालचोक जिले में भूकंप का केंद्र था।", "सिंधुपालचोक में सैकड़ों मकान ढह गए।"],
     "नेपाल में भूकंप से 95 लोगों की मौत हो गई है।", "95", "Sindhupalchok"),
    # a spreading disaster's toll that names no place is the region's, not the district the report dwells on
    (["बिहार के नालंदा में ठनका गिरने से नौ लोगों की मौत हो गई।", "नालंदा में कई घर गिरे।", "नालंदा में शोक है।"],
     "आपदा प्रबंधन विभाग के अनुसार ठनका गिरने से कुल 25 लोगों की मौत हो गई।", "25", "Bihar"),
    # the report's own district, named with its figure, stays the district's
    (["बिहार के दरभंगा में कोसी का तटबंध टूटा, बाढ़ से कई गांव डूबे।", "दरभंगा में हालात गंभीर हैं।"],
     "दरभंगा में बाढ़ से 5 लोगों की मौत हुई है।", "5", "Darbhanga"),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "subject"), WIDESPREAD_CASES)
def test_a_widespread_disasters_toll_for_a_state(earlier: list[str], sentence: str, number: str,
                                                  subject: str) -> None:
    f = in_real_document(earlier, sentence, number)
    assert (f.kind, f.subject) == ("killed", subject), f.reasons


# a part of a toll: "मृतकों में" with a place between, a relative after the toll, and the list after it
PART_OF_TOLL_CASES = [
    ("मृतकों में मुंबई के चार श्रद्धालु और दो स्थानीय लोग शामिल हैं।", "चार श्रद्धालु", "killed"),
    ("मृतकों में मुंबई के चार श्रद्धालु और दो स्थानीय लोग शामिल हैं।", "दो स्थानीय लोग", "killed"),
    ("देश में मृतकों की संख्या बढ़कर 20 हो गई है, जिनमें 14 आम नागरिक और छह सैनिक शामिल हैं।", "14 आम नागरिक",
     "killed"),
    ("देश में मृतकों की संख्या बढ़कर 20 हो गई है, जिनमें 14 आम नागरिक और छह सैनिक शामिल हैं।", "छह सैनिक", "killed"),
    # a longer list drawn from the dead; a list after the toll that says its parts are included
    ("सूची के मुताबिक मृतकों में 11 महिलाएं, 5 बच्चे और 2 पुरुष हैं।", "2 पुरुष", "killed"),
    ("भगदड़ में 18 मौतें, 11 महिलाएं और 5 बच्चे शामिल।", "11 महिलाएं", "killed"),
    ("भगदड़ में 18 मौतें, 11 महिलाएं और 5 बच्चे शामिल।", "5 बच्चे", "killed"),
    # negatives: a relative after people who are not a loss; a plain list; a list after a toll that
    # says no part of it is included
    ("बाढ़ से 40 लोग प्रभावित हुए हैं, जिनमें 12 बच्चे हैं।", "12 बच्चे", "people"),
    ("भगदड़ में 18 मौतें, 11 महिलाएं और 5 बच्चे अस्पताल में भर्ती।", "11 महिलाएं", "people"),
    ("गांव में 40 लोग और 12 बच्चे फंसे हैं।", "12 बच्चे", "people"),
]


@pytest.mark.parametrize(("sentence", "number", "kind"), PART_OF_TOLL_CASES)
def test_a_part_of_a_toll(sentence: str, number: str, kind: str) -> None:
    f = in_real_document([], sentence, number)
    assert f.kind == kind, f.reasons


# soldiers and policemen on duty at a disaster or a count are workers; in a war, a side's troops
DUTY_CASES = [
    (["उत्तरकाशी में हेलिकॉप्टर हादसा हुआ।"], "एसडीआरएफ और सेना के 200 जवान बचाव कार्य में लगे हैं।", "200 जवान",
     "workers"),
    (["इंदौर नगर निगम चुनाव की मतगणना जारी है।"], "मतगणना केंद्र पर 1,200 पुलिसकर्मी तैनात हैं।", "1,200 पुलिसकर्मी",
     "workers"),
    (["रूस और यूक्रेन के बीच युद्ध जारी है।"], "रूस ने मोर्चे पर 5,000 सैनिक भेजे।", "5,000 सैनिक", "troops"),
    # an army's soldiers sent to a disaster, no rescue force named with them, stay troops
    (["उत्तरकाशी में हेलिकॉप्टर हादसा हुआ।"], "आईटीबीपी और सेना के 90 जवान तलाशी अभियान में जुटे हैं।", "90 जवान",
     "troops"),
    (["बाढ़ से राज्य में भारी तबाही हुई है।"], "सरकार ने राहत के लिए 4,000 और सैनिक भेजने का फैसला किया।", "4,000 और सैनिक",
     "troops"),
    # policemen are a force's workers whatever the event (a yatra with no disaster in it too)
    (["कांवड़ यात्रा की तैयारियां पूरी हो गई हैं।"], "यात्रा मार्ग पर 15 हजार पुलिसकर्मी तैनात किए गए हैं।",
     "15 हजार पुलिसकर्मी", "workers"),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "kind"), DUTY_CASES)
def test_men_on_duty_are_workers(earlier: list[str], sentence: str, number: str, kind: str) -> None:
    assert in_real_document(earlier, sentence, number).kind == kind


# a city council's election: its wards are seats, its house the city; a tally goes to the party
# whose account it went into
CIVIC_CASES = [
    (["मध्य प्रदेश के इंदौर नगर निगम चुनाव के नतीजे घोषित हो गए।"],
     "भाजपा ने 85 में से 64 वार्ड जीते।", "64 वार्ड", ("seats", "BJP", "Indore")),
    (["मध्य प्रदेश के इंदौर नगर निगम चुनाव के नतीजे घोषित हो गए।"],
     "कांग्रेस को 15 वार्डों में जीत मिली, जबकि पांच वार्ड निर्दलीयों के खाते में गए।", "पांच वार्ड",
     ("seats", "Independents", "Indore")),
    (["केरल विधानसभा चुनाव के नतीजे आ गए।"],
     "माकपा ने अकेले 62 सीटें जीतीं, जबकि भाकपा के खाते में 16 सीटें आईं।", "16 सीटें", ("seats", "CPI", "Kerala")),
    (["इंदौर नगर निगम चुनाव के नतीजे घोषित हो गए।"],
     "मध्य प्रदेश के इंदौर नगर निगम चुनाव में भाजपा ने 85 में से 65 वार्डों में जीत हासिल की।", "65 वार्डों",
     ("seats", "BJP", "Indore")),
    (["हरियाणा विधानसभा चुनाव के नतीजे घोषित हो गए।"], "राज्य में चार निर्दलीय भी जीते।", "चार निर्दलीय",
     ("seats", "Independents", "Haryana")),
    # a state assembly's election stays the state's
    (["महाराष्ट्र विधानसभा चुनाव के नतीजे घोषित हो गए।", "मुंबई में जश्न का माहौल है।"],
     "भाजपा ने 132 सीटें जीतीं।", "132 सीटें", ("seats", "BJP", "Maharashtra")),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "expected"), CIVIC_CASES)
def test_civic_elections_and_accounts(earlier: list[str], sentence: str, number: str,
                                      expected: tuple[str, str, str]) -> None:
    f = in_real_document(earlier, sentence, number)
    assert (f.kind, f.subject, f.object) == expected, f.reasons


# a gathering a disaster struck holds its crowds and its ground; its distances and money are the place's
GATHERING_CASES = [
    (["प्रयागराज में महाकुंभ के दौरान संगम तट पर भगदड़ मच गई।"],
     "सरकार को उम्मीद है कि महाकुंभ में कुल 45 करोड़ श्रद्धालु स्नान करेंगे।", "45 करोड़ श्रद्धालु", "Maha Kumbh"),
    (["प्रयागराज में महाकुंभ के दौरान संगम तट पर भगदड़ मच गई।"],
     "डीआईजी ने बताया कि हादसा संगम नोज से करीब 500 मीटर दूर हुआ।", "500 मीटर", "Prayagraj"),
    (["प्रयागराज में महाकुंभ के दौरान संगम तट पर भगदड़ मच गई।", "महाकुंभ में शोक है।"],
     "मृतकों के परिजनों को 25 लाख रुपये की सहायता दी जाएगी।", "25 लाख रुपये", "Uttar Pradesh"),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "subject"), GATHERING_CASES)
def test_what_a_gathering_holds(earlier: list[str], sentence: str, number: str, subject: str) -> None:
    f = in_real_document(earlier, sentence, number)
    assert f.subject == subject, f.reasons


def test_animals_lost_are_no_toll() -> None:
    f = in_real_document(["बिहार में ठनका गिरने से 25 लोगों की मौत हो गई।"],
                         "ठनका की चपेट में आकर 17 मवेशियों की भी मौत हो गई।", "17 मवेशियों")
    assert (f.kind, f.thing) == ("count", "animals"), f.reasons


# a bare number in brackets after a name is that person's age, no figure of the toll
AGE_CASES = [
    ("मृतकों में पायलट कैप्टन रॉबिन सिंह (45) और बी. भास्कर (51) शामिल हैं।", "45", True),
    ("मृतकों में पायलट कैप्टन रॉबिन सिंह (45) और बी. भास्कर (51) शामिल हैं।", "51", True),
    ("घायलों में सुनीता गुप्ता (38) भी हैं।", "38", True),
    # not an age: a figure named by its measure, a figure with a unit or a noun, a number too large
    ("हादसे में मरने वालों की संख्या (12) बताई गई है।", "12", False),
    ("कुल 42 (पुरुष 30, महिलाएं 12) लोगों की मौत हुई।", "42", False),
    ("सेना ने 1,20,000 (एक लाख बीस हजार) गोले दागे।", "1,20,000", False),
    ("विधानसभा की सीटें (243) पर मतदान हुआ।", "243", False),
]


@pytest.mark.parametrize(("sentence", "number", "age"), AGE_CASES)
def test_a_number_in_brackets_after_a_name_is_an_age(sentence: str, number: str, age: bool) -> None:
    f = in_real_document([], sentence, number)
    assert (f.thing == "age") == age, f.reasons


# an ex gratia names whom it is paid to: the object, when no other party is named
RECIPIENT_CASES = [
    ("राज्य सरकार ने मृतकों के परिजनों को 4 लाख रुपये देने की घोषणा की।", "4 लाख रुपये", "victims' families"),
    ("मृतकों के परिजनों को 2 लाख रुपये और घायलों को 50,000 रुपये दिए जाएंगे।", "50,000 रुपये", "injured"),
    ("गंभीर रूप से घायलों को एक लाख रुपये की सहायता मिलेगी।", "एक लाख रुपये", "injured"),
    # no recipient named: no object; a state named as recipient stays the object
    ("सरकार ने राहत कार्यों के लिए 100 करोड़ रुपये जारी किए।", "100 करोड़ रुपये", ""),
    ("भारत ने भूकंप राहत के लिए नेपाल को 10 करोड़ रुपये की सहायता दी।", "10 करोड़ रुपये", "Nepal"),
]


@pytest.mark.parametrize(("sentence", "number", "obj"), RECIPIENT_CASES)
def test_whom_a_payment_goes_to(sentence: str, number: str, obj: str) -> None:
    f = in_real_document([], sentence, number)
    assert (f.kind, f.object) == ("money", obj), f.reasons


@pytest.mark.parametrize(("earlier", "sentence", "number", "subject"), BODY_CASES)
def test_bodies_that_act_in_an_event_without_sides(earlier: list[str], sentence: str, number: str,
                                                   subject: str) -> None:
    f = in_real_document(earlier, sentence, number)
    assert f.subject == subject, f.reasons


@pytest.mark.parametrize(("earlier", "sentence", "number", "subject"), GOVERNMENT_CASES)
def test_bare_government_in_an_indian_document(earlier: list[str], sentence: str, number: str,
                                               subject: str) -> None:
    assert in_document(earlier, sentence, number).subject == subject


# places struck are the attacker's count; whose places they are is the object (GUIDE: other counts)
STRUCK_CASES = [
    ([], "भारतीय वायुसेना ने पाकिस्तान के 8 एयरबेस पर मिसाइलों से हमला किया।", "8 एयरबेस",
     "India", "Pakistan"),
    (["भारत और पाकिस्तान के बीच तनाव बढ़ गया है।"],
     "पाकिस्तान ने भारत के 18 सैन्य ठिकानों की ओर ड्रोन छोड़े।", "18", "Pakistan", "India"),
    (["भारत और पाकिस्तान के बीच तनाव बढ़ गया है।", "पाकिस्तान ने रात भर गोलाबारी की।"],
     "जवाब में पाकिस्तान के तीन एयर डिफेंस ठिकानों पर हमले किए गए।", "तीन", "India", "Pakistan"),
    (["रूस और यूक्रेन के बीच जंग जारी है।", "यूक्रेन ने कहा कि हमले रात भर चले।"],
     "रूस ने खारकीव समेत 12 शहरों में ऊर्जा ठिकानों को निशाना बनाया।", "12", "Russia", "Ukraine"),
    # no strike in the clause: whose places they are is the subject
    (["भारत और पाकिस्तान के बीच तनाव बढ़ गया है।"],
     "पाकिस्तान के 30 सैन्य ठिकाने सीमा के पास हैं।", "30", "Pakistan", "India"),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "subject", "obj"), STRUCK_CASES)
def test_places_struck_are_the_attackers_count(earlier: list[str], sentence: str, number: str,
                                                subject: str, obj: str) -> None:
    f = in_document(earlier, sentence, number)
    assert (f.kind, f.subject, f.object) == ("count", subject, obj), f.reasons


def test_air_defences_and_airbases_are_not_other_sites() -> None:
    a = in_document([], "भारत ने पाकिस्तान के 4 एयर डिफेंस ठिकानों पर हमला किया।", "4")
    b = in_document([], "भारत ने पाकिस्तान के 11 एयरबेस पर हमला किया।", "11")
    c = in_document([], "भारत ने पाकिस्तान के 9 ठिकानों पर हमला किया।", "9")
    assert (a.thing, b.thing) == ("air_defence_sites", "airbases")
    assert c.thing not in (a.thing, b.thing)


# a side's losses: whose attack inflicted them is the object; "उसके" is the speaker's own side;
# a later loss of the same sentence with no actor of its own is the same side's
LOSS_SIDE_CASES = [
    (["भारत और पाकिस्तान के बीच संघर्ष जारी है।"],
     "पाकिस्तानी सेना के प्रवक्ता ने कहा कि भारत की बमबारी में उसके 7 सैनिक मारे गए।", "7",
     "Pakistan", "India"),
    (["भारत और पाकिस्तान के बीच संघर्ष जारी है।"],
     "पाकिस्तानी सेना के प्रवक्ता ने कहा कि भारत के हमलों में 19 नागरिक मारे गए।", "19",
     "Pakistan", "India"),
    (["रूस और यूक्रेन के बीच जंग जारी है।", "यूक्रेन ने रूस पर हमले तेज करने का आरोप लगाया।"],
     "यूक्रेनी अधिकारियों ने बताया कि रूस के हमलों में 14 लोग मारे गए।", "14", "Ukraine", "Russia"),
    (["भारत और पाकिस्तान के बीच संघर्ष जारी है।", "पाकिस्तान ने सीमा पर गोलाबारी की।"],
     "राजौरी में गोलाबारी से 6 लोगों की मौत हुई है और 22 लोग घायल हुए हैं।", "22", "India", "Pakistan"),
    # the losses "in the attacks" an earlier sentence's actor made are the side it attacked
    (["इजरायल ने सोमवार को ईरान पर हमला किया।"],
     "स्वास्थ्य मंत्रालय ने कहा कि हमलों में कम से कम 4 लोगों की मौत हुई है और 39 लोग घायल हुए हैं।", "39",
     "Iran", "Israel"),
    (["इजरायल ने सोमवार को ईरान पर हमला किया।"],
     "स्वास्थ्य मंत्रालय ने कहा कि हमलों में कम से कम 4 लोगों की मौत हुई है।", "4", "Iran", "Israel"),
    (["ईरान ने रात में इजरायल पर मिसाइलें दागीं।"],
     "इस हमले में 8 लोग घायल हुए हैं।", "8", "Israel", "Iran"),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "subject", "obj"), LOSS_SIDE_CASES)
def test_the_side_of_a_loss(earlier: list[str], sentence: str, number: str, subject: str, obj: str) -> None:
    d = Discourse()
    for x in earlier:
        x = fold(x)[0]
        d.update(x, ents(x))
    s = fold(sentence)[0]
    d.update(s, ents(s))
    f = None
    for m in re.finditer(r"\d+", s):  # the sentence's figures in order, as the pipeline reads them
        f = d.describe(s, m.start(), m.end(), ents(s))
        if m.group() == number:
            break
    assert f is not None and (f.subject, f.object) == (subject, obj), f.reasons


# a party's bare share in an election is its vote share: the party's, object the state
SHARE_CASES = [
    ("सपा को 33.6 प्रतिशत वोट मिले, जबकि भाजपा को 41.3 प्रतिशत।", "41.3", {"region": "Uttar Pradesh"},
     "BJP", "Uttar Pradesh", "vote_share"),
    ("झामुमो को 23.4 फीसदी और कांग्रेस को 15.6 फीसदी वोट मिले।", "23.4", {"region": "Jharkhand"},
     "JMM", "Jharkhand", "vote_share"),
    # a named measure keeps its own thing; no election, no vote share
    ("भाजपा का स्ट्राइक रेट 84 प्रतिशत रहा।", "84", {"region": "Haryana"}, "BJP", "Haryana", "strike_rate"),
    ("कांग्रेस को 12 प्रतिशत ज्यादा चंदा मिला।", "12", {}, "Congress", "", ""),
]


@pytest.mark.parametrize(("sentence", "number", "kw", "subject", "obj", "thing"), SHARE_CASES)
def test_a_partys_share_in_an_election(sentence: str, number: str, kw: dict, subject: str, obj: str,
                                       thing: str) -> None:
    f = run(sentence, number, **kw)
    assert (f.kind, f.subject, f.object, f.thing) == ("percent", subject, obj, thing), f.reasons


# Palestinians killed or wounded in a report that names Gaza are the strip's toll; captives stay Palestine's,
# and without Gaza named the side is the state
LOSS_PLACE_CASES = [
    (["गाजा में इजरायली हमले जारी हैं।"], "हमले में 12 फिलिस्तीनी मारे गए।", "12", "Gaza"),
    (["गाजा में इजरायली हमले जारी हैं।"], "इजराइल ने 200 फिलिस्तीनी कैदियों को रिहा किया।", "200", "Palestine"),
    (["खान यूनिस में इजरायली हमले जारी हैं।"], "हमले में 12 फिलिस्तीनी मारे गए।", "12", "Gaza"),  # a place in the strip
    (["इजराइल की सेना ने छापा मारा।"], "छापे में 3 फिलिस्तीनी मारे गए।", "3", "Palestine"),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "subject"), LOSS_PLACE_CASES)
def test_a_sides_losses_counted_under_a_place(earlier: list[str], sentence: str, number: str, subject: str) -> None:
    assert in_document(earlier, sentence, number).subject == subject


# a turnout is the place its votes were cast in ("X में N फीसद मतदान"), not the first state named
TURNOUT_PLACE_CASES = [
    ("महाराष्ट्र में 63.55 फीसद और उत्तर प्रदेश में 57.55 फीसद मतदान हुआ।", "57.55", {"region": "India"},
     "Uttar Pradesh"),
    ("महाराष्ट्र में 63.55 फीसद और उत्तर प्रदेश में 57.55 फीसद मतदान हुआ।", "63.55", {"region": "India"},
     "Maharashtra"),
    ("इस बार असम में सबसे ज्यादा 81.6 प्रतिशत मतदान हुआ।", "81.6", {"region": "India"}, "Assam"),
    ("राज्यों में असम 85.45 फीसद मतदान के साथ सबसे आगे रहा।", "85.45", {"region": "India"}, "Assam"),
    # no place before the figure: the house the election fills
    ("इस बार 65.2 फीसदी मतदान हुआ, जो पिछली बार से ज्यादा है।", "65.2", {"region": "Jharkhand"}, "Jharkhand"),
]


@pytest.mark.parametrize(("sentence", "number", "kw", "subject"), TURNOUT_PLACE_CASES)
def test_a_turnout_is_the_place_it_was_cast_in(sentence: str, number: str, kw: dict, subject: str) -> None:
    f = run(sentence, number, **kw)
    assert (f.kind, f.thing, f.subject) == ("percent", "turnout", subject), f.reasons


# "प्रतिशत" just before a number names its kind, unless it ends the figure before
PERCENT_BEFORE_CASES = [
    ("युवाओं में बेरोजगारी का प्रतिशत 14.2 दर्ज किया गया।", "14.2", "percent"),
    ("महंगाई दर फीसदी 5.1 पर आ गई।", "5.1", "percent"),
    ("बिक्री 20 प्रतिशत बढ़कर 500 हो गई।", "500", "count"),
]


@pytest.mark.parametrize(("sentence", "number", "kind"), PERCENT_BEFORE_CASES)
def test_percent_named_before_the_number(sentence: str, number: str, kind: str) -> None:
    assert run(sentence, number).kind == kind


def figures(sentence: str, earlier: tuple[str, ...] = ()) -> list[roles.ClaimFields]:
    """Every figure of ``sentence`` in order, described as the pipeline reads them."""
    d = Discourse()
    for x in earlier:
        x = fold(x)[0]
        d.update(x, ents(x))
    s = fold(sentence)[0]
    d.update(s, ents(s))
    return [d.describe(s, q.start, q.end, ents(s), unit=q.unit) for q in find_quantities(s)]


# a figure with no cue of its own in a parallel clause repeats the measure before it; a group
# named with a genitive limits the measure (women's turnout is not all voters')
PARALLEL_CASES = [
    ("हरियाणा में महिलाओं का मतदान प्रतिशत 66.2 रहा, जबकि पुरुषों का 68.9 प्रतिशत।",
     ["turnout of women", "turnout of men"]),
    ("हरियाणा में 67.9 प्रतिशत मतदान हुआ, जबकि 2019 में 68.2 प्रतिशत।", ["turnout", "turnout"]),
    ("झारखंड में भाजपा को 33.2 प्रतिशत वोट मिले और झामुमो को 23.4 प्रतिशत।", ["vote_share", "vote_share"]),
    # not parallel: "में से" joins a part to its whole; a noun of its own keeps its measure
    ("मरने वालों में 60 प्रतिशत महिलाएं थीं और 30 प्रतिशत बच्चे।", ["", ""]),
]


@pytest.mark.parametrize(("sentence", "things"), PARALLEL_CASES)
def test_parallel_clause_repeats_the_measure(sentence: str, things: list[str]) -> None:
    got = [f.thing for f in figures(sentence) if f.kind == "percent"]
    assert got == things


# an election has one majority mark and one house: a parallel clause's seats are not another
SINGLE_CASES = [
    ("वाम मोर्चे ने 99 सीटें जीतकर बहुमत के 71 के आंकड़े को पार कर लिया, जबकि यूडीएफ 41 सीटों पर अटक गया।",
     ["", "majority", ""]),
    ("140 सदस्यीय विधानसभा में बहुमत के लिए 71 सीटें चाहिए, जबकि एलडीएफ को 99 सीटें मिलीं।",
     ["total", "majority", ""]),
    ("भाजपा ने 48 सीटें जीतीं, जबकि कांग्रेस 22 पर सिमट गई।", ["", ""]),
]


@pytest.mark.parametrize(("sentence", "things"), SINGLE_CASES)
def test_a_parallel_clause_repeats_no_single_figure(sentence: str, things: list[str]) -> None:
    assert [f.thing for f in figures(sentence) if f.kind == "seats"] == things


# the phase of a poll is part of what is counted; a date given as one of several phases is not
# the poll's date
PHASE_CASES = [
    ("पहले चरण में 64.7 प्रतिशत मतदान हुआ।", ["turnout in phase 1"]),
    ("दूसरे चरण में 68.4 फीसदी वोट पड़े।", ["turnout in phase 2"]),
    ("दो चरणों में कुल 67.7 प्रतिशत मतदान हुआ।", ["turnout"]),
    ("राज्य में 7 नवंबर को पहले चरण में और 17 नवंबर को दूसरे चरण में मतदान हुआ।", ["in phase 1", "in phase 2"]),
    ("राज्य में 7 नवंबर और 17 नवंबर को दो चरणों में वोट डाले गए।",
     ["one of several phases", "one of several phases"]),
]


@pytest.mark.parametrize(("sentence", "things"), PHASE_CASES)
def test_the_phase_of_a_poll(sentence: str, things: list[str]) -> None:
    d = Discourse()
    s = fold(sentence)[0]
    d.update(s, ents(s))
    got = [f.thing for q in find_quantities(s)
           if (f := d.describe(s, q.start, q.end, ents(s), unit=q.unit)).kind == "percent"]
    got += [d.describe(s, m.start(), m.end(), ents(s), is_date=True).thing
            for m in re.finditer(r"\d+ नवंबर", s)]
    assert got == things



# the named place a distance is measured from is part of what is measured; a common noun is not
DISTANCE_CASES = [
    ("हादसा जयपुर से करीब 60 किलोमीटर दूर हुआ।", "60", "away from Jaipur"),
    ("हादसा जयपुर शहर से 60 किलोमीटर दूर हुआ।", "60", "away from Jaipur"),
    ("हादसा हवाई अड्डे से 2 किलोमीटर दूर हुआ।", "2", "away"),
    ("भूकंप का केंद्र जमीन से 10 किलोमीटर नीचे था।", "10", "depth"),
]


@pytest.mark.parametrize(("sentence", "number", "thing"), DISTANCE_CASES)
def test_where_a_distance_is_measured_from(sentence: str, number: str, thing: str) -> None:
    f = run(sentence, number, unit="km")
    assert (f.kind, f.thing) == ("distance", thing), f.reasons



# a side's loss in another city than the story's is a measure of its own
def test_a_sides_loss_in_another_city() -> None:
    earlier = ["रूस और यूक्रेन के बीच जंग जारी है।", "यूक्रेन ने रूस पर हमले का आरोप लगाया।"]
    f = in_document(earlier, "खारकीव में 7 लोगों की मौत हो गई।", "7")
    assert (f.subject, f.thing) == ("Ukraine", "in Kharkiv"), f.reasons


# a part of the toll ("मरने वालों में पांच महिलाएं") is not the toll
def test_a_part_of_the_toll() -> None:
    f = run("मरने वालों में पांच महिलाएं हैं।", "पांच")
    assert (f.kind, f.thing) == ("killed", "women"), f.reasons
    # the same part told as "इनमें … शामिल" or by itself is the same measure
    assert run("हादसे में पांच महिलाओं की मौत हो गई।", "पांच").thing == "women"
    f = run("मरने वालों में पांच पर्यटक हैं।", "पांच")  # a part no group names: of that noun
    assert f.thing.startswith("of "), f.reasons



@pytest.mark.parametrize("text, kinds", [
    # a semicolon ends the list: what follows is no more of the figure before's kind
    ("भगदड़ में 116 लोगों की मौत; 80 हजार की अनुमति थी, पहुंचे ढाई लाख से ज्यादा",
     ["killed", "count", "count"]),
    ("हादसे में 12 लोगों की मौत; 3 करोड़ का नुकसान", ["killed", "count"]),
    # without one, a bare number in the list still takes the kind before it
    ("हादसे में 12 लोगों की मौत, 30 घायल और 5 अब भी लापता", ["killed", "wounded", "missing"]),
    # an election headline's tallies run on across one
    ("NC-कांग्रेस को 49 सीटें, भाजपा 29 पर अटकी; महबूबा की पार्टी 4 पर सिमटी", ["seats", "seats", "seats"]),
])
def test_a_bare_number_after_a_semicolon_takes_no_kind_from_before(text: str, kinds: list[str]) -> None:
    assert [f.kind for f in figures(text)] == kinds


def test_a_bare_number_its_clause_says_was_rescued_is_people() -> None:
    """"7 मरीजों की मौत, 40 से ज्यादा को सुरक्षित निकाला गया": the rescued, not more dead."""
    kinds = [(f.kind, f.thing) for f in figures("अस्पताल में आग से 7 मरीजों की मौत, 40 को सुरक्षित निकाला गया।")]
    assert kinds == [("killed", ""), ("people", "rescued")]


# a loss in a clause naming only where it happened, after a sentence naming who attacked: the loss
# is the side's the place belongs to (its city's, not the side's whole toll); a third state's
# place keeps the attacked people's side
WHERE_LOSS_CASES = [
    (["ईरान और इजरायल के बीच जंग तीसरे दिन में पहुंच गई है।", "ईरान ने एक बार फिर इजरायल पर मिसाइलों की बौछार की।"],
     "तेल अवीव के दक्षिण में एक आवासीय इमारत पर मिसाइल गिरने से छह लोगों की मौत हो गई।", "छह लोगों",
     ("Israel", "Iran")),
    (["रूस और यूक्रेन के बीच लड़ाई तेज हो गई है।", "रूस ने रात भर यूक्रेन पर ड्रोन से हमले किए।"],
     "खारकीव में एक रिहायशी इमारत पर ड्रोन गिरने से चार लोगों की मौत हो गई।", "चार लोगों",
     ("Ukraine", "Russia")),
    (["ईरान और इजरायल के बीच तनाव बढ़ गया है।", "ईरान ने इजरायल पर जवाबी हमले की धमकी दी।"],
     "ईरान का कहना है कि यह बदला सीरिया के दमिश्क में उसके दूतावास पर हुए हमले का है, जिसमें उसके पांच "
     "अधिकारी मारे गए थे।", "पांच", ("Iran", "")),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "parties"), WHERE_LOSS_CASES)
def test_a_loss_is_the_side_where_it_happened(earlier: list[str], sentence: str, number: str,
                                              parties: tuple[str, str]) -> None:
    f = in_real_document(earlier, sentence, number)
    assert f.subject == parties[0], f.reasons
    if parties[1]:
        assert f.object == parties[1], f.reasons


# where an event without two sides happened: not the places a train is named after; a unit named
# as such ("नंगरहार प्रांत में") is the whole unit's figure; a sentence dated only in earlier years
# tells an earlier event, whose place is not the story's
ARTICLE_PLACE_CASES = [
    # rain that kills across a state ("बारिश का कहर") spreads whatever event the report dwells on: the state's
    # toll stays the state's, a district's its own
    ("केरल में बारिश का कहर: 18 की मौत, इडुक्की में भूस्खलन\n\nकेरल में भारी बारिश जारी है। राज्य आपदा प्रबंधन "
     "प्राधिकरण के अनुसार अब तक 18 लोगों की मौत हो चुकी है। सबसे ज्यादा नुकसान इडुक्की जिले में हुआ है, जहां भूस्खलन "
     "में सात लोगों की जान चली गई। इडुक्की में भूस्खलन के बाद राहत कार्य जारी है। भूस्खलन से कई घर दब गए।",
     "2025-07-30", "18 लोगों", "Kerala"),
    ("केरल में बारिश का कहर: 18 की मौत, इडुक्की में भूस्खलन\n\nकेरल में भारी बारिश जारी है। राज्य आपदा प्रबंधन "
     "प्राधिकरण के अनुसार अब तक 18 लोगों की मौत हो चुकी है। सबसे ज्यादा नुकसान इडुक्की जिले में हुआ है, जहां भूस्खलन "
     "में सात लोगों की जान चली गई। इडुक्की में भूस्खलन के बाद राहत कार्य जारी है। भूस्खलन से कई घर दब गए।",
     "2025-07-30", "सात", "Idukki"),
    # a toll split by state: each figure is the state named with में right before it
    ("लू का कहर: राजस्थान, यूपी और मध्य प्रदेश में 60 की मौत\n\nराजस्थान, उत्तर प्रदेश और मध्य प्रदेश में गुरुवार को लू "
     "लगने से कम से कम 60 लोगों की मौत हो गई। इनमें राजस्थान में 25, मध्य प्रदेश में 20 और उत्तर प्रदेश में 15 लोगों की "
     "मौत हुई।", "2024-06-01", "20", "Madhya Pradesh"),
    # a gathering people were going to ("महाकुंभ जाने वाली भीड़") is not where it happened
    ("पटना जंक्शन पर भगदड़, 9 की मौत\n\nपटना जंक्शन पर रविवार को मची भगदड़ में 9 लोगों की मौत हो गई। उस वक्त स्टेशन "
     "परिसर में 40 हजार से ज्यादा लोग मौजूद थे। इसी साल फरवरी में नई दिल्ली रेलवे स्टेशन पर महाकुंभ जाने वाली "
     "भीड़ में भगदड़ मची थी।", "2025-10-26", "40 हजार", "Patna"),
    # another country's parliament: its seats' house is that country
    ("श्रीलंका संसदीय चुनाव: एनपीपी को 159 सीटें\n\nकोलंबो: श्रीलंका के संसदीय चुनाव में राष्ट्रपति की पार्टी "
     "एनपीपी ने 159 सीटें जीतीं। 225 सदस्यीय संसद में बहुमत का आंकड़ा 113 है।", "2024-11-16", "113", "Sri Lanka"),
    # ... though the report names Delhi's reaction; a Sri Lankan party's seats are its own
    ("श्रीलंका चुनाव: एनपीपी को 159 सीटें\n\nकोलंबो: श्रीलंका के संसदीय चुनाव में एनपीपी ने 159 सीटें जीतीं। "
     "श्रीलंका में मुख्य विपक्षी दल एसजेबी को 40 सीटें मिलीं। बहुमत का आंकड़ा 113 है। दिल्ली ने नतीजों का "
     "स्वागत किया।", "2024-11-16", "113", "Sri Lanka"),
    ("श्रीलंका चुनाव: एनपीपी को 159 सीटें\n\nकोलंबो: श्रीलंका के संसदीय चुनाव में एनपीपी ने 159 सीटें जीतीं। "
     "श्रीलंका में मुख्य विपक्षी दल एसजेबी को 40 सीटें मिलीं। दिल्ली ने नतीजों का स्वागत किया।", "2024-11-16",
     "40 सीटें", "SJB"),
    ("वडोदरा में 40 साल पुराना पुल ढहा: 4 वाहन महिसागर नदी में गिरे, 9 की मौत\n\nमहिसागर नदी पर बने पुल के "
     "टूटने से महिसागर नदी में कई वाहन गिर गए। वडोदरा जिले के पादरा में बचाव कार्य जारी है।", "2025-07-09",
     "9 की", "Vadodara"),
    ("गोंडा में रेल हादसा: चंडीगढ़-डिब्रूगढ़ एक्सप्रेस के 12 डिब्बे पटरी से उतरे, चार यात्रियों की मौत\n\n"
     "उत्तर प्रदेश के गोंडा जिले में गुरुवार को हादसा हुआ। हावड़ा मेल के यात्रियों को भी रोका गया।",
     "2024-07-18", "चार यात्रियों", "Gonda"),
    ("अफगानिस्तान में भूकंप से 800 की मौत\n\nपूर्वी अफगानिस्तान के कुनार में आए भूकंप से भारी तबाही हुई है। "
     "कुनार प्रांत में 780 लोगों की मौत हुई है, जबकि नंगरहार प्रांत में 12 लोग मारे गए। जलालाबाद से 27 "
     "किलोमीटर दूर भूकंप का केंद्र था। जलालाबाद में भी कई इमारतों में दरारें आईं।", "2025-09-01", "12 लोग",
     "Nangarhar"),
    ("अफगानिस्तान में भूकंप से 2,205 की मौत\n\nपूर्वी अफगानिस्तान में आए भूकंप में मरने वालों की संख्या 2,205 हो "
     "गई है। अकेले कुनार प्रांत में 1,900 से अधिक लोगों की मौत हुई है।\n\nहेरात भूकंप की याद\n\nअक्टूबर 2023 में "
     "पश्चिमी हेरात प्रांत में आए भूकंपों में करीब 1,500 लोगों की मौत हुई थी। तब हेरात शहर में भी 2023 में भारी "
     "तबाही हुई थी।", "2025-09-03", "2,205 की", "Kunar"),
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from factcheck.pipeline import make_nlp

    return make_nlp()


@pytest.mark.parametrize(("text", "published", "figure", "subject"), ARTICLE_PLACE_CASES)
def test_where_an_event_happened_in_an_article(nlp, text: str, published: str, figure: str,  # type: ignore[no-untyped-def]
                                               subject: str) -> None:
    _, claims = analyze(text, published=published, nlp=nlp)
    claim = next(c for c in claims if c.text.startswith(figure.split()[0]) and figure in c.sentence)
    assert claim.subject == subject, claim.reasons


# a bare force takes the state of the nationality adjective before it ("यूक्रेनी वायुसेना"), else the
# press's own state only when the story is about it; things shot down are the attacker's, the side
# that shot them down their object
FORCE_CASES = [
    (["रूस ने रात भर यूक्रेन पर 500 ड्रोन दागे।", "भारत ने हमले की निंदा की।"],
     "यूक्रेनी वायुसेना ने 60 ड्रोन नष्ट किए।", "60 ड्रोन", ("Russia", "Ukraine")),
    (["रूस ने रात भर यूक्रेन पर 500 ड्रोन और 40 मिसाइलें दागीं।", "यूक्रेन के कई शहरों में बिजली गुल रही।"],
     "वायुसेना ने 430 ड्रोन मार गिराए।", "430 ड्रोन", ("Russia", "Ukraine")),
    (["पाकिस्तान ने सीमा पर ड्रोन भेजे।", "भारत ने कड़ी चेतावनी दी।"],
     "सेना ने 12 ड्रोन मार गिराए।", "12 ड्रोन", ("Pakistan", "India")),
    (["रूस ने रात भर यूक्रेन पर हमले किए।", "यूक्रेन के कई शहरों में सायरन बजे।"],
     "रूस ने यूक्रेन पर 90 ड्रोन दागे।", "90 ड्रोन", ("Russia", "Ukraine")),
    # a side that admits losing its own: the agent is whose they were
    (["पाकिस्तान ने दावा किया कि उसने भारत के दो विमान गिराए।", "पाकिस्तान और भारत के बीच तनाव बढ़ा।"],
     "भारत ने अपने दो विमान खोने की बात मानी है।", "दो विमान", ("India", "Pakistan")),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "parties"), FORCE_CASES)
def test_whose_force_and_whose_things_shot_down(earlier: list[str], sentence: str, number: str,
                                               parties: tuple[str, str]) -> None:
    f = in_real_document(earlier, sentence, number)
    assert (f.subject, f.object) == parties, f.reasons


# a margin is the winner's: the one named with "से" before a defeat ("… से 4,089 वोटों से हार गए"),
# the one named with "ने" before a win ("X ने Y को … वोटों से हराया")
MARGIN_CASES = [
    (["दिल्ली विधानसभा चुनाव के नतीजे आ गए हैं।"],
     "नई दिल्ली सीट पर अरविंद केजरीवाल राहुल गांधी से 4,089 वोटों से हार गए।", "4,089 वोटों", "Rahul Gandhi"),
    (["दिल्ली विधानसभा चुनाव के नतीजे आ गए हैं।"],
     "नई दिल्ली सीट पर राहुल गांधी ने अरविंद केजरीवाल को 4,099 वोटों से हराया।", "4,099 वोटों", "Rahul Gandhi"),
    (["दिल्ली विधानसभा चुनाव के नतीजे आ गए हैं।"],
     "नई दिल्ली सीट पर अरविंद केजरीवाल राहुल गांधी से 1,200 वोटों से पीछे चल रहे हैं।", "1,200 वोटों",
     "Rahul Gandhi"),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "subject"), MARGIN_CASES)
def test_a_margin_is_the_winners(earlier: list[str], sentence: str, number: str, subject: str) -> None:
    f = in_real_document(earlier, sentence, number)
    assert (f.subject, f.object) == (subject, "New Delhi"), f.reasons


# a state named as the owner of an institution (its government, its health department, its chief
# minister) acts or speaks; it does not say where the event happened, so the city stays the
# document's place; a state named as where it happened still is
INSTITUTION_OWNER_CASES = [
    ("वडोदरा में इमारत ढही, कई लोग मलबे में दबे\n\nअपडेटेड: 3 जुलाई 2025\n\nगुजरात के स्वास्थ्य विभाग के अनुसार "
     "हादसे में कई लोग घायल हुए हैं। गुजरात सरकार ने जांच के आदेश दिए हैं।\n\nमरने वालों की संख्या बढ़कर 12 हो गई है।",
     "12", "Vadodara"),
    ("ओडिशा के मुख्यमंत्री ने कटक का दौरा किया\n\nकटक में पुल गिरने से कई लोग दबे। ओडिशा सरकार ने मुआवजे का ऐलान "
     "किया।\n\nहादसे में 7 लोगों की मौत हो गई।", "7", "Cuttack"),
    # negative: the state is where the flood is
    ("गुजरात में बाढ़ से तबाही, वडोदरा में भी पानी भरा\n\nगुजरात में लगातार बारिश से हालात बिगड़े हैं। गुजरात के कई "
     "जिलों में स्कूल बंद हैं।\n\nबाढ़ से 30 लोगों की मौत हो गई है।", "30", "Gujarat"),
]


@pytest.mark.parametrize(("text", "number", "subject"), INSTITUTION_OWNER_CASES)
def test_a_states_institution_is_not_where_it_happened(text: str, number: str, subject: str) -> None:
    claim = figure_in(text, number)
    assert claim.subject == subject, claim.reasons


# an amount in lakhs or crores with no noun that its clause says is paid or given is money, in
# rupees; a bare lakh of people or one in another clause than the payment stays a count
IMPLIED_MONEY_CASES = [
    (["हादसे में 12 लोगों की मौत हो गई।"], "सरकार देगी चार-चार लाख", "चार-चार लाख", "money", "INR"),
    (["हादसे में 12 लोगों की मौत हो गई।"], "मृतकों के परिजनों को 2-2 लाख", "2-2 लाख", "money", "INR"),
    (["हादसे में 12 लोगों की मौत हो गई।"], "पीड़ित परिवारों को 4 लाख की मदद", "4 लाख", "money", "INR"),
    (["आग में 6 मरीजों की मौत हो गई।"], "मृतकों के आश्रितों को 5 लाख का मुआवजा दिया जाएगा।", "5 लाख", "money", "INR"),
    # spent, bought for, looted: an amount too
    (["नीलामी में टीमों ने जमकर बोली लगाई।"], "77 खिलाड़ियों पर 200 करोड़ से ज्यादा खर्च हुए।", "200 करोड़ से ज्यादा",
     "money", "INR"),
    (["नीलामी में टीमों ने जमकर बोली लगाई।"], "कोलकाता ने ग्रीन को 25.75 करोड़ में खरीदा।", "25.75 करोड़", "money", "INR"),
    (["पुलिस ने गिरोह पकड़ा।"], "गिरोह ने एक ही रात में 38 लाख की नकदी लूटी।", "38 लाख", "money", "INR"),
    # negatives: people in lakhs; the payment in another clause; a thousand is no amount by itself
    (["बाढ़ से 12 लोगों की मौत हो गई।"], "बाढ़ से 5 लाख प्रभावित, सरकार देगी मदद", "5 लाख", "count", ""),
    (["रैली में भारी भीड़ जुटी।"], "रैली में 2 लाख जुटे", "2 लाख", "count", ""),
]


@pytest.mark.parametrize(("earlier", "sentence", "number", "kind", "unit"), IMPLIED_MONEY_CASES)
def test_an_amount_given_is_money(earlier: list[str], sentence: str, number: str, kind: str, unit: str) -> None:
    claim = figure_in("\n\n".join([*earlier, sentence]), number)
    assert (claim.kind, claim.unit) == (kind, unit), claim.reasons


# a toll attributed to a place's body ("गाजा के स्वास्थ्य मंत्रालय के मुताबिक") is that place's, not the topic of
# the sentence before
BODY_PLACE_CASES = [
    ("ईरान ने इजरायल पर 300 ड्रोन और मिसाइलें दागीं।\n\nउधर, गाजा के स्वास्थ्य मंत्रालय के मुताबिक युद्ध में अब तक "
     "33,797 लोगों की मौत हो चुकी है।", "33,797", "Gaza"),
    ("ईरान ने इजरायल पर 300 ड्रोन और मिसाइलें दागीं।\n\nइजरायली सेना के मुताबिक हमले में 12 लोगों की मौत हो गई।", "12",
     "Israel"),
]


@pytest.mark.parametrize(("text", "number", "subject"), BODY_PLACE_CASES)
def test_a_toll_of_a_places_body(text: str, number: str, subject: str) -> None:
    claim = figure_in(text, number)
    assert claim.subject == subject, claim.reasons


# aircraft that dropped bombs ("विमानों ने … बम गिराए") are the agent of the verb, not shot down; those a side
# says it brought down ("भारत के दो विमान गिराए") are
DROPPED_CASES = [
    ("भारतीय वायुसेना के 12 मिराज-2000 विमानों ने ठिकाने पर बम गिराए थे।", "12", ""),
    ("पाकिस्तानी सेना के प्रवक्ता ने कहा, \"हमने भारत के दो विमान गिराए।\"", "दो", "shot_down"),
]


@pytest.mark.parametrize(("text", "number", "thing"), DROPPED_CASES)
def test_aircraft_that_dropped_bombs(text: str, number: str, thing: str) -> None:
    claim = figure_in(text, number)
    assert (claim.kind, claim.thing) == ("aircraft", thing), claim.reasons


# the dead counted beside the crew named after them ("6 यात्रियों और पायलट की मौत") are a part of the toll; the
# toll "with" the pilot ("पायलट समेत 7") and a toll of people and cattle are whole
BESIDE_CREW_CASES = [
    ("केदारनाथ में हेलिकॉप्टर क्रैश, 6 यात्रियों और पायलट की मौत", "6", "besides the crew"),
    ("हादसे में पांच श्रद्धालुओं और पायलट की मौत हो गई।", "पांच", "besides the crew"),
    ("केदारनाथ में हेलिकॉप्टर क्रैश, पायलट समेत 7 की मौत", "7", ""),
    ("बाढ़ में 12 लोगों और मवेशियों की मौत हो गई।", "12", ""),
]


@pytest.mark.parametrize(("text", "number", "thing"), BESIDE_CREW_CASES)
def test_the_dead_beside_the_crew(text: str, number: str, thing: str) -> None:
    claim = figure_in(text, number)
    assert (claim.kind, claim.thing) == ("killed", thing), claim.reasons


# a bare number takes the kind of the figure before it in the paragraph, but not across a subhead (a line
# without a danda starts a new topic)
BARE_AFTER_SUBHEAD_CASES = [
    ("भगदड़ में 51 लोग घायल हुए हैं। इनमें से 30 की हालत गंभीर है।", "30", "wounded"),
    ("भगदड़ में 51 लोग घायल हुए हैं।\n\n10 हजार की अनुमति, पहुंचे 27 हजार\n\nपुलिस ने जांच शुरू की।", "27 हजार", "count"),
    ("नगर निगम में भाजपा ने 104 सीटें जीतीं।\n\nबहुमत का आंकड़ा 76\n\nबहुमत के लिए 76 पार्षदों की जरूरत है।", "76", "seats"),
]


@pytest.mark.parametrize(("text", "number", "kind"), BARE_AFTER_SUBHEAD_CASES)
def test_a_subhead_takes_no_kind_from_before(text: str, number: str, kind: str) -> None:
    claim = figure_in(text, number)
    assert claim.kind == kind, claim.reasons


# an exit poll's report (its headline says so): the seats and vote shares it gives are projections;
# the last election's result it recalls, and a result's report that mentions the polls, are not
EXIT_POLL_CASES = [
    ("झारखंड एग्जिट पोल: किसी में हेमंत तो किसी में बीजेपी\n\nपीपल्स पल्स ने एनडीए को 44 से 53 सीटें दी हैं।",
     "44 से 53", "possible"),
    ("झारखंड एग्जिट पोल: किसी में हेमंत तो किसी में बीजेपी\n\nएनडीए को 37 फीसदी वोट मिल सकते हैं।", "37 फीसदी",
     "possible"),
    ("झारखंड एग्जिट पोल: किसी में हेमंत तो किसी में बीजेपी\n\n2019 के चुनाव में झामुमो को 30 सीटें मिली थीं।",
     "30 सीटें", "actual"),
    ("हरियाणा में भाजपा की हैट्रिक\n\nएग्जिट पोल के अनुमानों को गलत साबित करते हुए भाजपा ने 48 सीटें जीतीं।", "48 सीटें",
     "actual"),
    ("हरियाणा में क्यों गलत साबित हुए एग्जिट पोल: नतीजों में भाजपा की सरकार\n\nनिर्दलीयों को तीन सीटें मिलीं।", "तीन सीटें",
     "actual"),
    # a result's report recalling the polls' projections: those figures are the polls'
    ("हरियाणा में भाजपा की हैट्रिक\n\nएग्जिट पोल्स के औसत में कांग्रेस को 55 और भाजपा को 26 सीटें मिलती दिखाई गई थीं।",
     "26 सीटें", "possible"),
    ("हरियाणा में भाजपा की हैट्रिक\n\nपीपल्स पल्स के सर्वे ने कांग्रेस को 55 से 62 सीटें दी थीं, लेकिन उसे 37 सीटें मिलीं।",
     "55 से 62", "possible"),
    ("हरियाणा में भाजपा की हैट्रिक\n\nपीपल्स पल्स के सर्वे ने कांग्रेस को 55 से 62 सीटें दी थीं, लेकिन उसे 37 सीटें मिलीं।",
     "37 सीटें", "actual"),
]


@pytest.mark.parametrize(("text", "number", "status"), EXIT_POLL_CASES)
def test_an_exit_polls_seats_are_projections(text: str, number: str, status: str) -> None:
    claim = figure_in(text, number)
    assert claim.status == status, claim.reasons


# the date of an accident or a disaster, in a disaster's document, is the place's, as its toll is
# (GUIDE: dates take the actor of the event; an event without two sides has its place)
DISASTER_DATE_CASES = [
    ("विजयनगरम में ट्रेन हादसा, 9 की मौत\n\nआंध्र प्रदेश के विजयनगरम में शुक्रवार को ट्रेन पटरी से उतर गई। हादसे में "
     "9 लोगों की मौत हो गई। ईस्ट कोस्ट रेलवे ने 18 ट्रेनें रद्द कीं। ईस्ट कोस्ट रेलवे ने हेल्पलाइन जारी की।\n\n"
     "गौरतलब है कि 29 अक्टूबर 2023 को विजयनगरम जिले के कंटकापल्ली स्टेशन के पास हुए ट्रेन हादसे में 14 लोगों की "
     "जान चली गई थी।", "29 अक्टूबर 2023", "Vizianagaram"),
    ("धराली में बादल फटा, कई लापता\n\nउत्तराखंड के उत्तरकाशी जिले के धराली में मंगलवार को बादल फटने से तबाही मची। "
     "एसडीआरएफ ने 50 लोगों को बचाया। एसडीआरएफ ने अभियान तेज किया।\n\n5 अगस्त को धराली में आई इस आपदा में 4 "
     "लोगों की मौत हुई है।", "5 अगस्त", "Dharali"),
    # negative: a date of what a body does stays the body's
    ("विजयनगरम में ट्रेन हादसा, 9 की मौत\n\nआंध्र प्रदेश के विजयनगरम में शुक्रवार को ट्रेन पटरी से उतर गई। हादसे में "
     "9 लोगों की मौत हो गई।\n\nरेल मंत्रालय ने 10 जून को जांच रिपोर्ट जारी करने की बात कही।", "10 जून",
     "Indian Railways"),
]


@pytest.mark.parametrize(("text", "date", "subject"), DISASTER_DATE_CASES)
def test_a_disasters_date_is_its_places(text: str, date: str, subject: str) -> None:
    claim = figure_in(text, date, published="2025-06-06")
    assert claim.subject == subject, claim.reasons


# what is counted, read from the words around a figure: a vehicle's seats named with the vehicle
# having them or its capacity ("बस" alone before seats is "just"); compound X-कर्मी workers and the
# rescuers among them; a part of the toll of the sentence before ("इनमें … शामिल"); a value in crores;
# forest burnt
COUNTED_CASES = [
    ("पुलिस के अनुसार बस में 52 यात्री सवार थे, जबकि बस 40 सीटों वाली थी।", "40 सीटों", "count", "capacity"),
    ("हादसे में 9 की मौत। बस की क्षमता 32 सीटों की थी।", "32 सीटों", "count", "capacity"),
    ("कांग्रेस बस 6 सीटों पर सिमट गई।", "6 सीटों", "seats", ""),
    ("बस में 66 यात्री सवार थे, जबकि उसकी क्षमता 43 सीटों की थी।", "43 सीटों", "count", "capacity"),
    ("नई विधानसभा की क्षमता 288 सीटों की है।", "288 सीटों", "seats", ""),
    ("आग बुझाने के लिए 3,500 वनकर्मी दिन-रात जुटे हैं।", "3,500 वनकर्मी", "workers", ""),
    ("सुरंग में फंसे 41 मजदूरों को निकालने में करीब 150 बचावकर्मी जुटे हैं।", "करीब 150 बचावकर्मी", "workers",
     "rescuers"),
    ("सुरंग में फंसे 41 मजदूरों को निकालने में करीब 150 बचावकर्मी जुटे हैं।", "41 मजदूरों", "workers", ""),
    ("आग बुझाते समय अब तक प्रदेश में पांच लोगों की मौत हो चुकी है। इनमें अल्मोड़ा जिले में आग में घिरे चार वनकर्मी "
     "शामिल हैं।", "चार वनकर्मी", "killed", ""),
    ("बाढ़ से पांच लोगों की मौत हो चुकी है। इनमें से तीन बच्चे अस्पताल में भर्ती हैं।", "तीन बच्चे", "people",
     "hospitalised"),
    ("मुंद्रा पोर्ट पर 300 किलो हेरोइन बरामद; कीमत 2,100 करोड़", "2,100 करोड़", "money", ""),
    ("कुमाऊं में अब तक 620 हेक्टेयर वन क्षेत्र आग की भेंट चढ़ चुका है।", "620 हेक्टेयर", "area", "burnt"),
    ("मेला क्षेत्र करीब 4,000 हेक्टेयर में फैला है।", "करीब 4,000 हेक्टेयर", "area", ""),
]


@pytest.mark.parametrize(("text", "number", "kind", "thing"), COUNTED_CASES)
def test_what_is_counted(text: str, number: str, kind: str, thing: str) -> None:
    claim = figure_in(text, number)
    assert (claim.kind, claim.thing) == (kind, thing), claim.reasons


# an office named without its holder pays for its institution ("उपराज्यपाल ने", "मुख्यमंत्री ने": the
# state); a payer the clause names stays
BARE_OFFICE_CASES = [
    ("उपराज्यपाल ने मृतकों के परिजनों को 5-5 लाख रुपये की सहायता का एलान किया है।", "Jammu and Kashmir"),
    ("मुख्यमंत्री ने मृतकों के परिजनों को 4-4 लाख रुपये देने की घोषणा की।", "Jammu and Kashmir"),
    ("बस कंपनी ने मृतकों के परिजनों को 2-2 लाख रुपये देने की घोषणा की।", ""),
]


@pytest.mark.parametrize(("sentence", "payer"), BARE_OFFICE_CASES)
def test_an_unnamed_office_pays_for_its_state(sentence: str, payer: str) -> None:
    text = ("डोडा में बस खाई में गिरी, 28 की मौत\n\nजम्मू-कश्मीर के डोडा जिले में सोमवार को एक बस गहरी खाई में गिर "
            f"गई। डोडा में राहत कार्य जारी है।\n\n{sentence}")
    _, claims = analyze(text)
    claim = next(c for c in claims if c.kind == "money")
    assert (claim.subject == payer) if payer else (claim.subject != "Jammu and Kashmir"), claim.reasons


# "राज्य सरकार" in the report of a disaster in one place is the government of the state it happened
# in, not the victims' home state named just before; a state the sentence names itself governs
STATE_GOVERNMENT_CASES = [
    ("मृतकों में बिहार के सात श्रद्धालु शामिल हैं। राज्य सरकार ने मृतकों के परिजनों को 25 लाख रुपये देने की घोषणा की "
     "है।", "Uttar Pradesh"),
    ("मृतकों में बिहार के सात श्रद्धालु शामिल हैं। बिहार में भी राज्य सरकार ने मृतकों के परिजनों को 2 लाख रुपये देने "
     "की घोषणा की है।", "Bihar"),
]


@pytest.mark.parametrize(("sentences", "payer"), STATE_GOVERNMENT_CASES)
def test_the_state_government_of_a_disaster(sentences: str, payer: str) -> None:
    text = ("प्रयागराज में भगदड़, 30 की मौत\n\nउत्तर प्रदेश के प्रयागराज में बुधवार तड़के भगदड़ मच गई। प्रयागराज में "
            f"राहत कार्य जारी है।\n\n{sentences}")
    _, claims = analyze(text)
    assert next(c for c in claims if c.kind == "money").subject == payer


# people named by their nationality are that state's (outside a disaster); in a purchase, things
# bought are the supplier's but a share or a sum is the buyer's
NATIONALITY_AND_BUYER_CASES = [
    ("मोदी ने इसे 140 करोड़ भारतीयों का सम्मान बताया।", "140 करोड़", "India"),
    ("युद्ध के कारण यूक्रेन में करीब 18,000 भारतीय छात्र फंसे हुए हैं।", "करीब 18,000", "India"),
    ("भारत अब अपनी जरूरत का करीब 40 प्रतिशत कच्चा तेल रूस से आयात करता है।", "करीब 40 प्रतिशत", "India"),
    ("भारत ने रूस से पांच एस-400 स्क्वाड्रन खरीदे हैं।", "पांच", "Russia"),
    ("भाजपा को सबसे ज्यादा 33.18 प्रतिशत वोट मिले।", "33.18", "BJP"),
]


@pytest.mark.parametrize(("sentence", "number", "subject"), NATIONALITY_AND_BUYER_CASES)
def test_nationality_and_buyer(sentence: str, number: str, subject: str) -> None:
    claim = figure_in(sentence, number)
    assert claim.subject == subject, claim.reasons


# the share of an attack intercepted is the target's, which shot it down; a side that says it shot
# down a share itself keeps it
INTERCEPTED_SHARE_CASES = [
    ("ईरान ने इजरायल पर 300 से ज्यादा ड्रोन दागे, सेना का दावा- 99 प्रतिशत को हवा में ही मार गिराया", "99 प्रतिशत",
     ("Israel", "Iran")),
    ("रूस ने यूक्रेन पर 120 ड्रोन दागे, जिनमें से 85 प्रतिशत को मार गिराया गया।", "85 प्रतिशत", ("Ukraine", "Russia")),
    ("यूक्रेन ने 90 प्रतिशत रूसी ड्रोन मार गिराए।", "90 प्रतिशत", ("Ukraine", "Russia")),
]


@pytest.mark.parametrize(("sentence", "number", "sides"), INTERCEPTED_SHARE_CASES)
def test_an_intercepted_share_is_the_targets(sentence: str, number: str, sides: tuple[str, str]) -> None:
    claim = figure_in(sentence, number)
    assert (claim.subject, claim.object) == sides, claim.reasons


# whom a payment goes to, named as a dative before it, whichever payment word is nearer; relief sent
# in a disaster goes to where it happened
PAYEE_CASES = [
    ("वायनाड में भूस्खलन से 200 की मौत", "राज्य सरकार ने मृतकों के परिजनों को दी जाने वाली सहायता राशि बढ़ाकर 6 लाख रुपये कर "
     "दी है।", "6 लाख", "victims' families"),
    ("महाराष्ट्र में महायुति की जीत", "सरकार महिलाओं को हर महीने 1,500 रुपये देती है।", "1,500", "women"),
    ("केरल के वायनाड में भूस्खलन से 200 की मौत", "राज्य सरकार ने अब तक 40 टन राहत सामग्री प्रभावित इलाकों में भेजी है।", "40 टन",
     "Wayanad"),
    # negative: a sum with no payee named
    ("महाराष्ट्र में महायुति की जीत", "योजना पर सालाना 46,000 करोड़ रुपये खर्च होंगे।", "46,000", ""),
]


@pytest.mark.parametrize(("headline", "sentence", "number", "payee"), PAYEE_CASES)
def test_the_payee_named_before_a_sum(headline: str, sentence: str, number: str, payee: str) -> None:
    claim = figure_in(f"{headline}\n\n{sentence}", number)
    assert claim.object == payee, claim.reasons


# a named train carries the people on board, as an airline does (a train named after the places it
# runs between takes their names); its coaches and its dead are the accident's place's
TRAIN_CASES = [
    ("ओडिशा के जाजपुर में कोरोमंडल एक्सप्रेस पटरी से उतरी। जाजपुर में राहत कार्य जारी है। ट्रेन में करीब 1,200 यात्री "
     "सवार थे।", "करीब 1,200", "Coromandel Express"),
    ("उत्तर प्रदेश के गोंडा में चंडीगढ़-डिब्रूगढ़ एक्सप्रेस पटरी से उतरी। गोंडा में राहत कार्य जारी है। ट्रेन में लगभग "
     "1,100 यात्री सवार थे।", "लगभग 1,100", "Chandigarh-Dibrugarh Express"),
    ("ओडिशा के जाजपुर में हादसा हुआ। जाजपुर में राहत कार्य जारी है। कोरोमंडल एक्सप्रेस के 11 डिब्बे पटरी से उतर गए।",
     "11 डिब्बे", "Jajpur"),
    ("ओडिशा के जाजपुर में कोरोमंडल एक्सप्रेस पटरी से उतरी। जाजपुर में राहत कार्य जारी है। हादसे में 40 लोगों की मौत "
     "हो गई।", "40 लोगों", "Jajpur"),
]


@pytest.mark.parametrize(("text", "number", "subject"), TRAIN_CASES)
def test_a_named_train_carries_its_passengers(text: str, number: str, subject: str) -> None:
    claim = figure_in(text, number)
    assert claim.subject == subject, claim.reasons


# a vehicle's passengers are the people on board unless the report counts its crew apart
PASSENGER_CASES = [
    ("अल्मोड़ा में बस खाई में गिरी\n\nउत्तराखंड के अल्मोड़ा में बस खाई में गिर गई। बस में 66 यात्री थे।", "66 यात्री",
     "on_board"),
    ("गंगा में नाव पलटी\n\nपटना के बाढ़ में नाव पलट गई। प्रशासन के मुताबिक नाव पर 17 यात्रियों को ले जाया जा रहा था।",
     "17 यात्रियों", "on_board"),
    ("अहमदाबाद में विमान हादसा\n\nअहमदाबाद में एयर इंडिया का विमान गिर गया। विमान में 230 यात्री और 12 क्रू सदस्य "
     "सवार थे।", "230 यात्री", "passengers"),
    ("अहमदाबाद में विमान हादसा\n\nविमान में 230 यात्री थे। चालक दल के 12 सदस्यों की भी मौत हो गई।", "230 यात्री",
     "passengers"),
    # a count that says it includes the driver or the pilot is everyone aboard, not the passengers
    ("किश्तवाड़ में बस खाई में गिरी\n\nपुलिस ने बताया कि बस में कुल ४१ लोग सवार थे, जिनमें चालक और परिचालक भी शामिल थे।",
     "४१ लोग", "everyone_aboard"),
    ("केदारनाथ के पास हेलिकॉप्टर हादसा\n\nहेलिकॉप्टर में पायलट समेत पांच लोग सवार थे।", "पांच लोग", "everyone_aboard"),
    ("केदारनाथ के पास हेलिकॉप्टर हादसा\n\nहेलिकॉप्टर में कुल पांच लोग सवार थे, जिनमें चार श्रद्धालु और एक पायलट शामिल थे।",
     "चार श्रद्धालु", "devotees"),
    ("किश्तवाड़ में बस खाई में गिरी\n\nबस में 39 यात्री सवार थे। हादसे में बस चालक की भी मौत हो गई।", "39 यात्री",
     "on_board"),
]


@pytest.mark.parametrize(("text", "number", "thing"), PASSENGER_CASES)
def test_passengers_are_the_people_on_board_unless_crew_is_counted(text: str, number: str, thing: str) -> None:
    claim = figure_in(text, number)
    assert claim.thing == thing, claim.reasons


# a side's arms whose clause names no side are the side the document names as owner of every other
# figure of that kind; a document that gives the kind to two sides leaves them as they are
ARMS_CASES = [
    ("इजरायल ने हमला नाकाम किया\n\nइजरायल की वायु रक्षा ने ज्यादातर मिसाइलें रोक लीं। ईरान ने शनिवार रात इजरायल पर 200 "
     "बैलिस्टिक मिसाइलें दागीं। IRGC के मुताबिक रविवार रात भी करीब 50 मिसाइलें दागी गईं।", "करीब 50", ("Iran", "Israel")),
    ("ईरान ने इजरायल पर मिसाइलें दागीं\n\nईरान ने इजरायल पर मिसाइलें दागीं। इससे पहले इजरायल के 200 लड़ाकू विमानों ने "
     "ईरान के ठिकानों पर हमला किया था। सेना के प्रवक्ता ने बताया कि दूसरे हमले में करीब 100 लड़ाकू विमानों ने हिस्सा लिया।", "करीब 100",
     ("Israel", "Iran")),
    # two owners: Israel's jets and Iran's jets; the bare figure is left to its clause
    ("इजरायल ने ईरान पर हमला किया\n\nइजरायल के 200 लड़ाकू विमानों ने ईरान के ठिकानों पर हमला किया। इजरायल ने ईरान के "
     "दो लड़ाकू विमान नष्ट कर दिए। प्रवक्ता ने बताया कि दूसरे हमले में करीब 100 लड़ाकू विमानों ने हिस्सा लिया।", "करीब 100",
     None),
]


@pytest.mark.parametrize(("text", "number", "roles"), ARMS_CASES)
def test_a_sides_arms_are_the_one_owner_the_document_names(text: str, number: str,
                                                             roles: tuple[str, str] | None) -> None:
    claim = figure_in(text, number)
    if roles is None:
        assert "every other figure" not in claim.reasons.get("subject", ""), claim.reasons
    else:
        assert (claim.subject, claim.object) == roles, claim.reasons


# security forces against an armed group: the jawans are the forces', the group's losses and arms the
# group's, each the other's object; in a war between states the group is one state's side
GROUP_CASES = [
    ("बीजापुर में मुठभेड़: 12 नक्सली ढेर\n\nछत्तीसगढ़ के बीजापुर जिले में सुरक्षाबलों और नक्सलियों के बीच मुठभेड़ हुई। "
     "मुठभेड़ में DRG के दो जवान शहीद हो गए।", "दो जवान", ("security forces", "Maoists")),
    ("बीजापुर में मुठभेड़: 12 नक्सली ढेर\n\nछत्तीसगढ़ के बीजापुर जिले में सुरक्षाबलों और नक्सलियों के बीच मुठभेड़ हुई। "
     "मुठभेड़ में मारे गए नक्सलियों की संख्या बढ़कर 31 हो गई है।", "31", ("Maoists", "security forces")),
    ("बीजापुर में मुठभेड़: 12 नक्सली ढेर\n\nछत्तीसगढ़ के बीजापुर जिले में सुरक्षाबलों और नक्सलियों के बीच मुठभेड़ हुई। "
     "मौके से 30 शवों के अलावा कुल 26 हथियार बरामद किए गए।", "26", ("Maoists", "security forces")),
    # protesters against a foreign country's police, though the report mentions Indian students
    ("बांग्लादेश में हिंसक झड़पें\n\nबांग्लादेश में प्रदर्शनकारियों और पुलिस के बीच झड़पें जारी हैं। भारत ने अपने छात्रों को "
     "लौटने की सलाह दी है। पुलिस मुख्यालय के प्रवक्ता ने बताया कि उपद्रवियों ने दो पुलिसकर्मियों की पीट-पीटकर हत्या कर दी।",
     "दो पुलिसकर्मियों", ("Bangladesh Police", "protesters")),
    ("बांग्लादेश में हिंसक झड़पें\n\nबांग्लादेश में प्रदर्शनकारियों और पुलिस के बीच झड़पें जारी हैं। प्रदर्शनकारियों का दावा है "
     "कि झड़पों में 180 से ज्यादा प्रदर्शनकारी मारे गए।", "180", ("protesters", "Bangladesh Police")),
    ("कुपवाड़ा में मुठभेड़, दो आतंकी ढेर\n\nजम्मू-कश्मीर के कुपवाड़ा में सुरक्षाबलों ने दो आतंकियों को मार गिराया। मुठभेड़ "
     "में सेना का एक जवान घायल हो गया।", "एक जवान", ("India", "terrorists")),
    # an attack's victims are the state's people, the named group the one that inflicted it
    ("सोनमर्ग में पर्यटकों पर आतंकी हमला: कम से कम 9 की मौत, 14 घायल; टीआरएफ ने ली जिम्मेदारी\n\nजम्मू-कश्मीर के "
     "सोनमर्ग में आतंकियों ने पर्यटकों पर गोलियां चलाईं।", "14", ("India", "The Resistance Front")),
    ("सोनमर्ग में आतंकी हमला\n\nजम्मू-कश्मीर के सोनमर्ग में आतंकियों ने पर्यटकों पर गोलियां चलाईं। टीआरएफ ने हमले की "
     "जिम्मेदारी ली है। हमले में कम से कम नौ पर्यटकों की मौत हो गई।", "कम से कम नौ", ("India", "The Resistance Front")),
    ("सोनमर्ग में आतंकी हमला\n\nजम्मू-कश्मीर के सोनमर्ग में आतंकियों ने पर्यटकों पर गोलियां चलाईं। टीआरएफ ने हमले की "
     "जिम्मेदारी ली है। मुठभेड़ में दो आतंकी मारे गए।", "दो आतंकी", ("The Resistance Front", "India")),
    # militants ("चरमपंथी", "हमलावर") a report names by organisation (BLA) against a foreign state's forces
    ("खैबर में ट्रेन पर हमला\n\nपाकिस्तान के बलूचिस्तान में बलूच लिबरेशन आर्मी (बीएलए) ने ट्रेन पर हमला किया। सुरक्षा "
     "सूत्रों के मुताबिक अभियान में 18 चरमपंथी मारे गए हैं।", "18 चरमपंथी", ("BLA", "Pakistan")),
    ("खैबर में ट्रेन पर हमला\n\nपाकिस्तान के बलूचिस्तान में बीएलए ने ट्रेन पर हमला किया। सेना ने बताया कि सभी 20 हमलावर "
     "मारे गए।", "20 हमलावर", ("BLA", "Pakistan")),
    ("खैबर में ट्रेन पर हमला\n\nपाकिस्तान के बलूचिस्तान में बीएलए ने ट्रेन पर हमला किया। सेना ने बताया कि सभी 20 हमलावर "
     "मारे गए। प्रवक्ता के अनुसार हमलावरों ने 12 यात्रियों की हत्या कर दी।", "12 यात्रियों", ("Pakistan", "BLA")),
]


@pytest.mark.parametrize(("text", "number", "roles"), GROUP_CASES)
def test_security_forces_against_an_armed_group(text: str, number: str, roles: tuple[str, str]) -> None:
    assert parties(text, number) == roles


# in a war between states the armed group is no side of its own, but the organisation a report names
# behind the attack is its people's however an outlet words them (आतंकी, चरमपंथी)
NAMED_ATTACKERS = "पुलवामा हमले का बदला\n\nपुलवामा हमले की जिम्मेदारी जैश-ए-मोहम्मद ने ली थी। भारत ने पाकिस्तान के बालाकोट में हमला किया। " \
    "पाकिस्तान ने भारत के दावे को खारिज किया। भारत और पाकिस्तान के बीच तनाव बढ़ गया है। "


@pytest.mark.parametrize(("text", "number"), [
    (NAMED_ATTACKERS + "सरकारी सूत्रों के मुताबिक इस कार्रवाई में करीब 300 आतंकी मारे गए।", "करीब 300"),
    (NAMED_ATTACKERS + "कुछ टीवी चैनलों ने 350 चरमपंथियों के मारे जाने का दावा किया था।", "350"),
])
def test_the_organisation_named_behind_an_attack_is_its_peoples_side(text: str, number: str) -> None:
    assert figure_in(text, number).subject == "Jaish-e-Mohammed"


def test_a_forces_people_with_no_actor_in_their_clause_are_its_states() -> None:
    # a real report's commandos fall to its main topic, the Indian Navy: a force's people are its state's
    text = (Path(__file__).parent / "data" / "holdout14" / "docs" / "02_navy_piracy_ndtvindia.txt").read_text(
        encoding="utf-8")
    assert figure_in(text, "18 मार्कोस").subject == "India"


def test_an_armed_group_in_a_war_between_states_is_one_states_side() -> None:
    claim = figure_in("भारत-पाकिस्तान तनाव\n\nभारत ने पाकिस्तान में आतंकी ठिकानों पर हमला किया। भारतीय सेना के मुताबिक "
                      "पाकिस्तान की गोलाबारी में भारत के दो जवान शहीद हो गए।", "दो जवान")
    assert claim.subject == "India", claim.reasons


# an election to India's parliament fills India's house, whichever state the report names; a state's
# assembly election that recalls the Lok Sabha once stays the state's
HOUSE_CASES = [
    ("लोकसभा चुनाव नतीजे: एनडीए को बहुमत\n\nलोकसभा चुनाव में उत्तर प्रदेश में सपा ने 37 सीटें जीतीं। देशभर में एनडीए ने "
     "293 सीटें जीतीं।", "293", ("NDA", "India")),
    ("लोकसभा चुनाव नतीजे: एनडीए को बहुमत\n\nमध्य प्रदेश की सभी 29 सीटें भाजपा ने जीतीं। 543 सदस्यीय लोकसभा में बहुमत के "
     "लिए 272 सीटें चाहिए।", "543", ("India", "")),
    ("महाराष्ट्र विधानसभा चुनाव: महायुति की जीत\n\nमहाराष्ट्र विधानसभा चुनाव में भाजपा ने 132 सीटें जीतीं। लोकसभा चुनाव "
     "में पार्टी को झटका लगा था, पर विधानसभा में वापसी हुई।", "132", ("BJP", "Maharashtra")),
]


@pytest.mark.parametrize(("text", "number", "roles"), HOUSE_CASES)
def test_the_house_an_election_fills(text: str, number: str, roles: tuple[str, str]) -> None:
    assert parties(text, number) == roles


# whose arms: not the place they were seen around, not a headline's speaker, not the side they were
# fired at
WHOSE_ARMS_CASES = [
    ("ताइवान के पास चीन का सैन्य अभ्यास\n\nताइवान के रक्षा मंत्रालय ने बताया कि ताइवान के आसपास 153 चीनी सैन्य विमान "
     "देखे गए।", "153", ("China", "Taiwan")),
    ("ताइवान के पास चीन का सैन्य अभ्यास खत्म, ताइवान बोला- 153 विमान और 17 युद्धपोत भेजे\n\nचीन ने ताइवान के आसपास दो "
     "दिन का अभ्यास किया।", "17", ("China", "Taiwan")),
    ("ईरान का दावा- इजरायल पर 200 से ज्यादा मिसाइलें दागीं\n\nईरान और इजरायल के बीच जंग तीसरे दिन भी जारी रही।", "200",
     ("Iran", "Israel")),
]


@pytest.mark.parametrize(("text", "number", "roles"), WHOSE_ARMS_CASES)
def test_whose_arms(text: str, number: str, roles: tuple[str, str]) -> None:
    assert parties(text, number) == roles


# an economic release: "देश" is the country the report is about, a byline's place is no actor, a
# sector named with क्षेत्र and a quarter name what the growth is of
ECONOMY_CASES = [
    ("जीडीपी वृद्धि दर 8.2 प्रतिशत\nजनसत्ता ऑनलाइन | नई दिल्ली | Updated: November 29, 2025\n\nदेश की आर्थिक वृद्धि दर "
     "चालू वित्त वर्ष की दूसरी तिमाही में 8.2 प्रतिशत रही।", "8.2 प्रतिशत रही", ("India", "growth in quarter 2")),
    ("जीडीपी वृद्धि दर 8.2 प्रतिशत\n\nदेश की आर्थिक वृद्धि दर दूसरी तिमाही में 8.2 प्रतिशत रही। विनिर्माण क्षेत्र की "
     "वृद्धि दर 8.9 प्रतिशत रही, जबकि कृषि क्षेत्र 3.5 प्रतिशत की दर से बढ़ा।", "8.9", ("India", "growth of manufacturing")),
    ("जीडीपी वृद्धि दर 8.2 प्रतिशत\n\nदेश की आर्थिक वृद्धि दर दूसरी तिमाही में 8.2 प्रतिशत रही। इससे पिछली तिमाही में वृद्धि "
     "दर 7.8 प्रतिशत और एक साल पहले की समान अवधि में 5.6 प्रतिशत थी।", "7.8", ("India", "growth in previous quarter")),
]

# crop compensation is paid per kind of land: irrigated and unirrigated are two rates, never one
CROP_CASES = [
    ("ओलावृष्टि से फसलें बर्बाद\n\nमुख्यमंत्री ने बताया कि सिंचित फसल पर 32,000 रुपये प्रति हेक्टेयर और असिंचित फसल के लिए "
     "17,000 रुपये प्रति हेक्टेयर की दर से मुआवजा दिया जाएगा।", "17,000", "compensation of unirrigated"),
    ("ओलावृष्टि से फसलें बर्बाद\n\nमुख्यमंत्री ने बताया कि सिंचित फसल पर 32,000 रुपये प्रति हेक्टेयर और असिंचित फसल के लिए "
     "17,000 रुपये प्रति हेक्टेयर की दर से मुआवजा दिया जाएगा।", "32,000", "of irrigated"),
    ("ओलावृष्टि से फसलें बर्बाद\n\nप्रभावित किसानों को 17,000 रुपये प्रति हेक्टेयर की दर से मुआवजा दिया जाएगा।", "17,000",
     "compensation"),
]


def test_litres_are_nobodys_toll() -> None:
    """A quantity in litres is no toll, whatever death its clause names; the toll beside it stays one."""
    _, claims = analyze("राजकोट अग्निकांड\n\nहादसे में 27 लोगों की मौत हो गई। 2000 लीटर से ज्यादा पेट्रोल बना मौत का सामान।")
    kinds = {c.text.split()[0]: c.kind for c in claims}
    assert kinds["2000"] == "count" and kinds["27"] == "killed", kinds


@pytest.mark.parametrize(("text", "number", "thing"), CROP_CASES)
def test_crop_compensation_by_kind_of_land(text: str, number: str, thing: str) -> None:
    _, claims = analyze(text)
    claim = next(c for c in claims if c.text.startswith(number))
    assert claim.thing == thing, claim.reasons


@pytest.mark.parametrize(("text", "number", "want"), ECONOMY_CASES)
def test_an_economic_release(text: str, number: str, want: tuple[str, str]) -> None:
    _, claims = analyze(text)
    claim = next(c for c in claims if c.text.startswith(number) or number.startswith(c.text) and c.sentence_index > 0)
    assert (claim.subject, claim.thing) == want, claim.reasons


# wards are seats in a city's election and areas elsewhere
WARD_CASES = [
    ("निपाह का प्रकोप\n\nजिला प्रशासन ने मलप्पुरम की तीन पंचायतों के 17 वार्डों को कंटेनमेंट जोन घोषित किया।", "17",
     ("count", "wards")),
    ("इंदौर नगर निगम चुनाव: भाजपा ने 64 वार्ड जीते\n\nनगर निगम चुनाव में भाजपा ने 85 में से 64 वार्डों पर जीत दर्ज की।",
     "64 वार्डों", ("seats", "")),
]


@pytest.mark.parametrize(("text", "number", "want"), WARD_CASES)
def test_wards_outside_an_election(text: str, number: str, want: tuple[str, str]) -> None:
    _, claims = analyze(text)
    claim = next(c for c in claims if c.text.startswith(number) and c.sentence_index > 0)
    assert (claim.kind, claim.thing) == want, claim.reasons


# a bureau's places in a byline are not where the story happened; a local paper's one place is
BYLINE_CASES = [
    ("जापान भूकंप: मरने वालों की संख्या बढ़कर 7\nआजतक ब्यूरो | टोक्यो/नई दिल्ली, 15 नवंबर 2025\n\nजापान के इवाते प्रांत "
     "के तट के पास आए भूकंप में मरने वालों की संख्या बढ़कर 7 हो गई है। चार लोग अब भी लापता हैं।", "चार", "Iwate"),
    ("पटना जंक्शन पर भगदड़, 6 की मौत\nदैनिक भास्कर | पटना\n\nछठ से पहले शनिवार रात भगदड़ मच गई। हादसे में अब तक 6 "
     "यात्रियों की मौत हो चुकी है। इससे पहले फरवरी में नई दिल्ली स्टेशन पर भी भगदड़ हुई थी।", "6 यात्रियों", "Patna"),
]


@pytest.mark.parametrize("text", [
    "नई दिल्ली/अल खोबर:\nइमारत में लगी आग में 9 लोगों की मौत हो गई।",
    "रियाद/नई दिल्ली/अल खोबर:\nइमारत में लगी आग में 9 लोगों की मौत हो गई।",
])
def test_a_datelines_unknown_last_place_closes_it(text: str) -> None:
    """The bureau's city of a dateline whose last place the gazetteer does not know is no place of the event."""
    _, claims = analyze(text)
    assert next(c for c in claims if c.text.startswith("9")).subject == ""


@pytest.mark.parametrize(("text", "number", "subject"), BYLINE_CASES)
def test_a_bylines_places(text: str, number: str, subject: str) -> None:
    _, claims = analyze(text)
    claim = next(c for c in claims if c.text.startswith(number) and c.sentence_index > 1)
    assert claim.subject == subject, claim.reasons


# a body named in the genitive right before a count holds it, whatever the clause says after ("एनडीआरएफ
# की दो टीमें तलाशी अभियान चला रही हैं"); one state's electoral votes are its own measure
HOLDER_CASES = [
    ("भागलपुर में नाव पलटी, 12 लापता\n\nअब मौके पर एसडीआरएफ की चार टीमें और एनडीआरएफ की दो टीमें तलाशी अभियान चला रही "
     "हैं।", "दो टीमें", ("NDRF", "teams")),
    ("भागलपुर में नाव पलटी, 12 लापता\n\nअब मौके पर एसडीआरएफ की चार टीमें और एनडीआरएफ की दो टीमें तलाशी अभियान चला रही "
     "हैं।", "चार टीमें", ("SDRF", "teams")),
    ("एरिजोना के 11 और नेवादा के छह इलेक्टोरल वोट भी ट्रंप के खाते में गए।", "छह इलेक्टोरल", (None, "electoral of Nevada")),
]


@pytest.mark.parametrize(("text", "number", "want"), HOLDER_CASES)
def test_who_holds_a_count(text: str, number: str, want: tuple[str | None, str]) -> None:
    claim = figure_in(text, number)
    holder, thing = want
    assert claim.thing == thing, claim.reasons
    assert holder is None or claim.subject == holder, claim.reasons


# a police force named bare in a report from another country is that country's; in a report about
# an Indian state, the state's
FOREIGN_POLICE_CASES = [
    ("बांग्लादेश में आरक्षण विरोधी हिंसा, ढाका में कर्फ्यू\n\nबांग्लादेश की राजधानी ढाका में हालात तनावपूर्ण हैं। "
     "बांग्लादेश सरकार ने सेना तैनात की।\n\nपुलिस ने अब तक 532 लोगों को गिरफ्तार किया है।", "532", "Bangladesh Police"),
    ("तमिलनाडु के सलेम में जहरीली शराब से 20 की मौत\n\nसलेम में मातम है।\n\nपुलिस ने अब तक 14 लोगों को गिरफ्तार किया है।",
     "14", "Tamil Nadu Police"),
    # India's national institutions named generically: in a report from another country, its own
    ("बांग्लादेश में आरक्षण विरोधी हिंसा, ढाका में कर्फ्यू\n\nबांग्लादेश की राजधानी ढाका में हालात तनावपूर्ण हैं। "
     "बांग्लादेश सरकार ने सेना तैनात की।\n\nसुप्रीम कोर्ट ने आरक्षण घटाकर 5 प्रतिशत कर दिया।", "5 प्रतिशत",
     "Bangladesh Supreme Court"),
    ("बिहार में जमीन विवाद पर सुनवाई\n\nपटना में किसानों ने प्रदर्शन किया।\n\nसुप्रीम कोर्ट ने 5 प्रतिशत ब्याज देने को कहा।",
     "5 प्रतिशत", "Supreme Court of India"),
]


@pytest.mark.parametrize(("text", "number", "subject"), FOREIGN_POLICE_CASES)
def test_a_bare_police_force_is_the_countrys(text: str, number: str, subject: str) -> None:
    claim = figure_in(text, number)
    assert claim.subject == subject, claim.reasons


# a former prime minister's visit recalled: the person went, the country is where
def test_a_former_prime_ministers_visit() -> None:
    _, claims = analyze("इससे पहले 1983 में इंदिरा गांधी ऑस्ट्रिया गई थीं।")
    claim = next(c for c in claims if c.kind == "date")
    assert (claim.subject, claim.object) == ("Indira Gandhi", "Austria"), claim.reasons


# "पता नहीं" says people were not found; it denies no figure
@pytest.mark.parametrize(("sentence", "number", "status"), [
    ("खदान में 13 फंसे मजदूरों में से दो का अब भी पता नहीं चल सका है।", "13", "actual"),
    ("प्रशासन ने 13 मजदूरों के फंसे होने की खबर को गलत बताया।", "13", "claimed_false"),
])
def test_not_found_is_no_denial(sentence: str, number: str, status: str) -> None:
    assert figure_in(sentence, number).status == status


# a denial governs the clause after it, unless a speech verb stands between: then that clause is
# what the denier said in reply
@pytest.mark.parametrize(("sentence", "number", "status"), [
    ("पाकिस्तानी सेना ने इस दावे को ख़ारिज करते हुए कहा कि उसने अफ़ग़ानिस्तान की 19 चौकियां तबाह कर दीं।", "19", "actual"),
    ("सेना ने इस बात से इनकार किया कि 19 चौकियां तबाह हुईं।", "19", "claimed_false"),
])
def test_a_reply_to_a_denial_is_no_denial(sentence: str, number: str, status: str) -> None:
    assert figure_in(sentence, number).status == status


# a news outlet says who reports a figure, never whose it is: not the subject, the object or the
# document's topic, though it stays the source a figure is attributed to
OUTLET_CASES = [
    ("बलूचिस्तान में ट्रेन हाईजैक\n\nपाकिस्तान के बलूचिस्तान में ट्रेन पर हमला हुआ। सुरक्षा सूत्रों ने बीबीसी को बताया कि "
     "ट्रेन में लगभग 500 यात्री सवार थे।", "लगभग 500", ("Pakistan", ""), ""),
    ("गाजा में युद्ध\n\nरॉयटर्स के मुताबिक रविवार को गाजा से इजरायल पर 40 रॉकेट दागे गए।", "40 रॉकेट", ("Gaza", "Israel"),
     "Reuters"),
    ("ढाका में हिंसा\n\nसमाचार एजेंसी एएफपी ने बताया है कि हिंसा में कम से कम 151 लोगों की मौत हुई है।", "कम से कम 151",
     ("Bangladesh", ""), "AFP"),
]


@pytest.mark.parametrize(("text", "number", "actors", "source"), OUTLET_CASES)
def test_a_news_outlet_is_no_party_to_a_figure(text: str, number: str, actors: tuple[str, str], source: str) -> None:
    claim = figure_in(text, number)
    assert (claim.subject, claim.object) == actors, claim.reasons
    assert claim.attributed_to == source


# a person is no holder of a place's figures: houses burnt or people in camps that a report led by a
# minister's visit gives with no actor of their own are the place's; a head of state's agreements
# stay his state's
PERSON_TOPIC_CASES = [
    ("असम: तीन दिन के दौरे पर पहुंचे अमित शाह\n\nकेंद्रीय गृह मंत्री अमित शाह सोमवार को असम पहुंचे। राज्य में हिंसा जारी है। "
     "अब तक करीब 900 घर जलाए गए हैं।", "करीब 900", "Assam"),
    ("असम: तीन दिन के दौरे पर पहुंचे अमित शाह\n\nकेंद्रीय गृह मंत्री अमित शाह सोमवार को असम पहुंचे। राज्य में हिंसा जारी है। "
     "20,000 से ज्यादा लोग राहत शिविरों में रह रहे हैं।", "20,000", "Assam"),
    ("मोदी का रूस दौरा\n\nप्रधानमंत्री नरेंद्र मोदी ने मॉस्को में राष्ट्रपति पुतिन से मुलाकात की। दौरे में कुल 9 समझौतों पर "
     "हस्ताक्षर हुए।", "9 समझौतों", "India"),
]


@pytest.mark.parametrize(("text", "number", "subject"), PERSON_TOPIC_CASES)
def test_a_person_holds_no_places_figure(text: str, number: str, subject: str) -> None:
    claim = figure_in(text, number)
    assert claim.subject == subject, claim.reasons


# where a disaster abroad happened: a dateline of two places is where it was filed; a country named
# as the owner of a ministry speaks, it does not say where (the city the report is about does); a
# city's toll abroad is not lifted to its country; bodies found among the missing are not the toll
ABROAD_CASES = [
    ("ग्रीस नाव हादसा\n\nएथेंस/इस्लामाबाद। ग्रीस के पाइलोस शहर के पास प्रवासियों की नाव डूबने की घटना में मरने वालों की "
     "संख्या बढ़कर 81 हो गई है।", "81", ("Pylos", "")),
    ("लीबिया में बाढ़: डेरना में बांध टूटे\n\nलीबिया के डेरना शहर में बाढ़ से भारी तबाही हुई। डेरना में हजारों लोग लापता "
     "हैं। वहीं पूर्वी लीबिया के स्वास्थ्य मंत्री ने शुक्रवार को मरने वालों की संख्या 3,166 बताई।", "3,166", ("Derna", "")),
    ("स्पेन में बाढ़\n\nस्पेन के वेलेंसिया में अचानक आई बाढ़ से तबाही मची है। वेलेंसिया में सड़कों पर पानी भरा है। "
     "अधिकारियों ने कहा कि बाढ़ में 95 लोगों की मौत हुई है।", "95 लोगों", ("Valencia", "")),
    ("नेपाल के रसुवा में बाढ़\n\nनेपाल के रसुवा जिले में बाढ़ आई। नेपाल के गृह मंत्रालय के अनुसार लापता 19 लोगों में से चार "
     "के शव मिल गए हैं।", "चार के शव", ("Rasuwa", "among missing")),
    # where the victims came from is not where it happened
    ("इटली के पास नाव डूबी\n\nइटली के लैम्पेडूसा के पास प्रवासियों की नाव डूब गई। नाव पर सवार ज्यादातर लोग पंजाब प्रांत के "
     "रहने वाले थे। पंजाब प्रांत के रहने वाले 40 लोगों की मौत हो गई।", "40 लोगों", ("Lampedusa", "")),
]


@pytest.mark.parametrize(("text", "number", "want"), ABROAD_CASES)
def test_where_a_disaster_abroad_happened(text: str, number: str, want: tuple[str, str]) -> None:
    claim = figure_in(text, number)
    got = (claim.subject, claim.thing) if want[1] else (claim.subject, claim.object)
    assert got == want, claim.reasons


def test_a_carriers_flights_at_one_place_are_that_places() -> None:
    # "हैदराबाद में 92 उड़ानें" against the airline's 550 in all: one airport's count
    text = "इंडिगो संकट\n\nशुक्रवार को इंडिगो की 550 से ज्यादा उड़ानें रद्द हुईं। हैदराबाद में 92 उड़ानें रद्द की गईं।"
    assert figure_in(text, "92").thing == "flights cancelled at Hyderabad"
    assert figure_in(text, "550").thing == "flights cancelled"


def test_an_exams_girls_and_boys_pass_rates_are_their_own() -> None:
    # "छात्राओं का पास प्रतिशत 97.82 रहा, जबकि छात्रों का 95.41": the girls' and the boys' share, not the board's
    text = ("बोर्ड परीक्षा परिणाम जारी\n\nबोर्ड के आंकड़ों के अनुसार कुल 96.45 फीसदी छात्र पास हुए। छात्राओं का पास प्रतिशत "
            "97.82 रहा, जबकि छात्रों का 95.41 प्रतिशत।")
    assert [figure_in(text, n).thing for n in ("96.45", "97.82", "95.41")] == \
        ["pass_rate", "pass_rate of girls", "pass_rate of boys"]


def test_cases_named_before_a_bare_number_are_what_it_counts() -> None:
    # "… के मामले तीन लाख के पार, इस साल रेबीज से 22 मौतें": the cases, not the deaths after the comma
    text = "केरल में कुत्तों के काटने के मामले तीन लाख के पार, इस साल रेबीज से 22 मौतें"
    assert figure_in(text, "तीन लाख").kind == "count"
    assert figure_in(text, "22").kind == "killed"


@pytest.mark.parametrize(("text", "number", "kind", "subject"), [
    # in an election's report a bare figure right after a party is its seats
    ("झारखंड में फिर हेमंत सरकार: झामुमो 34, भाजपा 21 पर सिमटी\n\nझारखंड विधानसभा चुनाव में झामुमो ने 34 सीटें जीतीं।",
     "21", "seats", "BJP"),
    ("झारखंड में फिर हेमंत सरकार: झामुमो 34, भाजपा 21 पर सिमटी\n\nझारखंड विधानसभा चुनाव में झामुमो ने 34 सीटें जीतीं।",
     "34", "seats", "JMM"),
    # a genitive says what of the party is counted, not its seats
    ("झारखंड विधानसभा चुनाव में भाजपा के 7 मंत्री हार गए, झामुमो ने 34 सीटें जीतीं।", "7", "count", "BJP"),
    # outside an election a party's bare figure is no tally
    ("भाजपा 20 साल से राज्य में सत्ता में है और इस बार 3 मुद्दों पर प्रचार कर रही है।", "3", "count", ""),
])
def test_a_partys_bare_figure_in_an_election_report(text: str, number: str, kind: str, subject: str) -> None:
    _, claims = analyze(text, published="2024-11-23")
    claim = next(c for c in claims if c.text.split()[0] == number)
    assert claim.kind == kind, claim.reasons
    if subject:
        assert claim.subject == subject, claim.reasons
