"""find_published: datelines, updated lines, URL dates and date headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import export_rows, run

from factcheck.lang.published import find_published, stamp_spans
from factcheck.ledger import Ledger
from factcheck.normalize import fold

BODY = "प्रधानमंत्री नरेंद्र मोदी ने रविवार को कहा कि सरकार किसानों के हित में काम कर रही है।\n"

CASES: list[tuple[str, str, tuple[str, str] | None]] = [
    # datelines
    ("नई दिल्ली, 16 जून 2024 (भाषा) " + BODY, "", ("2024-06-16", "dateline")),
    ("मॉस्को, 19 जून 2024 (एपी) रूस के राष्ट्रपति व्लादिमीर पुतिन प्योंगयांग पहुंचे।", "", ("2024-06-19", "dateline")),
    ("वाशिंगटन, 5 सितम्बर, 2022 (रायटर) " + BODY, "", ("2022-09-05", "dateline")),
    ("नई दिल्ली, जून 16, 2024 -- " + BODY, "", ("2024-06-16", "dateline")),
    ("शीर्षक यहां\n\nपटना, १२ मार्च २०२३ (भाषा) " + BODY, "", ("2023-03-12", "dateline")),
    # a dateline without a year takes it from elsewhere on the page, else gives nothing
    ("नई दिल्ली, 16 जून (भाषा) " + BODY, "https://example.com/india/2024/06/16/story.html", ("2024-06-16", "dateline")),
    ("नई दिल्ली, जून 16 -- " + BODY + "अपडेटेड: 17 जून 2024\n", "", ("2024-06-16", "dateline")),
    ("नई दिल्ली, 16 जून (भाषा) " + BODY, "", None),
    ("नई दिल्ली, जून 16 -- " + BODY, "", None),
    # updated / published lines
    ("रूस ने जारी की चेतावनी\nअपडेटेड: 16 जून 2024, 10:30 AM IST\n" + BODY, "", ("2024-06-16", "updated")),
    ("खबर\nप्रकाशित: 3 अक्तूबर 2023\n" + BODY, "", ("2023-10-03", "updated")),
    ("Updated: Jun 16, 2024 10:30 IST\n" + BODY, "", ("2024-06-16", "updated")),
    ("Published on: 22 November 2024\n" + BODY, "", ("2024-11-22", "updated")),
    ("Last Updated: 2024-06-16T10:30:00+05:30\n" + BODY, "", ("2024-06-16", "updated")),
    ("पब्लिश्ड: 19/06/2024\n" + BODY, "", ("2024-06-19", "updated")),
    # URLs
    ("बिना तारीख की खबर\n" + BODY, "https://www.example.in/world/2024/06/16/russia-korea", ("2024-06-16", "url")),
    ("बिना तारीख की खबर\n" + BODY, "https://www.example.in/news/20240616/russia-korea-123", ("2024-06-16", "url")),
    ("बिना तारीख की खबर\n" + BODY, "https://example.com/2023-10-07/hamas-attack", ("2023-10-07", "url")),
    ("बिना तारीख की खबर\n" + BODY, "https://example.com/article/123456789", None),
    # headers: a date line at the top
    ("Fri. Nov 22nd, 2024\n\nउत्तर कोरिया यात्रा से पहले पुतिन ने प्रशंसा की\n" + BODY, "", ("2024-11-22", "header")),
    ("शुक्रवार, 22 नवंबर 2024\nशीर्षक\n" + BODY, "", ("2024-11-22", "header")),
    ("Monday, June 17, 2024 10:45 AM\nशीर्षक\n" + BODY, "", ("2024-06-17", "header")),
    # the updated line beats the header, the URL beats the header
    ("Fri. Nov 22nd, 2024\nअपडेटेड: 18 जून 2024\n" + BODY, "", ("2024-06-18", "updated")),
    ("Fri. Nov 22nd, 2024\n" + BODY, "https://example.com/2024/06/18/x", ("2024-06-18", "url")),
    # nothing
    (BODY, "", None),
    ("इस साल 24 फरवरी को रूस ने यूक्रेन पर हमला किया था।\n" + BODY, "", None),
    ("उन्होंने कहा, 16 जून 2024 को बैठक होगी।\n" + BODY, "", None),
    ("देश में 2024 में चुनाव हुए।\n" + BODY, "", None),
    ("संपर्क: 98765-43210\n" + BODY, "", None),
]


@pytest.mark.parametrize(("text", "url", "expected"), CASES)
def test_find_published(text: str, url: str, expected: tuple[str, str] | None) -> None:
    assert find_published(text, url) == expected


def test_dateline_only_near_the_top() -> None:
    filler = "".join(f"पंक्ति {i} में कुछ पाठ है।\n" for i in range(40))
    assert find_published(filler + "नई दिल्ली, 16 जून 2024 (भाषा) " + BODY) is None


# --- the page's own stamps are no claims ------------------------------------------------------

LEAD = "जापान की मौसम एजेंसी ने गुरुवार को बताया कि भूकंप में 12 लोगों की मौत हो गई।"

# (page text, the stamps as written) — only the stamp, never the sentence after a dateline
STAMPS: list[tuple[str, list[str]]] = [
    # a date alone on a line, English or numeric, at the top or under the headline
    ("7 MARCH 2025\nजापान में भूकंप\n" + LEAD, ["7 MARCH 2025"]),
    ("जापान में भूकंप\nMarch 4, 2025\n" + LEAD, ["March 4, 2025"]),
    ("2025-01-09\nजापान में भूकंप\n" + LEAD, ["2025-01-09"]),
    ("Fri. Nov 22nd, 2024\n\n" + LEAD, ["Fri. Nov 22nd, 2024"]),
    ("Monday, June 17, 2024 10:45 AM\n" + LEAD, ["Monday, June 17, 2024 10:45 AM"]),
    ("14/07/2025\n" + LEAD, ["14/07/2025"]),
    # update and publication lines, Hindi and English, with a time or a byline after them
    ("शीर्षक\nUpdated: Aug 12, 2024 10:30 AM IST\n" + LEAD, ["Updated: Aug 12, 2024"]),
    ("शीर्षक\nप्रकाशित: 12 जुलाई 2025, 08:15 PM\n" + LEAD, ["प्रकाशित: 12 जुलाई 2025"]),
    ("शीर्षक\nअपडेटेड: 16 जून 2024 | नई दिल्ली\n" + LEAD, ["अपडेटेड: 16 जून 2024"]),
    ("शीर्षक\nराम कुमार | Published: 3 Oct 2023\n" + LEAD, ["Published: 3 Oct 2023"]),
    ("शीर्षक\nLast Updated: 2024-06-16T10:30:00+05:30\n" + LEAD, ["Last Updated: 2024-06-16"]),
    # bylines
    ("By Reuters | March 4, 2025\n" + LEAD, ["By Reuters | March 4, 2025"]),
    ("शीर्षक\nजनसत्ता ब्यूरो | 15 नवंबर 2025\n" + LEAD, ["जनसत्ता ब्यूरो | 15 नवंबर 2025"]),
    ("शीर्षक\nएडिटेड बाय: सुमित कुमार | 9 अक्टूबर 2025\n" + LEAD, ["एडिटेड बाय: सुमित कुमार | 9 अक्टूबर 2025"]),
    # datelines: place (or weekday) and date, with or without year, agency or dash after
    ("टोक्यो, 3 मार्च (रायटर्स) " + LEAD, ["टोक्यो, 3 मार्च"]),
    ("लखनऊ, अगस्त 21 -- राज्य सरकार ने बाढ़ प्रभावित जिलों में 500 करोड़ रुपये जारी किए।", ["लखनऊ, अगस्त 21"]),
    ("शीर्षक\n\nपटना, 12 जुलाई (भाषा)। पुलिस ने 12 आरोपियों को गिरफ्तार किया।", ["पटना, 12 जुलाई"]),
    ("शीर्षक\n\nभुवनेश्वर, 17 जून।\n\nहादसे में 40 लोगों की मौत हो गई।", ["भुवनेश्वर, 17 जून"]),
    ("शीर्षक\nसोमवार, 14 जुलाई।\nसरकार ने 200 करोड़ रुपये मंजूर किए।", ["सोमवार, 14 जुलाई"]),
    ("TOKYO, March 3 (Reuters) - Japan said 12 people died.", ["TOKYO, March 3"]),
    ("नई दिल्ली, 16 जून 2024 (भाषा) " + LEAD, ["नई दिल्ली, 16 जून 2024"]),
    # when the page was posted, how long it reads
    ("शीर्षक\nनई दिल्ली 2 घंटे पहले\n" + LEAD, ["नई दिल्ली 2 घंटे पहले"]),
    ("शीर्षक\nलेखक: राम कुमार • 4 min read\n" + LEAD, ["लेखक: राम कुमार • 4 min read"]),
    ("शीर्षक\nपटना • 15 mins ago\n" + LEAD, ["पटना • 15 mins ago"]),
    ("शीर्षक\nदो घंटे पहले हुए धमाके में 5 लोगों की मौत हो गई।", []),
    ("शीर्षक\n2 घंटे पहले हुए धमाके में 5 लोग मारे गए।", []),
    # the same date in the stamp and the dateline: both are stamps
    ("अपडेटेड: 3 मार्च 2025\nटोक्यो, 3 मार्च (रायटर्स) " + LEAD, ["अपडेटेड: 3 मार्च 2025", "टोक्यो, 3 मार्च"]),
    # an English keyword inside a byline line; a dateline's day as a word
    ("शीर्षक\nन्यूज डेस्क, अमर उजाला, तिरुपति Published by: आदित्य कुमार Updated Thu, 09 Jan 2025 12:10 PM IST\n"
     + LEAD, ["Published by: आदित्य कुमार Updated Thu, 09 Jan 2025"]),
    ("शीर्षक\nकीव, नौ जुलाई (एपी) " + LEAD, ["कीव, नौ जुलाई"]),
    # a dateline with its update in brackets; a stamp keyword after a byline's danda; a reporter's
    # byline with its date; a dateline closing a byline's cells
    ("शीर्षक\nमुंबई, 14 मार्च 2025, (अपडेटेड 14 मार्च 2025, 7:40 PM IST)\n" + LEAD,
     ["अपडेटेड 14 मार्च 2025", "मुंबई, 14 मार्च 2025"]),
    ("शीर्षक\nहिंदुस्तान टीम, रांची। प्रकाशित: 9 मई 2025\n" + LEAD, ["प्रकाशित: 9 मई 2025"]),
    ("शीर्षक\nभास्कर टीम, जयपुर। Publish Date: Tue, 11 Mar 2025 08:15 AM (IST)\n" + LEAD,
     ["Publish Date: Tue, 11 Mar 2025"]),
    ("शीर्षक\nजागरण संवाददाता, आगरा। शुक्रवार, 7 मार्च 2025\n" + LEAD, ["जागरण संवाददाता, आगरा। शुक्रवार, 7 मार्च 2025"]),
    ("शीर्षक\nWritten By: ब्यूरो | Edited By: अमित राय | भोपाल, 02 जून 2025, (अपडेटेड 02 जून 2025, 6:05 PM IST)\n"
     + LEAD, ["अपडेटेड 02 जून 2025", "भोपाल, 02 जून 2025"]),
    # a report's "(अपडेटेड …)" words in a sentence are no stamp
    ("शीर्षक\n\nसरकार ने बताया कि 12 जून को (अपडेटेड आंकड़ों के अनुसार) 45 लोगों की मौत हुई।", []),
    ("शीर्षक\nसरकार ने Updated आंकड़े जारी किए, जिनमें 5 मई को हुई मौतें शामिल हैं।", []),
    # nothing: dates inside sentences report events
    (LEAD, []),
    ("सरकार ने 14 जुलाई को 200 करोड़ रुपये मंजूर किए।", []),
    ("रिपोर्ट 22 नवंबर 2024 को प्रकाशित हुई थी।", []),
    ("गुरुवार, 9 अक्टूबर को दोनों देशों के बीच बैठक होगी।", []),
    ("उन्होंने कहा, 16 जून 2024 को बैठक होगी।", []),
    ("मोदी | पुतिन से 8 जुलाई को मिले और 9 समझौते हुए", []),
    ("| 23 मई 2019 | भाजपा | 303 सीटें |", []),
    ("दिनांक 5 मई को आयोग ने आदेश जारी किया।", []),
    ("शीर्षक\nदिनांक: 5 मई 2025\n" + LEAD, ["दिनांक: 5 मई 2025"]),
    ("अपडेट: 18 जून 2024 को हुई बैठक में 12 प्रस्ताव पास हुए।", []),
    ("शीर्षक\n" + "".join(f"पंक्ति {i} में कुछ पाठ है।\n" for i in range(20)) + "टोक्यो, 3 मार्च (रायटर्स) " + LEAD, []),
]


@pytest.mark.parametrize(("page", "expected"), STAMPS)
def test_stamp_spans(page: str, expected: list[str]) -> None:
    text = fold(page)[0]
    assert [text[a:b] for a, b in stamp_spans(text)] == [fold(s)[0] for s in expected]


def _ledger_dates(tmp_path: Path, page: str) -> tuple[list[tuple[str, str]], str]:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(page, encoding="utf-8")
    db = tmp_path / "l.db"
    run("extract", str(tmp_path / "docs"), "--db", str(db))
    rows = export_rows(db)
    published = {d.source: d.published for d in Ledger(db).documents()}
    return [(r["text"], r["when"]) for r in rows if r["kind"] == "date"], next(iter(published.values()))


def test_stamp_alone_is_no_claim_but_sets_published(tmp_path: Path) -> None:
    page = ("जापान में भूकंप से तबाही\nUpdated: Mar 7, 2025 10:30 AM IST\n"
            "टोक्यो, 7 मार्च (रायटर्स) जापान में आए भूकंप में 12 लोगों की मौत हो गई।\n")
    dates, published = _ledger_dates(tmp_path, page)
    assert dates == []
    assert published == "2025-03-07"


def test_body_date_next_to_stamp_is_kept(tmp_path: Path) -> None:
    page = ("जापान में भूकंप से तबाही\nUpdated: Mar 7, 2025 10:30 AM IST\n"
            "टोक्यो, 7 मार्च (रायटर्स) जापान की मौसम एजेंसी ने गुरुवार को बताया कि 4 मार्च को आए भूकंप में"
            " 12 लोगों की मौत हो गई।\n")
    dates, published = _ledger_dates(tmp_path, page)
    assert published == "2025-03-07"
    assert dates == [("गुरुवार", "2025-03-06"), ("4 मार्च", "2025-03-04")]


def test_posted_ago_and_byline_times_are_no_claims(tmp_path: Path) -> None:
    page = ("दिल्ली में भीषण आग\nनई दिल्ली 2 घंटे पहले\nBy Reuters | March 4, 2025 10:30 AM IST\n"
            "राजधानी में एक फैक्ट्री में लगी आग में 11 लोगों की मौत हो गई।\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(page, encoding="utf-8")
    db = tmp_path / "l.db"
    run("extract", str(tmp_path / "docs"), "--db", str(db))
    assert [r["value_low"] for r in export_rows(db)] == ["11"]
