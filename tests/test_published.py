"""find_published: datelines, updated lines, URL dates and date headers."""

from __future__ import annotations

import pytest

from factcheck.lang.published import find_published

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
